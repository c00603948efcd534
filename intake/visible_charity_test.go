package intake

import (
	"strings"
	"testing"
)

// charityHistory is Outlook's header block and the mail answered, below
// a reply.
const charityHistory = "\r\n\r\nFrom: Acme Support <support@acme.example>\r\nSent: Wednesday, 18 November 2026 17:05\r\nTo: Donor Desk <desk@charity.example>\r\nSubject: [ACME-48322] Quarterly report\r\n\r\nHello,\r\n\r\nThe quarterly report is ready. Could you confirm the figures?\r\n\r\nAcme Support\r\n"

// charityMail is a plain-text reply from sender with body over the
// history, In-Reply-To set.
func charityMail(sender, body string) string {
	return "From: " + sender + " <user@charity.example>\r\nTo: support@acme.example\r\nSubject: RE: [ACME-48322] Quarterly report\r\nIn-Reply-To: <acme-48322-2@desk.acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		strings.ReplaceAll(body, "\n", "\r\n") + charityHistory
}

// TestGoodbyeClosingSignatureOnly: Outlook's signature sent alone that
// opens with a closing saying nothing but goodbye, set apart from the
// name by a blank line, in a language whose closing intake knows
// (signOff: Greek, Arabic, Turkish, Dutch here), is no new text
// (stranger83's 25, 35 and 36, shown as new text before: goodbyeLine).
// When the sender's name is not known (a body alone, no header block to
// go by) or the signature is signed by another name than the From's,
// the line under the closing has a person's name's shape over a
// contact (closedName); with no name to go by, the body opens with the
// empty line the client left above its signature (cursorLineEmpty).
func TestGoodbyeClosingSignatureOnly(t *testing.T) {
	for _, tt := range []struct{ name, from, body string }{
		{"Greek", "Κωνσταντίνος Αλεξίου", "Με εκτίμηση,\n\nΚωνσταντίνος Αλεξίου\nΤαμίας Διοικητικού Συμβουλίου\nΣωματείο «Φίλοι του Δάσους»\nΤ: +30 2310 555 010"},
		{"Arabic", "أحمد عبد الرحمن", "مع خالص التحيات،\n\nأحمد عبد الرحمن\nمدير المنح والشراكات\nهاتف: +20 2 5555 0101"},
		{"a mailbox signed by a person", "Info Stichting Zonnebloem", "Met vriendelijke groet,\n\nWouter Brinkman\nPenningmeester\nT +31 53 555 0101"},
	} {
		checkParsedVisible(t, tt.name, charityMail(tt.from, tt.body), "")
	}
	for _, body := range []string{
		"\nMet vriendelijke groet,\n\ndrs. Wouter Brinkman\nPenningmeester | Bestuurslid\nStichting Zonnebloem Twente\nT +31 53 555 0101\n",
		"\nSaygılarımla,\n\nAv. Selin Aydoğan\nYönetim Kurulu Üyesi\nKardelen Eğitim Vakfı\nT: +90 212 555 01 01\n",
	} {
		if v := visibleText(body, false); v.text != "" || !v.quotedOnly {
			t.Errorf("body alone %q: got %q, quoted only %v", body, v.text, v.quotedOnly)
		}
	}
}

// TestGoodbyeClosingSignatureOnlyNotText: a line with a closing's shape
// that says yes or approves ("Ναι,", "Evet,", "Genehmigt,"), thanks, an
// answer, a date or a question above the closing, a word under it, a
// first name alone and a question under the name are typed, and stay.
func TestGoodbyeClosingSignatureOnlyNotText(t *testing.T) {
	const greek = "\n\nΚωνσταντίνος Αλεξίου\nΤαμίας Διοικητικού Συμβουλίου\nΤ: +30 2310 555 010"
	const german = "\n\nFriederike Altenau\nVorständin\nTelefon +49 931 555 010"
	const arabic = "\n\nأحمد عبد الرحمن\nمدير المنح والشراكات\nهاتف: +20 2 5555 0101"
	for _, tt := range []struct{ name, from, body string }{
		{"Greek yes", "Κωνσταντίνος Αλεξίου", "Ναι," + greek},
		{"Greek thanks", "Κωνσταντίνος Αλεξίου", "Ευχαριστώ," + greek},
		{"German approval", "Friederike Altenau", "Genehmigt," + german},
		{"German approval over the closing", "Friederike Altenau", "Genehmigt\n\nMit freundlichen Grüßen" + german},
		{"English answer over the closing", "Friederike Altenau", "Approved.\n\nKind regards," + german},
		{"a date over the closing", "Friederike Altenau", "Freitag, 27.11., 14:00\n\nMit freundlichen Grüßen" + german},
		{"Arabic approval", "أحمد عبد الرحمن", "موافق\n\nمع خالص التحيات،" + arabic},
		{"Arabic yes", "أحمد عبد الرحمن", "نعم،" + arabic},
		{"a question under the name", "Friederike Altenau", "Mit freundlichen Grüßen\n\nFriederike Altenau\nKönnen Sie mich morgen anrufen?\nTelefon +49 931 555 010"},
	} {
		checkParsedVisible(t, tt.name, charityMail(tt.from, tt.body), tt.body)
	}
	for _, body := range []string{
		"Evet,\n\nSelin Aydoğan\nYönetim Kurulu Üyesi\nT: +90 212 555 01 01",
		"Met vriendelijke groet,\n\nAkkoord\nWouter Brinkman\nT +31 53 555 0101",
		"Met vriendelijke groet,\n\nWouter\nT +31 53 555 0101",
		"Met vriendelijke groet,\n\nWouter Brinkman\nPenningmeester",
		"Ja\n\nMet vriendelijke groet,\n\nWouter Brinkman\nT +31 53 555 0101",
	} {
		if v := visibleText(body, false); v.quotedOnly || trimmedLines(v.text) != trimmedLines(body) {
			t.Errorf("body alone %q: got %q, quoted only %v", body, v.text, v.quotedOnly)
		}
	}
}

// TestReplyWithoutHistorySignatureOnly: a reply (In-Reply-To) whose
// client quotes nothing, Outlook's signature alone in it, is no new text
// (stranger83's 10, an Arabic signature in a table, shown as new text
// before: signatureAlone asked for history).
func TestReplyWithoutHistorySignatureOnly(t *testing.T) {
	raw := "From: Sarah Bennett <s.bennett@charity.example>\r\nTo: support@acme.example\r\nSubject: RE: [ACME-48322] Quarterly report\r\nIn-Reply-To: <acme-48322-2@desk.acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\nSarah Bennett\r\nFinance Officer\r\nHarrow Community Trust\r\nT: +44 1632 960 150\r\n"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Visible != "" || !m.QuotedOnly {
		t.Errorf("got %q, quoted only %v", m.Visible, m.QuotedOnly)
	}
}

// TestReplyWithoutHistorySignatureOnlyNotText: a new mail (no
// In-Reply-To) of a signature alone keeps it, and a reply without
// history with an answer over the signature keeps both.
func TestReplyWithoutHistorySignatureOnlyNotText(t *testing.T) {
	const sig = "Sarah Bennett\r\nFinance Officer\r\nHarrow Community Trust\r\nT: +44 1632 960 150"
	for _, tt := range []struct{ name, inReplyTo, body string }{
		{"a new mail", "", sig},
		{"an answer", "In-Reply-To: <acme-48322-2@desk.acme.example>\r\n", "Approved.\r\n\r\n" + sig},
		{"yes", "In-Reply-To: <acme-48322-2@desk.acme.example>\r\n", "Yes\r\n\r\n" + sig},
	} {
		raw := "From: Sarah Bennett <s.bennett@charity.example>\r\nTo: support@acme.example\r\nSubject: [ACME-48322] Quarterly report\r\n" + tt.inReplyTo + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + "\r\n"
		checkParsedVisible(t, tt.name, raw, strings.ReplaceAll(tt.body, "\r\n", "\n"))
	}
}

// TestRegisterSentencesSignatureOnly: a German foundation's signature
// sent alone closes with its register written in sentences under a blank
// line (legal form and supervisor, board, tax number); it is the
// signature's, and the reply holds no new text (stranger83's 29, shown
// as new text before: registerSentences).
func TestRegisterSentencesSignatureOnly(t *testing.T) {
	const body = "Mit freundlichen Grüßen\n\nDr. Friederike Altenau\nVorständin\nBürgerstiftung Würzburg\nTelefon +49 931 555 010\n\nRechtsfähige Stiftung bürgerlichen Rechts, Stiftungsaufsicht: Regierung von Unterfranken. Vorstand: Dr. Friederike Altenau, Markus Greiner. Steuernummer 257/000/00830."
	checkParsedVisible(t, "foundation", charityMail("Dr. Friederike Altenau", body), "")
}

// TestRegisterSentencesSignatureOnlyNotText: a writer's sentences under
// the signature that name the board or a tax number have their verbs in
// lower case, or a sentence with no field, and stay.
func TestRegisterSentencesSignatureOnlyNotText(t *testing.T) {
	const sig = "Mit freundlichen Grüßen\n\nDr. Friederike Altenau\nVorständin\nBürgerstiftung Würzburg\nTelefon +49 931 555 010\n\n"
	for _, p := range []string{
		"Der Vorstand hat zugestimmt: 3 Stimmen.",
		"Vorstand: bitte bis Freitag freigeben, Steuernummer 257/000/00830.",
		"Vorstand: Markus Greiner. Bitte Spendenquittung 2026 bis Freitag.",
		"Vorstand: Markus Greiner. Bitte bis 27.11.",
	} {
		checkParsedVisible(t, p, charityMail("Dr. Friederike Altenau", sig+p), sig+p)
	}
}

// TestJiraFooterAddressingReader: Jira Service Management's German
// footer may address the reader ("Sehen Sie sich die Anfrage an ·
// Deaktivieren Sie die Benachrichtigungen für diese Anfrage") rather
// than name its actions; the comment alone is the writer's, the rule,
// the reply-above line, the author's line and the footer are the tool's
// (stranger83's 18 kept them all before).
func TestJiraFooterAddressingReader(t *testing.T) {
	const head = "—-—-—-—\n\nAntworten Sie oberhalb dieser Zeile.\n\nLukas Brenner hat einen Kommentar hinzugefügt:\n\n"
	const comment = "Hallo zusammen,\n\ndas Formular bleibt in Edge bei Schritt 3 hängen.\n\nViele Grüße\nLukas Brenner"
	for _, footer := range []string{
		"\n\nSehen Sie sich die Anfrage an · Deaktivieren Sie die Benachrichtigungen für diese Anfrage\n\nDiese E-Mail wurde von Jira Service Management gesendet.\n",
		"\n\nDeaktivieren Sie die Benachrichtigungen für diese Anfrage\n",
	} {
		if got := VisibleText(head + comment + footer); got != comment {
			t.Errorf("footer %q: got %q", footer, got)
		}
	}
}

// TestJiraFooterAddressingReaderNotText: the writer's own request to
// look at the ticket, in a sentence, stays with the comment.
func TestJiraFooterAddressingReaderNotText(t *testing.T) {
	const head = "—-—-—-—\n\nAntworten Sie oberhalb dieser Zeile.\n\nLukas Brenner hat einen Kommentar hinzugefügt:\n\n"
	const comment = "Hallo zusammen,\n\nbitte sehen Sie sich die Anfrage an und deaktivieren Sie die Benachrichtigungen für diese Anfrage nicht.\n\nViele Grüße\nLukas Brenner"
	const footer = "\n\nAnfrage anzeigen · Benachrichtigungen für diese Anfrage deaktivieren\n"
	if got := VisibleText(head + comment + footer); got != comment {
		t.Errorf("got %q", got)
	}
}

// TestClosingSignatureNothingSaid: under a closing that says nothing but
// goodbye, with nothing typed above it, the name and a contact, the
// lines are the signature's whatever their shape: a register line no
// rule knows (a Polish court register, an English registered office
// with its company and VAT numbers) says nothing to the reader
// (stranger85's 22 and 46, shown as new text before:
// clientSignatureOnly). A body alone typed from its first line with such a
// closing says nothing either (stranger85's 34: the text shown opens
// with the closing, goodbyeLine).
func TestClosingSignatureNothingSaid(t *testing.T) {
	for _, tt := range []struct{ name, from, body string }{
		{"Polish court register", "Marek Kowalczyk", "Pozdrawiam / Best regards\n\nMarek Kowalczyk\nKierownik Działu Celnego\nBALTIC GATE LOGISTICS Sp. z o.o.\ntel. +48 58 555 22 10\nSąd Rejonowy Gdańsk-Północ w Gdańsku, VIII Wydział Gospodarczy KRS, KRS 0000512345"},
		{"English registered office", "James Whitfield", "Kind regards,\n\nJames Whitfield\nManaging Director\nRegistered office: 3 Dock Road, Tilbury, Essex RM18 7BX | Company No. 04555123 | VAT No. GB 555 1234 56\nT +44 1375 555 010"},
	} {
		checkParsedVisible(t, tt.name, charityMail(tt.from, tt.body), "")
	}
	for _, body := range []string{
		"Cordiali saluti\n\nDavide Colombo\nResponsabile Spedizioni Import\nLombarda Forwarding S.r.l.\nTel. +39 02 5555 3310\n\nIl giorno gio 19 nov 2026 alle ore 10:22 Acme Support <support@acme.example>\nha scritto:\n\n> Buongiorno Davide,\n>\n> la pratica è stata completata.\n",
		"Met vriendelijke groet,\n\ndrs. Wouter Brinkman\nPenningmeester\nT +31 53 555 0101",
	} {
		if v := visibleText(body, false); v.text != "" || !v.quotedOnly {
			t.Errorf("body alone %q: got %q, quoted only %v", body, v.text, v.quotedOnly)
		}
	}
}

// TestClosingSignatureNothingSaidNotText: under the same closing and
// name, a line that speaks to the reader is typed whatever its shape,
// and the text stays: a sentence in the first or second person with no
// full stop ("We still have not received …", "Sie erreichen das Lager
// erst ab Montag"), a request ("Proszę o pilny kontakt"), a sentence
// closed by its full stop; and a signature with no contact below the
// name.
func TestClosingSignatureNothingSaidNotText(t *testing.T) {
	const phone = "\nT +44 1375 555 010"
	for _, tt := range []struct{ name, from, body string }{
		{"we, no full stop", "James Whitfield", "Kind regards,\n\nJames Whitfield\nManaging Director\nWe still have not received the October invoice" + phone},
		{"you, German", "Friederike Altenau", "Mit freundlichen Grüßen\n\nFriederike Altenau\nVorständin\nSie erreichen das Lager erst ab Montag\nTelefon +49 931 555 010"},
		{"a Polish request", "Marek Kowalczyk", "Pozdrawiam\n\nMarek Kowalczyk\nProszę o pilny kontakt\ntel. +48 58 555 22 10"},
		{"a sentence", "James Whitfield", "Kind regards,\n\nJames Whitfield\nThe container left Tilbury this morning." + phone},
		{"no contact", "James Whitfield", "Kind regards,\n\nJames Whitfield\nManaging Director\nRegistered office: 3 Dock Road, Tilbury, Essex | Company No. 04555123 | VAT No. GB 555 1234 56"},
	} {
		checkParsedVisible(t, tt.name, charityMail(tt.from, tt.body), tt.body)
	}
	for _, body := range []string{
		"Cordiali saluti\n\nDavide\nTel. +39 02 5555 3310",
		"Cordiali saluti\n\nDavide Colombo\nVi confermo il ritiro di domani alle 8\nTel. +39 02 5555 3310",
	} {
		if v := visibleText(body, false); v.quotedOnly || trimmedLines(v.text) != trimmedLines(body) {
			t.Errorf("body alone %q: got %q, quoted only %v", body, v.text, v.quotedOnly)
		}
	}
}
