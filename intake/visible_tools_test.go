package intake

import (
	"strings"
	"testing"
)

// TestVisibleTextSalesAndProductivityTools: the marks that sales,
// productivity and add-on tools leave in a reply (replies/stranger27) and
// a Gmail forward sent with only a signature.
func TestVisibleTextSalesAndProductivityTools(t *testing.T) {
	const text = "Hi Acme,\n\nThe export still fails.\n\nThanks,\nPriya"
	for _, tt := range []struct {
		name, in, want string
		forward        bool
	}{
		{"Sent with Mixmax", text + "\n\nSent with Mixmax\n", text, false},
		{"Sent with Boomerang and its link", text + "\n\nSent with Boomerang <https://www.boomeranggmail.example/?utm_source=sig>\n", text, false},
		{"a linked image and its address on the next line", "Hi Acme,\n\nSee the recording:\n\n[image: Checkout freezes (1:48) - Watch Video]\n<https://www.loom.example/share/3f9c>\n\nThanks,\nPriya", "Hi Acme,\n\nSee the recording:\n\nThanks,\nPriya", false},
		{"Salesforce's thread token", text + "\n\nref:_00D5g0bTqX._5008d02RmJk:ref\n", text, false},
		{"a translation add-on's label and credit", "Hello,\n\nThe February invoice shows 40 licences.\n\nThanks,\nLucía\n\n------ Original text (Spanish) ------\n\nHola:\n\nLa factura de febrero muestra 40 licencias.\n\nGracias,\nLucía\n\nTranslated by Translator for Outlook\n",
			"Hello,\n\nThe February invoice shows 40 licences.\n\nThanks,\nLucía\n\nHola:\n\nLa factura de febrero muestra 40 licencias.\n\nGracias,\nLucía", false},
		{"DeepL's credit between the two texts", "Good morning,\n\nThe delivery notes lack the VAT number.\n\nTranslated with www.DeepL.com/Translator (free version)\n\nBuongiorno,\n\nLe bolle non riportano la partita IVA.\n",
			"Good morning,\n\nThe delivery notes lack the VAT number.\n\nBuongiorno,\n\nLe bolle non riportano la partita IVA.", false},
		{"a pasted Copilot summary", "Hi,\n\nSummary by Copilot\n• Orchard Foods was billed twice.\n• Acme is preparing credit notes.\nAI-generated content may be incorrect\n\nWhen will the fix be deployed?\n\nDaniel",
			"Hi,\n\nWhen will the fix be deployed?\n\nDaniel", false},
		{"Chili Piper's credit between the slots and the sign-off", "Hi,\n\nPick a slot:\n\nTuesday, March 11\n10:00 AM 2:00 PM\nPowered by Chili Piper ( https://www.chilipiper.example/?utm_source=booker )\n\nThanks,\nSam Ortiz",
			"Hi,\n\nPick a slot:\n\nTuesday, March 11\n10:00 AM 2:00 PM\n\nThanks,\nSam Ortiz", false},
		{"Teams' meeting details framed by rules above the sign-off", "Hallo,\n\nhier die Einwahldaten.\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nBesprechungs-ID: 372 115 680 294\nPasscode: tR5nE8\n________________________________________________________________________________\n\nBeste Grüße\nStefan Krüger",
			"Hallo,\n\nhier die Einwahldaten.\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nBesprechungs-ID: 372 115 680 294\nPasscode: tR5nE8\n________________________________________________________________________________\n\nBeste Grüße\nStefan Krüger", false},
		{"Gmail's forward with only the forwarder's signature above it", "-- \nRachel Kim\nSenior Account Manager | Summit Channel Partners\n\n---------- Forwarded message ---------\nFrom: Lena Fischer <lena@parcelly.example>\nDate: Fri, Mar 7, 2025 at 11:20 AM\nSubject: Webhooks down again\nTo: Rachel Kim <rachel@x.example>\n\n\nHi Rachel,\n\nThe webhook deliveries stopped again.\n\nLena\n",
			"Hi Rachel,\n\nThe webhook deliveries stopped again.\n\nLena", true},
		{"a charity's registration below the signature", text + "\n\nHarrowgate Housing Trust is a charitable Community Benefit Society registered under the Co-operative and Community Benefit Societies Act 2014 (No. 31555R) and with the Regulator of Social Housing (No. L4567).\n", text, false},
		{"an Italian notice and its plea for the environment", text + "\n\nLe informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente alle persone indicate.\n\nPensa all'ambiente prima di stampare questa e-mail.\n", text, false},
	} {
		if got := visibleText(tt.in, tt.forward).text; got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestHTMLToolMarks: links whose text is the address a reader sees (a
// sales tool's click tracker, a telephone number), a signature tool's
// one-column table, a heading and an e-signature service's notice.
func TestHTMLToolMarks(t *testing.T) {
	html := func(body string) string {
		return "From: Tom <tom@x.example>\r\nTo: support@acme.example\r\nSubject: Re: SSO\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>" + body + "</body></html>"
	}
	for _, tt := range []struct{ name, raw, want string }{
		{"a typed address behind a click tracker", html(`<p>Grab a slot: <a href="https://ridgeway.outreach.example/api/mailings/click/PMRGSZ">https://meetings.outreach.example/jnovak/30min</a></p>`),
			"Grab a slot: https://meetings.outreach.example/jnovak/30min"},
		{"a telephone link", html(`<p>Tom</p><p>p <a href="tel:+493055578810">+49 30 5557 8810</a></p>`), "Tom\n\np +49 30 5557 8810"},
		{"a signature tool's table and the notice in it", html(`<p>Bonne journée,</p><p>Camille</p><table><tr><td><b>Camille Lefèvre</b></td></tr><tr><td>Responsable achats</td></tr><tr><td>T +33 4 76 55 01 23</td></tr><tr><td>Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.</td></tr></table>`),
			"Bonne journée,\n\nCamille\n\nCamille Lefèvre\n\nResponsable achats\n\nT +33 4 76 55 01 23"},
		{"a name set as a heading", html(`<p>Best,<br>Tom</p><h2>Tom Becker</h2><p>Partner Solutions Engineer</p>`), "Best,\nTom\n\nTom Becker\n\nPartner Solutions Engineer"},
		{"Gmail's +mention chip", html(`<div>+1, same here. Adding <a class="gmail_plusreply" href="mailto:maria.lopez@quayside.example">+Maria Lopez</a> for visibility.</div>`), "+1, same here. Adding +Maria Lopez for visibility."},
	} {
		m, err := Parse([]byte(tt.raw), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if spacingFree(m.Visible) != spacingFree(tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, m.Visible, tt.want)
		}
	}
	docusign := "Your document has been completed\n\nAll parties have completed [ESC-5120] Acme DPA.pdf.\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign.\n\nThis message was sent to you by Crescent Bank Legal who is using the DocuSign Electronic Signature Service.\n"
	if v := visibleText(docusign, false); !v.quotedOnly || v.text != "" {
		t.Errorf("an e-signature service's completed notice: %q (quoted only %v), want nothing typed", v.text, v.quotedOnly)
	}
	if strings.Contains(visibleText("Thanks,\nTom\n\nSent from the front desk phone at the clinic, call back on 4411\n", false).text, "front desk") != true {
		t.Error("a line of the writer's naming where they write from was taken for an app's footer")
	}
}

// TestVisibleTextRelays: what lists, gateways and help desks add on the
// way (replies/stranger26).
func TestVisibleTextRelays(t *testing.T) {
	const text = "Bonjour,\n\nLa version du connecteur est 4.2.1.\n\nJulie"
	checkVisible(t, []bodyCase{
		{"Sympa's footer below the quote", text + "\n\nLe 20/03/2025 à 15:02, Acme Support a écrit :\n> Bonjour,\n> Quelle version ?\nListe dsi-astreinte : astreinte de la DSI\nPour vous désabonner : mailto:sympa@listes.x.example?subject=unsubscribe%20dsi-astreinte\nArchives : https://listes.x.example/sympa/arc/dsi-astreinte\n", text},
		{"a question about unsubscribing is the writer's", "Hello,\n\nWe want to stop the weekly report mails.\nTo unsubscribe our users, do we write to lists@acme.example?\n", "Hello,\n\nWe want to stop the weekly report mails.\nTo unsubscribe our users, do we write to lists@acme.example?"},
		{"a malware scan's footer", text + "\n\nThis message has been scanned for malware by Proofpoint Essentials. Click here<https://us1.proofpointessentials.example/index01.php?mod_id=11> to report this email as spam.\n", text},
		{"a signature's social icons", text + "\n\n[LinkedIn]<https://www.linkedin.com/company/harbourline> [X]<https://x.com/harbourline>\n", text},
		{"Barracuda's rewritten link", "Los pedidos: https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fwww.ferreteria.example%2fpedidos%2f7781&c=E,1,vH3k,,&typo=1\n\nJordi", "Los pedidos: https://www.ferreteria.example/pedidos/7781\n\nJordi"},
		{"Zendesk in Spanish without 'por'", "##- Por favor, escriba su respuesta encima de esta línea -##\n\nSu solicitud (88213) ha sido actualizada.\n\n----------------------------------------------\n\nRuth Adeyemi (Soporte Brightwave)\n\n25 mar 2025, 9:14 CET\n\nHola,\n\nYa funciona.\n\nRuth\n\n----------------------------------------------\n\nAcme Support\n\n24 mar 2025, 18:40 CET\n\nHola Ruth.\n",
			"Hola,\n\nYa funciona.\n\nRuth"},
	})
}

// TestVisibleTextRepliesToOurMail: replies to the gateway's own mails
// (replies/stranger28): a pasted "curl -v" whose request lines start with
// "> " below our quoted acknowledgement, and answers in red announced in
// Dutch.
func TestVisibleTextRepliesToOurMail(t *testing.T) {
	in := "On 5/14/24 4:44 AM, Acme Support wrote:\n> We received your request [ESC-4825].\n>\n> Severity: P1\n\nA failing request:\n\n$ curl -v https://api.acme.example/v2/payments\n* Connected to api.acme.example (203.0.113.40) port 443\n> POST /v2/payments HTTP/1.1\n> Host: api.acme.example\n>\n< HTTP/1.1 504 Gateway Timeout\n\nDevon\n"
	want := "A failing request:\n\n$ curl -v https://api.acme.example/v2/payments\n* Connected to api.acme.example (203.0.113.40) port 443\n> POST /v2/payments HTTP/1.1\n> Host: api.acme.example\n>\n< HTTP/1.1 504 Gateway Timeout\n\nDevon"
	if got := visibleText(in, false).text; got != want {
		t.Errorf("curl -v below our quote:\n got %q\nwant %q", got, want)
	}
	raw := "From: Pieter <p@x.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4863] Export\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<p>Hoi Dana,</p><p>Zie mijn antwoorden hieronder in het rood.</p><p>Pieter</p>` +
		`<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>Van:</b> Acme Support &lt;support@acme.example&gt;<br><b>Verzonden:</b> dinsdag 14 mei 2024 09:12<br><b>Aan:</b> Pieter<br><b>Onderwerp:</b> [ESC-4863] Export</p></div>` +
		`<p>1. How many rows?</p><p><span style="color:#FF0000">Ongeveer 120.000 rijen.</span></p><p>Acme Support</p>`
	checkParsedVisible(t, "answers in red announced in Dutch", raw, "Hoi Dana,\n\nZie mijn antwoorden hieronder in het rood.\n\nPieter\n\nOngeveer 120.000 rijen.")
}

// TestVisibleTextOrdinaryMonth: what replies/stranger29 (an ordinary
// month, mostly whole mails) found missing.
func TestVisibleTextOrdinaryMonth(t *testing.T) {
	const text = "Hoi Joost,\n\nDe facturen zijn nu doorgekomen.\n\nMarloes"
	for _, tt := range []struct {
		name, in, want string
		quotedOnly     bool
	}{
		{"the Dutch notice that no rights can be derived", text + "\n\nAan dit bericht kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, verzoeken wij u de afzender te informeren.\n", text, false},
		{"the Polish notice", "Dzień dobry,\n\nplik generuje się poprawnie.\n\nKatarzyna\n\nTreść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata.\n", "Dzień dobry,\n\nplik generuje się poprawnie.\n\nKatarzyna", false},
		{"nothing typed but the company's notice above the history", "Ashgrove Foods Ltd, Ashgrove House, Leeds LS15 8GB. Registered in England No. 02233445. This message is confidential and intended only for the addressee.\n\nFrom: Acme Support <support@acme.example>\nSent: 18 March 2025 10:02\nTo: Tom <tom@ashgrove.example>\nSubject: [ESC-4450] Update\n\nHello Tom,\n", "", true},
		{"Jira's notice of a status change", "—-—-—-—\n\nHalden IT Service Desk\n\nBen Travers changed the status to Resolved.\n\nHIT-2231 Acme connector sync errors [ESC-4426]\n\nView request · Turn off this request's notifications\n\nThis is shared with Acme Support and Ben Travers.\n", "", true},
		{"TOPdesk's new action above the earlier ones", "Beste Acme Support,\n\nEr is een actie toegevoegd aan melding M2503 117.\n\nStatus:   In behandeling bij leverancier\n\nNieuwe actie (18-03-2025 14:22, Sanne de Wit):\nVan 3 projectleiders ontbreken nog alle uren.\n\nEerdere acties:\n17-03-2025 17:05, Acme Support (via e-mail):\nWe hebben de service herstart.\n\nReageer op deze e-mail om een actie toe te voegen aan de melding.\n", "Van 3 projectleiders ontbreken nog alle uren.", false},
	} {
		v := visibleText(tt.in, false)
		if v.text != tt.want || v.quotedOnly != tt.quotedOnly {
			t.Errorf("%s:\n got %q (quoted only %v)\nwant %q (%v)", tt.name, v.text, v.quotedOnly, tt.want, tt.quotedOnly)
		}
	}
}

// TestVisibleTextInlineBelowNestedQuote: what replies/stranger30 (long
// threads of several people) found: answers typed below a first quote
// that holds the quoted mail's own attributions ("> On … wrote:" over
// ">>" lines) are the writer's, not history; a line right under such a
// quote, with no blank line, is a quoted line a rewrap left bare.
func TestVisibleTextInlineBelowNestedQuote(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"Thunderbird, a greeting above the quote", "Hi Jane,\n\nOn 03/12/2026 10:15, Jane Doe wrote:\n> Hi Bob,\n>\n> On 02/12/2026 09:00, Bob Smith wrote:\n>> Is the export fixed?\n>\n> Not yet, we are working on it. Can you send the logs?\n\nHere are the logs, attached.\n\n> Also, which version are you on?\n\n4.2.1\n\nBob\n",
			"Hi Jane,\n\nHere are the logs, attached.\n\n4.2.1\n\nBob"},
		{"German attributions at two depths", "Hallo Jane,\n\nAm 03.12.26 um 10:15 schrieb Jane Doe:\n> Wie sieht es aus?\n> Am 02.12.26 um 09:00 schrieb Bob Smith:\n>> Ist der Export repariert?\n> Noch nicht. Logs?\n\nIm Anhang.\n\nBob\n",
			"Hallo Jane,\n\nIm Anhang.\n\nBob"},
		{"a bare line right under the quote stays history", "Yes, tonight works.\n\nMarco\n\nOn Mon, 3 Mar 2025 at 16:20, Dana <d@acme.example> wrote:\n> We can resync tonight.\n>\n> > On Mon, 3 Mar 2025 at 11:02, Marco <m@x.example> wrote:\n> > Can you resync? We are missing about 200\norders.\n",
			"Yes, tonight works.\n\nMarco"},
	})
}

// TestVisibleTextInterleavedPosters: what replies/stranger31 (technical
// writers answering inline in long threads) found missing.
func TestVisibleTextInterleavedPosters(t *testing.T) {
	const outlookQuoted = "Hi Priya,\n\nSee my answers inline.\n\nMark\n\n> -----Original Message-----\n> From: Priya Raman <priya@acme.example>\n> Sent: Thursday, March 7, 2024 4:51 PM\n> Subject: [ESC-2362] SSO loop\n>\n> 1) Did you upload the new certificate?\n\n"
	checkVisible(t, []bodyCase{
		{"Outlook quoting the original with \"> \": answers below it", outlookQuoted + "Only in ADFS.\n\n> 2) Which browsers?\n\nAll of them.\n\n> Thanks,\n> Priya\n",
			"Hi Priya,\n\nSee my answers inline.\n\nMark\n\nOnly in ADFS.\n\nAll of them."},
		{"answers marked [GW] in a quoted original keep their second line", "Hi Olu,\n\nComments below marked [GW].\n\nGrace\n\n> -----Original Message-----\n> From: Olu <olu@acme.example>\n> Sent: Friday, March 8, 2024 11:02 AM\n>\n> Can you change the scanner profile?\n\n[GW] Yes, switched to PDF/A.\nA 40-page scan is now about 6 MB.\n\n> Or we raise the limit.\n\n[GW] Not needed.\n",
			"Hi Olu,\n\nComments below marked [GW].\n\nGrace\n\n[GW] Yes, switched to PDF/A.\nA 40-page scan is now about 6 MB.\n\n[GW] Not needed."},
		{"a comparison typed at a line's start between inline answers (format=flowed unstuffed)", "On Fri, Mar 08 2024, Olu wrote:\n\n> Which version are you on?\n\nWe're on 12.18. The table says:\n\n>= 12 for 8.x, >= 13 for 9.x\n\nwhich I misread.\n\n> Staying on 8.7 is fine.\n\nWe'll stay on 8.7.\n",
			"We're on 12.18. The table says:\n\n>= 12 for 8.x, >= 13 for 9.x\n\nwhich I misread.\n\nWe'll stay on 8.7."},
		{"attributions at two depths in a row inside the quote", "Hi Priya,\n\nAisha here.\n\nOn 3/12/24 3:48 PM, Priya Raman wrote:\n> Hi Dan,\n>\n> On 3/12/24 2:10 PM, Dan Whitaker wrote:\n>> On 3/11/24 5:30 PM, Priya Raman wrote:\n>>> We need a DPA.\n>>\n>> I think we signed one.\n\nWe did, in June 2023.\n\n> Best,\n> Priya\n\nAisha\n",
			"Hi Priya,\n\nAisha here.\n\nWe did, in June 2023.\n\nAisha"},
	})
}

// TestVisibleTextMiddleEastAndSouthAsia: what replies/stranger33 (the
// Middle East, Africa, South and South-East Asia) found missing.
func TestVisibleTextMiddleEastAndSouthAsia(t *testing.T) {
	const history = "\n\nDaripada: Acme Support <support@acme.example>\nDihantar: Selasa, 21 Mei 2024 5:18 PTG\nKepada: Hafiz <hafiz@x.example>\nSubjek: RE: [ESC-5540] Log masuk\n\nHello Hafiz,\n"
	for _, tt := range []struct {
		name, in, want string
		forward        bool
	}{
		{"Outlook's Malay header block", "Terima kasih.\n\nHafiz" + history, "Terima kasih.\n\nHafiz", false},
		{"a Malay notice", "Terima kasih.\n\nHafiz\n\nPENAFIAN: E-mel ini dan sebarang lampiran adalah sulit dan hanya untuk kegunaan penerima yang dinamakan." + history, "Terima kasih.\n\nHafiz", false},
		{"a Hebrew notice and its English", "בדקתי עכשיו.\n\nיוסי\n\nהודעה זו עשויה להכיל מידע חסוי. אם קיבלת הודעה זו בטעות, אנא הודע לשולח.\nThis message may contain confidential information." + history, "בדקתי עכשיו.\n\nיוסי", false},
		{"an Arabic notice", "شكراً.\n\nرانيا\n\nتنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للمرسل إليه." + history, "شكراً.\n\nرانيا", false},
		{"Gmail's Malay forward separator", "Sila lihat emel di bawah.\n\nNurul\n\n---------- Mesej yang dimajukan ---------\nDaripada: Portal <noreply@portal.example>\nSubject: Notis\n\nDokumen ditolak.\n", "Sila lihat emel di bawah.\n\nNurul", true},
		{"iPhone's Vietnamese footer", "Chị xem giúp em nhé.\n\nHuy\n\nGửi từ iPhone của tôi\n", "Chị xem giúp em nhé.\n\nHuy", false},
		{"Samsung's Turkish footer", "Tamam, anlaşıldı.\n\nAli\n\nSamsung Galaxy akıllı telefonumdan gönderildi.\n", "Tamam, anlaşıldı.\n\nAli", false},
	} {
		if got := visibleText(tt.in, tt.forward).text; got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	// Windows-1258 writes "Từ" as "Tư" and a combining grave: composed,
	// Outlook's Vietnamese header block is one again.
	raw := "From: Lan <lan@x.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-5512] E-invoices\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1258\r\n\r\n" +
		"Anh ki\xea\xd2m tra gi\xfap em.\r\n\r\nLan\r\n\r\nT\xfd\xcc: Acme Support <support@acme.example>\r\n\xd0a\xde g\xfd\xd2i: Th\xfd\xec Hai, 20 th\xe1ng 5, 2024 4:05 CH\r\n\xd0\xea\xecn: Lan <lan@x.example>\r\nChu\xd2 \xf0\xea\xcc: [ESC-5512] E-invoices\r\n\r\nDear Lan,\r\n"
	checkParsedVisible(t, "Windows-1258", raw, "Anh kiểm tra giúp em.\n\nLan")
}

// TestVisibleTextEastAsia: what replies/stranger35 (Japan, China, Taiwan,
// Hong Kong and Korea) found missing.
func TestVisibleTextEastAsia(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"Thunderbird's Korean attribution", "안녕하세요, 답변 드립니다.\n\n2025-04-02 오후 3:20에 Acme Support 이(가) 쓴 글:\n> 1. API 요청 예시를 공유해 주실 수 있을까요?\n\n아래와 같이 호출하고 있습니다.\n\n> 2. 응답 코드는 무엇이었나요?\n\n504 Gateway Timeout 입니다.\n",
			"안녕하세요, 답변 드립니다.\n\n아래와 같이 호출하고 있습니다.\n\n504 Gateway Timeout 입니다."},
		{"a Japanese notice framed by horizontal bars", "中村様\n\nご確認のほどよろしくお願いいたします。\n\n松本 美咲\n\n――――――――――――――――\n本メールおよび添付ファイルには機密情報が含まれている場合があります。\n誤って受信された場合は、直ちに送信者にご連絡ください。\n――――――――――――――――\n\n差出人: Acme Support <support@acme.example>\n送信日時: 2025年3月12日 16:30\n宛先: 松本 美咲 <m@hikari.example>\n件名: [ESC-5151] 月次集計\n\n松本様\n",
			"中村様\n\nご確認のほどよろしくお願いいたします。\n\n松本 美咲"},
	})
	// QQ Mail's forward puts a blank line above the block's last field.
	if got := visibleText("\n\n------------------ 原始邮件 ------------------\n发件人: \"黄晓明\"<huang@x.example>;\n发送时间: 2025年3月24日(星期一) 上午9:47\n收件人: \"杨帆\"<yang@x.example>;\n\n主题: 扫码终端离线\n\n\n杨经理：\n\n扫码终端同时显示离线。\n\n黄晓明\n", true).text; got != "杨经理：\n\n扫码终端同时显示离线。\n\n黄晓明" {
		t.Errorf("QQ Mail's forward: got %q", got)
	}
}

// TestVisibleTextEuropeanWebmail: what replies/stranger36 (European
// webmail and hosted groupware) found missing: attributions without a
// verb.
func TestVisibleTextEuropeanWebmail(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"Tuta's Italian attribution", "Buongiorno,\n\nho caricato i log.\n\nMarco\n\n22 nov 2024, 09:14 da support@acme.example:\n\n> Buongiorno Marco,\n> può caricare i log?\n", "Buongiorno,\n\nho caricato i log.\n\nMarco"},
		{"Yandex's attribution", "Здравствуйте!\n\nВерсия 12.4.\n\nИрина\n\n12.03.2025, 10:15, Acme Support (support@acme.example):\n> Какая версия?\n", "Здравствуйте!\n\nВерсия 12.4.\n\nИрина"},
		{"La Poste's quoted header above a reply typed below it", "> Message du 02/09/24 09:15\n> De : \"Acme Support\" <support@acme.example>\n> Objet : [ESC-4231] Votre facture\n>\n> Quelle ligne de la facture semble incorrecte ?\n>\nBonjour,\n\nLa ligne 2.\n\nHélène\n", "Bonjour,\n\nLa ligne 2.\n\nHélène"},
	})
	// Yandex's forward: the sender in the attribution, the other fields
	// below it.
	if got := visibleText("-------- Пересылаемое сообщение --------\n14.04.2025, 16:02, Павел Орлов (p.orlov@orlov.example):\nКому: Ирина (irina@yandex.example);\nТема: Не приходят уведомления;\n\nИра, привет!\n\nПавел\n-------- Конец пересылаемого сообщения --------\n", true).text; got != "Ира, привет!\n\nПавел" {
		t.Errorf("Yandex's forward: got %q", got)
	}
}

// TestVisibleTextAgentsAndTeam: what replies/stranger37 (the desk's own
// agents, leads and executives answering its notices) found: "on it"
// above an attribution is a reply, not the attribution's first piece;
// answers Outlook marks with the writer's name in brackets.
func TestVisibleTextAgentsAndTeam(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"on it", "on it\n\nOn Tue, Mar 4, 2025, 9:55\u202fAM Acme Support <support@acme.example> wrote:\n\n> ##- Please type your reply above this line -##\n>\n> Escalation ESC-4162 has been assigned to you.\n", "on it"},
		{"a reply that opens with On and a version", "On 4.2.1 it still fails\n\nOn Tue, Mar 4, 2025, 9:55 AM Acme Support <support@acme.example> wrote:\n\n> Which version?\n", "On 4.2.1 it still fails"},
		{"answers marked [Marcus Lee]", "Answers inline.\n\nMarcus\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, March 4, 2025 3:01 PM\nTo: Marcus Lee <marcus@acme.example>\nSubject: [ESC-4133] Breach review\n\n1. Was the customer called?\n[Marcus Lee] Yes, at 09:20 ET.\n2. Is a service credit warranted?\n[Marcus Lee] Yes, 10% of the March invoice.\n\nOpen ticket ESC-4133\n",
			"Answers inline.\n\nMarcus\n\n[Marcus Lee] Yes, at 09:20 ET.\n[Marcus Lee] Yes, 10% of the March invoice."},
	})
}

// TestVisibleTextSouthAsiaAndAfrica: what replies/stranger48 (a desk
// serving India, South-East Asia, Nigeria, Kenya and Egypt) found:
// answers marked with the writer's name in capitals and a colon; a reply
// typed below our mail whose ticket footer stands between our signature
// and the writer's greeting; Rediffmail's advertisement.
func TestVisibleTextSouthAsiaAndAfrica(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"answers marked [NGOZI]:", "Hi Chidi,\n\nMy responses inline below.\n\nNgozi\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, November 24, 2026 4:05 PM\nTo: Ngozi Okonkwo <ngozi@harmattan.example>\nSubject: [Acme #48478] Driver app\n\n1. Which version is installed?\n[NGOZI]: 5.12.0 on all phones.\n\n2. All drivers or some?\n[NGOZI]: Only those on one network.\n\nRegards,\nChidi\n",
			"Hi Chidi,\n\nMy responses inline below.\n\nNgozi\n\n[NGOZI]: 5.12.0 on all phones.\n\n[NGOZI]: Only those on one network."},
		{"a reply below our mail and its ticket footer", "\n\nFrom: \"Acme Support\" <support@acme.example>\nSent: Thu, 26 Nov 2026 15:02:44 GMT+0530\nTo: \"gopal\" <gopal@rediffmail.example>\nSubject: [Acme #48520] Password reset link\n\nDear Gopal,\n\nWe have sent you a fresh link just now, valid for thirty minutes from now on.\n\nRegards,\nMeera Iyer\nAcme Support\n\nTicket #48520 | View online: https://help.acme.example/t/48520\n\n\nDear Madam,\n\nThank you. The new link worked, but now it asks for an OTP on my old mobile number which I no longer use.\n\nWith regards,\nGopal\n",
			"Dear Madam,\n\nThank you. The new link worked, but now it asks for an OTP on my old mobile number which I no longer use.\n\nWith regards,\nGopal"},
		{"Rediffmail's advertisement", "Payout is active now, thank you.\n\nIrfan\n\nGet your own FREE website, FREE domain & FREE mobile app with Company email.  \nKnow More >\n",
			"Payout is active now, thank you.\n\nIrfan"},
	})
}

// TestVisibleTextDeepThreads: what replies/stranger49 (long threads at
// depth, mixed clients and languages) found: answers in colour announced
// further from their verb ("Meine Antworten habe ich direkt in Ihre Mail
// geschrieben (in Rot)") and in Notes' <font color>, under Notes' table of
// header fields; the writer's own signature, in its company colour in the
// quoted mails, is no answer; a status notice deep in a forwarded
// chain does not make the comment above it a tool's notice.
func TestVisibleTextDeepThreads(t *testing.T) {
	mail := func(plain, html string) string {
		return "From: A <a@x.example>\r\nTo: support@acme.example\r\nSubject: Re: [Acme #1] Sync\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(plain, "\n", "\r\n") + "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n"
	}
	sig := `<p><span style="color:#003A70">Jürgen Kessler<br>Brandt GmbH</span></p>`
	outlookRule := `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>Von:</b> Acme Support<br><b>Betreff:</b> Re: [Acme #1] Sync</p></div>`
	german := mail("Hallo Herr Kern,\n\nMeine Antworten habe ich direkt in Ihre Mail geschrieben (in Rot).\n\nJürgen Kessler\nBrandt GmbH\n\nGeschäftsführer: Dr. Helga Brandt · Sitz: Bielefeld · Amtsgericht Bielefeld HRB 41872\n\nVon: Acme Support <support@acme.example>\nGesendet: Montag, 16. November 2026 14:05\nAn: Jürgen Kessler <j@x.example>\nBetreff: Re: [Acme #1] Sync\n\n1. Welche Version?\nVersion 4.2.1.\n\nJürgen Kessler\nBrandt GmbH\n",
		`<html><body><p>Hallo Herr Kern,</p><p>Meine Antworten habe ich direkt in Ihre Mail geschrieben (in <span style="color:#C00000">Rot</span>).</p>`+sig+`<p>Geschäftsführer: Dr. Helga Brandt · Sitz: Bielefeld · Amtsgericht Bielefeld HRB 41872</p>`+outlookRule+`<p>1. Welche Version?</p><p><span style="color:#C00000">Version 4.2.1.</span></p>`+sig+`</body></html>`)
	notes := "From: L <l@x.example>\r\nTo: support@acme.example\r\nSubject: Re: [Acme #2] Queue\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<font>Hi Priya,</font><br><br><font>please find my answers below in blue.</font><br><br><font>Lars</font><br>` +
		`<table><tr><td><font color=#5f5f5f>From: </font><td>Acme Support<tr><td><font color=#5f5f5f>To: </font><td>Lars<tr><td><font color=#5f5f5f>Date: </font><td>24.11.2026<tr><td><font color=#5f5f5f>Subject: </font><td>Re: [Acme #2] Queue</table><hr>` +
		`<p>1. Which vessels?</p><font color=blue>MV Nordlys only.</font><p>Priya</p>`
	for _, tt := range []struct{ name, raw, want string }{
		{"German answers in red and a coloured signature", german,
			"Hallo Herr Kern,\n\nMeine Antworten habe ich direkt in Ihre Mail geschrieben (in Rot).\n\nJürgen Kessler\nBrandt GmbH\n\nGeschäftsführer: Dr. Helga Brandt · Sitz: Bielefeld · Amtsgericht Bielefeld HRB 41872\n\nVersion 4.2.1."},
		{"Notes' header table and answers in a font colour", notes, "Hi Priya,\n\nplease find my answers below in blue.\n\nLars\n\nMV Nordlys only."},
	} {
		m, err := Parse([]byte(tt.raw), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if spacingFree(m.Visible) != spacingFree(tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, m.Visible, tt.want)
		}
	}
	checkVisible(t, []bodyCase{
		{"a status notice deep in a forwarded chain", "Hello Acme team,\n\nPlease see the incident summary you sent yesterday. Our monitoring shows errors from 13:05, not 13:20.\n\nPriyanka\n\nFrom: Acme Status <status@acme.example>\nSent: 24 November 2026 15:02\nTo: Owen Fletcher <owen@x.example>\nSubject: [Resolved] INC-2026-1142\n\nIncident INC-2026-1142 has been resolved.\n\nYou are receiving this email because you subscribed to Acme status updates.\n",
			"Hello Acme team,\n\nPlease see the incident summary you sent yesterday. Our monitoring shows errors from 13:05, not 13:20.\n\nPriyanka"},
	})
}

// TestToolNoteDatedInWords: a facilities tool's notice of a work order
// carries a technician's note under "<label> <name> (<date in words>,
// <time>):"; the note alone is the text, the order's fields above it and
// the footer below it the tool's, in German, Spanish and American form.
func TestToolNoteDatedInWords(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"German", "Arbeitsauftrag AA-3310 wurde aktualisiert.\n----------------------------------------\n\nObjekt: Lindenhof 4, Graz\nAnlage: Aufzug 2\nStatus: Warten auf Teile\n\nNotiz von Jan Berger (15. Juli 2026, 11:37):\n\nTürantrieb defekt, Ersatzteil bestellt. Aufzug bis Freitag außer Betrieb.\n\n----------------------------------------\nAuftrag ansehen: https://cafm.x.example/aa/3310\n\nSie erhalten diese E-Mail, weil Sie diesen Auftrag beobachten.\n",
			"Türantrieb defekt, Ersatzteil bestellt. Aufzug bis Freitag außer Betrieb."},
		{"Spanish", "La orden de trabajo OT-771 fue actualizada.\n----------\n\nSitio: Edificio Alameda\nEstado: En espera\n\nNota de Ana Soto (3 jul 2026 09:05 CLT):\n\nSe cambió la bomba del estanque. Queda en observación hasta el lunes.\n\n----------\nRecibe este correo porque sigue esta orden de trabajo.\n",
			"Se cambió la bomba del estanque. Queda en observación hasta el lunes."},
		{"American", "Work request 5120 was updated.\n----------\n\nBuilding: 14 Harbor Way\nStatus: Open\n\nComment by Sam Lee (Jul 15, 2026 9:05 AM):\n\nRoof drain cleared, no leak at the moment.\n\n----------\nYou're receiving this email because you follow this request.\n",
			"Roof drain cleared, no leak at the moment."},
	})
}
