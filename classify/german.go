package classify

import (
	"maps"
	"slices"
	"unicode"
	"unicode/utf8"
)

// German main clauses put the finite verb second and what it says last,
// with the time, the place and the subject between: "in Wasserburg geht
// seit halb acht nix mehr", "der Ordner ist seit heute früh leer", "seit
// heute Morgen funktioniert bei uns die Anmeldung nicht". The rules'
// German phrases are written as the words meet in the shortest clause
// ("geht nix mehr", "ist leer", "funktioniert nicht"), and the automaton
// matches words next to each other, so a writer who names when or where
// between the verb and its state was not read at all. germanBracket
// scans each such clause a second time with its finite verb moved to the
// right bracket (before the negation that ends the middle field, else
// before the clause's last word) and keeps what matches the verb with
// its state; the hit stands on the verb, its text runs to the state.
func (st *state) germanBracket(w *folder, f *folded, name, src string, from int) {
	if !f.bracketDE {
		return // no bracket verb nor "haben": every other language, most German fields
	}
	type move struct{ v, to int }
	var moves []move
	for a := 0; a < len(f.toks); {
		b := a
		for b < len(f.toks) && f.mark(b) == 0 {
			b++
		}
		if mv, ok := bracketIn(f, src, a, b); ok {
			moves = append(moves, mv)
		}
		a = b + 1
	}
	if len(moves) == 0 {
		return
	}
	g := *f
	g.toks, g.nums, g.qends = slices.Clone(f.toks), nil, nil
	for _, mv := range moves {
		verb := g.toks[mv.v]
		copy(g.toks[mv.v:mv.to-1], f.toks[mv.v+1:mv.to])
		g.toks[mv.to-1] = verb
	}
	ms := st.c.m.scan(&g, nil, &w.scan)
	added := false
	for _, mv := range moves {
		p := mv.to - 1 // the verb's place in g
		best := -1
		for i, m := range ms {
			if m.t0 > p || m.t1 <= p+1 || m.t0 < mv.v {
				continue
			}
			if k := st.c.rules[m.p].Kind; !bracketKinds[k] || !appliesTo(k, name) || m.p < st.c.base && len(st.c.overlay) > 0 {
				continue
			}
			if best < 0 || m.t1-m.t0 > ms[best].t1-ms[best].t0 || m.t1-m.t0 == ms[best].t1-ms[best].t0 && !m.wild && ms[best].wild {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		m := ms[best]
		// in the writer's order the match runs from the verb to its state
		end := m.t1
		if m.t0 < p && !haveDE[string(f.wordb(mv.v))] {
			continue // words of the middle field before the verb: not the verb's phrase
		}
		// the original hits the state's words made are the phrase's now
		kept := slices.DeleteFunc(st.hits[from:], func(h *hit) bool { return h.t0 >= mv.to && h.t1 <= end })
		st.hits = st.hits[:from+len(kept)]
		text, off := f.source(src, mv.v, end)
		key, ok := wordKey(&g, m)
		if !ok {
			key = string(appendKey(nil, &g, m))
		}
		h := st.newHit()
		*h = hit{rule: m.p, key: key, any: m.wild && m.prefix == "", field: name, t0: mv.v, t1: mv.v + 1, text: text, offset: off}
		st.hits = append(st.hits, h)
		added = true
	}
	if added {
		slices.SortStableFunc(st.hits[from:], func(a, b *hit) int { return a.t0 - b.t0 })
	}
}

// bracketKinds are the kinds of rule a verb with its state reads: states
// and signals, not the nouns, scopes and cues the clause read already.
var bracketKinds = map[Kind]bool{KindP1: true, KindP2: true, KindP3: true, KindP4: true, KindFault: true,
	KindDefect: true, KindLoss: true, KindOther: true}

// bracketIn finds in the clause of tokens [a, b) a German finite verb
// (bracketVerbsDE) and the right bracket it belongs before: the first
// negation after it with a word between, else the clause's last word.
func bracketIn(f *folded, src string, a, b int) (struct{ v, to int }, bool) {
	for v := a; v < b; v++ {
		w := f.wordb(v)
		if !may(bracketFilterDE, w) {
			continue // neither a bracket verb nor "haben": most words
		}
		have := haveDE[string(w)]
		if !bracketVerbsDE[string(w)] && !have || separableDE[string(w)] {
			continue
		}
		if v > a {
			if r, _ := utf8.DecodeRuneInString(src[f.toks[v].src0:]); unicode.IsUpper(r) {
				// "das Öffnen der Auftragsliste": a verb written as a
				// noun (or shouted), not the clause's finite verb
				return struct{ v, to int }{}, false
			}
		}
		// a coordinated clause without a comma ends the middle field:
		// "geht das ja noch aber das kann doch nicht sein"
		for k := v + 1; k < b; k++ {
			if conjunctionsDE[string(f.wordb(k))] {
				b = k
				break
			}
		}
		if v > a && (pointWords[string(f.wordb(v-1))] || string(f.wordb(v-1)) == "so") {
			return struct{ v, to int }{}, false // "so geht das nicht", "darum geht es nicht"
		}
		to := b - 1
		for n := v + 2; n < b; n++ {
			if negationsDE[string(f.wordb(n))] || have && keinWords[string(f.wordb(n))] {
				to = n
				break
			}
		}
		if to <= v+1 || to-1 > v && string(f.wordb(to-1)) == "so" || have && !keinWords[string(f.wordb(to))] {
			return struct{ v, to int }{}, false
		}
		return struct{ v, to int }{v, to}, true
	}
	return struct{ v, to int }{}, false
}

// separableDE are the bracket verbs whose particle ends the clause
// ("stürzt beim Start ab", "lässt sich nicht öffnen"): separableFaults
// reads them, as a weak defect; read as the rules' fault they moved
// crash reports of one platform to P1.
var separableDE = map[string]bool{"fallt": true, "fallen": true, "sturzt": true, "sturzen": true, "bricht": true,
	"brechen": true, "hangt": true, "hangen": true, "lasst": true, "lassen": true}

// conjunctionsDE open the next clause: what follows one is not the
// finite verb's middle field.
var conjunctionsDE = map[string]bool{"aber": true, "sondern": true, "denn": true, "weil": true, "dass": true,
	"wenn": true, "ob": true, "obwohl": true, "jedoch": true, "sodass": true, "nachdem": true, "bevor": true}

// haveDE have what a clause says it lacks: "seit 7:30 Uhr hat die gesamte
// Praxis kein Netz", "wir haben seit heute keinen Zugriff mehr".
var haveDE = map[string]bool{"hat": true, "haben": true, "hatte": true, "hatten": true}

// bracketListDE are the words of bracketVerbsDE and haveDE, which the
// scan flags (folded.bracketDE).
func bracketListDE() []string {
	return slices.AppendSeq(slices.Collect(maps.Keys(bracketVerbsDE)), maps.Keys(haveDE))
}

// bracketFilterDE lets through the words of bracketVerbsDE and haveDE.
var bracketFilterDE = filterOf(bracketVerbsDE, haveDE)
