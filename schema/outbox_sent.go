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
	// Via is the Message-ID of the mail that carried this row when it
	// is not the row's own (a team notice sent in a digest); the
	// ticket's mail_sent event names it.
	Via string
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
		err = s.InTx(ctx, func(x *Tx) error { return x.markSentAll(ctx, marks) })
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

// markSentAll is MarkSentAll inside x (SQLite), three statements a
// group instead of three or four a mail (a mail's row read in full, its
// UPDATE, its ticket's): the mails marked in one UPDATE that returns
// what the events need, their tickets acknowledged in another, the
// events one deferred insert. A mail marked twice in the group keeps
// its first time, as marking one after the other did.
func (x *Tx) markSentAll(ctx context.Context, marks []Sent) error {
	var when strings.Builder
	args := make([]any, 0, 3*len(marks))
	for _, m := range marks {
		when.WriteString(" WHEN ? THEN ?")
		args = append(args, m.ID, ts(m.At))
	}
	for _, m := range marks {
		args = append(args, m.ID)
	}
	var rows []struct {
		ID        int64               `db:"id"`
		TicketID  *int64              `db:"ticket_id"`
		Kind      escalation.MailKind `db:"kind"`
		MessageID string              `db:"message_id"`
		To        string              `db:"to_addrs"`
		Attempts  int                 `db:"attempts"`
	}
	err := x.tx.SelectContext(ctx, &rows, `UPDATE outbox SET status = 'sent', sent_at = CASE id`+when.String()+` END,
	lease_until = NULL, last_error = '' WHERE id IN (`+placeholders(len(marks))+`) AND status <> 'sent'
	RETURNING id, ticket_id, kind, message_id, to_addrs, attempts`, args...)
	if err != nil {
		return err
	}
	byID := make(map[int64]int, len(rows))
	for i, r := range rows {
		byID[r.ID] = i
	}
	var acked strings.Builder
	var ackArgs, ackIDs []any
	for _, m := range marks {
		i, ok := byID[m.ID]
		if !ok {
			continue // marked before
		}
		delete(byID, m.ID)
		r := rows[i]
		if r.TicketID == nil {
			continue
		}
		if r.Kind == escalation.MailReceipt {
			acked.WriteString(" WHEN ? THEN ?")
			ackArgs, ackIDs = append(ackArgs, *r.TicketID, ts(m.At)), append(ackIDs, *r.TicketID)
		}
		ev := map[string]any{"kind": r.Kind, "message_id": r.MessageID, "to": r.To, "attempts": r.Attempts}
		if m.Via != "" {
			ev["via"] = m.Via
		}
		detail, _ := json.Marshal(ev)
		if err := x.AddEvent(ctx, Event{TicketID: *r.TicketID, At: m.At, Kind: escalation.EventMailSent, Detail: string(detail)}); err != nil {
			return err
		}
	}
	if len(ackIDs) == 0 {
		return nil
	}
	at := "CASE id" + acked.String() + " END"
	args = append(append(ackArgs, ackArgs...), ackIDs...)
	_, err = x.tx.ExecContext(ctx, `UPDATE tickets SET acked_at = `+at+`, updated_at = `+at+`
	WHERE id IN (`+placeholders(len(ackIDs))+`) AND acked_at IS NULL`, args...)
	return err
}

// markSentPostgres is MarkSentAll in one statement, one round trip
// instead of six a mail. A statement is atomic like the transaction it
// replaces. A ticket's acknowledgement time is its receipt's (there is
// at most one receipt a ticket).
func (s *Store) markSentPostgres(ctx context.Context, marks []Sent) error {
	values := make([]string, len(marks))
	args := []any{escalation.MailReceipt, escalation.EventMailSent}
	for i, m := range marks {
		values[i] = fmt.Sprintf("($%d::bigint, $%d::timestamptz, $%d::text)", len(args)+1, len(args)+2, len(args)+3)
		args = append(args, m.ID, ts(m.At), m.Via)
	}
	query := `WITH d(id, at, via) AS (VALUES ` + strings.Join(values, ", ") + `), m AS (
	UPDATE outbox o SET status = 'sent', sent_at = d.at, lease_until = NULL, last_error = ''
	FROM d WHERE o.id = d.id AND o.status <> 'sent'
	RETURNING o.id, o.ticket_id, o.kind, o.message_id, o.to_addrs, o.attempts, d.at, d.via
), acked AS (
	UPDATE tickets t SET acked_at = m.at, updated_at = m.at
	FROM m WHERE t.id = m.ticket_id AND m.kind = $1 AND t.acked_at IS NULL
)
INSERT INTO events (ticket_id, at, kind, detail)
SELECT ticket_id, at, $2,
	(jsonb_build_object('kind', kind, 'message_id', message_id, 'to', to_addrs, 'attempts', attempts) ||
	CASE WHEN via = '' THEN '{}'::jsonb ELSE jsonb_build_object('via', via) END)::text
FROM m WHERE ticket_id IS NOT NULL ORDER BY at, id`
	_, err := s.execPrepared(ctx, query, args...)
	return err
}
