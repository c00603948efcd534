package main

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/schema/schematest"
)

// TestBacklogAcksBeforeNotices: customers' P1 mails waiting when the
// gateway starts are read in batches; while the desk drains them the
// team's notices wait and every acknowledgement reaches the mail server
// first. The (simulated) clock stands still, so the desk counts as
// draining until it moves: a delivery run then sends no notice. Past the
// draining the notices go, each one still well within the notice hold.
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
			all, err := e.smtp.Wait(wait(t), 2*n)
			if err != nil {
				t.Fatalf("after the backlog: %v (%d mails)", err, len(e.smtp.Messages()))
			}
			for i, m := range all[n:] {
				if !slices.Contains(m.To, team) {
					t.Errorf("mail %d after the acknowledgements went to %v, want the team's notices", n+i+1, m.To)
				}
			}
		})
	}
}
