package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/mailer/smtpsink"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// TestBacklogAcksBeforeNotices: customers' P1 mails waiting when the
// gateway starts are read in batches; while the desk drains them the
// team's notices wait and every acknowledgement reaches the mail server
// first. The (simulated) clock stands still, so the desk counts as
// draining until it moves: a delivery run then sends no notice. Past the
// draining the notices go, well within the notice hold, and as they
// piled up, the first three as their own notices and the rest as one
// digest listing each ticket; an agent acts on a digested ticket by its
// tag in a reply to the digest.
func TestBacklogAcksBeforeNotices(t *testing.T) {
	const team, n = "oncall@acme.example", 60 // SQLite batches 10, PostgreSQL 50
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d, team)
			clock := &fakeClock{t: time.Now().UTC().Truncate(time.Second)}
			for i := range n {
				raw := fmt.Sprintf("From: Customer %d <c%d@cust%d.example>\r\nTo: support@acme.example\r\n"+
					"Subject: Platform down - nobody can log in\r\nMessage-ID: <down%d@cust.example>\r\n\r\n"+
					"Since 08:40 none of our staff can log in; every page returns 500 errors.\r\n", i, i, i, i)
				if _, err := e.imap.Deliver("INBOX", []byte(raw), clock.Now()); err != nil {
					t.Fatal(err)
				}
			}
			p := e.start(t, clock.Now)
			first, err := e.smtp.Wait(wait(t), n)
			if err != nil {
				t.Fatal(err)
			}
			for i, m := range first {
				if slices.Contains(m.To, team) {
					t.Fatalf("mail %d of the first %d went to the team while the desk drained the backlog (%v)", i+1, n, m.To)
				}
			}
			if _, err := p.Deliverer.DeliverDue(wait(t)); err != nil {
				t.Fatal(err)
			}
			if got := len(e.smtp.Messages()); got != n {
				t.Fatalf("a delivery run while the desk drains sent %d mails after the %d acknowledgements, want none", got-n, n)
			}
			clock.Add(2 * time.Second) // past the draining, inside the hold
			p.Deliverer.Kick()
			// The notices piled up: the first three go as their own
			// notices, the other 57 as one digest listing each.
			const alone = 3
			all, err := e.smtp.Wait(wait(t), n+alone+1)
			if err != nil {
				t.Fatalf("after the backlog: %v (%d mails)", err, len(e.smtp.Messages()))
			}
			if _, err := p.Deliverer.DeliverDue(wait(t)); err != nil {
				t.Fatal(err)
			}
			if got := len(e.smtp.Messages()); got != n+alone+1 {
				t.Fatalf("the team got %d mails for %d new tickets, want %d notices and one digest", got-n, n, alone)
			}
			// Order by arrival is the connections', not the claim's.
			var digest smtpsink.Message
			own := map[string]bool{}
			for i, m := range all[n:] {
				h := m.Header()
				subject, _ := h.Subject()
				switch {
				case !slices.Contains(m.To, team):
					t.Errorf("mail %d after the acknowledgements went to %v, want the team", n+i+1, m.To)
				case strings.Contains(subject, "new tickets,"):
					digest = m
				default:
					own[subject] = true
				}
			}
			for id := 1; id <= alone; id++ {
				if s := fmt.Sprintf("[ESC-%d] P1 new ticket: Platform down - nobody can log in", id); !own[s] {
					t.Errorf("no notice of its own for ESC-%d: %v", id, own)
				}
			}
			body := string(digest.Raw)
			h := digest.Header()
			subject, _ := h.Subject()
			if want := fmt.Sprintf("%d new tickets, ESC-%d to ESC-%d", n-alone, alone+1, n); subject != want {
				t.Errorf("digest subject %q, want %q", subject, want)
			}
			for id := alone + 1; id <= n; id++ {
				if !strings.Contains(body, fmt.Sprintf("[ESC-%d] P1 Platform down - nobody can log in", id)) {
					t.Errorf("the digest does not list ESC-%d:\n%s", id, body)
				}
			}
			// Every notice is marked sent, the digested ones by the
			// digest's Message-ID.
			digestID := strings.Trim(h.Get("Message-Id"), "<>")
			var pending, via int
			for ctx := wait(t); ; {
				// The marks follow the 250s.
				if err := p.Store.DB().QueryRow(`SELECT COUNT(*) FROM outbox WHERE status <> 'sent'`).Scan(&pending); err != nil {
					t.Fatal(err)
				}
				if pending == 0 || ctx.Err() != nil {
					break
				}
				select {
				case <-ctx.Done():
				case <-time.After(10 * time.Millisecond):
				}
			}
			if err := p.Store.DB().QueryRow(p.Store.DB().Rebind(`SELECT COUNT(*) FROM events WHERE kind = 'mail_sent' AND detail LIKE ?`),
				`%"via":%`+digestID+`%`).Scan(&via); err != nil {
				t.Fatal(err)
			}
			if pending != 0 || via != n-alone {
				t.Errorf("%d outbox rows not sent, %d notices marked sent by the digest, want 0 and %d", pending, via, n-alone)
			}

			// An agent acts on a ticket of the digest by its tag in a
			// reply to the digest; a reply without a tag changes nothing.
			const vouched = "Authentication-Results: mx.acme.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example\r\n"
			agent := func(subject, id, text string) {
				t.Helper()
				raw := vouched + "From: Dana <dana@acme.example>\r\nTo: support@acme.example\r\nSubject: " + subject +
					"\r\nMessage-ID: <" + id + "@acme.example>\r\nIn-Reply-To: <" + digestID + ">\r\n\r\n" + text + "\r\n"
				if _, err := e.imap.Deliver("INBOX", []byte(raw), clock.Now()); err != nil {
					t.Fatal(err)
				}
			}
			tk, err := p.Store.Ticket(context.Background(), 30)
			if err != nil {
				t.Fatal(err)
			}
			agent("Re: [ESC-30] "+subject, "dana-30", "#severity P2\r\nWe are rolling back the login service.")
			mailTo(t, e, tk.CustomerAddr, "rolling back the login service")
			tk, err = p.Store.Ticket(context.Background(), 30)
			if err != nil || tk.Severity != 2 || tk.Assignee != "dana@acme.example" {
				t.Errorf("ESC-30 after the agent's reply to the digest: %+v, %v", tk, err)
			}
			agent("Re: "+subject, "dana-none", "#resolve")
			mailTo(t, e, "dana@acme.example", "no ticket named")
		})
	}
}
