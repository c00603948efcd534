package schema

import (
	"context"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/escalation"
)

// markSentPostgres is MarkSent in one statement, one round trip instead
// of six: in a burst every acknowledgement is marked on its own (the
// window in which a crash duplicates a mail stays one mail wide), so the
// mark's round trips add up. A statement is atomic like the transaction
// it replaces; a mail already marked is left alone.
func (s *Store) markSentPostgres(ctx context.Context, id int64, at time.Time) error {
	const query = `WITH m AS (
	UPDATE outbox SET status = 'sent', sent_at = $1, lease_until = NULL, last_error = ''
	WHERE id = $2 AND status <> 'sent'
	RETURNING ticket_id, kind, message_id, to_addrs, attempts
), acked AS (
	UPDATE tickets SET acked_at = $1, updated_at = $1
	WHERE id IN (SELECT ticket_id FROM m WHERE kind = $3) AND acked_at IS NULL
)
INSERT INTO events (ticket_id, at, kind, detail)
SELECT ticket_id, $1, $4,
	jsonb_build_object('kind', kind, 'message_id', message_id, 'to', to_addrs, 'attempts', attempts)::text
FROM m WHERE ticket_id IS NOT NULL`
	_, err := s.db.ExecContext(ctx, query, ts(at), id, escalation.MailReceipt, escalation.EventMailSent)
	if err != nil {
		return fmt.Errorf("schema: mark sent %d: %w", id, err)
	}
	return nil
}
