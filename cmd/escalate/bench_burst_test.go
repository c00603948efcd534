package main

// BenchmarkBurst: the gateway as a separate process against a real mail
// system (Dovecot behind Postfix), customers' mail waiting in the support
// mailbox, acknowledgements counted where the customers read them: in
// their own Dovecot mailboxes. The same run measures the mail system
// alone (SMTP → Postfix → Dovecot, and UID FETCH), so that the ratio
// does not depend on how busy the machine is. docs/performance.md, "Burst",
// has the figures of its runs and the command.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-smtp"

	"github.com/escalate-dev/escalate/intake/dovecottest"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

const (
	burstCustomerDomain = "customers.example"
	burstTeam           = "oncall@acme.example"
	burstSink           = "sink@acme.example"
	burstIdle           = "idle@acme.example"
	burstPeerDomain     = "peers.example"
)

// BenchmarkBurst measures a backlog of ESCALATE_BENCH_BURST customer mails
// (default 2,000), each from its own customer, waiting in a Dovecot
// mailbox when the gateway starts: from its start to the last
// acknowledgement delivered by Postfix into the customer's mailbox. The
// gateway runs as a child process (`escalate run`), so its RSS is its
// own. ESCALATE_BENCH_SMTP_CONNECTIONS sets [smtp] connections (default:
// the configuration's default).
func BenchmarkBurst(b *testing.B) {
	for _, d := range schematest.Dialects(b) {
		b.Run(string(d), func(b *testing.B) {
			for range b.N {
				benchBurst(b, d)
			}
		})
	}
}

// burstWorld is the mail system of one burst run.
type burstWorld struct {
	s         *dovecottest.Server
	mx        *dovecottest.Postfix
	customers []string
	mails     [][]byte
	peers     []string // as many fresh mailboxes as customers, for the raw rate
}

func newBurstWorld(b *testing.B, n int) *burstWorld {
	w := &burstWorld{customers: make([]string, n), mails: make([][]byte, n), peers: make([]string, n)}
	users := []string{supportAddr, burstTeam, burstSink, burstIdle}
	for i := range n {
		w.customers[i] = fmt.Sprintf("customer%d@%s", i, burstCustomerDomain)
		w.peers[i] = fmt.Sprintf("peer%d@%s", i, burstPeerDomain)
		w.mails[i] = burstMail(i, w.customers[i])
	}
	users = append(append(users, w.customers...), w.peers...)
	w.s, w.mx = dovecottest.StartWithPostfix(b, users...)
	return w
}

// burstMail is benchMail from a customer who has a mailbox on the test
// mail system.
func burstMail(i int, from string) []byte {
	raw := benchMail(i, fmt.Sprintf("burst-%d@%s", i, burstCustomerDomain))
	old := fmt.Sprintf("customer%[1]d@client%[1]d.example", i)
	return bytes.Replace(raw, []byte(old), []byte(from), 1)
}

func benchBurst(b *testing.B, d schema.Dialect) {
	b.StopTimer()
	n := envInt(b, "ESCALATE_BENCH_BURST", 2000)
	conns := 0
	if os.Getenv("ESCALATE_BENCH_SMTP_CONNECTIONS") != "" {
		conns = envInt(b, "ESCALATE_BENCH_SMTP_CONNECTIONS", 1)
	}
	w := newBurstWorld(b, n)

	// The mail system alone: n mails by SMTP over 1 and 4 connections
	// into one mailbox, until Dovecot shows them all (the 4-connection
	// run fills the support mailbox: it is the backlog), and n mails over
	// 4 connections each to its own fresh mailbox, as the acknowledgements
	// go: the rate the gateway is held to.
	raw1 := w.rawRate(b, burstSink, 1)
	raw4 := w.rawRate(b, supportAddr, 4)
	scope := mailSystemScope(w.s, w.mx, 0)
	rawWatch := watchCPU(scope)
	rawEach := w.rawRateEach(b, 4)
	cpuRaw := rawWatch.stop(scope)
	fetch := w.fetchRate(b, n)

	idleRSS := w.idleRSS(b, d)

	dir := b.TempDir()
	cfgPath, dsn := w.writeConfig(b, d, dir, supportAddr, conns)
	b.StartTimer()
	teamBefore := countMails(w.s, burstTeam)
	gwWatch := watchCPU(scope)
	child, logs, t0 := startGateway(b, cfgPath)
	rss := &rssWatch{pid: child.Process.Pid}
	stopWatch := rss.run()
	acks, err := w.waitAcks(backlogBound(n))
	b.StopTimer()
	peak := rss.peak()
	cpu := procCPU(child.Process.Pid, false)
	scope.gateway = child.Process.Pid
	cpuGateway := gwWatch.stop(scope)
	// The team notices held back for the acknowledgements go within 30 s
	// after: the CPU through every mail sent is the same work in every
	// run, however many notices went before the last acknowledgement.
	allSent, allErr := waitOutboxSent(dsn, time.Minute)
	cpuAll := sampleCPU(scope)
	cpuAllGateway := procCPU(child.Process.Pid, false)
	time.Sleep(3 * time.Second) // idle after the burst
	after := rssOf(child.Process.Pid, "VmRSS")
	// the peak through everything, the team's notices sent after the
	// last acknowledgement included
	peakAll := rssOf(child.Process.Pid, "VmHWM")
	teamMails := countMails(w.s, burstTeam) - teamBefore
	stopWatch()
	child.Process.Signal(syscall.SIGTERM)
	child.Wait()
	if err != nil {
		b.Fatalf("%v; gateway log tail:\n%s", err, tail(logs.String(), 30))
	}

	lat := make([]time.Duration, len(acks))
	var last time.Time
	for i, at := range acks {
		lat[i] = max(at.Sub(t0), 0)
		if at.After(last) {
			last = at
		}
	}
	took := last.Sub(t0)
	committed, accepted := stages(b, dsn, t0)
	rate := float64(n) / took.Seconds()
	sp := spreadOf(lat)
	b.ReportMetric(rate, "acks/s")
	b.ReportMetric(rate/rawEach, "of-raw")
	b.ReportMetric(ms(sp.p50), "p50-ack-ms")
	b.ReportMetric(ms(sp.p99), "p99-ack-ms")
	b.ReportMetric(float64(peak)/1024, "peak-rss-MB")
	b.ReportMetric(float64(peakAll)/1024, "peak-all-rss-MB")

	var t strings.Builder
	fmt.Fprintf(&t, "dovecot+postfix/%s: %d customer mails waiting, [smtp] connections = %s, gateway pid %d (child process)\n",
		d, n, connsText(conns), child.Process.Pid)
	fmt.Fprintf(&t, "%-52s %9.0f mails/s\n", "raw: SMTP → Postfix → Dovecot, 1 connection", raw1)
	fmt.Fprintf(&t, "%-52s %9.0f mails/s\n", "raw: SMTP → Postfix → Dovecot, 4 connections", raw4)
	fmt.Fprintf(&t, "%-52s %9.0f mails/s\n", "raw: the same, each mail to its own new mailbox", rawEach)
	fmt.Fprintf(&t, "%-52s %9.0f mails/s\n", "raw: UID FETCH 1:* BODY.PEEK[] (support INBOX)", fetch)
	fmt.Fprintf(&t, "%-52s %9.0f mails/s in %v\n", "gateway: start → last ack in a customer's mailbox", rate, took.Round(time.Millisecond))
	fmt.Fprintf(&t, "%-52s all committed %v, all acks accepted by Postfix %v\n", "gateway: start →",
		committed.Round(time.Millisecond), accepted.Round(time.Millisecond))
	early, others := othersFirst(b, dsn)
	fmt.Fprintf(&t, "%-52s %d of %d before the last ack\n", "gateway: other mail (team notices) accepted", early, others)
	fmt.Fprintf(&t, "%-52s %d mails for %d notices (digests carry many)\n", "gateway: the team's mailbox 3 s after all sent", teamMails, others)
	fmt.Fprintf(&t, "%-52s %9.2f× of raw to own mailboxes, %.2f× of raw to one mailbox (4 conns), %.3f× of FETCH\n",
		"ratio", rate/rawEach, rate/raw4, rate/fetch)
	fmt.Fprintf(&t, "%-52s p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms\n", "start → ack in mailbox (all mail waited)",
		ms(sp.p50), ms(sp.p90), ms(sp.p99), ms(sp.max))
	fmt.Fprintf(&t, "%-52s %v user+system (%.0f%% of one core over the run)\n", "gateway CPU",
		cpu.Round(10*time.Millisecond), 100*cpu.Seconds()/took.Seconds())
	fmt.Fprintf(&t, "%-52s %s\n", "machine CPU, raw to own mailboxes", cpuSince(rawWatch.start, cpuRaw, n))
	fmt.Fprintf(&t, "%-52s %s\n", "  this test's Dovecot and Postfix by process", rawWatch.detail(n))
	fmt.Fprintf(&t, "%-52s %s\n", "machine CPU, gateway start → last ack", cpuSince(gwWatch.start, cpuGateway, n))
	fmt.Fprintf(&t, "%-52s %s\n", "  this test's Dovecot and Postfix by process", gwWatch.detail(n))
	if allErr != nil {
		fmt.Fprintf(&t, "%-52s %v\n", "gateway: every mail sent", allErr)
	} else {
		fmt.Fprintf(&t, "%-52s %.2f ms a customer mail (%v); machine %s\n", "gateway CPU through every mail sent (notices too)",
			ms(cpuAllGateway)/float64(n), allSent.Sub(t0).Round(time.Millisecond), cpuSince(gwWatch.start, cpuAll, n))
	}
	fmt.Fprintf(&t, "%-52s idle %.0f MB, peak %.0f MB to the last ack and %.0f MB through every mail sent (VmHWM), idle after the burst %.0f MB\n", "gateway RSS",
		float64(idleRSS)/1024, float64(peak)/1024, float64(peakAll)/1024, float64(after)/1024)
	fmt.Fprintf(&t, "acks/s by fifth of the backlog: %s\n", ratesByFifth(acks, t0))
	if n := strings.Count(logs.String(), "batch not committed"); n > 0 {
		fmt.Fprintf(&t, "%d batches fell back to one by one, the first:\n%s\n", n, firstLine(logs.String(), "batch not committed"))
	}
	fmt.Print(t.String()) // b.Log would cut a benchmark's output at 10 lines
}

func connsText(n int) string {
	if n == 0 {
		return "default"
	}
	return strconv.Itoa(n)
}

func firstLine(s, sub string) string {
	for line := range strings.Lines(s) {
		if strings.Contains(line, sub) {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// rawRate sends the n mails to rcpt through Postfix over conns SMTP
// connections, each used for its share one mail after the other, and
// returns mails per second until Dovecot counts them all in rcpt's INBOX.
func (w *burstWorld) rawRate(b *testing.B, rcpt string, conns int) float64 {
	b.Helper()
	before := w.status(b, rcpt)
	begin := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, conns)
	for c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- w.sendShare(c, conns, func(i int) string { return w.customers[i] }, func(int) string { return rcpt })
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			b.Fatal(err)
		}
	}
	want := before + uint32(len(w.mails))
	deadline := time.Now().Add(backlogBound(len(w.mails)))
	for w.status(b, rcpt) < want {
		if time.Now().After(deadline) {
			b.Fatalf("raw SMTP: %s holds %d of %d mails", rcpt, w.status(b, rcpt), want)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return float64(len(w.mails)) / time.Since(begin).Seconds()
}

// rawRateEach sends mail i to peer i's fresh mailbox over conns
// connections and returns mails per second until every peer has it.
func (w *burstWorld) rawRateEach(b *testing.B, conns int) float64 {
	b.Helper()
	begin := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, conns)
	for c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- w.sendShare(c, conns, func(int) string { return supportAddr }, func(i int) string { return w.peers[i] })
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			b.Fatal(err)
		}
	}
	got, err := waitFirstMails(w.s, w.peers, backlogBound(len(w.peers)))
	if err != nil {
		b.Fatalf("raw SMTP to each mailbox: %v", err)
	}
	return float64(len(w.peers)) / slices.MaxFunc(got, time.Time.Compare).Sub(begin).Seconds()
}

// sendShare sends every conns-th mail from the c-th on one SMTP
// connection, mail i from from(i) to to(i).
func (w *burstWorld) sendShare(c, conns int, from, to func(i int) string) error {
	cl, err := smtp.Dial(w.mx.Addr)
	if err != nil {
		return fmt.Errorf("raw SMTP: %w", err)
	}
	defer cl.Close()
	if err := cl.Hello("client.test"); err != nil {
		return fmt.Errorf("raw SMTP: EHLO: %w", err)
	}
	for i := c; i < len(w.mails); i += conns {
		if err := cl.SendMail(from(i), []string{to(i)}, bytes.NewReader(w.mails[i])); err != nil {
			return fmt.Errorf("raw SMTP mail %d: %w", i, err)
		}
	}
	if err := cl.Quit(); err != nil {
		return fmt.Errorf("raw SMTP: QUIT: %w", err)
	}
	return nil
}

func (w *burstWorld) status(b *testing.B, user string) uint32 {
	b.Helper()
	c := w.s.Login(b, user, nil)
	defer func() { c.Logout().Wait() }()
	st, err := c.Status("INBOX", &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		b.Fatalf("STATUS INBOX of %s: %v", user, err)
	}
	return *st.NumMessages
}

// fetchRate reads the support INBOX (n mails) in one UID FETCH 1:*
// BODY.PEEK[] and returns mails per second.
func (w *burstWorld) fetchRate(b *testing.B, n int) float64 {
	b.Helper()
	c := w.s.Login(b, supportAddr, nil)
	defer func() { c.Logout().Wait() }()
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		b.Fatal(err)
	}
	body := &imap.FetchItemBodySection{Peek: true}
	begin := time.Now()
	msgs, err := c.Fetch(imap.UIDSet{imap.UIDRange{Start: 1, Stop: 0}},
		&imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{body}}).Collect()
	took := time.Since(begin)
	if err != nil || len(msgs) != n {
		b.Fatalf("UID FETCH 1:* = %d mails, %v; want %d", len(msgs), err, n)
	}
	return float64(n) / took.Seconds()
}

// writeConfig writes the gateway's configuration: the mailbox of user on
// Dovecot, Postfix as the SMTP server, the team on the test mail system,
// every waiting mail recent enough to be answered.
func (w *burstWorld) writeConfig(b *testing.B, d schema.Dialect, dir, user string, conns int) (path, dsn string) {
	b.Helper()
	dsn = filepath.Join(dir, "escalate.db")
	db := fmt.Sprintf("path = %q", dsn)
	if d == schema.Postgres {
		dsn = schematest.DSN(b, d)
		db = fmt.Sprintf("url = %q", dsn)
	}
	text := fmt.Sprintf(testConfig, db, w.s.Addr, w.mx.Port(), filepath.Join(dir, "reports"), strconv.Quote(burstTeam))
	text = strings.Replace(text, `poll_interval = "2s"`, `poll_interval = "30s"`, 1)
	text = strings.Replace(text, "username = \"support@acme.example\"\npassword = \"pw\"",
		fmt.Sprintf("username = %q\npassword = %q", user, w.s.Password), 1)
	text = strings.Replace(text, "[gateway]\n", "[gateway]\nhistory_cutoff = \"100h\"\n", 1)
	if conns > 0 {
		text = strings.Replace(text, "[smtp]\n", fmt.Sprintf("[smtp]\nconnections = %d\n", conns), 1)
	}
	path = filepath.Join(dir, "escalate.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		b.Fatal(err)
	}
	if _, err := LoadConfig(path); err != nil {
		b.Fatal(err)
	}
	return path, dsn
}

// stages reads from the gateway's store when it committed the last
// customer mail and when the SMTP server accepted the last
// acknowledgement, as durations since t0.
func stages(b *testing.B, dsn string, t0 time.Time) (committed, accepted time.Duration) {
	b.Helper()
	s, err := schema.Connect(context.Background(), dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	last := func(query string) time.Duration {
		var ts []time.Time
		if err := s.DB().Select(&ts, query); err != nil {
			b.Fatal(err)
		}
		var m time.Time
		for _, t := range ts {
			if t.After(m) {
				m = t
			}
		}
		return m.Sub(t0)
	}
	return last(`SELECT received_at FROM messages WHERE direction = 'in'`),
		last(`SELECT sent_at FROM outbox WHERE kind = 'ack' AND status = 'sent'`)
}

// waitOutboxSent waits until the gateway's outbox holds no mail left to
// send and returns when it saw that.
func waitOutboxSent(dsn string, bound time.Duration) (time.Time, error) {
	s, err := schema.Connect(context.Background(), dsn)
	if err != nil {
		return time.Time{}, err
	}
	defer s.Close()
	for deadline := time.Now().Add(bound); ; time.Sleep(100 * time.Millisecond) {
		var pending int
		if err := s.DB().Get(&pending, `SELECT count(*) FROM outbox WHERE status = 'pending'`); err != nil {
			return time.Time{}, err
		}
		if pending == 0 {
			return time.Now(), nil
		}
		if time.Now().After(deadline) {
			return time.Time{}, fmt.Errorf("%d mails still pending after %v", pending, bound)
		}
	}
}

// othersFirst counts the mails other than acknowledgements (the team's
// notices) that the SMTP server accepted before the last acknowledgement,
// and all of them: each took the mail system's time from the customers'.
func othersFirst(b *testing.B, dsn string) (before, all int) {
	b.Helper()
	s, err := schema.Connect(context.Background(), dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	err = s.DB().QueryRow(`SELECT COUNT(*) FILTER (WHERE sent_at < (SELECT MAX(sent_at) FROM outbox WHERE kind = 'ack')),
	COUNT(*) FROM outbox WHERE kind <> 'ack'`).Scan(&before, &all)
	if err != nil {
		b.Fatal(err)
	}
	return before, all
}

// idleRSS starts a gateway on an empty mailbox and returns its RSS in KiB
// once it has idled for two seconds.
func (w *burstWorld) idleRSS(b *testing.B, d schema.Dialect) int64 {
	b.Helper()
	cfgPath, _ := w.writeConfig(b, d, b.TempDir(), burstIdle, 0)
	child, logs, _ := startGateway(b, cfgPath)
	defer func() { child.Process.Signal(syscall.SIGTERM); child.Wait() }()
	deadline := time.Now().Add(benchBound)
	for !strings.Contains(logs.String(), "imap session ready") {
		if time.Now().After(deadline) {
			b.Fatalf("idle gateway not ready; log:\n%s", logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(2 * time.Second)
	return rssOf(child.Process.Pid, "VmRSS")
}

// waitAcks waits until every customer's mailbox holds a mail and returns,
// per customer, when the first one was written (its Maildir file's mtime).
// It reads the Maildirs directly: logging in 2,000 times would load the
// server under test.
func (w *burstWorld) waitAcks(bound time.Duration) ([]time.Time, error) {
	return waitFirstMails(w.s, w.customers, bound)
}

// waitFirstMails waits until every user's INBOX holds a mail and returns
// when each user's first one was written.
func waitFirstMails(s *dovecottest.Server, users []string, bound time.Duration) ([]time.Time, error) {
	acks := make([]time.Time, len(users))
	left := make([]int, len(users))
	for i := range left {
		left[i] = i
	}
	deadline := time.Now().Add(bound)
	for len(left) > 0 {
		left = slices.DeleteFunc(left, func(i int) bool {
			at, ok := firstMail(s, users[i])
			acks[i] = at
			return ok
		})
		if len(left) == 0 {
			break
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("after %v, %d of %d mailboxes are still empty", bound, len(left), len(acks))
		}
		time.Sleep(200 * time.Millisecond)
	}
	return acks, nil
}

// countMails counts the mails in user's INBOX Maildir.
func countMails(s *dovecottest.Server, user string) int {
	n := 0
	for _, sub := range []string{"new", "cur"} {
		ents, _ := os.ReadDir(filepath.Join(s.Dir, "mail", user, sub))
		n += len(ents)
	}
	return n
}

// firstMail returns the earliest mtime of a mail in user's INBOX Maildir.
func firstMail(s *dovecottest.Server, user string) (time.Time, bool) {
	var first time.Time
	for _, sub := range []string{"new", "cur"} {
		dir := filepath.Join(s.Dir, "mail", user, sub)
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			info, err := e.Info()
			if err != nil {
				continue
			}
			if first.IsZero() || info.ModTime().Before(first) {
				first = info.ModTime()
			}
		}
	}
	return first, !first.IsZero()
}

// ratesByFifth returns the rate within each fifth of the events at at
// (commits, acknowledgements) since t0.
func ratesByFifth(at []time.Time, t0 time.Time) string {
	times := slices.Clone(at)
	slices.SortFunc(times, time.Time.Compare)
	var out []string
	prev := t0
	for i := 1; i <= 5; i++ {
		end := times[i*len(times)/5-1]
		out = append(out, fmt.Sprintf("%.0f", float64(len(times)/5)/end.Sub(prev).Seconds()))
		prev = end
	}
	return strings.Join(out, " ")
}

// startGateway starts `escalate run` on cfgPath as a child process (this
// test binary in its child mode), its output in logs, and returns when it
// started.
func startGateway(tb testing.TB, cfgPath string) (*exec.Cmd, *lockedBuffer, time.Time) {
	tb.Helper()
	logs := &lockedBuffer{}
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), childEnv+"="+cfgPath)
	child.Stdout, child.Stderr = logs, logs
	t0 := time.Now()
	if err := child.Start(); err != nil {
		tb.Fatal(err)
	}
	return child, logs, t0
}

// rssWatch samples a process's resident set while it runs; VmHWM (the
// kernel's high-water mark) is the peak.
type rssWatch struct {
	pid int
	mu  sync.Mutex
	max int64
}

func (r *rssWatch) run() (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			if v := rssOf(r.pid, "VmHWM"); v > 0 {
				r.mu.Lock()
				r.max = max(r.max, v)
				r.mu.Unlock()
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}

func (r *rssWatch) peak() int64 {
	if v := rssOf(r.pid, "VmHWM"); v > 0 {
		r.mu.Lock()
		r.max = max(r.max, v)
		r.mu.Unlock()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.max
}

// rssOf reads a "Vm…: N kB" line of /proc/pid/status, in KiB (0 when
// unreadable).
func rssOf(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			v, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return v
		}
	}
	return 0
}

// lockedBuffer collects a child's output while the test reads it.
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

// BenchmarkBigMail measures the gateway (a child process) on one
// customer mail with a 50 MB attachment in Dovecot: it must be
// acknowledged with the gateway's memory bounded (the mail streams
// through the parser as it is fetched, its raw kept up to raw_limit, its
// real size recorded).
func BenchmarkBigMail(b *testing.B) {
	d := schema.SQLite
	for range b.N {
		b.StopTimer()
		customer := "customer0@" + burstCustomerDomain
		w := &burstWorld{customers: []string{customer}}
		w.s, w.mx = dovecottest.StartWithPostfix(b, supportAddr, burstTeam, customer)
		raw := bigMail(customer, 50<<20)
		w.s.Append(b, supportAddr, "INBOX", raw)
		dir := b.TempDir()
		cfgPath, dsn := w.writeConfig(b, d, dir, supportAddr, 0)
		b.StartTimer()
		child, logs, t0 := startGateway(b, cfgPath)
		acks, err := w.waitAcks(benchBound)
		b.StopTimer()
		peak := rssOf(child.Process.Pid, "VmHWM")
		child.Process.Signal(syscall.SIGTERM)
		child.Wait()
		if err != nil {
			b.Fatalf("%v; gateway log tail:\n%s", err, tail(logs.String(), 30))
		}
		s, err := schema.Connect(context.Background(), dsn)
		if err != nil {
			b.Fatal(err)
		}
		var row struct {
			Kept int64 `db:"kept"`
			Size int64 `db:"raw_size"`
		}
		err = s.DB().Get(&row, `SELECT length(raw) AS kept, raw_size FROM messages WHERE direction = 'in'`)
		s.Close()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(peak)/1024, "peak-rss-MB")
		fmt.Printf("one mail of %.1f MB (a 50 MB attachment, base64): acknowledged in %v; raw kept %.1f MB, raw_size %.1f MB; gateway peak RSS %.0f MB (VmHWM)\n",
			float64(len(raw))/1e6, acks[0].Sub(t0).Round(time.Millisecond), float64(row.Kept)/1e6, float64(row.Size)/1e6, float64(peak)/1024)
	}
}

// bigMail is a customer's mail with an attachment of size bytes.
func bigMail(from string, size int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: Customer <%s>\r\nTo: %s\r\nSubject: Logs of the outage\r\nMessage-ID: <big@%s>\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\nProduction is down since 08:40; the logs are attached.\r\n--b1\r\n"+
		"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=logs.bin\r\n"+
		"Content-Transfer-Encoding: base64\r\n\r\n", from, supportAddr, burstCustomerDomain)
	line := strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3", 19)[:76] + "\r\n" // 57 bytes a line
	for n := 0; n < size; n += 57 {
		b.WriteString(line)
	}
	b.WriteString("--b1--\r\n")
	return b.Bytes()
}
