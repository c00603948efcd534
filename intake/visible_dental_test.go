package intake

import (
	"strings"
	"testing"
)

// TestCardAloneNameShapes: a card sent alone over the mail answered is
// read whatever its name's shape: a family name with a second capital
// after its prefix (MacLeod, McDonald, DeSouza), a degree with the
// college that awards it in brackets ("RCS(Ed)", "FRCS(Glasg)"), a
// title abbreviated in an Indic script as a letter and its vowel sign
// (Hindi "डॉ.").
func TestCardAloneNameShapes(t *testing.T) {
	for _, tt := range []struct{ name, card, quote string }{
		{"Scottish, Gmail", "Ryan McDonald\nPractice Manager\nGlenview Surgery\n01463 555 210",
			"\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"},
		{"Portuguese, Gmail", "Ana DeSouza\nGerente de Clínica\nClínica Sorriso\n+55 11 5555 0101",
			"\n\nEm ter., 17 de nov. de 2026 às 10:12, Acme Support <support@acme.example> escreveu:\n> Por favor, confirme.\n"},
		{"Hindi, Gmail", "डॉ. अमित कुमार शर्मा\nदंत चिकित्सक\nशर्मा डेंटल क्लिनिक, जयपुर\nमोबाइल: 98290 55512",
			"\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"},
	} {
		if v := visibleText(tt.card+tt.quote, false); v.text != "" || !v.quotedOnly {
			t.Errorf("%s: visibleText = %q, quoted only %v", tt.name, v.text, v.quotedOnly)
		}
	}
	if !postNominal("RCS(Ed)") || !postNominal("FRCS(Glasg)") || postNominal("(Ed)") || postNominal("Ward(3)") {
		t.Error("postNominal: a degree and its college in brackets")
	}
}

// TestCardAloneNameShapesNotText: a product's name in two capitals, a
// word typed over the card, a sentence under the name, and an
// abbreviation of two letters in an Indic script stay the writer's.
func TestCardAloneNameShapesNotText(t *testing.T) {
	const quote = "\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"
	for _, body := range []string{
		"Confirmed.\nRyan McDonald\nPractice Manager\n01463 555 210" + quote,
		"Ryan McDonald\nPlease call me back after lunch, we need this fixed.\n01463 555 210" + quote,
		"Ryan McDonald" + quote,
		"SMS GateWAY down\nPractice Manager\n01463 555 210" + quote,
	} {
		if v := visibleText(body, false); v.text == "" || v.quotedOnly {
			t.Errorf("visibleText(%q) read as nothing typed", body)
		}
	}
	if personNameShape("GitHUB Issues") || personNameShape("PayPal") || !personNameShape("Eilidh MacLeod") {
		t.Error("personNameShape: one second capital between small letters")
	}
	if caselessTitle("कि.मी") || !caselessTitle("डॉ.") || !caselessTitle("ডা.") {
		t.Error("caselessTitle: a letter and its marks")
	}
}

// TestForwardDecoratedLocalized: a forward with no comment under a
// client's decorated separator in a language the lists lacked keeps only
// the forwarded text (Albanian under Gmail's mixed header block, Bosnian,
// Romanian).
func TestForwardDecoratedLocalized(t *testing.T) {
	for _, tt := range []struct{ name, marker, from string }{
		{"Albanian", "---------- Mesazhi i përcjellë ---------", "Nga: Arben Hoxha <arben@example.org>"},
		{"Bosnian", "---------- Proslijeđena poruka ----------", "Od: Edin Mujić <edin@example.org>"},
		{"Romanian", "---------- Mesaj redirecționat ---------", "De la: Ion Popa <ion@example.org>"},
	} {
		body := "\n\n" + tt.marker + "\n" + tt.from + "\nDate: Tue, 10 Nov 2026 at 21:14\nSubject: Reminder\nTo: <info@example.org>\n\n\nThe reminder never came.\n"
		if v := visibleText(body, false); v.text != "The reminder never came." {
			t.Errorf("%s: visibleText = %q", tt.name, v.text)
		}
	}
	if !hasForwardWord("---------- Mesazhi i përcjellë ---------") || hasForwardWord("---------- Mesazhi origjinal ---------") {
		t.Error("hasForwardWord: a forward, not an original message")
	}
}

// TestSamsungFooterPhoneWord: Samsung's footer naming the phone in the
// language's own word, declined or compounded, is no text; a sentence
// about the writer's Samsung phone stays.
func TestSamsungFooterPhoneWord(t *testing.T) {
	for _, footer := range []string{
		"Poslano sa mog Samsung Galaxy pametnog telefona.",
		"Wysłane z mojego smartfona Samsung Galaxy.",
		"Samsung Galaxy okostelefonról küldve.",
		"Samsung Galaxy akıllı telefonumdan gönderildi.",
	} {
		if !samsungFooter(footer) {
			t.Errorf("samsungFooter(%q) = false", footer)
		}
		body := "Hvala, sad radi.\n\n\n\n" + footer + "\n"
		if v := visibleText(body, false); v.text != "Hvala, sad radi." {
			t.Errorf("visibleText(%q) = %q", body, v.text)
		}
	}
}

// TestSamsungFooterPhoneWordNotText: the writer's sentence about their
// Samsung phone, with more words than a footer's, stays.
func TestSamsungFooterPhoneWordNotText(t *testing.T) {
	for _, l := range []string{
		"Moj Samsung Galaxy telefon ne radi sa aplikacijom od jučer.",
		"Aplikacija se ruši na mom Samsung Galaxy pametnom telefonu svaki put.",
	} {
		if samsungFooter(l) {
			t.Errorf("samsungFooter(%q) = true", l)
		}
		body := "Hvala.\n\n" + l + "\n"
		if v := visibleText(body, false); !strings.Contains(v.text, l) {
			t.Errorf("visibleText(%q) = %q", body, v.text)
		}
	}
}

// TestCardAloneCorrespondenceLanguages: a card sent alone whose last line
// is the standing line welcoming mail in the country's languages (Welsh
// and English, Irish, an English "Correspondence in … is welcomed") is
// nothing typed.
func TestCardAloneCorrespondenceLanguages(t *testing.T) {
	const quote = "\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"
	for _, card := range []string{
		"Best wishes,\n\nDr Gareth Hughes BDS\nGeneral Dental Practitioner\nPractis Deintyddol y Bont, Bangor\n01248 555 012\n\nRwy'n croesawu gohebiaeth yn Gymraeg. / I welcome correspondence in Welsh.",
		"Dr Áine Ní Bhriain\nLia Ginearálta\nIonad Sláinte an Daingin\n066 555 1234\nFáiltítear roimh chomhfhreagras i nGaeilge nó i mBéarla.",
		"Dr Megan Evans\nPractice Manager\nTeg Dental, Cardiff\n029 5550 1122\nCorrespondence in Welsh is welcomed.",
	} {
		if v := visibleText(card+quote, false); v.text != "" || !v.quotedOnly {
			t.Errorf("visibleText(%q) = %q, quoted only %v", card, v.text, v.quotedOnly)
		}
	}
}

// TestCardAloneCorrespondenceLanguagesNotText: a writer welcoming a
// particular mail, or asking for mail in a language, typed it.
func TestCardAloneCorrespondenceLanguagesNotText(t *testing.T) {
	const quote = "\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"
	for _, l := range []string{
		"I welcome your correspondence about the invoice, please send it by Friday.",
		"Please send all correspondence in Welsh from now on.",
		"We welcome the correspondence you sent yesterday.",
	} {
		if signaturePersonal.MatchString(l) {
			t.Errorf("signaturePersonal(%q) = true", l)
		}
		body := "Dr Megan Evans\nPractice Manager\nTeg Dental, Cardiff\n029 5550 1122\n" + l + quote
		if v := visibleText(body, false); !strings.Contains(v.text, l) {
			t.Errorf("visibleText(%q) = %q", body, v.text)
		}
	}
}

// TestCardAloneQualificationLine: a card sent alone whose degrees, in a
// script of three bytes a letter, run past a signature line's bytes is
// still read by the list's shape (Bengali, Hindi, Tamil).
func TestCardAloneQualificationLine(t *testing.T) {
	const quote = "\n\nOn Thu, 12 Nov 2026 at 09:10, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"
	for _, tt := range []struct{ name, card, degrees string }{
		{"Bengali", "ডা. শাহানা পারভীন\n%s\nপারভীন ডেন্টাল, ঢাকা\nমোবাইল: ০১৭১১-৫৫৫১২৩", "বিডিএস (ঢাকা), এমএস (অর্থোডন্টিক্স), এফসিপিএস (কনজারভেটিভ ডেন্টিস্ট্রি)"},
		{"Hindi", "डॉ. अमित कुमार शर्मा\n%s\nशर्मा डेंटल क्लिनिक, जयपुर\nमोबाइल: 98290 55512", "बीडीएस (दिल्ली), एमडीएस (ऑर्थोडॉन्टिक्स एवं डेंटोफेशियल ऑर्थोपेडिक्स)"},
		{"Tamil", "Dr. Kumar Rajan\n%s\nRajan Clinic, Jaffna\n021 555 2218", "எம்பிபிஎஸ் (யாழ்ப்பாணம்), எம்டி (குழந்தை மருத்துவம்)"},
	} {
		if len(tt.degrees) <= maxSignatureLineBytes || !qualificationLine(tt.degrees) {
			t.Errorf("%s: %d bytes, qualificationLine %v", tt.name, len(tt.degrees), qualificationLine(tt.degrees))
		}
		card := strings.Replace(tt.card, "%s", tt.degrees, 1)
		if v := visibleText(card+quote, false); v.text != "" || !v.quotedOnly {
			t.Errorf("%s: visibleText = %q, quoted only %v", tt.name, v.text, v.quotedOnly)
		}
	}
}

// TestQualificationLineNotText: a long sentence with commas, or a list
// whose items are several words, is no list of degrees.
func TestQualificationLineNotText(t *testing.T) {
	for _, l := range []string{
		"রোগীর তালিকা আসছে না, রিসিট পাইনি, দয়া করে আবার পাঠান (জরুরি)",
		"Monday, Tuesday, Wednesday",
		"The recall list is empty, the receipts are missing, please resend them today (urgent) because the practice opens at nine.",
		"MBBS (Colombo",
	} {
		if len(l) > maxSignatureLineBytes && qualificationLine(l) || l == "MBBS (Colombo" && qualificationLine(l) {
			t.Errorf("qualificationLine(%q) = true", l)
		}
	}
	if qualificationLine("রোগীর তালিকা আসছে না, রিসিট পাইনি") {
		t.Error("qualificationLine: clauses of several words")
	}
	body := "Dr. K. Rajan\nThe recall list is empty, the receipts are missing, please resend them today (urgent) because the practice opens at nine.\n021 555 2218\n\nOn Thu, 12 Nov 2026 at 09:10, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"
	if v := visibleText(body, false); v.text == "" || v.quotedOnly {
		t.Errorf("visibleText(%q) read as nothing typed", body)
	}
}
