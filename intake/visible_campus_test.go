package intake

import "testing"

// TestSignatureOnlyWithClosing: Outlook's signature often holds the
// closing too, "Kind regards," or "Mit freundlichen Grüßen" above the
// name, and the name may carry its title ("Mrs", "Dr.", "Frau");
// a reply sent without a word typed is that block over the history and
// has no new text (replies/stranger65). A closing that says something,
// "Thanks," or "Danke", is typed, and so is a line above the closing or
// a first name alone under it.
func TestSignatureOnlyWithClosing(t *testing.T) {
	const history = "\n\nFrom: Acme Support <support@acme.example>\nSent: Tuesday, 3 February 2026 11:20 AM\nTo: Tom Price <t.price@hillcrest.example>\nSubject: RE: [ESC-3001] Timetable import\n\nHi Tom,\n\nIs the import working now?\n"
	const sig = "Mr Tom Price\nNetwork Manager\nHillcrest Community College\n14 Station Road, Hillcrest HC2 9QP\nT: 01632 960 777"
	const de = "\n\nVon: Acme Support <support@acme.example>\nGesendet: Dienstag, 3. Februar 2026 11:20\nAn: Anna Keller <a.keller@gymnasium-nord.example>\nBetreff: AW: [ESC-3002] Zeugnisdruck\n\nHallo Frau Keller,\n\nfunktioniert der Druck jetzt?\n"
	const desig = "Frau Dr. Anna Keller\nStellvertretende Schulleiterin\nGymnasium Nord\nTel. 030 5550 1234"
	checkVisibleForms(t, []formCase{
		{"a closing and the signature", "Best regards,\n\n" + sig + history, "", true, false},
		{"a German closing and a doctor's title", "Mit freundlichen Grüßen\n\n" + desig + de, "", true, false},
		// Guards: thanks, a word typed, a first name.
		{"thanks", "Thanks,\n\n" + sig + history, "Thanks,\n\n" + sig, false, false},
		{"German thanks", "Danke!\n" + desig + de, "Danke!\n" + desig, false, false},
		{"a word above the closing", "Done.\n\nBest regards,\n\n" + sig + history, "Done.\n\nBest regards,\n\n" + sig, false, false},
		{"a first name under the closing", "Best regards,\nTom" + history, "Best regards,\nTom", false, false},
		{"someone else's name", "Best regards,\n\nMs Jane Porter\nBursar\nHillcrest Community College" + history, "Best regards,\n\nMs Jane Porter\nBursar\nHillcrest Community College", false, false},
	})
}

// TestInlineAnswersAboveOriginalMessage: an agent answers a customer's
// questions between "> " quotes of them, under a greeting, commands and
// "Answers below.", and Outlook adds the whole mail answered under
// "-----Original Message-----" (replies/stranger65). The announcement
// speaks of the answers between the quotes, not of the mail below the
// header block: that mail is history, and the quoted questions go.
func TestInlineAnswersAboveOriginalMessage(t *testing.T) {
	const answers = "#status pending\n\nHello Marta,\n\nMy replies inline.\n\n> Can the report run at 6am instead of 7am?\n\nYes, I have moved it.\n\n> Will the parents see the new column?\n\nNo, only staff do.\n\nBest wishes,\nJan Novak\nAcme Support"
	const want = "#status pending\n\nHello Marta,\n\nMy replies inline.\n\nYes, I have moved it.\n\nNo, only staff do.\n\nBest wishes,\nJan Novak\nAcme Support"
	const original = "\n\n-----Original Message-----\nFrom: Marta Silva <m.silva@escola.example>\nSent: Monday, 2 March 2026 08:10\nTo: Acme Support <support@acme.example>\nSubject: Report timing\n\nHello Jan,\n\nCan the report run at 6am instead of 7am?\n\nWill the parents see the new column?\n\nMarta\n"
	const de = "Hallo Herr Wolf,\n\nAntworten siehe unten.\n\n> Gilt das auch für die Oberstufe?\n\nJa, für alle Jahrgänge.\n\n> Muss ich etwas neu starten?\n\nNein.\n\nViele Grüße\nLea Brandt"
	const deBlock = "\n\nVon: Peter Wolf <p.wolf@schule.example>\nGesendet: Montag, 2. März 2026 08:10\nAn: Acme Support <support@acme.example>\nBetreff: Stundenplan\n\nHallo Frau Brandt,\n\nGilt das auch für die Oberstufe?\n\nMuss ich etwas neu starten?\n"
	checkVisibleForms(t, []formCase{
		{"commands, an announcement and the Original Message", answers + original, want, false, false},
		{"a German header block", de + deBlock, "Hallo Herr Wolf,\n\nAntworten siehe unten.\n\nJa, für alle Jahrgänge.\n\nNein.\n\nViele Grüße\nLea Brandt", false, false},
		// Guard: one line cited under text is the writer's citation.
		{"a citation", "Hi Marta,\n\nThe log says:\n\n> ERROR 42 at step 3\n\nI will look into it.\n\nJan" + original, "Hi Marta,\n\nThe log says:\n\n> ERROR 42 at step 3\n\nI will look into it.\n\nJan", false, false},
	})
}

// TestSafeguardingStatement: schools, colleges and charities that work
// with children put a safeguarding statement under every mail ("… is
// committed to safeguarding and promoting the welfare of children …",
// "… committed to the safeguarding of children in line with Children
// First …"), alone or above the confidentiality notice
// (replies/stranger65). It is the school's footer, not the writer's;
// the writer's own sentence about safeguarding, with their text around
// it, stays.
func TestSafeguardingStatement(t *testing.T) {
	const text = "Hi Ben,\n\nThe photo consent list imports now.\n\nMany thanks,\nPriya Shah\nData Officer\nRiverside Primary Academy\n01632 960 312"
	const history = "\n\nFrom: Acme Support <support@acme.example>\nSent: 4 March 2026 09:12\nTo: Priya Shah <p.shah@riverside.example>\nSubject: RE: [ESC-3003] Consent list\n\nHi Priya,\n"
	const notice = "\n\nThis email and any attachments are confidential. If you are not the intended recipient, please delete it."
	checkVisible(t, []bodyCase{
		{"above the notice", text + "\n\nRiverside Learning Partnership is fully committed to safeguarding children and vulnerable adults and expects all staff to share this commitment." + notice + history, text},
		{"alone", text + "\n\nWe are committed to the safeguarding and protection of all our pupils. Concerns: dsl@riverside.example" + history, text},
		{"the writer's sentence", "Hi Ben,\n\nOur school is committed to safeguarding, so can parents be kept from seeing other pupils' photos?\n\nPriya" + history, "Hi Ben,\n\nOur school is committed to safeguarding, so can parents be kept from seeing other pupils' photos?\n\nPriya"},
	})
}

// TestLearningPlatformNotices: a school's learning platform relays a
// teacher's message or forum post in its own chrome (replies/stranger65):
// Canvas's "Tomás Reyes just sent you a message in Canvas." above it
// and "You received this email because …" below; Moodle's breadcrumb,
// the post's subject and its byline "by Ana Lima - Monday, 2 March
// 2026, 9:05 AM" over a rule above it, and "This is a copy of a message
// posted in …" with its links below. Only the person's words are the
// message. A person who writes such a line, with no platform's footer
// below, keeps it.
func TestLearningPlatformNotices(t *testing.T) {
	const post = "Good morning,\n\nThe timetable sync stopped at 02:00 again:\n\nsync.php: HTTP 503 from upstream\n\nCan you check it?\n\nAna\nICT Office"
	checkVisible(t, []bodyCase{
		{"an inbox message", "Tomás Reyes just sent you a message in Canvas.\n\n" + post + "\n\n________________________________________\n\nYou received this email because you are participating in one or more conversations at Northfield College. To change or turn off email notifications, visit:\nhttps://northfield.instructure.example/profile/communication\n", post},
		{"a forum post", "Staff ICT -> Forums -> Timetables -> Sync stopped\n\nRe: Sync stopped\nby Ana Lima - Monday, 2 March 2026, 9:05 AM\n-------------------------------------------------------\n" + post + "\n\n-------------------------------------------------------\nThis is a copy of a message posted in Staff ICT.\n\nTo reply click on this link: https://vle.northfield.example/mod/forum/post.php?reply=1201\nUnsubscribe from this forum: https://vle.northfield.example/mod/forum/unsubscribe.php?id=77\n", post},
		{"a person's line", "Tomás Reyes just sent you a message in Canvas.\n\nDid you see it? He says the sync is down.\n\nAna", "Tomás Reyes just sent you a message in Canvas.\n\nDid you see it? He says the sync is down.\n\nAna"},
	})
}
