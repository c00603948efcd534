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

// TestSignatureOnlyOfPublicServants: replies/stranger64's replies sent
// without a word typed hold the signature their client put in, whose
// name may share its line with the title ("Minh Tran | FOI Case
// Officer") and which ends with a line public bodies ask their staff to
// carry (pronouns, working days, dyslexia); in an HTML mail, the text
// part read as history only tells the signature above it is no message.
func TestSignatureOnlyOfPublicServants(t *testing.T) {
	const history = "\n\nFrom: Acme Support <support@acme.example>\nSent: Thursday, 21 August 2025 9:59 AM\nTo: TRAN, Minh <minh.tran@agency.example>\nSubject: [ESC-2268] Audit log extract\n\nHi Minh,\n\nCould you send the list of case IDs?\n"
	const sig = "Minh Tran | FOI Case Officer\nNational Veterans Support Agency\nP 02 5550 9024\nI work part-time (Mon, Tue, Thu). I don't expect you to reply outside your own working hours."
	checkVisibleForms(t, []formCase{
		{"the signature alone between markings", "OFFICIAL: Sensitive\n\n" + sig + "\n\nOFFICIAL: Sensitive" + history, "", true, false},
		{"pronouns and a dyslexia line", "Minh Tran\nFOI Case Officer\nPronouns: he/him\nI'm dyslexic – if anything I've written isn't clear, please just ask." + history, "", true, false},
		// Guards: a word typed above the signature, or a title line that
		// is a sentence, is a message.
		{"a line typed above", "Attached.\n\n" + sig + history, "Attached.\n\n" + sig, false, false},
		{"a sentence after the bar", "Minh Tran | I will send it tomorrow, sorry for the delay.\nNational Veterans Support Agency" + history, "Minh Tran | I will send it tomorrow, sorry for the delay.\nNational Veterans Support Agency", false, false},
	})
	raw := "From: \"TRAN, Minh\" <minh.tran@agency.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-2268] Audit log extract [SEC=OFFICIAL:Sensitive]\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<div style="text-align:center;color:#FF0000">OFFICIAL: Sensitive</div><div style="text-align:center;color:#FF0000">Legal Privilege</div><div><br></div>` +
		`<div id="Signature"><p><b>Minh Tran</b> | FOI Case Officer</p><p>National Veterans Support Agency</p><p>P 02 5550 9024</p><p><i>I work part-time (Mon, Tue, Thu). I don't expect you to reply outside your own working hours.</i></p></div>` +
		`<div style="text-align:center;color:#FF0000">OFFICIAL: Sensitive</div><div id="appendonsend"></div><hr>` +
		`<div id="divRplyFwdMsg"><b>From:</b> Acme Support &lt;support@acme.example&gt;<br><b>Sent:</b> Thursday, 21 August 2025 9:59 AM<br><b>To:</b> TRAN, Minh &lt;minh.tran@agency.example&gt;<br><b>Subject:</b> [ESC-2268] Audit log extract</div>` +
		`<div><p>Hi Minh,</p><p>Could you send the list of case IDs?</p></div>`
	checkParsedVisible(t, "OWA's signature alone between markings", raw, "")
}

// TestPublicSectorDeskNotices: the help desks of replies/stranger64's
// customers relay their staff's words in their own chrome: ServiceNow's
// vendor task, "Vendor Task VTASK0012045 has been updated" /
// "Additional comments from Gloria Estrada:", and TOPdesk's, which
// names no author: the call's fields under its number, a rule, the
// operator's action, a rule, the previous actions and a footer that
// asks to keep the call number in the subject.
func TestPublicSectorDeskNotices(t *testing.T) {
	const comment = "Acme team - please reopen ESC-2272.\n  - Notice 2025-UI-883104\n\nGloria Estrada\nDepartment of Labor"
	const action = "Hi Acme Support,\n\nLetters print correctly to the Ricoh queue.\n\nKind regards,\nShauna Doyle"
	topdesk := "Call number: I 2508 1374\nYour reference: ESC-2277\nStatus: Waiting for supplier\nOperator: Shauna Doyle\n\n" + callRule + "\n\n" + action + "\n\n" + callRule + "\n\nPrevious actions:\n\n21-08-2025 16:12 Acme Support:\nHi Shauna, could you test printing?\n\n" + callRule +
		"\nWhen replying, please keep the call number I 2508 1374 in the subject line.\nYou can also view this call in the Self-Service Portal: https://desk.council.example/tas/public\n"
	checkVisible(t, []bodyCase{
		{"ServiceNow's vendor task", "Vendor Task VTASK0012045 has been updated\n\nAdditional comments from Gloria Estrada:\n\n" + comment + "\n\n" + callRule + "\nVendor task: VTASK0012045\nState: Awaiting Vendor\n\nYou are receiving this notification because you are a vendor contact on this task.\n\nRef:MSG0913377\n", comment},
		{"TOPdesk's call", "OFFICIAL\n\n" + topdesk + "\nOFFICIAL\n", action},
		// Guard: a person's mail that lists a call's fields, with no
		// tool's footer, keeps them.
		{"a call's fields in a person's mail", "Call number: I 2508 1374\nStatus: open\n\n" + callRule + "\n\nStill failing.\n\nShauna", "Call number: I 2508 1374\nStatus: open\n\n" + callRule + "\n\nStill failing.\n\nShauna"},
	})
}

const callRule = "----------------------------------------------------------------------"

// TestPublicBodyNotices: the paragraphs public bodies add below the
// signature (replies/stranger64): the US "STATEMENT OF
// CONFIDENTIALITY:", a Florida county's public-records notice, the Welsh
// Language Standards' statement above a Welsh council's notice; and the
// line a secure mail gateway (Egress) puts above the text.
func TestPublicBodyNotices(t *testing.T) {
	const text = "Hi Marcus,\n\nPlease go ahead.\n\nDenise Okafor-Hale\nPhone: (555) 010-2841"
	const history = "\n\n-----Original Message-----\nFrom: Acme Support <support@acme.example>\nSent: Monday, August 25, 2025 3:10 PM\nTo: Denise <d@state.example>\nSubject: [ESC-2290] Password expiry\n\nHi Denise,\n"
	checkVisible(t, []bodyCase{
		{"a US state's statement of confidentiality", text + "\n\nSTATEMENT OF CONFIDENTIALITY: The information contained in this electronic message and any attachments are intended for the exclusive use of the addressee(s). If you are not the intended recipient, please notify the sender." + history, text},
		{"a Florida county's public records notice", text + "\n\nPLEASE NOTE: Florida has a very broad public records law. Most written communications to or from local officials regarding county business are public records available to the public and media upon request. Your e-mail communications may therefore be subject to public disclosure." + history, text},
		{"the Welsh Language Standards' statement over a notice", text + "\n\nRydym yn croesawu gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg heb oedi. / We welcome correspondence in Welsh and will respond in Welsh without delay.\n\nMae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol. / This email and any attachments are confidential." + history, text},
		{"Egress's line above the text", "Egress  |  This message has been sent securely using Egress Protect. If you have any concerns about this message, please contact the sender.\n\n" + text + history, text},
		// Guards: the writer's own line on Welsh inside the signature,
		// and a sentence of theirs on public records, stay.
		{"a personal Welsh line in the signature", text + "\nMae croeso i chi ysgrifennu ataf yn Gymraeg neu yn Saesneg. | You're welcome to write to me in Welsh or English." + history, text + "\nMae croeso i chi ysgrifennu ataf yn Gymraeg neu yn Saesneg. | You're welcome to write to me in Welsh or English."},
		{"public records in the writer's text", "Hi Marcus,\n\nOur public records law means the export must keep the audit trail.\n\nDenise" + history, "Hi Marcus,\n\nOur public records law means the export must keep the audit trail.\n\nDenise"},
	})
}
