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

// Password is the password of every user of every Server. The servers listen
// on 127.0.0.1 only.
const Password = "dovecottest-secret"

// Mailboxes that exist (and are subscribed) from the start in every account
// besides INBOX.
const (
	Processed  = "Processed"
	Quarantine = "Quarantine"
)

const (
	startTimeout = 15 * time.Second
	termGrace    = 500 * time.Millisecond
	stopTimeout  = 10 * time.Second
	portAttempts = 3 // a free port can be taken between probe and bind
	logTail      = 50
)

// Server is a private Dovecot instance on 127.0.0.1.
type Server struct {
	Addr       string   // host:port of IMAP (plaintext, LOGIN and AUTH PLAIN allowed)
	User       string   // the first user given to Start
	Password   string   // the password of every user (the constant Password)
	Dir        string   // everything of this instance: config, log, sockets, Maildirs
	LMTPSocket string   // path of the LMTP unix socket, for Deliver or an MTA
	Users      []string // every user given to Start

	bin  string
	id   identity
	conf string
	master
}

// Start starts Dovecot for the test and stops it in t.Cleanup. Each user
// (at least one, e.g. "support@example.com") gets a Maildir with INBOX,
// Processed and Quarantine and the password Password. When the dovecot
// binary is missing it calls t.Skip with the reason, unless
// os.Getenv("CI") == "true", in which case t.Fatal.
func Start(t testing.TB, users ...string) *Server {
	t.Helper()
	if err := checkUsers(users); err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	bin, err := exec.LookPath("dovecot")
	if err != nil {
		unavailable(t, fmt.Sprintf("dovecot not installed (run .ci/dovecot.sh): %v", err))
	}
	id, err := lookupIdentity()
	if err != nil {
		unavailable(t, err.Error())
	}
	s := &Server{User: users[0], Password: Password, Users: users, bin: bin, id: id}
	if s.Dir, err = makeDir(id); err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	s.LMTPSocket = filepath.Join(s.Dir, "run", "lmtp")
	t.Cleanup(func() { s.cleanup(t) })
	for attempt := 1; ; attempt++ {
		var port int
		if port, err = freePort(); err == nil {
			err = s.start(port)
		}
		if err == nil || attempt == portAttempts || !s.lostPortRace() {
			break
		}
	}
	if err != nil {
		t.Fatalf("dovecottest: start: %v", err)
	}
	return s
}

func checkUsers(users []string) error {
	if len(users) == 0 {
		return errors.New("Start needs at least one user")
	}
	for _, u := range users {
		if u == "" || strings.ContainsAny(u, ":\n\r\t /") {
			return fmt.Errorf("invalid user name %q", u)
		}
	}
	return nil
}

// unavailable skips the test, or fails it in CI, where Dovecot must be there.
func unavailable(t testing.TB, reason string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("dovecottest: %s (CI=true, so this is a failure)", reason)
	}
	t.Skipf("dovecottest: %s", reason)
}

// makeDir creates the instance directory. It is short (unix socket paths are
// limited to 108 bytes) and traversable by Dovecot's unprivileged processes;
// mail/ belongs to the mail user.
func makeDir(id identity) (string, error) {
	dir, err := os.MkdirTemp("", "dovecottest-")
	if err != nil {
		return "", fmt.Errorf("temp dir: %w", err)
	}
	if err := prepareDir(dir, id); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}

func prepareDir(dir string, id identity) error {
	if err := os.Chmod(dir, 0o711); err != nil {
		return fmt.Errorf("chmod %s: %w", dir, err)
	}
	mail := filepath.Join(dir, "mail")
	if err := os.Mkdir(mail, 0o700); err != nil {
		return fmt.Errorf("mkdir %s: %w", mail, err)
	}
	if err := os.Chown(mail, id.MailUID, id.MailGID); err != nil {
		return fmt.Errorf("chown %s: %w", mail, err)
	}
	return nil
}

// Restart stops Dovecot and starts it again on the same port with the same
// Maildirs, so that clients see their connections drop and can reconnect.
// Messages, UIDs and UIDVALIDITY survive.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	if err := s.stop(); err != nil {
		t.Fatalf("dovecottest: restart: stop: %v", err)
	}
	_, port, _ := net.SplitHostPort(s.Addr)
	p, _ := strconv.Atoi(port)
	if err := s.start(p); err != nil {
		t.Fatalf("dovecottest: restart: %v", err)
	}
}

// start writes the configuration for port and runs the master in the
// foreground (-F), so that this process reaps it and no zombie is left. It
// returns when IMAP answers with a greeting.
func (s *Server) start(port int) error {
	s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	st := settings{identity: s.id, Dir: s.Dir, Instance: filepath.Base(s.Dir), IMAPPort: port}
	var err error
	if s.conf, err = writeConfig(s.Dir, st, s.Users, s.Password); err != nil {
		return err
	}
	logf, err := os.OpenFile(s.logPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("open log: %w", err)
	}
	defer logf.Close()
	if err := s.run(exec.Command(s.bin, "-F", "-c", s.conf), logf); err != nil {
		return fmt.Errorf("run %s: %w", s.bin, err)
	}
	return s.waitReady()
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// waitReady polls IMAP until the greeting arrives, the master exits, or
// startTimeout passes.
func (s *Server) waitReady() error {
	return waitGreeting("IMAP", s.Addr, greeted, s.exited, s.kill, func() error {
		return fmt.Errorf("dovecot exited during start: %v", s.cmd.ProcessState)
	})
}

// waitGreeting polls ok(addr) every 10 ms until it holds, the daemon
// exits (exited closes: the error of exitErr), or startTimeout passes
// (the daemon is killed).
func waitGreeting(proto, addr string, ok func(string) bool, exited <-chan struct{}, kill func(), exitErr func() error) error {
	deadline := time.Now().Add(startTimeout)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if ok(addr) {
			return nil
		}
		if time.Now().After(deadline) {
			kill()
			return fmt.Errorf("no %s greeting on %s within %v", proto, addr, startTimeout)
		}
		select {
		case <-exited:
			return exitErr()
		case <-tick.C:
		}
	}
}

// greeted reports whether addr answers with an IMAP "* OK" greeting.
func greeted(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	return err == nil && strings.HasPrefix(line, "* OK")
}

// lostPortRace reports whether the last start failed because the port was
// taken after freePort released it.
func (s *Server) lostPortRace() bool {
	b, _ := os.ReadFile(s.logPath())
	return strings.Contains(string(b), "Address already in use")
}

func (s *Server) logPath() string { return filepath.Join(s.Dir, "dovecot.log") }

// cleanup stops Dovecot, shows the end of its log when the test failed, and
// removes the directory.
func (s *Server) cleanup(t testing.TB) {
	if err := s.stop(); err != nil {
		t.Errorf("dovecottest: stop: %v", err)
	}
	if t.Failed() {
		t.Logf("dovecottest: last %d lines of %s:\n%s", logTail, s.logPath(), s.LogTail(logTail))
	}
	if err := os.RemoveAll(s.Dir); err != nil {
		t.Errorf("dovecottest: remove %s: %v", s.Dir, err)
	}
}

// LogTail returns the last n lines of the instance's log.
func (s *Server) LogTail(n int) string {
	b, err := os.ReadFile(s.logPath())
	if err != nil {
		return fmt.Sprintf("(read log: %v)", err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
