package classify

import (
	"errors"
	"math"
	"slices"
	"strings"
)

// matcher finds the rule phrases in folded text without expanding a rule
// line's alternatives. A line such as
//
//	P1:access 3 (nobody|no one|none of us) (in our company |)(can|could) (log in|sign in)
//
// stands for many phrases (the rules file expands to some 274,000). Each
// line is compiled as it is into a small automaton over words (a chain of
// states per alternative, a join state per group; all lines share one
// start state), some 8,000 states instead of the 320,000 of a trie of
// every expanded phrase. For the scan it is made deterministic (subset
// construction, about 6,000 states): a thread is the first word of a
// possible phrase and the one state it is in, each word costs one look-up
// for a new thread and one per live thread, and a thread lives at most as
// many words as its lines' longest phrase, so the time is linear in the
// text. Building it from the rules file takes milliseconds.
//
// A phrase may end in a prefix word ("crash*") or in any one word
// ("every *"); such an ending is followed only as the last word of a
// match.
type matcher struct {
	vocab map[string]int32 // word → symbol, from 1 (while building)

	rootPrefix [256][]wildEdge // prefix edges from the start, by first byte: to the line
	rootAny    []int32         // any-word edges from the start: to the line
	// prefixFirst says which first bytes have prefix edges from the start.
	prefixFirst [256]bool
	arcs        []nfaArc           // word edges (while building)
	alts        map[string][]pword // the folded words of a pattern part (while building)
	wild        [][]wildEdge       // by state: prefix and any-word edges (while building)
	accept      []int32            // by state: the line a phrase ending here belongs to, or -1 (while building)
	fw          *folder            // folds the patterns (while building)
	// rootPrefixTo and rootAnyTo are rootPrefix and rootAny to states
	// (while building).
	rootPrefixTo [256][]wildEdge
	rootAnyTo    []int32

	// The automaton above, made deterministic for the scan (subset
	// construction, finish): a thread is one state of this one, the set
	// of the states above it is in. State 0 is dead.
	words  symTable   // word → symbol, its flags and its state from the start
	dnext  transTable // (state, symbol) → state
	states []dstate   // by state
	lines  []int32    // the lines of accepting states (dstate.acc)
	wilds  []wildEdge // phrase-final edges, to a line (dstate.wild)
}

// dstate is what the scan reads of a deterministic state: the lines a
// phrase ending here belongs to (lines[acc:acc+nacc]), its phrase-final
// edges (wilds[wild:wild+nwild]), and whether some word leads on.
type dstate struct {
	acc, wild   uint32
	nacc, nwild uint16
	out         bool
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

// nfaArc is a word edge of the automaton being built.
type nfaArc struct{ from, sym, to int32 }

// thread is a partial match: in state s since token start; wild says
// the state has phrase-final edges.
type thread struct {
	s, start int32
	wild     bool
}

func newMatcher() *matcher {
	// Sized for the built-in rules (some 4,000 words, 8,000 states and
	// 30,000 edges): growing the tables was a fifth of the build.
	m := &matcher{vocab: make(map[string]int32, 1<<13), arcs: make([]nfaArc, 0, 1<<15),
		alts: make(map[string][]pword, 1<<13), fw: new(folder),
		accept: make([]int32, 0, 1<<14), wild: make([][]wildEdge, 0, 1<<14)}
	m.newState() // the start
	return m
}

func (m *matcher) newState() int32 {
	m.accept = append(m.accept, -1)
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
	sym          int32 // the word's symbol, while building the matcher (0: not yet known)
}

// patternWords folds one alternative (or literal part) of a pattern into
// its words, keeping a trailing "*" as a prefix or any-word marker. fw may
// be nil.
func patternWords(fw *folder, s string) []pword {
	if fw == nil {
		fw = new(folder)
	}
	out := make([]pword, 0, strings.Count(s, " ")+1)
	for raw := range strings.FieldsSeq(s) {
		star := strings.HasSuffix(raw, "*")
		if w := strings.TrimSuffix(raw, "*"); plainWord(w) {
			// Lower-case letters and digits fold to themselves: one word.
			out = append(out, pword{word: w, prefix: star})
			continue
		}
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

// plainWord reports whether w is one or more lower-case ASCII letters and
// digits only.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return w != ""
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
			words, ok := m.alts[alt]
			if !ok {
				words = patternWords(m.fw, alt)
				for k := range words {
					if !words[k].prefix && !words[k].any_ {
						words[k].sym = m.symbol(words[k].word)
					}
				}
				m.alts[alt] = words
			}
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
			m.rootAnyTo = append(m.rootAnyTo, to)
		} else {
			m.rootPrefixTo[w.word[0]] = append(m.rootPrefixTo[w.word[0]], e)
		}
	default:
		sym := w.sym
		if sym == 0 {
			sym = m.symbol(w.word)
		}
		m.arcs = append(m.arcs, nfaArc{from, sym, to})
	}
}

// finish registers the number words, cues and live words the scan flags
// and builds the look-up tables.
func (m *matcher) finish(numbers, cues, lives, bracketsDE []string) error {
	for _, w := range bracketsDE {
		m.symbol(w)
	}
	for _, w := range numbers {
		m.symbol(w)
	}
	for _, w := range cues {
		m.symbol(w)
	}
	for _, w := range lives {
		m.symbol(w)
	}
	// Phrase-final edges from the start report their line at once.
	for c, es := range m.rootPrefixTo {
		for _, e := range es {
			if l := m.accept[e.to]; l >= 0 {
				m.rootPrefix[c] = append(m.rootPrefix[c], wildEdge{word: e.word, to: l})
				m.prefixFirst[c] = true
			}
		}
	}
	for _, to := range m.rootAnyTo {
		if l := m.accept[to]; l >= 0 {
			m.rootAny = append(m.rootAny, l)
		}
	}
	if len(m.vocab) >= transMax {
		return errTooLarge
	}
	byWord := make([]string, len(m.vocab)+1)
	for w, s := range m.vocab {
		byWord[s] = w
	}
	m.words = newSymTable(byWord)
	for _, w := range numbers {
		m.words.slotOf(m.vocab[w]).bits |= symNumeric
	}
	for _, w := range cues {
		m.words.slotOf(m.vocab[w]).bits |= symCue
	}
	for _, w := range lives {
		m.words.slotOf(m.vocab[w]).bits |= symLive
	}
	for _, w := range bracketsDE {
		m.words.slotOf(m.vocab[w]).bits |= symBracketDE
	}
	err := m.determinize()
	m.vocab, m.arcs, m.alts, m.fw, m.wild, m.accept = nil, nil, nil, nil, nil, nil
	m.rootPrefixTo, m.rootAnyTo = [256][]wildEdge{}, nil
	return err
}

// determinize builds the deterministic automaton from the states each
// first word leads to. It runs once per classifier; its tables are slices
// and a hash table of state sets, so that building stays a few milliseconds.
func (m *matcher) determinize() error {
	type arc struct{ sym, to int32 }
	// adj[off[s]:off[s+1]] are the word edges of state s, in the order
	// they were added.
	off := make([]int32, len(m.accept)+1)
	for _, a := range m.arcs {
		off[a.from+1]++
	}
	for s := 1; s < len(off); s++ {
		off[s] += off[s-1]
	}
	adj := make([]arc, len(m.arcs))
	fill := slices.Clone(off[:len(off)-1])
	for _, a := range m.arcs {
		adj[fill[a.from]] = arc{a.sym, a.to}
		fill[a.from]++
	}
	edges := func(s int32) []arc { return adj[off[s]:off[s+1]] }
	// The sets of states found so far, back to back in setData
	// (set d is setData[setOff[d]:setOff[d+1]]), indexed by a hash table
	// of set numbers (0: empty slot; the empty set, 0, is never looked up).
	setData := make([]int32, 0, 1<<16)
	setOff := []int32{0, 0}
	slots := make([]int32, 1<<14)
	set := func(d int32) []int32 { return setData[setOff[d]:setOff[d+1]] }
	tooLarge := false
	m.states = []dstate{{}}
	id := func(members []int32) int32 {
		slices.Sort(members)
		members = slices.Compact(members)
		h := uint64(len(members))
		for _, s := range members {
			h = (h ^ uint64(s)) * 0x100000001B3
		}
		mask := uint64(len(slots) - 1)
		i := h & mask
		for ; slots[i] != 0; i = (i + 1) & mask {
			if slices.Equal(set(slots[i]), members) {
				return slots[i]
			}
		}
		d := int32(len(setOff) - 1)
		if d > transMax {
			tooLarge = true
		}
		setData = append(setData, members...)
		setOff = append(setOff, int32(len(setData)))
		slots[i] = d
		if 2*int(d) > len(slots) { // keep the table at most half full
			slots = make([]int32, 2*len(slots))
			mask = uint64(len(slots) - 1)
			for e := int32(1); e <= d; e++ {
				h := uint64(setOff[e+1] - setOff[e])
				for _, s := range set(e) {
					h = (h ^ uint64(s)) * 0x100000001B3
				}
				j := h & mask
				for slots[j] != 0 {
					j = (j + 1) & mask
				}
				slots[j] = e
			}
		}
		st := dstate{acc: uint32(len(m.lines)), wild: uint32(len(m.wilds))}
		for _, s := range members {
			if m.accept[s] >= 0 {
				m.lines = append(m.lines, m.accept[s])
			}
			for _, e := range m.wild[s] {
				if l := m.accept[e.to]; l >= 0 {
					m.wilds = append(m.wilds, wildEdge{word: e.word, to: l})
				}
			}
			st.out = st.out || off[s+1] > off[s] || len(m.wild[s]) > 0
		}
		acc := m.lines[st.acc:]
		slices.Sort(acc)
		m.lines = m.lines[:int(st.acc)+len(slices.Compact(acc))]
		st.nacc, st.nwild = uint16(len(m.lines)-int(st.acc)), uint16(len(m.wilds)-int(st.wild))
		if len(m.lines)-int(st.acc) > math.MaxUint16 || len(m.wilds)-int(st.wild) > math.MaxUint16 {
			tooLarge = true
		}
		m.states = append(m.states, st)
		return d
	}
	// The states after one word from the start, grouped by word.
	var roots [][]int32
	var rootSyms []int32
	rootGroup := make([]int32, len(m.vocab)+1)
	for _, a := range edges(0) {
		if rootGroup[a.sym] == 0 {
			roots = append(roots, nil)
			rootSyms = append(rootSyms, a.sym)
			rootGroup[a.sym] = int32(len(roots))
		}
		g := rootGroup[a.sym] - 1
		roots[g] = append(roots[g], a.to)
	}
	for g, sym := range rootSyms {
		m.words.slotOf(sym).bits |= m.targetOf(id(roots[g]))
	}
	// The arcs of a set's members, grouped by symbol without sorting:
	// group[sym] is the group's index while stamp[sym] is the set.
	next := make([]transEntry, 0, len(m.arcs)+len(m.arcs)/4)
	var groups [][]int32
	var syms []int32
	group := make([]int32, len(m.vocab)+1)
	stamp := make([]int32, len(m.vocab)+1)
	for d := int32(1); int(d) < len(setOff)-1; d++ {
		groups, syms = groups[:0], syms[:0]
		for _, s := range set(d) {
			for _, a := range edges(s) {
				if stamp[a.sym] != d {
					stamp[a.sym], group[a.sym] = d, int32(len(groups))
					if len(groups) < cap(groups) {
						groups = groups[:len(groups)+1]
						groups[len(groups)-1] = groups[len(groups)-1][:0]
					} else {
						groups = append(groups, nil)
					}
					syms = append(syms, a.sym)
				}
				g := group[a.sym]
				groups[g] = append(groups[g], a.to)
			}
		}
		for g, sym := range syms {
			next = append(next, transEntry{d, sym, m.targetOf(id(groups[g]))})
		}
	}
	if tooLarge {
		return errTooLarge
	}
	var err error
	m.dnext, err = newTransTable(next, len(m.states))
	return err
}

// scan appends every phrase match in f to dst; sc is scratch space.
// Marks end every thread: no phrase crosses a clause or sentence end. It
// also records the number tokens (f.nums), the comparison cues, the
// live words (liveWord) and whether a German bracket verb is in f
// (germanBracket).
func (m *matcher) scan(f *folded, dst []acMatch, sc *scanScratch) []acMatch {
	if len(sc.seen) != len(m.states) {
		sc.seen, sc.gen = make([]uint32, len(m.states)), 0
	}
	f.words = &m.words
	f.bracketDE = false
	live := sc.threads[:0]
	toks, text := f.toks, f.text
	for i := range toks {
		tk := &toks[i]
		if tk.mark != 0 {
			live = live[:0]
			continue
		}
		w := text[tk.start:tk.end]
		ws := m.words.lookup(w, textHead(text, tk.start, tk.end))
		sym, root := ws.sym, ws.root()
		if ws.bits&symNumeric != 0 || w[0] >= '0' && w[0] <= '9' {
			f.nums = append(f.nums, int32(i))
		}
		tk.cue, tk.live = ws.bits&symCue != 0, ws.bits&symLive != 0
		f.bracketDE = f.bracketDE || ws.bits&symBracketDE != 0
		n := len(live)
		if n == 0 && root == 0 && !m.prefixFirst[w[0]] && len(m.rootAny) == 0 {
			continue // nothing starts or goes on here
		}
		if sc.gen++; sc.gen == 0 { // wrapped: forget every stamp
			clear(sc.seen)
			sc.gen = 1
		}
		// Threads that go on are appended after the live ones and moved
		// down at the end, so one slice serves both generations; the
		// oldest go first.
		for j := 0; j < n; j++ {
			t := live[j]
			if t.wild {
				st := &m.states[t.s]
				for _, e := range m.wilds[st.wild : st.wild+uint32(st.nwild)] {
					if e.word == "" || len(w) >= len(e.word) && string(w[:len(e.word)]) == e.word {
						dst = append(dst, acMatch{p: int(e.to), t0: int(t.start), t1: i + 1, wild: true, prefix: e.word})
					}
				}
			}
			if sym != 0 {
				if d := m.dnext.get(t.s, sym); d != 0 {
					live, dst = m.step(sc, live, d, t.start, i, dst)
				}
			}
		}
		if root != 0 {
			live, dst = m.step(sc, live, root, int32(i), i, dst)
		}
		if m.prefixFirst[w[0]] {
			for _, e := range m.rootPrefix[w[0]] {
				if len(w) >= len(e.word) && string(w[:len(e.word)]) == e.word {
					dst = append(dst, acMatch{p: int(e.to), t0: i, t1: i + 1, wild: true, prefix: e.word})
				}
			}
		}
		for _, l := range m.rootAny {
			dst = append(dst, acMatch{p: int(l), t0: i, t1: i + 1, wild: true})
		}
		live = live[:copy(live, live[n:])]
	}
	sc.threads = live[:0]
	return dst
}

// step moves a thread that started at token start to state d (not dead)
// at token i: it reports the phrases that end there and keeps the thread
// if it can go on. A state reached twice in one generation keeps the
// first thread: the threads come oldest start first, and the match that
// starts first is the longer.
func (m *matcher) step(sc *scanScratch, live []thread, to target, start int32, i int, dst []acMatch) ([]thread, []acMatch) {
	d := to.state()
	if to&targetAccept != 0 {
		st := &m.states[d]
		for _, l := range m.lines[st.acc : st.acc+uint32(st.nacc)] {
			dst = append(dst, acMatch{p: int(l), t0: int(start), t1: i + 1})
		}
	}
	if to&targetOut != 0 && sc.seen[d] != sc.gen {
		sc.seen[d] = sc.gen
		live = append(live, thread{d, start, to&targetWild != 0})
	}
	return live, dst
}

// targetOf returns state d as a target.
func (m *matcher) targetOf(d int32) target {
	t, st := target(d), &m.states[d]
	if st.nacc > 0 {
		t |= targetAccept
	}
	if st.out {
		t |= targetOut
	}
	if st.nwild > 0 {
		t |= targetWild
	}
	return t
}

// scanScratch is the per-call memory of a scan: the live threads, and a
// stamp per state that keeps one generation from holding a state twice.
type scanScratch struct {
	threads []thread
	seen    []uint32 // per state: the generation that last added a thread for it
	gen     uint32
}

// matchKey is the phrase a match stands for, as a rule's key: the folded
// words, with a prefix word as "crash*" and any word as "*". The key of a
// one-word exact match is the word as the rules spell it, without a copy.
func matchKey(f *folded, m acMatch) string {
	if w, ok := wordKey(f, m); ok {
		return w
	}
	return string(appendKey(nil, f, m))
}

// wordKey returns the key of a one-word exact match: the word as the
// rules spell it, no copy made.
func wordKey(f *folded, m acMatch) (string, bool) {
	if m.wild || m.t1 != m.t0+1 || f.words == nil {
		return "", false
	}
	t := &f.toks[m.t0]
	if sym := f.words.lookup(f.text[t.start:t.end], textHead(f.text, t.start, t.end)).sym; sym != 0 {
		return f.words.word(sym), true
	}
	return "", false
}

// appendKey appends the key of m (see matchKey) to b: the scan writes
// the keys of a field back to back and makes one string of them, not
// one per match.
func appendKey(b []byte, f *folded, m acMatch) []byte {
	end := m.t1
	if m.wild {
		end--
	}
	from := len(b)
	for i := m.t0; i < end; i++ {
		if len(b) > from {
			b = append(b, ' ')
		}
		b = append(b, f.wordb(i)...)
	}
	if m.wild {
		if m.prefix != "" {
			if len(b) > from {
				b = append(b, ' ')
			}
			b = append(b, m.prefix...)
			b = append(b, '*')
		} else {
			b = append(b, " *"...)
		}
	}
	return b
}
