package classify

import (
	"strings"
	"unicode"
)

// A subject that is only about a slip in the product's text ("URGENT
// spelling on receipts!!!!", "TYPO ON THE LOGIN PAGE", "Tippfehler im
// Menü") names the protocol's cosmetic issue (typos): P4 however loud
// the mail is and however many read the wrong word. A subject that joins
// it to something else ("GIS parcel sync stopped + small typo", "job
// card typo + priority resetting"), a reply or forward (whose subject is
// the thread's old topic: "Re: Typo on portal welcome page" over "forget
// the typo, every client gets a blank page") and a hard P1 fact keep the
// mail's level.

// textSlipSubject reports whether a subject names a typo or a spelling
// mistake and nothing joined to it.
func textSlipSubject(subject string) bool {
	if isReply(subject) || isForward(subject) {
		return false
	}
	low := strings.ToLower(subject)
	if strings.ContainsAny(low, "+&,;") || strings.Contains(low, " - ") || strings.Contains(low, " – ") {
		return false
	}
	slip := false
	for w := range strings.FieldsFuncSeq(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch {
		case slipWords[w]:
			slip = true
		case joinWords[w]:
			return false
		}
	}
	return slip
}

// slipWords name a slip in a text.
var slipWords = map[string]bool{
	"typo": true, "typos": true, "spelling": true, "misspelled": true, "misspelt": true, "misspelling": true,
	"misspellings": true, "tippfehler": true, "schreibfehler": true, "rechtschreibfehler": true,
	"rechtschreibung": true, "coquille": true, "coquilles": true, "spelfout": true, "typfout": true,
}

// joinWords join a second topic to a subject's first.
var joinWords = map[string]bool{"and": true, "und": true, "et": true, "y": true, "plus": true, "also": true}
