package intake

import (
	"strings"
	"testing"
)

// TestTranscribedNameSignatureOnly: a reply sent without a word typed is
// the signature the client put above the quote, and its name may be
// written in the writer's own script while the address book writes it in
// Latin letters (Greek, Bengali, Thai here): read by its shape, it is no
// new text. A line typed in that script over a phone number, or one in
// lower case, stays the writer's text.
func TestTranscribedNameSignatureOnly(t *testing.T) {
	const quote = "\n\nOn 3 Jun 2026, at 13:50, Acme Support <support@acme.example> wrote:\n\n> Dear customer,\n>\n> We have reprocessed the file. We will close this ticket in 3 days.\n>\n> Regards,\n> Acme Support\n"
	for _, tt := range []struct{ name, from, body, want string }{
		{"Greek", "Nikos Papadopoulos", "Νίκος Παπαδόπουλος\nΥπεύθυνος Πληροφορικής\nΤηλ.: +30 210 555 0101", ""},
		{"Bengali", "Rahim Uddin", "রহিম উদ্দিন\nআইটি ম্যানেজার\nগ্রামীণ ডেমো ব্যাংক\nফোন: +880 2 5555 0101", ""},
		{"Thai", "Somchai Jaidee", "สมชาย ใจดี\nผู้จัดการฝ่ายไอที\nโทร: +66 2 555 0101", ""},
		{"Thai, typed over a phone", "Somchai Jaidee", "ช่วย โทรกลับ\n+66 2 555 0101", "ช่วย โทรกลับ\n+66 2 555 0101"},
		{"Greek, typed in lower case", "Nikos Papadopoulos", "ευχαριστώ πολύ\nΥπεύθυνος Πληροφορικής\nΤηλ.: +30 210 555 0101", "ευχαριστώ πολύ\nΥπεύθυνος Πληροφορικής\nΤηλ.: +30 210 555 0101"},
		{"Greek, no contact", "Nikos Papadopoulos", "Νίκος Παπαδόπουλος\nΥπεύθυνος Πληροφορικής\nΤράπεζα Δήμου", "Νίκος Παπαδόπουλος\nΥπεύθυνος Πληροφορικής\nΤράπεζα Δήμου"},
	} {
		raw := "From: " + tt.from + " <user@bank.example>\r\nTo: support@acme.example\r\nSubject: Re: [ESC-4100] File reprocessing\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + quote
		checkParsedVisible(t, tt.name, raw, tt.want)
	}
}

// TestSpacedDeviceFooter: Samsung's app sets its footer under blank lines
// of its own and closes it with a full stop, in languages the lists do
// not hold (Kinyarwanda, Shona here); it is the phone's, not the
// writer's. A last sentence naming a phone under one blank line stays.
func TestSpacedDeviceFooter(t *testing.T) {
	const block = "\n\n-------- Original message --------\nFrom: Acme Support <support@acme.example>\nDate: 2026/06/17 10:20 (GMT+02:00)\nTo: user@bank.example\nSubject: [ESC-4200] Statements\n\nDear customer,\n\nThe statements have been regenerated.\n\nRegards,\nAcme Support\n"
	for _, tt := range []struct{ name, body, want string }{
		{"Kinyarwanda", "Muraho\n\nRaporo ziracyaza nabi. Nyamuneka mwongere murebe.\n\nJeanne\n\n\n\nByoherejwe na Samsung Galaxy smartphone yanjye.", "Muraho\n\nRaporo ziracyaza nabi. Nyamuneka mwongere murebe.\n\nJeanne"},
		{"Shona", "Mhoro\n\nMishumo yave kubuda zvakanaka. Ndatenda.\n\nTendai\n\n\nYatumirwa kubva kuSamsung Galaxy smartphone yangu.", "Mhoro\n\nMishumo yave kubuda zvakanaka. Ndatenda.\n\nTendai"},
		{"a sentence of the writer's", "Hello,\n\nThe app closes at login.\n\nOnly on Samsung Galaxy phones.", "Hello,\n\nThe app closes at login.\n\nOnly on Samsung Galaxy phones."},
	} {
		raw := "From: User <user@bank.example>\r\nTo: support@acme.example\r\nSubject: Re: [ESC-4200] Statements\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, tt.want)
	}
}

// TestTranslatedNotice: a company's confidentiality notice in its
// country's language over the same notice in English, one paragraph
// under the signature (Georgian, Armenian here), goes whole: the English
// line says what the paragraph is. A short line of the writer's over an
// English notice stays; the notice, under its capital heading, goes
// (gluedNotice).
func TestTranslatedNotice(t *testing.T) {
	const notice = "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."
	const quote = "\n\nOn Tue, 2 Jun 2026 at 16:40, Acme Support <support@acme.example> wrote:\n> Could you send us one transaction ID?\n"
	for _, tt := range []struct{ name, body, want string }{
		{"Georgian", "გამარჯობა,\n\nტრანზაქციები ჯერ კიდევ არ არის ასახული.\n\nნინო ბერიძე\nტელ: +995 32 255 0101\n\nეს ელ-ფოსტა და მისი დანართები კონფიდენციალურია და განკუთვნილია მხოლოდ ადრესატისთვის.\n" + notice,
			"გამარჯობა,\n\nტრანზაქციები ჯერ კიდევ არ არის ასახული.\n\nნინო ბერიძე\nტელ: +995 32 255 0101"},
		{"Armenian", "Բարև,\n\nԳործարքները դեռ չեն արտացոլվել։\n\nԱնի Պետրոսյան\n\nԱյս նամակը և դրա կցորդները գաղտնի են և նախատեսված են միայն հասցեատիրոջ համար։\n" + notice,
			"Բարև,\n\nԳործարքները դեռ չեն արտացոլվել։\n\nԱնի Պետրոսյան"},
		{"a short line of the writer's", "გამარჯობა,\n\nტრანზაქციები ჯერ კიდევ არ არის ასახული.\n\nმადლობა\n" + notice,
			"გამარჯობა,\n\nტრანზაქციები ჯერ კიდევ არ არის ასახული.\n\nმადლობა"},
	} {
		raw := "From: User <user@bank.example>\r\nTo: support@acme.example\r\nSubject: Re: [ESC-4300] Postings\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + quote
		checkParsedVisible(t, tt.name, raw, tt.want)
	}
}

// TestHelpdeskHTMLFooterEndsComment: a help desk's notification sent as
// HTML alone, whose rules leave no line in its text, ends the comment at
// the desk's footer; the footer and its tracking token are not the
// writer's (a German comment here).
func TestHelpdeskHTMLFooterEndsComment(t *testing.T) {
	html := `<div>##- Please type your reply above this line -##</div>
<p>Your request <b>#5120</b> has been updated. To add additional comments, reply to this email.</p>
<hr>
<p><b>Jana Vogel</b> (Nordwind IT)</p>
<p>3. Juni 2026, 09:14 MESZ</p>
<p>Guten Tag,</p>
<p>der Export bricht weiterhin nach 30 Sekunden ab.</p>
<p>Viele Grüße<br>Jana Vogel</p>
<hr>
<p>This email is a service from Nordwind IT Service Desk.<br>[P3RX8-D0W1E]</p>`
	raw := "From: Nordwind IT <desk@nordwind.example>\r\nTo: support@acme.example\r\nSubject: [Nordwind] Re: Export\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	checkParsedVisible(t, "HTML-only notification", raw, "Guten Tag,\n\nder Export bricht weiterhin nach 30 Sekunden ab.\n\nViele Grüße\nJana Vogel")
}

// TestSouthAsianNotice: a confidentiality notice in Tamil, Hindi or
// Bengali under the signature, opening with "this e-mail" and saying
// confidential in its script, is a notice, not the writer's text.
func TestSouthAsianNotice(t *testing.T) {
	const quote = "\n\nOn Tue, 2 Jun 2026 at 16:40, Acme Support <support@acme.example> wrote:\n> Could you run the script in test first?\n"
	for _, tt := range []struct{ name, body, want string }{
		{"Tamil", "வணக்கம்,\n\nஸ்கிரிப்ட் சோதனை சூழலில் வேலை செய்தது.\n\nநன்றி,\nமுருகன்\n\nஇந்த மின்னஞ்சல் மற்றும் அதன் இணைப்புகள் இரகசியமானவை, பெறுநருக்கு மட்டுமே உரியவை.",
			"வணக்கம்,\n\nஸ்கிரிப்ட் சோதனை சூழலில் வேலை செய்தது.\n\nநன்றி,\nமுருகன்"},
		{"Hindi", "नमस्ते,\n\nस्क्रिप्ट टेस्ट में ठीक चली।\n\nधन्यवाद,\nराहुल\n\nयह ईमेल और इसके संलग्नक गोपनीय हैं और केवल प्राप्तकर्ता के लिए हैं। यदि आपको यह गलती से मिला है तो कृपया इसे हटा दें।",
			"नमस्ते,\n\nस्क्रिप्ट टेस्ट में ठीक चली।\n\nधन्यवाद,\nराहुल"},
		{"Bengali", "নমস্কার,\n\nস্ক্রিপ্ট টেস্টে ঠিক চলেছে।\n\nধন্যবাদ,\nরাহুল\n\nএই ইমেইল এবং এর সংযুক্তি গোপনীয় এবং শুধুমাত্র প্রাপকের জন্য।",
			"নমস্কার,\n\nস্ক্রিপ্ট টেস্টে ঠিক চলেছে।\n\nধন্যবাদ,\nরাহুল"},
	} {
		raw := "From: User <user@bank.example>\r\nTo: support@acme.example\r\nSubject: Re: [ESC-4400] Script\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + quote
		checkParsedVisible(t, tt.name, raw, tt.want)
	}
}

// TestSharedMailboxSignatureOnly: a shared mailbox's Outlook signature,
// sent with nothing typed, opens with the practice's name, longer than a
// person's ("Clinique Vétérinaire de la Garonne" from "Accueil Clinique
// Vétérinaire de la Garonne"): no new text (stranger75's 33, shown as
// new text before). A line the writer typed above it stays.
func TestSharedMailboxSignatureOnly(t *testing.T) {
	const sig = "Clinique Vétérinaire de la Garonne\r\nAccueil\r\n45 quai des Chartrons – 33000 Bordeaux\r\nTél. : 05 56 44 80 12\r\nwww.cliniqueveterinaire-garonne.fr\r\n\r\n"
	const block = "De : Acme Support <support@acme.example>\r\nEnvoyé : mardi 10 novembre 2026 17:48\r\nÀ : Accueil <accueil@cliniqueveterinaire-garonne.fr>\r\nObjet : [Acme #48326] Migration des fiches animaux\r\n\r\nBonjour,\r\n\r\nPourriez-vous vérifier quelques fiches ?\r\n\r\nClaire\r\nSupport Acme\r\n"
	head := "From: Accueil Clinique =?utf-8?q?V=C3=A9t=C3=A9rinaire?= de la Garonne <accueil@cliniqueveterinaire-garonne.fr>\r\nTo: support@acme.example\r\nSubject: RE: [Acme #48326] Migration des fiches animaux\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	for _, tt := range []struct{ name, body, want string }{
		{"signature alone", sig + block, ""},
		{"a line typed above", "Tout est correct, merci.\r\n\r\n" + sig + block, "Tout est correct, merci.\n\n" + strings.ReplaceAll(strings.TrimSpace(sig), "\r\n", "\n")},
	} {
		checkParsedVisible(t, tt.name, head+tt.body, tt.want)
	}
}

// TestBilingualClosingSignatureOnly: Outlook's signature sent alone may
// open with its closing in two languages ("Mit freundlichen Grüßen /
// Best regards", "Cordialement | Kind regards"): still no new text
// (stranger76's 33 was shown as new text). A message typed above stays.
func TestBilingualClosingSignatureOnly(t *testing.T) {
	const sig = "Mit freundlichen Grüßen / Best regards\r\n\r\nKlaus Wendt\r\nOberbauleiter\r\n\r\nWendt Tiefbau GmbH & Co. KG\r\nAm Kanal 7 | 44147 Dortmund\r\nTel. +49 231 880 241-0\r\nwww.wendt-tiefbau.example\r\n\r\n"
	const block = "Von: Acme Support <support@acme.example>\r\nGesendet: Montag, 16. November 2026 13:35\r\nAn: Wendt, Klaus <k.wendt@wendt-tiefbau.example>\r\nBetreff: Re: [Acme #48633] Aufmaß-Export nach GAEB\r\n\r\nHallo Herr Wendt,\r\n\r\nder Export ist freigeschaltet.\r\n\r\nJonas Kessler\r\nAcme Support\r\n"
	head := "From: \"Wendt, Klaus\" <k.wendt@wendt-tiefbau.example>\r\nTo: support@acme.example\r\nSubject: AW: [Acme #48633] Aufmaß-Export nach GAEB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	for _, tt := range []struct{ name, body, want string }{
		{"German and English", sig + block, ""},
		{"French and English", strings.Replace(sig, "Mit freundlichen Grüßen / Best regards", "Cordialement | Kind regards", 1) + block, ""},
		{"a line typed above", "Danke, funktioniert.\r\n\r\n" + sig + block, "Danke, funktioniert.\n\n" + strings.ReplaceAll(strings.TrimSpace(sig), "\r\n", "\n")},
	} {
		checkParsedVisible(t, tt.name, head+tt.body, tt.want)
	}
}

// TestSignatureOnlyTitlesAboveContacts: a signature sent alone holds,
// between the name and its contacts, a title, a department and a
// company however many of their words are in lower case and however far
// below the name they stand: an Italian title on the fifth line, a
// Spanish department, a Polish and a Hungarian title written in lower
// case. No new text; each was shown as new text before
// (signatureBelowName).
func TestSignatureOnlyTitlesAboveContacts(t *testing.T) {
	const block = "\r\n\r\nFrom: Acme Support <support@acme.example>\r\nSent: Monday, November 16, 2026 4:40 PM\r\nTo: Customer <user@company.example>\r\nSubject: [ESC-4180] Export\r\n\r\nHello,\r\n\r\nThe export is enabled.\r\n\r\nRegards,\r\nAcme Support\r\n"
	for _, tt := range []struct{ name, from, body string }{
		{"Italian, a title on the fifth line", "Marco Bianchi", "Marco Bianchi\r\nUfficio Tecnico\r\nComune di Valverde\r\nSettore Lavori Pubblici\r\nResponsabile del procedimento per le opere di urbanizzazione\r\nTel. 0461 555 010\r\nm.bianchi@comune-valverde.example"},
		{"Spanish department", "Lucía Gómez", "Lucía Gómez\r\nDepartamento de obras y mantenimiento de instalaciones\r\nConstrucciones Ebro\r\nTel. +34 976 555 010"},
		{"Polish title in lower case", "Anna Kowalska", "Anna Kowalska\r\nkierownik działu zaopatrzenia\r\nBudimex-Test Sp. z o.o.\r\nul. Marszałkowska 12, 00-001 Warszawa\r\ntel. +48 22 555 01 01"},
		{"Hungarian title in lower case", "Kovács Anna", "Kovács Anna\r\nműszaki igazgató\r\nDuna Építő\r\nTel.: +36 1 555 0199"},
	} {
		raw := "From: " + tt.from + " <user@company.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4180] Export\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, "")
	}
}

// TestSignatureOnlyTitlesAboveContactsNotText: what a writer types stays
// the writer's, above the signature or under the name: a word or a line
// above it in any language, a sentence, a question, thanks, two
// sentences, a command, a line in lower case with no contact under it,
// a sentence ending in a full stop in a script that has its own.
func TestSignatureOnlyTitlesAboveContactsNotText(t *testing.T) {
	const block = "\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, November 16, 2026 4:40 PM\nTo: Customer <user@company.example>\nSubject: [ESC-4180] Export\n\nHello,\n\nThe export is enabled.\n\nRegards,\nAcme Support\n"
	const sig = "Tom Price\nHead of Site Operations\nAcme Widgets Ltd\nT: +44 1632 960 777"
	for _, tt := range []struct{ name, from, body string }{
		{"OK above", "Tom Price", "OK\n\n" + sig},
		{"thanks with a name above", "Tom Price", "Thanks, John\n\n" + sig},
		{"approved above", "Tom Price", "Approved.\n" + sig},
		{"German above", "Tom Price", "Ja, bitte so umsetzen.\n\n" + sig},
		{"Japanese above", "Tom Price", "承知しました。\n\n" + sig},
		{"Arabic above", "Tom Price", "تمام، شكراً\n\n" + sig},
		{"a sentence under the name", "Tom Price", "Tom Price\nWill send the drawings tomorrow.\nT: +44 1632 960 777"},
		{"a question under the name", "Tom Price", "Tom Price\nCan you call me\u00a0?\nT: +44 1632 960 777"},
		{"two sentences under the name", "Klaus Wendt", "Klaus Wendt\nErledigt. Rechnung folgt\nTel. +49 231 880 241-0"},
		{"thanks under the name", "Klaus Wendt", "Klaus Wendt\nDanke\nTel. +49 231 880 241-0"},
		{"a command under the name", "Tom Price", "Tom Price\n#status resolved\nT: +44 1632 960 777"},
		{"lower case, no contact", "Hélène Marchand", "Hélène Marchand\nbien reçu merci"},
		{"lower case, four words", "Anna Kowalska", "Anna Kowalska\nprosze o szybki kontakt\ntel. +48 22 555 01 01"},
		{"Chinese sentence under the name", "王建宏", "王建宏\n好的，已經確認\n電話：02-2555-0101"},
	} {
		raw := "From: " + tt.from + " <user@company.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4180] Export\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, tt.body)
	}
}

// TestSignatureOnlyEchoedInThread: a signature sent alone whose lines no
// reading of their shape takes (a trade fair's invitation that
// exclaims, a motto) is no new text when the history holds an earlier
// mail of the same sender closed by the same lines: the thread shows it
// is the signature their client puts in (signatureEchoed). Both shown as
// new text before.
func TestSignatureOnlyEchoedInThread(t *testing.T) {
	const sig = "Julia Brandt\r\nProjektleitung Hochbau\r\nBrandt & Söhne Bau\r\nBesuchen Sie uns auf der BAU 2027 in München!\r\nTel. +49 89 555 0101\r\n"
	const motto = "Mit freundlichen Grüßen\r\n\r\nJulia Brandt\r\nProjektleitung Hochbau\r\nWir bauen, was bleibt!\r\n"
	history := func(s string) string {
		return "\r\nVon: Acme Support <support@acme.example>\r\nGesendet: Montag, 16. November 2026 13:35\r\nAn: Julia Brandt <j.brandt@brandt-bau.example>\r\nBetreff: AW: [Acme #48700] Mängelliste\r\n\r\nHallo Frau Brandt,\r\n\r\ndie Liste ist importiert.\r\n\r\nJonas Kessler\r\nAcme Support\r\n\r\n" +
			"Von: Julia Brandt <j.brandt@brandt-bau.example>\r\nGesendet: Montag, 16. November 2026 09:10\r\nAn: Acme Support <support@acme.example>\r\nBetreff: [Acme #48700] Mängelliste\r\n\r\nHallo,\r\n\r\nanbei die Mängelliste als CSV.\r\n\r\n" + s
	}
	head := "From: Julia Brandt <j.brandt@brandt-bau.example>\r\nTo: support@acme.example\r\nSubject: AW: [Acme #48700] Mängelliste\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	for _, tt := range []struct{ name, body string }{
		{"an invitation that exclaims", "\r\n" + sig + history(sig)},
		{"a closing and a motto", "\r\n" + motto + history(strings.ReplaceAll(motto, "\r\n\r\n", "\r\n"))},
	} {
		checkParsedVisible(t, tt.name, head+tt.body, "")
	}
	quoted := "\r\n\r\nAm 16.11.2026 um 13:35 schrieb Acme Support <support@acme.example>:\r\n> Hallo Frau Brandt,\r\n> die Liste ist importiert.\r\n>\r\n> > Hallo,\r\n> > anbei die Mängelliste.\r\n> >\r\n> > " + strings.ReplaceAll(strings.TrimSpace(sig), "\r\n", "\r\n> > ") + "\r\n"
	checkParsedVisible(t, "the earlier mail quoted with \"> \"", head+sig+quoted, "")
}

// TestSignatureOnlyEchoedInThreadNotText: what the sender typed above
// the signature stays, even when the same words closed an earlier mail
// of theirs ("OK", "Thanks, John", "Approved.", a line in Thai); so do
// lines the history holds that do not open with the sender's name, and
// lines that ask.
func TestSignatureOnlyEchoedInThreadNotText(t *testing.T) {
	const sig = "Julia Brandt\nProjektleitung Hochbau\nBrandt & Söhne Bau\nBesuchen Sie uns auf der BAU 2027 in München!\nTel. +49 89 555 0101"
	history := func(s string) string {
		return "\n\nVon: Acme Support <support@acme.example>\nGesendet: Montag, 16. November 2026 13:35\nAn: Julia Brandt <j.brandt@brandt-bau.example>\nBetreff: AW: [Acme #48700] Mängelliste\n\nHallo Frau Brandt,\n\ndie Liste ist importiert.\n\nVon: Julia Brandt <j.brandt@brandt-bau.example>\nGesendet: Montag, 16. November 2026 09:10\nAn: Acme Support <support@acme.example>\nBetreff: [Acme #48700] Mängelliste\n\n" + s + "\n"
	}
	for _, tt := range []struct{ name, from, body string }{
		{"OK, as before", "Julia Brandt", "OK\n" + sig},
		{"thanks with a name, as before", "Julia Brandt", "Thanks, Jonas\n" + sig},
		{"approved, as before", "Julia Brandt", "Approved.\n" + sig},
		{"German, as before", "Julia Brandt", "Ja, bitte so umsetzen.\n" + sig},
		{"Thai, as before", "Julia Brandt", "ได้ครับ\n" + sig},
		{"no name on top", "Julia Brandt", "Projektleitung Hochbau\nBrandt & Söhne Bau\nTel. +49 89 555 0101"},
		{"a question, as before", "Julia Brandt", "Julia Brandt\nGeht das bis Freitag?\nTel. +49 89 555 0101"},
	} {
		raw := "From: " + tt.from + " <j.brandt@brandt-bau.example>\r\nTo: support@acme.example\r\nSubject: AW: [Acme #48700] Mängelliste\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + history(tt.body)
		checkParsedVisible(t, tt.name, raw, tt.body)
	}
}

// TestSignatureOnlyNameAsSigned: a signature names its writer as they
// sign, not as the address book does: with a middle initial ("John A.
// Smith"), a degree or title before the name ("Ing. Petr Novák",
// "Dipl.-Ing. Klaus Wendt", "Dott.ssa Giulia Rossi") or letters after it
// ("Declan Farrell CEng MIEI", "Maria Keller, MBA"). Sent alone, it is
// no new text; each was shown as new text before (withoutHonorific).
func TestSignatureOnlyNameAsSigned(t *testing.T) {
	const block = "\r\n\r\nFrom: Acme Support <support@acme.example>\r\nSent: Monday, November 16, 2026 4:40 PM\r\nTo: Customer <user@company.example>\r\nSubject: [ESC-4190] Access\r\n\r\nHello,\r\n\r\nAccess is restored.\r\n\r\nRegards,\r\nAcme Support\r\n"
	for _, tt := range []struct{ name, from, body string }{
		{"a middle initial", "John Smith", "John A. Smith\r\nFacilities Manager\r\nT: +1 555 0100"},
		{"Czech degree", "Petr Novák", "Ing. Petr Novák\r\nvedoucí provozu\r\nStavby Brno s.r.o.\r\ntel. +420 541 555 010"},
		{"German degree with a hyphen", "Klaus Wendt", "Dipl.-Ing. Klaus Wendt\r\nOberbauleiter\r\nTel. +49 231 880 241-0"},
		{"Italian title", "Giulia Rossi", "Dott.ssa Giulia Rossi\r\nUfficio Tecnico\r\nTel. 0461 555 010"},
		{"letters after the name", "Declan Farrell", "Declan Farrell CEng MIEI\r\nFarrell Structural Consulting, Cork\r\n+353 21 430 8812"},
		{"a degree after a comma", "Maria Keller", "Maria Keller, MBA\r\nHead of Finance\r\nmaria.keller@company.example"},
	} {
		raw := "From: " + tt.from + " <user@company.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4190] Access\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, "")
	}
}

// TestSignatureOnlyNameAsSignedNotText: a line that opens with words
// typed before the name, or a name that is not the sender's, stays.
func TestSignatureOnlyNameAsSignedNotText(t *testing.T) {
	const block = "\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, November 16, 2026 4:40 PM\nTo: Customer <user@company.example>\nSubject: [ESC-4190] Access\n\nHello,\n\nAccess is restored.\n\nRegards,\nAcme Support\n"
	for _, tt := range []struct{ name, from, body string }{
		{"a word typed before the name", "John Smith", "Done. John Smith\nFacilities Manager\nT: +1 555 0100"},
		{"another's name with an initial", "John Smith", "Jane B. Porter\nFacilities Manager\nT: +1 555 0100"},
		{"a first name and an initial", "John Smith", "John A.\nFacilities Manager\nT: +1 555 0100"},
		{"thanks before the name", "Petr Novák", "Díky, Petr Novák\nvedoucí provozu\ntel. +420 541 555 010"},
	} {
		raw := "From: " + tt.from + " <user@company.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4190] Access\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, tt.body)
	}
}

// TestSignatureOnlySigningPrefix: a signature may name its writer as
// signing on another's behalf, with the prefix their language writes
// before the name: German "i. A." and "i. V.", "ppa.", English "p.p.",
// Spanish "p/o", Polish "za". Sent alone, it is no new text; the
// company's board paragraph set under a blank line below it is the
// signature's too (stranger77's 34; each but the seat-and-register
// paragraph, which the notice reading takes, was shown as new text
// before: withoutSigningPrefix, withoutRegisterParagraph).
func TestSignatureOnlySigningPrefix(t *testing.T) {
	const block = "\r\n\r\nVon: Acme Support <support@acme.example>\r\nGesendet: Montag, 16. November 2026 13:35\r\nAn: Jens Hartmann <j.hartmann@bau.example>\r\nBetreff: [Acme #48800] Export\r\n\r\nHallo,\r\n\r\nder Export ist freigeschaltet.\r\n\r\nAcme Support\r\n"
	const sig = "Jens Hartmann\r\nLeiter Entgeltabrechnung\r\nBaumeister Bau AG\r\nTel.: +49 621 555 2040"
	for _, tt := range []struct{ name, body string }{
		{"i. A.", "i. A. " + sig},
		{"i.V. without a space", "i.V. " + sig},
		{"ppa.", "ppa. " + sig},
		{"p.p.", "p.p. " + sig},
		{"p/o", "p/o " + sig},
		{"za", "za " + sig},
		{"under a bilingual closing", "Mit freundlichen Grüßen / Kind regards\r\n\r\ni. A. " + sig},
		{"a board paragraph below", "Mit freundlichen Grüßen\r\n\r\ni. A. " + sig + "\r\n\r\nVorstand: Dr. Karin Lenz (Vors.), Markus Ehrlich | Aufsichtsratsvorsitzender: Peter Wolff"},
		{"a register paragraph below", sig + "\r\n\r\nSitz der Gesellschaft: Mannheim | Registergericht: Amtsgericht Mannheim HRB 701234\r\nVorstand: Dr. Karin Lenz, Markus Ehrlich"},
	} {
		raw := "From: Jens Hartmann <j.hartmann@bau.example>\r\nTo: support@acme.example\r\nSubject: AW: [Acme #48800] Export\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, "")
	}
}

// TestSignatureOnlySigningPrefixNotText: a line typed above such a
// signature stays, in any language, and so do a word typed before the
// name that is no signing prefix and a line typed under the signature
// that opens as the board's does.
func TestSignatureOnlySigningPrefixNotText(t *testing.T) {
	const block = "\n\nVon: Acme Support <support@acme.example>\nGesendet: Montag, 16. November 2026 13:35\nAn: Jens Hartmann <j.hartmann@bau.example>\nBetreff: [Acme #48800] Export\n\nHallo,\n\nder Export ist freigeschaltet.\n\nAcme Support\n"
	const sig = "i. A. Jens Hartmann\nLeiter Entgeltabrechnung\nBaumeister Bau AG\nTel.: +49 621 555 2040"
	const board = "\n\nVorstand: Dr. Karin Lenz (Vors.), Markus Ehrlich | Aufsichtsratsvorsitzender: Peter Wolff"
	for _, tt := range []struct{ name, body string }{
		{"German above", "Passt so, danke.\n\nMit freundlichen Grüßen\n\n" + sig + board},
		{"English above", "Looks good to me\n\n" + sig + board},
		{"Polish above", "Wszystko się zgadza\n\nza Jens Hartmann\nLeiter Entgeltabrechnung\nTel.: +49 621 555 2040"},
		{"Spanish above", "De acuerdo, adelante\n\np/o Jens Hartmann\nLeiter Entgeltabrechnung\nTel.: +49 621 555 2040"},
		{"a word typed before the name", "ok. Jens Hartmann\nLeiter Entgeltabrechnung\nTel.: +49 621 555 2040"},
		{"the board in a line typed below", sig + "\n\nVorstand: bitte bis Freitag freigeben"},
	} {
		raw := "From: Jens Hartmann <j.hartmann@bau.example>\r\nTo: support@acme.example\r\nSubject: AW: [Acme #48800] Export\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, tt.body)
	}
}

// TestSharedMailboxOrganisationSignatureOnly: a shared mailbox's
// signature may name no person at all: under its closing it opens with
// the organisation, its name ending in its legal form ("…, S. Coop.
// And.", "… GmbH") or sharing words with the From display name, and the
// From name's words stand in its lines (the department, the town). Sent
// alone, it is no new text (stranger78's 16; the two with a legal form
// were shown as new text before: organisationHead; the German one, whose
// head is words of the From name alone, wholeName read already).
func TestSharedMailboxOrganisationSignatureOnly(t *testing.T) {
	const block = "\r\n\r\nDe: Soporte Acme <support@acme.example>\r\nEnviado el: jueves, 5 de noviembre de 2026 9:14\r\nPara: Buzón <buzon@coop.example>\r\nAsunto: [Acme #48391] Ticket\r\n\r\nBuenos días:\r\n\r\nHemos corregido la tara.\r\n\r\nSoporte Acme\r\n"
	for _, tt := range []struct{ name, from, body string }{
		{"a legal form, Spanish", "Administración San Isidro", "Un saludo,\r\n\r\nCooperativa Agrícola San Isidro de Úbeda, S. Coop. And.\r\nDepartamento de Administración\r\nCtra. de Sabiote, km 2 – 23400 Úbeda (Jaén)\r\nTel. 953 75 14 20 · Fax 953 75 14 21\r\nCIF F23012345"},
		{"words of the From name, German", "Buchhaltung Stadtwerke Kiel", "Stadtwerke Kiel\r\nBuchhaltung\r\nKnooper Weg 75 | 24116 Kiel\r\nTel. +49 431 555 0100"},
		{"a legal form, English", "Accounts Payable Harbour Foods", "Kind regards,\r\n\r\nHarbour Foods Ltd.\r\nAccounts Payable\r\nT: +44 1632 960 150"},
	} {
		raw := "From: " + tt.from + " <buzon@coop.example>\r\nTo: support@acme.example\r\nSubject: RE: [Acme #48391] Ticket\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, "")
	}
}

// TestSharedMailboxOrganisationSignatureOnlyNotText: a line typed above
// or under the closing stays ("Un saludo," alone does not make what
// follows a signature), as does a sentence that names the organisation,
// and an organisation's block whose lines do not hold the From name.
func TestSharedMailboxOrganisationSignatureOnlyNotText(t *testing.T) {
	const block = "\n\nDe: Soporte Acme <support@acme.example>\nEnviado el: jueves, 5 de noviembre de 2026 9:14\nPara: Buzón <buzon@coop.example>\nAsunto: [Acme #48391] Ticket\n\nBuenos días:\n\nHemos corregido la tara.\n\nSoporte Acme\n"
	const sig = "Cooperativa Agrícola San Isidro de Úbeda, S. Coop. And.\nDepartamento de Administración\nTel. 953 75 14 20"
	for _, tt := range []struct{ name, from, body string }{
		{"Spanish above", "Administración San Isidro", "Confirmado, ya está en la liquidación\n\nUn saludo,\n\n" + sig},
		{"under the closing", "Administración San Isidro", "Un saludo,\nTodo correcto\n" + sig},
		{"English above", "Administración San Isidro", "All fine now\n\n" + sig},
		{"German above", "Buchhaltung Stadtwerke Kiel", "Rechnung ist bezahlt\n\nStadtwerke Kiel\nBuchhaltung\nTel. +49 431 555 0100"},
		{"a sentence naming it", "Administración San Isidro", "San Isidro confirma el cambio\nDepartamento de Administración\nTel. 953 75 14 20"},
		{"not the From name's block", "Manuel Cabrera", "Un saludo,\n\n" + sig},
		{"a first name typed above a person's", "John Smith", "OK John\n\nJohn Smith\nHead of IT\nSmith & Co\nT: +1 555 0100"},
		{"a first name typed above a company's", "John Smith", "OK John\n\nHead of IT\nSmith & Co\nT: +1 555 0100"},
	} {
		raw := "From: " + tt.from + " <buzon@coop.example>\r\nTo: support@acme.example\r\nSubject: RE: [Acme #48391] Ticket\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, tt.body)
	}
}
