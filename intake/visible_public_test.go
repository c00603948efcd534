package intake

import "testing"

// TestProtectiveMarkings: what replies/stranger64 (public bodies and
// health services of the UK, Australia, New Zealand, Canada and the US)
// found at its first reading: the protective marking their mail systems
// write alone on a line above and below the body ("OFFICIAL",
// "OFFICIAL: Sensitive", "IN-CONFIDENCE", "UNCLASSIFIED / NON CLASSIFIÉ",
// "SWYDDOGOL - OFFICIAL", "Classification: Protected B") is theirs, not
// the writer's; a reply of markings and a signature has no new text, and
// a forward of markings alone is the forwarded mail.
func TestProtectiveMarkings(t *testing.T) {
	const text = "Hi Dana,\n\nThe overnight batch completed.\n\nKind regards,\nGareth"
	const history = "\n\nFrom: Acme Support <support@acme.example>\nSent: 13 August 2025 10:30\nTo: Gareth Hollins <g.hollins@council.example>\nSubject: [ESC-2252] Scheduler\n\nOFFICIAL\n\nHi Gareth,\n"
	checkVisibleForms(t, []formCase{
		{"UK OFFICIAL above and below", "OFFICIAL\n\n" + text + "\n\nOFFICIAL" + history, text, false, false},
		{"Australian OFFICIAL: Sensitive with its caveat", "OFFICIAL: Sensitive\n\n" + text + "\n\nOFFICIAL: Sensitive\nLegal Privilege" + history, text, false, false},
		{"an Australian marking with its caveat after //", "[SEC=OFFICIAL]\n\n" + text + "\n\nOFFICIAL: Sensitive//Legal-Privilege" + history, text, false, false},
		{"New Zealand's IN-CONFIDENCE", "IN-CONFIDENCE\n\n" + text + "\n\nIN-CONFIDENCE" + history, text, false, false},
		{"a bilingual Canadian marking", "UNCLASSIFIED / NON CLASSIFIÉ\n\n" + text + "\n\nNON CLASSIFIÉ / UNCLASSIFIED" + history, text, false, false},
		{"a Welsh and English pair", "SWYDDOGOL - OFFICIAL\n\n" + text + "\n\nSWYDDOGOL / OFFICIAL" + history, text, false, false},
		{"a label naming a Canadian level", text + "\n\nClassification: Protected B" + history, text, false, false},
		{"markings and the signature Outlook put in, nothing typed", "OFFICIAL\n\n \n\nGareth Hollins\nApplications Support Analyst\nHarrowfield Borough Council\n\nOFFICIAL" + history, "", true, false},
		{"a forward with a marking and nothing typed", "OFFICIAL\n\n \n\nFrom: Bradshaw, Kelly <k.bradshaw@trust.example>\nSent: 19 August 2025 08:12\nTo: IT Service Desk <it@trust.example>\nSubject: Whiteboard\n\nOFFICIAL\n\nHi,\n\nThe whiteboard has not updated since 2am.\n\nKelly Bradshaw\n\nOFFICIAL\n",
			"Hi,\n\nThe whiteboard has not updated since 2am.\n\nKelly Bradshaw", false, true},
		// Guards: a marking word in the writer's sentence is theirs, and a
		// caveat's words stand only under a marking.
		{"a marking in a sentence", "OFFICIAL-SENSITIVE\n\nHi Sophie,\n\nPlease mark anything you send back as OFFICIAL-SENSITIVE.\nThe document is OFFICIAL now.\n\nImran" + history, "Hi Sophie,\n\nPlease mark anything you send back as OFFICIAL-SENSITIVE.\nThe document is OFFICIAL now.\n\nImran", false, false},
		{"a caveat's words with no marking above", "Hi Dana,\n\nWhich folder?\n\nLegal Privilege\n\nMinh" + history, "Hi Dana,\n\nWhich folder?\n\nLegal Privilege\n\nMinh", false, false},
	})
}

// TestWelshHeaderBlock: Outlook in Welsh writes the header block of the
// mail answered as "Oddi wrth:" / "Anfonwyd:" / "At:" / "Pwnc:"
// (replies/stranger64); unread, the mail below it was shown as new text
// and the reply cut above its signature's last lines.
func TestWelshHeaderBlock(t *testing.T) {
	const text = "Prynhawn da Marcus,\n\nThe form saves now.\n\nDiolch,\nElin\n\nElin Howells\nFfôn / Tel: 01632 960 488"
	checkVisible(t, []bodyCase{
		{"Welsh Outlook's block", text + "\n\nOddi wrth: Acme Support <support@acme.example>\nAnfonwyd: 26 Awst 2025 14:03\nAt: Howells, Elin <elin@health.example>\nPwnc: [ESC-2285] Welsh form\n\nHi Elin,\n\nBuild 9.4.2.329 is in UAT.\n", text},
		{"a line opened by At: in the text", "Hi Marcus,\n\nAt: the front desk, from Monday.\n\nElin", "Hi Marcus,\n\nAt: the front desk, from Monday.\n\nElin"},
	})
}
