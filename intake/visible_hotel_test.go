package intake

import (
	"strings"
	"testing"
)

// What replies/stranger80 (hotels and holiday rentals in 13 countries)
// showed the readings of intake lacked.

// TestMailboxSignedSignatureOnly (replies/stranger80's 31): a shared
// mailbox's Outlook signature sent alone may be signed by the person
// who answers from it, over lines that name the mailbox's department
// and house ("Inês Carvalho" / "Receção | Front Office" / "Quinta do
// Vale …" from "Rececao Quinta do Vale", its accents dropped), open
// with a closing whose one half is of no known words ("Com os melhores
// cumprimentos / Best regards,") and close with a plea to think before
// printing: no new text (shown as new text before).
func TestMailboxSignedSignatureOnly(t *testing.T) {
	const block = "\r\n\r\nDe: Acme Support <support@acme.example>\r\nEnviado: segunda-feira, 23 de novembro de 2026 18:22\r\nPara: Rececao Casa do Rio <rececao@casadorio.example>\r\nAssunto: Check-in online\r\n\r\nOlá,\r\n\r\nO link já funciona.\r\n\r\nSuporte Acme\r\n"
	const sig = "Marta Sousa\r\nReceção | Front Office\r\nHotel Casa do Rio\r\nT. +351 254 555 010\r\nwww.casadorio.example"
	for _, tt := range []struct{ name, body string }{
		{"signed by a person", sig},
		{"a closing in two languages, one unknown", "Com os melhores cumprimentos / Best regards,\r\n\r\n" + sig},
		{"a plea under it", sig + "\r\n\r\nAntes de imprimir este email pense bem se tem mesmo de o fazer."},
	} {
		raw := "From: Rececao Casa do Rio <rececao@casadorio.example>\r\nTo: support@acme.example\r\nSubject: RE: Check-in online\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, "")
	}
}

// TestMailboxSignedSignatureOnlyNotText: what a writer types above or in
// place of such a signature stays: a line above the name, two words
// typed over the mailbox's lines that are no name ("Tudo OK"), a
// person's name over lines that leave the mailbox unnamed, a one-word
// message beside a known closing, a sentence about printing.
func TestMailboxSignedSignatureOnlyNotText(t *testing.T) {
	const block = "\n\nDe: Acme Support <support@acme.example>\nEnviado: segunda-feira, 23 de novembro de 2026 18:22\nPara: Rececao Casa do Rio <rececao@casadorio.example>\nAssunto: Check-in online\n\nOlá,\n\nO link já funciona.\n\nSuporte Acme\n"
	const sig = "Marta Sousa\nReceção | Front Office\nHotel Casa do Rio\nT. +351 254 555 010"
	for _, tt := range []struct{ name, body string }{
		{"a line above", "Já está resolvido.\n\n" + sig},
		{"no name over the lines", "Tudo OK\nReceção | Front Office\nHotel Casa do Rio\nT. +351 254 555 010"},
		{"the mailbox unnamed", "Marta Sousa\nFront Office\nHotel Atlântico\nT. +351 254 555 010"},
		{"one word beside a closing", "Aprovado / Best regards,\n\n" + sig},
		{"printing asked about", sig + "\n\nAntes de imprimir, pode enviar o email de novo?"},
	} {
		raw := "From: Rececao Casa do Rio <rececao@casadorio.example>\r\nTo: support@acme.example\r\nSubject: RE: Check-in online\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, tt.body)
	}
}

// TestBannerUnderLabel (replies/stranger80's 39): an external-sender
// banner under the classification label a labelling tool set above the
// body is still the mail system's: dropped (kept before, as the label's
// line made it the second paragraph).
func TestBannerUnderLabel(t *testing.T) {
	const text = "Classificazione: Uso interno\n\n[ESTERNO] Questa e-mail proviene da un mittente esterno all'organizzazione. Non cliccare su link.\n\nBuongiorno,\n\nla tariffa è corretta.\n\nFederica"
	if got, want := VisibleText(text), "Buongiorno,\n\nla tariffa è corretta.\n\nFederica"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBannerUnderLabelNotText: under a label, the writer's first
// paragraph that only speaks of external senders, with no banner's
// tag or caution, stays.
func TestBannerUnderLabelNotText(t *testing.T) {
	for _, text := range []string{
		"Classification: Internal\n\nOur mail from outside the organisation bounces since Monday.\n\nTom",
		"Classificazione: Uso interno\n\nLe e-mail dall'esterno non arrivano più.\n\nFederica",
	} {
		want := text[strings.Index(text, "\n\n")+2:]
		if got := VisibleText(text); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestGluedPrintPlea (replies/stranger80's 43): a plea for the
// environment on its own line right under the signature's last line,
// with no blank line between, is the client's footer: dropped (kept
// before, as a notice needed a blank line above it).
func TestGluedPrintPlea(t *testing.T) {
	// a line typed above the closing: a closing and a signature alone
	// are no text at all (clientSignatureOnly)
	const sig = "Die Zimmer sind wieder buchbar.\n\nMit freundlichen Grüßen\n\nAndrea Wallner\nHotel Adler\nT +43 512 571 111"
	for _, plea := range []string{
		"Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
		"Please consider the environment before printing this e-mail.",
	} {
		if got := VisibleText(sig + "\n" + plea); got != sig {
			t.Errorf("%s: got %q, want %q", plea, got, sig)
		}
	}
}

// TestGluedPrintPleaNotText: the writer's own lines under the name
// that speak of printing stay: a thinkPlea naming no environment, a
// sentence with a date.
func TestGluedPrintPleaNotText(t *testing.T) {
	const sig = "Hallo,\n\ndas Update ist eingespielt.\n\nAndrea Wallner\nHotel Adler"
	for _, line := range []string{
		"Think before you print this e-mail.",
		"Print the e-mail for the environment audit before 12 May.",
	} {
		text := sig + "\n" + line
		if got := VisibleText(text); got != text {
			t.Errorf("%s: got %q, want %q", line, got, text)
		}
	}
}

// TestCompanyEchoFooter (replies/stranger80's 42): the company's
// register paragraph under the signature, opening with the company's
// name and legal form as the signature's line writes it and holding
// its numbers, is the signature's footer in any language: dropped
// (kept before, as no word of a Portuguese register was known).
func TestCompanyEchoFooter(t *testing.T) {
	const sig = "Obrigado,\n\nPaulo Teixeira\nGrupo Mar Azul Hotéis, S.A.\nTel.: +351 213 555 800"
	for _, footer := range []string{
		"Grupo Mar Azul Hotéis, S.A., sociedade anónima com sede em Lisboa, matriculada sob o número 509 555 543.",
		"Grupo Mar Azul Hotéis, S.A. – capital 2.500.000 EUR – NIPC 509 555 543",
	} {
		if got := VisibleText(sig + "\n\n" + footer); got != sig {
			t.Errorf("%s: got %q, want %q", footer, got, sig)
		}
	}
}

// TestCompanyEchoFooterNotText: the writer's paragraphs that name their
// company stay: one with no figures, one under a signature line with no
// legal form ("Hotel Adler"), one naming another company.
func TestCompanyEchoFooterNotText(t *testing.T) {
	for _, text := range []string{
		"Paulo Teixeira\nGrupo Mar Azul Hotéis, S.A.\n\nGrupo Mar Azul Hotéis, S.A. vai mudar de sede em breve.",
		"Andrea Wallner\nHotel Adler\n\nHotel Adler, 12 Zimmer, ist ab 3. Mai ausgebucht.",
		"Paulo Teixeira\nGrupo Mar Azul Hotéis, S.A.\n\nAtlântico Viagens, Lda. pagou a fatura 2026/120.",
	} {
		if got := VisibleText(text); got != text {
			t.Errorf("got %q, want %q", got, text)
		}
	}
}

// TestPrintQuestionNotPlea: a writer's question that names printing,
// the mail, a "before" and the environment is no plea for the
// environment: it stays, and so do the name and company above it (the
// paragraph of name, company and question was dropped whole before, and
// with it a whole reply of that paragraph alone).
func TestPrintQuestionNotPlea(t *testing.T) {
	const q = "Can you print the e-mail before the audit on the environment?"
	for _, text := range []string{
		"Hallo,\n\ndas Update ist eingespielt.\n\nAndrea Wallner\nHotel Adler\n" + q,
		"Andrea Wallner\nHotel Adler\n" + q,
		"Hi,\n\nAndrea Wallner\nHotel Adler\n\n" + q,
		q,
	} {
		if got := VisibleText(text); got != text {
			t.Errorf("got %q, want %q", got, text)
		}
	}
}

// TestPleaAsQuestion: a plea that asks and then says its reason is
// still the footer's, under the signature or glued to it, and the name
// above a glued plea stays.
func TestPleaAsQuestion(t *testing.T) {
	const sig = "Hi,\n\nthe rates are back.\n\nBest,\nAndrea Wallner\nHotel Adler"
	for _, plea := range []string{
		"\n\nDo you really need to print this e-mail? Please think of the environment.",
		"\n\n¿Necesita imprimir este correo? Piense en el medio ambiente antes de hacerlo.",
		"\nPlease consider the environment before printing this e-mail.",
	} {
		if got := VisibleText(sig + plea); got != sig {
			t.Errorf("%q: got %q, want %q", plea, got, sig)
		}
	}
}

// TestSamsungFooterAnyLanguage (replies/stranger80's 16): Samsung's
// footer, seven words in Greek with its full stop under one blank line,
// is the phone's: dropped (kept before, as a device line had at most six
// words and a full stop only under two blank lines).
func TestSamsungFooterAnyLanguage(t *testing.T) {
	const text = "Καλημέρα,\n\nΤο online check-in λειτουργεί τώρα κανονικά.\n\nΜαρία Κωνσταντίνου"
	for _, footer := range []string{
		"Εστάλη από το Samsung Galaxy smartphone μου.",
		"Verzonden vanaf mijn Samsung Galaxy-smartphone.",
		"Von meinem Samsung Galaxy Smartphone gesendet.",
	} {
		if got := VisibleText(text + "\n\n" + footer); got != text {
			t.Errorf("%s: got %q, want %q", footer, got, text)
		}
	}
}

// TestSamsungFooterNotText: a writer's last line about their Samsung
// phone stays when it says more than a footer does, or names a model.
func TestSamsungFooterNotText(t *testing.T) {
	const text = "Hi,\n\nthe check-in link opens now.\n\n"
	for _, line := range []string{
		"The app still crashes on my Samsung Galaxy smartphone.",
		"Only the Samsung Galaxy S23 smartphone shows it.",
	} {
		if got := VisibleText(text + line); got != text+line {
			t.Errorf("%s: got %q", line, got)
		}
	}
}
