package intake

import "testing"

// The relays of auto/stranger54: a machine's notice, marked
// auto-generated, bulk or with a list's unsubscribe field, that sets
// apart a person's words (under a label, in quotes, as a chat's lines or
// as the whole text) and names that person by name or number. Each test
// holds the shape read as a person's and the notices of the same kind
// that carry no one's words and stay a machine's.

const relayUTF8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"

// TestDetectAutoLabelledNoteUnspaced checks that a note set out under a
// bare "Message:" whose writer the notice gives as the one replies go to
// is read as a person's when it is written in a script with no spaces
// between words (Japanese, Chinese): its lines are no eight words, but
// twenty letters. The same label above the platform's short fields stays
// its notice.
func TestDetectAutoLabelledNoteUnspaced(t *testing.T) {
	market := func(subject string) string {
		return "From: Plugin Store <store-noreply@plugins.example>\r\nReply-To: dev-4417-aa91@reply.plugins.example\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	}
	const footer = "\n\nReply to this email to answer the merchant."
	checkAutoCases(t, []autoCase{
		{"a Japanese merchant's request under Message:", market("[Plugin Store] サポート依頼"),
			"A merchant has contacted you about your plugin.\n\nStore: さくら雑貨\nContact: 森 はるか\n\nMessage:\nいつもお世話になっております。\n先週の更新から、注文確認メールにポイント残高が表示されなくなりました。\n設定は変更していません。ご確認をお願いいたします。" + footer, Human},
		{"a Chinese merchant's request under Message:", market("[Plugin Store] 支持请求"),
			"A merchant has contacted you about your plugin.\n\nStore: 小林茶行\n\nMessage:\n您好，从昨天开始，我们店铺的优惠券在结账页面一直显示无效，客户都无法使用，请尽快帮忙看一下。\n谢谢" + footer, Human},
		{"the same label above the platform's fields only", market("[Plugin Store] インストール通知"),
			"A merchant installed your plugin.\n\nMessage:\nプラン: スタンダード\n言語: 日本語\n店舗: さくら雑貨" + footer, List},
	})
}

// TestDetectAutoTranscription checks that a phone system's notice of a
// voicemail carries the caller's words when it sets out the message's
// transcription under its label and gives the caller by their number in
// a field, in English and German; a missed call with no message, and a
// meeting's recording whose transcript names no writer, stay the system's.
func TestDetectAutoTranscription(t *testing.T) {
	pbx := func(subject string) string {
		return "From: Phone Hub Voicemail <vm@notify.phonehub.example>\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8
	}
	checkAutoCases(t, []autoCase{
		{"a voicemail's transcription below the caller's number", pbx("New voicemail from +1 415 555 0199"),
			"You have a new voicemail.\n\nFrom: +1 415 555 0199\nTo: Support line (800 555 0100)\nLength: 0:41\n\nTranscription (automatic, may contain errors):\n\"Hey, this is Marco at Fern & Field, our storefront has been showing the maintenance page since noon and I can't turn it off. Could someone call me back please?\"\n\nListen: https://phonehub.example/vm/88", Human},
		{"a German voicemail's Transkription", pbx("Neue Sprachnachricht von +49 171 5550123"),
			"Sie haben eine neue Sprachnachricht.\n\nVon: +49 171 5550123\nDauer: 0:37\n\nTranskription (automatisch):\n\"Ja hallo, hier ist Petra Lang vom Hofladen Lang, bei uns kommen seit heute früh keine Bestellungen mehr an, können Sie mich bitte zurückrufen?\"", Human},
		{"a Finnish voicemail's automatic litterointi", pbx("Uusi ääniviesti numerosta +358 40 555 0101"),
			"Hei,\n\nsinulle on uusi ääniviesti postilaatikkoon 7100.\nSoittaja: +358405550101\nKesto: 0:40\n\nAutomaattinen litterointi (saattaa sisältää virheitä):\n\"Moi, täällä Anna Virtanen Kahvila Kuusesta. Meidän kassajärjestelmä ei ole hyväksynyt korttimaksuja aamusta asti. Soittakaa takaisin, kiitos.\"", Human},
		{"a Polish voicemail's automatyczna transkrypcja", pbx("Nowa wiadomość głosowa od +48 600 555 101"),
			"Masz nową wiadomość głosową.\n\nOd: +48 600 555 101\nCzas: 0:35\n\nAutomatyczna transkrypcja:\n\"Dzień dobry, tu Marek Nowak z Piekarni Nowak, od rana nie działają nam płatności kartą w sklepie. Proszę o telefon.\"", Human},
		{"a French voicemail's transcription automatique", pbx("Nouveau message vocal de +33 6 55 50 01 01"),
			"Vous avez un nouveau message vocal.\n\nDe : +33 6 55 50 01 01\nDurée : 0:29\n\nTranscription automatique :\n\"Bonjour, c'est Julie de la boulangerie Martin, nos commandes en ligne n'arrivent plus depuis ce matin. Rappelez-moi s'il vous plaît.\"", Human},
		{"a Greek voicemail's αυτόματη μεταγραφή", pbx("Νέο φωνητικό μήνυμα από +30 690 555 0101"),
			"Έχετε νέο φωνητικό μήνυμα.\n\nΑπό: +30 690 555 0101\nΔιάρκεια: 0:31\n\nΑυτόματη μεταγραφή:\n\"Καλημέρα, είμαι η Μαρία από το γυμναστήριο Αθλος, η είσοδος με κάρτα δεν λειτουργεί από το πρωί. Παρακαλώ καλέστε με.\"", Human},
		{"a Finnish missed call with no message", pbx("Vastaamaton puhelu numerosta +358 40 555 0101"),
			"Sinulle on vastaamaton puhelu.\n\nSoittaja: +358405550101\n\nSoittaja ei jättänyt ääniviestiä.", List},
		{"a missed call with no message", pbx("Missed call from +1 415 555 0199"),
			"You missed a call.\n\nFrom: +1 415 555 0199\nTo: Support line (800 555 0100)\n\nThe caller hung up without leaving a voicemail message for you.", List},
		{"a meeting's recording and its transcript", "From: Meetly <no-reply@meetly.example>\r\nSubject: Cloud recording is now available\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Your cloud recording is now available.\n\nTopic: Weekly sync\nDate: Nov 3, 2026\n\nTranscript:\nThe transcript of this meeting will be available for thirty days in your account.\n\nhttps://meetly.example/rec/share/1", List},
	})
}

// TestDetectAutoPronounLabel checks that a platform's notice setting out
// a person's words under a label that speaks of them ("Her reply:",
// "His message:") is read as theirs: the label names a person, as
// "Message from the customer:" does. A review set out as "Her review:"
// is the platform's notice of a public post, and a receipt's "Your
// message:" quotes ours.
func TestDetectAutoPronounLabel(t *testing.T) {
	site := func(subject string) string {
		return "From: RateIt <noreply@rateit.example>\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\nList-Unsubscribe: <https://rateit.example/settings>\r\n" + relayUTF8
	}
	const footer = "\n\nReplies to this email are not delivered.\nRateIt Ltd, 1 Example Road"
	checkAutoCases(t, []autoCase{
		{"a reviewer's private reply under Her reply:", site("A reviewer replied to your response"),
			"Hi Acme,\n\nJosie K. replied privately to your response on her review.\n\nHer reply:\n\"Thanks, but the discount code you sent me still fails at checkout and I have tried it on two browsers now.\"" + footer, Human},
		{"a buyer's message under His message:", site("A buyer wrote to you"),
			"Tom B. sent you a private message about his order.\n\nHis message:\nI ordered the blue lamp last week and it arrived with a cracked base, can you send a replacement part?" + footer, Human},
		{"a public review under Her review:", site("You have a new 5-star review"),
			"Josie K. left a new review of your shop.\n\nHer review:\n\"Lovely packaging and the candles smell amazing, will definitely be ordering again before Christmas.\"" + footer, List},
	})
}

// TestDetectAutoChatHandover checks that a chat tool's transcript sent
// when its bot hands a visitor over to the desk is read as the visitor's
// when the visitor, the one its replies go to, wrote a line of words in
// it; a transcript in which the visitor wrote nothing of length stays
// the tool's.
func TestDetectAutoChatHandover(t *testing.T) {
	const hdr = "From: Mia (Shop Assistant) <handoff@chat.dockly.example>\r\nReply-To: Rahul Iyer <rahul.iyer@mail.example>\r\nSubject: Conversation handed over - Rahul Iyer\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a visitor's lines in a bot's handover", hdr,
			"The visitor asked for a person. Transcript below.\n\n[14:02] Mia: Hi! How can I help?\n[14:03] Rahul Iyer: my order shows delivered but nothing arrived at my office today\n[14:03] Mia: I'm sorry to hear that.\n[14:04] Rahul Iyer: please ask a person to check with the courier, it was a gift\n\n-- \nReply to this email to answer the visitor.", Human},
		{"a handover in which the visitor only greeted", hdr,
			"The visitor asked for a person. Transcript below.\n\n[14:02] Mia: Hi! How can I help you with your order today?\n[14:03] Rahul Iyer: hi\n[14:03] Mia: Connecting you with the team now, they will reply by email.\n\n-- \nReply to this email to answer the visitor.", List},
	})
}

// TestDetectAutoHandleMessage checks that a social network's notice of a
// direct message announced by the writer's handle ("olivia.reyes.ca
// sent you a message") is read as theirs when it quotes the message in
// its own paragraph below and the message asks or speaks in its writer's
// voice; a brand's promotion announced so, and a mere ping, stay the
// network's.
func TestDetectAutoHandleMessage(t *testing.T) {
	const hdr = "From: Snapgram <notifications@mail.snapgram.example>\r\nSubject: You have a new message\r\nList-Unsubscribe: <https://snapgram.example/unsub>\r\n" + relayUTF8
	const footer = "\n\nReply on Snapgram: https://snapgram.example/direct/t/1/\n\nYou're receiving this email because message notifications are on."
	checkAutoCases(t, []autoCase{
		{"a customer's DM quoted below her handle", hdr,
			"jules_marchetti sent you a message on Snapgram\n\n\"hey, my parcel tracking hasn't moved in six days and the courier says it's with you, can you check order 5512?\"" + footer, Human},
		{"a brand's promotion announced the same way", hdr,
			"dealsdaily.au sent you a message on Snapgram\n\n\"Our biggest sale of the year starts now, forty percent off everything in store this weekend only\"" + footer, List},
		{"a mere ping", hdr,
			"jules_marchetti sent you a message on Snapgram. Open the app to read it." + footer, List},
	})
}

// TestDetectAutoNamedCustomerField checks that a chat channel's relay
// announced as a new message ("새 메시지가 도착했습니다", "新しいメッセージが
// 届きました") is read as the customer's when a field names them by name
// in their script ("고객명: 최은비", "お客様名: 山田 花子"); the same
// announcement with no one named and only a link to read it stays the
// channel's.
func TestDetectAutoNamedCustomerField(t *testing.T) {
	const hdr = "From: Channel Center <noreply@center.chatline.example>\r\nSubject: 새 메시지 알림\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a Korean customer named in her field", hdr,
			"[채널 상담] 새 메시지가 도착했습니다.\n\n고객명: 김서연\n받은 시간: 2026-11-20 10:12\n\n메시지 내용:\n안녕하세요, 어제 주문한 머그컵 세트가 깨진 채로 도착했는데 교환이나 환불 가능할까요? 사진도 보내드릴게요.\n\n관리자센터에서 답장하기: https://center.chatline.example/chat/1", Human},
		{"a Japanese customer named in her field", "From: Channel Center <noreply@center.chatline.example>\r\nSubject: 新着メッセージ\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"公式アカウントに新しいメッセージが届きました。\n\nお客様名: 山田 花子\n\nメッセージ:\n昨日注文したマグカップが割れた状態で届きました。交換か返金をお願いできますでしょうか。\n\n管理画面から返信: https://center.chatline.example/chat/2", Human},
		{"the announcement alone", hdr,
			"[채널 상담] 새 메시지가 도착했습니다.\n\n관리자센터에서 확인하세요: https://center.chatline.example/chat/1\n\n* 이 메일은 발신 전용입니다.", List},
	})
}

// TestDetectAutoTextedFromNumber checks that a gateway's relay of a text
// message (SMS, WhatsApp) is read as the texter's when it names them by
// their phone number, as the sender in its From name or subject, or on
// the line above their words with their name, and says a reply by mail
// reaches them; a missed call's notice from a number, a delivery report
// on a text of ours to a number, and a one-time code stay a machine's.
func TestDetectAutoTextedFromNumber(t *testing.T) {
	const sms = "From: \"+61 400 555 123 (SMS)\" <sms-in@relay.textly.example>\r\nSubject: SMS from +61400555123\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	const wa = "From: \"WhatsApp: Priya Nair\" <inbox-noreply@wa.relaychat.example>\r\nSubject: New WhatsApp message from +91 98450 55123\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a texter's SMS as the whole text", sms,
			"Hi its Dan from Bay Cycles, our card reader keeps declining every tap since this morning but cash works fine. Call me pls\n\n--\nReceived on your Textly number. Reply to this email to send an SMS back.", Human},
		{"a WhatsApp message below its sender's name and number", wa,
			"Priya Nair (+91 98450 55123) via WhatsApp, Acme India business number:\n\nNamaste, hamara store ka checkout page kal raat se blank aa raha hai, customers order nahi kar pa rahe. Jaldi dekhiye please.\n\nReply to this email to answer on WhatsApp.", Human},
		{"a missed call from a number", "From: Phone Hub <pbx-noreply@phonehub.example>\r\nSubject: Missed call from +61 400 555 123\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Hello Support Line,\n\nYou missed a call.\n\nFrom: +61 400 555 123\nReceived: Monday 9 November 2026, 09:12\n\nThe caller hung up without leaving a voicemail.", List},
		{"a delivery report on our text to a number", "From: Textly <notifications@textly.example>\r\nSubject: Your message to +61 400 555 123 was not delivered\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Hi,\n\nSorry - we couldn't deliver the SMS you sent by email reply to +61 400 555 123:\n\n\"Hi Dan, we have reset your card reader remotely, please try again and let us know. Acme Support\"\n\nThe carrier reported the number as unreachable. Reply to this email to try again.", Bounce},
		{"a voicemail notice from a number, no transcription", "From: Phone Hub <vm@phonehub.example>\r\nSubject: New voicemail from +61 400 555 123\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"You have a new voicemail from +61 400 555 123 (0:12).\n\nVoicemail transcription is not available for this message yet.\n\nReply to this email to send the caller an SMS.", List},
		{"a one-time code texted from a number", sms,
			"Your Bay Cycles code is 448120\n\n--\nReceived on your Textly number. Reply to this email to send an SMS back.", List},
	})
}

// The relays of auto/stranger56: the same shapes as stranger54's, read
// further where its writer set them out otherwise.

// TestDetectAutoDirectMessageNamed checks that a social inbox's relay of
// a direct message is read as its writer's when its announcement names
// the message with a word between ("Nuovo messaggio diretto su …",
// "Nouveau message privé de …") and its field gives the writer by their
// handle with their name in brackets ("Da: @giuli.senzaglutine (Giulia
// Ferri)"), the message quoted below.
func TestDetectAutoDirectMessageNamed(t *testing.T) {
	const hdr = "From: Social Inbox <no-reply@social.example>\r\nSubject: Instagram: nuovo messaggio\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"an Italian DM below the writer's handle and name", hdr,
			"Nuovo messaggio diretto su @negozio.example\n\nDa: @marta.rossi88 (Marta Rossi)\nRicevuto: 07/11/2026 17:31\n\n\"Buongiorno, il mio ordine di martedì risulta consegnato ma non è mai arrivato a casa. Potete verificare con il corriere?\"\n\nRispondi dalla Social Inbox: https://social.example/t/1", Human},
		{"a French private message below the writer's handle and name", hdr,
			"Nouveau message privé de @lucie_bernard\n\nDe : @lucie_bernard (Lucie Bernard)\nReçu : 07/11/2026 17:31\n\n\"Bonjour, je n'arrive pas à annuler ma réservation de samedi sur votre site, le bouton ne répond pas. Vous pouvez le faire pour moi ?\"\n\nRépondre : https://social.example/t/2", Human},
	})
}

// TestDetectAutoDirectMessageNamedNotText checks what the handle's
// bracket does not name: a brand's account described in it, and an
// announcement with the writer's handle alone above a ping, stay the
// network's notices.
func TestDetectAutoDirectMessageNamedNotText(t *testing.T) {
	const hdr = "From: Social Inbox <no-reply@social.example>\r\nSubject: Instagram: nuovo messaggio\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a brand's handle described in its bracket", hdr,
			"Nuovo messaggio diretto su @negozio.example\n\nDa: @saldi.moda (account verificato)\n\n\"Scopri la nuova collezione autunno inverno con sconti fino al cinquanta per cento solo questa settimana\"\n\nRispondi dalla Social Inbox: https://social.example/t/3", List},
		{"a handle alone above a ping", hdr,
			"Nuovo messaggio diretto su @negozio.example\n\nDa: @marta.rossi88\n\nApri la Social Inbox per leggere il messaggio e rispondere alla conversazione entro ventiquattro ore.", List},
	})
}

// TestDetectAutoCallerBySubjectNumber checks that a voicemail's
// transcription is read as the caller's when the subject names the
// caller by number ("Neue Sprachnachricht von +43 …") and the caller's
// field has a label no writer's field has ("Anrufer:", "Caller:"), and
// when the label's bracketed remark warns of errors in the machine's
// reading ("automatisch, kann Fehler enthalten"): the remark is not the
// label.
func TestDetectAutoCallerBySubjectNumber(t *testing.T) {
	pbx := func(subject string) string {
		return "From: Telefonzentrale <voicemail@pbx.example>\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8
	}
	checkAutoCases(t, []autoCase{
		{"a German caller's field and the remark on errors", pbx("Neue Sprachnachricht von +43 662 555 402 (0:58)"),
			"Sie haben eine neue Sprachnachricht.\n\nAnrufer:   +43 662 555 402 (Bäckerei Huber, Linz)\nDauer:     0:58\n\nTranskription (automatisch, kann Fehler enthalten):\n\"Grüß Gott, Huber hier, seit heute früh kommen die Bestellungen vom Webshop nicht mehr am Drucker an. Bitte rufen Sie mich zurück.\"", Human},
		{"an English caller's field", pbx("New voicemail from +44 20 7946 0321"),
			"You have a new voicemail.\n\nCaller: +44 20 7946 0321 (Harbour Deli)\nLength: 0:40\n\nTranscription (automatic):\n\"Hi, it's Tom at Harbour Deli, none of our online orders reached the kitchen printer today, could you call me back as soon as you can?\"", Human},
	})
}

// TestDetectAutoCallerBySubjectNumberNotText checks that a subject's
// number names no writer of a text that is none: a transcription not
// made, and a server's error text under a label that names it, with a
// bracketed host after it, stay the system's; nor a text whose own
// sender's field gives a service's code.
func TestDetectAutoCallerBySubjectNumberNotText(t *testing.T) {
	pbx := func(subject string) string {
		return "From: Telefonzentrale <voicemail@pbx.example>\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	}
	checkAutoCases(t, []autoCase{
		{"a transcription not made", pbx("Neue Sprachnachricht von +43 662 555 402 (0:03)"),
			"Sie haben eine neue Sprachnachricht.\n\nAnrufer: +43 662 555 402\n\nTranskription (automatisch, kann Fehler enthalten):\nKeine Transkription verfügbar.", List},
		{"a server's error text below its label", pbx("Fax von +43 662 555 402 nicht empfangen"),
			"Ein Fax konnte nicht empfangen werden.\n\nAnrufer: +43 662 555 402\n\nFehlermeldung des Servers (fax01.pbx.example):\nDie Gegenstelle hat die Verbindung nach der ersten Seite ohne Bestätigung beendet und nicht erneut gewählt.", List},
		{"a service's code in the sender's field, a number in the subject", "From: Textia SMS <no-reply@textia.example>\r\nSubject: SMS de +51984555017\r\nPrecedence: bulk\r\n" + relayUTF8,
			"SMS recibido en su número virtual\n\nDe: MPESA\n\nMensaje:\nsu pago de cien soles fue recibido correctamente, gracias por usar nuestro servicio de pagos", List},
	})
}

// TestDetectAutoTextBelowNumberField checks that a text message relayed
// below the gateway's fields, one of them giving the texter's number
// ("De : +1 418 555 0193"), is read as the texter's when it asks or
// speaks in the first person, though the gateway takes its answers in
// its own console and invites no reply by mail.
func TestDetectAutoTextBelowNumberField(t *testing.T) {
	const hdr = "From: TextRelay <sms-inbound@notify.textrelay.example>\r\nSubject: SMS entrant de +1 418 555 0193\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a Québec texter's question below the fields", hdr,
			"De : +1 418 555 0193\nÀ : +1 514 555 0100 (Soutien)\nReçu : 2026-11-16 20:35 HNE\n\nBonsoir c Julie du casse-croûte, notre menu en ligne affiche encore les prix de l'été. Comment je change ça? Merci\n\n--\nMessage transmis automatiquement. Répondez par SMS depuis la console.", Human},
		{"an English texter in the first person", "From: TextRelay <sms-inbound@notify.textrelay.example>\r\nSubject: Inbound SMS from +44 7700 900123\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"From: +44 7700 900123\nReceived: 2026-11-16 20:35 GMT\n\nhi its Sam from the chip shop, I cant log in to the tablet since the update and orders are piling up\n\n--\nReply from the console.", Human},
	})
}

// TestDetectAutoTextBelowNumberFieldNotText checks that the same fields
// above the gateway's own sentence stay its notice: a missed call's, and
// a delivery receipt's, neither asking nor speaking as anyone.
func TestDetectAutoTextBelowNumberFieldNotText(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a missed call below the fields", "From: TextRelay <calls@notify.textrelay.example>\r\nSubject: Appel manqué de +1 418 555 0193\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"De : +1 418 555 0193\nReçu : 2026-11-16 20:35 HNE\n\nL'appelant a raccroché sans laisser de message vocal pour votre ligne de soutien.\n\n--\nRappelez depuis la console.", List},
		{"a delivery receipt below the fields", "From: TextRelay <sms@notify.textrelay.example>\r\nSubject: Accusé de réception de +1 418 555 0193\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"De : +1 418 555 0193\nÀ : +1 514 555 0100\n\nLe message envoyé depuis la console a été livré au destinataire selon l'opérateur.", List},
	})
}

// The relays of auto/stranger57, and the two stranger56 left: a form's
// or an answering service's notice that sets a person's free text as a
// paragraph below a label and names that person in a field of its own,
// or says in its label that the text was typed in.

// TestDetectAutoNoteBelowNamedField checks that a note set out below a
// label for typed text ("Mensaje:", "Comments:", "Σημειώσεις
// τηλεφωνήτριας:", "Note:") is read as the person's a field of the
// notice names by its label for who filled it in or called ("Nombre:",
// "Name:", "Καλών:", "Nome e cognome:"), their name a person's: a chat
// widget's offline message, a web form's comments, a call-answering
// service's notes on a caller, in the operator's words.
func TestDetectAutoNoteBelowNamedField(t *testing.T) {
	hdr := func(from, subject string) string {
		return "From: " + from + "\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	}
	checkAutoCases(t, []autoCase{
		{"a chat widget's offline message below the visitor's name", hdr("Chat <chat-noreply@chat.example>", "Mensaje offline del chat"),
			"Nuevo mensaje dejado en el chat fuera de horario.\n\nNombre: Lucía Martín\nEmpresa: Gestoría Martín (Murcia)\nEmail: lucia@gestoria.example\n\nMensaje:\nBuenas tardes, no consigo descargar las facturas de octubre desde el panel,\nel botón se queda cargando. ¿Podéis enviármelas por correo?\n\n--\nChat · transcripción automática", Human},
		{"a web form's comments below the customer's name", hdr("Website Forms <forms@notify.example>", "Callback request"),
			"Name: Gareth Price\nPhone: 029 2018 4410\n\nComments:\nOur card terminal has been offline since lunchtime and the shop is\nrunning on cash only. Could someone call back before five today?", Human},
		{"an answering service's notes on a named caller", hdr("Τηλεφωνική Γραμματεία <messages@grammateia.example>", "Μήνυμα κλήσης #4410"),
			"ΜΗΝΥΜΑ ΚΛΗΣΗΣ\n\nΚαλών: Νίκος Παππάς, Ταβέρνα Θάλασσα, Βόλος\nΤηλέφωνο: 24210 55 120\n\nΣημειώσεις τηλεφωνήτριας:\nΟ κ. Παππάς λέει ότι οι κρατήσεις του Σαββάτου δεν εμφανίζονται στο σύστημα\nκαι ζητά να τον καλέσει κάποιος σήμερα το απόγευμα.", Human},
		{"an Italian form's note below the customer's full name", hdr("Modulo contatti <no-reply@forms.example>", "Richiesta di assistenza"),
			"Nome e cognome: Chiara Esposito\nEmail: chiara@pasticceria.example\n\nNote:\nda ieri sera la stampante della cucina non riceve più gli ordini dal sito\ne dobbiamo copiarli a mano, potete richiamarmi in mattinata?", Human},
	})
}

// TestDetectAutoNoteBelowNamedFieldNotText checks what such a field does
// not name, and what such a label does not set out: a monitoring alert's
// "Description:" below fields that name its source, responders and host,
// not a person; the same label below a name field that gives an
// integration's name; a desk's acknowledgement of our mail that names
// our agent as its caller and quotes our text under "Description:"; and
// a device's notes below an establishment's field, no one's name field
// among them.
func TestDetectAutoNoteBelowNamedFieldNotText(t *testing.T) {
	const alert = "From: Opsgenie <opsgenie@alerts.example>\r\nSubject: [P2] Alert: collectors offline\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a monitoring alert's description", alert,
			"[P2] Collectors offline at ATL-DC2\n\nPriority: P2\nSource: fleet-webhook\nEntity: ATL-DC2\nResponders: Vendor Escalation (team)\n\nDescription:\n23 of 41 collectors at site ATL-DC2 have not reported in the last 15 minutes.\nFirst missing: ATL-COL-07 at 21:29 EST.", List},
		{"a description below an integration's name", alert,
			"Alert created\n\nName: fleet-webhook integration\nHost: atl-dc2-gw01\n\nDescription:\nThe heartbeat from the gateway has expired and no data arrived in the last hour.", List},
		{"a desk's acknowledgement quoting our mail below its caller's name", "From: Fenwick Health IT <fenwickhealth@service-now.example>\r\nSubject: INC0093311 has been opened on your behalf\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Your email has been received and incident INC0093311 has been opened on your behalf.\n\nCaller: Tom Hargreaves\nShort description: Care home export - please confirm column order\n\nDescription:\nBefore we switch the nightly export for your three care homes to the new format, please could your team confirm which column order your tool expects?", List},
		{"a device's notes below an establishment's field", "From: Écran Cuisine <kds-noreply@kds.example>\r\nSubject: [KDS] Alerte : écran hors ligne\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Alerte automatique de l'écran cuisine.\n\nÉtablissement : Brasserie Lorraine, Nancy (FR-2210)\nÉcran : Froid-2 (logiciel 5.14.2)\n\nNotes :\nL'écran est hors ligne depuis quinze minutes et ses bons ont été redirigés vers Chaud-1.", List},
	})
}

// TestDetectAutoTypedLabel checks that a note is read as a person's when
// its label says it was typed in ("Commentaire saisi :", "Description
// (entered by the customer):", "Eingegebener Kommentar:", "ご入力内容:"),
// though the notice names its writer by a role and a first name
// ("Utilisateur connecté : Chef - Nicolas") or not at all: a machine sets
// out what it found, a person what they typed.
func TestDetectAutoTypedLabel(t *testing.T) {
	hdr := func(from, subject string) string {
		return "From: " + from + "\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8
	}
	checkAutoCases(t, []autoCase{
		{"a kitchen display's report of a chef's typed comment", hdr("Écran Cuisine <kds-noreply@kds.example>", "[KDS] Signalement manuel"),
			"Signalement envoyé depuis l'écran cuisine.\n\nÉtablissement : Café du Port, Sète\nUtilisateur connecté : Chef - Marc\n\nCommentaire saisi :\nles tickets du soir sortent sans les allergènes depuis la mise à jour,\nrappelez nous vite svp", Human},
		{"a claims form's description entered by the customer", hdr("Claim Form <forms-noreply@claims.example>", "New claim notification (ref FN-1120)"),
			"A new claim notification was submitted.\n\nReference: FN-1120\nClaim type: Motor - windscreen\n\nDescription (entered by the customer):\nA stone cracked the windscreen on the motorway this morning and the crack\nis spreading. Do I need to get a quote first or can I book the repair?", Human},
		{"a German form's entered comment", hdr("Störungsmeldung <noreply@portal.example>", "Neue Störungsmeldung"),
			"Eine Störungsmeldung wurde über das Portal gesendet.\n\nFiliale: Bäckerei Hahn, Kassel\n\nEingegebener Kommentar:\nSeit heute früh druckt die Kasse keine Bons mehr und die Kartenzahlung bricht ab.", Human},
		{"a Japanese form's entered content", hdr("お問い合わせフォーム <noreply@form.example>", "お問い合わせがありました"),
			"お問い合わせフォームから送信がありました。\n\nご入力内容:\n昨日から管理画面にログインできません。パスワードを再設定してもエラーになります。至急ご確認ください。", Human},
	})
}

// TestDetectAutoTypedLabelNotText checks that a label that says its text
// was made by a machine, or says nothing of who typed it, sets out no
// one's words: the same device's "Commentaire :" on its own event below
// the chef's field, a monitoring system's "Description (generated by
// the monitoring system):", and a report's "Texte généré :".
func TestDetectAutoTypedLabelNotText(t *testing.T) {
	const kds = "From: Écran Cuisine <kds-noreply@kds.example>\r\nSubject: [KDS] Alerte\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"the device's own comment below the chef's field", kds,
			"Alerte automatique de l'écran cuisine.\n\nUtilisateur connecté : Chef - Marc\n\nCommentaire :\nL'écran a redémarré automatiquement après la mise à jour du logiciel de cette nuit.", List},
		{"a description generated by the monitoring system", "From: Monitor <monitor@alerts.example>\r\nSubject: PROBLEM: disk space\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Host: db-02\nSeverity: High\n\nDescription (generated by the monitoring system):\nFree disk space on /var is below ten percent and has been falling for two hours.", List},
		{"a report's generated text", kds,
			"Rapport hebdomadaire de l'écran cuisine.\n\nTexte généré :\nCette semaine, l'écran a traité 1 240 bons avec un temps moyen de préparation de douze minutes.", List},
	})
}

// The relays of auto/stranger58: a gateway's text set in quotation
// marks below its fields, a review site's announcement that wraps and
// names its writer before a bracket, a social inbox's direct message
// below its writer's handle and a colon; and a responder's line that
// names itself after a greeting.

// TestDetectAutoQuotedTextFromNumber checks that a messaging gateway's
// relay of a text from the number its subject names, answered by
// replying to the mail, is read as the texter's when it sets the text
// in quotation marks as a paragraph below its own fields, whatever
// language the text is in ("maine … plan liya tha" says "I" in Hindi).
func TestDetectAutoQuotedTextFromNumber(t *testing.T) {
	const hdr = "From: ChatBridge <notifications@chatbridge.example>\r\nReply-To: wa-919800055123@inbox.chatbridge.example\r\nSubject: WhatsApp message from +91 98000 55123 (Rohit Verma)\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\nList-Unsubscribe: <https://chatbridge.example/settings>\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a Hinglish text in quotes below the gateway's fields", hdr,
			"New WhatsApp message for Acme Support (+91 80 5555 0100)\n\nFrom: Rohit Verma (+91 98000 55123)\nReceived: 7 Nov 2026, 12:14 IST\n\n\"Namaste, maine pichle hafte yearly plan liya tha lekin app abhi bhi trial dikha raha hai, kripya check kijiye.\"\n\nReply to this email to answer on WhatsApp.", Human},
	})
}

// TestDetectAutoQuotedTextFromNumberNotText checks that quotation marks
// set out no one's text when what they hold is no sentence: a one-time
// code the same gateway relays from a number stays its notice.
func TestDetectAutoQuotedTextFromNumberNotText(t *testing.T) {
	const hdr = "From: ChatBridge <notifications@chatbridge.example>\r\nSubject: SMS from +91 98000 55123\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\nList-Unsubscribe: <https://chatbridge.example/settings>\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a one-time code in quotes", hdr,
			"New SMS for Acme Support\n\nFrom: +91 98000 55123\n\n\"Your login code is 448120\"\n\nReply to this email to answer by SMS.", List},
	})
}

// TestDetectAutoWrappedAnnouncement checks that a platform's line saying
// a person sent us a message is read where the notice wraps it ("… and
// sent you a" / "private message:"), with a word between "a" and
// "message", and a subject that runs long before its verb: the person's
// name, then a bracket saying where they are, then what else they did.
// The message below, in its writer's voice, is theirs.
func TestDetectAutoWrappedAnnouncement(t *testing.T) {
	const hdr = "From: ReviewNest <noreply@reviewnest.example>\r\nSubject: A reviewer sent you a private message\r\nPrecedence: bulk\r\nList-Unsubscribe: <https://reviewnest.example/unsub>\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a reviewer's private message below a wrapped announcement", hdr,
			"ReviewNest for Business\n\nHannah Price (Leeds, GB) left a 3-star review of Acme and sent you a\nprivate message:\n\n\"I've had the same login error on the member app since the update and\nnobody has answered my two chats, can someone look at account 4471?\"\n\nReply to Hannah: https://reviewnest.example/inbox/1", Human},
	})
}

// TestDetectAutoWrappedAnnouncementNotText checks that the same wrapped
// announcement stays the platform's notice when it names no person
// before its bracket ("Your listing (Acme) …") or above a mere ping, or
// when what it quotes is a brand's promotion that neither asks nor says
// "I".
func TestDetectAutoWrappedAnnouncementNotText(t *testing.T) {
	const hdr = "From: ReviewNest <noreply@reviewnest.example>\r\nSubject: Activity on your listing\r\nPrecedence: bulk\r\nList-Unsubscribe: <https://reviewnest.example/unsub>\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a listing, not a person, before the bracket", hdr,
			"Your listing (Acme) received a new review this week and someone sent you a\nprivate message:\n\n\"Our biggest sale of the season is on now with forty percent off every plan this weekend only\"\n\nSee it: https://reviewnest.example/inbox/2", List},
		{"a brand's promotion below a named announcement", hdr,
			"Deal Daily (verified business) liked your page this week and sent you a\npromotional message:\n\n\"Our biggest sale of the season is on now with forty percent off every plan this weekend only\"\n\nSee it: https://reviewnest.example/inbox/3", List},
		{"a mere ping below a named announcement", hdr,
			"Hannah Price (Leeds, GB) left a 3-star review of Acme and sent you a\nprivate message. Open ReviewNest to read it and answer within seven days of the review.", List},
	})
}

// TestDetectAutoSpeakerLabel checks that a social inbox's relay of a
// direct message, sent marked auto-generated from the inbox's own
// address (no no-reply, no notifier), is read as its writer's when the
// paragraph below its announcement is the writer alone with a colon, as
// a chat sets who speaks ("@lari.crossfit (Larissa Tavares):", "Maya
// Lopez:"), and the message below asks or speaks in the first person.
func TestDetectAutoSpeakerLabel(t *testing.T) {
	const hdr = "From: SocialHub <inbox@socialhub.example>\r\nSubject: Instagram Direct: new message\r\nAuto-Submitted: auto-generated\r\nPrecedence: list\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a Portuguese DM below the writer's handle and name", hdr,
			"Nova mensagem direta no Instagram (@acme.brasil)\n\n@bia.corre (Beatriz Lima):\n\noi! o app me cobrou duas vezes a mensalidade deste mês no cartão, como faço pra receber de volta?\n\n—\nResponda por este e-mail.", Human},
		{"an English DM below the writer's name", hdr,
			"New direct message on Instagram (@acme)\n\nMaya Lopez:\n\nhi, I booked the Saturday spin class twice by mistake and the app won't let me cancel one of them\n\n—\nReply to this email or in SocialHub.", Human},
	})
}

// TestDetectAutoSpeakerLabelNotText checks what a colon after a name
// does not make a writer: a greeting to us ("Dear Acme Support:"), a
// team's name, and a writer above a brand's promotion that neither asks
// nor says "I" stay the inbox's notices.
func TestDetectAutoSpeakerLabelNotText(t *testing.T) {
	const hdr = "From: SocialHub <inbox@socialhub.example>\r\nSubject: Instagram Direct: new message\r\nAuto-Submitted: auto-generated\r\nPrecedence: list\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a greeting to us", hdr,
			"New direct message on Instagram (@acme)\n\nDear Acme Support:\n\nyour weekly summary of direct messages is ready, with response times and the busiest hours of the week\n\n—\nSocialHub.", List},
		{"a team's name", hdr,
			"New direct message on Instagram (@acme)\n\nSocialHub Care Team:\n\nwe have moved your inbox to the new servers, did you notice anything different this morning?\n\n—\nSocialHub.", List},
		{"a brand's promotion below its handle", hdr,
			"New direct message on Instagram (@acme)\n\n@deal.daily (Deal Daily):\n\nOur biggest sale of the season is on now with forty percent off every plan this weekend only\n\n—\nSocialHub.", List},
	})
}

// TestDetectAutoGreetedAutoReplyLine checks that a responder with no
// automatic-mail header that names itself on its first line after a
// greeting ("Olá! Esta é uma resposta automática.", "Hello! This is an
// automatic reply.") is read as an automatic reply to ours.
func TestDetectAutoGreetedAutoReplyLine(t *testing.T) {
	const hdr = "From: Studio Flow <contato@studioflow.example>\r\nSubject: Re: [ACM-1201] Catraca\r\nIn-Reply-To: <ACM-1201.r1@example.com>\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a Portuguese responder after its greeting", hdr,
			"Olá! Esta é uma resposta automática.\n\nRecebemos sua mensagem. Nosso horário de atendimento é de segunda a sexta, das 9h às 18h, e responderemos no próximo dia útil.\n\nStudio Flow", AutoReply},
		{"an English responder after its greeting", hdr,
			"Hello! This is an automatic reply.\n\nWe have your message and our office is closed for the long weekend; we will answer from Tuesday.\n\nStudio Flow", AutoReply},
	})
}

// TestDetectAutoGreetedAutoReplyLineNotText checks that a person's reply
// that greets and then speaks of an automatic reply, or greets someone
// by name first, is no responder's line.
func TestDetectAutoGreetedAutoReplyLineNotText(t *testing.T) {
	const hdr = "From: Studio Flow <contato@studioflow.example>\r\nSubject: Re: [ACM-1201] Catraca\r\nIn-Reply-To: <ACM-1201.r1@example.com>\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"a question about an automatic reply", hdr,
			"Olá! Esta é uma resposta automática de vocês? A catraca continua travada desde ontem.\n\nMarina", Human},
		{"a greeting by name before the words", hdr,
			"Hi Maria, automatic reply.\n\nSorry, that was meant for someone else; the turnstile still rejects every card since yesterday.\n\nMarina", Human},
	})
}

// TestDetectAutoTextBelowWriterField checks that a relay's text set out
// below its fields is read as its writer's when a field names them by a
// handle or a number with their name in brackets, whatever the label's
// language, or by a caller's number, a title above the fields or a label
// of its own above the text ("Text uživatele:"), and the text asks,
// speaks in the first person in its own language or stands in quotation
// marks: a chat bot's relay, a voicemail's transcript, an Arabic SMS.
func TestDetectAutoTextBelowWriterField(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a chat bot's relay below a handle with a name", "From: Chat Bot <bot@chat.example>\r\nSubject: Telegram: nouveau message\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Nouveau message Telegram\nUtilisateur : @ferme_nadia (Nadia Berrada, Fès)\n\nBonjour, la livraison de lundi est arrivée sans le bon de livraison, vous pouvez me le renvoyer ?\n\n— Répondre dans l'interface.", Human},
		{"a Swahili relay below a name with a number", "From: Chat Inbox <notifications@chat.example>\r\nSubject: New message\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Channel: Viber\nFrom: Achieng Otieno (+254 711 555 010) - Kisumu Farm Supplies\n\nHabari. Nimetuma malipo jana lakini akaunti yangu bado imefungwa, naomba msaada leo kwa sababu wateja wananisubiri.\n\n--\nReply from the console.", Human},
		{"a Turkish voicemail's quoted transcript below the caller's number", "From: Santral <voicemail@pbx.example>\r\nSubject: Yeni sesli mesaj\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Yeni bir sesli mesajınız var.\n\nArayan: +90 312 555 01 23\nSüre: 0:31\n\nOtomatik döküm:\n\"Merhaba, Ankara'dan Ayşe Demir. Dünkü teslimatta iki koli eksik geldi, lütfen kontrol edip dönüş yapın.\"\n\nDöküm hatalar içerebilir.", Human},
		{"an Arabic SMS below its sender's number", "From: SMS Gateway <sms-noreply@gw.example>\r\nSubject: =?utf-8?b?2LHYs9in2YTYqSDZhdmGICsyMCAxMDAgNTU1IDAxMjM=?=\r\nPrecedence: junk\r\n" + relayUTF8,
			"رسالة نصية واردة\nمن: \u200e+20 100 555 0123\nالوقت: 01/12/2026 10:00\n\nالسلام عليكم، طلبت الأدوية من أسبوعين ولسه ما وصلتش لحد النهارده. ممكن حد يتصل بيا النهارده ضروري؟\n\n---\nللرد استخدم لوحة التحكم.", Human},
		{"a field app's report below the user's name and its label", "From: Terén App <noreply@app.example>\r\nSubject: Nahlášený problém\r\nPrecedence: bulk\r\n" + relayUTF8,
			"Hlášení problému z aplikace\nUživatel: Petr Novák (obchodní zástupce)\nVerze: 2.1\n\nText uživatele:\nDobrý den, objednávka pro zákazníka se neodešle a aplikace hlásí chybu. Můžete ji prosím odeslat ručně?\n", Human},
	})
}

// TestDetectAutoTextBelowWriterFieldNotText checks what fields above a
// paragraph do not make a writer's text: an authority named as sender
// above a notice whose "i" is a Danish "in", a missed call's notice
// below the caller's number, a login alert below a user's name that
// neither asks nor quotes anyone.
func TestDetectAutoTextBelowWriterFieldNotText(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a digital post box's notice of a letter", "From: e-Post <noreply@epost.example>\r\nSubject: Ny post\r\n" + relayUTF8,
			"Du har modtaget ny post.\n\nAfsender: Nordby Kommune\nModtaget: 18.11.2026\n\nLog ind på e-post.dk eller i appen for at læse din post, som ikke er vedhæftet denne mail.", List},
		{"a missed call below the caller's number", "From: Santral <voicemail@pbx.example>\r\nSubject: Cevapsız arama\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Cevapsız arama\nArayan: +90 312 555 01 23\nSaat: 10:02\n\nArayan kişi sesli mesaj bırakmadan aramayı sonlandırdı ve hat kapatıldı.", List},
		{"a login alert below a user's name", "From: Portal <noreply@portal.example>\r\nSubject: Autentificare nouă\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Autentificare nouă în cont\nUtilizator: Ion Popescu\nIP: 203.0.113.7\n\nDacă nu ați fost dumneavoastră, schimbați parola imediat din setările contului dvs.", List},
	})
}

// TestDetectAutoRelayedPersonShapes checks the shapes a relay of a
// person's words shares whatever its platform, each read as a person's
// (stranger60): a chat transcript whose speaker the fields name by name
// and number, a "… sent a message to your Page" with the message quoted
// below, a "new message from a buyer" with a "Buyer:" field, a comment
// under "Comentário do cliente:", a Vietnamese sender's field above a
// quoted text, a byline above a quoted text that gives the writer's
// account reference.
func TestDetectAutoRelayedPersonShapes(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a chat transcript of the contact the fields name", "From: Chat Relay <relay@chat.example>\r\nReply-To: chat+5511999990000@chat.example\r\nSubject: Nova conversa\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8,
			"Conversa encaminhada do canal de chat\n\nContato: Marina Lopes (+55 11 99999-0000)\nPedido: 4411\n\n10:01  Marina: oi\n10:02  Marina: o pedido chegou faltando duas caixas e a nota fiscal veio errada\n10:03  [Bot] Aguarde um atendente.\n", Human},
		{"a message sent to a page, quoted below", "From: Social Inbox <notifications@social.example>\r\nSubject: New message\r\nAuto-Submitted: auto-generated\r\nList-Unsubscribe: <https://social.example/u>\r\n" + relayUTF8,
			"Ana Reyes sent a message to your Page \"Acme Support PH\"\n\n  \"Hello po, two days na walang internet sa bahay namin, kailan po ba maaayos? Account 5521-8890.\"\n\nReply on the platform: https://social.example/c/1\n", Human},
		{"a buyer named in the role's field", "From: Seller Center <no-reply@seller.example>\r\nSubject: New buyer message\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8,
			"Acme Store, you have a new message from a buyer.\n\nBuyer: jo_ann****\nOrder: #55810\n\nMessage:\n\"The charger arrived but it does not fit the device at all, can I return it before Friday please?\"\n\nOpen chat: https://seller.example/im/55810\n", Human},
		{"a comment under the Portuguese customer's label", "From: App Leitura <app@leitura.example>\r\nReply-To: Edson Lima <edson@mail.example>\r\nSubject: Leitura com divergência\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"O cliente enviou uma leitura.\n\nLeitura informada: 1.204\n\nComentário do cliente:\n\"O leiturista marcou errado de novo, quero que alguém venha conferir comigo em casa.\"\n", Human},
		{"a Vietnamese sender's field above a quoted text", "From: OA Inbox <no-reply@oa.example>\r\nSubject: Tin nhắn mới\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8,
			"Official Account: Acme Hà Nội\nNgười gửi: Trần Thị Mai\nThời gian: 19/11/2026 21:04\n\nNội dung:\n\"Nhà em mất điện từ chiều tới giờ, hàng xóm vẫn có điện, nhờ anh chị cho thợ qua sớm giúp em.\"\n", Human},
		{"a review quoted below its byline, giving the account", "From: Reviews <noreply@reviews.example>\r\nSubject: Nuova recensione\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8,
			"Hai ricevuto una nuova recensione\n\nDi Carla M., Lecce - 17 nov 2026\n\n\"Da due mesi la bolletta è doppia e nessuno risponde al telefono. Vorrei che qualcuno controllasse la lettura. Cod. utente 0072231777.\"\n\nRispondi pubblicamente: https://reviews.example/r/1\n", Human},
	})
}

// TestDetectAutoRelayedPersonShapesNotText checks what those shapes do
// not take: a challenge that says we sent a message, a platform's
// preview cut off with an ellipsis, a buyer's announcement whose field
// gives a number alone, a transcript whose long lines are the bot's, a
// review that gives no account, a system's message under "Mensagem do
// sistema:", a Vietnamese notice naming its sender above a line that
// neither asks nor quotes anyone.
func TestDetectAutoRelayedPersonShapesNotText(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a challenge on our own message", "From: Robert Kline (via MailVerify) <verify@mailverify.example>\r\nReply-To: verify@mailverify.example\r\nSubject: Please verify your message\r\nAuto-Submitted: auto-replied\r\n" + relayUTF8,
			"Hello,\n\nYou recently sent a message to robert@kline.example:\n\nRobert Kline uses MailVerify to protect his inbox from junk mail. Your message is held until you confirm that you are a real person.\n", AutoReply},
		{"a preview cut off", "From: Facebook <notification@facebookmail.example>\r\nReply-To: noreply <noreply@facebookmail.example>\r\nSubject: New message\r\nList-Unsubscribe: <https://fb.example/u>\r\n" + relayUTF8,
			"Marta Silva sent a message to Acme Planner\n\n\"Olá, como faço para cancelar a assinatura? Não encontro a opção no app e já fui cobrada este mês...\"\n\nReply in Business Suite: https://fb.example/inbox\n", List},
		{"a buyer's field with a number alone", "From: Seller Center <no-reply@seller.example>\r\nSubject: Order update\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8,
			"You have a new message from a buyer.\n\nBuyer: 5581029344\n\nOpen the seller center to read it and reply within 12 hours to keep your response rate high.\n", List},
		{"a transcript whose long lines are the bot's", "From: Chat Relay <relay@chat.example>\r\nSubject: Conversa\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8,
			"Conversa do canal de chat\n\nContato: Marina Lopes (+55 11 99999-0000)\n\n10:01  Marina: oi\n10:02  Bot: Nosso horário de atendimento é de segunda a sexta das oito às dezoito horas\n", List},
		{"a review that gives no account", "From: Reviews <noreply@reviews.example>\r\nSubject: New review\r\nAuto-Submitted: auto-generated\r\nPrecedence: bulk\r\n" + relayUTF8,
			"You've got a new review\n\nBy Jorge Morales, Leeds - 20 Mar 2026\n\n\"Worst update ever. All my tasks from last week disappeared and support just sends me a link to an article.\"\n\nReply to this review: https://reviews.example/r/2\n", List},
		{"a system's message under its Portuguese label", "From: Portal <noreply@portal.example>\r\nReply-To: Suporte <suporte@portal.example>\r\nSubject: Aviso\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Mensagem do sistema:\nA manutenção programada do portal ocorrerá no sábado entre as duas e as seis horas da manhã.\n", List},
		{"a Vietnamese notice naming its sender", "From: Cổng thông tin <no-reply@portal.example>\r\nSubject: Thông báo\r\nAuto-Submitted: auto-generated\r\n" + relayUTF8,
			"Người gửi: Công Ty Điện Lực\nThời gian: 19/11/2026\n\nHệ thống sẽ bảo trì vào ngày thứ bảy từ hai giờ đến sáu giờ sáng theo kế hoạch.\n", List},
	})
}

// TestDetectAutoListPostHeadedToCopiedUs checks that a post to a
// customer's own list whose paragraph is headed to us with a remark that
// we are copied ("@Acme support (cc'd):") is a person's mail to us
// (stranger60), and that a post naming our product with another remark
// in brackets stays the list's.
func TestDetectAutoListPostHeadedToCopiedUs(t *testing.T) {
	const list = "From: Tom Eck <tom@severn.example>\r\nCc: support@example.com\r\nSubject: [ops] install backlog\r\nList-Id: Ops <ops.lists.severn.example>\r\nPrecedence: list\r\n"
	checkAutoCases(t, []autoCase{
		{"headed to us, copied", list, "Morning all,\n\nField teams report the install app times out since Saturday.\n\n@Example support (cc'd): is the commissioning API down on your side? Please treat as urgent.\n\nTom", Human},
		{"our product with a remark", list, "Morning all,\n\nExample (beta): the new importer keeps failing on our side since Saturday, has anyone seen it?\n\nTom", List},
	})
}

// TestDetectAutoUnmonitoredRomance checks that a reply saying in Spanish,
// Portuguese or Italian that its mailbox is not monitored is an
// automatic reply (stranger60's "Esta casilla de correo no es
// monitoreada"), and that a person who quotes the phrase while asking
// stays a person.
func TestDetectAutoUnmonitoredRomance(t *testing.T) {
	const re = "From: No responder <no-responder@litoral.example>\r\nSubject: Respuesta automática\r\nIn-Reply-To: <r1@example.com>\r\n" + relayUTF8
	checkAutoCases(t, []autoCase{
		{"Spanish", re, "Esta casilla de correo no es monitoreada. Los mensajes enviados a esta dirección no serán leídos.\n\nDistribuidora del Litoral S.A.", AutoReply},
		{"Portuguese", re, "Esta caixa de correio não é monitorada. Para reclamações ligue 0800 000 000.\n\nEmpresa S.A.", AutoReply},
		{"Italian", re, "Questa casella di posta non è monitorata. Per assistenza usa il modulo sul sito.\n\nAzienda S.p.A.", AutoReply},
	})
}

// TestDetectAutoUnmonitoredRomanceNotText checks a person who tells of
// such a reply and asks.
func TestDetectAutoUnmonitoredRomanceNotText(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a person quoting it", "From: Lucía Pérez <lucia@mail.example>\r\nSubject: Re: factura\r\nIn-Reply-To: <r1@example.com>\r\n" + relayUTF8,
			"Hola, ¿por qué me contestan que esta casilla no es monitoreada? Necesito que alguien revise mi factura de noviembre, ¿pueden llamarme?\n\nLucía", Human},
	})
}
