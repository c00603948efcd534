package schema_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// Five instances started together on a fresh PostgreSQL schema migrate it
// once, under goose's session locker: none fails on the race that
// concurrent CREATE TABLEs run into (duplicate key in pg_type).
func TestConcurrentOpensMigrateOnce(t *testing.T) {
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			dsn := schematest.DSN(t, d)
			const n = 5
			var wg sync.WaitGroup
			errs := make([]error, n)
			start := time.Now()
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					s, err := schema.Open(context.Background(), dsn)
					if err == nil {
						s.Close()
					}
					errs[i] = err
				}()
			}
			wg.Wait()
			t.Logf("%d concurrent Opens of a fresh %s store took %v", n, d, time.Since(start).Round(time.Millisecond))
			for i, err := range errs {
				if err != nil {
					t.Errorf("Open #%d: %v", i, err)
				}
			}
			s := schematest.Open(t, d) // a schema that did not exist is already migrated here
			if cur, latest, err := s.Version(context.Background()); err != nil || cur != latest {
				t.Errorf("Version = %d, %d, %v; want fully migrated", cur, latest, err)
			}
		})
	}
}

// The mailbox lease in simulated time: one holder at a time, renewals,
// takeover once it runs out, release.
func TestMailboxLease(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		a, b := s.MailboxLeases("a"), s.MailboxLeases("b")
		const ttl = 30 * time.Second
		for _, step := range []struct {
			who  *schema.MailboxLeases
			name string
			at   time.Duration
			want bool
		}{
			{a, "a takes the free lease", 0, true},
			{b, "b is refused while a holds it", time.Second, false},
			{a, "a renews", 20 * time.Second, true},
			{b, "b is refused after a's renewal", 40 * time.Second, false},
			{b, "b takes the lease a let run out", 50 * time.Second, true},
			{a, "a is refused now", 51 * time.Second, false},
		} {
			held, err := step.who.Acquire(ctx, "support", t0.Add(step.at), ttl)
			if err != nil || held != step.want {
				t.Fatalf("%s: Acquire = %v, %v; want %v", step.name, held, err, step.want)
			}
		}
		if held, _ := a.Acquire(ctx, "other", t0, ttl); !held {
			t.Error("a lease on another mailbox was refused")
		}
		if err := a.Release(ctx, "support"); err != nil { // not a's: no effect
			t.Fatal(err)
		}
		if held, _ := a.Acquire(ctx, "support", t0.Add(52*time.Second), ttl); held {
			t.Error("a's Release freed b's lease")
		}
		if err := b.Release(ctx, "support"); err != nil {
			t.Fatal(err)
		}
		if held, _ := a.Acquire(ctx, "support", t0.Add(53*time.Second), ttl); !held {
			t.Error("the released lease was refused")
		}
		b.Gone = func(h string) bool { return h == "a" } // a crashed
		if held, _ := b.Acquire(ctx, "support", t0.Add(54*time.Second), ttl); !held {
			t.Error("the lease of a holder known to be gone was refused")
		}
		a.Gone = func(string) bool { return false }
		if held, _ := a.Acquire(ctx, "support", t0.Add(55*time.Second), ttl); held {
			t.Error("a took the lease of a live holder")
		}
	})
}

// A claim that finds an earlier lease run out (no outcome recorded) is
// marked Reclaimed; a renewed lease keeps the mail claimed.
func TestOutboxReclaimAndRenew(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		m := &schema.OutboxMail{Kind: "ack", MessageID: "r@x", FromAddr: "s@x", ToAddrs: "c@x", Subject: "s", Body: "b", CreatedAt: t0}
		if err := s.InTx(ctx, func(x *schema.Tx) error { _, err := x.Enqueue(ctx, m); return err }); err != nil {
			t.Fatal(err)
		}
		const lease = 30 * time.Second
		claim := func(at time.Duration) []schema.OutboxMail {
			t.Helper()
			got, err := s.ClaimOutbox(ctx, t0.Add(at), lease, 10)
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
		if got := claim(0); len(got) != 1 || got[0].Reclaimed {
			t.Fatalf("first claim = %+v, want the mail, not reclaimed", got)
		}
		if err := s.RenewOutbox(ctx, []int64{m.ID}, t0.Add(60*time.Second)); err != nil {
			t.Fatal(err)
		}
		if got := claim(40 * time.Second); len(got) != 0 {
			t.Fatalf("claim within the renewed lease = %d mails, want 0", len(got))
		}
		got := claim(61 * time.Second)
		if len(got) != 1 || !got[0].Reclaimed || got[0].Attempts != 2 {
			t.Fatalf("claim after the lease ran out = %+v, want the mail, reclaimed, attempt 2", got)
		}
		if err := s.MarkRetry(ctx, m.ID, t0.Add(62*time.Second), "451"); err != nil {
			t.Fatal(err)
		}
		if got := claim(63 * time.Second); len(got) != 1 || got[0].Reclaimed {
			t.Fatalf("claim after a recorded retry = %+v, want not reclaimed", got)
		}
		if err := s.MarkSentAll(ctx, []schema.Sent{{ID: m.ID, At: t0.Add(64 * time.Second)}}); err != nil {
			t.Fatal(err)
		}
		if err := s.RenewOutbox(ctx, []int64{m.ID}, t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if all, _ := s.Outbox(ctx, 0); all[0].Status != schema.OutboxSent || all[0].LeaseUntil != nil {
			t.Errorf("after sent and a late renewal: status %s lease %v, want sent and no lease", all[0].Status, all[0].LeaseUntil)
		}
	})
}

// Due acknowledgements are claimed before notices queued earlier.
func TestClaimOutboxAcksFirst(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		for i, kind := range []escalation.MailKind{"notice", "notice", "ack", "notice", "ack", "notice", "notice", "notice"} {
			m := &schema.OutboxMail{Kind: kind, MessageID: fmt.Sprintf("%s.%d@x", kind, i), FromAddr: "s@x", ToAddrs: "c@x",
				Subject: "s", Body: "b", CreatedAt: t0.Add(time.Duration(i) * time.Second)}
			if err := s.InTx(ctx, func(x *schema.Tx) error { _, err := x.Enqueue(ctx, m); return err }); err != nil {
				t.Fatal(err)
			}
		}
		claim := func() string {
			got, err := s.ClaimOutbox(ctx, t0.Add(time.Minute), time.Minute, 10)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, m := range got {
				ids = append(ids, m.MessageID)
			}
			slices.Sort(ids) // RETURNING order is not the claim order
			return fmt.Sprint(ids)
		}
		if got := claim(); got != "[ack.2@x ack.4@x]" {
			t.Errorf("first claim of 10 = %v, want both acks alone", got)
		}
		if got := claim(); got != "[notice.0@x notice.1@x notice.3@x notice.5@x]" {
			t.Errorf("second claim of 10 = %v, want the four oldest notices", got)
		}
	})
}

// While notices are held, acknowledgements are claimed as ever and a
// notice only once it is due by the holding time.
func TestClaimOutboxHolding(t *testing.T) {
	schematest.Each(t, func(t *testing.T, s *schema.Store) {
		ctx := context.Background()
		for i, kind := range []escalation.MailKind{"notice", "ack", "notice", "notice"} {
			m := &schema.OutboxMail{Kind: kind, MessageID: fmt.Sprintf("%s.%d@x", kind, i), FromAddr: "s@x", ToAddrs: "c@x",
				Subject: "s", Body: "b", CreatedAt: t0.Add(time.Duration(i) * 10 * time.Second)}
			if err := s.InTx(ctx, func(x *schema.Tx) error { _, err := x.Enqueue(ctx, m); return err }); err != nil {
				t.Fatal(err)
			}
		}
		now := t0.Add(time.Minute)
		claim := func(others time.Time) string {
			got, err := s.ClaimOutboxHolding(ctx, now, time.Minute, 10, others)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, m := range got {
				ids = append(ids, m.MessageID)
			}
			slices.Sort(ids)
			return fmt.Sprint(ids)
		}
		if got := claim(t0.Add(-time.Second)); got != "[ack.1@x]" {
			t.Errorf("first claim, notices held = %v, want the ack", got)
		}
		if got := claim(t0.Add(-time.Second)); got != "[]" {
			t.Errorf("claim with every notice held = %v, want none", got)
		}
		if got := claim(t0.Add(25 * time.Second)); got != "[notice.0@x notice.2@x]" {
			t.Errorf("claim holding notices due after 25 s = %v, want the two due by then", got)
		}
		if got := claim(now.Add(time.Hour)); got != "[notice.3@x]" {
			t.Errorf("claim holding nothing = %v, want the last notice", got)
		}
	})
}
