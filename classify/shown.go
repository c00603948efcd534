package classify

import (
	"regexp"
	"slices"
	"strings"
)

// Someone else's records shown to the writer, whoever the other party is:
// "he can see jobs that aren't his - other contractors' jobs", "the
// patient list is showing animals from Westgate Veterinary Clinic - not
// us", "he was shown the full name, e-mail address and subscription
// history of a different subscriber". The protocol's "security breach or
// data privacy incident": in one sentence the writer sees (or is shown)
// records or personal details, and says whose they are not. The
// composer's lists name the parties a desk meets most ("another
// customer's", "other tenants"); this reads any party.

// shownWords say the writer (or their user) sees, is shown or can open
// something.
var shownWords = map[string]bool{
	"see": true, "sees": true, "seeing": true, "saw": true, "seen": true, "shown": true, "showing": true,
	"shows": true, "displays": true, "displaying": true, "displayed": true, "visible": true, "view": true,
	"viewing": true, "open": true, "opened": true, "access": true, "accessed": true, "appear": true,
	"appearing": true, "appears": true, "looking": true,
	// what an API or an export hands back
	"returns": true, "returned": true, "returning": true, "contains": true, "lists": true, "listing": true,
}

// recordWords are records and personal details.
var recordWords = map[string]bool{
	"records": true, "record": true, "details": true, "names": true, "name": true, "addresses": true,
	"address": true, "numbers": true, "history": true, "notes": true, "documents": true, "payslips": true,
	"statements": true, "patients": true, "jobs": true, "files": true, "data": true, "information": true,
	"invoices": true, "accounts": true, "contracts": true, "passport": true, "passports": true, "iban": true,
	"ibans": true, "salary": true, "salaries": true, "photos": true, "orders": true, "bookings": true,
	"appointments": true, "animals": true, "pets": true, "profiles": true, "profile": true, "messages": true,
	"emails": true, "codes": true, "list": true, "policies": true, "claims": true, "quotes": true,
	// people whose details a portal shows ("I am looking at SOMEONE ELSE'S KID")
	"kid": true, "kids": true, "child": true, "children": true, "students": true, "pupils": true, "grades": true,
	// what a product keeps of them ("user sees another tenant's
	// gradebook", "Another company's reports in our approval queue")
	"gradebook": true, "gradebooks": true, "marks": true, "results": true, "transcripts": true, "reports": true,
	"timesheets": true, "payroll": true, "recordings": true, "tickets": true, "contacts": true, "leads": true,
	"transactions": true, "receipts": true, "expenses": true,
}

// partyWords are who records belong to: "another practice's patients",
// "other firms' jobs", "a different subscriber" (singular; a plural or
// possessive "s" is read off).
var partyWords = map[string]bool{
	"customer": true, "client": true, "tenant": true, "subscriber": true, "user": true, "member": true,
	"patient": true, "company": true, "compan": true, "firm": true, "practice": true, "clinic": true,
	"school": true, "organisation": true, "organization": true, "business": true, "household": true,
	"person": true, "people": true, "family": true, "familie": true, "contractor": true, "employee": true,
	"student": true, "agency": true, "agencie": true, "hospital": true, "landlord": true, "owner": true,
	"account": true, "branch": true, "store": true, "shop": true, "office": true, "charity": true,
	"charitie": true, "club": true, "team": true, "supplier": true, "partner": true, "tenancy": true,
	"parent": true, "pupil": true, "driver": true, "guest": true, "donor": true, "supporter": true,
	"reseller": true, "merchant": true, "vet": true, "surgery": true, "pharmacy": true, "pharmacie": true,
	"site": true, "venue": true, "broker": true, "restaurant": true, "hotel": true, "property": true, "propertie": true,
	"claimant": true, "applicant": true, "policyholder": true, "resident": true, "citizen": true, "candidate": true,
	"learner": true, "borrower": true, "passenger": true, "traveller": true, "traveler": true, "visitor": true,
	"children": true, "child": true, "buyer": true, "seller": true, "vendor": true, "lawyer": true,
}

// party reports whether w names who records belong to.
func party(w string) bool {
	return partyWords[w] || strings.HasSuffix(w, "s") && partyWords[w[:len(w)-1]] ||
		strings.HasSuffix(w, "ies") && partyWords[w[:len(w)-3]+"y"]
}

// othersShown returns the evidence of a sentence of the writer's text (or
// the subject) in which records are shown and said to be someone else's,
// not denied ("we can no longer see other firms' jobs"), asked ("can
// other tenants see my bank details?") or supposed ("if other users could
// see"). It reads the clauses the composer made of the writer's text,
// joined into sentences.
func (st *state) othersShown() (Evidence, bool) {
	text, cs := st.writer()
	if !slices.ContainsFunc(cs, func(c clause) bool { return c.any&partyMark.bit != 0 }) {
		return Evidence{}, false // most mails: no sentence names another party
	}
	ws := st.w.shownWs[:0]
	defer func() { st.w.shownWs = ws[:0] }()
	for i := 0; i < len(cs); {
		// one sentence: the clauses up to the next sentence end
		src := st.fieldText(cs[i].field, text)
		j := i + 1
		for j < len(cs) && cs[j].field == cs[i].field && !sentenceBetween(src, cs[j-1].end, cs[j].offset) {
			j++
		}
		marked := false
		for _, c := range cs[i:j] {
			marked = marked || c.any&partyMark.bit != 0
		}
		if marked {
			ws = ws[:0]
			for _, c := range cs[i:j] {
				ws = append(ws, c.words...)
			}
			if k, ok := shownOthers(ws, cs[j-1].ask); ok {
				return Evidence{Rule: "someone else's records shown", Match: strings.Join(ws[max(0, k-3):min(len(ws), k+4)], " "),
					Field: cs[i].field, Offset: cs[i].offset, Level: P1,
					Note: "the writer sees records or personal details and says they are someone else's: a data privacy incident (P1)"}, true
			}
		}
		i = j
	}
	return Evidence{}, false
}

// someoneElsesDE finds the German ways of saying whose records are shown
// when they are not the writer's, in the writer's words (folded): "nicht
// ihre eigenen Angaben, sondern Name, Anschrift … einer ihr unbekannten
// Person", "sehe ich nicht meine Tochter, sondern einen Jungen aus der 6c",
// "Namen und Anliegen von Bürgern einer anderen Kommune". In the labelled
// sets "nicht meine …, sondern" is P1 12 times in 12, "einer fremden /
// anderen / unbekannten Person" (Familie, Firma, Kommune …) 35 in 35.
var someoneElsesDE = regexp.MustCompile(`\b(?:` +
	`nicht (?:mein|meine|meinen|meiner|unser|unsere|unseren|unserer|ihre|ihren|ihrer|seine|seinen|seiner)(?: eigenen| eigene)?(?: \w+){1,3} sondern` +
	`|(?:einer|eines) (?:ihr |ihm |mir |uns |jeweils )?(?:unbekannten|fremden|anderen) (?:person|kundin|kunden|patientin|patienten|familie|burgerin|burgers|burger|schulerin|schulers|kindes|mitglieds|firma|kommune|gemeinde|schule|praxis|vereins|mandanten|mieters|mieterin|frau|mannes|nutzers|nutzerin|benutzers)` +
	`)\b`)

// shownOthersDE returns the evidence of someoneElsesDE in the writer's
// words (the subject and the new text, not the quoted history).
func (st *state) shownOthersDE() (Evidence, bool) {
	if !st.writerWordsDE() {
		// most mails: neither form's words ("sondern ", "einer " or
		// "eines " in the words joined)
		return Evidence{}, false
	}
	buf, _ := st.writerWords(true)
	loc := someoneElsesDE.FindIndex(buf)
	if loc == nil {
		return Evidence{}, false
	}
	return Evidence{Rule: "someone else's records shown", Match: string(buf[loc[0]:loc[1]]), Field: FieldBody, Level: P1,
		Note: "the writer says the records or details shown are not theirs but someone else's: a data privacy incident (P1)"}, true
}

// partyMark is the words that say whose records are not the writer's: a
// sentence without one is not read further.
var partyMark = class("party", "another", "other", "different", "ours", "mine", "arent", "isnt", "someone",
	"somebody", "someones", "somebodys")

// fieldText returns the source the clauses of a field index into.
func (st *state) fieldText(field, text string) string {
	if field == FieldSubject {
		return st.subject
	}
	return text
}

// sentenceBetween reports whether src between two clauses ends a
// sentence.
func sentenceBetween(src string, from, to int) bool {
	if from < 0 || to > len(src) || from > to {
		return true
	}
	return strings.ContainsAny(src[from:to], ".!?\n")
}

// shownOthers reports whether the words of one sentence show records
// and say whose they are not, and where the party is named.
func shownOthers(ws []string, question bool) (int, bool) {
	shown, records, at := -1, false, -1
	for i, w := range ws {
		switch {
		case w == "if" || w == "would" || w == "could" || w == "should" || w == "whether" || w == "might":
			return 0, false // supposed, not told
		case newsWords[w]:
			return 0, false // "You will have seen the reports … of a ransomware attack on another supplier"
		case shownWords[w]:
			if i > 0 && deniesShown(ws[i-1]) || i > 1 && deniesShown(ws[i-2]) {
				return 0, false // "we can't see other clients' data": as it should be
			}
			if shown < 0 {
				shown = i
			}
		case recordWords[w]:
			records = true
		}
		if at < 0 {
			switch {
			case (w == "another" || w == "other" || w == "different") && i+1 < len(ws) && party(ws[i+1]) &&
				!(i > 0 && (ws[i-1] == "no" || ws[i-1] == "any" || ws[i-1] == "each")):
				at = i
			case w == "not" && i+1 < len(ws) && (ws[i+1] == "ours" || ws[i+1] == "mine"):
				at = i
			case (w == "arent" || w == "isnt") && i+1 < len(ws) && ownerWords[ws[i+1]]:
				at = i
			case w == "someone" || w == "somebody":
				if i+1 < len(ws) && ws[i+1] == "elses" {
					at = i
				}
			case w == "someones" || w == "somebodys":
				at = i
			}
		}
	}
	if question && len(ws) > 0 && modalStart[ws[0]] {
		return 0, false // "Can other tenants see my bank details?"
	}
	return at, shown >= 0 && records && at >= 0
}

// newsWords tell of someone else's event read or heard about.
var newsWords = map[string]bool{"news": true, "article": true, "newspaper": true, "press": true, "media": true,
	"reported": true, "reports": true, "reading": true, "read": true, "heard": true, "headlines": true}

// ownerWords follow "aren't" or "isn't" in "jobs that aren't his".
var ownerWords = map[string]bool{"his": true, "hers": true, "theirs": true, "ours": true, "mine": true, "yours": true}

// modalStart open a question that asks rather than reports.
var modalStart = map[string]bool{"can": true, "could": true, "will": true, "would": true, "is": true,
	"are": true, "do": true, "does": true, "who": true, "how": true, "what": true, "should": true}

// deniesShown says the word before a seeing word denies it.
func deniesShown(w string) bool {
	switch w {
	case "cant", "cannot", "not", "never", "no", "dont", "doesnt", "didnt", "wont", "couldnt", "shouldnt", "nobody", "longer":
		return true
	}
	return false
}

// payersNamed reports whether the sentence of a money signal (or the
// subject) names more than one payer: "customers charged twice", "3
// tables … with two charges for the same bill".
func (st *state) payersNamed(h *hit) bool {
	for _, src := range [2]string{st.subject, st.sentenceAround(h)} {
		// folded as the rules read it ("Gäste", "huéspedes"); "3 tables"
		// names them by the noun, "$49.00 on 3 November" names none
		for _, w := range foldWords(src) {
			if strings.HasSuffix(w, "s") && party(w) || payerWords[w] {
				return true
			}
		}
	}
	return false
}

// payerWords are people who pay, in the plural, beyond partyWords.
var payerWords = map[string]bool{"people": true, "tables": true, "guests": true, "diners": true,
	"shoppers": true, "buyers": true, "families": true, "parents": true, "subscribers": true,
	// in the other languages of the rules
	"clienti": true, "clientes": true, "kunden": true, "klanten": true, "gaste": true,
	"ospiti": true, "huespedes": true, "invites": true, "acheteurs": true}
