package dovecottest

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// postfixDaemon is where Debian's postfix package keeps master(8).
const postfixDaemon = "/usr/lib/postfix/sbin"

// Postfix is a private Postfix instance on 127.0.0.1 that accepts mail by
// SMTP (RFC 5321) for the users of one Server and delivers it over LMTP
// (RFC 2033) into their Dovecot mailboxes. Recipients outside those users are
// refused at RCPT, so nothing leaves the machine.
type Postfix struct {
	Addr     string   // host:port of SMTP (plaintext, no AUTH; any envelope sender)
	Dir      string   // everything of this instance: etc/, spool/, data/, postfix.log
	Hostname string   // myhostname, the name in the greeting and in Received lines
	Domains  []string // virtual_mailbox_domains: the domains of the Server's users

	bin     string // the postfix command
	dovecot *Server
	master
}

// StartPostfix starts a Postfix in front of s for the test and stops it in
// t.Cleanup (before s stops). Mail to any of s.Users sent to Addr lands in
// that user's INBOX. When Postfix is not installed, or the test does not run
// as root (master(8) must), it calls t.Skip with the reason, unless
// os.Getenv("CI") == "true", in which case t.Fatal.
func (s *Server) StartPostfix(t testing.TB) *Postfix {
	t.Helper()
	bin, err := exec.LookPath("postfix")
	if err != nil {
		unavailable(t, fmt.Sprintf("postfix not installed (run .ci/postfix.sh): %v", err))
	}
	if os.Geteuid() != 0 {
		unavailable(t, "postfix needs root: its master process runs as root")
	}
	p := &Postfix{
		Dir:      filepath.Join(s.Dir, "postfix"),
		Hostname: "mx." + filepath.Base(s.Dir) + ".test",
		Domains:  domains(s.Users),
		bin:      bin,
		dovecot:  s,
	}
	if len(p.Domains) == 0 {
		t.Fatalf("dovecottest: StartPostfix: no user of the Server has a domain (%q)", s.Users)
	}
	if err := os.MkdirAll(p.Dir, 0o755); err != nil {
		t.Fatalf("dovecottest: StartPostfix: %v", err)
	}
	t.Cleanup(func() { p.cleanup(t) })
	for attempt := 1; ; attempt++ {
		var port int
		if port, err = freePort(); err == nil {
			err = p.start(port)
		}
		if err == nil || attempt == portAttempts || !p.lostPortRace() {
			break
		}
	}
	if err != nil {
		t.Fatalf("dovecottest: start postfix: %v", err)
	}
	return p
}

// StartWithPostfix starts Dovecot for users (see Start) and a Postfix in
// front of it (see StartPostfix).
func StartWithPostfix(t testing.TB, users ...string) (*Server, *Postfix) {
	t.Helper()
	s := Start(t, users...)
	return s, s.StartPostfix(t)
}

// Host is the SMTP host of Addr, 127.0.0.1.
func (p *Postfix) Host() string {
	host, _, _ := net.SplitHostPort(p.Addr)
	return host
}

// Port is the SMTP port of Addr, for configurations that take host and port
// apart (the gateway's [smtp] table).
func (p *Postfix) Port() int {
	_, port, _ := net.SplitHostPort(p.Addr)
	n, _ := strconv.Atoi(port)
	return n
}

// Stop stops Postfix, as an outage would: SMTP connections are refused
// until Start. Mail already queued stays in the queue.
func (p *Postfix) Stop(t testing.TB) {
	t.Helper()
	if err := p.stop(); err != nil {
		t.Fatalf("dovecottest: stop postfix: %v", err)
	}
}

// Start starts a stopped Postfix again on the same port with the same queue,
// which it then delivers. It does nothing when Postfix is running.
func (p *Postfix) Start(t testing.TB) {
	t.Helper()
	if p.running() {
		return
	}
	if err := p.start(p.Port()); err != nil {
		t.Fatalf("dovecottest: start postfix: %v", err)
	}
}

func (p *Postfix) running() bool {
	if p.exited == nil {
		return false
	}
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

// masterScript runs master(8) in the foreground (-d) under a shell that
// stays in the process group. The shell is what SysProcAttr's parent-death
// signal reaches when the test binary dies without its cleanups: the
// master's own would be cleared by the kernel as soon as it switches its
// effective uid to mail_owner, and a timed-out test would leave Postfix
// running. On SIGTERM the shell passes it to the whole group.
const masterScript = `trap 'trap - TERM; kill -TERM 0' TERM; "$1" -d -c "$2" & wait $!`

// start writes the configuration for port, lets "postfix check" create the
// queue directories with their owners on the first start, and runs
// master(8) in the foreground (see masterScript), so that this process
// reaps it. It returns when smtpd greets on Addr.
func (p *Postfix) start(port int) error {
	p.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	st := postfixSettings{
		Dir: p.Dir, Hostname: p.Hostname, SMTPPort: port,
		Domains: strings.Join(p.Domains, ", "), LMTPSocket: p.dovecot.LMTPSocket,
	}
	if err := writePostfixConfig(p.Dir, st, p.dovecot.Users); err != nil {
		return err
	}
	etc := filepath.Join(p.Dir, "etc")
	logf, err := os.OpenFile(p.stderrPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("open log: %w", err)
	}
	defer logf.Close()
	// "postfix check" (~0.35 s) is needed once: a restart finds the queue.
	if _, err := os.Stat(filepath.Join(p.Dir, "spool", "pid")); err != nil {
		check := exec.Command(p.bin, "-c", etc, "check")
		check.Stdout, check.Stderr = logf, logf
		if err := check.Run(); err != nil {
			return fmt.Errorf("postfix -c %s check: %w (see %s)", etc, err, p.stderrPath())
		}
	}
	master := exec.Command("/bin/sh", "-c", masterScript, "postfix-master", filepath.Join(postfixDaemon, "master"), etc)
	if err := p.run(master, logf); err != nil {
		return fmt.Errorf("run master: %w", err)
	}
	return p.waitReady()
}

// waitReady polls SMTP until smtpd greets, the master exits, or startTimeout
// passes.
func (p *Postfix) waitReady() error {
	return waitGreeting("SMTP", p.Addr, smtpGreeted, p.exited, p.kill, func() error {
		return fmt.Errorf("postfix master exited during start: %v", p.cmd.ProcessState)
	})
}

// smtpGreeted reports whether addr answers with an SMTP 220 greeting
// (RFC 5321 §4.2).
func smtpGreeted(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "220") {
		return false
	}
	fmt.Fprintf(c, "QUIT\r\n")
	return true
}

// cleanup stops Postfix and shows the end of its logs when the test failed.
// The directory goes with the Server's.
func (p *Postfix) cleanup(t testing.TB) {
	if err := p.stop(); err != nil {
		t.Errorf("dovecottest: stop postfix: %v", err)
	}
	if t.Failed() {
		t.Logf("dovecottest: last %d lines of the Postfix logs:\n%s", logTail, p.LogTail(logTail))
	}
}

// lostPortRace reports whether the last start failed because the port was
// taken after freePort released it.
func (p *Postfix) lostPortRace() bool {
	for _, path := range []string{p.logPath(), p.stderrPath()} {
		if b, _ := os.ReadFile(path); strings.Contains(string(b), "Address already in use") {
			return true
		}
	}
	return false
}

// logPath is maillog_file; stderrPath collects what "postfix check" and the
// master print before logging starts.
func (p *Postfix) logPath() string    { return filepath.Join(p.Dir, "postfix.log") }
func (p *Postfix) stderrPath() string { return filepath.Join(p.Dir, "stderr.log") }

// LogTail returns the last n lines of the instance's log (maillog_file),
// then of what the commands printed.
func (p *Postfix) LogTail(n int) string {
	var parts []string
	for _, path := range []string{p.logPath(), p.stderrPath()} {
		b, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) || len(b) == 0 {
			continue
		}
		if err != nil {
			parts = append(parts, fmt.Sprintf("(read %s: %v)", path, err))
			continue
		}
		lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		if len(lines) > n {
			lines = lines[len(lines)-n:]
		}
		parts = append(parts, "== "+filepath.Base(path)+"\n"+strings.Join(lines, "\n"))
	}
	return strings.Join(parts, "\n")
}

// Queued returns how many messages sit in the queue (RFC 5321 §4.5.4): mail
// accepted and not yet delivered, e.g. while Dovecot is down.
func (p *Postfix) Queued(t testing.TB) int {
	t.Helper()
	n := 0
	for _, q := range []string{"maildrop", "incoming", "active", "deferred", "hold"} {
		err := filepath.WalkDir(filepath.Join(p.Dir, "spool", q), func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() {
				n++
			}
			return nil
		})
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("dovecottest: count queue %s: %v", q, err)
		}
	}
	return n
}

// Flush asks Postfix to retry every queued mail now ("postfix flush"), as
// an operator does once the next hop is back: its own retry comes on a
// schedule that a loaded machine can stretch past a test's wait.
func (p *Postfix) Flush(t testing.TB) {
	t.Helper()
	out, err := exec.Command(p.bin, "-c", filepath.Join(p.Dir, "etc"), "flush").CombinedOutput()
	if err != nil {
		t.Fatalf("dovecottest: postfix flush: %v: %s", err, out)
	}
}
