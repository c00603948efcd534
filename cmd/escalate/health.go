package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/mailer"
)

// healthMonitor answers /healthz. Each part (every mailbox, the database,
// SMTP) is up or down since a time of the injected clock; the gateway is
// unhealthy when a part has been down for longer than the threshold
// (metrics.unhealthy_after), so that a blip or a reconnect does not page
// anyone. How each part is observed:
//   - a mailbox: its poller's sessions (down from start until the first
//     session is ready, and whenever a session ends or an attempt fails);
//   - the database: a ping at every /healthz request;
//   - SMTP: every delivery batch (down when every mail of a batch failed
//     temporarily: no connection, TLS or authentication, or a 4xx reply).
//     With nothing to send it stays as last seen.
type healthMonitor struct {
	now       func() time.Time
	threshold time.Duration

	mu     sync.Mutex
	parts  map[string]*partHealth
	probes map[string]func(context.Context) error
}

type partHealth struct {
	up     bool
	since  time.Time // when up last changed
	reason string    // why it is down
}

func newHealthMonitor(now func() time.Time, threshold time.Duration) *healthMonitor {
	return &healthMonitor{now: now, threshold: threshold, parts: map[string]*partHealth{},
		probes: map[string]func(context.Context) error{}}
}

// set records a part's state; the time only moves when the state changes.
func (m *healthMonitor) set(part string, up bool, reason string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p := m.parts[part]
	if p == nil || p.up != up {
		p = &partHealth{up: up, since: m.now()}
		m.parts[part] = p
	}
	p.reason = reason
}

// probe has f checked at every /healthz request.
func (m *healthMonitor) probe(part string, f func(context.Context) error) {
	m.set(part, true, "")
	m.mu.Lock()
	m.probes[part] = f
	m.mu.Unlock()
}

// watchMailbox follows a poller: down until its first session.
func (m *healthMonitor) watchMailbox(name string, p *intake.Poller) {
	part := "mailbox " + name
	m.set(part, false, "not connected yet")
	p.OnHealth(func(h intake.MailboxHealth) {
		if h.Connected {
			m.set(part, true, "")
			return
		}
		m.set(part, false, fmt.Sprint(h.LastErr))
	})
}

// check runs the probes and reports whether every part is healthy, with
// one line per part, sorted.
func (m *healthMonitor) check(ctx context.Context) (healthy bool, lines []string) {
	m.mu.Lock()
	probes := make(map[string]func(context.Context) error, len(m.probes))
	for k, v := range m.probes {
		probes[k] = v
	}
	m.mu.Unlock()
	for part, f := range probes {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := f(pctx)
		cancel()
		m.set(part, err == nil, fmt.Sprint(err))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	healthy = true
	for name, p := range m.parts {
		down := now.Sub(p.since).Round(time.Second)
		switch {
		case p.up:
			lines = append(lines, fmt.Sprintf("%s: ok", name))
		case down > m.threshold:
			healthy = false
			lines = append(lines, fmt.Sprintf("%s: unreachable for %s (over %s): %s", name, down, m.threshold, p.reason))
		default:
			lines = append(lines, fmt.Sprintf("%s: unreachable for %s (unhealthy after %s): %s", name, down, m.threshold, p.reason))
		}
	}
	sort.Strings(lines)
	return healthy, lines
}

// ServeHTTP answers 200 "ok" or 503 "unhealthy", then a line per part.
func (m *healthMonitor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	healthy, lines := m.check(r.Context())
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	status := "ok"
	if !healthy {
		status = "unhealthy"
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	fmt.Fprintf(w, "%s\n%s\n", status, strings.Join(lines, "\n"))
}

// healthTransport tells the monitor how SMTP deliveries go.
type healthTransport struct {
	mailer.Transport
	m *healthMonitor
}

// The deliverer marks each mail as soon as it is answered only through a
// StreamTransport; wrapping must not hide it.
var (
	_ mailer.StreamTransport = healthTransport{}
	_ mailer.Prober          = healthTransport{}
)

// SendEach keeps the inner transport's results streaming (each mail is
// marked as soon as the server answered it, see mailer.StreamTransport)
// and records SMTP as down when every mail failed temporarily.
func (t healthTransport) SendEach(ctx context.Context, mails []mailer.Mail, done func(int, mailer.Result)) {
	st, ok := t.Transport.(mailer.StreamTransport)
	if !ok {
		for i, r := range t.Send(ctx, mails) {
			done(i, r)
		}
		return
	}
	var mu sync.Mutex
	answered, reason := false, ""
	st.SendEach(ctx, mails, func(i int, r mailer.Result) {
		mu.Lock()
		if r.Err == nil || !r.Temporary {
			answered = true
		} else {
			reason = r.Err.Error()
		}
		mu.Unlock()
		done(i, r)
	})
	if answered {
		t.m.set("smtp", true, "") // the server answered
	} else if len(mails) > 0 {
		t.m.set("smtp", false, reason)
	}
}

// Probe keeps the inner transport's probe (mailer.Prober) visible
// through the wrapper and records SMTP as up when the server answers.
func (t healthTransport) Probe(ctx context.Context) error {
	p, ok := t.Transport.(mailer.Prober)
	if !ok {
		return errors.ErrUnsupported
	}
	err := p.Probe(ctx)
	if err == nil {
		t.m.set("smtp", true, "")
	}
	return err
}

// Send sends and records SMTP as down when every mail failed temporarily.
func (t healthTransport) Send(ctx context.Context, mails []mailer.Mail) []mailer.Result {
	res := t.Transport.Send(ctx, mails)
	var reason string
	for _, r := range res {
		if r.Err == nil || !r.Temporary {
			t.m.set("smtp", true, "") // the server answered
			return res
		}
		reason = r.Err.Error()
	}
	if len(res) > 0 {
		t.m.set("smtp", false, reason)
	}
	return res
}
