package desk

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

func TestThreading(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		h.feed(rawMail("Ann <ann@a.example>", "help", "Nothing works.", "Message-ID: <a1@a.example>"))
		h.feed(rawMail("Bob <bob@b.example>", "help", "Nothing works.", "Message-ID: <b1@b.example>"))
		if h.tickets() != 2 || h.acks() != 2 {
			t.Fatalf("two customers writing \"help\": %d tickets, %d acks; want 2, 2", h.tickets(), h.acks())
		}
		forged := h.IDs()
		forged.Installation = "other1"
		cases := []struct {
			name   string
			raw    []byte
			ticket int
		}{
			{"reply to our ack", rawMail("ann@a.example", "Re: [ESC-1] help", "More detail.",
				"Message-ID: <a2@a.example>", "In-Reply-To: <"+h.ackID(1)+">"), 1},
			{"References rewritten, In-Reply-To kept", rawMail("ann@a.example", "Re: help", "Again.",
				"Message-ID: <a3@a.example>", "In-Reply-To: <a2@a.example>", "References: <unrelated@x>"), 1},
			{"only the tag, sender on the ticket", rawMail("bob@b.example", "Re: [ESC-2] help", "Tag only.",
				"Message-ID: <b2@b.example>"), 2},
			{"tag of someone else's ticket", rawMail("eve@e.example", "[ESC-1] help", "Let me in.",
				"Message-ID: <e1@e.example>"), 3},
			{"forged Message-ID of ours", rawMail("mallory@m.example", "Re: help", "Forged.",
				"Message-ID: <m1@m.example>", "In-Reply-To: <esc.x.1.ack.1.aaaaaaaaaaaaaaaa@acme.example>"), 4},
			{"reply to another installation's mail", rawMail("carl@c.example", "Re: help", "Old thread.",
				"Message-ID: <c1@c.example>", "In-Reply-To: <"+forged.MessageID(1, escalation.MailReceipt, 1)+">"), 5},
		}
		for _, c := range cases {
			h.feed(c.raw)
			id := strings.Split(strings.Split(string(c.raw), "Message-ID: <")[1], ">")[0]
			if got := h.ticketOf(id); got != c.ticket {
				t.Errorf("%s: threaded to ticket %d, want %d", c.name, got, c.ticket)
			}
		}
		if h.acks() != 5 {
			t.Errorf("acks = %d, want 5 (one per new ticket, none for follow-ups)", h.acks())
		}
	})
}

func TestAutomaticMailIsStoredNeverAnswered(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		h.feed(rawMail("Ann <ann@a.example>", "Outage", "Everything is down.", "Message-ID: <a1@a.example>"))
		h.now = h.now.Add(time.Hour)
		h.feed(rawMail("Ann <ann@a.example>", "Automatic reply: [ESC-1] Outage", "I am out of office.",
			"Message-ID: <oof@a.example>", "In-Reply-To: <"+h.ackID(1)+">", "Auto-Submitted: auto-replied"))
		h.feed(rawMail("MAILER-DAEMON@mx.example", "Undelivered Mail Returned to Sender", "Delivery failed.",
			"Message-ID: <bounce@mx.example>"))
		if h.tickets() != 1 || h.acks() != 1 || h.ticketOf("oof@a.example") != 1 || h.events(escalation.EventMailRecorded) != 1 {
			t.Errorf("after an auto-reply and a bounce: %d tickets, %d acks, oof on %d; want 1, 1, ticket 1",
				h.tickets(), h.acks(), h.ticketOf("oof@a.example"))
		}
	})
}

func TestDuplicatesAndHistory(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		m := rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>")
		h.feedTo("support", m, false)
		h.feedTo("sales", m, false) // the same mail sent to two support addresses
		if h.tickets() != 1 || h.acks() != 1 {
			t.Errorf("one mail in two mailboxes: %d tickets, %d acks; want 1, 1", h.tickets(), h.acks())
		}
		f := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 1, Raw: m, InternalDate: h.now}
		if err := h.Handle(context.Background(), f); err != nil || h.tickets() != 1 {
			t.Errorf("re-read of uid 1: %v, %d tickets", err, h.tickets())
		}
		h.uid++
		old := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: h.uid, Initial: true,
			Raw:          rawMail("Old <old@o.example>", "Last year's question", "Hi.", "Message-ID: <old@o.example>"),
			InternalDate: h.now.Add(-48 * time.Hour)}
		if err := h.Handle(context.Background(), old); err != nil {
			t.Fatal(err)
		}
		if h.tickets() != 1 || h.acks() != 1 || h.count(`SELECT COUNT(*) FROM messages WHERE message_id = 'old@o.example'`) != 1 {
			t.Errorf("history mail: %d tickets, %d acks; want it stored with no ticket and no ack", h.tickets(), h.acks())
		}
	})
}

func TestQuarantineDoesNotBlock(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		ctx := context.Background()
		bad := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 1, FetchErr: fmt.Errorf("server said NO")}
		if err := h.Handle(ctx, bad); err != nil {
			t.Fatal(err)
		}
		h.uid = 1
		h.feed(rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>"))
		qs, _ := s.QuarantineList(ctx, 10)
		c, _ := s.Cursor(ctx, "support")
		if len(qs) != 1 || qs[0].UID != 1 || h.tickets() != 1 || c.LastUID != 2 || h.Stats.Quarantined.Load() != 1 {
			t.Errorf("quarantine %+v, %d tickets, cursor %+v; want uid 1 quarantined, 1 ticket, cursor at 2", qs, h.tickets(), c)
		}
	})
}

func TestReceiptRateLimitPerSender(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		limit := escalation.DefaultProtocol().ReceiptsPerHour
		for i := 0; i < limit+2; i++ {
			h.feed(rawMail("loop@l.example", fmt.Sprintf("Ticket %d", i), "Hello.", fmt.Sprintf("Message-ID: <l%d@l.example>", i)))
		}
		if h.acks() != limit || h.events(escalation.EventReceiptSuppressed) != 2 {
			t.Errorf("%d mails from one sender in an hour: %d acks, %d suppressed; want %d, 2", limit+2, h.acks(),
				h.events(escalation.EventReceiptSuppressed), limit)
		}
		h.now = h.now.Add(2 * time.Hour)
		h.feed(rawMail("loop@l.example", "Later", "Hello.", "Message-ID: <later@l.example>"))
		if h.acks() != limit+1 {
			t.Errorf("an hour later: %d acks, want %d", h.acks(), limit+1)
		}
	})
}

// The team hears of every P1/P2 at once, with the checklist, the reasons
// for the severity and the commands; a P3 is left to the normal queue.
func TestTeamNoticeExplainsSeverity(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withTeam)
		h.feed(rawMail("Ann <ann@a.example>", "Production outage: all users down",
			"Nobody in our company can log in since 08:40.", "Message-ID: <a1@a.example>"))
		h.feed(rawMail("Bob <bob@b.example>", "How do I export a report?",
			"Where is the CSV export button?", "Message-ID: <b1@b.example>"))
		notice := h.outbox(escalation.MailNotice)
		if notice.ToAddrs != "lead@acme.example,csm@acme.example" || !strings.HasPrefix(notice.Subject, "[ESC-1] P1 ") {
			t.Errorf("notice to %q subject %q", notice.ToAddrs, notice.Subject)
		}
		for _, want := range []string{"Why P1:", "default.rules:", "[ ] ", "Nobody in our company can log in", "#resolve"} {
			if !strings.Contains(notice.Body, want) {
				t.Errorf("notice body lacks %q:\n%s", want, notice.Body)
			}
		}
		if strings.Contains(notice.Body, "[ ] [") {
			t.Errorf("notice checklist draws two boxes:\n%s", notice.Body)
		}
		if n := h.sent(escalation.MailNotice); n != 1 {
			t.Errorf("%d notices, want 1 (the P3 question must not page the team)", n)
		}
		ack := h.outbox(escalation.MailReceipt)
		if !strings.Contains(h.ackBody(1), "alerted") || strings.Contains(ack.Body, "alerted") {
			t.Errorf("only the P1 receipt may say the team was alerted:\nP1: %s\nP3: %s", h.ackBody(1), ack.Body)
		}
	})
}

func (h *harness) ackBody(id int64) string {
	h.t.Helper()
	var body string
	if err := h.store.DB().Get(&body, h.store.DB().Rebind(`SELECT body FROM outbox WHERE ticket_id = ? AND kind = 'ack'`), id); err != nil {
		h.t.Fatal(err)
	}
	return body
}

// A ticket opened from a forward is judged on the forwarded mail too.
func TestForwardIsClassifiedOnTheForwardedMail(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		h.feed(rawMail("Sam <sam@partner.example>", "Fwd: help", "Can you look at this? See below.\r\n\r\n"+
			"---------- Forwarded message ---------\r\nFrom: Ann <ann@a.example>\r\nDate: Thu, 26 Nov 2026\r\n"+
			"Subject: help\r\nTo: Sam <sam@partner.example>\r\n\r\n"+
			"Our production platform is down: none of our 400 users can log in since 8:40.\r\n",
			"Message-ID: <f1@partner.example>"))
		tk := h.ticket(1)
		if tk.Severity != 1 || len(tk.Evidence) == 0 {
			t.Errorf("forwarded outage: severity %s, evidence %v; want P1 from the forwarded text", tk.Severity, tk.Evidence)
		}
	})
}

// A bounce of our acknowledgement names it only in the copy it returns.
func TestBounceOfAckThreadsToTicket(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s)
		h.feed(rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>"))
		dsn := "From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>\r\nTo: support@acme.example\r\n" +
			"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@mx.acme.example>\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n" +
			"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.acme.example\r\n\r\n" +
			"Final-Recipient: rfc822; ann@a.example\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
			"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: Acme Support <support@acme.example>\r\n" +
			"To: ann@a.example\r\nSubject: Re: [ESC-1] Outage\r\nMessage-ID: <" + h.ackID(1) + ">\r\n" +
			"--b--\r\n"
		h.feed([]byte(dsn))
		if h.ticketOf("dsn1@mx.acme.example") != 1 || h.acks() != 1 || h.tickets() != 1 || h.events(escalation.EventBounceReceived) != 1 {
			t.Errorf("bounce: on ticket %d, %d acks, %d tickets, %d bounce events; want ticket 1, 1 ack, 1 ticket, 1 event",
				h.ticketOf("dsn1@mx.acme.example"), h.acks(), h.tickets(), h.events(escalation.EventBounceReceived))
		}
	})
}

// A mail that can never be committed is quarantined after maxAttempts
// tries instead of holding its mailbox; the mail after it goes through.
func TestStuckMailIsQuarantined(t *testing.T) {
	h := newHarness(t, schematest.Open(t, schema.SQLite))
	ctx := context.Background()
	refused := errors.New("value refused")
	h.failCommit = func(f intake.Fetched) error {
		if f.UID == 1 {
			return refused
		}
		return nil
	}
	f := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 1, InternalDate: h.now,
		Raw: rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>")}
	for i := 1; i < maxAttempts; i++ {
		if err := h.Handle(ctx, f); !errors.Is(err, refused) {
			t.Fatalf("attempt %d: Handle = %v, want the commit's error (retried)", i, err)
		}
	}
	if err := h.Handle(ctx, f); err != nil {
		t.Fatalf("attempt %d: Handle = %v, want the mail quarantined", maxAttempts, err)
	}
	qs, _ := h.store.QuarantineList(ctx, 10)
	if len(qs) != 1 || qs[0].UID != 1 || !strings.Contains(qs[0].Reason, "value refused") {
		t.Fatalf("quarantine = %+v, want uid 1 with the error", qs)
	}
	h.uid = 1
	h.feed(rawMail("Bob <bob@b.example>", "Question", "Hi.", "Message-ID: <b1@b.example>"))
	if h.tickets() != 1 {
		t.Errorf("the mail after the stuck one: %d tickets, want 1", h.tickets())
	}
	// A database that is away is never the mail's fault: retried forever.
	h.failCommit = func(intake.Fetched) error { return fmt.Errorf("commit: %w", driver.ErrBadConn) }
	g := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 3, InternalDate: h.now,
		Raw: rawMail("Cy <cy@c.example>", "Outage", "Down.", "Message-ID: <c1@c.example>")}
	for i := 0; i < 3*maxAttempts; i++ {
		if err := h.Handle(ctx, g); !errors.Is(err, driver.ErrBadConn) {
			t.Fatalf("attempt %d with the database away: %v, want its error (retried, not quarantined)", i+1, err)
		}
	}
}

// Without [contacts] for a ladder role, the escalation notice goes to the
// team, else the point of contact: never to nobody.
func TestEscalationWithoutContactsFallsBack(t *testing.T) {
	h := newHarness(t, schematest.Open(t, schema.SQLite))
	h.feed(rawMail("Ann <ann@a.example>", "Production outage: all users down",
		"Nobody in our company can log in since 08:40.", "Message-ID: <a1@a.example>"))
	h.now = h.now.Add(16 * time.Minute)
	if _, err := h.Clocks().TickDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if h.events(escalation.EventEscalated) == 0 {
		t.Fatal("no escalation recorded for a P1 unanswered for 16 minutes")
	}
	if n := h.count(`SELECT COUNT(*) FROM outbox WHERE to_addrs = ''`); n != 0 {
		t.Errorf("%d outbox mails to nobody", n)
	}
	if esc := h.outbox(escalation.MailEscalation); esc.ToAddrs != "dana@acme.example" {
		t.Errorf("escalation without contacts or team went to %q, want the point of contact", esc.ToAddrs)
	}
}
