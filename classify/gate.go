package classify

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// A gatedRegexp is a regular expression behind substring tests: the long
// alternations the readings run over the writer's words ("no indication
// of any compromise|not aware of any breach|…") go through Go's NFA at
// every byte, and on most mail none of them match. The gate is a
// condition on the words every match contains, derived from the
// expression (gateOf): a concatenation's match holds a match of each of
// its parts, an alternation's a match of one of its branches, a literal
// itself. A text the condition turns away has no match; a text that
// passes is matched by the expression as before, so the answers are the
// expression's (TestGatedRegexps checks both on every mail the tests
// hold).
type gatedRegexp struct {
	re   *regexp.Regexp
	once sync.Once
	gate *gateNode // nil: no gate, or kept by branches
	// An expression `\b(?:b1|b2|…)\b` is also kept by its branches:
	// branches[i] with its gate bgates[i] (nil: none). A text only some
	// branches' gates pass is matched by the expression of those
	// branches alone (subsets, compiled once a set of branches, at most
	// maxSubsets of them): a branch no match of which is in the text adds
	// no match and changes no preference among the others, so the
	// leftmost-first match is the whole expression's, and the NFA of a
	// few branches runs at a fraction of the cost of the whole
	// alternation's (on the texts the gate passes and the expression does
	// not match, 1.8 % of a corpus pass's instructions).
	branches []string
	bgates   []*gateNode
	subsets  sync.Map // uint64 (a set of branches) -> *regexp.Regexp
	nsubsets atomic.Int32
}

// maxSubsets bounds the expressions compiled for sets of branches; past
// it a text is matched by the whole expression.
const maxSubsets = 256

func mustGate(expr string) *gatedRegexp {
	return &gatedRegexp{re: regexp.MustCompile(expr)}
}

// The form of an expression kept by its branches.
const branchOpen, branchClose = `\b(?:`, `)\b`

// init derives the gates, once: the branches', or the whole
// expression's.
func (g *gatedRegexp) init() {
	expr := g.re.String()
	if strings.HasPrefix(expr, branchOpen) && strings.HasSuffix(expr, branchClose) {
		bs := splitBranches(expr[len(branchOpen) : len(expr)-len(branchClose)])
		if len(bs) >= 2 && len(bs) <= 64 {
			gates := make([]*gateNode, len(bs))
			for i, b := range bs {
				re, err := syntax.Parse(b, syntax.Perl)
				if err != nil {
					gates = nil
					break
				}
				gates[i] = gateFor(re.Simplify())
			}
			if gates != nil {
				g.branches, g.bgates = bs, gates
				return
			}
		}
	}
	g.gate = gateOf(expr)
}

// splitBranches splits an alternation at its top level: at each '|'
// outside parentheses and brackets, not escaped. It returns nil when the
// parentheses do not balance.
func splitBranches(s string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++ // the escaped byte
		case '[':
			// a class ends at the first ']' after its first byte (after
			// a '^'), escapes skipped
			j := i + 1
			if j < len(s) && s[j] == '^' {
				j++
			}
			if j < len(s) && s[j] == ']' {
				j++ // "[]…]": the first ']' is a member
			}
			for ; j < len(s) && s[j] != ']'; j++ {
				if s[j] == '\\' {
					j++
				}
			}
			i = j
		case '(':
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[from:i])
				from = i + 1
			}
		}
	}
	if depth != 0 {
		return nil
	}
	return append(out, s[from:])
}

// pass reports whether b may hold a match.
func (g *gatedRegexp) pass(b []byte) bool {
	g.once.Do(g.init)
	if g.branches == nil && g.gate == nil {
		return true
	}
	var s pairSet
	s.add(b)
	if g.branches != nil {
		return g.branchSet(b, &s) != 0
	}
	return g.gate.pass(b, &s)
}

// branchSet returns the set of the branches whose gates b passes.
func (g *gatedRegexp) branchSet(b []byte, s *pairSet) uint64 {
	var set uint64
	for i, n := range g.bgates {
		if n == nil || n.pass(b, s) {
			set |= 1 << i
		}
	}
	return set
}

// FindIndex is the expression's FindIndex behind the gate.
func (g *gatedRegexp) FindIndex(b []byte) []int {
	g.once.Do(g.init)
	if g.branches == nil && g.gate == nil {
		return g.re.FindIndex(b)
	}
	var s pairSet
	s.add(b)
	if g.branches == nil {
		if !g.gate.pass(b, &s) {
			return nil
		}
		return g.re.FindIndex(b)
	}
	set := g.branchSet(b, &s)
	if set == 0 {
		return nil
	}
	return g.subset(set).FindIndex(b)
}

// subset returns the expression of the branches in set, in their order.
func (g *gatedRegexp) subset(set uint64) *regexp.Regexp {
	if set == 1<<len(g.branches)-1 {
		return g.re
	}
	if re, ok := g.subsets.Load(set); ok {
		return re.(*regexp.Regexp)
	}
	if g.nsubsets.Load() >= maxSubsets {
		return g.re
	}
	var bs []string
	for i, b := range g.branches {
		if set&(1<<i) != 0 {
			bs = append(bs, b)
		}
	}
	re := regexp.MustCompile(branchOpen + strings.Join(bs, "|") + branchClose)
	if _, loaded := g.subsets.LoadOrStore(set, re); !loaded {
		g.nsubsets.Add(1)
	}
	return re
}

// gateNode is a condition on a text: it holds word (a literal), every
// one of all, or one of any.
type gateNode struct {
	word []byte
	all  []*gateNode
	any  []*gateNode
}

// pass reports whether b, whose byte pairs are s, meets n. A word one of
// whose pairs is not in s is not in b, without a search of b: a gate
// holds some hundred words, and searched for each one the text was read
// a hundred times (the four gates were 1.4 % of a corpus pass's
// instructions).
func (n *gateNode) pass(b []byte, s *pairSet) bool {
	switch {
	case n.word != nil:
		w := n.word
		for i := 1; i < len(w); i++ {
			if !s.has(pairKey(w[i-1], w[i])) {
				return false
			}
		}
		return bytes.Contains(b, w)
	case n.all != nil:
		for _, m := range n.all {
			if !m.pass(b, s) {
				return false
			}
		}
		return true
	}
	for _, m := range n.any {
		if m.pass(b, s) {
			return true
		}
	}
	return false
}

// pairSet is the set of a text's adjacent byte pairs, each byte by its
// pairCode: 32 × 32 bits.
type pairSet [16]uint64

// pairCode gives each ASCII lower-case letter a code of its own, the
// space one, the digits one, and every other byte one of four. A pair
// of a word that is in a text has its codes' pair in the text's set.
var pairCode = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = uint8(c - 'a')
		case c == ' ':
			t[c] = 26
		case c >= '0' && c <= '9':
			t[c] = 27
		default:
			t[c] = 28 + uint8(c&3)
		}
	}
	return t
}()

// pairKey is the bit of the pair a, b in a pairSet.
func pairKey(a, b byte) uint16 { return uint16(pairCode[a])<<5 | uint16(pairCode[b]) }

// add puts b's pairs in s.
func (s *pairSet) add(b []byte) {
	if len(b) < 2 {
		return
	}
	prev := uint(pairCode[b[0]]) << 5
	for _, c := range b[1:] {
		code := uint(pairCode[c])
		k := prev | code
		s[k>>6] |= 1 << (k & 63)
		prev = code << 5
	}
}

// has reports whether the pair of key k is in s.
func (s *pairSet) has(k uint16) bool { return s[k>>6]>>(k&63)&1 != 0 }

// gateOf returns the condition every text the expression matches meets
// (the expression must not fold case), or nil when there is none.
func gateOf(expr string) *gateNode {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return gateFor(re.Simplify())
}

// gateFor returns the condition a match of re meets, nil for none.
func gateFor(re *syntax.Regexp) *gateNode {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil // a literal in any case: no word as written
		}
		return &gateNode{word: []byte(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return gateFor(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return gateFor(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var all []*gateNode
		for _, sub := range re.Sub {
			if n := gateFor(sub); n != nil {
				all = append(all, n)
			}
		}
		switch len(all) {
		case 0:
			return nil
		case 1:
			return all[0]
		}
		// the longest words first: they turn a text away soonest
		slices.SortStableFunc(all, func(a, b *gateNode) int { return b.shortest() - a.shortest() })
		return &gateNode{all: all}
	case syntax.OpAlternate:
		var alts []*gateNode
		for _, sub := range re.Sub {
			n := gateFor(sub)
			if n == nil {
				return nil
			}
			alts = append(alts, n)
		}
		return &gateNode{any: alts}
	}
	// Character classes, any character, empty-width assertions, optional
	// and starred parts: nothing a match must contain.
	return nil
}

// shortest is the length of the shortest word that can meet n.
func (n *gateNode) shortest() int {
	switch {
	case n.word != nil:
		return len(n.word)
	case n.all != nil:
		m := 0
		for _, s := range n.all {
			m = max(m, s.shortest())
		}
		return m
	}
	m := -1
	for _, s := range n.any {
		if k := s.shortest(); m < 0 || k < m {
			m = k
		}
	}
	return max(m, 0)
}

// String writes n as a formula: "a" & ("b" | "c").
func (n *gateNode) String() string {
	switch {
	case n.word != nil:
		return strconv.Quote(string(n.word))
	case n.all != nil:
		parts := make([]string, len(n.all))
		for i, m := range n.all {
			parts[i] = m.String()
		}
		return "(" + strings.Join(parts, " & ") + ")"
	}
	parts := make([]string, len(n.any))
	for i, m := range n.any {
		parts[i] = m.String()
	}
	return "(" + strings.Join(parts, " | ") + ")"
}
