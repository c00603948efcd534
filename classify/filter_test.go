package classify

import (
	"regexp"
	"testing"
	"unicode"
)

// TestWordFilter checks that a filter lets through every word of its sets
// and turns away words of another length or first byte.
func TestWordFilter(t *testing.T) {
	sets := []map[string]bool{bracketVerbsDE, haveDE, goneAccounts}
	f := filterOf(sets...)
	for _, s := range sets {
		for w := range s {
			if !may(f, w) || !may(f, []byte(w)) {
				t.Errorf("filter turns away %q", w)
			}
		}
	}
	for _, w := range []string{"", "a-very-long-word-of-more-than-thirty-one-bytes"} {
		if !may(f, w) && (w == "" || bracketVerbsDE[w]) {
			t.Errorf("filter turns away %q", w)
		}
	}
	if may(f, "xylophone") || may(filterOf(haveDE), "hast") {
		t.Error("filter lets through a word of no set's first byte and length")
	}
}

// TestHasBut checks hasBut against the case-folded expression it gates.
func TestHasBut(t *testing.T) {
	for _, r := range "butBUT" {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f > unicode.MaxASCII {
				t.Errorf("%q folds to %q: hasBut misses it", r, f)
			}
		}
	}
	but := regexp.MustCompile(`(?i)but`)
	for _, s := range []string{"", "bu", "but", "It works, BuT slowly", "works fine", "abUt", "b u t"} {
		if hasBut(s) != but.MatchString(s) {
			t.Errorf("hasBut(%q) = %v", s, hasBut(s))
		}
	}
}

// TestCriticalHeadDEFilter checks the length and last-byte filter of
// criticalHeadDE against the heads themselves.
func TestCriticalHeadDEFilter(t *testing.T) {
	for _, h := range criticalHeadsDE {
		if got := criticalHeadDE("abc" + h); got == "" {
			t.Errorf("criticalHeadDE(%q) = %q", "abc"+h, got)
		}
		if got := criticalHeadDE("ab" + h); got != "" {
			t.Errorf("criticalHeadDE(%q) = %q, want none", "ab"+h, got)
		}
	}
}
