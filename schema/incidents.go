package schema

import (
	"context"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/escalation"
)

// Incidents: tickets.incident marks a ticket declared an incident and
// tickets.incident_id links a ticket to one (migration 00006). The desk
// loads an incident's linked tickets with it, so that one agent mail
// changes them all in one transaction.

// LinkedForUpdate reads the tickets linked to incident id inside x, in ID
// order, locking their rows on PostgreSQL (as TicketForUpdate does).
func (x *Tx) LinkedForUpdate(ctx context.Context, id int64) ([]Ticket, error) {
	query := `SELECT * FROM tickets WHERE incident_id = ? ORDER BY id`
	if x.dialect == Postgres {
		query += ` FOR UPDATE`
	}
	var ts []Ticket
	if err := x.tx.SelectContext(ctx, &ts, x.tx.Rebind(query), id); err != nil {
		return nil, fmt.Errorf("schema: tickets linked to %d: %w", id, err)
	}
	return ts, nil
}

// Reach is how far an incident reaches: its ticket and the linked ones.
type Reach struct {
	Tickets int
	// Customers are the tickets' customer addresses, one per ticket, in
	// the order of their reports.
	Customers []string
	// First and Latest are the first and the latest report (opened_at).
	First, Latest time.Time
}

type reachRow struct {
	Customer string    `db:"customer_addr"`
	OpenedAt time.Time `db:"opened_at"`
}

// IncidentReach reads the reach of incident id inside x.
func (x *Tx) IncidentReach(ctx context.Context, id int64) (Reach, error) {
	var rows []reachRow
	err := x.tx.SelectContext(ctx, &rows, x.tx.Rebind(`SELECT customer_addr, opened_at FROM tickets
	WHERE id = ? OR incident_id = ? ORDER BY opened_at, id`), id, id)
	if err != nil {
		return Reach{}, fmt.Errorf("schema: reach of incident %d: %w", id, err)
	}
	var r Reach
	for _, row := range rows {
		r.Customers = append(r.Customers, row.Customer)
		if r.First.IsZero() {
			r.First = row.OpenedAt
		}
		r.Latest = row.OpenedAt
	}
	r.Tickets = len(rows)
	return r, nil
}

// OpenIncident is an open incident with its reach.
type OpenIncident struct {
	Ticket Ticket
	Reach  Reach
}

// OpenIncidents reads the open incidents inside x, oldest first.
func (x *Tx) OpenIncidents(ctx context.Context) ([]OpenIncident, error) {
	var ts []Ticket
	err := x.tx.SelectContext(ctx, &ts, x.tx.Rebind(`SELECT * FROM tickets WHERE incident AND status = ? ORDER BY id`), escalation.Open)
	if err != nil {
		return nil, fmt.Errorf("schema: open incidents: %w", err)
	}
	out := make([]OpenIncident, len(ts))
	for i, t := range ts {
		r, err := x.IncidentReach(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		out[i] = OpenIncident{Ticket: t, Reach: r}
	}
	return out, nil
}

// RecentUrgent reads the open P1 and P2 tickets opened since, at most
// limit of the newest, for grouping a new ticket with like ones. In a
// burst of P1 mail each new ticket reads hundreds of them: only the
// columns grouping reads are read (RecentColumns); the others are zero.
func (x *Tx) RecentUrgent(ctx context.Context, since time.Time, limit int) ([]Ticket, error) {
	var rows []Ticket
	// The partial index tickets_recent_urgent_idx (migration 7) reads the
	// window newest first and stops at the limit: status and severity
	// are literals so that PostgreSQL's planner sees it fits, and SQLite,
	// which without statistics prefers (status, severity) and then sorts
	// every open P1/P2 ticket, is told to use it.
	from := "tickets"
	if x.dialect == SQLite {
		from = "tickets INDEXED BY tickets_recent_urgent_idx"
	}
	err := x.tx.SelectContext(ctx, &rows, x.tx.Rebind(`SELECT `+RecentColumns+` FROM `+from+`
	WHERE status = '`+string(escalation.Open)+`' AND severity <= 2 AND opened_at >= ?
	ORDER BY opened_at DESC, id DESC LIMIT ?`), ts(since), limit)
	if err != nil {
		return nil, fmt.Errorf("schema: recent P1/P2 tickets: %w", err)
	}
	return rows, nil
}

// TicketsVersion returns a number that moves whenever a ticket is
// created or deleted or a column of RecentColumns is written (migration
// 8), so that what RecentUrgent read in an earlier transaction is known
// to be what it would read now while the number is the same. ok is
// false on PostgreSQL, which keeps none. The table's name holds
// "tickets", so the transaction's deferred tickets are written first.
func (x *Tx) TicketsVersion(ctx context.Context) (n int64, ok bool, err error) {
	if x.dialect != SQLite {
		return 0, false, nil
	}
	if err := x.tx.GetContext(ctx, &n, `SELECT n FROM tickets_version`); err != nil {
		return 0, false, fmt.Errorf("schema: tickets version: %w", err)
	}
	return n, true, nil
}

// RecentColumns are the columns RecentUrgent reads.
const RecentColumns = `id, subject, customer_addr, severity, status, evidence, opened_at, incident, incident_id`
