package classify

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// The automaton reads a field as a sequence of folded words: lower case,
// accents removed (é→e, ß→ss), split on every non-word character, with
// clause and sentence ends kept as mark tokens "," and ".". Rule phrases are
// folded the same way, so matching is on whole words by construction and a
// phrase cannot match across a clause end.
//
// Folding is one pass over the input; ASCII takes a fast path and other
// runes a table built once from NFKD decomposition.

// Clause and sentence marks.
const (
	clauseMark   = ','
	sentenceMark = '.'
)

// folded is one field after folding.
type folded struct {
	text []byte  // the folded words, back to back
	toks []token // the words and marks, in order
	nums []int32 // tokens that are numbers, filled by the automaton's scan
	// qends are the token counts at which a '?' ended a sentence: the
	// sentence before token qends[i] is a question.
	qends []int32
	// shouting signals, counted on the source while folding
	upper, letters, bangs int
	// words is the table of the matcher that scanned the text (matchKey
	// takes one-word keys from it); nil before a scan.
	words *symTable
	// bracketDE says a word of bracketVerbsDE or haveDE is in the text,
	// set by the scan: germanBracket has nothing to move without one.
	bracketDE bool
}

// token is one word (text[start:end]) or mark, with the source span
// src[src0:src1] that produced it.
type token struct {
	start, end int32
	src0, src1 int32
	mark       byte // clauseMark, sentenceMark or 0 for a word
	cue        bool // a comparison cue, set by the automaton's scan
	live       bool // a word liveWord reads (liveList), set by the scan
}

// mark returns the mark of token i, or 0 for a word.
func (f *folded) mark(i int) byte { return f.toks[i].mark }

// word returns the folded text of token i.
func (f *folded) word(i int) string { return string(f.wordb(i)) }

// wordb returns the folded bytes of token i, without copying.
func (f *folded) wordb(i int) []byte {
	t := f.toks[i]
	return f.text[t.start:t.end]
}

// source returns the source text of tokens [t0, t1) and its offset.
func (f *folded) source(src string, t0, t1 int) (string, int) {
	if t0 >= t1 || t1 > len(f.toks) {
		return "", 0
	}
	a, b := int(f.toks[t0].src0), int(f.toks[t1-1].src1)
	if a > b || b > len(src) {
		return "", 0
	}
	return src[a:b], a
}

// foldEntry says what a non-ASCII rune becomes.
type foldEntry struct {
	s    string // folded text; empty for a separator or a dropped mark
	word bool
}

const (
	foldTableSize = 0x3000
	foldBlockBits = 8
)

// foldBlocks map runes below foldTableSize to their folded form, in
// blocks of 256 runes, each built on first use from NFKD decomposition
// without combining marks: a mail in one script touches a block or two,
// and building all of them (some 6 ms) would be most of a one-mail run.
var foldBlocks [foldTableSize >> foldBlockBits]func() *[1 << foldBlockBits]foldEntry

func init() {
	for b := range foldBlocks {
		foldBlocks[b] = sync.OnceValue(func() *[1 << foldBlockBits]foldEntry {
			var t [1 << foldBlockBits]foldEntry
			strip := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)))
			for i := range t {
				if r := rune(b<<foldBlockBits | i); r >= 0x80 {
					t[i] = foldRune(r, strip)
				}
			}
			return &t
		})
	}
}

// foldOf returns the folded form of a rune below foldTableSize.
func foldOf(r rune) foldEntry {
	return foldBlocks[r>>foldBlockBits]()[r&(1<<foldBlockBits-1)]
}

// special lists letters that do not decompose into ASCII.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'þ': "th", 'Þ': "th", 'ı': "i",
	'ð': "d", 'Ð': "d",
}

func foldRune(r rune, strip transform.Transformer) foldEntry {
	if s, ok := special[r]; ok {
		return foldEntry{s: s, word: true}
	}
	if unicode.IsMark(r) {
		return foldEntry{word: true} // a combining mark of decomposed input: dropped
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return foldEntry{}
	}
	out, _, err := transform.String(strip, string(r))
	if err != nil || out == "" {
		out = string(r)
	}
	return foldEntry{s: strings.ToLower(out), word: true}
}

// foldFull handles runes beyond the table: full-width ASCII maps to ASCII,
// other letters and digits are kept in lower case.
func foldFull(r rune) foldEntry {
	if r >= 0xFF01 && r <= 0xFF5E {
		c := byte(r - 0xFEE0)
		if asciiClass[c] == classWord {
			return foldEntry{s: string(asciiLower[c]), word: true}
		}
		return foldEntry{}
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return foldEntry{s: string(unicode.ToLower(r)), word: true}
	}
	if unicode.IsMark(r) {
		return foldEntry{word: true}
	}
	return foldEntry{}
}

// ASCII byte classes.
const (
	classSpace = iota
	classWord
	classPunct // needs a look at its neighbours
)

var (
	asciiClass [128]byte
	asciiLower [128]byte
	// asciiWordLower is asciiLower of an ASCII byte of classWord, 0 for
	// every other byte (no word byte lowers to 0)
	asciiWordLower [256]byte
)

func init() {
	for c := 0; c < 128; c++ {
		b := byte(c)
		asciiLower[c] = b
		switch {
		case b >= 'A' && b <= 'Z':
			asciiClass[c], asciiLower[c] = classWord, b+'a'-'A'
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
			asciiClass[c] = classWord
		case b == '_':
			// an identifier ("card_declined", "PAYMENT_FAILED") is one
			// word: a name in code or a log, not a statement
			asciiClass[c] = classWord
		case strings.IndexByte("!?;.,:()[]\"'/\n>", b) >= 0:
			asciiClass[c] = classPunct
		}
		if asciiClass[c] == classWord {
			asciiWordLower[c] = asciiLower[c]
		}
	}
}

// folder builds a folded text. It is reused through a pool.
type folder struct {
	f       folded
	comp    composer // the composer's scratch space
	wcomp   composer // the writer's clauses' words, kept for one mail
	cls     []clause // the clauses of the writer's text
	shownWs []string // scratch space for othersShown's sentences
	precBuf []byte   // scratch space for precaution's words
	pending byte     // separator owed before the next word: 0, ' ', ',' or '.'
	inWord  bool
	// lineStart and blank track the current line: a blank line ends a
	// paragraph, a line starting with '>' is quoted history.
	lineStart, blank bool
	// matches is scratch space for the automaton's scan; arena and hits
	// hold the hits of one Classify call.
	matches []acMatch
	scan    scanScratch
	// keyBytes and keySpans are the scan's scratch space for the keys of
	// a field's hits (state.scan).
	keyBytes []byte
	keySpans []keySpan
	arena    hitArena
	hits     []*hit
	keys     []uint64 // the learned vocabulary's token keys (vocab.go)
	// core, data and crit are the tally's sentence sets and seen the
	// signals counted (score.go), cleared and reused by each call.
	core, data, crit, only map[[2]int]bool
	seen                   onceSet
	// reportAt and workAt are the tally's lists of the same kind.
	reportAt, workAt [][2]int
	// ev and evKeys are the evidence of one call before it is sorted
	// into the result (sortedEvidence).
	ev     []Evidence
	evKeys []evidenceKey
}

var folderPool = sync.Pool{New: func() any {
	return &folder{core: make(map[[2]int]bool), data: make(map[[2]int]bool), crit: make(map[[2]int]bool), only: make(map[[2]int]bool)}
}}

// fold folds src. The result is valid until the folder is reused.
func (w *folder) fold(src string) *folded {
	w.reset(len(src))
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classWord:
				i = w.letters(src, i)
			case classSpace:
				w.sep(' ')
				i++
			default:
				i = w.punct(src, i)
			}
			continue
		}
		w.lineStart = false
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\u2019' || r == '\u02BC':
			w.apostrophe(src, i, size)
		case r < foldTableSize:
			w.entry(foldOf(r), r, i, size)
		default:
			w.entry(foldFull(r), r, i, size)
		}
		i += size
	}
	w.sep(' ')
	return &w.f
}

func (w *folder) reset(n int) {
	// Size the buffers once for the input: about one token per 4 bytes.
	if cap(w.f.text) < n {
		w.f.text = make([]byte, 0, n+n/8)
	}
	if cap(w.f.toks) < n/3 {
		w.f.toks = make([]token, 0, n/3+8)
	}
	w.f.text = w.f.text[:0]
	w.f.toks = w.f.toks[:0]
	w.f.nums = w.f.nums[:0]
	w.f.qends = w.f.qends[:0]
	w.f.upper, w.f.letters, w.f.bangs = 0, 0, 0
	w.f.words = nil
	w.pending, w.inWord = 0, false
	w.lineStart, w.blank = true, false
}

// letters appends the run of ASCII letters and digits at i and returns
// the offset after it.
func (w *folder) letters(src string, i int) int {
	w.lineStart = false
	if !w.inWord {
		w.begin(i)
	}
	// the text and the counts in locals: stored through w at every byte
	// they were a third of the loop
	text, letters, upper := w.f.text, 0, 0
	j := i
	for ; j < len(src); j++ {
		c := src[j]
		l := asciiWordLower[c]
		if l == 0 {
			break
		}
		if c >= 'A' {
			letters++
			if c != l {
				upper++ // 'A'–'Z'
			}
		}
		text = append(text, l)
	}
	w.f.text = text
	w.f.letters += letters
	w.f.upper += upper
	w.f.toks[len(w.f.toks)-1].src1 = int32(j)
	return j
}

// punct handles ASCII punctuation and newlines; it returns the next offset.
func (w *folder) punct(src string, i int) int {
	c := src[i]
	if c == '\n' {
		if w.lineStart && w.blank {
			w.sep(sentenceMark) // a blank line ends a paragraph
		}
		w.sep(' ')
		w.lineStart, w.blank = true, true
		return i + 1
	}
	if c == '>' && w.lineStart {
		// Quoted history that intake did not remove: only the new text of
		// a mail counts, so skip to the end of the line.
		w.sep(' ')
		w.blank = false
		if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
			return i + j
		}
		return len(src)
	}
	w.lineStart, w.blank = false, false
	switch c {
	case '!':
		w.f.bangs++
		w.sep(sentenceMark)
	case '?':
		w.sep(sentenceMark)
		if n := int32(len(w.f.toks)); len(w.f.qends) == 0 || w.f.qends[len(w.f.qends)-1] != n {
			w.f.qends = append(w.f.qends, n)
		}
	case ';':
		w.sep(sentenceMark)
	case '.':
		w.dot(src, i)
	case '\'':
		w.apostrophe(src, i, 1)
	case ',':
		// "3,000" is one number, and so is a decimal comma's "1,5"
		// ("lag bisher bei etwa 1,5 Sekunden"; an amount's "0,00" stays
		// two, as the rules spell it); otherwise a clause ends.
		if w.inWord && isDigitAt(src, i-1) && isDigitAt(src, i+1) && (isDigitAt(src, i+3) && !isDigitAt(src, i+4) || !isDigitAt(src, i+2)) {
			w.glue(c, i)
		} else {
			w.sep(clauseMark)
		}
	case '/':
		// Keep "2/10" together (ratings); otherwise a word break.
		if w.inWord && isDigitAt(src, i-1) && isDigitAt(src, i+1) {
			w.glue(c, i)
		} else {
			w.sep(' ')
		}
	case '>', '"':
		// Quotes mark a term ('was marked "unpaid"'), not a clause.
		w.sep(' ')
	default: // , : ( ) [ ]
		w.sep(clauseMark)
	}
	return i + 1
}

// dot handles '.': a decimal point inside a number, a word break inside a
// name ("acme.com"), otherwise a sentence end.
func (w *folder) dot(src string, i int) {
	switch {
	case w.inWord && isDigitAt(src, i-1) && isDigitAt(src, i+1):
		w.glue('.', i)
	case i+1 < len(src) && !isSpaceAt(src, i+1) && src[i+1] != '.':
		w.sep(' ')
	case w.inWord && ordinalAt(src, i):
		w.sep(' ')
	case w.inWord && w.abbreviation() && nextLowerOrDigit(src, i+1):
		w.sep(' ') // "seit ca. 10 Uhr", "bzw. die Kasse": no sentence ends
	default:
		w.sep(sentenceMark)
	}
}

// abbreviations end in a dot that ends no sentence when a lower-case word
// or a number follows.
var abbreviations = map[string]bool{"ca": true, "bzw": true, "ggf": true, "evtl": true, "inkl": true,
	"exkl": true, "nr": true, "approx": true, "zzgl": true, "vgl": true, "mind": true}

// abbreviation says the word just folded is an abbreviation.
func (w *folder) abbreviation() bool {
	if len(w.f.toks) == 0 {
		return false
	}
	t := w.f.toks[len(w.f.toks)-1]
	if t.mark != 0 || int(t.start) > len(w.f.text) {
		return false
	}
	// the word is still open: its text runs to the end of the buffer
	return abbreviations[string(w.f.text[t.start:])]
}

// nextLowerOrDigit says the first character after the spaces from i is a
// lower-case ASCII letter or a digit.
func nextLowerOrDigit(src string, i int) bool {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i < len(src) && (src[i] >= 'a' && src[i] <= 'z' || src[i] >= '0' && src[i] <= '9')
}

// ordinalAt says the '.' at i ends a German ordinal, not a sentence: one
// or two digits after a space ("vom 1. bis 19. Oktober", "am 3. November
// ist"), followed by a lower-case word, a number or a month.
func ordinalAt(src string, i int) bool {
	j := i
	for j > 0 && isDigitAt(src, j-1) {
		j--
	}
	if n := i - j; n == 0 || n > 2 || j == 0 || src[j-1] != ' ' && src[j-1] != '\t' {
		// a list's "1." starts its line
		return false
	}
	k := i + 1
	for k < len(src) && (src[k] == ' ' || src[k] == '\t') {
		k++
	}
	if k == i+1 || k >= len(src) {
		return false
	}
	if c := src[k]; c >= 'a' && c <= 'z' || isDigitAt(src, k) {
		return true
	}
	for _, m := range germanMonths {
		if strings.HasPrefix(src[k:], m) {
			return true
		}
	}
	return false
}

var germanMonths = []string{"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
	"August", "September", "Oktober", "November", "Dezember"}

// glue appends a punctuation byte inside the current word.
func (w *folder) glue(c byte, i int) {
	w.f.text = append(w.f.text, c)
	w.f.toks[len(w.f.toks)-1].src1 = int32(i + 1)
}

// swissThousands says the apostrophe at src[i:j] separates the thousands
// of a number, as Swiss writers write it ("3'800", "1’250"): a digit
// before it and three after it, no fourth.
func swissThousands(src string, i, j int) bool {
	return isDigitAt(src, i-1) && isDigitAt(src, j) && isDigitAt(src, j+1) && isDigitAt(src, j+2) && !isDigitAt(src, j+3)
}

// apostrophe drops the apostrophe of an English "n't" contraction
// ("don't" → "dont") and breaks words otherwise ("l'accès" → "l acces").
func (w *folder) apostrophe(src string, i, size int) {
	j := i + size
	if w.inWord && swissThousands(src, i, j) {
		// the Swiss thousands separator: "rund 3'800 Kontakte" is one
		// number, read as "3,800" is
		w.f.text = append(w.f.text, ',')
		w.f.toks[len(w.f.toks)-1].src1 = int32(j)
		return
	}
	if w.inWord && j < len(src) && (src[j] == 't' || src[j] == 'T') &&
		(j+1 == len(src) || !isLetterAt(src, j+1)) {
		return
	}
	w.sep(' ')
}

func (w *folder) entry(e foldEntry, r rune, i, size int) {
	if !e.word {
		w.sep(' ')
		return
	}
	if unicode.IsUpper(r) {
		w.f.upper++
	}
	w.f.letters++
	if e.s == "" {
		return
	}
	if !w.inWord {
		w.begin(i)
	}
	w.f.text = append(w.f.text, e.s...)
	w.f.toks[len(w.f.toks)-1].src1 = int32(i + size)
}

// begin starts a word at source offset i, after the pending separator.
func (w *folder) begin(i int) {
	if (w.pending == clauseMark || w.pending == sentenceMark) && len(w.f.toks) > 0 {
		w.push(token{mark: w.pending, src0: int32(i), src1: int32(i)})
	}
	w.pending = 0
	n := int32(len(w.f.text))
	w.push(token{start: n, end: n, src0: int32(i), src1: int32(i)})
	w.inWord = true
}

// push appends a token. Within capacity it only re-slices, which the
// compiler turns into a length update: no write barrier per token.
func (w *folder) push(t token) {
	n := len(w.f.toks)
	if n == cap(w.f.toks) {
		w.f.toks = append(w.f.toks, t)
		return
	}
	w.f.toks = w.f.toks[:n+1]
	w.f.toks[n] = t
}

// sep ends the current word; the strongest separator before the next word
// wins.
func (w *folder) sep(kind byte) {
	if w.inWord {
		w.f.toks[len(w.f.toks)-1].end = int32(len(w.f.text))
		w.inWord = false
	}
	if rank(kind) > rank(w.pending) {
		w.pending = kind
	}
}

func rank(b byte) int {
	switch b {
	case ' ':
		return 1
	case clauseMark:
		return 2
	case sentenceMark:
		return 3
	}
	return 0
}

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
func isSpaceAt(s string, i int) bool {
	return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'
}
func isLetterAt(s string, i int) bool { c := s[i] | 0x20; return c >= 'a' && c <= 'z' }

// foldWords folds a rule phrase the way fold folds text and returns its
// words; marks are dropped.
func foldWords(p string) []string {
	w := wordsPool.Get().(*folder)
	defer wordsPool.Put(w)
	f := w.fold(p)
	n := 0
	for i := range f.toks {
		if f.mark(i) == 0 {
			n++
		}
	}
	if n == 0 {
		return []string{}
	}
	// one copy of the folded text, the words cut from it
	text := string(f.text)
	words := make([]string, 0, n)
	for i, t := range f.toks {
		if f.mark(i) == 0 {
			words = append(words, text[t.start:t.end])
		}
	}
	return words
}

// wordsPool holds the folders of foldWords: most of its texts are a
// subject or a sentence, folded several times a mail.
var wordsPool = sync.Pool{New: func() any { return new(folder) }}

// foldPhrase is foldWords joined by single spaces.
func foldPhrase(p string) string { return strings.Join(foldWords(p), " ") }

// foldCollides reports whether a match is a German word that folding
// made into an English rule's word: "Stück" (piece, "999 Stück") is
// no "stuck". key is the match's folded phrase, text as written.
func foldCollides(key, text string) bool {
	for _, c := range foldCollisions {
		if strings.Contains(key, c.folded) && strings.Contains(strings.ToLower(text), c.written) {
			return true
		}
	}
	return false
}

// foldCollisions are German words as written (in lower case) whose
// folded forms are English rule words.
var foldCollisions = []struct{ folded, written string }{{"stuck", "stück"}}
