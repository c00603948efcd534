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
	"sync"
	"time"

	"github.com/escalate-dev/escalate/intake/dovecottest"
)

// cpuSample is the machine's busy CPU time (/proc/stat) and the CPU
// time of each group of processes (cpuGroup), live processes and the
// children their parents reaped; procs are Dovecot's and Postfix's
// processes, each with its own CPU time (cpuWatch splits them by name).
type cpuSample struct {
	at     time.Time
	busy   time.Duration
	groups map[string]time.Duration
	procs  map[int]procSeen
}

// procSeen is a process by its name ("dovecot/imap", "postfix/smtpd")
// and its own CPU time, without its reaped children.
type procSeen struct {
	name string
	cpu  time.Duration
}

// cpuScope says which processes are the run's own: the gateway child
// (0: none), and the process groups of the test's Dovecot and Postfix
// (0: any process of that executable, another test's instance too).
type cpuScope struct {
	gateway          int
	dovecot, postfix int
}

// mailSystemScope is the scope of a run on s and mx, with the gateway
// child gateway (0: none).
func mailSystemScope(s *dovecottest.Server, mx *dovecottest.Postfix, gateway int) cpuScope {
	return cpuScope{gateway: gateway, dovecot: s.ProcessGroup(), postfix: mx.ProcessGroup()}
}

// sampleCPU reads the machine's CPU counters now. The benchmark process
// itself (its SMTP and IMAP clients) counts as "bench".
func sampleCPU(sc cpuScope) cpuSample {
	s := cpuSample{at: time.Now(), groups: map[string]time.Duration{}, procs: map[int]procSeen{}}
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
		st, ok := readStat(pid)
		if !ok {
			continue
		}
		g := cpuGroup(pid, st.pgrp, sc)
		if g == "" {
			continue
		}
		s.groups[g] += st.cpu(true)
		if g == "dovecot" || g == "postfix" {
			s.procs[pid] = procSeen{name: g + "/" + st.comm, cpu: st.cpu(false)}
		}
	}
	return s
}

// cpuGroup names what process pid (of process group pgrp) belongs to:
// the gateway, the benchmark itself, PostgreSQL, Dovecot or Postfix (by
// process group when the scope has it, else by executable, as both have
// a process called lmtp); "" for anything else.
func cpuGroup(pid, pgrp int, sc cpuScope) string {
	switch {
	case pid == sc.gateway:
		return "gateway"
	case pid == os.Getpid():
		return "bench"
	case sc.dovecot != 0 && pgrp == sc.dovecot:
		return "dovecot"
	case sc.postfix != 0 && pgrp == sc.postfix:
		return "postfix"
	}
	exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
	if err != nil {
		return ""
	}
	switch {
	case strings.Contains(exe, "postgres"):
		return "postgres"
	case strings.Contains(exe, "dovecot") && sc.dovecot == 0:
		return "dovecot"
	case strings.Contains(exe, "postfix") && sc.postfix == 0:
		return "postfix"
	}
	return ""
}

// procStat is what the benchmark reads of /proc/pid/stat.
type procStat struct {
	comm string
	pgrp int
	// user, system, and the reaped children's user and system time
	ticks [4]int64
}

func readStat(pid int) (procStat, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return procStat{}, false
	}
	s := string(b)
	open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')') // the command may hold spaces
	if open < 0 || end < open {
		return procStat{}, false
	}
	f := strings.Fields(s[end+1:]) // state ppid pgrp … utime stime cutime cstime
	if len(f) < 15 {
		return procStat{}, false
	}
	st := procStat{comm: s[open+1 : end]}
	st.pgrp, _ = strconv.Atoi(f[2])
	for i := range st.ticks {
		st.ticks[i], _ = strconv.ParseInt(f[11+i], 10, 64)
	}
	return st, true
}

// cpu is the process's user and system time, with reaped the times of
// the children it has waited for: Dovecot's and Postfix's masters reap
// their short-lived workers.
func (st procStat) cpu(reaped bool) time.Duration {
	n := st.ticks[0] + st.ticks[1]
	if reaped {
		n += st.ticks[2] + st.ticks[3]
	}
	return time.Duration(n) * 10 * time.Millisecond
}

// procCPU is a process's user and system time, with reaped the times
// of the children it has waited for.
func procCPU(pid int, reaped bool) time.Duration {
	st, _ := readStat(pid)
	return st.cpu(reaped)
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

// cpuWatch samples the Dovecot and Postfix processes every 100 ms
// between start and stop, so that the CPU of a short-lived worker
// (Postfix's cleanup and lmtp end after 100 mails, and their master's
// reaped time does not say which they were) is counted under its own
// name, less what it spent after its last sample.
type cpuWatch struct {
	start cpuSample
	mu    sync.Mutex
	last  map[int]procSeen
	done  chan struct{}
	ended chan struct{}
}

func watchCPU(sc cpuScope) *cpuWatch {
	w := &cpuWatch{start: sampleCPU(sc), last: map[int]procSeen{}, done: make(chan struct{}), ended: make(chan struct{})}
	w.note(w.start)
	go func() {
		defer close(w.ended)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-w.done:
				return
			case <-t.C:
				w.note(cpuSample{procs: sampleProcs(sc)})
			}
		}
	}()
	return w
}

func (w *cpuWatch) note(s cpuSample) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for pid, p := range s.procs {
		if old, ok := w.last[pid]; !ok || old.name == p.name {
			w.last[pid] = p
		}
	}
}

// sampleProcs reads the CPU time of the processes of sc's Dovecot and
// Postfix groups alone: cheaper than sampleCPU, read every 100 ms.
func sampleProcs(sc cpuScope) map[int]procSeen {
	procs := map[int]procSeen{}
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, dir := range dirs {
		pid, _ := strconv.Atoi(filepath.Base(dir))
		st, ok := readStat(pid)
		if !ok || st.pgrp == 0 {
			continue
		}
		switch st.pgrp {
		case sc.dovecot:
			procs[pid] = procSeen{name: "dovecot/" + st.comm, cpu: st.cpu(false)}
		case sc.postfix:
			procs[pid] = procSeen{name: "postfix/" + st.comm, cpu: st.cpu(false)}
		}
	}
	return procs
}

// stop takes the last sample (with sc's gateway) and returns it.
func (w *cpuWatch) stop(sc cpuScope) cpuSample {
	close(w.done)
	<-w.ended
	e := sampleCPU(sc)
	w.note(e)
	return e
}

// detail is the Dovecot and Postfix processes' CPU by name between start
// and stop, in milliseconds a mail for n mails (those over 0.05 ms).
func (w *cpuWatch) detail(n int) string {
	w.mu.Lock()
	byName := map[string]time.Duration{}
	for pid, p := range w.last {
		byName[p.name] += p.cpu - w.start.procs[pid].cpu
	}
	w.mu.Unlock()
	var names []string
	for g := range byName {
		names = append(names, g)
	}
	slices.Sort(names)
	var b strings.Builder
	for _, g := range names {
		if d := byName[g]; ms(d)/float64(n) >= 0.05 {
			fmt.Fprintf(&b, " %s %.2f", g, ms(d)/float64(n))
		}
	}
	return strings.TrimSpace(b.String())
}
