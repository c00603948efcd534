package schema

import (
	"context"
	"fmt"
	"time"
)

// ConfirmedTicket is a ticket whose severity a person confirmed, with the
// customer's first mail: what a deployment's vocabulary learns from
// (`escalate learn`).
type ConfirmedTicket struct {
	ID           int64 `db:"id"`
	Severity     int   `db:"severity"`
	AutoSeverity int   `db:"auto_severity"`
	// Corrected says an agent changed the severity (#severity); otherwise
	// an agent answered the ticket and left the severity as it was.
	Corrected bool      `db:"corrected"`
	OpenedAt  time.Time `db:"opened_at"`
	Subject   string    `db:"subject"`
	Body      string    `db:"body"` // the visible text
	FromAddr  string    `db:"from_addr"`
	FromName  string    `db:"from_name"`
	// Raw is the mail as received when it was kept whole (nil when it was
	// longer than the raw limit).
	Raw []byte `db:"raw"`
}

// ConfirmedTickets calls fn for each ticket opened at or after since whose
// severity an agent confirmed: changed with #severity, or answered (a
// first human response) without changing it. Tickets come in order of
// their number, one at a time, so that a large store is never held in
// memory.
func (s *Store) ConfirmedTickets(ctx context.Context, since time.Time, fn func(ConfirmedTicket) error) error {
	const query = `SELECT t.id, t.severity, t.auto_severity, t.opened_at,
	EXISTS (SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.kind = 'severity_changed') AS corrected,
	m.subject, m.body, m.from_addr, m.from_name,
	CASE WHEN m.raw IS NOT NULL AND LENGTH(m.raw) = m.raw_size THEN m.raw END AS raw
	FROM tickets t
	JOIN messages m ON m.id = (SELECT MIN(id) FROM messages WHERE ticket_id = t.id AND direction = 'in')
	WHERE t.opened_at >= ? AND (t.first_response_at IS NOT NULL
		OR EXISTS (SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.kind = 'severity_changed'))
	ORDER BY t.id`
	rows, err := s.db.QueryxContext(ctx, s.db.Rebind(query), ts(since))
	if err != nil {
		return fmt.Errorf("schema: confirmed tickets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c ConfirmedTicket
		if err := rows.StructScan(&c); err != nil {
			return fmt.Errorf("schema: confirmed tickets: %w", err)
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("schema: confirmed tickets: %w", err)
	}
	return nil
}
