package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation/desk"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/mailer"
	"github.com/escalate-dev/escalate/schema"
)

// Program is the whole gateway: store, pollers, deliverer and reports,
// started by `escalate run` and by the end-to-end tests.
type Program struct {
	Config    *Config
	Store     *schema.Store
	Desk      *desk.Desk
	Deliverer *mailer.Deliverer
	Clocks    *desk.Clocks // the protocol's clocks
	Pollers   []*intake.Poller
	Health    *healthMonitor // /healthz
	Log       *slog.Logger
	Now       func() time.Time
}

// ProgramOptions override parts for tests and the demo.
type ProgramOptions struct {
	Now       func() time.Time // default time.Now
	Log       *slog.Logger
	Transport mailer.Transport // default SMTP from the config
	// Connected is called when a mailbox session is ready (demo, tests).
	Connected func(mailbox string)
	// Committed is called after each mail's transaction commits, with the
	// wall-clock time (benchmarks).
	Committed func(f intake.Fetched, at time.Time)
}

// NewProgram opens the store (migrating it) and wires every part.
func NewProgram(ctx context.Context, cfg *Config, opt ProgramOptions) (*Program, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Log == nil {
		opt.Log = newLogger(cfg.Log, os.Stderr)
	}
	cl, err := loadClassifier(cfg)
	if err != nil {
		return nil, err
	}
	dsn, err := cfg.DatabaseDSN(ctx)
	if err != nil {
		return nil, err
	}
	store, err := schema.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	p := &Program{Config: cfg, Store: store, Log: opt.Log, Now: opt.Now}
	p.Health = newHealthMonitor(opt.Now, cfg.Metrics.UnhealthyAfter.Duration)
	p.Health.probe("database", store.Ping)
	secret, err := cfg.Gateway.Secret.Resolve(ctx)
	if err == nil && secret == "" {
		err = errors.New("resolves to an empty value")
	}
	if err != nil {
		store.Close()
		return nil, fmt.Errorf("gateway.secret: %w", err)
	}
	pr, err := cfg.protocol()
	if err != nil {
		store.Close()
		return nil, err
	}
	p.Desk, err = desk.New(ctx, cfg.deskConfig(secret), store, cl, pr, opt.Now, opt.Log)
	if err != nil {
		store.Close()
		return nil, err
	}
	tr := opt.Transport
	if tr == nil {
		if tr, err = newSMTPTransport(cfg); err != nil {
			store.Close()
			return nil, err
		}
	}
	p.Deliverer = &mailer.Deliverer{Queue: desk.NewOutbox(store, p.Desk), Transport: healthTransport{tr, p.Health}, Now: opt.Now, Log: opt.Log,
		Lanes: 2}
	p.Clocks = p.Desk.Clocks()
	p.Desk.Kick = func() { p.Deliverer.Kick(); p.Clocks.Kick() }
	p.Desk.Committed = opt.Committed
	leases := store.MailboxLeases(instanceName())
	leases.Gone = holderGone
	for _, m := range cfg.Mailbox {
		poller := intake.NewPoller(m.intake(cfg), p.Desk, opt.Log)
		poller.Lease = leases
		p.Health.watchMailbox(m.Name, poller)
		if opt.Connected != nil {
			name := m.Name
			poller.Connected = func() { opt.Connected(name) }
		}
		p.Pollers = append(p.Pollers, poller)
	}
	return p, nil
}

func loadClassifier(cfg *Config) (*classify.Classifier, error) {
	rules, vocabulary := cfgRules(cfg), cfg.Classify.Vocabulary
	if vocabulary != "" {
		vocabulary = cfg.path(vocabulary)
	}
	cl, err := classifierFor(rules)
	if err != nil {
		return nil, fmt.Errorf("classify.rules: %w", err)
	}
	if cl, err = withVocabulary(cl, vocabulary); err != nil {
		return nil, fmt.Errorf("classify.vocabulary: %w", err)
	}
	return cl, nil
}

// cfgRules is the path of the operator's rules file, "" for none.
func cfgRules(cfg *Config) string {
	if cfg.Classify.Rules == "" {
		return ""
	}
	return cfg.path(cfg.Classify.Rules)
}

// smtpTransport resolves the SMTP password at each batch, so a rotated
// secret or OAuth token is used without a restart. Its Sender, and the
// connections that Sender keeps open, last while the password stays the
// same.
type smtpTransport struct {
	cfg    *Config
	mu     sync.Mutex
	pw     string
	sender *mailer.Sender
}

func newSMTPTransport(cfg *Config) (mailer.Transport, error) {
	if _, err := mailer.NewSender(cfg.smtpConfig("")); err != nil {
		return nil, fmt.Errorf("smtp: %w", err)
	}
	return &smtpTransport{cfg: cfg}, nil
}

func (t *smtpTransport) Send(ctx context.Context, mails []mailer.Mail) []mailer.Result {
	res := make([]mailer.Result, len(mails))
	t.SendEach(ctx, mails, func(i int, r mailer.Result) { res[i] = r })
	return res
}

// SendEach makes smtpTransport a mailer.StreamTransport: each mail is
// marked sent as soon as the server accepted it.
func (t *smtpTransport) SendEach(ctx context.Context, mails []mailer.Mail, done func(int, mailer.Result)) {
	s, err := t.senderFor(ctx)
	if err == nil {
		s.SendEach(ctx, mails, done)
		return
	}
	for i := range mails {
		done(i, mailer.Result{Err: fmt.Errorf("smtp.password: %w", err), Temporary: true})
	}
}

// Probe makes smtpTransport a mailer.Prober: the deliverer probes the
// server while it is unreachable instead of waiting out the back-off.
func (t *smtpTransport) Probe(ctx context.Context) error {
	s, err := t.senderFor(ctx)
	if err != nil {
		return fmt.Errorf("smtp.password: %w", err)
	}
	return s.Probe(ctx)
}

// senderFor returns the Sender for the password as it resolves now.
func (t *smtpTransport) senderFor(ctx context.Context) (*mailer.Sender, error) {
	pw, err := t.cfg.SMTP.Password.Resolve(ctx)
	if err != nil {
		return nil, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.sender != nil && pw == t.pw {
		return t.sender, nil
	}
	s, err := mailer.NewSender(t.cfg.smtpConfig(pw))
	if err != nil {
		return nil, err
	}
	if t.sender != nil {
		t.sender.Close() // connections authenticated with the old password
	}
	t.sender, t.pw = s, pw
	return s, nil
}

// instanceName names this process among gateway instances sharing a
// database: the holder of its mailbox leases (host/pid/random).
func instanceName() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s/%d/%x", host, os.Getpid(), b)
}

// holderGone reports a lease holder that was a process of this host and
// no longer runs (killed, crashed): a restart takes its lease at once.
func holderGone(holder string) bool {
	host, _ := os.Hostname()
	h, rest, ok := strings.Cut(holder, "/")
	pidText, _, _ := strings.Cut(rest, "/")
	pid, err := strconv.Atoi(pidText)
	if !ok || h != host || err != nil || pid == os.Getpid() {
		return false
	}
	proc, err := os.FindProcess(pid)
	if err != nil {
		return true
	}
	return errors.Is(proc.Signal(syscall.Signal(0)), os.ErrProcessDone)
}

// Run runs every part until ctx ends, or until a part fails: then every
// other part is stopped too and Run returns the failure. Shutdown stops
// the pollers (no new mail is taken), and the deliverer finishes the batch
// in flight.
func (p *Program) Run(ctx context.Context) error {
	ctx, failed := context.WithCancel(ctx)
	defer failed()
	var wg sync.WaitGroup
	errs := make(chan error, len(p.Pollers)+5)
	start := func(f func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := f(ctx)
			if err != nil {
				failed() // one part down stops the whole process
			}
			errs <- err
		}()
	}
	metrics, err := p.listenMetrics()
	if err != nil {
		return err
	}
	pages, err := p.listenReports(ctx)
	if err != nil {
		if metrics != nil {
			metrics.Close()
		}
		return err
	}
	for _, poller := range p.Pollers {
		start(poller.Run)
	}
	start(p.Deliverer.Run)
	start(p.Clocks.Run)
	start(p.reportLoop)
	if metrics != nil {
		start(func(ctx context.Context) error { return p.serveMetrics(ctx, metrics) })
	}
	if pages != nil {
		start(func(ctx context.Context) error { return p.serveReports(ctx, pages) })
	}
	wg.Wait()
	close(errs)
	var all []error
	for err := range errs {
		all = append(all, err)
	}
	return errors.Join(all...)
}

func (p *Program) reportLoop(ctx context.Context) error {
	t := time.NewTicker(p.Config.Reports.Interval.Duration)
	defer t.Stop()
	for {
		if path, err := p.WriteReports(ctx); err != nil {
			p.Log.Error("write reports", "err", err)
		} else {
			p.Log.Debug("reports written", "index", path)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// WriteReports writes the metrics pages over the default period (the
// last twelve weeks) and returns the index path.
func (p *Program) WriteReports(ctx context.Context) (string, error) {
	now := p.Now()
	return writeReports(ctx, p.Store, p.Config, p.Config.ReportsDir(), defaultPeriod(now), now)
}

// Close closes the store.
func (p *Program) Close() error { return p.Store.Close() }

func newLogger(c LogConfig, w io.Writer) *slog.Logger {
	var lvl slog.Level
	lvl.UnmarshalText([]byte(c.Level))
	o := &slog.HandlerOptions{Level: lvl}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, o))
	}
	return slog.New(slog.NewTextHandler(w, o))
}
