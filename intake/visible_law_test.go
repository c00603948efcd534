package intake

import (
	"testing"
)

// What replies/stranger89 (law firms, notaries and legal-aid offices in
// twenty countries) showed the readings of intake lacked.

// TestMarkedTitleSignatureOnly (replies/stranger89's 21): under a
// closing that says nothing, a name opened by a title the Hebrew script
// abbreviates with its own marks, the gershayim before an acronym's last
// letter ("עו"ד", advocate; "ד״ר", doctor; "רו"ח", accountant) or the
// geresh closing a word cut short ("פרופ'", professor), over a title, a
// firm and a phone, is the signature sent alone (shown as new text
// before: such a title has no capital and no full stop).
func TestMarkedTitleSignatureOnly(t *testing.T) {
	for _, w := range []string{`עו"ד`, "ד״ר", `רו"ח`, "פרופ'", "גב׳", `ד"ר`} {
		if !caselessTitle(w) {
			t.Errorf("caselessTitle(%q) = false", w)
		}
	}
	for _, tt := range []struct{ from, sig, header string }{
		// Outlook, the header block in Hebrew
		{"אבישי כהן <avishay@cohen.example>", "בברכה,\n\nעו\"ד אבישי כהן\nשותף מנהל\nכהן, לוי ושות' - עורכי דין\nטל': 03-6091234",
			"מאת: Acme Support <support@acme.example>\nנשלח: יום שני 16 נובמבר 2026 14:05\nאל: אבישי כהן\nנושא: תיק 7781\n\nשלום,\nנא לאשר.\n"},
		// Apple Mail's attribution, the real gershayim
		{"מיכל לוי <michal@levi.example>", "בברכה,\n\nד״ר מיכל לוי\nמנהלת מחלקה\nלוי ייעוץ משפטי בע״מ\nנייד: 054-1234567",
			"ב-16 בנוב׳ 2026, בשעה 14:05, \u200fAcme Support <support@acme.example> כתב/ה:\n\n> שלום,\n> נא לאשר.\n"},
		// Gmail, a professor's geresh, no closing
		{"דוד שפירא <david@shapira.example>", "פרופ' דוד שפירא\nיועץ משפטי\nשפירא ושות'\nטל': 02-6543210",
			"בתאריך יום ב׳, 16 בנוב׳ 2026 ב-14:05 מאת Acme Support <support@acme.example>:\n\n> שלום,\n> נא לאשר.\n"},
	} {
		raw := "From: " + tt.from + "\r\nTo: support@acme.example\r\nSubject: RE: תיק 7781\r\nIn-Reply-To: <x@acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + crlf(tt.sig) + crlf("\n\n"+tt.header)
		checkParsedVisible(t, tt.from, raw, "")
	}
}

// TestMarkedTitleSignatureOnlyNotText: a word in quotation marks, a
// mark with two letters after it, a word of a script with capitals and
// a title before one word are no title before a name; a question under
// the name keeps the whole as typed.
func TestMarkedTitleSignatureOnlyNotText(t *testing.T) {
	for _, w := range []string{`"כן"`, `כ"ןן`, `O"Neil`, "don't", "ד'", `צה"לים`} {
		if markedAbbreviation(w) {
			t.Errorf("markedAbbreviation(%q) = true", w)
		}
	}
	if got := withoutHonorific(`עו"ד כהן`); got != `עו"ד כהן` {
		t.Errorf("withoutHonorific(a title and one word) = %q", got)
	}
	typed := "בברכה,\n\nעו\"ד אבישי כהן\nהאם תוכלו לשלוח את הקובץ שוב?\nטל': 03-6091234"
	if clientSignatureOnly(typed, "אבישי כהן <avishay@cohen.example>") {
		t.Errorf("clientSignatureOnly(%q) = true", typed)
	}
}

// TestBalticCentralBannerTag (replies/stranger89's 10): the tag an
// administrator's rule puts before the external-sender warning, the word
// "external" in the languages of the Baltics and Central and Eastern
// Europe ("[IŠORINIS]", "[ZEWNĘTRZNY]", "[EXTERNÍ]", "[ZUNANJI]"), with
// the warning after it, is the mail system's; Lithuanian "not from
// inside the organisation" says so too.
func TestBalticCentralBannerTag(t *testing.T) {
	const text = "Laba diena,\n\nar galite atkurti įrašus?\n\nPagarbiai\nRūta"
	const quote = "\n\n2026-11-17, an, 10:02, Acme Support <support@acme.example> rašė:\n> Sveiki,\n> patikrinsime.\n"
	for _, tt := range []struct{ name, banner string }{
		{"Lithuanian", "[IŠORINIS] Šis laiškas gautas ne iš organizacijos vidaus. Nespauskite nuorodų, jei nepažįstate siuntėjo."},
		{"Lithuanian, outside the organisation", "[IŠORINIS] Laiškas gautas iš siuntėjo už organizacijos ribų. Neatidarykite priedų ir nespauskite nuorodų."},
		{"Polish", "[ZEWNĘTRZNY] Ta wiadomość pochodzi spoza organizacji. Nie klikaj w linki i nie otwieraj załączników."},
		{"Czech", "[EXTERNÍ] Tato zpráva pochází z externí adresy. Neotevírejte přílohy ani odkazy, pokud odesílatele neznáte."},
		{"Slovenian, the tag alone", "[ZUNANJI]"},
	} {
		if got := VisibleText(tt.banner + "\n\n" + text + quote); got != text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, text)
		}
	}
}

// TestBalticCentralBannerTagNotText: a customer's own tag at the head of
// a long first paragraph that says nothing of mail from outside, and a
// sentence about mail "not from inside the organisation" with no caution
// about links, are theirs.
func TestBalticCentralBannerTagNotText(t *testing.T) {
	const quote = "\n\n2026-11-17, an, 10:02, Acme Support <support@acme.example> rašė:\n> Ar galite atsiųsti pavyzdį?\n"
	for _, text := range []string{
		"[SVARBU] Ataskaitoje už spalį trūksta visų įrašų, kuriuos padėjėjai suvedė per mobiliąją programėlę, prašau patikrinti šiandien.\n\nRūta",
		"Laiškai, gauti ne iš organizacijos vidaus, mūsų sistemoje patenka į karantiną.\n\nRūta",
		"[ZEWNĘTRZNY] to znacznik, który nasz serwer dodaje do tematu każdej wiadomości od klientów, także od Państwa, i dlatego nie widzimy faktur.\n\nAnna",
	} {
		if got := VisibleText(text + quote); got != text {
			t.Errorf("got %q\nwant %q", got, text)
		}
	}
}

// TestRegulatorNotice (replies/stranger89's 18): a firm's footer that
// opens with the body that regulates it ("… is regulated by the Law
// Society of Ireland", "… by the Solicitors Regulation Authority", "…
// by the Central Bank of Ireland") over its confidentiality notice is
// the footer's, under any client's signature.
func TestRegulatorNotice(t *testing.T) {
	const text = "Hi there,\n\nCould you issue a credit note?\n\nMany thanks,\nSiobhán Byrne\nPractice Manager | Byrne Keating Solicitors\n+353 1 661 9042"
	for _, tt := range []struct{ name, notice, quote string }{
		{"Irish solicitors, Outlook", "Byrne Keating Solicitors is regulated by the Law Society of Ireland. This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.",
			"\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, 17 November 2026 10:02\nTo: Siobhán Byrne\nSubject: Invoice\n\nHello,\nwe will check.\n"},
		{"English solicitors, Gmail", "Hale & Co LLP is authorised and regulated by the Solicitors Regulation Authority (SRA 612345). This message is confidential; if you received it in error please tell us.",
			"\n\nOn Tue, 17 Nov 2026 at 10:02, Acme Support <support@acme.example> wrote:\n> Hello,\n> we will check.\n"},
		{"an Irish broker, Apple Mail", "Kerry Brokers Ltd trading as Kerry Insurance are regulated by the Central Bank of Ireland. The information in this email is confidential.",
			"\n\n> On 17 Nov 2026, at 10:02, Acme Support <support@acme.example> wrote:\n> \n> Hello,\n> we will check.\n"},
	} {
		if got := VisibleText(text + "\n\n" + tt.notice + tt.quote); got != text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, text)
		}
	}
}

// TestRegulatorNoticeNotText: a writer's paragraph on who regulates them,
// above their closing, is theirs.
func TestRegulatorNoticeNotText(t *testing.T) {
	const quote = "\n\nOn Tue, 17 Nov 2026 at 10:02, Acme Support <support@acme.example> wrote:\n> Why do you need the audit log?\n"
	text := "Hi,\n\nOur firm is regulated by the Law Society of Ireland, so we must keep the audit log for six years and it is confidential.\n\nMany thanks,\nSiobhán"
	if got := VisibleText(text + quote); got != text {
		t.Errorf("got %q\nwant %q", got, text)
	}
}

// TestCardAlone (replies/stranger89's 29): a body whose only lines above
// the mail answered are a person's card, a name (in a script with
// capitals or without, a title glued to it as Thai writes it) over a
// title or a firm and a contact, with no closing, no From to go by and
// no blank line above it, is the signature sent alone, in any language
// (shown as new text before: with no name and no closing, the card was
// read as typed).
func TestCardAlone(t *testing.T) {
	for _, tt := range []struct{ name, card, quote string }{
		{"Thai, Gmail", "นางสาวพิมพ์ชนก วงศ์ใหญ่\nทนายความ ใบอนุญาตเลขที่ 8812/2558\nสำนักงานกฎหมายศรีสุขและเพื่อน\nโทร 081-442-9031",
			"\n\nเมื่อ อ. 17 พ.ย. 2569 เวลา 10:12 Acme Support <support@acme.example> เขียนว่า:\n\n> เรียน คุณพิมพ์ชนก\n> กรุณาตอบกลับเพื่อยืนยัน\n"},
		{"Polish, Thunderbird", "Jan Kowalski\nRadca prawny\nKancelaria Kowalski i Wspólnicy sp.k.\ntel. +48 22 555 01 23",
			"\n\nW dniu 17.11.2026 o 10:12, Acme Support pisze:\n> Prosimy o potwierdzenie.\n"},
		{"Vietnamese, Gmail", "Nguyễn Văn An\nLuật sư điều hành\nVăn phòng Luật sư An Phát\nĐT: 0903 123 456",
			"\n\nVào Th 3, 17 thg 11, 2026 lúc 10:12 Acme Support <support@acme.example> đã viết:\n> Vui lòng xác nhận.\n"},
		{"Khmer, Gmail", "សុខ វណ្ណា\nមេធាវី\nការិយាល័យមេធាវី សុខ\nទូរស័ព្ទ 012 345 678",
			"\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"},
	} {
		if v := visibleText(tt.card+tt.quote, false); v.text != "" || !v.quotedOnly {
			t.Errorf("%s: visibleText = %q, quoted only %v", tt.name, v.text, v.quotedOnly)
		}
	}
}

// TestCardAloneNotText: words typed above the card, a line under the
// name that speaks to the reader, a name alone or a name and a phone,
// and a card with no mail answered below it (a new mail) stay the
// writer's.
func TestCardAloneNotText(t *testing.T) {
	const quote = "\n\nW dniu 17.11.2026 o 10:12, Acme Support pisze:\n> Prosimy o potwierdzenie.\n"
	for _, body := range []string{
		"Potwierdzam.\nJan Kowalski\nRadca prawny\ntel. +48 22 555 01 23" + quote,
		"Jan Kowalski\nProszę o kontakt jutro rano.\ntel. +48 22 555 01 23" + quote,
		"Jan Kowalski\ntel. +48 22 555 01 23" + quote,
		"Jan Kowalski" + quote,
		"Jan Kowalski\nRadca prawny\nKancelaria Kowalski i Wspólnicy sp.k.\ntel. +48 22 555 01 23",
	} {
		if v := visibleText(body, false); v.text == "" || v.quotedOnly {
			t.Errorf("visibleText(%q) read as nothing typed", body)
		}
	}
}
