package schema_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// MarkSentAll writes the same on both stores (PostgreSQL does it in one
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
			if err := s.MarkSentAll(ctx, []schema.Sent{{ID: m.ID, At: at}}); err != nil {
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
			t.Fatalf("after MarkSentAll twice: outbox %+v, ticket acked %v, %d mail_sent events; want sent at %v, acked at %v, 1 event",
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

// MarkSentAll marks several mails in one write, each at its own time:
// two tickets' receipts and a notice, one receipt marked before.
func TestMarkSentAllMarksEach(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		tks := []*schema.Ticket{newTicket("one"), newTicket("two")}
		var mails []*schema.OutboxMail
		err := s.InTx(ctx, func(x *schema.Tx) error {
			for i, tk := range tks {
				if err := x.CreateTicket(ctx, tk); err != nil {
					return err
				}
				for _, kind := range []escalation.MailKind{escalation.MailReceipt, escalation.MailNotice} {
					m := &schema.OutboxMail{TicketID: &tk.ID, Kind: kind, MessageID: fmt.Sprintf("%s.%d@x", kind, i),
						FromAddr: "s@x", ToAddrs: "ann@example.com", Subject: "s", Body: "b", CreatedAt: t0}
					if _, err := x.Enqueue(ctx, m); err != nil {
						return err
					}
					mails = append(mails, m)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		at := func(i int) time.Time { return t0.Add(time.Duration(i) * time.Second).UTC().Round(time.Microsecond) }
		if err := s.MarkSentAll(ctx, []schema.Sent{{ID: mails[0].ID, At: at(0)}}); err != nil {
			t.Fatal(err)
		}
		marks := []schema.Sent{{ID: mails[0].ID, At: at(9)}, {ID: mails[1].ID, At: at(1)}, {ID: mails[2].ID, At: at(2)}}
		if err := s.MarkSentAll(ctx, marks); err != nil {
			t.Fatal(err)
		}
		out, _ := s.Outbox(ctx, 0)
		for i, want := range []time.Time{at(0), at(1), at(2)} {
			if o := out[i]; o.Status != schema.OutboxSent || !o.SentAt.Equal(want) {
				t.Errorf("mail %d: %s at %v, want sent at %v", i, o.Status, o.SentAt, want)
			}
		}
		if out[3].Status != schema.OutboxPending {
			t.Errorf("the unmarked notice is %s", out[3].Status)
		}
		for i, want := range []time.Time{at(0), at(2)} {
			got, _ := s.Ticket(ctx, tks[i].ID)
			evs, _ := s.Events(ctx, tks[i].ID)
			n := 0
			for _, e := range evs {
				if e.Kind == escalation.EventMailSent {
					n++
				}
			}
			if got.AckedAt == nil || !got.AckedAt.Equal(want) || n != 2-i {
				t.Errorf("ticket %d acked %v with %d mail_sent events; want %v, %d", i, got.AckedAt, n, want, 2-i)
			}
		}
	})
}

// BenchmarkMarkSentAll marks acknowledgements in groups of 8, as the
// deliverer does in a burst over 4 connections: the CPU of a mark, and
// its statements.
func BenchmarkMarkSentAll(b *testing.B) {
	for _, d := range schematest.Dialects(b) {
		b.Run(string(d), func(b *testing.B) {
			ctx := context.Background()
			s := schematest.Open(b, d)
			const group = 8
			var ids []int64
			err := s.InTx(ctx, func(x *schema.Tx) error {
				for i := range b.N * group {
					tk := newTicket(fmt.Sprint("burst ", i))
					if err := x.CreateTicket(ctx, tk); err != nil {
						return err
					}
					m := &schema.OutboxMail{TicketID: &tk.ID, Kind: escalation.MailReceipt, MessageID: fmt.Sprintf("ack.%d@x", i),
						FromAddr: "s@x", ToAddrs: "ann@example.com", Subject: "s", Body: "b", CreatedAt: t0}
					if _, err := x.Enqueue(ctx, m); err != nil {
						return err
					}
					ids = append(ids, m.ID)
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			stmts := s.Statements()
			b.ResetTimer()
			for i := range b.N {
				marks := make([]schema.Sent, group)
				for j := range marks {
					marks[j] = schema.Sent{ID: ids[i*group+j], At: t0.Add(time.Second)}
				}
				if err := s.MarkSentAll(ctx, marks); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(s.Statements()-stmts)/float64(b.N*group), "stmts/mark")
		})
	}
}
