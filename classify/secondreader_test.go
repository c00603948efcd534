package classify

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSecondReader: is a set's label what any careful reader of the
// protocol would say, or one writer's taste? For some hold-outs a second
// reader, who saw neither the writer's labels nor the classifier (only
// the protocol's definitions and the mails), labelled every mail anew
// (testdata/holdoutN/second-reader.tsv: Message-ID, label, the reason in
// a few words). The test prints how often the two readers agree and how
// the classifier fares against each, and fails when the readers agree on
// fewer than 95 % of a set's mails (its labels would then be no measure)
// or a file does not cover its set one to one.
//
// 2026-12-04, sets 34, 38, 39, 40: the readers agree on 395 of 400
// mails (every one of the 100 P1s alike), while the classifier agrees
// with either on about three mails in four: the gap to the goal is the
// classifier's, not the labels'.
func TestSecondReader(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "second-reader.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no second reader's labels under testdata: %v", err)
	}
	c := Default()
	var readers, vsWriter, vsReader confusion
	for _, f := range files {
		dir := filepath.Dir(f)
		second := readSecondReader(t, f)
		var r, w, s confusion
		seen := 0
		for _, l := range loadDirWithIDs(t, dir) {
			got, ok := second[l.id]
			if !ok {
				t.Errorf("%s: %s (%s) has no second label", f, l.id, l.name)
				continue
			}
			seen++
			v := c.Classify(l.in).Severity
			r[l.want][got]++
			w[l.want][v]++
			s[got][v]++
		}
		if seen != len(second) {
			t.Errorf("%s: %d labels for %d mails of the set", f, len(second), seen)
		}
		agree, _, _, _ := r.report()
		if agree < 0.95 {
			t.Errorf("%s: the two readers agree on %.1f %% of the mails, want at least 95 %%", dir, 100*agree)
		}
		t.Logf("%-20s %s", filepath.Base(dir), secondReaderLine(&r, &w, &s))
		readers.add(r)
		vsWriter.add(w)
		vsReader.add(s)
	}
	t.Logf("%-20s %s", "all", secondReaderLine(&readers, &vsWriter, &vsReader))
}

func secondReaderLine(r, w, s *confusion) string {
	ra, rf, rr, _ := r.report()
	wa, wf, wr, _ := w.report()
	sa, sf, sr, _ := s.report()
	return fmt.Sprintf("second reader ÷ writer %.1f %% / %.3f / P1 %.3f %.3f; classifier ÷ writer %.1f %% / %.3f / P1 %.3f %.3f; classifier ÷ second reader %.1f %% / %.3f / P1 %.3f %.3f",
		100*ra, rf, r.p1Precision(), rr, 100*wa, wf, w.p1Precision(), wr, 100*sa, sf, s.p1Precision(), sr)
}

// readSecondReader reads a second reader's labels by Message-ID.
func readSecondReader(t *testing.T, path string) map[string]Severity {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	labels := map[string]Severity{}
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			t.Fatalf("%s:%d: want Message-ID, a tab and a label", path, n)
		}
		sev, err := ParseSeverity(fields[1])
		if err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if _, dup := labels[fields[0]]; dup {
			t.Fatalf("%s:%d: %s labelled twice", path, n, fields[0])
		}
		labels[fields[0]] = sev
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return labels
}

type labelledWithID struct {
	labelled
	id string
}

var messageIDRe = regexp.MustCompile(`(?mi)^Message-ID:[ \t]*(<[^>]+>)`)

// loadDirWithIDs reads the labelled mails of a directory's mbox files,
// each with its Message-ID ("" when it has none).
func loadDirWithIDs(t testing.TB, dir string) []labelledWithID {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.mbox"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no mail in %s: %v", dir, err)
	}
	var set []labelledWithID
	for _, f := range files {
		msgs, err := readMbox(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, raw := range msgs {
			l, err := parseLabelled(raw, fmt.Sprintf("%s#%d", filepath.Base(f), i+1))
			if err != nil {
				t.Fatal(err)
			}
			id := ""
			if m := messageIDRe.FindSubmatch(raw); m != nil {
				id = string(m[1])
			}
			set = append(set, labelledWithID{l, id})
		}
	}
	return set
}
