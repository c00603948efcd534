package schema

import (
	"context"
	"fmt"
	"github.com/escalate-dev/escalate/escalation"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// Escalations is how far up the contact ladder the period's tickets went
// (tickets.escalation_level: 0 none yet, 1 CSM … 5 CEO) and which promises
// they broke.
//
// Breaches are computed from the stored clocks, not from breach events:
// an acknowledgement breach is a first human response later than
// tickets.ack_due_at, or none by then while the ticket was open; an update
// breach is an update later than its due time in the replay of Cadence, or
// one still owed at Now.
type Escalations struct {
	// Levels counts tickets by severity and the highest level reached:
	// Levels[sev-1][level], level 0 to 5.
	Levels [4][6]int
	// Past counts by severity the tickets that went past the first step
	// of their ladder (the step paged at intake): an escalation event, by
	// a missed deadline or by an agent's #escalate.
	Past [4]int
	// Weekly counts, per week of opening (index of Report.Weeks), the
	// tickets opened and those past the first step.
	Weekly []EscalationWeek
	// Breaches are the worst breaches, latest first by how late (at most
	// the query's Limit); BreachTotal counts all, per clock.
	Breaches    []Breach
	BreachTotal map[Clock]int

	updateBreaches topN[Breach]
}

// EscalationWeek is one week of Escalations.Weekly.
type EscalationWeek struct {
	Opened, PastFirst int
}

// Clock names a protocol promise.
type Clock string

// The clocks a breach can be on.
const (
	AckClock    Clock = "acknowledgement"
	UpdateClock Clock = "update"
)

// Breach is one broken promise.
type Breach struct {
	TicketRef
	Clock   Clock
	DueAt   time.Time
	Late    time.Duration
	Running bool // still unmet at Now: Late grows
}

// PastFirst is the number of tickets of severity index i that went past
// the first step of the ladder.
func (e Escalations) PastFirst(sev classify.Severity) int { return e.Past[sev-1] }

func (s *Store) reportEscalations(ctx context.Context, q ReportQuery, r *Report) error {
	var rows []struct {
		Severity classify.Severity `db:"severity"`
		Week     string            `db:"wk"`
		Level    int               `db:"escalation_level"`
		Past     int               `db:"past"`
		N        int               `db:"n"`
	}
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT severity, `+s.week("opened_at")+` AS wk,
	escalation_level, CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.ticket_id = tickets.id AND e.kind = ?)
	THEN 1 ELSE 0 END AS past, COUNT(*) AS n FROM tickets WHERE `+inPeriod+` GROUP BY severity, wk, escalation_level, past`),
		append([]any{string(escalation.EventEscalated)}, periodArgs(q)...)...)
	if err != nil {
		return fmt.Errorf("escalations: %w", err)
	}
	e := &r.Escalation
	e.Weekly = make([]EscalationWeek, len(r.Weeks))
	idx := weekIndex(r)
	for _, row := range rows {
		level := min(max(row.Level, 0), 5)
		if validSeverity(row.Severity) {
			e.Levels[row.Severity-1][level] += row.N
			e.Past[row.Severity-1] += row.N * row.Past
		}
		if i, ok := idx[row.Week]; ok {
			e.Weekly[i].Opened += row.N
			e.Weekly[i].PastFirst += row.N * row.Past
		}
	}
	return s.breaches(ctx, q, e)
}

// breaches merges the acknowledgement breaches, read in SQL worst first,
// with the update breaches of the replay.
func (s *Store) breaches(ctx context.Context, q ReportQuery, e *Escalations) error {
	now := ts(q.Now)
	// The clock stops at the first response, else at resolution, else
	// it runs to now.
	stop := `COALESCE(first_response_at, resolved_at, ?)`
	where := ` FROM tickets WHERE ack_due_at < ` + stop + ` AND ` + inPeriod
	args := append([]any{now}, periodArgs(q)...)
	var total int
	if err := s.db.GetContext(ctx, &total, s.db.Rebind(`SELECT COUNT(*)`+where), args...); err != nil {
		return fmt.Errorf("acknowledgement breaches: %w", err)
	}
	var rows []struct {
		ID       int64             `db:"id"`
		Subject  string            `db:"subject"`
		Customer string            `db:"customer_addr"`
		Severity classify.Severity `db:"severity"`
		Level    int               `db:"escalation_level"`
		DueAt    time.Time         `db:"ack_due_at"`
		Late     float64           `db:"late"`
		Running  bool              `db:"running"`
	}
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT id, subject, customer_addr, severity, escalation_level,
	ack_due_at, `+s.secs("ack_due_at", stop)+` AS late,
	CASE WHEN first_response_at IS NULL AND resolved_at IS NULL THEN 1 ELSE 0 END AS running`+where+`
	ORDER BY late DESC, id LIMIT ?`), append(append([]any{now}, args...), q.Limit)...)
	if err != nil {
		return fmt.Errorf("acknowledgement breaches: %w", err)
	}
	all := e.updateBreaches
	for _, b := range rows {
		all.add(Breach{TicketRef: TicketRef{ID: b.ID, Subject: b.Subject, Customer: b.Customer, Severity: b.Severity,
			Level: b.Level}, Clock: AckClock, DueAt: b.DueAt.UTC(), Late: time.Duration(b.Late * float64(time.Second)).Round(time.Second),
			Running: b.Running}, q.Limit, func(a, b Breach) bool { return a.Late > b.Late })
	}
	e.BreachTotal = map[Clock]int{AckClock: total, UpdateClock: e.updateBreaches.count}
	e.Breaches = all.sorted()
	return nil
}
