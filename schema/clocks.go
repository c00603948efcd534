package schema

import (
	"context"
	"fmt"
	"time"
)

// The clocks: tickets.due_at is when the clock loop next looks at a
// ticket (escalation.NextDue, written with every ticket state); the loop
// claims due tickets one per transaction.

// ClaimDueTicket reads and locks the ticket due earliest at now; nil when
// none is due. On PostgreSQL concurrent loops skip each other's locked
// rows (FOR UPDATE SKIP LOCKED) and, once a tick commits, its ticket's
// due_at has moved past now, so no other loop takes it again; on SQLite
// the write lock taken at BEGIN serialises the loops.
func (x *Tx) ClaimDueTicket(ctx context.Context, now time.Time) (*Ticket, error) {
	query := `SELECT * FROM tickets WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at, id LIMIT 1`
	if x.dialect == Postgres {
		query += ` FOR UPDATE SKIP LOCKED`
	}
	var ts []Ticket
	if err := x.tx.SelectContext(ctx, &ts, x.tx.Rebind(query), nts(now)); err != nil {
		return nil, fmt.Errorf("schema: claim due ticket: %w", err)
	}
	if len(ts) == 0 {
		return nil, nil
	}
	return &ts[0], nil
}

// NextTicketDue returns the earliest due_at of any ticket; ok is false
// when no ticket has a clock running.
func (s *Store) NextTicketDue(ctx context.Context) (due time.Time, ok bool, err error) {
	var ts []Ticket
	err = s.db.SelectContext(ctx, &ts, `SELECT * FROM tickets WHERE due_at IS NOT NULL ORDER BY due_at, id LIMIT 1`)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("schema: next ticket due: %w", err)
	}
	if len(ts) == 0 {
		return time.Time{}, false, nil
	}
	return *ts[0].DueAt, true, nil
}

// Events lists a ticket's events in order, inside x.
func (x *Tx) Events(ctx context.Context, ticketID int64) ([]Event, error) {
	var es []Event
	err := x.tx.SelectContext(ctx, &es, x.tx.Rebind(`SELECT * FROM events WHERE ticket_id = ? ORDER BY at, id`), ticketID)
	if err != nil {
		return nil, fmt.Errorf("schema: events: %w", err)
	}
	return es, nil
}

// FirstMessage returns the first inbound mail of a ticket (the customer's
// words an escalation notice quotes); nil when there is none.
func (x *Tx) FirstMessage(ctx context.Context, ticketID int64) (*Message, error) {
	var ms []Message
	err := x.tx.SelectContext(ctx, &ms, x.tx.Rebind(`SELECT * FROM messages
	WHERE ticket_id = ? AND direction = 'in' ORDER BY id LIMIT 1`), ticketID)
	if err != nil {
		return nil, fmt.Errorf("schema: first message: %w", err)
	}
	if len(ms) == 0 {
		return nil, nil
	}
	return &ms[0], nil
}

// StopClocks takes a ticket off the clock loop (its state cannot be read:
// it must not block the other tickets).
func (x *Tx) StopClocks(ctx context.Context, ticketID int64) error {
	_, err := x.tx.ExecContext(ctx, x.tx.Rebind(`UPDATE tickets SET due_at = NULL WHERE id = ?`), ticketID)
	if err != nil {
		return fmt.Errorf("schema: stop clocks of ticket %d: %w", ticketID, err)
	}
	return nil
}
