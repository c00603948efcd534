package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// gw is a Gateway on a real store, fed mail directly (no IMAP) in
// simulated time.
type gw struct {
	*Gateway
	t   *testing.T
	now time.Time
	uid uint32
}

var clock0 = time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)

func newGW(t *testing.T, s *schema.Store, gatewayKeys ...string) *gw {
	cfg, err := ParseConfig([]byte(`
[gateway]
address = "support@acme.example"
secret = "k"
agents = ["dana@acme.example"]
`+strings.Join(gatewayKeys, "\n")+`
[smtp]
host = "127.0.0.1"
`), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	g := &gw{t: t, now: clock0}
	g.Gateway, err = NewGateway(context.Background(), cfg, s, classify.Default(), func() time.Time { return g.now },
		slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// mail builds a raw message; headers are "Name: value" lines.
func rawMail(from, subject, body string, headers ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: support@acme.example\r\nSubject: %s\r\nDate: Thu, 26 Nov 2026 09:00:00 +0000\r\n", from, subject)
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n" + body + "\r\n")
	return []byte(b.String())
}

// feed hands raw to the gateway as the next mail of mailbox "support".
func (g *gw) feed(raw []byte) {
	g.t.Helper()
	g.feedTo("support", raw, false)
}

func (g *gw) feedTo(mailbox string, raw []byte, initial bool) {
	g.t.Helper()
	g.uid++
	f := intake.Fetched{Mailbox: mailbox, UIDValidity: 1, UID: g.uid, Raw: raw, InternalDate: g.now, Initial: initial}
	if err := g.Handle(context.Background(), f); err != nil {
		g.t.Fatalf("Handle(uid %d): %v", g.uid, err)
	}
}

func (g *gw) count(query string, args ...any) int {
	g.t.Helper()
	var n int
	if err := g.store.DB().Get(&n, g.store.DB().Rebind(query), args...); err != nil {
		g.t.Fatal(err)
	}
	return n
}

func (g *gw) tickets() int { return g.count(`SELECT COUNT(*) FROM tickets`) }
func (g *gw) acks() int    { return g.count(`SELECT COUNT(*) FROM outbox WHERE kind = 'ack'`) }
func (g *gw) ticketOf(messageID string) int {
	return g.count(`SELECT COALESCE(MAX(ticket_id), 0) FROM messages WHERE message_id = ?`, messageID)
}
func (g *gw) ackID(ticket int64) string {
	return escalation.MessageID(g.secret, "acme.example", ticket, "ack", 1)
}

func TestThreading(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		g.feed(rawMail("Ann <ann@a.example>", "help", "Nothing works.", "Message-ID: <a1@a.example>"))
		g.feed(rawMail("Bob <bob@b.example>", "help", "Nothing works.", "Message-ID: <b1@b.example>"))
		if g.tickets() != 2 || g.acks() != 2 {
			t.Fatalf("two customers writing \"help\": %d tickets, %d acks; want 2, 2", g.tickets(), g.acks())
		}
		cases := []struct {
			name   string
			raw    []byte
			ticket int
		}{
			{"reply to our ack", rawMail("ann@a.example", "Re: [ESC-1] help", "More detail.",
				"Message-ID: <a2@a.example>", "In-Reply-To: <"+g.ackID(1)+">"), 1},
			{"References rewritten, In-Reply-To kept", rawMail("ann@a.example", "Re: help", "Again.",
				"Message-ID: <a3@a.example>", "In-Reply-To: <a2@a.example>", "References: <unrelated@x>"), 1},
			{"only the tag, sender on the ticket", rawMail("bob@b.example", "Re: [ESC-2] help", "Tag only.",
				"Message-ID: <b2@b.example>"), 2},
			{"tag of someone else's ticket", rawMail("eve@e.example", "[ESC-1] help", "Let me in.",
				"Message-ID: <e1@e.example>"), 3},
			{"forged Message-ID of ours", rawMail("mallory@m.example", "Re: help", "Forged.",
				"Message-ID: <m1@m.example>", "In-Reply-To: <esc.1.ack.1.aaaaaaaaaaaaaaaa@acme.example>"), 4},
		}
		for _, c := range cases {
			g.feed(c.raw)
			id := strings.Split(strings.Split(string(c.raw), "Message-ID: <")[1], ">")[0]
			if got := g.ticketOf(id); got != c.ticket {
				t.Errorf("%s: threaded to ticket %d, want %d", c.name, got, c.ticket)
			}
		}
		if g.acks() != 4 {
			t.Errorf("acks = %d, want 4 (one per new ticket, none for follow-ups)", g.acks())
		}
	})
}

func TestAutomaticMailIsStoredNeverAnswered(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		g.feed(rawMail("Ann <ann@a.example>", "Outage", "Everything is down.", "Message-ID: <a1@a.example>"))
		g.resolve(1, g.now.Add(30*24*time.Hour))
		g.now = g.now.Add(time.Hour)
		g.feed(rawMail("Ann <ann@a.example>", "Automatic reply: [ESC-1] Outage", "I am out of office.",
			"Message-ID: <oof@a.example>", "In-Reply-To: <"+g.ackID(1)+">", "Auto-Submitted: auto-replied"))
		g.feed(rawMail("MAILER-DAEMON@mx.example", "Undelivered Mail Returned to Sender", "Delivery failed.",
			"Message-ID: <bounce@mx.example>"))
		if g.tickets() != 1 || g.acks() != 1 {
			t.Errorf("after an auto-reply and a bounce: %d tickets, %d acks; want 1, 1", g.tickets(), g.acks())
		}
		if got := g.ticketOf("oof@a.example"); got != 1 {
			t.Errorf("auto-reply threaded to %d, want stored on ticket 1", got)
		}
		if st := g.status(1); st != "resolved" {
			t.Errorf("ticket status after an auto-reply = %s, want resolved (never reopened)", st)
		}
	})
}

func (g *gw) resolve(id int64, monitorUntil time.Time) {
	g.t.Helper()
	_, err := g.store.DB().Exec(g.store.DB().Rebind(`UPDATE tickets SET status = 'resolved', resolved_at = ?, monitor_until = ? WHERE id = ?`),
		g.now.UTC(), monitorUntil.UTC(), id)
	if err != nil {
		g.t.Fatal(err)
	}
}

func (g *gw) status(id int64) string {
	tk, err := g.store.Ticket(context.Background(), id)
	if err != nil {
		g.t.Fatal(err)
	}
	return tk.Status
}

func TestReplyToResolvedTicket(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		g.feed(rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>"))
		g.resolve(1, g.now.Add(7*24*time.Hour))
		g.now = g.now.Add(24 * time.Hour)
		g.feed(rawMail("ann@a.example", "Re: [ESC-1] Outage", "It is back.", "Message-ID: <a2@a.example>", "In-Reply-To: <a1@a.example>"))
		if st := g.status(1); st != "open" || g.tickets() != 1 {
			t.Errorf("reply within the monitoring window: status %s, %d tickets; want open, 1", st, g.tickets())
		}
		g.resolve(1, g.now.Add(time.Hour))
		g.now = g.now.Add(48 * time.Hour)
		g.feed(rawMail("ann@a.example", "Re: [ESC-1] Outage", "Down again.", "Message-ID: <a3@a.example>", "In-Reply-To: <a2@a.example>"))
		if g.tickets() != 2 || g.ticketOf("a3@a.example") != 2 {
			t.Fatalf("reply after the window: %d tickets, mail on %d; want a new ticket 2", g.tickets(), g.ticketOf("a3@a.example"))
		}
		tk, _ := g.store.Ticket(context.Background(), 2)
		if tk.ParentID == nil || *tk.ParentID != 1 || g.status(1) != "resolved" {
			t.Errorf("new ticket parent = %v, old status %s; want parent 1, old stays resolved", tk.ParentID, g.status(1))
		}
	})
}

func TestDuplicatesAndHistory(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		m := rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>")
		g.feedTo("support", m, false)
		g.feedTo("sales", m, false) // the same mail sent to two support addresses
		if g.tickets() != 1 || g.acks() != 1 {
			t.Errorf("one mail in two mailboxes: %d tickets, %d acks; want 1, 1", g.tickets(), g.acks())
		}
		// Re-reading the same mailbox position (e.g. after a crash before
		// the cursor was read back) changes nothing.
		f := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 1, Raw: m, InternalDate: g.now}
		if err := g.Handle(context.Background(), f); err != nil || g.tickets() != 1 {
			t.Errorf("re-read of uid 1: %v, %d tickets", err, g.tickets())
		}
		// History: mail already in a mailbox at first start and older than
		// the cut-off is stored without a ticket or a mail to anyone.
		g.uid++
		old := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: g.uid, Initial: true,
			Raw:          rawMail("Old <old@o.example>", "Last year's question", "Hi.", "Message-ID: <old@o.example>"),
			InternalDate: g.now.Add(-48 * time.Hour)}
		if err := g.Handle(context.Background(), old); err != nil {
			t.Fatal(err)
		}
		if g.tickets() != 1 || g.acks() != 1 || g.count(`SELECT COUNT(*) FROM messages WHERE message_id = 'old@o.example'`) != 1 {
			t.Errorf("history mail: %d tickets, %d acks; want it stored with no ticket and no ack", g.tickets(), g.acks())
		}
	})
}

func TestQuarantineDoesNotBlock(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		ctx := context.Background()
		bad := intake.Fetched{Mailbox: "support", UIDValidity: 1, UID: 1, FetchErr: fmt.Errorf("server said NO")}
		if err := g.Handle(ctx, bad); err != nil {
			t.Fatal(err)
		}
		g.uid = 1
		g.feed(rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>"))
		qs, _ := s.QuarantineList(ctx, 10)
		c, _ := s.Cursor(ctx, "support")
		if len(qs) != 1 || qs[0].UID != 1 || g.tickets() != 1 || c.LastUID != 2 {
			t.Errorf("quarantine %+v, %d tickets, cursor %+v; want uid 1 quarantined, 1 ticket, cursor at 2", qs, g.tickets(), c)
		}
		if g.Stats.Quarantined.Load() != 1 {
			t.Errorf("Stats.Quarantined = %d, want 1", g.Stats.Quarantined.Load())
		}
	})
}

func TestAckRateLimitPerSender(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		for i := 0; i < ackRateLimit+2; i++ {
			g.feed(rawMail("loop@l.example", fmt.Sprintf("Ticket %d", i), "Hello.", fmt.Sprintf("Message-ID: <l%d@l.example>", i)))
		}
		if g.acks() != ackRateLimit {
			t.Errorf("%d mails from one sender in an hour: %d acks, want %d", ackRateLimit+2, g.acks(), ackRateLimit)
		}
		g.now = g.now.Add(2 * time.Hour)
		g.feed(rawMail("loop@l.example", "Later", "Hello.", "Message-ID: <later@l.example>"))
		if g.acks() != ackRateLimit+1 {
			t.Errorf("an hour later: %d acks, want %d", g.acks(), ackRateLimit+1)
		}
	})
}

func TestAgentMailUpdatesTicketWithoutAck(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		g.feed(rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>"))
		g.feed(rawMail("Dana <dana@acme.example>", "Re: [ESC-1] Outage", "We are on it.",
			"Message-ID: <d1@acme.example>", "In-Reply-To: <a1@a.example>"))
		if g.acks() != 1 || g.ticketOf("d1@acme.example") != 1 ||
			g.count(`SELECT COUNT(*) FROM events WHERE kind = 'agent_message'`) != 1 {
			t.Errorf("agent reply: %d acks, on ticket %d; want 1 ack and an agent_message event on ticket 1", g.acks(), g.ticketOf("d1@acme.example"))
		}
	})
}

// The team hears of every P1/P2 at once, with the checklist and the reasons
// for the severity; a P3 is left to the normal queue.
func TestTeamNoticeExplainsSeverity(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s, `team = ["Lead <lead@acme.example>", "csm@acme.example"]`)
		g.feed(rawMail("Ann <ann@a.example>", "Production outage: all users down",
			"Nobody in our company can log in since 08:40.", "Message-ID: <a1@a.example>"))
		g.feed(rawMail("Bob <bob@b.example>", "How do I export a report?",
			"Where is the CSV export button?", "Message-ID: <b1@b.example>"))
		out, err := s.Outbox(context.Background(), 1)
		if err != nil {
			t.Fatal(err)
		}
		var notice *schema.OutboxMail
		for i := range out {
			if out[i].Kind == "notice" {
				notice = &out[i]
			}
		}
		if notice == nil {
			t.Fatalf("no notice queued for the P1 ticket; outbox: %+v", out)
		}
		if notice.ToAddrs != "lead@acme.example,csm@acme.example" || !strings.HasPrefix(notice.Subject, "[ESC-1] P1 ") {
			t.Errorf("notice to %q subject %q", notice.ToAddrs, notice.Subject)
		}
		for _, want := range []string{"Why P1:", `P1 +`, `(rule "`, "default.rules:", "[ ] ", "Nobody in our company can log in"} {
			if !strings.Contains(notice.Body, want) {
				t.Errorf("notice body lacks %q:\n%s", want, notice.Body)
			}
		}
		if n := g.count(`SELECT COUNT(*) FROM outbox WHERE kind = 'notice'`); n != 1 {
			t.Errorf("%d notices, want 1 (the P3 question must not page the team)", n)
		}
	})
}

// A ticket opened from a forward is judged on the forwarded mail too: the
// account manager writes "see below", the customer below says what broke.
func TestForwardIsClassifiedOnTheForwardedMail(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		g.feed(rawMail("Sam <sam@partner.example>", "Fwd: help", "Can you look at this? See below.\r\n\r\n"+
			"---------- Forwarded message ---------\r\nFrom: Ann <ann@a.example>\r\nDate: Thu, 26 Nov 2026\r\n"+
			"Subject: help\r\nTo: Sam <sam@partner.example>\r\n\r\n"+
			"Our production platform is down: none of our 400 users can log in since 8:40.\r\n",
			"Message-ID: <f1@partner.example>"))
		tk, err := s.Ticket(context.Background(), 1)
		if err != nil {
			t.Fatal(err)
		}
		if tk.Severity != 1 || !strings.Contains(tk.Evidence, "body") {
			t.Errorf("forwarded outage: severity P%d, evidence %s; want P1 from the forwarded text", tk.Severity, tk.Evidence)
		}
	})
}

// A bounce of our acknowledgement names it only in the copy it returns;
// it is recorded on the ticket as a bounce and never answered.
func TestBounceOfAckThreadsToTicket(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		g := newGW(t, s)
		g.feed(rawMail("Ann <ann@a.example>", "Outage", "Down.", "Message-ID: <a1@a.example>"))
		dsn := "From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>\r\nTo: support@acme.example\r\n" +
			"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@mx.acme.example>\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n" +
			"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.acme.example\r\n\r\n" +
			"Final-Recipient: rfc822; ann@a.example\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
			"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: Acme Support <support@acme.example>\r\n" +
			"To: ann@a.example\r\nSubject: [ESC-1] Re: Outage\r\nMessage-ID: <" + g.ackID(1) + ">\r\n" +
			"--b--\r\n"
		g.feed([]byte(dsn))
		if g.ticketOf("dsn1@mx.acme.example") != 1 || g.acks() != 1 || g.tickets() != 1 ||
			g.count(`SELECT COUNT(*) FROM events WHERE kind = 'bounce_received' AND ticket_id = 1`) != 1 {
			t.Errorf("bounce: on ticket %d, %d acks, %d tickets, %d bounce events; want ticket 1, 1 ack, 1 ticket, 1 event",
				g.ticketOf("dsn1@mx.acme.example"), g.acks(), g.tickets(),
				g.count(`SELECT COUNT(*) FROM events WHERE kind = 'bounce_received'`))
		}
	})
}
