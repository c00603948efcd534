package classify

import (
	"cmp"
	"slices"
)

// wordAC is an Aho–Corasick automaton whose alphabet is words, not bytes.
//
// Each folded word of the text is looked up once in the vocabulary of the
// rule phrases (a word no phrase contains resets the automaton), then one
// goto/failure step per word finds every phrase ending at that word: the
// whole field is one pass over its words, O(words + matches), whatever the
// number of phrases.
//
// Why not github.com/petar-dambovaliev/aho-corasick, which go.mod carries:
// the rules expand to some 14,000 phrases; its byte DFA over them took 1.4 s
// and 40 MB to build, its overlapping iterator allocates per match, and the
// whole Classify ran at 15 MB/s on 4 KB bodies. Over words, the trie is a
// few thousand states, builds in milliseconds, and word boundaries and
// leftmost-longest selection come for free from the tokens.
//
// A phrase may end in a prefix word ("crash*"); prefix words are matched
// against each text word by first byte, and followed from the current state
// and its failure chain, as they only ever end a phrase.
type wordAC struct {
	vocab    map[string]int32 // word → symbol, from 1 (while building)
	words    vocabTable       // the same, for lookups
	numeric  []bool           // by symbol: a number word ("ten", "twice")
	cue      []bool           // by symbol: a comparison cue ("instead", "usually")
	prefixes [256][]prefixWord
	anyWord  int32            // the symbol of "any one word" at the end of a phrase, or 0
	next     map[uint64]int32 // (state, symbol) → state; state 0 is the root (while building)
	trans    transTable       // the same, for lookups
	root     []int32          // root transitions by symbol, dense
	fail     []int32
	out      []int32 // pattern ending at the state, or -1
	dict     []int32 // nearest state on the failure chain with out ≥ 0, or -1
	depth    []int32 // words from the root
	// wildMask[s] has bit b set when state s or a state on its failure
	// chain continues with wildcard symbol -(b+1) (a prefix word or any
	// word), so a scan follows wildcards only from states that have them.
	wildMask []uint64
}

type prefixWord struct {
	word string
	sym  int32
}

// acMatch is one phrase match: pattern p covers tokens [t0, t1).
type acMatch struct {
	p, t0, t1 int
	wild      bool // ends in a prefix or any word: an exact phrase of the same span wins
}

// newWordAC builds the automaton. phrases[i] is the word sequence of
// pattern i; prefix[i] says its last word may continue. Scans list the
// tokens that are digits or one of numbers, and mark the cues.
func newWordAC(phrases [][]string, prefix []bool, numbers, cues []string) *wordAC {
	a := &wordAC{vocab: make(map[string]int32), next: make(map[uint64]int32)}
	a.newState(0)
	prefixSyms := make(map[string]int32)
	for i, words := range phrases {
		s := int32(0)
		for j, w := range words {
			var sym int32
			if prefix[i] && j == len(words)-1 {
				sym = a.prefixSymbol(prefixSyms, w)
			} else {
				sym = a.symbol(w)
			}
			t, ok := a.next[key(s, sym)]
			if !ok {
				t = a.newState(a.depth[s] + 1)
				a.next[key(s, sym)] = t
			}
			s = t
		}
		a.out[s] = int32(i)
	}
	a.buildRoot()
	a.buildFailure()
	for _, w := range numbers {
		a.symbol(w)
	}
	for _, w := range cues {
		a.symbol(w)
	}
	a.numeric = make([]bool, len(a.vocab)+1)
	for _, w := range numbers {
		a.numeric[a.vocab[w]] = true
	}
	a.cue = make([]bool, len(a.vocab)+1)
	for _, w := range cues {
		a.cue[a.vocab[w]] = true
	}
	a.words = newVocabTable(a.vocab)
	a.trans = newTransTable(a.next)
	a.buildWildMask()
	return a
}

// buildWildMask fills wildMask, states in order of depth so that a
// state's failure target is done first. Wildcard symbols beyond 64 set
// every bit: correct, only slower.
func (a *wordAC) buildWildMask() {
	own := make([]uint64, len(a.out))
	for k := range a.next {
		s, sym := int32(k>>32), int32(uint32(k))
		if sym < 0 {
			own[s] |= wildBit(sym)
		}
	}
	order := make([]int32, len(a.out))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(a.depth[x], a.depth[y]) })
	a.wildMask = make([]uint64, len(a.out))
	for _, s := range order {
		a.wildMask[s] = own[s]
		if s != 0 {
			a.wildMask[s] |= a.wildMask[a.fail[s]]
		}
	}
}

func wildBit(sym int32) uint64 {
	if b := -sym - 1; b < 64 {
		return 1 << uint(b)
	}
	return ^uint64(0)
}

func key(s, sym int32) uint64 { return uint64(uint32(s))<<32 | uint64(uint32(sym)) }

func (a *wordAC) newState(depth int32) int32 {
	a.fail = append(a.fail, 0)
	a.out = append(a.out, -1)
	a.dict = append(a.dict, -1)
	a.depth = append(a.depth, depth)
	return int32(len(a.out) - 1)
}

func (a *wordAC) symbol(w string) int32 {
	if s, ok := a.vocab[w]; ok {
		return s
	}
	s := int32(len(a.vocab) + 1)
	a.vocab[w] = s
	return s
}

// prefixSymbol gives a prefix word its own symbol, distinct from the same
// word matched exactly.
func (a *wordAC) prefixSymbol(syms map[string]int32, w string) int32 {
	if s, ok := syms[w]; ok {
		return s
	}
	s := -int32(len(syms) + 1)
	syms[w] = s
	if w == "" {
		a.anyWord = s
	} else {
		a.prefixes[w[0]] = append(a.prefixes[w[0]], prefixWord{word: w, sym: s})
	}
	return s
}

func (a *wordAC) buildRoot() {
	a.root = make([]int32, len(a.vocab)+1)
	for k, t := range a.next {
		if s, sym := int32(k>>32), int32(uint32(k)); s == 0 && sym > 0 {
			a.root[sym] = t
		}
	}
}

// buildFailure computes failure and dictionary links breadth first.
func (a *wordAC) buildFailure() {
	children := make([][][2]int32, len(a.out)) // state → (symbol, child)
	for k, t := range a.next {
		s, sym := int32(k>>32), int32(uint32(k))
		children[s] = append(children[s], [2]int32{sym, t})
	}
	queue := make([]int32, 0, len(a.out))
	for _, c := range children[0] {
		queue = append(queue, c[1]) // depth-1 states fail to the root
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, c := range children[s] {
			sym, t := c[0], c[1]
			queue = append(queue, t)
			if sym < 0 {
				continue // prefix words end a phrase: nothing continues from t
			}
			f := a.fail[s]
			for f != 0 && !a.has(f, sym) {
				f = a.fail[f]
			}
			if g, ok := a.next[key(f, sym)]; ok && g != t {
				a.fail[t] = g
			}
			if ft := a.fail[t]; a.out[ft] >= 0 {
				a.dict[t] = ft
			} else {
				a.dict[t] = a.dict[ft]
			}
		}
	}
}

func (a *wordAC) has(s, sym int32) bool {
	_, ok := a.next[key(s, sym)]
	return ok
}

// step follows the goto function for sym from s, falling back on failure.
func (a *wordAC) step(s, sym int32) int32 {
	if sym == 0 {
		return 0 // a word no phrase contains
	}
	for s != 0 {
		if t, ok := a.trans.get(key(s, sym)); ok {
			return t
		}
		s = a.fail[s]
	}
	if int(sym) >= len(a.root) {
		return 0 // a number word, known only to the vocabulary
	}
	return a.root[sym]
}

// scan appends every phrase match in f to dst. Marks reset the automaton:
// no phrase crosses a clause or sentence end.
func (a *wordAC) scan(f *folded, dst []acMatch) []acMatch {
	s := int32(0)
	for i := range f.toks {
		if f.toks[i].mark != 0 {
			s = 0
			continue
		}
		w := f.wordb(i)
		if m := a.wildMask[s]; m != 0 {
			if len(a.prefixes[w[0]]) > 0 {
				dst = a.prefixMatches(s, w, i, dst)
			}
			if a.anyWord != 0 && m&wildBit(a.anyWord) != 0 {
				dst = a.follow(s, a.anyWord, i, dst)
			}
		}
		sym := a.words.getHashed(w, f.toks[i].hash)
		if a.numeric[sym] || w[0] >= '0' && w[0] <= '9' {
			f.nums = append(f.nums, int32(i))
		}
		f.toks[i].cue = a.cue[sym]
		s = a.step(s, sym)
		for o := s; o > 0; o = a.dict[o] {
			if p := a.out[o]; p >= 0 {
				dst = append(dst, acMatch{p: int(p), t0: i + 1 - int(a.depth[o]), t1: i + 1})
			}
			if a.dict[o] < 0 {
				break
			}
		}
	}
	return dst
}

// prefixMatches reports the phrases that end with a prefix of w, read from
// state s and its failure chain.
func (a *wordAC) prefixMatches(s int32, w []byte, i int, dst []acMatch) []acMatch {
	for _, pw := range a.prefixes[w[0]] {
		if a.wildMask[s]&wildBit(pw.sym) != 0 && len(w) >= len(pw.word) && string(w[:len(pw.word)]) == pw.word {
			dst = a.follow(s, pw.sym, i, dst)
		}
	}
	return dst
}

// follow reports the phrases that end with the phrase-final symbol sym at
// token i, read from state s and its failure chain.
func (a *wordAC) follow(s, sym int32, i int, dst []acMatch) []acMatch {
	for st := s; ; st = a.fail[st] {
		if t, ok := a.trans.get(key(st, sym)); ok {
			dst = append(dst, acMatch{p: int(a.out[t]), t0: i + 1 - int(a.depth[t]), t1: i + 1, wild: true})
		}
		if st == 0 {
			return dst
		}
	}
}
