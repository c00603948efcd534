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

// TestShapedReadings66: what replies/stranger66's damaging misses taught,
// shown in other languages. A signature's last "Label: value" line right
// above a blank line and a header block in an unlisted language (Somali
// here) stays the writer's: a wrapped header parted by that blank starts
// at the block's two fields (fieldRun); an attribution ending in its script's own colon (Amharic
// "፦") is known by its time, year and address (introducingMark), also
// over a reply with nothing typed; a saved signature that opens with its
// closing ("Me respekt," / the sender's name / title / phone, in
// Albanian) above Outlook's header block is nothing typed (closingLine).
func TestShapedReadings66(t *testing.T) {
	const head = "From: someone@customer.example\r\nTo: support@acme.example\r\nSubject: Re: [ESC-5130] Tracking\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	const quote = "\n> Dear customer,\n> your ticket ESC-5130 is open.\n"
	for _, tt := range []struct{ name, body, want string }{
		{"Somali phone line above a Somali header block",
			"Salaan Dana,\n\nWali ma aragno dhacdada xadka.\n\nMahadsanid,\nCali Warsame\nMaamulaha Gaadiidka\nTaleefan: +252 61 000 1234\n\n" +
				"Ka: Acme Support <support@acme.example>\nLa diray: 12 May 2026 17:35\nKu: Cali Warsame <cali@geeska.example>\nMawduuc: RE: [ESC-5130] Tracking\n\nHello Cali,\nplease check the geofence.\n",
			"Salaan Dana,\n\nWali ma aragno dhacdada xadka.\n\nMahadsanid,\nCali Warsame\nMaamulaha Gaadiidka\nTaleefan: +252 61 000 1234"},
		{"Amharic attribution ending in its own colon",
			"እሺ፣ አመሰግናለሁ።\n\nሰኞ፣ 18 ሜይ 2026 በ09:12 Acme Support <support@acme.example> ጻፈ፦" + quote,
			"እሺ፣ አመሰግናለሁ።"},
		{"Amharic attribution over nothing typed",
			"\n\nሰኞ፣ 18 ሜይ 2026 በ09:12 Acme Support <support@acme.example> ጻፈ፦\n" + quote,
			""},
	} {
		checkParsedVisible(t, tt.name, head+tt.body, tt.want)
	}
	raw := "From: Arben Hoxha <arben@iliria.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-5131] Tracking\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Me respekt,\nArben Hoxha\nDrejtor Operacional\nIliria Transport Sh.p.k.\n+355 4 000 1234\n\n" +
		"________________________________\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, May 12, 2026 5:35 PM\nTo: Arben Hoxha <arben@iliria.example>\nSubject: RE: [ESC-5131] Tracking\n\nHello Arben,\nplease check the geofence.\n"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Visible != "" || !m.QuotedOnly {
		t.Errorf("a saved signature opening with its closing: visible %q, quoted only %v; want none", m.Visible, m.QuotedOnly)
	}
}

// TestShapedReadings66NotText: the writer's lines near those shapes stay:
// a thanks above the name and signature (typed, however short), a
// closing set apart from them by a blank line (typed above them), and a
// line ending in "!" with a time, a year and an address above a quote
// (the quote goes, as any does).
func TestShapedReadings66NotText(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"thanks above the signature",
			"Faleminderit,\nArben Hoxha\nDrejtor Operacional\n+355 4 000 1234\n\n________________________________\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, May 12, 2026 5:35 PM\nTo: Arben Hoxha <arben@iliria.example>\nSubject: RE: [ESC-5131] Tracking\n\nHello Arben,\nplease check.\n",
			"Faleminderit,\nArben Hoxha\nDrejtor Operacional\n+355 4 000 1234"},
		// "Me respekt," is a closing intake now knows (signOffCore),
		// and a signature under it alone is no text: "Në rregull,"
		// ("all right") says something
		{"words of a closing's shape set apart from the signature by a blank line",
			"Në rregull,\n\nArben Hoxha\nDrejtor Operacional\n+355 4 000 1234\n\n________________________________\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, May 12, 2026 5:35 PM\nTo: Arben Hoxha <arben@iliria.example>\nSubject: RE: [ESC-5131] Tracking\n\nHello Arben,\nplease check.\n",
			"Në rregull,\n\nArben Hoxha\nDrejtor Operacional\n+355 4 000 1234"},
		{"a sentence with a time, a year and an address above a quote",
			"Since 2026-05-18 10:15 ops@iliria.example gets this!\n> 550 mailbox unavailable\n",
			"Since 2026-05-18 10:15 ops@iliria.example gets this!"},
	} {
		raw := "From: Arben Hoxha <arben@iliria.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-5131] Tracking\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body
		checkParsedVisible(t, tt.name, raw, tt.want)
	}
}

// TestShapedFooters66: the rest of replies/stranger66's misses, in other
// languages. Zendesk's "##- … -##" frame is its "reply above this line"
// whatever its words (Hindi here), and a comment's author line is
// measured in letters, not bytes, so that a Devanagari name and desk
// are as short as Latin ones; a heading in capitals naming
// confidentiality opens a notice (Latvian "KONFIDENCIALITĀTES
// PAZIŅOJUMS:"); a notice opening "This letter …" in Tajik; a program's
// footer between rules, a sentence naming it over its own web address
// (an antivirus scan line in Swahili).
func TestShapedFooters66(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"Zendesk frame in Hindi, Devanagari author",
			"##- कृपया इस पंक्ति के ऊपर अपना उत्तर लिखें -##\n\nआपका अनुरोध (4412) अपडेट किया गया है।\n\n----------------------------------------------\n\n" +
				"प्रिया शर्मा (सहायता डेस्क, भारत लॉजिस्टिक्स)\n\n15 मई 2026, 11:40 IST\n\nनमस्ते,\n\nसमस्या हल हो गई है, धन्यवाद।\n\nप्रिया\n\n" +
				"----------------------------------------------\n\nAcme Support\n\n14 मई 2026, 18:05 IST\n\nHello Priya,\nplease check the export.\n\n--------------------------------\nयह ईमेल भारत लॉजिस्टिक्स सहायता द्वारा भेजा गया है।\n\n[QW7P1Q-43R8]\n",
			"नमस्ते,\n\nसमस्या हल हो गई है, धन्यवाद।\n\nप्रिया"},
		{"Latvian notice under a capital heading",
			"Labdien,\n\nlūdzu, pārbaudiet sūtījumu LV-2231.\n\nAr cieņu\nAnna Ozola\n\nKONFIDENCIALITĀTES PAZIŅOJUMS: Šajā e-pastā esošā informācija ir konfidenciāla un paredzēta tikai adresātam.\n",
			"Labdien,\n\nlūdzu, pārbaudiet sūtījumu LV-2231.\n\nAr cieņu\nAnna Ozola"},
		{"Tajik notice",
			"Салом,\n\nлутфан борро санҷед.\n\nБо эҳтиром,\nФарид Раҳимов\n\nИн мактуб ва замимаҳои он махфӣ буда, танҳо барои гиранда пешбинӣ шудаанд.\n",
			"Салом,\n\nлутфан борро санҷед.\n\nБо эҳтиром,\nФарид Раҳимов"},
		{"Swahili antivirus line between rules",
			"Habari,\n\ntafadhali angalia mzigo.\n\nJuma Mwangi\n\n-----------------------------\nBarua pepe hii imekaguliwa na programu ya antivirus ya Avast.\nwww.avast.com\n-----------------------------\n",
			"Habari,\n\ntafadhali angalia mzigo.\n\nJuma Mwangi"},
	} {
		raw := "From: someone@customer.example\r\nTo: support@acme.example\r\nSubject: Re: [ESC-5140] Tracking\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body
		checkParsedVisible(t, tt.name, raw, tt.want)
	}
}

// TestShapedFooters66NotText: the writer's lines near those shapes stay:
// a heading in capitals that names no confidentiality, a closing link
// under no rule, and a signature drawn between rules with its company's
// address.
func TestShapedFooters66NotText(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"a capital heading of the writer's", "Labdien,\n\nlūdzu, pārbaudiet sūtījumu.\n\nSVARĪGI: sūtījums ir konfidenciāls, nerādiet to klientam."},
		{"a closing link under no rule", "Habari,\n\npakua toleo jipya la Pwani kutoka tovuti yetu.\nwww.pwani.example"},
		{"a signature between rules", "Habari,\n\nangalia mzigo.\n\n-----------------------------\nJuma Mwangi\nPwani Freight Ltd\nwww.pwani.example\n-----------------------------"},
	} {
		raw := "From: someone@customer.example\r\nTo: support@acme.example\r\nSubject: Tracking\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body
		checkParsedVisible(t, tt.name, raw, tt.body)
	}
}

// TestShapedAttributionNotASentence: the writer's own sentence naming an
// address and a time, closed by a full stop, above a quote they paste is
// no attribution.
func TestShapedAttributionNotASentence(t *testing.T) {
	body := "I forwarded it to <noc@carrier.example> at 10:15.\n> 550 5.1.1 user unknown\n"
	checkParsedVisible(t, "a sentence above a quote", plainMail("Bounce", body), "I forwarded it to <noc@carrier.example> at 10:15.")
}

// TestTicketLinkFooter: a help desk relaying its user's comment to us
// writes under the signature a line pointing at the ticket's page and
// one saying who sent the mail, in the user's language (stranger75's 39,
// Freshdesk in Portuguese, kept both).
func TestTicketLinkFooter(t *testing.T) {
	const text = "Bom dia, equipe Acme.\n\nAs 9 notas ainda aparecem como \"Pendente\". Vocês conseguem reprocessar?\n\nAtt.,\nRodrigo Lima\nSuporte N2 | TechDent Soluções em TI\n(11) 4003-2190"
	for _, tt := range []struct{ name, footer string }{
		{"Portuguese", "\n\nPara ver o histórico completo deste chamado, acesse https://suporte.techdent.example/helpdesk/tickets/20931\n\nEste e-mail foi enviado por TechDent Suporte.\nPowered by Freshdesk\n"},
		{"English, the link alone", "\n\nView the ticket: https://help.example.com/hc/requests/48213\n"},
		{"Polish, two lines", "\n\nAby zobaczyć całą historię zgłoszenia, przejdź do\nhttps://pomoc.example.pl/support/tickets/7712\n\nTę wiadomość wysłał HelpDesk Nowak.\n"},
	} {
		if got := VisibleText(text + tt.footer); got != text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, text)
		}
	}
}

// TestTicketLinkFooterNotText: a link to a ticket the writer gives in
// their own text, above their closing or in a postscript, or followed by
// their question, is theirs.
func TestTicketLinkFooterNotText(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"above the closing", "Hi,\n\nSame problem as https://help.example.com/hc/requests/48213 last month.\n\nThanks,\nRodrigo Lima\n(11) 4003-2190"},
		{"a postscript", "Hi,\n\nThe import fails again.\n\nRodrigo Lima\n(11) 4003-2190\n\nPS: the old case is https://help.example.com/hc/requests/48213"},
		{"a question below", "Hi,\n\nThe import fails again.\n\nRodrigo Lima\n(11) 4003-2190\n\nhttps://help.example.com/hc/requests/48213\n\nIs this the same bug?"},
		{"no signature above", "Hi,\n\nThe import fails again, see\n\nhttps://help.example.com/hc/requests/48213"},
	} {
		if got := VisibleText(tt.text); got != tt.text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.text)
		}
	}
}

// TestTicketLinkFooterNotNotice: a help desk's own notice of a ticket's
// change, whose fields end above its pointer to the ticket, keeps that
// pointer: no writer closed above it (ConnectWise's "Updated: 3/11/2025
// 4:53 PM" is a field, not a signature's line).
func TestTicketLinkFooterNotNotice(t *testing.T) {
	const text = "The status of ticket #284113 has changed.\n\nPrevious status: In Progress\nNew status: Waiting on Vendor\nUpdated by: Dan Whitaker\nUpdated: 3/11/2025 4:53 PM\n\nYou are receiving this notification because you are listed as a contact on this ticket.\nView this ticket in the customer portal: https://portal.northgate-msp.example/support/ticket/284113"
	if got := VisibleText(text); got != text {
		t.Errorf("got %q\nwant %q", got, text)
	}
}
