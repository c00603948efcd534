package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/escalation"
)

// The queries behind the gateway's /metrics, read at scrape time from the
// stored rows so that every process sharing a database reports the same
// figures and a restart loses none.

// TicketCount is how many tickets have a severity and status.
type TicketCount struct {
	Severity int    `db:"severity"`
	Status   string `db:"status"`
	N        int64  `db:"n"`
}

// TicketCounts counts tickets by severity and status.
func (s *Store) TicketCounts(ctx context.Context) ([]TicketCount, error) {
	var rows []TicketCount
	err := s.db.SelectContext(ctx, &rows, `SELECT severity, status, COUNT(*) AS n
	FROM tickets GROUP BY severity, status ORDER BY severity, status`)
	if err != nil {
		return nil, fmt.Errorf("schema: count tickets: %w", err)
	}
	return rows, nil
}

// Latency names a stored interval of a ticket.
type Latency int

// The latencies of a ticket, from its opening (the INTERNALDATE of its
// first mail).
const (
	// ReceiptLatency ends when the automatic receipt was delivered
	// (tickets.acked_at).
	ReceiptLatency Latency = iota
	// FirstResponseLatency ends at the first human response the customer
	// saw (tickets.first_response_at).
	FirstResponseLatency
)

// Histogram is a cumulative histogram of seconds, in Prometheus' shape:
// Buckets[i] counts the observations <= Bounds[i].
type Histogram struct {
	Count   uint64
	Sum     float64
	Bounds  []float64
	Buckets []uint64
}

// LatencyHistogram buckets a latency over every ticket that has it.
func (s *Store) LatencyHistogram(ctx context.Context, l Latency, bounds []float64) (Histogram, error) {
	end := map[Latency]string{ReceiptLatency: "acked_at", FirstResponseLatency: "first_response_at"}[l]
	if end == "" {
		return Histogram{}, fmt.Errorf("schema: unknown latency %d", l)
	}
	// The column names come from the map above, never from input; the
	// bounds are bound parameters.
	secs := fmt.Sprintf("(julianday(%s) - julianday(opened_at)) * 86400.0", end)
	if s.dialect == Postgres {
		secs = fmt.Sprintf("EXTRACT(EPOCH FROM (%s - opened_at))::float8", end)
	}
	var q strings.Builder
	fmt.Fprintf(&q, "SELECT COUNT(*), COALESCE(SUM(x), 0)")
	for range bounds {
		q.WriteString(", COALESCE(SUM(CASE WHEN x <= ? THEN 1 ELSE 0 END), 0)")
	}
	fmt.Fprintf(&q, " FROM (SELECT %s AS x FROM tickets WHERE %s IS NOT NULL) AS l", secs, end)
	args := make([]any, len(bounds))
	for i, b := range bounds {
		args[i] = b
	}
	h := Histogram{Bounds: bounds, Buckets: make([]uint64, len(bounds))}
	dest := []any{&h.Count, &h.Sum}
	for i := range h.Buckets {
		dest = append(dest, &h.Buckets[i])
	}
	if err := s.db.QueryRowxContext(ctx, s.db.Rebind(q.String()), args...).Scan(dest...); err != nil {
		return Histogram{}, fmt.Errorf("schema: latency histogram: %w", err)
	}
	return h, nil
}

// OutboxStats is the state of the outbox.
type OutboxStats struct {
	Pending  int64 // waiting for delivery
	Retrying int64 // pending after at least one failed attempt
	Sent     int64
	Failed   int64 // given up (a permanent refusal or too many attempts)
	// OldestPending is when the oldest pending mail was queued; zero when
	// none is pending.
	OldestPending time.Time
}

// OutboxStats counts the outbox by status and finds its oldest pending mail.
func (s *Store) OutboxStats(ctx context.Context) (OutboxStats, error) {
	var st OutboxStats
	err := s.db.QueryRowxContext(ctx, `SELECT
	COALESCE(SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN status = 'pending' AND attempts > 0 THEN 1 ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0)
	FROM outbox`).Scan(&st.Pending, &st.Retrying, &st.Sent, &st.Failed)
	if err != nil {
		return st, fmt.Errorf("schema: outbox stats: %w", err)
	}
	// A typed column, not MIN(): SQLite returns an aggregate's time as text.
	err = s.db.GetContext(ctx, &st.OldestPending, `SELECT created_at FROM outbox
	WHERE status = 'pending' ORDER BY created_at LIMIT 1`)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("schema: oldest pending mail: %w", err)
	}
	return st, nil
}

// Counts is the size of the tables metrics report as totals.
type Counts struct {
	MessagesIn  int64 // mail read and stored (customers' and agents')
	MessagesOut int64 // mail we wrote
	Quarantined int64 // mail that could not be read or handled
}

// Counts counts stored messages by direction and the quarantine.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowxContext(ctx, `SELECT
	(SELECT COUNT(*) FROM messages WHERE direction = 'in'),
	(SELECT COUNT(*) FROM messages WHERE direction = 'out'),
	(SELECT COUNT(*) FROM quarantine)`).Scan(&c.MessagesIn, &c.MessagesOut, &c.Quarantined)
	if err != nil {
		return c, fmt.Errorf("schema: counts: %w", err)
	}
	return c, nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("schema: ping: %w", err)
	}
	return nil
}

// Ladder is how far the protocol's clocks went: breach and escalation
// events, and tickets by the highest ladder level they reached.
type Ladder struct {
	Breaches    int64
	Escalations int64
	ByLevel     map[int]int64 // escalation level (0: never escalated) → tickets
}

// LadderCounts counts breaches, escalations and tickets by level.
func (s *Store) LadderCounts(ctx context.Context) (Ladder, error) {
	l := Ladder{ByLevel: map[int]int64{}}
	err := s.db.QueryRowxContext(ctx, s.db.Rebind(`SELECT
	(SELECT COUNT(*) FROM events WHERE kind = ?),
	(SELECT COUNT(*) FROM events WHERE kind = ?)`), string(escalation.EventBreach), string(escalation.EventEscalated)).
		Scan(&l.Breaches, &l.Escalations)
	if err != nil {
		return l, fmt.Errorf("schema: ladder counts: %w", err)
	}
	var rows []struct {
		Level int   `db:"escalation_level"`
		N     int64 `db:"n"`
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT escalation_level, COUNT(*) AS n FROM tickets GROUP BY escalation_level`); err != nil {
		return l, fmt.Errorf("schema: tickets by level: %w", err)
	}
	for _, r := range rows {
		l.ByLevel[r.Level] = r.N
	}
	return l, nil
}

// LeaseHolder is who reads a mailbox now, and until when.
type LeaseHolder struct {
	Mailbox string    `db:"mailbox"`
	Holder  string    `db:"holder"`
	Until   time.Time `db:"until"`
}

// LeaseHolders lists the mailbox leases.
func (s *Store) LeaseHolders(ctx context.Context) ([]LeaseHolder, error) {
	var ls []LeaseHolder
	if err := s.db.SelectContext(ctx, &ls, `SELECT mailbox, holder, until FROM mailbox_leases ORDER BY mailbox`); err != nil {
		return nil, fmt.Errorf("schema: lease holders: %w", err)
	}
	return ls, nil
}
