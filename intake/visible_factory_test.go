package intake

import (
	"strings"
	"testing"
)

// The tests of this file come from replies/stranger82 (a SaaS desk for
// factories and industrial maintenance in twelve countries), each shape
// written so that it failed before its change.

// factoryHistory is the mail answered, below a reply's text, in Outlook's
// English header block.
const factoryHistory = "\r\n\r\nFrom: Acme Support <support@acme.example>\r\nSent: Monday, November 9, 2026 8:41 AM\r\nTo: Customer <user@plant.example>\r\nSubject: [ACME-48400] OEE report\r\n\r\nHello,\r\n\r\nThe report is attached.\r\n\r\nRegards,\r\nAcme Support\r\n"

func factoryMail(from, subject, body string) string {
	return "From: " + from + " <user@plant.example>\r\nTo: support@acme.example\r\nSubject: " + subject + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
}

// TestNordicBannerCaution: the external-sender banner of the Nordic mail
// systems warns with "be careful with links and attachments" ("Vær
// forsigtig med links og vedhæftede filer", "Var försiktig med länkar
// och bilagor") and may be tagged "[EKSTERN]": it is the mail system's
// (stranger82's 49, whose signature alone under it was then shown as
// new text, and 22, whose banner was kept).
func TestNordicBannerCaution(t *testing.T) {
	for _, tt := range []struct{ name, banner string }{
		{"Danish, tagged", "[EKSTERN] Denne e-mail kommer fra en afsender uden for organisationen. Vær forsigtig med links og vedhæftede filer."},
		{"Swedish", "EXTERN AVSÄNDARE: Detta meddelande kommer från en extern avsändare. Var försiktig med länkar och bilagor."},
		{"Norwegian", "Denne e-posten kommer fra en ekstern avsender. Vær forsiktig med lenker og vedlegg."},
	} {
		body := tt.banner + "\r\n\r\nHej,\r\n\r\nrapporten ser fin ud.\r\n\r\nAnders" + factoryHistory
		checkParsedVisible(t, tt.name, factoryMail("Anders Kristensen", "RE: [ACME-48400] OEE report", body), "Hej,\n\nrapporten ser fin ud.\n\nAnders")
	}
}

// TestNordicBannerCautionNotText: a writer's own first paragraph that
// warns about links, or names an external sender, without being the
// notice of one, stays.
func TestNordicBannerCautionNotText(t *testing.T) {
	for _, tt := range []struct{ name, para string }{
		{"a caution, no external sender", "Var försiktig med länkar och bilagor i mejlen från leverantören, vi har haft nätfiske i veckan."},
		{"an external sender, no caution", "Mailen fra jeres system kommer fra en ekstern afsender og havner i karantæne hos os."},
	} {
		body := tt.para + "\r\n\r\nAnders" + factoryHistory
		checkParsedVisible(t, tt.name, factoryMail("Anders Kristensen", "RE: [ACME-48400] OEE report", body), tt.para+"\n\nAnders")
	}
}

// factorySig is a signature with a contact, sent alone under the closing
// each test puts above it.
const factorySig = "\r\n\r\nMikko Laaksonen\r\nKunnossapitopäällikkö / Maintenance Manager\r\nSaimaan Teräsrakenne Oy\r\nTeollisuuskatu 22, 53500 Lappeenranta\r\npuh. +358 40 555 7812"

// TestGoodbyeHalfSignatureOnly: a signature sent alone opening with a
// closing in two languages, one half of which is a closing intake knows
// (signOff) that says nothing but goodbye ("Ystävällisin terveisin /
// Best regards"), is no new text (stranger82's 13, shown as new text
// before: goodbyeHalf).
func TestGoodbyeHalfSignatureOnly(t *testing.T) {
	for _, closing := range []string{"Ystävällisin terveisin / Best regards", "Best regards | Terveisin", "Med vennlig hilsen / Kind regards"} {
		checkParsedVisible(t, closing, factoryMail("Laaksonen Mikko", "RE: [ACME-48305] Varaosat", closing+factorySig+factoryHistory), "")
	}
}

// TestGoodbyeHalfSignatureOnlyNotText: thanks or a name in the other
// half were typed, and stay; so does a writer's short line of no
// closing's words set before a closing with a slash ("Hoidan asian
// huomenna / Best regards": I'll see to it tomorrow), which a half read
// by its shape alone (two to four words of letters) once took for the
// closing's other half, emptying the reply.
func TestGoodbyeHalfSignatureOnlyNotText(t *testing.T) {
	for _, closing := range []string{"Kiitos / Best regards", "Terveisin Mikko / Best regards", "Kiitos paljon / Best regards",
		"Hoidan asian huomenna / Best regards", "Jutro to sprawdzę / Kind regards", "Best regards | Vi ringer i morgen"} {
		body := closing + factorySig
		checkParsedVisible(t, closing, factoryMail("Laaksonen Mikko", "RE: [ACME-48305] Varaosat", body+factoryHistory), strings.ReplaceAll(body, "\r\n", "\n"))
	}
}

// TestNotesSenderToHeader: Notes 8 and 9 write the header of the mail
// answered, when the memo table is narrow, as the sender with the
// recipients' field on one line, the date alone under it and the
// subject's field ("\"Acme Support\" <support@acme.example> 宛先: 山田
// 直樹/HOKURIKU-BRG@HOKURIKU-BRG" / "2026/11/05 15:30" / "件名: …"): the
// history starts there (stranger82's 07 kept it all: notesSenderTo).
func TestNotesSenderToHeader(t *testing.T) {
	for _, tt := range []struct{ name, header string }{
		{"Japanese", "\"Acme Support\" <support@acme.example> 宛先: 山田 直樹/HOKURIKU-BRG@HOKURIKU-BRG\n2026/11/05 15:30\n件名: [ACME-48281] 点検スケジュール"},
		{"English with a cc", "\"Acme Support\" <support@acme.example> To: Naoki Yamada/HOKURIKU-BRG@HOKURIKU-BRG\n11/05/2026 03:30 PM\ncc: Plant IT/HOKURIKU-BRG@HOKURIKU-BRG\nSubject: [ACME-48281] Schedule"},
	} {
		got := VisibleText("了解しました。\n\n\n" + tt.header + "\n\n\n山田様\n\nご依頼の一括変更は本日反映いたしました。\n\nAcme Support\n")
		if got != "了解しました。" {
			t.Errorf("%s: got %q", tt.name, got)
		}
	}
}

// TestNotesSenderToHeaderNotText: a writer's line naming an address and
// a field, with no date alone and no subject's field under it, stays.
func TestNotesSenderToHeaderNotText(t *testing.T) {
	const text = "The alert went out as \"Acme Alerts\" <alerts@acme.example> To: the shift leads\nbut nobody on the night shift got it.\nSubject: line was empty too."
	if got := VisibleText(text); got != text {
		t.Errorf("got %q", got)
	}
}

// factoryNotes is a Notes 9 header and the mail answered below a reply.
const factoryNotes = "\r\n\r\n\r\n\"Acme Support\" <support@acme.example> 宛先: 山田 直樹/HOKURIKU-BRG@HOKURIKU-BRG\r\n2026/11/05 15:30\r\n件名: [ACME-48281] 点検スケジュール\r\n\r\n\r\n山田様\r\n\r\nご依頼の一括変更は本日反映いたしました。\r\n\r\nAcme Support\r\n"

// TestFramedSignatureOnly: a signature drawn in a box between two like
// rules, its company and department above the name and the name with its
// transcription in brackets ("山田 直樹 (Naoki Yamada)"), sent alone over
// the history, is no new text (stranger82's 07, shown as new text
// before: framedSignature).
func TestFramedSignatureOnly(t *testing.T) {
	const box = "━━━━━━━━━━━━━━━━━━━━\r\n株式会社 北陸ベアリング製作所\r\n生産技術部 設備保全グループ\r\n山田 直樹 (Naoki Yamada)\r\n〒939-0000 富山県高岡市新町 3-12\r\nTEL 0766-55-2210 / FAX 0766-55-2211\r\n━━━━━━━━━━━━━━━━━━━━"
	checkParsedVisible(t, "Japanese box", factoryMail("山田 直樹", "Re: [ACME-48281] 点検スケジュール", box+factoryNotes), "")
	const dashed = "----------------------------------------\r\nSaimaan Teräsrakenne Oy\r\nMikko Laaksonen\r\npuh. +358 40 555 7812\r\n----------------------------------------"
	checkParsedVisible(t, "a box of hyphens", factoryMail("Laaksonen Mikko", "RE: [ACME-48305] Varaosat", dashed+factoryHistory), "")
}

// TestFramedSignatureOnlyNotText: words typed above the box, a sentence
// in it, or a box naming someone else stay.
func TestFramedSignatureOnlyNotText(t *testing.T) {
	const rule = "━━━━━━━━━━━━━━━━━━━━"
	for _, tt := range []struct{ name, from, body string }{
		{"typed above", "山田 直樹", "承知しました。\n\n" + rule + "\n株式会社 北陸ベアリング製作所\n山田 直樹\nTEL 0766-55-2210\n" + rule},
		{"a sentence inside", "山田 直樹", rule + "\n明日までに確認します。\n山田 直樹\nTEL 0766-55-2210\n" + rule},
		{"someone else's box", "山田 直樹", rule + "\n株式会社 北陸ベアリング製作所\n佐藤 花子\nTEL 0766-55-2210\n" + rule},
	} {
		checkParsedVisible(t, tt.name, factoryMail(tt.from, "Re: [ACME-48281] 点検スケジュール", strings.ReplaceAll(tt.body, "\n", "\r\n")+factoryNotes), tt.body)
	}
}

// TestFinnishVSReply: Finnish Outlook's "VS:" is a reply's prefix; a
// mail under it that carries no In-Reply-To is told by the Finnish
// header block below (forwardSubject): its signature sent alone is no
// new text, not a forward's text (stranger82's 13).
func TestFinnishVSReply(t *testing.T) {
	const block = "\r\n\r\nLähettäjä: Acme Support <support@acme.example>\r\nLähetetty: perjantai 6. marraskuuta 2026 12.14\r\nVastaanottaja: Laaksonen Mikko <mikko@plant.example>\r\nAihe: [ACME-48305] Varaosat\r\n\r\nHei Mikko,\r\nminimimäärät on päivitetty.\r\nAcme Support\r\n"
	checkParsedVisible(t, "VS: without In-Reply-To", factoryMail("Laaksonen Mikko", "VS: [ACME-48305] Varaosat", "Mikko Laaksonen\r\nKunnossapitopäällikkö\r\nSaimaan Teräsrakenne Oy\r\npuh. +358 40 555 7812"+block), "")
}

// TestFinnishVSReplyNotText: a Danish or Norwegian "VS:" with no
// In-Reply-To is a forward, and the forwarded mail is its text.
func TestFinnishVSReplyNotText(t *testing.T) {
	const block = "Fra: Lars Holm <lars@plant.example>\r\nSendt: 6. november 2026 12:14\r\nTil: Anders Kristensen <anders@plant.example>\r\nEmne: Kompressor K2\r\n\r\nHej Anders,\r\nK2 viser psi i stedet for bar.\r\nLars\r\n"
	checkParsedVisible(t, "Danish forward", factoryMail("Anders Kristensen", "VS: Kompressor K2", block), "Hej Anders,\nK2 viser psi i stedet for bar.\nLars")
}
