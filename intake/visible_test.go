package intake

import (
	"strings"
	"testing"
)

func TestVisibleText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Hello\n\nThe server is down.\n", "Hello\n\nThe server is down."},
		{"crlf", "Hello\r\nworld\r\n", "Hello\nworld"},
		{"gmail", "Fixed.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Ann <ann@example.org> wrote:\n> Is it fixed?\n", "Fixed."},
		{"gmail wrapped", "Fixed.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Ann Example <\nann@example.org> wrote:\n\n> Is it fixed?\n", "Fixed."},
		{"header over three lines", "New reply.\n\nOn Nov 21, 2014,\nat 10:18,\nJohn Doe <john@example.com> wrote:\n\n> Ok.\n", "New reply."},
		{"numbers above a header", "Run:\n\n     telnet 127.0.0.1 52698\n\nThis should connect. If that\nfails, the tunnel is down.\n\nOn 9 Jan 2014, at 2:47, George wrote:\n\n> Port forwarding stopped.\n",
			"Run:\n\n     telnet 127.0.0.1 52698\n\nThis should connect. If that\nfails, the tunnel is down."},
		{"separator inside the reply", "Hi Bob,\n\nPart one.\n\n____________________\n\nPart two.\n\nRegards,\nAnn\n\nOn May 2, 2026, Bob wrote:\n> Old text.\n",
			"Hi Bob,\n\nPart one.\n\n____________________\n\nPart two.\n\nRegards,\nAnn"},
		{"lone bullets before a signature", "List:\n\n-\nOne.\n*\nTwo.\n\n--\nAnn\n", "List:\n\n-\nOne.\n*\nTwo."},
		{"answer below a selected quote", "Hallo Bob,\n\nAm 13.05.2026 um 09:05 schrieb Bob Beispiel:\n> Die Frage.\n\nDie Antwort.\n\nGrüße\nAnn\n",
			"Hallo Bob,\n\nDie Antwort.\n\nGrüße\nAnn"},
		{"german", "Erledigt.\n\nAm 05.01.2026 um 10:00 schrieb Anna <anna@example.de>:\n> Geht es?\n", "Erledigt."},
		{"german google", "Erledigt.\n\nAnna <anna@example.de> schrieb am Mo., 5. Jan. 2026, 10:00:\n> Geht es?\n", "Erledigt."},
		{"french nbsp", "C'est fait.\n\nLe lun. 5 janv. 2026 à 10:00, Anne <anne@example.fr> a écrit\u00a0:\n> Ça marche ?\n", "C'est fait."},
		{"spanish", "Listo.\n\nEl lun, 5 ene 2026 a las 10:00, Ana (<ana@example.es>) escribió:\n> ¿Funciona?\n", "Listo."},
		{"russian gmail", "Готово.\n\nпн, 5 янв. 2026 г. в 10:00, Анна <anna@example.ru>:\n\nРаботает?\n", "Готово."},
		{"outlook block", "Done.\n\n________________________________\nFrom: Ann <ann@example.org>\nSent: Monday, January 5, 2026 10:00 AM\nTo: Support <support@example.com>\nSubject: Server down\n\nIs it fixed?\n", "Done."},
		{"outlook german block", "Erledigt.\n\nVon: Anna <anna@example.de>\nGesendet: Montag, 5. Januar 2026 10:00\nAn: Support <support@example.com>\nBetreff: Server\n\nGeht es?\n", "Erledigt."},
		{"original message", "Done.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\n\nIs it fixed?", "Done."},
		{"signature", "Done.\n\n-- \nAnn Example\nACME Corp\n", "Done."},
		{"mobile signature", "Done.\n\nSent from my iPhone\n\nOn 5 Jan 2026, at 10:00, Ann <ann@example.org> wrote:\n> Is it fixed?", "Done."},
		{"mobile signature japanese", "了解です。\n\niPhoneから送信\n", "了解です。"},
		{"mobile signature korean", "확인했습니다.\n\niPhone에서 보냄\n", "확인했습니다."},
		{"mobile signature chinese", "好的。\n\n从我的iPhone发送\n", "好的。"},
		{"mobile signature czech", "Díky.\n\nOdesláno z iPhonu\n", "Díky."},
		{"sent in prose japanese", "資料です。\n\n本社から送信\n\n確認してください。", "資料です。\n\n本社から送信\n\n確認してください。"},
		{"mobile signature turkish", "Tamam.\n\niPhone'umdan gönderildi\n", "Tamam."},
		{"mobile signature italian", "Grazie.\n\nInviato da iPhone\n", "Grazie."},
		{"mobile signature spanish", "Gracias.\n\nEnviado desde mi iPhone\n", "Gracias."},
		{"mobile signature french", "Merci.\n\nEnvoyé de mon iPhone\n", "Merci."},
		{"mobile signature dutch", "Bedankt.\n\nVerstuurd vanaf mijn iPhone\n", "Bedankt."},
		{"mobile signature swedish", "Tack.\n\nSkickat från min iPhone\n", "Tack."},
		{"mobile signature polish", "Dzięki.\n\nWysłane z iPhone'a\n", "Dzięki."},
		{"mobile signature russian", "Спасибо.\n\nОтправлено с iPhone\n", "Спасибо."},
		{"sent in prose italian", "Ciao.\n\nInviato da Mario il file ieri.\n\nGrazie.", "Ciao.\n\nInviato da Mario il file ieri.\n\nGrazie."},
		{"sent in prose german", "Hallo.\n\nGesendet von der Zentrale am Montag.\n\nDanke.", "Hallo.\n\nGesendet von der Zentrale am Montag.\n\nDanke."},
		{"mobile signature german", "Erledigt.\n\nVon meinem iPhone gesendet\n", "Erledigt."},
		{"outlook mobile", "Done.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n", "Done."},
		{"inline reply", "See below.\n\nOn 5 Jan 2026, Ann <ann@example.org> wrote:\n> Is A fixed?\n\nYes.\n\n> And B?\n\nNo.\n", "See below.\n\nYes.\n\nNo."},
		{"reply below quote", "On 5 Jan 2026, Ann <ann@example.org> wrote:\n> Is it fixed?\n\nYes it is.\n", "Yes it is."},
		{"bare forward", "---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\nDate: Mon, 5 Jan 2026\nSubject: Server\nTo: Bob <bob@example.org>\n\nThe server is down.\n", "The server is down."},
		{"forward with comment", "Please look at this.\n\n---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\nDate: Mon, 5 Jan 2026\n\nThe server is down.\n", "Please look at this."},
		{"only a quote", "> Is it fixed?\n", ""},
		{"empty reply", "Sent from my iPhone\n\nOn 5 Jan 2026, at 10:00, Ann <ann@example.org> wrote:\n> Is it fixed?\n", ""},
		{"list footer", "Question?\n\n_______________________________________________\nusers mailing list\nusers@lists.example.org\n", "Question?"},
		// Prose that looks like history must stay.
		{"on in prose", "On the other hand, it works.\nOn average it is fast.", "On the other hand, it works.\nOn average it is fast."},
		{"sent from in prose", "Hello\n\nSent from my desk, is much easier then my mobile phone.", "Hello\n\nSent from my desk, is much easier then my mobile phone."},
		{"sent via in prose", "Hello\n\nSent via the web form on 5 Jan 2026 but nobody answered.", "Hello\n\nSent via the web form on 5 Jan 2026 but nobody answered."},
		{"dash in line", "A fix -- not a signature.\n\nthanks", "A fix -- not a signature.\n\nthanks"},
		{"from in prose", "The data comes From: our database, not From: elsewhere.\nMore text.", "The data comes From: our database, not From: elsewhere.\nMore text."},
		{"markdown rules", "Points:\n----\n1. one\n\n----\n\nEnd.", "Points:\n----\n1. one\n\n----\n\nEnd."},
		{"empty", "", ""},
		{"citation above an attribution stays", "Your status page says:\n> All systems operational\nbut we still see errors.\n\nOn Tue, Mar 3, 2026 at 10:07 AM Dana <dana@acme.example> wrote:\n> Fixed.\n",
			"Your status page says:\n> All systems operational\nbut we still see errors."},
		{"raw header copy", "Why was this refused?\n\nReceived: from mx.example.org (mx [192.0.2.1])\n\tby mx2.example.org; Tue, 3 Mar 2026 09:12:44 +0100\nMessage-ID: <1@example.org>\nContent-Type: text/plain\n\nold", "Why was this refused?"},
		{"citation without attribution stays", "Your docs say:\n> The API returns 200\nbut it returns 500.", "Your docs say:\n> The API returns 200\nbut it returns 500."},
		{"french notice", "Merci.\n\nAnne\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention\nexclusive de ses destinataires.\n", "Merci.\n\nAnne"},
		{"spanish notice", "Gracias.\n\nEste mensaje es confidencial. Si usted no es el destinatario, bórrelo.\n", "Gracias."},
		{"notice words in prose", "Hello,\n\nThis email is intended for the on-call engineer: please call me.\n", "Hello,\n\nThis email is intended for the on-call engineer: please call me."},
		{"notice in the middle stays", "Our legal team says:\n\nThis message is confidential.\n\nWhy does your system print that on every invoice?\n",
			"Our legal team says:\n\nThis message is confidential.\n\nWhy does your system print that on every invoice?"},
		{"two notices", "Done.\n\nThis e-mail is confidential.\n\nDiese E-Mail ist vertraulich.\n", "Done."},
		{"header block over a quote only", "From: a\nSent: b\nTo: c\nSubject: d\n\n> quoted\n", ""},
		{"answer below two quotes", "On 5 Jan 2026, Ann <ann@example.org> wrote:\n> q\nOn 4 Jan 2026, Bob <bob@example.org> wrote:\n>> q2\n\nThe answer.\n", "The answer."},
		// Shapes of issue 13.
		{"header block starting with To", "Fine.\n\nTo: support@acme.example\nFrom: Ann <ann@customer.example>\nSubject: x\nDate: Tue, 3 Mar 2026 09:12:44 +0100\n\nold", "Fine."},
		{"quoted link broken with spaces", "Thanks\n\n> Please see https://status.example.com/incidents/\n2026-03-03 for details\n> more\n", "Thanks"},
		{"reply on the attribution line", "Thanks On Tue, Mar 3, 2026 at 10:07 AM Dana Reyes <dana@acme.example> wrote:\n> old", "Thanks"},
		{"separator glued to From", "Done.\n\n-----Original Message-----From: Dana\nSent: Tuesday\nTo: Ann\nSubject: x\n\nold", "Done."},
		{"phone lines kept", "Call me.\n\nDana Reyes\n+1 (555) 010-0100\nTel: +49 (0)30 1234567\n", "Call me.\n\nDana Reyes\n+1 (555) 010-0100\nTel: +49 (0)30 1234567"},
		{"quoted-printable field values", "Done.\n\nFrom:=20Dana Reyes\nSent:=20Tuesday\nTo:=20Ann\nSubject:=20x\n\nold", "Done."},
		{"attribution wrapped before wrote", "Done.\n\nOn 3 March 2026 10:07, Dana Reyes\nwrote:\n\n> old", "Done."},
		{"prose with a lead word and a time", "On Monday at 15:00 we deploy.\nOk?", "On Monday at 15:00 we deploy.\nOk?"},
	}
	for _, tt := range tests {
		if got := VisibleText(tt.in); got != tt.want {
			t.Errorf("%s: VisibleText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestVisibleTextQuoteHeaders covers the quote headers of common clients
// in many languages, each below a one-line reply.
func TestVisibleTextQuoteHeaders(t *testing.T) {
	headers := []string{
		"On Mon, Jan 5, 2026 at 10:00 AM Ann <ann@example.org> wrote:",
		"On 05.01.26 10:00, Ann wrote:",
		"On Monday, January 5, 2026, 10:00:00 AM GMT+1, Ann <ann@example.org> wrote:",
		"Am 05.01.26 um 10:00 schrieb Ann:",
		"Ann <ann@example.de> schrieb am Mo., 5. Jan. 2026, 10:00:",
		"Le lun. 5 janv. 2026 à 10:00, Ann <ann@example.fr> a écrit :",
		"Le 05/01/2026 à 10:00, Ann a écrit\u00a0:",
		"El lun, 5 ene 2026 a las 10:00, Ann (<ann@example.es>) escribió:",
		"Il giorno lun 5 gen 2026 alle ore 10:00 Ann <ann@example.it> ha scritto:",
		"Em seg., 5 de jan. de 2026 às 10:00, Ann <ann@example.pt> escreveu:",
		"Op ma 5 jan. 2026 om 10:00 schreef Ann <ann@example.nl>:",
		"Den mån 5 jan. 2026 kl 10:00 skrev Ann <ann@example.se>:",
		"man. 5. jan. 2026 kl. 10:00 skrev Ann <ann@example.no>:",
		"pon., 5 sty 2026 o 10:00 Ann <ann@example.pl> napisał(a):",
		"po 5. 1. 2026 v 10:00 odesílatel Ann <ann@example.cz> napsal:",
		"ma 5.1.2026 klo 10.00 Ann (ann@example.fi) kirjoitti:",
		"пн, 5 янв. 2026 г. в 10:00, Ann <ann@example.ru>:",
		"5 січ. 2026 р. о 10:00 Ann <ann@example.ua> пише:",
		"Ann <ann@example.tr>, 5 Oca 2026 Pzt, 10:00 tarihinde şunu yazdı:",
		"Ann <ann@example.hu> ezt írta (időpont: 2026. jan. 5., H, 10:00):",
		"Στις Δευ 5 Ιαν 2026 στις 10:00, ο/η Ann <ann@example.gr> έγραψε:",
		"2026年1月5日(月) 10:00 Ann <ann@example.jp>:",
		"Ann <ann@example.cn> 于2026年1月5日周一 10:00写道：",
		"在 2026年1月5日周一 10:00，Ann<ann@example.cn> 写道：",
		"2026년 1월 5일 (월) 오전 10:00, Ann <ann@example.kr>님이 작성:",
		"-----Original Message-----",
		"-----Ursprüngliche Nachricht-----",
		"----- Mensaje original -----",
		"-------- Message d'origine --------",
		"Begin forwarded message:",
		"##- Please type your reply above this line -##",
	}
	for _, h := range headers {
		in := "Thanks, fixed.\n\n" + h + "\nThe old text.\n"
		if got := VisibleText(in); got != "Thanks, fixed." {
			t.Errorf("VisibleText(reply above %q) = %q, want %q", h, got, "Thanks, fixed.")
		}
	}
}

// TestVisibleTextHeaderBlocks covers Outlook's embedded header blocks.
func TestVisibleTextHeaderBlocks(t *testing.T) {
	blocks := []string{
		"From: Ann <ann@example.org>\nSent: Monday, January 5, 2026 10:00 AM\nTo: Support\nSubject: Server",
		"Von: Ann <ann@example.de>\nGesendet: Montag, 5. Januar 2026 10:00\nAn: Support\nBetreff: Server",
		"De\u00a0: Ann <ann@example.fr>\nEnvoyé\u00a0: lundi 5 janvier 2026 10:00\nÀ\u00a0: Support\nObjet\u00a0: Serveur",
		"De: Ann <ann@example.es>\nEnviado: lunes, 5 de enero de 2026 10:00\nPara: Support\nAsunto: Servidor",
		"Da: Ann <ann@example.it>\nInviato: lunedì 5 gennaio 2026 10:00\nA: Support\nOggetto: Server",
		"Van: Ann <ann@example.nl>\nVerzonden: maandag 5 januari 2026 10:00\nAan: Support\nOnderwerp: Server",
		"Från: Ann <ann@example.se>\nSkickat: den 5 januari 2026 10:00\nTill: Support\nÄmne: Server",
		"*From:* Ann <ann@example.org>\n*Sent:* Monday, January 5, 2026 10:00 AM\n*To:* Support",
		"发件人: Ann <ann@example.cn>\n发送时间: 2026年1月5日 10:00\n收件人: Support\n主题: 服务器",
		"Od: Ann <ann@example.cz>\nOdesláno: pondělí 5. ledna 2026 10:00\nKomu: Support\nPředmět: Server",
		"보낸 사람: Ann <ann@example.kr>\n보낸 날짜: 2026년 1월 5일 월요일 오전 10:00\n받는 사람: Support\n제목: 서버",
		"Από: Ann <ann@example.gr>\nΣτάλθηκε: Δευτέρα, 5 Ιανουαρίου 2026 10:00 πμ\nΠρος: Support\nΘέμα: Server",
		"De la: Ann <ann@example.ro>\nTrimis: luni, 5 ianuarie 2026 10:00\nCătre: Support\nSubiect: Server",
		"От: Ann <ann@example.ru>\nОтправлено: 5 января 2026 г. 10:00\nКому: Support\nТема: Сервер",
		"De: Ann <ann@example.br>\nEnviado: segunda-feira, 5 de janeiro de 2026 10:00\nPara: Support\nAssunto: Servidor",
		"מאת: Ann <ann@example.il>\nנשלח: יום שני 5 ינואר 2026 10:00\nאל: Support\nנושא: שרת",
		"Từ: Ann <ann@example.vn>\nĐã gửi: Thứ Hai, 5 tháng 1, 2026 10:00\nĐến: Support\nChủ đề: Máy chủ",
		"Nuo: Ann <ann@example.lt>\nIšsiųsta: 2026 m. sausio 5 d. 10:00\nKam: Support\nTema: Serveris",
	}
	for _, b := range blocks {
		in := "Thanks, fixed.\n\n" + b + "\n\nThe old text.\n"
		if got := VisibleText(in); got != "Thanks, fixed." {
			t.Errorf("VisibleText(reply above %q) = %q, want %q", b, got, "Thanks, fixed.")
		}
	}
}

// TestVisibleTextDecoratedSeparator: a client's "-----Original
// Message-----" in a language no list names is a separator when a header
// block follows it, and a decorated heading in the writer's text is not.
func TestVisibleTextDecoratedSeparator(t *testing.T) {
	for _, sep := range []string{"-----Izvorna poruka-----", "===== Alkuperäinen =====", "--- Oorspronkelijke mail ---"} {
		in := "Thanks, fixed at 10:15.\nStatus: closed\n\n" + sep + "\nFrom: Ann <ann@example.org>\nSent: Monday, January 5, 2026 10:00 AM\nTo: Support\nSubject: Server\n\nThe old text.\n"
		if got, want := VisibleText(in), "Thanks, fixed at 10:15.\nStatus: closed"; got != want {
			t.Errorf("VisibleText(reply above %q) = %q, want %q", sep, got, want)
		}
	}
	in := "Where we are:\n\n--- Timeline ---\n10:05 rolled back\n10:20 verified\n"
	if got, want := VisibleText(in), strings.TrimSpace(in); got != want {
		t.Errorf("VisibleText(heading in the text) = %q, want %q", got, want)
	}
}

// TestParseQuotedOnly: an Outlook reply sent without typing is only
// history (empty Visible, QuotedOnly), while the same layout under a
// forward's subject is the forwarded mail.
func TestParseQuotedOnly(t *testing.T) {
	const body = "\r\n________________________________\r\nFrom: Ann <ann@example.org>\r\n" +
		"Sent: Monday, January 5, 2026 10:00 AM\r\nTo: Support <support@example.com>\r\n" +
		"Subject: Server down\r\n\r\nThe server is down.\r\n"
	tests := []struct {
		subject, visible string
		quotedOnly       bool
	}{
		{"RE: Server down", "", true},
		{"FW: Server down", "The server is down.", false},
		{"WG: Server down", "The server is down.", false},
	}
	for _, tt := range tests {
		raw := "From: Bob <bob@example.org>\r\nSubject: " + tt.subject + "\r\n\r\n" + body
		m, err := Parse([]byte(raw), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if m.Visible != tt.visible || m.QuotedOnly != tt.quotedOnly {
			t.Errorf("Parse(%q).Visible, QuotedOnly = %q, %v, want %q, %v", tt.subject, m.Visible, m.QuotedOnly, tt.visible, tt.quotedOnly)
		}
	}
}

// TestVisibleTextCorporateMail: what a company's mail system adds around
// the writer's words is not theirs: an external-sender banner above the
// text, images written into the text part, the footer's registration and
// environment lines, links its security gateway rewrote.
func TestVisibleTextCorporateMail(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"banner", "CAUTION: This email originated from outside of the organization. Do not click links unless you recognize the sender.\n\nHi team,\nthe export fails.\n", "Hi team,\nthe export fails."},
		{"tag", "[EXTERNAL] Sender is outside Acme.\n\nHi team,\nthe export fails.\n", "Hi team,\nthe export fails."},
		{"first-contact tip", "You don't often get email from ann@example.org. Learn why this is important<https://aka.ms/LearnAboutSenderIdentification>\n\nHi,\nplease call me.\n", "Hi,\nplease call me."},
		{"a customer's first sentence", "Our external email gateway rejects your mails since 08:00.\n\nAnn\n", "Our external email gateway rejects your mails since 08:00.\n\nAnn"},
		{"a customer's warning", "WARNING: mail from outside the organization bounces since 08:00.\n\nAnn\n", "WARNING: mail from outside the organization bounces since 08:00.\n\nAnn"},
		{"banner above history only", "CAUTION: This email originated from outside of the organization. Do not click links.\n\nFrom: Ann <ann@example.org>\nSent: Monday, January 5, 2026 10:00 AM\nTo: Support\nSubject: Server\n\nold\n", ""},
		{"image and footer", "Thanks, fixed.\n\nAnn Lee\n\n[cid:image001.png@01DB8CF2.4A6E1B30]\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.\nAcme GmbH · Sitz: Hamburg · Amtsgericht Hamburg HRB 123456\n", "Thanks, fixed.\n\nAnn Lee"},
		{"safe links", "Workaround: https://portal.example/login<https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fportal.example%2Flogin&data=05%7C02%7Cann%40acme.example&reserved=0>\n", "Workaround: https://portal.example/login"},
		{"url defense", "File: https://urldefense.com/v3/__https://files.example/d/1.csv__;!!Hf0Zn4Kd!x9Yt$\n", "File: https://files.example/d/1.csv"},
		{"a link labelled with words", "See the guide<https://docs.example/guide>.\n", "See the guide<https://docs.example/guide>."},
		{"a Mimecast link labelled with words", "See the guide<https://protect-eu.mimecast.com/s/Qm7v?domain=docs.example>.\n", "See the guide<https://protect-eu.mimecast.com/s/Qm7v?domain=docs.example>."},
		{"a Mimecast link labelled with its address", "See https://docs.example/g<https://protect-eu.mimecast.com/s/Qm7v?domain=docs.example>.\n", "See https://docs.example/g."},
		{"a Safe Link labelled with words", "See the guide<https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdocs.example%2Fg&data=05>.\n", "See the guide<https://docs.example/g>."},
		{"a Safe Link in parentheses", "Status (https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fstatus.example%2Fi%2F7&data=05&reserved=0), but green.\n", "Status (https://status.example/i/7), but green."},
		{"a wrapped link with its own parentheses", "See https://urldefense.com/v3/__https://wiki.example/Foo_(bar)__;!!Hf0Zn4Kd!x9Yt$.\n", "See https://wiki.example/Foo_(bar)."},
	})
}

// TestHTMLOrderedList: an ordered list keeps its numbers in the text.
func TestHTMLOrderedList(t *testing.T) {
	raw := "From: a@example.org\r\nTo: support@example.com\r\nSubject: steps\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>To confirm:</p><ol><li>Open Reports.</li><li>Click Export.</li></ol><ol start=\"7\"><li>Wait.</li></ol>"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1. Open Reports.", "2. Click Export.", "7. Wait."} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("Text = %q, want it to hold %q", m.Text, want)
		}
	}
}

// TestParseMIMEShapes: text labelled ISO-8859-1 holding Windows-1252's
// quotes and euro sign, a forward as attachment with no comment, and an
// HTML reply typed below its quote.
func TestParseMIMEShapes(t *testing.T) {
	for _, tt := range []struct{ name, raw, want string }{
		{"latin1 label, windows-1252 bytes",
			"From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\nThat\x92s \x80 49 \x96 fine.\r\n",
			"That’s € 49 – fine."},
		{"forward as attachment",
			"From: a@example.org\r\nSubject: FW: portal down\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: c@example.org\r\nSubject: portal down\r\n\r\nOur portal is down for all sites.\r\n--b--\r\n",
			"Our portal is down for all sites."},
		{"html written below the quote",
			"From: a@example.org\r\nSubject: Re: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, 18 Mar 2024 at 09:30, Help &lt;h@example.com&gt; wrote:</div><blockquote class=\"gmail_quote\">Which bank?</blockquote></div><div>Bank 341, account 12345-6.</div>",
			"Bank 341, account 12345-6."},
	} {
		m, err := Parse([]byte(tt.raw), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if m.Visible != tt.want {
			t.Errorf("%s: Visible = %q, want %q", tt.name, m.Visible, tt.want)
		}
	}
}

// TestVisibleTextQuoteForms: quotes that do not use "> " and the
// attributions around them.
func TestVisibleTextQuoteForms(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"a pasted sentence after you wrote", "Dear team,\n\nIn your mail of 4 March you wrote:\n\nWe will refund within 5 days.\n\nIt has been 9 days. Please escalate.\n", "Dear team,\n\nIn your mail of 4 March you wrote:\n\nWe will refund within 5 days.\n\nIt has been 9 days. Please escalate."},
		{"attribution without a date", "Support wrote:\n>Did the import finish?\n\nNo, it stopped again.\n\n>Please send the file.\n\nUploaded.\n", "No, it stopped again.\n\nUploaded."},
		{"guillemet quotes", "Bonjour,\n\nLe 4 mars 2024 à 17:02, Support <s@example.com> a écrit :\n» Quel numéro de commande ?\n\nLa commande 88213.\n", "Bonjour,\n\nLa commande 88213."},
		{"a snip below a quote", "On Mon, 4 Mar 2024 at 10:00, Dana <d@example.com> wrote:\n> Which browser?\n[...]\n\nChrome 131.\n", "Chrome 131."},
		{"a sign-off above the attribution", "Fine, use it.\n\nThanks,\n\nOn 04.03.2024 17:02, Support wrote:\n> Please confirm.\n", "Fine, use it.\n\nThanks,"},
	})
}

// bodyCase is a body and the visible text expected of it.
type bodyCase struct{ name, in, want string }

// checkVisible runs VisibleText on each case.
func checkVisible(t *testing.T, cases []bodyCase) {
	t.Helper()
	for _, tt := range cases {
		if got := VisibleText(tt.in); got != tt.want {
			t.Errorf("%s: VisibleText = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// checkParsedVisible parses a whole mail and compares its visible text
// with want, spacing aside (a mail's text and HTML parts space it apart).
func checkParsedVisible(t *testing.T, name, raw, want string) {
	t.Helper()
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if spacingFree(m.Visible) != spacingFree(want) {
		t.Errorf("%s:\n got %q\nwant %q", name, m.Visible, want)
	}
}

// TestVisibleTextAnglosphereMonth: what replies/stranger42 (an ordinary
// month at a desk serving the UK, Ireland, Australia, New Zealand, South
// Africa and India) found at its first reading: html2text printed a space
// between a link's text and the punctuation after it ("guide ( URL ) ,
// and") and around an address unwrapped from its mailto link ("( dev@…
// )"); a notice labelled "IMPORTANT:" and a "Disclaimer:" paragraph on
// POPIA stayed as the writer's text. Each failed before the change.
func TestVisibleTextAnglosphereMonth(t *testing.T) {
	html := func(body string) string {
		return "From: a@example.org\r\nTo: support@example.com\r\nSubject: Re: [ESC-1] x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
	}
	for _, tt := range []struct{ name, raw, want string }{
		{"a link before a comma", html(`<div>We updated the SPF record as per <a href="https://help.acme.example/kb/spf">your setup guide</a>, and it checks out.</div>`),
			"We updated the SPF record as per your setup guide ( https://help.acme.example/kb/spf ), and it checks out."},
		{"an address in parentheses", html(`<div>Our web person (<a href="mailto:dev@tui.example">dev@tui.example</a>) says nothing changed.</div>`),
			"Our web person (dev@tui.example) says nothing changed."},
	} {
		m, err := Parse([]byte(tt.raw), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(m.Visible); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	const text = "Thanks, all calls return 200 now.\n\nKind regards,\nMia"
	for _, tt := range []struct{ name, in string }{
		{"a notice labelled IMPORTANT", text + "\n\nIMPORTANT: This email and any attachments are confidential and may contain legally privileged information. If you are not the intended recipient, please delete this email. Coastline Health Partners Pty Ltd ABN 51 824 753 556.\n"},
		{"a disclaimer paragraph on POPIA", text + "\n\nDisclaimer: This e-mail and its contents are subject to the Umhlanga Logistics e-mail legal notice available at https://www.umhlanga.example/legal. Personal information is processed in accordance with the Protection of Personal Information Act 4 of 2013 (POPIA).\n"},
	} {
		if got := visibleText(tt.in, false).text; got != text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, text)
		}
	}
}

// TestVisibleTextAOLFooter: replies/stranger44 (an ordinary month in the
// US and Canada) at its first reading kept AOL's "Sent from the all new
// AOL app for iOS" as text (49/50); it failed before the change.
func TestVisibleTextAOLFooter(t *testing.T) {
	const text = "Thank you, I am back in.\n\nBetty"
	if got := visibleText(text+"\n\nSent from the all new AOL app for iOS\n", false).text; got != text {
		t.Errorf("got %q, want %q", got, text)
	}
}

// TestVisibleTextForwardFieldsThenGreeting: replies/stranger45's WEB.DE
// forward, whose HTML puts the forwarded mail's greeting right under its
// "Betreff:" field: the greeting would have fitted on the field's line, so
// it is no wrap of the subject but the forwarded mail's first line. A
// long subject that did wrap stays one field.
func TestVisibleTextForwardFieldsThenGreeting(t *testing.T) {
	const fwd = "Gesendet: Montag, 23. November 2026 um 08:14\nVon: \"Bernd Krause\" <bernd@web.example>\n" +
		"An: \"Sabine Krause\" <sabine@web.example>\nBetreff: Fehler beim Drucken der Lieferscheine\nHallo Sabine,\n\n" +
		"seit heute Morgen druckt das Programm die Lieferscheine nur noch halb.\n\nGruß\nBernd\n"
	got := visibleText(fwd, true).text
	if !strings.HasPrefix(got, "Hallo Sabine,") {
		t.Errorf("forward with nothing typed: got %q, want the forwarded mail from its greeting", got)
	}
	const wrapped = "Thanks, see below.\n\nFrom: Ann Lee <ann@example.com>\nSent: Monday, 2 November 2026 10:02\n" +
		"To: Support <support@acme.example>\nSubject: [ESC-4101] Export of the quarterly VAT report stops at\n" +
		"ninety-nine percent\n\nHello,\nthe export stops.\n"
	if got := visibleText(wrapped, false).text; got != "Thanks, see below." {
		t.Errorf("a wrapped subject: got %q, want only the new text", got)
	}
}

// TestVisibleTextAvastFooter: Avast's antivirus footer as Gmail's text
// part renders it (its link, the line, the link again, an anchor) is no
// part of what the writer typed, in any of its languages.
func TestVisibleTextAvastFooter(t *testing.T) {
	const text = "Danke, der Export lief diesmal durch.\n\nViele Grüße\nJürgen"
	footer := "\n\n<https://www.avast.com/sig-email?utm_medium=email&utm_source=link>\nVirenfrei.www.avast.com\n" +
		"<https://www.avast.com/sig-email?utm_medium=email&utm_source=link>\n<#DAB4FAD8-2DD7-40BB-A1B8-4E2AA1F9FDF2>\n"
	if got := visibleText(text+footer, false).text; got != text {
		t.Errorf("got %q, want %q", got, text)
	}
}

// TestVisibleTextTechnicalReplies: replies/stranger46's shapes. A reply
// typed below the mail answered, under Outlook's header block with nothing
// above it: the mail's sign-off and name lines, then the writer's own
// greeting. An answer marked as announced that ends in a colon goes on
// below its line (a log). Apple Mail's Polish attribution quoted above a
// bottom-post. A mail server's log line whose status code reads as a date
// is no attribution.
func TestVisibleTextTechnicalReplies(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"bottom-post under a header block",
			"Von: Acme Support <support@acme.example>\nGesendet: Montag, 9. November 2026 15:30\nAn: Thomas <t@x.example>\nBetreff: [ESC-4907] SSO\n\n" +
				"Hallo Herr Krüger,\n\nkönnen Sie bitte einen SAML-Trace schicken?\n\nViele Grüße\n\nJonas Becker\n\nAcme Support\n\n" +
				"Hallo Herr Becker,\n\nja, wir haben einen Proxy mit SSL-Inspection, und ohne ihn funktioniert die Anmeldung sofort.\n\nThomas",
			"Hallo Herr Becker,\n\nja, wir haben einen Proxy mit SSL-Inspection, und ohne ihn funktioniert die Anmeldung sofort.\n\nThomas"},
		{"a marked answer with a colon",
			"Answers inline below, marked with =>.\n\nJohn\n\n________________________________\nFrom: Acme Support <support@acme.example>\nSent: Thursday, November 12, 2026 9:14 AM\nTo: John <j@x.example>\nSubject: [ESC-4821] Export\n\n" +
				"1. Could you send us the log?\n\n=> Attached. This is the relevant part:\n\nERROR [ExportWorker] Export failed\n\n2. Which version?\n\n=> 4.2.1\n\nBest regards,\nDana",
			"Answers inline below, marked with =>.\n\nJohn\n\n=> Attached. This is the relevant part:\n\nERROR [ExportWorker] Export failed\n\n=> 4.2.1"},
		{"Apple Mail's Polish attribution",
			"> Wiadomość napisana przez Acme Support <support@acme.example> w dniu 12 lis 2026, o godz. 10:40:\n>\n> Czy korekta ma status Przyjęta?\n\nStatus to Wysłana.\n\nKatarzyna",
			"Status to Wysłana.\n\nKatarzyna"},
		{"a log line",
			"Aus dem Log:\n\nNov 12 09:02:17 mx1 postfix/smtpd[31877]: NOQUEUE: reject: RCPT from\nmail-out.acme.example[198.51.100.25]: 550 5.7.23 <it@x.example>:\nRecipient address rejected: SPF fail\n\nUwe",
			"Aus dem Log:\n\nNov 12 09:02:17 mx1 postfix/smtpd[31877]: NOQUEUE: reject: RCPT from\nmail-out.acme.example[198.51.100.25]: 550 5.7.23 <it@x.example>:\nRecipient address rejected: SPF fail\n\nUwe"},
	} {
		if got := visibleText(tt.text, false).text; got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestHeaderBlockAboveRelayedReply: an agent's reply in Outlook above a
// header block whose Subject is followed by a blank line and a help
// desk's "New reply from <name> <address>:" line. The attribution reader
// took the three as one wrapped attribution, blank line included, and
// the header-block reader then read the blank line's first byte: the
// mail panicked into quarantine and the agent's update was never relayed.
func TestHeaderBlockAboveRelayedReply(t *testing.T) {
	text := "#status resolved\r\n\r\nTraining done, recording sent. Closing.\r\n\r\nHannah Liu\r\nAcme\r\n\r\n" +
		"From: Acme Support <support@acme.example> \r\nSent: Thursday, November 12, 2026 1:44 AM\r\nTo: Hannah Liu <hannah.liu@acme.example>\r\n" +
		"Subject: RE: [ESC-4851] Training session\r\n\r\nNew reply from Ella Brandt <ella.brandt@example.com.au>:\r\n\r\nThanks Hannah, could you send the recording?\r\n\r\n[ESC-4851]\r\n"
	raw := "From: Hannah Liu <hannah.liu@acme.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4851] Training session\r\nMessage-ID: <r1@acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text
	msg, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "#status resolved\n\nTraining done, recording sent. Closing.\n\nHannah Liu\nAcme"
	if msg.Visible != want {
		t.Errorf("visible text:\n%s\nwant:\n%s", msg.Visible, want)
	}
}
