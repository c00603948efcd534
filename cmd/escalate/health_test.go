package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/mailer"
	"github.com/escalate-dev/escalate/schema"
)

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// switchProxy relays TCP to target while on; off closes its listener and
// every relayed connection, as a server that stopped would.
type switchProxy struct {
	addr, target string
	mu           sync.Mutex
	ln           net.Listener
	conns        []net.Conn
}

func (p *switchProxy) on(t *testing.T) {
	t.Helper()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.ln, p.addr = ln, ln.Addr().String()
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { io.Copy(s, c); s.Close() }()
			go func() { io.Copy(c, s); c.Close() }()
		}
	}()
}

func (p *switchProxy) off() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ln.Close()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func healthz(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestHealthzFollowsTheIMAPServer: the IMAP server stops; /healthz stays
// healthy until the threshold has passed on the (simulated) clock, then
// answers 503 naming the mailbox; the server comes back and /healthz is
// healthy again.
func TestHealthzFollowsTheIMAPServer(t *testing.T) {
	e := newEnv(t, schema.SQLite)
	proxy := &switchProxy{addr: "127.0.0.1:0", target: e.imap.Addr}
	proxy.on(t)
	t.Cleanup(proxy.off)
	e.cfg.Mailbox[0].Address = proxy.addr
	clock := &fakeClock{t: time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)}
	p := e.start(t, clock.Now)
	srv := httptest.NewServer(p.Health)
	defer srv.Close()

	if code, body := healthz(t, srv.URL); code != 200 || !strings.Contains(body, "mailbox support: ok") || !strings.Contains(body, "database: ok") {
		t.Fatalf("/healthz while connected = %d\n%s", code, body)
	}
	proxy.off()
	mailboxLine := func() string {
		_, lines := p.Health.check(context.Background())
		return strings.Join(lines, "\n")
	}
	waitFor(t, "the monitor to see the server gone", func() bool { return strings.Contains(mailboxLine(), "mailbox support: unreachable") })
	clock.Add(4 * time.Minute)
	if code, body := healthz(t, srv.URL); code != 200 || !strings.Contains(body, "mailbox support: unreachable for 4m0s (unhealthy after 5m0s)") {
		t.Errorf("/healthz 4 min into the outage = %d, want 200 with the outage noted\n%s", code, body)
	}
	clock.Add(2 * time.Minute)
	code, body := healthz(t, srv.URL)
	if code != http.StatusServiceUnavailable || !strings.HasPrefix(body, "unhealthy\n") || !strings.Contains(body, "mailbox support: unreachable for 6m0s (over 5m0s)") {
		t.Errorf("/healthz 6 min into the outage = %d, want 503 naming the mailbox\n%s", code, body)
	}
	proxy.on(t)
	waitFor(t, "the poller to reconnect", func() bool { return strings.Contains(mailboxLine(), "mailbox support: ok") })
	if code, body := healthz(t, srv.URL); code != 200 || !strings.Contains(body, "mailbox support: ok") {
		t.Errorf("/healthz after the server came back = %d\n%s", code, body)
	}
}

func TestHealthMonitorParts(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)}
	m := newHealthMonitor(clock.Now, time.Minute)
	dbErr := error(nil)
	m.probe("database", func(context.Context) error { return dbErr })
	tr := healthTransport{Transport: resultsTransport{}, m: m}
	check := func(want bool, wantLine string) {
		t.Helper()
		ok, lines := m.check(context.Background())
		if ok != want || !strings.Contains(strings.Join(lines, "\n"), wantLine) {
			t.Errorf("check = %v %q, want %v with %q", ok, lines, want, wantLine)
		}
	}
	check(true, "database: ok")
	dbErr = errors.New("connection refused")
	check(true, "database: unreachable for 0s")
	clock.Add(61 * time.Second)
	check(false, "database: unreachable for 1m1s (over 1m0s): connection refused")
	dbErr = nil
	check(true, "database: ok")

	temp := mailer.Result{Err: errors.New("dial tcp: connection refused"), Temporary: true}
	tr.Send(context.Background(), []mailer.Mail{{}, {}}) // no results configured: nothing learnt
	check(true, "database: ok")
	resultsFor = []mailer.Result{temp, temp}
	tr.Send(context.Background(), []mailer.Mail{{}, {}})
	clock.Add(2 * time.Minute)
	check(false, "smtp: unreachable for 2m0s (over 1m0s): dial tcp: connection refused")
	resultsFor = []mailer.Result{temp, {Err: errors.New("550 no such user")}} // the server answered
	tr.Send(context.Background(), []mailer.Mail{{}, {}})
	check(true, "smtp: ok")
	resultsFor = nil
}

// resultsTransport returns resultsFor from Send.
type resultsTransport struct{}

var resultsFor []mailer.Result

func (resultsTransport) Send(context.Context, []mailer.Mail) []mailer.Result { return resultsFor }

// TestRunStopsAtOnceWhenAPartFails: a metrics address that is taken stops
// `run` at once with exit status 1, after the startup line, which is
// written at every log level.
func TestRunStopsAtOnceWhenAPartFails(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	for _, tt := range []struct{ level, listen, want string }{
		{"warn", taken.Addr().String(), "address already in use"},
		{"error", "127.0.0.1:99999", "invalid port"},
	} {
		e := newEnv(t, schema.SQLite)
		text, _ := os.ReadFile(e.cfgPath)
		cfg := filepath.Join(e.dir, "run.toml")
		os.WriteFile(cfg, []byte(string(text)+"[metrics]\nlisten = \""+tt.listen+"\"\n[log]\nlevel = \""+tt.level+"\"\n"), 0o600)
		start := time.Now()
		_, errs, err := runCLI(t, "run", "--config", cfg) // runs until a part fails: no deadline of its own
		took := time.Since(start)
		if exitCode(err) != 1 || !strings.Contains(err.Error(), "metrics.listen "+tt.listen) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run with metrics.listen %s: %v, want exit 1 naming metrics.listen and %q", tt.listen, err, tt.want)
		}
		if took > 10*time.Second {
			t.Errorf("run took %v to fail, want at once", took)
		}
		for _, want := range []string{"escalate starting", "version=", "store=\"sqlite ", "mailboxes=\"support=support@acme.example@127.0.0.1:",
			"smtp=\"127.0.0.1:", "metrics=\"" + tt.listen} {
			if !strings.Contains(errs, want) {
				t.Errorf("level %s: the startup line lacks %q:\n%s", tt.level, want, errs)
			}
		}
		if n := strings.Count(errs, "\n"); n != 1 {
			t.Errorf("level %s: %d log lines, want the startup line alone:\n%s", tt.level, n, errs)
		}
	}
}

func TestStoreLocationHidesSecrets(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://esc:s3cret@db.internal:5432/escalate?sslmode=verify-full&password=x": "postgres://esc@db.internal:5432/escalate",
		"/var/lib/escalate/escalate.db": "/var/lib/escalate/escalate.db",
		"mysql://u:p@h/d":               "(a URL, hidden)",
	} {
		if got := storeLocation(in); got != want {
			t.Errorf("storeLocation(%q) = %q, want %q", in, got, want)
		}
	}
}
