package classify

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestBatch scores one mbox file named by ESCALATE_BATCH (for example
// ESCALATE_BATCH=testdata/labelled/realistic23.mbox) and lists its misses.
// It records how a fresh batch fares before the rules are changed for it.
func TestBatch(t *testing.T) {
	path := os.Getenv("ESCALATE_BATCH")
	if path == "" {
		t.Skip("ESCALATE_BATCH not set")
	}
	msgs, err := readMbox(path)
	if err != nil {
		t.Fatal(err)
	}
	c, right := Default(), 0
	for i, raw := range msgs {
		l, err := parseLabelled(raw, fmt.Sprintf("%s#%d", filepath.Base(path), i+1))
		if err != nil {
			t.Fatal(err)
		}
		got := c.Classify(l.in)
		if got.Severity == l.want {
			right++
			continue
		}
		t.Logf("%s: Classify(%q) = %v, want %v (score %.2f)%s", l.name, l.in.Subject, got.Severity, l.want, got.Score, evidenceSummary(got))
	}
	t.Logf("%s: %d/%d right", filepath.Base(path), right, len(msgs))
}

// TestExplain prints every piece of evidence for ESCALATE_TEXT (subject,
// a blank line, body), or for the labelled mail ESCALATE_MAIL names as a
// miss line does (holdout54/03.mbox#9), to see why it is scored as it is.
func TestExplain(t *testing.T) {
	text, name := os.Getenv("ESCALATE_TEXT"), os.Getenv("ESCALATE_MAIL")
	if text == "" && name == "" {
		t.Skip("neither ESCALATE_TEXT nor ESCALATE_MAIL set")
	}
	subject, body, _ := strings.Cut(text, "\n\n")
	in := Input{Subject: subject, Body: body}
	if name != "" {
		file, n, _ := strings.Cut(name, "#")
		msgs, err := readMbox(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		i, err := strconv.Atoi(n)
		if err != nil || i < 1 || i > len(msgs) {
			t.Fatalf("ESCALATE_MAIL %q: no mail #%s in %d", name, n, len(msgs))
		}
		l, err := parseLabelled(msgs[i-1], name)
		if err != nil {
			t.Fatal(err)
		}
		in = l.in
		t.Logf("want %v\n%s\n\n%s", l.want, in.Subject, in.Body)
	}
	r := Default().Classify(in)
	t.Logf("%v (score %.2f)", r.Severity, r.Score)
	for _, e := range r.Evidence {
		t.Logf("%v %+.2f %s %q %s %s", e.Level, e.Weight, e.Field, e.Match, e.Rule, e.Note)
	}
}

// TestSets prints one line per test set (accuracy, macro-F1, P1 precision,
// P1 recall), with ESCALATE_MATRICES set each set's confusion matrix, and
// with ESCALATE_MISSES set every miss with its evidence:
// a change made for the errors of one set is checked on all the others
// (go test ./classify -run TestSets -v).
func TestSets(t *testing.T) {
	skipUnderRace(t)
	c := Default()
	var all confusion
	for _, dir := range testSetDirs {
		if only := os.Getenv("ESCALATE_SETS"); only != "" && !slices.Contains(strings.Fields(only), dir) {
			continue // ESCALATE_SETS="holdout5 holdout6" scores those sets only
		}
		m := classifyAll(t, c, loadDir(t, filepath.Join("testdata", dir)), os.Getenv("ESCALATE_MISSES") != "", dir+"/")
		all.add(m)
		acc, f1, rec, table := m.report()
		t.Logf("%-9s accuracy %.3f  macro-F1 %.3f  P1 precision %.3f  P1 recall %.3f  (P1 as P2 %d, as P3/P4 %d; false P1 %d)",
			dir, acc, f1, m.p1Precision(), rec, m[P1][P2], m[P1][P3]+m[P1][P4], m[P2][P1]+m[P3][P1]+m[P4][P1])
		if os.Getenv("ESCALATE_MATRICES") != "" {
			t.Logf("%s\n%s", dir, table)
		}
	}
	acc, f1, rec, table := all.report()
	t.Logf("all sets: accuracy %.3f, macro-F1 %.3f, P1 precision %.3f, P1 recall %.3f\n%s", acc, f1, all.p1Precision(), rec, table)
}

// testSetDirs names every labelled set under testdata.
var testSetDirs = []string{"labelled", "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10",
	"holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
	"holdout17", "holdout18", "holdout19",
	"holdout20", "holdout21", "holdout22",
	"holdout23", "holdout24", "holdout25",
	"holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80", "holdout81", "holdout82", "holdout83", "holdout84", "holdout85", "holdout86", "holdout87", "holdout88", "holdout89", "holdout90", "holdout91", "holdout92", "holdout93", "holdout94", "holdout95", "holdout96", "holdout97", "holdout98", "holdout99", "holdout100", "holdout101", "holdout102", "holdout103", "holdout104", "holdout105", "holdout106", "holdout107", "holdout108", "holdout109", "holdout110", "holdout111", "holdout112", "holdout113", "holdout114", "holdout115", "holdout116", "holdout117", "holdout118", "holdout119", "holdout120", "holdout121", "holdout122", "holdout123", "holdout124", "holdout125", "holdout126", "holdout127", "holdout128", "holdout129", "holdout130", "holdout131", "holdout132", "holdout133", "holdout134", "holdout135", "holdout136", "holdout137", "holdout138", "holdout139", "holdout140", "holdout141", "holdout142", "holdout143", "holdout144", "holdout145", "holdout146", "holdout147", "holdout148", "holdout149", "holdout150", "holdout151", "holdout152", "holdout153", "holdout154", "holdout155", "holdout156", "holdout157", "holdout158", "holdout159", "holdout160", "holdout161", "holdout162", "holdout163", "holdout164", "holdout165", "holdout166", "holdout167", "holdout168", "holdout169", "holdout170", "holdout171"}

// skipUnderRace skips a single-goroutine pass over every labelled mail in
// a -race build: the race detector finds nothing there (TestConcurrent
// runs the classifier from many goroutines under it) and makes the pass
// twenty times slower. `go test ./...` runs these passes, and so does
// .ci/run, without -race, before its race run.
func skipUnderRace(t *testing.T) {
	t.Helper()
	if raceEnabled {
		t.Skip("a pass over every labelled mail: run without -race (go test ./classify; .ci/run's step \"corpus passes\")")
	}
}
