package classify

import (
	"strings"
	"unicode"
)

// wayDenied reports whether the writer says the stopgap of a workaround
// hit cannot be taken: English puts the negation on the verb and the
// manner at the end of its phrase, so the negation stands words before
// the workaround ("we can't correct 780 records by hand", "there's no
// realistic way to buy labels on the carrier websites by hand", "AP
// cannot produce it manually at this volume"), or the phrase is the
// subject of a denial after it ("Manually marking 420 orders as paid
// isn't realistic", "Cleaning this up by hand would take days"). The
// negation's reach in words (applyCues) ends before the manner; here it
// reaches over the clause, to a comma or a conjunction.
func wayDenied(sent string, at, n int) bool {
	if at < 0 || at+n > len(sent) {
		return false
	}
	before := wayWords(sent[lastWayBreak(sent[:at]):at])
	after := sent[at+n:]
	if i := strings.IndexAny(after, ",;:()–—"); i >= 0 {
		after = after[:i]
	}
	// the clause before the hit, back to a conjunction
	for i := len(before) - 1; i >= 0; i-- {
		w := before[i]
		if wayConnectors[w] {
			break
		}
		switch {
		case wayNegators[w]:
			return true
		case w == "not" && i+1 < len(before) && (before[i+1] == "able" || before[i+1] == "possible"):
			return true
		case w == "rather" && i+1 < len(before) && before[i+1] == "not":
			return true
		case w == "no" && i+1 < len(before) && (before[i+1] == "way" ||
			i+2 < len(before) && before[i+2] == "way" && (before[i+1] == "realistic" || before[i+1] == "practical" || before[i+1] == "feasible" || before[i+1] == "sensible")):
			return true
		}
	}
	// a denial of the phrase after it, in the same clause
	return unfeasibleAfter(wayWords(after))
}

// unfeasibleAfter reports whether the words after a way say it cannot be
// taken ("… isn't realistic", "… would take days"), before a conjunction.
func unfeasibleAfter(ws []string) bool {
	for i, w := range ws {
		if wayConnectors[w] {
			break
		}
		if (w == "isnt" || w == "not" || w == "arent" || w == "wasnt" || w == "is" && i+1 < len(ws) && ws[i+1] == "not") && i+1 < len(ws) {
			for _, x := range ws[i+1 : min(len(ws), i+4)] {
				if wayUnfeasible[x] {
					return true
				}
			}
		}
		if (w == "take" || w == "takes") && i > 0 && (ws[i-1] == "would" || ws[i-1] == "will") && i+1 < len(ws) && wayLong[ws[i+1]] {
			return true
		}
	}
	return false
}

// lastWayBreak returns the offset after the last comma, colon, dash or
// bracket of s: the clause of what comes after it starts there.
func lastWayBreak(s string) int {
	i := strings.LastIndexAny(s, ",;:()–—")
	if j := strings.LastIndex(s, " - "); j > i {
		i = j + 2
	}
	if i < 0 {
		return 0
	}
	if i < len(s) && s[i] >= 0x80 {
		// an en or em dash is three bytes
		return i + 3
	}
	return i + 1
}

// wayWords are the lower-case words of s, apostrophes dropped ("can't"
// is "cant", as the rules read it).
func wayWords(s string) []string {
	s = apostrophes.Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// apostrophes drops the apostrophes of contractions ("can't" → "cant"),
// built once: a Replacer's first use builds its tables.
var apostrophes = strings.NewReplacer("'", "", "’", "")

var (
	// wayNegators deny the verb whose manner the workaround names
	wayNegators = map[string]bool{"cant": true, "cannot": true, "couldnt": true, "unable": true,
		"impossible": true, "wont": true, "mustnt": true}
	// wayConnectors start another clause, whose negation is not this one's
	wayConnectors = map[string]bool{"and": true, "so": true, "but": true, "because": true, "while": true,
		"which": true, "then": true, "since": true, "although": true, "though": true, "instead": true,
		"or": true, "until": true, "unless": true, "if": true, "when": true}
	// wayUnfeasible say a way cannot be taken ("isn't realistic")
	wayUnfeasible = map[string]bool{"realistic": true, "possible": true, "feasible": true, "practical": true,
		"option": true, "sustainable": true, "something": true, "doable": true, "viable": true, "manageable": true}
	// wayLong say how long a way would take ("would take days")
	wayLong = map[string]bool{"days": true, "weeks": true, "ages": true, "forever": true, "hours": true, "months": true}
)

// haltedNear reports whether the clause c, which holds the workaround hit
// h at byte at of its sentence, halts the work within haltReach words of
// h: a halting participle after it too, where the time comes first ("For
// the time being we have paused the claim"; "We've temporarily disabled
// verification", its adverb before the verb as always, is not read so),
// or a halting phrase of halted.
func (st *state) haltedNear(c clause, h *hit, at int) bool {
	if at < c.offset || at >= c.end {
		return false
	}
	k := 0
	for k < len(c.at) && c.at[k] < at {
		k++
	}
	// back and forth to a conjunction ("we send them by hand for now,
	// and a colleague has switched the old run off": two clauses)
	lo, hi := k, k
	for lo > 0 && k-lo < haltReach && !wayConnectors[c.words[lo-1]] {
		lo--
	}
	for hi < len(c.words) && hi-k <= haltReach && !wayConnectors[c.words[hi]] {
		hi++
	}
	if h.key != "temporarily" {
		if a, _ := contained.find(c.line(), k); a >= 0 && a < hi {
			return true
		}
	}
	return halted(c.words[lo:hi])
}

// haltReach is how many words from a workaround a halting verb tells
// what the writer did instead.
const haltReach = 10

// halted reports whether the words of a clause say the writer halts the
// work rather than goes round the fault: a phrasal verb with its particle
// after its object ("switched online ordering off", "put the shop into
// holiday mode", "put the archive section in maintenance"), or an order
// to others to stop ("asked staff to stop working on those clients",
// "asked the facilities to pause approvals", "told the sales team not to
// trust any stock figure", "asked everyone to stay off the server").
func halted(ws []string) bool {
	for i, w := range ws {
		switch {
		case haltVerbs[w]:
			for _, x := range ws[i+1 : min(len(ws), i+6)] {
				if x == "off" || x == "offline" || x == "maintenance" || x == "hold" {
					return true
				}
			}
		case orderVerbs[w]:
			for k := i + 1; k < min(len(ws), i+7); k++ {
				if ws[k] == "to" && k+1 < len(ws) && (haltTo[ws[k+1]] || ws[k+1] == "stay" && k+2 < len(ws) && ws[k+2] == "off") ||
					ws[k] == "not" && k+1 < len(ws) && ws[k+1] == "to" {
					return true
				}
			}
		}
	}
	return false
}

var (
	// haltVerbs take "off", "offline", "on hold" or "into maintenance"
	// after their object
	haltVerbs = map[string]bool{"switched": true, "turned": true, "shut": true, "taken": true, "took": true,
		"put": true, "placed": true, "set": true}
	// orderVerbs tell others what to do ("asked staff to stop")
	orderVerbs = map[string]bool{"asked": true, "told": true, "instructed": true}
	// haltTo are what the writer told others to do to halt the work
	haltTo = map[string]bool{"stop": true, "pause": true, "suspend": true, "halt": true, "hold": true, "cease": true}
)

// goneGoing reports whether the "gone" a loss hit ends in is the past
// participle of "go" with where or how it went, not the state of data
// gone: English reads "the notes are gone" and "all that work is gone"
// as a loss, but "they've already gone home", "invoices have gone across
// to Xero", "emails have gone unanswered", "it's gone a bit wonky" and
// "gone are the days" as going; and "I want that banner gone" wishes. The
// word after "gone" tells which: a loss ends its clause there or goes on
// with when, where from or how much.
func (st *state) goneGoing(h *hit) bool {
	if !strings.HasSuffix(strings.ToLower(h.text), "gone") {
		return false
	}
	sent, at := st.sentenceAt(h)
	if sent == "" || at+len(h.text) > len(sent) {
		return false
	}
	before := wayWords(sent[lastWayBreak(sent[:at]):at])
	for i := len(before) - 1; i >= max(0, len(before)-4); i-- {
		if goneWished[before[i]] {
			return true
		}
	}
	rest := sent[at+len(h.text):]
	if r := strings.TrimLeft(rest, " \t\r\n"); r == "" || strings.IndexAny(r[:1], ",;:.!?()-–—\"'") == 0 {
		return false
	}
	after := wayWords(rest)
	return len(after) > 0 && !goneFollowers[after[0]]
}

var (
	// goneWished want a thing gone
	goneWished = map[string]bool{"want": true, "wanted": true, "need": true, "like": true, "prefer": true}
	// goneFollowers go on after the "gone" of a loss ("gone since
	// Tuesday", "gone from the system", "gone and nobody knows",
	// "completely gone", "gone missing")
	goneFollowers = map[string]bool{"and": true, "but": true, "or": true, "so": true, "because": true,
		"since": true, "from": true, "after": true, "overnight": true, "today": true, "yesterday": true,
		"now": true, "again": true, "completely": true, "entirely": true, "forever": true, "for": true,
		"missing": true, "without": true, "when": true, "as": true, "once": true, "before": true,
		"this": true, "last": true, "at": true, "in": true, "on": true, "with": true,
		"all": true, "everywhere": true, "too": true, "also": true,
		// a new clause in unpunctuated (dictated) text: "all 2000
		// customers gone the search says no results"
		"the": true, "i": true, "we": true, "it": true, "they": true, "my": true, "our": true,
		"please": true, "nothing": true, "everything": true}
)
