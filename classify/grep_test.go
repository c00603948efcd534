package classify

import (
	"bytes"
	"errors"
	"math"
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
// phrases (every rule phrase, alternatives expanded, without its
// wildcard). It prints both rates and their ratio:
//
//	go test ./classify -run '^$' -bench VersusGrep -benchtime 1x
//
// Rates are per second of CPU time (the classifier's own, grep's child
// process), so that other work on the machine does not skew the ratio.
// grep spends most of its time compiling 200,000 phrases: its rate is
// taken from the difference between the text and grepReps times the text
// (the least of five runs each), and its start is reported apart. The
// one-run figures count each side's start: grep reading its phrases, the
// classifier compiling its rules (BenchmarkBuild), then the same text
// once. grep only finds phrases; Classify also folds accents, keeps word
// boundaries, applies negations and scopes and writes the evidence.
func BenchmarkVersusGrep(b *testing.B) {
	const grepReps = 100
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
	small, large, phraseFile := filepath.Join(dir, "small"), filepath.Join(dir, "large"), filepath.Join(dir, "phrases")
	c := Default()
	var phrases strings.Builder
	rules := c.Rules()
	for _, r := range rules {
		phrases.WriteString(r.Phrase + "\n")
	}
	for name, data := range map[string][]byte{small: text, large: bytes.Repeat(text, grepReps), phraseFile: []byte(phrases.String())} {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	runOnce := func(file string) time.Duration {
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
	run := func(file string) time.Duration {
		best := time.Duration(1 << 62)
		for range 5 {
			best = min(best, runOnce(file))
		}
		return best
	}
	b.ResetTimer()
	var grepSmall, grepLarge, classify, compile time.Duration
	for b.Loop() {
		grepSmall += run(small)
		grepLarge += run(large)
		start, ok := cpuTime()
		if _, err := build(nil, ""); err != nil {
			b.Fatal(err)
		}
		built, _ := cpuTime()
		compile += built - start
		start = built
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
	grepText := (grepLarge - grepSmall).Seconds() / n / (grepReps - 1) // seconds for one text
	if grepText <= 0 {
		// On a loaded virtual machine grep's CPU time can swing by more
		// than the text costs it; no rate can be read from this run.
		b.Logf("grep: the text run took %v and %d times the text %v: too noisy, run again", grepSmall, grepReps, grepLarge)
		grepText = math.NaN()
	}
	classifyText := classify.Seconds() / n
	b.ReportMetric(mb/classifyText, "classify-MB/s")
	b.ReportMetric(mb/grepText, "grep-MB/s")
	b.ReportMetric(grepText/classifyText, "ratio")
	b.ReportMetric((grepSmall.Seconds()/n-grepText)*1e3, "grep-start-ms")
	b.ReportMetric(compile.Seconds()/n*1e3, "classify-start-ms")
	oneClassify, oneGrep := mb/(compile+classify).Seconds()*n, mb/grepSmall.Seconds()*n
	b.ReportMetric(oneClassify, "classify-1run-MB/s")
	b.ReportMetric(oneGrep, "grep-1run-MB/s")
	b.ReportMetric(oneClassify/oneGrep, "ratio-1run")
	b.ReportMetric(float64(len(rules)), "phrases")
}
