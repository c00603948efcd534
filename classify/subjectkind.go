package classify

import "strings"

// Three kinds of mail a subject names by itself.
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
func textSlipSubject(subject string) bool { return textSlipIn(subject, lowerWords(subject)) }

// textSlipIn is textSlipSubject with the subject's words (lowerWords).
func textSlipIn(subject string, ws []string) bool {
	if isReply(subject) || isForward(subject) {
		return false
	}
	if joinsTopicsIn(subject, ws, "+&,;") {
		return false
	}
	for _, w := range ws {
		if slipWords[w] {
			return true
		}
	}
	return false
}

// joinsTopicsIn reports whether a subject, whose words (lowerWords) are
// ws, joins a second topic to its first by one of the marks given, a
// spaced dash, or a word that joins ("and", "und", "but").
func joinsTopicsIn(subject string, ws []string, marks string) bool {
	if strings.ContainsAny(subject, marks) || strings.Contains(subject, " - ") || strings.Contains(subject, " – ") {
		return true
	}
	for _, w := range ws {
		if joinWords[w] {
			return true
		}
	}
	return false
}

// opensWith reports whether words open with a one- or two-word entry of set.
func opensWith(ws []string, set map[string]bool) bool {
	return len(ws) > 0 && (set[ws[0]] || len(ws) > 1 && set[ws[0]+" "+ws[1]])
}

// slipWords name a slip in a text.
var slipWords = map[string]bool{
	"typo": true, "typos": true, "spelling": true, "misspelled": true, "misspelt": true, "misspelling": true,
	"misspellings": true, "tippfehler": true, "schreibfehler": true, "rechtschreibfehler": true,
	"rechtschreibung": true, "coquille": true, "coquilles": true, "spelfout": true, "typfout": true,
}

// joinWords join a second topic to a subject's first.
var joinWords = map[string]bool{"and": true, "und": true, "et": true, "y": true, "plus": true, "also": true,
	"but": true, "aber": true, "mais": true, "pero": true, "mas": true}

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
func requestSubject(subject string) bool { return requestIn(subject, nil) }

// requestIn is requestSubject with the subject's words (lowerWords), or
// nil to fold them.
func requestIn(subject string, ws []string) bool {
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
	if ws == nil || s != subject {
		ws = lowerWords(s)
	}
	return opensWith(ws, requestOpeners)
}

// requestOpeners open a subject that asks for an enhancement.
var requestOpeners = map[string]bool{
	"feature request": true, "feature requests": true, "featurerequest": true, "feature wunsch": true,
	"featurewunsch": true, "wunsch": true, "anregung": true, "vorschlag": true, "verbesserungsvorschlag": true,
	"suggestion": true, "idea": true, "enhancement": true, "enhancement request": true, "improvement": true,
	"improvement request": true,
}

// A subject that only thanks ("Thank you for Friday", "Dank für die Hilfe
// beim Ausfall am Samstag", "Obrigado pelo atendimento na queda de ontem",
// "THANK YOU!!!!!") closes a matter: the protocol's P4, whatever the
// incident it thanks for, unless a hard P1 fact stands or a word says a
// problem is live ("still", "again"). A subject that joins something
// else to the thanks ("Thanks for last week + checkout", "Danke – und
// ein kleiner Tippfehler") keeps the mail's level, as does a reply.

// thanksSubject reports whether a subject thanks and joins nothing to it.
func thanksSubject(subject string) bool { return thanksSubjectIn(subject, lowerWords(subject)) }

// thanksSubjectIn is thanksSubject with the subject's words (lowerWords).
func thanksSubjectIn(subject string, ws []string) bool {
	if isReply(subject) || isForward(subject) {
		return false
	}
	if !opensWith(ws, thanksOpeners) || joinsTopicsIn(subject, ws, "+&,;:–—") {
		return false
	}
	for _, w := range ws[1:min(len(ws), 3)] {
		if thankYouThings[w] {
			return false // "Thank-you emails losing their formatting": the thanks is a thing
		}
	}
	return true
}

// thankYouThings after "thank you" make it the name of a thing the
// product sends: "thank-you letters", "thank you receipts".
var thankYouThings = map[string]bool{
	"email": true, "emails": true, "mail": true, "mails": true, "letter": true, "letters": true,
	"receipt": true, "receipts": true, "message": true, "messages": true, "note": true, "notes": true,
	"card": true, "cards": true, "page": true, "pages": true, "template": true, "templates": true,
	"screen": true, "sms": true, "text": true, "texts": true,
}

// thanksOpeners open a subject that thanks.
var thanksOpeners = map[string]bool{
	"thanks": true, "thank you": true, "many thanks": true, "thankyou": true, "thx": true, "danke": true,
	"dank": true, "dankeschon": true, "vielen dank": true, "herzlichen dank": true, "merci": true,
	"gracias": true, "obrigado": true, "obrigada": true, "grazie": true, "bedankt": true, "tack": true,
	"kiitos": true,
}
