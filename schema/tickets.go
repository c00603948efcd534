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

// Ticket is one row of tickets.
type Ticket struct {
	ID              int64             `db:"id"`
	Subject         string            `db:"subject"`
	CustomerAddr    string            `db:"customer_addr"`
	CustomerName    string            `db:"customer_name"`
	Mailbox         string            `db:"mailbox"`
	Severity        int               `db:"severity"`
	AutoSeverity    int               `db:"auto_severity"`
	Status          escalation.Status `db:"status"`
	Policy          string            `db:"policy"` // JSON of escalation.Policy
	Score           float64           `db:"score"`
	Confidence      float64           `db:"confidence"`
	Evidence        string            `db:"evidence"` // JSON array of classify.Evidence
	ThreadRoot      string            `db:"thread_root"`
	ParentID        *int64            `db:"parent_id"`
	Assignee        string            `db:"assignee"`
	RootCause       string            `db:"root_cause"`
	PostmortemDone  bool              `db:"postmortem_done"`
	Waiting         bool              `db:"waiting"`
	Resolution      string            `db:"resolution"`
	CallAt          string            `db:"call_at"`
	LastUpdateAt    *time.Time        `db:"last_update_at"`
	EscalationLevel int               `db:"escalation_level"`
	OpenedAt        time.Time         `db:"opened_at"`
	AckDueAt        time.Time         `db:"ack_due_at"`
	AckedAt         *time.Time        `db:"acked_at"`
	FirstResponseAt *time.Time        `db:"first_response_at"`
	NextUpdateDueAt *time.Time        `db:"next_update_due_at"`
	EscalationDueAt *time.Time        `db:"escalation_due_at"`
	ResolvedAt      *time.Time        `db:"resolved_at"`
	MonitorUntil    *time.Time        `db:"monitor_until"`
	UpdatedAt       time.Time         `db:"updated_at"`

	// The clocks (schema/clocks.go).
	EscalationStep     int        `db:"escalation_step"`
	Notified           string     `db:"notified"` // JSON array of role keys
	AgentAckAt         *time.Time `db:"agent_ack_at"`
	AgentAckBy         string     `db:"agent_ack_by"`
	AckBreached        bool       `db:"ack_breached"`
	RemindedDueAt      *time.Time `db:"reminded_due_at"`
	EscalationClock    string     `db:"escalation_clock"`
	PostmortemDraftFor *time.Time `db:"postmortem_draft_for"`
	// DueAt is when the clock loop next looks at the ticket; nil: never.
	DueAt *time.Time `db:"due_at"`

	// Incidents (schema/incidents.go).
	Incident   bool   `db:"incident"`
	IncidentID *int64 `db:"incident_id"`
}

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("schema: not found")

func pt(t *time.Time) sql.NullTime {
	if t == nil {
		return sql.NullTime{}
	}
	return nts(*t)
}

// ticketColumns are the columns CreateTicket and UpdateTicket write, in
// the order of ticketArgs.
const ticketColumns = `subject, customer_addr, customer_name, mailbox, severity, auto_severity, status,
	policy, score, confidence, evidence, thread_root, parent_id, assignee, root_cause, postmortem_done,
	waiting, resolution, call_at, escalation_level, opened_at, ack_due_at, acked_at, first_response_at,
	last_update_at, next_update_due_at, escalation_due_at, resolved_at, monitor_until, updated_at,
	escalation_step, notified, agent_ack_at, agent_ack_by, ack_breached, reminded_due_at, escalation_clock,
	postmortem_draft_for, due_at, incident, incident_id`

// ticketColumnCount counts ticketColumns.
var ticketColumnCount = strings.Count(ticketColumns, ",") + 1

func (t *Ticket) args() []any {
	if t.Evidence == "" {
		t.Evidence = "[]"
	}
	if t.Policy == "" {
		t.Policy = "{}"
	}
	if t.Notified == "" {
		t.Notified = "[]"
	}
	return []any{t.Subject, t.CustomerAddr, t.CustomerName, t.Mailbox, t.Severity, t.AutoSeverity, t.Status,
		t.Policy, t.Score, t.Confidence, t.Evidence, t.ThreadRoot, t.ParentID, t.Assignee, t.RootCause,
		t.PostmortemDone, t.Waiting, t.Resolution, t.CallAt, t.EscalationLevel, ts(t.OpenedAt), ts(t.AckDueAt),
		pt(t.AckedAt), pt(t.FirstResponseAt), pt(t.LastUpdateAt), pt(t.NextUpdateDueAt), pt(t.EscalationDueAt),
		pt(t.ResolvedAt), pt(t.MonitorUntil), ts(t.UpdatedAt),
		t.EscalationStep, t.Notified, pt(t.AgentAckAt), t.AgentAckBy, t.AckBreached, pt(t.RemindedDueAt),
		t.EscalationClock, pt(t.PostmortemDraftFor), pt(t.DueAt), t.Incident, t.IncidentID}
}

// CreateTicket inserts t and sets t.ID. With IDs reserved
// (ReserveTicketIDs) it takes the next one and the INSERT is a deferred
// write (store_later.go).
func (x *Tx) CreateTicket(ctx context.Context, t *Ticket) error {
	if t.Status == "" {
		t.Status = escalation.Open
	}
	if t.UpdatedAt.IsZero() {
		t.UpdatedAt = t.OpenedAt
	}
	if len(x.ticketIDs) > 0 {
		t.ID, x.ticketIDs = x.ticketIDs[0], x.ticketIDs[1:]
		t.args() // the defaults
		x.later.tickets = append(x.later.tickets, *t)
		return nil
	}
	query := `INSERT INTO tickets (` + ticketColumns + `) VALUES (` + placeholders(ticketColumnCount) + `) RETURNING id`
	if err := x.tx.GetContext(ctx, &t.ID, x.tx.Rebind(query), t.args()...); err != nil {
		return fmt.Errorf("schema: create ticket: %w", err)
	}
	return nil
}

// ReserveTicketIDs takes n ticket IDs from PostgreSQL's sequence in one
// statement, for the tickets this transaction is about to open: each
// INSERT was a round trip of its own for the ID it returned. An ID left
// unused is a gap in the numbers, as a rolled-back INSERT leaves one. On
// SQLite, where a statement is no round trip, it does nothing.
func (x *Tx) ReserveTicketIDs(ctx context.Context, n int) error {
	if x.dialect != Postgres || n <= 0 {
		return nil
	}
	var ids []int64
	err := x.tx.SelectContext(ctx, &ids, `SELECT nextval(pg_get_serial_sequence('tickets', 'id'))
	FROM generate_series(1, $1) ORDER BY 1`, n)
	if err != nil {
		return fmt.Errorf("schema: reserve ticket IDs: %w", err)
	}
	x.ticketIDs = append(x.ticketIDs, ids...)
	return nil
}

// UpdateTicket writes every mutable column of t.
func (x *Tx) UpdateTicket(ctx context.Context, t *Ticket) error {
	sets := strings.Split(strings.Join(strings.Fields(ticketColumns), ""), ",")
	for i, c := range sets {
		sets[i] += " = ?"
		if c == "acked_at" {
			// The deliverer owns it (MarkSentAll); never clear it.
			sets[i] = "acked_at = COALESCE(acked_at, ?)"
		}
	}
	query := `UPDATE tickets SET ` + strings.Join(sets, ", ") + ` WHERE id = ?`
	res, err := x.tx.ExecContext(ctx, x.tx.Rebind(query), append(t.args(), t.ID)...)
	if err != nil {
		return fmt.Errorf("schema: update ticket %d: %w", t.ID, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("schema: update ticket %d: %w", t.ID, ErrNotFound)
	}
	return nil
}

// TicketForUpdate reads one ticket inside x, locking its row on
// PostgreSQL so that concurrent decisions on one ticket serialise (SQLite
// holds the database's write lock for the whole transaction anyway).
//
// On PostgreSQL the row is locked after the incident's lock (lockIncident):
// a decision on an incident locks its linked tickets after it, and one on
// a linked ticket its incident after the ticket, so two such decisions at
// once would each hold the row the other waits for. With the incident's
// lock taken first by both, the second waits before it locks anything.
func (x *Tx) TicketForUpdate(ctx context.Context, id int64) (*Ticket, error) {
	query := `SELECT * FROM tickets WHERE id = ?`
	var incident int64
	if x.dialect == Postgres {
		query += ` FOR UPDATE`
		var err error
		if incident, err = x.lockIncident(ctx, id); err != nil {
			return nil, err
		}
	}
	var t Ticket
	err := x.tx.GetContext(ctx, &t, x.tx.Rebind(query), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("ticket %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("schema: ticket %d: %w", id, err)
	}
	if x.dialect == Postgres && t.IncidentID != nil && *t.IncidentID != incident {
		// Linked meanwhile (between the lock and the row): the new
		// incident's lock too, late; the next decision takes it first.
		if _, err := x.tx.ExecContext(ctx, `SELECT `+incidentLock("$1::bigint"), *t.IncidentID); err != nil {
			return nil, fmt.Errorf("schema: lock incident %d of ticket %d: %w", *t.IncidentID, id, err)
		}
	}
	return &t, nil
}

// lockIncident takes, for the rest of the transaction, the advisory lock
// of ticket id's incident, its own when it is linked to none, and returns
// the incident's ID.
func (x *Tx) lockIncident(ctx context.Context, id int64) (int64, error) {
	var incident []int64
	err := x.tx.SelectContext(ctx, &incident, `SELECT k FROM (SELECT COALESCE(incident_id, id) AS k
	FROM tickets WHERE id = $1) f, LATERAL (SELECT `+incidentLock("k")+`) l`, id)
	if err != nil {
		return 0, fmt.Errorf("schema: lock incident of ticket %d: %w", id, err)
	}
	if len(incident) == 0 || incident[0] == id {
		return 0, nil
	}
	return incident[0], nil
}

// incidentLock is the call taking the advisory lock of the incident whose
// ID is the SQL expression id, in a key space of the schema's own (the
// tests' schemas share a database).
func incidentLock(id string) string {
	return `pg_advisory_xact_lock((hashtext(current_schema())::bigint << 32) | (` + id + ` & 4294967295))`
}

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

// Ticket reads one ticket.
func (x *Tx) Ticket(ctx context.Context, id int64) (*Ticket, error) { return ticket(ctx, x.tx, id) }

// Ticket reads one ticket.
func (s *Store) Ticket(ctx context.Context, id int64) (*Ticket, error) { return ticket(ctx, s.db, id) }

func ticket(ctx context.Context, db q, id int64) (*Ticket, error) {
	var t Ticket
	err := db.GetContext(ctx, &t, db.Rebind(`SELECT * FROM tickets WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("ticket %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("schema: ticket %d: %w", id, err)
	}
	return &t, nil
}

// MarkAcknowledged records when the acknowledgement was queued, once.
func (x *Tx) MarkAcknowledged(ctx context.Context, id int64, at time.Time) error {
	_, err := x.tx.ExecContext(ctx, x.tx.Rebind(`UPDATE tickets SET acked_at = ?, updated_at = ?
	WHERE id = ? AND acked_at IS NULL`), ts(at), ts(at), id)
	if err != nil {
		return fmt.Errorf("schema: ack ticket %d: %w", id, err)
	}
	return nil
}

// TicketFilter selects tickets for listing.
type TicketFilter struct {
	Status   escalation.Status // "" for all
	Severity int               // 0 for all
	Limit    int               // 0 for 100
}

// Tickets lists tickets, newest first.
func (s *Store) Tickets(ctx context.Context, f TicketFilter) ([]Ticket, error) {
	if f.Limit <= 0 {
		f.Limit = 100
	}
	var ts []Ticket
	err := s.db.SelectContext(ctx, &ts, s.db.Rebind(`SELECT * FROM tickets
	WHERE (? = '' OR status = ?) AND (? = 0 OR severity = ?)
	ORDER BY id DESC LIMIT ?`), f.Status, f.Status, f.Severity, f.Severity, f.Limit)
	if err != nil {
		return nil, fmt.Errorf("schema: list tickets: %w", err)
	}
	return ts, nil
}

// AddParticipant records addr as a participant of a ticket (idempotent).
// It is a deferred write (store_later.go): an error is reported by a
// later statement of the transaction or its commit.
func (x *Tx) AddParticipant(ctx context.Context, ticketID int64, addr, role string) error {
	x.later.participants = append(x.later.participants, participantRow{ticketID: ticketID, addr: lower(addr), role: role})
	return nil
}

// IsParticipant reports whether addr already took part in a ticket.
func (x *Tx) IsParticipant(ctx context.Context, ticketID int64, addr string) (bool, error) {
	var n int
	err := x.tx.GetContext(ctx, &n, x.tx.Rebind(`SELECT COUNT(*) FROM participants
	WHERE ticket_id = ? AND addr = ?`), ticketID, lower(addr))
	if err != nil {
		return false, fmt.Errorf("schema: participant: %w", err)
	}
	return n > 0, nil
}

// Event is one row of events: a state change of a ticket.
type Event struct {
	ID       int64                `db:"id"`
	TicketID int64                `db:"ticket_id"`
	At       time.Time            `db:"at"`
	Kind     escalation.EventKind `db:"kind"`
	Actor    string               `db:"actor"`
	Detail   string               `db:"detail"` // JSON object
}

// AddEvent appends an event. It is a deferred write (store_later.go):
// an error is reported by a later statement of the transaction or its
// commit.
func (x *Tx) AddEvent(ctx context.Context, e Event) error {
	if e.Detail == "" {
		e.Detail = "{}"
	}
	x.later.events = append(x.later.events, e)
	return nil
}

// Events lists a ticket's events in order.
func (s *Store) Events(ctx context.Context, ticketID int64) ([]Event, error) {
	var es []Event
	err := s.db.SelectContext(ctx, &es, s.db.Rebind(`SELECT * FROM events WHERE ticket_id = ? ORDER BY at, id`), ticketID)
	if err != nil {
		return nil, fmt.Errorf("schema: events: %w", err)
	}
	return es, nil
}

// SeverityCount is the number of open and resolved tickets of a severity.
type SeverityCount struct {
	Severity int `db:"severity"`
	Open     int `db:"open"`
	Resolved int `db:"resolved"`
}

// CountBySeverity counts tickets by severity, P1 first; every severity is
// present even with no ticket.
func (s *Store) CountBySeverity(ctx context.Context) ([]SeverityCount, error) {
	var rows []SeverityCount
	err := s.db.SelectContext(ctx, &rows, `SELECT severity,
	SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END) AS open,
	SUM(CASE WHEN status <> 'open' THEN 1 ELSE 0 END) AS resolved
	FROM tickets GROUP BY severity`)
	if err != nil {
		return nil, fmt.Errorf("schema: count by severity: %w", err)
	}
	out := make([]SeverityCount, 4)
	for i := range out {
		out[i].Severity = i + 1
	}
	for _, r := range rows {
		if r.Severity >= 1 && r.Severity <= 4 {
			out[r.Severity-1] = r
		}
	}
	return out, nil
}

// CountOutboxTo counts mail of kind queued to addr since a time: the
// per-sender rate limit on automatic mail (README, invariant 3).
func (x *Tx) CountOutboxTo(ctx context.Context, addr string, kind escalation.MailKind, since time.Time) (int, error) {
	if n, ok := x.outboxTo.count(lower(addr), kind, since); ok {
		return n, nil
	}
	var n int
	err := x.tx.GetContext(ctx, &n, x.tx.Rebind(`SELECT COUNT(*) FROM outbox
	WHERE to_addrs = ? AND kind = ? AND created_at >= ?`), lower(addr), string(kind), ts(since))
	if err != nil {
		return 0, fmt.Errorf("schema: count outbox: %w", err)
	}
	return n, nil
}

// EventKinds reports which kinds of event a ticket has.
func (x *Tx) EventKinds(ctx context.Context, ticketID int64) (map[escalation.EventKind]bool, error) {
	return eventKinds(ctx, x.tx, ticketID)
}

// EventKinds reports which kinds of event a ticket has.
func (s *Store) EventKinds(ctx context.Context, ticketID int64) (map[escalation.EventKind]bool, error) {
	return eventKinds(ctx, s.db, ticketID)
}

func eventKinds(ctx context.Context, db q, ticketID int64) (map[escalation.EventKind]bool, error) {
	var kinds []escalation.EventKind
	err := db.SelectContext(ctx, &kinds, db.Rebind(`SELECT DISTINCT kind FROM events WHERE ticket_id = ?`), ticketID)
	if err != nil {
		return nil, fmt.Errorf("schema: event kinds: %w", err)
	}
	m := make(map[escalation.EventKind]bool, len(kinds))
	for _, k := range kinds {
		m[k] = true
	}
	return m, nil
}

// Stored returns t as the database gives it back: its times in UTC to
// the microsecond.
func (t Ticket) Stored() Ticket {
	at := func(p *time.Time) *time.Time {
		if p == nil {
			return nil
		}
		v := ts(*p)
		return &v
	}
	t.OpenedAt, t.AckDueAt, t.UpdatedAt = ts(t.OpenedAt), ts(t.AckDueAt), ts(t.UpdatedAt)
	t.LastUpdateAt, t.AckedAt, t.FirstResponseAt = at(t.LastUpdateAt), at(t.AckedAt), at(t.FirstResponseAt)
	t.NextUpdateDueAt, t.EscalationDueAt, t.ResolvedAt = at(t.NextUpdateDueAt), at(t.EscalationDueAt), at(t.ResolvedAt)
	t.MonitorUntil, t.AgentAckAt, t.RemindedDueAt = at(t.MonitorUntil), at(t.AgentAckAt), at(t.RemindedDueAt)
	t.PostmortemDraftFor, t.DueAt = at(t.PostmortemDraftFor), at(t.DueAt)
	return t
}
