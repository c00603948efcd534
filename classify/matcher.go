package classify

import (
	"errors"
	"math/bits"
	"strings"
)

// matcher finds the rule phrases in folded text without expanding a rule
// line's alternatives. A line such as
//
//	P1:access 3 (nobody|no one|none of us) (in our company |)(can|could) (log in|sign in)
//
// stands for many phrases (the rules file expands to some 200,000); it is
// compiled into a small automaton over words instead (a nondeterministic
// one: a chain of states per alternative, a join state per group), and all
// lines share one start state. A scan walks the words once, keeping the
// threads (state, first word) that are still inside a phrase: each word
// costs one look-up at the start state and one per live thread, and a
// thread lives at most as many words as its line's longest phrase, so the
// time is linear in the text. Built from the rules file in milliseconds,
// it holds a few ten thousand states instead of the 300,000 of a trie of
// every expanded phrase.
//
// A phrase may end in a prefix word ("crash*") or in any one word
// ("every *"); such an ending is followed only as the last word of a
// match.
type matcher struct {
	vocab   map[string]int32 // word → symbol, from 1 (while building)
	words   vocabTable       // the same, for look-ups
	numeric []bool           // by symbol: a number word ("ten", "twice")
	cue     []bool           // by symbol: a comparison cue ("instead")

	root       [][]int32          // by symbol: states after one word from the start
	rootPrefix [256][]wildEdge    // prefix edges from the start, by first byte
	rootAny    []int32            // any-word edges from the start
	next       map[uint64][]int32 // (state, symbol) → states (while building)
	edges      edgeTable          // the same, for look-ups
	wild       [][]wildEdge       // by state: prefix and any-word edges
	accept     []int32            // by state: the line a phrase ending here belongs to, or -1
	out        []bool             // by state: some word leads on
	fw         *folder            // folds the patterns (while building)
}

// wildEdge is a phrase-final edge: a prefix word, or any word when word is
// "".
type wildEdge struct {
	word string
	to   int32
}

// acMatch is one phrase match: line p covers tokens [t0, t1).
type acMatch struct {
	p, t0, t1 int
	wild      bool   // ends in a prefix or any word: an exact phrase of the same span wins
	prefix    string // the prefix word of a wild match; "" for any word
}

// thread is a partial match: in state s since token start.
type thread struct{ s, start int32 }

func newMatcher() *matcher {
	m := &matcher{vocab: make(map[string]int32), next: make(map[uint64][]int32), fw: new(folder)}
	m.newState() // the start
	return m
}

func (m *matcher) newState() int32 {
	m.accept = append(m.accept, -1)
	m.out = append(m.out, false)
	m.wild = append(m.wild, nil)
	return int32(len(m.accept) - 1)
}

func (m *matcher) symbol(w string) int32 {
	if s, ok := m.vocab[w]; ok {
		return s
	}
	s := int32(len(m.vocab) + 1)
	m.vocab[w] = s
	return s
}

// pword is one word of a pattern: exact, a prefix ("crash*") or any word.
type pword struct {
	word         string
	prefix, any_ bool
}

// patternWords folds one alternative (or literal part) of a pattern into
// its words, keeping a trailing "*" as a prefix or any-word marker. fw may
// be nil.
func patternWords(fw *folder, s string) []pword {
	if fw == nil {
		fw = new(folder)
	}
	var out []pword
	for _, raw := range strings.Fields(s) {
		star := strings.HasSuffix(raw, "*")
		f := fw.fold(strings.TrimSuffix(raw, "*"))
		var ws []string
		for i := range f.toks {
			if f.mark(i) == 0 {
				ws = append(ws, f.word(i))
			}
		}
		for i, w := range ws {
			out = append(out, pword{word: w, prefix: star && i == len(ws)-1})
		}
		if star && len(ws) == 0 {
			out = append(out, pword{any_: true})
		}
	}
	return out
}

// segments splits a pattern into its groups of alternatives; the text
// between groups is a group of one.
func segments(p string) ([][]string, error) {
	var out [][]string
	for len(p) > 0 {
		i := strings.IndexAny(p, "()|")
		if i < 0 {
			out = append(out, []string{p})
			break
		}
		if p[i] != '(' {
			return nil, errors.New("unexpected '|' outside a group")
		}
		if i > 0 {
			out = append(out, []string{p[:i]})
		}
		j := strings.IndexAny(p[i+1:], "()")
		if j < 0 || p[i+1+j] != ')' {
			return nil, errors.New("unclosed or nested group")
		}
		out = append(out, strings.Split(p[i+1:i+1+j], "|"))
		p = p[i+1+j+1:]
	}
	return out, nil
}

// add compiles the pattern of line into the automaton.
func (m *matcher) add(line int32, pattern string) error {
	segs, err := segments(pattern)
	if err != nil {
		return err
	}
	cur := []int32{0}
	for _, alts := range segs {
		var join int32 = -1
		nullable := false
		for _, alt := range alts {
			words := patternWords(m.fw, alt)
			if len(words) == 0 {
				nullable = true
				continue
			}
			if join < 0 {
				join = m.newState()
			}
			from := cur
			for k, w := range words {
				to := join
				if k < len(words)-1 {
					to = m.newState()
				}
				for _, s := range from {
					m.edge(s, w, to)
				}
				from = []int32{to}
			}
		}
		if join < 0 {
			continue // a group of empty alternatives or spaces only
		}
		if nullable {
			cur = append([]int32{join}, cur...)
		} else {
			cur = []int32{join}
		}
	}
	for _, s := range cur {
		if s == 0 {
			return errors.New("phrase has no words")
		}
		m.accept[s] = line
	}
	return nil
}

func (m *matcher) edge(from int32, w pword, to int32) {
	switch {
	case w.any_ || w.prefix:
		e := wildEdge{word: w.word, to: to}
		if from != 0 {
			m.wild[from] = append(m.wild[from], e)
		} else if w.any_ {
			m.rootAny = append(m.rootAny, to)
		} else {
			m.rootPrefix[w.word[0]] = append(m.rootPrefix[w.word[0]], e)
		}
	default:
		k := key(from, m.symbol(w.word))
		m.next[k] = append(m.next[k], to)
	}
	m.out[from] = true
}

func key(s, sym int32) uint64 { return uint64(uint32(s))<<32 | uint64(uint32(sym)) }

// finish registers the number words and cues the scan flags and builds
// the look-up tables.
func (m *matcher) finish(numbers, cues []string) {
	for _, w := range numbers {
		m.symbol(w)
	}
	for _, w := range cues {
		m.symbol(w)
	}
	m.numeric = make([]bool, len(m.vocab)+1)
	for _, w := range numbers {
		m.numeric[m.vocab[w]] = true
	}
	m.cue = make([]bool, len(m.vocab)+1)
	for _, w := range cues {
		m.cue[m.vocab[w]] = true
	}
	m.root = make([][]int32, len(m.vocab)+1)
	for k, to := range m.next {
		if s, sym := int32(k>>32), int32(uint32(k)); s == 0 {
			m.root[sym] = to
			delete(m.next, k)
		}
	}
	m.words = newVocabTable(m.vocab)
	m.edges = newEdgeTable(m.next)
	m.vocab, m.next, m.fw = nil, nil, nil
}

// scan appends every phrase match in f to dst; threads is scratch space.
// Marks end every thread: no phrase crosses a clause or sentence end. It
// also records the number tokens (f.nums) and the comparison cues.
func (m *matcher) scan(f *folded, dst []acMatch, sc *scanScratch) []acMatch {
	if len(sc.seen) != len(m.accept) {
		sc.seen, sc.gen = make([]uint32, len(m.accept)), 0
	}
	live := sc.threads[:0]
	defer func() { sc.threads = live[:0] }()
	for i := range f.toks {
		if f.toks[i].mark != 0 {
			live = live[:0]
			continue
		}
		w := f.wordb(i)
		sym := m.words.getHashed(w, f.toks[i].hash)
		if m.numeric[sym] || w[0] >= '0' && w[0] <= '9' {
			f.nums = append(f.nums, int32(i))
		}
		f.toks[i].cue = m.cue[sym]
		n := len(live)
		if sc.gen++; sc.gen == 0 { // wrapped: forget every stamp
			clear(sc.seen)
			sc.gen = 1
		}
		// Threads that go on are appended after the live ones and moved
		// down at the end, so one slice serves both generations; the
		// oldest go first.
		for j := 0; j < n; j++ {
			t := live[j]
			if sym != 0 {
				live = m.step(sc, live, m.edges.get(key(t.s, sym)), t.start, i, &dst)
			}
			for _, e := range m.wild[t.s] {
				if e.word == "" || len(w) >= len(e.word) && string(w[:len(e.word)]) == e.word {
					dst = m.report(dst, e.to, int(t.start), i, true, e.word)
				}
			}
		}
		if sym != 0 && int(sym) < len(m.root) {
			live = m.step(sc, live, m.root[sym], int32(i), i, &dst)
		}
		for _, e := range m.rootPrefix[w[0]] {
			if len(w) >= len(e.word) && string(w[:len(e.word)]) == e.word {
				dst = m.report(dst, e.to, i, i, true, e.word)
			}
		}
		for _, to := range m.rootAny {
			dst = m.report(dst, to, i, i, true, "")
		}
		live = live[:copy(live, live[n:])]
	}
	return dst
}

// scanScratch is the per-call memory of a scan: the live threads, and a
// stamp per state that keeps one generation from holding a state twice.
type scanScratch struct {
	threads []thread
	seen    []uint32 // per state: the generation that last added a thread for it
	gen     uint32
}

// step follows exact edges to states tos for a thread that started at
// token start, reports the phrases that end at token i and keeps the
// threads that can go on. A state reached twice in one generation keeps
// the first thread: the threads come oldest start first, and the match
// that starts first is the longer.
func (m *matcher) step(sc *scanScratch, live []thread, tos []int32, start int32, i int, dst *[]acMatch) []thread {
	for _, to := range tos {
		*dst = m.report(*dst, to, int(start), i, false, "")
		if m.out[to] && sc.seen[to] != sc.gen {
			sc.seen[to] = sc.gen
			live = append(live, thread{to, start})
		}
	}
	return live
}

// report appends the match of the line accepting at state to, if any.
func (m *matcher) report(dst []acMatch, to int32, t0, i int, wild bool, prefix string) []acMatch {
	if l := m.accept[to]; l >= 0 {
		dst = append(dst, acMatch{p: int(l), t0: t0, t1: i + 1, wild: wild, prefix: prefix})
	}
	return dst
}

// matchKey is the phrase a match stands for, as a rule's key: the folded
// words, with a prefix word as "crash*" and any word as "*".
func matchKey(f *folded, m acMatch) string {
	end := m.t1
	if m.wild {
		end--
	}
	var b strings.Builder
	for i := m.t0; i < end; i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(f.wordb(i))
	}
	if m.wild {
		if m.prefix != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(m.prefix)
			b.WriteByte('*')
		} else {
			b.WriteString(" *")
		}
	}
	return b.String()
}

// edgeTable maps key(state, symbol) to the states an exact word leads to,
// in open addressing: faster than a Go map on the hot path. Key 0 (the
// start, no symbol) never occurs and marks an empty slot.
type edgeTable struct {
	keys  []uint64
	vals  [][]int32
	shift uint
	mask  uint64
}

func newEdgeTable(m map[uint64][]int32) edgeTable {
	b := bits.Len(uint(2*len(m) + 1))
	n := 1 << b
	t := edgeTable{keys: make([]uint64, n), vals: make([][]int32, n), shift: uint(64 - b), mask: uint64(n - 1)}
	for k, v := range m {
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *edgeTable) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift & t.mask }

func (t *edgeTable) get(k uint64) []int32 {
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return nil
		}
	}
}
