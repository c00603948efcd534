package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Cursor is how far a mailbox has been read: every UID up to LastUID under
// UIDValidity is stored (as a message or in quarantine).
type Cursor struct {
	Mailbox     string `db:"mailbox"`
	UIDValidity uint32 `db:"uidvalidity"`
	LastUID     uint32 `db:"last_uid"`
}

// Cursor reads a mailbox cursor; a mailbox never read has the zero Cursor.
func (s *Store) Cursor(ctx context.Context, mailbox string) (Cursor, error) {
	var c struct {
		UIDValidity int64 `db:"uidvalidity"`
		LastUID     int64 `db:"last_uid"`
	}
	err := s.db.GetContext(ctx, &c, s.db.Rebind(`SELECT uidvalidity, last_uid FROM mailbox_cursors WHERE mailbox = ?`), mailbox)
	if errors.Is(err, sql.ErrNoRows) {
		return Cursor{Mailbox: mailbox}, nil
	}
	if err != nil {
		return Cursor{}, fmt.Errorf("schema: cursor %s: %w", mailbox, err)
	}
	return Cursor{Mailbox: mailbox, UIDValidity: uint32(c.UIDValidity), LastUID: uint32(c.LastUID)}, nil
}

// AdvanceCursor moves a mailbox cursor forward to uid (never backwards
// under the same UIDVALIDITY); a new UIDVALIDITY replaces the cursor.
func (x *Tx) AdvanceCursor(ctx context.Context, c Cursor, at time.Time) error {
	const query = `INSERT INTO mailbox_cursors (mailbox, uidvalidity, last_uid, updated_at)
	VALUES (?, ?, ?, ?)
	ON CONFLICT (mailbox) DO UPDATE SET
	  last_uid = CASE WHEN mailbox_cursors.uidvalidity = excluded.uidvalidity
	                  AND mailbox_cursors.last_uid > excluded.last_uid
	             THEN mailbox_cursors.last_uid ELSE excluded.last_uid END,
	  uidvalidity = excluded.uidvalidity, updated_at = excluded.updated_at`
	_, err := x.tx.ExecContext(ctx, x.tx.Rebind(query), c.Mailbox, int64(c.UIDValidity), int64(c.LastUID), ts(at))
	if err != nil {
		return fmt.Errorf("schema: advance cursor %s: %w", c.Mailbox, err)
	}
	return nil
}

// Quarantined is a mail that could not be read or parsed.
type Quarantined struct {
	ID          int64     `db:"id"`
	Mailbox     string    `db:"mailbox"`
	UIDValidity int64     `db:"uidvalidity"`
	UID         int64     `db:"uid"`
	Reason      string    `db:"reason"`
	Raw         []byte    `db:"raw"`
	RawSize     int64     `db:"raw_size"`
	At          time.Time `db:"at"`
}

// Quarantine stores a mail that could not be processed (idempotent per
// mailbox position).
func (x *Tx) Quarantine(ctx context.Context, q Quarantined) error {
	_, err := x.tx.ExecContext(ctx, x.tx.Rebind(`INSERT INTO quarantine (mailbox, uidvalidity, uid, reason, raw, raw_size, at)
	VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (mailbox, uidvalidity, uid) DO NOTHING`),
		q.Mailbox, q.UIDValidity, q.UID, q.Reason, q.Raw, q.RawSize, ts(q.At))
	if err != nil {
		return fmt.Errorf("schema: quarantine uid %d: %w", q.UID, err)
	}
	return nil
}

// QuarantineList lists quarantined mail, newest first, without raw bytes.
func (s *Store) QuarantineList(ctx context.Context, limit int) ([]Quarantined, error) {
	if limit <= 0 {
		limit = 100
	}
	var qs []Quarantined
	err := s.db.SelectContext(ctx, &qs, s.db.Rebind(`SELECT id, mailbox, uidvalidity, uid, reason, raw_size, at
	FROM quarantine ORDER BY id DESC LIMIT ?`), limit)
	if err != nil {
		return nil, fmt.Errorf("schema: quarantine list: %w", err)
	}
	return qs, nil
}
