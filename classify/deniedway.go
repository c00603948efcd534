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
	s = strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

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
