//go:build unix

package dovecottest

import (
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
