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

// TestConcessionMay checks that concessionMay never turns away a text
// one of the three expressions matches: on every labelled and hold-out
// body and on made-up ones, and that the words' letters fold as it
// assumes.
func TestConcessionMay(t *testing.T) {
	for _, tl := range concessionTails {
		for _, ws := range [][]string{tl.verbs, tl.advs, tl.ends} {
			for _, w := range ws {
				for _, r := range w {
					for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
						if f > unicode.MaxASCII && f != '\u212a' && f != '\u017f' {
							t.Errorf("%q of %q folds to %q", r, w, f)
						}
					}
				}
			}
		}
	}
	res := []*regexp.Regexp{concession, concessionEN, concessionOther}
	check := func(body string) {
		may := concessionMay(body)
		for k, re := range res {
			if re.MatchString(body) && !may[k] {
				t.Errorf("concessionMay(%q)[%d] = false, but %v matches", body, k, re)
			}
		}
	}
	for _, s := range []string{
		"Geht, ist aber Mehrarbeit", "Das geht zwar – kostet aber Zeit", "FUNKTIONIERT,\tABER", "es klappt—nur",
		"It works, but it doubles the time", "which works but takes time", "Works fine , but", "WORKS FOR NOW - BUT",
		"it wor\u212as, but", "it work\u017f, but", "ça marche, mais", "Dat werkt, maar", "funciona bien pero", "fonctionne — mas",
		"it works fine now", "the search returns nothing", "works,", "geht", "",
	} {
		check(s)
		if got := concessionMay(s); s == "it works fine now" && got != [3]bool{} {
			t.Errorf("concessionMay(%q) = %v, want none", s, got)
		}
	}
	mails := append(loadLabelled(t), loadHoldOut(t)...)
	n := 0
	for _, m := range mails {
		check(m.in.Body)
		if concessionMay(m.in.Body) != [3]bool{} {
			n++
		}
	}
	t.Logf("%d of %d bodies may hold a concession", n, len(mails))
}

// TestSpeed5Filters checks the tests the readings make before their
// maps: envFilter, pastFilter and reportFilter let every word of their
// sets through, every particle of
// separableVerbs is of two or three bytes and begins with 'a', and the
// scan flags every word of bracketListDE (and a field without one not).
func TestSpeed5Filters(t *testing.T) {
	for f, sets := range map[*wordFilter][]map[string]bool{envFilter: {prodWords, envWords, envFirst},
		pastFilter: {pastWords}, reportFilter: {reportWords}} {
		for _, s := range sets {
			for w := range s {
				if !may(f, w) {
					t.Errorf("a filter turns away %q", w)
				}
			}
		}
	}
	for p := range separableVerbs {
		if len(p) < 2 || len(p) > 3 || p[0] != 'a' {
			t.Errorf("separableFaults turns away the particle %q", p)
		}
	}
	c := Default()
	var w folder
	for _, v := range bracketListDE() {
		f := w.fold("seit heute " + v + " es nicht")
		c.m.scan(f, nil, &w.scan)
		if !f.bracketDE {
			t.Errorf("the scan does not flag %q", v)
		}
	}
	f := w.fold("since this morning nothing works, hats off")
	c.m.scan(f, nil, &w.scan)
	if f.bracketDE {
		t.Error("the scan flags an English field")
	}
}
