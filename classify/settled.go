package classify

import (
	"maps"
	"slices"
)

// A mail that closes a ticket, confirms a fix, thanks for one, announces
// planned work or advertises mentions alarm words as context: "thanks for
// handling the outage", "Fixed in release 4.2; please confirm". Its
// settled phrases (rules tagged settled) make it P4, unless a word says a
// problem is live now: "thanks for the fix, but it is down again".

// liveWords say a problem is live now, in the languages of the rules.
var liveWords = map[string]bool{
	"again": true, "still": true, "unfortunately": true, "however": true, "reopen": true,
	"reopened": true, "persists": true, "persisting": true, "recurring": true, "recurred": true,
	"wieder": true, "erneut": true, "weiterhin": true, "leider": true, "immer": true, "dennoch": true,
	"trotzdem": true, "allerdings": true, "jedoch": true,
	"encore": true, "toujours": true, "malheureusement": true,
	"todavia": true, "sigue": true, "siguen": true, "aun": true, "desafortunadamente": true,
	"ainda": true, "novamente": true, "infelizmente": true,
	"opnieuw": true, "steeds": true, "helaas": true, "ancora": true, "nuovamente": true, "purtroppo": true,
	// a problem that comes and goes is live even when it "works again"
	"intermittent": true, "intermittently": true, "sporadic": true, "sporadically": true,
}

// live is liveWords as a word class: a clause's firstBits say at once
// whether it has one.
var live = class("live", slices.Collect(maps.Keys(liveWords))...)

// recoveredWords before "again" (or "wieder", "de nuevo") say things work
// again: "works again", "läuft wieder".
var recoveredWords = map[string]bool{
	"works": true, "working": true, "running": true, "back": true, "up": true, "online": true,
	"fine": true, "normal": true, "thanks": true, "thank": true, "you": true, "lauft": true,
	"funktioniert": true, "geht": true, "alles": true, "jetzt": true, "fonctionne": true,
	"marche": true, "funciona": true, "functiona": true, "werkt": true, "funziona": true, "functioneert": true,
	// thanks again ("grazie ancora", "merci encore")
	"grazie": true, "merci": true, "danke": true, "gracias": true, "obrigado": true, "obrigada": true,
	"bedankt": true, "dank": true,
}

// recoveredAfter after "wieder" (or "again") say things work again where
// the state follows the word: "um 12:30 wieder erreichbar".
var recoveredAfter = map[string]bool{
	"erreichbar": true, "verfugbar": true, "online": true, "normal": true, "funktionsfahig": true,
	"disponible": true, "disponibles": true, "accessible": true, "accessibles": true,
	"operationnel": true, "available": true, "operational": true, "bereikbaar": true, "beschikbaar": true,
	"einwandfrei": true, "fine": true,
}

// everythingWords may stand between "again" and what works again.
var everythingWords = map[string]bool{"alles": true, "everything": true, "tout": true, "todo": true}

// livePairs are two words that bring up a problem beside the settled one
// ("one more thing", "another issue"), keyed by the first.
var livePairs = map[string]map[string]bool{
	"one":     {"more": true},
	"another": {"issue": true, "problem": true, "thing": true, "bug": true, "question": false},
	"new":     {"issue": true, "problem": true, "bug": true},
	"also":    {"noticed": true, "found": true, "seeing": true},
}

// oneMoreWhat are what "one more" brings up when it is a problem beside
// the settled one ("one more thing", "one more issue"); "one more from
// Rick (below)" forwards another mail.
var oneMoreWhat = map[string]bool{"thing": true, "issue": true, "problem": true, "bug": true, "point": true, "error": true}

// pairDenied reports whether a "not" or "no" stands in the three words
// before a live pair at token i: "I am not raising a new problem".
func pairDenied(f *folded, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && f.mark(j) == 0; j-- {
		if w := string(f.wordb(j)); w == "not" || w == "no" || w == "never" {
			return true
		}
	}
	return false
}

// liveList lists the words liveWord starts from: the live words and the
// first words of live pairs. The automaton's scan flags them (token.live),
// so that liveWord looks up no other word.
func liveList() []string {
	return slices.AppendSeq(slices.Collect(maps.Keys(liveWords)), maps.Keys(livePairs))
}

// liveWord reports whether a folded field has a live word that does not
// follow a recovered word, or a live pair. The field must have been
// scanned: it reads the flags the scan sets.
func liveWord(f *folded) bool {
	for i := range f.toks {
		if f.mark(i) != 0 || !f.toks[i].live {
			continue
		}
		w := f.wordb(i)
		if i+1 < len(f.toks) && f.mark(i+1) == 0 && livePairs[string(w)][string(f.wordb(i+1))] && !pairDenied(f, i) &&
			(string(w) != "one" || i+2 < len(f.toks) && f.mark(i+2) == 0 && oneMoreWhat[string(f.wordb(i+2))]) {
			return true
		}
		if !liveWords[string(w)] {
			continue
		}
		if i > 0 && f.mark(i-1) == 0 && (recoveredWords[string(f.wordb(i-1))] || checkWords[string(f.wordb(i-1))]) {
			continue // "works again"; "I've checked again": the writer looked again
		}
		if i+1 < len(f.toks) && f.mark(i+1) == 0 && thanksAfter[string(f.wordb(i+1))] {
			continue // "encore merci", "nochmals danke": thanks again
		}
		if j := i + 1; j < len(f.toks) && f.mark(j) == 0 {
			if everythingWords[string(f.wordb(j))] && j+1 < len(f.toks) && f.mark(j+1) == 0 {
				j++ // "läuft wieder alles einwandfrei": everything works again
			}
			if recoveredAfter[string(f.wordb(j))] {
				continue // "wieder erreichbar", "de nouveau disponible": reachable again
			}
		}
		if pastOnly(f, i) {
			// "the status page still said 'All systems operational'":
			// a live word in a story of the past
			continue
		}
		return true
	}
	return false
}

// settledBy returns the evidence of the first counted settled phrase, or
// of a thank-you in a mail that says things work again.
func (st *state) settledBy() (Evidence, bool) {
	for _, h := range st.hits {
		if h.suppressedBy == nil && h.field != FieldSender && st.c.rules[h.rule].Tag == TagSettled && !st.toldSettled(h) {
			return Evidence{Match: h.text, Field: h.field, Offset: h.offset}, true
		}
	}
	if !st.thanksRead {
		st.thanksRead = true
		text, cs := st.writer()
		st.thanks, st.thanked = thanksRecoveredIn(st.subject, text, cs)
		if !st.thanked {
			st.thanks, st.thanked = allClearIn(text, cs)
			st.cleared = st.thanked
		}
	}
	return st.thanks, st.thanked
}

// toldSettled says a settled phrase is what the writer was told, not what
// the writer confirms: "we were told the matter was resolved, and it
// recurred", "you assured us it was fixed".
func (st *state) toldSettled(h *hit) bool {
	ws := st.wordsBefore(h)
	for _, w := range ws[max(0, len(ws)-8):] {
		if toldWords[w] {
			return true
		}
	}
	return false
}

// toldWords report what someone else said.
var toldWords = map[string]bool{"told": true, "assured": true, "promised": true, "claimed": true,
	"supposedly": true, "allegedly": true, "apparently": true, "reportedly": true,
	"versichert": true, "versprochen": true, "angeblich": true, "mitgeteilt": true}

// allClearIn reports a clause of the writer's body that says nothing is
// wrong now ("Nothing is wrong right now, this is just for the policy",
// "Currently there is no problem", "There is no current incident",
// "nothing has happened"), in a mail with no word that a problem is live:
// its alarm words are what the writer asks about, not what happens to
// them. A problem denied must be denied now (a word of now, or "has
// happened"): "no problem, take your time" says nothing of the product.
func allClearIn(body string, cs []clause) (Evidence, bool) {
	var e Evidence
	clear := false
	for _, c := range cs {
		if c.ask {
			continue
		}
		if c.any&live.bit != 0 && liveClause(c.words) {
			return Evidence{}, false
		}
		if clear || c.field != FieldBody {
			continue // the first denial is the evidence; later clauses are read for live words only
		}
		// a supposition after the denial ("nothing is wrong, this is
		// just for the policy") does not reach back
		if i, n := allClearAt(c.words); i >= 0 && !supposedBefore(c.line(), i) && !aboutOthers(c.words) {
			clear, e = true, Evidence{Match: body[c.at[i]:c.to[i+n-1]], Field: c.field, Offset: c.at[i]}
		}
	}
	return e, clear
}

// aboutOthers reports a clause about other things than the writer's
// problem: "bei einer ersten Durchsicht von drei weiteren Gemeinschaften
// haben wir keine Auffälligkeiten festgestellt", "the other sites have
// had no issues": a denial there clears the others, not the mail.
func aboutOthers(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return otherWords[w] })
}

var otherWords = map[string]bool{"other": true, "others": true, "remaining": true, "weitere": true,
	"weiteren": true, "anderen": true, "andere": true, "ubrigen": true}

// allClearAt returns where words deny a problem now, and how many words
// the denial takes, or -1.
func allClearAt(ws []string) (int, int) {
	// whether a word of now is in the clause is read only once a "no" or
	// "nothing" is found: most clauses have neither, and this runs on
	// every clause of every mail without a settled phrase
	now, nowRead := false, false
	for i, w := range ws {
		if (w == "everything" || w == "all") && i+5 < len(ws) && fineWords[ws[i+2]] && ourSide(ws[i+3:]) {
			switch ws[i+1] {
			case "is", "s", "looks", "seems":
				// "everything looks normal on our side": the writer's
				// own systems are fine now
				return i, 6
			}
		}
		if n := worksFine(ws, i); n > 0 {
			return i, n
		}
		if w == "been" {
			if n := stableSince(ws, i); n > 0 {
				return i - 1, n // from the "has" before "been"
			}
		}
		if german := w == "kein" || w == "keine" || w == "keinerlei"; german || w != "no" && w != "nothing" {
			if german {
				if n := keinProblem(ws, i); n > 0 {
					return i, n
				}
			}
			continue
		}
		if i > 0 && showVerbs[ws[i-1]] {
			// "your status page currently shows no incident": what a
			// page or a monitor shows, not the writer's own state
			continue
		}
		if !nowRead {
			now, nowRead = slices.ContainsFunc(ws, func(w string) bool { return clearNow[w] }), true
		}
		// "there is no incident", "we have had no issues": the denial's
		// own verb is of now, or of the time up to now ("before the
		// update they had no problems" is over)
		own := w == "no" && i > 0 && (ws[i-1] == "is" || ws[i-1] == "are" ||
			(ws[i-1] == "had" || ws[i-1] == "seen") && i > 1 && (ws[i-2] == "have" || ws[i-2] == "ve" || ws[i-2] == "has")) ||
			w == "nothing" && i+1 < len(ws) && (ws[i+1] == "is" || ws[i+1] == "s") // "Nothing is broken"
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			switch {
			case w == "nothing" && ws[j] == "happened" && (ws[j-1] == "has" || ws[j-1] == "have"):
				return i, j - i + 1
			case (now || own) && (w == "nothing" && (ws[j] == "wrong" || ws[j] == "broken") || w == "no" && problemWords[ws[j]]):
				return i, j - i + 1
			}
		}
	}
	return -1, 0
}

// keinProblem returns how many words from a "kein" at i deny a problem
// now in German, or 0: "Aktuell besteht kein Problem", "wir haben kein
// Problem bemerkt", "es liegt derzeit keine Störung vor". The clause has
// a word of now or the denial's own verb; "kein Problem, lassen Sie sich
// Zeit" says nothing of the product.
func keinProblem(ws []string, i int) int {
	if i+1 >= len(ws) || !problemWordsDE[ws[i+1]] {
		return 0
	}
	for _, w := range ws {
		if clearNowDE[w] {
			return 2
		}
	}
	return 0
}

var (
	problemWordsDE = map[string]bool{"problem": true, "probleme": true, "storung": true, "storungen": true,
		"fehler": true, "ausfall": true, "vorfall": true, "auffalligkeiten": true, "beeintrachtigung": true}
	// clearNowDE are the words of now, or the denial's own verb of now
	// or up to now.
	clearNowDE = map[string]bool{"aktuell": true, "derzeit": true, "momentan": true, "zurzeit": true,
		"besteht": true, "bestehen": true, "bemerkt": true, "festgestellt": true, "bisher": true}
)

// showVerbs tell what a page, a report or a monitor shows.
var showVerbs = map[string]bool{"shows": true, "show": true, "showed": true, "showing": true, "displays": true,
	"lists": true, "says": true, "reports": true, "mentions": true, "indicates": true}

// worksFine returns how many words from i say, in the writer's own verb
// of now, that everything works: "Everything's working fine, I just want
// to have it ready", "everything is running normally" (sevq11); or 0.
func worksFine(ws []string, i int) int {
	j := i
	switch ws[i] {
	case "everythings":
		j++
	case "everything":
		if j+1 < len(ws) && (ws[j+1] == "is" || ws[j+1] == "s") {
			j += 2
		} else {
			return 0
		}
	default:
		return 0
	}
	if j+1 < len(ws) && (ws[j] == "working" || ws[j] == "running") && (fineWords[ws[j+1]] || ws[j+1] == "normally") {
		return j + 2 - i
	}
	return 0
}

// stableSince returns how many words from "been" at i say, in the present perfect,
// that the service has worked since a time the writer names: "Service has
// been normal since late morning on the 18th", "it's been fine since",
// "Service has been entirely stable since the afternoon of the 13th"; or
// 0. What the writer tells before it (a service credit for the outage, a
// post-incident report) is over.
func stableSince(ws []string, i int) int {
	if i == 0 {
		return 0
	}
	switch ws[i-1] {
	case "has", "have", "s", "ve":
	default:
		return 0
	}
	j := i + 1
	if j < len(ws) && stableAdverbs[ws[j]] {
		j++
	}
	switch {
	case j < len(ws) && (fineWords[ws[j]] || ws[j] == "stable"):
		j++
	case j+1 < len(ws) && (ws[j] == "working" || ws[j] == "running") && (fineWords[ws[j+1]] || ws[j+1] == "normally" || ws[j+1] == "smoothly"):
		j += 2
	default:
		return 0
	}
	if j < len(ws) && ws[j] == "ever" {
		j++
	}
	if j < len(ws) && ws[j] == "since" {
		return j + 1 - (i - 1)
	}
	return 0
}

// stableAdverbs may stand between "been" and how things have been.
var stableAdverbs = map[string]bool{"entirely": true, "completely": true, "perfectly": true, "fully": true,
	"totally": true, "absolutely": true, "quite": true}

// ourSide reports whether ws begin with "on our side", "on our end" or
// "from our side".
func ourSide(ws []string) bool {
	return len(ws) >= 3 && (ws[0] == "on" || ws[0] == "from") && ws[1] == "our" && (ws[2] == "side" || ws[2] == "end")
}

var (
	// fineWords say things work.
	fineWords = map[string]bool{"fine": true, "normal": true, "ok": true, "okay": true}
	// clearNow say a denial holds now.
	clearNow = map[string]bool{"now": true, "currently": true, "current": true, "anymore": true,
		"moment": true, "present": true, "today": true}
	// problemWords are what a writer denies having.
	problemWords = map[string]bool{"problem": true, "problems": true, "issue": true, "issues": true,
		"incident": true, "incidents": true}
)

// thanking and recovered are the two halves of a thank-you after an
// incident: "Thanks for the frequent updates during the outage ...
// everything's back for us", "merci ... tout fonctionne normalement".
var (
	thanking = class("thanks",
		"thank you", "thanks", "many thanks", "merci", "danke", "vielen dank", "gracias", "obrigado", "obrigada",
		"grazie", "kudos", "well done", "great job")
	recovered = class("working again",
		"back up", "back to normal", "back online", "was back", "is back", "its back", "everythings back",
		"everything is back", "all fine", "all good", "fine now", "normally", "normalement", "go green",
		"went green", "resolved", "fixed", "restored", "working again", "works again", "didnt miss a beat",
		"went smoothly", "ran smoothly", "worked perfectly", "held up", "no problems", "funktioniert wieder",
		"fonctionne", "funciona de nuevo",
		// sevq11: what came back, in the words of people who are not
		// technical ("everything came back by teatime", "it's all back,
		// every booking present and correct", "läuft wieder einwandfrei")
		"came back", "all back", "all there", "present and correct", "einwandfrei", "behoben")
)

// thanksRecovered reports a thank-you (in the subject or the writer's
// text) in a mail whose text says things work (again), with no question
// and no word that a problem is live: its alarm words tell of the past.
// The evidence is the thanks.
func thanksRecovered(subject, body string) (Evidence, bool) {
	return thanksRecoveredIn(subject, body, clauses(FieldBody, body, clauses(FieldSubject, subject, nil)))
}

// thanksRecoveredIn is thanksRecovered on the clauses cs of subject and
// body.
func thanksRecoveredIn(subject, body string, cs []clause) (Evidence, bool) {
	var e Evidence
	var thanked, back bool
	bodyClause := 0
	for _, c := range cs {
		if c.field == FieldBody {
			bodyClause++
		}
		l := c.line()
		// a question or request ("could you send an incident report, how
		// to stop it happening again?") asks about the past; a live word
		// elsewhere says the problem is back
		if s, _ := supposing.find(l, 0); !c.ask && s < 0 {
			if c.any&live.bit != 0 {
				for k, w := range c.words {
					if c.bits[k]&live.bit != 0 && w != "however" && !liveRecovered(c.words, l, k) {
						return Evidence{}, false
					}
				}
			}
		}
		// the thanks is the mail's purpose: in the subject, the opening,
		// or thanking for something ("thanks for the updates"), not a
		// sign-off ("Thanks ever so much,")
		if i, n := thanking.find(l, 0); i >= 0 && !thanked &&
			(c.field == FieldSubject || bodyClause <= 3 || i+n < len(c.words) && c.words[i+n] == "for") {
			src := body
			if c.field == FieldSubject {
				src = subject
			}
			thanked = true
			e = Evidence{Match: src[c.at[i]:c.to[i+n-1]], Field: c.field, Offset: c.at[i]}
		}
		if i, _ := recovered.find(l, 0); i >= 0 && !deniedAt(l, i) {
			back = true
		}
	}
	return e, thanked && back
}

// checkWords before "again" say the writer looked again, not that the
// problem is back: "I've checked again this morning and it's all there".
var checkWords = map[string]bool{"checked": true, "checking": true, "looked": true, "check": true}

// liveRecovered reports whether the live word k of a clause (its words and line l) is
// the "again" of things working again: after a checking verb ("checked
// again"), or before what works, in the same clause ("läuft heute wieder
// alles einwandfrei", "it is working normally again").
func liveRecovered(words []string, l line, k int) bool {
	if k > 0 && checkWords[words[k-1]] {
		return true
	}
	if i, _ := recovered.find(l, 0); i >= 0 && !deniedAt(l, i) {
		return true
	}
	return false
}

// hasSettled reports whether a settled phrase has matched so far.
func (st *state) hasSettled() bool {
	_, ok := st.settledBy()
	return ok
}

// pastOnly reports whether the sentence around token i tells of the past:
// a past word ("was", "yesterday", "last") and no word of now ("is",
// "now", "can't", "since", "have").
func pastOnly(f *folded, i int) bool {
	a, b := i, i
	for a > 0 && f.mark(a-1) != sentenceMark {
		a--
	}
	for b < len(f.toks) && f.mark(b) != sentenceMark {
		b++
	}
	past := false
	for k := a; k < b; k++ {
		if f.mark(k) != 0 {
			continue
		}
		if nowWords[string(f.wordb(k))] {
			return false
		}
		past = past || pastWords[string(f.wordb(k))]
	}
	return past
}

// nowWords say a sentence tells of the present.
var nowWords = map[string]bool{"is": true, "are": true, "s": true, "re": true, "now": true, "currently": true,
	"today": true, "cant": true, "cannot": true, "isnt": true, "arent": true, "doesnt": true, "dont": true,
	"keeps": true, "keep": true, "right": true, "since": true, "has": true, "have": true}

// thanksAfter are words of thanks that a live word before them ("encore
// merci", "wieder danke") qualifies: thanks again, not a problem again.
var thanksAfter = map[string]bool{"merci": true, "danke": true, "gracias": true, "grazie": true, "obrigado": true,
	"obrigada": true, "bedankt": true}
