package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// TicketOfMessage returns the ticket a stored mail belongs to; ok is false
// when the mail is not stored or belongs to no ticket.
func (s *Store) TicketOfMessage(ctx context.Context, messageID string) (id int64, ok bool, err error) {
	var tid sql.NullInt64
	err = s.db.GetContext(ctx, &tid, s.db.Rebind(`SELECT ticket_id FROM messages WHERE message_id = ?`), messageID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("schema: ticket of %s: %w", messageID, err)
	}
	return tid.Int64, tid.Valid, nil
}
