package classify

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkVersusGrep compares the classifier with `grep -F -i -f` (GNU
// grep, LC_ALL=C) on the same realistic text (every labelled and hold-out
// mail, subject and new text, repeated to about 2 MB) with the same
// phrases (every rule phrase, without its wildcard). It prints both rates
// and their ratio:
//
//	go test ./classify -run '^$' -bench VersusGrep -benchtime 1x
//
// Rates are per second of CPU time (the classifier's process, grep's
// child process), so that other work on the machine does not skew the
// ratio. grep's start (reading and compiling the phrases) is measured on
// an empty file and taken off; "grep-MB/s" is over the text only. grep
// only finds phrases; Classify also folds accents, keeps word boundaries,
// applies negations and scopes and writes the evidence.
func BenchmarkVersusGrep(b *testing.B) {
	grep, err := exec.LookPath("grep")
	if err != nil {
		b.Skip("no grep")
	}
	mails := append(loadLabelled(b), loadHoldOut(b)...)
	var one bytes.Buffer
	for _, m := range mails {
		one.WriteString(m.in.Subject + "\n" + m.in.Body + "\n\n")
	}
	reps := max(1, 2<<20/one.Len())
	text := bytes.Repeat(one.Bytes(), reps)
	dir := b.TempDir()
	textFile, phraseFile, emptyFile := filepath.Join(dir, "text"), filepath.Join(dir, "phrases"), filepath.Join(dir, "empty")
	c := Default()
	var phrases strings.Builder
	rules := c.Rules()
	for _, r := range rules {
		if strings.TrimSpace(r.Phrase) != "" {
			phrases.WriteString(strings.TrimSpace(r.Phrase) + "\n")
		}
	}
	var runOnce func(string) time.Duration
	for name, data := range map[string][]byte{textFile: text, phraseFile: []byte(phrases.String()), emptyFile: nil} {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	// The least of three runs: grep's time is short beside its start.
	run := func(file string) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			best = min(best, runOnce(file))
		}
		return best
	}
	runOnce = func(file string) time.Duration {
		cmd := exec.Command(grep, "-F", "-i", "-c", "-f", phraseFile, file)
		cmd.Env = append(os.Environ(), "LC_ALL=C")
		if err := cmd.Run(); err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 1 { // 1: no line matched
				b.Fatalf("grep: %v", err)
			}
		}
		return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.ResetTimer()
	var grepStart, grepAll, classify time.Duration
	for b.Loop() {
		grepStart += run(emptyFile)
		grepAll += run(textFile)
		start, ok := cpuTime()
		for range reps {
			for _, m := range mails {
				c.Classify(m.in)
			}
		}
		end, ok2 := cpuTime()
		if !ok || !ok2 {
			b.Skip("no CPU time on this system")
		}
		classify += end - start
	}
	n := float64(b.N)
	mb := float64(len(text)) / 1e6
	grepText := (grepAll - grepStart).Seconds() / n
	b.ReportMetric(mb/(classify.Seconds()/n), "classify-MB/s")
	b.ReportMetric(mb/grepText, "grep-MB/s")
	b.ReportMetric(grepText/(classify.Seconds()/n), "ratio")
	b.ReportMetric(grepStart.Seconds()/n*1e3, "grep-start-ms")
	b.ReportMetric(float64(len(rules)), "phrases")
}
