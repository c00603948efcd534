package intake

import "testing"

// TestDetectAutoBulkPrecedenceOneToOne checks that a person's letter to
// us that their CRM's mailer marks Precedence: bulk, as it marks
// everything it sends, with no list field at all, is read as theirs: sent
// in a person's name from their own address with us among its
// recipients, it greets us by our name in its first line and offers no
// way to unsubscribe (oneToOne, as relayUnsubscribe reads a relay's
// List-Unsubscribe), in any language ("Hallo Example-support," under
// "KlantBeheer CRM 11 (individuele e-mail)", auto/stranger55).
func TestDetectAutoBulkPrecedenceOneToOne(t *testing.T) {
	const hdr = "To: support@example.com\r\nPrecedence: bulk\r\nX-Auto-Response-Suppress: All\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Dutch CRM's one-to-one mail", "From: Thijs Verbeek <t.verbeek@koepel.example>\r\nSubject: Koppeling met ons CRM - webhook huurachterstand\r\nX-Mailer: KlantBeheer CRM 11 (individuele e-mail)\r\n" + hdr,
			"Hallo Example-support,\n\nOnze CRM-mailer verstuurt alles als \"bulk\", ook losse mails.\n\nIn de testomgeving komt het veld days_overdue niet mee. Is het alleen beschikbaar in productie?\n\nMet vriendelijke groet,\nThijs Verbeek", Human},
		{"an English account manager's mail", "From: Dana Cole <dana.cole@harbourlets.example>\r\nSubject: Arrears export columns\r\n" + hdr,
			"Hi Example team,\n\nOur exports lost the arrears columns after last night's update. Could you check?\n\nThanks,\nDana", Human},
	})
}

// TestDetectAutoBulkPrecedenceOneToOneNotText checks what the reading
// must not take: a bulk mail with no list field that greets no one by
// our name, one that greets us but tells its reader how to unsubscribe,
// one from a notifier's mailbox, and one with us only in Bcc (a
// campaign) stay list.
func TestDetectAutoBulkPrecedenceOneToOneNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nPrecedence: bulk\r\n"
	checkAutoCases(t, []autoCase{
		{"a bulk letter greeting no one by name", "From: Dana Cole <dana.cole@harbourlets.example>\r\nTo: support@example.com\r\nSubject: Our autumn offer\r\n" + utf8,
			"Hi there,\n\nOur autumn offer is live: 20% off all inspections booked this month.\n\nDana", List},
		{"a sales sequence that greets us but can be stopped", "From: Dana Cole <dana.cole@harbourlets.example>\r\nTo: support@example.com\r\nSubject: Quick question, Example team\r\n" + utf8,
			"Hi Example team,\n\nWould you be open to a 15-minute chat about inspections?\n\nDana\n\nNot interested? Unsubscribe: https://harbourlets.example/u/77", List},
		{"a notifier's mailbox", "From: Harbour Alerts <alerts@harbourlets.example>\r\nTo: support@example.com\r\nSubject: Weekly digest of viewings\r\n" + utf8,
			"Hi Example team,\n\n12 viewings were booked this week.", List},
		{"a bulk letter to someone else", "From: Dana Cole <dana.cole@harbourlets.example>\r\nTo: agents@harbourlets.example\r\nSubject: Rent review season\r\n" + utf8,
			"Hello Example users,\n\nRent review season is here. Read our guide on the portal.\n\nDana", List},
	})
}

// TestDetectAutoLogOutput checks that a program's output mailed as it
// ran, every line of its text stamped with a time as a log's lines are
// (cron's mail of a job's output, a script's run log), is read as a
// machine's notice, in any language the log's words are in: the stamps
// are its shape.
func TestDetectAutoLogOutput(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"cron's mail of a job's output", "From: Cron Daemon <acme@batch01.example>\r\nTo: support@example.com\r\nSubject: Cron <acme@batch01> /opt/acme/bin/deposit-reconcile --region=ie\r\n" + utf8,
			"2026-11-12T05:30:01Z INFO  deposit-reconcile starting (region=ie)\n2026-11-12T05:30:03Z INFO  fetched 4,112 lodgements from scheme API\n2026-11-12T05:30:09Z WARN  15 deposits marked \"Lodged - confirmed\" locally but missing at scheme\n2026-11-12T05:30:09Z WARN    e.g. tenancy T-IE-229104 (3 Abbey Court, Celbridge)\n2026-11-12T05:30:13Z ERROR notify: SMTP relay refused message for 2 agencies (see log)\n2026-11-12T05:30:14Z INFO  finished in 13.2s, exit=1", List},
		{"a script's syslog-style run log", "From: backup <root@nas.example>\r\nTo: support@example.com\r\nSubject: nightly sync\r\n" + utf8,
			"[12/11/2026 02:00:01] sync gestart\n[12/11/2026 02:04:40] 1.204 bestanden gekopieerd\n[12/11/2026 02:04:41] klaar, 0 fouten", List},
		// cron's fields say who sent it, whatever the job printed below
		// its log (stranger63's 16, "exit status 1" unstamped)
		{"cron's mail of a job's output with its exit line", "From: root@web3.example (Cron Daemon)\r\nTo: support@example.com\r\nSubject: Cron <deploy@web3> /usr/local/bin/rotate-feeds --all\r\nX-Cron-Env: <SHELL=/bin/sh>\r\nX-Cron-Env: <LOGNAME=deploy>\r\n" + utf8,
			"2026-11-10T03:15:00Z rotate-feeds: starting (feeds=18342)\n2026-11-10T03:15:02Z ERROR feed 91002: could not acquire lock\n2026-11-10T03:15:02Z done: rotated=18339 errors=1\nexit status 1", List},
		{"cron's mail of a job that prints sentences", "From: Cron Daemon <deploy@web3.example>\r\nTo: support@example.com\r\nSubject: Cron <deploy@web3> /usr/local/bin/check-feeds\r\nX-Cron-Env: <SHELL=/bin/sh>\r\n" + utf8,
			"Checked 18342 feeds.\nTwo feeds could not be fetched, see the log for details.", List},
	})
}

// TestDetectAutoLogOutputNotText checks that a person who pastes a log
// under their own words, or writes a timeline with times, stays a person.
func TestDetectAutoLogOutputNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a log pasted under a question", "From: Ana Ruiz <ana@fincas.example>\r\nTo: support@example.com\r\nSubject: import failing\r\n" + utf8,
			"Hi, our import fails every night, see below. Can you check?\n\n2026-11-12T05:30:01Z INFO  import starting\n2026-11-12T05:30:03Z ERROR row 12: bad IBAN\n2026-11-12T05:30:04Z INFO  finished, exit=1\n\nAna", Human},
		{"a timeline of an outage", "From: Ana Ruiz <ana@fincas.example>\r\nTo: support@example.com\r\nSubject: outage this morning\r\n" + utf8,
			"09:10 portal down for our tenants\n09:25 I called your line, no answer\n09:40 still down, please call me back on 600 000 111", Human},
		{"a person forwarding cron's mail with a question", "From: Ana Ruiz <ana@fincas.example>\r\nTo: support@example.com\r\nSubject: Fwd: Cron <deploy@web3> /usr/local/bin/rotate-feeds --all\r\n" + utf8,
			"Hi, our feed job mails this every night since your update. Can you check?\n\n---------- Forwarded message ---------\nFrom: Cron Daemon <deploy@web3.example>\nSubject: Cron <deploy@web3> /usr/local/bin/rotate-feeds --all\n\n2026-11-10T03:15:00Z rotate-feeds: starting\nexit status 1\n\nAna", Human},
	})
}

// TestDetectAutoOpenedCaseForYou checks that a desk's bot that says, in
// the first person, that it opened a case for our mail ("I'm Mia,
// PayRent's virtual assistant. Thanks for reaching out - I've opened case
// 4417790 for you", auto/stranger55) is read as a receipt, as the
// passive "your case has been opened" is, in the languages the receipt's
// other sentences are read in.
func TestDetectAutoOpenedCaseForYou(t *testing.T) {
	const hdr = "To: support@example.com\r\nIn-Reply-To: <ops-1@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a payment provider's bot", "From: Mia at PayRent <support@payrent.example>\r\nSubject: Re: Settlement file for 11 Nov missing [Case 4417790]\r\n" + hdr,
			"Hi there,\n\nI'm Mia, PayRent's virtual assistant. Thanks for reaching out - I've\nopened case 4417790 for you and passed it to our Partner Operations\nteam. Our current response time for partners is about 6 business\nhours.\n\nWhile you wait, these articles might help:\n - Why is my settlement file late?\n   https://help.payrent.example/partners/settlement-delays\n\nYou don't need to reply to this message.\n\nMia\nPayRent Partner Support", AutoReply},
		{"a Spanish desk's bot", "From: Soporte Alquila <soporte@alquila.example>\r\nSubject: Re: Recibos duplicados [Caso 88120]\r\n" + hdr,
			"Hola:\n\nSoy Leo, el asistente virtual de Alquila. He abierto el caso 88120\ny lo he pasado a nuestro equipo. Te responderemos en 24 horas.\n\nLeo", AutoReply},
		// a receipt that says it numbered the mail or holds it in its
		// queue (stranger63's 39), and a Thai business that speaks of
		// itself as "ทาง" and its name (stranger63's 52)
		{"a Spanish desk's bot that numbered our mail", "From: Camila de Andes Tours <atencion@andestours.example>\r\nSubject: Re: Cambio de zona horaria [#IT-20931]\r\n" + hdr,
			"¡Hola!\n\nGracias por escribirnos. Soy Camila, la asistente virtual de Andes Tours. Tu mensaje ya está en nuestra bandeja y le hemos asignado el\nnúmero #IT-20931.\n\nUn asesor de nuestro equipo te responderá en 24 horas hábiles.\n\nAndes Tours", AutoReply},
		{"an English desk that numbered our mail", "From: Harbour Stays <care@harbourstays.example>\r\nSubject: Re: Invoice copy\r\n" + hdr,
			"Hello,\n\nThanks for your email. Your message is now in our queue and we have assigned it ticket number 48812.\n\nOur team will get back to you within one business day.\n\nHarbour Stays", AutoReply},
		{"a Thai resort's receipt in Thai and English", "From: Krabi Bay Resort <reservation@krabibay.example>\r\nSubject: Re: Upgrade to the Pro plan\r\n" + hdr,
			"เรียน ท่านผู้ติดต่อ\n\nขอบคุณสำหรับอีเมลของท่าน ทางรีสอร์ทได้รับข้อความของท่านเรียบร้อยแล้ว\nและจะติดต่อกลับภายใน 24 ชั่วโมง\n\nDear Valued Guest,\n\nThank you for contacting Krabi Bay Resort. Our reservation team will get back to you within 24 hours.\n\nReservation Team", AutoReply},
	})
}

// TestDetectAutoOpenedCaseForYouNotText checks that a person who says
// they opened a case and goes on to ask or argue stays a person.
func TestDetectAutoOpenedCaseForYouNotText(t *testing.T) {
	const hdr = "To: support@example.com\r\nIn-Reply-To: <ops-1@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"an engineer who opened a case and asks", "From: Sam Reed <sam@payrent.example>\r\nSubject: Re: Settlement file for 11 Nov missing\r\n" + hdr,
			"Hi,\n\nI've opened case 4417790 for this with our bank team. Can you send us the merchant ID it failed for? The file for 10 Nov arrived but 11 Nov did not.\n\nSam", Human},
		{"a person who numbered our mail and argues", "From: Rosa Quispe <rosa@andestours.example>\r\nSubject: Re: Cambio de zona horaria\r\n" + hdr,
			"Hola:\n\nTu mensaje ya está en nuestra bandeja y le hemos asignado el número 20931, pero el motor de reservas todavía muestra la hora de Lima. ¿Pueden revisarlo?\n\nRosa", Human},
		{"a Thai person who received ours and asks", "From: Somchai K. <somchai@krabibay.example>\r\nSubject: Re: Upgrade to the Pro plan\r\n" + hdr,
			"ทางรีสอร์ทได้รับข้อความของท่านเรียบร้อยแล้ว แต่ราคาในใบแจ้งหนี้ยังไม่ถูกต้อง ช่วยตรวจสอบอีกครั้งได้ไหมคะ\n\nSomchai", Human},
	})
}

// TestDetectAutoNotForwarded checks that a short answer to our mail that
// says the mail it answers will not be forwarded, an absence's reply in
// any of the languages it is set in ("Je bericht wordt niet
// doorgestuurd", auto/stranger55's Sieve vacation reply, no automatic-mail
// header), is read as an auto-reply, its urgency question answered by a
// number to call ("Heb je iets dringends …? Bel dan even met Femke op 030
// 000 4450") no question of the writer's.
func TestDetectAutoNotForwarded(t *testing.T) {
	const hdr = "To: support@example.com\r\nIn-Reply-To: <t-88301@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Dutch Sieve vacation reply", "From: Rob van Dijk <r.vandijk@bolwerk.example>\r\nSubject: Re: [ACME #88301] Toegang tot eigenaarsrapportages\r\n" + hdr,
			"Hoi,\n\nBedankt voor je mail! Ik ben deze week op cursus en lees mijn mail\npas weer op maandag 9 november. Je bericht wordt niet doorgestuurd.\n\nHeb je iets dringends over een van onze panden? Bel dan even met\nFemke op 030 000 4450, zij helpt je graag verder.\n\nGroet,\nRob", AutoReply},
		{"an English one", "From: Rob Dyke <rob@bolwerk.example>\r\nSubject: Re: [ACME #88301] Owner reports\r\n" + hdr,
			"Hi,\n\nThanks for your email. I'm on a course this week and back on Monday 9 November. Your message will not be forwarded.\n\nAnything urgent? Call Fiona on 020 7946 0018.\n\nRob", AutoReply},
		{"a German one", "From: Jan Roth <jan@bolwerk.example>\r\nSubject: Re: [ACME #88301] Berichte\r\n" + hdr,
			"Hallo,\n\ndanke für Ihre Nachricht. Ich bin bis 9. November nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.\n\nJan", AutoReply},
	})
}

// TestDetectAutoNotForwardedNotText checks that a person who says a mail
// was not forwarded, and asks or argues about it, stays a person.
func TestDetectAutoNotForwardedNotText(t *testing.T) {
	const hdr = "To: support@example.com\r\nIn-Reply-To: <t-88301@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a complaint about a forward", "From: Rob van Dijk <r.vandijk@bolwerk.example>\r\nSubject: Re: [ACME #88301] Toegang\r\n" + hdr,
			"Hoi,\n\nJe bericht wordt niet doorgestuurd naar onze eigenaren, terwijl de regel aan staat. Kun je dat nakijken?\n\nRob", Human},
		{"a person asking after a forward", "From: Rob Dyke <rob@bolwerk.example>\r\nSubject: Re: [ACME #88301] Owner reports\r\n" + hdr,
			"Hi,\n\nYour message will not be forwarded to the owners until we fix the rule. Why does the portal drop the CC?\n\nRob", Human},
	})
}

// TestDetectAutoSMSNotDelivered checks that an SMS gateway's "SMS not
// delivered to +61…" subject is a bounce's, as its "SMS delivery failed"
// is, and that a small host's postmaster saying in its own words that a
// mailbox is full and it could not deliver our mail is a bounce
// (auto/stranger55's 43 and 44); a person's subject about texts that
// were not delivered stays theirs.
func TestDetectAutoSMSNotDelivered(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"an SMS gateway's failure", "From: TextBridge <noreply@smsgw.textbridge.example>\r\nSubject: SMS not delivered to +61412000377\r\nAuto-Submitted: auto-generated\r\n" + utf8,
			"Your SMS could not be delivered.\n\nTo:          +61412000377\nStatus:      UNDELIVERABLE (absent subscriber)\n\nTextBridge Delivery Reports", Bounce},
		{"a host's friendly bounce", "From: Postmaster at TinyHost <postmaster@tinyhost.example>\r\nReturn-Path: <>\r\nSubject: About your email to bill@holloway.example\r\n" + utf8,
			"Hi there,\n\nWe tried to pass on your email to bill@holloway.example, but\nBill's mailbox is full at the moment, so we couldn't deliver it.\n\nSorry about that!\nTinyHost Mail", Bounce},
		{"a person's subject about texts", "From: Orla Byrne <orla@lets.example>\r\nSubject: SMS not delivered to our tenants since Monday\r\n" + utf8,
			"Hi, none of the rent reminders went out since Monday. Can you check?\n\nOrla", Human},
	})
}

// TestDetectAutoArabicReceipt checks that a help desk's Arabic receipt of
// our mail ("لقد تم استلام رسالتكم بنجاح وتسجيلها برقم 20431", auto/
// stranger64's 29, no automatic-mail header) is read as one, with its
// number in Arabic-Indic digits too.
func TestDetectAutoArabicReceipt(t *testing.T) {
	const hdr = "To: support@example.com\r\nIn-Reply-To: <ops-2@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a desk that received our message", "From: Nile Clinics Care <care@nileclinics.example>\r\nSubject: Re: Invoice for October\r\n" + hdr,
			"عزيزي العميل،\n\nتم استلام طلبك وتسجيله برقم 77120، وسيتواصل معك أحد موظفينا خلال يومي عمل.\n\nفريق الدعم", AutoReply},
		{"a receipt in Arabic-Indic digits", "From: Amman Schools <help@ammanschools.example>\r\nSubject: Re: Timetable export\r\n" + hdr,
			"مرحباً،\n\nاستلمنا رسالتكم، رقم الطلب: ٤٥٦٧٨.\nسنرد عليكم في أقرب وقت.\n\nقسم الدعم الفني", AutoReply},
	})
}

// TestDetectAutoArabicReceiptNotText checks that a person who says our
// message reached them and goes on to ask stays a person.
func TestDetectAutoArabicReceiptNotText(t *testing.T) {
	const hdr = "To: support@example.com\r\nIn-Reply-To: <ops-2@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a person who received ours and asks", "From: Mona Adel <mona@nileclinics.example>\r\nSubject: Re: Invoice for October\r\n" + hdr,
			"تم استلام رسالتكم، لكن الفاتورة رقم 44712 ما زالت تظهر المبلغ القديم. هل يمكنكم تصحيحها قبل نهاية الشهر؟\n\nمنى", Human},
	})
}

// TestDetectAutoRomanianBounce checks that a Romanian host's bounce in
// prose from a null sender ("Mesaj nelivrat: …", "Mesajul dumneavoastră
// nu a putut fi livrat", auto/stranger64's 42, no DSN) is a bounce, not
// an auto-reply, by its subject or by its text under a subject of its own.
func TestDetectAutoRomanianBounce(t *testing.T) {
	const hdr = "Return-Path: <>\r\nFrom: Server <postmaster@host.example>\r\nTo: support@example.com\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a bounce subject", "Subject: Mesaj nelivrat: Facturi noiembrie\r\n" + hdr,
			"Destinatarul nu există pe acest server.\n\nServerul de e-mail", Bounce},
		{"a bounce text", "Subject: Notificare server\r\n" + hdr,
			"Mesajul dumneavoastră către ana@school.example nu a putut fi livrat.\nMotiv: adresa nu există.", Bounce},
	})
}

// TestDetectAutoRomanianBounceNotText checks that a person who forwards
// such a bounce and asks about it stays a person.
func TestDetectAutoRomanianBounceNotText(t *testing.T) {
	const hdr = "From: Ana Pop <ana@school.example>\r\nTo: support@example.com\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a person forwarding a bounce", "Subject: Fwd: Mesaj nelivrat: Facturi noiembrie\r\n" + hdr,
			"Bună ziua, mesajul meu către părinți nu a putut fi livrat de trei ori săptămâna asta. Puteți verifica de ce?\n\nAna", Human},
	})
}
