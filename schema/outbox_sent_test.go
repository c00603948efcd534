package schema_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// MarkSent writes the same on both stores (PostgreSQL does it in one
// statement): the mail sent, the ticket acknowledged by its receipt, one
// mail_sent event; marking again changes nothing.
func TestMarkSentOnce(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		tk := newTicket("burst")
		m := &schema.OutboxMail{Kind: escalation.MailReceipt, MessageID: "ack.1@x", FromAddr: "s@x", ToAddrs: "ann@example.com",
			Subject: "s", Body: "b", CreatedAt: t0}
		err := s.InTx(ctx, func(x *schema.Tx) error {
			if err := x.CreateTicket(ctx, tk); err != nil {
				return err
			}
			m.TicketID = &tk.ID
			_, err := x.Enqueue(ctx, m)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.ClaimOutbox(ctx, t0, time.Minute, 10); err != nil {
			t.Fatal(err)
		}
		at := t0.Add(time.Second).UTC().Round(time.Microsecond)
		for range 2 {
			if err := s.MarkSent(ctx, m.ID, at); err != nil {
				t.Fatal(err)
			}
		}
		out, _ := s.Outbox(ctx, 0)
		got, _ := s.Ticket(ctx, tk.ID)
		evs, _ := s.Events(ctx, tk.ID)
		var sent []schema.Event
		for _, e := range evs {
			if e.Kind == escalation.EventMailSent {
				sent = append(sent, e)
			}
		}
		if len(out) != 1 || out[0].Status != schema.OutboxSent || out[0].SentAt == nil || !out[0].SentAt.Equal(at) ||
			out[0].LeaseUntil != nil || got.AckedAt == nil || !got.AckedAt.Equal(at) || len(sent) != 1 {
			t.Fatalf("after MarkSent twice: outbox %+v, ticket acked %v, %d mail_sent events; want sent at %v, acked at %v, 1 event",
				out, got.AckedAt, len(sent), at, at)
		}
		var detail map[string]any
		if err := json.Unmarshal([]byte(sent[0].Detail), &detail); err != nil {
			t.Fatalf("event detail %q: %v", sent[0].Detail, err)
		}
		if detail["kind"] != "ack" || detail["message_id"] != "ack.1@x" || detail["to"] != "ann@example.com" || detail["attempts"] != 1.0 {
			t.Errorf("event detail = %v", detail)
		}
	})
}
