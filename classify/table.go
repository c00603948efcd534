package classify

import "math/bits"

// Open-addressing hash tables for the automaton's hot path: the word
// vocabulary and the goto function. They are built once and only read
// afterwards, and beat Go maps here because the key bytes are hashed
// straight from the folded text, without a string header per lookup.

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

// transTable maps key(state, symbol) to the next state. Key 0 (root, no
// symbol) never occurs and marks an empty slot.
type transTable struct {
	keys  []uint64
	vals  []int32
	shift uint
	mask  uint64
}

func newTransTable(m map[uint64]int32) transTable {
	b := bits.Len(uint(2*len(m) + 1))
	n := 1 << b
	t := transTable{keys: make([]uint64, n), vals: make([]int32, n), shift: uint(64 - b), mask: uint64(n - 1)}
	for k, v := range m {
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *transTable) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift & t.mask }

func (t *transTable) get(k uint64) (int32, bool) {
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}
