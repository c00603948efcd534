package schema

import (
	"context"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/jmoiron/sqlx"
)

// The per-sender rate limit reads, for each new mail, how much mail of a
// kind went to its sender in the last hour (CountOutboxTo): a statement
// a mail. A batch reads it for all its senders at once (ReadOutboxTo);
// the transaction's own Enqueues are added as they are made, so that a
// count answered from memory is the one the statement would give.

type outboxKey struct {
	to   string
	kind escalation.MailKind
}

// outboxTo is what ReadOutboxTo read, and what the transaction queued
// since.
type outboxTo struct {
	since time.Time
	addrs map[string]bool
	kinds map[escalation.MailKind]bool
	at    map[outboxKey][]time.Time // created_at of each mail
}

// ReadOutboxTo reads the mail of kinds queued to addrs since a time, so
// that CountOutboxTo for one of them, for one of the kinds and a time
// not before since, answers without a statement.
func (x *Tx) ReadOutboxTo(ctx context.Context, addrs []string, kinds []escalation.MailKind, since time.Time) error {
	if len(addrs) == 0 || len(kinds) == 0 {
		return nil
	}
	o := &outboxTo{since: ts(since), addrs: map[string]bool{}, kinds: map[escalation.MailKind]bool{},
		at: map[outboxKey][]time.Time{}}
	var low []string
	for _, a := range addrs {
		if a = lower(a); !o.addrs[a] {
			o.addrs[a] = true
			low = append(low, a)
		}
	}
	var ks []string
	for _, k := range kinds {
		o.kinds[k] = true
		ks = append(ks, string(k))
	}
	query, args, err := sqlx.In(`SELECT to_addrs, kind, created_at FROM outbox
	WHERE to_addrs IN (?) AND kind IN (?) AND created_at >= ?`, low, ks, o.since)
	if err != nil {
		return fmt.Errorf("schema: read outbox: %w", err)
	}
	var rows []struct {
		To        string              `db:"to_addrs"`
		Kind      escalation.MailKind `db:"kind"`
		CreatedAt time.Time           `db:"created_at"`
	}
	if err := x.tx.SelectContext(ctx, &rows, x.tx.Rebind(query), args...); err != nil {
		return fmt.Errorf("schema: read outbox: %w", err)
	}
	for _, r := range rows {
		k := outboxKey{r.To, r.Kind}
		o.at[k] = append(o.at[k], r.CreatedAt)
	}
	x.outboxTo = o
	return nil
}

// count answers CountOutboxTo from memory; ok is false when what was
// read does not cover the question.
func (o *outboxTo) count(addr string, kind escalation.MailKind, since time.Time) (n int, ok bool) {
	since = ts(since)
	if o == nil || !o.addrs[addr] || !o.kinds[kind] || since.Before(o.since) {
		return 0, false
	}
	for _, at := range o.at[outboxKey{addr, kind}] {
		if !at.Before(since) {
			n++
		}
	}
	return n, true
}

// queued adds a mail the transaction queued.
func (o *outboxTo) queued(m *OutboxMail) {
	if o != nil {
		k := outboxKey{m.ToAddrs, m.Kind}
		o.at[k] = append(o.at[k], ts(m.CreatedAt))
	}
}
