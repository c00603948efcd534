package intake

import "testing"

// TestDetectAutoRelayedStatement checks that a case portal's notice
// carrying what a cardholder, buyer or customer wrote, announced as their
// statement or comment and in their own voice, is read as that person's,
// though the portal marks it auto-generated; its notices of the case's
// state, which say no "I", stay a machine's.
func TestDetectAutoRelayedStatement(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	portal := func(subject string) string {
		return "From: ClaimsHub <no-reply@claimshub.example>\r\nReply-To: Claim 5531 <claim-5531@reply.claimshub.example>\r\nSubject: " + subject + "\r\nAuto-Submitted: auto-generated\r\n" + utf8
	}
	checkAutoCases(t, []autoCase{
		{"a buyer's explanation a claims portal relays", portal("Claim 5531 - new information from the buyer"),
			"ClaimsHub - Claim update\n\nClaim:   5531\nOrder:   LMP-20931\nStatus:  Open\n\nThe buyer has submitted the following explanation for this claim:\n\n" +
				"\"I ordered two lamps on 2 May and only one arrived in the box. I still have the packaging and the label if you need photos of them.\"\n\n" +
				"Respond from the claim page or reply to this message.", Human},
		{"a customer's statement in German", portal("Fall 5531: Stellungnahme des Kunden"),
			"Fall 5531 wurde aktualisiert.\n\nDer Kunde hat folgende Stellungnahme abgegeben:\n\n" +
				"Ich habe die Ware Anfang März zurückgeschickt und bis heute keine Erstattung erhalten, obwohl die Sendung laut Verfolgung zugestellt wurde.\n\n" +
				"Antworten Sie bitte über das Portal.", Human},
		{"a cardholder's comment in Spanish", portal("Caso 5531: comentario del titular"),
			"El titular de la tarjeta ha añadido el siguiente comentario al caso 5531:\n\n" +
				"Yo nunca autoricé este cargo, mi tarjeta estuvo conmigo en casa todo el fin de semana y no compré nada en esa tienda.\n\n" +
				"Puede responder desde la página del caso.", Human},
		{"the portal's note of the case's state", portal("Claim 5531 - status changed"),
			"The issuer has added the following note to claim 5531:\n\nStatus changed to pre-arbitration. The response is due on 2026-05-20 and will be reviewed by the network.\n\nRespond from the claim page.", List},
		{"an acquirer's statement that says no \"I\"", portal("Claim 5531 - acquirer response"),
			"The acquirer has provided the following statement:\n\nThe merchant was contacted on 12 April and provided a signed proof of delivery for both items of the order.\n\nRespond from the claim page.", List},
	})
}

// TestDetectAutoExcusedSystemAddress checks that a person who answers
// our mail from their firm's system or no-reply address and excuses it in
// German, French or Dutch, naming the address in a compound
// ("Absenderadresse", "systeemadres") or with an article ("l'adresse"),
// is read as a person; a no-reply notice that is sorry about the reader's
// address stays a machine's.
func TestDetectAutoExcusedSystemAddress(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	reply := func(from string) string {
		return "From: " + from + "\r\nSubject: Re: [ESC-5120] Kartenleser koppelt nicht\r\nIn-Reply-To: <esc5120.2@example.com>\r\nX-Mailer: Microsoft Outlook 16.0\r\n" + utf8
	}
	checkAutoCases(t, []autoCase{
		{"a German reply excusing the shop system's sender address", reply("Shop Weber <noreply@shop-weber.example>"),
			"Guten Tag Herr Lindqvist,\n\nEntschuldigung, ich schreibe von der Absenderadresse unseres Shopsystems, mein eigenes Konto ist gesperrt.\n\n" +
				"Der Kartenleser koppelt weiterhin nicht, auch nach dem Zurücksetzen. Können Sie uns einen neuen schicken?\n\nViele Grüße\nMarta Weber", Human},
		{"a French reply from the shop's generic no-reply address", reply("Boutique Lenoir <no-reply@lenoir.example>"),
			"Bonjour,\n\nDésolée, je réponds depuis l'adresse générique du magasin, ma boîte personnelle ne fonctionne plus.\n\n" +
				"Le lecteur ne se connecte toujours pas après la réinitialisation. Pouvez-vous en envoyer un autre ?\n\nClaire Lenoir", Human},
		{"a Dutch reply from the system address", reply("Fietsen De Vries <noreply@devries.example>"),
			"Hoi,\n\nSorry, ik mail vanaf ons systeemadres omdat mijn eigen mailbox nog niet werkt.\n\nDe kaartlezer koppelt nog steeds niet. Kunnen jullie een nieuwe sturen?\n\nGroet,\nPieter", Human},
		{"a no-reply notice sorry about the reader's address", "From: Shop Weber <noreply@shop-weber.example>\r\nSubject: Ihre Bestellung 4471\r\n" + utf8,
			"Entschuldigung, Ihre Lieferadresse für Bestellung 4471 konnte nicht geprüft werden. Bitte ändern Sie sie in Ihrem Kundenkonto.\n\nIhr Shop Weber", List},
	})
}

// TestDetectAutoAccountRoleFooter checks that a service's notice whose
// footer says it comes to the reader for their role in an account at the
// service ("You are receiving this email because you are an owner of the
// … organization", "Sie erhalten diese E-Mail, weil Sie Administrator
// des Kontos … sind") is read as a machine's, though it greets a team
// and is signed by one; a person forwarding such a notice with her
// question stays a person.
func TestDetectAutoAccountRoleFooter(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	notice := "From: Parcelbay <alerts@parcelbay.example>\r\nSubject: Your API key will expire in 7 days\r\n" + utf8
	checkAutoCases(t, []autoCase{
		{"a service's key-expiry notice to an organization's owners", notice,
			"Hello Acme team,\n\nThe API key ending in 4f2a that your integration uses will expire on 2026-06-01. Create a new key in the dashboard before then to avoid failed label requests.\n\n" +
				"Thanks,\nThe Parcelbay team\n\nYou are receiving this email because you are an owner of the\nParcelbay organization acme-prod.", List},
		{"its German form, to an account's administrators", "From: Parcelbay <alerts@parcelbay.example>\r\nSubject: Ihr API-Schlüssel läuft in 7 Tagen ab\r\n" + utf8,
			"Hallo Acme-Team,\n\nder API-Schlüssel mit der Endung 4f2a, den Ihre Integration verwendet, läuft am 01.06.2026 ab. Bitte erstellen Sie vorher einen neuen Schlüssel im Dashboard.\n\n" +
				"Viele Grüße\nIhr Parcelbay-Team\n\nSie erhalten diese E-Mail, weil Sie Administrator des Parcelbay-Kontos acme-prod sind.", List},
		{"a person forwarding such a notice with her question", "From: Dana Whitfield <dana@shopfront.example>\r\nSubject: Fwd: Your API key will expire in 7 days\r\n" + utf8,
			"Why am I still getting these? I handed the Parcelbay account over to you in March, can you take me off it?\n\nDana\n\n---------- Forwarded message ---------\n" +
				"From: Parcelbay <alerts@parcelbay.example>\nSubject: Your API key will expire in 7 days\n\nThe API key ending in 4f2a will expire on 2026-06-01.\n\n" +
				"You are receiving this email because you are an owner of the Parcelbay organization acme-prod.", Human},
	})
}
