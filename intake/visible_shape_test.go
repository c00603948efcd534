package intake

import "testing"

// TestShapedLines: an attribution, a separator and a phone's footer in
// languages the lists do not hold (Tajik, Lao, Sinhala, Amharic, Tigrinya,
// Khmer here) are known by their shape: a line ending in a colon with a
// time and a year or an address above quoted lines; a short phrase
// between dashes above a header field; one short line naming a phone
// under the writer's text. Each was kept as the writer's text before.
func TestShapedLines(t *testing.T) {
	const quote = "\n> Dear customer,\n> your ticket ESC-5120 is open.\n"
	for _, tt := range []struct{ name, body, want string }{
		{"Tajik attribution with an address",
			"Ташаккур, ҳоло кор мекунад.\n\nДш, 18 май 2026, 09:12 Acme Support <support@acme.example> навишт:" + quote,
			"Ташаккур, ҳоло кор мекунад."},
		{"Lao attribution with a year and no address",
			"ຂອບໃຈຫຼາຍໆ\n\nໃນວັນທີ 2026-05-18 10:40, Acme Support ຂຽນວ່າ:" + quote,
			"ຂອບໃຈຫຼາຍໆ"},
		{"Sinhala separator above a header in an unlisted language",
			"කරුණාකර මෙය බලන්න.\n\n-------- මුල් පණිවිඩය --------\nයවන්නා: Nimal Perera <nimal@lanka.example>\nදිනය: 2026/05/18 11:02 (GMT+05:30)\nලබන්නා: support@acme.example\nමාතෘකාව: RE: [ESC-5121] Tracking\n\nHello,\nthe tracking page is blank.\n",
			"කරුණාකර මෙය බලන්න."},
		{"Amharic phone footer under the text",
			"እሺ፣ አመሰግናለሁ።\nሰላም\n\nከእኔ Samsung Galaxy የተላከ" + "\n\nOn Mon, 18 May 2026 at 09:00, Acme Support <support@acme.example> wrote:" + quote,
			"እሺ፣ አመሰግናለሁ።\nሰላም"},
		{"Khmer iPhone footer at the end",
			"បាទ ដំណើរការហើយ។\n\nផ្ញើពី iPhone របស់ខ្ញុំ",
			"បាទ ដំណើរការហើយ។"},
	} {
		checkParsedVisible(t, tt.name, plainMail("Re: [ESC-5120] Tracking", tt.body), tt.want)
	}
}

// TestShapedLinesNotText: the writer's own lines of those shapes stay: a
// reply of one line naming a phone, a signature whose last line names
// one, a device line inside a paragraph, a colon line with a time but no
// year or address above a quote, and dashes around a heading with no
// header below.
func TestShapedLinesNotText(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"one line naming a phone", "Same on Android"},
		{"a signature's last line", "Fixed, thanks.\n\nPriya Nair\nSenior Android Developer"},
		{"a paragraph ending with a device", "The app crashes at login.\nTested on iPhone and Galaxy"},
		{"dashes around a heading", "---- Steps ----\nOpen the report.\nExport it."},
	} {
		checkParsedVisible(t, tt.name, plainMail("Tracking", tt.body), tt.body)
	}
	// The quoted lines go as any quote does; the line above them, with a
	// time but neither a year nor an address, is the writer's.
	checkParsedVisible(t, "a time without a year or address", plainMail("Tracking", "Before 10:15 we saw this:\n> connection refused\n> retrying"), "Before 10:15 we saw this:")
}

// TestShapedLinesClosingMarks: Gmail closes an attribution with the
// language's own mark (Ethiopic's "፦", Burmese's "-"), and a header block
// in an unlisted language below the signature did not take the
// signature's last line with it as a wrapped attribution.
func TestShapedLinesClosingMarks(t *testing.T) {
	const quote = "\n> Dear customer,\n> your ticket ESC-5120 is open.\n"
	for _, tt := range []struct{ name, body, want string }{
		{"Tigrinya attribution closing with ፦",
			"የቐንየለይ።\n\nብ ሰሉስ፣ 2 ጁን 2026 ሰዓት 10:05 Acme Support <support@acme.example> ጸሓፈ፦" + quote,
			"የቐንየለይ።"},
		{"Burmese attribution in Burmese digits closing with -",
			"ကျေးဇူးတင်ပါတယ်\n\n၂၀၂၆ ဇွန် ၂၊ အင်္ဂါ ၁၀:၀၅ တွင် Acme Support <support@acme.example> က ရေးခဲ့သည်-" + quote,
			"ကျေးဇူးတင်ပါတယ်"},
		{"a phone line above a block in an unlisted language",
			"Thanks.\n\nRegards\nMeseret\nAmhara Credit\nPhone: +251 58 220 1234\n\nከ: Acme Support <support@acme.example>\nየተላከው: ረቡዕ, ጁን 3, 2026 5:10 PM\nለ: መሰረት <m@credit.example>\nርዕሰ ጉዳይ: [ESC-4517] Interest\n\nDear Meseret,\nplease install the patch.\n",
			"Thanks.\n\nRegards\nMeseret\nAmhara Credit\nPhone: +251 58 220 1234"},
	} {
		checkParsedVisible(t, tt.name, plainMail("Re: [ESC-5120] Tracking", tt.body), tt.want)
	}
}

// plainMail is a plain-text mail from a customer to the desk with the
// subject and body given.
func plainMail(subject, body string) string {
	return "From: someone@customer.example\r\nTo: support@acme.example\r\nSubject: " + subject + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
}
