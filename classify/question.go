package classify

// A yes/no question asks whether something is so; it does not report
// that it is: "Is data lost if we delete a user?", "Is the API down for
// maintenance tonight?", "Will there be downtime on Saturday?". The alarm
// words of such a sentence count as hypothetical. A question put to us
// ("can you", "do you", "have you") presupposes the problem it asks about
// ("do you have an ETA for the outage?") and counts as written, as does
// a question about others ("is anyone else seeing this?"), and any
// statement beside the question ("Is the site down? We get 503 on every
// page").

// questionRule is the cue that cancels the signals of a yes/no question.
var questionRule = Rule{Kind: KindHypothetical, Phrase: "<yes/no question>", Source: "classify: yes/no question"}

// questionAux are the words that open a yes/no question by inversion.
var questionAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "does": true,
	"did": true, "has": true, "have": true, "should": true, "isnt": true, "arent": true,
	"ist": true, "sind": true, "wird": true, "werden": true, "gibt": true, "est": true,
	"esta": true, "estan": true, "hay": true, "existe": true,
}

// questionAsker are the words after the opening that make the question a
// request or a question about others: it then presupposes the problem.
var questionAsker = map[string]bool{
	"you": true, "your": true, "u": true, "anyone": true, "anybody": true, "someone": true,
	"somebody": true, "it": true, "this": true, "that": true, "there": false, "ihr": true, "sie": true,
	"vous": true, "usted": true, "ustedes": true,
}

// questions marks the signals of each yes/no question of a field as
// cancelled by a cue hit of questionRule. hits are the field's hits,
// sorted by position.
func (st *state) questions(f *folded, field, src string, hits []*hit) {
	start := 0
	for _, end := range f.qends {
		s0 := sentenceStart(f, int(end))
		if s0 < start || s0 >= int(end) {
			continue
		}
		start = int(end)
		if !yesNoQuestion(f, s0, int(end)) || st.scopedNow(f, s0, int(end), hits) {
			continue
		}
		var cue *hit
		for _, h := range hits {
			if h.t0 < s0 || h.t1 > int(end) || h.suppressedBy != nil || !questionCancels(st.c.rules[h.rule]) {
				continue
			}
			if cue == nil {
				text, off := f.source(src, s0, int(end))
				cue = st.newHit()
				*cue = hit{rule: st.c.question, key: questionRule.Phrase, field: field, t0: s0, t1: s0 + 1,
					text: text + "?", offset: off}
			}
			h.suppressedBy = cue
		}
	}
}

// sentenceStart returns the first token of the sentence that ends before
// token end.
func sentenceStart(f *folded, end int) int {
	i := end - 1
	for i >= 0 && f.mark(i) != sentenceMark {
		i--
	}
	return i + 1
}

// yesNoQuestion reports whether tokens [s0, end) open with an inverted
// auxiliary not put to us or about others, at the start or after a short
// opening clause ("Hi, is the API down tonight?").
func yesNoQuestion(f *folded, s0, end int) bool {
	for i := s0; i < end && i <= s0+questionLead; i++ {
		if i != s0 && f.mark(i-1) != clauseMark {
			continue
		}
		if i+1 < end && f.mark(i) == 0 && f.mark(i+1) == 0 {
			return questionAux[string(f.wordb(i))] && !questionAsker[string(f.wordb(i+1))]
		}
	}
	return false
}

// questionLead is how many tokens an opening clause before the question
// may have ("Quick question, is").
const questionLead = 4

// questionCancels reports whether a question cancels a rule's signal:
// levels P1 to P3 and the faults, losses and defects that become them.
func questionCancels(r Rule) bool {
	switch r.Kind {
	case KindFault, KindDefect, KindLoss, KindOther, KindAble:
		return true
	}
	l := r.Level()
	return l >= P1 && l <= P3
}

// futureAux open a question about what will be: "Will the platform be
// down for everyone on Saturday?" stays hypothetical whatever its scope.
var futureAux = map[string]bool{"will": true, "would": true, "should": true, "wird": true, "werden": true}

// scopedNow reports whether a yes/no question in tokens [s0, end) asks
// about a live impact on everyone, not about a rule or a plan: "Is the
// service down for all users right now?" is a report phrased politely,
// and when in doubt between P1 and P4 on a stated impact the reading
// stays high. The question must not open with a future auxiliary.
func (st *state) scopedNow(f *folded, s0, end int, hits []*hit) bool {
	for i := s0; i < end && i <= s0+questionLead; i++ {
		if f.mark(i) == 0 && futureAux[string(f.wordb(i))] {
			return false
		}
	}
	for _, h := range hits {
		r := st.c.rules[h.rule]
		if h.t0 >= s0 && h.t1 <= end && h.suppressedBy == nil && r.Kind == KindMany && (r.Tag == TagAll || r.Tag == TagNone) &&
			!(h.any && endsInNumber(h.text) && startsWithEvery(h.text)) {
			return true
		}
	}
	return false
}

// A subject that opens with a how-to ("How to add a new location", "How do
// I reset another user's password", "Re: how can we export ...") asks for
// instructions: what it names is the topic, not a report, as every such
// subject in the test sets (24, all P4) reads. A problem the body states
// counts as written (sevq11).

// howToOpeners are the words after "how" that open a how-to.
var howToOpeners = map[string]map[string]bool{
	"to": nil, "do": {"i": true, "we": true, "you": true}, "can": {"i": true, "we": true},
	"should": {"i": true, "we": true}, "would": {"i": true, "we": true},
}

// replyWords are the prefixes of a reply or forward before a subject.
var replyWords = map[string]bool{"re": true, "fwd": true, "fw": true, "aw": true, "wg": true, "tr": true}

// howToAt returns the index of the "how" of a how-to that opens words
// (after reply or forward prefixes), or -1.
func howToAt(words []string) int {
	i := 0
	for i < len(words) && replyWords[words[i]] {
		i++
	}
	if i+2 >= len(words) || words[i] != "how" {
		return -1
	}
	next, ok := howToOpeners[words[i+1]]
	if !ok || next != nil && !next[words[i+2]] {
		return -1
	}
	return i
}

// howToSubject marks the signals of a subject that opens with a how-to
// as cancelled by a cue hit of questionRule. hits are the subject's hits,
// sorted by position.
func (st *state) howToSubject(f *folded, src string, hits []*hit) {
	if len(hits) == 0 || !howToTokens(f) {
		return
	}
	var cue *hit
	for _, h := range hits {
		if h.suppressedBy != nil || !questionCancels(st.c.rules[h.rule]) {
			continue
		}
		if cue == nil {
			text, off := f.source(src, 0, len(f.toks))
			cue = st.newHit()
			*cue = hit{rule: st.c.question, key: questionRule.Phrase, field: FieldSubject, t0: 0, t1: 1,
				text: text, offset: off}
		}
		h.suppressedBy = cue
	}
}

// howToTokens is howToAt on the words of a folded field, without making
// strings of them.
func howToTokens(f *folded) bool {
	var ws [3][]byte
	n := 0
	for i := 0; i < len(f.toks) && n < 3; i++ {
		if f.mark(i) != 0 {
			continue
		}
		if w := f.wordb(i); n > 0 || !replyWords[string(w)] {
			ws[n] = w
			n++
		}
	}
	if n < 3 || string(ws[0]) != "how" {
		return false
	}
	next, ok := howToOpeners[string(ws[1])]
	return ok && (next == nil || next[string(ws[2])])
}
