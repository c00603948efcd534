package intake_test

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
)

// lockedBuffer is a log destination shared by goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// runPoller runs a poller on addr until the test ends and returns its
// health changes and its log.
func runPoller(t *testing.T, addr string) (*intake.Poller, <-chan intake.MailboxHealth, *lockedBuffer) {
	t.Helper()
	logs := &lockedBuffer{}
	cfg := intake.MailboxConfig{Name: "support", Addr: addr, TLS: intake.TLSNone, Username: "u@example.com",
		Secret: func(context.Context) (string, error) { return "pw", nil }, PollInterval: 5 * time.Second}
	p := intake.NewPoller(cfg, newHandler(), slog.New(slog.NewTextHandler(logs, nil)))
	p.SetRetryDelay(5 * time.Millisecond)
	changes := make(chan intake.MailboxHealth, 1000)
	p.OnHealth(func(h intake.MailboxHealth) { changes <- h })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return p, changes, logs
}

func waitHealth(t *testing.T, changes <-chan intake.MailboxHealth, ok func(intake.MailboxHealth) bool) intake.MailboxHealth {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case h := <-changes:
			if ok(h) {
				return h
			}
		case <-timeout:
			t.Fatal("the poller's health did not change as expected")
		}
	}
}

// TestPollerHealthWhenServerNeverAnswers: attempts that never made a
// session are counted as reconnects and logged as failed connections,
// not as ended sessions.
func TestPollerHealthWhenServerNeverAnswers(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // connections are now refused
	p, changes, logs := runPoller(t, addr)
	h := waitHealth(t, changes, func(h intake.MailboxHealth) bool { return h.Reconnects >= 3 })
	if h.Connected || h.Sessions != 0 || h.LastErr == nil || !strings.Contains(h.LastErr.Error(), addr) {
		t.Errorf("health = %+v, want not connected, no session, an error naming %s", h, addr)
	}
	if got := p.Health(); got.Connected || got.Reconnects < 2 {
		t.Errorf("Health() = %+v", got)
	}
	if l := logs.String(); !strings.Contains(l, "imap connection failed; retrying") || strings.Contains(l, "session ended") {
		t.Errorf("log of a server that never answered:\n%s", l)
	}
}

func TestPollerHealthFollowsTheServer(t *testing.T) {
	srv := startServer(t, nil)
	p, changes, logs := runPoller(t, srv.Addr)
	h := waitHealth(t, changes, func(h intake.MailboxHealth) bool { return h.Connected })
	if h.Sessions != 1 || h.Reconnects != 0 || h.LastErr != nil {
		t.Errorf("health after connecting = %+v", h)
	}
	srv.Close()
	h = waitHealth(t, changes, func(h intake.MailboxHealth) bool { return !h.Connected })
	if h.Reconnects != 1 || h.LastErr == nil || p.Health().Sessions != 1 {
		t.Errorf("health after the server stopped = %+v", h)
	}
	// The log line of an attempt follows its health change: the third
	// change means the first two are logged.
	waitHealth(t, changes, func(h intake.MailboxHealth) bool { return h.Reconnects >= 3 })
	l := logs.String()
	if strings.Count(l, "imap session ended; reconnecting") != 1 || !strings.Contains(l, "imap connection failed; retrying") {
		t.Errorf("want one ended session, then failed connections:\n%s", l)
	}
}
