package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// MailboxLeases are the mailbox leases of one gateway instance (holder):
// one poller per mailbox among instances sharing the database (README,
// invariant 8). It satisfies intake.Lease.
type MailboxLeases struct {
	s      *Store
	holder string
	// Gone, when set, reports a holder known to be dead (a process of
	// this host that no longer runs): its lease is taken at once instead
	// of running out, so a restarted instance reads again without delay.
	Gone func(holder string) bool
}

// MailboxLeases returns the leases held as holder, a name unique to this
// instance (host, process, start).
func (s *Store) MailboxLeases(holder string) *MailboxLeases {
	return &MailboxLeases{s: s, holder: holder}
}

// Acquire takes mailbox's lease until now+ttl when it is free, expired or
// already ours (a renewal); held is false when another holder's lease
// still runs. One statement, so two instances racing for a free lease
// cannot both win: the loser's conflicting INSERT turns into an UPDATE
// whose WHERE fails, and RETURNING yields no row.
func (l *MailboxLeases) Acquire(ctx context.Context, mailbox string, now time.Time, ttl time.Duration) (held bool, err error) {
	const query = `INSERT INTO mailbox_leases (mailbox, holder, until) VALUES (?, ?, ?)
	ON CONFLICT (mailbox) DO UPDATE SET holder = excluded.holder, until = excluded.until
	WHERE mailbox_leases.holder = excluded.holder OR mailbox_leases.until <= ?
	RETURNING holder`
	var got string
	err = l.s.db.GetContext(ctx, &got, l.s.db.Rebind(query), mailbox, l.holder, ts(now.Add(ttl)), ts(now))
	if errors.Is(err, sql.ErrNoRows) {
		return l.takeFromGone(ctx, mailbox, now, ttl)
	}
	if err != nil {
		return false, fmt.Errorf("schema: acquire lease on %s: %w", mailbox, err)
	}
	return got == l.holder, nil
}

// takeFromGone takes mailbox's lease from a holder that Gone says is
// dead; the UPDATE names that holder, so a live instance that took the
// lease meanwhile keeps it.
func (l *MailboxLeases) takeFromGone(ctx context.Context, mailbox string, now time.Time, ttl time.Duration) (bool, error) {
	if l.Gone == nil {
		return false, nil
	}
	var holder string
	err := l.s.db.GetContext(ctx, &holder, l.s.db.Rebind(`SELECT holder FROM mailbox_leases WHERE mailbox = ?`), mailbox)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !l.Gone(holder)) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("schema: acquire lease on %s: %w", mailbox, err)
	}
	res, err := l.s.db.ExecContext(ctx, l.s.db.Rebind(`UPDATE mailbox_leases SET holder = ?, until = ?
	WHERE mailbox = ? AND holder = ?`), l.holder, ts(now.Add(ttl)), mailbox, holder)
	if err != nil {
		return false, fmt.Errorf("schema: take lease on %s from %s: %w", mailbox, holder, err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Release gives mailbox's lease up if this holder has it.
func (l *MailboxLeases) Release(ctx context.Context, mailbox string) error {
	_, err := l.s.db.ExecContext(ctx, l.s.db.Rebind(`DELETE FROM mailbox_leases WHERE mailbox = ? AND holder = ?`),
		mailbox, l.holder)
	if err != nil {
		return fmt.Errorf("schema: release lease on %s: %w", mailbox, err)
	}
	return nil
}
