package intake

import (
	"strings"
	"testing"
)

// TestDetectAutoRelayedNoteFromNamedWriter checks that a portal's notice
// setting out what a customer wrote under a label that names its writer
// in German, French, Spanish, Italian or Dutch ("Nachricht des Kunden:",
// "Message du client :", "Mensaje del abonado:", "Messaggio dell'utente:",
// "Bericht van de bewoner:"), as "Message from the customer:" does in
// English, is read as that person's, though the portal marks it
// auto-generated and sends it from its own no-reply address; the same
// label above the portal's own lines of fields, no words of anyone's, and
// a system's "Mensaje de error:" above its error's text, or a bounce's
// "Antwort des empfangenden Servers:" above the server's, stay a machine's.
func TestDetectAutoRelayedNoteFromNamedWriter(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	portal := func(subject string) string {
		return "From: Kundenportal <portal-noreply@stadtwerke-talheim.example>\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\nX-Auto-Response-Suppress: All\r\n" + utf8
	}
	const footer = "\n\nDiese Nachricht wurde automatisch vom Kundenportal erzeugt."
	checkAutoCases(t, []autoCase{
		{"a German portal relaying a customer's complaint", portal("Weitergeleitete Kundenanfrage 88123 (Stromzähler)"),
			"Diese Anfrage ist über das Kundenportal eingegangen und wird an den Dienstleister weitergeleitet.\n\nVertragskonto: 300118812\n\nNachricht des Kunden:\n" +
				"======================================\nGuten Tag,\n\nseit dem Zählerwechsel im April zeigt mir das Portal jeden Tag denselben Zählerstand an, obwohl wir ganz normal Strom verbrauchen.\n" +
				"Bitte prüfen Sie, woran das liegt.\n\nMfG\nH. Brandt\n======================================" + footer, Human},
		{"a French portal relaying a subscriber's message", portal("Demande transmise 2026-0419 (compteur communicant)"),
			"Cette demande a été déposée sur l'espace client et transmise au prestataire.\n\nMessage du client :\n" +
				"Bonjour, ma facture de mars indique une consommation trois fois plus élevée que d'habitude alors que la maison était vide.\nMerci de vérifier.\n\nM. Lefort" + footer, Human},
		{"a Spanish portal relaying a subscriber's message", portal("Consulta reenviada 55120"),
			"Consulta recibida en la oficina virtual.\n\nMensaje del abonado:\n" +
				"Buenas tardes, el contador inteligente de mi vivienda lleva una semana sin enviar lecturas y me han estimado el consumo de todo el mes.\n\nRosa Gil" + footer, Human},
		{"an Italian portal relaying a user's message", portal("Richiesta inoltrata 7712"),
			"Richiesta arrivata dallo sportello online.\n\nMessaggio dell'utente:\n" +
				"Buongiorno, da quando è stato sostituito il contatore non riesco più a vedere i consumi giornalieri nell'app del gestore.\n\nLuca Neri" + footer, Human},
		{"a Dutch portal relaying a resident's message", portal("Doorgestuurde vraag 3381"),
			"Deze vraag kwam binnen via het bewonersportaal.\n\nBericht van de bewoner:\n" +
				"Sinds vorige week geeft de app bij ons elke nacht een piek van honderden liters aan terwijl er niemand water gebruikt.\n\nP. de Wit" + footer, Human},
		{"a system's alert setting out its error's text in Spanish", "From: Telemedida <alertas@telemedida.example>\r\nSubject: Fallo de lectura remota\r\nAuto-Submitted: auto-generated\r\n" + utf8,
			"Tarea de lectura 4471 fallida.\n\nMensaje de error:\nNo se pudo establecer la conexión con el concentrador porque el tiempo de espera se agotó tras tres intentos.\n\nEste mensaje se ha generado automáticamente.", List},
		{"a German bounce setting out the receiving server's answer", "From: Mailsystem <mailer-daemon@mail.example>\r\nSubject: Unzustellbar: Zählerstände Mai\r\nAuto-Submitted: auto-replied\r\n" + utf8,
			"Antwort des empfangenden Servers (mx1.stadtwerke.example):\n550 5.1.1 The email account that you tried to reach does not exist here at all\n\nDie Kopfzeilen Ihrer Nachricht finden Sie im Anhang.", Bounce},
		{"the same label above the portal's fields only", portal("Weitergeleitete Kundenanfrage 88124"),
			"Diese Anfrage ist über das Kundenportal eingegangen.\n\nNachricht des Kunden:\nKategorie: Zähler\nZählernummer: 1ESY1160077123\nRückruf: nein" + footer, List},
	})
}

// TestDetectAutoReceiptPromiseWrapped checks that a customer-care
// mailbox's receipt sent with no automatic-mail header is read as one when
// its promise to answer runs over a line break, as a text wrapped at 72
// columns sets it ("… and one of our team will\nreply within three working
// days."), in English and German; a person who says the same and asks on
// stays theirs.
func TestDetectAutoReceiptPromiseWrapped(t *testing.T) {
	const hdr = "From: Kundenservice Wasserverband Lahn <kundenservice@wv-lahn.example>\r\nSubject: Re: Wartungsfenster Zählerfernauslesung am 14. Juni\r\nIn-Reply-To: <maint-0614@example.com>\r\n"
	const en = "Thanks for writing to Lahn Water.\n\nThis address handles questions about accounts, bills and new\nconnections. Your message has been received and one of our team will\n" +
		"reply within three working days.\n\nFor leaks or supply interruptions please phone the 24-hour line.\n\nLahn Water Customer Service"
	const de = "Vielen Dank für Ihre Nachricht an den Wasserverband Lahn.\n\nIhre Anfrage ist bei uns eingegangen. Wir melden uns\ninnerhalb von fünf Werktagen bei Ihnen.\n\nIhr Kundenservice"
	checkAutoCases(t, []autoCase{
		{"a receipt whose promise to reply is wrapped", hdr, en, AutoReply},
		{"the same receipt's promise on one line", hdr, strings.Replace(en, "will\nreply", "will reply", 1), AutoReply},
		{"a German receipt whose promise is wrapped", hdr, de, AutoReply},
		{"a person who got the message and asks on", hdr, strings.Replace(en, "\n\nFor leaks", "\n\nCan you move the window to the weekend instead?\n\nFor leaks", 1), Human},
	})
}
