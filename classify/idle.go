package classify

// A negated everyday verb ("doesn't open", "won't print", "isn't
// updating") describes something that should happen and does not, whatever
// the verb: customers describe faults in their own words, and no phrase
// list holds them all. When a negation is followed by a word that starts
// no rule, the pair counts as a weak defect (P3; P2 with many users),
// unless the word is one of the verbs of opinion and routine that are
// negated in questions and small talk ("I don't know", "we don't need").

// idleRule is the rule the pairs count under.
var idleRule = Rule{Kind: KindDefect, Weight: 1, Phrase: "<negated activity>", Source: "classify: negated activity",
	level: P3}

// stoppedRule is the rule a German verb of activity with its negation
// counts under ("Login geht seit 8 Uhr nicht", "die Synchronisation läuft
// seit Montag nicht mehr", "startet an keinem Arbeitsplatz"): the verb
// names a thing that works, so its negation is a fault, not the weak
// defect of an unknown verb negated.
var stoppedRule = Rule{Kind: KindFault, Weight: 1, Phrase: "<stopped>", Source: "classify: German verb of activity negated",
	level: P3}

// verbNegators are the negations that negate a verb.
var verbNegators = map[string]bool{
	"not": true, "never": true, "dont": true, "doesnt": true, "didnt": true, "isnt": true, "arent": true,
	"wasnt": true, "werent": true, "wont": true, "havent": true, "hasnt": true, "nicht": true, "pas": true,
	// the south German and Austrian "ned" and "nimmer" (nicht mehr)
	"ned": true, "nimmer": true,
	"nao": true,
}

// idleExceptions are words after a negation that do not describe a
// failure: opinions, needs, routine, determiners and adverbs.
var idleExceptions = map[string]bool{}

func init() {
	for _, w := range []string{
		"know", "knew", "think", "thought", "see", "need", "needs", "needed", "want", "wanted", "mind", "worry",
		"understand", "have", "has", "had", "matter", "matters", "like", "believe", "remember", "expect",
		"plan", "intend", "use", "using", "used", "mean", "care", "recall", "agree", "really", "yet", "too",
		"much", "many", "always", "necessarily", "just", "only", "exactly", "quite", "usually", "a", "an",
		"the", "any", "all", "that", "this", "it", "so", "as", "be", "been", "sure", "urgent", "possible",
		"to", "for", "in", "on", "at", "of", "with", "by", "from", "me", "us", "you", "them", "him", "her",
		"we", "i", "they", "he", "she", "our", "my", "your", "their", "if", "when", "because", "very",
		"enough", "even", "also", "again", "anymore", "more", "less", "longer", "here", "there", "now",
		"hesitate", "forget", "miss", "bother", "wish", "feel", "seem", "seems", "appear", "appears",
		"find", "found", "hear", "heard", "ask", "asked", "say", "said", "tell", "told", "get", "got",
		"go", "do", "does", "did", "make", "made", "take", "took", "let", "allow", "require", "required",
		"affected", "impacted", "critical", "important", "ideal", "great", "bad", "good", "fine", "ok",
		"okay", "clear", "obvious", "available", "aware", "able", "certain", "happy", "surprised",
		"everything", "anything", "something", "nothing", "everyone", "anyone", "someone", "one", "two",
		"only", "what", "how", "why", "where", "who", "which", "whether", "until", "unless", "yet",
		"es", "il", "le", "la", "de", "du", "des", "un", "une", "mehr", "so", "ganz", "sehr", "zu", "nur",
		"experience", "experienced", "notice", "noticed", "encounter", "encountered", "face", "faced",
		"observe", "observed", "spot", "spotted", "practical", "efficient", "ideal", "helpful", "useful",
		"convenient", "intuitive", "ready", "done", "finished", "complete", "included", "supported",
		"planned", "scheduled", "intended", "expected", "interested", "keen", "familiar", "responsible",
		"happen", "happens", "happened", "occur", "occurs", "occurred", "recur", "last", "take", "cost",
		// sevq: seeing nothing, reaching no limit, blocking no one
		"seen", "hitting", "exceeding", "whatever", "blocking", "stopping",
		// sevq6: opinions ("which our auditors will not love"), good news
		// ("not costing us anything", "not losing data") and adverbs
		"love", "appreciate", "enjoy", "welcome", "thrilled", "impressed", "costing", "hurting", "losing",
		"completely", "entirely", "materially", "instantly", "immediately", "per", "yours",
		// sevq7: how bad it is, denied ("not dramatic", "not causing any
		// problems", "not please", a wish)
		"dramatic", "causing", "please", "serious", "major", "huge", "terrible", "awful", "critical",
		"worried", "concerned", "bothered", "complaining", "affecting", "affected",
		// how bad or urgent it is, denied, and a joke denied ("nicht
		// schlimm", "nicht begeistert", "not vulnerable", "not
		// kidding")
		"schlimm", "tragisch", "dramatisch", "begeistert", "dringend", "wichtig", "kritisch", "betroffen",
		"vulnerable", "kidding", "joking",
	} {
		idleExceptions[w] = true
	}
}

// availWords are exceptions that say a function cannot be used ("login
// not possible", "the system is not available"): their pair counts, but
// only beside a critical function (see signals), where it is a fault;
// "not available in our plan" stays a question.
var availWords = map[string]bool{"possible": true, "available": true, "able": true}

// negatedActivity adds a hit of the idle rule for each negation of a
// field that is followed, in the same clause, by a word starting no rule
// and not an exception. hits are the field's hits, sorted by position.
func (st *state) negatedActivity(f *folded, field, src string, hits []*hit) {
	for i, h := range hits {
		r := st.c.rules[h.rule]
		if r.Kind == KindMany && (r.Tag == TagNone || noneWords[string(f.wordb(h.t0))]) {
			// "none of the dashboards have refreshed": no one's thing moved
			st.flowAfter(f, field, src, hits, i, h.t1)
			if r.Tag == TagNone && h.t0 > 0 && prepositionsNone[string(f.wordb(h.t0))] {
				// "startet an keinem unserer sechs Arbeitsplätze": the
				// German verb of activity first, then where: nowhere
				if t0, _, ok := verbThenNot(f, h.t0, h.t1, false); ok {
					st.pairHit(st.c.stopped, f, field, src, t0, h.t1, h.sent)
				}
			}
			continue
		}
		if r.Kind != KindNegate || h.t1-h.t0 != 1 || !verbNegators[string(f.wordb(h.t0))] && !noneWords[string(f.wordb(h.t0))] {
			continue
		}
		if n, w := h.t1, string(f.wordb(h.t0)); w == "nicht" && (n >= len(f.toks) || f.mark(n) != 0) || keinWords[w] {
			// German verb-second: the verb of activity comes first, the
			// negation ends the clause ("Login geht seit 8 Uhr nicht",
			// "öffnet keine Tür mehr")
			if t0, t1, ok := verbThenNot(f, h.t0, n, w != "nicht"); ok {
				st.pairHit(st.c.stopped, f, field, src, t0, t1, h.sent)
			}
			continue
		}
		if noneWords[string(f.wordb(h.t0))] && st.noFlow(f, field, src, hits, i) || !verbNegators[string(f.wordb(h.t0))] {
			continue
		}
		n := h.t1
		if string(f.wordb(h.t0)) == "nicht" && n < len(f.toks) && f.mark(n) == 0 && string(f.wordb(n)) == "mehr" {
			if t0, t1, ok := nichtMehr(f, h.t0, n+1, hits, i); ok {
				rule := st.c.idle
				if t0 < h.t0 {
					rule = st.c.stopped // the verb of activity before it
				}
				st.pairHit(rule, f, field, src, t0, t1, h.sent)
			}
			continue
		}
		if n >= len(f.toks) || f.mark(n) != 0 || i+1 < len(hits) && hits[i+1].t0 == n ||
			idleExceptions[string(f.wordb(n))] && !availWords[string(f.wordb(n))] || isNumber(f.wordb(n)) {
			continue
		}
		st.pairHit(st.c.idle, f, field, src, h.t0, n+1, h.sent)
	}
}

// pairHit adds a hit of the synthetic rule at index rule (the idle
// defect or the stopped fault) for tokens [t0, t1) of a field.
func (st *state) pairHit(rule int, f *folded, field, src string, t0, t1, sent int) {
	text, off := f.source(src, t0, t1)
	nh := st.newHit()
	*nh = hit{rule: rule, key: st.c.rules[rule].Phrase, field: field, t0: t0, t1: t1, sent: sent, text: text, offset: off}
	st.hits = append(st.hits, nh)
}

// nichtMehr reads a German "nicht mehr" (tokens [at, after)) that says
// something stopped: "werden nicht mehr übertragen", a participle after
// it, or "läuft seit Montag nicht mehr", a verb of activity before it in
// its clause with nothing after. It returns the tokens of the pair.
func nichtMehr(f *folded, at, after int, hits []*hit, i int) (int, int, bool) {
	if after < len(f.toks) && f.mark(after) == 0 {
		w := f.wordb(after)
		if idleExceptions[string(w)] || nichtMehrExceptions[string(w)] || isNumber(w) || i+1 < len(hits) && hits[i+1].t0 <= after {
			return 0, 0, false
		}
		return at, after + 1, true
	}
	for j := at - 1; j >= 0 && j >= at-6 && f.mark(j) == 0; j-- {
		if activityVerbsDE[string(f.wordb(j))] {
			return j, after, true
		}
	}
	return 0, 0, false
}

// prepositionsNone open a German none of places: "an keinem", "bei
// keiner", "in keinem".
var prepositionsNone = map[string]bool{"an": true, "bei": true, "in": true, "auf": true}

// keinWords are the German "no" before a noun.
var keinWords = map[string]bool{"kein": true, "keine": true, "keiner": true, "keinen": true, "keinem": true, "keines": true}

// verbThenNot reads a German clause whose verb of activity comes before
// its negation: "nicht" ending the clause ("Login geht seit 8 Uhr
// nicht"), or, with kein, "kein … mehr" ("öffnet keine Tür mehr", "kommt
// kein einziger Anruf mehr an"). at is the negation's token, after the
// token after it. It returns the tokens from the verb to the negation's
// end.
func verbThenNot(f *folded, at, after int, kein bool) (int, int, bool) {
	end := after
	if !kein && at > 0 && f.mark(at-1) == 0 && string(f.wordb(at-1)) == "so" {
		return 0, 0, false // "so geht das nicht (weiter)": an idiom, not a fault
	}
	if kein {
		end = -1
		for j := after; j < len(f.toks) && j <= after+4 && f.mark(j) == 0; j++ {
			if string(f.wordb(j)) == "mehr" {
				end = j + 1
				break
			}
		}
		if end < 0 {
			return 0, 0, false
		}
	}
	for j := at - 1; j >= 0 && j >= at-6 && f.mark(j) == 0; j-- {
		if activityVerbsDE[string(f.wordb(j))] {
			if j > 0 && f.mark(j-1) == 0 && pointWords[string(f.wordb(j-1))] {
				return 0, 0, false // "darum geht's nicht": not the point
			}
			return j, end, true
		}
	}
	if kein && (at == 0 || f.mark(at) != 0) && after < len(f.toks) && !faultThing(string(f.wordb(after))) && !keinIdioms[string(f.wordb(after))] {
		// a clause that opens with it, as a subject does: "Keine
		// Benachrichtigungen mehr" (but "keine Fehlermeldungen mehr"
		// is a fix: faultThing)
		return at, end, true
	}
	return 0, 0, false
}

// keinIdioms after "keine" say nothing stopped: "keine Zeit mehr",
// "keine Ahnung mehr".
var keinIdioms = map[string]bool{"zeit": true, "lust": true, "ahnung": true, "geduld": true}

// pointWords before "geht" make it "is about": "darum geht es nicht".
var pointWords = map[string]bool{"darum": true, "dabei": true, "dazu": true}

// nichtMehrExceptions after "nicht mehr" say a thing is no longer
// needed or current, not that it fails.
var nichtMehrExceptions = map[string]bool{
	"notig": true, "notwendig": true, "erforderlich": true, "aktuell": true, "relevant": true,
	"gultig": true, "benotigt": true, "gebraucht": true, "gewunscht": true, "vorgesehen": true,
	"lange": true, "viel": true, "weit": true, "ganz": true, "als": true, "bei": true, "fur": true,
	"im": true, "in": true, "mit": true, "von": true, "dabei": true, "so": true,
	"kunde": true, "kunden": true, "mitarbeiter": true, "tatig": true,
}

// activityVerbsDE are German verbs of a thing working, the finite verb of
// a clause that "nicht mehr" ends: "die Synchronisation läuft seit Montag
// nicht mehr".
var activityVerbsDE = map[string]bool{
	"lauft": true, "laufen": true, "funktioniert": true, "funktionieren": true, "geht": true,
	"gehen": true, "klappt": true, "klappen": true, "startet": true, "starten": true, "ladt": true,
	"laden": true, "synchronisiert": true, "druckt": true, "drucken": true, "kommt": true, "kommen": true,
	"offnet": true, "offnen": true, "sendet": true, "senden": true, "gehts": true,
	"verschickt": true, "aktualisiert": true, "speichert": true, "bucht": true,
	// things received or handed on: "Kunden bekommen keine
	// Bestätigungsmails mehr", "das Add-in legt keine Mails mehr ab"
	"bekommen": true, "bekommt": true, "erhalten": true, "erhalt": true, "empfangen": true, "empfangt": true,
	"legt": true, "schickt": true, "schicken": true, "ubertragt": true, "liefert": true, "liefern": true,
	"versendet": true, "importiert": true, "exportiert": true, "erstellt": true, "erzeugt": true, "zeigt": true,
}

// flowWords say that things move or appear: after "no" and a few words
// they say that nothing does ("no reminder texts going out", "keine
// Bestellungen kommen an").
var flowWords = map[string]bool{
	"going": true, "coming": true, "arriving": true, "arrive": true, "arrives": true, "arrived": true,
	"sent": true, "delivered": true, "received": true, "syncing": true, "synced": true, "printing": true,
	"printed": true, "loading": true, "updating": true, "updated": true, "showing": true, "appearing": true,
	"processed": true, "posted": true, "imported": true, "exported": true, "generated": true, "saved": true,
	"reaching": true, "reach": true, "reaches": true, "shipped": true, "refreshed": true, "refreshing": true,
	// a person receiving nothing: "nobody in our office receives the
	// reminders", "none of the parents get the texts"
	"receive": true, "receives": true, "receiving": true, "get": true, "gets": true, "getting": true,
	"kommen": true, "kommt": true, "ankommen": true, "arrivent": true, "llegan": true,
	"llega": true, "chegam": true, "chega": true,
}

// noFlowReach is how many words after "no" the flow word may come.
const noFlowReach = 4

// flowAfter adds a hit of the idle rule for a none-quantifier h (hits[i])
// followed within noFlowReach words of from, in the same clause and with
// no other signal between, by a flow word: "none of the reports have
// arrived".
func (st *state) flowAfter(f *folded, field, src string, hits []*hit, i, from int) {
	h := hits[i]
	next := i + 1
	for j := from; j < len(f.toks) && j < from+noFlowReach; j++ {
		if f.mark(j) != 0 || next < len(hits) && hits[next].t0 <= j {
			return
		}
		if flowWords[string(f.wordb(j))] {
			st.pairHit(st.c.idle, f, field, src, h.t0, j+1, h.sent)
			return
		}
	}
}

// noFlow adds (and reports whether it added) a hit of the idle rule for "no" followed, in the same
// clause, by a flow word: nothing goes out or comes in. Words in between
// may name data or a feature ("no reminder texts"), not a problem ("no
// errors showing" says the opposite).
func (st *state) noFlow(f *folded, field, src string, hits []*hit, i int) bool {
	h := hits[i]
	next := i + 1
	for j := h.t1; j < len(f.toks) && j <= h.t0+noFlowReach; j++ {
		if f.mark(j) != 0 {
			return false
		}
		for ; next < len(hits) && hits[next].t0 <= j; next++ {
			switch st.c.rules[hits[next].rule].Kind {
			case KindCore, KindCritical, KindData, KindMany, KindNeutral:
			default:
				return false
			}
		}
		if flowWords[string(f.wordb(j))] {
			st.pairHit(st.c.idle, f, field, src, h.t0, j+1, h.sent)
			return true
		}
	}
	return false
}

// separableFaults adds a weak defect (the idle rule: P3, P2 with many
// users) for each German separable verb of failure whose particle ends
// its clause with words between ("die App stürzt beim Öffnen der
// Plantafel sofort ab", "der Server fällt seit Montag mehrmals am Tag
// aus", "hängt sich beim Speichern auf"): German main clauses put the
// verb second and its particle last, so the rule's "stürzt ab" meets only
// the shortest clauses. Counted as the fault the rule is, it moved three
// crash reports of one platform to a false P1 over the labelled sets. A
// negation between ("stürzt seitdem nicht mehr ab") denies it; "fällt …
// höher aus" says how a figure turns out.
func (st *state) separableFaults(f *folded, field, src string) {
	for j := 1; j < len(f.toks); j++ {
		if f.mark(j) != 0 || j+1 < len(f.toks) && f.mark(j+1) == 0 {
			continue
		}
		if w := f.wordb(j); len(w) < 2 || len(w) > 3 || w[0] != 'a' {
			continue // not "ab", "aus" or "auf": most clauses' last words
		}
		verbs := separableVerbs[string(f.wordb(j))]
		if verbs == nil || f.mark(j-1) != 0 || howTurnsOut[string(f.wordb(j-1))] {
			continue
		}
		sich := false
		for k := j - 1; k >= 0 && k >= j-9 && f.mark(k) == 0; k-- {
			w := string(f.wordb(k))
			if verbNegators[w] || keinWords[w] || w == "nie" || w == "niemals" {
				break
			}
			sich = sich || w == "sich"
			if need, ok := verbs[w]; ok && k < j-1 && (!need || sich) {
				sent := 0
				for t := 0; t < k; t++ {
					if f.mark(t) == sentenceMark {
						sent++
					}
				}
				st.pairHit(st.c.idle, f, field, src, k, j+1, sent)
				break
			}
		}
	}
}

// separableVerbs are German verbs of failure by their particle, each
// true when it is reflexive ("hängt sich … auf"). The particles are of
// two or three bytes and begin with 'a' (separableFaults tests that
// first; TestSeparableParticles checks it).
var separableVerbs = map[string]map[string]bool{
	"ab": {"sturzt": false, "sturzen": false, "sturzte": false, "sturzten": false, "bricht": false,
		"brechen": false, "brach": false, "brachen": false, "schmiert": false, "schmieren": false,
		"kackt": false, "kacken": false},
	"aus": {"fallt": false, "fallen": false, "fiel": false, "fielen": false, "steigt": false, "steigen": false},
	"auf": {"hangt": true, "hangen": true, "hangte": true, "hangten": true},
}

// howTurnsOut before "aus" says how something turns out, not that it
// fails: "fällt die Nachzahlung höher aus", "fiel knapp aus".
var howTurnsOut = map[string]bool{"hoher": true, "niedriger": true, "geringer": true, "kleiner": true,
	"grosser": true, "anders": true, "so": true, "gut": true, "schlecht": true, "knapp": true, "gering": true,
	"hoch": true, "niedrig": true, "positiv": true, "negativ": true, "besser": true, "schlechter": true,
	"kurz": true, "kurzer": true, "lang": true, "langer": true, "weg": true, "flach": true}
