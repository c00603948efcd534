package intake_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/intake/memserver"
)

// memHandler commits to memory: the cursor and the mail handled, in order.
type memHandler struct {
	mu       sync.Mutex
	uv       uint32
	last     uint32
	handled  []intake.Fetched
	failNext int // Handle fails this many times first (a database outage)
	notify   chan struct{}
	onHandle func() // called after each commit
}

func newHandler() *memHandler { return &memHandler{notify: make(chan struct{}, 100)} }

func (h *memHandler) Cursor(context.Context, string) (uint32, uint32, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.uv, h.last, nil
}

func (h *memHandler) Handle(_ context.Context, f intake.Fetched) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.failNext > 0 {
		h.failNext--
		return errors.New("database is down")
	}
	h.handled = append(h.handled, f)
	h.uv, h.last = f.UIDValidity, f.UID
	h.notify <- struct{}{}
	if h.onHandle != nil {
		h.onHandle()
	}
	return nil
}

func (h *memHandler) uids() []uint32 {
	h.mu.Lock()
	defer h.mu.Unlock()
	var u []uint32
	for _, f := range h.handled {
		u = append(u, f.UID)
	}
	return u
}

// waitN waits until n mails were handled in all (a bound, not a sleep).
func (h *memHandler) waitN(t *testing.T, n int) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for len(h.uids()) < n {
		select {
		case <-h.notify:
		case <-deadline:
			t.Fatalf("handled %v, want %d mails", h.uids(), n)
		}
	}
}

func msg(i int) []byte {
	return []byte(fmt.Sprintf("From: c%d@example.com\r\nSubject: mail %d\r\nMessage-ID: <m%d@example.com>\r\n\r\nbody %d\r\n", i, i, i, i))
}

type rig struct {
	srv     *memserver.Server
	h       *memHandler
	p       *intake.Poller
	ready   chan struct{}
	cancel  context.CancelFunc
	stopped chan struct{}
}

func startRig(t *testing.T, srv *memserver.Server, h *memHandler, processed string, opts ...func(*intake.MailboxConfig)) *rig {
	t.Helper()
	r := &rig{srv: srv, h: h, ready: make(chan struct{}, 10), stopped: make(chan struct{})}
	cfg := intake.MailboxConfig{Name: "support", Addr: srv.Addr, TLS: intake.TLSNone, Username: "u@example.com",
		Secret: func(context.Context) (string, error) { return "pw", nil }, ProcessedFolder: processed,
		PollInterval: 5 * time.Second}
	for _, o := range opts {
		o(&cfg)
	}
	r.p = intake.NewPoller(cfg, h, nil)
	r.p.SetRetryDelay(time.Millisecond)
	r.p.Connected = func() { r.ready <- struct{}{} }
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() { r.p.Run(ctx); close(r.stopped) }()
	t.Cleanup(r.stop)
	select {
	case <-r.ready:
	case <-time.After(10 * time.Second):
		t.Fatal("poller did not connect")
	}
	return r
}

func (r *rig) stop() {
	r.cancel()
	<-r.stopped
}

func startServer(t *testing.T, caps imap.CapSet) *memserver.Server {
	srv, err := memserver.Start("u@example.com", "pw", []string{"Processed"}, memserver.Options{Caps: caps})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv
}

func count(t *testing.T, srv *memserver.Server, mailbox string) uint32 {
	st, err := srv.Status(mailbox)
	if err != nil {
		t.Fatal(err)
	}
	return *st.NumMessages
}

func TestPollerReadsBacklogThenIdles(t *testing.T) {
	srv := startServer(t, nil)
	for i := 1; i <= 3; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	h := newHandler()
	startRig(t, srv, h, "Processed")
	h.waitN(t, 3)
	srv.Deliver("INBOX", msg(4), time.Now())
	h.waitN(t, 4)
	got := h.uids()
	if fmt.Sprint(got) != "[1 2 3 4]" {
		t.Errorf("handled UIDs %v, want [1 2 3 4] in order", got)
	}
	for _, f := range h.handled {
		if wantInitial := f.UID <= 3; f.Initial != wantInitial || f.UIDValidity == 0 || len(f.Raw) == 0 {
			t.Errorf("uid %d: Initial=%v UIDValidity=%d %d bytes; want Initial=%v", f.UID, f.Initial, f.UIDValidity, len(f.Raw), wantInitial)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for count(t, srv, "Processed") != 4 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if in, done := count(t, srv, "INBOX"), count(t, srv, "Processed"); in != 0 || done != 4 {
		t.Errorf("INBOX %d, Processed %d; want 0 and 4", in, done)
	}
}

func TestPollerResumesFromCursor(t *testing.T) {
	srv := startServer(t, nil)
	for i := 1; i <= 5; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	st, _ := srv.Status("INBOX")
	h := newHandler()
	h.uv, h.last = st.UIDValidity, 3 // 1–3 were committed before a restart
	startRig(t, srv, h, "")
	h.waitN(t, 2)
	if got := fmt.Sprint(h.uids()); got != "[4 5]" {
		t.Errorf("after resume handled %s, want [4 5]", got)
	}
	for _, f := range h.handled {
		if f.Initial {
			t.Errorf("uid %d marked Initial on a mailbox with a cursor", f.UID)
		}
	}
}

func TestPollerRereadsAfterUIDValidityChange(t *testing.T) {
	srv := startServer(t, nil)
	for i := 1; i <= 2; i++ {
		srv.Deliver("INBOX", msg(i), time.Now())
	}
	h := newHandler()
	h.uv, h.last = 987654, 2 // a cursor from before the server renumbered
	startRig(t, srv, h, "")
	h.waitN(t, 2)
	if got := fmt.Sprint(h.uids()); got != "[1 2]" {
		t.Errorf("after UIDVALIDITY change handled %s, want [1 2] again", got)
	}
}

func TestPollerRetriesAfterHandlerFailure(t *testing.T) {
	srv := startServer(t, nil)
	srv.Deliver("INBOX", msg(1), time.Now())
	h := newHandler()
	h.failNext = 2
	startRig(t, srv, h, "Processed")
	h.waitN(t, 1)
	if got := fmt.Sprint(h.uids()); got != "[1]" {
		t.Errorf("handled %s, want [1] once after two failures", got)
	}
	if in := count(t, srv, "INBOX"); in > 1 {
		t.Errorf("INBOX has %d mails", in)
	}
}

// Without MOVE and UIDPLUS (a strict IMAP4rev1 server) the mail is copied
// and flagged, never expunged; a failed COPY deletes nothing (go-imap's own
// Move fallback would, a go-imap v2.0.0-beta.8 bug).
func TestPollerNeverDeletesWithoutMove(t *testing.T) {
	for _, tc := range []struct {
		name, folder  string
		caps          imap.CapSet
		inbox, copies uint32
	}{
		{"rev1 copy", "Processed", imap.CapSet{imap.CapIMAP4rev1: {}}, 1, 1},
		// A missing folder is created on [TRYCREATE] (RFC 9051 §6.4.7).
		{"rev1 copy to missing folder", "Nowhere", imap.CapSet{imap.CapIMAP4rev1: {}}, 1, 1},
		{"rev2 move to missing folder", "Nowhere", nil, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := startServer(t, tc.caps)
			srv.Deliver("INBOX", msg(1), time.Now())
			h := newHandler()
			r := startRig(t, srv, h, tc.folder)
			h.waitN(t, 1)
			r.stop() // the session finished markDone before waiting again
			if in, c := count(t, srv, "INBOX"), count(t, srv, tc.folder); in != tc.inbox || c != tc.copies {
				t.Errorf("INBOX %d, %s %d; want %d, %d", in, tc.folder, c, tc.inbox, tc.copies)
			}
		})
	}
}

func TestReconnectDelay(t *testing.T) {
	for _, tt := range []struct {
		failures int
		u        float64
		want     time.Duration
	}{
		{1, 0, 500 * time.Millisecond}, {1, 0.999999, time.Second}, {2, 0, time.Second},
		{4, 0, 4 * time.Second}, {5, 0.999999, 16 * time.Second}, {6, 0, 15 * time.Second},
		{20, 0, 15 * time.Second}, {20, 0.999999, 30 * time.Second}, {1000, 0.999999, 30 * time.Second},
	} {
		got := intake.ReconnectDelay(tt.failures, tt.u)
		if got.Round(time.Millisecond) != tt.want {
			t.Errorf("ReconnectDelay(%d, %v) = %v, want %v", tt.failures, tt.u, got, tt.want)
		}
	}
}

func TestMailboxConfigCheck(t *testing.T) {
	ok := intake.MailboxConfig{Addr: "imap.example.com:993", Username: "u"}
	for _, tt := range []struct {
		mod  func(*intake.MailboxConfig)
		want bool
	}{
		{func(*intake.MailboxConfig) {}, true},
		{func(c *intake.MailboxConfig) { c.TLS = intake.TLSNone }, false},
		{func(c *intake.MailboxConfig) { c.TLS = intake.TLSNone; c.AllowPlaintext = true }, true},
		{func(c *intake.MailboxConfig) { c.TLS = intake.TLSNone; c.Addr = "127.0.0.1:143" }, true},
		{func(c *intake.MailboxConfig) { c.TLS = "ssl" }, false},
		{func(c *intake.MailboxConfig) { c.Addr = "imap.example.com" }, false},
		{func(c *intake.MailboxConfig) { c.Auth = "cram-md5" }, false},
		{func(c *intake.MailboxConfig) { c.Username = "" }, false},
	} {
		c := ok
		tt.mod(&c)
		if err := c.Check(); (err == nil) != tt.want {
			t.Errorf("Check(%+v) = %v, want ok=%v", c, err, tt.want)
		}
	}
}

// A reconnect to a server without MOVE and UIDPLUS must not copy the
// handled mail (which stays in place) once more.
func TestPollerSweepDoesNotCopyTwice(t *testing.T) {
	srv := startServer(t, imap.CapSet{imap.CapIMAP4rev1: {}})
	srv.Deliver("INBOX", msg(1), time.Now())
	h := newHandler()
	r := startRig(t, srv, h, "Processed")
	h.waitN(t, 1)
	r.stop()
	startRig(t, srv, h, "Processed").stop()
	if c := count(t, srv, "Processed"); c != 1 {
		t.Errorf("Processed holds %d copies after a reconnect, want 1", c)
	}
}
