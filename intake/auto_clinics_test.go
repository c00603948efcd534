package intake

import (
	"fmt"
	"testing"
)

// TestDetectAutoPostmasterAnswersBounce checks that an administrator who
// answers or forwards a delivery failure from the domain's postmaster@
// mailbox ("AW: Unzustellbar: …", "Fwd: Undeliverable: …"), writing above
// the quoted report, is read as a person: the reply prefix is outermost,
// where an MTA puts its own word in front of the subject it returns, and
// the writer's own text says nothing of a failed delivery. A report
// returned from postmaster@ under a reply's subject still says so in its
// own text.
func TestDetectAutoPostmasterAnswersBounce(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	pm := "From: Postmaster Praxis Lindenhof <postmaster@lindenhof.example>\r\nIn-Reply-To: <r-118@notify.example.com>\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"a German administrator answering a quoted report", pm + "Subject: AW: Unzustellbar: Terminerinnerung für Freitag\r\n",
			"Guten Tag,\n\nich betreue die IT der Praxis Lindenhof. Eure Erinnerungen werden seit Dienstag von unserem Filter abgewiesen, weil die DKIM-Signatur fehlt.\n" +
				"Könnt ihr bitte prüfen, ob sich euer Versandserver geändert hat?\n\nGrüße\nMartin Keller\n\n" +
				"-----Ursprüngliche Nachricht-----\nVon: Microsoft Outlook <postmaster@lindenhof.example>\nBetreff: Unzustellbar: Terminerinnerung für Freitag\n\n" +
				"Delivery has failed to these recipients or groups:\nempfang@lindenhof.example\nYour message was rejected by the recipient's email system.", Human},
		{"an English administrator forwarding one", pm + "Subject: Fwd: Undelivered Mail Returned to Sender\r\n",
			"Hi, our gateway keeps refusing your reminders since the weekend, can you confirm your sending IPs so I can allow them?\n\nThanks, Priya (IT)\n\n" +
				"---------- Forwarded message ---------\nFrom: Mail Delivery System <postmaster@lindenhof.example>\nSubject: Undelivered Mail Returned to Sender\n\n" +
				"This is the mail system at host mx.lindenhof.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.", Human},
		{"the report itself from postmaster", pm + "Subject: Undeliverable: Terminerinnerung für Freitag\r\n",
			"Delivery has failed to these recipients or groups:\nempfang@lindenhof.example\nYour message was rejected by the recipient's email system.", Bounce},
	})
}

// TestDetectAutoAnnouncedWriter checks that a social network's or a chat
// app's notice that names the person who sent us a message on the line
// that announces it ("jan.physio (Jan de Vries) heeft je een bericht
// gestuurd:", "Anna Weber hat dir eine Nachricht geschickt:") and carries
// the message below is read as that person's, though it comes from the
// platform's no-reply address; a notice that an unnamed account or a
// company sent a message, or that only pings, stays a machine's.
func TestDetectAutoAnnouncedWriter(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	net := "From: Fotogram <no-reply@mail.fotogram.example>\r\nSubject: Neue Nachricht\r\n" + utf8
	const footer = "\n\nAntworten in der App: https://fotogram.example/direct/\n\nDiese E-Mail wurde an support@example.com gesendet. Abmelden: https://fotogram.example/u"
	checkAutoCases(t, []autoCase{
		{"a German direct message with its writer named", net,
			"anna.weber.praxis (Anna Weber) hat dir eine Nachricht geschickt:\n\n„Hallo, seit dem Update kann ich in eurem Kalender keine Serientermine mehr anlegen, die Patienten stehen schon an der Anmeldung. Ruft ihr mich bitte zurück?“" + footer, Human},
		{"a Dutch direct message with its writer named", "From: Fotogram <no-reply@mail.fotogram.example>\r\nSubject: Nieuw bericht\r\n" + utf8,
			"Jan de Vries heeft je een bericht gestuurd:\n\n\"Goedemiddag, onze online agenda toont sinds gisteren alle afspraken een uur later dan ze echt zijn. Kunnen jullie dat vandaag nog bekijken?\"\n\nBeantwoorden in de app.", Human},
		{"a company's promotion announced the same way", net,
			"Fotogram Business hat dir eine Nachricht geschickt:\n\nEntdecke jetzt unsere neuen Werbeformate und erreiche bis zu doppelt so viele Kundinnen und Kunden in deiner Region." + footer, List},
		{"a digest of missed activity naming writers, no message", "From: Chatwerk <noreply@chatwerk.example>\r\nSubject: Verpasste Aktivitäten\r\n" + utf8,
			"Sie haben Aktivitäten verpasst\n\nAnna Weber hat Ihnen eine Nachricht gesendet.\nJonas Brandt hat Sie in einer Unterhaltung erwähnt.\n\nÖffnen: https://chatwerk.example/chat?tenant=42" + footer, List},
		{"a ping with no message", net, "anna.weber.praxis hat dir eine Nachricht geschickt.\n\nÖffne die App, um sie zu lesen." + footer, List},
	})
}

// TestDetectAutoQuotedWordsToUs checks that a platform's notice quoting a
// named person's words that open by addressing us by name ("Reviewer:
// Jörg Albers" above „Example, seit drei Wochen …“) is read as that
// person's mail to us, though the platform sends it with
// List-Unsubscribe: the words speak to the desk, however they arrive. A
// review quoted without our name before its words, or a quote of ours
// with no person named as its writer (a newsletter's testimonial), stays
// the platform's.
func TestDetectAutoQuotedWordsToUs(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	platform := "From: Bewertungsportal <benachrichtigung@bewertungen.example>\r\nSubject: Neue Bewertung (2 Sterne)\r\nList-Unsubscribe: <https://bewertungen.example/abmelden>\r\n" + utf8
	const framing = "Sie haben eine neue Bewertung erhalten.\n\nSterne: 2 von 5\nRezensent: %s\nOrt: Hannover\n\n%s\n\nÖffentlich antworten: https://bewertungen.example/r/2281\n\nSie erhalten diese E-Mail als Verwalter des Profils."
	checkAutoCases(t, []autoCase{
		{"a German review that addresses us with a request", platform,
			fmt.Sprintf(framing, "Jörg Albers, Praxisinhaber", "„Example, seit drei Wochen kommen unsere Rechnungsexporte nicht mehr beim Steuerberater an und auf meine Tickets antwortet niemand. Kundennummer PX-2291. Bitte rufen Sie mich an.“"), Human},
		{"a Polish review that greets us by name", "From: OpinieMed <powiadomienia@opiniemed.example>\r\nSubject: Nowa opinia\r\nList-Unsubscribe: <https://opiniemed.example/u>\r\n" + utf8,
			"Otrzymałeś nową opinię.\n\nAutor: Marta Wiśniewska\n\n\"Dzień dobry Example, od poniedziałku przypomnienia SMS nie docierają do naszych pacjentów i nikt z waszej pomocy nie oddzwonił.\"\n\nOdpowiedz publicznie: https://opiniemed.example/o/88", Human},
		{"a review about a practice, not to us", platform,
			fmt.Sprintf(framing, "Jörg Albers", "„Sehr freundliches Team, kurze Wartezeiten und eine gründliche Behandlung. Gerne wieder.“"), List},
		{"a newsletter's testimonial that names us, no writer named", "From: Praxis-News <news@praxisnews.example>\r\nSubject: Juli-Ausgabe\r\nList-Unsubscribe: <https://praxisnews.example/u>\r\n" + utf8,
			"Neu in diesem Monat\n\n„Example, ihr habt unsere Terminplanung endlich einfach gemacht, danke für die tolle Umstellung im Frühjahr!“\n\nLesen Sie mehr auf unserer Website.", List},
	})
}

// TestDetectAutoThanksForEmailing checks that a canned reply with no
// automatic-mail header that thanks us for e-mailing or messaging the
// business by its own name ("Thanks for emailing Birchwood Dental", "Vielen
// Dank für Ihre E-Mail an die Praxis Sonnenhof") and promises an answer
// later is read as an auto-reply, as "Thank you for contacting …" is; a
// person who thanks us for our own mail and asks something stays a
// person.
func TestDetectAutoThanksForEmailing(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"an English responder thanking us for emailing the practice", "From: Birchwood Dental <hello@birchwooddental.example>\r\nSubject: Re: [ESC-5512] Your invoice\r\nIn-Reply-To: <ESC-5512.1@example.com>\r\n" + utf8,
			"Thanks for emailing Birchwood Dental.\n\nThe front desk is open weekdays 8:30 to 5:30 and we try to answer every email within two working days.\n\nFor emergencies please phone the practice.\n\nBirchwood Dental", AutoReply},
		{"a German responder thanking us for our mail to the practice", "From: Praxis Sonnenhof <praxis@sonnenhof.example>\r\nSubject: Re: [ESC-5513] SMS-Absender\r\nIn-Reply-To: <ESC-5513.1@example.com>\r\n" + utf8,
			"Vielen Dank für Ihre E-Mail an Praxis Sonnenhof.\n\nWir melden uns innerhalb von zwei Werktagen bei Ihnen.\n\nIn dringenden Fällen rufen Sie bitte an.\n\nIhr Praxisteam", AutoReply},
		{"the practice manager answering our mail", "From: Birchwood Dental <hello@birchwooddental.example>\r\nSubject: Re: [ESC-5512] Your invoice\r\nIn-Reply-To: <ESC-5512.1@example.com>\r\n" + utf8,
			"Thanks for emailing, but the invoice still shows last year's VAT number. Can you reissue it?\n\nSue\nBirchwood Dental", Human},
	})
}

// TestDetectAutoDeviceGreetsUser checks that a device's or an
// application's status mail with no automatic-mail header, which greets
// its reader as "user" ("Dear user,", "Sehr geehrter Benutzer,", "Beste
// gebruiker,") above a block of its fields ("Job: … / Status: … / Start:
// …"), is read as a machine's notice: a person writing to a desk greets
// it by name or as "Sir or Madam", never as its user. The same greeting
// above a question, or a person forwarding such a report with their own
// words, stays a person's.
func TestDetectAutoDeviceGreetsUser(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	nas := "From: \"SRV-EMPFANG\" <srv-empfang@praxis-am-see.example>\r\nSubject: [SRV-EMPFANG] Sicherungsauftrag \"Nacht\" fehlgeschlagen\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"a German server's failed backup job", nas,
			"Sehr geehrter Benutzer,\n\nder Sicherungsauftrag \"Nacht\" auf SRV-EMPFANG ist fehlgeschlagen.\n\nAuftrag:     Nacht\nZiel:        NAS-Keller\nBeginn:      2026-07-14 01:00:02\nEnde:        2026-07-14 01:03:40\nStatus:      Fehlgeschlagen\n\nWeitere Informationen finden Sie im Protokoll.\n\nVon SRV-EMPFANG", List},
		{"a Dutch appliance's update report", "From: Balie-UPS <ups@tandarts-noord.example>\r\nSubject: Firmware-update voltooid\r\n" + utf8,
			"Beste gebruiker,\n\nDe firmware van Balie-UPS is bijgewerkt.\n\nApparaat: Balie-UPS\nVersie: 3.2.1\nTijdstip: 2026-07-14 03:00\nResultaat: Geslaagd\n\nMet vriendelijke groet,\nBalie-UPS", List},
		{"a person greeting us so and asking", "From: Lena Hartmann <lena@praxis-am-see.example>\r\nSubject: Sicherung\r\n" + utf8,
			"Sehr geehrter Benutzer,\n\nentschuldigen Sie die Anrede, ich weiß nicht, wer das liest. Unser Export nachts bricht ab:\n\nAuftrag: Nacht\nZiel: NAS-Keller\nBeginn: 01:00\nStatus: Fehlgeschlagen\n\nKönnen Sie sich das ansehen?\n\nLena Hartmann", Human},
		// Portuguese greets its user as "Caro utilizador" and its "mais"
		// is "more", not French's "but" (stranger63's 58)
		{"a Portuguese NAS's backup with warnings", "From: \"NAS-LISBOA\" <nas-lisboa@hotel.example>\r\nSubject: [NAS-LISBOA] A tarefa de cópia de segurança foi concluída com avisos\r\n" + utf8,
			"Caro utilizador,\n\nA tarefa de cópia de segurança \"Anexos\" no NAS-LISBOA foi concluída com avisos.\n\nHora de início: 08/11/2026 01:00:02\nHora de fim: 08/11/2026 02:30:11\nFicheiros transferidos: 18 204\nFicheiros ignorados: 3\n\nPara mais detalhes, inicie sessão no NAS-LISBOA e abra Registos.\n\nDe NAS-LISBOA", List},
	})
}

// TestDetectAutoDeviceGreetsUserNotText: the Portuguese reading of "mais"
// takes nothing from a French writer's "but" nor from a Portuguese
// writer's question; a person greeting so and arguing stays a person's.
func TestDetectAutoDeviceGreetsUserNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a French writer's but", "From: Julie Martin <julie@clinique.example>\r\nSubject: Sauvegarde\r\n" + utf8,
			"Cher utilisateur,\n\nje ne sais pas qui lit cette adresse, mais notre export de nuit échoue encore.\n\nTâche : Nuit\nCible : NAS\nDébut : 01:00\nStatut : Échec\n\nJulie Martin", Human},
		{"a Portuguese writer's question", "From: Ana Costa <ana@hotel.example>\r\nSubject: Cópia de segurança\r\n" + utf8,
			"Caro utilizador,\n\nnão sei quem lê este endereço. A cópia de segurança falha:\n\nTarefa: Noite\nDestino: NAS\nInício: 01:00\nEstado: Falhou\n\nPodem ver o que se passa?\n\nAna Costa", Human},
	})
	if !argues("Não consigo entrar, mais uma vez, mas já mudei a senha?") || argues("Para mais detalhes, inicie sessão no portal.") || !argues("Pour plus de détails, mais aussi pour l'accès.") {
		t.Error("argues reads Portuguese 'mais' as French 'but', or a question not as one")
	}
}

// TestDetectAutoMarketingToolReceipt checks that a marketing tool's
// receipt for a contact, sent with List-Unsubscribe and Precedence: bulk
// as everything it sends, is read as an auto-reply when its first lines
// thank us for writing to the business by its own name and say our
// message was received ("Gracias por contactar con Clínica Dental Sol.
// Hemos recibido tu mensaje …"): it answers our mail, as a responder
// does, the sentence read across the line its text wraps at. The same
// tool's newsletter, which thanks no one for writing,
// stays list.
func TestDetectAutoMarketingToolReceipt(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	crm := "From: Clínica Dental Sol <hola@clinicadentalsol.example>\r\nPrecedence: bulk\r\nList-Unsubscribe: <mailto:baja-77@mail.crmtool.example>\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"a Spanish CRM's receipt for our message", crm + "Subject: ¡Gracias por escribirnos!\r\n",
			"Hola,\n\nGracias por contactar con Clínica Dental Sol. Hemos\nrecibido tu mensaje y te responderemos en un plazo de 24 horas.\n\nMientras tanto, puedes pedir cita online en clinicadentalsol.example/cita.\n\nEl equipo de Clínica Dental Sol", AutoReply},
		{"an English CRM's receipt", "From: Harbour Physio <hello@harbourphysio.example>\r\nPrecedence: bulk\r\nList-Unsubscribe: <mailto:u-12@crm.example>\r\nSubject: We got your message\r\n" + utf8,
			"Hi there,\n\nThank you for contacting Harbour Physio! We have received your message and a member of our team will get back to you shortly.\n\nHarbour Physio", AutoReply},
		{"the same tool's newsletter", crm + "Subject: Novedades de julio\r\n",
			"Hola,\n\nEste mes abrimos los sábados por la mañana y estrenamos escáner intraoral.\n\nPide tu cita online en clinicadentalsol.example/cita.\n\nEl equipo de Clínica Dental Sol", List},
	})
}

// TestDetectAutoSMSDeliveryFailure checks that an SMS or WhatsApp
// gateway's report that a text it was given did not reach the phone
// ("SMS delivery failed: +44 7700 …", "WhatsApp message delivery failed
// …"), marked auto-generated, is read as a bounce, the text message's
// counterpart of a DSN; a status page's notice of delayed SMS delivery
// stays a notice, and a person's subject saying the same stays theirs.
func TestDetectAutoSMSDeliveryFailure(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nAuto-Submitted: auto-generated\r\n"
	const report = "Delivery report\n\nRecipient:   +44 7700 900123\nStatus:      FAILED (handset unreachable)\nSubmitted:   2026-07-10 09:14\n\nYou receive these reports because delivery notifications are on for this account."
	checkAutoCases(t, []autoCase{
		{"an SMS gateway's failure report", "From: SendLine Reports <reports@sendline.example>\r\nSubject: SMS delivery failed: +44 7700 900123\r\n" + utf8, report, Bounce},
		{"a WhatsApp gateway's failure report", "From: ChatRelay <dlr@chatrelay.example>\r\nSubject: WhatsApp message delivery failed (ref 88a1)\r\n" + utf8, report, Bounce},
		{"a status page's delay notice", "From: SendLine Status <status@sendline.example>\r\nSubject: [SendLine] Investigating - Delayed SMS delivery to Irish networks\r\n" + utf8,
			"We are investigating delays in SMS delivery to Irish networks. Messages are queued and will be delivered.", List},
		{"a person's subject saying so", "From: Orla Byrne <orla@clinic.example>\r\nSubject: SMS delivery failed for all our reminders today\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n",
			"Hi, none of today's reminders went out, the log says failed for every patient. Can you check?\n\nOrla", Human},
	})
}
