package schema

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
)

// Cadence is how the customer-update promise (P1 hourly, P2 daily) was
// kept on the tickets opened in the period, replayed from their events.
//
// After the first human response an update is due one cadence after the
// last update the customer saw (a status_update event, or the resolution
// mail of a resolved event that was not internal). Each due that fell
// while the ticket was open counts as required: it is on time when the
// next update came no later than the due time. A due still unmet at Now is
// required and late. The clock pauses while a P2 ticket waits on the
// customer (waiting event) and restarts at the customer's reply; P1 never
// pauses. A severity change applies the new severity's cadence from the
// last update, as the ticket's own clock does.
type Cadence struct {
	Rows []CadenceRow // severities with a cadence, P1 first
	// Gaps are the tickets with the longest silences relative to their
	// cadence, worst first (at most the query's Limit).
	Gaps []UpdateGap
	// Overdue are the open tickets whose next update is overdue at Now
	// (tickets.next_update_due_at), most overdue first, whatever the
	// period; OverdueTotal counts all of them.
	Overdue      []Overdue
	OverdueTotal int
}

// CadenceRow is one severity's update attainment.
type CadenceRow struct {
	Severity classify.Severity
	Every    time.Duration
	Tickets  int // tickets with at least one due update at this severity
	Required int
	OnTime   int
	Overdue  int // open tickets of this severity overdue at Now
}

// UpdateGap is the longest time a ticket's customer went without an
// update while one was owed (to Now while still owed).
type UpdateGap struct {
	TicketRef
	Every   time.Duration
	Largest time.Duration
	Updates int // updates the customer saw
}

// Overdue is an open ticket whose next update is overdue.
type Overdue struct {
	TicketRef
	DueAt time.Time
	Late  time.Duration
}

// eventRow is one event of the replay, with its ticket's fields.
type eventRow struct {
	TicketID int64                `db:"ticket_id"`
	At       time.Time            `db:"at"`
	Kind     escalation.EventKind `db:"kind"`
	Detail   string               `db:"detail"`
	Subject  string               `db:"subject"`
	Customer string               `db:"customer_addr"`
	AutoSev  classify.Severity    `db:"auto_severity"`
	Severity classify.Severity    `db:"severity"`
	Status   escalation.Status    `db:"status"`
	Level    int                  `db:"escalation_level"`
}

// replayKinds are the events that move the update clock.
var replayKinds = []escalation.EventKind{escalation.EventStatusUpdate, escalation.EventResolved,
	escalation.EventReopened, escalation.EventWaiting, escalation.EventCustomerMessage,
	escalation.EventSeverityChanged}

func (s *Store) reportCadence(ctx context.Context, q ReportQuery, r *Report) error {
	rp := &replay{q: q, rows: map[classify.Severity]*CadenceRow{}}
	for _, sev := range severities {
		if every := q.Protocol.Policy(sev).UpdateEvery; every > 0 {
			rp.rows[sev] = &CadenceRow{Severity: sev, Every: every}
		}
	}
	if err := s.replayEvents(ctx, q, rp); err != nil {
		return err
	}
	if err := s.overdue(ctx, q, &r.Cadence, rp.rows); err != nil {
		return err
	}
	for _, sev := range severities {
		if row := rp.rows[sev]; row != nil {
			r.Cadence.Rows = append(r.Cadence.Rows, *row)
		}
	}
	r.Cadence.Gaps = rp.gaps.sorted()
	r.Escalation.updateBreaches = rp.breaches
	return nil
}

// replayEvents streams the period's events, ticket by ticket, through rp.
func (s *Store) replayEvents(ctx context.Context, q ReportQuery, rp *replay) error {
	args := []any{}
	for _, k := range replayKinds {
		args = append(args, k)
	}
	rows, err := s.db.QueryxContext(ctx, s.db.Rebind(`SELECT e.ticket_id, e.at, e.kind, e.detail,
	t.subject, t.customer_addr, t.auto_severity, t.severity, t.status, t.escalation_level
	FROM events e JOIN tickets t ON t.id = e.ticket_id
	WHERE e.kind IN (`+placeholders(len(replayKinds))+`) AND t.opened_at >= ? AND t.opened_at < ?
	ORDER BY e.ticket_id, e.at, e.id`), append(args, periodArgs(q)...)...)
	if err != nil {
		return fmt.Errorf("update cadence: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e eventRow
		if err := rows.StructScan(&e); err != nil {
			return fmt.Errorf("update cadence: %w", err)
		}
		e.At = e.At.UTC()
		if err := rp.event(e); err != nil {
			return fmt.Errorf("update cadence: ticket %d: %w", e.TicketID, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("update cadence: %w", err)
	}
	rp.finish()
	return nil
}

// replay is the update clock of one ticket at a time, and the totals.
type replay struct {
	q        ReportQuery
	rows     map[classify.Severity]*CadenceRow
	gaps     topN[UpdateGap]
	breaches topN[Breach]

	cur     eventRow // the ticket being replayed; TicketID 0 before the first
	sev     classify.Severity
	anchor  time.Time // last update, or the customer's reply after waiting
	running bool      // an update is owed one cadence after anchor
	paused  time.Time // when waiting began; zero when not waiting
	largest time.Duration
	updates int
	counted map[classify.Severity]bool
}

func (rp *replay) event(e eventRow) error {
	if e.TicketID != rp.cur.TicketID {
		rp.finish()
		rp.cur, rp.sev, rp.running, rp.paused = e, e.AutoSev, false, time.Time{}
		rp.largest, rp.updates, rp.counted = 0, 0, map[classify.Severity]bool{}
	}
	var detail struct {
		To       string `json:"to"`
		Internal bool   `json:"internal"`
	}
	if err := json.Unmarshal([]byte(e.Detail), &detail); err != nil {
		return fmt.Errorf("%s event detail: %w", e.Kind, err)
	}
	switch e.Kind {
	case escalation.EventSeverityChanged:
		if sev, err := classify.ParseSeverity(detail.To); err == nil {
			rp.sev = sev
		}
	case escalation.EventStatusUpdate:
		rp.update(e.At)
		if !rp.paused.Equal(e.At) { // #waiting in the same mail keeps the pause
			rp.paused = time.Time{}
		}
	case escalation.EventResolved:
		if !detail.Internal {
			rp.update(e.At)
		}
		rp.running, rp.paused = false, time.Time{}
	case escalation.EventReopened:
		rp.running, rp.anchor, rp.paused = rp.updates > 0, e.At, time.Time{}
	case escalation.EventWaiting:
		if rp.sev != classify.P1 {
			rp.paused = e.At
		}
	case escalation.EventCustomerMessage:
		if !rp.paused.IsZero() {
			rp.paused, rp.anchor = time.Time{}, e.At
		}
	}
	return nil
}

// update is an update the customer saw at at.
func (rp *replay) update(at time.Time) {
	if row := rp.rows[rp.sev]; row != nil && rp.running && rp.paused.IsZero() {
		rp.due(row, at, false)
	}
	rp.updates++
	rp.anchor, rp.running = at, true
}

// due counts the due that fell one cadence after the anchor, met at at
// (or still owed at at, when open is true).
func (rp *replay) due(row *CadenceRow, at time.Time, open bool) {
	due := rp.anchor.Add(row.Every)
	gap := at.Sub(rp.anchor)
	rp.largest = max(rp.largest, gap)
	if !open || at.After(due) {
		row.Required++
		if !rp.counted[rp.sev] {
			rp.counted[rp.sev] = true
			row.Tickets++
		}
	}
	switch {
	case !at.After(due) && !open:
		row.OnTime++
	case at.After(due):
		rp.breaches.add(Breach{TicketRef: rp.ref(), Clock: UpdateClock, DueAt: due, Late: at.Sub(due), Running: open},
			rp.q.Limit, func(a, b Breach) bool { return a.Late > b.Late })
	}
}

// finish closes the ticket being replayed: an update still owed at Now
// is a due, late once past.
func (rp *replay) finish() {
	if rp.cur.TicketID == 0 {
		return
	}
	if row := rp.rows[rp.sev]; row != nil && rp.running && rp.paused.IsZero() && rp.cur.Status == escalation.Open {
		rp.due(row, rp.q.Now, true)
	}
	if every := rp.everyFor(); every > 0 && rp.updates > 0 {
		rp.gaps.add(UpdateGap{TicketRef: rp.ref(), Every: every, Largest: rp.largest, Updates: rp.updates},
			rp.q.Limit, func(a, b UpdateGap) bool {
				return a.Largest-a.Every > b.Largest-b.Every
			})
	}
}

// everyFor is the cadence of the ticket's final severity, else of the
// last severity with one.
func (rp *replay) everyFor() time.Duration {
	if row := rp.rows[rp.sev]; row != nil {
		return row.Every
	}
	for _, sev := range severities {
		if rp.counted[sev] {
			return rp.rows[sev].Every
		}
	}
	return 0
}

func (rp *replay) ref() TicketRef {
	return TicketRef{ID: rp.cur.TicketID, Subject: rp.cur.Subject, Customer: rp.cur.Customer,
		Severity: rp.cur.Severity, Level: rp.cur.Level}
}

// overdue reads the open tickets whose update is overdue at Now: counts
// per severity, and the most overdue up to the limit.
func (s *Store) overdue(ctx context.Context, q ReportQuery, c *Cadence, perSev map[classify.Severity]*CadenceRow) error {
	const where = ` FROM tickets WHERE status = ? AND next_update_due_at IS NOT NULL AND next_update_due_at < ?`
	args := []any{escalation.Open, ts(q.Now)}
	var counts []struct {
		Severity classify.Severity `db:"severity"`
		N        int               `db:"n"`
	}
	if err := s.db.SelectContext(ctx, &counts, s.db.Rebind(`SELECT severity, COUNT(*) AS n`+where+` GROUP BY severity`), args...); err != nil {
		return fmt.Errorf("overdue updates: %w", err)
	}
	for _, n := range counts {
		c.OverdueTotal += n.N
		if row := perSev[n.Severity]; row != nil {
			row.Overdue = n.N
		}
	}
	var rows []struct {
		ID       int64             `db:"id"`
		Subject  string            `db:"subject"`
		Customer string            `db:"customer_addr"`
		Severity classify.Severity `db:"severity"`
		Level    int               `db:"escalation_level"`
		DueAt    time.Time         `db:"next_update_due_at"`
	}
	err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT id, subject, customer_addr, severity,
	escalation_level, next_update_due_at`+where+` ORDER BY next_update_due_at, id LIMIT ?`), append(args, q.Limit)...)
	if err != nil {
		return fmt.Errorf("overdue updates: %w", err)
	}
	for _, o := range rows {
		c.Overdue = append(c.Overdue, Overdue{TicketRef: TicketRef{ID: o.ID, Subject: o.Subject,
			Customer: o.Customer, Severity: o.Severity, Level: o.Level}, DueAt: o.DueAt.UTC(), Late: q.Now.Sub(o.DueAt)})
	}
	return nil
}

// topN keeps the n best items seen so far under a less-is-better order;
// its memory stays within 2n items.
type topN[T any] struct {
	items []T
	less  func(a, b T) bool
	n     int
	count int // items ever added
}

func (t *topN[T]) add(x T, n int, less func(a, b T) bool) {
	t.n, t.less = n, less
	t.count++
	t.items = append(t.items, x)
	if len(t.items) >= 2*n {
		t.trim()
	}
}

func (t *topN[T]) trim() {
	slices.SortStableFunc(t.items, func(a, b T) int {
		switch {
		case t.less(a, b):
			return -1
		case t.less(b, a):
			return 1
		}
		return 0
	})
	if len(t.items) > t.n {
		t.items = t.items[:t.n]
	}
}

func (t *topN[T]) sorted() []T {
	if t.less != nil {
		t.trim()
	}
	return t.items
}
