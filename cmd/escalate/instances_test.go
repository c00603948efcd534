package main

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/intake/memserver"
	"github.com/escalate-dev/escalate/mailer/smtpsink"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// These tests drive whole gateways (NewProgram, Run, Close) against a
// real IMAP server (memserver), a real SMTP server (smtpsink) and a real
// PostgreSQL under faults, asserting counts and logging timings. They need
// PostgreSQL: without ESCALATE_TEST_DATABASE_URL they skip, and fail under
// CI=true.

// needPostgres skips the test when PostgreSQL is not configured (under
// CI=true schematest.Dialects fails the test instead).
func needPostgres(t *testing.T) {
	t.Helper()
	for _, d := range schematest.Dialects(t) {
		if d == schema.Postgres {
			return
		}
	}
	t.Skip("needs PostgreSQL: ESCALATE_TEST_DATABASE_URL is not set")
}

// faultEnv is a memserver mailbox, an SMTP sink and a PostgreSQL schema
// whose connections carry their own application_name, so that a test can
// cut exactly them.
type faultEnv struct {
	*env
	srv     *memserver.Server
	appName string
}

func newFaultEnv(t *testing.T) *faultEnv {
	t.Helper()
	srv, err := memserver.Start(supportAddr, "pw", []string{"Processed"}, memserver.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	e := newTargetEnv(t, imapTarget{name: "memserver", addr: srv.Addr, user: supportAddr, password: "pw"}, schema.Postgres)
	f := &faultEnv{env: e, srv: srv, appName: fmt.Sprintf("escalate_fault_%d", time.Now().UnixNano())}
	text, err := os.ReadFile(e.cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	text = regexp.MustCompile(`(url = "[^"]*)"`).ReplaceAll(text, []byte(`${1}&application_name=`+f.appName+`"`))
	if err := os.WriteFile(e.cfgPath, text, 0o600); err != nil {
		t.Fatal(err)
	}
	if e.cfg, err = LoadConfig(e.cfgPath); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *faultEnv) deliver(t *testing.T, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		if _, err := f.srv.Deliver("INBOX", benchMail(i, fmt.Sprintf("fault-%d@client.example", i)), time.Now()); err != nil {
			t.Fatal(err)
		}
	}
}

// settled waits until the store holds n tickets and no pending outbox
// row, the sink holds n acknowledgements, and the mailbox moved n mails
// to Processed; it returns the sink's messages.
func (f *faultEnv) settled(t *testing.T, store *schema.Store, n int, bound time.Duration) []smtpsink.Message {
	t.Helper()
	deadline := time.Now().Add(bound)
	for {
		var tickets, pending int
		store.DB().Get(&tickets, `SELECT count(*) FROM tickets`)
		store.DB().Get(&pending, `SELECT count(*) FROM outbox WHERE status = 'pending'`)
		st, _ := f.srv.Status("Processed")
		msgs := f.smtp.Messages()
		if tickets >= n && pending == 0 && len(msgs) >= n && st != nil && *st.NumMessages >= uint32(n) {
			return msgs
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %d tickets, %d pending mails, %d mails sent, want %d each and none pending", bound, tickets, pending, len(msgs), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkOnce asserts n tickets, n distinct mails sent (none twice), no
// quarantine, n mails in Processed and none left in INBOX.
func (f *faultEnv) checkOnce(t *testing.T, store *schema.Store, msgs []smtpsink.Message, n int) {
	t.Helper()
	var tickets, quarantined int
	store.DB().Get(&tickets, `SELECT count(*) FROM tickets`)
	store.DB().Get(&quarantined, `SELECT count(*) FROM quarantine`)
	seen := map[string]int{}
	dups := 0
	for _, m := range msgs {
		h := m.Header()
		id := h.Get("Message-ID")
		if seen[id]++; seen[id] == 2 {
			dups++
		}
	}
	in, _ := f.srv.Status("INBOX")
	done, _ := f.srv.Status("Processed")
	t.Logf("%d tickets, %d mails sent (%d distinct, %d sent twice), %d quarantined, INBOX %d, Processed %d",
		tickets, len(msgs), len(seen), dups, quarantined, *in.NumMessages, *done.NumMessages)
	if tickets != n || len(seen) != n || dups != 0 || quarantined != 0 || *in.NumMessages != 0 || *done.NumMessages != uint32(n) {
		t.Errorf("want %d tickets, %d distinct mails none twice, 0 quarantined, INBOX 0, Processed %d", n, n, n)
	}
}

// Two gateways started together on one fresh PostgreSQL schema and one
// mailbox: the migrations run once, one of them reads the mailbox (the
// lease), and when it stops the other takes over. Every mail gives one
// ticket, one acknowledgement, one copy in Processed and no quarantine.
func TestTwoInstancesOneMailbox(t *testing.T) {
	needPostgres(t)
	f := newFaultEnv(t)
	const n = 200
	f.deliver(t, 0, n/2)
	var mu sync.Mutex
	commits := map[uint32]int{} // UID → mails committed by either instance
	began := time.Now()
	insts := startInstances(t, f.cfg, 2, func(_ int, fe intake.Fetched) { mu.Lock(); commits[fe.UID]++; mu.Unlock() })
	f.deliver(t, n/2, 3*n/4)
	f.settled(t, insts[0].Store, 3*n/4, 2*time.Minute)
	t.Logf("two instances: %d mails settled %v after both started", 3*n/4, time.Since(began).Round(time.Millisecond))

	var holder string
	insts[0].Store.DB().Get(&holder, `SELECT holder FROM mailbox_leases`)
	// Stop the first instance (the lease holder or the standby): the
	// other must read the rest.
	insts[0].stop()
	stoppedAt := time.Now()
	f.deliver(t, 3*n/4, n)
	msgs := f.settled(t, insts[1].Store, n, 2*time.Minute)
	t.Logf("one instance stopped (the lease holder was %s); the rest settled %v later", holder, time.Since(stoppedAt).Round(time.Millisecond))
	f.checkOnce(t, insts[1].Store, msgs, n)
	mu.Lock()
	defer mu.Unlock()
	twice := 0
	for _, c := range commits {
		if c > 1 {
			twice++
		}
	}
	if len(commits) != n || twice != 0 {
		t.Errorf("%d mails committed, %d of them by both instances; want %d, each read by one instance", len(commits), twice, n)
	}
}

// A backlog read and answered while the gateway's PostgreSQL connections
// are terminated again and again (pg_terminate_backend): every mail
// gives one ticket and one acknowledgement, none sent twice; handler
// errors are retried on the same IMAP session and failed marks are
// retried, never the mail.
func TestDatabaseConnectionsCutDuringBacklog(t *testing.T) {
	needPostgres(t)
	f := newFaultEnv(t)
	const n = 200
	f.deliver(t, 0, n)
	admin, err := schema.Connect(context.Background(), os.Getenv(schematest.EnvURL))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	p, began := runProgram(t, f.cfg, ProgramOptions{Log: benchLogger()})
	// Cut at the start and again each time another tenth of the mails
	// has been answered, until half have been, then let the rest run
	// clean: cuts keyed to progress, not to a clock, land while the
	// backlog is being worked however fast the machine reads it.
	cutAll := func() int {
		var killed []bool
		admin.DB().Select(&killed, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
			WHERE application_name = $1 AND pid <> pg_backend_pid()`, f.appName)
		return len(killed)
	}
	terminated, cuts := cutAll(), 1
	for next := n / 10; time.Since(began) < 2*time.Minute; time.Sleep(2 * time.Millisecond) {
		sent := len(f.smtp.Messages())
		if sent >= n/2 {
			break
		}
		if sent >= next {
			terminated += cutAll()
			cuts++
			next = sent + n/10
		}
	}
	msgs := f.settled(t, p.Store, n, 2*time.Minute)
	t.Logf("%d mails settled in %v with %d backend connections terminated in %d cuts meanwhile; Reclaimed %d, Unrecorded %d",
		n, time.Since(began).Round(time.Millisecond), terminated, cuts, p.Deliverer.Reclaimed(), p.Deliverer.Unrecorded())
	if terminated == 0 || cuts < 2 {
		t.Errorf("%d connections terminated in %d cuts, none while the backlog was answered: the test did not test anything", terminated, cuts)
	}
	f.checkOnce(t, p.Store, msgs, n)
	if p.Deliverer.Reclaimed() != 0 {
		t.Errorf("Reclaimed = %d, want 0: a cut connection must not lose an outcome", p.Deliverer.Reclaimed())
	}
}

// instance is one gateway Program running in the test process.
type instance struct {
	*Program
	stop func() // cancels its Run and waits for it to return
}

// startInstances opens (and so migrates) cfg's store from n goroutines at
// once, as n gateways started together do, then runs n Programs on it;
// committed(i, fe) hears of every mail instance i commits. Each is
// stopped and closed when the test ends.
func startInstances(t *testing.T, cfg *Config, n int, committed func(i int, fe intake.Fetched)) []instance {
	t.Helper()
	dsn, err := cfg.DatabaseDSN(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s *schema.Store
			if s, errs[i] = schema.Open(context.Background(), dsn); s != nil {
				s.Close()
			}
		}()
	}
	wg.Wait()
	insts := make([]instance, n)
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("instance %d: migrating at start: %v", i, errs[i])
		}
		p, err := NewProgram(context.Background(), cfg, ProgramOptions{Log: benchLogger(),
			Committed: func(fe intake.Fetched, _ time.Time) { committed(i, fe) }})
		if err != nil {
			t.Fatalf("instance %d: %v", i, err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- p.Run(ctx) }()
		var once sync.Once
		stop := func() { once.Do(func() { cancel(); <-done }) }
		insts[i] = instance{Program: p, stop: stop}
		t.Cleanup(func() { stop(); p.Close() })
	}
	return insts
}
