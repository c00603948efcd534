package classify

import (
	"regexp"
	"strings"
	"testing"
)

// TestGatedRegexps checks the gates of the readings' expressions: on
// every labelled and hold-out mail's words, joined as the readings join
// them, an expression that matches has a gate that lets the text through;
// and the words derived for small expressions are the ones a reader
// would name.
func TestGatedRegexps(t *testing.T) {
	gated := map[string]*gatedRegexp{"ownSideClear": ownSideClear, "ownSideFine": ownSideFine,
		"newsNamed": newsNamed, "affectedAsked": affectedAsked}
	for name, g := range gated {
		if requiredWords(g.re.String()) == nil {
			t.Errorf("%s: no gate words", name)
		}
	}
	matched := 0
	for _, l := range append(loadLabelled(t), loadHoldOut(t)...) {
		text := []byte(strings.Join(foldWords(l.in.Subject+"\n"+l.in.Body), " ") + " ")
		for name, g := range gated {
			if g.re.Match(text) {
				matched++
				if !g.pass(text) {
					t.Errorf("%s: the gate turns away %s, which the expression matches", name, l.name)
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no expression matched any mail: the check checks nothing")
	}
	for _, c := range []struct {
		expr string
		want []string
	}{
		{`\b(?:are|were) we (?:affected|impacted)\b`, []string{"affected", "impacted"}},
		{`\bmedienbericht\w*|in der (?:zeitung|presse)`, []string{"medienbericht", "in der "}},
		{`(?i)nothing`, nil}, // a literal in any case has no word as written
		{`\b(?:just )?precautionary`, []string{"precautionary"}}, // an optional part is no word
		{`\bkein(?:en)?\b`, []string{"kein"}},
		{`\b\w+\b`, nil},
	} {
		got := requiredWords(c.expr)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("requiredWords(%q) = %q, want %q", c.expr, got, c.want)
		}
		regexp.MustCompile(c.expr)
	}
}
