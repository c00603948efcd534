package classify

import (
	"errors"
	"math/bits"
)

// Open-addressing hash tables for the matcher's hot path, built once and
// only read afterwards. They beat Go maps here: the key bytes are hashed
// while the text is folded (no string header per look-up), and each table
// is one flat array of small slots, so that a look-up costs one cache
// line, not a bucket and a pointer to chase.

// symTable maps a folded word to its symbol and what the scan needs of it:
// the state one word leads to from the start, and whether it is a number
// word or a comparison cue.
type symTable struct {
	slots []symSlot // by hash; sym 0 marks an empty slot
	info  []symInfo // by symbol
	blob  string    // the words, back to back (info[sym].off, .n)
	mask  uint32
}

// symSlot is one slot of symTable: the word's hash and symbol.
type symSlot struct {
	hash uint32
	sym  int32
}

// symInfo is what the scan reads for a symbol.
type symInfo struct {
	off   uint32 // the word is blob[off : off+n]
	n     uint16
	flags uint8 // symNumeric, symCue
	root  int32 // the deterministic state after this word from the start, or 0
}

const (
	symNumeric = 1 << iota // a number word ("ten", "twice")
	symCue                 // a comparison cue ("instead")
)

// newSymTable builds the table from the words by symbol (words[0] unused).
func newSymTable(words []string) symTable {
	n := 1 << bits.Len(uint(2*len(words)+1))
	t := symTable{slots: make([]symSlot, n), info: make([]symInfo, len(words)), mask: uint32(n - 1)}
	size := 0
	for _, w := range words {
		size += len(w)
	}
	blob := make([]byte, 0, size)
	for sym := 1; sym < len(words); sym++ {
		w := words[sym]
		t.info[sym] = symInfo{off: uint32(len(blob)), n: uint16(len(w))}
		blob = append(blob, w...)
		h := fnv32(w)
		i := h & t.mask
		for t.slots[i].sym != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = symSlot{hash: h, sym: int32(sym)}
	}
	t.blob = string(blob)
	return t
}

// get looks b up by its FNV-1a hash h, computed by the caller; 0: no
// phrase has the word.
func (t *symTable) get(b []byte, h uint32) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.sym == 0 {
			return 0
		}
		if s.hash == h {
			in := &t.info[s.sym]
			if int(in.n) == len(b) && t.blob[in.off:in.off+uint32(in.n)] == string(b) {
				return s.sym
			}
		}
	}
}

// word returns the word of a symbol.
func (t *symTable) word(sym int32) string {
	in := &t.info[sym]
	return t.blob[in.off : in.off+uint32(in.n)]
}

// transTable maps (state, symbol) to the next state of the deterministic
// automaton. A slot packs all three in 64 bits (21 bits each: 2 million
// states and words, some 300 times what the built-in rules need), so that
// a look-up reads one word of memory; 0 marks an empty slot (state 0 is
// dead and never a source).
type transTable struct {
	slots []uint64
	shift uint
	mask  uint64
}

const (
	transBits = 21
	transMax  = 1<<transBits - 1
)

// errTooLarge says the rules need more states or words than a transTable
// holds.
var errTooLarge = errors.New("classify: rules too large for the matcher (more than 2 million states or words)")

// transEntry is one transition, for building a transTable.
type transEntry struct{ from, sym, to int32 }

func newTransTable(es []transEntry) (transTable, error) {
	b := bits.Len(uint(2*len(es) + 1))
	n := 1 << b
	t := transTable{slots: make([]uint64, n), shift: uint(64 - b), mask: uint64(n - 1)}
	for _, e := range es {
		if e.from > transMax || e.sym > transMax || e.to > transMax {
			return transTable{}, errTooLarge
		}
		k := transKey(e.from, e.sym)
		i := t.slot(k)
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = k<<transBits | uint64(e.to)
	}
	return t, nil
}

func transKey(s, sym int32) uint64 { return uint64(s)<<transBits | uint64(sym) }

func (t *transTable) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift & t.mask }

// get returns the state after sym from state s, or 0.
func (t *transTable) get(s, sym int32) int32 {
	k := transKey(s, sym)
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		e := t.slots[i]
		if e>>transBits == k {
			return int32(e & transMax)
		}
		if e == 0 {
			return 0
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
