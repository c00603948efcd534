package intake

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A gatedRegexp is a regular expression behind a cheap test. Most of
// intake's expressions are long case-insensitive alternations ("we have
// received your request|your ticket has been created|…" in a dozen
// languages), which Go's regexp runs through its NFA at every byte of the
// text; on the mail a support desk gets, almost none of them match. The
// gate holds words one of which every match must contain, derived from the
// expression itself (gateWords), and rejects a text that has none of them
// with a substring search, which costs a small fraction of the NFA. A text
// that passes the gate is matched by the expression as before, so the
// answers are the expression's: TestGatesAgreeWithTheirExpressions checks
// that on every text the tests hold.
//
// Only the methods below are gated; Regexp gives the expression itself.
//
// An expression is compiled, and its gate looked up, when it is first
// used, not when the program starts: intake holds some eighty of them,
// and compiling them all cost every process about 20 ms and 11 MB before
// its first line (`escalate classify` on one mail, `escalate inspect`),
// while on most mail most gates turn the text away and their expression
// never runs. TestGatesCompile compiles every one, so a bad expression
// still fails the tests rather than the gateway.
type gatedRegexp struct {
	expr  string
	gate  sync.Once
	words []string   // folded (foldCase); nil: no gate
	index *wordIndex // the same words, when there are many
	once  sync.Once
	re    *regexp.Regexp
}

// gates lists every gated expression, for the test that compares each
// with its bare expression.
var gates []*gatedRegexp

// mustGate makes a gated expression of expr, compiled as
// regexp.MustCompile does on first use.
func mustGate(expr string) *gatedRegexp {
	g := &gatedRegexp{expr: apostrophes(expr)}
	gates = append(gates, g)
	return g
}

// apostrophes makes every apostrophe of expr match the typographic one
// too: mail clients and word processors turn "don't" into "don’t" as it
// is typed, and a notice, a banner or an attribution read with only one
// of them misses the other. Outside a character class ' becomes ['’];
// inside one, ’ joins it.
func apostrophes(expr string) string {
	if !strings.Contains(expr, "'") {
		return expr
	}
	var b strings.Builder
	inClass, escaped := false, false
	for i, r := range expr {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '[' && !inClass:
			inClass = true
		case r == ']' && inClass && !(i > 0 && (expr[i-1] == '[' || expr[i-1] == '^' && i > 1 && expr[i-2] == '[')):
			inClass = false
		case r == '\'' && inClass:
			b.WriteString("'’")
			continue
		case r == '\'':
			b.WriteString("['’]")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Regexp is the compiled expression, without its gate.
func (g *gatedRegexp) Regexp() *regexp.Regexp {
	g.once.Do(func() { g.re = regexp.MustCompile(g.expr) })
	return g.re
}

// pass reports whether s holds one of the gate's words, in any case.
func (g *gatedRegexp) pass(s string) bool {
	g.gate.Do(func() {
		words, ok := gateTable[exprKey(g.expr)]
		if !ok {
			words = gateWords(g.expr)
		}
		g.words = words
		if len(words) >= minIndexed {
			g.index = newWordIndex(words)
		}
	})
	if g.words == nil {
		return true
	}
	if !needsFold(s) {
		if g.holds(s) {
			return true
		}
	} else {
		// Most texts a gate sees are a line: fold it on the stack; a
		// longer text is folded once for all the gates it meets
		// (foldedLong).
		var buf [maxGatedLine]byte
		var f []byte
		if len(s) > len(buf) {
			f = foldedLong(s)
		} else {
			f = foldCaseInto(buf[:0], s)
		}
		if g.holds(unsafe.String(unsafe.SliceData(f), len(f))) {
			return true
		}
	}
	if gateRejected != nil {
		gateRejected(g, s)
	}
	return false
}

// holds reports whether the folded text s holds one of the gate's words.
func (g *gatedRegexp) holds(s string) bool {
	if g.index != nil {
		return g.index.in(s)
	}
	for _, w := range g.words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// minIndexed is the number of gate words from which a gate looks for
// them all in one pass over the text (wordIndex) rather than searching
// the text once for each: the notices' and the relays' gates have tens
// to hundreds of words, and a body met each of them.
const minIndexed = 6

// A wordIndex finds any of a set of words (each at least minGateWord
// bytes long) in one pass over a text: it knows which three bytes open
// a word (a bitmap of their hash, then the words by those bytes), so at
// most positions it looks at three bytes and a bit.
type wordIndex struct {
	bits  [indexBits / 64]uint64
	words map[uint32][]string
}

const indexBits = 1 << 15

func tripleHash(a, b, c byte) uint32 {
	return (uint32(a)*961 + uint32(b)*31 + uint32(c)) & (indexBits - 1)
}

func newWordIndex(words []string) *wordIndex {
	x := &wordIndex{words: map[uint32][]string{}}
	for _, w := range words {
		h := tripleHash(w[0], w[1], w[2])
		x.bits[h/64] |= 1 << (h % 64)
		k := uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[2])
		x.words[k] = append(x.words[k], w)
	}
	return x
}

// in reports whether s holds one of x's words.
func (x *wordIndex) in(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		h := tripleHash(s[i], s[i+1], s[i+2])
		if x.bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, w := range x.words[uint32(s[i])<<16|uint32(s[i+1])<<8|uint32(s[i+2])] {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// gateRejected, when set (by a test), is told of every text a gate turned
// away, so that the test can check that the expression would not have
// matched it either.
var gateRejected func(g *gatedRegexp, s string)

func (g *gatedRegexp) MatchString(s string) bool {
	return g.pass(s) && g.Regexp().MatchString(s)
}

func (g *gatedRegexp) FindStringIndex(s string) []int {
	if !g.pass(s) {
		return nil
	}
	return g.Regexp().FindStringIndex(s)
}

func (g *gatedRegexp) FindStringSubmatch(s string) []string {
	if !g.pass(s) {
		return nil
	}
	return g.Regexp().FindStringSubmatch(s)
}

func (g *gatedRegexp) FindStringSubmatchIndex(s string) []int {
	if !g.pass(s) {
		return nil
	}
	return g.Regexp().FindStringSubmatchIndex(s)
}

func (g *gatedRegexp) FindString(s string) string {
	if !g.pass(s) {
		return ""
	}
	return g.Regexp().FindString(s)
}

func (g *gatedRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !g.pass(s) {
		return nil
	}
	return g.Regexp().FindAllStringIndex(s, n)
}

func (g *gatedRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.pass(s) {
		return nil
	}
	return g.Regexp().FindAllStringSubmatchIndex(s, n)
}

// exprKey is the key of expr's gate words in gateTable (FNV-1a, 64 bits).
func exprKey(expr string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(expr); i++ {
		h ^= uint64(expr[i])
		h *= 1099511628211
	}
	return h
}

// minGateWord is the shortest word worth a gate, in bytes: a gate on "a"
// or "to" passes nearly every text and only adds its search to the
// expression's. (One CJK character is three bytes, and as rare in a text
// as a three-letter word.)
const minGateWord = 3

// gateWords returns words, folded, one of which is in every text the
// expression matches, or nil when there are no such words of at least
// minGateWord characters (an expression that can match without any
// literal, such as `^\s*$`, or whose words are too short to be worth it).
// A word that holds another of the words is left out: a text with it has
// the other.
func gateWords(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil // regexp.MustCompile has said why
	}
	words := analyse(re.Simplify()).req
	for _, w := range words {
		if len(w) < minGateWord {
			return nil
		}
	}
	var kept []string
	for i, w := range words {
		inner := false
		for j, v := range words {
			if j != i && strings.Contains(w, v) && (len(v) < len(w) || j < i) {
				inner = true // v is in w (or is w, seen first)
				break
			}
		}
		if !inner {
			kept = append(kept, w)
		}
	}
	return kept
}

// maxExact bounds the strings an exact set holds (see analysis).
const maxExact = 64

// An analysis of a piece of an expression: exact, when ok, is every
// string the piece matches, folded (a small alternation of literals, a
// literal, a class of a few characters; "" for an empty-width assertion);
// req holds words, folded, one of which every match of the piece
// contains (nil: none known).
//
// Exact sets matter because the parser factors alternations ("prima|pred"
// is "pr(?:ima|ed)"): the words are whole again only once the parts of a
// concatenation are multiplied out.
type analysis struct {
	exact []string
	ok    bool
	req   []string
}

// analyse returns re's analysis. A concatenation's runs of exact parts
// are multiplied out (while the product stays within maxExact); its req
// is the best of its parts' and its runs' (the longest shortest word,
// then the fewest words). An alternation is exact when each branch is;
// it requires a word from each branch.
func analyse(re *syntax.Regexp) analysis {
	switch re.Op {
	case syntax.OpLiteral:
		w := foldCase(string(re.Rune))
		return exactly([]string{w})
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactly([]string{""})
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > 16 {
				return analysis{}
			}
		}
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = addWord(set, foldCase(string(r)))
			}
		}
		return exactly(set)
	case syntax.OpCapture:
		return analyse(re.Sub[0])
	case syntax.OpPlus:
		return analysis{req: analyse(re.Sub[0]).req}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return analysis{req: analyse(re.Sub[0]).req}
		}
		return analysis{}
	case syntax.OpQuest:
		if a := analyse(re.Sub[0]); a.ok && len(a.exact) < maxExact {
			return exactly(addWord(append([]string(nil), a.exact...), ""))
		}
		return analysis{}
	case syntax.OpConcat:
		var best []string
		consider := func(words []string) {
			if words != nil && betterReq(words, best) {
				best = words
			}
		}
		run, inRun, allExact := []string{""}, false, true
		for _, sub := range re.Sub {
			a := analyse(sub)
			consider(a.req)
			if !a.ok {
				allExact = false
				if inRun {
					consider(reqOf(run))
				}
				run, inRun = []string{""}, false
				continue
			}
			if p := product(run, a.exact); p != nil {
				run, inRun = p, true
				continue
			}
			allExact = false
			consider(reqOf(run))
			run, inRun = a.exact, true
		}
		if allExact {
			out := exactly(run)
			consider(out.req)
			out.req = best
			return out
		}
		if inRun {
			consider(reqOf(run))
		}
		return analysis{req: best}
	case syntax.OpAlternate:
		var set, req []string
		exact, reqOK := true, true
		for _, sub := range re.Sub {
			a := analyse(sub)
			if exact && a.ok && len(set)+len(a.exact) <= maxExact {
				for _, w := range a.exact {
					set = addWord(set, w)
				}
			} else {
				exact = false
			}
			if a.req == nil {
				reqOK = false
			}
			if reqOK {
				for _, w := range a.req {
					req = addWord(req, w)
				}
			}
		}
		if !reqOK {
			req = nil
		}
		if exact {
			// The branches' own words may make the better gate: "accepted
			// (the invitation )?with (a )?note" is six strings, its word
			// "accepted" one.
			out := exactly(set)
			if req != nil && (out.req == nil || betterReq(req, out.req)) {
				out.req = req
			}
			return out
		}
		return analysis{req: req}
	}
	// Any character, large classes, starred parts: nothing known.
	return analysis{}
}

// exactly is the analysis of a piece that matches exactly the strings of
// set.
func exactly(set []string) analysis {
	return analysis{exact: set, ok: true, req: reqOf(set)}
}

// reqOf is an exact set as required words: none when it holds "".
func reqOf(set []string) []string {
	if slices.Contains(set, "") {
		return nil
	}
	return set
}

// product is every string of a followed by one of b, nil when there would
// be more than maxExact.
func product(a, b []string) []string {
	if len(a)*len(b) > maxExact {
		return nil
	}
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = addWord(out, x+y)
		}
	}
	return out
}

// addWord adds w to set unless it is there.
func addWord(set []string, w string) []string {
	if slices.Contains(set, w) {
		return set
	}
	return append(set, w)
}

// betterReq reports whether words make a better gate than best. Each
// word is a search of the text, so among gates whose words are all at
// least goodGateWord bytes long (rare enough in a text) the one with
// fewer words is better; below that, the longer shortest word.
func betterReq(words, best []string) bool {
	const goodGateWord = 6
	if best == nil {
		return true
	}
	a, b := shortest(words), shortest(best)
	if a >= goodGateWord && b >= goodGateWord && len(words) != len(best) {
		return len(words) < len(best)
	}
	if a != b {
		return a > b
	}
	return len(words) < len(best)
}

// shortest is the length in bytes of the shortest of words, 0 for none.
func shortest(words []string) int {
	n := 0
	for i, w := range words {
		if i == 0 || len(w) < n {
			n = len(w)
		}
	}
	return n
}

// foldCache is the last text longer than a line that a gate folded, and
// its fold. A body or a paragraph meets many gates in a row (the mobile
// footers', the notices', the relays'), and folding it anew for each
// cost a copy of the text a gate: 74 MiB for a 1.1 MB HTML mail in the
// public corpus (nodemailer's outofmemory.eml), against the bound
// TestParseCorpusRobust sets. A text is known by where its bytes are and
// its length, which, strings being immutable, is its content; the fold
// handed out is never written to, so a caller may keep reading it after
// another text takes its place. A text over maxFoldCached is folded
// anew, not kept: the cache would hold a large body's fold, and the body,
// after its mail is done (RSS through a 50 MB mail is bounded).
var foldCache struct {
	sync.Mutex
	src    string
	folded []byte
}

// foldedLong is s folded as foldCase folds it, from foldCache when s is
// the text folded last.
func foldedLong(s string) []byte {
	const maxFoldCached = 8 << 20
	if len(s) > maxFoldCached {
		return foldCaseInto(make([]byte, 0, len(s)+len(s)/8), s)
	}
	foldCache.Lock()
	defer foldCache.Unlock()
	if len(foldCache.src) == len(s) && unsafe.StringData(foldCache.src) == unsafe.StringData(s) {
		return foldCache.folded
	}
	f := foldCaseInto(make([]byte, 0, len(s)+len(s)/8), s)
	foldCache.src, foldCache.folded = s, f
	return f
}

// foldCase maps each rune of s to one representative of its case-folding
// orbit (unicode.SimpleFold, the equivalence the regexp package's (?i)
// uses): the lower-case ASCII letter where the orbit holds one ("K", "k"
// and the Kelvin sign are all "k"; "ſ" is "s"), else the orbit's smallest
// rune. Two strings match case-insensitively, rune for rune, exactly when
// their folds are equal, so a folded word is in a folded text exactly when
// the word is in the text in some case. Lower-case ASCII text is returned
// as it is, without a copy.
func foldCase(s string) string {
	return string(foldCaseInto(nil, s))
}

// needsFold reports whether foldCase would change s.
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// foldCaseInto appends s folded as foldCase folds it to dst.
func foldCaseInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, foldRune(r))
		i += n
	}
	return dst
}

// foldRune is foldCase's mapping of one rune outside ASCII.
func foldRune(r rune) rune {
	rep := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		switch {
		case f < utf8.RuneSelf:
			return unicode.ToLower(f)
		case f < rep:
			rep = f
		}
	}
	return rep
}

// The methods below run the expression without its gate on a text
// longer than a line: they are used on whole bodies, where folding the
// text for the gate would copy it. A line (a subject: Tags.Normalize
// runs four replacements on every mail's) is folded on the stack, and
// one the gate turns away is returned as it is, as the replacement would
// return it.

func (g *gatedRegexp) FindAllString(s string, n int) []string {
	return g.Regexp().FindAllString(s, n)
}

func (g *gatedRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return g.Regexp().FindAllStringSubmatch(s, n)
}

func (g *gatedRegexp) ReplaceAllString(s, repl string) string {
	if len(s) <= maxGatedLine && !g.pass(s) {
		return s
	}
	return g.Regexp().ReplaceAllString(s, repl)
}

func (g *gatedRegexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if len(s) <= maxGatedLine && !g.pass(s) {
		return s
	}
	return g.Regexp().ReplaceAllStringFunc(s, repl)
}

// maxGatedLine is the longest text the replacements gate: what pass
// folds on the stack.
const maxGatedLine = 256
