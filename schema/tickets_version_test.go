package schema_test

import (
	"context"
	"testing"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// TicketsVersion moves with what RecentUrgent can read (a new ticket, a
// change of one) and not with an acknowledgement's mark or a stopped
// clock; a rolled-back change leaves it; PostgreSQL keeps none.
func TestTicketsVersion(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		version := func() (n int64, ok bool) {
			err := s.InTx(ctx, func(x *schema.Tx) (err error) {
				n, ok, err = x.TicketsVersion(ctx)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			return n, ok
		}
		v0, ok := version()
		if s.Dialect() == schema.Postgres {
			if ok {
				t.Errorf("TicketsVersion on PostgreSQL = %d, true; want none", v0)
			}
			return
		}
		step := func(what string, moves bool, fn func(x *schema.Tx) error) {
			t.Helper()
			before, _ := version()
			if err := s.InTx(ctx, fn); err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if after, _ := version(); (after != before) != moves {
				t.Errorf("%s: version %d -> %d, want moved %v", what, before, after, moves)
			}
		}
		tk := newTicket("version")
		step("create", true, func(x *schema.Tx) error { return x.CreateTicket(ctx, tk) })
		step("mark acknowledged", false, func(x *schema.Tx) error { return x.MarkAcknowledged(ctx, tk.ID, t0) })
		step("stop clocks", false, func(x *schema.Tx) error { return x.StopClocks(ctx, tk.ID) })
		step("update", true, func(x *schema.Tx) error {
			tk.Status = escalation.Resolved
			return x.UpdateTicket(ctx, tk)
		})
		before, _ := version()
		s.InTx(ctx, func(x *schema.Tx) error {
			x.CreateTicket(ctx, newTicket("rolled back"))
			return context.Canceled
		})
		if after, _ := version(); after != before {
			t.Errorf("rolled back create: version %d -> %d", before, after)
		}
	})
}
