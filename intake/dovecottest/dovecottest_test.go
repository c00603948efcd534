package dovecottest

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

const (
	support = "support@example.com"
	// idleWait bounds the wait for an IDLE notification; Dovecot announces a
	// delivery ~0.55 s after it (a compiled-in 500 ms delay).
	idleWait = 5 * time.Second
)

func testMail(subject string) []byte {
	return []byte("From: Alice Customer <alice@customer.example>\r\n" +
		"To: support@example.com\r\n" +
		"Subject: " + subject + "\r\n" +
		"Message-ID: <" + strings.ReplaceAll(subject, " ", ".") + "@customer.example>\r\n" +
		"Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n" +
		"\r\n" +
		"Our production cluster is down.\r\n" +
		".a line starting with a dot\r\n")
}

func TestStart(t *testing.T) {
	t.Parallel()
	begin := time.Now()
	s := Start(t, support)
	t.Logf("Start took %v", time.Since(begin))
	pre, err := imapclient.DialInsecure(s.Addr, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", s.Addr, err)
	}
	t.Logf("capabilities before login: %v", capNames(pre.Caps()))
	pre.Close()
	c := s.Login(t, support, nil)

	caps := c.Caps()
	for _, want := range []imap.Cap{imap.CapIMAP4rev1, imap.CapIdle, imap.CapMove, imap.CapUIDPlus, imap.CapCondStore} {
		if !caps.Has(want) {
			t.Errorf("Caps().Has(%s) = false, want true", want)
		}
	}
	t.Logf("capabilities after login: %v", capNames(caps))

	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		t.Fatalf("LIST: %v", err)
	}
	var names []string
	for _, d := range list {
		names = append(names, d.Mailbox)
	}
	for _, want := range []string{"INBOX", Processed, Quarantine} {
		if !slices.Contains(names, want) {
			t.Errorf("LIST = %v, want it to contain %s", names, want)
		}
	}
}

func capNames(caps imap.CapSet) []string {
	var names []string
	for c := range caps {
		names = append(names, string(c))
	}
	slices.Sort(names)
	return names
}

func TestLoginWrongPassword(t *testing.T) {
	t.Parallel()
	s := Start(t, support)
	c, err := imapclient.DialInsecure(s.Addr, nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c.Close()
	if err := c.Login(support, "wrong").Wait(); err == nil {
		t.Errorf("Login(%s, wrong) = nil, want an error", support)
	}
}

// TestDeliverIDLE shows that an LMTP delivery reaches a client in IDLE.
func TestDeliverIDLE(t *testing.T) {
	t.Parallel()
	s := Start(t, support)
	exists := make(chan uint32, 16)
	c := s.Login(t, support, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					exists <- *d.NumMessages
				}
			},
		},
	})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("SELECT INBOX: %v", err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("IDLE: %v", err)
	}
	raw := testMail("cluster down")
	begin := time.Now()
	s.Deliver(t, support, raw)
	select {
	case n := <-exists:
		t.Logf("EXISTS %d announced %v after delivery", n, time.Since(begin))
		if n != 1 {
			t.Errorf("EXISTS = %d, want 1", n)
		}
	case <-time.After(idleWait):
		t.Fatalf("no EXISTS within %v of the delivery", idleWait)
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("DONE: %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("IDLE end: %v", err)
	}
	got := fetchBody(t, c, 1)
	if !bytes.Contains(got, []byte("Return-Path: <alice@customer.example>")) {
		t.Errorf("delivered header lacks Return-Path of the From address:\n%s", got)
	}
	if !bytes.HasSuffix(got, raw[bytes.Index(raw, []byte("From:")):]) {
		t.Errorf("delivered message = %q, want it to end with %q", got, raw)
	}
}

func fetchBody(t *testing.T, c *imapclient.Client, seq uint32) []byte {
	t.Helper()
	section := &imap.FetchItemBodySection{Peek: true}
	msgs, err := c.Fetch(imap.SeqSetNum(seq), &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatalf("FETCH %d: %v", seq, err)
	}
	if len(msgs) != 1 {
		t.Fatalf("FETCH %d returned %d messages, want 1", seq, len(msgs))
	}
	return msgs[0].FindBodySection(section)
}

func TestDeliverNullSender(t *testing.T) {
	t.Parallel()
	s := Start(t, support)
	s.DeliverFrom(t, "", support, testMail("bounce"))
	c := s.Login(t, support, nil)
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("SELECT INBOX: %v", err)
	}
	if got := fetchBody(t, c, 1); !bytes.Contains(got, []byte("Return-Path: <>")) {
		t.Errorf("null-sender delivery lacks Return-Path: <>:\n%s", got)
	}
}

func TestDeliverUnknownUser(t *testing.T) {
	t.Parallel()
	s := Start(t, support)
	if err := s.lmtp("alice@customer.example", "nobody@example.com", testMail("x")); err == nil {
		t.Errorf("LMTP to an unknown user = nil, want an error")
	}
}

// TestAppendStatus seeds mailboxes of two users and checks STATUS counts.
func TestAppendStatus(t *testing.T) {
	t.Parallel()
	const other = "billing@example.com"
	s := Start(t, support, other)
	s.AppendAll(t, support, "INBOX", testMail("a"), testMail("b"), testMail("c"))
	s.Append(t, support, Processed, testMail("d"))
	s.Deliver(t, support, testMail("e"))
	s.Append(t, other, Quarantine, testMail("f"))
	tests := []struct {
		user, mailbox string
		want          uint32
	}{
		{support, "INBOX", 4},
		{support, Processed, 1},
		{support, Quarantine, 0},
		{other, "INBOX", 0},
		{other, Quarantine, 1},
	}
	for _, tt := range tests {
		if got := status(t, s, tt.user, tt.mailbox); got != tt.want {
			t.Errorf("STATUS %s of %s = %d messages, want %d", tt.mailbox, tt.user, got, tt.want)
		}
	}
}

func status(t *testing.T, s *Server, user, mailbox string) uint32 {
	t.Helper()
	c := s.Login(t, user, nil)
	defer func() { c.Logout().Wait() }()
	d, err := c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatalf("STATUS %s of %s: %v", mailbox, user, err)
	}
	return *d.NumMessages
}

// TestParallelServers starts two servers at once; each sees only its own mail.
func TestParallelServers(t *testing.T) {
	t.Parallel()
	servers := make([]*Server, 2)
	t.Run("group", func(t *testing.T) {
		for i := range servers {
			t.Run(fmt.Sprint(i), func(t *testing.T) {
				t.Parallel()
				servers[i] = Start(t, support)
				for range i + 1 {
					servers[i].Deliver(t, support, testMail(fmt.Sprintf("server %d", i)))
				}
				if got, want := status(t, servers[i], support, "INBOX"), uint32(i+1); got != want {
					t.Errorf("server %d: STATUS INBOX = %d, want %d", i, got, want)
				}
			})
		}
	})
	if servers[0] == nil || servers[1] == nil {
		return // a subtest failed or skipped
	}
	if servers[0].Addr == servers[1].Addr || servers[0].Dir == servers[1].Dir {
		t.Errorf("servers share Addr %s/%s or Dir %s/%s", servers[0].Addr, servers[1].Addr, servers[0].Dir, servers[1].Dir)
	}
	for i, s := range servers {
		if _, err := os.Stat(s.Dir); !os.IsNotExist(err) {
			t.Errorf("server %d: Stat(%s) after cleanup = %v, want not exist", i, s.Dir, err)
		}
	}
}

func TestStopReapsMaster(t *testing.T) {
	t.Parallel()
	s := Start(t, support)
	pid := s.cmd.Process.Pid
	if err := s.stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	// The master was reaped by cmd.Wait, so its /proc entry is gone (no zombie).
	if _, err := os.Stat(fmt.Sprintf("/proc/%d/stat", pid)); !os.IsNotExist(err) {
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		t.Errorf("after stop, /proc/%d/stat: err %v, content %q; want it gone", pid, err, b)
	}
	if greeted(s.Addr) {
		t.Errorf("IMAP still answers on %s after stop", s.Addr)
	}
}

func TestCheckUsers(t *testing.T) {
	tests := []struct {
		in   []string
		want bool // valid
	}{
		{nil, false},
		{[]string{"support@example.com"}, true},
		{[]string{"a@example.com", "b@example.com"}, true},
		{[]string{""}, false},
		{[]string{"a:b@example.com"}, false},
		{[]string{"a b@example.com"}, false},
		{[]string{"a@example.com\nroot"}, false},
	}
	for _, tt := range tests {
		if got := checkUsers(tt.in) == nil; got != tt.want {
			t.Errorf("checkUsers(%q) valid = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestEnvelopeFrom(t *testing.T) {
	tests := []struct{ in, want string }{
		{"From: Alice <alice@example.com>\r\n\r\nhi", "alice@example.com"},
		{"From: bob@example.org, carol@example.org\r\n\r\n", "bob@example.org"},
		{"Subject: no from\r\n\r\n", ""},
		{"From: not an address\r\n\r\n", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := envelopeFrom([]byte(tt.in)); got != tt.want {
			t.Errorf("envelopeFrom(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// fakeTB records how Start gave up. Skip and Fatal end the goroutine as the
// real ones do.
type fakeTB struct {
	testing.TB
	skipped, failed string
	cleanups        []func()
}

func (f *fakeTB) Helper()           {}
func (f *fakeTB) Cleanup(fn func()) { f.cleanups = append(f.cleanups, fn) }
func (f *fakeTB) Skipf(format string, args ...any) {
	f.skipped = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.failed = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// TestStartWithoutDovecot hides dovecot from PATH: Start must skip with a
// reason, and fail instead when CI is "true".
func TestStartWithoutDovecot(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, ci := range []string{"", "true"} {
		t.Setenv("CI", ci)
		f := &fakeTB{TB: t}
		done := make(chan struct{})
		go func() { defer close(done); Start(f, support) }()
		<-done
		for _, fn := range f.cleanups {
			fn()
		}
		got, other := f.skipped, f.failed
		if ci == "true" {
			got, other = f.failed, f.skipped
		}
		if !strings.Contains(got, "dovecot not installed") || other != "" {
			t.Errorf("CI=%q: Start skipped %q, failed %q; want only the %s with the reason",
				ci, f.skipped, f.failed, map[bool]string{true: "failure", false: "skip"}[ci == "true"])
		}
	}
}

// TestRestart drops an idling client; mail and UIDVALIDITY survive.
func TestRestart(t *testing.T) {
	t.Parallel()
	s := Start(t, support)
	s.Deliver(t, support, testMail("before restart"))
	c := s.Login(t, support, nil)
	before, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatalf("SELECT INBOX: %v", err)
	}
	if _, err := c.Idle(); err != nil {
		t.Fatalf("IDLE: %v", err)
	}
	addr := s.Addr
	s.Restart(t)
	select {
	case <-c.Closed():
	case <-time.After(idleWait):
		t.Fatalf("client not closed within %v of the restart", idleWait)
	}
	if s.Addr != addr {
		t.Errorf("Addr after Restart = %s, want %s", s.Addr, addr)
	}
	s.Deliver(t, support, testMail("after restart"))
	c2 := s.Login(t, support, nil)
	after, err := c2.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatalf("SELECT INBOX after restart: %v", err)
	}
	if after.UIDValidity != before.UIDValidity || after.NumMessages != 2 {
		t.Errorf("after restart UIDVALIDITY %d, %d messages; want %d, 2", after.UIDValidity, after.NumMessages, before.UIDValidity)
	}
}

// TestMoveToProcessed moves a delivered mail the way the poller will and
// checks the COPYUID data of UIDPLUS.
func TestMoveToProcessed(t *testing.T) {
	t.Parallel()
	s := Start(t, support)
	s.Deliver(t, support, testMail("to move"))
	c := s.Login(t, support, nil)
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("SELECT INBOX: %v", err)
	}
	md, err := c.Move(imap.UIDSetNum(1), Processed).Wait()
	if err != nil {
		t.Fatalf("UID MOVE 1 %s: %v", Processed, err)
	}
	if md.UIDValidity == 0 || md.DestUIDs.String() != "1" {
		t.Errorf("MOVE data = UIDVALIDITY %d, dest UIDs %q; want non-zero, \"1\"", md.UIDValidity, md.DestUIDs)
	}
	if got := status(t, s, support, Processed); got != 1 {
		t.Errorf("STATUS %s = %d messages, want 1", Processed, got)
	}
	if got := status(t, s, support, "INBOX"); got != 0 {
		t.Errorf("STATUS INBOX = %d messages, want 0", got)
	}
}
