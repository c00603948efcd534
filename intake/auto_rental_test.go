package intake

import "testing"

// What auto/stranger67 (car rental, car-sharing and e-scooter operators)
// taught, in other languages and clients than its own mails.

// TestDetectAutoAbsenceLabel checks that a short absence's text under the
// noun for an absence set as a label before the subject it answers
// ("Frånvaro: [Acme #48333] Planerat underhåll", an Outlook rule's
// template, no automatic-mail header and no reference, auto/stranger67's
// 28) is read as an auto-reply, in the languages that label is written
// in.
func TestDetectAutoAbsenceLabel(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a German rule's reply", "From: Jana Roth <jana@autovermietung.example>\r\nSubject: Abwesenheit: [Example #5512] Wartung am 14.11.\r\nX-Mailer: Microsoft Outlook 16.0\r\n" + utf8,
			"Guten Tag,\n\nich bin bis einschließlich 20.11. nicht im Büro und lese meine E-Mails nur eingeschränkt.\nIn dringenden Fällen rufen Sie bitte 0221 4471 00 an.\n\nFreundliche Grüße\nJana Roth", AutoReply},
		{"a Czech rule's reply", "From: Petr Novák <novak@pujcovna.example>\r\nSubject: Nepřítomnost: [Example #5512] Údržba 14. listopadu\r\nX-Mailer: Microsoft Outlook 16.0\r\n" + utf8,
			"Dobrý den,\n\njsem na dovolené do 20. 11. a e-maily čtu jen občas.\nV naléhavých případech volejte 222 333 444.\n\nPetr Novák", AutoReply},
		{"a Polish rule's reply", "From: Anna Zielińska <anna@wypozyczalnia.example>\r\nSubject: Nieobecność: [Example #5512] Prace serwisowe 14 listopada\r\n" + utf8,
			"Dzień dobry,\n\njestem na urlopie do 20.11. i mam ograniczony dostęp do poczty.\n\nAnna Zielińska", AutoReply},
	})
}

// TestDetectAutoAbsenceLabelNotText checks that a person who heads a
// subject with the word for an absence and asks or argues under it stays
// a person.
func TestDetectAutoAbsenceLabelNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Swedish manager who asks who takes over", "From: Annika Berg <annika@bilhyra.example>\r\nSubject: Frånvaro: vem tar över mina bokningar?\r\n" + utf8,
			"Hej!\n\nJag är ledig till och med den 20 november. Kan ni flytta ärende 48333 till Erik under tiden?\n\nAnnika", Human},
		{"a German manager whose absence leaves a problem", "From: Jana Roth <jana@autovermietung.example>\r\nSubject: Abwesenheit: Export der Mautdaten\r\n" + utf8,
			"Hallo,\n\nich bin bis 20.11. im Urlaub, aber der Export der Mautdaten bricht immer noch ab. Mein Kollege Herr Beck meldet sich.\n\nJana Roth", Human},
	})
}

// TestDetectAutoBotAnswer checks that a desk's chatbot answering our mail,
// naming itself an AI or a bot in its first lines and asking whether its
// articles helped (auto/stranger67's 34, Intercom's "I'm Maya, Rideon's
// AI assistant"), is read as an auto-reply in other languages and tools.
func TestDetectAutoBotAnswer(t *testing.T) {
	const hdr = "In-Reply-To: <notif-1@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Spanish bot", "From: Leo de Alquila <ayuda@alquila.example>\r\nSubject: Re: Cambio en la firma de webhooks\r\n" + hdr,
			"¡Hola!\n\nSoy Leo, el asistente de IA de Alquila. Parece que tienes una pregunta sobre webhooks. Estos artículos pueden ayudarte:\n\n  * Gestionar claves de API\n    https://ayuda.alquila.example/articulos/api\n\n¿Te ha servido? Si no, responde \"hablar con una persona\".\n\nLeo\nAgente IA | Alquila", AutoReply},
		{"a German bot", "From: Max von Carflex <support@carflex.example>\r\nSubject: Re: Änderung der Webhook-Signatur\r\n" + hdr,
			"Hallo,\n\nich bin Max, der KI-Assistent von Carflex. Vielleicht helfen dir diese Artikel weiter:\nhttps://hilfe.carflex.example/webhooks\n\nHat das deine Frage beantwortet? Wenn nicht, antworte mit \"Mitarbeiter\".\n\nMax", AutoReply},
		{"a French bot from a help desk", "From: Léa - Trottibox <aide@trottibox.example>\r\nSubject: RE: Maintenance planifiée le 14 novembre\r\n" + hdr,
			"Bonjour,\n\nJe suis Léa, l'assistante IA de Trottibox. Voici un article qui pourrait vous aider :\nhttps://aide.trottibox.example/maintenance\n\nCela a-t-il répondu à votre question ?\n\nLéa", AutoReply},
		{"an English chatbot", "From: Rently Support <help@rently.example>\r\nSubject: Re: Planned maintenance on 14 November\r\n" + hdr,
			"Hi,\n\nI'm Rently's chatbot. I couldn't find an answer to that, so I've passed your message to our team, who work Monday to Friday.\n\nRently", AutoReply},
	})
}

// TestDetectAutoBotAnswerNotText checks that a person who writes about a
// bot or an AI assistant, or works as someone's assistant, stays a person.
func TestDetectAutoBotAnswerNotText(t *testing.T) {
	const hdr = "In-Reply-To: <notif-1@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"the owner of a customer's AI assistant", "From: Dana Levi <dana@rideon.example>\r\nSubject: Re: Webhook signature change\r\n" + hdr,
			"Hi,\n\nI'm Dana, the product owner for our AI assistant. Your webhook change on 1 December will break it; can we get a test key first?\n\nDana", Human},
		{"a person annoyed by our bot", "From: Tom Reed <tom@scoot.example>\r\nSubject: Re: Planned maintenance\r\n" + hdr,
			"I'm afraid, the AI agent on your site keeps telling me to read the same article. I need a person: our scooters are offline.\n\nTom", Human},
		{"a person's virtual assistant", "From: Sarah Cole <sarah@fleetco.example>\r\nSubject: Re: Invoice 2026-118\r\n" + hdr,
			"Hi,\n\nI'm Sarah, Mark's virtual assistant. Mark asked me to ask whether the invoice can be split per depot?\n\nSarah", Human},
		{"a Spanish person who speaks of the bot", "From: Rosa Díaz <rosa@alquila.example>\r\nSubject: Re: Cambio en la firma de webhooks\r\n" + hdr,
			"Hola,\n\nsoy Rosa, la responsable del chatbot de Alquila. El cambio del 1 de diciembre lo rompe: ¿nos dais una clave de prueba?\n\nRosa", Human},
	})
}

// TestDetectAutoNoReplyFooterMoreLanguages checks that a notice whose
// footer says it is automatic and asks not to be answered, in the
// languages of Central and Eastern Europe, Turkey and the Nordics
// (auto/stranger67's 57, "Ez egy automatikusan küldött értesítés, kérjük,
// ne válaszoljon rá." under an e-invoice sent in its issuer's name), is
// read as a notice.
func TestDetectAutoNoReplyFooterMoreLanguages(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Czech invoicing service", "From: Jan Dvořák - Autopůjčovna Dvořák <noreply@fakturace.example>\r\nReply-To: Jan Dvořák <jan@dvorak.example>\r\nSubject: Nová faktura FV-2026-118\r\n" + utf8,
			"Dobrý den,\n\nJan Dvořák (Autopůjčovna Dvořák) vám vystavil fakturu.\n\nČíslo faktury: FV-2026-118\nSplatnost: 5. 12. 2026\nČástka: 12 400 Kč\n\nTento e-mail byl vygenerován automaticky, neodpovídejte na něj.\n\nFakturace.example", List},
		{"a Romanian e-invoice notice", "From: Ioana Pop <noreply@facturi.example>\r\nReply-To: Ioana Pop <ioana@flota.example>\r\nSubject: Factură nouă FL-2026-044\r\n" + utf8,
			"Bună ziua,\n\nIoana Pop (Flota Est SRL) a emis o factură către dumneavoastră.\n\nNumăr: FL-2026-044\nScadență: 05.12.2026\n\nAcesta este un mesaj generat automat, vă rugăm să nu răspundeți.\n\nFacturi.example", List},
		{"a Turkish payment notice", "From: Ödeme Bildirimi <bildirim@odeme.example>\r\nSubject: Ödemeniz alındı - 88213\r\n" + utf8,
			"Sayın müşterimiz,\n\n88213 numaralı ödemeniz alınmıştır.\n\nTutar: 4.250,00 TL\n\nBu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.\n\nOdeme.example", List},
		{"a Russian notice", "From: Уведомления <notify@arenda.example>\r\nSubject: Счёт № 2026-118 выставлен\r\n" + utf8,
			"Здравствуйте!\n\nВам выставлен счёт № 2026-118 на сумму 12 400 ₽.\n\nЭто письмо сформировано автоматически, пожалуйста, не отвечайте на это письмо.\n\nArenda.example", List},
	})
}

// TestDetectAutoNoReplyFooterMoreLanguagesNotText checks that a person
// who writes about such a notice, asks or signs it, stays a person.
func TestDetectAutoNoReplyFooterMoreLanguagesNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Hungarian accountant who asks about the notice", "From: Kovács Anna <kovacs.anna@flotta.example>\r\nSubject: Számla értesítő\r\n" + utf8,
			"Jó napot!\n\nKaptunk egy levelet: \"Ez egy automatikusan küldött értesítés, kérjük, ne válaszoljon rá.\" Ki tudja javítani a számlát?\n\nKovács Anna", Human},
		{"a Turkish manager quoting the footer of a wrong invoice", "From: Emre Yılmaz <emre@filo.example>\r\nSubject: Yanlış fatura 88213\r\n" + utf8,
			"Merhaba,\n\nFaturanın altında \"Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız\" yazıyor, ama tutar yanlış. Kime yazmalıyım?\n\nEmre Yılmaz", Human},
	})
}
