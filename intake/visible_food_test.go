package intake

import (
	"strings"
	"testing"
)

// TestSmallTitleBeforeName (replies/stranger87's 43): a signature sent
// alone whose name carries a title abbreviated in small letters before
// it ("инж. Петър Стоянов", engineer) was shown as new text: a title
// was known before a name only by a capital or by honorifics' list.
// Bulgarian, Russian, Serbian, Ukrainian, Italian and Central European
// signatures abbreviate their titles in small letters, by a full stop
// ("инж.", "проф.", "доц.", "dott.") or by a contraction to the word's
// first and last letters ("д-р", doctor): smallTitle.
func TestSmallTitleBeforeName(t *testing.T) {
	for _, tc := range []struct{ from, body string }{
		{"Петър Стоянов", "С уважение,\nинж. Петър Стоянов\nУправител\nРесторант „Витоша“ ООД\nтел. +359 888 123 456"},
		{"", "С уважение,\nинж. Петър Стоянов\nУправител\nРесторант „Витоша“ ООД\nтел. +359 888 123 456"},
		{"Иван Петров", "С уважением,\nпроф. Иван Петров\nзаведующий кафедрой\nтел. +7 495 555-12-34"},
		{"Марко Петровић", "С поштовањем,\nд-р Марко Петровић\nдиректор\nРесторан „Дунав“ д.о.о.\nтел. +381 11 555 1234"},
		{"Ivan Petrov", "С уважение,\nдоц. д-р Иван Петров\nтел. +359 2 555 1234"},
		{"Giulia Bianchi", "Cordiali saluti,\ndott. Giulia Bianchi\nResponsabile acquisti\nTrattoria Da Gino srl\nTel. +39 06 555 1234"},
	} {
		if !clientSignatureOnly(tc.body, tc.from) {
			t.Errorf("%q from %q: not read as the signature alone", tc.body, tc.from)
		}
	}
	for _, w := range []string{"инж.", "проф.", "dott.", "dipl.", "д-р", "г-жа"} {
		if !smallTitle(w) {
			t.Errorf("smallTitle(%q) = false", w)
		}
	}
}

// TestSmallTitleBeforeNameNotText: a line typed above the closing is the
// writer's; two small letters closed by a full stop are a word ("ok."),
// no title; a title needs a name of two words after it; a word with a
// hyphen that is no contraction ("e-mail") is no title.
func TestSmallTitleBeforeNameNotText(t *testing.T) {
	for _, tc := range []struct{ from, body string }{
		{"Петър Стоянов", "Да, цените са активни.\n\nС уважение,\nинж. Петър Стоянов\nУправител\nтел. +359 888 123 456"},
		{"Giulia Bianchi", "Cordiali saluti,\ndott. Giulia Bianchi\nVi prego di richiamarmi domani.\nTel. +39 06 555 1234"},
	} {
		if clientSignatureOnly(tc.body, tc.from) {
			t.Errorf("%q from %q: read as the signature alone", tc.body, tc.from)
		}
	}
	for in, want := range map[string]string{"ok. Jens Hartmann": "ok. Jens Hartmann", "инж. Петров": "инж. Петров", "инж. Петър Стоянов": "Петър Стоянов"} {
		if got := withoutHonorific(in); got != want {
			t.Errorf("withoutHonorific(%q) = %q, want %q", in, got, want)
		}
	}
	for _, w := range []string{"ok.", "e-mail", "Ing.", "инж", "abcdef."} {
		if smallTitle(w) {
			t.Errorf("smallTitle(%q) = true", w)
		}
	}
}

// TestTitledNameInBox (replies/stranger87's 15): a Japanese signature
// sent alone in a box of rules, its company's name framed as a logo at
// its head, was shown as new text: the name line carries the writer's
// title before the name ("店長　山田 太郎", store manager), and the box's
// name was read as the sender's whole name alone. Japanese, Chinese and
// Korean signatures write the title beside the name, before it or after
// it (titledName).
func TestTitledNameInBox(t *testing.T) {
	const rule = "━━━━━━━━━━━━━━━━━━━━━━━━"
	for _, tc := range []struct{ from, body string }{
		{"山田 太郎", rule + "\n\u3000株式会社さくら食堂\u3000ＳＡＫＵＲＡ ＳＨＯＫＵＤＯ\n" + rule + "\n店長\u3000山田 太郎\n〒530-0001 大阪府大阪市北区梅田1-2-3\nTEL: 06-6345-1122\n" + rule},
		{"佐藤 花子", "＝＝＝＝＝＝＝＝＝＝＝＝\n株式会社みどり食品\n営業部 部長 佐藤 花子\nTEL: 03-5555-1234\n＝＝＝＝＝＝＝＝＝＝＝＝"},
		{"김민수", "━━━━━━━━━━━━\n(주)한빛푸드\n김민수 과장\n전화: 02-555-1234\n━━━━━━━━━━━━"},
		{"王建宏", "━━━━━━━━━━━━\n上海美食餐饮有限公司\n王建宏 经理\n电话: +86 21 5555 1234\n━━━━━━━━━━━━"},
	} {
		if !clientSignatureOnly(tc.body, tc.from) {
			t.Errorf("%q from %q: not read as the signature alone", tc.body, tc.from)
		}
	}
}

// TestTitledNameInBoxNotText: words typed beside the name in kana are
// the writer's ("了解しました"), as is a sentence in the box; a title
// with no name of the sender's beside it names no one.
func TestTitledNameInBoxNotText(t *testing.T) {
	const rule = "━━━━━━━━━━━━"
	for _, tc := range []struct{ from, body string }{
		{"山田 太郎", rule + "\n株式会社さくら食堂\n了解しました\u3000山田 太郎\nTEL: 06-6345-1122\n" + rule},
		{"山田 太郎", rule + "\n株式会社さくら食堂\n店長\u3000山田 太郎\n明日お電話ください。\nTEL: 06-6345-1122\n" + rule},
		{"山田 太郎", rule + "\n株式会社さくら食堂\n店長\u3000佐藤 花子\nTEL: 06-6345-1122\n" + rule},
	} {
		if clientSignatureOnly(tc.body, tc.from) {
			t.Errorf("%q from %q: read as the signature alone", tc.body, tc.from)
		}
	}
}

// TestRelayedLetterTellsOfChange (replies/stranger87's 24): a help
// desk's agent writing to us from their ticket that the incident was
// resolved on their side was read as the tool's notice of a change of
// state, nobody's words, and the whole letter was lost: a notice was
// known by "has been resolved" and the tool's footer. A letter signed
// by a person over their title, with nothing but the tool's footer
// below the signature (relayTail), is the person's, in any language the
// change is told in; its footer goes.
func TestRelayedLetterTellsOfChange(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"ServiceNow, English", "Acme Support,\n\nPlease be advised that incident INC0049182 has been resolved on our side. Network team replaced the switch at Store #214.\nPlease close your ticket if nothing else is needed.\n\nRob Whitaker\nIT Service Desk, Prairie Diner Group\n\nRef:MSG0781123_xK9pQ2rT7vW4\n\nClick here to view Incident: INC0049182\nTo unsubscribe from these notifications, visit your notification preferences.\n",
			"Acme Support,\n\nPlease be advised that incident INC0049182 has been resolved on our side. Network team replaced the switch at Store #214.\nPlease close your ticket if nothing else is needed.\n\nRob Whitaker\nIT Service Desk, Prairie Diner Group"},
		{"ServiceNow, Spanish", "Hola equipo de Acme:\n\nEl incidente INC0051234 ha sido resuelto por nuestra parte; las terminales ya sincronizan.\n\nSaludos,\nMaría José Ruiz\nMesa de ayuda, Grupo Tapas SL\n\nRef:MSG0990011_aa11\n",
			"Hola equipo de Acme:\n\nEl incidente INC0051234 ha sido resuelto por nuestra parte; las terminales ya sincronizan.\n\nSaludos,\nMaría José Ruiz\nMesa de ayuda, Grupo Tapas SL"},
		{"Freshservice, German", "Hallo Acme-Team,\n\ndas Ticket #4471 wurde geschlossen, der Kassenserver läuft wieder.\n\nViele Grüße\nJonas Weber\nIT-Support, Brauhaus Weber GmbH\n\nPowered by Freshservice\n",
			"Hallo Acme-Team,\n\ndas Ticket #4471 wurde geschlossen, der Kassenserver läuft wieder.\n\nViele Grüße\nJonas Weber\nIT-Support, Brauhaus Weber GmbH"},
	} {
		v := visibleText(tc.in, false)
		if v.quotedOnly || strings.TrimSpace(v.text) != tc.want {
			t.Errorf("%s: got %q (quoted only %v), want %q", tc.name, v.text, v.quotedOnly, tc.want)
		}
	}
}

// TestRelayedLetterTellsOfChangeNotText: a tool's notice of a change
// signed by the desk's name alone, or naming a person among its own
// paragraphs (an e-signature service's sender over "Do Not Share This
// Email"), is still nobody's words; a writer's last sentence that a
// footer's words match stays above their name.
func TestRelayedLetterTellsOfChangeNotText(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"desk's name alone", "Hi Acme Support,\n\nThe status of ticket #SR-20477 has been changed to Resolved.\n\nView ticket ( https://x.freshservice.example/helpdesk/tickets/20477 )\n\nRegards,\nHalvorsen Service Desk\n\nThis is an automated notification from Halvorsen Service Desk.\n"},
		{"a sender named among the tool's paragraphs", "All parties have completed Acme DPA.pdf.\n\nRichard Osei\nrichard.osei@northgate.example\n\nDo Not Share This Email\nThis email contains a secure link. Please do not share this email.\n\nThis message was sent to you by Richard Osei who is using the DocuSign Electronic Signature Service.\n"},
	} {
		if v := visibleText(tc.in, false); !v.quotedOnly {
			t.Errorf("%s: got %q, want the notice read as nobody's words", tc.name, v.text)
		}
	}
	const own = "Hi Acme,\n\nThe tablets sync again. Let me know if you want us to reopen the ticket.\n\nRob Whitaker\nIT Service Desk, Prairie Diner Group\n\nRef:MSG0781123_xK9p\n"
	if v := visibleText(own, false); !strings.Contains(v.text, "Let me know if you want us to reopen the ticket.") || !strings.Contains(v.text, "Rob Whitaker") {
		t.Errorf("a writer's sentence above their name lost: %q", v.text)
	}
}

// TestRelayFieldsUnderSignature (replies/stranger87's 26): Zoho Desk's
// Italian fields under the writer's signature ("Numero ticket: #6631" /
// "Stato: In attesa di risposta") were kept: the tool's fields were
// known by their English labels alone. They are the tool's in the
// languages help desks write their users in (statusField), under a
// signature, above the tool's footer or under its "reply above this
// line" (relayTail).
func TestRelayFieldsUnderSignature(t *testing.T) {
	const it = "Buongiorno,\n\nabbiamo aggiornato i listini.\n\nCordiali saluti,\nLucia Esposito\nUfficio ordini - Caseificio Esposito srl"
	const es = "Hola,\n\nya hemos cambiado los precios.\n\nUn saludo,\nCarmen Díaz\nCompras, Bodega Díaz SL"
	for _, tc := range []struct{ name, in, want string }{
		{"Zoho Desk, Italian", "---- Rispondi sopra questa riga ----\n\n" + it + "\n\nNumero ticket: #6631\nStato: In attesa di risposta\n\nPowered by Zoho Desk\n", it},
		{"French fields above the footer", "Bonjour,\n\nles prix sont à jour.\n\nCordialement,\nJulie Martin\nAchats, Bistrot Martin SARL\n\nNuméro de ticket : 5512\nStatut : En attente\n\nPowered by Freshdesk\n",
			"Bonjour,\n\nles prix sont à jour.\n\nCordialement,\nJulie Martin\nAchats, Bistrot Martin SARL"},
		{"Spanish fields under the reply-above line, no footer", "##- Please type your reply above this line -##\n\n" + es + "\n\nNúmero de ticket: 7781\nEstado: Pendiente\n", es},
	} {
		if got := strings.TrimSpace(visibleText(tc.in, false).text); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestRelayFieldsUnderSignatureNotText: a writer's own fields under
// their signature with no tool's footer or marker stay, and so do their
// fields above the closing.
func TestRelayFieldsUnderSignatureNotText(t *testing.T) {
	for _, in := range []string{
		"Buongiorno,\n\necco l'ordine.\n\nCordiali saluti,\nLucia Esposito\nUfficio ordini - Caseificio Esposito srl\n\nNumero ordine: 5521\nStato: spedito\n",
		"Buongiorno,\n\nNumero ticket: #6631\nStato: ancora aperto, per favore controllate.\n\nCordiali saluti,\nLucia Esposito\nUfficio ordini - Caseificio Esposito srl\n\nPowered by Zoho Desk\n",
	} {
		got := visibleText(in, false).text
		if !strings.Contains(got, "Stato:") {
			t.Errorf("the writer's fields dropped: %q", got)
		}
	}
}
