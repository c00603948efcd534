package intake_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/mail"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/intake/dovecottest"
)

// These tests run the Poller against a private real Dovecot
// (dovecottest): IDLE (RFC 2177), MOVE (RFC 6851), UIDPLUS (RFC 4315) and
// reconnection behave as on a production server. They skip without
// Dovecot, and fail without it when CI=true.

const (
	dovecotUser = "support@example.com"
	// eventBound is how long a test waits for one event. Dovecot announces a
	// delivery to IDLE ~0.5 s after it, and a reconnect waits 0.5–1 s of
	// backoff (more if the server is still down): generous on purpose.
	eventBound = 30 * time.Second
)

// handled is one Handle call.
type handled struct {
	f         intake.Fetched
	messageID string
	at        time.Time
}

// recordingHandler is an intake.Handler that "commits" to memory: the cursor
// advances with each handled mail, as the gateway's transaction does.
type recordingHandler struct {
	mu      sync.Mutex
	uv      uint32
	last    uint32
	calls   map[string]int // Message-ID → Handle calls
	handled chan handled
}

func newRecordingHandler(uv, last uint32) *recordingHandler {
	return &recordingHandler{uv: uv, last: last, calls: map[string]int{}, handled: make(chan handled, 64)}
}

func (h *recordingHandler) Cursor(context.Context, string) (uint32, uint32, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.uv, h.last, nil
}

func (h *recordingHandler) Handle(_ context.Context, f intake.Fetched) error {
	id := messageID(f.Raw)
	h.mu.Lock()
	h.calls[id]++
	h.uv, h.last = f.UIDValidity, f.UID
	h.mu.Unlock()
	h.handled <- handled{f: f, messageID: id, at: time.Now()}
	return nil
}

// cursor returns the storedMail cursor, for a new poller to resume from.
func (h *recordingHandler) cursor() (uint32, uint32) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.uv, h.last
}

// callsOf returns how often the mail with Message-ID id was handled.
func (h *recordingHandler) callsOf(id string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.calls[id]
}

func messageID(raw []byte) string {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	return strings.Trim(m.Header.Get("Message-ID"), "<>")
}

// dovecotMail is a customer's mail whose Message-ID is <name@customer.example>.
func dovecotMail(name string) []byte {
	return []byte("From: Alice Customer <alice@customer.example>\r\n" +
		"To: support@example.com\r\n" +
		"Subject: Checkout fails (" + name + ")\r\n" +
		"Message-ID: <" + name + "@customer.example>\r\n" +
		"Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n" +
		"\r\n" +
		"Since this morning every checkout returns an error.\r\n")
}

func mailboxConfig(s *dovecottest.Server) intake.MailboxConfig {
	return intake.MailboxConfig{
		Name: "support", Addr: s.Addr, TLS: intake.TLSNone, Username: dovecotUser,
		Secret: func(context.Context) (string, error) { return s.Password, nil },
		// Only IDLE can bring mail within a test's eventBound: the poll
		// fallback would take an hour.
		PollInterval: time.Hour,
	}
}

// runningPoller is a Poller running until stop or the end of the test.
type runningPoller struct {
	connected chan struct{} // one value per session that waits for mail
	logs      chan string   // the poller's log lines
	stop      func()
}

func startPoller(t *testing.T, cfg intake.MailboxConfig, h intake.Handler) *runningPoller {
	t.Helper()
	r := &runningPoller{connected: make(chan struct{}, 16), logs: make(chan string, 256)}
	log := slog.New(slog.NewTextHandler(logLines{t, r.logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	p := intake.NewPoller(cfg, h, log)
	p.Connected = func() { r.connected <- struct{}{} }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	r.stop = sync.OnceFunc(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v, want nil after cancel", err)
		}
	})
	t.Cleanup(r.stop)
	return r
}

// logLines passes each log line to the test log and to a channel.
type logLines struct {
	t     *testing.T
	lines chan<- string
}

func (w logLines) Write(b []byte) (int, error) {
	line := strings.TrimRight(string(b), "\n")
	w.t.Log(line)
	select {
	case w.lines <- line:
	default:
	}
	return len(b), nil
}

// await returns the next value of ch, failing the test after eventBound.
func await[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(eventBound):
		t.Fatalf("timed out after %v waiting for %s", eventBound, what)
		panic("unreachable")
	}
}

// awaitLog waits for a log line containing substr.
func (r *runningPoller) awaitLog(t *testing.T, substr string) string {
	t.Helper()
	deadline := time.After(eventBound)
	for {
		select {
		case line := <-r.logs:
			if strings.Contains(line, substr) {
				return line
			}
		case <-deadline:
			t.Fatalf("timed out after %v waiting for a log line with %q", eventBound, substr)
		}
	}
}

// storedMail is one message as another client sees it.
type storedMail struct {
	uid       imap.UID
	flags     []imap.Flag
	messageID string
}

func (m storedMail) has(f imap.Flag) bool {
	return slices.ContainsFunc(m.flags, func(g imap.Flag) bool { return strings.EqualFold(string(g), string(f)) })
}

// contents lists mailbox read-only over a separate connection.
func mailboxContents(t *testing.T, s *dovecottest.Server, mailbox string) []storedMail {
	t.Helper()
	c := s.Login(t, dovecotUser, nil)
	defer func() { c.Logout().Wait() }()
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("EXAMINE %s: %v", mailbox, err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	all := imap.SeqSet{imap.SeqRange{Start: 1, Stop: 0}}
	msgs, err := c.Fetch(all, &imap.FetchOptions{UID: true, Flags: true, Envelope: true}).Collect()
	if err != nil {
		t.Fatalf("FETCH 1:* of %s: %v", mailbox, err)
	}
	out := make([]storedMail, len(msgs))
	for i, m := range msgs {
		out[i] = storedMail{uid: m.UID, flags: m.Flags, messageID: m.Envelope.MessageID}
	}
	return out
}

func messageIDs(ms []storedMail) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.messageID
	}
	return out
}

// TestDovecotIdleDelivery: mail delivered over LMTP while the poller idles
// is handled without waiting for the poll interval (an hour here).
func TestDovecotIdleDelivery(t *testing.T) {
	t.Parallel()
	s := dovecottest.Start(t, dovecotUser)
	h := newRecordingHandler(0, 0)
	r := startPoller(t, mailboxConfig(s), h)
	await(t, r.connected, "the poller to idle")

	begin := time.Now()
	s.Deliver(t, dovecotUser, dovecotMail("idle"))
	delivered := time.Now()
	got := await(t, h.handled, "Handle of the delivered mail")
	// Dovecot stores the mail during the LMTP DATA and announces it to IDLE
	// sessions 0.5 s later (a compiled-in delay).
	t.Logf("LMTP delivery took %v; Handle came %v after its start, %v after its end",
		delivered.Sub(begin), got.at.Sub(begin), got.at.Sub(delivered))
	if got.messageID != "idle@customer.example" || got.f.Initial || got.f.Truncated || got.f.FetchErr != nil {
		t.Errorf("Handle(%q, initial %v, truncated %v, err %v), want idle@customer.example, new, whole, no error",
			got.messageID, got.f.Initial, got.f.Truncated, got.f.FetchErr)
	}
	if !bytes.Contains(got.f.Raw, []byte("every checkout returns an error")) {
		t.Errorf("Raw = %q, want the whole mail", got.f.Raw)
	}
}

// TestDovecotProcessedFolder: after its Handle, the mail leaves INBOX for
// the Processed folder (UID MOVE).
func TestDovecotProcessedFolder(t *testing.T) {
	t.Parallel()
	s := dovecottest.Start(t, dovecotUser)
	arrived := watchArrivals(t, s, dovecottest.Processed)
	cfg := mailboxConfig(s)
	cfg.ProcessedFolder = dovecottest.Processed
	h := newRecordingHandler(0, 0)
	r := startPoller(t, cfg, h)
	await(t, r.connected, "the poller to idle")

	s.Deliver(t, dovecotUser, dovecotMail("moved"))
	await(t, h.handled, "Handle of the delivered mail")
	// UID MOVE is one command: once Processed announces the mail, its
	// expunge from INBOX is done too.
	await(t, arrived, "the mail to arrive in Processed")
	if in := mailboxContents(t, s, "INBOX"); len(in) != 0 {
		t.Errorf("INBOX holds %v after the move, want nothing", messageIDs(in))
	}
	done := mailboxContents(t, s, dovecottest.Processed)
	if len(done) != 1 || done[0].messageID != "moved@customer.example" {
		t.Fatalf("Processed holds %v, want [moved@customer.example]", messageIDs(done))
	}
	if !done[0].has("$Escalated") {
		t.Errorf("moved mail's flags = %v, want $Escalated among them", done[0].flags)
	}
}

// watchArrivals idles on mailbox over its own connection and signals each
// EXISTS, that is each mail another session puts there.
func watchArrivals(t *testing.T, s *dovecottest.Server, mailbox string) <-chan struct{} {
	t.Helper()
	ch := make(chan struct{}, 16)
	c := s.Login(t, dovecotUser, &imapclient.Options{UnilateralDataHandler: &imapclient.UnilateralDataHandler{
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages == nil {
				return
			}
			select {
			case ch <- struct{}{}:
			default:
			}
		},
	}})
	if _, err := c.Select(mailbox, nil).Wait(); err != nil {
		t.Fatalf("SELECT %s: %v", mailbox, err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("IDLE: %v", err)
	}
	t.Cleanup(func() { idle.Close() })
	return ch
}

// TestDovecotRestart: the poller notices a server restart during IDLE,
// reconnects, and handles mail delivered afterwards; the mail handled
// before the restart is not handled again.
func TestDovecotRestart(t *testing.T) {
	t.Parallel()
	s := dovecottest.Start(t, dovecotUser)
	// Delivered before the start, the first mail is handled while catching
	// up; Connected then says the poller is in IDLE when Dovecot restarts.
	s.Deliver(t, dovecotUser, dovecotMail("before"))
	h := newRecordingHandler(0, 0)
	r := startPoller(t, mailboxConfig(s), h)
	await(t, h.handled, "Handle of the mail before the restart")
	await(t, r.connected, "the poller to idle")

	begin := time.Now()
	s.Restart(t)
	t.Logf("Dovecot restarted in %v", time.Since(begin))
	ended := r.awaitLog(t, "imap session ended")
	if !strings.Contains(ended, "IDLE") {
		t.Errorf("session end logged as %q, want it to name the IDLE it interrupted", ended)
	}
	await(t, r.connected, "the poller to reconnect and idle")
	t.Logf("poller idles again %v after the restart began", time.Since(begin))

	s.Deliver(t, dovecotUser, dovecotMail("after"))
	got := await(t, h.handled, "Handle of the mail after the restart")
	if got.messageID != "after@customer.example" {
		t.Errorf("after the restart Handle(%q), want after@customer.example", got.messageID)
	}
	if n := h.callsOf("before@customer.example"); n != 1 {
		t.Errorf("mail before the restart handled %d times, want 1", n)
	}
}

// TestDovecotCreatesMissingProcessedFolder: when the Processed folder
// does not exist, Dovecot answers MOVE with [TRYCREATE]; the poller
// creates the folder and moves the mail there, each mail handled once.
func TestDovecotCreatesMissingProcessedFolder(t *testing.T) {
	t.Parallel()
	s := dovecottest.Start(t, dovecotUser)
	cfg := mailboxConfig(s)
	cfg.ProcessedFolder = "No-Such-Folder"
	h := newRecordingHandler(0, 0)
	r := startPoller(t, cfg, h)
	await(t, r.connected, "the poller to idle")

	s.Deliver(t, dovecotUser, dovecotMail("first"))
	await(t, h.handled, "Handle of the first mail")
	r.awaitLog(t, "creating the processed folder")
	s.Deliver(t, dovecotUser, dovecotMail("next"))
	await(t, h.handled, "Handle of the second mail")
	deadline := time.Now().Add(eventBound)
	for len(mailboxContents(t, s, "INBOX")) > 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if in := mailboxContents(t, s, "INBOX"); len(in) != 0 {
		t.Errorf("INBOX holds %v, want nothing: both mails moved", messageIDs(in))
	}
	if done := mailboxContents(t, s, "No-Such-Folder"); len(done) != 2 {
		t.Errorf("the created folder holds %v, want both mails", messageIDs(done))
	}
	for _, id := range []string{"first@customer.example", "next@customer.example"} {
		if n := h.callsOf(id); n != 1 {
			t.Errorf("%s handled %d times, want 1", id, n)
		}
	}
}

// TestDovecotResume: a new poller resumes from the storedMail cursor and
// handles exactly the mail delivered while none ran.
func TestDovecotResume(t *testing.T) {
	t.Parallel()
	s := dovecottest.Start(t, dovecotUser)
	first := newRecordingHandler(0, 0)
	r := startPoller(t, mailboxConfig(s), first)
	await(t, r.connected, "the first poller to idle")
	s.Deliver(t, dovecotUser, dovecotMail("seen"))
	await(t, first.handled, "Handle of the first mail")
	r.stop()

	var want []string
	for i := range 3 {
		name := fmt.Sprintf("offline-%d", i)
		s.Deliver(t, dovecotUser, dovecotMail(name))
		want = append(want, name+"@customer.example")
	}
	second := newRecordingHandler(first.cursor())
	r = startPoller(t, mailboxConfig(s), second)
	var got []string
	for range want {
		h := await(t, second.handled, "Handle of the mail delivered offline")
		got = append(got, h.messageID)
		if h.f.Initial {
			t.Errorf("Handle(%q).Initial = true, want false: the cursor was storedMail", h.messageID)
		}
	}
	await(t, r.connected, "the second poller to idle")
	// A sentinel delivered now is handled after anything else the poller
	// would still read: nothing may come between.
	s.Deliver(t, dovecotUser, dovecotMail("sentinel"))
	// The poller reads in UID order, and Dovecot's Maildir need not number
	// mail in delivery order: a delivery that finds the UID list locked
	// (by the closing session of the first poller) is numbered at the next
	// scan. So the offline mails are compared as a set.
	slices.Sort(got)
	got = append(got, await(t, second.handled, "Handle of the sentinel").messageID)
	want = append(want, "sentinel@customer.example")
	if !slices.Equal(got, want) {
		t.Errorf("resumed poller handled %v, want %v", got, want)
	}
}

// TestDovecotFrozen: Dovecot stopped with SIGSTOP (TCP open, nothing
// answered) is noticed with the default KeepAlive and Timeout, within the
// 60 s bound, and the mail delivered after it resumes is read. Run once:
// it waits out the real defaults.
func TestDovecotFrozen(t *testing.T) {
	t.Parallel()
	s := dovecottest.Start(t, dovecotUser)
	cfg := mailboxConfig(s)
	h := newRecordingHandler(0, 0)
	r := startPoller(t, cfg, h)
	await(t, r.connected, "the poller to idle")

	s.Freeze(t)
	begin := time.Now()
	deadline := time.After(90 * time.Second)
	for noticed := false; !noticed; {
		select {
		case line := <-r.logs:
			noticed = strings.Contains(line, "stopped answering")
		case <-deadline:
			t.Fatal("a frozen Dovecot was not noticed within 90 s")
		}
	}
	noticed := time.Since(begin)
	t.Logf("frozen server noticed after %v (bound: KeepAlive 25s + 1.25 × Timeout 20s = 50s)", noticed.Round(time.Millisecond))
	if noticed > time.Minute {
		t.Errorf("frozen server noticed after %v, want within 60 s", noticed)
	}
	s.Thaw(t)
	await(t, r.connected, "the poller to reconnect")
	s.Deliver(t, dovecotUser, dovecotMail("after-freeze"))
	if got := await(t, h.handled, "Handle of the mail after the freeze"); got.messageID != "after-freeze@customer.example" {
		t.Errorf("Handle(%q), want after-freeze@customer.example", got.messageID)
	}
	t.Logf("mail read %v after the freeze began", time.Since(begin).Round(time.Millisecond))
}

// TestDovecotDown: Dovecot down for 60 s. The backoff is capped at 30 s,
// so the first session comes at most 30 s after the server is back, and
// the mail delivered then is read. Run once: it waits out a real outage.
func TestDovecotDown(t *testing.T) {
	t.Parallel()
	s := dovecottest.Start(t, dovecotUser)
	h := newRecordingHandler(0, 0)
	r := startPoller(t, mailboxConfig(s), h)
	await(t, r.connected, "the poller to idle")
	s.Down(t)
	time.Sleep(60 * time.Second) // the outage itself, not a clock
	s.Up(t)
	back := time.Now()
	select {
	case <-r.connected:
	case <-time.After(90 * time.Second):
		t.Fatal("no session within 90 s of Dovecot's return")
	}
	again := time.Since(back)
	t.Logf("after 60 s down, the first session came %v after Dovecot was back (backoff cap 30 s)", again.Round(time.Millisecond))
	if again > 32*time.Second {
		t.Errorf("first session %v after the server was back, want within the 30 s backoff cap", again)
	}
	s.Deliver(t, dovecotUser, dovecotMail("after-outage"))
	if got := await(t, h.handled, "Handle of the mail after the outage"); got.messageID != "after-outage@customer.example" {
		t.Errorf("Handle(%q), want after-outage@customer.example", got.messageID)
	}
}
