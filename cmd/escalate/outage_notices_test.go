package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/schema/schematest"
)

// TestSteadyOutageNoticesTogether: in an outage that goes on, customers
// write one after another, not in a pile. The team hears of the first
// tickets at once, each with its own notice; then, while it has had
// three mails within ten minutes, a notice waits up to 30 s for the
// others queued meanwhile and they go as one digest. Every ticket is in
// exactly one mail to the team, and no notice waits past the hold.
func TestSteadyOutageNoticesTogether(t *testing.T) {
	const team, n, every = "oncall@acme.example", 13, 5 * time.Second
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d, team)
			clock := &fakeClock{t: time.Now().UTC().Truncate(time.Second)}
			p := e.start(t, clock.Now)
			for i := range n {
				raw := fmt.Sprintf("From: Customer %d <c%d@cust%d.example>\r\nTo: support@acme.example\r\n"+
					"Subject: Platform down - nobody can log in\r\nMessage-ID: <steady%d@cust.example>\r\n\r\n"+
					"Since 08:40 none of our staff can log in; every page returns 500 errors.\r\n", i, i, i, i)
				if _, err := e.imap.Deliver("INBOX", []byte(raw), clock.Now()); err != nil {
					t.Fatal(err)
				}
				mailTo(t, e, fmt.Sprintf("c%d@cust%d.example", i, i), fmt.Sprintf("[ESC-%d]", i+1))
				clock.Add(every)
				p.Deliverer.Kick()
				if _, err := p.Deliverer.DeliverDue(wait(t)); err != nil {
					t.Fatal(err)
				}
			}
			clock.Add(31 * time.Second) // past every hold
			if _, err := p.Deliverer.DeliverDue(wait(t)); err != nil {
				t.Fatal(err)
			}
			// The gateway's own delivery loop may have claimed the last
			// digest just before DeliverDue looked: it is sent by that
			// loop, not lost. Every row must be sent, whoever sends it.
			waitFor(t, "every outbox row sent after every hold", func() bool {
				var pending int
				if err := p.Store.DB().QueryRow(`SELECT COUNT(*) FROM outbox WHERE status <> 'sent'`).Scan(&pending); err != nil {
					t.Fatal(err)
				}
				return pending == 0
			})
			var toTeam []string
			listed := map[int]int{}
			for _, m := range e.smtp.Messages() {
				if !slices.Contains(m.To, team) {
					continue
				}
				h := m.Header()
				subject, _ := h.Subject()
				toTeam = append(toTeam, subject)
				for id := 1; id <= n; id++ {
					if strings.Contains(subject, fmt.Sprintf("[ESC-%d]", id)) || strings.Contains(string(m.Raw), fmt.Sprintf("[ESC-%d] P1", id)) {
						listed[id]++
					}
				}
			}
			// 3 at once, then one mail a 30 s at most over the 65 s the
			// tickets came in, and the last after its hold.
			if max := 3 + 3; len(toTeam) > max || len(toTeam) < 4 {
				t.Errorf("the team got %d mails for %d tickets over %v, want 4 to %d: %q", len(toTeam), n, n*every, max, toTeam)
			}
			for id := 1; id <= n; id++ {
				if listed[id] != 1 {
					t.Errorf("ESC-%d is in %d mails to the team, want 1: %q", id, listed[id], toTeam)
				}
			}
		})
	}
}
