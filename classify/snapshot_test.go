package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSnapshot writes what the classifier decides for every mail the
// tests use (every set under testdata, see snapshotDirs, and the shared
// real-world corpus when present, each file read as a body) to the file named by
// ESCALATE_CLASSIFY_SNAPSHOT: severity, score, confidence and evidence,
// with the default rules, an operator's file and the learned vocabulary,
// plus the folded words and raw phrase matches of every field. It pins
// nothing: it is for comparing two versions of the matcher (verdicts must
// not change when only the speed does), e.g.
//
//	ESCALATE_CLASSIFY_SNAPSHOT=/tmp/before go test ./classify -run Snapshot
//	(change the code)
//	ESCALATE_CLASSIFY_SNAPSHOT=/tmp/after go test ./classify -run Snapshot
//	cmp /tmp/before /tmp/after
func TestSnapshot(t *testing.T) {
	out := os.Getenv("ESCALATE_CLASSIFY_SNAPSHOT")
	if out == "" {
		t.Skip("ESCALATE_CLASSIFY_SNAPSHOT not set")
	}
	var inputs []labelled
	for _, dir := range snapshotDirs(t) {
		for _, l := range loadDir(t, dir) {
			l.name = filepath.Join(filepath.Base(dir), l.name) // sets reuse file names
			inputs = append(inputs, l)
		}
	}
	corpus := "../../shared/corpus"
	if _, err := os.Stat(corpus); err == nil {
		err := filepath.WalkDir(corpus, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			subject := ""
			if i := strings.Index(string(b), "\nSubject: "); i >= 0 {
				subject, _, _ = strings.Cut(string(b[i+10:]), "\n")
			}
			inputs = append(inputs, labelled{name: path, in: Input{Subject: subject, Body: string(b), Sender: "x@example.com"}})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	inputs = append(inputs, snapshotProbes()...)

	operator, err := NewWithRules(strings.NewReader(snapshotOverlay), "operator.rules")
	if err != nil {
		t.Fatal(err)
	}
	vocab, err := Default().WithVocabulary(strings.NewReader(vocabularyFile), "vocabulary.tsv")
	if err != nil {
		t.Fatal(err)
	}
	classifiers := []struct {
		name string
		c    *Classifier
	}{{"default", Default()}, {"operator", operator}, {"vocab", vocab}}

	fh, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	bw := bufio.NewWriter(fh)
	defer bw.Flush()
	for _, l := range inputs {
		for _, c := range classifiers {
			r := c.c.Classify(l.in)
			ev, err := json.Marshal(r.Evidence)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(bw, "%s\t%s\t%v\t%.6f\t%.6f\t%s\n", l.name, c.name, r.Severity, r.Score, r.Confidence, ev)
		}
		for _, src := range []string{l.in.SenderName + " <" + l.in.Sender + ">", l.in.Subject, l.in.Body} {
			fmt.Fprintf(bw, "%s\tscan\t%s\n", l.name, snapshotScan(operator, src))
		}
	}
	t.Logf("%d inputs written to %s", len(inputs), out)
}

// snapshotDirs returns every set under testdata (a folder holding mbox
// files), so that a set added later is compared too.
func snapshotDirs(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.mbox"))
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, f := range files {
		if d := filepath.Dir(f); !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// snapshotScan lists the folded tokens of src and every raw match of c's
// matcher, sorted as the scorer sorts them.
func snapshotScan(c *Classifier, src string) string {
	w := new(folder)
	f := w.fold(src)
	ms := c.m.scan(f, nil, &w.scan)
	sortMatches(ms)
	var b strings.Builder
	for i := range f.toks {
		tk := f.toks[i]
		if tk.mark != 0 {
			b.WriteByte(tk.mark)
		} else {
			fmt.Fprintf(&b, "%s", f.wordb(i))
		}
		fmt.Fprintf(&b, "@%d-%d", tk.src0, tk.src1)
		if tk.cue {
			b.WriteByte('!')
		}
		b.WriteByte(' ')
	}
	fmt.Fprintf(&b, "| nums %v q %v up %d let %d bang %d |", f.nums, f.qends, f.upper, f.letters, f.bangs)
	for _, m := range ms {
		fmt.Fprintf(&b, " %d:%d-%d:%v:%s=%q", m.p, m.t0, m.t1, m.wild, m.prefix, matchKey(f, m))
	}
	return b.String()
}

// snapshotOverlay exercises the operator's file: exact, prefix and
// any-word phrases, re-weighting and removal.
const snapshotOverlay = `P1:outage 3 payment gateway down
P1:outage 3 totally broke*
P2:fault 2 cannot print *
P1:outage 3 crash*
P3:fault 1 slow
remove system is down
`

// snapshotProbes are short texts in the shapes the folding and the
// automaton treat apart: accents, full-width letters, contractions,
// numbers, quoted lines, marks.
func snapshotProbes() []labelled {
	texts := []string{
		"URGENT — please call me back today.",
		"Close this ticket please.",
		"Fixed in release 4.2; please confirm.",
		"Le système est en panne, personne ne peut se connecter à l’application !",
		"Die Anmeldung geht nicht. Niemand kann sich einloggen; alle Nutzer sind betroffen.",
		"ＡＬＬ ＵＳＥＲＳ cannot log in… the site is DOWN!!!",
		"We can't log in, nobody can. Payments don't work since 09:30, 3,000 orders lost (2/10).",
		"> quoted: production is down\nnew text: all good, thanks\n\n\nRegards",
		"Straße ÆØÅ œuvre ı İstanbul ǅ ﬁle crashing crashed crash* totally broken cannot print labels",
		"e\u0301te\u0301 cafe\u0301 — na\u00efve coöperate x\u200by 日本語のテキスト 데이터 손실",
		"acme.com is down. v1.2.3 3.14 1,000,000 10x slower, 50% of users, 2 hours",
		"",
		"!!!???...,,,;;;",
		"payment gateway down payment gateway down payment gateway down",
	}
	var out []labelled
	for i, s := range texts {
		out = append(out, labelled{name: fmt.Sprintf("probe#%d", i+1), in: Input{Subject: s, Body: s + "\n" + s, Sender: "ceo@example.com", SenderName: "CEO Jane"}})
	}
	return out
}
