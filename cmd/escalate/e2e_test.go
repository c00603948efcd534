package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake/memserver"
	"github.com/escalate-dev/escalate/mailer/smtpsink"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// env is a gateway's world: a real IMAP server, a real SMTP server and a
// real store, all on this machine.
type env struct {
	imap    *memserver.Server
	smtp    *smtpsink.Sink
	dir     string
	cfgPath string
	cfg     *Config
}

const testConfig = `
[gateway]
name = "Acme Support"
address = "support@acme.example"
secret = "test-secret"
contact = "Dana <dana@acme.example>"
agents = ["dana@acme.example"]
trusted_servers = ["mx.acme.example"]
team = [%[5]s]
[database]
%[1]s
[[mailbox]]
name = "support"
address = "%[2]s"
tls = "none"
username = "support@acme.example"
password = "pw"
processed_folder = "Processed"
poll_interval = "2s"
[smtp]
host = "127.0.0.1"
port = %[3]d
tls = "none"
timeout = "5s"
[reports]
dir = "%[4]s"
`

func newEnv(t *testing.T, d schema.Dialect, team ...string) *env {
	t.Helper()
	e := &env{dir: t.TempDir()}
	var err error
	if e.imap, err = memserver.Start("support@acme.example", "pw", []string{"Processed"}, memserver.Options{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.imap.Close() })
	if e.smtp, err = smtpsink.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.smtp.Close() })
	db := fmt.Sprintf("path = %q", filepath.Join(e.dir, "escalate.db"))
	if d == schema.Postgres {
		db = fmt.Sprintf("url = %q", schematest.DSN(t, d))
	}
	quoted := make([]string, len(team))
	for i, a := range team {
		quoted[i] = fmt.Sprintf("%q", a)
	}
	text := fmt.Sprintf(testConfig, db, e.imap.Addr, e.smtp.Port(), filepath.Join(e.dir, "reports"), strings.Join(quoted, ","))
	e.cfgPath = filepath.Join(e.dir, "escalate.toml")
	if err := os.WriteFile(e.cfgPath, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if e.cfg, err = LoadConfig(e.cfgPath); err != nil {
		t.Fatal(err)
	}
	return e
}

// start runs a Program until the test ends and returns once its mailbox
// session waits for mail.
func (e *env) start(t *testing.T, now func() time.Time) *Program {
	t.Helper()
	ready := make(chan struct{}, 1)
	p, err := NewProgram(context.Background(), e.cfg, ProgramOptions{Now: now,
		Log:       slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo})),
		Connected: func(string) { ready <- struct{}{} }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
		p.Close()
	})
	select {
	case <-ready:
	case <-time.After(10 * time.Second):
		t.Fatal("gateway did not connect to IMAP within 10s")
	}
	return p
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(b), "\n"))
	return len(b), nil
}

// wait bounds how long a test waits for the gateway (a bound, not a sleep).
func wait(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	return ctx
}

const customerMail = "From: Priya Natarajan <priya@northwind.example>\r\n" +
	"To: support@acme.example\r\n" +
	"Subject: Re: Platform down - nobody can log in\r\n" +
	"Date: Thu, 26 Nov 2026 09:00:00 +0000\r\n" +
	"Message-ID: <m2@northwind.example>\r\n" +
	"In-Reply-To: <m1@northwind.example>\r\n" +
	"References: <m0@northwind.example> <m1@northwind.example>\r\n" +
	"\r\n" +
	"Since 08:40 none of our staff can log in; every page returns 500 errors.\r\n" +
	"The whole platform is down for the entire organization.\r\n"

func TestEndToEnd(t *testing.T) {
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d)
			p := e.start(t, nil)
			if _, err := e.imap.Deliver("INBOX", []byte(customerMail), time.Now()); err != nil {
				t.Fatal(err)
			}
			msgs, err := e.smtp.Wait(wait(t), 1)
			if err != nil {
				t.Fatal(err)
			}
			ack := msgs[0]
			checkAck(t, ack)
			if !strings.Contains(string(ack.Raw), "within 15 minutes") {
				t.Errorf("ack does not state the P1 response time:\n%s", ack.Raw)
			}
			ctx := context.Background()
			tk, err := p.Store.Ticket(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			if tk.Severity != 1 || tk.Status != "open" || tk.CustomerAddr != "priya@northwind.example" ||
				tk.ThreadRoot != "m2@northwind.example" || tk.AckDueAt.Sub(tk.OpenedAt) != 15*time.Minute {
				t.Errorf("ticket = %+v", tk)
			}
			waitFor(t, "acked_at set", func() bool {
				tk, _ := p.Store.Ticket(ctx, 1)
				return tk.AckedAt != nil
			})
			waitFor(t, "mail moved to Processed", func() bool {
				in, _ := e.imap.Status("INBOX")
				done, _ := e.imap.Status("Processed")
				return *in.NumMessages == 0 && *done.NumMessages == 1
			})
			index, err := p.WriteReports(ctx)
			if err != nil {
				t.Fatal(err)
			}
			page, err := os.ReadFile(index)
			if err != nil || !strings.Contains(string(page), "echarts") || !strings.Contains(string(page), "P1") {
				t.Errorf("metrics page %s: %v\n%.400s", index, err, page)
			}
		})
	}
}

// checkAck checks the acknowledgement of customerMail: ticket tag in the
// subject, the customer's thread, marked automatic, sent to the customer.
func checkAck(t *testing.T, ack smtpsink.Message) {
	t.Helper()
	h := ack.Header()
	subject, _ := h.Subject()
	checks := []struct{ what, got, want string }{
		{"subject", subject, "Re: [ESC-1] Platform down - nobody can log in"},
		{"In-Reply-To", h.Get("In-Reply-To"), "<m2@northwind.example>"},
		{"References", h.Get("References"), "<m0@northwind.example> <m1@northwind.example> <m2@northwind.example>"},
		{"Auto-Submitted", h.Get("Auto-Submitted"), "auto-replied"},
		{"rcpt", strings.Join(ack.To, ","), "priya@northwind.example"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("ack %s = %q, want %q", c.what, c.got, c.want)
		}
	}
}

// waitFor polls cond (a store or server query) until it holds, for at
// most 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

var _ = io.Discard
