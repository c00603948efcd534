package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Message is one row of messages: a mail in or out of the gateway.
type Message struct {
	ID          int64     `db:"id"`
	TicketID    *int64    `db:"ticket_id"`
	Direction   string    `db:"direction"` // "in" or "out"
	MessageID   string    `db:"message_id"`
	InReplyTo   string    `db:"in_reply_to"` // space-separated, no brackets
	Refs        string    `db:"refs"`        // space-separated, no brackets
	FromAddr    string    `db:"from_addr"`
	FromName    string    `db:"from_name"`
	ToAddrs     string    `db:"to_addrs"` // comma-separated
	Subject     string    `db:"subject"`
	Body        string    `db:"body"` // visible text
	AutoKind    string    `db:"auto_kind"`
	Warnings    string    `db:"warnings"` // newline-separated
	Mailbox     *string   `db:"mailbox"`
	UIDValidity *int64    `db:"uidvalidity"`
	UID         *int64    `db:"uid"`
	Raw         []byte    `db:"raw"`
	RawSize     int64     `db:"raw_size"`
	ReceivedAt  time.Time `db:"received_at"`
}

// messageColumns are the columns InsertMessage writes, in the order of
// Message.args.
const messageColumns = `ticket_id, direction, message_id, in_reply_to, refs,
	from_addr, from_name, to_addrs, subject, body, auto_kind, warnings, mailbox, uidvalidity, uid,
	raw, raw_size, received_at`

const messageColumnCount = 18

func (m *Message) args() []any {
	return []any{m.TicketID, m.Direction, m.MessageID, m.InReplyTo, m.Refs, m.FromAddr, m.FromName, m.ToAddrs,
		m.Subject, m.Body, m.AutoKind, m.Warnings, m.Mailbox, m.UIDValidity, m.UID, m.Raw, m.RawSize, ts(m.ReceivedAt)}
}

// InsertMessage stores m unless a message with the same Message-ID or the
// same mailbox position is already stored; inserted reports which. This is
// what makes re-reading a mailbox harmless.
func (x *Tx) InsertMessage(ctx context.Context, m *Message) (inserted bool, err error) {
	query := `INSERT INTO messages (` + messageColumns + `) VALUES (` + placeholders(messageColumnCount) + `)
	ON CONFLICT DO NOTHING RETURNING id`
	err = x.tx.GetContext(ctx, &m.ID, x.tx.Rebind(query), m.args()...)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("schema: insert message %s: %w", m.MessageID, err)
	}
	return true, nil
}

// InsertMessages is InsertMessage for several mails of one mailbox in
// one statement, each with its mailbox position: inserted[i] reports
// whether ms[i] was stored (and its ID set). Of two mails with one
// Message-ID the first is stored, as one InsertMessage after another
// would.
func (x *Tx) InsertMessages(ctx context.Context, ms []*Message) (inserted []bool, err error) {
	inserted = make([]bool, len(ms))
	type pos struct {
		mailbox     string
		uidvalidity int64
		uid         int64
	}
	at := map[pos]int{}
	for i, m := range ms {
		if m.Mailbox == nil || m.UIDValidity == nil || m.UID == nil {
			return nil, fmt.Errorf("schema: insert messages: message %s has no mailbox position", m.MessageID)
		}
		at[pos{*m.Mailbox, *m.UIDValidity, *m.UID}] = i
	}
	for _, c := range chunks(len(ms)) {
		args := make([]any, 0, messageColumnCount*(c.to-c.from))
		for _, m := range ms[c.from:c.to] {
			args = append(args, m.args()...)
		}
		var got []struct {
			ID          int64  `db:"id"`
			Mailbox     string `db:"mailbox"`
			UIDValidity int64  `db:"uidvalidity"`
			UID         int64  `db:"uid"`
		}
		query := `INSERT INTO messages (` + messageColumns + `) VALUES ` + rows(c.to-c.from, messageColumnCount) + `
		ON CONFLICT DO NOTHING RETURNING id, mailbox, uidvalidity, uid`
		if err := x.tx.SelectContext(ctx, &got, x.tx.Rebind(query), args...); err != nil {
			return nil, fmt.Errorf("schema: insert messages: %w", err)
		}
		for _, g := range got {
			i, ok := at[pos{g.Mailbox, g.UIDValidity, g.UID}]
			if !ok {
				return nil, fmt.Errorf("schema: insert messages: stored %s/%d/%d, which was not asked for", g.Mailbox, g.UIDValidity, g.UID)
			}
			ms[i].ID, inserted[i] = g.ID, true
		}
	}
	return inserted, nil
}

// RecordMessage stores m, as InsertMessage does, with the transaction's
// deferred writes (store_later.go): m's ID is not known, and a message
// with the same Message-ID already stored is left alone.
func (x *Tx) RecordMessage(m *Message) {
	x.later.messages = append(x.later.messages, *m)
}

// SetMessageTicket links a stored message to its ticket.
// It is a deferred write (store_later.go): an error is reported by a
// later statement of the transaction or its commit.
func (x *Tx) SetMessageTicket(ctx context.Context, messageRow, ticketID int64) error {
	x.later.links = append(x.later.links, messageLink{message: messageRow, ticket: ticketID})
	return nil
}

// TicketByMessageIDs returns the ticket of the first of ids (in the given
// order) that is a stored message linked to a ticket.
func (x *Tx) TicketByMessageIDs(ctx context.Context, ids []string) (int64, bool, error) {
	for _, id := range ids {
		var tid sql.NullInt64
		err := x.tx.GetContext(ctx, &tid, x.tx.Rebind(`SELECT ticket_id FROM messages WHERE message_id = ?`), id)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && !tid.Valid) {
			continue
		}
		if err != nil {
			return 0, false, fmt.Errorf("schema: thread lookup: %w", err)
		}
		return tid.Int64, true, nil
	}
	return 0, false, nil
}

// SetAside lists the incoming mail read as automatic (an out-of-office,
// a bounce, a list, a report) that joined no ticket, newest first,
// without raw bytes: what the gateway stored and answered no one for.
// A person whose words a machine relayed (a contact form, a chat or SMS
// gateway, a review site) and whose mail was taken for the machine's is
// here, and nowhere an agent otherwise looks.
func (s *Store) SetAside(ctx context.Context, limit int) ([]Message, error) {
	if limit <= 0 {
		limit = 100
	}
	var ms []Message
	err := s.db.SelectContext(ctx, &ms, s.db.Rebind(`SELECT id, direction, message_id, from_addr, from_name, to_addrs,
	subject, body, auto_kind, raw_size, received_at
	FROM messages WHERE direction = 'in' AND auto_kind <> '' AND ticket_id IS NULL
	ORDER BY received_at DESC, id DESC LIMIT ?`), limit)
	if err != nil {
		return nil, fmt.Errorf("schema: set-aside mail: %w", err)
	}
	return ms, nil
}

// Messages lists a ticket's messages in order.
func (s *Store) Messages(ctx context.Context, ticketID int64) ([]Message, error) {
	var ms []Message
	err := s.db.SelectContext(ctx, &ms, s.db.Rebind(`SELECT * FROM messages WHERE ticket_id = ? ORDER BY received_at, id`), ticketID)
	if err != nil {
		return nil, fmt.Errorf("schema: messages: %w", err)
	}
	return ms, nil
}

// HasMessage reports whether a message with this mailbox position is stored.
func (s *Store) HasMessage(ctx context.Context, mailbox string, uidvalidity, uid uint32) (bool, error) {
	var n int
	err := s.db.GetContext(ctx, &n, s.db.Rebind(`SELECT
	(SELECT COUNT(*) FROM messages WHERE mailbox = ? AND uidvalidity = ? AND uid = ?) +
	(SELECT COUNT(*) FROM quarantine WHERE mailbox = ? AND uidvalidity = ? AND uid = ?)`),
		mailbox, int64(uidvalidity), int64(uid), mailbox, int64(uidvalidity), int64(uid))
	if err != nil {
		return false, fmt.Errorf("schema: has message: %w", err)
	}
	return n > 0, nil
}

func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// LastMessageFrom returns the latest mail from addr on a ticket (the one a
// reply to that person answers); nil when there is none.
func (x *Tx) LastMessageFrom(ctx context.Context, ticketID int64, addr string) (*Message, error) {
	var ms []Message
	err := x.tx.SelectContext(ctx, &ms, x.tx.Rebind(`SELECT * FROM messages
	WHERE ticket_id = ? AND direction = 'in' AND from_addr = ? ORDER BY id DESC LIMIT 1`), ticketID, lower(addr))
	if err != nil {
		return nil, fmt.Errorf("schema: last message: %w", err)
	}
	if len(ms) == 0 {
		return nil, nil
	}
	return &ms[0], nil
}
