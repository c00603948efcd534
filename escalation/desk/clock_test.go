package desk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

func withPeople(c *Config) {
	c.People = People{
		Contacts: map[string][]string{"csm": {"Casey <csm@acme.example>"}, "team_lead": {"lead@acme.example"},
			"vp": {"vp@acme.example"}, "cco": {"cco@acme.example"}, "ceo": {"ceo@acme.example"},
			"technical": {"cto@acme.example"}},
		Accounts: []Account{{Name: "Initech", Match: []string{"@initech.example"}, CSM: []string{"Ines Ortiz <ines@acme.example>"}}},
	}
}

// outboxTo lists the recipients of every queued mail of kind, in order.
func (h *harness) outboxTo(kind escalation.MailKind) []string {
	h.t.Helper()
	all, err := h.store.Outbox(context.Background(), 0)
	if err != nil {
		h.t.Fatal(err)
	}
	var to []string
	for _, m := range all {
		if m.Kind == kind {
			to = append(to, m.ToAddrs)
		}
	}
	return to
}

func (h *harness) tickDue(c *Clocks) int {
	h.t.Helper()
	n, err := c.TickDue(context.Background())
	if err != nil {
		h.t.Fatalf("TickDue at %v: %v", h.now, err)
	}
	return n
}

func TestClocksClimbTheLadder(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withPeople)
		h.feed(rawMail("Ann <ann@initech.example>", "Outage", "Our production platform is down for all users.",
			"Message-ID: <a1@initech.example>"))
		// The first step's people, the account's CSM in the CSM's place.
		if got, want := h.outboxTo(escalation.MailNotice), []string{"ines@acme.example,lead@acme.example,vp@acme.example,cto@acme.example"}; !slices.Equal(got, want) {
			t.Errorf("P1 notice to %v, want %v", got, want)
		}
		if ack := h.outbox(escalation.MailReceipt); !strings.Contains(ack.Body, "Ines Ortiz") {
			t.Errorf("receipt does not name the account's CSM:\n%s", ack.Body)
		}
		c := h.Clocks()
		tests := []struct {
			at    time.Duration
			ticks int
			kind  escalation.MailKind
			want  []string // recipients of every mail of kind so far
		}{
			{at: 5 * time.Minute, ticks: 0, kind: escalation.MailReminder, want: nil},
			{at: 12 * time.Minute, ticks: 1, kind: escalation.MailReminder, want: []string{"ines@acme.example"}},
			{at: 16 * time.Minute, ticks: 1, kind: escalation.MailEscalation, want: []string{"cco@acme.example"}},
			{at: 17 * time.Minute, ticks: 0, kind: escalation.MailEscalation, want: []string{"cco@acme.example"}},
			{at: 76 * time.Minute, ticks: 1, kind: escalation.MailEscalation, want: []string{"cco@acme.example", "ceo@acme.example"}},
		}
		for _, tt := range tests {
			h.now = clock0.Add(tt.at)
			if n := h.tickDue(c); n != tt.ticks {
				t.Errorf("at %v: ticked %d tickets, want %d", tt.at, n, tt.ticks)
			}
			if got := h.outboxTo(tt.kind); !slices.Equal(got, tt.want) {
				t.Errorf("at %v: %s mail to %v, want %v", tt.at, tt.kind, got, tt.want)
			}
		}
		if got := h.events(escalation.EventBreach); got != 2 {
			t.Errorf("breach events = %d, want 2 (first response, then the hourly update)", got)
		}
		notice := h.outbox(escalation.MailEscalation)
		for _, want := range []string{"level 5", "CEO", "hourly update to the customer was missed", "Chief Customer Officer (CCO): cco@acme.example",
			"Our production platform is down"} {
			if !strings.Contains(notice.Subject+notice.Body, want) {
				t.Errorf("CEO notice lacks %q:\n%s\n%s", want, notice.Subject, notice.Body)
			}
		}
		if tk := h.ticket(1); tk.EscalationLevel != 5 || tk.Step != 3 {
			t.Errorf("ticket level %d step %d, want 5, 3", tk.EscalationLevel, tk.Step)
		}
	})
}

func TestClocksResolutionDraftAndMonitoring(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withPeople, withTeam)
		h.feed(rawMail("Ann <ann@initech.example>", "Outage", "Our production platform is down for all users.",
			"Message-ID: <a1@initech.example>"))
		c := h.Clocks()
		h.now = clock0.Add(5 * time.Minute)
		h.feed(rawMail("Dana <dana@acme.example>", "Re: [ESC-1] Outage", "Looking into it.",
			"Message-ID: <d1@acme.example>", "In-Reply-To: <"+h.ackID(1)+">", vouched))
		h.now = clock0.Add(10 * time.Minute)
		h.feed(rawMail("Dana <dana@acme.example>", "Re: [ESC-1] Outage", "#root-cause expired certificate\n#resolve Renewed it.",
			"Message-ID: <d2@acme.example>", "In-Reply-To: <"+h.ackID(1)+">", vouched))
		if n := h.tickDue(c); n != 1 || h.sent(escalation.MailPostmortemDraft) != 1 {
			t.Fatalf("after the resolution: ticked %d, drafts %d; want 1, 1", n, h.sent(escalation.MailPostmortemDraft))
		}
		draft := h.outbox(escalation.MailPostmortemDraft)
		for _, want := range []string{"expired certificate", "First human response", "Resolved", "Renewed it."} {
			if !strings.Contains(draft.Body, want) {
				t.Errorf("draft lacks %q:\n%s", want, draft.Body)
			}
		}
		if draft.ToAddrs != "dana@acme.example" {
			t.Errorf("draft to %q, want the owner", draft.ToAddrs)
		}
		h.now = clock0.Add(31 * 24 * time.Hour)
		if n := h.tickDue(c); n != 1 {
			t.Errorf("after the window: ticked %d, want 1", n)
		}
		if got := h.outboxTo(escalation.MailMonitoringEnded); !slices.Equal(got, []string{"ines@acme.example"}) {
			t.Errorf("monitoring-ended mail to %v, want the account's CSM", got)
		}
		if m := h.outbox(escalation.MailMonitoringEnded); !strings.Contains(m.Subject, "Initech") {
			t.Errorf("monitoring-ended subject %q does not name the account", m.Subject)
		}
		if tk := h.ticket(1); tk.Status != escalation.Closed || !escalation.NextDue(*tk).IsZero() {
			t.Errorf("after the window: status %s, next due %v; want closed, never", tk.Status, escalation.NextDue(*tk))
		}
		if n := h.tickDue(c); n != 0 {
			t.Errorf("a closed ticket was ticked again")
		}
	})
}

var errKilled = errors.New("killed between the tick and its commit")

// TestClocksKillBetweenTickAndCommit: the transaction of a tick that
// dies before its commit leaves nothing; the next tick does it all once.
func TestClocksKillBetweenTickAndCommit(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withPeople)
		h.feed(rawMail("Ann <ann@initech.example>", "Outage", "Our production platform is down for all users.",
			"Message-ID: <a1@initech.example>"))
		before := h.count(`SELECT COUNT(*) FROM outbox`)
		c := h.Clocks()
		c.crash = func(int64) error { return errKilled }
		h.now = clock0.Add(16 * time.Minute)
		if _, err := c.TickDue(context.Background()); !errors.Is(err, errKilled) {
			t.Fatalf("TickDue with a kill = %v, want %v", err, errKilled)
		}
		if got := h.count(`SELECT COUNT(*) FROM outbox`); got != before || h.events(escalation.EventBreach) != 0 ||
			h.ticket(1).AckBreached {
			t.Fatalf("a killed tick left %d new mails, %d breaches", got-before, h.events(escalation.EventBreach))
		}
		c.crash = nil
		for range 2 { // the restart, then a second pass: exactly once
			h.tickDue(c)
		}
		if got := h.outboxTo(escalation.MailEscalation); !slices.Equal(got, []string{"cco@acme.example"}) {
			t.Errorf("after the restart: escalation mail to %v, want the CCO once", got)
		}
		if h.events(escalation.EventBreach) != 1 || h.events(escalation.EventEscalated) != 1 {
			t.Errorf("after the restart: %d breaches, %d escalations; want 1, 1",
				h.events(escalation.EventBreach), h.events(escalation.EventEscalated))
		}
	})
}

// TestClocksTwoLoopsNotifyOnce runs two clock loops, each with its own
// connection pool, on one database: every notice is queued exactly once.
func TestClocksTwoLoopsNotifyOnce(t *testing.T) {
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			dsn := schematest.DSN(t, d)
			open := func() *schema.Store {
				s, err := schema.Open(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				return s
			}
			h := newHarness(t, open(), withPeople)
			const tickets = 12
			for i := range tickets {
				h.feed(rawMail(fmt.Sprintf("c%d@initech.example", i), "Outage", "Our production platform is down for all users.",
					fmt.Sprintf("Message-ID: <c%d@initech.example>", i)))
			}
			now := clock0.Add(16 * time.Minute)
			other, err := New(context.Background(), h.cfg, open(), classify.Default(), escalation.DefaultProtocol(),
				func() time.Time { return now }, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			h.now = now
			loops := []*Clocks{h.Clocks(), other.Clocks()}
			var wg sync.WaitGroup
			ticked := make([]int, len(loops))
			for i, c := range loops {
				c.Batch = 1 // one ticket per pass: the loops interleave
				wg.Go(func() {
					for {
						n, err := c.TickDue(context.Background())
						if err != nil {
							t.Error(err)
							return
						}
						if n == 0 {
							return
						}
						ticked[i] += n
					}
				})
			}
			wg.Wait()
			if ticked[0]+ticked[1] != tickets {
				t.Errorf("the loops ticked %v tickets, want %d in all", ticked, tickets)
			}
			if got := h.sent(escalation.MailEscalation); got != tickets {
				t.Errorf("%d escalation notices queued, want %d (one per ticket)", got, tickets)
			}
			if got := h.events(escalation.EventEscalated); got != tickets {
				t.Errorf("%d escalation events, want %d", got, tickets)
			}
			t.Logf("ticks per loop: %v", ticked)
		})
	}
}

// TestClocksRun runs the loop itself: it ticks the due ticket and stops
// with its context.
func TestClocksRun(t *testing.T) {
	s := schematest.Open(t, schema.SQLite)
	h := newHarness(t, s, withPeople)
	h.feed(rawMail("Ann <ann@initech.example>", "Outage", "Our production platform is down for all users.",
		"Message-ID: <a1@initech.example>"))
	h.now = clock0.Add(16 * time.Minute)
	c := h.Clocks()
	ticked := make(chan escalation.Plan, 1)
	c.Ticked = func(_ int64, p escalation.Plan) { ticked <- p }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- c.Run(ctx) }()
	p := <-ticked
	if !slices.Equal(p.Sends(), []escalation.MailKind{escalation.MailEscalation}) {
		t.Errorf("Run ticked %v, want the CCO's notice", p.Sends())
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
}

// TestClocksSkipAnUnreadableTicket: a ticket whose stored state cannot be
// read stops its own clocks, never the others'.
func TestClocksSkipAnUnreadableTicket(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		h := newHarness(t, s, withPeople)
		for i := range 2 {
			h.feed(rawMail(fmt.Sprintf("c%d@initech.example", i), "Outage", "Our production platform is down for all users.",
				fmt.Sprintf("Message-ID: <c%d@initech.example>", i)))
		}
		if _, err := s.DB().Exec(`UPDATE tickets SET notified = 'not json' WHERE id = 1`); err != nil {
			t.Fatal(err)
		}
		h.now = clock0.Add(16 * time.Minute)
		if n := h.tickDue(h.Clocks()); n != 2 {
			t.Errorf("ticked %d, want 2 (the unreadable one set aside)", n)
		}
		if got := h.count(`SELECT COUNT(*) FROM outbox WHERE kind = 'escalation' AND ticket_id = 2`); got != 1 {
			t.Errorf("the readable ticket's escalations = %d, want 1", got)
		}
		if got := h.count(`SELECT COUNT(*) FROM tickets WHERE id = 1 AND due_at IS NULL`); got != 1 {
			t.Errorf("the unreadable ticket is still due")
		}
	})
}
