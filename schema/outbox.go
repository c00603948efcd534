package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/jmoiron/sqlx"
)

// Outbox statuses.
const (
	OutboxPending = "pending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed"
)

// OutboxMail is one row of outbox: a mail decided and waiting for (or done
// with) delivery. Everything needed to build the mail is stored, so a
// retry sends the same bytes with the same Message-ID.
type OutboxMail struct {
	ID        int64               `db:"id"`
	TicketID  *int64              `db:"ticket_id"`
	Kind      escalation.MailKind `db:"kind"`
	MessageID string              `db:"message_id"` // without brackets
	FromAddr  string              `db:"from_addr"`
	FromName  string              `db:"from_name"`
	ToAddrs   string              `db:"to_addrs"` // comma-separated
	Subject   string              `db:"subject"`
	Body      string              `db:"body"`
	InReplyTo string              `db:"in_reply_to"` // without brackets
	Refs      string              `db:"refs"`        // space-separated, without brackets
	Headers   string              `db:"headers"`     // JSON object of extra headers
	// Digest is a team notice's entry in a digest of notices (migration
	// 10): what the team reads of it when notices pile up in a burst.
	Digest     string     `db:"digest"`
	Status     string     `db:"status"`
	Attempts   int        `db:"attempts"`
	LastError  string     `db:"last_error"`
	CreatedAt  time.Time  `db:"created_at"`
	DueAt      time.Time  `db:"due_at"`
	LeaseUntil *time.Time `db:"lease_until"`
	SentAt     *time.Time `db:"sent_at"`
	// Reclaimed: this claim found an earlier claim's lease run out with
	// no outcome recorded, so the mail may already have been accepted and
	// this delivery may duplicate it (README, invariant 2).
	Reclaimed bool `db:"reclaimed"`
}

// outboxColumns are the columns Enqueue writes, in the order of
// OutboxMail.args.
const outboxColumns = `ticket_id, kind, message_id, from_addr, from_name, to_addrs,
	subject, body, in_reply_to, refs, headers, status, created_at, due_at, digest`

const outboxColumnCount = 15

func (m *OutboxMail) args() []any {
	if m.Headers == "" {
		m.Headers = "{}"
	}
	if m.DueAt.IsZero() {
		m.DueAt = m.CreatedAt
	}
	return []any{m.TicketID, m.Kind, m.MessageID, m.FromAddr, m.FromName, m.ToAddrs, m.Subject, m.Body,
		m.InReplyTo, m.Refs, m.Headers, OutboxPending, ts(m.CreatedAt), ts(m.DueAt), m.Digest}
}

// Enqueue adds a mail to the outbox. A mail whose Message-ID is already
// queued is not queued again (deterministic IDs make decisions idempotent);
// queued reports whether this call added it.
func (x *Tx) Enqueue(ctx context.Context, m *OutboxMail) (queued bool, err error) {
	query := `INSERT INTO outbox (` + outboxColumns + `) VALUES (` + placeholders(outboxColumnCount) + `)
	ON CONFLICT (message_id) DO NOTHING RETURNING id`
	err = x.tx.GetContext(ctx, &m.ID, x.tx.Rebind(query), m.args()...)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("schema: enqueue %s: %w", m.MessageID, err)
	}
	x.outboxTo.queued(m)
	return true, nil
}

// EnqueueNew adds to the outbox a mail whose Message-ID cannot have been
// queued before (it names a ticket this transaction opened), with the
// transaction's deferred writes (store_later.go): m's ID is not known.
func (x *Tx) EnqueueNew(m *OutboxMail) {
	m.args() // the defaults
	x.later.outbox = append(x.later.outbox, *m)
	x.outboxTo.queued(m)
}

// ClaimOutbox leases up to limit due mails for delivery until now+lease.
// Acknowledgements go first: a claim takes only acknowledgements while
// any is due, and other mail only when none is, at most otherClaim of it:
// a claimed batch holds the connections it is sent over until it is
// done, so an acknowledgement committed meanwhile waits for a few
// notices at most, never for a batch of them (in a burst the desk
// commits acknowledgements and team notices together, and the
// acknowledgements are the customers').
// A mail whose lease ran out (its sender died) is claimed again, with
// Reclaimed set (SET reads the row's old lease). On
// PostgreSQL concurrent gateways skip each other's rows (SKIP LOCKED); on
// SQLite the single writer lock serialises claims.
func (s *Store) ClaimOutbox(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]OutboxMail, error) {
	return s.ClaimOutboxHolding(ctx, now, lease, limit, now)
}

// ClaimOutboxHolding is ClaimOutbox with mail other than
// acknowledgements claimed only when due by others (at the latest now):
// while the desk drains a backlog the team's notices wait, so that the
// mail server delivers the customers' acknowledgements first.
func (s *Store) ClaimOutboxHolding(ctx context.Context, now time.Time, lease time.Duration, limit int, others time.Time) ([]OutboxMail, error) {
	defer s.writes.hold()()
	ms, err := s.claim(ctx, now, now, lease, limit, ackOnly)
	if err != nil || len(ms) > 0 {
		return ms, err
	}
	if others.After(now) {
		others = now
	}
	return s.claim(ctx, now, others, lease, min(limit, otherClaim), "kind <> 'ack'")
}

// otherClaim is how many mails other than acknowledgements one claim
// takes at most: one for each of a few connections.
const otherClaim = 4

// ackOnly is the claim's condition for acknowledgements: a literal, so
// that the planners see the partial index outbox_ack_due_idx (migration
// 9) fits.
const ackOnly = "kind = 'ack'"

// NoticeDigestMax bounds the notices one digest lists (ClaimNotices):
// a larger pile goes as several digests.
const NoticeDigestMax = 500

// ClaimNotices leases up to limit pending team notices to the recipients
// to (an outbox row's to_addrs) that are due by now, oldest first, for
// delivery together in one digest (cmd/escalate): the claim took one of
// them, and while the desk drains a backlog the others wait for the
// acknowledgements (ClaimOutboxHolding) but need not wait longer than
// the one that goes. A notice held for quiet hours stays held, and one
// queued without its entry (before migration 10) goes on its own.
func (s *Store) ClaimNotices(ctx context.Context, now time.Time, lease time.Duration, to string, limit int) ([]OutboxMail, error) {
	defer s.writes.hold()()
	return s.claim(ctx, now, now, lease, limit, "kind = 'notice' AND digest <> '' AND to_addrs = ?", to)
}

// claim is ClaimOutbox of the mails that kinds (an SQL condition, with
// kindArgs for its placeholders) selects and that are due by due.
func (s *Store) claim(ctx context.Context, now, due time.Time, lease time.Duration, limit int, kinds string, kindArgs ...any) ([]OutboxMail, error) {
	lock, from := "", "outbox"
	switch {
	case s.dialect == Postgres:
		lock = " FOR UPDATE SKIP LOCKED"
	case kinds == ackOnly:
		// Without statistics SQLite prefers outbox_due_idx, which holds
		// the waiting notices too.
		from = "outbox INDEXED BY outbox_ack_due_idx"
	}
	query := `UPDATE outbox SET lease_until = ?, attempts = attempts + 1, reclaimed = (lease_until IS NOT NULL)
	WHERE id IN (SELECT id FROM ` + from + ` WHERE status = 'pending' AND ` + kinds + ` AND due_at <= ?
	  AND (lease_until IS NULL OR lease_until <= ?)
	  ORDER BY due_at, id LIMIT ?` + lock + `)
	RETURNING *`
	var ms []OutboxMail
	n := ts(now)
	args := append(append([]any{ts(now.Add(lease))}, kindArgs...), ts(due), n, limit)
	err := s.selectPrepared(ctx, &ms, s.db.Rebind(query), args...)
	if err != nil {
		return nil, fmt.Errorf("schema: claim outbox: %w", err)
	}
	return ms, nil
}

// RenewOutbox extends the lease of mails still being delivered to until,
// so that a short lease covers a slow delivery. A mail already settled is
// left alone.
func (s *Store) RenewOutbox(ctx context.Context, ids []int64, until time.Time) error {
	if len(ids) == 0 {
		return nil
	}
	return s.leasedIn(ctx, "renew", `UPDATE outbox SET lease_until = ?
	WHERE status = 'pending' AND lease_until IS NOT NULL AND id IN (?)`, ts(until), ids)
}

// HoldOutbox puts claimed mails back, due at until, as if they had not
// been claimed: the lease is released and the claim's attempt is not
// counted (the team's notices held while the team has had mail enough;
// desk.Outbox).
func (s *Store) HoldOutbox(ctx context.Context, ids []int64, until time.Time) error {
	if len(ids) == 0 {
		return nil
	}
	return s.leasedIn(ctx, "hold", `UPDATE outbox SET due_at = ?, lease_until = NULL, attempts = attempts - 1
	WHERE status = 'pending' AND lease_until IS NOT NULL AND id IN (?)`, ts(until), ids)
}

// leasedIn runs an update of the pending, leased outbox rows ids: query
// takes one value (at) and the ids for its IN (?).
func (s *Store) leasedIn(ctx context.Context, what, query string, at any, ids []int64) error {
	query, args, err := sqlx.In(query, at, ids)
	if err != nil {
		return fmt.Errorf("schema: %s outbox: %w", what, err)
	}
	if _, err := s.db.ExecContext(ctx, s.db.Rebind(query), args...); err != nil {
		return fmt.Errorf("schema: %s outbox: %w", what, err)
	}
	return nil
}

// MarkRetry records a failed attempt and when to try again.
func (s *Store) MarkRetry(ctx context.Context, id int64, next time.Time, reason string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE outbox SET due_at = ?, lease_until = NULL,
	last_error = ? WHERE id = ?`), ts(next), reason, id)
	if err != nil {
		return fmt.Errorf("schema: mark retry %d: %w", id, err)
	}
	return nil
}

// MarkFailed records a mail that will not be delivered.
func (s *Store) MarkFailed(ctx context.Context, id int64, reason string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE outbox SET status = 'failed', lease_until = NULL,
	last_error = ? WHERE id = ?`), reason, id)
	if err != nil {
		return fmt.Errorf("schema: mark failed %d: %w", id, err)
	}
	return nil
}

// NextOutboxDue returns when the next pending mail is due (or its lease
// ends); ok is false when nothing is pending.
func (s *Store) NextOutboxDue(ctx context.Context) (due time.Time, ok bool, err error) {
	var mails []OutboxMail
	err = s.db.SelectContext(ctx, &mails, `SELECT * FROM outbox WHERE status = 'pending'
	ORDER BY due_at, id LIMIT 1`)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("schema: next outbox due: %w", err)
	}
	if len(mails) == 0 {
		return time.Time{}, false, nil
	}
	due = mails[0].DueAt
	if l := mails[0].LeaseUntil; l != nil && l.After(due) {
		due = *l
	}
	return due, true, nil
}

// Outbox lists outbox rows of a ticket (0: all), oldest first.
func (s *Store) Outbox(ctx context.Context, ticketID int64) ([]OutboxMail, error) {
	var ms []OutboxMail
	err := s.db.SelectContext(ctx, &ms, s.db.Rebind(`SELECT * FROM outbox
	WHERE (? = 0 OR ticket_id = ?) ORDER BY id`), ticketID, ticketID)
	if err != nil {
		return nil, fmt.Errorf("schema: outbox: %w", err)
	}
	return ms, nil
}

// ExpediteRetries makes every pending mail that is waiting out a retry
// back-off due at now (a retried mail just went through: the server is
// back); leased mail is left to its deliverer. It returns how many.
func (s *Store) ExpediteRetries(ctx context.Context, now time.Time) (int, error) {
	n := ts(now)
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE outbox SET due_at = ?
	WHERE status = 'pending' AND last_error <> '' AND due_at > ? AND (lease_until IS NULL OR lease_until <= ?)`), n, n, n)
	if err != nil {
		return 0, fmt.Errorf("schema: expedite retries: %w", err)
	}
	k, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("schema: expedite retries: %w", err)
	}
	return int(k), nil
}
