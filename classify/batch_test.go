package classify

import (
	"fmt"
	"os"
	"path/filepath"
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
// a blank line, body) to see why a mail is scored as it is.
func TestExplain(t *testing.T) {
	text := os.Getenv("ESCALATE_TEXT")
	if text == "" {
		t.Skip("ESCALATE_TEXT not set")
	}
	subject, body, _ := strings.Cut(text, "\n\n")
	r := Default().Classify(Input{Subject: subject, Body: body})
	t.Logf("%v (score %.2f)", r.Severity, r.Score)
	for _, e := range r.Evidence {
		t.Logf("%v %+.2f %s %q %s %s", e.Level, e.Weight, e.Field, e.Match, e.Rule, e.Note)
	}
}
