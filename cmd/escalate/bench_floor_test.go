package main

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/intake/dovecottest"
	"github.com/escalate-dev/escalate/mailer"
	"github.com/escalate-dev/escalate/schema"
	"github.com/escalate-dev/escalate/schema/schematest"
)

// BenchmarkLatencyFloor measures the latency goal of issue 11 on Dovecot
// behind Postfix: send → acknowledgement in the customer's mailbox
// within 50 ms of the IMAP announce floor at p99. The floor is what the
// mail system itself takes to tell a waiting client about a mail: the
// same customer mail, sent through Postfix to two other Dovecot users
// just before it goes to support, until their IDLE sessions (RFC 2177)
// get its EXISTS. One watcher keeps its IDLE open; the other reads each
// mail as the gateway does (DONE, FETCH, NOOP, IDLE again), and Dovecot
// announces to a freshly started IDLE 0.5 s after the mail arrives, to a
// long one at its next check. "serial" waits for the acknowledgement and
// 20 ms more before the next mail (each meets an idle gateway); "paced"
// sends one every 20 ms (50 customer mails a second arriving while the
// gateway works on the earlier ones). Send is the moment before the SMTP
// session to Postfix opens; the acknowledgement's time is its Maildir
// file's; the gateway's time is split at its commit and at Postfix's 250
// to the acknowledgement, from its own records. The gateway runs in the
// test process (Program), as in BenchmarkLatency.
// ESCALATE_BENCH_FLOOR_MAILS sets the mails (default 50),
// ESCALATE_BENCH_FLOOR_RATE the paced run's mails a second (default 50),
// ESCALATE_BENCH_SMTP_CONNECTIONS [smtp] connections (default 1).
func BenchmarkLatencyFloor(b *testing.B) {
	for _, d := range schematest.Dialects(b) {
		for _, mode := range []string{"serial", "paced"} {
			b.Run(string(d)+"/"+mode, func(b *testing.B) { benchLatencyFloor(b, d, mode == "paced") })
		}
	}
}

// The floor's two watchers: one holds its IDLE open throughout, the other
// reads each mail as the gateway does (DONE, FETCH, NOOP, IDLE again).
const (
	floorWatcher = "watch@acme.example"
	floorReader  = "reader@acme.example"
)

func benchLatencyFloor(b *testing.B, d schema.Dialect, paced bool) {
	n := envInt(b, "ESCALATE_BENCH_FLOOR_MAILS", 50)
	customers := faultCustomers("l", n*b.N)
	s, mx := dovecottest.StartWithPostfix(b, append([]string{supportAddr, faultAgent, faultOncall, floorWatcher, floorReader}, customers...)...)
	conns := envInt(b, "ESCALATE_BENCH_SMTP_CONNECTIONS", 1)
	pace := time.Second / time.Duration(envInt(b, "ESCALATE_BENCH_FLOOR_RATE", int(time.Second/benchPace)))
	e := mailSystemEnv(b, d, s, mx, func(text string) string {
		return strings.Replace(text, "[smtp]\n", fmt.Sprintf("[smtp]\nconnections = %d\n", conns), 1)
	})
	tr, err := newSMTPTransport(e.cfg)
	if err != nil {
		b.Fatal(err)
	}
	handed := &handedTransport{smtpTransport: tr.(*smtpTransport), at: map[string]time.Time{}}
	ready := make(chan struct{}, 1)
	var mu sync.Mutex
	committed := map[string]time.Time{} // by sender
	p, _ := runProgram(b, e.cfg, ProgramOptions{Log: benchLogger(), Transport: handed, Connected: func(string) {
		select {
		case ready <- struct{}{}:
		default:
		}
	}, Committed: func(f intake.Fetched, at time.Time) {
		if f.Message != nil {
			mu.Lock()
			committed[f.Message.From.Addr] = at
			mu.Unlock()
		}
	}})
	select {
	case <-ready:
	case <-time.After(benchBound):
		b.Fatal("gateway did not connect")
	}
	ann := [2]*announces{watchAnnounces(b, s, floorWatcher, false), watchAnnounces(b, s, floorReader, true)}

	var all floorSamples
	scope := mailSystemScope(s, mx, 0) // the gateway runs in this process: "bench"
	cpu0 := sampleCPU(scope)
	b.ResetTimer()
	for iter := range b.N {
		all.add(floorRun(b, s, mx, ann, customers[iter*n:(iter+1)*n], iter*n, paced, pace))
	}
	b.StopTimer()
	all.cpu = cpuSince(cpu0, sampleCPU(scope), len(all.gateway))
	// Where the gateway's time goes, from its own records: the commit
	// (Program's Committed) and Postfix's 250 to the ack (sent_at).
	rows, err := p.Store.Outbox(b.Context(), 0)
	if err != nil {
		b.Fatal(err)
	}
	sentAt := map[string]time.Time{}
	for _, r := range rows {
		if r.Kind == escalation.MailReceipt && r.SentAt != nil {
			sentAt[r.ToAddrs] = *r.SentAt
		}
	}
	mu.Lock()
	handed.mu.Lock()
	for i, c := range customers {
		at, ok := committed[c]
		if !ok || sentAt[c].IsZero() || handed.at[c].IsZero() {
			b.Fatalf("%s: no commit, no claim or no ack sent recorded", c)
		}
		acked := all.sent[i].Add(all.gateway[i])
		all.toCommit = append(all.toCommit, at.Sub(all.sent[i]))
		all.toAccept = append(all.toAccept, sentAt[c].Sub(at))
		all.toHanded = append(all.toHanded, handed.at[c].Sub(at))
		all.toFile = append(all.toFile, acked.Sub(sentAt[c]))
	}
	handed.mu.Unlock()
	mu.Unlock()
	reportFloor(b, fmt.Sprintf("%s, [smtp] connections = %d", d, conns), all, paced, pace)
}

// floorSamples are the latencies of each mail: send → EXISTS to the
// watcher (the floor), send → the watcher's copy in its Maildir (Postfix
// and LMTP alone, no announce), send → ack in the customer's Maildir.
// The gateway's time is split at its commit and at Postfix's 250 to the
// ack: toCommit + toAccept + toFile = gateway.
type floorSamples struct {
	sent                        []time.Time // the customer's mail to support
	floor, reader, hop, gateway []time.Duration
	// session: the benchmark's own SMTP session to Postfix for the
	// watchers' copy, connect to 250 (what Postfix takes to accept a mail).
	session                              []time.Duration
	toCommit, toAccept, toHanded, toFile []time.Duration
	cpu                                  string // the machine's CPU over the run (cpuSince)
}

// handedTransport is the gateway's SMTP transport that records when the
// deliverer handed each recipient's first mail to it: the claim is done,
// what follows is waiting for a connection and SMTP.
type handedTransport struct {
	*smtpTransport
	mu sync.Mutex
	at map[string]time.Time // by recipient
}

func (h *handedTransport) SendEach(ctx context.Context, mails []mailer.Mail, done func(int, mailer.Result)) {
	now := time.Now()
	h.mu.Lock()
	for _, m := range mails {
		for _, to := range m.To {
			if _, ok := h.at[to]; !ok {
				h.at[to] = now
			}
		}
	}
	h.mu.Unlock()
	h.smtpTransport.SendEach(ctx, mails, done)
}

func (f *floorSamples) add(g floorSamples) {
	f.sent = append(f.sent, g.sent...)
	f.floor, f.reader = append(f.floor, g.floor...), append(f.reader, g.reader...)
	f.hop, f.gateway = append(f.hop, g.hop...), append(f.gateway, g.gateway...)
	f.session = append(f.session, g.session...)
}

// floorRun sends each customer's mail to the watchers (the floor) and to
// support (the gateway) and returns the latencies per mail.
func floorRun(b *testing.B, s *dovecottest.Server, mx *dovecottest.Postfix, ann [2]*announces, customers []string, first int, paced bool, pace time.Duration) (out floorSamples) {
	sent := make([][2]time.Time, len(customers))
	base := ann[0].count()
	tick := time.NewTicker(pace)
	defer tick.Stop()
	for i, c := range customers {
		raw := faultMail(first+i, c)
		sent[i][0] = time.Now()
		if err := mx.SendMail(c, []string{floorWatcher, floorReader}, raw); err != nil {
			b.Fatal(err)
		}
		sent[i][1] = time.Now()
		if err := mx.SendMail(c, []string{supportAddr}, raw); err != nil {
			b.Fatal(err)
		}
		if paced {
			<-tick.C
			continue
		}
		ann[0].wait(b, base+i+1)
		ann[1].wait(b, base+i+1)
		if _, err := firstMailTime(s, c, benchBound); err != nil {
			b.Fatal(err)
		}
		time.Sleep(benchGap) // pacing of the load, not a wait for a result
	}
	ann[0].wait(b, base+len(customers))
	ann[1].wait(b, base+len(customers))
	written := maildirTimes(b, s, floorWatcher)
	for i, c := range customers {
		at, err := firstMailTime(s, c, benchBound)
		if err != nil {
			b.Fatal(err)
		}
		copied, ok := written[fmt.Sprintf("<fault-%d.%s>", first+i, c)]
		if !ok {
			b.Fatalf("the watcher's Maildir lacks mail %d", first+i)
		}
		out.floor = append(out.floor, ann[0].at(base+i).Sub(sent[i][0]))
		out.reader = append(out.reader, ann[1].at(base+i).Sub(sent[i][0]))
		out.hop = append(out.hop, copied.Sub(sent[i][0]))
		out.gateway = append(out.gateway, at.Sub(sent[i][1]))
		out.session = append(out.session, sent[i][1].Sub(sent[i][0]))
		out.sent = append(out.sent, sent[i][1])
	}
	return out
}

// maildirTimes maps the Message-ID of each mail in user's Maildir to
// when its file was written.
func maildirTimes(b *testing.B, s *dovecottest.Server, user string) map[string]time.Time {
	out := map[string]time.Time{}
	for _, sub := range []string{"new", "cur"} {
		dir := filepath.Join(s.Dir, "mail", user, sub)
		es, _ := os.ReadDir(dir)
		for _, e := range es {
			path := filepath.Join(dir, e.Name())
			f, err := os.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			m, err := mail.ReadMessage(f)
			fi, serr := f.Stat()
			f.Close()
			if err != nil || serr != nil {
				b.Fatalf("%s: %v", path, errors.Join(err, serr))
			}
			out[m.Header.Get("Message-Id")] = fi.ModTime()
		}
	}
	return out
}

// announces records when the watcher's IDLE session learnt of each mail
// (EXISTS, RFC 9051 §7.4.1): at(i) is when the mailbox first counted
// i+1 mails.
type announces struct {
	mu     sync.Mutex
	times  []time.Time
	notify chan struct{}
}

// watchAnnounces logs user in, selects INBOX and idles until the
// benchmark ends. With read, it leaves IDLE at each announce, fetches the
// new mail and says NOOP before it idles again, as the gateway does
// (intake's session); without, it keeps one IDLE open.
func watchAnnounces(b *testing.B, s *dovecottest.Server, user string, read bool) *announces {
	a := &announces{notify: make(chan struct{})}
	kick := make(chan struct{}, 1)
	c := s.Login(b, user, &imapclient.Options{UnilateralDataHandler: &imapclient.UnilateralDataHandler{
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages != nil {
				a.exists(int(*d.NumMessages))
				select {
				case kick <- struct{}{}:
				default:
				}
			}
		},
	}})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		b.Fatal(err)
	}
	stop, stopped := make(chan struct{}), make(chan struct{})
	b.Cleanup(func() { close(stop); <-stopped })
	go func() {
		defer close(stopped)
		for {
			idle, err := c.Idle()
			if err != nil {
				return
			}
			if !read {
				<-stop
				idle.Close()
				return
			}
			select {
			case <-stop:
				idle.Close()
				return
			case <-kick:
			}
			if idle.Close() != nil || idle.Wait() != nil {
				return
			}
			section := &imap.FetchItemBodySection{Peek: true}
			if _, err := c.Fetch(imap.SeqSetNum(uint32(a.count())), &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect(); err != nil {
				return
			}
			if c.Noop().Wait() != nil {
				return
			}
		}
	}()
	return a
}

func (a *announces) exists(n int) {
	now := time.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	for len(a.times) < n {
		a.times = append(a.times, now)
	}
	close(a.notify)
	a.notify = make(chan struct{})
}

func (a *announces) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.times)
}

func (a *announces) at(i int) time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.times[i]
}

// wait returns when n mails were announced, or fails after benchBound.
func (a *announces) wait(b *testing.B, n int) {
	deadline := time.After(benchBound)
	for {
		a.mu.Lock()
		ok, ch := len(a.times) >= n, a.notify
		a.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline:
			b.Fatalf("the watcher was told of %d mails in %v, want %d", a.count(), benchBound, n)
		}
	}
}

// firstMailTime waits until user's Maildir holds a mail and returns when
// the first was written.
func firstMailTime(s *dovecottest.Server, user string, bound time.Duration) (time.Time, error) {
	deadline := time.Now().Add(bound)
	for {
		var first time.Time
		for _, sub := range []string{"new", "cur"} {
			dir := filepath.Join(s.Dir, "mail", user, sub)
			es, _ := os.ReadDir(dir)
			for _, e := range es {
				if fi, err := e.Info(); err == nil && (first.IsZero() || fi.ModTime().Before(first)) {
					first = fi.ModTime()
				}
			}
		}
		if !first.IsZero() {
			return first, nil
		}
		if time.Now().After(deadline) {
			return time.Time{}, fmt.Errorf("%s got no mail in %v", user, bound)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// reportFloor prints both spreads, their differences and the goal.
func reportFloor(b *testing.B, name string, all floorSamples, paced bool, pace time.Duration) {
	f, r, h, g := spreadOf(all.floor), spreadOf(all.reader), spreadOf(all.hop), spreadOf(all.gateway)
	for _, m := range []struct {
		v    time.Duration
		unit string
	}{
		{f.p50, "p50-floor-ms"}, {f.p99, "p99-floor-ms"}, {g.p50, "p50-ack-ms"}, {g.p99, "p99-ack-ms"},
		{r.p50, "p50-reader-ms"}, {r.p99, "p99-reader-ms"}, {g.p99 - r.p99, "p99-over-reader-ms"},
	} {
		b.ReportMetric(ms(m.v), m.unit)
	}
	mode := fmt.Sprintf("serial, %v after each ack", benchGap)
	if paced {
		mode = fmt.Sprintf("paced, a pair every %v (%.0f a second)", pace, float64(time.Second)/float64(pace))
	}
	var t strings.Builder
	fmt.Fprintf(&t, "Dovecot + Postfix / %s: %d mails (%s)\n", name, len(all.gateway), mode)
	fmt.Fprintf(&t, "%-44s %9s %9s %9s %9s\n", "ms", "p50", "p90", "p99", "max")
	for _, r := range []struct {
		what string
		s    spread
	}{{"floor: send → EXISTS, IDLE held open", f}, {"floor: send → EXISTS, a client reading each", r},
		{"send → the same mail in a Maildir", h}, {"gateway: send → ack in customer's Maildir", g},
		{"  of which send → commit", spreadOf(all.toCommit)}, {"  commit → Postfix's 250 to the ack", spreadOf(all.toAccept)},
		{"    of which commit → claimed, handed to SMTP", spreadOf(all.toHanded)},
		{"  250 → ack in the customer's Maildir", spreadOf(all.toFile)},
		{"Postfix: SMTP session, connect → 250", spreadOf(all.session)}} {
		fmt.Fprintf(&t, "%-44s %9.1f %9.1f %9.1f %9.1f\n", r.what, ms(r.s.p50), ms(r.s.p90), ms(r.s.p99), ms(r.s.max))
	}
	for _, fl := range []struct {
		what string
		s    spread
	}{{"IDLE held open", f}, {"a client reading each", r}} {
		over := g.p99 - fl.s.p99
		verdict := "met"
		if over > 50*time.Millisecond {
			verdict = fmt.Sprintf("not met, by %.1f ms", ms(over-50*time.Millisecond))
		}
		fmt.Fprintf(&t, "gateway over the floor (%s): p50 %+.1f ms, p99 %+.1f ms; goal p99 within 50 ms: %s\n",
			fl.what, ms(g.p50-fl.s.p50), ms(over), verdict)
	}
	fmt.Fprintf(&t, "machine CPU over the run (gateway in bench): %s\n", all.cpu)
	fmt.Print(t.String())
}
