package classify

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"sync"
)

// A gatedRegexp is a regular expression behind a substring test: the
// long alternations the readings run over the writer's words ("no
// indication of any compromise|not aware of any breach|…") go through
// Go's NFA at every byte, and on most mail none of them match. The gate
// holds words one of which every match contains, derived from the
// expression (requiredWords), and turns away a text that holds none of
// them; a text that passes is matched by the expression as before, so
// the answers are the expression's (TestGatedRegexps checks the words
// on every text the tests hold).
type gatedRegexp struct {
	re    *regexp.Regexp
	once  sync.Once
	words [][]byte // nil: no gate
}

func mustGate(expr string) *gatedRegexp {
	return &gatedRegexp{re: regexp.MustCompile(expr)}
}

// pass reports whether b holds one of the gate's words.
func (g *gatedRegexp) pass(b []byte) bool {
	g.once.Do(func() {
		for _, w := range requiredWords(g.re.String()) {
			g.words = append(g.words, []byte(w))
		}
	})
	if g.words == nil {
		return true
	}
	for _, w := range g.words {
		if bytes.Contains(b, w) {
			return true
		}
	}
	return false
}

// FindIndex is the expression's FindIndex behind the gate.
func (g *gatedRegexp) FindIndex(b []byte) []int {
	if !g.pass(b) {
		return nil
	}
	return g.re.FindIndex(b)
}

// requiredWords returns words one of which is in every text the
// expression matches, as written (the expression must not fold case), or
// nil when it cannot say.
func requiredWords(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	words := required(re.Simplify())
	for _, w := range words {
		if w == "" {
			return nil
		}
	}
	return words
}

// required returns literals one of which every match of re contains, or
// nil when it cannot say. A concatenation contains a match of each of its
// parts, so any part's words do; the part whose shortest word is longest
// is chosen. An alternation needs a word from each branch.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil // a literal in any case: no word as written
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if w := required(sub); w != nil && shortest(w) > shortest(best) {
				best = w
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			w := required(sub)
			if w == nil {
				return nil
			}
			all = append(all, w...)
		}
		return all
	}
	// Character classes, any character, empty-width assertions, optional
	// and starred parts: nothing a match must contain.
	return nil
}

// shortest is the length in bytes of the shortest of words, 0 for none.
func shortest(words []string) int {
	n := 0
	for i, w := range words {
		if i == 0 || len(w) < n {
			n = len(w)
		}
	}
	return n
}
