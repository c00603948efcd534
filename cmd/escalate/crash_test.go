package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime/pprof"
	"runtime/trace"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/escalate-dev/escalate/schema/schematest"
)

// childEnv makes the test binary run `escalate run --config FILE` instead
// of the tests, so a test can kill a real gateway process.
const childEnv = "ESCALATE_TEST_CHILD_CONFIG"

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		stop := traceChild()
		// SIGTERM ends the child as main's does the gateway: cleanly, so
		// that its profiles are written.
		ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGTERM)
		err := run(ctx, []string{"run", "--config", path}, os.Stdin, os.Stdout, os.Stderr)
		cancel()
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// traceChild writes the child gateway's execution trace to
// $ESCALATE_BENCH_TRACE when set (a benchmark's profile: `go tool trace
// -pprof=net|sync|syscall|sched FILE` tells where its time went), and
// its CPU profile to $ESCALATE_BENCH_CPUPROFILE (`go tool pprof -top
// FILE`: what its CPU time went on).
func traceChild() (stop func()) {
	stopTrace := startProfile("ESCALATE_BENCH_TRACE", trace.Start, trace.Stop)
	stopCPU := startProfile("ESCALATE_BENCH_CPUPROFILE", pprof.StartCPUProfile, pprof.StopCPUProfile)
	return func() { stopTrace(); stopCPU() }
}

// startProfile starts a profile into the file $env names, if set.
func startProfile(env string, start func(io.Writer) error, end func()) (stop func()) {
	path := os.Getenv(env)
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := start(f); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return func() { end(); f.Close() }
}

// TestCrashBetweenCommitAndDelivery kills the gateway process (SIGKILL)
// after the ticket is committed and while the acknowledgement is in the
// SMTP transaction, then starts a gateway again: the acknowledgement is
// sent exactly once and no second ticket appears (README, invariants
// 1 and 2).
func TestCrashBetweenCommitAndDelivery(t *testing.T) {
	for _, d := range schematest.Dialects(t) {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d)
			inData, release := make(chan struct{}, 1), make(chan struct{})
			e.smtp.SetDataHook(func(string, []string) error {
				inData <- struct{}{}
				<-release
				return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 4, 2}, Message: "connection lost"}
			})
			var logs bytes.Buffer
			child := exec.Command(os.Args[0], "-test.run=^$")
			child.Env = append(os.Environ(), childEnv+"="+e.cfgPath)
			child.Stdout, child.Stderr = &logs, &logs
			if err := child.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() {
				if t.Failed() {
					t.Logf("killed gateway's log:\n%s", logs.String())
				}
			}()
			if _, err := e.imap.Deliver("INBOX", []byte(customerMail), time.Now()); err != nil {
				t.Fatal(err)
			}
			select {
			case <-inData: // DATA is only reached after the commit
			case <-time.After(20 * time.Second):
				child.Process.Kill()
				t.Fatal("the acknowledgement never reached SMTP DATA")
			}
			child.Process.Kill()
			child.Wait()
			e.smtp.SetDataHook(nil)
			close(release)
			if n := len(e.smtp.Messages()); n != 0 {
				t.Fatalf("%d mails accepted before the crash, want 0", n)
			}

			// The lease of the killed process's claim must run out first;
			// the restarted gateway's clock is moved past it.
			later := func() time.Time { return time.Now().Add(10 * time.Minute) }
			p := e.start(t, later)
			msgs, err := e.smtp.Wait(wait(t), 1)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			waitFor(t, "outbox settled", func() bool {
				out, _ := p.Store.Outbox(ctx, 0)
				return len(out) == 1 && out[0].Status == "sent"
			})
			if _, err := p.Deliverer.DeliverDue(ctx); err != nil { // nothing left to send
				t.Fatal(err)
			}
			if n := len(e.smtp.Messages()); n != 1 {
				t.Errorf("acknowledgements accepted = %d, want exactly 1", n)
			}
			if h := msgs[0].Header(); h.Get("In-Reply-To") != "<m2@northwind.example>" {
				t.Errorf("ack In-Reply-To = %q", h.Get("In-Reply-To"))
			}
			var tickets, messages int
			p.Store.DB().Get(&tickets, `SELECT COUNT(*) FROM tickets`)
			p.Store.DB().Get(&messages, `SELECT COUNT(*) FROM messages WHERE direction = 'in'`)
			if tickets != 1 || messages != 1 {
				t.Errorf("after restart: %d tickets, %d inbound messages; want 1 and 1", tickets, messages)
			}
			out, _ := p.Store.Outbox(ctx, 0)
			if out[0].Attempts != 2 {
				t.Errorf("ack attempts = %d, want 2 (one killed, one delivered)", out[0].Attempts)
			}
		})
	}
}
