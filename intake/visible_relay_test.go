package intake

import "testing"

// TestRelayedMessage: a booking channel's or marketplace's messaging
// relays a person's message inside its own chrome: a box at the top
// saying the message came through it ("Este mensaje fue enviado a través
// de …" / "No elimine la referencia …"), and below the message the one
// answered, under a heading ("Mensaje anterior:") and two fields. The box
// and the earlier message are the relay's; a person's own box at the top
// and a heading followed by no fields stay.
func TestRelayedMessage(t *testing.T) {
	const msg = "Hola equipo,\n\nla tarifa no se actualiza desde el lunes.\n\nSaludos,\nLucía Gómez\nSoporte, RutaHost"
	checkVisible(t, []bodyCase{
		{"a relay's box and the earlier message, Spanish",
			"==============================\nEste mensaje fue enviado a través de RutaHost Mensajería.\nNo elimine la referencia [RH-REF:4410-B2]\n==============================\n\n" + msg +
				"\n\n==============================\nMensaje anterior:\nDe: Soporte Acme\nFecha: 3 ago 2026 10:02\nHola, ¿pueden revisar la tarifa?\n==============================\nRutaHost | Tu canal\n",
			msg},
		{"an earlier message under its heading, Malay",
			"Baik, sudah kami semak.\n\nDewi\n\nMesej sebelumnya:\nDaripada: Acme Support\nTarikh: 3 Ogos 2026 10:02\nSila semak semula.\n",
			"Baik, sudah kami semak.\n\nDewi"},
		{"a person's own box at the top",
			"------------------------------\nURGENT: all bookings fail\n------------------------------\n\nPlease call me.\nAnn\n",
			"------------------------------\nURGENT: all bookings fail\n------------------------------\n\nPlease call me.\nAnn"},
		{"a heading of the writer's with no fields below",
			"About the previous message:\nthe rate is still wrong.\n\nAnn\n",
			"About the previous message:\nthe rate is still wrong.\n\nAnn"},
	})
}

// TestVisibleNamedCommentQuoted checks that a portal's notice of a
// comment, its writer named on the line above it ("New comment by Ionuț
// Popescu (installer, AutoTech Cluj SRL):") and the comment quoted with
// "> " below, keeps the comment, its marks taken off: it is the person's
// mail to us (namedComment), not history; a reply quoting our mail under
// an attribution, and a reply quoting such a notice, keep only the reply.
// (The portal's rule below the comment stays, as the one a signature's
// box closes with: the same rule frames the portal's head above.)
func TestVisibleNamedCommentQuoted(t *testing.T) {
	const head = "ProvisionHub - device provisioning portal\n------------------------------------------------------------\nRMA-4471  |  Device AT-4G  |  Status: Awaiting OEM\n------------------------------------------------------------\n\n"
	const tail = "\n\n------------------------------------------------------------\nReply above this line to add a comment to RMA-4471.\nYou are receiving this because you are a watcher of RMA-4471.\n"
	checkVisible(t, []bodyCase{
		{"a comment quoted below its writer's line",
			head + "New comment by Ionuț Popescu (installer, AutoTech Cluj SRL):\n\n> Hello Acme, the new unit provisions but your platform rejects it.\n> Can someone release the old binding please?\n> Phone +40 744 000 318." + tail,
			head + "New comment by Ionuț Popescu (installer, AutoTech Cluj SRL):\n\nHello Acme, the new unit provisions but your platform rejects it.\nCan someone release the old binding please?\nPhone +40 744 000 318.\n\n------------------------------------------------------------"},
		{"a German comment quoted below its writer's line",
			"Neuer Kommentar von Jonas Weber:\n> Hallo Acme, das Gerät meldet sich seit gestern nicht mehr.\n> Bitte prüfen.\n",
			"Neuer Kommentar von Jonas Weber:\nHallo Acme, das Gerät meldet sich seit gestern nicht mehr.\nBitte prüfen."},
		{"a reply quoting our mail under an attribution",
			"Thanks, I will check the binding.\n\nOn Tue, 3 Nov 2026 at 10:02, Acme Support <support@acme.example> wrote:\n> Please send us the IMEI.\n",
			"Thanks, I will check the binding."},
		{"a reply quoting a portal's notice of a comment",
			"Done, released.\n\nOn Tue, 3 Nov 2026 at 10:02, ProvisionHub <noreply@provhub.example> wrote:\n> New comment by Ionuț Popescu:\n>\n> > Can someone release the old binding please?\n",
			"Done, released."},
	})
}
