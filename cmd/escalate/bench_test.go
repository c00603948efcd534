package main

// Benchmarks of the whole gateway (Program: IMAP poller, SQLite or
// PostgreSQL store, outbox deliverer) against the in-process IMAP server
// and a private real Dovecot. They run only with -bench, for example
//
//	go test -run '^$' -bench . -benchtime 1x ./cmd/escalate/
//
// and print tables besides the b.ReportMetric figures. docs/performance.md
// has the figures of their runs and how to read them.

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/intake/dovecottest"
	"github.com/escalate-dev/escalate/intake/memserver"
	"github.com/escalate-dev/escalate/mailer/smtpsink"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

const (
	supportAddr = "support@acme.example"
	// benchGap separates a mail's acknowledgement from the next APPEND in
	// the serial latency run, so that the poller is back in IDLE and each
	// mail is a fresh arrival.
	benchGap = 20 * time.Millisecond
	// benchPace is the arrival interval of the paced latency run (50/s).
	benchPace = 20 * time.Millisecond
	// benchBound bounds each wait of a benchmark for the gateway.
	benchBound = 2 * time.Minute
)

// backlogBound bounds the wait for n mails: generous, since Dovecot's
// per-mail MOVE slows down as the Maildir grows (see BenchmarkMove).
func backlogBound(n int) time.Duration { return benchBound + time.Duration(n)*100*time.Millisecond }

// imapTarget is an IMAP server the gateway reads in a benchmark.
type imapTarget struct {
	name, addr, user, password string
}

// benchServers start the servers a benchmark runs against.
var benchServers = []struct {
	name  string
	start func(tb testing.TB) imapTarget
}{
	{"memserver", startMemTarget},
	{"dovecot", startDovecotTarget},
}

func startMemTarget(tb testing.TB) imapTarget {
	tb.Helper()
	srv, err := memserver.Start(supportAddr, "pw", []string{"Processed"}, memserver.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { srv.Close() })
	return imapTarget{name: "memserver", addr: srv.Addr, user: supportAddr, password: "pw"}
}

func startDovecotTarget(tb testing.TB) imapTarget {
	tb.Helper()
	s := dovecottest.Start(tb, supportAddr)
	return imapTarget{name: "dovecot", addr: s.Addr, user: s.User, password: s.Password}
}

// newTargetEnv is newEnv for any IMAP server and any testing.TB: the
// config of e2e_test.go pointed at target, with its own SMTP sink and store.
// e.imap stays nil.
func newTargetEnv(tb testing.TB, target imapTarget, d schema.Dialect) *env {
	tb.Helper()
	e := &env{dir: tb.TempDir()}
	var err error
	if e.smtp, err = smtpsink.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.smtp.Close() })
	db := fmt.Sprintf("path = %q", filepath.Join(e.dir, "escalate.db"))
	if d == schema.Postgres {
		db = fmt.Sprintf("url = %q", schematest.DSN(tb, d))
	}
	text := fmt.Sprintf(testConfig, db, target.addr, e.smtp.Port(), filepath.Join(e.dir, "reports"), "")
	// The production default: IDLE is renewed every 30 s, not every 2 s.
	text = strings.Replace(text, `poll_interval = "2s"`, `poll_interval = "30s"`, 1)
	text = strings.Replace(text, "username = \"support@acme.example\"\npassword = \"pw\"",
		fmt.Sprintf("username = %q\npassword = %q", target.user, target.password), 1)
	e.cfgPath = filepath.Join(e.dir, "escalate.toml")
	if err := os.WriteFile(e.cfgPath, []byte(text), 0o600); err != nil {
		tb.Fatal(err)
	}
	if e.cfg, err = LoadConfig(e.cfgPath); err != nil {
		tb.Fatal(err)
	}
	return e
}

// runProgram runs a Program until the benchmark ends, without waiting for
// its mailbox session (a backlog is read before the session idles). It
// returns the Program and when it began to run.
func runProgram(tb testing.TB, cfg *Config, opt ProgramOptions) (*Program, time.Time) {
	tb.Helper()
	p, err := NewProgram(context.Background(), cfg, opt)
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	began := time.Now()
	go func() { done <- p.Run(ctx) }()
	tb.Cleanup(func() {
		cancel()
		<-done
		p.Close()
	})
	return p, began
}

// benchLogger formats every record as `escalate run` does but discards
// it; ESCALATE_BENCH_LOG=1 shows it on stderr.
func benchLogger() *slog.Logger {
	var w io.Writer = io.Discard
	if os.Getenv("ESCALATE_BENCH_LOG") == "1" {
		w = os.Stderr
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// envInt reads a positive count from the environment, or def.
func envInt(tb testing.TB, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		tb.Fatalf("%s=%q: want a positive number", name, v)
	}
	return n
}

// benchBodies rotate through the severities, so that the classifier sees
// the spread of real mail.
var benchBodies = []struct{ subject, body string }{
	{"Production down - nobody can log in", "Since 08:40 none of our staff can log in; every page returns 500 errors.\r\nThe whole platform is down for the entire organization and we are losing orders.\r\n"},
	{"Reports are very slow today", "The monthly report takes several minutes to load since yesterday's release.\r\nSome users see timeouts; a workaround is to export smaller ranges.\r\n"},
	{"Question about invoice export", "Could you tell us how to export invoices as CSV for our accountant?\r\nWe could not find it in the settings page.\r\n"},
	{"Feature request: dark mode", "It would be nice to have a dark mode in the dashboard at some point.\r\nNo rush, just an idea from our team.\r\n"},
}

// benchMail is customer mail number i: its own sender (the ack rate
// limit is per sender) and thread, with Message-ID id.
func benchMail(i int, id string) []byte {
	b := benchBodies[i%len(benchBodies)]
	return []byte(fmt.Sprintf("From: Customer %[1]d <customer%[1]d@client%[1]d.example>\r\n"+
		"To: support@acme.example\r\n"+
		"Subject: %[2]s (#%[1]d)\r\n"+
		"Date: %[3]s\r\n"+
		"Message-ID: <%[4]s>\r\n"+
		"MIME-Version: 1.0\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n"+
		"\r\n"+
		"Hello support,\r\n\r\n%[5]s\r\nBest regards,\r\nCustomer %[1]d\r\n",
		i, b.subject, time.Now().Format(time.RFC1123Z), id, b.body))
}

// login opens a second IMAP connection to target, as a mail client would.
func login(tb testing.TB, target imapTarget) *imapclient.Client {
	tb.Helper()
	c, err := imapclient.DialInsecure(target.addr, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	if err := c.Login(target.user, target.password).Wait(); err != nil {
		tb.Fatal(err)
	}
	return c
}

// appendMail APPENDs raw to INBOX and returns the new UID (APPENDUID of
// UIDPLUS, RFC 4315) and when the server's OK arrived.
func appendMail(c *imapclient.Client, raw []byte) (imap.UID, time.Time, error) {
	cmd := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Time: time.Now()})
	if _, err := cmd.Write(raw); err != nil {
		cmd.Close()
		return 0, time.Time{}, err
	}
	if err := cmd.Close(); err != nil {
		return 0, time.Time{}, err
	}
	data, err := cmd.Wait()
	at := time.Now()
	if err != nil {
		return 0, at, err
	}
	if data.UID == 0 {
		return 0, at, fmt.Errorf("APPEND answered without APPENDUID")
	}
	return data.UID, at, nil
}

// appendPipelined APPENDs every raw to INBOX over c, up to window commands
// in flight, to seed a mailbox quickly.
func appendPipelined(c *imapclient.Client, raws [][]byte) error {
	const window = 64
	var inflight []*imapclient.AppendCommand
	drain := func() error {
		for _, cmd := range inflight {
			if _, err := cmd.Wait(); err != nil {
				return fmt.Errorf("append: %w", err)
			}
		}
		inflight = inflight[:0]
		return nil
	}
	for _, raw := range raws {
		cmd := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Time: time.Now()})
		cmd.Write(raw)
		if err := cmd.Close(); err != nil {
			return fmt.Errorf("append: %w", err)
		}
		if inflight = append(inflight, cmd); len(inflight) == window {
			if err := drain(); err != nil {
				return err
			}
		}
	}
	return drain()
}

// commitLog records ProgramOptions.Committed calls by UID.
type commitLog struct {
	mu     sync.Mutex
	at     map[uint32]time.Time
	last   time.Time
	notify chan struct{}
}

func newCommitLog() *commitLog {
	return &commitLog{at: map[uint32]time.Time{}, notify: make(chan struct{})}
}

func (l *commitLog) add(f intake.Fetched, at time.Time) {
	l.mu.Lock()
	l.at[f.UID] = at
	l.last = at
	close(l.notify)
	l.notify = make(chan struct{})
	l.mu.Unlock()
}

// wait returns when pred holds for the commits so far, or fails after
// bound.
func (l *commitLog) wait(tb testing.TB, bound time.Duration, what string, pred func(at map[uint32]time.Time) bool) {
	tb.Helper()
	deadline := time.After(bound)
	for {
		l.mu.Lock()
		ok, ch := pred(l.at), l.notify
		l.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline:
			tb.Fatalf("timed out after %v waiting for %s", bound, what)
		}
	}
}

func (l *commitLog) lastAt() time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.last
}

func (l *commitLog) get(uid imap.UID) (time.Time, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	t, ok := l.at[uint32(uid)]
	return t, ok
}

// acksByParent maps the In-Reply-To of each accepted mail (an
// acknowledgement's parent Message-ID) to when the sink accepted it.
func acksByParent(msgs []smtpsink.Message) map[string]time.Time {
	out := make(map[string]time.Time, len(msgs))
	for _, m := range msgs {
		h := m.Header()
		if irt := h.Get("In-Reply-To"); irt != "" {
			out[strings.Trim(irt, "<>")] = m.At
		}
	}
	return out
}

func waitAcks(tb testing.TB, sink *smtpsink.Sink, n int) []smtpsink.Message {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), backlogBound(n))
	defer cancel()
	msgs, err := sink.Wait(ctx, n)
	if err != nil {
		tb.Fatal(err)
	}
	return msgs
}

// sample is one mail's way through the gateway.
type sample struct {
	appended, committed, acked time.Time
}

// BenchmarkLatency measures, per mail, APPEND → commit and APPEND → the
// acknowledgement accepted by SMTP, while the gateway idles on its
// mailbox. "serial": each APPEND waits for the previous mail's
// acknowledgement plus benchGap (every mail meets an idle gateway);
// "paced": one APPEND every benchPace regardless (50 mails/s arriving).
// ESCALATE_BENCH_MAILS sets the mails per run (default 200).
func BenchmarkLatency(b *testing.B) {
	dialects := schematest.Dialects(b)
	for _, srv := range benchServers {
		for _, d := range dialects {
			for _, mode := range []string{"serial", "paced"} {
				b.Run(srv.name+"/"+string(d)+"/"+mode, func(b *testing.B) {
					benchLatency(b, srv.start(b), d, mode == "paced")
				})
			}
		}
	}
}

func benchLatency(b *testing.B, target imapTarget, d schema.Dialect, paced bool) {
	n := envInt(b, "ESCALATE_BENCH_MAILS", 200)
	e := newTargetEnv(b, target, d)
	commits := newCommitLog()
	ready := make(chan struct{}, 1)
	runProgram(b, e.cfg, ProgramOptions{Log: benchLogger(), Committed: commits.add,
		Connected: func(string) {
			select {
			case ready <- struct{}{}:
			default:
			}
		}})
	select {
	case <-ready:
	case <-time.After(benchBound):
		b.Fatal("gateway did not connect")
	}
	c := login(b, target)
	var samples []sample
	b.ResetTimer()
	for iter := range b.N {
		samples = append(samples, latencyRun(b, c, e.smtp, commits, iter, n, paced)...)
	}
	b.StopTimer()
	reportLatency(b, target.name+"/"+string(d), samples, paced)
}

// latencyRun appends n mails and returns their samples.
func latencyRun(b *testing.B, c *imapclient.Client, sink *smtpsink.Sink, commits *commitLog, iter, n int, paced bool) []sample {
	type sent struct {
		uid imap.UID
		id  string
		at  time.Time
	}
	var all []sent
	base := len(sink.Messages())
	tick := time.NewTicker(benchPace)
	defer tick.Stop()
	for i := range n {
		id := fmt.Sprintf("lat-%d-%d@bench.example", iter, i)
		uid, at, err := appendMail(c, benchMail(iter*n+i, id))
		if err != nil {
			b.Fatalf("APPEND mail %d: %v", i, err)
		}
		all = append(all, sent{uid, id, at})
		if paced {
			<-tick.C
			continue
		}
		waitAcks(b, sink, base+i+1)
		time.Sleep(benchGap) // pacing of the load, not a wait for a result
	}
	commits.wait(b, benchBound, "every commit", func(at map[uint32]time.Time) bool {
		return !slices.ContainsFunc(all, func(s sent) bool { _, ok := at[uint32(s.uid)]; return !ok })
	})
	acks := acksByParent(waitAcks(b, sink, base+n))
	out := make([]sample, len(all))
	for i, s := range all {
		committed, _ := commits.get(s.uid)
		acked, ok := acks[s.id]
		if !ok {
			b.Fatalf("no acknowledgement with In-Reply-To <%s>", s.id)
		}
		out[i] = sample{appended: s.at, committed: committed, acked: acked}
	}
	return out
}

// quantile is the nearest-rank q-quantile of sorted ds.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[max(0, min(rank, len(sorted)-1))]
}

type spread struct{ p50, p90, p99, max time.Duration }

func spreadOf(ds []time.Duration) spread {
	s := slices.Clone(ds)
	slices.Sort(s)
	return spread{quantile(s, 0.5), quantile(s, 0.9), quantile(s, 0.99), quantile(s, 1)}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func reportLatency(b *testing.B, name string, samples []sample, paced bool) {
	commit := make([]time.Duration, len(samples))
	ack := make([]time.Duration, len(samples))
	for i, s := range samples {
		commit[i] = s.committed.Sub(s.appended)
		ack[i] = s.acked.Sub(s.appended)
	}
	c, a := spreadOf(commit), spreadOf(ack)
	for _, m := range []struct {
		v    time.Duration
		unit string
	}{
		{c.p50, "p50-commit-ms"}, {c.p90, "p90-commit-ms"}, {c.p99, "p99-commit-ms"}, {c.max, "max-commit-ms"},
		{a.p50, "p50-ack-ms"}, {a.p90, "p90-ack-ms"}, {a.p99, "p99-ack-ms"}, {a.max, "max-ack-ms"},
	} {
		b.ReportMetric(ms(m.v), m.unit)
	}
	mode := fmt.Sprintf("serial, %v after each ack", benchGap)
	if paced {
		mode = fmt.Sprintf("paced, one APPEND every %v", benchPace)
	}
	var t strings.Builder
	fmt.Fprintf(&t, "%s: %d mails (%s)\n", name, len(samples), mode)
	fmt.Fprintf(&t, "%-24s %9s %9s %9s %9s\n", "ms", "p50", "p90", "p99", "max")
	for _, r := range []struct {
		what string
		s    spread
	}{{"APPEND → commit", c}, {"APPEND → ack accepted", a}} {
		fmt.Fprintf(&t, "%-24s %9.1f %9.1f %9.1f %9.1f\n", r.what, ms(r.s.p50), ms(r.s.p90), ms(r.s.p99), ms(r.s.max))
	}
	slowest := slices.Clone(samples)
	slices.SortFunc(slowest, func(x, y sample) int {
		return cmp.Compare(y.committed.Sub(y.appended), x.committed.Sub(x.appended))
	})
	fmt.Fprintf(&t, "slowest commits:")
	for _, s := range slowest[:min(3, len(slowest))] {
		fmt.Fprintf(&t, " %v (appended %s UTC)", s.committed.Sub(s.appended).Round(time.Millisecond),
			s.appended.UTC().Format("15:04:05.000"))
	}
	fmt.Fprintln(&t)
	fmt.Print(t.String()) // b.Log would cut a benchmark's output at 10 lines
}

// pollerBaseline runs the intake poller alone over the n mails of INBOX,
// with a handler that only advances the cursor in memory, and moves the
// mail back to INBOX afterwards. It is the IMAP part of the gateway's
// work: fetch, flag and MOVE each mail.
func pollerBaseline(b *testing.B, target imapTarget, c *imapclient.Client, n int) time.Duration {
	b.Helper()
	h := &countHandler{want: n, done: make(chan struct{})}
	poller := intake.NewPoller(intake.MailboxConfig{Name: "baseline", Addr: target.addr, TLS: intake.TLSNone,
		Username: target.user, Secret: func(context.Context) (string, error) { return target.password, nil },
		ProcessedFolder: "Processed", PollInterval: 30 * time.Second}, h, nil)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	begin := time.Now()
	go func() { poller.Run(ctx); close(stopped) }()
	select {
	case <-h.done:
	case <-time.After(backlogBound(n)):
		b.Fatalf("poller baseline: %d of %d mails after %v", h.count(), n, backlogBound(n))
	}
	took := time.Since(begin)
	cancel()
	<-stopped
	if _, err := c.Select("Processed", nil).Wait(); err != nil {
		b.Fatal(err)
	}
	if _, err := c.Move(imap.UIDSet{imap.UIDRange{Start: 1, Stop: 0}}, "INBOX").Wait(); err != nil {
		b.Fatalf("move the baseline's mail back to INBOX: %v", err)
	}
	if err := c.Unselect().Wait(); err != nil {
		b.Fatal(err)
	}
	return took
}

// countHandler is an intake.Handler that keeps its cursor in memory.
type countHandler struct {
	mu       sync.Mutex
	uv, last uint32
	n, want  int
	done     chan struct{}
}

func (h *countHandler) Cursor(context.Context, string) (uint32, uint32, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.uv, h.last, nil
}

func (h *countHandler) Handle(_ context.Context, f intake.Fetched) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.uv, h.last = f.UIDValidity, f.UID
	if h.n++; h.n == h.want {
		close(h.done)
	}
	return nil
}

func (h *countHandler) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.n
}

// BenchmarkBacklog measures how fast the gateway works off a full
// mailbox: ESCALATE_BENCH_BACKLOG mails (default 5,000) are in INBOX
// before it starts, recent enough to be new mail (history_cutoff 100 h),
// so each opens a ticket and is acknowledged. The baseline is reading the
// same mail over IMAP without the gateway: all at once (UID FETCH 1:*
// BODY.PEEK[]), one UID FETCH per mail, and the intake poller alone with a
// handler that does nothing (fetch, flag and MOVE per mail).
func BenchmarkBacklog(b *testing.B) {
	dialects := schematest.Dialects(b)
	for _, srv := range benchServers {
		for _, d := range dialects {
			b.Run(srv.name+"/"+string(d), func(b *testing.B) {
				for range b.N {
					benchBacklog(b, srv.start, d)
				}
			})
		}
	}
}

func benchBacklog(b *testing.B, start func(testing.TB) imapTarget, d schema.Dialect) {
	b.StopTimer()
	n := envInt(b, "ESCALATE_BENCH_BACKLOG", 5000)
	target := start(b)
	raws := make([][]byte, n)
	for i := range raws {
		raws[i] = benchMail(i, fmt.Sprintf("backlog-%d@bench.example", i))
	}
	c := login(b, target)
	seedStart := time.Now()
	if err := appendPipelined(c, raws); err != nil {
		b.Fatal(err)
	}
	seed := time.Since(seedStart)
	bulk, single := fetchBaseline(b, c, n)
	pollerOnly := pollerBaseline(b, target, c, n)

	e := newTargetEnv(b, target, d)
	e.cfg.Gateway.HistoryCutoff.Duration = 100 * time.Hour
	commits := newCommitLog()
	b.StartTimer()
	p, t0 := runProgram(b, e.cfg, ProgramOptions{Log: benchLogger(), Committed: commits.add})
	commits.wait(b, backlogBound(n), fmt.Sprintf("%d commits", n), func(at map[uint32]time.Time) bool { return len(at) >= n })
	msgs := waitAcks(b, e.smtp, n)
	b.StopTimer()
	committed := commits.lastAt().Sub(t0)
	var lastAck time.Time
	for _, m := range msgs {
		if m.At.After(lastAck) {
			lastAck = m.At
		}
	}
	acked := lastAck.Sub(t0)
	if opened := p.Desk.Stats.Opened.Load(); opened != int64(n) {
		b.Errorf("%d tickets opened, want %d (history import or dedupe would lower it)", opened, n)
	}
	rate := func(d time.Duration) float64 { return float64(n) / d.Seconds() }
	b.ReportMetric(rate(committed), "committed/s")
	b.ReportMetric(rate(acked), "acked/s")
	b.ReportMetric(rate(bulk), "fetch-bulk/s")
	b.ReportMetric(rate(single), "fetch-each/s")
	b.ReportMetric(rate(pollerOnly), "poller-only/s")
	var t strings.Builder
	fmt.Fprintf(&t, "%s/%s: backlog of %d mails (seeded by pipelined APPEND in %v, %.0f/s)\n",
		target.name, d, n, seed.Round(time.Millisecond), rate(seed))
	fmt.Fprintf(&t, "%-40s %10s %10s %9s\n", "", "time", "mails/s", "of bulk")
	for _, r := range []struct {
		what string
		d    time.Duration
	}{
		{"baseline: UID FETCH 1:* BODY.PEEK[]", bulk},
		{"baseline: one UID FETCH per mail", single},
		{"baseline: poller, no-op handler", pollerOnly},
		{"gateway: start → all committed", committed},
		{"gateway: start → all acks accepted", acked},
	} {
		fmt.Fprintf(&t, "%-40s %10v %10.0f %8.1f%%\n", r.what, r.d.Round(time.Millisecond), rate(r.d), 100*bulk.Seconds()/r.d.Seconds())
	}
	fmt.Fprintf(&t, "commits/s by fifth of the backlog: %s\n", commits.ratesByFifth(t0))
	fmt.Print(t.String()) // b.Log would cut a benchmark's output at 10 lines
}

// ratesByFifth returns the commit rate within each fifth of the commits
// since t0, to show whether the gateway slows down as it works off the
// backlog.
func (l *commitLog) ratesByFifth(t0 time.Time) string {
	l.mu.Lock()
	times := slices.Collect(maps.Values(l.at))
	l.mu.Unlock()
	return ratesByFifth(times, t0)
}

// fetchBaseline reads the n mails of INBOX without the gateway, all in one
// command and then one command per mail, and returns both durations.
func fetchBaseline(b *testing.B, c *imapclient.Client, n int) (bulk, single time.Duration) {
	b.Helper()
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		b.Fatal(err)
	}
	body := &imap.FetchItemBodySection{Peek: true}
	opts := &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{body}}
	begin := time.Now()
	msgs, err := c.Fetch(imap.UIDSet{imap.UIDRange{Start: 1, Stop: 0}}, opts).Collect()
	bulk = time.Since(begin)
	if err != nil || len(msgs) != n {
		b.Fatalf("UID FETCH 1:* = %d mails, %v; want %d", len(msgs), err, n)
	}
	uids := make([]imap.UID, len(msgs))
	for i, m := range msgs {
		uids[i] = m.UID
	}
	begin = time.Now()
	for _, uid := range uids {
		if _, err := c.Fetch(imap.UIDSetNum(uid), opts).Collect(); err != nil {
			b.Fatal(err)
		}
	}
	single = time.Since(begin)
	if err := c.Unselect().Wait(); err != nil {
		b.Fatal(err)
	}
	return bulk, single
}

// BenchmarkMove compares the IMAP step that ends each mail's handling,
// UID MOVE to Processed (RFC 6851), done per mail as the poller does it
// and for 50 mails at once, in a mailbox of 5,000 mails. One op is 50
// mails; the figure is ms/mail.
func BenchmarkMove(b *testing.B) {
	const perOp = 50
	for _, srv := range benchServers {
		for _, batched := range []bool{false, true} {
			name := srv.name + "/one-uid-per-move"
			if batched {
				name = fmt.Sprintf("%s/%d-uids-per-move", srv.name, perOp)
			}
			b.Run(name, func(b *testing.B) {
				target := srv.start(b)
				c := login(b, target)
				raws := make([][]byte, max(5000, b.N*perOp))
				for i := range raws {
					raws[i] = benchMail(i, fmt.Sprintf("move-%d@bench.example", i))
				}
				if err := appendPipelined(c, raws); err != nil {
					b.Fatal(err)
				}
				if _, err := c.Select("INBOX", nil).Wait(); err != nil {
					b.Fatal(err)
				}
				b.ResetTimer()
				for op := range b.N {
					first := imap.UID(op*perOp + 1)
					if err := moveUIDs(c, first, perOp, batched); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(ms(b.Elapsed())/float64(b.N*perOp), "ms/mail")
			})
		}
	}
}

func moveUIDs(c *imapclient.Client, first imap.UID, n int, batched bool) error {
	if batched {
		var set imap.UIDSet
		set.AddRange(first, first+imap.UID(n-1))
		_, err := c.Move(set, "Processed").Wait()
		return err
	}
	for uid := first; uid < first+imap.UID(n); uid++ {
		if _, err := c.Move(imap.UIDSetNum(uid), "Processed").Wait(); err != nil {
			return err
		}
	}
	return nil
}
