package classify

import (
	"strings"
	"testing"
)

// TestGatedRegexps checks the gates of the readings' expressions: on
// every labelled and hold-out mail's words, joined as the readings join
// them, an expression that matches has a gate that lets the text through;
// and the conditions derived for small expressions are the ones a reader
// would write.
func TestGatedRegexps(t *testing.T) {
	gated := map[string]*gatedRegexp{"ownSideClear": ownSideClear, "ownSideFine": ownSideFine,
		"newsNamed": newsNamed, "affectedAsked": affectedAsked}
	for name, g := range gated {
		if gateOf(g.re.String()) == nil {
			t.Errorf("%s: no gate", name)
		}
	}
	matched, turned := 0, 0
	for _, l := range append(loadLabelled(t), loadHoldOut(t)...) {
		text := []byte(strings.Join(foldWords(l.in.Subject+"\n"+l.in.Body), " ") + " ")
		for name, g := range gated {
			pass := g.pass(text)
			if !pass {
				turned++
			}
			if g.re.Match(text) {
				matched++
				if !pass {
					t.Errorf("%s: the gate turns away %s, which the expression matches", name, l.name)
				}
			}
		}
	}
	if matched == 0 || turned == 0 {
		t.Errorf("%d texts matched, %d turned away: the check checks nothing", matched, turned)
	}
	for _, c := range []struct{ expr, want string }{
		{`\b(?:are|were) we (?:affected|impacted)\b`, `(("affected" | "impacted") & " we " & ("are" | "were"))`},
		{`\bmedienbericht\w*|in der (?:zeitung|presse)`, `("medienbericht" | ("in der " & ("zeitung" | "presse")))`},
		{`(?i)nothing`, `<nil>`},                         // a literal in any case has no word as written
		{`\b(?:just )?precautionary`, `"precautionary"`}, // an optional part is no condition
		{`\b\w+\b`, `<nil>`},
	} {
		got := "<nil>"
		if n := gateOf(c.expr); n != nil {
			got = n.String()
		}
		if got != c.want {
			t.Errorf("gateOf(%q) = %s, want %s", c.expr, got, c.want)
		}
	}
}
