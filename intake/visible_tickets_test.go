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
		{"a person quoting a comment, no footer", "Sam Okafor commented:\n\nthe export works again.\n\nCan you confirm on your side?\nAnn\n",
			"Sam Okafor commented:\n\nthe export works again.\n\nCan you confirm on your side?\nAnn"},
		{"a person's status lines, no tool", "Ticket #4412 - still broken\n\nThe export fails.\n\nStatus: open\nPriority: high\n",
			"Ticket #4412 - still broken\n\nThe export fails.\n\nStatus: open\nPriority: high"},
	})
}
