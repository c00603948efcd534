package classify

// wordFilter tells from a word's first and last bytes and its length
// that it is in none of a few small word sets, without hashing it. Most
// words of a mail are in none of a reading's sets, and a reading that
// asks a Go map of every word of every clause paid a hash and a probe
// for each (in the readings that ask most, bracketIn, goneAt and
// germanClause, some 9 % of a corpus pass's instructions). A word the
// filter lets through may still be in none: the set itself decides.
type wordFilter struct{ first, last [256]uint32 }

// filterOf returns the filter of the words of sets. The sets must not
// change afterwards.
func filterOf(sets ...map[string]bool) *wordFilter {
	f := new(wordFilter)
	for _, s := range sets {
		for w := range s {
			if w == "" {
				continue // may lets every empty word through
			}
			f.first[w[0]] |= 1 << min(len(w), 31)
			f.last[w[len(w)-1]] |= 1 << min(len(w), 31)
		}
	}
	return f
}

// may reports whether w may be in the filter's sets; false is certain.
func may[S string | []byte](f *wordFilter, w S) bool {
	if len(w) == 0 {
		return true
	}
	n := min(len(w), 31)
	return f.first[w[0]]>>n&1 != 0 && f.last[w[len(w)-1]]>>n&1 != 0
}
