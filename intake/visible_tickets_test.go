package intake

import "testing"

// TestToolNotification: a ticketing tool's chrome around a comment is
// left out only when both ends are there (an author line or title near
// the top, the tool's footer below); a person who writes "Sam
// commented:" or ends with "Status: open" keeps every line.
func TestToolNotification(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"jira", "Reply above this line.\n\nSam Okafor commented:\n\nWe cannot reproduce it since 14:20.\n\nCheers, Sam\n\nView request · Turn off this request's notifications\n\nHelp Center, powered by Jira Service Management, sent you this message.\n",
			"We cannot reproduce it since 14:20.\n\nCheers, Sam"},
		{"servicenow", "Incident INC0048213 has been updated\n\nShort description: Refund\n\nComments:\n\n2024-03-05 10:12:33 CET - Priya Nair (Additional comments)\nWe received the refund today.\n\n2024-03-04 17:30:02 CET - System (Additional comments)\nreply from: support@helpdesk.example\nOld text.\n\nUnsubscribe | Notification Preferences\n\nRef:MSG0219934_k3Lz9Q\n",
			"We received the refund today."},
		{"freshservice, no author line", "Ticket #SR-4412 - Webhooks failing\n\nHi there,\nplease retry.\n\nRavi\n\nStatus: Pending\nPriority: Medium\n\nThis email was sent by Contoso IT via Freshservice.\n",
			"Hi there,\nplease retry.\n\nRavi"},
		{"servicenow, comments added", "Additional comments added to INC0045123 by Raj Patel:\n\nWe rolled back the proxy change.\n\nRaj\n\nIncident: INC0045123\nShort description: Callbacks from Acme blocked by proxy (ESC-1065), since the change of last night\nClick here to view Incident: https://x.service-now.example/nav_to.do\n\nRef:MSG0123456_Xy7k\n",
			"We rolled back the proxy change.\n\nRaj"},
		{"zendesk comment with its files", "##- Please type your reply above this line -##\n\nYour request (48213) has been updated.\n----------------------------------------------\n\nMaria Lopez\n\nMar 4, 2025, 11:20 GMT+1\n\nPlease retry.\n\nMaria\n\nAttachment(s)\nCHG0031.pdf\n----------------------------------------------\n\nThis email is a service from Fabrikam.\n",
			"Please retry.\n\nMaria"},
		{"a person quoting a comment, no footer", "Sam Okafor commented:\n\nthe export works again.\n\nCan you confirm on your side?\nAnn\n",
			"Sam Okafor commented:\n\nthe export works again.\n\nCan you confirm on your side?\nAnn"},
		{"a person's status lines, no tool", "Ticket #4412 - still broken\n\nThe export fails.\n\nStatus: open\nPriority: high\n",
			"Ticket #4412 - still broken\n\nThe export fails.\n\nStatus: open\nPriority: high"},
	})
}

// TestReadsAsTheReaderSees: what a client writes into a text part, or an
// HTML part renders, that a reader does not see as the writer's words.
func TestReadsAsTheReaderSees(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"a link whose text is its address", "Ann\nwww.acme.example<http://www.acme.example/>\n", "Ann\nwww.acme.example"},
		{"a link labelled with words keeps its address", "LinkedIn<https://www.linkedin.example/company/acme>\n", "LinkedIn<https://www.linkedin.example/company/acme>"},
		{"Outlook's alt text for a logo", "Thanks.\n\nAnn Lee\n[Acme logo]\n[A picture containing text, logo  Description automatically generated]\nAcme Ltd\n", "Thanks.\n\nAnn Lee\nAcme Ltd"},
		{"a bracketed note of the writer's", "Done.\n[internal: ask Bob]\n", "Done.\n[internal: ask Bob]"},
		{"answers marked as announced", "Sam,\n\nAnswers inline below, marked with ==>\n\nLukas\n\nFrom: Sam <sam@acme.example>\nSent: Wednesday, March 13, 2024 11:02 AM\nTo: Lukas <l@example.org>\nSubject: RE: scanners\n\n1. Which version?\n==> 4.8.2.\n\n2. Wi-Fi or LTE?\n==> Wi-Fi only.\n\nSam\n",
			"Sam,\n\nAnswers inline below, marked with ==>\n\nLukas\n\n==> 4.8.2.\n\n==> Wi-Fi only."},
	})
	raw := "From: a@example.org\r\nTo: support@example.com\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<p>It fails for <b>all</b> users: <a href="https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fstatus.example%2Fi%2F7&amp;data=05">https://status.example/i/7</a></p>` +
		`<p><strong>Ann Lee</strong><br><a href="https://www.linkedin.example/ann"><img src="cid:li.png"></a></p>`
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "It fails for all users: https://status.example/i/7\n\nAnn Lee"; m.Visible != want {
		t.Errorf("Visible = %q, want %q", m.Visible, want)
	}
}

// TestPhonesAndScripts: what phones and right-to-left scripts do to a
// reply (the thirteenth writer's set).
func TestPhonesAndScripts(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"a footer between the greeting and inline answers", "Bok,\n\nPreuzmite BlueMail za Android\n\nOn Tue, Mar 4, 2025 at 9:15 AM Dana <dana@acme.example> wrote:\n> Which version?\n\nVerzija 4.2.1.\n\n> Any plugin?\n\nDa.\n",
			"Bok,\n\nVerzija 4.2.1.\n\nDa."},
		{"a footer above a plain top reply's quote stays a cut", "Hvala.\n\nPoslato sa Edison Mail\n\nOn Tue, Mar 4, 2025 at 9:15 AM Dana <dana@acme.example> wrote:\n> Fixed?\n", "Hvala."},
		{"a snip in place of the rest of the quote", "Ola,\n\nOn Tue, Mar 4, 2025 at 9:15 AM Dana <dana@acme.example> wrote:\n> When?\n\nOnte ás 18:42.\n\n[...]\n\nGrazas,\nXoán\n",
			"Ola,\n\nOnte ás 18:42.\n\nGrazas,\nXoán"},
		{"a Persian attribution wrapped in bidi marks", "ممنون.\n\n\u202bدر تاریخ سه\u200cشنبه ۴ مارس ۲۰۲۵، ۹:۱۵ Dana Reyes <dana@acme.example>\nنوشت:\u202c\n> Fixed?\n", "ممنون."},
		{"a date wrapped after an abbreviated month", "Eskerrik asko.\n\nAcme Support (<support@acme.example>) erabiltzaileak hau idatzi zuen (2025 mar.\n3, al. (14:02)):\n> Hello Ane,\n", "Eskerrik asko."},
	})
}

// TestVisibleTextDeskCommentsToUs: a customer's ServiceNow telling us of
// their engineer's comment, and a partner's agent writing to us through
// Zendesk with no banner above the comment's author (auto/stranger12):
// the comment alone is the text.
func TestVisibleTextDeskCommentsToUs(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"ServiceNow's comments added", "Hello!\n\nINC0741265 (Failover not triggering) has been updated.\n\nOpened for: support@acme.example\nFollowers: Rahul Mehta\n\nRahul Mehta updated your request with the following comments:\n\nHi team,\n\nwe reproduced it again this morning.\n\nRahul\n\nHow can I track and update my request?\n\nTo respond, reply to this email.\n\nRef:MSG0413305\n",
			"Hi team,\n\nwe reproduced it again this morning.\n\nRahul"},
		{"Zendesk's comment right below its marker", "##- Please type your reply above this line -##\n\nNadia Petrov (Lumenfield Support)\n\nMar 12, 2025, 10:41 GMT+1\n\nHi team,\n\nescalating this for our customer.\n\nNadia\n\nAttachment(s)\nsso.har\n\n--------------------------------\nThis email is a service from Lumenfield Support. Delivered by Zendesk\n",
			"Hi team,\n\nescalating this for our customer.\n\nNadia"},
	})
}

// TestToolNotificationGenderedVerbAndFooter: Jira Service Management in
// a Slavic language writes its author line with the verb's feminine
// ending in parentheses ("dodał(a) komentarz:", "přidal(a) komentář:"),
// not knowing its user's gender, and its footer in the user's language
// ending in the tool's name ("Obsługiwane przez Jira Service
// Management"): the comment alone is the text (replies/stranger76's 40,
// whose chrome was kept). Failed before.
func TestToolNotificationGenderedVerbAndFooter(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"Polish", "—-—-—-—-—-—-—-—\nOdpowiedz powyżej tej linii.\n\nAnna Wiśniewska dodał(a) komentarz:\n\nDzień dobry,\n\nkonta są już aktywne.\n\nPozdrawiam,\nAnna\n\nWyświetl zgłoszenie · Wyłącz powiadomienia dla tego zgłoszenia\n\nObsługiwane przez Jira Service Management\n",
			"Dzień dobry,\n\nkonta są już aktywne.\n\nPozdrawiam,\nAnna"},
		{"Czech", "—-—-—-—\nOdpovězte nad tímto řádkem.\n\nPetra Svobodová přidal(a) komentář:\n\nDobrý den,\n\nexport už funguje.\n\nS pozdravem,\nPetra\n\nZobrazit požadavek · Vypnout oznámení\n\nPoskytuje Jira Service Management\n",
			"Dobrý den,\n\nexport už funguje.\n\nS pozdravem,\nPetra"},
	})
}

// TestToolNotificationGenderedVerbAndFooterNotText: a person's mail that
// quotes such an author line, or says it uses the tool in a sentence,
// keeps every line: the tool's chrome is read only with both its ends.
func TestToolNotificationGenderedVerbAndFooterNotText(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"an author line, no footer", "Anna Wiśniewska dodał(a) komentarz:\n\nkonta są już aktywne.\n\nCzy możecie to potwierdzić?\nPiotr\n",
			"Anna Wiśniewska dodał(a) komentarz:\n\nkonta są już aktywne.\n\nCzy możecie to potwierdzić?\nPiotr"},
		{"the tool named in a sentence", "Anna Wiśniewska dodał(a) komentarz:\n\nkonta są już aktywne.\n\nU nas zgłoszenia obsługuje Jira Service Management.\nPiotr\n",
			"Anna Wiśniewska dodał(a) komentarz:\n\nkonta są już aktywne.\n\nU nas zgłoszenia obsługuje Jira Service Management.\nPiotr"},
	})
}
