package classify

import (
	"strings"
	"unicode"
)

// Two kinds of mail a subject names by itself.
//
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

// A subject that opens as a request for something new ("Feature request:
// mandatory custom fields", "Wunsch: Schichtauswertung ohne
// Personalnummern", "[Support form] Enhancement request – …", "Idea:
// …") asks for an enhancement: the protocol's P3 (or a low-priority
// suggestion, P4), never a P1 or P2, whatever the reason for the request
// says ("a vulnerable customer flag", "without it we lose hours"). In the
// labelled sets 241 mails have such a subject: 177 are P3, 64 P4, none
// P1 or P2. A reply or forward keeps the mail's level: its subject is
// the thread's old topic.

// requestSubject reports whether a subject opens (after a bracketed tag)
// with a request for an enhancement.
func requestSubject(subject string) bool {
	if isReply(subject) || isForward(subject) {
		return false
	}
	s := strings.TrimSpace(subject)
	for strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return false
		}
		s = strings.TrimSpace(s[end+1:])
	}
	ws := lowerWords(s)
	if len(ws) == 0 {
		return false
	}
	if requestOpeners[ws[0]] {
		return true
	}
	return len(ws) > 1 && requestOpeners[ws[0]+" "+ws[1]]
}

// requestOpeners open a subject that asks for an enhancement.
var requestOpeners = map[string]bool{
	"feature request": true, "feature requests": true, "featurerequest": true, "feature wunsch": true,
	"featurewunsch": true, "wunsch": true, "anregung": true, "vorschlag": true, "verbesserungsvorschlag": true,
	"suggestion": true, "idea": true, "enhancement": true, "enhancement request": true, "improvement": true,
	"improvement request": true,
}
