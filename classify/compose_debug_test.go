package classify

import (
	"os"
	"strings"
	"testing"
)

// TestComposeExplain prints the composer's clauses and findings for
// ESCALATE_TEXT (subject, a blank line, body).
func TestComposeExplain(t *testing.T) {
	text := os.Getenv("ESCALATE_TEXT")
	if text == "" {
		t.Skip("ESCALATE_TEXT not set")
	}
	subject, body, _ := strings.Cut(text, "\n\n")
	for _, c := range clauses(FieldBody, writerText(subject, body), clauses(FieldSubject, subject, nil)) {
		s, _ := supposing.find(line{ws: c.words}, 0)
		f, ok := composeClause(line{ws: c.words})
		if !ok {
			f, ok = germanClause(line{ws: c.words})
		}
		t.Logf("%s ask=%v suppose=%d %q -> %v %s %s", c.field, c.ask, s, strings.Join(c.words, " "), ok, f.kind, f.words)
	}
}
