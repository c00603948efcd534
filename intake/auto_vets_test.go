package intake

import "testing"

// What auto/stranger69 (a SaaS for veterinary clinics and pet-care chains)
// taught, in other languages and hosts than its own mails.

// vetsGroup is a member's post to a group at a host of its own, the
// writer's own address in From and no Reply-To, so that replies go to the
// writer (auto/stranger69's 17, a Singapore vet's question to
// "acme-clinic-users" at googlegroups.com). post is the address the group
// takes posts at; id its List-Id.
func vetsGroup(post, id, from string) string {
	return "From: " + from + "\r\nTo: " + post + "\r\nPrecedence: list\r\nList-ID: <" + id + ">\r\nList-Post: <mailto:" + post + ">\r\n" +
		"List-Unsubscribe: <mailto:unsubscribe+" + post + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
}

// TestDetectAutoGroupNamedForUs checks that a post to a group named for
// us at a host of its own (not the writer's domain), one of whose
// paragraphs is headed with our name as whom it is for ("Acme team: is
// this planned, or can you add it …", auto/stranger69's 17), is a
// person's mail to us, in other languages and on other list hosts.
func TestDetectAutoGroupNamedForUs(t *testing.T) {
	checkAutoCases(t, []autoCase{
		{"a German vet on an association's Mailman list",
			vetsGroup("example-anwender@lists.vetverband.example", "example-anwender.lists.vetverband.example", "Dr. Anna Huber <huber@tierarzt-huber.example>") + "Subject: [example-anwender] Impfpass-Export\r\n",
			"Hallo zusammen,\n\nseit dem Update fehlt im Impfpass-Export die Chipnummer.\n\nFrage an das Example-Team: ist das Absicht, oder könnt ihr das Feld wieder einblenden?\n\nDanke\nAnna Huber", Human},
		{"a Mexican clinic on a Google Group",
			vetsGroup("example-usuarios-mx@googlegroups.com", "example-usuarios-mx.googlegroups.com", "Luis Ortega <lortega@clinicavet.example>") + "Subject: [example-usuarios-mx] Recordatorios por WhatsApp\r\n",
			"Hola a todos,\n\nlos recordatorios por WhatsApp salen con la hora de Ciudad de México aunque la clínica está en Tijuana.\n\nPregunta para Example: ¿se puede fijar la zona horaria por sucursal?\n\nGracias,\nLuis", Human},
		{"a Belgian clinic on a Google Group, in French",
			vetsGroup("example-cliniques-be@googlegroups.com", "example-cliniques-be.googlegroups.com", "Sophie Lambert <s.lambert@veto-namur.example>") + "Subject: [example-cliniques-be] Factures\r\n",
			"Bonjour à tous,\n\nÉquipe Example : pouvez-vous ajouter notre numéro d'agrément AFSCA sur les certificats ? Nous le recopions à la main.\n\nMerci,\nSophie", Human},
	})
}

// TestDetectAutoGroupNamedForUsNotText checks that posts to such a group
// that greet its members and only speak of us, or head a paragraph with
// our product's name, and a forge's comment on a repository named for us
// that greets us (its List-Post a reply address of one thread, not the
// group's own name), stay list mail.
func TestDetectAutoGroupNamedForUsNotText(t *testing.T) {
	group := vetsGroup("example-clinic-users@googlegroups.com", "example-clinic-users.googlegroups.com", "Tan Mei Ling <meiling@petclinic.example>")
	forge := "From: Kenji Watanabe <notifications@forge.example>\r\nReply-To: example/example-node <reply+AB7QK3T5@reply.forge.example>\r\n" +
		"Subject: Re: [example/example-node] Retry-After ignored\r\nPrecedence: list\r\nList-ID: example/example-node <example-node.example.forge.example>\r\n" +
		"List-Post: <mailto:reply+AB7QK3T5@reply.forge.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a post greeting the members, naming us in the greeting's line", group + "Subject: [example-clinic-users] Licence numbers\r\n",
			"Hi all, has anyone got Example's certificates to show the AVS licence number?\n\nMei Ling", List},
		{"a German post asking the members about us", vetsGroup("example-anwender@lists.vetverband.example", "example-anwender.lists.vetverband.example", "Dr. Anna Huber <huber@tierarzt-huber.example>") + "Subject: [example-anwender] Export\r\n",
			"Hallo zusammen,\n\nhat jemand vom Example-Support schon eine Antwort zum Impfpass-Export bekommen?\n\nAnna", List},
		{"a post heading a paragraph with our product's name", group + "Subject: [example-clinic-users] Reminders\r\n",
			"Hi all,\n\nExample Reminders: since Monday ours go out twice. Does anyone else see that?\n\nMei Ling", List},
		{"a forge's comment greeting us", forge,
			"kwatanabe left a comment (example/example-node#1187)\n\nHi Example folks, any update on this? The client still retries at once after a 429.\n\n-- \nReply to this email directly or view it on the forge.", List},
	})
}

// TestDetectAutoReadOnReturnSharedVerb checks that a responder with no
// automatic-mail header and no reference, whose template says the mail
// will not be forwarded and will be read on its owner's return with one
// verb for both (auto/stranger69's 27, an Outlook rule's "Ihre E-Mail wird
// nicht weitergeleitet und nach unserer Rückkehr bearbeitet" under
// "Abwesenheit Praxis Dr. Brandt"), is an auto-reply, in Dutch and in
// other German templates.
func TestDetectAutoReadOnReturnSharedVerb(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Dutch practice's rule", "From: Dierenkliniek De Linde <info@delinde.example>\r\nSubject: Vakantie Dierenkliniek De Linde\r\n" + utf8,
			"Beste afzender,\n\nDank voor uw bericht. De kliniek is van 21 t/m 28 december gesloten. Uw e-mail wordt niet doorgestuurd en pas na onze terugkeer gelezen.\n\nVoor spoed: Dierenziekenhuis Utrecht, 030 000 1234.\n\nMet vriendelijke groet,\nDierenkliniek De Linde", AutoReply},
		{"a Swiss vet's Thunderbird filter", "From: Dr. Reto Meier <praxis@meier-vet.example>\r\nSubject: Ferienabwesenheit Tierarztpraxis Meier\r\n" + utf8,
			"Grüezi\n\nIch bin bis 6. Januar in den Ferien. Ihre Nachricht wird nicht automatisch weitergeleitet und erst nach meiner Rückkehr gelesen.\n\nFreundliche Grüsse\nReto Meier", AutoReply},
	})
}

// TestDetectAutoReadOnReturnSharedVerbNotText checks that a person who
// quotes such a template to ask about it, or says our mail was read late
// and argues, stays a person.
func TestDetectAutoReadOnReturnSharedVerbNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a practice manager asking about her template", "From: Petra Vogt <vogt@kleintierpraxis.example>\r\nSubject: Abwesenheitsnotiz an Tierhalter\r\n" + utf8,
			"Guten Tag,\n\nunsere Abwesenheit sagt „Ihre E-Mail wird nicht weitergeleitet und nach unserer Rückkehr bearbeitet“, aber Example schickt diesen Text an alle Tierhalter. Wie schalte ich das ab?\n\nPetra Vogt", Human},
		{"a Dutch assistant complaining", "From: Sanne de Vries <sanne@delinde.example>\r\nSubject: Herinneringen\r\n" + utf8,
			"Hallo,\n\nuw e-mail wordt bij ons niet doorgestuurd en pas na de vakantie gelezen, maar de herinneringen van Example gingen toch naar onze klanten. Waarom?\n\nSanne", Human},
	})
}
