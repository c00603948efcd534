package desk

import (
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// The whole life of a ticket run by mail: a customer writes, an agent
// answers in the thread with a severity change, the customer gets the
// update in their own thread, the agent resolves with a root cause, the
// customer's reply inside the monitoring window reopens. A forged agent
// mail in the same thread changes nothing.
func TestAgentsRunATicketByMail(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withTeam)
		h.feed(rawMail("Ann <ann@cust.example>", "Export page slow", "The export page takes a minute to load.",
			"Message-ID: <a1@cust.example>"))
		if tk := h.ticket(1); tk.Severity == classify.P1 {
			t.Fatalf("the slow export opened as %s; the test needs a lower severity to raise", tk.Severity)
		}
		ack := h.outbox(escalation.MailReceipt)
		if ack.Subject != "Re: [ESC-1] Export page slow" || ack.InReplyTo != "a1@cust.example" {
			t.Errorf("receipt subject %q in reply to %q", ack.Subject, ack.InReplyTo)
		}

		// The agent replies to the receipt, with text and #severity P1.
		h.now = h.now.Add(10 * time.Minute)
		h.feed(rawMail("Dana <dana@acme.example>", "Re: [ESC-1] Export page slow",
			"#severity P1\nAll exports fail for every user; we are rolling back the 9:00 deploy.\n\n"+
				"> thank you for contacting us", "Message-ID: <d1@acme.example>", "In-Reply-To: <"+ack.MessageID+">", vouched))
		up := h.outbox(escalation.MailStatusUpdate)
		if up.ToAddrs != "ann@cust.example" || up.InReplyTo != "a1@cust.example" || !strings.Contains(up.Refs, "a1@cust.example") ||
			up.Subject != "Re: [ESC-1] Export page slow" {
			t.Errorf("status update to %q in reply to %q refs %q subject %q; want the customer's thread",
				up.ToAddrs, up.InReplyTo, up.Refs, up.Subject)
		}
		if !strings.Contains(up.Body, "rolling back the 9:00 deploy") || strings.Contains(up.Body, "#severity") ||
			strings.Contains(up.Body, "thank you for contacting") || !strings.Contains(up.Body, "P1") {
			t.Errorf("status update body relays the wrong text:\n%s", up.Body)
		}
		if !strings.HasPrefix(up.FromName, "Dana") || up.FromAddr != "support@acme.example" {
			t.Errorf("status update from %q <%s>; want the agent's name at the support address", up.FromName, up.FromAddr)
		}
		tk := h.ticket(1)
		if tk.Severity != classify.P1 || !tk.FirstResponseAt.Equal(h.now) || !tk.NextUpdateDue.Equal(h.now.Add(time.Hour)) ||
			tk.Owner != "dana@acme.example" || tk.AutoSeverity == classify.P1 {
			t.Errorf("after the update: %s (auto %s), first response %v, next update %v, owner %q",
				tk.Severity, tk.AutoSeverity, tk.FirstResponseAt, tk.NextUpdateDue, tk.Owner)
		}

		// A forged mail "from" the agent in the same thread changes nothing.
		h.feed(rawMail("Dana <dana@acme.example>", "Re: [ESC-1] Export page slow", "#resolve\nAll fixed, closing.",
			"Message-ID: <forged@evil.example>", "In-Reply-To: <a1@cust.example>",
			"Authentication-Results: mx.acme.example; dkim=fail header.d=acme.example; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=acme.example"))
		if tk := h.ticket(1); tk.Status != escalation.Open || h.sent(escalation.MailResolution) != 0 ||
			h.sent(escalation.MailUnverified) != 1 || h.events(escalation.EventAgentUnverified) != 1 {
			t.Errorf("forged agent mail: status %s, %d resolutions, %d unverified notices; want open, 0, 1",
				tk.Status, h.sent(escalation.MailResolution), h.sent(escalation.MailUnverified))
		}

		// A sender's own "pass" below the receiving server's header does
		// not count either.
		h.feed(rawMail("Dana <dana@acme.example>", "Re: [ESC-1] Export page slow", "#severity P4\nNot urgent after all.",
			"Message-ID: <forged2@evil.example>", "In-Reply-To: <a1@cust.example>",
			"Authentication-Results: mx.acme.example; dkim=none; spf=softfail smtp.mailfrom=evil.example; dmarc=fail header.from=acme.example",
			vouched))
		if tk := h.ticket(1); tk.Severity != classify.P1 || h.events(escalation.EventAgentUnverified) != 2 {
			t.Errorf("forged pass below the receiver's header: severity %s, %d unverified events; want P1 kept, 2",
				tk.Severity, h.events(escalation.EventAgentUnverified))
		}

		// The agent resolves with the root cause.
		h.now = h.now.Add(40 * time.Minute)
		h.feed(rawMail("Dana <dana@acme.example>", "Re: [ESC-1] Export page slow",
			"#root-cause a missing index after the 9:00 deploy\n#resolve Rolled back and added the index.",
			"Message-ID: <d2@acme.example>", "In-Reply-To: <"+up.MessageID+">", vouched))
		res := h.outbox(escalation.MailResolution)
		if res.InReplyTo != "a1@cust.example" || !strings.Contains(res.Body, "missing index") ||
			!strings.Contains(res.Body, "Rolled back and added the index.") {
			t.Errorf("resolution in reply to %q:\n%s", res.InReplyTo, res.Body)
		}
		tk = h.ticket(1)
		if tk.Status != escalation.Resolved || !tk.MonitorUntil.Equal(h.now.Add(30*24*time.Hour)) || h.sent(escalation.MailRootCauseReminder) != 0 {
			t.Errorf("resolved: %s until %v, %d reminders", tk.Status, tk.MonitorUntil, h.sent(escalation.MailRootCauseReminder))
		}

		// The customer's reply inside the window reopens.
		h.now = h.now.Add(48 * time.Hour)
		h.feed(rawMail("Ann <ann@cust.example>", "Re: [ESC-1] Export page slow", "It is slow again.",
			"Message-ID: <a2@cust.example>", "In-Reply-To: <"+res.MessageID+">"))
		if tk := h.ticket(1); tk.Status != escalation.Open || h.tickets() != 1 || h.acks() != 1 {
			t.Errorf("reply in the window: %s, %d tickets, %d receipts; want open, 1, 1", tk.Status, h.tickets(), h.acks())
		}
	})
}

func TestAgentCommandsAllOrNothing(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		h.feed(rawMail("Ann <ann@cust.example>", "Question", "How do I add a user?", "Message-ID: <a1@cust.example>"))
		before := h.ticket(1)
		h.feed(rawMail("dana@acme.example", "Re: [ESC-1] Question", "#severity P1\n#frobnicate\nAnswer below.",
			"Message-ID: <d1@acme.example>", "In-Reply-To: <a1@cust.example>", vouched))
		rej := h.outbox(escalation.MailCommandRejected)
		if rej.ToAddrs != "dana@acme.example" || rej.InReplyTo != "d1@acme.example" || !strings.Contains(rej.Body, "#frobnicate") ||
			!strings.Contains(rej.Body, "#resolve") {
			t.Errorf("rejection to %q in reply to %q:\n%s", rej.ToAddrs, rej.InReplyTo, rej.Body)
		}
		if tk := h.ticket(1); tk.Severity != before.Severity || h.sent(escalation.MailStatusUpdate) != 0 {
			t.Errorf("after a rejected mail: severity %s (was %s), %d updates; want nothing applied", tk.Severity, before.Severity,
				h.sent(escalation.MailStatusUpdate))
		}
		h.feed(rawMail("dana@acme.example", "Re: [ESC-1] Question", "#internal\nCustomer is on the old plan.",
			"Message-ID: <d2@acme.example>", "In-Reply-To: <a1@cust.example>", vouched))
		if h.sent(escalation.MailStatusUpdate) != 0 || h.events(escalation.EventInternalNote) != 1 {
			t.Errorf("#internal: %d updates, %d notes; want 0, 1", h.sent(escalation.MailStatusUpdate), h.events(escalation.EventInternalNote))
		}
	})
}

// Agents never become customers: a fresh agent mail with a tag updates
// that ticket; with the tag of no ticket it gets a reply saying so.
func TestAgentTagMail(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withTeam)
		h.feed(rawMail("Ann <ann@cust.example>", "Outage", "Our production platform is down for all users.", "Message-ID: <a1@cust.example>"))
		h.feed(rawMail("Ops <pat@ops.acme.example>", "[ESC-1] status", "Failover started; next update at 10:00.",
			"Message-ID: <p1@ops.acme.example>",
			"Authentication-Results: mx.acme.example; dkim=pass header.d=ops.acme.example; dmarc=pass header.from=ops.acme.example"))
		if h.tickets() != 1 || h.acks() != 1 || h.sent(escalation.MailStatusUpdate) != 1 || h.sent(escalation.MailNotice) != 1 {
			t.Errorf("agent tag mail: %d tickets, %d receipts, %d updates, %d notices; want 1, 1, 1, 1",
				h.tickets(), h.acks(), h.sent(escalation.MailStatusUpdate), h.sent(escalation.MailNotice))
		}
		h.feed(rawMail("dana@acme.example", "[ESC-99] status", "Done.", "Message-ID: <d9@acme.example>", vouched))
		unk := h.outbox(escalation.MailUnknownTicket)
		if h.tickets() != 1 || unk.ToAddrs != "dana@acme.example" || !strings.Contains(unk.Body+unk.Subject, "ESC-99") {
			t.Errorf("agent mail with an unknown tag: %d tickets, reply to %q:\n%s", h.tickets(), unk.ToAddrs, unk.Body)
		}
	})
}

// With the same secret, a rebuilt database writes other Message-IDs.
func TestMessageIDsDifferPerInstallation(t *testing.T) {
	var first string
	for i := 0; i < 2; i++ {
		s := schematest.Open(t, schema.SQLite)
		h := newHarness(t, s)
		h.feed(rawMail("Ann <ann@cust.example>", "Outage", "Down.", "Message-ID: <a1@cust.example>"))
		id := h.ackID(1)
		if id == first {
			t.Errorf("two fresh databases wrote the same receipt Message-ID %s", id)
		}
		first = id
	}
}
