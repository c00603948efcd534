//go:build !linux

package dovecottest

import (
	"syscall"
	"time"
)

// sysProcAttr puts Dovecot in its own process group.
func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }

// terminateGroup sends SIGTERM to every process of the group.
func terminateGroup(pgid int) error { return syscall.Kill(-pgid, syscall.SIGTERM) }

// waitGroupGone does not wait where there is no /proc to read.
func waitGroupGone(pgid int, timeout time.Duration) error { return nil }

// killGroup sends SIGKILL to every process of the group.
func killGroup(pgid int) { syscall.Kill(-pgid, syscall.SIGKILL) }
