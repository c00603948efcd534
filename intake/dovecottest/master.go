package dovecottest

import (
	"fmt"
	"io"
	"os/exec"
	"time"
)

// master is a daemon's master process, started in its own process group
// (Dovecot's and Postfix's alike), and how it is stopped.
type master struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed when the master process has been reaped
}

// run starts cmd with its output in log and reaps it in the background.
// Stdin stays /dev/null and the output goes to a file, never a pipe: the
// daemons' children keep them open, and reading a pipe would never end.
func (m *master) run(cmd *exec.Cmd, log io.Writer) error {
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		return err
	}
	m.cmd, m.exited = cmd, make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { cmd.Wait(); close(done) }(m.cmd, m.exited)
	return nil
}

// stop sends SIGTERM to the master's whole process group: signalled
// directly, the children exit at once (~15 ms), while a master alone waits
// for them (Dovecot ~1 s). Under load a master still lingers at times (1 s,
// once 6 s, were seen); after termGrace the group is killed, which Maildir
// and Postfix's queue survive (Postfix writes a queue file before it answers
// 250). stop returns when the master is reaped and no child is alive.
func (m *master) stop() error {
	if m.cmd == nil || m.exited == nil {
		return nil
	}
	pid := m.cmd.Process.Pid
	select {
	case <-m.exited:
	default:
		if err := terminateGroup(pid); err != nil {
			return fmt.Errorf("signal group %d: %w", pid, err)
		}
		select {
		case <-m.exited:
		case <-time.After(termGrace):
			m.kill()
		}
	}
	return waitGroupGone(pid, stopTimeout)
}

// kill kills the process group and reaps the master.
func (m *master) kill() {
	killGroup(m.cmd.Process.Pid)
	<-m.exited
}

// ProcessGroup is the process group of the master and its children (the
// master's pid; 0 before it started): a benchmark counts the CPU of this
// instance apart from other Dovecot or Postfix processes on the machine.
func (m *master) ProcessGroup() int {
	if m.cmd == nil || m.cmd.Process == nil {
		return 0
	}
	return m.cmd.Process.Pid
}
