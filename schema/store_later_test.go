package schema_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// Deferred writes are sent, a table in one statement, before the first
// statement that names their table: every read of the transaction sees
// them, and three events cost one statement, not three.
func TestDeferredWritesSeenByLaterReads(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		err := s.InTx(ctx, func(x *schema.Tx) error {
			tk := newTicket("disk full")
			if err := x.CreateTicket(ctx, tk); err != nil {
				return err
			}
			for _, k := range []escalation.EventKind{escalation.EventOpened, escalation.EventTeamNotified, escalation.EventMailSent} {
				if err := x.AddEvent(ctx, schema.Event{TicketID: tk.ID, At: t0, Kind: k}); err != nil {
					return err
				}
			}
			before := s.Statements()
			kinds, err := x.EventKinds(ctx, tk.ID)
			if err != nil {
				return err
			}
			if n := s.Statements() - before; len(kinds) != 3 || n != 2 {
				t.Errorf("event kinds %v in %d statements; want 3 kinds in 2 (the events, the read)", kinds, n)
			}
			if err := x.AddParticipant(ctx, tk.ID, "Bob@Example.com", "customer"); err != nil {
				return err
			}
			if ok, err := x.IsParticipant(ctx, tk.ID, "bob@example.com"); err != nil || !ok {
				t.Errorf("IsParticipant after AddParticipant = %v, %v; want true", ok, err)
			}
			mb, uv, uid := "support", int64(1), int64(7)
			in := &schema.Message{Direction: "in", MessageID: "q1@example.com", FromAddr: "bob@example.com",
				Mailbox: &mb, UIDValidity: &uv, UID: &uid, ReceivedAt: t0}
			if _, err := x.InsertMessage(ctx, in); err != nil {
				return err
			}
			if err := x.SetMessageTicket(ctx, in.ID, tk.ID); err != nil {
				return err
			}
			x.RecordMessage(&schema.Message{TicketID: &tk.ID, Direction: "out", MessageID: "ack1@acme.example", ReceivedAt: t0})
			if last, err := x.LastMessageFrom(ctx, tk.ID, "bob@example.com"); err != nil || last == nil || last.ID != in.ID {
				t.Errorf("LastMessageFrom after SetMessageTicket = %+v, %v; want message %d", last, err, in.ID)
			}
			if id, ok, err := x.TicketByMessageIDs(ctx, []string{"ack1@acme.example"}); err != nil || !ok || id != tk.ID {
				t.Errorf("TicketByMessageIDs(our recorded mail) = %d, %v, %v; want %d", id, ok, err, tk.ID)
			}
			x.EnqueueNew(&schema.OutboxMail{TicketID: &tk.ID, Kind: escalation.MailReceipt, MessageID: "ack1@acme.example",
				ToAddrs: "bob@example.com", CreatedAt: t0})
			if n, err := x.CountOutboxTo(ctx, "bob@example.com", escalation.MailReceipt, t0.Add(-time.Hour)); err != nil || n != 1 {
				t.Errorf("CountOutboxTo after EnqueueNew = %d, %v; want 1", n, err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// A deferred write that fails fails the transaction: nothing of it is
// committed, the writes made before included.
func TestDeferredWriteFailureRollsBack(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		tk := newTicket("disk full")
		err := s.InTx(ctx, func(x *schema.Tx) error {
			if err := x.CreateTicket(ctx, tk); err != nil {
				return err
			}
			return x.AddEvent(ctx, schema.Event{TicketID: tk.ID + 1000, At: t0, Kind: escalation.EventOpened}) // no such ticket
		})
		if err == nil {
			t.Fatal("InTx with an event of a missing ticket = nil, want the foreign key's error")
		}
		if _, err := s.Ticket(ctx, tk.ID); !errors.Is(err, schema.ErrNotFound) {
			t.Errorf("ticket of the failed transaction: %v, want not found", err)
		}
	})
}

// InsertMessages stores a batch in one statement and says which mails
// were new: of two with one Message-ID the first, and none already
// stored.
func TestInsertMessagesReportsEachMail(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		msg := func(id string, uid int64) *schema.Message {
			mb, uv := "support", int64(1)
			return &schema.Message{Direction: "in", MessageID: id, Mailbox: &mb, UIDValidity: &uv, UID: &uid, ReceivedAt: t0}
		}
		if err := s.InTx(ctx, func(x *schema.Tx) error { _, err := x.InsertMessage(ctx, msg("old@x", 1)); return err }); err != nil {
			t.Fatal(err)
		}
		batch := []*schema.Message{msg("a@x", 2), msg("old@x", 3), msg("b@x", 4), msg("a@x", 5)}
		var inserted []bool
		before := s.Statements()
		err := s.InTx(ctx, func(x *schema.Tx) (err error) { inserted, err = x.InsertMessages(ctx, batch); return err })
		if err != nil {
			t.Fatal(err)
		}
		if want := []bool{true, false, true, false}; !slices.Equal(inserted, want) || s.Statements()-before != 3 {
			t.Errorf("inserted %v in %d statements, want %v in 3 (BEGIN, INSERT, COMMIT)", inserted, s.Statements()-before, want)
		}
		if batch[0].ID == 0 || batch[2].ID == 0 || batch[0].ID == batch[2].ID {
			t.Errorf("IDs %d and %d, want two set", batch[0].ID, batch[2].ID)
		}
	})
}

// Counts read for a batch (ReadOutboxTo) answer as the statement would,
// the transaction's own Enqueues included; a time before what was read
// is asked of the database.
func TestReadOutboxToAnswersAsCount(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		queue := func(x *schema.Tx, id, to string, kind escalation.MailKind, at time.Time) {
			if _, err := x.Enqueue(ctx, &schema.OutboxMail{Kind: kind, MessageID: id, ToAddrs: to, CreatedAt: at}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.InTx(ctx, func(x *schema.Tx) error {
			queue(x, "1@x", "ann@example.com", escalation.MailReceipt, t0.Add(-2*time.Hour))
			queue(x, "2@x", "ann@example.com", escalation.MailReceipt, t0.Add(-30*time.Minute))
			queue(x, "3@x", "ann@example.com", escalation.MailUnverified, t0.Add(-10*time.Minute))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		err := s.InTx(ctx, func(x *schema.Tx) error {
			if err := x.ReadOutboxTo(ctx, []string{"Ann@Example.com", "bob@example.com"},
				[]escalation.MailKind{escalation.MailReceipt}, t0.Add(-time.Hour)); err != nil {
				return err
			}
			queue(x, "4@x", "ann@example.com", escalation.MailReceipt, t0)
			before := s.Statements()
			for _, c := range []struct {
				addr  string
				kind  escalation.MailKind
				since time.Time
				want  int
			}{
				{"ann@example.com", escalation.MailReceipt, t0.Add(-time.Hour), 2},
				{"ANN@example.com", escalation.MailReceipt, t0.Add(-20 * time.Minute), 1},
				{"bob@example.com", escalation.MailReceipt, t0.Add(-time.Hour), 0},
			} {
				if n, err := x.CountOutboxTo(ctx, c.addr, c.kind, c.since); err != nil || n != c.want {
					t.Errorf("CountOutboxTo(%s, %s, %v) = %d, %v; want %d", c.addr, c.kind, c.since, n, err, c.want)
				}
			}
			if n := s.Statements() - before; n != 0 {
				t.Errorf("counts read for the batch took %d statements, want 0", n)
			}
			// Not read for the batch: asked of the database.
			for _, c := range []struct {
				kind  escalation.MailKind
				since time.Time
				want  int
			}{{escalation.MailUnverified, t0.Add(-time.Hour), 1}, {escalation.MailReceipt, t0.Add(-3 * time.Hour), 3}} {
				if n, err := x.CountOutboxTo(ctx, "ann@example.com", c.kind, c.since); err != nil || n != c.want {
					t.Errorf("CountOutboxTo(ann, %s, %v) = %d, %v; want %d", c.kind, c.since, n, err, c.want)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// On PostgreSQL a batch reserves its new tickets' IDs in one statement,
// and CreateTicket takes them in order, its INSERT deferred; the ticket
// reads back as any other. On SQLite nothing is reserved.
func TestReservedTicketIDs(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		var a, b *schema.Ticket
		var inserts int64
		err := s.InTx(ctx, func(x *schema.Tx) error {
			if err := x.ReserveTicketIDs(ctx, 3); err != nil {
				return err
			}
			before := s.Statements()
			a, b = newTicket("first"), newTicket("second")
			if err := x.CreateTicket(ctx, a); err != nil {
				return err
			}
			if err := x.CreateTicket(ctx, b); err != nil {
				return err
			}
			inserts = s.Statements() - before
			got, err := x.Ticket(ctx, b.ID)
			if err != nil || got.Subject != "second" {
				t.Errorf("Ticket(%d) in the transaction = %+v, %v; want the second", b.ID, got, err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := int64(2) // SQLite: each INSERT at once
		if s.Dialect() == schema.Postgres {
			want = 0
		}
		if b.ID != a.ID+1 || inserts != want {
			t.Errorf("IDs %d, %d in %d statements; want consecutive in %d", a.ID, b.ID, inserts, want)
		}
		got, err := s.Ticket(ctx, a.ID)
		if opened := t0.UTC().Round(time.Microsecond); err != nil || got.Subject != "first" || !got.OpenedAt.Equal(opened) {
			t.Errorf("Ticket(%d) = %+v, %v; want the first, opened %v", a.ID, got, err, opened)
		}
	})
}
