package intake

import "testing"

// What replies/stranger61 (an ordinary February at a desk serving
// industrial customers in Germany, Austria, Switzerland, the Low
// Countries, the Nordic countries and Poland: Outlook in its forms,
// Notes, Tobit David, GroupWise, GMX, web.de and a customer's TOPdesk)
// found at its first reading. Each test has a case that failed before
// its change.

// TestFooterParagraphsOfIndustry: the German "Pflichtangaben nach §
// 125a HGB: …" paragraph (the mandatory disclosures of a company's
// register, its seat and its managing directors), standing apart below
// the signature, opens the footer that a notice and a plea for the
// environment follow; a Polish plea for the environment standing alone
// is a footer too.
func TestFooterParagraphsOfIndustry(t *testing.T) {
	const de = "Hallo Herr Reuter,\n\ndie neue Host-ID lautet 00:50:56:A1:3C:7E.\n\nMit freundlichen Grüßen\nClaudia Neumann\n\nWestfalia Gießerei GmbH & Co. KG\nHafenweg 31\n44147 Dortmund"
	const pflicht = "\n\nPflichtangaben nach § 125a HGB: Westfalia Gießerei GmbH & Co. KG, Sitz Dortmund, Registergericht Amtsgericht Dortmund HRA 17654. Geschäftsführer: Frank Overbeck. USt-IdNr.: DE 298765432\n\nDiese E-Mail enthält vertrauliche Informationen.\n\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.\n"
	const pl = "Dzień dobry,\n\npotwierdzam zamówienie.\n\nPozdrawiam\n\nPaweł Kowalczyk\ntel. +48 32 330 15 60 wew. 214"
	const block = "\n\nOd: Acme Support <support@acme.example>\nWysłano: środa, 12 lutego 2025 14:30\nDo: Kowalczyk Paweł <p@x.example>\nTemat: [ESC-5207] Stanowiska\n\nDzień dobry,\n"
	checkVisible(t, []bodyCase{
		{"Pflichtangaben, a notice and a plea", de + pflicht, de},
		{"a Polish plea for the environment alone", pl + "\n\nZanim wydrukujesz tę wiadomość, pomyśl o środowisku.\n" + block, pl},
	})
}

// TestTOPdeskAction: TOPdesk heads the operator's text "Actie (25-02-2025
// 10:12, Kees Verhagen):" as well as "Nieuwe actie (…):"; the header, the
// ticket's fields, the earlier actions and the footer around it are the
// tool's.
func TestTOPdeskAction(t *testing.T) {
	const text = "Goedemorgen Pieter,\n\nHet VPN-account is aangemaakt.\n\nMet vriendelijke groet,\nKees Verhagen\nICT Servicedesk"
	const in = "ICT Servicedesk - Zeeuwse Staalconstructies B.V.\n\nEr is een nieuwe actie toegevoegd aan melding M2502 0312.\n\nOnderwerp: VPN-toegang (Acme ESC-5295)\nStatus: In behandeling\nBehandelaar: Kees Verhagen\n\nActie (25-02-2025 10:12, Kees Verhagen):\n\n" + text +
		"\n\n------------------------------------------------------------\nEerdere acties:\n\n24-02-2025 09:31, Kees Verhagen:\nAanvraag ontvangen van Acme Support.\n------------------------------------------------------------\nBekijk de melding in het zelfbedieningsportaal:\nhttps://servicedesk.x.example/ssp/incident/detail?unid=8f3a\n\nWilt u reageren? Beantwoord deze e-mail en laat het meldingnummer [M2502 0312] in het onderwerp staan.\nDit bericht is automatisch verzonden.\n"
	checkVisible(t, []bodyCase{{"TOPdesk's action", in, text}})
}
