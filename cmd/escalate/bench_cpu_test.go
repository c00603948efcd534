package main

// Where a benchmark's CPU went on the whole machine: the burst compares
// the gateway with the mail system alone, and on a small machine both
// are bound by the same cores, so the ratio means little without the
// CPU each side spent per mail.

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// cpuSample is the machine's busy CPU time (/proc/stat) and the CPU
// time of each group of processes (cpuGroup), live processes and the
// children their parents reaped.
type cpuSample struct {
	at     time.Time
	busy   time.Duration
	groups map[string]time.Duration
}

// sampleCPU reads the machine's CPU counters now; gateway is the gateway
// child's pid (0: none). The benchmark process itself (its SMTP and IMAP
// clients) counts as "bench".
func sampleCPU(gateway int) cpuSample {
	s := cpuSample{at: time.Now(), groups: map[string]time.Duration{}}
	if b, err := os.ReadFile("/proc/stat"); err == nil {
		line, _, _ := strings.Cut(string(b), "\n")
		f := strings.Fields(line) // cpu user nice system idle iowait irq softirq steal …
		for i, v := range f[1:] {
			if i >= 8 {
				break // guest time is counted in user already
			}
			if i != 3 && i != 4 { // idle, iowait
				n, _ := strconv.ParseInt(v, 10, 64)
				s.busy += time.Duration(n) * 10 * time.Millisecond
			}
		}
	}
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, dir := range dirs {
		pid, _ := strconv.Atoi(filepath.Base(dir))
		g := cpuGroup(pid, gateway)
		if g == "" {
			continue
		}
		s.groups[g] += procCPU(pid, true)
	}
	return s
}

// cpuGroup names what process pid belongs to: the gateway, the
// benchmark itself, PostgreSQL, Dovecot or Postfix (by executable, as
// both have a process called lmtp); "" for anything else.
func cpuGroup(pid, gateway int) string {
	switch pid {
	case gateway:
		return "gateway"
	case os.Getpid():
		return "bench"
	}
	exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
	if err != nil {
		return ""
	}
	switch {
	case strings.Contains(exe, "postgres"):
		return "postgres"
	case strings.Contains(exe, "dovecot"):
		return "dovecot"
	case strings.Contains(exe, "postfix"):
		return "postfix"
	}
	return ""
}

// procCPU is a process's user and system time (/proc/pid/stat fields 14
// and 15), with reaped the times of the children it has waited for
// (fields 16 and 17): Dovecot's and Postfix's masters reap their
// short-lived workers.
func procCPU(pid int, reaped bool) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	_, rest, _ := strings.Cut(string(b), ") ") // the command may hold spaces
	f := strings.Fields(rest)
	if len(f) < 15 {
		return 0
	}
	fields := f[11:13]
	if reaped {
		fields = f[11:15]
	}
	var ticks int64
	for _, v := range fields {
		n, _ := strconv.ParseInt(v, 10, 64)
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// cpuSince describes the CPU spent between s and e for n mails: how busy
// the machine's cores were, and each group's milliseconds a mail.
func cpuSince(s, e cpuSample, n int) string {
	wall := e.at.Sub(s.at)
	busy := e.busy - s.busy
	cores := 0.0
	if wall > 0 {
		cores = busy.Seconds() / wall.Seconds()
	}
	var names []string
	for g := range e.groups {
		names = append(names, g)
	}
	slices.Sort(names)
	var b strings.Builder
	fmt.Fprintf(&b, "%.1f cores busy of %d, %.1f ms a mail:", cores, runtime.NumCPU(), ms(busy)/float64(n))
	rest := busy
	for _, g := range names {
		if d := e.groups[g] - s.groups[g]; d > 0 {
			fmt.Fprintf(&b, " %s %.1f", g, ms(d)/float64(n))
			rest -= d
		}
	}
	fmt.Fprintf(&b, ", anything else %.1f", ms(max(rest, 0))/float64(n))
	return b.String()
}
