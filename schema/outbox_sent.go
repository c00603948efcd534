package schema

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/escalation"
)

// Sent is a delivered mail to mark: its outbox row and when the server
// accepted it.
type Sent struct {
	ID int64
	At time.Time
}

// MarkSentAll records delivered mails in one transaction, each with its
// ticket's event; an acknowledgement's delivery is the ticket's
// acknowledgement time. In a burst the deliverer marks the mails accepted
// while its last write was out all at once, so that one commit (one
// WAL flush on PostgreSQL, one turn of SQLite's write lock) serves many
// mails. A mail already marked is left alone; all or none are marked.
func (s *Store) MarkSentAll(ctx context.Context, marks []Sent) error {
	if len(marks) == 0 {
		return nil
	}
	var err error
	if s.dialect == Postgres {
		err = s.markSentPostgres(ctx, marks)
	} else {
		err = s.InTx(ctx, func(x *Tx) error {
			for _, m := range marks {
				if err := x.markSent(ctx, m); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err != nil {
		return fmt.Errorf("schema: mark sent %s: %w", sentIDs(marks), err)
	}
	return nil
}

func sentIDs(marks []Sent) string {
	ids := make([]string, len(marks))
	for i, m := range marks {
		ids[i] = fmt.Sprint(m.ID)
	}
	return strings.Join(ids, ",")
}

// markSent is MarkSentAll of one mail inside x (SQLite).
func (x *Tx) markSent(ctx context.Context, s Sent) error {
	var m OutboxMail
	if err := x.tx.GetContext(ctx, &m, x.tx.Rebind(`SELECT * FROM outbox WHERE id = ?`), s.ID); err != nil {
		return err
	}
	if m.Status == OutboxSent {
		return nil
	}
	_, err := x.tx.ExecContext(ctx, x.tx.Rebind(`UPDATE outbox SET status = 'sent', sent_at = ?,
	lease_until = NULL, last_error = '' WHERE id = ?`), ts(s.At), s.ID)
	if err != nil || m.TicketID == nil {
		return err
	}
	if m.Kind == escalation.MailReceipt {
		if err := x.MarkAcknowledged(ctx, *m.TicketID, s.At); err != nil {
			return err
		}
	}
	detail, _ := json.Marshal(map[string]any{"kind": m.Kind, "message_id": m.MessageID, "to": m.ToAddrs, "attempts": m.Attempts})
	return x.AddEvent(ctx, Event{TicketID: *m.TicketID, At: s.At, Kind: escalation.EventMailSent, Detail: string(detail)})
}

// markSentPostgres is MarkSentAll in one statement, one round trip
// instead of six a mail. A statement is atomic like the transaction it
// replaces. A ticket's acknowledgement time is its receipt's (there is
// at most one receipt a ticket).
func (s *Store) markSentPostgres(ctx context.Context, marks []Sent) error {
	values := make([]string, len(marks))
	args := []any{escalation.MailReceipt, escalation.EventMailSent}
	for i, m := range marks {
		values[i] = fmt.Sprintf("($%d::bigint, $%d::timestamptz)", len(args)+1, len(args)+2)
		args = append(args, m.ID, ts(m.At))
	}
	query := `WITH d(id, at) AS (VALUES ` + strings.Join(values, ", ") + `), m AS (
	UPDATE outbox o SET status = 'sent', sent_at = d.at, lease_until = NULL, last_error = ''
	FROM d WHERE o.id = d.id AND o.status <> 'sent'
	RETURNING o.id, o.ticket_id, o.kind, o.message_id, o.to_addrs, o.attempts, d.at
), acked AS (
	UPDATE tickets t SET acked_at = m.at, updated_at = m.at
	FROM m WHERE t.id = m.ticket_id AND m.kind = $1 AND t.acked_at IS NULL
)
INSERT INTO events (ticket_id, at, kind, detail)
SELECT ticket_id, at, $2,
	jsonb_build_object('kind', kind, 'message_id', message_id, 'to', to_addrs, 'attempts', attempts)::text
FROM m WHERE ticket_id IS NOT NULL ORDER BY at, id`
	_, err := s.execPrepared(ctx, query, args...)
	return err
}
