package intake

import (
	"regexp/syntax"
	"testing"
	"unicode"
)

// TestGatesWordBoundaries fails on a pattern that puts \b next to a
// letter outside ASCII ("sarò\b", "\bčerveně"): Go's \b knows ASCII word
// characters only, so such an alternative can never match where a word
// ends or starts. Write (?:\b|[^\pL\pN_]|$) after it, or the leading
// form before it, instead.
func TestGatesWordBoundaries(t *testing.T) {
	for _, g := range gates {
		re, err := syntax.Parse(g.expr, syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", g.expr, err)
		}
		if bad, ok := boundaryBesideNonASCII(re); ok {
			t.Errorf("\\b beside the non-ASCII letter %q in %.120s", bad, g.expr)
		}
	}
}

// boundaryBesideNonASCII finds a \b right after a literal that ends, or
// right before one that starts, with a letter outside ASCII.
func boundaryBesideNonASCII(re *syntax.Regexp) (rune, bool) {
	if re.Op == syntax.OpConcat {
		for i, sub := range re.Sub {
			if sub.Op != syntax.OpWordBoundary {
				continue
			}
			if i > 0 {
				if r, ok := nonASCII(edgeRunes(re.Sub[i-1], true)); ok {
					return r, true
				}
			}
			if i+1 < len(re.Sub) {
				if r, ok := nonASCII(edgeRunes(re.Sub[i+1], false)); ok {
					return r, true
				}
			}
		}
	}
	for _, sub := range re.Sub {
		if r, ok := boundaryBesideNonASCII(sub); ok {
			return r, true
		}
	}
	return 0, false
}

// edgeRunes are the literal runes a node may end with (last) or start
// with, as far as literals, groups and alternations tell.
func edgeRunes(re *syntax.Regexp, last bool) []rune {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		if last {
			return re.Rune[len(re.Rune)-1:]
		}
		return re.Rune[:1]
	case syntax.OpCapture:
		return edgeRunes(re.Sub[0], last)
	case syntax.OpAlternate:
		var out []rune
		for _, s := range re.Sub {
			out = append(out, edgeRunes(s, last)...)
		}
		return out
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		return edgeRunes(re.Sub[0], last)
	case syntax.OpConcat:
		// an optional edge leaves the one beside it as an edge too:
		// "congés?" may end with "é"
		var out []rune
		for k := range re.Sub {
			i := k
			if last {
				i = len(re.Sub) - 1 - k
			}
			out = append(out, edgeRunes(re.Sub[i], last)...)
			if !optional(re.Sub[i]) {
				break
			}
		}
		return out
	}
	return nil
}

// optional reports whether a node may match nothing.
func optional(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpQuest, syntax.OpStar, syntax.OpEmptyMatch:
		return true
	case syntax.OpRepeat:
		return re.Min == 0
	case syntax.OpCapture:
		return optional(re.Sub[0])
	}
	return false
}

func nonASCII(rs []rune) (rune, bool) {
	for _, r := range rs {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return r, true
		}
	}
	return 0, false
}
