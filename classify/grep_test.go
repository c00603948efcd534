package classify

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkVersusGrep compares the classifier with GNU grep (`grep -F -i
// -f`, LC_ALL=C) on the same realistic text (every labelled and hold-out
// mail, subject and new text, repeated to about 2 MB) with the same
// phrases (every rule phrase, alternatives expanded, without its
// wildcard). It prints the rates side by side, and ratios as the
// classifier's rate over grep's:
//
//	go test ./classify -run '^$' -bench VersusGrep -benchtime 1x
//
// grep runs in three modes, its output always read from a pipe (GNU grep
// writing to /dev/null stops at the first match, as -q does). Plain `grep`
// prints the matching lines: the yardstick, what a person would
// run. It stops at a line's first match and prints the line, so on mail,
// where most lines hold some phrase, it tries few phrases per line.
// `grep -c` counts the same lines without printing them. `grep -o`
// prints every match, as the classifier must find every phrase; it is
// the like-for-like figure. Classify also folds accents, keeps word
// boundaries, applies negations and scopes and writes the evidence.
//
// Rates are per second of CPU time (the classifier's own, grep's child
// process), so that other work on the machine does not skew the ratio.
// grep spends some 0.5 s compiling 274,000 phrases: its rate is taken
// from the difference between the text once and many times (fed on its
// standard input; the least of three runs each) and its start is
// reported apart. The one-run figures count each side's start (grep
// reading its phrases, the classifier compiling its rules) and the text
// once.
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
	c := Default()
	rules := c.Rules()
	var phrases strings.Builder
	for _, r := range rules {
		phrases.WriteString(r.Phrase + "\n")
	}
	phraseFile := filepath.Join(b.TempDir(), "phrases")
	if err := os.WriteFile(phraseFile, []byte(phrases.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	g := grepRun{b: b, grep: grep, phrases: phraseFile, text: text}
	b.ResetTimer()
	modes := []struct {
		name, flag string
		reps       int // times the text is fed for the rate
		rate       grepRate
	}{{"grep", "", 100, grepRate{}}, {"grep-c", "-c", 200, grepRate{}}, {"grep-o", "-o", 20, grepRate{}}}
	var classify, compile time.Duration
	for b.Loop() {
		for i := range modes {
			modes[i].rate.add(g.measure(modes[i].flag, modes[i].reps))
		}
		start, ok := cpuTime()
		if _, err := build(nil, ""); err != nil {
			b.Fatal(err)
		}
		built, _ := cpuTime()
		for range reps {
			for _, m := range mails {
				c.Classify(m.in)
			}
		}
		end, ok2 := cpuTime()
		if !ok || !ok2 {
			b.Skip("no CPU time on this system")
		}
		compile += built - start
		classify += end - built
	}
	n := float64(b.N)
	mb := float64(len(text)) / 1e6
	classifyText := classify.Seconds() / n
	b.ReportMetric(mb/classifyText, "classify-MB/s")
	b.ReportMetric(compile.Seconds()/n*1e3, "classify-start-ms")
	var table strings.Builder
	fmt.Fprintf(&table, "%.1f MB of mail, %d phrases; MB per CPU second, classifier's rate over grep's\n", mb, len(rules))
	fmt.Fprintf(&table, "%-22s %8.1f MB/s  start %6.0f ms\n", "classify", mb/classifyText, compile.Seconds()/n*1e3)
	for _, r := range modes {
		suffix := strings.TrimPrefix(strings.TrimPrefix(r.name, "grep"), "-")
		if suffix == "" {
			suffix = "lines"
		}
		text, start := r.rate.text/n, r.rate.start/n
		if text <= 0 {
			// On a loaded virtual machine grep's CPU time can swing by
			// more than the text costs it: no rate from this run.
			b.Logf("%s: too noisy to read a rate, run again", r.name)
			text = math.NaN()
		}
		b.ReportMetric(mb/text, r.name+"-MB/s")
		b.ReportMetric(text/classifyText, "ratio-"+suffix)
		b.ReportMetric((start+text)/(compile.Seconds()/n+classifyText), "ratio-1run-"+suffix)
		b.ReportMetric(start*1e3, r.name+"-start-ms")
		fmt.Fprintf(&table, "%-22s %8.1f MB/s  start %6.0f ms  ratio %.2f  one run %.2f\n",
			strings.TrimSpace("grep -F -i -f "+r.flag), mb/text, start*1e3, text/classifyText,
			(start+text)/(compile.Seconds()/n+classifyText))
	}
	b.ReportMetric(float64(len(rules)), "phrases")
	b.Log("\n" + table.String())
}

// grepRun runs grep over a text with a phrase file.
type grepRun struct {
	b             *testing.B
	grep, phrases string
	text          []byte
}

// grepRate is grep's CPU time for one text and its start, in seconds.
type grepRate struct{ text, start float64 }

func (r *grepRate) add(o grepRate) { r.text, r.start = r.text+o.text, r.start+o.start }

// measure returns grep's rate in a mode ("" for matching lines, "-c" or
// "-o") from the text fed once and n times.
func (g grepRun) measure(mode string, n int) grepRate {
	once, many := g.best(mode, 1), g.best(mode, n)
	text := (many - once).Seconds() / float64(n-1)
	return grepRate{text: text, start: once.Seconds() - text}
}

// best is the least CPU time of three runs over the text fed n times.
func (g grepRun) best(mode string, n int) time.Duration {
	best := time.Duration(math.MaxInt64)
	for range 3 {
		best = min(best, g.once(mode, n))
	}
	return best
}

// once feeds grep the text n times on its standard input (no file of
// gigabytes) and returns grep's CPU time.
func (g grepRun) once(mode string, n int) time.Duration {
	args := []string{"-F", "-i", "-f", g.phrases}
	if mode != "" {
		args = append(args, mode)
	}
	cmd := exec.Command(g.grep, args...)
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	// QUIRK: GNU grep whose output is /dev/null stops at the first match
	// (as -q does); a pipe keeps it honest.
	cmd.Stdout = io.Discard
	in, err := cmd.StdinPipe()
	if err != nil {
		g.b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		g.b.Fatalf("grep: %v", err)
	}
	for range n {
		if _, err := in.Write(g.text); err != nil {
			g.b.Fatalf("grep: write: %v", err)
		}
	}
	in.Close()
	if err := cmd.Wait(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 { // 1: no line matched
			g.b.Fatalf("grep: %v", err)
		}
	}
	return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}
