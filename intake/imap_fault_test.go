package intake_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
)

// proxy forwards TCP to a real server and can freeze like a stopped
// process (SIGSTOP): connections stay open, new ones are accepted by the
// kernel, and nothing is answered. It can also refuse (server down).
type proxy struct {
	Addr   string
	target string
	ln     net.Listener

	mu      sync.Mutex
	frozen  chan struct{} // non-nil while frozen; closed on thaw
	down    bool
	conns   int
	open    []net.Conn
	stopped bool
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{Addr: ln.Addr().String(), target: target, ln: ln}
	go p.serve()
	t.Cleanup(p.close)
	return p
}

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.down || p.stopped {
			p.mu.Unlock()
			c.Close()
			continue
		}
		p.conns++
		p.open = append(p.open, c)
		p.mu.Unlock()
		go p.pipe(c)
	}
}

func (p *proxy) pipe(c net.Conn) {
	s, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.open = append(p.open, s)
	p.mu.Unlock()
	go p.copy(s, c)
	p.copy(c, s)
}

// copy forwards src to dst, holding every chunk while frozen.
func (p *proxy) copy(dst, src net.Conn) {
	defer dst.Close()
	defer src.Close()
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			p.mu.Lock()
			f := p.frozen
			p.mu.Unlock()
			if f != nil {
				<-f
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func (p *proxy) freeze() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.frozen == nil {
		p.frozen = make(chan struct{})
	}
}

func (p *proxy) thaw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.frozen != nil {
		close(p.frozen)
		p.frozen = nil
	}
}

// setDown refuses new connections and cuts the open ones (down) or
// accepts them again.
func (p *proxy) setDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for _, c := range p.open {
			c.Close()
		}
		p.open = nil
	}
}

func (p *proxy) connections() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.conns
}

func (p *proxy) close() {
	p.thaw()
	p.mu.Lock()
	p.stopped = true
	p.mu.Unlock()
	p.ln.Close()
	p.setDown(true)
}

// faultRig is a poller reading the memserver through a proxy, with short
// deadlines, reporting how each session ended.
type faultRig struct {
	*rig
	proxy *proxy
	ended chan error
}

func startFaultRig(t *testing.T, h *memHandler, tune func(*intake.MailboxConfig, *intake.Poller)) *faultRig {
	t.Helper()
	srv := startServer(t, nil)
	px := startProxy(t, srv.Addr)
	r := &faultRig{rig: &rig{srv: srv, h: h, ready: make(chan struct{}, 100), stopped: make(chan struct{})},
		proxy: px, ended: make(chan error, 100)}
	cfg := intake.MailboxConfig{Name: "support", Addr: px.Addr, TLS: intake.TLSNone, Username: "u@example.com",
		Secret:          func(context.Context) (string, error) { return "pw", nil },
		ProcessedFolder: "Processed", PollInterval: 5 * time.Second,
		Timeout: 200 * time.Millisecond, KeepAlive: 300 * time.Millisecond}
	r.p = intake.NewPoller(cfg, h, nil)
	if tune != nil {
		tune(&cfg, r.p)
		r.p = intake.NewPoller(cfg, h, nil)
	}
	r.p.SetRetryDelay(10 * time.Millisecond)
	if tune != nil {
		tune(&cfg, r.p)
	}
	r.p.Connected = func() { r.ready <- struct{}{} }
	r.p.Ended = func(err error) { r.ended <- err }
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() { r.p.Run(ctx); close(r.stopped) }()
	t.Cleanup(r.stop)
	r.waitReady(t)
	return r
}

func (r *faultRig) waitReady(t *testing.T) {
	t.Helper()
	select {
	case <-r.ready:
	case <-time.After(10 * time.Second):
		t.Fatal("poller did not connect")
	}
}

// A server that stops answering with TCP open (SIGSTOP) is noticed by the
// keepalive under a deadline, also at connect (greeting), and the poller
// reads the mail delivered meanwhile once the server is back.
func TestPollerNoticesFrozenServer(t *testing.T) {
	h := newHandler()
	r := startFaultRig(t, h, nil)
	r.proxy.freeze()
	frozen := time.Now()
	var hung int
	for hung < 2 { // the idle session, then a connect to the frozen server
		select {
		case err := <-r.ended:
			if !errors.Is(err, intake.ErrHung) {
				t.Fatalf("session ended with %v, want ErrHung", err)
			}
			hung++
			t.Logf("hang %d noticed after %v (KeepAlive 300ms, Timeout 200ms)", hung, time.Since(frozen).Round(time.Millisecond))
		case <-time.After(20 * time.Second):
			t.Fatalf("frozen server not noticed (%d hangs seen)", hung)
		}
	}
	r.srv.Deliver("INBOX", msg(1), time.Now())
	r.proxy.thaw()
	h.waitN(t, 1)
	t.Logf("mail handled %v after the freeze began", time.Since(frozen).Round(time.Millisecond))
	if got := fmt.Sprint(h.uids()); got != "[1]" {
		t.Errorf("handled %s, want [1]", got)
	}
}

// A freeze in the middle of a command (not while idle) is noticed too.
func TestPollerNoticesServerFrozenDuringFetch(t *testing.T) {
	h := newHandler()
	r := startFaultRig(t, h, nil)
	h.mu.Lock()
	h.onHandle = func() { r.proxy.freeze() } // the MOVE after the commit hangs
	h.mu.Unlock()
	r.srv.Deliver("INBOX", msg(1), time.Now())
	select {
	case err := <-r.ended:
		if !errors.Is(err, intake.ErrHung) {
			t.Fatalf("session ended with %v, want ErrHung", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("hang during a command not noticed")
	}
	h.mu.Lock()
	h.onHandle = nil
	h.mu.Unlock()
	r.proxy.thaw()
	r.waitReady(t)
	if got := fmt.Sprint(h.uids()); got != "[1]" {
		t.Errorf("handled %s, want [1] once", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for count(t, r.srv, "Processed") != 1 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if in, done := count(t, r.srv, "INBOX"), count(t, r.srv, "Processed"); in != 0 || done != 1 {
		t.Errorf("INBOX %d, Processed %d; want 0, 1 (the sweep finishes the move)", in, done)
	}
}

// Database errors are retried on the same IMAP session: one connection,
// and the mail handled once.
func TestPollerRetriesDatabaseOnSameSession(t *testing.T) {
	h := newHandler()
	h.failNext = 5
	r := startFaultRig(t, h, nil)
	r.srv.Deliver("INBOX", msg(1), time.Now())
	h.waitN(t, 1)
	if n := r.proxy.connections(); n != 1 {
		t.Errorf("%d IMAP connections, want 1: a database error must not end the session", n)
	}
	if got := fmt.Sprint(h.uids()); got != "[1]" {
		t.Errorf("handled %s, want [1]", got)
	}
}

// The backoff grows while the server is down and starts over after a
// session that reached the point of waiting for mail.
func TestPollerBackoffResetsAfterSession(t *testing.T) {
	h := newHandler()
	var mu sync.Mutex
	var seen []int
	r := startFaultRig(t, h, func(_ *intake.MailboxConfig, p *intake.Poller) {
		p.SetRetryFunc(func(failures int, _ float64) time.Duration {
			mu.Lock()
			seen = append(seen, failures)
			mu.Unlock()
			return 5 * time.Millisecond
		})
	})
	failuresAt := func() []int {
		mu.Lock()
		defer mu.Unlock()
		return append([]int(nil), seen...)
	}
	for round := 0; round < 2; round++ {
		r.proxy.setDown(true)
		for len(failuresAt()) < 4*(round+1) {
			time.Sleep(time.Millisecond)
		}
		r.proxy.setDown(false)
		r.waitReady(t)
		mu.Lock()
		seen = append(seen, -1) // session established
		mu.Unlock()
	}
	got := failuresAt()
	t.Logf("failure counts passed to the backoff: %v", got)
	if got[0] != 1 {
		t.Errorf("first backoff after a session counted %d failures, want 1", got[0])
	}
	for i := 1; i < len(got); i++ {
		if got[i-1] == -1 && got[i] != 1 {
			t.Errorf("backoff after an established session counted %d failures, want 1: %v", got[i], got)
		}
	}
	if max(got[1], got[2], got[3]) < 3 {
		t.Errorf("backoff did not grow while the server was down: %v", got)
	}
}
