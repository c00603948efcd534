package intake

import (
	"fmt"
	"strings"
	"testing"
)

// TestSentAttribution: "On <date>, <name> sent:" is an attribution with an
// address, or with a year and a time before the comma (replies/stranger53's
// webmail, no address); prose ending in "sent:" is not.
func TestSentAttribution(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"On 4 March 2025 10:12, Acme Support sent:", true},
		{"On Tue, 3 Mar 2026 at 10:07, Dana Reyes <dana@acme.example> sent:", true},
		{"On March 4, 2025 at 10:12 AM, Acme Support sent:", true},
		{"On Monday we sent:", false},
		{"On Monday at 10:12 this is what we sent:", false},
	} {
		if got := isQuoteHeader(c.line); got != c.want {
			t.Errorf("isQuoteHeader(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestServiceNowAuthorWithoutParentheses: ServiceNow's HTML notification
// puts no-break spaces where its plain text puts parentheses around the
// comment's kind (replies/stranger54): both open a comment; a line of
// prose with a date does not.
func TestServiceNowAuthorWithoutParentheses(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"2025-03-10 09:45:51 CDT - Tom Becker\u00a0\u00a0\u00a0 Additional comments", true},
		{"2025-03-10 09:45:51 CDT - Tom Becker    Additional comments", true},
		{"2024-03-05 10:12:33 CET - Priya Nair (Additional comments)", true},
		{"2025-03-10 09:45:51 CDT - we saw the job fail again, see comments", false},
	} {
		if got := isCommentAuthor(c.line); got != c.want {
			t.Errorf("isCommentAuthor(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestRegisterParagraphAboveBoard: a company's register paragraph is
// dropped and its managing board's paragraph ("Geschäftsführer: …",
// "Vorstand: …") kept in whichever order they stand (replies/stranger55):
// the register paragraph above the board's goes without taking the
// board's with it, and a notice or history below is cut as before. The
// board's line that closes the register paragraph stays as well, the
// register lines above it go (replies/stranger57, as the writers' brief
// keeps "a Geschäftsführer:/managing-director line").
func TestRegisterParagraphAboveBoard(t *testing.T) {
	const sig = "Hallo Frau Neumann,\n\nder Upload bricht bei 99 % ab.\n\nFreundliche Grüße\n\nMartin Schäfer\nRheinwerk Druck GmbH\nTel. +49 221 5555 0193"
	const register = "\n\nRheinwerk Druck GmbH | Sitz: Köln | Amtsgericht Köln HRB 98765 | USt-IdNr. DE 123 456 789"
	const notice = "\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n"
	const history = "\n\n-----Ursprüngliche Nachricht-----\nVon: Acme Support <support@acme.example>\nGesendet: Freitag, 2. Oktober 2026 09:12\nAn: Martin Schäfer\nBetreff: Upload\n\nHallo Herr Schäfer,\n"
	checkVisible(t, []bodyCase{
		{"register, board, notice", sig + register + "\n\nGeschäftsführer: Andreas Roth" + notice, sig + "\n\nGeschäftsführer: Andreas Roth"},
		{"register, board of two lines, history", sig + register + "\n\nVorstand: Dr. Martina Huber (Vorsitzende), Florian Gruber\nAufsichtsratsvorsitzender: Prof. Dr. Karl Weiß" + history,
			sig + "\n\nVorstand: Dr. Martina Huber (Vorsitzende), Florian Gruber\nAufsichtsratsvorsitzender: Prof. Dr. Karl Weiß"},
		{"board, register, notice", sig + "\n\nGeschäftsführer: Andreas Roth" + register + notice, sig + "\n\nGeschäftsführer: Andreas Roth"},
		{"board closing the register paragraph stays", sig + register + "\nGeschäftsführer: Andreas Roth" + notice, sig + "\n\nGeschäftsführer: Andreas Roth"},
		{"board closing a register paragraph of two lines, history", sig + "\n\nSitz der Gesellschaft: Köln · Registergericht: Amtsgericht Köln HRB 98765\nUSt-IdNr.: DE123456789\nGeschäftsführer: Andreas Roth" + history,
			sig + "\n\nGeschäftsführer: Andreas Roth"},
		{"notice, then the board", sig + notice + "\nGeschäftsführer: Andreas Roth\n", sig + "\n\nGeschäftsführer: Andreas Roth"},
	})
}

// TestRegisterAndDataProtectionNotices: a Dutch register paragraph named
// by its KvK number, standing apart below the signature, is a footer; a
// KvK line inside the signature is the signature's. A notice headed by
// the data protection it informs of is a notice when it speaks as one
// (replies/stranger55); the writer's paragraph on data protection is not.
func TestRegisterAndDataProtectionNotices(t *testing.T) {
	const nl = "Hoi Sanne,\n\nDe werkbonnen staan er nog steeds niet in.\n\nGroet,\n\nBram Jansen\nHofstede Installatietechniek B.V.\nT 030 555 0178"
	const es = "Buenos días, Sofía:\n\nQueda pendiente lo de las bajas por IT.\n\nSaludos cordiales,\n\nElena Navarro Gil\nHoteles Mirador del Sur, S.A."
	checkVisible(t, []bodyCase{
		{"KvK paragraph standing apart", nl + "\n\nHofstede Installatietechniek B.V. | Kanaalweg 22, 3526 KL Utrecht | KvK 61234567 | BTW NL861234567B01\n", nl},
		{"KvK line in the signature", nl + "\nKvK 61234567 | BTW NL861234567B01\n", nl + "\nKvK 61234567 | BTW NL861234567B01"},
		{"data protection heading over a notice", es + "\n\nINFORMACIÓN BÁSICA SOBRE PROTECCIÓN DE DATOS: Responsable: Hoteles Mirador del Sur, S.A. Finalidad: gestionar la relación comercial. Este mensaje es confidencial; si lo ha recibido por error, le rogamos que lo elimine.\n", es},
		{"German data protection heading over a notice", "Danke, läuft wieder.\n\nJan\n\nDatenschutzhinweis: Diese Nachricht ist vertraulich. Wenn Sie nicht der richtige Adressat sind, löschen Sie sie bitte.\n", "Danke, läuft wieder.\n\nJan"},
		{"the writer's own question on data protection", es + "\n\nProtección de datos: ¿nos podéis mandar el contrato de encargado del tratamiento?\n",
			es + "\n\nProtección de datos: ¿nos podéis mandar el contrato de encargado del tratamiento?"},
	})
}

// TestArrowNamedInWords: answers typed into Outlook's mail below its
// header block, announced with their arrow named in words ("met een
// pijltje ervoor", replies/stranger55): the lines the typed arrow opens
// are the answers, the rest is the mail answered. Without the arrow
// named, arrows in the mail are no mark (its answers are kept with it).
func TestArrowNamedInWords(t *testing.T) {
	const header = "\n\n________________________________\nVan: Sanne de Vries <support@acme.example>\nVerzonden: donderdag 29 oktober 2026 10:04\nAan: Pieter Mulder <pieter@mulderbouw.example>\nOnderwerp: Re: Offertes\n\nHoi Pieter,\n\n1. Gaat het om alle offertes?\n-> Alleen met een bijlage.\n\n2. Sinds wanneer speelt dit?\n-> Sinds maandag.\n\nMet vriendelijke groet,\nSanne de Vries\n"
	checkVisible(t, []bodyCase{
		{"Dutch", "Hoi Sanne,\n\nZie mijn antwoorden hieronder, met een pijltje ervoor.\n\nPieter" + header,
			"Hoi Sanne,\n\nZie mijn antwoorden hieronder, met een pijltje ervoor.\n\nPieter\n\n-> Alleen met een bijlage.\n\n-> Sinds maandag."},
		{"English", "Hi Sanne,\n\nMy answers are below, each with an arrow in front.\n\nPieter" + header,
			"Hi Sanne,\n\nMy answers are below, each with an arrow in front.\n\nPieter\n\n-> Alleen met een bijlage.\n\n-> Sinds maandag."},
		{"no arrow named", "Hoi Sanne,\n\nZie mijn antwoorden hieronder.\n\nPieter" + header,
			"Hoi Sanne,\n\nZie mijn antwoorden hieronder.\n\nPieter\n\nHoi Pieter,\n\n1. Gaat het om alle offertes?\n-> Alleen met een bijlage.\n\n2. Sinds wanneer speelt dit?\n-> Sinds maandag.\n\nMet vriendelijke groet,\nSanne de Vries"},
	})
}

// TestSignatureBoxClosingRule: a signature drawn between two like rules,
// as Japanese signatures are (replies/stranger55, stranger14, stranger35),
// keeps its closing rule above the history; a rule that closes nothing,
// or Outlook's rule of underscores, goes.
func TestSignatureBoxClosingRule(t *testing.T) {
	const text = "田中様\n\n至急ご確認をお願いいたします。\n\n"
	const box = "――――――――――――――――――――\n株式会社ハナミズキ\n総務部　小林 真理\nTEL: 03-5555-0147\n――――――――――――――――――――"
	const history = "\n\n-----Original Message-----\nFrom: 田中 博 <support@acme.example>\nSent: Monday, October 26, 2026 4:12 PM\nSubject: RE: 打刻データ\n\n小林様\n"
	checkVisible(t, []bodyCase{
		{"box above the history", text + box + history, text + box},
		{"box at the end", text + box + "\n", text + box},
		{"a rule below the text, closing nothing", text + "株式会社ハナミズキ\n――――――――――――――――――――" + history, text + "株式会社ハナミズキ"},
		{"rules that differ", text + "――――――――――\n株式会社ハナミズキ\n----------" + history, text + "――――――――――\n株式会社ハナミズキ"},
		{"underscores", text + "________________________________\n株式会社ハナミズキ\n________________________________\nFrom: 田中 博 <support@acme.example>\nSent: Monday, October 26, 2026 4:12 PM\nSubject: RE: 打刻データ\n\n小林様\n", text + "________________________________\n株式会社ハナミズキ"},
	})
}

// TestSalesforceLightningThreadToken: Salesforce's thread token in the
// form its Lightning threading writes, "ref:!00D….!500…:ref", is the
// CRM's line as the older "ref:_00D…._500…:ref" is (replies/stranger56):
// it goes, and the register paragraph above it is read as the footer it
// is. A line that only mentions a reference stays.
func TestSalesforceLightningThreadToken(t *testing.T) {
	const text = "Hi Jonas,\n\nThe labels still print too wide.\n\nThanks,\nEmma\n\nEmma Holloway\nOperations Manager\nBrightwater Ltd"
	const history = "\n\n--------------- Original Message ---------------\nFrom: Acme Support [support@acme.example]\nSent: 11/3/2026 9:14 AM\nTo: emma@brightwater.example\nSubject: [Ticket #48213] Labels\n\nHi Emma,\n"
	checkVisible(t, []bodyCase{
		{"Lightning token", text + "\n\nref:!00D5g0bTqX.!5008d02RmJk:ref" + history, text},
		{"older token", text + "\n\nref:_00D5g0bTqX._5008d02RmJk:ref" + history, text},
		{"register paragraph above the token", text + "\n\nBrightwater Ltd is registered in England and Wales, company number 01234567. Registered office: 4 Quay Street, Bristol.\n\nref:!00D5g0bTqX.!5008d02RmJk:ref" + history, text},
		{"a reference in words", text + "\n\nOur ref: PO-2231" + history, text + "\n\nOur ref: PO-2231"},
	})
}

// TestHelpdeskTicketBlockAndReplied: a customer's help desk (Kayako)
// writes the ticket's fields between two rules under its agent's
// signature and "Acme Support replied, <date>" over our mail it quotes
// (replies/stranger56). The block and the attribution are the tool's; a
// writer's own block of fields with text below it, and a timeline line
// of the writer's with text below it, stay.
func TestHelpdeskTicketBlockAndReplied(t *testing.T) {
	const text = "Hi Jonas,\n\nBuild 5.1.7 drops attachments over 10 MB.\n\nBest,\nHannah Lindqvist\nIT Service Desk"
	const block = "\n\n--------------------------------\nTicket ID: #QPV-318-27714\nDepartment: Vendor Escalations\nStatus: Awaiting vendor\nPriority: High\n\nView this conversation: https://help.quayside.example/conversation/27714\n--------------------------------"
	const ours = "\n\n##- Please type your reply above this line -##\n\nHi Hannah,\n\nBuild 5.1.7 is ready.\n\nJonas Weber\nAcme Support\n"
	checkVisible(t, []bodyCase{
		{"block and attribution", text + block + "\n\nAcme Support replied, 17 Nov 2026 09:20" + ours, text},
		{"attribution alone", text + "\n\nAcme Support replied, Nov 17, 2026 at 9:20 AM" + ours, text},
		{"block above the marker", text + block + ours, text},
		{"the writer's fields, text below", text + "\n\n-----\nOrder: 4471\nStatus: shipped\n-----\n\nCan you check it?" + ours,
			text + "\n\n-----\nOrder: 4471\nStatus: shipped\n-----\n\nCan you check it?"},
		{"the writer's timeline", "Timeline:\n\nAcme Support replied, 17 Nov 2026 09:20\nWe installed the build, 18 Nov 2026 08:00" + ours,
			"Timeline:\n\nAcme Support replied, 17 Nov 2026 09:20\nWe installed the build, 18 Nov 2026 08:00"},
	})
}

// TestIntercomConversationFooter: Intercom's footer under its rule,
// "<Company> · Reply to this email to continue the conversation" above
// "We run on Intercom", is the tool's (replies/stranger56).
func TestIntercomConversationFooter(t *testing.T) {
	const text = "Hi Priya,\n\nRegular users still land on the old login page.\n\nSam Adeyemi\nSolutions Engineer, Kestrel Metrics"
	const history = "\n\nOn Tue, Nov 17, 2026 at 4:41 PM, Acme Support <support@acme.example> wrote:\n\n> Hi Sam,\n"
	checkVisible(t, []bodyCase{
		{"with the company", text + "\n\n————————\nKestrel Metrics · Reply to this email to continue the conversation\nWe run on Intercom" + history, text},
		{"without it", text + "\n\n————————\nReply to this email to continue the conversation.\nWe run on Intercom" + history, text},
	})
}

// TestFollowupAuthorAndContentFields: GLPI writes a follow-up's author
// and text as fields under its dated heading, "Auteur : …" and "Contenu
// : Bonjour," (replies/stranger56): the comment is the text without its
// label, and its first line is not lost with the label.
func TestFollowupAuthorAndContentFields(t *testing.T) {
	const comment = "Bonjour,\n\nLa synchronisation fonctionne de nouveau, sauf pour l'état civil.\n\nCordialement,\nNicolas Garnier"
	const top = "URL : https://glpi.example/index.php?redirect=ticket_2716\n\nTicket : Suivi\n\nTitre : Synchronisation des agendas\nStatut : En cours (attribué)\n\nNombre de suivis : 2\n\n"
	const older = "\n\n[17-11-2026 16:05] Nouveau suivi\nAuteur : Acme Support (support@acme.example)\nContenu : Bonjour Monsieur Garnier,\n\nPouvez-vous régler le fuseau horaire ?\n\n-- \nGénéré automatiquement par GLPI 10.0.17\n"
	checkVisible(t, []bodyCase{
		{"label before the first line", top + "[18-11-2026 10:42] Nouveau suivi\nAuteur : Garnier Nicolas\nContenu : " + comment + older, comment},
		{"label on a line of its own", top + "[18-11-2026 10:42] Nouveau suivi\nAuteur : Garnier Nicolas\nContenu :\n" + comment + older, comment},
		{"no fields", top + "[18-11-2026 10:42] Garnier Nicolas\n" + comment + older, comment},
	})
}

// TestZnunyTicketReference: Znuny (OTRS) puts the ticket's reference,
// "[Ticket#2026111810000431]", on a line of its own under the agent's
// signature (replies/stranger56); it is the tool's. A writer's sentence
// naming the ticket stays.
func TestZnunyTicketReference(t *testing.T) {
	const text = "Sehr geehrte Damen und Herren,\n\nauf der Intensivstation tritt der Fehler weiterhin auf.\n\nMit freundlichen Grüßen\n\ni. A. Tobias Wendt\nIT-Service-Desk"
	const history = "\n\n18.11.2026 08:55 - Acme Support schrieb:\n> Sehr geehrter Herr Wendt,\n"
	checkVisible(t, []bodyCase{
		{"reference line", text + "\n\n[Ticket#2026111810000431]" + history, text},
		{"a sentence naming it", text + "\n\nUnsere Nummer ist [Ticket#2026111810000431]." + history, text + "\n\nUnsere Nummer ist [Ticket#2026111810000431]."},
	})
}

// TestStatusActivityEndsComment: Jira Service Management lists a change
// of status after the comment as an entry of its own, "Marie Vogt hat
// den Status in „Warten auf Anbieter“ geändert." (replies/stranger56):
// it is activity, no one's words, and ends the comment. A sentence of
// the comment that tells of a change it made stays.
func TestStatusActivityEndsComment(t *testing.T) {
	const footer = "\n\nAnfrage anzeigen · Benachrichtigungen für diese Anfrage deaktivieren\n\nHelp Center, unterstützt von Jira Service Management, hat Ihnen diese Nachricht gesendet.\n"
	const head = "—-—-—-—\n\nAntworten Sie oberhalb dieser Zeile.\n\nFelix Braun hat einen Kommentar hinzugefügt:\n\n"
	const comment = "Hallo zusammen,\n\nin der CSV-Datei fehlen die Spalten „Kostenstelle“ und „Projektnummer“.\n\nViele Grüße\nFelix"
	checkVisible(t, []bodyCase{
		{"German", head + comment + "\n\nMarie Vogt hat den Status in „Warten auf Anbieter“ geändert." + footer, comment},
		{"English", head + comment + "\n\nMarie Vogt changed the status to Waiting for vendor." + footer, comment},
		{"the writer's own change", head + "Hallo zusammen,\n\nWe changed the status to Waiting for vendor.\n\nViele Grüße\nFelix" + footer,
			"Hallo zusammen,\n\nWe changed the status to Waiting for vendor.\n\nViele Grüße\nFelix"},
		{"the writer's own sentence", head + "Hallo zusammen,\n\nich habe den Export neu gestartet\nund Marie Vogt hat den Status auf „Offen“ geändert.\n\nViele Grüße\nFelix" + footer,
			"Hallo zusammen,\n\nich habe den Export neu gestartet\nund Marie Vogt hat den Status auf „Offen“ geändert.\n\nViele Grüße\nFelix"},
	})
}

// TestReferenceMarkNotice: Korean and Japanese notices open with the
// reference mark "※" ("※ 본 메일은 수신자만을 위한 정보를 …",
// replies/stranger56); the notice is read behind it, by the Korean words
// of recipients and of mail received in error. The writer's own "※"
// note stays.
func TestReferenceMarkNotice(t *testing.T) {
	const text = "안녕하세요.\n\n요청하신 서버 로그를 보내드립니다.\n\n감사합니다.\n\n정하은 / 인프라팀 대리\n한결물산(주)"
	const history = "\n\n-----Original Message-----\nFrom: \"Acme Support\"<support@acme.example>\nSent: 2026-11-20 (금) 09:30:12 (GMT+09:00)\nSubject: [Ticket #48397] API 응답 지연\n\n안녕하세요.\n"
	checkVisible(t, []bodyCase{
		{"Korean", text + "\n\n※ 본 메일은 수신자만을 위한 정보를 담고 있으며, 무단 복제 및 배포를 금합니다. 잘못 수신하신 경우 즉시 삭제해 주시기 바랍니다." + history, text},
		{"Japanese", "田中様\n\nログを添付いたします。\n\n小林\n\n※本メールは機密情報を含みます。誤って受信された場合は削除してください。" + history, "田中様\n\nログを添付いたします。\n\n小林"},
		{"the writer's note", text + "\n\n※ 로그는 11월 19일 오후 분량입니다." + history, text + "\n\n※ 로그는 11월 19일 오후 분량입니다."},
	})
}

// TestSpaceFilledBlankLines: GMX and web.de write the blank lines of a
// plain part as a single space (replies/stranger56); a blank line is
// written empty, whatever white space it held.
func TestSpaceFilledBlankLines(t *testing.T) {
	body := "Bonjour Madame Dubois,\n \nMerci pour votre réponse.\n\t\nCordialement,\nHélène Roussel\n \n \n\nEnvoyé: lundi 23 novembre 2026 à 14:12\nDe: \"Acme Support\" <support@acme.example>\nÀ: helene@gmx.example\nObjet: [Ticket #48410] Installation\n\nBonjour,\n"
	const want = "Bonjour Madame Dubois,\n\nMerci pour votre réponse.\n\nCordialement,\nHélène Roussel"
	if got := VisibleText(body); got != want {
		t.Errorf("got:\n%q\nwant:\n%q", got, want)
	}
}

// TestRegisterNumberOpensNotice: a register paragraph that runs into the
// confidentiality notice below the signature, without a blank line, is
// read by its registration as the footer it opens (replies/stranger57):
// the Swiss VAT number in its UID form ("MWST-Nr. CHE-123.456.789 MWST"),
// the Dutch "is ingeschreven bij de KvK onder nummer …". The writer's own
// paragraph naming the register without a number stays.
func TestRegisterNumberOpensNotice(t *testing.T) {
	const de = "Grüezi Herr Wyss\n\nDie Daten sind heute angekommen.\n\nFreundliche Grüsse\n\nLea Frei\nAlpenmetall AG\nTel. +41 31 555 20 10"
	const nl = "Hoi Bram,\n\nDe facturen zijn binnen.\n\nMet vriendelijke groet,\n\nEls Peters\nBloemhof B.V."
	const history = "\n\nVon: Acme Support <support@acme.example>\nGesendet: Montag, 2. November 2026 09:12\nAn: Lea Frei\nBetreff: Daten\n\nGuten Tag\n"
	checkVisible(t, []bodyCase{
		{"Swiss UID", de + "\n\nMWST-Nr. CHE-987.654.321 MWST\nDiese E-Mail ist vertraulich und nur für den angegebenen Empfänger bestimmt." + history, de},
		{"Swiss UID without hyphen", de + "\n\nUID: CHE 987.654.321\nDiese E-Mail ist vertraulich und nur für den angegebenen Empfänger bestimmt." + history, de},
		{"Dutch registration", nl + "\n\nBloemhof B.V. is ingeschreven bij de KvK onder nummer 61234567. BTW NL861234567B01.\nDit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\nDenk aan het milieu voordat u deze e-mail print." + history, nl},
		{"the writer's sentence on the register", nl + "\n\nOns bedrijf is ingeschreven bij de KvK, het uittreksel zit in de bijlage.\n",
			nl + "\n\nOns bedrijf is ingeschreven bij de KvK, het uittreksel zit in de bijlage."},
	})
}

// TestNoticeAboveInlineAnswers: a register paragraph or notice between
// the signature and Outlook's header block of the mail the writer
// answered inline, as announced above, goes; the answers typed into that
// mail stay (replies/stranger57: "Org.nr … · Styrelsens säte: …"). A
// notice above history that holds no answers still ends the text there.
func TestNoticeAboveInlineAnswers(t *testing.T) {
	const sv = "Hej Olle,\n\nmina svar står nedan i blått.\n\nHälsningar\nMaja\n\nMaja Berg\nEkonomichef"
	const en = "Hi Tom,\n\nMy answers are inline below.\n\nThanks,\nRuth"
	const mail = "\n\nFrom: Acme Support <support@acme.example>\nSent: Wednesday, December 9, 2026 09:30\nTo: Maja Berg <maja@berg.example>\nSubject: Questions\n\nHi,\n\n1. Did all invoices arrive?\nYes, all 212.\n\n2. Any duplicates?\nNo.\n\nRegards,\nAcme Support\n"
	const answers = "\n\nHi,\n\n1. Did all invoices arrive?\nYes, all 212.\n\n2. Any duplicates?\nNo.\n\nRegards,\nAcme Support"
	checkVisible(t, []bodyCase{
		{"Swedish register paragraph", sv + "\n\nBerg Handel AB · Org.nr 556123-4567 · Styrelsens säte: Malmö" + mail, sv + answers},
		{"notice", en + "\n\nCONFIDENTIALITY NOTICE: This e-mail is confidential and intended only for the addressee." + mail, en + answers},
		{"notice, no answers announced", "Hi Tom,\n\nSee the mail below.\n\nRuth\n\nCONFIDENTIALITY NOTICE: This e-mail is confidential and intended only for the addressee." + mail, "Hi Tom,\n\nSee the mail below.\n\nRuth"},
	})
}

// TestArrowTypedInAnnouncement: answers typed into Outlook's mail below
// its header block, announced with the arrow typed where the writer's
// language puts the verb after it ("mit --> gekennzeichnet",
// replies/stranger57): the lines the arrow opens are the answers.
func TestArrowTypedInAnnouncement(t *testing.T) {
	const header = "\n\n________________________________\nVon: Acme Support <support@acme.example>\nGesendet: Donnerstag, 10. Dezember 2026 11:00\nAn: Jana Roth <jana@roth.example>\nBetreff: Fragen\n\nHallo Frau Roth,\n\n1. Seit wann?\n--> Seit Montag.\n\n2. Welche Standorte?\n--> Nur Bremen.\n\nViele Grüße\nAcme Support\n"
	checkVisible(t, []bodyCase{
		{"German", "Hallo,\n\nMeine Antworten stehen im Text, mit --> gekennzeichnet.\n\nJana Roth" + header,
			"Hallo,\n\nMeine Antworten stehen im Text, mit --> gekennzeichnet.\n\nJana Roth\n\n--> Seit Montag.\n\n--> Nur Bremen."},
		{"Dutch", "Hallo,\n\nMijn antwoorden staan hieronder, met --> ervoor.\n\nJana Roth" + header,
			"Hallo,\n\nMijn antwoorden staan hieronder, met --> ervoor.\n\nJana Roth\n\n--> Seit Montag.\n\n--> Nur Bremen."},
	})
}

// TestInitialsBeforeSpacedColon: French typography puts a space, often a
// no-break one, before the colon after the initials that open a writer's
// inline answers, "JD : Oui" (replies/stranger57); they are the mark as
// "JD: Oui" is. "RE :" is no one's initials.
func TestInitialsBeforeSpacedColon(t *testing.T) {
	const top = "Bonjour Claire,\n\nRéponses ci-dessous.\n\nJulien"
	const mail = "\n\nDe : Acme Support <support@acme.example>\nDate : jeudi, 10 décembre 2026 à 14:20\nÀ : Julien <julien@durand.example>\nObjet : Questions\n\nBonjour,\n\n- Combien de statuts manquaient ?\n%s 1 412 statuts.\n\n- Les avez-vous reçus ?\n%s Oui, mardi.\n\nMerci,\nClaire\n"
	for _, mark := range []string{"JD :", "JD\u00a0:", "JD\u202f:"} {
		checkVisible(t, []bodyCase{{mark, top + fmt.Sprintf(mail, mark, mark), top + "\n\n" + mark + " 1 412 statuts.\n\n" + mark + " Oui, mardi."}})
	}
	checkVisible(t, []bodyCase{{"RE :", top + fmt.Sprintf(mail, "RE :", "RE :"),
		top + "\n\nBonjour,\n\n- Combien de statuts manquaient ?\nRE : 1 412 statuts.\n\n- Les avez-vous reçus ?\nRE : Oui, mardi.\n\nMerci,\nClaire"}})
}

// TestNordicAndWelshNotices: Nordic notices open with what the mail holds,
// "Informationen i detta e-postmeddelande är konfidentiell …", and a
// Welsh one with the mail itself, "Mae'r e-bost hwn … yn gyfrinachol"
// (replies/stranger58, in a forwarded mail above its own history and
// above a reply's Outlook header block). The writer's sentence about the
// information in a mail stays.
func TestNordicAndWelshNotices(t *testing.T) {
	const text = "Hej Oskar,\n\nsaldot stämmer inte.\n\nHälsningar\nElin"
	const history = "\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, January 11, 2027 16:40\nTo: Elin <elin@kvarnby.example>\nSubject: Saldo\n\nHej Elin,\n"
	checkVisible(t, []bodyCase{
		{"Swedish", text + "\n\nInformationen i detta e-postmeddelande är konfidentiell och avsedd endast för mottagaren. Om du har fått det av misstag, meddela avsändaren." + history, text},
		{"Danish", text + "\n\nIndholdet af denne e-mail er fortroligt og kun beregnet til modtageren." + history, text},
		{"Welsh and English, then the register line", text + "\n\nMae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol. This email and any attachments are confidential.\nTaf Freight Ltd. Cofrestrwyd yng Nghymru a Lloegr rhif 08812345 / Registered in England and Wales no. 08812345." + history, text},
		{"the writer's sentence", "Hej Oskar,\n\nInformationen i detta e-postmeddelande gäller lager B.\n\nElin" + history, "Hej Oskar,\n\nInformationen i detta e-postmeddelande gäller lager B.\n\nElin"},
	})
}

// TestTicketSubjectPlea: a customer's help desk puts the ticket's number
// and a plea to keep it in the subject on a line of its own under the
// agent's signature and notice, "Ticket #48817 | Please keep the ticket
// number in the subject line when you reply." (replies/stranger58): the
// tool's. A writer who asks the same without the tool's number stays.
func TestTicketSubjectPlea(t *testing.T) {
	const text = "Hi Rhys,\n\nThe CNAME is in place.\n\nThank you,\nRosa Delgado"
	const notice = "\n\nCONFIDENTIALITY NOTICE: This message is intended only for the addressee and may contain information that is privileged or confidential."
	const history = "\n\nOn Thu, 7 Jan at 2:41 PM , Acme Support <support@acme.example> wrote:\nHi Rosa,\n"
	checkVisible(t, []bodyCase{
		{"below the notice", text + notice + "\n\nTicket #48817 | Please keep the ticket number in the subject line when you reply." + history, text},
		{"alone", text + "\n\n[#4412] Do not remove the reference from the subject." + history, text},
		{"the writer's plea", "Hi Rhys,\n\nPlease keep the ticket number in the subject line when you reply.\n\nRosa" + history, "Hi Rhys,\n\nPlease keep the ticket number in the subject line when you reply.\n\nRosa"},
	})
}

// TestClientSignatureOnly: Outlook puts the sender's signature above the
// mail answered as Reply is pressed; a reply sent without a word typed is
// that signature over the history, and has no new text
// (replies/stranger58). A short message typed above or in it stays.
func TestClientSignatureOnly(t *testing.T) {
	const sig = "Sarah Bennett\nFinance Assistant\nHarrow & Vale Logistics Ltd\nT: +44 1632 960 150\nwww.harrowvale.example"
	const history = "\r\n\r\nFrom: Acme Support <support@acme.example>\r\nSent: 14 January 2027 09:40\r\nTo: Sarah Bennett <s.bennett@harrowvale.example>\r\nSubject: Report\r\n\r\nHello Sarah,\r\nthe report is ready.\r\n"
	mail := func(body string) string {
		return "From: Sarah Bennett <s.bennett@harrowvale.example>\r\nTo: support@acme.example\r\nSubject: RE: Report\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" +
			strings.ReplaceAll(body, "\n", "\r\n") + history
	}
	for _, tt := range []struct {
		name, body, want string
	}{
		{"the signature alone", "\n\n" + sig, ""},
		{"with its notice", "\n\n" + sig + "\n\nThis email and any attachments are confidential and intended solely for the addressee.", ""},
		{"a sign-off", "Thanks,\n" + sig, "Thanks,\n" + sig},
		{"a word", "Approved.\n\n" + sig, "Approved.\n\n" + sig},
		{"a first name", "Sarah", "Sarah"},
		{"a line below the name", "Sarah Bennett\nyes please, book it", "Sarah Bennett\nyes please, book it"},
		{"an agent's command", "Sarah Bennett\n#status resolved", "Sarah Bennett\n#status resolved"},
	} {
		m, err := Parse([]byte(mail(tt.body)), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if m.Visible != tt.want || m.QuotedOnly != (tt.want == "") {
			t.Errorf("%s: Visible = %q (quoted only %v), want %q", tt.name, m.Visible, m.QuotedOnly, tt.want)
		}
	}
	// Without history it is a mail of its own (an attachment sent with
	// the signature alone), not a reply sent empty.
	if m, err := Parse([]byte("From: Sarah Bennett <s@h.example>\r\nSubject: Invoice\r\n\r\n"+strings.ReplaceAll(sig, "\n", "\r\n")+"\r\n"), ParseOptions{}); err != nil || m.Visible == "" || m.QuotedOnly {
		t.Errorf("no history: Visible = %q (quoted only %v), err %v", m.Visible, m.QuotedOnly, err)
	}
}

// TestRegisterLineFooter: a legal footer's register line, two
// registration, tax or capital fields or more after the company's name
// ("… SRL | CUI RO12345678 | J40/1234/2015 | Capital social …", "ΑΦΜ: … |
// Αρ. ΓΕΜΗ: …", "VAT IT… – REA SA-… – Share capital € …"), opens the
// footer as a paragraph of its own above the notice or as the notice's
// first line (replies/stranger59), and the Turkish register is named
// "Ticaret Sicili" as often as "Ticaret Sicil". Such a line inside the
// signature's block stays with the signature, and a writer's own
// numbers stay: in a sentence, or alone with no notice beside them.
func TestRegisterLineFooter(t *testing.T) {
	const text = "Hello Sophie,\n\nthe new key works.\n\nBest regards,\nRadu Georgescu\nTransilvania SRL\nTel.: +40 264 405 123"
	const notice = "\n\nThis message and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete it."
	const history = "\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, March 24, 2025 12:15\nTo: Radu Georgescu <radu@transilvania.example>\nSubject: Key\n\nHello Radu,\n"
	checkVisible(t, []bodyCase{
		{"a Greek register paragraph above the notice", text + "\n\nΑΦΜ: 099887766 | ΔΟΥ: ΦΑΕ Αθηνών | Αρ. ΓΕΜΗ: 123456701000\n\nΑΠΟΠΟΙΗΣΗ ΕΥΘΥΝΗΣ: Το παρόν μήνυμα είναι εμπιστευτικό." + history, text},
		{"a Romanian register line over the notice", text + "\n\nTransilvania SRL | CUI RO34567890 | Nr. Reg. Com. J12/789/2012 | Capital social: 45.000 lei" + strings.TrimPrefix(notice, "\n") + history, text},
		{"the trade register's number alone", text + "\n\nCarpați Logistic SRL | CUI RO12345678 | J40/1234/2015" + strings.TrimPrefix(notice, "\n") + history, text},
		{"an Italian register line in English", text + "\n\nPastificio Conti S.r.l. – VAT IT04567890651 – REA SA-376543 – Share capital € 100.000 fully paid\nCONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient." + history, text},
		{"Ticaret Sicili", text + "\n\nEge Seramik A.Ş. İstanbul Ticaret Sicili'ne 456789 numara ile kayıtlıdır." + history, text},
		{"inside the signature's block", text + "\nIČO: 27182818, DIČ: CZ27182818" + notice + history, text + "\nIČO: 27182818, DIČ: CZ27182818"},
		{"the writer's sentence", text + "\n\nPlease put these on the invoice: NIP 657-123-45-67, REGON 291234567" + notice + history, text + "\n\nPlease put these on the invoice: NIP 657-123-45-67, REGON 291234567"},
		{"the writer's numbers alone", text + "\n\nIČO: 27182818, DIČ: CZ27182818" + history, text + "\n\nIČO: 27182818, DIČ: CZ27182818"},
	})
}

// TestTicketTitleWithSubject: a customer's help desk may name the
// ticket by its number and its subject in quotation marks, "Ticket #7719
// "Order sync fails at night" has been updated." (replies/stranger59,
// Freshdesk's way): that is its title line, and the comment below it is
// kept without the ticket's fields, the older conversation and the
// footer. A person who writes such a line, with no tool's footer below,
// keeps it.
func TestTicketTitleWithSubject(t *testing.T) {
	const comment = "Hi Acme team,\n\nThe nightly sync ran without errors twice.\n\nRegards,\nMatteo Ferraro\nIT Helpdesk"
	checkVisible(t, []bodyCase{
		{"the tool's title", "Ticket #7719 \"Order sync fails at night\" has been updated.\n\n" + comment +
			"\n\nStatus: Pending | Priority: Medium | Group: Integrations\nView ticket: https://helpdesk.colli.example/helpdesk/tickets/7719\n\n---- Previous conversation ----\n\n" +
			"On Fri, 21 Mar at 6:02 PM, Acme Support <support@acme.example> wrote:\n\nHi Matteo,\n\nPlease raise the timeout.\n\nThis email is a service from Colli IT Helpdesk. Please do not change the subject line when replying.\n[FD-7719-3a9c41e0]\n", comment},
		{"a person's line", "Ticket #7719 \"Order sync fails at night\" has been updated.\n\n" + comment, "Ticket #7719 \"Order sync fails at night\" has been updated.\n\n" + comment},
	})
}

// TestSignatureOnlyAddressed: a reply whose text is only the signature
// Outlook put above the mail answered, opened by the name that mail was
// sent to ("Para: Felipe Araya Soto <…>"), has no new text, also where
// the body is all there is to go by (replies/stranger59: a .txt case, no
// From). A word typed stays, and so does another person's signature.
func TestSignatureOnlyAddressed(t *testing.T) {
	const sig = "Felipe Araya Soto\nJefe de Operaciones TI\nViña Los Robles SpA\n+56 2 2345 6789 | www.vinalosrobles.example"
	const block = "De: Soporte Acme <support@acme.example>\nEnviado el: lunes, 24 de marzo de 2025 17:02\nPara: Felipe Araya Soto <faraya@vinalosrobles.example>\nAsunto: [ESC-3233] Cierre del ticket\n\nHola Felipe:\n\nCerraremos el ticket.\n\nSaludos,\nMartín Acosta\n"
	checkVisible(t, []bodyCase{
		{"the signature alone", "\n\n" + sig + "\n\n" + block, ""},
		{"below Original Message", "\n\n" + sig + "\n\n-----Original Message-----\n" + block, ""},
		{"a word typed", "De acuerdo, pueden cerrarlo.\n\n" + sig + "\n\n" + block, "De acuerdo, pueden cerrarlo.\n\n" + sig},
		{"another person's signature", "\n\nCarla Pérez Núñez\nAnalista TI\nViña Los Robles SpA\n\n" + block, "Carla Pérez Núñez\nAnalista TI\nViña Los Robles SpA"},
	})
	if v := visibleText("\n\n"+sig+"\n\n"+block, false); !v.quotedOnly {
		t.Errorf("the signature alone: quoted only = false, want true")
	}
}

// TestAttributionAfterSentence: the writer's last sentence and an
// attribution that opens without one of the lead words textThenLead
// knows, on one line over a quote, are split at the sentence's end
// (replies/stranger84's Serbian Gmail app and Bulgarian webmail, whose
// "Хвала!" and "Добре, ще изчакаме до петък." were lost with the
// attribution).
func TestAttributionAfterSentence(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Пробао сам поново. Хвала! уто, 4. нов 2026. у 12:41 Acme Support <support@acme.example> је написао/ла:\n\n> Поштовани,\n> молимо Вас.\n", "Пробао сам поново. Хвала!"},
		{"Добре, ще изчакаме до петък. На 11.11.2026 г. в 15:22 ч. Acme Support написа:\n> Здравейте,\n> корекцията.\n\nХристо Стоянов\n", "Добре, ще изчакаме до петък.\n\nХристо Стоянов"},
		{"Dziękuję, działa. 4.11.2026 o 12:41 Acme Support <support@acme.example> napisał(a):\n> Dzień dobry,\n", "Dziękuję, działa."},
		// a sentence ended by a number with its case ending, and an
		// attribution opening with a day before its month's name
		// (inflectedNumberEnd, dateOpening: stranger85's 36, lost before)
		{"Tamam, onaylıyorum, yükleme yarın 08:00'de. 19 Kas 2026 Per 16:47 tarihinde Acme Support <support@acme.example> şunu yazdı:\n>Merhaba,\n", "Tamam, onaylıyorum, yükleme yarın 08:00'de."},
		{"Rendben, a szállítás 2026-ban. 19 nov 2026, 16:47 Acme Support <support@acme.example> ezt írta:\n> Kedves Ügyfél,\n", "Rendben, a szállítás 2026-ban."},
	} {
		if got := strings.TrimSpace(visibleText(c.body, false).text); got != c.want {
			t.Errorf("visibleText(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}

// TestAttributionAfterSentenceNotText: the writer's own lines of that
// shape are not split: with no quote below the line, or where what
// follows the sentence does not open as an attribution does.
func TestAttributionAfterSentenceNotText(t *testing.T) {
	for _, l := range []string{
		// no quote below: the writer's own sentence about a date
		"Добре. На 11.11.2026 г. в 15:22 ч. Acme Support написа:\n- корекцията на ДДС\n- фактурите\n",
		// the rest after the sentence opens with neither a lead word nor a date
		"Hvala. Kao što je Acme Support 4.11.2026. u 12:41 <support@acme.example> napisao:\n> Poštovani,\n",
		// attributions from their start: a date's abbreviations and
		// numbers end no sentence
		"вт, 4 мар. 2025 г. в 14:20, Ольга <olga@acme.example>:\n> Здравствуйте,\n",
		"Þann 3. nóv. 2026 kl. 10:00 skrifaði Acme Support <support@acme.example>:\n> Halló,\n",
		"2025 m. lapkričio 4 d. 10:00 Acme Support <support@acme.example> rašė:\n> Sveiki,\n",
		// a number with a case ending inside the attribution, and a day
		// before its month's name opening it: one from its start
		"19 Kas 2026 Per 16:47'de Acme Support <support@acme.example> şunu yazdı:\n> Merhaba,\n",
		// a quoted attribution
		"> Den 5. nov. 2026 kl. 10.00 skrev Acme Support <support@acme.example>:\n>> Hej,\n",
	} {
		lines := splitLines(l)
		first := lines[0]
		if at := attributionAfterSentence(first); at >= 0 && quoteBelow(lines, 0) {
			t.Errorf("attributionAfterSentence(%q) = %d, want -1", first, at)
		}
		if got := splitAttributions(lines); len(got) != len(lines) {
			t.Errorf("splitAttributions(%q) split the writer's line: %q", l, got)
		}
	}
}

// TestBidiWrappedAttributionStart: Gmail's attribution in Hebrew, wrapped
// at the "<" of its address with a bidi control after it, starts below
// the blank line over it; the signature's phone above that blank is the
// writer's (stranger85's 07, lost before: ownStart read the pieces with
// their controls). The same attribution without controls, and one in
// English, are read as before.
func TestBidiWrappedAttributionStart(t *testing.T) {
	const quote = "\r\n\r\n> שלום יואב,\r\n>\r\n"
	for _, c := range []struct{ body, want string }{
		{"תודה,\r\nיואב כהן\r\n054-5551234\r\n\r\n\u202bבתאריך יום ג׳, 10 בנוב׳ 2026 ב-14:05 מאת \u202aAcme Support\u202c\u200f <\u202a\r\nsupport@acme.example\u202c\u200f>:\u202c" + quote, "תודה,\nיואב כהן\n054-5551234"},
		{"תודה,\r\nיואב כהן\r\n054-5551234\r\n\r\nבתאריך יום ג׳, 10 בנוב׳ 2026 ב-14:05 מאת Acme Support <\r\nsupport@acme.example>:" + quote, "תודה,\nיואב כהן\n054-5551234"},
		{"Thanks,\r\nJohn\r\n054-5551234\r\n\r\nOn Tue, 10 Nov 2026 at 14:05 Acme Support <\r\nsupport@acme.example> wrote:" + quote, "Thanks,\nJohn\n054-5551234"},
	} {
		if got := strings.TrimSpace(visibleText(c.body, false).text); got != c.want {
			t.Errorf("visibleText(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}
