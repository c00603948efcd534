package intake

import "testing"

// What replies/stranger79 (a SaaS desk for law firms, notaries and tax
// advisers in 13 countries) found at its first reading, shown in other
// words and languages than its own.

// TestGenitiveAttribution (replies/stranger79's 40): a Japanese
// attribution puts a short noun after the sender's address where other
// languages put a verb ("…<support@acme.example>のメッセージ:", the
// sender's message); it is an attribution whatever the noun.
func TestGenitiveAttribution(t *testing.T) {
	for _, l := range []string{
		"2026/11/06 10:12、Acme Support <support@acme.example>のメッセージ:",
		"2026年11月6日 10:12 Acme Support <support@acme.example> のメッセージ：",
		"2026/11/06 10:12、Acme <support@acme.example>からのメール:",
	} {
		if !isQuoteHeader(l) {
			t.Errorf("isQuoteHeader(%q) = false, want true", l)
		}
	}
}

// TestGenitiveAttributionNotText: a writer's sentence naming a date and
// an address goes on past a noun's length, or ends without a colon.
func TestGenitiveAttributionNotText(t *testing.T) {
	for _, l := range []string{
		"11/6 10:00に <ito@firm.example>さんに確認したところ:",
		"2026/11/06 10:12 に <ito@firm.example>のメール",
		"2026/11/06 10:12 ito <ito@firm.example> note:",
	} {
		if isQuoteHeader(l) {
			t.Errorf("isQuoteHeader(%q) = true, want false", l)
		}
	}
}

// TestPhoneFooterAboveUnquotedHistory (replies/stranger79's 40): a
// phone's footer alone above an attribution whose mail runs on without
// quote marks is a reply with nothing typed: the phone writes its
// footer where the typing ends.
func TestPhoneFooterAboveUnquotedHistory(t *testing.T) {
	const mail = "\n\nDear Ms Kato,\n\nThe reminder is sent again tomorrow.\n\nAcme Support\nKen Mori\n"
	checkVisibleForms(t, []formCase{
		{name: "Japanese", in: "\n\niPadから送信\n\n2026/11/06 10:12、Acme Support <support@acme.example>のメッセージ:" + mail, quotedOnly: true},
		{name: "English", in: "Sent from my iPhone\n\nOn 6 Nov 2026, at 10:12, Acme Support <support@acme.example> wrote:" + mail, quotedOnly: true},
		{name: "German", in: "\nVon meinem iPhone gesendet\n\nAm 06.11.2026 um 10:12 schrieb Acme Support <support@acme.example>:" + mail, quotedOnly: true},
	})
}

// TestPhoneFooterAboveUnquotedHistoryNotText: with no footer above it,
// the lines below an attribution at the top stay the writer's (a reply
// typed below, its quote marks lost), and words typed above the footer
// stay.
func TestPhoneFooterAboveUnquotedHistoryNotText(t *testing.T) {
	const attribution = "On 6 Nov 2026, at 10:12, Acme Support <support@acme.example> wrote:\n\n"
	checkVisibleForms(t, []formCase{
		{name: "no footer", in: attribution + "Thanks, that fixed it.\n\nAiko\n", want: "Thanks, that fixed it.\n\nAiko"},
		{name: "typed above the footer", in: "了解しました。\n\niPhoneから送信\n\n" + attribution + "Dear Ms Kato,\nfixed.\n", want: "了解しました。"},
	})
}

// TestNoticeUnderAnyHeading (replies/stranger79's 08): a notice's
// heading in capitals may be any label ("AVISO LEGAL:", "RECHTLICHER
// HINWEIS:"); the sentence under it opens as a notice does, and a plea
// to think before printing that names no environment goes with it,
// below or above.
func TestNoticeUnderAnyHeading(t *testing.T) {
	const text = "Hola,\n\nya funciona.\n\nUn saludo,\nAna Ruiz"
	const history = "\n\nDe: Acme <support@acme.example>\nEnviado el: miércoles, 4 de noviembre de 2026 17:05\nPara: Ana\nAsunto: RE: plazos\n\nHola\n"
	checkVisibleForms(t, []formCase{
		{name: "German heading", in: text + "\n\nRECHTLICHER HINWEIS: Diese E-Mail enthält vertrauliche Informationen und ist nur für den Adressaten bestimmt." + history, want: text},
		{name: "Czech heading", in: text + "\n\nPRÁVNÍ UPOZORNĚNÍ: Tato zpráva je důvěrná a určená pouze adresátovi." + history, want: text},
		{name: "Spanish plea below", in: text + "\n\nAVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.\n\nAntes de imprimir este mensaje, piense si de verdad lo necesita." + history, want: text},
		{name: "English plea above", in: text + "\n\nThink before you print this e-mail.\n\nLEGAL NOTICE: This e-mail is confidential and intended only for the addressee." + history, want: text},
		{name: "Italian plea below", in: text + "\n\nAVVISO DI RISERVATEZZA: Questo messaggio è riservato e destinato esclusivamente al destinatario.\n\nPrima di stampare questa e-mail, rifletti se è davvero necessario." + history, want: text},
	})
}

// TestNoticeUnderAnyHeadingNotText: a writer's heading over their own
// sentence, a plea to think before printing alone, and a writer's last
// words about printing the mail stay.
func TestNoticeUnderAnyHeadingNotText(t *testing.T) {
	const text = "Hola,\n\nya funciona."
	const history = "\n\nDe: Acme <support@acme.example>\nEnviado el: miércoles, 4 de noviembre de 2026 17:05\nPara: Ana\nAsunto: RE: plazos\n\nHola\n"
	for _, last := range []string{
		"NOTA IMPORTANTE: el plazo vence el viernes.",
		"WICHTIG: Diese E-Mail bitte an die Kanzlei weiterleiten.",
		"Antes de imprimir este correo electrónico, piense bien si es necesario hacerlo.",
		"I think we should print this e-mail before the hearing.",
	} {
		in := text + "\n\n" + last
		checkVisibleForms(t, []formCase{{name: last, in: in + history, want: in}})
	}
}
