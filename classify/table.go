package classify

import "math/bits"

// An open-addressing hash table for the matcher's hot path: the words of
// the rule phrases. It is built once and only read afterwards, and beats a
// Go map here because the key bytes are hashed straight from the folded
// text, without a string header per lookup.

// vocabTable maps a word to its symbol (0: not a word of any phrase).
type vocabTable struct {
	keys   []string
	hashes []uint32
	syms   []int32
	mask   uint32
}

func newVocabTable(words map[string]int32) vocabTable {
	n := 1 << bits.Len(uint(2*len(words)+1))
	t := vocabTable{keys: make([]string, n), hashes: make([]uint32, n), syms: make([]int32, n), mask: uint32(n - 1)}
	for w, s := range words {
		h := fnv32(w)
		i := h & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.hashes[i], t.syms[i] = w, h, s
	}
	return t
}

// getHashed looks b up by its FNV-1a hash h, computed by the caller.
func (t *vocabTable) getHashed(b []byte, h uint32) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			return 0
		}
		if t.hashes[i] == h && k == string(b) {
			return t.syms[i]
		}
	}
}

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnv32(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}
