package classify

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// hit is one accepted rule match.
type hit struct {
	rule int
	// key is the phrase that matched, as a rule key ("crash*", "every *");
	// any says it ends in any one word.
	key    string
	any    bool
	field  string
	t0, t1 int    // token range [t0, t1)
	sent   int    // sentence number within the field
	text   string // source text that matched
	offset int    // byte offset of text in the field
	// suppressedBy is the cue (negation, hypothetical) that cancels it.
	suppressedBy *hit
	// denied says an ability verb is denied by a negation or a
	// none-quantifier just before it ("nobody here can", "nao consegue").
	denied bool
	// noneCan says the denial is a none-quantifier: no one can.
	noneCan bool
	// deniedFrom is the first token of the denial: the evidence shows
	// "nobody at the office can", not "can".
	deniedFrom int
	// topic says an alarm noun stands in a question or in a sentence that
	// talks about such events rather than reports one ("the news about a
	// breach", "an outage notification list", "when a critical outage
	// hits").
	topic bool
}

// state collects the evidence of one Classify call.
type state struct {
	c    *Classifier
	hits []*hit
	ev   []Evidence
	// signals beyond words
	shout []Evidence
	perf  []perfFinding
	// minor says the largest factor the mail measures is below 5x, read
	// once (minorRead).
	minor, minorRead bool
	// wait is the longest time one action is said to take ("takes 20-30s
	// to open"), its seconds in factor; zero if none.
	wait  perfFinding
	reply bool      // the subject starts with Re:, Fwd: or a translation
	arena *hitArena // backing store of hits, reused across calls
	bulk  *Evidence // "600 complaints": a count of affected things
	bulkN float64   // the count
	// survey says the subject names a satisfaction survey; nps is a
	// detractor's score answering it.
	survey bool
	nps    *Evidence
	// live says a word of the mail says a problem is live now ("again",
	// "still"): a settled phrase then does not settle the mail.
	live bool
	// operator says a rule of an operator's file counted toward a level.
	operator bool
	// keys are the learned vocabulary's token keys of subject and body
	// (tokenKeys), gathered from the same folding; nil without one.
	keys []uint64
	// w holds the scratch maps of the call, kept for the next one.
	w *folder
	// body is the body's source: the settled reading looks in it for a
	// forwarded history between a thanks and a later P1.
	body string
	// subject is the subject's source, read by the composer.
	subject string
	// thanks is the thank-you of a mail that says things work again
	// (thanked), read once (thanksRead).
	thanks              Evidence
	thanked, thanksRead bool
	// cleared says the settled reading is the writer's "nothing is wrong
	// now" (allClearIn), thanks its evidence: it settles incidents, not a
	// request or a small bug told beside it.
	cleared bool
	// chase says a reply's new text says the old problem goes on ("any
	// news? still the same"), read once (chaseRead).
	chase, chaseRead bool
	// wtext and wcls are the writer's text and its clauses (writer),
	// read once (wread).
	wtext string
	wcls  []clause
	wread bool
	// asks says a sentence of the subject or body ends in '?'.
	asks bool
	// topics is scratch space for topicSentences.
	topics []uint8
	// hist is where the body's history starts (historyStart), -1 if it
	// has none, read once (histRead).
	hist     int
	histRead bool
	// wwBuf and wwLive are writerWords(true), read once (wwRead).
	wwBuf          []byte
	wwLive, wwRead bool
	// subjWords are the subject's words (lowerWords), read once
	// (subjRead): five readings of the subject ask for them.
	subjWords []string
	subjRead  bool
}

// subjectWords returns lowerWords(st.subject), folded once a mail.
func (st *state) subjectWords() []string {
	if !st.subjRead {
		st.subjRead, st.subjWords = true, lowerWords(st.subject)
	}
	return st.subjWords
}

// field folds, scans and resolves one field of the input.
func (st *state) field(w *folder, name, src string) {
	f := w.fold(src)
	from := len(st.hits)
	st.scan(w, f, name, src)
	st.hits = dropPatchLevels(st.hits, from, src)
	st.hits = dropFormRatings(st.hits, from, src)
	st.germanBracket(w, f, name, src, from)
	st.compoundData(f, name, src, from)
	hits := st.hits[from:]
	setSentences(f, hits)
	applyCues(st.c.rules, f, hits)
	if name != FieldSender {
		st.questions(f, name, src, hits)
		if name == FieldSubject {
			st.howToSubject(f, src, hits)
		}
	}
	history := -1
	var topics []uint8
	for _, h := range hits {
		if st.c.rules[h.rule].Tag == TagAlarm {
			if name == FieldBody {
				history = historyStart(src, 0)
			}
			if st.topics == nil {
				st.topics = make([]uint8, 0, 64)
			}
			topics = topicSentences(f, st.topics[:0])
			st.topics = topics
			break
		}
	}
	for _, h := range hits {
		if h.suppressedBy == nil && st.c.rules[h.rule].Tag == TagSettled {
			// "we need the export back to normal before the close",
			// "customers aren't updated when bugs are fixed": a state
			// wished for or supposed, not one reached
			if j := wishBefore(f, h.t0); j >= 0 {
				cue := st.newHit()
				text, off := f.source(src, j, j+1)
				*cue = hit{rule: st.c.question, field: name, t0: j, t1: j + 1, text: text, offset: off, sent: h.sent}
				h.suppressedBy = cue
			}
		}
		if h.denied {
			h.text, h.offset = f.source(src, h.deniedFrom, h.t1)
		}
		if st.c.rules[h.rule].Tag == TagAlarm {
			// in a forwarded or quoted history, an alarm noun is context
			h.topic = alarmTopic(f, h, topics) || name == FieldBody && history >= 0 && h.offset >= history
		}
		if st.c.rules[h.rule].Tag == TagWorkaround && h.suppressedBy == nil {
			st.noWorkaround(f, src, h)
		}
	}
	if name == FieldSender {
		return
	}
	st.asks = st.asks || len(f.qends) > 0
	if st.c.vocab != nil {
		st.keys = tokenKeys(f, name == FieldSubject, st.keys, vocabMaxWords)
	}
	// Live words matter only beside a settled phrase: the body is read
	// for them only when the mail has one (the subject, short, always).
	if !st.live && (name == FieldSubject || st.hasSettled()) {
		st.live = liveWord(f)
	}
	st.negatedActivity(f, name, src, hits)
	st.separableFaults(f, name, src)
	var wait perfFinding
	st.perf, wait = perfAndWait(f, name, src, st.perf)
	if wait.factor > st.wait.factor {
		st.wait = wait
	}
	switch {
	case name == FieldSubject:
		st.survey = surveySubject(f)
		if e, ok := subjectScore(f, src); ok {
			st.nps = heapCopy(e)
		}
	case st.survey:
		if e, ok := detractorScore(f, src); ok {
			st.nps = heapCopy(e)
		}
	}
	if e, n, ok := findBulk(f, name, src); ok && (st.bulk == nil || n > st.bulkN) {
		st.bulk, st.bulkN = heapCopy(e), n
	}
	if e, ok := shouting(f, name); ok {
		st.shout = append(st.shout, e)
	}
}

// heapCopy returns a pointer to a copy of e: taking &e of a variable
// declared in an if statement moves it to the heap on every call, found
// or not.
func heapCopy(e Evidence) *Evidence { return &e }

// noWorkaround cancels a workaround that an incident form answers with
// "none" ("Workaround: none found", "Workaround: n/a").
func (st *state) noWorkaround(f *folded, src string, h *hit) {
	t := h.t1
	if t < len(f.toks) && f.mark(t) == clauseMark {
		t++
	}
	if t >= len(f.toks) || f.mark(t) != 0 || !noWorkaroundWords[string(f.wordb(t))] {
		return
	}
	cue := st.newHit()
	text, off := f.source(src, t, t+1)
	*cue = hit{rule: st.c.none, key: noneRule.Phrase, field: h.field, t0: t, t1: t + 1, text: text, offset: off}
	h.suppressedBy = cue
}

// noWorkaroundWords answer "Workaround:" with none.
var noWorkaroundWords = map[string]bool{
	"none": true, "no": true, "nothing": true, "n": true, "na": true, "unknown": true, "nil": true,
	"keine": true, "keiner": true, "aucun": true, "aucune": true, "ninguna": true, "ninguno": true,
	"nenhuma": true, "nenhum": true,
}

// noneRule is the cue of a workaround answered with none.
var noneRule = Rule{Kind: KindNegate, Phrase: "<workaround: none>", Source: "classify: workaround answered none"}

// scan runs the matcher over the folded field and keeps the leftmost-
// longest non-overlapping matches of the rules that apply to the field.
// Where several lines match the same phrase, the first line defines it;
// a built-in phrase that an operator's file redefines or removes does not
// count. The hits are appended to st.hits.
func (st *state) scan(w *folder, f *folded, name, src string) {
	c := st.c
	w.matches = c.m.scan(f, w.matches[:0], &w.scan)
	ms := w.matches
	sortMatches(ms)
	end := 0
	var prev *acMatch
	// The keys of more than one word are written back to back in
	// w.keyBytes and cut from one string at the end (pending: the hits
	// waiting for theirs), so that a field costs one allocation for its
	// keys, not one per match.
	keys, pending := w.keyBytes[:0], w.keySpans[:0]
	for i := range ms {
		m := &ms[i]
		if m.t0 < end {
			continue
		}
		if prev != nil && m.t0 == prev.t0 && m.t1 == prev.t1 && m.wild == prev.wild && m.prefix == prev.prefix {
			continue // the same phrase: the first line defines it
		}
		prev = m
		from := len(keys)
		key, ok := wordKey(f, *m)
		if !ok {
			keys = appendKey(keys, f, *m)
		}
		hidden := false
		if m.p < c.base && len(c.overlay) > 0 {
			if ok {
				hidden = c.overlay[key]
			} else {
				hidden = c.overlay[string(keys[from:])] // no copy: the compiler looks the bytes up
			}
		}
		if hidden || !appliesTo(c.rules[m.p].Kind, name) {
			keys = keys[:from]
			continue
		}
		text, off := f.source(src, m.t0, m.t1)
		h := st.newHit()
		*h = hit{rule: m.p, key: key, any: m.wild && m.prefix == "", field: name, t0: m.t0, t1: m.t1, text: text, offset: off}
		if !ok {
			pending = append(pending, keySpan{h, from, len(keys)})
		}
		st.hits = append(st.hits, h)
		end = m.t1
	}
	if len(pending) > 0 {
		all := string(keys)
		for _, p := range pending {
			p.h.key = all[p.from:p.to]
		}
	}
	clear(pending) // drop the pointers: the arena's hits are reused
	w.keyBytes, w.keySpans = keys[:0], pending[:0]
}

// keySpan is where the key of hit h is in the bytes of a field's keys.
type keySpan struct {
	h        *hit
	from, to int
}

// newHit takes a hit from the arena.
func (st *state) newHit() *hit { return st.arena.next() }

// hitArena hands out hits from chunks that are kept for the next call, so
// that a mail costs no allocation per match and pointers stay valid while
// the call lasts.
type hitArena struct {
	chunks [][]hit
	c, i   int // current chunk and index in it
}

const hitChunk = 64

func (a *hitArena) reset() { a.c, a.i = 0, 0 }

func (a *hitArena) next() *hit {
	if a.c == len(a.chunks) {
		a.chunks = append(a.chunks, make([]hit, hitChunk))
	}
	h := &a.chunks[a.c][a.i]
	if a.i++; a.i == hitChunk {
		a.c, a.i = a.c+1, 0
	}
	return h
}

// sortMatches orders matches leftmost first, then longest, then exact
// before prefix before any word, then by line. The matcher reports them by end position
// and phrases are a few words long, so the input is nearly sorted and
// insertion sort is linear in practice.
func sortMatches(ms []acMatch) {
	less := func(a, b acMatch) bool {
		return cmp.Or(cmp.Compare(a.t0, b.t0), cmp.Compare(b.t1, a.t1), boolCmp(a.wild, b.wild),
			boolCmp(a.wild && a.prefix == "", b.wild && b.prefix == ""), cmp.Compare(a.p, b.p)) < 0
	}
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && less(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// boolCmp orders false before true.
func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// appliesTo says whether rules of kind k are looked for in field: only
// executive titles and phrases in the sender, anything but bare titles in
// the subject and body.
func appliesTo(k Kind, field string) bool {
	if field == FieldSender {
		return k == KindTitle || k == KindExec
	}
	return k != KindTitle
}

// setSentences numbers the sentences of the hits (sorted by t0).
func setSentences(f *folded, hits []*hit) {
	sent, t := 0, 0
	for _, h := range hits {
		for ; t < h.t0; t++ {
			if f.mark(t) == sentenceMark {
				sent++
			}
		}
		h.sent = sent
	}
}

// denyBefore marks the claims among before (hits sorted by position)
// that a negation placed after them denies: those ending at most words
// words before it, with no clause or sentence break between.
func denyBefore(rules []Rule, f *folded, before []*hit, cue *hit, words int) {
	lo, n := cue.t0, 0
	for lo > 0 && n < words {
		if m := f.mark(lo); m == sentenceMark || m == clauseMark {
			break
		}
		lo--
		if f.mark(lo) == 0 {
			n++
		}
	}
	for j := len(before) - 1; j >= 0 && before[j].t1 > lo; j-- {
		h := before[j]
		switch rules[h.rule].Kind {
		case KindNegate, KindHypothetical, KindBreak, KindNeutral, KindCore, KindCritical, KindData, KindMany:
			continue
		}
		if h.suppressedBy == nil && h.t0 >= lo {
			h.suppressedBy = cue
		}
	}
}

// noLonger says a negation is the first half of a "no longer" that a hit
// starting with its second half completes: German "nicht mehr" and "keine
// … mehr" ("werden im System nicht mehr angezeigt", "keine Buchungen mehr
// vorhanden"), Dutch "niet meer": the negation says the thing stopped,
// it does not deny it.
func noLonger(cue Rule, f *folded, h *hit) bool {
	if cue.Kind != KindNegate {
		return false
	}
	w := string(f.wordb(h.t0))
	return w == "mehr" || w == "meer"
}

// withoutWords negate the thing after them, not an ability verb later in
// the clause ("where they can work without VPN").
var withoutWords = map[string]bool{"ohne": true, "without": true, "sans": true, "sin": true, "sem": true,
	"senza": true, "zonder": true, "utan": true, "uden": true, "uten": true, "bez": true}

// applyCues marks the hits that a negation or hypothetical cue cancels: a
// cue reaches Weight words forward, not past a clause or sentence end nor
// past a "break" word ("but").
func applyCues(rules []Rule, f *folded, hits []*hit) {
	var cue, none, req *hit
	limit, reqLimit := 0, 0
	for i, h := range hits {
		r := rules[h.rule]
		if r.Kind == KindNegate && r.Tag == TagAfter {
			denyBefore(rules, f, hits[:i], h, int(r.Weight))
			continue
		}
		switch r.Kind {
		case KindNegate, KindHypothetical:
			// A conditional reaches over its comma ("if we lower X, will Y
			// be deleted"); a negation stops at it ("no outage, just...").
			cue, limit = h, scopeEnd(f, h.t1, int(r.Weight), r.Kind == KindHypothetical)
			if r.Tag == TagRest {
				// A legal disclaimer or an auto-reply: nothing after it is
				// about this mail's problem.
				limit = len(f.toks)
			}
		case KindBreak:
			if cue == nil || rules[cue.rule].Tag != TagRest {
				cue = nil
			}
		case KindNeutral:
		case KindAble:
			h.noneCan = none != nil && denies(f, none, h, ableNoneReach)
			switch {
			case h.noneCan:
				h.denied, h.deniedFrom = true, none.t0
			case cue != nil && rules[cue.rule].Kind == KindNegate && denies(f, cue, h, ableNegReach) && !withoutWords[string(f.wordb(cue.t0))]:
				// "wo sie ohne VPN arbeiten können": without a thing
				// they can work, a workaround, not a denial
				h.denied, h.deniedFrom = true, cue.t0
			}
			if h.denied && cue != nil && rules[cue.rule].Kind == KindHypothetical && h.t0 < limit {
				// "when I am on holiday nobody can do it": no one
				// can, under a condition
				h.suppressedBy = cue
			}
		case KindCore, KindCritical, KindData, KindMany:
			// naming a feature, data or who is affected is context, not a
			// claim a negation can deny ("haven't worked for any of our users")
			if r.Kind == KindMany && (r.Tag == TagNone || noneWords[string(f.wordb(h.t0))]) {
				none = h
			}
		default:
			if cue != nil && h.t0 < limit && !conditionalThreat(rules[cue.rule], r, f, h) &&
				!negatedCondition(rules[cue.rule], cue, r, f, h) && !noLonger(rules[cue.rule], f, h) {
				h.suppressedBy = cue
			}
			switch {
			case r.Tag == TagRequest && h.suppressedBy == nil:
				// "could you add retries for failed payments": the rest of
				// the sentence describes what is asked for
				req, reqLimit = h, scopeEnd(f, h.t1, len(f.toks), true)
			case req != nil && h.t0 < reqLimit && h.suppressedBy == nil &&
				(r.Kind == KindFault || r.Kind == KindDefect || r.Kind == KindLoss):
				h.suppressedBy = req
			}
		}
	}
}

// conditionalThreat reports whether a threat h stands under a
// hypothetical cue as its condition ("if nobody calls today we cancel"),
// outside a question.
func conditionalThreat(cue, r Rule, f *folded, h *hit) bool {
	return cue.Kind == KindHypothetical && (r.Tag == TagCancel || r.Tag == TagThreat) && !inQuestion(f, h.t0) && !conditionItself(f, h)
}

// conditionItself reports whether a threat is the verb of its condition,
// right after the conditional ("if we ever cancel our account", "in case
// we cancel"): what would follow a cancellation is asked, none is
// threatened.
func conditionItself(f *folded, h *hit) bool {
	for t := h.t0 - 1; t >= 0 && t >= h.t0-3 && f.mark(t+1) == 0; t-- {
		switch string(f.wordb(t)) {
		case "if", "case", "falls", "wenn", "si":
			return true
		case "we", "i", "ever", "wir", "ich", "jemals", "mal", "nous", "je":
		default:
			return false
		}
	}
	return false
}

// negatedCondition reports whether the negation cue stands inside an
// "if" or "unless" before a threat h, denying the condition's verb rather
// than the threat: "if this is not fixed by Friday we will terminate the
// contract" threatens; "we will not cancel" (the negation next to it) does
// not.
func negatedCondition(cr Rule, cue *hit, r Rule, f *folded, h *hit) bool {
	if cr.Kind != KindNegate || (r.Tag != TagCancel && r.Tag != TagThreat) || h.t0-cue.t1 < 2 || inQuestion(f, h.t0) {
		return false
	}
	for t, n := cue.t0-1, 0; t >= 0 && n < 8; t-- {
		if f.mark(t) == sentenceMark {
			return false
		}
		if f.mark(t) != 0 {
			continue
		}
		if w := string(f.wordb(t)); w == "if" || w == "unless" {
			return true
		}
		n++
	}
	return false
}

// inQuestion reports whether token t is in a sentence that ends in '?'.
func inQuestion(f *folded, t int) bool {
	e := t
	for e < len(f.toks) && f.mark(e) != sentenceMark {
		e++
	}
	return slices.Contains(f.qends, int32(e))
}

// noneWords start the many-users phrases that say no one ("none of our
// drivers", "nenhum dos nossos", "keiner unserer"), whatever their tag.
var noneWords = map[string]bool{
	"none": true, "nobody": true, "noone": true, "no": true, "not": true, "nenhum": true, "nenhuma": true,
	"ninguem": true, "ninguno": true, "ninguna": true, "ningun": true, "nadie": true, "aucun": true,
	"aucune": true, "personne": true, "kein": true, "keine": true, "keiner": true, "keinem": true,
	"niemand": true, "nessuno": true, "nessuna": true, "nessun": true, "geen": true, "ingen": true, "inga": true,
	"nikdo": true, "zadny": true, "zadna": true,
}

// How far before an ability verb a negation ("nao consegue", "can not")
// or a none-quantifier ("none of our cashiers can") denies it, in words.
const (
	ableNegReach  = 2
	ableNoneReach = 6
)

// denies reports whether cue ends at most reach words before h, in the
// same clause.
func denies(f *folded, cue, h *hit, reach int) bool {
	if cue.t1 > h.t0 {
		return false
	}
	n := 0
	for t := cue.t1; t < h.t0; t++ {
		if f.mark(t) != 0 {
			return false
		}
		n++
	}
	return n <= reach
}

func scopeEnd(f *folded, from, words int, overClause bool) int {
	end := from
	for n := 0; end < len(f.toks) && n < words; end++ {
		if m := f.mark(end); m == sentenceMark || (m == clauseMark && !overClause) {
			break
		}
		if f.mark(end) == 0 {
			n++
		}
	}
	return end
}

// tally is the per-level sum of weights, with the evidence that made it.
type tally struct {
	s    [5]float64
	many float64 // strongest multiplier seen, 0 if none
	// people is the strongest multiplier of a scope that names people or
	// places ("all our staff", "every store"), not items ("every invoice",
	// "each ticket", "300 emails").
	people float64
	single float64
	// partial is "everyone else is fine": it applies even with many users.
	partial float64
	// all says everyone (or no one) is affected; workaround that the mail
	// names one. A fault counts toward P1 when all and not workaround.
	all, workaround bool
	// paperOnly says every workaround named is pen and paper
	paperOnly bool
	// bulk says the mail counts the affected things ("400 customers");
	// bulkN is the count.
	bulk  bool
	bulkN float64
	// problem says a fault, loss or P1/P2 signal was counted.
	problem bool
	// hedge is the part of the P4 score that hedges about urgency;
	// request the part of the P3 score that asks for an enhancement.
	hedge, request float64
	// singleable is the part of the P1 score a single affected user
	// lowers: access signals and weak (below 3) P1 signals.
	singleable float64
	exec       float64
	intense    float64
	// shoutOnly says the urgency is capitals and "!!!" alone, which raise
	// scores but do not make a P3 problem P2: anger overstates.
	shoutOnly bool
	core      map[[2]int]bool // (field, sentence) with a core feature
	only      map[[2]int]bool // (field, sentence) with "only" (TagOnly)
	coreSubj  bool
	data      map[[2]int]bool // (field, sentence) naming data
	dataSubj  bool
	crit      map[[2]int]bool // (field, sentence) naming a critical function
	critSubj  bool
	// reportAt holds the (field, sentence) pairs that name a feature
	// that reports on the work rather than does it (reports, exports,
	// dashboards, search); reportSubj says the subject names one.
	reportAt   [][2]int
	reportSubj bool
	// workAt holds the (field, sentence) pairs that name another core
	// feature ("the gradebook"): a report named beside it is not what fails.
	workAt [][2]int
	// usability says a UI/UX signal hinders work, stops that a defect or
	// fault says a function does not do its job (notDoing): cosmetic
	// words then do not count as benign.
	usability, stops bool
	// hedged says the writer says it is not urgent ("no rush", "not a
	// blocker"): a defect many see is then the protocol's minor bug.
	hedged bool
	// plain says the writer calls the problem only cosmetic.
	plain bool
	// lostBulk says data is lost and the mail counts hundreds of records,
	// asks them back, or says nobody on the writer's side did it: no
	// newsletter or thanks beside it settles that.
	lostBulk bool
	// support says the writer complains about support itself.
	support bool
	// bug says the writer calls the problem a bug, a glitch or an
	// inconsistency: the protocol's words for P3.
	bug bool
	// byHand says the writer does by hand, because of the product, work
	// the product does (compose: chore).
	byHand bool
	// customise says the writer asks to customise the product (its
	// templates, its branding): logo, colours and fonts are then what
	// the request is about, the protocol's P3 "request for
	// customization", not a cosmetic defect.
	customise bool
	// renewal is the renewal mention (nil if none): with a problem it puts
	// the renewal at risk.
	renewal *hit
	// ownP2 is the P2 weight of signals that are P2 on their own (a
	// P2 phrase, renewal at risk, negative NPS), not faults or defects
	// promoted by their context.
	ownP2 float64
	// stopsP2 says a fault or defect counted toward P2 says a function
	// stopped or does not do its job, or hits a critical function.
	stopsP2 bool
	// dataP1 says data was read as lost or corrupted (a loss or a
	// corrupting defect promoted to P1); ruleP1 that P1 weight came from
	// something other than a fault or defect promoted by its context (a
	// P1 phrase, a loss, the composer).
	dataP1, ruleP1 bool
	// cancel says a threat to cancel counted toward P1.
	cancel bool
	// othersFine says the writer names the others as fine: one user
	// is hit, and what they do by hand is their workaround (P3).
	othersFine bool
	// hardP1 is the P1 weight that a workaround does not lower: data
	// lost, someone else's data, security, a threat to cancel, and strong (3) P1
	// phrases other than alarm nouns.
	hardP1 float64
}

func fieldNo(name string) int {
	switch name {
	case FieldSubject:
		return 0
	case FieldBody:
		return 1
	}
	return 2
}

// bulkFactor is the many-users multiplier of a count of affected things.
const bulkFactor = 1.3

// maxBenign caps how much P4 evidence can take off the other levels;
// maxBenignP1 caps it for P1.
const (
	maxBenign   = 3
	maxBenignP1 = 2
)

// decide turns the hits into a Result.
//
// Each counted signal adds its weight (×1.5 in the subject of a new mail,
// ×0.5 in the subject of a reply) to its level; faults, defects and losses
// first move up a level when their context says so (a core feature, many
// or all users, data named nearby). Modifiers then scale levels: many
// users and an executive raise P1 and P2, a single user lowers access and
// weak P1 signals, urgency wording raises levels that already have
// evidence. A level is "at least" evidence for the levels below it, so the
// decision is a cascade on cumulative scores:
//
//	c1 = s1, c2 = s1+s2, c3 = s1+s2+s3
//	b = min(s4, 3) (questions, hedges, cosmetics); b' the same without hedges
//	P1 if c1 - ¼·min(b, 2) ≥ 2.5; else P2 if c2 - ½b ≥ 2; else P3 if c3 - ¾b' ≥ 1; else P4.
//
// A strong P1 phrase (weight 3) is P1 on its own and survives a polite
// question; a medium one (2) needs the subject, many users or a second
// signal. With no signal at all the answer is P4: the protocol's P4 is
// "general questions or feature inquiries", and a report of something
// broken almost always names the breakage, which is a P3 signal or
// stronger.
func (st *state) decide() Result {
	p := st.c.p
	w := st.w
	for _, m := range []map[[2]int]bool{w.core, w.data, w.crit, w.only} {
		clear(m)
	}
	t := tally{core: w.core, data: w.data, crit: w.crit, only: w.only, reportAt: w.reportAt[:0], workAt: w.workAt[:0]}
	st.ev = w.ev[:0]
	st.modifiers(&t)
	w.reportAt, w.workAt = t.reportAt, t.workAt // keep what they grew to for the next call
	if t.workaround && t.paperOnly && t.all && t.single == 0 && st.accessLost() {
		// "Wir arbeiten bis auf Weiteres mit Papier", "we are seeing
		// patients from the printed list and recording notes on paper":
		// everyone is out of the system and the business goes on without
		// it. The protocol's complete outage has no workaround clause;
		// pen and paper is life without the product, not a way round in
		// it (72 labelled mails name everyone, no access and paper: 65
		// P1, 7 read P2 before this).
		t.workaround = false
	}
	if !t.workaround {
		if e, ok := st.concededWorkaround(); ok {
			// "Geht, ist aber Mehrarbeit": the work goes on another way
			t.workaround = true
			e.Weight = 0
			st.ev = append(st.ev, e)
		}
	}
	if t.workaround && st.workaroundDenied() {
		// "There's no manual way round it either", "We have no
		// alternative channel set up for these payments": the writer
		// says there is none, whatever else reads like one ("GET
		// requests work normally", "unable to reach anyone by phone")
		t.workaround = false
	}
	if e, ok := st.othersFine(); ok && (t.single > 0 || t.many == 0) {
		// "only my phone, rest of crew fine", "One of our account
		// managers … Everyone else on the team (12 people) is fine",
		// "just mine, my colleagues got theirs": the many the writer
		// names are those for whom it works; one user is hit. (A group
		// hit, "3 of our dispatchers … everyone else fine", stays many.)
		t.many, t.all, t.people = 0, false, 0
		t.single, t.partial = minSet(t.single, othersFineWeight), minSet(t.partial, othersFineWeight)
		t.othersFine = true
		st.ev = append(st.ev, e)
	}
	st.signals(&t)
	st.perfSignals(&t)
	if st.nps != nil {
		t.s[P2] += st.nps.Weight
		t.ownP2 += st.nps.Weight
		t.problem = true
		st.ev = append(st.ev, *st.nps)
	}
	st.renewalAtRisk(&t)
	st.applyModifiers(&t)
	st.composeP1(&t)
	st.minorDefect(&t)
	st.chore(&t)

	// Benign evidence lowers the others, but at most by maxBenign: a polite
	// question at the end of a real report must not hide it.
	// Hedges about urgency ("not urgent") lower P1 and P2 only: a bug
	// reported calmly is still a bug.
	b := math.Min(t.s[P4], maxBenign)
	// ... except a request: one that can wait is a low-priority suggestion.
	b3 := math.Min(t.s[P4]-t.hedge+math.Min(t.hedge, t.request), maxBenign)
	var c [5]float64
	// P1 loses at most a quarter of maxBenignP1: a strong P1 phrase
	// (weight 3) survives any amount of politeness ("For your
	// information, nobody in our company can log in").
	c[P1] = t.s[P1] - p.benignDamp[P1]*math.Min(b, maxBenignP1)
	c[P2] = t.s[P1] + t.s[P2] - p.benignDamp[P2]*b
	c[P3] = t.s[P1] + t.s[P2] + t.s[P3] - p.benignDamp[P3]*b3

	res := Result{Severity: P4, Score: b}
	for _, l := range []Severity{P1, P2, P3} {
		if c[l] >= p.threshold[l] {
			res.Severity, res.Score = l, c[l]
			break
		}
	}
	// Benign evidence (courtesy, "small thing", FYI, a question word)
	// damps the lower levels more than P1, so on its own it could carry
	// a stated P1 impact past P2 and P3 down to P4 ("FYI, card payments
	// fail for all our customers. Thanks!"). It lowers such a mail to P2
	// at most. A settled mail is read below; a P2 or P3 signal
	// beside a question or an idea ("just an idea: half the team got
	// locked out last month") may still become P4.
	if raw := st.rawLevel(&t); b > 0 && (raw == P1 || raw == P2 && t.s[P1] > 0) && res.Severity > raw+1 && !st.hasSettled() && t.hardP1 > 0 {
		l := raw + 1
		res.Severity, res.Score = l, c[l]
		st.ev = append(st.ev, Evidence{Rule: "courtesy floor", Field: "mail", Level: l,
			Note: fmt.Sprintf("without its benign words the mail is %v: courtesy, questions and hedges lower it one level at most", raw)})
	}
	if res.Severity == P1 && t.hardP1 == 0 {
		if e, ok := st.sizeBound(); ok {
			// The protocol's P2: "major functionality degraded". A fault
			// only above a size ("fails for ranges over 7 days", "for
			// orders over 50 lines", "for any file over 500 KB") leaves
			// the feature working below it: degraded, not down.
			res.Severity, res.Score = P2, c[P2]
			st.ev = append(st.ev, e)
		}
	}
	if res.Severity == P1 && st.surveyAnswer() && t.hardP1 == 0 {
		// The protocol's P2: "negative NPS feedback". A detractor's
		// answer to a survey tells what went wrong as the reason for the
		// score ("the dashboards broke twice"), not as an incident
		// reported now; data, security or a cancellation still make P1.
		res.Severity, res.Score = P2, c[P2]
		st.ev = append(st.ev, Evidence{Rule: "survey answer", Field: "mail", Level: P2,
			Note: "a detractor's answer to a survey and no data loss, security or cancellation at stake: negative NPS feedback (P2)"})
	}
	if res.Severity == P1 && (t.workaround || t.byHand) && t.hardP1 == 0 {
		// (work the writer does by hand because of it, "ticking names
		// off by hand on printed lists", is such a workaround too)
		// The protocol's line between P1 and P2: "major functionality
		// degraded, workaround available". Access lost, a page or
		// feature down, a fault for everyone: with a workaround the
		// writer names ("we take orders by phone for now"), P2.
		res.Severity, res.Score = P2, c[P2]
		st.ev = append(st.ev, Evidence{Rule: "workaround", Field: "mail", Level: P2,
			Note: "a workaround is named and no data, security or cancellation is at stake: degraded with a workaround (P2)"})
	}
	if res.Severity == P3 && t.byHand && t.s[P1] == 0 && !t.othersFine && !st.requestOnly() && !t.hedged && st.coreStops(&t) {
		// The protocol's P2: "core feature not working (reports,
		// dashboards, integrations)", workaround available. The
		// writer does by hand what a core feature that stopped should
		// do ("the channel manager is not updating … we change the
		// rates by hand"), not a chore the product asks by design.
		res.Severity, res.Score = P2, c[P2]
		st.ev = append(st.ev, Evidence{Rule: "core feature done by hand", Field: "mail", Level: P2,
			Note: "a core feature does not do its job and the writer does its work by hand: core feature not working, workaround available (P2)"})
	}
	if res.Severity > P1 && t.bulkN >= corruptMin && t.single == 0 && !st.hasSettled() && bulkJobChanged(st.body) {
		// The protocol's "data loss or corruption affecting customer
		// records": an import, sync or migration changed or emptied
		// dozens of counted records or more (corruptMin: "61 of our
		// Portugal employees have Spanish data", "the addresses of some 2,000
		// customers have changed", "3,800 records have empty Company
		// and Phone fields").
		res.Severity, res.Score = P1, c[P1]
		st.ev = append(st.ev, Evidence{Rule: "bulk job changed records", Field: "mail", Level: P1,
			Note: "an import, sync or migration changed or emptied dozens of records or more: data corruption (P1)"})
	} else if res.Severity > P1 && t.bulkN >= corruptMin && !t.workaround && st.valuesChanged() && restoreAsked(st.body) {
		// The same protocol line when the writer asks to have dozens of
		// counted records or more restored ("all 2,318 records now show 0.00 …
		// we need the previous values restored"): what is asked back is
		// lost, and lost now, whoever noticed it ("a colleague") and
		// whatever else the writer asks ("what caused this?").
		res.Severity, res.Score = P1, c[P1]
		t.lostBulk = true
		st.ev = append(st.ev, Evidence{Rule: "records to restore", Field: "mail", Level: P1,
			Note: "hundreds of records changed or emptied and the writer asks to have them restored: data loss or corruption (P1)"})
	}
	if res.Severity > P1 && (t.dataSubj || len(t.data) > 0) && st.disowned() {
		// The protocol's "security breach or unauthorized access" and
		// "data loss": the writer says nobody on their side did what was
		// done to their data ("It wasn't me and it wasn't anyone on our
		// team", "none of us made the change", "nobody from our side ran
		// any delete"): someone or something else did.
		// A thanks for something else ("Thanks, the invitations went
		// out fine") does not settle it.
		res.Severity, res.Score = P1, c[P1]
		t.lostBulk = true
		st.ev = append(st.ev, Evidence{Rule: "nobody on our side did it", Field: "mail", Level: P1,
			Note: "the writer says nobody on their side did what was done to their data: unauthorized access or data loss (P1)"})
	}
	if res.Severity > P1 {
		e, ok := st.accessKept()
		if !ok {
			e, ok = st.goneActed()
		}
		if ok {
			// The protocol's "security breach or unauthorized access":
			// people or keys the writer removed still get in ("users
			// deactivated in Azure AD … can still log in", "former
			// employees whose accounts were deactivated … can still log
			// in", "a revoked token still works"). Containment or a
			// workaround does not undo who has had access.
			res.Severity, res.Score = P1, c[P1]
			t.lostBulk = true
			st.ev = append(st.ev, e)
		}
	}
	if res.Severity > P1 && !st.requestOnly() {
		e, ok := st.recordsMixed()
		if !ok {
			e, ok = st.moneyTwice()
		}
		if ok {
			// The protocol's "data corruption affecting customer records"
			// and a privacy incident: one person's records under
			// another's (recordsMixed); money moved twice for many
			// (moneyTwice). Unlike a loss, a word that
			// settles the matter ("merged back, all correct now") still
			// reads it as over.
			res.Severity, res.Score = P1, c[P1]
			st.ev = append(st.ev, e)
		}
	}
	if !t.lostBulk && !st.requestOnly() {
		e, ok := st.othersShown()
		if !ok {
			e, ok = st.shownOthersDE()
		}
		if ok {
			// The protocol's "security breach or data privacy incident",
			// whoever the other party is: the writer sees records and
			// says whose they are not ("he can see jobs that aren't his
			// - other contractors' jobs"). Neither a workaround nor a
			// word that settles another matter ("our newsletter") undoes
			// what has been seen.
			if res.Severity > P1 {
				res.Severity, res.Score = P1, c[P1]
			}
			t.lostBulk = true
			st.ev = append(st.ev, e)
		}
	}
	if (res.Severity == P2 || res.Severity == P3) && !st.requestOnly() {
		if e, ok := st.reportWeighed(); ok {
			// The protocol's "security breach or unauthorized access":
			// a problem with personal data that the writer takes to
			// their data protection officer or weighs for reporting
			// ("I'll need to speak to our DPO about whether this is
			// reportable", "we may have notification obligations") is
			// told as a breach, however mild its words.
			res.Severity, res.Score = P1, c[P1]
			t.lostBulk = true
			st.ev = append(st.ev, e)
		}
	}
	if res.Severity == P1 && !t.ruleP1 && !t.dataP1 && !t.lostBulk && t.ownP2 == 0 && t.exec == 0 && st.requestOnly() {
		// The same reading when the reason promotes a fault to P1 ("To
		// find all subscriptions for one tenant we page through 60k
		// objects … not urgent in the sense of anything being broken"):
		// no data loss, security, cancellation or a P2 of its own.
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "request", Field: "mail", Level: P3,
			Note: "the writer asks for an enhancement and states no data, security, cancellation or everyone hit: what does not work is the reason for the request (P3)"})
	}
	if res.Severity == P2 && t.s[P1] == 0 && t.ownP2 == 0 && t.exec == 0 && st.requestOnly() {
		// The protocol's P3: "request for product enhancement or
		// customization". In a mail that asks for one ("could you add a
		// supplier field? everyone can't filter by supplier today"),
		// what does not work is why the writer asks: a fault or defect
		// promoted by its context does not make it P2, a P2 of its own
		// (renewal at risk, negative NPS, a P2 phrase, an executive) does.
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "request", Field: "mail", Level: P3,
			Note: "the writer asks for an enhancement and states no P1 fact: what does not work is the reason for the request (P3)"})
	}
	if res.Severity == P2 && t.s[P1] == 0 && t.ownP2 == 0 && t.usability && !t.stopsP2 {
		// The protocol's P3: "UI/UX issues affecting usability". The
		// writer says the product confuses or hinders ("the colours are
		// confusing everyone"), and what counts toward P2 is a wrong or
		// odd result promoted by how many see it, not a function that
		// stopped, a critical one or a P2 of its own.
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "usability", Field: "mail", Level: P3,
			Note: "the writer says it confuses or hinders and no function stopped: a UI/UX issue affecting usability (P3), however many see it"})
	}
	if (res.Severity == P2 || res.Severity == P3) && t.s[P1] == 0 && meaningQuestion(st.subject) {
		// "What do error codes E-4012 and E-4013 mean?", "What does the
		// digest option do?": the protocol's general question (P4); the
		// errors pasted below it are what the writer asks about.
		res.Severity, res.Score = P4, b
		st.ev = append(st.ev, Evidence{Rule: "what does it mean", Field: FieldSubject, Level: P4,
			Note: "the subject asks what something means or does: a general question (P4)"})
	}
	if res.Severity <= P2 && t.hardP1 == 0 && st.annoying() {
		// "It's annoying": the writer's own measure of the harm is an
		// annoyance, the protocol's P3 (usability, dissatisfaction), however
		// many are named or however the fault is worded; lost data,
		// security or a cancellation still count (in the labelled sets
		// 118 of 120 mails that call their problem annoying are P3).
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "called annoying", Field: "mail", Level: P3,
			Note: "the writer calls the problem annoying and states no data, security or cancellation at stake: P3"})
	}
	if res.Severity == P4 && t.bug && !st.hasSettled() {
		// "Question + small bug", "possibly a bug?": the writer's own
		// word is the protocol's P3, however politely it is wrapped.
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "called a bug", Field: "mail", Level: P3,
			Note: "the writer calls it a bug or an inconsistency: the protocol's non-critical bug (P3), not a question or a suggestion"})
	}
	if res.Severity == P4 && t.workaround && t.s[P3] > t.request && !st.hasSettled() && !st.typoNamed() && !subjectAsks(st.subject) {
		// The protocol's P3: "partial functionality affected ... with
		// acceptable workaround". A problem the writer works around
		// ("Chrome is fine so we use that") is not a nice-to-have,
		// however politely it is put.
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "problem with a workaround", Field: "mail", Level: P3,
			Note: "something is wrong and the writer names a workaround: partial functionality with an acceptable workaround (P3)"})
	}
	if res.Severity == P4 && st.live && st.hasSettled() && t.s[P3] > t.request {
		// "Thanks for the fix, the uploads work now. One small leftover:
		// the count screen still rounds": the thanks settles the old
		// problem, a word says a smaller one is live, and it is reported.
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "leftover", Field: "mail", Level: P3,
			Note: "the writer thanks for a fix and says something is still wrong: the leftover is a live problem (P3), not a closing reply"})
	}
	if (res.Severity == P2 || res.Severity == P3) && t.plain && t.s[P1] == 0 && !t.usability && !t.stops {
		// "Purely cosmetic" from the one who sees it: the protocol's P4
		// (cosmetic issues), whatever words the description uses.
		res.Severity, res.Score = P4, b
		st.ev = append(st.ev, Evidence{Rule: "only cosmetic", Field: "mail", Level: P4,
			Note: "the writer says the problem is only cosmetic and states no P1 fact: P4"})
	}
	if res.Severity == P3 && t.intense > 0 && t.problem && !t.shoutOnly && !t.workaround && t.single == 0 && t.s[P4] == 0 {
		// The protocol: "Escalate early ... if you're uncertain, involve
		// your manager". Urgency on a reported problem (not on a question)
		// is at least P2.
		res.Severity, res.Score = P2, c[P2]
		st.ev = append(st.ev, Evidence{Rule: "urgent problem", Field: "mail", Level: P2,
			Note: "urgency wording on a reported problem: at least P2 (escalate early)"})
	}
	if res.Severity == P1 && !t.lostBulk {
		if e, ok := st.precaution(); ok {
			res.Severity, res.Score = P4, b
			st.ev = append(st.ev, e)
		}
	}
	if res.Severity < P4 && !st.live && !t.support && !(res.Severity == P1 && st.ownCancel()) {
		// (a threat to cancel is not settled by the fix it follows:
		// "Login works again right now. That is not the point.")
		if e, ok := st.settledBy(); ok && !st.settlesAnother(e) && !(st.cleared && res.Severity == P3) && !(res.Severity == P1 && (st.p1After(&t) || t.lostBulk)) && !(res.Severity == P2 && st.p2After()) && !(res.Severity == P3 && st.p3After()) {
			res.Severity, res.Score = P4, b
			st.ev = append(st.ev, Evidence{Rule: "settled", Match: e.Match, Field: e.Field, Offset: e.Offset, Level: P4,
				Note: "the writer closes, confirms, thanks for a fix, announces, advertises or says nothing is wrong now and no word says a problem is live (\"again\", \"still\"): alarm words are context, P4"})
		}
	}
	if res.Severity < P4 && st.reply && !isForward(st.subject) && !t.lostBulk && !st.bodyProblem() && thanksIn(st.body) && !liveIn(st.body) && !st.chasing() {
		// "Re: ALL LINES DOWN - cannot log in" over "all tablets back on
		// lines 2 and 3, we're good. thanks Marco": the reply's new text
		// states no problem of its own, thanks, and says nothing is still
		// wrong; the subject is the thread's old topic.
		res.Severity, res.Score = P4, b
		st.ev = append(st.ev, Evidence{Rule: "old topic", Field: "mail", Level: P4,
			Note: "a reply whose own text thanks and states no problem: the subject names the thread's old topic (P4)"})
	}
	if res.Severity < P4 && st.survey && promoterScore(st.body) && !liveIn(st.body) {
		// "10 — you lot saved us last spring when our old system
		// crashed": a promoter's answer to a recommend survey is praise
		// (P4); the problems it tells are past, unless a word says one
		// is live.
		res.Severity, res.Score = P4, b
		st.ev = append(st.ev, Evidence{Rule: "promoter's answer", Field: FieldBody, Level: P4,
			Note: "the writer answers a recommend survey with 9 or 10 and no word says a problem is live: praise (P4)"})
	}
	if res.Severity < P4 && st.forwardFine() {
		res.Severity, res.Score = P4, b
		st.ev = append(st.ev, Evidence{Rule: "forwarded, all fine", Field: "mail", Level: P4,
			Note: "the writer forwards a mail, states no problem of their own above it and says things work: the forwarded alarm is context (P4)"})
	}
	if (res.Severity == P1 || res.Severity == P2) && requestIn(st.subject, st.subjectWords()) {
		// (subjectkind.go) the subject opens as a request for something new
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "a request", Field: FieldSubject, Level: P3,
			Note: "the subject opens as a request for an enhancement: the protocol's P3, whatever the reason given for it"})
	}
	if res.Severity < P4 && t.hardP1 == 0 && thanksSubjectIn(st.subject, st.subjectWords()) && !liveIn(st.body) {
		// (subjectkind.go) the subject only thanks
		res.Severity, res.Score = P4, b
		st.ev = append(st.ev, Evidence{Rule: "thanks", Field: FieldSubject, Level: P4,
			Note: "the subject only thanks and no word says a problem is live: the writer closes a matter (P4)"})
	}
	if res.Severity < P4 && t.hardP1 == 0 && textSlipIn(st.subject, st.subjectWords()) {
		// (subjectkind.go) the subject is only about a typo
		res.Severity, res.Score = P4, b
		st.ev = append(st.ev, Evidence{Rule: "a slip in the text", Field: FieldSubject, Level: P4,
			Note: "the subject is only about a typo or a spelling mistake and no data, security or cancellation is at stake: a cosmetic issue (P4)"})
	}
	if res.Severity == P1 && !t.cancel && !t.dataP1 && !t.lostBulk && otherWayToPayIn(st.subject, st.subjectWords(), st.body) {
		// (payments.go) one way to pay fails and the cards go through
		res.Severity, res.Score = P2, c[P2]
		st.ev = append(st.ev, Evidence{Rule: "another way to pay", Field: "mail", Level: P2,
			Note: "one way to pay fails and card payments still go through: payments degraded with a workaround (P2), the business still takes money"})
	}
	if (res.Severity == P1 || res.Severity == P2) && !t.cancel && nonProductionIn(st.subjectWords()) {
		// "500 Internal Server Error on staging after PHP 8.3 switch",
		// "[Sandbox] Intermittent 503", "Schulungsmandant: Patientenexport
		// bricht ab": what fails is a test, staging or training copy,
		// not what the business runs on; its customers and records are
		// not hit, whatever the error says ("data corruption
		// detected"). The protocol's P3 (a non-critical bug to fix
		// before it reaches production), unless the subject names
		// production as hit too ("staging changes are applied to
		// production"). In the labelled sets such subjects are P3 or
		// P4 33 times in 35.
		res.Severity, res.Score = P3, c[P3]
		st.ev = append(st.ev, Evidence{Rule: "not production", Field: FieldSubject, Level: P3,
			Note: "the subject names a test, staging or training environment and not production: no business impact yet, a bug to fix before it ships (P3)"})
	}
	if (res.Severity == P1 || res.Severity == P2) && !t.lostBulk && !t.dataP1 && !t.cancel {
		// (a threat to cancel unless the credit is paid is the
		// protocol's executive escalation, whatever it claims)
		if e, ok := st.creditClaim(); ok {
			res.Severity, res.Score = P3, c[P3]
			st.ev = append(st.ev, e)
		}
	}
	res.Confidence = st.confidence(res.Severity, c)
	res.Score = math.Round(res.Score*100) / 100
	res.Evidence = st.sortedEvidence()
	if len(res.Evidence) == 0 {
		res.Evidence = []Evidence{{Rule: "default", Field: FieldBody, Level: P4,
			Note: "no rule matched: a mail without a problem signal is taken as a general question (P4)"}}
	}
	return res
}

// p1After reports whether a P1 impact is stated after the last settled
// phrase: "Thanks for the quick fix last week. Since this morning nobody
// can log in" thanks for the old problem and reports a new one. A P1 told
// before the thanks ("nobody could log in yesterday; thanks for fixing
// it") stays settled, and so do alarm words after it without a scope
// ("data breaches" in a job application): only a fault or loss promoted
// to P1 by whom or what it hits counts, or a P1 signal with everyone (or
// no one) or a critical function named in its sentence.
func (st *state) p1After(t *tally) bool {
	after := st.afterSettled()
	for _, e := range st.ev {
		composed := strings.HasPrefix(e.Rule, "compose:")
		if composed && e.Level == P1 && e.Weight > 0 {
			// the composer has dropped past clauses and settled history:
			// what it found is live wherever it stands
			return true
		}
		if e.Level == P1 && e.Weight > 0 && liveImpact(e.Note) && (e.Field == FieldSubject || e.Field == FieldBody) &&
			after(e.Field, e.Offset) && !(e.Field == FieldBody && pastSentence(st.body, e.Offset)) {
			return true
		}
	}
	for _, h := range st.hits {
		r := st.c.rules[h.rule]
		if h.suppressedBy != nil || h.field == FieldSender || r.Level() != P1 || !after(h.field, h.offset) {
			continue
		}
		if h.field == FieldBody && pastSentence(st.body, h.offset) {
			continue // "when the site was down for everyone": the old problem
		}
		if h.field == FieldBody && (planSentence(st.body, h.offset) || ifBefore(st.body, h.offset)) {
			// "during the exercise you will see a complete outage": the
			// plan; "money back if the website is down for a certain
			// time": a condition
			continue
		}
		if t.crit[[2]int{fieldNo(h.field), h.sent}] || st.allIn(h.field, h.sent) || r.Weight >= 3 && r.Tag != TagAlarm {
			return true // a strong P1 phrase states its impact ("nobody can log in")
		}
	}
	return false
}

// afterSettled returns a test of whether a position of a field comes
// after the last settled phrase and before any quoted history after it.
func (st *state) afterSettled() func(field string, off int) bool {
	last, end := -1, 2<<32
	for _, h := range st.hits {
		if h.suppressedBy == nil && h.field != FieldSender && st.c.rules[h.rule].Tag == TagSettled {
			last = max(last, fieldNo(h.field)<<32|h.offset)
		}
	}
	if _, ok := st.settledBy(); ok && last < 0 && st.cleared {
		// what the writer asks about before "nothing is wrong now" is
		// not live
		last = fieldNo(st.thanks.Field)<<32 | st.thanks.Offset
	}
	if _, ok := st.settledBy(); ok && last < 0 && !st.cleared && st.thanks.Field == FieldSubject {
		// "THANK YOU!!! (the crash on Tuesday)": a subject that thanks
		// names what it thanks for, not a problem after the thanks
		last = fieldNo(FieldSubject)<<32 | len(st.subject)
	}
	if last>>32 == 1 {
		// an Outlook history after the closing phrase ("From: Maria /
		// Sent: Tuesday") is the old report, not a new one
		if cut := historyStart(st.body, last&(1<<32-1)); cut >= 0 {
			end = 1<<32 | cut
		}
	}
	return func(field string, off int) bool {
		p := fieldNo(field)<<32 | off
		return p > last && p < end
	}
}

// p3After reports whether the body states a fault, defect or slowness
// after the last settled phrase, in a sentence not told in the past:
// "thank you again for the quick help at the outage; since then the
// system runs stable. One small observation: the search is a little
// slower, 2-3 seconds instead of 1" closes one problem and reports a
// smaller one (P3), as a live word did ("leftover").
func (st *state) p3After() bool {
	after := st.afterSettled()
	for _, e := range st.ev {
		if e.Level == P3 && e.Weight > 0 && e.Field == FieldBody && after(e.Field, e.Offset) && !pastSentence(st.body, e.Offset) &&
			(strings.HasPrefix(e.Note, "defect") || strings.HasPrefix(e.Note, "fault") || strings.Contains(e.Note, "slower than normal")) &&
			!st.benignNear(e.Offset) {
			return true
		}
	}
	return false
}

// benignNear reports whether a counted P4 phrase (a cosmetic detail, a
// question, a link to a help page) stands in the body's sentence around
// off: "our little logo sits slightly to the right of centre, rather
// than in the middle" is the protocol's cosmetic issue, not a defect.
func (st *state) benignNear(off int) bool {
	lo := strings.LastIndexAny(st.body[:off], ".!?\n") + 1
	hi := len(st.body)
	if j := strings.IndexAny(st.body[off:], ".!?\n"); j >= 0 {
		hi = off + j
	}
	for _, h := range st.hits {
		if h.suppressedBy == nil && h.field == FieldBody && h.offset >= lo && h.offset < hi && st.c.rules[h.rule].Level() == P4 {
			return true
		}
	}
	return false
}

// p2After reports whether the body states a P2 fact after the last
// settled phrase, in a sentence not told in the past: "Thanks, the
// errors are fixed. Separately, the month-end export now takes 3 hours
// instead of 10 minutes" closes one problem and reports another.
func (st *state) p2After() bool {
	after := st.afterSettled()
	for _, e := range st.ev {
		if e.Level == P2 && e.Weight > 0 && e.Field == FieldBody && after(e.Field, e.Offset) && !pastSentence(st.body, e.Offset) {
			return true
		}
	}
	return false
}

// pastWords tell of a problem that is over.
var pastWords = map[string]bool{"was": true, "were": true, "had": true, "could": true, "couldnt": true,
	"yesterday": true, "last": true, "ago": true, "earlier": true, "did": true, "didnt": true, "wasnt": true, "werent": true,
	// Spanish, folded and as written ("ayer no entraba ningún pedido")
	"ayer": true, "anoche": true, "anteayer": true, "estaba": true, "estaban": true, "fue": true, "fueron": true,
	"hubo": true, "pudimos": true, "pudieron": true, "podia": true, "podian": true, "podiamos": true,
	"podía": true, "podían": true, "podíamos": true}

// pastSentence reports whether the sentence of src around offset off
// tells of the past ("when the site was down for everyone").
func pastSentence(src string, off int) bool {
	for w := range strings.FieldsFuncSeq(sentenceAround(src, off), notLetter) {
		if pastWords[w] {
			return true
		}
	}
	return false
}

// sentenceAround returns the sentence of src around offset off, lower
// case ("" when off is past the end).
func sentenceAround(src string, off int) string {
	if off > len(src) {
		return ""
	}
	i := strings.LastIndexAny(src[:off], ".!?\n") + 1
	j := strings.IndexAny(src[off:], ".!?\n")
	if j < 0 {
		j = len(src) - off
	}
	return strings.ToLower(src[i : off+j])
}

// notLetter splits a sentence into words.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// planSentence reports whether the sentence around off tells what will
// happen during planned work ("During the exercise our SSO will be taken
// down, so you will likely see a complete outage of logins"), or asks us
// not to take it for what it names ("Please don't treat this as a
// security incident"): in a mail that announces the work, neither
// reports a problem (sevq11).
func planSentence(src string, off int) bool {
	during, will, n := false, false, 0
	var first, second string
	for w := range strings.FieldsFuncSeq(sentenceAround(src, off), notLetter) {
		switch n {
		case 0:
			first = w
		case 1:
			second = w
		case 2:
			if first == "please" && (second == "don" || second == "dont" || second == "do" && w == "not") {
				return true
			}
		}
		n++
		during = during || w == "during" || w == "while"
		will = will || w == "will" || w == "ll"
	}
	return during && will
}

// ifBefore reports whether the clause before off, back to a comma, a
// colon or a sentence end, opens a condition with "if" ("something in the contract
// about getting money back if the website is down"): what follows is
// supposed, not told (sevq11).
func ifBefore(src string, off int) bool {
	if off > len(src) {
		return false
	}
	i := strings.LastIndexAny(src[:off], ",;:.!?\n") + 1
	for w := range strings.FieldsFuncSeq(src[i:off], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.EqualFold(w, "if") {
			return true
		}
	}
	return false
}

// historyStart returns the offset of the first line after from that opens
// a forwarded or replied-to mail ("From: ...", "-----Original Message",
// "On ... wrote:"), or -1.
func historyStart(body string, from int) int {
	for i := from; i < len(body); {
		j := strings.IndexByte(body[i:], '\n')
		if j < 0 {
			return -1
		}
		i += j + 1
		line := strings.TrimSpace(body[i:min(len(body), i+200)])
		if k := strings.IndexByte(line, '\n'); k >= 0 {
			line = line[:k]
		}
		if prefixFold(line, "from:") || prefixFold(line, "von:") || prefixFold(line, "de:") ||
			strings.HasPrefix(line, "-----") || prefixFold(line, "on ") && suffixFold(line, "wrote:") {
			return i
		}
	}
	return -1
}

// prefixFold and suffixFold are strings.HasPrefix and HasSuffix ignoring
// case, without allocating.
func prefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

func suffixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p)
}

// allIn reports whether a counted many-users phrase of sentence sent of
// field says everyone or no one.
func (st *state) allIn(field string, sent int) bool {
	for _, h := range st.hits {
		r := st.c.rules[h.rule]
		if h.suppressedBy == nil && h.field == field && h.sent == sent && r.Kind == KindMany && (r.Tag == TagAll || r.Tag == TagNone) {
			return true
		}
	}
	return false
}

// liveImpact reports whether an evidence note is a fault, loss or access
// signal promoted to P1 by its scope: a stated impact, not an alarm word.
func liveImpact(note string) bool {
	return strings.Contains(note, "promoted to P1") || note == accessAllNote
}

// accessAllNote explains an access signal that names everyone.
const accessAllNote = "access lost for everyone and no workaround named: P1"

// rawLevel is the level of the cascade without benign evidence.
func (st *state) rawLevel(t *tally) Severity {
	p := st.c.p
	c := [5]float64{0, t.s[P1], t.s[P1] + t.s[P2], t.s[P1] + t.s[P2] + t.s[P3]}
	for _, l := range []Severity{P1, P2, P3} {
		if c[l] >= p.threshold[l] {
			return l
		}
	}
	return P4
}

// confidence maps the margin of the decision to 0..1. The margin is the
// distance of the deciding score from the nearest decision boundary: how
// far the chosen level's cumulative score is above its threshold, and how
// far the next more severe level is below its own (the runner-up). A
// margin of 0 is a coin toss (0.5) and the remaining doubt shrinks
// exponentially with the margin: conf = 1 - ½·e^(-m/1.5), capped at 0.99
// (a margin of 1 point gives 0.74, 3 points 0.93). A mail without any
// counted signal gets 0.3: P4 is then a default, not a finding.
func (st *state) confidence(l Severity, c [5]float64) float64 {
	if !st.anySignal() {
		return 0.3
	}
	p := st.c.p
	var m float64
	if l != P4 {
		m = c[l] - p.threshold[l]
	} else {
		m = p.threshold[P3] - c[P3]
	}
	if l != P1 {
		m = math.Min(m, p.threshold[l-1]-c[l-1])
	}
	conf := 1 - 0.5*math.Exp(-math.Max(m, 0)/1.5)
	return math.Round(math.Min(conf, 0.99)*100) / 100
}

// anySignal reports whether any evidence counted toward a level.
func (st *state) anySignal() bool {
	for _, e := range st.ev {
		if e.Level != 0 && e.Weight != 0 {
			return true
		}
	}
	return false
}

// modifiers collects the multipliers and core-feature mentions.
func (st *state) modifiers(t *tally) {
	for _, h := range st.hits {
		r := st.c.rules[h.rule]
		if h.suppressedBy != nil {
			continue
		}
		switch r.Kind {
		case KindFault:
			// "rejects every card", "declining all payments": the scope is
			// inside the fault's own phrase.
			t.all = t.all || scopeInside(h.text) && !searchedFor(h.text)
		case KindMany:
			if h.any && endsInNumber(h.text) && startsWithEvery(h.text) {
				continue // "every 10-15 minutes" is a frequency, not everyone
			}
			if st.restOf(h) || (r.Tag == TagAll || r.Tag == TagNone) && st.scopeFine(h) {
				// "the other 25 users are fine", "all our other agents
				// receive SMS fine", "everyone is logging in fine since
				// yesterday": a scope of those for whom it works names
				// no one affected
				continue
			}
			t.many = math.Max(t.many, r.Weight)
			// the subject of a reply names the old topic's scope
			t.all = t.all || (r.Tag == TagAll || r.Tag == TagNone) &&
				!(h.field == FieldSubject && st.reply && !isForward(st.subject))
			last := lastWord(h.key)
			if h.any {
				last = strings.ToLower(h.text[strings.LastIndexByte(h.text, ' ')+1:])
			}
			if !st.itemScope(last) && h.key != "at all" {
				t.people = math.Max(t.people, r.Weight)
			}
			if st.c.dataWords[last] {
				// "every invoice": the scope names the data too
				t.data[[2]int{fieldNo(h.field), h.sent}] = true
				t.dataSubj = t.dataSubj || h.field == FieldSubject
			}
			if st.c.critWords[last] {
				// "all the salaries": the scope names a critical function
				t.crit[[2]int{fieldNo(h.field), h.sent}] = true
				t.critSubj = t.critSubj || h.field == FieldSubject
			}
		case KindSingle:
			if h.field == FieldSubject && st.reply && !isForward(st.subject) {
				// "Re: Partnership review and a few points": the subject of
				// a reply names the old topic's scope, as for many users
				continue
			}
			if r.Tag != TagPartial && st.ownSchedule(h) {
				// "a script that polls your orders API every 15 minutes":
				// how often the writer's stopgap runs, not how often the
				// fault comes back
				continue
			}
			if r.Tag != TagPartial && st.triedOn(h) {
				// "I have tried on my laptop, my phone and a colleague's
				// machine": where the writer tried it, not whom it hits
				continue
			}
			// multipliers below 1: the strongest is the smallest
			t.single = minSet(t.single, r.Weight)
			if r.Tag == TagPartial {
				t.partial = minSet(t.partial, r.Weight)
			}
		case KindExec, KindTitle:
			t.exec = math.Max(t.exec, r.Weight)
		case KindIntensifier:
			t.intense = math.Max(t.intense, r.Weight)
		case KindCore:
			t.core[[2]int{fieldNo(h.field), h.sent}] = true
			t.coreSubj = t.coreSubj || h.field == FieldSubject
			if r.Tag == TagReport {
				t.reportAt = append(t.reportAt, [2]int{fieldNo(h.field), h.sent})
				t.reportSubj = t.reportSubj || h.field == FieldSubject
			} else {
				t.workAt = append(t.workAt, [2]int{fieldNo(h.field), h.sent})
			}
		case KindData:
			t.data[[2]int{fieldNo(h.field), h.sent}] = true
			// a compound in the subject names the topic ("Lückenhafte
			// Stromzählerdaten"), not what the body says was lost
			t.dataSubj = t.dataSubj || h.field == FieldSubject && h.rule != st.c.compound
		case KindCritical:
			t.crit[[2]int{fieldNo(h.field), h.sent}] = true
			t.critSubj = t.critSubj || h.field == FieldSubject
		case KindRenewal:
			if t.renewal == nil {
				t.renewal = h
			}
		}
	}
	for _, h := range st.hits {
		if h.suppressedBy == nil {
			if k := st.c.rules[h.rule].Kind; (k == KindDefect || k == KindFault) && notDoing(h) {
				t.stops = true
			}
			switch st.c.rules[h.rule].Tag {
			case TagWorkaround:
				if !st.notWorkaround(h) {
					// every workaround so far pen and paper, this one too
					t.paperOnly = (t.paperOnly || !t.workaround) && st.paperFallback(h)
					t.workaround = true
				}
			case TagUsability:
				t.usability = true
			case TagHedge:
				t.hedged = true
			case TagPlain:
				t.plain = true
			case TagRequest:
				t.customise = t.customise || customiseKey(h.key)
			case TagSupport:
				t.support = true
			case TagOnly:
				t.only[[2]int{fieldNo(h.field), h.sent}] = true
			}
			if strings.HasPrefix(h.key, "only ") {
				t.only[[2]int{fieldNo(h.field), h.sent}] = true
			}
			if st.c.rules[h.rule].mayBug && (keyHas(h, bugWords) || bugWords[strings.TrimSuffix(h.key, "*")]) && !st.bugLabel(h) {
				t.bug = true
			}
		}
	}
	if st.bulk != nil {
		t.bulk, t.bulkN = true, st.bulkN
		t.many = math.Max(t.many, bulkFactor)
		if m := st.bulk.Match; !st.itemScope(strings.ToLower(m[strings.LastIndexByte(m, ' ')+1:])) {
			t.people = math.Max(t.people, bulkFactor)
		}
		st.ev = append(st.ev, *st.bulk)
	}
	if len(st.shout) > 0 && t.intense == 0 {
		t.intense, t.shoutOnly = shoutFactor, true
	}
}

// once identifies a counted signal: a phrase in a field, counted or
// suppressed.
type once struct {
	key          string
	field, suppr int
}

// onceSet is the set of the signals counted in one call. A mail counts a
// few: they are kept in a list and compared one by one, which costs less
// than hashing each into a map; past onceListMax they go to a map, so that
// a mail with hundreds of signals stays linear.
type onceSet struct {
	list []once
	m    map[once]bool // nil until the list is full
}

const onceListMax = 32

func (s *onceSet) reset() {
	s.list = s.list[:0]
	if len(s.m) > 0 {
		clear(s.m)
	}
}

// add adds k and reports whether it was not in the set yet.
func (s *onceSet) add(k once) bool {
	if slices.Contains(s.list, k) || s.m[k] { // an empty map answers without hashing
		return false
	}
	if len(s.list) < onceListMax {
		s.list = append(s.list, k)
		return true
	}
	if s.m == nil {
		s.m = make(map[once]bool)
	}
	s.m[k] = true
	return true
}

// ownCancel reports whether the writer's own text, above any history it
// forwards or quotes, threatens to cancel.
func (st *state) ownCancel() bool {
	hist := historyStart(st.body, 0)
	for _, h := range st.hits {
		if h.suppressedBy == nil && st.c.rules[h.rule].Tag == TagCancel && (h.field == FieldSubject || hist < 0 || h.offset < hist) {
			return true
		}
	}
	return false
}

// wegAcronym reports whether a "WEG" is the German acronym of a
// community of flat owners (Wohnungseigentümergemeinschaft) rather than
// "weg" (gone) shouted: a name follows it ("WEG Lindenstraße 12") or an
// article or number comes before it ("der WEG", "bei 6 WEGs").
func (st *state) wegAcronym(h *hit) bool {
	if h.text != "WEG" || h.field == FieldSender {
		return false
	}
	src := st.body
	if h.field == FieldSubject {
		src = st.subject
	}
	if h.offset+len(h.text) > len(src) {
		return false
	}
	before := strings.Fields(src[max(0, h.offset-16):h.offset])
	after := strings.Fields(src[h.offset+len(h.text) : min(len(src), h.offset+len(h.text)+24)])
	if len(after) > 0 {
		r := []rune(after[0])
		if len(r) > 1 && (unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) || unicode.IsDigit(r[0])) {
			return true
		}
	}
	if len(before) > 0 {
		w := strings.ToLower(before[len(before)-1])
		return wegArticles[w] || w != "" && unicode.IsDigit([]rune(w)[0])
	}
	return false
}

var wegArticles = map[string]bool{"der": true, "die": true, "einer": true, "eine": true, "jeder": true,
	"unserer": true, "ihrer": true, "dieser": true}

// pastIncidentAround reports whether the sentence of h names an incident
// told of the past: an alarm word ("outage", "incident") in it with a
// time that is over.
func (st *state) pastIncidentAround(h *hit) bool {
	for i := range st.hits {
		a := st.hits[i]
		if a != h && a.field == h.field && a.sent == h.sent && a.suppressedBy == nil && st.c.rules[a.rule].Tag == TagAlarm && st.longAgo(a) {
			return true
		}
	}
	return false
}

// signals adds the weight of every counted signal, once per rule and field.
func (st *state) signals(t *tally) {
	// A rule counts once per field: repeating a phrase is not more evidence.
	seen := &st.w.seen
	seen.reset()
	asking := st.asking()
	bodyAlarm := asking && st.bodyReportsAlarm()
	oldTopic := st.reply && st.bodySettled()
	for _, h := range st.hits {
		r := st.c.rules[h.rule]
		kind, lvl := r.Kind, r.Level()
		switch {
		case oldTopic && h.field == FieldSubject && h.suppressedBy == nil && (lvl != 0 && lvl != P4 || kind == KindFault || kind == KindDefect || kind == KindLoss):
			// "RE: URGENT - OUTAGE" above "Thanks, login works again":
			// the subject of a reply names the thread's old topic, and the
			// new text says it is over.
			st.ev = append(st.ev, Evidence{Rule: h.key, Match: h.text, Field: h.field, Level: lvl, Offset: h.offset, Source: r.Source,
				Note: "not counted: the subject of a reply names the old topic and the new text says it is settled"})
			continue
		case r.Tag == TagAlarm && asking && h.suppressedBy == nil && (h.topic || h.field == FieldSubject && !bodyAlarm):
			st.ev = append(st.ev, Evidence{Rule: h.key, Match: h.text, Field: h.field, Level: lvl, Offset: h.offset, Source: r.Source,
				Note: "not counted: an alarm word asked or talked about, in a mail that asks and states no fault, loss or outage of its own"})
			continue
		case r.Tag == TagAlarm && h.field != FieldSender && h.suppressedBy == nil && st.longAgo(h) && !st.chasing():
			// "the outage last month", "the P1 incident we had in
			// October": an alarm noun told of the past (not "last
			// night") is history
			st.ev = append(st.ev, Evidence{Rule: h.key, Match: h.text, Field: h.field, Level: lvl, Offset: h.offset, Source: r.Source,
				Note: "not counted: an alarm word told of the past"})
			continue
		case lvl == P1 && r.Tag != TagAlarm && r.Tag != TagCancel && h.field == FieldBody && h.suppressedBy == nil && !st.chasing() && st.pastIncidentAround(h):
			// "the outage in February last year (the morning when none
			// of us could book anything)": what an incident told of the
			// past was is history too; a threat to cancel over it ("we
			// will serve notice of termination … for each outage") is
			// not
			st.ev = append(st.ev, Evidence{Rule: h.key, Match: h.text, Field: h.field, Level: lvl, Offset: h.offset, Source: r.Source,
				Note: "not counted: the description of an incident told of the past"})
			continue
		case r.Tag == TagAlarm && h.suppressedBy == nil && st.compoundModifier(h):
			st.ev = append(st.ev, Evidence{Rule: h.key, Match: h.text, Field: h.field, Level: lvl, Offset: h.offset, Source: r.Source,
				Note: "not counted: an alarm word that modifies another (\"an outage-heavy week\") names no event"})
			continue
		case foldCollides(h.key, h.text):
			continue // "999 Stück" folds to a fault's "stuck"
		case h.key == "weg" && st.wegAcronym(h):
			continue // "WEG Lindenstraße 12", "bei 6 WEGs": a community of owners, not "gone"
		case kind == KindAble && !h.denied:
			continue // "we can export" is no problem
		case kind == KindAble:
			kind = KindFault
		case h.rule == st.c.idle && !t.critical(h) && availWords[lastWord(strings.ToLower(h.text))]:
			continue // "not available in our plan" is no failure
		case h.rule == st.c.idle && t.critical(h):
			// "employees were not paid" beside the payroll run: what the
			// business stops without did not happen, a failure.
			kind = KindFault
		case kind == KindOther && !t.dataNear(h) && !t.critical(h):
			continue // "other customers are fine"; "the salaries of another company" counts
		case kind == KindOther && st.othersAct(h):
			continue // "other parents who wanted to help couldn't get a slot": people, not their data
		case r.Tag == TagCosmetic && (t.usability || t.stops || t.customise):
			// a visual issue that hinders work is P3, not cosmetic, and so
			// is one that stops a function ("the barcode is clipped by
			// the margins, so the scanners won't scan it")
			continue
		}
		if (lvl == P2 || kind == KindFault || kind == KindDefect) && st.measuredMinor() && keyHas(h, slowWords) {
			// "noticeably slower … 3 seconds instead of 1": the writer's
			// own figure says how slow, and below 5x it is the protocol's
			// minor performance degradation (P3), however many see it.
			lvl, kind = P3, KindP3
		}
		if h.field == FieldSubject && h.suppressedBy == nil && st.negatedInBody(h) {
			// "Subject: emergency?" / "Not an emergency, but ...": the
			// body takes the subject's word back.
			h.suppressedBy = st.bodyDenial(h)
		}
		key := once{h.key, fieldNo(h.field), 0}
		if h.suppressedBy != nil {
			key.suppr = 1
		}
		if !seen.add(key) {
			continue
		}
		if h.suppressedBy != nil {
			st.suppressed(h, r)
			continue
		}
		if lvl == 0 {
			st.modifierEvidence(h, r)
			continue
		}
		w := r.Weight
		if h.field == FieldSubject {
			w *= st.subjectWeight()
		}
		// money taken twice from many: everyone or a count named, the
		// rule's own scope ("paid every employee twice"), or payers in
		// the plural ("customers charged twice")
		moneyMany := r.Tag == TagMoney && (scopeInside(h.text) || st.payersNamed(h) ||
			(t.many > 0 || t.all || t.bulkN >= bulkMin) && !st.selfCharged(h))
		note := ""
		switch kind {
		case KindLoss:
			// A loss of data is P1, unless the mail says it is one item of
			// one user ("one of my playlists", "only that one").
			oneItem := t.single > 0 && t.single <= 0.6 && t.many == 0
			if st.retainedDeletion(h) {
				lvl, w, note = P2, w*st.c.p.faultPromote, "a deletion a retention schedule owes (\"kept for seven years and then deleted\", \"automatisch gelöscht\"): the product's routine, a core function (P2), not a loss of data"
			} else if st.lossWanted(h) {
				lvl, w, note = P4, 0, "not counted: a loss that should or could happen (\"should be deleted after seven years\"), not one that did"
			} else if st.goneGoing(h) {
				lvl, w, note = P4, 0, "not counted: \"gone\" with where or how it went (\"gone home\", \"gone across to Xero\", \"gone unanswered\") or wished (\"I want that banner gone\"): going, not data lost"
			} else if st.faultGone(h) {
				lvl, w, note = P4, 0, "not counted: a fault gone (\"all the errors are gone\"), a fix, not a loss"
			} else if st.formatLost(h) {
				note = "loss of a value's format (leading zeros, paragraph breaks), not of the data: a defect (P3)"
			} else if st.unsavedLost(h) {
				note = "loss of an edit that did not save (the change, what was typed), not of stored data: a fault (P3 unless its context promotes it)"
			} else if !oneItem && st.criticalGone(h) {
				lvl, w, note = P1, w*st.c.p.lossPromote, "loss promoted to P1: a critical function is gone"
			} else if !oneItem && (t.data[[2]int{fieldNo(h.field), h.sent}] || !weakLoss[h.key] && (t.dataSubj || t.data[[2]int{fieldNo(h.field), h.sent - 1}])) && !st.requestOnly() {
				lvl, w, note = P1, w*st.c.p.lossPromote, "loss promoted to P1: data named in this or the previous sentence or the subject"
				t.dataP1 = true
				t.lostBulk = t.lostBulk || t.bulkN >= bulkMin
			} else if !oneItem && st.allLost(h) {
				lvl, w, note = P1, w*st.c.p.lossPromote, "loss promoted to P1: all of the writer's things are gone (\"all our templates have been deleted\")"
				t.dataP1 = true
			} else {
				note = "loss: P3 unless data is named in the same sentence"
			}
		case KindOther:
			note = "someone else's data: a privacy incident or records mixed up"
		case KindP1:
			if st.coreDown(t, h, r) {
				// The protocol's P2: "core feature not working
				// (reports, dashboards, integrations)" with a workaround.
				lvl, note = P2, "a core feature, not the platform, is down and a workaround is named: P2"
			} else if r.Tag == TagMoney && !moneyMany {
				// "I was charged twice for my subscription": one
				// person's money, a billing problem to put right (P2),
				// not the protocol's payment failure that stops a
				// business.
				lvl, note = P2, "money taken twice from one person, nobody else named: a billing problem (P2), not a payment failure for the business"
			} else if r.Tag == TagAccess && r.Weight < 3 && t.all && !t.workaround && t.single == 0 {
				// "our entire company is locked out": a weak access signal
				// that names everyone is the protocol's "cannot login".
				w, note = w*st.c.p.faultPromote, accessAllNote
			}
		case KindP2:
			if r.Tag == TagCost && st.requestOnly() {
				lvl, note = P3, "what the work costs in a mail that asks for an enhancement: the reason for the request (P3)"
			}
			if r.Tag == TagThreat && t.exec > 0 {
				lvl, note = P1, "threat to leave from an executive: executive escalation with threat of cancellation (P1)"
			}
		case KindFault, KindDefect:
			if h.noneCan && t.critical(h) && !t.workaround && t.single == 0 {
				// "nobody at the office can sign in": no one can use what
				// the business stops without.
				// As strong as "nobody can log in" (3): politeness does not
				// carry it below P1.
				lvl, w, note = P1, math.Max(w*st.c.p.faultPromote, 3), "fault promoted to P1: no one can use a critical function and no workaround named"
			} else if kind == KindDefect && st.corruption(t, h) {
				// Records wrong for everyone or for hundreds: the protocol's
				// "data corruption affecting customer records".
				lvl, w, note = P1, w*st.c.p.lossPromote, "defect promoted to P1: data named nearby and wrong for all or a counted many (corruption)"
				t.dataP1 = true
			} else if kind == KindFault && t.all && !t.workaround && t.single == 0 && !t.bug && !st.featureOnly(t, h) {
				// Everyone (or every order) affected by something broken
				// and no workaround: the protocol's complete unavailability.
				// A defect (wrong but working) stays at most P2, and so does
				// a report or dashboard that fails for everyone
				// (featureOnly).
				lvl, w, note = P1, w*st.c.p.faultPromote, "fault promoted to P1: everyone affected and no workaround named"
			} else if kind == KindFault && t.critical(h) && t.broad() && !t.workaround && t.single == 0 {
				// Payroll rejected for 230 employees, tills failing in
				// every shop: the business stops.
				lvl, w, note = P1, w*st.c.p.faultPromote, "fault promoted to P1: a critical function fails for many and no workaround named"
			} else if why := st.promotion(t, h, kind); why != "" {
				lvl, w, note = P2, w*st.c.p.faultPromote, string(kind)+" promoted to P2: "+why
				t.stopsP2 = t.stopsP2 || notDoing(h) || t.critical(h)
			} else if kind == KindFault {
				note = "fault: P3 unless a core feature or many users are named"
			} else {
				note = "defect: P3 unless many users are affected"
			}
		}
		if lvl == P4 {
			note = "benign: lowers P1/P2 by half its weight and P3 by its weight"
		}
		t.s[lvl] += w
		t.ruleP1 = t.ruleP1 || lvl == P1 && w > 0 && kind != KindFault && kind != KindDefect
		if lvl == P2 && kind != KindFault && kind != KindDefect {
			t.ownP2 += w
		}
		st.operator = st.operator || r.operator
		t.problem = t.problem || lvl <= P2 || kind == KindFault || kind == KindLoss
		if lvl == P1 && (r.Tag == TagAccess || r.Weight < 3 && r.Tag != TagSecurity && kind != KindOther) {
			// someone in one user's account is still a security incident
			t.singleable += w
		}
		t.cancel = t.cancel || lvl == P1 && w > 0 && r.Tag == TagCancel
		if lvl == P1 && (kind == KindLoss || kind == KindOther || r.Tag == TagCancel || r.Tag == TagSecurity ||
			kind == KindP1 && r.Weight >= 3 && r.Tag != TagAlarm || moneyMany) {
			t.hardP1 += w
		}
		if lvl == P4 && r.Tag == TagHedge {
			t.hedge += w
		}
		if lvl == P3 && r.Tag == TagRequest {
			t.request += w
		}
		name := h.key
		switch {
		case h.noneCan:
			name = "no one can"
		case h.denied:
			name = "cannot"
		}
		st.ev = append(st.ev, Evidence{Rule: name, Match: h.text, Field: h.field, Level: lvl,
			Weight: round2(w), Offset: h.offset, Note: note, Source: r.Source})
	}
}

// compoundRule names the records in a compound noun of the languages
// that write them in one word ("Buchungsdaten", "Kundendatenbank",
// "klantgegevens", "kundedata"): no phrase list holds every compound.
var compoundRule = Rule{Kind: KindData, Weight: 1, Phrase: "<compound record noun>", Source: "classify: compound record noun"}

// compoundData adds a hit of compoundRule for each word of the field that
// no rule matched and that is a compound noun of stored records
// (recordCompound), keeping st.hits[from:] in order.
func (st *state) compoundData(f *folded, field, src string, from int) {
	added := false
	next := from
	for t := range f.toks {
		w := f.wordb(t)
		if len(w) < 9 {
			continue
		}
		rule, key := st.c.compound, compoundRule.Phrase
		switch {
		case recordCompound(string(w)):
		case compoundOf(string(w), compoundReports):
			rule, key = st.c.compoundReport, compoundReportRule.Phrase
		default:
			continue
		}
		for next < len(st.hits) && st.hits[next].t1 <= t {
			next++
		}
		if next < len(st.hits) && st.hits[next].t0 <= t {
			continue // inside a rule's match
		}
		text, off := f.source(src, t, t+1)
		h := st.newHit()
		*h = hit{rule: rule, key: key, field: field, t0: t, t1: t + 1, text: text, offset: off}
		st.hits = append(st.hits, h)
		added = true
	}
	if added {
		slices.SortStableFunc(st.hits[from:], func(a, b *hit) int { return a.t0 - b.t0 })
	}
}

// compoundReportRule names a report in a compound noun
// ("Umsatzstatistik", "Verkäuferauswertung"): a core feature that reports
// on the work, as "report" does.
var compoundReportRule = Rule{Kind: KindCore, Tag: TagReport, Weight: 1, Phrase: "<compound report noun>", Source: "classify: compound report noun"}

// compoundReports end the German and Dutch compound nouns of reports.
var compoundReports = []string{"statistik", "statistiken", "auswertung", "auswertungen", "bericht", "berichte",
	"rapportage"}

// recordCompound says w is a compound noun of records (compoundRecords):
// stored data by name, not a tool that holds it ("Urlaubsplaner").
func recordCompound(w string) bool { return compoundOf(w, compoundRecords) }

var compoundRecords = []string{"daten", "datenbank", "datenbanken", "gegevens", "kundedata", "kunddata",
	"buchungen", "rechnungen", "bestellungen", "bestellingen", "dokumente", "dateien", "eintrage", "belege",
	"facturen", "fakturaer", "fakturor", "ordrer", "ordrar"}

// dropPatchLevels drops from hits[from:] the severity labels glued to a
// version number ("Forge 8.2.2-p1", "release 4.1-P2"): a patch level, not
// the writer's priority.
func dropPatchLevels(hits []*hit, from int, src string) []*hit {
	out := hits[:from]
	for _, h := range hits[from:] {
		if len(h.text) == 2 && (h.text[0] == 'p' || h.text[0] == 'P') && h.text[1] >= '1' && h.text[1] <= '4' && h.offset >= 2 &&
			src[h.offset-1] == '-' && src[h.offset-2] >= '0' && src[h.offset-2] <= '9' {
			continue
		}
		out = append(out, h)
	}
	return out
}

// dropFormRatings drops from hits[from:] the matches in the value of a
// form's rating field ("Category: Appointments | Impact: Critical –
// service unavailable", "Priority: Blocker", "Dringlichkeit: hoch"): the
// level a customer picks from a list is no account of what happened (in
// the labelled sets a critical or high pick is P1 5 times, P2 2, P3 3,
// P4 3); what they write is read.
func dropFormRatings(hits []*hit, from int, src string) []*hit {
	spans := ratingValues(src)
	if len(spans) == 0 {
		return hits // most mails: no rating field
	}
	out := hits[:from]
	for _, h := range hits[from:] {
		if !slices.ContainsFunc(spans, func(v [2]int) bool { return h.offset >= v[0] && h.offset < v[1] }) {
			out = append(out, h)
		}
	}
	return out
}

// ratingValues returns where the values of a text's rating fields stand:
// a rating key (ratingKeys) opening its line or its "|" segment, a colon,
// and a value that opens with a level from a list ("Critical – service
// unavailable", "High"), not with a description ("**Impact:** the sales
// dashboards show yesterday's data"). One pass over the colons.
func ratingValues(src string) [][2]int {
	const maxKey = 20 // "**Business impact**"
	var spans [][2]int
	for i := 0; i < len(src); {
		c := strings.IndexByte(src[i:], ':')
		if c < 0 {
			break
		}
		c += i
		i = c + 1
		lo := max(0, c-maxKey)
		start := strings.LastIndexAny(src[lo:c], "\n|")
		if start < 0 && lo > 0 {
			continue
		}
		key := strings.Trim(src[lo+start+1:c], " \t*_")
		if len(key) > maxKey || !ratingKeys[strings.ToLower(key)] {
			continue
		}
		end := strings.IndexAny(src[c:], "\n|")
		if end < 0 {
			end = len(src)
		} else {
			end += c
		}
		first, _, _ := strings.Cut(strings.TrimSpace(src[c+1:end]), " ")
		if ratingLevels[strings.ToLower(strings.Trim(first, "*_-–:,."))] {
			spans = append(spans, [2]int{c + 1, end})
		}
	}
	return spans
}

// segmentAt returns the segment of src around offset between two of
// seps (or the text's ends), when it reaches at most reach bytes either
// way from offset.
func segmentAt(src string, offset, reach int, seps string) (string, bool) {
	if offset > len(src) {
		return "", false
	}
	lo, hi := max(0, offset-reach), min(len(src), offset+reach)
	start := strings.LastIndexAny(src[lo:offset], seps)
	if start < 0 && lo > 0 {
		return "", false
	}
	start += lo + 1
	end := strings.IndexAny(src[offset:hi], seps)
	if end < 0 {
		if hi < len(src) {
			return "", false
		}
		end = hi - offset
	}
	return src[start : offset+end], true
}

// ratingLevels open a rating field's value.
var ratingLevels = map[string]bool{"critical": true, "high": true, "highest": true, "urgent": true, "blocker": true,
	"major": true, "medium": true, "normal": true, "low": true, "minor": true, "kritisch": true, "hoch": true,
	"sehr": true, "dringend": true, "mittel": true, "niedrig": true, "critique": true, "haute": true, "alta": true,
	"critica": true, "crítica": true, "p1": true, "p2": true, "p3": true, "p4": true, "sev1": true, "sev2": true}

// ratingKeys name a form's field for the level a customer picks.
var ratingKeys = map[string]bool{"impact": true, "priority": true, "severity": true, "urgency": true,
	"business impact": true, "dringlichkeit": true, "priorität": true, "prioritat": true, "auswirkung": true,
	"schweregrad": true, "priorité": true, "urgence": true, "prioridad": true, "urgencia": true, "impacto": true}

// bodySettled reports whether a settled phrase counts in the body.
func (st *state) bodySettled() bool {
	for _, h := range st.hits {
		if h.suppressedBy == nil && h.field == FieldBody && st.c.rules[h.rule].Tag == TagSettled {
			return true
		}
	}
	return false
}

// bodyReportsAlarm reports whether an alarm noun of the body is stated
// rather than asked or talked about.
func (st *state) bodyReportsAlarm() bool {
	for _, h := range st.hits {
		if h.field == FieldBody && h.suppressedBy == nil && !h.topic && st.c.rules[h.rule].Tag == TagAlarm {
			return true
		}
	}
	return false
}

// alarmTopic reports whether alarm noun h is a topic rather than a
// report. A known event ("the outage", "your outage") is a report unless
// its sentence talks about reports of events (news, an article, a
// policy: topicWords); another is a topic in a question ("do you have an
// outage notification list?") or beside a generic word ("any downtime",
// "when a critical outage hits", "not a single outage": genericWords).
// sents is topicSentences of h's field.
func alarmTopic(f *folded, h *hit, sents []uint8) bool {
	if h.sent >= len(sents) {
		return false
	}
	s := sents[h.sent]
	if s&sentTopic != 0 {
		return true
	}
	known := h.t0 > 0 && f.mark(h.t0-1) == 0 && knownWords[string(f.wordb(h.t0-1))]
	return !known && s&(sentGeneric|sentQuestion) != 0
}

// knownWords before an alarm noun name a known event: "the outage".
var knownWords = map[string]bool{"the": true, "this": true, "your": true, "current": true, "ongoing": true, "todays": true, "s": true}

// What topicSentences records of a sentence.
const (
	sentTopic    = 1 << iota // it has a topic word
	sentGeneric              // it has a generic word
	sentQuestion             // it ends in '?'
)

// topicSentences describes each sentence of f (numbered as setSentences
// does) in one pass; it reuses buf.
func topicSentences(f *folded, buf []uint8) []uint8 {
	buf = append(buf, 0)
	q := 0
	end := func(i int) {
		for q < len(f.qends) && int(f.qends[q]) < i {
			q++
		}
		if q < len(f.qends) && int(f.qends[q]) == i {
			buf[len(buf)-1] |= sentQuestion
		}
	}
	for i := range f.toks {
		switch {
		case f.mark(i) == sentenceMark:
			end(i)
			buf = append(buf, 0)
		case f.mark(i) != 0:
		case topicWords[string(f.wordb(i))]:
			buf[len(buf)-1] |= sentTopic
		case genericWords[string(f.wordb(i))]:
			buf[len(buf)-1] |= sentGeneric
		}
	}
	end(len(f.toks))
	return buf
}

// topicWords make an alarm noun, even a known one, a topic: news about
// it, an article, a notice of or a policy for such events.
var topicWords = map[string]bool{
	"news": true, "newsletter": true, "article": true, "read": true, "heard": true, "notification": true,
	"notifications": true, "notify": true, "notified": true, "alert": true, "alerts": true,
	"alerting": true, "policy": true, "policies": true, "process": true, "procedure": true,
	"procedures": true, "plan": true, "questionnaire": true, "template": true, "templates": true,
	"drill": true, "training": true,
}

// genericWords make an alarm noun not named as a known one a topic: any
// outage, one that may happen or hits, not a single one, one read about.
var genericWords = map[string]bool{
	"about": true, "saw": true, "any": true, "if": true, "whenever": true, "happen": true,
	"happens": true, "hits": true, "single": true, "ever": true,
}

// asking reports whether the writer asks rather than reports: a sentence
// ends in '?', or a question, request, suggestion or feedback phrase
// counts; and no fault, loss, denied ability or P1/P2
// signal other than an alarm noun is stated.
func (st *state) asking() bool {
	asks := st.asks
	for _, h := range st.hits {
		if h.field == FieldSender {
			continue
		}
		r := st.c.rules[h.rule]
		if h.suppressedBy != nil {
			continue
		}
		switch {
		case r.Tag == TagAlarm:
		case r.Kind == KindFault || r.Kind == KindLoss || r.Kind == KindOther || r.Kind == KindAble && h.denied:
			return false
		case r.Level() == P1 || r.Level() == P2:
			return false
		case r.Level() == P4 && r.Tag != TagSettled:
			asks = true
		}
	}
	return asks
}

// coreDown reports whether an access signal that names no platform ("is
// down", "500 errors") is about a core feature named in its sentence or
// the subject, with no critical function there, while the mail names a
// workaround: "the reports page is down for all users but we can export
// the data by hand".
func (st *state) coreDown(t *tally, h *hit, r Rule) bool {
	if r.Tag != TagAccess || !t.workaround || t.critical(h) || !(t.coreSubj || t.core[[2]int{fieldNo(h.field), h.sent}] || t.dataNear(h)) {
		return false
	}
	return !keyHas(h, platformWords)
}

// platformWords name the whole service in an access signal.
var platformWords = map[string]bool{
	"platform": true, "site": true, "system": true, "service": true, "app": true, "application": true,
	"website": true, "portal": true, "server": true, "servers": true, "production": true, "prod": true,
	"everything": true, "environment": true, "instance": true, "we": true, "everyone": true,
	"everybody": true, "nobody": true, "noone": true, "staff": true, "users": true, "employees": true,
}

// negatedInBody reports whether the body negates the phrase of subject
// hit h; bodyDenial returns the cue that does.
func (st *state) negatedInBody(h *hit) bool { return st.bodyDenial(h) != nil }

func (st *state) bodyDenial(h *hit) *hit {
	for _, b := range st.hits {
		if b.field == FieldBody && b.key == h.key && b.suppressedBy != nil && st.c.rules[b.suppressedBy.rule].Kind == KindNegate {
			return b.suppressedBy
		}
	}
	return nil
}

// renewalAtRisk adds the weight of a renewal mention when the mail also
// counts a problem or a complaint: "renewal at risk due to unresolved
// issues". A renewal alone is a date, not a risk.
func (st *state) renewalAtRisk(t *tally) {
	h := t.renewal
	if h == nil || t.s[P1]+t.s[P2]+t.s[P3] == 0 {
		return
	}
	r := st.c.rules[h.rule]
	t.s[P2] += r.Weight
	t.ownP2 += r.Weight
	st.ev = append(st.ev, Evidence{Rule: h.key, Match: h.text, Field: h.field, Level: P2,
		Weight: round2(r.Weight), Offset: h.offset, Source: r.Source,
		Note: "renewal named beside a problem or complaint: renewal at risk (P2)"})
}

// subjectWeight is the weight of subject matches: above the body for a new
// mail, below it for a reply or forward, whose subject names the thread's
// old topic rather than the news.
func (st *state) subjectWeight() float64 {
	if st.reply && !st.chasing() {
		return st.c.p.replySubjectWeight
	}
	return st.c.p.subjectWeight
}

// promotion says why a fault or defect counts toward P2, or "" if it does
// not: many users affected, an executive involved, or (faults only) a core feature named in the
// same sentence or the subject, unless the mail says only some users or
// some of the time.
func (st *state) promotion(t *tally, h *hit, k Kind) string {
	// a defect (wrong but working) that many users see is still a minor
	// bug unless it hits a critical function or everyone, and the writer
	// does not say it can wait; beside a core feature or data it counts
	// only when the feature does not do its job ("can't log calls",
	// "arriving late", "reports empty"), not when it does it with an odd
	// result ("fires twice", "names cut off", "rounded to whole percent"):
	// the protocol's P3 "bug or inconsistency in a non-critical feature";
	// everyone seeing a plainly odd result ("every notification comes
	// twice", "filters reset for all of us") is that inconsistency too;
	// and so is a wrong result the writer says only some see or only
	// some of the time ("a few of the pins show the old address",
	// "sometimes the reminders show UTC"), however many are named
	// elsewhere, unless hundreds of records are counted; and so is a wrong
	// result on every item ("every reminder shows UTC", "each ticket
	// prints the old name") when the mail names no people or places hit:
	// one consistent bug, not many people kept from their work
	if k == KindDefect && st.cosmeticAt(h) {
		// how something looks, however many see it ("our logo comes out
		// light blue instead of navy on every invoice"): cosmetic
		return ""
	}
	at := [2]int{fieldNo(h.field), h.sent}
	stops := notDoing(h) && (t.coreSubj || t.core[at] || t.dataNear(h))
	if t.many > 0 && !t.bug && (k == KindFault || !t.hedged && (t.all && !oddResult(h) && (t.single == 0 && t.people > 0 || t.bulkN >= bulkMin) || t.critical(h) || stops)) && !t.partialAt(h) {
		return "many users affected"
	}
	if t.exec > 0 && !(k == KindDefect && (oddResult(h) || t.bug || t.partialAt(h))) {
		// whoever reports it, an odd result ("lists some users twice"),
		// the writer's "bug" or an "only" keep a defect the protocol's
		// non-critical bug
		return "executive involved"
	}
	if t.single > 0 || k != KindFault && !producesNothing(h.text) || t.bug || t.partialAt(h) {
		// one user, a wrong result, the writer's "bug", or "only": the
		// protocol's non-critical bug, not a core feature down
		return ""
	}
	if t.coreSubj || t.core[[2]int{fieldNo(h.field), h.sent}] {
		return "core feature named"
	}
	if k != KindFault {
		return ""
	}
	if t.critical(h) {
		return "critical function named"
	}
	return ""
}

// partialAt reports whether h's sentence narrows what fails to a part
// ("search can't find tickets by phone number, only by email", "the
// dropdown only shows 50 tenants"): an edge of a feature that works,
// the protocol's non-critical bug, however many users see it.
func (t *tally) partialAt(h *hit) bool { return t.only[[2]int{fieldNo(h.field), h.sent}] }

// producesNothing reports whether a defect's text says that a core
// feature does not produce or load at all ("not generated", "isn't
// creating", "nicht erstellt", "não carregam"): it is not working (P2),
// where one that produces something wrong or empty stays a defect.
func producesNothing(text string) bool {
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if nothingWords[w] || nothingWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var nothingWords = map[string]bool{
	"generated": true, "generate": true, "created": true, "creating": true, "create": true,
	"loading": true, "load": true, "loads": true, "pushed": true, "pushing": true,
	"erstellt": true, "generiert": true, "geladen": true, "carregam": true, "carrega": true,
	"cargan": true, "carga": true, "chargent": true, "charge": true,
}

// corruption says a defect is data corruption: a value-changing defect
// with data named in its sentence or the subject, everyone or a counted
// many affected, no workaround named, and nothing narrowing it to one user
// or some of the time. With a workaround ("re-invoicing by hand") the
// labelled mail calls it P2.
func (st *state) corruption(t *tally, h *hit) bool {
	if st.c.rules[h.rule].Tag != TagCorrupt || !t.all && !t.bulk || t.workaround || t.single > 0 || st.cosmeticAt(h) {
		return false
	}
	return t.dataSubj || t.data[[2]int{fieldNo(h.field), h.sent}]
}

// cosmeticAt reports whether a cosmetic word (a logo, a colour, a font)
// stands in h's sentence: what is wrong on every invoice is how it looks
// ("our logo on every PDF invoice is the wrong color"), not its figures.
func (st *state) cosmeticAt(h *hit) bool {
	for _, c := range st.hits {
		if c.field == h.field && c.sent == h.sent && c.suppressedBy == nil && st.c.rules[c.rule].Tag == TagCosmetic {
			return true
		}
	}
	return false
}

// endsInNumber reports whether the last word of s is a number.
func endsInNumber(s string) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != ',' && r != '.' })
	return isNumber([]byte(s[i+1:]))
}

// scopeInside reports whether a fault's text names everyone or everything
// ("rejects every card").
func scopeInside(s string) bool {
	for len(s) > 0 {
		i := strings.IndexFunc(s, unicode.IsLetter)
		if i < 0 {
			return false
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		if j < 0 {
			j = len(s)
		}
		for _, w := range scopeWords {
			if strings.EqualFold(s[:j], w) {
				return true
			}
		}
		s = s[j:]
	}
	return false
}

var scopeWords = []string{"every", "all", "each", "everyone", "everybody", "everything", "any"}

// searchedFor says a fault's phrase is the writer looking for something
// and not finding any ("I can't find any e-mail telling us about it"):
// its "any" is what was sought, not everyone.
func searchedFor(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ".,;:!?") {
		case "find", "found", "locate", "located", "remember", "recall", "spot", "notice", "noticed":
			return true
		}
	}
	return false
}

// startsWithEvery reports whether s starts with "every" or "each" (or a
// translation): with a number after it, a frequency.
func startsWithEvery(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	for _, e := range everyWords {
		if strings.EqualFold(w, e) {
			return true
		}
	}
	return false
}

var everyWords = []string{"every", "each", "jede", "jeden", "jedes", "alle", "chaque", "tous", "toutes", "cada", "todos", "todas", "ogni"}

// broad reports whether everyone, or a count from bulkMin, is affected:
// enough for a critical function's failure to stop the business.
func (t *tally) broad() bool { return t.all || t.bulkN >= bulkMin }

// criticalGone reports whether a loss h follows a critical function
// closely ("the system's gone"): what vanished is the function itself,
// not something from it ("slots vanish from the checkout").
func (st *state) criticalGone(h *hit) bool {
	for _, c := range st.hits {
		if st.c.rules[c.rule].Kind == KindCritical && c.field == h.field && c.t1 <= h.t0 && h.t0-c.t1 <= 3 {
			return true
		}
	}
	return false
}

// dataNear reports whether data is named in h's sentence or the subject.
func (t *tally) dataNear(h *hit) bool {
	return t.dataSubj || t.data[[2]int{fieldNo(h.field), h.sent}]
}

// accessLost reports whether a counted access signal says the writer's
// people cannot get into the product ("keine Anmeldung möglich", "unable
// to open the app"), not that one of its features fails.
func (st *state) accessLost() bool {
	for _, h := range st.hits {
		if h.suppressedBy == nil && h.field != FieldSender && st.c.rules[h.rule].Tag == TagAccess && gettingIn(h.key) {
			return true
		}
	}
	return false
}

// gettingIn reports whether an access signal's folded phrase says people
// cannot get into the product ("nobody can log in", "keine Anmeldung
// möglich"), not that something does not reach them ("nothing has come
// through").
func gettingIn(key string) bool {
	for _, w := range gettingInWords {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

var gettingInWords = []string{"log", "sign", "anmeld", "einlogg", "zugang", "zugriff", "access", "open", "rein", "system", "erreichbar", "verfugbar", "available"}

// paperFallback reports whether the sentence of workaround hit h names
// pen and paper: "branch staff are writing barcodes down on paper
// slips", "wir haben einen Zettel hingelegt".
func (st *state) paperFallback(h *hit) bool {
	sent, _ := st.sentenceAt(h)
	for w := range strings.FieldsFuncSeq(sent, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if penAndPaper[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var penAndPaper = map[string]bool{"paper": true, "papier": true, "zettel": true, "zetteln": true, "handwritten": true,
	"pen": true, "papierlisten": true, "dockets": true, "clipboard": true, "clipboards": true, "kugelschreiber": true}

// weakLoss are loss words that often say something other than data went
// ("we lost two hours", "es fehlt eine Spalte", "the banner disappears"):
// they promote a loss only beside data named in their own sentence.
var weakLoss = map[string]bool{"lost": true, "fehlt": true, "disappear": true, "verloren": true}

// critical reports whether a critical function is named in h's sentence or
// the subject.
func (t *tally) critical(h *hit) bool {
	return t.critSubj || t.crit[[2]int{fieldNo(h.field), h.sent}]
}

func (st *state) suppressed(h *hit, r Rule) {
	cue := st.c.rules[h.suppressedBy.rule]
	st.ev = append(st.ev, Evidence{Rule: h.key, Match: h.text, Field: h.field, Level: r.Level(),
		Weight: 0, Offset: h.offset, Source: r.Source,
		Note: "not counted: " + suppressWord(cue) + " by " + strconv.Quote(h.suppressedBy.text)})
}

func suppressWord(r Rule) string {
	switch {
	case r.Tag == TagRequest:
		return "what a request asks for"
	case r.Kind == KindHypothetical:
		return "hypothetical"
	}
	return "negated"
}

func (st *state) modifierEvidence(h *hit, r Rule) {
	var note string
	switch r.Kind {
	case KindMany:
		note = "many users affected: raises P1/P2, promotes faults to P2"
	case KindSingle:
		note = "one user or some of the time: lowers access and weak P1 signals, stops core-feature promotion"
	case KindExec, KindTitle:
		note = "executive involved: raises P1/P2"
	case KindIntensifier:
		note = "urgency wording: raises existing signals only, never a level on its own"
	case KindCore:
		note = "core feature named: faults in the same sentence count toward P2"
	case KindRenewal:
		note = "renewal named: with a problem or complaint, renewal at risk (P2)"
	case KindCritical:
		note = "critical function named: faults in the same sentence count toward P2, toward P1 with many affected"

	case KindData:
		note = "data named: a loss in the same sentence counts toward P1"
	default:
		return // cues, breaks and neutral phrases explain themselves through what they suppress
	}
	st.ev = append(st.ev, Evidence{Rule: h.key, Match: h.text, Field: h.field,
		Offset: h.offset, Note: note, Source: r.Source})
}

// applyModifiers scales the level scores and records what each changed.
func (st *state) applyModifiers(t *tally) {
	scale := func(name string, f float64, levels ...Severity) {
		for _, l := range levels {
			if f == 0 || t.s[l] == 0 {
				continue
			}
			d := t.s[l] * (f - 1)
			t.s[l] += d
			st.ev = append(st.ev, Evidence{Rule: name, Field: "mail", Level: l, Weight: round2(d),
				Note: name + ": ×" + strconv.FormatFloat(f, 'g', -1, 64) + " on " + l.String()})
		}
	}
	// One user, some of the time, or "everyone else is fine" lowers the
	// access and weak P1 signals first; "everyone else is fine" also keeps
	// a count of affected users from raising P1: it is not organisation-wide.
	f := t.partial
	if t.many == 0 {
		f = t.single
	}
	if f > 0 && t.singleable > 0 {
		d := t.singleable * (f - 1)
		t.s[P1] += d
		st.ev = append(st.ev, Evidence{Rule: "single user", Field: "mail", Level: P1, Weight: round2(d),
			Note: fmt.Sprintf("single user or some of the time: ×%g on access and weak P1 signals", f)})
		// What one user cannot do is still a problem: the weight taken
		// off P1 counts toward P3 ("one of my staff cannot log in").
		t.s[P3] -= d
		st.ev = append(st.ev, Evidence{Rule: "single user", Field: "mail", Level: P3, Weight: round2(-d),
			Note: "single user or some of the time: what P1 loses counts toward P3"})
	}
	if t.partial > 0 {
		scale("many users", t.many, P2)
	} else {
		scale("many users", t.many, P1, P2)
	}
	scale("executive", t.exec, P1, P2)
	scale("urgency", t.intense, P1, P2, P3)
}

// sortedEvidence returns the evidence in a new slice of its own length,
// counted signals first, then by weight; st.ev is scratch space kept for
// the next call. The order is sorted on small keys, not on the evidence.
func (st *state) sortedEvidence() []Evidence {
	ev := append(st.ev, st.shout...)
	st.w.ev = ev[:0]
	if len(ev) == 0 {
		return nil
	}
	keys := st.w.evKeys[:0]
	for i := range ev {
		keys = append(keys, evidenceKey{rank: rankEvidence(ev[i]), weight: ev[i].Weight, i: int32(i)})
	}
	if len(keys) <= 32 {
		// a mail's evidence is short and mostly in order: a stable
		// insertion sort without a comparison function
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j].before(keys[j-1]); j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
	} else {
		slices.SortStableFunc(keys, func(a, b evidenceKey) int {
			return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(b.weight, a.weight))
		})
	}
	st.w.evKeys = keys[:0]
	out := make([]Evidence, len(ev))
	for k, key := range keys {
		out[k] = ev[key.i]
	}
	clear(ev) // the scratch space holds no strings of this mail
	return out
}

// evidenceKey is what sortedEvidence sorts by, and the evidence's index.
type evidenceKey struct {
	rank   int
	weight float64
	i      int32
}

// before orders keys by rank, then by weight, the heaviest first.
func (a evidenceKey) before(b evidenceKey) bool {
	return a.rank < b.rank || a.rank == b.rank && cmp.Less(b.weight, a.weight)
}

// rankEvidence orders evidence: counted signals, modifiers, suppressed.
func rankEvidence(e Evidence) int {
	switch {
	case e.Level != 0 && e.Weight != 0:
		return 0
	case e.Level == 0:
		return 1
	}
	return 2
}

// minSet is min(a, b) where a == 0 means unset.
func minSet(a, b float64) float64 {
	if a == 0 {
		return b
	}
	return math.Min(a, b)
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// lastWord returns the last word of a folded phrase.
func lastWord(p string) string { return p[strings.LastIndexByte(p, ' ')+1:] }

// featureOnly reports whether what fails for everyone is a feature that
// reports on the work (reports, exports, a dashboard, search) named in h's
// sentence or the subject, with no critical function and no other core
// feature there and no word for the whole platform in h: the protocol's
// "core feature not working (reports, dashboards)" is P2, not an outage.
func (st *state) featureOnly(t *tally, h *hit) bool {
	at := [2]int{fieldNo(h.field), h.sent}
	if t.critical(h) || slices.Contains(t.workAt, at) || !(t.reportSubj || slices.Contains(t.reportAt, at)) {
		return false
	}
	return !keyHas(h, platformWords)
}

// notDoing reports whether a defect says a function does not do its job
// or does it too late ("can't log calls", "won't submit", "arriving
// late", "sluggish", "reports empty"), rather than doing it with a wrong
// or odd result ("twice", "cut off", "rounded", "instead of"): a denied
// ability, a negated verb, or one of notDoingWords in its phrase.
func notDoing(h *hit) bool {
	if h.denied || h.key == idleRule.Phrase {
		return true
	}
	return keyHas(h, notDoingWords)
}

// keyHas says whether any word of h's phrase is in words.
func keyHas(h *hit, words map[string]bool) bool {
	for w := range strings.FieldsSeq(h.key) {
		if words[w] {
			return true
		}
	}
	return false
}

// slowWords in a phrase say a function is slow rather than stopped.
var slowWords = map[string]bool{
	"slow": true, "slower": true, "slowly": true, "sluggish": true, "laggy": true, "lag": true,
	"lagging": true, "slowness": true, "longer": true, "degraded": true, "forever": true,
}

// measuredMinor reports whether the mail measures its slowness ("3
// seconds instead of 1") and the factor is below the protocol's 5x.
func (st *state) measuredMinor() bool {
	if !st.minorRead {
		best := 0.0
		for _, p := range st.perf {
			best = max(best, p.factor)
		}
		st.minor, st.minorRead = best > 1 && best < perfSevere, true
	}
	return st.minor
}

// restOf reports whether a many-users phrase names the others, the ones
// the writer sets apart from those hit ("all our other agents", "the
// other 25 users", "everyone else").
func (st *state) restOf(h *hit) bool {
	if strings.Contains(h.key, "other") || strings.Contains(h.key, "else") {
		return true
	}
	src := st.body
	if h.field == FieldSubject {
		src = st.subject
	}
	if h.offset > len(src) {
		return false
	}
	before := strings.TrimRight(src[max(0, h.offset-8):h.offset], " ")
	after := src[min(len(src), h.offset+len(h.text)):min(len(src), h.offset+len(h.text)+6)]
	return suffixFold(before, "other") || prefixFold(strings.TrimLeft(after, " "), "else") ||
		h.any && strings.EqualFold(lastWord(h.text), "other")
}

// subjectAsks reports whether a subject asks a question ("Export panel
// as SVG?", "Frage zur API-Dokumentation",
// "Question regarding bulk user creation"): what the writer does by hand
// meanwhile is how they live with a missing feature, not a workaround
// for a fault.
func subjectAsks(subject string) bool {
	s := strings.ToLower(withoutReplyPrefixes(subject))
	if strings.HasSuffix(s, "?") {
		return true
	}
	w, _, _ := strings.Cut(s, " ")
	w = strings.TrimRight(w, ":,-")
	return askOpeners[w]
}

// askOpeners open a subject that asks or requests.
// (A suggestion or a request for an enhancement is the protocol's P3, a
// question P4.)
var askOpeners = map[string]bool{"question": true, "frage": true, "domanda": true, "pregunta": true,
	"how": true, "anleitung": true, "vraag": true, "pytanie": true, "pergunta": true}

// annoying reports whether the writer calls the problem annoying in
// the subject or the new text ("a bit annoying", "really annoying"); one
// "annoyed" is a mood beside a bigger problem as often as not.
func (st *state) annoying() bool {
	for _, h := range st.hits {
		if h.field != FieldSender && h.suppressedBy == nil && h.key == "annoying" {
			return true
		}
	}
	return false
}

// coreStops reports whether a counted fault or defect says a function
// does not do its job (notDoing, or a negated or failing verb; slowness
// is read by its factor) in the sentence of a core feature or with one in
// the subject.
func (st *state) coreStops(t *tally) bool {
	for _, h := range st.hits {
		k := st.c.rules[h.rule].Kind
		if h.suppressedBy != nil || k != KindFault && k != KindDefect || h.field == FieldSender {
			continue
		}
		at := [2]int{fieldNo(h.field), h.sent}
		if (t.coreSubj || t.core[at]) && (notDoing(h) || keyHas(h, haltWords)) && !keyHas(h, slowWords) && !wrongResult(h.text) {
			return true
		}
	}
	return false
}

// wrongResult reports whether a negated phrase denies that a result is
// right or whole ("nicht korrekt", "not matched to the invoice", "doesn't
// include the comps"): the feature runs and gets it wrong, the
// protocol's bug or inconsistency, not a feature that does not run.
func wrongResult(text string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if resultWords[w] {
			return true
		}
	}
	return false
}

// resultWords say what a result should be: right, whole, matching.
var resultWords = map[string]bool{
	"correct": true, "correctly": true, "right": true, "accurate": true, "matched": true, "match": true,
	"matching": true, "consistent": true, "include": true, "includes": true, "included": true,
	"korrekt": true, "richtig": true, "stimmt": true, "stimmen": true, "correcte": true, "correcto": true,
	"corretto": true, "juist": true,
}

// bugLabel reports whether a bug word is the label an issue tracker's
// form or the writer's habit puts before a subject ("[Bug]: All policy
// documents render as blank pages since upgrade", "Bug: tags lost",
// "[BUG] …"), or a form's heading in the body ("### Describe the bug"):
// the kind of report, not the writer's measure of it (the labelled mails
// so headed are P1 13 times, P2 14, P3 19, P4 3).
func (st *state) bugLabel(h *hit) bool {
	if h.field == FieldBody {
		// a template's heading: "### Describe the bug", "**Bug description**"
		line, ok := segmentAt(st.body, h.offset, 60, "\n")
		return ok && bugHeadings[strings.ToLower(strings.Trim(line, " \t#*_:"))]
	}
	if h.field != FieldSubject {
		return false
	}
	before := strings.TrimSpace(strings.TrimLeft(withoutReplyPrefixes(st.subject[:min(h.offset, len(st.subject))]), "[("))
	after := strings.TrimLeft(st.subject[min(h.offset+len(h.text), len(st.subject)):], " ")
	return before == "" && (strings.HasPrefix(after, ":") || strings.HasPrefix(after, "]") || strings.HasPrefix(after, ")") ||
		strings.HasPrefix(strings.ToLower(after), "report"))
}

// bugHeadings are the headings of issue forms that name a bug.
var bugHeadings = map[string]bool{"describe the bug": true, "bug description": true, "bug report": true,
	"bug": true, "what is the bug": true, "fehlerbeschreibung": true, "beschreibe den fehler": true,
	"beschreibung des fehlers": true}

// bugWords name a problem as the protocol's P3 does ("non-critical feature
// bug or inconsistency").
var bugWords = map[string]bool{
	"bug": true, "bugs": true, "glitch": true, "glitches": true, "inconsistent": true,
	"inconsistency": true, "inconsistencies": true,
}

// haltWords in a fault's or defect's phrase say a function does not run.
var haltWords = map[string]bool{
	"not": true, "no": true, "never": true, "doesnt": true, "dont": true, "isnt": true, "arent": true,
	"wasnt": true, "werent": true, "hasnt": true, "havent": true, "fails": true, "failed": true,
	"failing": true, "fail": true, "nothing": true, "none": true, "stopped": true, "stops": true,
}

// othersAct reports whether another party's people named by h are the
// subject of what follows ("a couple of other parents have noticed it
// too", "other parents who wanted to help"): people who act or are hit,
// not their data shown to the writer.
func (st *state) othersAct(h *hit) bool {
	src := st.body
	if h.field == FieldSubject {
		src = st.subject
	}
	from := h.offset + len(h.text)
	if from >= len(src) {
		return false
	}
	rest := strings.TrimLeft(src[from:min(len(src), from+40)], " ")
	w, rest, _ := strings.Cut(rest, " ")
	w = strings.ToLower(strings.TrimRight(w, ".,;:!?"))
	if actorAdverb[w] {
		// "the other person never gets a notification"
		w, _, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		w = strings.ToLower(strings.TrimRight(w, ".,;:!?"))
	}
	return actorNext[w]
}

// actorAdverb may stand between a party and its verb.
var actorAdverb = map[string]bool{
	"never": true, "still": true, "also": true, "often": true, "always": true, "sometimes": true,
	"just": true, "then": true, "now": true, "usually": true, "only": true,
}

// actorNext after a party say its people act: a verb or a relative.
var actorNext = map[string]bool{
	"who": true, "have": true, "has": true, "had": true, "are": true, "were": true, "was": true, "is": true,
	"noticed": true, "say": true, "said": true, "says": true, "complain": true,
	"complained": true, "wanted": true, "want": true, "can": true, "could": true, "couldn't": true,
	"couldn’t": true, "can't": true, "can’t": true, "cannot": true, "get": true, "got": true,
	"also": true, "too": true, "reported": true, "see": true, "saw": true,
	"tried": true, "try": true, "did": true, "do": true, "don't": true, "didn't": true,
	"will": true, "would": true, "may": true, "might": true, "need": true, "needed": true,
	"gets": true, "receives": true, "receive": true, "received": true, "doesn't": true, "doesn’t": true,
}

// cutSentence returns text up to and with its first byte of ends, and
// the rest (all of text and "" when none is found).
func cutSentence(text, ends string) (sent, rest string) {
	if end := strings.IndexAny(text, ends); end >= 0 {
		return text[:end+1], text[end+1:]
	}
	return text, ""
}

// bulkJobChanged reports whether body names a bulk job (an import, a sync,
// a migration) and records changed or emptied by it.
func bulkJobChanged(body string) bool {
	job, changed := false, false
	for len(body) > 0 {
		// sentence by sentence: a change asked about ("did the schema
		// change on your side?") is no change reported
		var sent string
		sent, body = cutSentence(body, ".!?\n")
		// a change supposed ("how would you restore them if an import
		// overwrote them") is no change reported either
		ask := strings.HasSuffix(sent, "?") || supposes(sent)
		var p1, p2 string // the two words before: "nothing is changed" changes nothing
		ws := strings.FieldsFunc(sent, func(r rune) bool { return !unicode.IsLetter(r) })
		for i, w := range ws {
			w = strings.ToLower(w)
			job = job || bulkJobs[w]
			// "~1.2M changed rows/night" counts the job's work: a
			// change before the rows it names is their volume
			volume := w == "changed" && i+1 < len(ws) && volumeRows[strings.ToLower(ws[i+1])]
			changed = changed || !ask && changedWords[w] && !volume && !negWords[p1] && !negWords[p2]
			p2, p1 = p1, w
		}
		if job && changed {
			return true
		}
	}
	return false
}

// toldBody yields the writer's text and each clause of its body that is
// told, not asked (an iterator for range).
func (st *state) toldBody(yield func(string, *clause) bool) {
	st.told(false, yield)
}

// toldAll is toldBody with the subject's told clauses too ("Ex driver
// still can use app"), each yielded with the source it indexes.
func (st *state) toldAll(yield func(string, *clause) bool) {
	st.told(true, yield)
}

func (st *state) told(subject bool, yield func(string, *clause) bool) {
	text, cs := st.writer()
	for i := range cs {
		if cs[i].ask || cs[i].field != FieldBody && (!subject || cs[i].field != FieldSubject) {
			continue
		}
		src := text
		if cs[i].field == FieldSubject {
			src = st.subject // a subject's clause indexes the subject
		}
		if !yield(src, &cs[i]) {
			return
		}
	}
}

// disowned reports whether a clause of the writer's text says nobody on
// the writer's side did an action, in the past and not as a question or a
// supposition: "nobody on our team did this", "none of us created them",
// "it wasn't me".
func (st *state) disowned() bool {
	for _, c := range st.toldBody {
		ws := c.words
		for i, w := range ws {
			n := 0
			switch {
			case w == "nobody" || w == "noone":
				n = 1
			case w == "no" && i+1 < len(ws) && ws[i+1] == "one":
				n = 2
			case w == "none" && i+2 < len(ws) && ws[i+1] == "of" && (ws[i+2] == "us" || ws[i+2] == "them"):
				n = 3
			case w == "by" && i > 0 && i+1 < len(ws) && ws[i+1] == "system" && (systemActs[ws[i-1]] || ws[i-1] == "made" && (i < 2 || ws[i-2] != "as")):
				// "all edited by \"System\" on Saturday night", "the audit
				// log says deleted by \"system\"": no person on the
				// writer's side did it
				return !supposedBefore(c.line(), i)
			case w == "niemand":
				// "Niemand von uns hat da etwas gelöscht": the German
				// participle ends the clause, a few words on
				n = 3
			case (w == "keiner" || w == "nicht") && i+2 < len(ws) && ws[i+1] == "von" && ws[i+2] == "uns":
				n = 4 // "keiner von uns hat …", "nicht von uns veranlasst"
			case w == "von" && i+2 < len(ws) && (ws[i+1] == "uns" && ws[i+2] == "nicht" ||
				ws[i+1] == "unserer" && ws[i+2] == "seite" && i+3 < len(ws) && ws[i+3] == "nicht"):
				// "wurde von unserer Seite nicht vorgenommen"
				n = 4
			case w == "not" && i+1 < len(ws) && (ws[i+1] == "me" || ws[i+1] == "us" || i+2 < len(ws) && ws[i+1] == "by" && (ws[i+2] == "me" || ws[i+2] == "us")) && i > 0 &&
				slices.ContainsFunc(ws[max(0, i-4):i], func(w string) bool { return disownedActs[w] }):
				// "Bank details changed - not by me", "- NOT ME"
				return !supposedBefore(c.line(), i)
			case (w == "didnt" || w == "did" && i+1 < len(ws) && ws[i+1] == "not") && i > 0 && (ws[i-1] == "i" || ws[i-1] == "we"):
				// "I did not do this", "we didn't authorise it": the
				// writer disowns what they just told
				j := i + 1 + boolInt(w == "did")
				if j+1 < len(ws) && (ws[j] == "do" || ownActs[ws[j]]) && (ws[j+1] == "this" || ws[j+1] == "that" || ws[j+1] == "it" || ws[j+1] == "them" || ws[j+1] == "these") ||
					j < len(ws) && (ws[j] == "authorise" || ws[j] == "authorize" || ws[j] == "request" || ws[j] == "approve") {
					return !supposedBefore(c.line(), i)
				}
				continue
			case (w == "wasnt" || w == "was" && i+1 < len(ws) && ws[i+1] == "not") && i > 0 && ws[i-1] == "it":
				if j := i + 1 + boolInt(w == "was"); j < len(ws) && (ws[j] == "me" || ws[j] == "us" || ws[j] == "anyone") {
					return !supposedBefore(c.line(), i)
				}
				continue
			default:
				continue
			}
			for j := i + n; j < len(ws) && j <= i+n+4; j++ {
				if germanClauseEnds[ws[j]] {
					break // "Niemand hat geklickt, die Mail ist gelöscht"
				}
				if disownedActs[ws[j]] {
					return !supposedBefore(c.line(), j)
				}
			}
		}
	}
	return false
}

// accessKept returns the clause of the writer's text that says someone or
// something the writer removed still gets in: a removal word (deactivated,
// revoked, former …) with people or a credential, and "still" with a way
// in (log in, access, works, active), told in one clause and not asked or
// supposed ("can deactivated users still log in?", "if a revoked key still
// worked").
func (st *state) accessKept() (Evidence, bool) {
	for text, c := range st.toldAll {
		if c.any&stillWord.bit == 0 {
			continue // most clauses have no "still": one bit says so
		}
		ws := c.words
		still := slices.IndexFunc(ws, func(w string) bool { return stillWords[w] })
		if still < 0 {
			continue
		}
		removed, who, one := -1, false, false
		for i, w := range ws[:still] {
			switch {
			case removedWords[w]:
				if removed < 0 {
					removed = i
				}
			case keptWho[w] && !strings.ContainsAny(text[c.at[i]:c.to[i]], "'\u2019"):
				who = true // "employee's" is one employee
			case keptOne[w]:
				one = true
			}
		}
		if removed < 0 || !who && !one {
			continue
		}
		for j := still + 1; j < len(ws) && j <= still+3; j++ {
			if !who && (ws[j] == "active" || ws[j] == "valid") {
				continue // one former employee's account still active: a deactivation to check (P2)
			}
			if keptWays[ws[j]] && !supposedBefore(c.line(), j) && !deniedAt(c.line(), removed) {
				return Evidence{Rule: "removed access kept", Match: text[c.at[removed]:c.to[j]], Field: c.field, Offset: c.at[removed],
					Level: P1, Note: "people or keys the writer removed still get in: unauthorized access (P1)"}, true
			}
		}
	}
	return Evidence{}, false
}

// stillList is "still" in the languages of the rules (folded: "todavía"
// is "todavia"); stillWords holds it as a set.
var stillList = []string{"still", "nadal", "noch", "encore", "toujours", "todavia", "aun", "ancora", "steeds",
	"ainda", "fortfarande", "fortsatt", "stadig", "fortsat", "stale", "porad"}

var stillWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range stillList {
		m[w] = true
	}
	return m
}()

// stillWord, restWord and reportDuty are word classes only for their bit:
// a clause without one is not read word by word by accessKept, othersFine
// or reportWeighed.
var (
	stillWord = class("still", stillList...)
	restWord  = class("the rest", "else", "rest", "colleagues")
	// toldDPO are the words of a clause that takes a matter to the data
	// protection officer, in German.
	toldDPO = map[string]bool{"informiert": true, "eingebunden": true, "eingeschaltet": true, "melden": true,
		"gemeldet": true, "meldung": true, "vorfall": true, "entscheiden": true}
	reportDuty = class("reporting duty", "dpo", "reportable", "notifiable", "notification", "protection",
		"datenschutzbeauftragter", "datenschutzbeauftragte", "datenschutzbeauftragten", "meldepflichtig", "meldepflicht")
)

var (
	// removedWords say a person or a credential was taken away.
	removedWords = map[string]bool{"deactivated": true, "deprovisioned": true, "revoked": true, "offboarded": true,
		"former": true, "leavers": true, "terminated": true, "disabled": true, "removed": true, "deleted": true,
		"suspended": true, "ex": true,
		// the same in the other languages of the rules
		"zwolniony": true, "zwolniona": true, "zwolnionego": true, "dezaktywowane": true, "dezaktywowany": true,
		"gekundigte": true, "gekundigter": true, "ausgeschiedene": true, "ausgeschiedener": true, "ehemalige": true,
		"ehemaliger": true, "deaktivierte": true, "deaktiviertes": true, "desactive": true, "licencie": true,
		"ancien": true, "ancienne": true, "desactivado": true, "despedido": true, "antiguo": true, "disattivato": true,
		"licenziato": true, "gedeactiveerd": true, "gedeactiveerde": true, "ontslagen": true,
		"voormalige": true, "desativado": true, "demitido": true, "inaktiverad": true, "inaktiverade": true,
		"tidigare": true, "deaktiveret": true, "deaktivert": true, "tidligere": true, "deaktivovany": true,
		"propusteny": true, "byvaly": true, "deaktivovaneho": true, "byvaleho": true, "propusteneho": true}
	// keptWho are whom or what a removal takes away: people in the
	// plural, or a credential. One former employee's account still active
	// is the rules' P2 ("still active"): a deactivation to check, not yet
	// a breach.
	keptWho = map[string]bool{"users": true, "employees": true, "accounts": true, "leavers": true,
		"token": true, "tokens": true, "key": true, "keys": true, "admins": true, "contractors": true,
		"members": true, "password": true, "passwords": true, "credentials": true, "people": true,
		// the keys of a building: a revoked badge that still opens a door
		"badge": true, "badges": true, "fob": true, "fobs": true, "keycard": true, "keycards": true,
		"card": true, "cards": true,
		"pracownik": true, "mitarbeiter": true, "employe": true, "empleado": true, "dipendente": true,
		"medewerker": true, "funcionario": true, "anstalld": true, "medarbejder": true, "ansatt": true,
		"zamestnanec": true, "konto": true, "compte": true, "cuenta": true, "conta": true}
	// keptOne is one person gone: a former employee who still logs in is
	// unauthorized access (P1); whose account is merely still active is not
	// yet.
	keptOne = map[string]bool{"employee": true, "user": true, "driver": true, "contractor": true, "colleague": true,
		"member": true, "staff": true, "worker": true, "technician": true, "teacher": true, "consultant": true,
		"manager": true, "admin": true, "account": true, "login": true, "him": true, "her": true}
	// keptWays are what someone who still gets in does.
	keptWays = map[string]bool{"log": true, "login": true, "logging": true, "logged": true, "sign": true,
		"signing": true, "signed": true, "access": true, "accessing": true, "works": true, "work": true,
		"active": true, "valid": true, "authenticate": true, "authenticates": true, "get": true, "gets": true,
		"use": true, "using": true, "uses": true, "open": true, "opens": true, "opened": true, "opening": true,
		"unlock": true, "unlocks": true, "unlocked": true, "accepted": true, "granted": true, "enter": true,
		"enters": true, "entered": true,
		"dostep": true, "zugriff": true, "zugang": true, "acces": true, "acceso": true, "accesso": true,
		"toegang": true, "acesso": true, "atkomst": true, "adgang": true, "tilgang": true, "pristup": true,
		"anmelden": true, "einloggen": true, "zalogowac": true, "connecter": true, "entrar": true, "accedere": true,
		"inloggen": true, "logga": true}
)

// selfCharged reports whether the sentence of a money hit says the
// writer is the one charged ("I have been charged TWICE for my October
// membership", "we were charged twice for October"): one payer, whatever
// else the mail counts ("Both say PulseFit membership", "reviews
// everywhere").
func (st *state) selfCharged(h *hit) bool {
	for w := range strings.FieldsFuncSeq(st.sentenceAround(h), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "i", "me", "my", "we", "us", "our":
			return true
		}
	}
	return false
}

// triedOn reports whether the sentence of h says the writer tried or
// tested it ("I have tried on my laptop, my phone and a colleague's
// machine"): the devices and people named are the writer's checks.
func (st *state) triedOn(h *hit) bool {
	sent := st.sentenceAround(h)
	if !strings.Contains(sent, "ried") && !strings.Contains(sent, "rying") && !strings.Contains(sent, "tested") &&
		!strings.Contains(sent, "testing") && !strings.Contains(sent, "Tested") && !strings.Contains(sent, "Testing") {
		return false // most sentences name no try: no word-by-word look
	}
	for w := range strings.FieldsFuncSeq(sent, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) == 5 || len(w) == 6 || len(w) == 7 {
			if strings.EqualFold(w, "tried") || strings.EqualFold(w, "tested") || strings.EqualFold(w, "trying") || strings.EqualFold(w, "testing") {
				return true
			}
		}
	}
	return false
}

// workaroundDenied reports whether a clause of the writer's text says
// there is no way around the problem: "no (manual |other )way round it",
// "no workaround", "no alternative (channel|way|process)", told and not
// asked.
func (st *state) workaroundDenied() bool {
	for _, c := range st.toldBody {
		ws := c.words
		for i, w := range ws {
			if w != "no" {
				continue
			}
			j := i + 1
			for j < len(ws) && j <= i+2 && (ws[j] == "manual" || ws[j] == "other" || ws[j] == "real" || ws[j] == "easy") {
				j++
			}
			if j >= len(ws) {
				break
			}
			switch {
			case ws[j] == "workaround" || ws[j] == "alternative":
				return true
			case ws[j] == "way" && j+1 < len(ws) && (ws[j+1] == "round" || ws[j+1] == "around"):
				return true
			}
		}
	}
	return false
}

// typoNamed reports whether the writer names a typo ("Typo on the
// Spanish portal page", "coquille"): a cosmetic issue, so what still works
// beside it ("patients can still use it fine") is no workaround for a
// problem.
func (st *state) typoNamed() bool {
	for _, h := range st.hits {
		if h.suppressedBy == nil && typoKeys[h.key] {
			return true
		}
	}
	return false
}

var typoKeys = map[string]bool{"typo": true, "typos": true, "misspelled": true, "misspelt": true, "misspelling": true,
	"coquille": true, "faute d orthographe": true, "fautes d orthographe": true, "faute de frappe": true,
	"tippfehler": true, "schreibfehler": true, "rechtschreibfehler": true, "refuso": true, "errore di battitura": true,
	"error ortografico": true, "erro de ortografia": true, "spelfout": true, "typfout": true, "literowka": true}

// ownSchedule reports whether a frequency ("every 2 minutes") follows a
// verb of the writer's own routine in its sentence ("polls /v2/events
// every 2 minutes", "we re-run the export every hour").
func (st *state) ownSchedule(h *hit) bool {
	if !strings.HasPrefix(h.key, "every ") && !strings.HasPrefix(h.key, "each ") {
		return false
	}
	sent, at := st.sentenceAt(h)
	var buf [32]byte
	for w := range strings.FieldsFuncSeq(sent[:at], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if routineVerbs[string(lowerInto(&buf, w))] {
			return true
		}
	}
	return false
}

// routineVerbs are what a writer's own job or person does on a schedule.
var routineVerbs = map[string]bool{"poll": true, "polls": true, "polling": true, "polled": true, "rerun": true,
	"reruns": true, "refresh": true, "refreshes": true, "refreshing": true, "resend": true, "resending": true,
	"pull": true, "pulls": true, "pulling": true, "fetch": true, "fetches": true, "fetching": true}

// lowerInto lowers the ASCII letters of w into buf and returns the result,
// or w itself when it has no upper-case letter or does not fit: a word
// compared or looked up without a heap copy.
func lowerInto(buf *[32]byte, w string) []byte {
	if len(w) > len(buf) {
		return []byte(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// paperWords are personal-data words that also name paperwork.
var paperWords = map[string]bool{"documents": true, "letters": true, "records": true, "contracts": true,
	"reports": true, "invoices": true, "statements": true, "history": true, "fee": true, "fees": true}

// reportWeighed returns the clause of the writer's text that takes the
// problem to a data protection officer or weighs reporting it, told and
// not asked or supposed, in a mail that names personal data.
func (st *state) reportWeighed() (Evidence, bool) {
	text, cs := st.writer()
	var e Evidence
	found, named := false, false
	for _, c := range cs {
		if found || c.ask || c.field != FieldBody || c.any&reportDuty.bit == 0 {
			continue
		}
		for i, w := range c.words {
			n := 0
			switch {
			case w == "dpo" || w == "reportable" || w == "notifiable" || strings.HasPrefix(w, "meldepflicht"):
				n = 1
			case strings.HasPrefix(w, "datenschutzbeauftragte") && slices.ContainsFunc(c.words, func(v string) bool { return toldDPO[v] }):
				// "Unser Datenschutzbeauftragter ist informiert und muss
				// entscheiden, ob wir den Vorfall melden" (not "bittet um
				// Beantwortung des Fragebogens")
				n = 1
			case w == "notification" && i+1 < len(c.words) && strings.HasPrefix(c.words[i+1], "obligation"):
				n = 2
			case w == "protection" && i+1 < len(c.words) && (c.words[i+1] == "officer" || c.words[i+1] == "office" || c.words[i+1] == "authority"):
				// "our data protection office will need to be informed"
				n = 2
			}
			if n > 0 && !supposedBefore(c.line(), i) {
				found = true
				e = Evidence{Rule: "weighed for reporting", Match: text[c.at[i]:c.to[i+n-1]], Field: c.field, Offset: c.at[i],
					Level: P1, Note: "a problem with personal data the writer takes to their data protection officer or weighs for reporting: a breach (P1)"}
				break
			}
		}
	}
	if !found {
		return e, false
	}
	for _, c := range cs {
		l := c.line()
		for i, n := personal.find(l, 0); i >= 0 && !named; i, n = personal.find(l, i+n) {
			// the documents, records and reports a writer asks for are
			// paperwork, not people's data
			named = !paperWords[c.words[i]]
		}
	}
	return e, named
}

// surveyAnswer reports whether the mail answers a recommend survey with a
// detractor's score: a score read from the subject or a survey reply, "2
// out of 10", or a clause that gives a score of 0-6 and names the survey
// ("I gave a 3 in your survey", "I have given the note 2 on 10").
func (st *state) surveyAnswer() bool {
	if st.nps != nil {
		return true
	}
	for _, h := range st.hits {
		if h.suppressedBy == nil && st.c.rules[h.rule].Level() == P2 && (strings.HasSuffix(h.key, "out of 10") || strings.HasSuffix(h.key, "out of ten")) {
			return true
		}
	}
	_, cs := st.writer()
	for _, c := range cs {
		gave, score, survey := false, false, false
		for _, w := range c.words {
			switch {
			case w == "gave" || w == "given" || w == "rated":
				gave = true
			case gave && !score && len(w) == 1 && w[0] >= '0' && w[0] <= '6':
				score = true
			case w == "survey" || w == "nps":
				survey = true
			}
		}
		if gave && score && survey {
			return true
		}
	}
	return false
}

// sizeBound returns the clause of the subject or the writer's text that
// bounds a fault to inputs above a size: "for ranges over 7 days", "for
// orders over 50 lines", "with more than 20 attachments", told and not
// asked. A time ("for over an hour") and people ("for users over 65")
// bound nothing.
func (st *state) sizeBound() (Evidence, bool) {
	text, cs := st.writer()
	for _, c := range cs {
		if c.ask {
			continue
		}
		ws := c.words
		for i := 0; i+3 < len(ws); i++ {
			if ws[i] != "for" && ws[i] != "with" {
				continue
			}
			j := i + 1
			if ws[j] == "any" || ws[j] == "all" || ws[j] == "the" {
				j++
			}
			if j+2 >= len(ws) || !sizedItem(ws[j]) {
				continue
			}
			k := j + 1
			switch ws[k] {
			case "over", "above", "exceeding":
				k++
			case "larger", "bigger", "more", "longer", "greater":
				if ws[k+1] != "than" {
					continue
				}
				k += 2
			default:
				continue
			}
			if k < len(ws) && (ws[k][0] >= '0' && ws[k][0] <= '9' || ws[k] == "a" || ws[k] == "an") {
				src := text
				if c.field == FieldSubject {
					src = st.subject
				}
				return Evidence{Rule: "only above a size", Match: src[c.at[i]:c.to[k]], Field: c.field, Offset: c.at[i], Level: P2,
					Note: "the fault is bounded to inputs above a size and the feature works below it: degraded, not down (P2)"}, true
			}
		}
	}
	return Evidence{}, false
}

// sizedItem reports whether w names something a feature takes in, that a
// size bounds: not a time, a number or people.
func sizedItem(w string) bool {
	if len(w) < 3 || w[0] >= '0' && w[0] <= '9' {
		return false
	}
	switch w {
	case "users", "user", "people", "customers", "staff", "employees", "members", "clients", "patients",
		"hours", "hour", "minutes", "days", "weeks", "months", "years", "time", "periods", "than", "over":
		return false
	}
	return true
}

// othersFineWeight is what "the others are fine" weighs, as the rules'
// "everyone else is fine" (single:partial 0.4).
const othersFineWeight = 0.4

// othersFine returns the clause of the writer's text that says the others
// are fine: people named as the rest ("everyone else", "the rest of the
// crew", "my colleagues")
// and, within a few words after it, one that they are fine or have what
// they need ("fine", "ok", "unaffected", "got theirs", "works"), told and
// not asked or denied.
func (st *state) othersFine() (Evidence, bool) {
	for text, c := range st.toldBody {
		if c.any&restWord.bit == 0 {
			continue
		}
		ws := c.words
		for i, w := range ws {
			switch {
			case w == "else" && i > 0 && (ws[i-1] == "everyone" || ws[i-1] == "everybody"):
			case w == "rest" && i+1 < len(ws) && ws[i+1] == "of" && restPeople(ws[i+2:]):
			case w == "colleagues":
			default:
				continue
			}
			for j := i + 1; j < len(ws) && j <= i+8; j++ {
				if !othersOK[ws[j]] || negWords[ws[j-1]] || strings.HasSuffix(ws[j-1], "nt") {
					continue
				}
				if supposedBefore(c.line(), j) {
					break
				}
				return Evidence{Rule: "the others are fine", Match: text[c.at[i]:c.to[j]], Field: c.field, Offset: c.at[i],
					Level: P3, Note: "the writer says the others are fine: one user or a few are hit, not the many named"}, true
			}
		}
	}
	return Evidence{}, false
}

// restPeople reports whether ws begin with people ("crew", "the team",
// "us"): the rest of whom.
func restPeople(ws []string) bool {
	if len(ws) > 1 && (ws[0] == "the" || ws[0] == "my" || ws[0] == "our") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "crew", "team", "staff", "us", "users", "office", "agents", "drivers", "nurses", "techs", "class", "department":
		return true
	}
	return false
}

var (
	// othersOK say the others are fine.
	othersOK = map[string]bool{"fine": true, "ok": true, "okay": true, "unaffected": true, "theirs": true,
		"normally": true, "works": true, "working": true}
)

// promoterScore reports whether a survey reply opens with a score of 9 or
// 10 on its own ("9", "10 - great product", "9/10"), not a count ("10 of
// our stores").
func promoterScore(body string) bool {
	t := strings.TrimLeft(body, " \t\r\n")
	n := 0
	switch {
	case strings.HasPrefix(t, "10"):
		n = 2
	case strings.HasPrefix(t, "9"):
		n = 1
	default:
		return false
	}
	rest := t[n:]
	if rest == "" {
		return true
	}
	switch rest[0] {
	case '\n', '\r', '-', '/', '.', '!', ',', ':':
		return true
	case ' ', '\t':
		r := strings.TrimLeft(rest, " \t")
		return r == "" || strings.ContainsRune("\n-/.!,:", rune(r[0])) || strings.HasPrefix(r, "\u2013") || strings.HasPrefix(r, "\u2014") || strings.HasPrefix(r, "out of")
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// disownedActs are what someone did to an account or its data.
// ownActs are what a writer denies doing to what they just told: "I
// didn't change them".
var ownActs = map[string]bool{"change": true, "make": true, "update": true, "edit": true, "delete": true,
	"move": true, "set": true, "enter": true, "add": true, "remove": true}

var disownedActs = map[string]bool{
	"did": true, "ran": true, "made": true, "deleted": true, "created": true, "changed": true,
	"exported": true, "downloaded": true, "removed": true, "approved": true, "initiated": true,
	"touched": true, "edited": true, "modified": true, "logged": true,
	// German participles, folded
	"vorgenommen": true, "geandert": true, "geloscht": true, "durchgefuhrt": true, "veranlasst": true,
	"angelegt": true, "exportiert": true, "gemacht": true,
	"freigegeben": true, "eingeloggt": true, "angemeldet": true, "storniert": true,
}

// systemActs are what an audit log says "system" did; "the change made
// by System" too, but not "our edits show as made by System" (an
// attribution, not a change).
var systemActs = map[string]bool{"updated": true, "overwritten": true, "purged": true, "merged": true,
	"deleted": true, "changed": true, "edited": true, "modified": true, "removed": true}

// germanClauseEnds open another German clause after a disowning one.
var germanClauseEnds = map[string]bool{"und": true, "aber": true, "sondern": true, "die": true, "der": true, "das": true}

// valuesChanged reports whether a counted signal says values are wrong,
// emptied or lost (a corrupting defect or a loss).
func (st *state) valuesChanged() bool {
	for _, h := range st.hits {
		if r := st.c.rules[h.rule]; h.suppressedBy == nil && (r.Tag == TagCorrupt || r.Kind == KindLoss) {
			return true
		}
	}
	return false
}

// restoreAsked reports whether the writer asks to have something restored
// or recovered ("Do you have a backup you can restore these records
// from?", "please tell if can recover"): a sentence with the verb that
// asks (a question, need, please, whether). Thanks for a restore, a
// restore told in the past and how restores work in general ("what is
// your restore policy?") ask nothing back.
func restoreAsked(body string) bool {
	for len(body) > 0 {
		var sent string
		sent, body = cutSentence(body, ".!?") // a wrapped line goes on
		verb, ask, not := false, strings.HasSuffix(sent, "?"), false
		bring := false // "bring back the right values", "get the data back"
		for w := range strings.FieldsFuncSeq(sent, func(r rune) bool { return !unicode.IsLetter(r) }) {
			w = strings.ToLower(w)
			verb = verb || restoreVerbs[w] || bring && w == "back"
			bring = bring || w == "bring" || w == "get"
			ask = ask || restoreAsks[w]
			not = not || restoreNot[w] || supposeWords[w] && w != "if" // "if you can restore" asks
		}
		if verb && ask && !not {
			return true
		}
	}
	return false
}

var (
	restoreVerbs = map[string]bool{"restore": true, "restored": true, "recover": true, "recovered": true,
		"recoverable": true, "restorable": true, "retrievable": true, "wiederherstellbar": true,
		"wiederherstellen": true, "wiederhergestellt": true, "restaurer": true, "restaurar": true, "recuperar": true, "ripristinare": true,
		"zuruckbekommen": true, "zuruckholen": true, "zuruckspielen": true, "zurucksetzen": true,
		"zurückbekommen": true, "zurückholen": true, "zurückspielen": true, "zurücksetzen": true,
		// the zu-infinitive: "die ursprünglichen Daten aus Ihrer
		// Sicherung wiederherzustellen"
		"wiederherzustellen": true, "zuruckzuspielen": true, "zuruckzuholen": true, "zuruckzusetzen": true,
		"zurückzuspielen": true, "zurückzuholen": true, "zurückzusetzen": true}
	restoreAsks = map[string]bool{"need": true, "needs": true, "please": true, "whether": true, "if": true, "can": true, "could": true,
		// "ob die Bestände … wiederhergestellt werden können", "auf
		// welchem Wege der Datenbestand wiederhergestellt werden kann"
		"ob": true, "bitte": true, "bitten": true, "ersuche": true, "ersuchen": true, "kann": true, "können": true,
		"konnen": true, "müssen": true, "brauchen": true, "benötigen": true, "si": true, "puede": true, "pueden": true,
		"pouvez": true, "possible": true}
	restoreNot = map[string]bool{"thanks": true, "thank": true, "policy": true, "policies": true, "test": true, "tested": true,
		"drill": true, "usually": true, "typically": true, "danke": true, "dank": true, "merci": true, "gracias": true}
)

// supposes reports whether a sentence supposes what it tells ("if",
// "would", "in case", "in the event").
func supposes(sent string) bool {
	for w := range strings.FieldsFuncSeq(sent, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if supposeWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var supposeWords = map[string]bool{"if": true, "would": true, "case": true, "event": true, "suppose": true, "hypothetically": true}

// negWords deny the word after them.
var negWords = map[string]bool{
	"not": true, "nothing": true, "no": true, "never": true, "nicht": true, "nichts": true, "nada": true,
	"rien": true, "niente": true, "nulla": true, "nie": true, "niet": true, "niets": true, "nao": true, "não": true,
}

// bulkJobs name a job that writes many records at once.
var bulkJobs = map[string]bool{
	"import": true, "imported": true, "importing": true, "sync": true, "synced": true, "syncing": true,
	"migration": true, "migrated": true, "importación": true, "importacion": true, "importação": true,
	"importacao": true, "importazione": true, "migración": true, "migração": true, "migrazione": true,
	"sincronización": true, "sincronizacion": true, "sincronização": true, "synchronisation": true,
	"synchronization": true, "synchronisierung": true,
}

// volumeRows after "changed" make it a job's volume ("changed rows").
var volumeRows = map[string]bool{"rows": true, "records": true, "entries": true, "objects": true}

// changedWords say records now hold other or no values.
var changedWords = map[string]bool{
	"changed": true, "overwritten": true, "overwrote": true, "replaced": true, "swapped": true,
	"emptied": true, "empty": true, "blank": true, "wiped": true, "cleared": true, "cambiado": true,
	"cambiadas": true, "cambiados": true, "vacíos": true, "vacías": true, "vacio": true, "vacios": true,
	"geändert": true, "überschrieben": true, "leer": true, "modifiées": true, "modifiés": true,
	"écrasées": true, "vides": true, "alterados": true, "alteradas": true, "vazios": true, "sovrascritti": true,
	"cambiati": true, "vuoti": true,
	// posted twice or swapped ("alle Hausgeldzahlungen seit Januar
	// doppelt gebucht, insgesamt ca. 1.400 Buchungen")
	"duplicated": true, "doubled": true, "doppelt": true, "verändert": true, "vertauscht": true, "shuffled": true,
}

// formatLost reports whether a loss's sentence says what goes is a
// value's format ("the leading zeros are missing", "with all the paragraph
// breaks gone"), not the data.
func (st *state) formatLost(h *hit) bool {
	prev := ""
	for w := range strings.FieldsFuncSeq(st.sentenceAround(h), func(r rune) bool { return !unicode.IsLetter(r) }) {
		w = strings.ToLower(w)
		if formatWords[w] || formatPairs[prev+" "+w] {
			return true
		}
		prev = w
	}
	return false
}

// unsavedLost reports whether what a loss takes is the writer's edit that
// did not save ("after reloading the change is gone", "what I was typing
// is lost"): one of the three words before the loss names it. Stored data
// lost is another matter.
func (st *state) unsavedLost(h *hit) bool {
	sent, at := st.sentenceAt(h)
	if notSaved(sent) {
		// "annotations made in the iPad app are not saved - when they
		// reopen the pack the notes are gone": what goes is what did not
		// save
		return true
	}
	var last [3]string
	for w := range strings.FieldsFuncSeq(sent[:at], func(r rune) bool { return !unicode.IsLetter(r) }) {
		last[0], last[1], last[2] = last[1], last[2], strings.ToLower(w)
	}
	for _, w := range last {
		if unsavedWords[w] {
			return true
		}
	}
	return false
}

// lossWanted reports whether a loss follows a modal and "be" ("should be
// deleted", "must be removed", "need to be purged", "can be deleted"):
// what a policy or a question wants to happen, not what happened.
func (st *state) lossWanted(h *hit) bool {
	sent, at := st.sentenceAt(h)
	var last [3]string
	for w := range strings.FieldsFuncSeq(sent[:at], func(r rune) bool { return !unicode.IsLetter(r) }) {
		last[0], last[1], last[2] = last[1], last[2], w
	}
	if !strings.EqualFold(last[2], "be") {
		return false
	}
	var buf [32]byte
	switch string(lowerInto(&buf, last[1])) {
	case "should", "must", "can", "could", "would", "shall", "may", "might":
		return true
	case "to":
		return wantWords[string(lowerInto(&buf, last[0]))]
	}
	return false
}

// retainedDeletion reports whether a deletion is the one a retention
// schedule makes: its sentence names the schedule or the routine that
// runs it ("records of lapsed policies are kept for seven years … and then
// deleted", "über die konfigurierte Löschroutine automatisch gelöscht",
// "Das Protokoll des Löschlaufs weist … „0 Datensätze gelöscht“ aus",
// "leaver records older than six years have been deleted as expected"),
// or "automatically" says the deletion is the product's job ("sechs Monate
// nach dem Austrittsdatum automatisch gelöscht werden"). What the
// schedule deletes is what the customer wants gone; the mail tells of the
// routine, a core function (a job that stopped, a wrong date), not of a
// loss: in the labelled sets six mails were read P1 by such a deletion
// word (five writers), none of them is P1.
func (st *state) retainedDeletion(h *hit) bool {
	m := strings.ToLower(h.text)
	if !strings.Contains(m, "delet") && !strings.Contains(m, "lösch") && !strings.Contains(m, "losch") &&
		!strings.Contains(m, "purg") && !strings.Contains(m, "eras") {
		return false
	}
	src := st.body
	if h.field == FieldSubject {
		src = st.subject
	} else if h.field != FieldBody || h.offset > len(src) {
		return false
	}
	// the sentence as the writer wrote it, over the lines it is wrapped
	// on: from the last sentence end or blank line to the next
	i := max(strings.LastIndexAny(src[:h.offset], ".!?"), strings.LastIndex(src[:h.offset], "\n\n")) + 1
	j := len(src)
	if k := strings.IndexAny(src[h.offset:], ".!?"); k >= 0 {
		j = h.offset + k
	}
	if k := strings.Index(src[h.offset:], "\n\n"); k >= 0 && h.offset+k < j {
		j = h.offset + k
	}
	low := strings.ToLower(src[i:j])
	for _, w := range retentionWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	ws := strings.FieldsFunc(strings.ToLower(src[i:h.offset]), func(r rune) bool { return !unicode.IsLetter(r) })
	return len(ws) > 0 && automaticWords[ws[len(ws)-1]]
}

// retentionWords name a retention schedule or the routine that deletes by
// it, in a deletion's sentence.
var retentionWords = []string{"retention", "aufbewahrungsfrist", "löschfrist", "löschroutine", "löschlauf", "löschkonzept",
	"löschregel", "deletion job", "deletion run", "deletion routine", "purge job", "as expected", "wie vorgesehen",
	"durée de conservation", "periodo de conservación", "bewaartermijn"}

// automaticWords say a deletion is done by the product as designed.
var automaticWords = map[string]bool{"automatically": true, "automatisch": true, "automatiquement": true,
	"automáticamente": true, "automaticamente": true}

// wantWords before "to be" want what follows ("need to be deleted").
var wantWords = map[string]bool{"need": true, "needs": true, "have": true, "has": true, "ought": true}

// notSaved reports whether a sentence says something is not saved ("are
// not saved", "doesn't save", "won't save", "not saving").
func notSaved(sent string) bool {
	neg := false
	var buf [32]byte
	for w := range strings.FieldsFuncSeq(sent, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '\u2019' }) {
		lw := lowerInto(&buf, w)
		if neg && savedWords[string(lw)] {
			return true
		}
		switch {
		case savedNeg[string(lw)]:
			neg = true
		case savedBetween[string(lw)]:
		default:
			neg = false
		}
	}
	return false
}

var (
	savedWords = map[string]bool{"saved": true, "save": true, "saving": true, "saves": true}
	savedNeg   = map[string]bool{"not": true, "doesn't": true, "don't": true, "won't": true, "isn't": true,
		"aren't": true, "wasn't": true, "weren't": true, "never": true, "doesn\u2019t": true, "don\u2019t": true,
		"won\u2019t": true, "isn\u2019t": true, "aren\u2019t": true, "doesnt": true, "dont": true, "wont": true,
		"isnt": true, "arent": true}
	savedBetween = map[string]bool{"be": true, "been": true, "being": true, "get": true, "getting": true,
		"properly": true, "correctly": true}
)

// unsavedWords name work being entered rather than stored.
var unsavedWords = map[string]bool{"change": true, "changes": true, "edit": true, "edits": true,
	"typing": true, "typed": true, "input": true, "written": true}

// formatWords and formatPairs name the format of a value rather than the
// value.
var formatWords = map[string]bool{
	"formatting": true, "formatierung": true, "formato": true, "opmaak": true, "bold": true, "underline": true,
	"italics": true, "styling": true,
	"nullen": true, "decimals": true, "decimales": true, "nachkommastellen": true,
}

var formatPairs = map[string]bool{
	"leading zero": true, "leading zeros": true, "führende null": true, "führenden nullen": true,
	"paragraph breaks": true, "line breaks": true, "decimal places": true,
}

// meaningQuestion reports whether a subject asks what something means or
// does: "What does this warning mean?", "Was bedeutet Fehler 4012?".
func meaningQuestion(subject string) bool {
	s := strings.TrimSpace(subject)
	if !strings.HasSuffix(s, "?") {
		return false
	}
	for _, p := range []string{"re: ", "fw: ", "fwd: ", "aw: ", "wg: "} {
		if prefixFold(s, p) {
			s = s[len(p):]
		}
	}
	for _, p := range []string{"was bedeutet ", "que signifie ", "qué significa ", "que significa ", "o que significa ",
		"cosa significa ", "che cosa significa ", "wat betekent ", "co oznacza "} {
		if prefixFold(s, p) {
			return true
		}
	}
	if !prefixFold(s, "what does ") && !prefixFold(s, "what do ") {
		return false
	}
	s = strings.TrimRight(s, "?! ")
	return suffixFold(s, " mean") || suffixFold(s, " do")
}

// compoundModifier reports whether an alarm noun is the first half of a
// hyphenated modifier ("an outage-heavy week", "downtime-related
// questions"): it names a kind of thing, not an event.
func (st *state) compoundModifier(h *hit) bool {
	src := st.body
	if h.field == FieldSubject {
		src = st.subject
	}
	end := h.offset + len(h.text)
	return end+1 < len(src) && src[end] == '-' && unicode.IsLetter(rune(src[end+1]))
}

// wishBefore returns the token of a word that wishes for or supposes a
// settled state at most five words before t0 in its sentence ("need it
// back to normal", "when bugs are fixed", "unless the reporting failures
// are fixed"), or -1.
func wishBefore(f *folded, t0 int) int {
	for j := t0 - 1; j >= 0 && j >= t0-5; j-- {
		if f.mark(j) != 0 {
			return -1
		}
		if wishWords[string(f.wordb(j))] {
			return j
		}
	}
	return -1
}

// wishWords wish for or suppose a state rather than report it.
var wishWords = map[string]bool{
	"need": true, "needs": true, "want": true, "wants": true, "until": true, "when": true, "once": true,
	"whenever": true, "before": true, "hope": true, "hoping": true, "expect": true, "expecting": true,
	"unless": true, "if": true,
}

// customiseKey reports whether a request's phrase asks to customise
// ("customise", "personalizzare", "white label", "custom fonts").
func customiseKey(key string) bool {
	for _, stem := range []string{"custom", "personal", "anpass", "individual", "white label", "aanpass"} {
		if strings.Contains(key, stem) {
			return true
		}
	}
	return false
}

// notDoingWords in a defect's phrase say the function stops or lags.
var notDoingWords = map[string]bool{
	"cant": true, "cannot": true, "wont": true, "unable": true, "late": true, "delay": true, "delays": true,
	"delayed": true, "slow": true, "slower": true, "sluggish": true, "stopped": true, "stuck": true,
	"empty": true, "blank": true, "timeout": true, "timeouts": true, "never": true,
}

// requestOnly reports whether the mail asks for an enhancement ("could you
// add a webhook for contact deletion?", "could you consider adding an
// allergy field? … it gets lost among everything else"): a loss word there
// says why the writer wants the change, not that data was lost. A loss
// with everyone, a count or a critical function stated is read elsewhere.
func (st *state) requestOnly() bool {
	for _, h := range st.hits {
		r := st.c.rules[h.rule]
		if h.suppressedBy == nil && r.Tag == TagRequest && r.Level() == P3 {
			return true
		}
	}
	return false
}

// bodyProblem reports whether the body's own words count toward P1-P3.
func (st *state) bodyProblem() bool {
	for _, e := range st.ev {
		if e.Field == FieldBody && e.Level >= P1 && e.Level <= P3 && e.Weight > 0 {
			return true
		}
	}
	return false
}

// thanksIn reports whether the body thanks, in the rules' languages.
func thanksIn(body string) bool {
	for w := range strings.FieldsFuncSeq(body, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "thanks", "thank", "thx", "cheers", "gracias", "merci", "danke", "obrigado", "obrigada", "grazie", "bedankt", "dank", "dziekuje":
			return true
		}
	}
	return false
}

// liveIn reports whether a word of the body says a problem is live now
// ("still", "again", "unfortunately"), read without the automaton: the
// reply reading above needs it for every reply, not only a settled one.
func liveIn(body string) bool {
	for w := range strings.FieldsFuncSeq(body, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if liveWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// oddResult reports whether a defect says a feature works but with an odd
// result: twice, duplicated, cut off, reset, sorted or rounded wrongly,
// overlapping. ("Instead of" and "rather than" are not among them: they
// often name what a feature that does not work should have done.)
func oddResult(h *hit) bool {
	for w := range strings.FieldsSeq(h.key) {
		if oddWords[w] {
			return true
		}
	}
	return false
}

// oddWords in a defect's phrase say it gives an odd result.
var oddWords = map[string]bool{
	"twice": true, "duplicate": true, "duplicates": true, "duplicated": true, "doubled": true,
	"cut": true, "truncated": true, "reset": true, "resets": true,
	"swapped": true, "sorted": true, "sorts": true, "rounded": true, "rounding": true, "remembered": true,
	"overlap": true, "overlaps": true, "overlapping": true,
}

// itemScope says the last word of a scope names items (data, messages,
// lines of a document), not people or places.
func (st *state) itemScope(w string) bool {
	return st.c.dataWords[w] && !peopleWords[w] || itemWords[w]
}

// allLost says a loss h has for its subject all of the writer's things
// ("all our flags are gone", "every template has been deleted"): whatever
// the things are called, all of them lost is data lost, not a fault.
// People and places ("all our users are gone home") are not things.
//
// In German, Dutch and the Romance languages the things follow the word
// for all and the loss often ends the clause ("alle Aufträge von letzter
// Woche sind weg"): every word between them is read, and none may name
// people, places or faults ("alle Fehlermeldungen sind weg" is good news),
// unsaved edits, or things back again ("alle gates weer groen, rij is
// bijna weg").
func (st *state) allLost(h *hit) bool {
	for _, m := range st.hits {
		if m.field != h.field || m.sent != h.sent || m.t1 > h.t0 || h.t0-m.t1 > 8 || st.c.rules[m.rule].Kind != KindMany {
			continue
		}
		ws := strings.Fields(strings.ToLower(m.text))
		if len(ws) >= 2 && (ws[0] == "all" || ws[0] == "every") {
			if last := ws[len(ws)-1]; h.t0-m.t1 <= 3 && !notThings[last] && !faultThing(last) {
				return true
			}
			continue
		}
		if len(ws) == 0 || !allWordsAbroad[foldPhrase(ws[0])] {
			continue
		}
		src := st.body
		if h.field == FieldSubject {
			src = st.subject
		} else if h.field != FieldBody {
			continue
		}
		from := m.offset + len(m.text)
		if from > h.offset || h.offset > len(src) {
			continue
		}
		things := 0
		between := foldWords(src[from:h.offset])
		if len(between) >= 2 && isNumber([]byte(between[0])) && units[between[1]] > 0 {
			continue // "alle 8 h für 20 s weg": how often, not what
		}
		for _, w := range between {
			if notThings[w] || faultThing(w) || strings.HasPrefix(w, "ungespeichert") || w == "wieder" || w == "weer" {
				things = -1
				break
			}
			if !determiners[w] {
				things++
			}
		}
		if things > 0 {
			return true
		}
	}
	return false
}

// faultGone says what a loss h has gone is a fault: errors, warnings or
// problems named in the four words before it, with no data named
// between ("all the errors are gone",
// "die Fehlermeldung ist weg") are a fix.
func (st *state) faultGone(h *hit) bool {
	ws := st.wordsBefore(h)
	for i := len(ws) - 1; i >= max(0, len(ws)-4); i-- {
		switch w := ws[i]; {
		case st.c.dataWords[w] || itemWords[w]:
			return false // "error: all files are gone"
		case faultThing(w):
			return true
		}
	}
	return false
}

// wordsBefore returns the folded words of h's sentence before h.
func (st *state) wordsBefore(h *hit) []string {
	sent, at := st.sentenceAt(h)
	if sent == "" || at > len(sent) {
		return nil
	}
	return foldWords(sent[:at])
}

// allWordsAbroad are the words for all before the things they name.
var allWordsAbroad = map[string]bool{
	"alle": true, "samtliche": true, "samtlichen": true, "allen": true,
	"toutes": true, "tous": true, "todas": true, "todos": true, "tutti": true, "tutte": true,
}

// determiners stand between the word for all and its things.
var determiners = map[string]bool{
	"unsere": true, "unserer": true, "unseren": true, "meine": true, "meiner": true, "meinen": true,
	"die": true, "der": true, "den": true, "onze": true, "mijn": true, "de": true, "les": true,
	"nos": true, "mes": true, "las": true, "los": true, "nuestras": true, "nuestros": true,
	"os": true, "as": true, "i": true, "le": true, "nostri": true, "nostre": true,
}

// faultThing says a word names a fault, not a thing that can be lost:
// errors and warnings gone are a fix.
func faultThing(w string) bool { return faultThings[w] || compoundOf(w, faultCompounds) }

// faultCompounds end German compounds that name faults ("Fehlermeldungen",
// "Verbindungsprobleme").
var faultCompounds = []string{"fehler", "meldungen", "probleme", "storungen", "warnungen"}

var faultThings = map[string]bool{
	"errors": true, "error": true, "issues": true, "issue": true, "problems": true, "problem": true,
	"bugs": true, "warnings": true, "warning": true, "fehlermeldung": true,
	"alerts": true, "crashes": true, "glitches": true, "symptoms": true, "delays": true, "complaints": true,
	"timeouts": true, "failures": true, "duplicates": true, "fehler": true, "probleme": true,
	"storungen": true, "storung": true, "absturz": true, "absturze": true, "ausfall": true, "ausfalle": true,
	"abbruche": true, "abweichungen": true, "beschwerden": true, "ruckfragen": true, "fouten": true, "problemen": true, "meldingen": true, "erreurs": true,
	"problemes": true, "errores": true, "problemas": true, "errori": true, "problemi": true,
}

// notThings are the people and places an "all our" names (faults are
// faultThing's).
var notThings = map[string]bool{
	"users": true, "staff": true, "employees": true, "customers": true, "clients": true, "members": true,
	"people": true, "team": true, "teams": true, "colleagues": true, "agents": true, "students": true,
	"patients": true, "drivers": true, "technicians": true, "stores": true, "shops": true, "sites": true,
	"branches": true, "offices": true, "locations": true, "user": true, "customer": true, "employee": true,
	"trucks": true, "vehicles": true, "vans": true, "cars": true, "buses": true, "fleet": true,
	"of": true, "our": true, "the": true, "my": true,
	// what a screen shows, not records: "all the buttons have gone purple"
	"buttons": true, "icons": true, "menus": true, "tabs": true, "colours": true, "colors": true,
	"fonts": true, "logos": true, "styles": true, "borders": true, "highlights": true,
	"mitarbeiter": true, "mitarbeiterinnen": true, "kunden": true, "kundinnen": true, "benutzer": true,
	"nutzer": true, "kollegen": true, "kolleginnen": true, "leute": true, "fahrer": true, "filialen": true,
	"standorte": true, "personen": true, "patienten": true, "mitglieder": true, "schuler": true,
	"gerate": true, "teilnehmer": true, "gaste": true, "medewerkers": true, "klanten": true,
	"gebruikers": true, "collegas": true, "mensen": true, "utilisateurs": true,
	"employes": true, "collegues": true, "usuarios": true, "empleados": true, "clientes": true,
	"utenti": true, "colleghi": true, "dipendenti": true, "membres": true, "magasins": true, "tiendas": true,
}

// peopleWords are data words that name people ("clientes").
var peopleWords = map[string]bool{
	"clientes": true, "kunden": true, "klienci": true, "contacts": true,
}

// itemWords name items a defect shows on, beside the data words.
var itemWords = map[string]bool{
	"notification": true, "notifications": true, "push": true, "text": true, "texts": true,
	"reminder": true, "reminders": true, "line": true, "lines": true, "row": true, "rows": true,
	"field": true, "fields": true, "column": true, "columns": true, "name": true, "names": true,
	"date": true, "dates": true, "quote": true, "quotes": true, "review": true, "reviews": true,
	"receipt": true, "receipts": true, "label": true, "labels": true, "email": true, "report": true,
	"reports": true, "export": true, "exports": true, "time": true, "times": true, "search": true,
	"page": true, "screen": true, "monitor": true, "ticket": true, "chapter": true, "update": true,
}

// forwardFine reports whether a forward's own text, above the forwarded
// mail, states no problem and says things work ("Nothing wrong with her
// account", "Everything is working fine at the moment").
func (st *state) forwardFine() bool {
	if !isForward(st.subject) {
		return false
	}
	cut := historyStart(st.body, 0)
	if cut <= 0 {
		return false
	}
	for _, e := range st.ev {
		if e.Field == FieldBody && e.Offset < cut && e.Level >= P1 && e.Level <= P3 && e.Weight > 0 {
			return false
		}
	}
	for _, c := range clauses(FieldBody, st.body[:cut], nil) {
		if i, _ := fine.find(c.line(), 0); i >= 0 {
			return true
		}
	}
	return false
}
