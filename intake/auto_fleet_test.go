package intake

import (
	"fmt"
	"testing"
)

// TestDetectAutoCommentByNamedWriter checks that a portal's notice of a
// comment, whose line above it names the person who wrote it ("New comment
// by Ionuț Popescu (installer, AutoTech Cluj SRL):", "Neuer Kommentar von
// Jonas Weber:") and whose comment, quoted with "> ", opens by addressing
// us by name, is that person's mail to us, though the portal marks it
// auto-generated and bulk and sends it from its no-reply address
// (auto/stranger53). A comment addressed to no one, or our own comment
// told back to us, stays the portal's.
func TestDetectAutoCommentByNamedWriter(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	portal := "From: ProvisionHub <noreply@provhub.example>\r\nSubject: [ProvisionHub] RMA-4471 - new comment\r\nIn-Reply-To: <rma-4471@provhub.example>\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + utf8
	const frame = "ProvisionHub - device provisioning portal\n------------------------------------------------------------\nRMA-4471  |  Device AT-4G  |  Status: Awaiting OEM\n------------------------------------------------------------\n\n"
	const foot = "\n\n------------------------------------------------------------\nReply above this line to add a comment to RMA-4471.\nYou are receiving this because you are a watcher of RMA-4471."
	checkAutoCases(t, []autoCase{
		{"an installer's comment greeting us, quoted below the line naming him", portal,
			frame + "New comment by Ionuț Popescu (installer, AutoTech Cluj SRL):\n\n> Hello Example, I am on site with the replacement unit for RMA-4471 and\n> your platform rejects it with \"IMEI already bound\". Can someone release\n> the old binding please? I will wait on site." + foot, Human},
		{"a German installer's comment greeting us", portal,
			frame + "Neuer Kommentar von Jonas Weber (Installateur):\n\n> Hallo Example, ich stehe beim Kunden und das neue Gerät wird von eurer\n> Plattform abgelehnt. Könnt ihr die alte Zuordnung bitte heute lösen?" + foot, Human},
		{"a French comment in quotation marks", portal,
			frame + "Nouveau commentaire de Claire Martin :\n\n« Bonjour Example, le boîtier de remplacement est refusé par votre plateforme depuis ce matin. Pouvez-vous débloquer l'ancien IMEI ? »" + foot, Human},
	})
}

// TestDetectAutoCommentByNamedWriterNotText: what a portal quotes that
// is not a person's mail to us.
func TestDetectAutoCommentByNamedWriterNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	portal := "From: ProvisionHub <noreply@provhub.example>\r\nSubject: [ProvisionHub] RMA-4471 - new comment\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + utf8
	const foot = "\n\nReply above this line to add a comment to RMA-4471.\nYou are receiving this because you are a watcher of RMA-4471."
	checkAutoCases(t, []autoCase{
		{"a comment on a watched item addressed to no one", portal,
			"New comment by Ionuț Popescu (installer):\n\n> Replacement unit fitted and tested, the old one goes back to the OEM on Monday with the courier." + foot, List},
		{"our own comment told back to us", portal,
			"New comment by Example Support:\n\n> Hello Example, we released the binding for RMA-4471, please try again now and tell us if it works." + foot, List},
		{"a quote that greets us under a line naming no person", portal,
			"Latest status from the OEM portal:\n\n> Hello Example, replacement unit RMA-4471 has been dispatched and will reach the installer tomorrow." + foot, List},
	})
}

// TestDetectAutoReplyReachesWriter checks that a relay's notice of a
// named person's words (an app review with its "Author: Murat Kaya", a
// comment), which says that a reply to it by mail reaches them ("Reply to
// this email to post a public developer response") and gives a reply
// address of its own, is that person's mail to us, whatever language the
// words are in and whether or not they name us (auto/stranger53).
func TestDetectAutoReplyReachesWriter(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	relay := "From: ReviewBridge <reviews@reviewbridge.example>\r\nReply-To: ReviewBridge reply <reply+r-4417c2@reviewbridge.example>\r\nSubject: New review of \"Example Driver\" on Google Play\r\nAuto-Submitted: auto-generated\r\n" + utf8
	const fields = "New review - Example Driver (Android) - Google Play\n\nRating:   1 of 5\nAuthor:   %s\nDevice:   Samsung Galaxy Tab A8\n\nReview text:\n"
	const foot = "\n\nReply to this email to post a public developer response on Google Play.\n\n--\nReviewBridge - app review routing for support teams"
	checkAutoCases(t, []autoCase{
		{"a Turkish review with its author named", relay,
			fmt.Sprintf(fields, "Murat Kaya") + "\"Güncellemeden sonra uygulama her sabah beni çıkış yapıyor ve şirket kodunu\ntekrar girmem gerekiyor. Lütfen düzeltin ya da bana nasıl giriş\nyapacağımı söyleyin.\"" + foot, Human},
		{"a Romanian review", relay,
			fmt.Sprintf(fields, "Ioana Marin") + "\"De la ultima actualizare aplicația nu mai pornește pe tableta șoferului și pierdem cursele de dimineață.\"" + foot, Human},
	})
}

// TestDetectAutoReplyReachesWriterNotText: review and tracker notices
// that quote a person but are answered elsewhere, or only to subscribers.
func TestDetectAutoReplyReachesWriterNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	const review = "New review\n\nAuthor: Jorge Morales\n\n\"Worst update ever. All my tasks from last week disappeared and support just sends me a link to an article.\"\n\n"
	checkAutoCases(t, []autoCase{
		{"a review answered in a console", "From: Google Play Console <noreply-play-console@google.com>\r\nSubject: New 1-star review\r\nAuto-Submitted: auto-generated\r\n" + utf8,
			review + "Reply to this review: https://play.google.com/console/review?id=9", List},
		{"a review with a reply address but answered in the app", "From: AppFollow <alerts@appfollow.example>\r\nReply-To: AppFollow Team <team@appfollow.example>\r\nSubject: New review\r\nAuto-Submitted: auto-generated\r\n" + utf8,
			review + "Reply in AppFollow: https://watch.appfollow.example/reviews/1", List},
		{"a tracker's comment on a thread we only watch", "From: Tracker <notifications@tracker.example>\r\nReply-To: Tracker <reply+abc@tracker.example>\r\nSubject: [proj] Export fails\r\nAuto-Submitted: auto-generated\r\nList-Id: <proj.tracker.example>\r\n" + utf8,
			"New comment by Alice Smith:\n\n> The export fails on files over 2 GB, I attached the log from last night's run.\n\nReply to this email directly.\nYou are receiving this because you are subscribed to this thread.", List},
		{"a digest quoting reviews with no author", "From: ReviewBridge Digest <digest@reviewbridge.example>\r\nReply-To: <reply+d1@reviewbridge.example>\r\nSubject: Your weekly review digest\r\nAuto-Submitted: auto-generated\r\n" + utf8,
			"Lowest rated, not yet replied:\n\n\"Güncellemeden sonra uygulama her sabah beni çıkış yapıyor ve şirket kodunu tekrar girmem gerekiyor.\"\n\nReply to this email to post a public developer response.", List},
	})
}

// TestDetectAutoScheduledReport checks that a report whose closing lines
// say, in the third person, that it is sent automatically ("this summary
// is sent automatically every morning", "Diese Zusammenfassung wird jeden
// Morgen automatisch versendet", "Bu özet her sabah otomatik olarak
// gönderilir") is a machine's notice, however warmly it is written and
// whatever first name signs it ("Have a good day! / Alex") (auto/stranger53).
func TestDetectAutoScheduledReport(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	from := "From: Alex at TachoVault <reports@tachovault.example>\r\nReply-To: TachoVault Support <help@tachovault.example>\r\nSubject: Quick heads-up about last night's downloads\r\n" + utf8
	const letter = "Hi Example team,\n\nJust a quick heads-up on how last night went. We ran 4,812 remote downloads; 4,796 went\nthrough fine, but 16 didn't, and I thought you'd want to know before your customers notice.\n\nFull list: https://app.tachovault.example/runs/2026-11-10\n\n"
	checkAutoCases(t, []autoCase{
		{"an English nightly summary signed by a first name", from,
			letter + "Have a good day!\nAlex\n(TachoVault's nightly run assistant - this summary is sent automatically\nevery morning. Change recipients in Settings > Notifications.)", List},
		{"a German weekly report", "From: Flottenbericht <berichte@flotte.example>\r\nSubject: Ihre Woche in Zahlen\r\n" + utf8,
			"Hallo Example-Team,\n\ndiese Woche sind 312 Fahrzeuge 48.211 km gefahren, drei davon haben keine Daten gesendet, aber das lag an der Werkstatt.\n\nViele Grüße\nSabine\n\nDieser Bericht wird jeden Montag automatisch versendet. Empfänger ändern Sie unter Einstellungen.", List},
		{"a Turkish summary", "From: Filo Raporu <rapor@filo.example>\r\nSubject: Dünkü indirmeler\r\n" + utf8,
			"Merhaba Example ekibi,\n\ndün gece 1.204 uzaktan indirme yaptık, 12 tanesi başarısız oldu, liste aşağıdaki bağlantıda.\n\nİyi çalışmalar,\nAyşe\n\nBu özet her sabah otomatik olarak gönderilir.", List},
	})
}

// TestDetectAutoScheduledReportNotText: closing lines that speak of an
// automatic report and are a person's.
func TestDetectAutoScheduledReportNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	const letter = "Hello,\n\nour dispatchers rely on the overnight tachograph downloads and three trucks have been missing from them since Monday.\n\nKind regards,\nJan Novak\n\n"
	from := "From: Jan Novak <jan@haulier.example>\r\nSubject: Missing downloads\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"a PS that the report comes automatically, but", from, letter + "PS: this report is sent automatically every morning, but today's was empty.", Human},
		{"a PS promising to send the summary every week", from, letter + "PS: we will send you this summary automatically every Monday from now on.", Human},
		{"a shared mailbox's signature that says its mail is automatic", "From: Planning <planning@fulfilment.example>\r\nSubject: Downloads\r\n" + utf8,
			letter + "Dit bericht is automatisch verzonden.", Human},
		{"a forwarded report with a question", "From: Jan Novak <jan@haulier.example>\r\nSubject: Fwd: Nightly summary\r\n" + utf8,
			"Why are three trucks missing here?\n\nJan\n\n---------- Forwarded message ---------\nFrom: TachoVault <reports@tachovault.example>\n\n16 downloads failed.\n\nThis summary is sent automatically every morning.", Human},
	})
}

// TestDetectAutoKindsFleetDesk checks three kinds among automatic mail
// (auto/stranger53): an out-of-office subject under Auto-Submitted:
// auto-generated with no reference names the mail it answers
// ("Abwesenheitsnotiz: Ihre Anfrage [ESC-88701] …", as Notes sends it, the
// responder's own word before our subject); a receipt's sentence wrapped
// over two lines ("Your case has been\ncreated") is read as one; and a
// gateway's "Your message to +90 532 000 4418 was not delivered", the
// recipient between, is a delivery failure's subject.
func TestDetectAutoKindsFleetDesk(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nAuto-Submitted: auto-generated\r\n"
	const away = "Ich werde ab 02.11.2026 nicht im Büro sein. Ich kehre zurück am 13.11.2026.\n\nIn dringenden Fällen wenden Sie sich bitte an dispo@kessler.example."
	const receipt = "Hello,\n\nThank you for contacting FuelPass Partner Support. Your case has been\ncreated and assigned to our Telematics Integrations queue.\n\nCase number: 00482211\nPriority: Normal\n\nKind regards,\nFuelPass Partner Support"
	const failed = "Hi,\n\nSorry - we couldn't deliver the SMS you sent by email reply to +90 532 000 4418.\n\nThe carrier reported the number as unreachable after 3 attempts."
	checkAutoCases(t, []autoCase{
		{"Notes' German absence notice without a reference", "From: Werner Kessler <w.kessler@kessler.example>\r\nReturn-Path: <>\r\nSubject: Abwesenheitsnotiz: Ihre Anfrage [ESC-88701] Fernauslesung\r\n" + utf8, away, AutoReply},
		{"a French automatic reply without a reference", "From: Claire Martin <c.martin@ligerien.example>\r\nSubject: Réponse automatique : [ESC-88702] Boîtier\r\n" + utf8, "Je suis absente jusqu'au 16 novembre.", AutoReply},
		{"a Salesforce case receipt wrapped over two lines", "From: FuelPass Partner Support <partners@fuelpass.example>\r\nSubject: Case 00482211 created: RE: feed missing\r\n" + utf8, receipt, AutoReply},
		{"an SMS gateway's message not delivered, the number between", "From: TextRelay <notifications@textrelay.example>\r\nSubject: Your message to +90 532 000 4418 was not delivered\r\nIn-Reply-To: <sms.in.1@textrelay.example>\r\n" + utf8, failed, Bounce},
		{"a German gateway's", "From: SMSbrücke <info@smsbruecke.example>\r\nSubject: Ihre Nachricht an +49 151 0000 1234 wurde nicht zugestellt\r\n" + utf8, failed, Bounce},
	})
}

// TestDetectAutoKindsFleetDeskNotText: the same words where they are not
// those kinds.
func TestDetectAutoKindsFleetDeskNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a notice of its own under Auto-Submitted, no reference", "From: ProvisionHub <noreply@provhub.example>\r\nSubject: API token expires in 7 days\r\nAuto-Submitted: auto-generated\r\n" + utf8,
			"Your API token for tenant acme-telematics expires on 20 November 2026.", List},
		{"a person's subject that our message was not delivered", "From: Hakan Demir <hakan@anadolu.example>\r\nSubject: Your message to +90 532 000 4418 was not delivered\r\n" + utf8,
			"Hello, our driver says he never got your SMS about the geofence. Can you send it again?\n\nHakan", Human},
		{"a person's wrapped letter that says a case was created, and asks", "From: Lena Roth <lena@roth.example>\r\nSubject: Case 00482211 created\r\n" + utf8,
			"Hello,\n\nThank you for contacting us. Your case has been\ncreated, but nobody has called back since Tuesday and the feed is still missing.\n\nCan you escalate it?\n\nLena", Human},
	})
}

// TestDetectAutoNamedLinesNotText: a newsletter's letter under a line
// naming its writer, and a report pasted below a person's question, stay
// what they are.
func TestDetectAutoNamedLinesNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a newsletter's letter from its founder", "From: FuelPass News <news@fuelpass.example>\r\nSubject: November update\r\nList-Unsubscribe: <https://fuelpass.example/u>\r\nPrecedence: bulk\r\n" + utf8,
			"A message from Jane Doe (founder):\n\nDear partners, I am proud to tell you that our network now covers 4,000 stations across Europe.\n\nUnsubscribe: https://fuelpass.example/u", List},
		{"a report pasted below a person's question", "From: Jan Novak <jan@haulier.example>\r\nSubject: Nightly downloads\r\n" + utf8,
			"Hi, three of our trucks are missing from this morning's summary. Can you check why?\n\nJan\n\n16 downloads failed.\nPN21 HVX no connection to box\n\nThis summary is sent automatically every morning.", Human},
	})
}
