package intake

import "testing"

// TestDetectAutoBulkPrecedenceOneToOne checks that a person's letter to
// us that their CRM's mailer marks Precedence: bulk, as it marks
// everything it sends, with no list field at all, is read as theirs: sent
// in a person's name from their own address with us among its
// recipients, it greets us by our name in its first line and offers no
// way to unsubscribe (oneToOne, as relayUnsubscribe reads a relay's
// List-Unsubscribe), in any language ("Hallo Example-support," under
// "KlantBeheer CRM 11 (individuele e-mail)", auto/stranger55).
func TestDetectAutoBulkPrecedenceOneToOne(t *testing.T) {
	const hdr = "To: support@example.com\r\nPrecedence: bulk\r\nX-Auto-Response-Suppress: All\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
	checkAutoCases(t, []autoCase{
		{"a Dutch CRM's one-to-one mail", "From: Thijs Verbeek <t.verbeek@koepel.example>\r\nSubject: Koppeling met ons CRM - webhook huurachterstand\r\nX-Mailer: KlantBeheer CRM 11 (individuele e-mail)\r\n" + hdr,
			"Hallo Example-support,\n\nOnze CRM-mailer verstuurt alles als \"bulk\", ook losse mails.\n\nIn de testomgeving komt het veld days_overdue niet mee. Is het alleen beschikbaar in productie?\n\nMet vriendelijke groet,\nThijs Verbeek", Human},
		{"an English account manager's mail", "From: Dana Cole <dana.cole@harbourlets.example>\r\nSubject: Arrears export columns\r\n" + hdr,
			"Hi Example team,\n\nOur exports lost the arrears columns after last night's update. Could you check?\n\nThanks,\nDana", Human},
	})
}

// TestDetectAutoBulkPrecedenceOneToOneNotText checks what the reading
// must not take: a bulk mail with no list field that greets no one by
// our name, one that greets us but tells its reader how to unsubscribe,
// one from a notifier's mailbox, and one with us only in Bcc (a
// campaign) stay list.
func TestDetectAutoBulkPrecedenceOneToOneNotText(t *testing.T) {
	const utf8 = "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nPrecedence: bulk\r\n"
	checkAutoCases(t, []autoCase{
		{"a bulk letter greeting no one by name", "From: Dana Cole <dana.cole@harbourlets.example>\r\nTo: support@example.com\r\nSubject: Our autumn offer\r\n" + utf8,
			"Hi there,\n\nOur autumn offer is live: 20% off all inspections booked this month.\n\nDana", List},
		{"a sales sequence that greets us but can be stopped", "From: Dana Cole <dana.cole@harbourlets.example>\r\nTo: support@example.com\r\nSubject: Quick question, Example team\r\n" + utf8,
			"Hi Example team,\n\nWould you be open to a 15-minute chat about inspections?\n\nDana\n\nNot interested? Unsubscribe: https://harbourlets.example/u/77", List},
		{"a notifier's mailbox", "From: Harbour Alerts <alerts@harbourlets.example>\r\nTo: support@example.com\r\nSubject: Weekly digest of viewings\r\n" + utf8,
			"Hi Example team,\n\n12 viewings were booked this week.", List},
		{"a bulk letter to someone else", "From: Dana Cole <dana.cole@harbourlets.example>\r\nTo: agents@harbourlets.example\r\nSubject: Rent review season\r\n" + utf8,
			"Hello Example users,\n\nRent review season is here. Read our guide on the portal.\n\nDana", List},
	})
}
