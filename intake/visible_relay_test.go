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
