package schema_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

var t0 = time.Date(2026, 11, 26, 9, 15, 0, 123456789, time.FixedZone("CET", 3600))

func newTicket(subject string) *schema.Ticket {
	return &schema.Ticket{Subject: subject, CustomerAddr: "Ann@Example.com", Mailbox: "support",
		Severity: 1, ThreadRoot: subject + "@example.com", OpenedAt: t0, AckDueAt: t0.Add(15 * time.Minute)}
}

func TestMigrateIsIdempotent(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		applied, err := s.Migrate(ctx)
		if err != nil || len(applied) != 0 {
			t.Fatalf("second Migrate = %v, %v; want nothing applied", applied, err)
		}
		cur, latest, err := s.Version(ctx)
		if err != nil || cur != latest || cur < 1 {
			t.Fatalf("Version = %d, %d, %v; want equal and >= 1", cur, latest, err)
		}
	})
}

func TestTicketRoundTripKeepsUTCMicroseconds(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		tk := newTicket("disk full")
		if err := s.InTx(ctx, func(x *schema.Tx) error { return x.CreateTicket(ctx, tk) }); err != nil {
			t.Fatal(err)
		}
		got, err := s.Ticket(ctx, tk.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := t0.UTC().Round(time.Microsecond)
		if !got.OpenedAt.Equal(want) || got.AckDueAt.Sub(got.OpenedAt) != 15*time.Minute {
			t.Errorf("opened %v ack due %v, want %v and +15m", got.OpenedAt, got.AckDueAt, want)
		}
		if got.Status != escalation.Open || got.AckedAt != nil {
			t.Errorf("new ticket status %q acked %v", got.Status, got.AckedAt)
		}
		if err := s.InTx(ctx, func(x *schema.Tx) error { return x.MarkAcknowledged(ctx, tk.ID, t0.Add(time.Minute)) }); err != nil {
			t.Fatal(err)
		}
		got, _ = s.Ticket(ctx, tk.ID)
		if got.AckedAt == nil || !got.AckedAt.Equal(want.Add(time.Minute)) {
			t.Errorf("acked_at = %v, want %v", got.AckedAt, want.Add(time.Minute))
		}
		if _, err := s.Ticket(ctx, tk.ID+100); err == nil {
			t.Error("missing ticket: no error")
		}
	})
}

func TestInsertMessageDedupes(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		mb := "support"
		uv, u1, u2 := int64(7), int64(1), int64(2)
		first := &schema.Message{Direction: "in", MessageID: "a@x", Mailbox: &mb, UIDValidity: &uv, UID: &u1, ReceivedAt: t0}
		sameID := &schema.Message{Direction: "in", MessageID: "a@x", Mailbox: &mb, UIDValidity: &uv, UID: &u2, ReceivedAt: t0}
		samePos := &schema.Message{Direction: "in", MessageID: "b@x", Mailbox: &mb, UIDValidity: &uv, UID: &u1, ReceivedAt: t0}
		for i, c := range []struct {
			m    *schema.Message
			want bool
		}{{first, true}, {sameID, false}, {samePos, false}} {
			var got bool
			err := s.InTx(ctx, func(x *schema.Tx) (err error) { got, err = x.InsertMessage(ctx, c.m); return })
			if err != nil || got != c.want {
				t.Errorf("insert #%d = %v, %v; want %v", i, got, err, c.want)
			}
		}
		if ok, _ := s.HasMessage(ctx, mb, 7, 1); !ok {
			t.Error("HasMessage(uid 1) = false")
		}
	})
}

func TestThreadLookupAndParticipants(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		err := s.InTx(ctx, func(x *schema.Tx) error {
			tk := newTicket("login broken")
			if err := x.CreateTicket(ctx, tk); err != nil {
				return err
			}
			m := &schema.Message{TicketID: &tk.ID, Direction: "in", MessageID: "root@x", ReceivedAt: t0}
			if _, err := x.InsertMessage(ctx, m); err != nil {
				return err
			}
			id, ok, err := x.TicketByMessageIDs(ctx, []string{"unknown@x", "root@x"})
			if err != nil || !ok || id != tk.ID {
				t.Errorf("TicketByMessageIDs = %d, %v, %v; want %d", id, ok, err, tk.ID)
			}
			if err := x.AddParticipant(ctx, tk.ID, "Ann@Example.com", "customer"); err != nil {
				return err
			}
			if err := x.AddParticipant(ctx, tk.ID, "ann@example.com", "customer"); err != nil {
				return err
			}
			in, _ := x.IsParticipant(ctx, tk.ID, "ANN@example.com")
			out, _ := x.IsParticipant(ctx, tk.ID, "bob@example.com")
			if !in || out {
				t.Errorf("IsParticipant ann=%v bob=%v, want true false", in, out)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

func TestCursorNeverMovesBack(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		steps := []struct {
			c    schema.Cursor
			want schema.Cursor
		}{
			{schema.Cursor{Mailbox: "m", UIDValidity: 5, LastUID: 10}, schema.Cursor{Mailbox: "m", UIDValidity: 5, LastUID: 10}},
			{schema.Cursor{Mailbox: "m", UIDValidity: 5, LastUID: 4}, schema.Cursor{Mailbox: "m", UIDValidity: 5, LastUID: 10}},
			{schema.Cursor{Mailbox: "m", UIDValidity: 9, LastUID: 2}, schema.Cursor{Mailbox: "m", UIDValidity: 9, LastUID: 2}},
		}
		for _, st := range steps {
			if err := s.InTx(ctx, func(x *schema.Tx) error { return x.AdvanceCursor(ctx, st.c, t0) }); err != nil {
				t.Fatal(err)
			}
			got, err := s.Cursor(ctx, "m")
			if err != nil || got != st.want {
				t.Errorf("after AdvanceCursor(%+v): Cursor = %+v, %v; want %+v", st.c, got, err, st.want)
			}
		}
	})
}

func TestOutboxClaimLeaseRetry(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		m := &schema.OutboxMail{Kind: "ack", MessageID: "ack.1@x", FromAddr: "s@x", ToAddrs: "c@y", Subject: "s", Body: "b", CreatedAt: t0}
		for i := 0; i < 2; i++ {
			var queued bool
			err := s.InTx(ctx, func(x *schema.Tx) (err error) { queued, err = x.Enqueue(ctx, m); return })
			if err != nil || queued != (i == 0) {
				t.Fatalf("Enqueue #%d = %v, %v", i, queued, err)
			}
		}
		got, err := s.ClaimOutbox(ctx, t0, time.Minute, 10)
		if err != nil || len(got) != 1 || got[0].Attempts != 1 {
			t.Fatalf("ClaimOutbox = %+v, %v; want one mail, attempt 1", got, err)
		}
		if again, _ := s.ClaimOutbox(ctx, t0.Add(30*time.Second), time.Minute, 10); len(again) != 0 {
			t.Errorf("claimed %d mails during the lease, want 0", len(again))
		}
		if again, _ := s.ClaimOutbox(ctx, t0.Add(61*time.Second), time.Minute, 10); len(again) != 1 {
			t.Errorf("claimed %d mails after the lease ran out, want 1", len(again))
		}
		if err := s.MarkRetry(ctx, got[0].ID, t0.Add(5*time.Minute), "451 try later"); err != nil {
			t.Fatal(err)
		}
		due, ok, _ := s.NextOutboxDue(ctx)
		if !ok || !due.Equal(t0.Add(5*time.Minute).UTC().Round(time.Microsecond)) {
			t.Errorf("NextOutboxDue = %v, %v; want %v", due, ok, t0.Add(5*time.Minute))
		}
		// A retried mail went through at 2 minutes: the server is back,
		// this one need not wait out its back-off.
		if n, err := s.ExpediteRetries(ctx, t0.Add(2*time.Minute)); err != nil || n != 1 {
			t.Errorf("ExpediteRetries = %d, %v; want 1", n, err)
		}
		if due, _, _ := s.NextOutboxDue(ctx); !due.Equal(t0.Add(2 * time.Minute).UTC().Round(time.Microsecond)) {
			t.Errorf("after ExpediteRetries: due %v, want %v", due, t0.Add(2*time.Minute))
		}
		if n, _ := s.ExpediteRetries(ctx, t0.Add(2*time.Minute)); n != 0 {
			t.Errorf("second ExpediteRetries moved %d mails, want 0 (already due)", n)
		}
		if err := s.MarkSentAll(ctx, []schema.Sent{{ID: got[0].ID, At: t0.Add(6 * time.Minute)}}); err != nil {
			t.Fatal(err)
		}
		if _, ok, _ := s.NextOutboxDue(ctx); ok {
			t.Error("NextOutboxDue after sent: still pending")
		}
	})
}

func TestCountBySeverityHasEveryLevel(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		s.InTx(ctx, func(x *schema.Tx) error {
			for _, sev := range []int{1, 3, 3} {
				tk := newTicket("x")
				tk.Severity = sev
				tk.ThreadRoot = time.Now().String()
				if err := x.CreateTicket(ctx, tk); err != nil {
					t.Fatal(err)
				}
			}
			return nil
		})
		got, err := s.CountBySeverity(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := []int{1, 0, 2, 0}
		for i, c := range got {
			if c.Severity != i+1 || c.Open != want[i] {
				t.Errorf("CountBySeverity[%d] = %+v, want P%d open %d", i, c, i+1, want[i])
			}
		}
	})
}

func TestInstallationIsCreatedOnceAndDiffersPerDatabase(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		a, err := s.Installation(ctx)
		if err != nil || len(a) < 8 {
			t.Fatalf("Installation() = %q, %v", a, err)
		}
		if b, err := s.Installation(ctx); err != nil || b != a {
			t.Errorf("second Installation() = %q, %v; want %q", b, err, a)
		}
		other := schematest.Open(t, s.Dialect())
		if c, err := other.Installation(ctx); err != nil || c == a {
			t.Errorf("a fresh database's installation = %q, %v; want one differing from %q", c, err, a)
		}
	})
}

// TestSQLitePathIsTakenAsWritten: a path holding the characters SQLite's
// URI file names give a meaning ('#', '?', '%') opens that very file, not
// the file named by the path up to them.
func TestSQLitePathIsTakenAsWritten(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a#01.db", "b?x=1.db", "c%41.db"} {
		path := filepath.Join(dir, name)
		s, err := schema.Open(context.Background(), path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: no file at the path given: %v", name, err)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "[abc]")); len(left) > 0 {
		t.Errorf("files at cut paths: %v", left)
	}
}
