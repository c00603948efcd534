package classify

import (
	"bytes"
	"slices"
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
		var pairs pairSet
		pairs.add(text)
		for i := 1; i < len(text); i++ {
			if !pairs.has(pairKey(text[i-1], text[i])) {
				t.Fatalf("the pair %q of %s is not in its set", text[i-1:i+1], l.name)
			}
		}
		for name, g := range gated {
			pass := g.pass(text)
			if got, want := g.FindIndex(text), g.re.FindIndex(text); !slices.Equal(got, want) {
				t.Errorf("%s on %s: the branches' expression finds %v, the whole %v", name, l.name, got, want)
			}
			checkPairs(t, g.gate, text, &pairs)
			for _, n := range g.bgates {
				checkPairs(t, n, text, &pairs)
			}
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
	for name, g := range gated {
		if len(g.branches) < 2 || len(g.bgates) != len(g.branches) {
			t.Errorf("%s: %d branches", name, len(g.branches))
		}
		if expr := g.re.String(); branchOpen+strings.Join(g.branches, "|")+branchClose != expr {
			t.Errorf("%s: the branches do not make the expression", name)
		}
	}
	for _, c := range []struct{ in, want string }{
		{`a|b(c|d)|[|)]e|\|f|[]|]g`, `a/b(c|d)/[|)]e/\|f/[]|]g`},
		{`a(b`, ``},
	} {
		if got := strings.Join(splitBranches(c.in), "/"); got != c.want {
			t.Errorf("splitBranches(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// a subset's match is the whole expression's on made-up texts too
	for _, text := range []string{"we have no indication of any breach and nothing happened to us ",
		"nothing happened it was just me ", "no sign of any problem no current issue ", "it was me nothing has happened "} {
		if got, want := ownSideClear.FindIndex([]byte(text)), ownSideClear.re.FindIndex([]byte(text)); !slices.Equal(got, want) {
			t.Errorf("ownSideClear on %q: %v, want %v", text, got, want)
		}
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

// checkPairs checks that every word of n that text holds has its pairs
// in text's set: the pair test turns away no word a search finds.
func checkPairs(t *testing.T, n *gateNode, text []byte, s *pairSet) {
	t.Helper()
	if n == nil {
		return
	}
	if n.word != nil && bytes.Contains(text, n.word) {
		for i := 1; i < len(n.word); i++ {
			if !s.has(pairKey(n.word[i-1], n.word[i])) {
				t.Fatalf("%q is in the text, its pair %q not in the set", n.word, n.word[i-1:i+1])
			}
		}
	}
	for _, m := range append(slices.Clone(n.all), n.any...) {
		checkPairs(t, m, text, s)
	}
}
