package classify

import (
	"fmt"
	"strings"
	"testing"
)

// loadLabelled reads every mail of testdata/labelled.
func loadLabelled(t testing.TB) []labelled { return loadDir(t, "testdata/labelled") }

// confusion[want][got] counts mails.
type confusion [5][5]int

// classifyAll classifies set with c into a confusion matrix. With misses,
// each miss is logged with its evidence, named prefix + the mail's name.
func classifyAll(t testing.TB, c *Classifier, set []labelled, misses bool, prefix string) confusion {
	t.Helper()
	var m confusion
	for _, l := range set {
		got := c.Classify(l.in)
		m[l.want][got.Severity]++
		if misses && got.Severity != l.want {
			t.Logf("%s%s: Classify(%q) = %v, want %v (score %.2f)%s", prefix, l.name, l.in.Subject, got.Severity, l.want, got.Score, evidenceSummary(got))
		}
	}
	return m
}

// add adds the counts of o to c.
func (c *confusion) add(o confusion) {
	for i := range c {
		for j := range c[i] {
			c[i][j] += o[i][j]
		}
	}
}

func (c *confusion) report() (accuracy, macroF1, p1Recall float64, s string) {
	var b strings.Builder
	b.WriteString("want\\got    P1   P2   P3   P4\n")
	for _, w := range Severities {
		fmt.Fprintf(&b, "%-8v", w)
		for _, g := range Severities {
			fmt.Fprintf(&b, " %4d", c[w][g])
		}
		b.WriteString("\n")
	}
	sc := scoresOf((*[5][5]int)(c))
	for _, l := range Severities {
		lv := sc.level[l-1]
		fmt.Fprintf(&b, "%v precision %.3f recall %.3f F1 %.3f\n", l, lv.precision, lv.recall, lv.f1)
	}
	return sc.Accuracy, sc.MacroF1, sc.P1Recall, b.String()
}

// TestLabelledSet measures the default rules on the labelled set and fails
// below the bar: P1 recall 100 %, no P1 classified P3 or P4, macro-F1 0.90.
func TestLabelledSet(t *testing.T) {
	set := loadLabelled(t)
	var counts [5]int
	for _, l := range set {
		counts[l.want]++
	}
	for _, l := range Severities {
		if counts[l] < 60 {
			t.Errorf("labelled set has %d %v mails, want at least 60", counts[l], l)
		}
	}
	m := classifyAll(t, Default(), set, true, "")
	acc, f1, p1, table := m.report()
	t.Logf("labelled set: %d mails, accuracy %.3f, macro-F1 %.3f, P1 recall %.3f\n%s", len(set), acc, f1, p1, table)
	if p1 < 1 {
		t.Errorf("P1 recall = %.3f, want 1", p1)
	}
	if n := m[P1][P3] + m[P1][P4]; n > 0 {
		t.Errorf("%d P1 mails classified P3 or P4, want 0", n)
	}
	if f1 < 0.90 {
		t.Errorf("macro-F1 = %.3f, want at least 0.90", f1)
	}
}

func evidenceSummary(r Result) string {
	var b strings.Builder
	for _, e := range r.Evidence {
		if e.Weight != 0 || strings.HasPrefix(e.Note, "not counted") {
			fmt.Fprintf(&b, "\n\t%v %+.2f %s %q %s", e.Level, e.Weight, e.Field, e.Match, e.Note)
		}
	}
	return b.String()
}
