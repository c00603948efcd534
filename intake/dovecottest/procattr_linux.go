package dovecottest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// sysProcAttr puts Dovecot in its own process group, so that stop can signal
// the master and all its children at once, and makes the kernel stop the
// master when the test binary dies without running its cleanups.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM, Setpgid: true}
}

// terminateGroup sends SIGTERM to every process of the group. Signalled
// directly, the children exit at once; the master alone would wait ~1 s.
func terminateGroup(pgid int) error {
	return syscall.Kill(-pgid, syscall.SIGTERM)
}

// waitGroupGone waits until no live process is left in the group. Children
// that outlive the master are reaped by init, and a zombie still answers
// kill(0), so it reads each process's state in /proc/PID/stat instead.
func waitGroupGone(pgid int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		pids := liveInGroup(pgid)
		if len(pids) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			syscall.Kill(-pgid, syscall.SIGKILL)
			return fmt.Errorf("processes %v of group %d alive %v after SIGTERM; killed", pids, pgid, timeout)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// liveInGroup lists the processes of group pgid that are not zombies.
func liveInGroup(pgid int) []int {
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	var pids []int
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue // exited meanwhile
		}
		// pid (comm) state ppid pgrp …; comm may contain spaces and parens.
		i := bytes.LastIndexByte(b, ')')
		if i < 0 {
			continue
		}
		f := bytes.Fields(b[i+1:])
		if len(f) < 3 || string(f[0]) == "Z" || string(f[2]) != strconv.Itoa(pgid) {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(path)))
		pids = append(pids, pid)
	}
	return pids
}

// killGroup sends SIGKILL to every process of the group.
func killGroup(pgid int) { syscall.Kill(-pgid, syscall.SIGKILL) }
