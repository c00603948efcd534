package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake/memserver"
	"github.com/escalate-dev/escalate/mailer/smtpsink"
	"github.com/escalate-dev/escalate/schema"
)

const demoConfig = `# Written by "escalate demo". The IMAP and SMTP servers were in-process and
# are gone; the database and the pages stay, so these work on the demo's data:
#   escalate tickets --config %[1]s
#   escalate report  --config %[1]s
[gateway]
name = "Acme Support"
address = "support@acme.example"
secret = "%[2]s"
contact = "Dana Reyes, Customer Success Manager <dana@acme.example>"
team = ["oncall@acme.example"]
agents = ["dana@acme.example"]
agent_auth = "from-header"            # the in-process servers add no Authentication-Results

[contacts]                            # the escalation ladder's people
csm = ["Dana Reyes <dana@acme.example>"]
team_lead = ["Sam Lead <lead@acme.example>"]
vp = ["Vic President <vp@acme.example>"]
cco = ["Chris Officer <cco@acme.example>"]
ceo = ["Alex Chief <ceo@acme.example>"]
technical = ["Terry Tech <cto@acme.example>"]
product = ["Pat Product <cpo@acme.example>"]

[database]
path = "escalate.db"

[[mailbox]]
name = "support"
address = "%[3]s"
tls = "none"
username = "support@acme.example"
password = "%[4]s"
processed_folder = "Processed"

[smtp]
host = "127.0.0.1"
port = %[5]d
tls = "none"

[reports]
dir = "reports"

[log]
level = "warn"
`

func cmdDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("demo", "demo [--dir DIR] [--history DAYS] [--timeout 60s] [-v]", commandHelp["demo"], stdout, stderr)
	history := f.Int("history", 0, "instead of the short run, simulate `DAYS` of customers, agents and clocks through the whole gateway, so every report page has data")
	dir := f.String("dir", "", "keep the database, the pages and a config file in `DIR` (default: a temporary directory, removed at the end)")
	timeout := f.Duration("timeout", 60*time.Second, "give up after this long")
	verbose := f.Bool("v", false, "log what the gateway does (on standard error)")
	if _, err := f.parse(args, 0); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	if *dir == "" {
		d, err := os.MkdirTemp("", "escalate-demo-")
		if err != nil {
			return err
		}
		// Removed after the store is closed (defers run last-in first-out).
		defer os.RemoveAll(d)
		*dir = d
	} else if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	} else if err := cleanDemoDir(*dir); err != nil {
		return err
	}
	d, err := startDemo(*dir)
	if err != nil {
		return err
	}
	d.temporary = !f.given("dir")
	defer d.close()
	fmt.Fprintf(stdout, "escalate demo: IMAP %s, SMTP %s, store %s\n\n", d.imap.Addr, d.smtp.Addr, filepath.Join(*dir, "escalate.db"))

	logLevel := slog.LevelWarn
	if *verbose {
		logLevel = slog.LevelInfo
	}
	ready := make(chan struct{}, 1)
	clock := &simClock{offset: -time.Duration(*history) * 24 * time.Hour}
	p, err := NewProgram(ctx, d.cfg, ProgramOptions{
		Now:       clock.Now,
		Log:       slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel})),
		Connected: func(string) { ready <- struct{}{} },
	})
	if err != nil {
		return err
	}
	defer p.Close()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(runCtx) }()
	defer func() { stop(); <-done }()

	select {
	case <-ready:
	case <-ctx.Done():
		return fmt.Errorf("demo: gateway did not connect to IMAP: %w", ctx.Err())
	}
	if *history > 0 {
		if err := d.runHistory(ctx, p, clock, *history, stdout); err != nil {
			return err
		}
		return d.pages(ctx, p, stdout)
	}
	now := time.Now()
	for i, m := range demoMails {
		if _, err := d.imap.Deliver("INBOX", m.raw(i+1, now), now); err != nil {
			return err
		}
	}
	if _, err := d.imap.Deliver("INBOX", demoAutoReply(now), now); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "delivered %d customer mails and 1 out-of-office reply to the support mailbox\n\n", len(demoMails))
	acks, err := d.waitAcks(ctx, len(demoMails))
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	// The team's notices wait while the gateway acknowledges mail that
	// came together; the agents' steps begin once they are out, so that
	// each step shows what it caused and no notice.
	if err := waitUntil(ctx, func() bool { return noticesPending(ctx, p) == 0 }); err != nil {
		return fmt.Errorf("demo: notices: %w", err)
	}
	if err := d.report(ctx, p, acks, stdout); err != nil {
		return err
	}
	if err := d.runAgents(ctx, p, stdout); err != nil {
		return err
	}
	if err := d.runClocks(ctx, p, clock, stdout); err != nil {
		return err
	}
	if err := d.runIncident(ctx, p, clock, stdout); err != nil {
		return err
	}
	return d.pages(ctx, p, stdout)
}

type demo struct {
	dir       string
	temporary bool // removed when the demo ends
	imap      *memserver.Server
	smtp      *smtpsink.Sink
	cfg       *Config
}

func startDemo(dir string) (*demo, error) {
	d := &demo{dir: dir}
	pw := randomHex(8)
	var err error
	if d.imap, err = memserver.Start("support@acme.example", pw, []string{"Processed"}, memserver.Options{}); err != nil {
		return nil, err
	}
	if d.smtp, err = smtpsink.Start(); err != nil {
		d.imap.Close()
		return nil, err
	}
	path := filepath.Join(dir, "escalate.toml")
	text := fmt.Sprintf(demoConfig, path, randomHex(16), d.imap.Addr, pw, d.smtp.Port())
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		d.close()
		return nil, err
	}
	if d.cfg, err = LoadConfig(path); err != nil {
		d.close()
		return nil, err
	}
	return d, nil
}

func (d *demo) close() {
	d.imap.Close()
	d.smtp.Close()
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// waitAcks waits until n acknowledgements reached the SMTP server.
func (d *demo) waitAcks(ctx context.Context, n int) ([]smtpsink.Message, error) {
	for {
		var acks []smtpsink.Message
		all := d.smtp.Messages()
		for _, m := range all {
			if h := m.Header(); h.Get("Auto-Submitted") == "auto-replied" {
				acks = append(acks, m)
			}
		}
		if len(acks) >= n {
			return acks, nil
		}
		if _, err := d.smtp.Wait(ctx, len(all)+1); err != nil {
			return nil, fmt.Errorf("%d of %d acknowledgements sent: %w", len(acks), n, err)
		}
	}
}

// noticesPending counts the team notices not sent yet (-1 when the store
// cannot tell).
func noticesPending(ctx context.Context, p *Program) int {
	var n int
	if err := p.Store.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE kind = 'notice' AND status = 'pending'`).Scan(&n); err != nil {
		return -1
	}
	return n
}

func (d *demo) report(ctx context.Context, p *Program, acks []smtpsink.Message, stdout io.Writer) error {
	ts, err := p.Store.Tickets(ctx, schema.TicketFilter{Limit: 1000})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "tickets (%d):\n", len(ts))
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "  TICKET\tSEV\tACK WITHIN\tCUSTOMER\tSUBJECT")
	for i := len(ts) - 1; i >= 0; i-- {
		t := ts[i]
		fmt.Fprintf(w, "  %s-%d\t%s\t%s\t%s\t%s\n", p.Config.Gateway.TicketPrefix, t.ID, classify.Severity(t.Severity),
			escalation.HumanDuration(t.AckDueAt.Sub(t.OpenedAt)), termText(t.CustomerAddr, false), termText(t.Subject, false))
	}
	w.Flush()
	fmt.Fprintf(stdout, "\nacknowledgements sent (%d):\n", len(acks))
	for _, m := range acks {
		h := m.Header()
		subj, _ := h.Subject()
		fmt.Fprintf(stdout, "  to %-28s %s\n", termText(strings.Join(m.To, ","), false), termText(subj, false))
		fmt.Fprintf(stdout, "     In-Reply-To: %s\n", termText(h.Get("In-Reply-To"), false))
	}
	notices := len(d.smtp.Messages()) - len(acks)
	fmt.Fprintf(stdout, "\ninternal notices to the team (P1/P2): %d\n", notices)
	// The out-of-office reply came last; it is set aside, not answered.
	var aside []schema.Message
	if err := waitUntil(ctx, func() bool {
		aside, err = p.Store.SetAside(ctx, 10)
		return err != nil || len(aside) > 0
	}); err != nil {
		return fmt.Errorf("demo: the out-of-office reply: %w", err)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nset aside as automatic, no ticket and no reply (escalate tickets --automatic): %d\n", len(aside))
	for _, m := range aside {
		fmt.Fprintf(stdout, "  %-12s %s  %s\n", m.AutoKind, termText(m.FromAddr, false), termText(m.Subject, false))
	}
	return nil
}

func (d *demo) pages(ctx context.Context, p *Program, stdout io.Writer) error {
	index, err := p.WriteReports(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nmetrics page: %s\n", index)
	fmt.Fprintf(stdout, "config for other commands: %s\n", filepath.Join(d.dir, "escalate.toml"))
	if d.temporary {
		fmt.Fprintf(stdout, "(%s is removed when the demo ends; run \"escalate demo --dir DIR\" to keep it)\n", d.dir)
	}
	return nil
}
