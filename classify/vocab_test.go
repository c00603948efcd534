package classify

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite vocabulary.tsv from testdata/labelled")

// mailKeys is what Classify gathers for the vocabulary from one mail.
func mailKeys(in Input) []uint64 {
	w := new(folder)
	keys := tokenKeys(w.fold(in.Subject), true, nil, vocabMaxWords)
	return tokenKeys(w.fold(in.Body), false, keys, vocabMaxWords)
}

// vocabComment heads vocabulary.tsv.
const vocabComment = `The learned vocabulary of classify (vocab.go): for each word, subject word (s:)
and pair of adjacent words of the labelled set (testdata/labelled), the number
of mails of P1, P2, P3 and P4 it appears in. Generated; do not edit. Rewrite it
with: go test ./classify -run TestVocabularyFile -update`

// counts is a Learner for the tests: labelled mails in, vocabulary.tsv's
// text out.
type counts struct{ *Learner }

func newCounts() counts { return counts{NewLearner()} }

func (c counts) add(l labelled) { c.Add(l.in, l.want) }

func (c counts) file() string {
	var b strings.Builder
	if _, err := c.WriteTo(&b, vocabComment); err != nil {
		panic(err) // a strings.Builder does not fail
	}
	return b.String()
}

// best is the level the opinion gives the most probability.
func (o opinion) best() Severity {
	b := 0
	for k := 1; k < 4; k++ {
		if o.post[k] > o.post[b] {
			b = k
		}
	}
	return Severity(b + 1)
}

// TestVocabularyFile checks that the embedded vocabulary is the one the
// labelled set teaches; -update rewrites it.
func TestVocabularyFile(t *testing.T) {
	c := newCounts()
	for _, l := range loadLabelled(t) {
		c.add(l)
	}
	want := c.file()
	if *update {
		if err := os.WriteFile("vocabulary.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if vocabularyFile != want {
		t.Fatalf("vocabulary.tsv is not what testdata/labelled teaches (%d bytes, want %d): run go test ./classify -run TestVocabularyFile -update",
			len(vocabularyFile), len(want))
	}
}

// TestHeldOut measures how the classifier fares on mail it has not
// learned from: each labelled file in turn is left out of the vocabulary
// and classified. The rules were tuned on every file, so only the
// vocabulary is held out here; the figures before any tuning are in the
// README. It prints the figures; the thresholds guard against a broken
// vocabulary, not against a hard batch.
func TestHeldOut(t *testing.T) {
	set := loadLabelled(t)
	byFile := map[string][]labelled{}
	var files []string
	for _, l := range set {
		f, _, _ := strings.Cut(l.name, "#")
		if byFile[f] == nil {
			files = append(files, f)
		}
		byFile[f] = append(byFile[f], l)
	}
	var both, vocabOnly, rulesOnly confusion
	rules := Default().withVocab(nil)
	for _, f := range files {
		c := newCounts()
		for _, g := range files {
			if g != f {
				for _, l := range byFile[g] {
					c.add(l)
				}
			}
		}
		v, err := parseVocab(c.file(), "vocabulary.tsv")
		if err != nil {
			t.Fatal(err)
		}
		withVocab := rules.withVocab(v)
		for _, l := range byFile[f] {
			both[l.want][withVocab.Classify(l.in).Severity]++
			rulesOnly[l.want][rules.Classify(l.in).Severity]++
			vocabOnly[l.want][v.opinionOf(mailKeys(l.in)).best()]++
		}
	}
	for _, r := range []struct {
		name string
		c    *confusion
	}{{"rules (in-sample)", &rulesOnly}, {"vocabulary alone, held out", &vocabOnly}, {"rules + vocabulary held out", &both}} {
		acc, f1, p1, table := r.c.report()
		t.Logf("%s: accuracy %.3f, macro-F1 %.3f, P1 recall %.3f\n%s", r.name, acc, f1, p1, table)
	}
	if acc, _, _, _ := vocabOnly.report(); acc < 0.6 {
		t.Errorf("vocabulary alone held out: accuracy %.3f, want at least 0.6 (a broken vocabulary?)", acc)
	}
	_ = filepath.Base
}

// BenchmarkClassifyRulesOnly is BenchmarkClassify without the learned
// vocabulary: the difference is the vocabulary's cost.
func BenchmarkClassifyRulesOnly(b *testing.B) {
	c := Default().withVocab(nil)
	in := Input{Subject: "Dashboard slow and export broken", Body: benchBody, Sender: "ana@example.com"}
	b.SetBytes(int64(len(in.Body) + len(in.Subject)))
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(in)
	}
}

// TestFresh measures the classifier on the fresh batches as each was when
// it arrived: the rules' decisions from before they were tuned on the
// batch (classify/testdata/fresh-rules.sh writes them to
// $ESCALATE_FRESH_DIR) combined with a vocabulary learned only from the
// labelled files that are not fresh batches and from the batches before.
func TestFresh(t *testing.T) {
	dir := os.Getenv("ESCALATE_FRESH_DIR")
	if dir == "" {
		t.Skip("ESCALATE_FRESH_DIR not set (see classify/testdata/fresh-rules.sh)")
	}
	set := loadLabelled(t)
	byFile := map[string][]labelled{}
	for _, l := range set {
		f, _, _ := strings.Cut(l.name, "#")
		byFile[f] = append(byFile[f], l)
	}
	batch := func(f string) int { // realistic.mbox is 1, realistic7.mbox 7; others 0
		if !strings.HasPrefix(f, "realistic") {
			return 0
		}
		n := 1
		fmt.Sscanf(strings.TrimSuffix(strings.TrimPrefix(f, "realistic"), ".mbox"), "%d", &n)
		return n
	}
	var rulesC, vocabC, bothC confusion
	raised := 0
	for k := 1; ; k++ {
		name := "realistic.mbox"
		if k > 1 {
			name = fmt.Sprintf("realistic%d.mbox", k)
		}
		mails := byFile[name]
		data, err := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(name, ".mbox")+".tsv"))
		if len(mails) == 0 || err != nil {
			t.Logf("%d fresh batches", k-1)
			break
		}
		c := newCounts()
		for f, ls := range byFile {
			if b := batch(f); b < k {
				for _, l := range ls {
					c.add(l)
				}
			}
		}
		v, err := parseVocab(c.file(), "vocabulary.tsv")
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		if len(lines) != len(mails) {
			t.Fatalf("%s: %d rule decisions for %d mails", name, len(lines), len(mails))
		}
		right := 0
		for i, l := range mails {
			var idx int
			var want, got string
			var score, conf float64
			if _, err := fmt.Sscanf(lines[i], "%d\t%s\t%s\t%g\t%g", &idx, &want, &got, &score, &conf); err != nil || want != l.want.String() {
				t.Fatalf("%s line %d: %q: %v (want %v)", name, i+1, lines[i], err, l.want)
			}
			ruled, _ := ParseSeverity(got)
			o := v.opinionOf(mailKeys(l.in))
			r := v.combine(Result{Severity: ruled, Confidence: conf}, o, false)
			rulesC[l.want][ruled]++
			vocabC[l.want][o.best()]++
			bothC[l.want][r.Severity]++
			if r.Severity == P1 && l.want >= P3 {
				raised++
			}
			if r.Severity == l.want {
				right++
			}
		}
		t.Logf("%s: %d/%d right with the vocabulary", name, right, len(mails))
	}
	for _, r := range []struct {
		name string
		c    *confusion
	}{{"rules before tuning", &rulesC}, {"vocabulary from earlier batches", &vocabC}, {"both (as Classify combines them)", &bothC}} {
		acc, f1, p1, table := r.c.report()
		t.Logf("%s: accuracy %.3f, macro-F1 %.3f, P1 recall %.3f\n%s", r.name, acc, f1, p1, table)
	}
	t.Logf("P3/P4 mails raised to P1: %d", raised)
}
