package classify

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"slices"
)

// Open-addressing hash tables for the matcher's hot path, built once and
// only read afterwards. They beat Go maps here: a word is hashed by its
// first 8 bytes and its length, read with one load from the folded text
// (no string header per look-up, no hash of every byte), and each table
// is one flat array of small slots, so that a look-up costs one cache
// line, not a bucket and a pointer to chase.

// symTable maps a folded word to its symbol and what the scan needs of it:
// where the word leads from the start, and whether it is a number word or
// a comparison cue. A slot holds all of it with the word's first 8 bytes
// in 16 bytes (four to a cache line), so that a look-up of a word of up
// to 8 bytes reads one slot.
type symTable struct {
	slots []symSlot // by hash of head and length (slot); sym 0 marks an empty slot
	info  []symInfo // by symbol
	blob  string    // the words, back to back (info[sym].off, .n)
	shift uint
	mask  uint32
}

// symSlot is one slot of symTable. A word of up to 8 bytes is its head
// (no folded word holds a zero byte); a longer one has symLong and is
// compared with the blob.
type symSlot struct {
	head uint64 // the word's first 8 bytes (wordHead)
	sym  int32
	// bits are where the word leads from the start (root: 0 for nowhere)
	// and symNumeric, symCue, symLive, symBracketDE and symLong
	bits target
}

// root returns where the word leads from the start, 0 for nowhere.
func (s *symSlot) root() target { return s.bits & symRootMask }

// symInfo is where a symbol's word is in the blob and its slot.
type symInfo struct {
	off, n uint32
	slot   uint32
}

const (
	symNumeric   target = 1 << (24 + iota) // a number word ("ten", "twice")
	symCue                                 // a comparison cue ("instead")
	symLive                                // a word that may say a problem is live ("again", "another")
	symBracketDE                           // a German bracket verb or "haben" (bracketVerbsDE, haveDE)
	symLong                                // a word of more than 8 bytes
	symRootMask  = 1<<24 - 1
)

// noSym is the slot of a word no phrase has.
var noSym symSlot

// newSymTable builds the table from the words by symbol (words[0] unused).
func newSymTable(words []string) symTable {
	// at most 70 % full: past that linear probing slows a lookup of a word
	// no phrase has (most words of a mail), below it the table outgrows
	// the cache for nothing (5,479 words: 8,192 slots, not 16,384)
	b := bits.Len(uint(len(words) * 10 / 7))
	n := 1 << b
	t := symTable{slots: make([]symSlot, n), info: make([]symInfo, len(words)), shift: uint(64 - b), mask: uint32(n - 1)}
	size := 0
	for _, w := range words {
		size += len(w)
	}
	blob := make([]byte, 0, size)
	for sym := 1; sym < len(words); sym++ {
		w := words[sym]
		i := t.slot(wordHead(w), len(w))
		for t.slots[i].sym != 0 {
			i = (i + 1) & t.mask
		}
		t.info[sym] = symInfo{off: uint32(len(blob)), n: uint32(len(w)), slot: i}
		blob = append(blob, w...)
		t.slots[i] = symSlot{head: wordHead(w), sym: int32(sym)}
		if len(w) > 8 {
			t.slots[i].bits = symLong
		}
	}
	t.blob = string(blob)
	return t
}

// wordHead packs the first 8 bytes of a word into a word of memory,
// little-endian, zero-padded.
func wordHead[S string | []byte](w S) uint64 {
	var v uint64
	for k := min(len(w), 8) - 1; k >= 0; k-- {
		v = v<<8 | uint64(w[k])
	}
	return v
}

// textHead is wordHead of text[start:end], with one load when the text
// goes on for 8 bytes.
func textHead(text []byte, start, end int32) uint64 {
	if int(start)+8 <= len(text) {
		return binary.LittleEndian.Uint64(text[start:]) & headMask[min(end-start, 8)]
	}
	var tail [8]byte // the word is shorter than 8 bytes here
	copy(tail[:], text[start:end])
	return binary.LittleEndian.Uint64(tail[:])
}

// headMask keeps the first n bytes of a little-endian word of memory, by
// n (a table, not a shift and a test: textHead stays small enough to be
// inlined into the scan and the composer).
var headMask = [9]uint64{0, 1<<8 - 1, 1<<16 - 1, 1<<24 - 1, 1<<32 - 1, 1<<40 - 1, 1<<48 - 1, 1<<56 - 1, 1<<64 - 1}

// slot is where a word with the head and length n is looked for first: a
// multiplicative hash of the two, computed from the head the scan reads
// anyway instead of a hash of every byte kept while folding (words that
// share their first 8 bytes and length share a slot and probe on).
func (t *symTable) slot(head uint64, n int) uint32 {
	return uint32((head^uint64(n)<<56)*0x9E3779B97F4A7C15>>t.shift) & t.mask
}

// lookup finds the slot of the word b, with head textHead computed by the
// caller; &noSym when no phrase has it.
func (t *symTable) lookup(b []byte, head uint64) *symSlot {
	for i := t.slot(head, len(b)); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.sym == 0 {
			return &noSym
		}
		if s.head == head && (len(b) <= 8) == (s.bits&symLong == 0) &&
			(len(b) <= 8 || t.word(s.sym) == string(b)) {
			return s
		}
	}
}

// slotOf returns the slot of a symbol, for setting its root and flags.
func (t *symTable) slotOf(sym int32) *symSlot { return &t.slots[t.info[sym].slot] }

// word returns the word of a symbol.
func (t *symTable) word(sym int32) string {
	in := &t.info[sym]
	return t.blob[in.off : in.off+in.n]
}

// A target is a deterministic state with what the scan needs to know of
// it before reading its record: whether a phrase ends there, whether a
// word leads on, whether it has phrase-final edges.
type target uint32

const (
	targetAccept target = 1 << (transBits + iota)
	targetOut
	targetWild
	targetState = 1<<transBits - 1
)

func (t target) state() int32 { return int32(t & targetState) }

// transTable maps (state, symbol) to the next state of the deterministic
// automaton. A state's transitions are kept together, sorted by symbol
// (edges[off[s]:off[s+1]]), each one 64-bit word that packs the symbol
// above the target: a look-up reads the state's offsets, from a small
// array, and then one or two cache lines of its own transitions, where a
// hash table of (state, symbol) keys spread every look-up over a
// megabyte. Most states have a handful of transitions, found by a short
// scan; the few with hundreds are searched by halves and, being the
// states most threads are in, stay in cache.
type transTable struct {
	off   []uint32 // by state: where its transitions start; off[len(states)] ends the last
	edges []uint64 // sym<<32 | target, by state, sorted by sym
}

const (
	transBits = 20
	transMax  = 1<<transBits - 1
)

// errTooLarge says the rules need more states or words than a transTable
// holds.
var errTooLarge = errors.New("classify: rules too large for the matcher (more than a million states or words)")

// transEntry is one transition, for building a transTable.
type transEntry struct {
	from, sym int32
	to        target
}

// newTransTable builds the table of n states from es, grouped by state in
// increasing order (as finish makes them).
func newTransTable(es []transEntry, n int) (transTable, error) {
	t := transTable{off: make([]uint32, n+1), edges: make([]uint64, len(es))}
	for i, e := range es {
		if e.from > transMax || e.sym > transMax || int(e.from) >= n || i > 0 && e.from < es[i-1].from {
			return transTable{}, errTooLarge
		}
		t.off[e.from+1]++
		t.edges[i] = uint64(e.sym)<<32 | uint64(e.to)
	}
	for s := 1; s <= n; s++ {
		t.off[s] += t.off[s-1]
	}
	for s := range n {
		slices.Sort(t.edges[t.off[s]:t.off[s+1]])
	}
	return t, nil
}

// get returns the target after sym from state s, or 0.
func (t *transTable) get(s, sym int32) target {
	es := t.edges[t.off[s]:t.off[s+1]]
	k := uint64(sym)
	for len(es) > 8 {
		h := len(es) / 2
		if es[h]>>32 <= k {
			es = es[h:]
		} else {
			es = es[:h]
		}
	}
	for _, e := range es {
		if e>>32 == k {
			return target(uint32(e))
		}
	}
	return 0
}

// wordBits maps a word to a bit set (the composer's firstBits). A slot
// holds the word's first 8 bytes, length and id in 16 bytes, so that a
// word of up to 8 bytes is found or ruled out without reading any word;
// the bits are kept by id. The table is at most half full (64 KB for the
// built-in classes): most words start no phrase and hit an empty slot at
// once or after a probe in the same cache line.
type wordBits struct {
	slots []wordBitsSlot // by hash; n 0 marks an empty slot
	words []string       // by slot, for words longer than 8 bytes
	// byID are the words in the order of their ids (the map's order, not
	// sorted: the ids only have to be dense, and sorting would add to
	// every start): a word's id indexes what else is kept of it (the
	// composer's byFirstID) without a second look-up by string.
	byID  []string
	bits  []uint64 // by id
	shift uint
	mask  uint32
}

type wordBitsSlot struct {
	head uint64 // wordHead
	n    int32
	id   int32 // the word's index in byID
}

// newWordBits builds the table of m.
func newWordBits(m map[string]uint64) wordBits {
	b := bits.Len(uint(2 * len(m)))
	t := wordBits{slots: make([]wordBitsSlot, 1<<b), words: make([]string, 1<<b), shift: uint(64 - b), mask: 1<<b - 1,
		byID: make([]string, 0, len(m)), bits: make([]uint64, 0, len(m))}
	for w, bs := range m {
		head := wordHead(w)
		i := t.slot(head, len(w))
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i], t.words[i] = wordBitsSlot{head, int32(len(w)), int32(len(t.byID))}, w
		t.byID, t.bits = append(t.byID, w), append(t.bits, bs)
	}
	return t
}

// slot is where a word with the head and length n is looked for first: a
// multiplicative hash of the two (words that share their first 8 bytes
// share a slot and probe on).
func (t *wordBits) slot(head uint64, n int) uint32 {
	return uint32((head^uint64(n)<<56)*0x9E3779B97F4A7C15>>t.shift) & t.mask
}

// get returns the bits of w, whose wordHead the caller gives, and its
// id; 0 and -1 if it has none.
func (t *wordBits) get(w []byte, head uint64) (uint64, int32) { return wordBitsOf(t, w, head) }

// wordBitsOf is t.get for a word as a string or bytes.
func wordBitsOf[S string | []byte](t *wordBits, w S, head uint64) (uint64, int32) {
	for i := t.slot(head, len(w)); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0, -1
		}
		if s.head == head && int(s.n) == len(w) && (len(w) <= 8 || t.words[i] == string(w)) {
			return t.bits[s.id], s.id
		}
	}
}
