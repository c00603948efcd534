package dovecottest

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	customer = "alice@customer.example"
	agent    = "dana@example.com"
	// deliveryWait bounds SMTP → Postfix queue → LMTP → Dovecot; it takes
	// milliseconds, but a loaded machine stalls at times.
	deliveryWait = 15 * time.Second
)

// TestPostfixDelivers sends through Postfix and reads the mail back from the
// recipient's Dovecot mailbox over IMAP.
func TestPostfixDelivers(t *testing.T) {
	t.Parallel()
	begin := time.Now()
	s := Start(t, support, customer, agent)
	mid := time.Now()
	p := s.StartPostfix(t)
	t.Logf("Dovecot started in %v, then Postfix in %v", mid.Sub(begin), time.Since(mid))

	raw := testMail("via postfix")
	sent := time.Now()
	p.Send(t, "alice@customer.example", []string{support}, raw)
	got := s.WaitMessages(t, support, "INBOX", 1, deliveryWait)
	t.Logf("SMTP → visible over IMAP in %v", time.Since(sent))
	if len(got) != 1 {
		t.Fatalf("INBOX of %s holds %d messages, want 1", support, len(got))
	}
	for _, want := range []string{
		"Return-Path: <alice@customer.example>",
		"by " + p.Hostname + " (Postfix) with ESMTP",
		"Subject: via postfix",
	} {
		if !bytes.Contains(got[0], []byte(want)) {
			t.Errorf("delivered message lacks %q:\n%s", want, got[0])
		}
	}
	// SMTP's dot-stuffing (RFC 5321 §4.5.2) is added on the wire and undone.
	if !bytes.Contains(got[0], []byte("\r\n.a line starting with a dot\r\n")) {
		t.Errorf("delivered body lost its line starting with a dot:\n%s", got[0])
	}
	if n := len(s.Messages(t, customer, "INBOX")); n != 0 {
		t.Errorf("INBOX of %s holds %d messages, want 0 (mail went to %s only)", customer, n, support)
	}
	// A setting Postfix 3.7 does not know or deprecates shows up as a warning.
	if log := p.LogTail(1000); strings.Contains(log, "warning:") {
		t.Errorf("Postfix logged warnings:\n%s", log)
	}
}

// TestPostfixSendAsAnyone sends as an agent, as a forger of the agent and to
// several mailboxes at once: Postfix accepts any envelope sender, and each
// recipient gets its copy.
func TestPostfixSendAsAnyone(t *testing.T) {
	t.Parallel()
	s, p := StartWithPostfix(t, support, customer, agent)
	p.Send(t, agent, []string{customer, support}, []byte("From: Dana <dana@example.com>\r\n"+
		"To: alice@customer.example\r\nCc: support@example.com\r\nSubject: [ESC-1] status\r\n\r\nWorking on it.\r\n"))
	p.Send(t, "mallory@evil.example", []string{support}, []byte("From: Dana <dana@example.com>\r\n"+
		"Subject: [ESC-1] #resolve\r\n\r\nforged\r\n"))
	p.Send(t, "", []string{support}, []byte("From: MAILER-DAEMON@customer.example\r\nSubject: bounce\r\n\r\nx\r\n"))

	inbox := s.WaitMessages(t, support, "INBOX", 3, deliveryWait)
	paths := map[string]bool{}
	for _, m := range inbox {
		i := bytes.Index(m, []byte("Return-Path: "))
		if i < 0 {
			t.Errorf("message without Return-Path:\n%s", m)
			continue
		}
		paths[string(m[i:i+bytes.IndexByte(m[i:], '\r')])] = true
	}
	for _, want := range []string{"<dana@example.com>", "<mallory@evil.example>", "<>"} {
		if !paths["Return-Path: "+want] {
			t.Errorf("support INBOX Return-Paths = %v, want one %s", paths, want)
		}
	}
	if got := s.WaitMessages(t, customer, "INBOX", 1, deliveryWait); !bytes.Contains(got[0], []byte("Working on it.")) {
		t.Errorf("customer's copy = %q, want the agent's text", got[0])
	}
}

// TestPostfixRefusesOthers: unknown users of the test domains and other
// domains are refused at RCPT, so a test can never send mail off the box.
func TestPostfixRefusesOthers(t *testing.T) {
	t.Parallel()
	_, p := StartWithPostfix(t, support)
	for _, to := range []string{"nobody@example.com", "someone@gmail.com", "root"} {
		err := p.SendMail(customer, []string{to}, testMail("x"))
		if err == nil || !strings.Contains(err.Error(), "55") {
			t.Errorf("SendMail to %s = %v, want a 55x refusal", to, err)
		}
	}
	if n := p.Queued(t); n != 0 {
		t.Errorf("Queued = %d after refusals, want 0", n)
	}
}

// TestPostfixStopStart is the shape of a "Postfix down" fault test: while
// stopped, SMTP is refused; started again, it accepts and delivers on the
// same address.
func TestPostfixStopStart(t *testing.T) {
	t.Parallel()
	s, p := StartWithPostfix(t, support)
	addr := p.Addr
	pid := p.cmd.Process.Pid
	p.Stop(t)
	if smtpGreeted(addr) {
		t.Fatalf("SMTP still answers on %s after Stop", addr)
	}
	if live := liveInGroup(pid); len(live) != 0 {
		t.Errorf("processes %v of Postfix's group alive after Stop", live)
	}
	if err := p.SendMail(customer, []string{support}, testMail("while down")); err == nil {
		t.Errorf("SendMail while stopped = nil, want an error")
	}
	begin := time.Now()
	p.Start(t)
	t.Logf("Postfix restarted in %v", time.Since(begin))
	p.Start(t) // running: nothing happens
	if p.Addr != addr || net.JoinHostPort(p.Host(), strconv.Itoa(p.Port())) != addr {
		t.Errorf("after Start Addr = %s, Host %s, Port %d; want %s", p.Addr, p.Host(), p.Port(), addr)
	}
	p.Send(t, customer, []string{support}, testMail("after restart"))
	s.WaitMessages(t, support, "INBOX", 1, deliveryWait)
}

// TestPostfixQueuesWhileDovecotDown: with Dovecot stopped Postfix keeps the
// mail in its queue and delivers it once Dovecot is back.
func TestPostfixQueuesWhileDovecotDown(t *testing.T) {
	t.Parallel()
	s, p := StartWithPostfix(t, support)
	if err := s.stop(); err != nil {
		t.Fatalf("stop dovecot: %v", err)
	}
	p.Send(t, customer, []string{support}, testMail("queued"))
	if n := p.Queued(t); n != 1 {
		t.Errorf("Queued = %d with Dovecot down, want 1", n)
	}
	s.Restart(t)
	// Postfix's own retry is seconds away by the test's main.cf, but its
	// queue manager has been seen to wait longer after a refused LMTP
	// connection; the test is that the mail was kept, so it is flushed.
	p.Flush(t)
	s.WaitMessages(t, support, "INBOX", 1, deliveryWait)
	deadline := time.Now().Add(deliveryWait)
	for p.Queued(t) != 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := p.Queued(t); n != 0 {
		t.Errorf("Queued = %d after delivery, want 0", n)
	}
}

// TestStartPostfixWithoutPostfix hides postfix from PATH: StartPostfix must
// skip with a reason, and fail instead when CI is "true".
func TestStartPostfixWithoutPostfix(t *testing.T) {
	s := Start(t, support)
	t.Setenv("PATH", t.TempDir())
	for _, ci := range []string{"", "true"} {
		t.Setenv("CI", ci)
		f := &fakeTB{TB: t}
		done := make(chan struct{})
		go func() { defer close(done); s.StartPostfix(f) }()
		<-done
		for _, fn := range f.cleanups {
			fn()
		}
		got, other := f.skipped, f.failed
		if ci == "true" {
			got, other = f.failed, f.skipped
		}
		if !strings.Contains(got, "postfix not installed") || other != "" {
			t.Errorf("CI=%q: StartPostfix skipped %q, failed %q; want only the %s with the reason",
				ci, f.skipped, f.failed, map[bool]string{true: "failure", false: "skip"}[ci == "true"])
		}
	}
}

func TestDomains(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"support@example.com"}, "example.com"},
		{[]string{"a@B.example", "b@b.example", "c@a.example"}, "a.example b.example"},
		{[]string{"nodomain"}, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(domains(tt.in), " "); got != tt.want {
			t.Errorf("domains(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWritePostfixConfigBackdated(t *testing.T) {
	dir := t.TempDir()
	st := postfixSettings{Dir: dir, Hostname: "mx.test", SMTPPort: 2525, Domains: "example.com", LMTPSocket: "/x/lmtp"}
	if err := writePostfixConfig(dir, st, []string{support}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"main.cf", "master.cf", "vmailbox"} {
		fi, err := os.Stat(fmt.Sprintf("%s/etc/%s", dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if age := time.Since(fi.ModTime()); age < configAge-time.Second {
			t.Errorf("%s is %v old, want at least %v (Postfix sleeps on fresh config)", name, age, configAge)
		}
	}
}
