package intake_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
)

// memLeases is the lease table in memory; each instance sees it through
// its own memLease. A dead instance's release never comes.
type memLeases struct {
	mu     sync.Mutex
	holder string
	until  time.Time
	dead   map[string]bool
}

type memLease struct {
	t  *memLeases
	me string
}

func (l memLease) Acquire(_ context.Context, _ string, now time.Time, ttl time.Duration) (bool, error) {
	l.t.mu.Lock()
	defer l.t.mu.Unlock()
	if l.t.dead[l.me] {
		return false, context.Canceled
	}
	if l.t.holder == "" || l.t.holder == l.me || !now.Before(l.t.until) {
		l.t.holder, l.t.until = l.me, now.Add(ttl)
		return true, nil
	}
	return false, nil
}

func (l memLease) Release(context.Context, string) error {
	l.t.mu.Lock()
	defer l.t.mu.Unlock()
	if l.t.holder == l.me && !l.t.dead[l.me] {
		l.t.holder = ""
	}
	return nil
}

func (t *memLeases) current() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.holder
}

// Two pollers on one mailbox: only the lease holder reads; when it dies
// (no release), the standby takes over once the lease ran out, and every
// mail is handled exactly once.
func TestPollersShareMailboxByLease(t *testing.T) {
	srv := startServer(t, nil)
	h := newHandler()
	leases := &memLeases{dead: map[string]bool{}}
	const ttl = 300 * time.Millisecond
	cancels := map[string]context.CancelFunc{}
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		cfg := intake.MailboxConfig{Name: "support", Addr: srv.Addr, TLS: intake.TLSNone, Username: "u@example.com",
			Secret: func(context.Context) (string, error) { return "pw", nil }, ProcessedFolder: "Processed",
			PollInterval: 5 * time.Second}
		p := intake.NewPoller(cfg, h, nil)
		p.SetRetryDelay(10 * time.Millisecond)
		p.Lease, p.LeaseTTL = memLease{leases, name}, ttl
		ctx, cancel := context.WithCancel(context.Background())
		cancels[name] = cancel
		wg.Add(1)
		go func() { defer wg.Done(); p.Run(ctx) }()
	}
	t.Cleanup(func() {
		for _, c := range cancels {
			c()
		}
		wg.Wait()
	})
	for i := 1; i <= 10; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	h.waitN(t, 10)
	first := leases.current()
	leases.mu.Lock()
	leases.dead[first] = true // killed: no renewal, no release
	leases.mu.Unlock()
	cancels[first]()
	died := time.Now()
	for i := 11; i <= 20; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	h.waitN(t, 20)
	t.Logf("holder %s died; the standby read the next mail %v later (lease %v, renewed every %v)",
		first, time.Since(died).Round(time.Millisecond), ttl, ttl/3)
	if got := leases.current(); got == first || got == "" {
		t.Errorf("lease holder after the takeover = %q, want the standby", got)
	}
	seen := map[uint32]int{}
	for _, u := range h.uids() {
		seen[u]++
	}
	for u := uint32(1); u <= 20; u++ {
		if seen[u] != 1 {
			t.Errorf("uid %d handled %d times, want 1", u, seen[u])
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for count(t, srv, "Processed") != 20 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if n := count(t, srv, "Processed"); n != 20 {
		t.Errorf("Processed holds %d, want 20 (one copy per mail)", n)
	}
	if fmt.Sprint(len(h.uids())) != "20" {
		t.Errorf("handled %d mails, want 20", len(h.uids()))
	}
}
