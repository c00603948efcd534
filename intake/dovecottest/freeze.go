//go:build unix

package dovecottest

import (
	"net"
	"strconv"
	"syscall"
	"testing"
)

// Freeze stops every Dovecot process (SIGSTOP to the process group): the
// kernel keeps the connections open and accepts new ones, but nothing is
// answered, as with a hung server. Thaw resumes them; the cleanup thaws
// too, so that the instance can be stopped.
func (s *Server) Freeze(t testing.TB) {
	t.Helper()
	if err := syscall.Kill(-s.cmd.Process.Pid, syscall.SIGSTOP); err != nil {
		t.Fatalf("dovecottest: freeze: %v", err)
	}
	t.Cleanup(func() { syscall.Kill(-s.cmd.Process.Pid, syscall.SIGCONT) })
}

// Thaw resumes the processes stopped by Freeze (SIGCONT).
func (s *Server) Thaw(t testing.TB) {
	t.Helper()
	if err := syscall.Kill(-s.cmd.Process.Pid, syscall.SIGCONT); err != nil {
		t.Fatalf("dovecottest: thaw: %v", err)
	}
}

// Down stops Dovecot (connections drop, new ones are refused) until Up
// starts it again on the same port with the same Maildirs.
func (s *Server) Down(t testing.TB) {
	t.Helper()
	if err := s.stop(); err != nil {
		t.Fatalf("dovecottest: down: %v", err)
	}
}

// Up starts Dovecot again after Down.
func (s *Server) Up(t testing.TB) {
	t.Helper()
	_, port, _ := net.SplitHostPort(s.Addr)
	p, _ := strconv.Atoi(port)
	if err := s.start(p); err != nil {
		t.Fatalf("dovecottest: up: %v", err)
	}
}
