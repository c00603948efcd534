package schema_test

import (
	"context"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

func TestMetricQueries(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		var ids []int64
		err := s.InTx(ctx, func(x *schema.Tx) error {
			for i, sev := range []int{1, 1, 3} {
				tk := newTicket("t" + string(rune('a'+i)))
				tk.Severity = sev
				if err := x.CreateTicket(ctx, tk); err != nil {
					return err
				}
				ids = append(ids, tk.ID)
			}
			// Receipts after 2 s and 90 s; the third ticket has none.
			if err := x.MarkAcknowledged(ctx, ids[0], t0.Add(2*time.Second)); err != nil {
				return err
			}
			if err := x.MarkAcknowledged(ctx, ids[1], t0.Add(90*time.Second)); err != nil {
				return err
			}
			if _, err := x.InsertMessage(ctx, &schema.Message{TicketID: &ids[0], Direction: "in", MessageID: "m1@x", ReceivedAt: t0}); err != nil {
				return err
			}
			if err := x.Quarantine(ctx, schema.Quarantined{Mailbox: "support", UIDValidity: 1, UID: 9, Reason: "NO", At: t0}); err != nil {
				return err
			}
			for i, when := range []time.Time{t0.Add(time.Minute), t0} {
				m := &schema.OutboxMail{TicketID: &ids[0], Kind: "ack", MessageID: "o" + string(rune('1'+i)) + "@x",
					FromAddr: "s@x", ToAddrs: "a@x", Subject: "s", Body: "b", CreatedAt: when}
				if _, err := x.Enqueue(ctx, m); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.DB().ExecContext(ctx, s.DB().Rebind(`UPDATE tickets SET first_response_at = ? WHERE id = ?`),
			t0.Add(20*time.Minute).UTC(), ids[0]); err != nil {
			t.Fatal(err)
		}

		counts, err := s.TicketCounts(ctx)
		if err != nil || len(counts) != 2 || counts[0] != (schema.TicketCount{Severity: 1, Status: "open", N: 2}) ||
			counts[1] != (schema.TicketCount{Severity: 3, Status: "open", N: 1}) {
			t.Errorf("TicketCounts = %+v, %v", counts, err)
		}
		bounds := []float64{1, 5, 60, 300, 3600}
		h, err := s.LatencyHistogram(ctx, schema.ReceiptLatency, bounds)
		if err != nil || h.Count != 2 || h.Sum < 91.9 || h.Sum > 92.1 || !equal(h.Buckets, []uint64{0, 1, 1, 2, 2}) {
			t.Errorf("receipt histogram = %+v, %v; want 2 observations (2 s, 90 s)", h, err)
		}
		h, err = s.LatencyHistogram(ctx, schema.FirstResponseLatency, bounds)
		if err != nil || h.Count != 1 || h.Sum < 1199 || h.Sum > 1201 || !equal(h.Buckets, []uint64{0, 0, 0, 0, 1}) {
			t.Errorf("first-response histogram = %+v, %v; want one of 20 min", h, err)
		}
		st, err := s.OutboxStats(ctx)
		if err != nil || st.Pending != 2 || st.Sent != 0 || st.Failed != 0 || !st.OldestPending.Equal(t0.Round(time.Microsecond)) {
			t.Errorf("OutboxStats = %+v, %v; want 2 pending, the oldest queued at %v", st, err, t0)
		}
		c, err := s.Counts(ctx)
		if err != nil || c != (schema.Counts{MessagesIn: 1, Quarantined: 1}) {
			t.Errorf("Counts = %+v, %v", c, err)
		}
		if err := s.Ping(ctx); err != nil {
			t.Errorf("Ping: %v", err)
		}
	})
}

func TestMetricQueriesOnEmptyStore(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		h, err := s.LatencyHistogram(ctx, schema.ReceiptLatency, []float64{1, 2})
		if err != nil || h.Count != 0 || h.Sum != 0 || !equal(h.Buckets, []uint64{0, 0}) {
			t.Errorf("empty histogram = %+v, %v", h, err)
		}
		st, err := s.OutboxStats(ctx)
		if err != nil || st != (schema.OutboxStats{}) {
			t.Errorf("empty OutboxStats = %+v, %v", st, err)
		}
	})
}

func equal(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
