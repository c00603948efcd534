package classify

import (
	"strings"
	"testing"
	"time"
)

// benchBody is a realistic 4 KB support mail body: mostly neutral prose
// with a few signals, as agents see them.
var benchBody = func() string {
	para := "Hello support team, we have been using the platform for three years and our " +
		"finance department relies on the monthly reports. Since this morning the dashboard " +
		"takes 30 seconds instead of 2 to load and several users in the sales team reported " +
		"that the export to CSV is not working. We are not aware of any data loss. Could you " +
		"please look into this and let us know when we can expect an update? Kind regards.\n\n"
	var b strings.Builder
	for b.Len() < 4096 {
		b.WriteString(para)
	}
	return b.String()[:4096]
}()

func BenchmarkClassify(b *testing.B) {
	c := Default()
	in := Input{Subject: "Dashboard slow and export broken", Body: benchBody, Sender: "ana@example.com"}
	b.SetBytes(int64(len(in.Body) + len(in.Subject)))
	b.ReportAllocs()
	defer reportCPU(b, len(in.Body)+len(in.Subject))()
	for b.Loop() {
		c.Classify(in)
	}
}

// reportCPU adds a "MB/s-cpu" metric: bytes per second of CPU time used by
// the process (the loop and its garbage collection), which stays
// meaningful when other processes compete for the machine and wall-clock
// MB/s drops. Call as: defer reportCPU(b, n)().
func reportCPU(b *testing.B, n int) func() {
	start, ok := cpuTime()
	return func() {
		end, ok2 := cpuTime()
		if !ok || !ok2 || end <= start || b.N == 0 {
			return
		}
		perOp := (end - start) / time.Duration(b.N)
		b.ReportMetric(float64(n)/perOp.Seconds()/1e6, "MB/s-cpu")
	}
}

// reportCPUms adds a "cpu-ms/op" metric: the process's CPU time per
// iteration. Call as: defer reportCPUms(b)().
func reportCPUms(b *testing.B) func() {
	start, ok := cpuTime()
	return func() {
		end, ok2 := cpuTime()
		if !ok || !ok2 || end <= start || b.N == 0 {
			return
		}
		b.ReportMetric(float64(end-start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

// BenchmarkBaselineContains is the naive matcher the automaton replaces:
// lower-case the text and loop strings.Contains over every phrase. It does
// less than Classify (no folding of accents, no word boundaries, no
// negation, no evidence) and is still the yardstick.
func BenchmarkBaselineContains(b *testing.B) {
	rules := Default().Rules()
	phrases := make([]string, len(rules))
	for i, r := range rules {
		phrases[i] = r.Phrase
	}
	text := strings.ToLower("Dashboard slow and export broken\n" + benchBody)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, len(text))()
	for b.Loop() {
		n := 0
		for _, p := range phrases {
			if strings.Contains(text, p) {
				n++
			}
		}
		if n == 0 {
			b.Fatal("baseline found nothing")
		}
	}
}

// BenchmarkCorpus classifies every labelled and hold-out mail, the text
// BenchmarkVersusGrep measures, once per iteration; it is the one to
// profile:
//
//	go test ./classify -run '^$' -bench Corpus -cpuprofile /tmp/c.prof
func BenchmarkCorpus(b *testing.B) {
	mails := append(loadLabelled(b), loadHoldOut(b)...)
	n := 0
	for _, m := range mails {
		n += len(m.in.Subject) + len(m.in.Body) + 3
	}
	c := Default()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	defer reportCPU(b, n)()
	for b.Loop() {
		for _, m := range mails {
			c.Classify(m.in)
		}
	}
}

// BenchmarkBuild compiles the built-in rules, what `escalate classify`
// does once per run before reading its mail.
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	defer reportCPUms(b)()
	for b.Loop() {
		if _, err := build(nil, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScan folds and scans the text BenchmarkCorpus classifies, the
// part of Classify the matcher owns (fold.go, matcher.go): it reads the
// phrases, numbers and cues of every field but scores nothing.
func BenchmarkScan(b *testing.B) {
	mails := append(loadLabelled(b), loadHoldOut(b)...)
	n := 0
	for _, m := range mails {
		n += len(m.in.Subject) + len(m.in.Body)
	}
	c := Default()
	w := new(folder)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	defer reportCPU(b, n)()
	for b.Loop() {
		for _, m := range mails {
			w.matches = c.m.scan(w.fold(m.in.Subject), w.matches[:0], &w.scan)
			w.matches = c.m.scan(w.fold(m.in.Body), w.matches[:0], &w.scan)
		}
	}
}
