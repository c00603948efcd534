package escalation

import (
	"cmp"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/escalate-dev/escalate/classify"
)

// Suggestions, not guesses: a new P1/P2 ticket like recent ones, or
// written while an incident is open, makes the team notice say which
// ticket to #link it to; only the operator's auto_link links it.

// IncidentInfo is an open incident as the desk found it for a new ticket.
type IncidentInfo struct {
	Ticket Ticket // the incident
	Linked int    // tickets linked to it
	// First and Latest are the first and latest report: the earliest and
	// latest opening among the incident and its linked tickets.
	First, Latest time.Time
}

// Suggestion is the incident, or the group of like tickets, a new ticket
// looks part of: the team notice says so and a one-line #link accepts.
type Suggestion struct {
	// Incident is the ticket to link to: a declared incident, or the
	// first ticket of a group of like ones.
	Incident int64
	Declared bool
	// Match: the new ticket has the group's evidence or subject; false:
	// an incident is open and its relation to the ticket unknown.
	Match bool
	// Tickets counts the group, the new ticket included, since its first
	// report.
	Tickets int
	Since   time.Time
	About   string // what the group is about: the shared evidence, else a subject
	// NextUpdate is the incident's next update, for the receipt.
	NextUpdate time.Time
	Linked     bool // linked without an agent (Protocol.AutoLink)
	Text       string
}

// suggest finds what new ticket t looks part of: a declared incident with
// its evidence or subject; else, for a P1/P2, any open incident or a group
// of recent P1/P2 tickets with its evidence or subject. Nil when nothing.
func suggest(pr Protocol, t Ticket, in Inbound, now time.Time) *Suggestion {
	urgent := t.Severity == classify.P1 || t.Severity == classify.P2
	l := in.Likeness
	if l == nil {
		l = NewLikeness()
	}
	tt := l.traits(&t)
	var open *IncidentInfo
	for i := range in.Incidents {
		inc := &in.Incidents[i]
		if ok, about := similar(tt, l.traits(&inc.Ticket)); ok {
			s := fromIncident(*inc, about, true)
			s.Linked = pr.AutoLink
			return s.worded(pr.TagPrefix, now)
		}
		if open == nil || inc.Latest.After(open.Latest) {
			open = inc
		}
	}
	if !urgent {
		return nil
	}
	if open != nil {
		return fromIncident(*open, quote(open.Ticket.Subject), false).worded(pr.TagPrefix, now)
	}
	// A burst compares each new ticket with hundreds: pointers, not
	// copies, and each pair once.
	type candidate struct {
		t    *Ticket
		tr   traits
		like bool // like t
	}
	candidates := make([]candidate, 0, len(in.Recent))
	first := -1 // the earliest of those like t
	for i := range in.Recent {
		r := &in.Recent[i]
		if r.IncidentID != 0 || r.Incident || r.Status != Open || r.OpenedAt.Before(now.Add(-pr.IncidentWindow)) {
			continue
		}
		tr := l.traits(r)
		like, _ := similar(tt, tr)
		candidates = append(candidates, candidate{r, tr, like})
		if like && (first < 0 || earlier(r, candidates[first].t)) {
			first = len(candidates) - 1
		}
	}
	if first < 0 {
		return nil
	}
	f := candidates[first]
	_, about := similar(tt, f.tr)
	// The group is what is like the new ticket or like its first
	// report: likeness need not be mutual between every two reports.
	n := 1
	for i, c := range candidates {
		like := c.like || i == first
		if !like {
			like, _ = similar(c.tr, f.tr)
		}
		if like {
			n++
		}
	}
	s := &Suggestion{Incident: f.t.ID, Match: true, Tickets: n, Since: f.t.OpenedAt, About: about}
	return s.worded(pr.TagPrefix, now)
}

// earlier orders reports by opening, then by ID.
func earlier(x, y *Ticket) bool {
	if c := x.OpenedAt.Compare(y.OpenedAt); c != 0 {
		return c < 0
	}
	return x.ID < y.ID
}

func fromIncident(inc IncidentInfo, about string, match bool) *Suggestion {
	return &Suggestion{Incident: inc.Ticket.ID, Declared: true, Match: match, Tickets: inc.Linked + 2,
		Since: inc.First, About: about, NextUpdate: inc.Ticket.NextUpdateDue}
}

// worded sets the team notice's line.
func (s *Suggestion) worded(prefix string, now time.Time) *Suggestion {
	tag := Tag(prefix, s.Incident)
	span := "in " + HumanDuration(now.Sub(s.Since))
	if now.Sub(s.Since) < time.Minute {
		span = "within a minute"
	}
	switch {
	case s.Linked:
		s.Text = fmt.Sprintf("Linked to incident %s: %d tickets %s about %s. Reply #unlink if it is not part of it.",
			tag, s.Tickets, span, s.About)
	case s.Declared && s.Match:
		s.Text = fmt.Sprintf("Looks like incident %s: %d tickets %s about %s. Reply #link %s to join it.",
			tag, s.Tickets, span, s.About, tag)
	case s.Declared:
		s.Text = fmt.Sprintf("Incident %s is open: %d tickets %s about %s. If this ticket is part of it, reply #link %s.",
			tag, s.Tickets-1, span, s.About, tag)
	default:
		s.Text = fmt.Sprintf("Looks like %s: %d tickets %s about %s. Reply #link %s to group them under it.",
			tag, s.Tickets, span, s.About, tag)
	}
	return s
}

// aware says whether t's receipt names the ongoing incident of s.
func aware(s *Suggestion, t Ticket) bool {
	return s != nil && s.Declared && (s.Match || t.Severity == classify.P1 || t.Severity == classify.P2)
}

// traits is what grouping compares of a ticket, derived once.
type traits struct {
	ev        []classify.Evidence
	strongest *classify.Evidence
	rules     evidenceRules
	subject   string
	words     hashedSet
}

// traits derives t's traits, or finds them kept: a stored ticket's by
// its ID while its subject and evidence slice are the ones they were
// derived from (one lookup by number, where the subject's and the
// evidence's took two by text).
func (l *Likeness) traits(t *Ticket) traits {
	if t.ID != 0 && len(t.Evidence) > 0 {
		l.mu.Lock()
		k, ok := l.tickets[t.ID]
		l.mu.Unlock()
		if ok && k.subject == t.Subject && k.ev == (evidenceKey{&t.Evidence[0], len(t.Evidence)}) {
			return k.tr
		}
	}
	tr := traits{ev: t.Evidence, strongest: strongest(t.Evidence), rules: l.rules(t.Evidence),
		subject: t.Subject, words: l.words(t.Subject)}
	if t.ID != 0 && len(t.Evidence) > 0 {
		l.mu.Lock()
		if len(l.tickets) >= likenessSize {
			clear(l.tickets)
		}
		l.tickets[t.ID] = keptTraits{t.Subject, evidenceKey{&t.Evidence[0], len(t.Evidence)}, tr}
		l.mu.Unlock()
	}
	return tr
}

// keptTraits are a stored ticket's traits and what they were derived
// from.
type keptTraits struct {
	subject string
	ev      evidenceKey
	tr      traits
}

// hashedSet is a set of strings ordered by their hash, then by text, so
// that two sets are intersected by comparing numbers: a burst compares
// every new ticket's subject words and fault rules with hundreds of
// others', and comparing the strings themselves was a quarter of it.
type hashedSet []hashed

type hashed struct {
	h uint64
	s string
}

// wordSeed hashes every set of the process alike.
var wordSeed = maphash.MakeSeed()

func hashSet(ss []string) hashedSet {
	out := make(hashedSet, len(ss))
	for i, s := range ss {
		out[i] = hashed{maphash.String(wordSeed, s), s}
	}
	slices.SortFunc(out, func(a, b hashed) int { return cmp.Or(cmp.Compare(a.h, b.h), strings.Compare(a.s, b.s)) })
	return out
}

// common counts the strings both sets hold (each set holds a string
// once).
func (a hashedSet) common(b hashedSet) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].h < b[j].h:
			i++
		case a[i].h > b[j].h:
			j++
		default: // the same hash: by text, as the sets are ordered
			switch c := strings.Compare(a[i].s, b[j].s); {
			case c < 0:
				i++
			case c > 0:
				j++
			default:
				n, i, j = n+1, i+1, j+1
			}
		}
	}
	return n
}

// similar says whether a (new) and b (earlier) report the same thing, and
// what, in b's words: the strongest rule line of either among the other's
// ("nobody can log in" and "none of our staff can log in" are one line of
// alternatives), the same function and state (a fault rule and a critical
// function both name), or near-identical subjects.
func similar(a, b traits) (bool, string) {
	if a.strongest != nil {
		if e := onLine(b.ev, ruleLine(*a.strongest)); e != nil {
			return true, e.Rule
		}
	}
	if b.strongest != nil && onLine(a.ev, ruleLine(*b.strongest)) != nil {
		return true, b.strongest.Rule
	}
	if fn := sharedFunction(a.rules, b.rules); fn != "" {
		return true, fn
	}
	common := a.words.common(b.words)
	union := len(a.words) + len(b.words) - common
	if common >= 2 && float64(common) >= 0.7*float64(union) {
		return true, quote(b.subject)
	}
	return false, ""
}

// strongest is the rule of ev that weighs most; signals without a rule
// line (many users, urgency) do not count.
func strongest(ev []classify.Evidence) *classify.Evidence {
	var best *classify.Evidence
	for i := range ev {
		e := &ev[i]
		if e.Weight > 0 && e.Source != "" && (best == nil || e.Weight > best.Weight) {
			best = e
		}
	}
	return best
}

// ruleLine names the rule line of e: its source ("default.rules:125"),
// which holds all the alternatives of one rule.
func ruleLine(e classify.Evidence) string { return cmp.Or(e.Source, e.Rule) }

// onLine is the evidence of ev from rule line l that weighs for a
// severity; nil when none.
func onLine(ev []classify.Evidence, l string) *classify.Evidence {
	for i := range ev {
		if e := &ev[i]; e.Weight > 0 && e.Source != "" && ruleLine(*e) == l {
			return e
		}
	}
	return nil
}

// sharedFunction is the critical function both evidences name with a
// fault rule in common: "log in" with "no one can".
func sharedFunction(ra, rb evidenceRules) string {
	if ra.faults.common(rb.faults) == 0 {
		return ""
	}
	_, fn := shared(ra.functions, rb.functions)
	return fn
}

// shared counts the strings both sorted sets a and b hold and returns
// the first of them ("" when none).
func shared(a, b []string) (n int, first string) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i], b[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			if n == 0 {
				first = a[i]
			}
			n, i, j = n+1, i+1, j+1
		}
	}
	return n, first
}

// Likeness keeps what grouping derives from a ticket — its subject's
// words, its evidence's fault rules and named functions — so that
// comparing one ticket with hundreds derives each once. The desk keeps
// one for its life (Inbound.Likeness): in a burst every new ticket is
// compared with the same recent ones. What it keeps depends only on the
// subject's text and on the evidence slice, which must not change once
// compared (the desk shares decoded evidence read only); it is emptied
// when it holds likenessSize of either. Safe for concurrent use.
type Likeness struct {
	mu       sync.Mutex
	subjects map[string]hashedSet
	evidence map[evidenceKey]evidenceRules
	tickets  map[int64]keptTraits
}

// likenessSize bounds a Likeness, subjects and evidence slices each: a
// few times the recent tickets the desk compares (500), as each new
// ticket's own evidence is kept too.
const likenessSize = 2000

// evidenceKey names one evidence slice.
type evidenceKey struct {
	first *classify.Evidence
	n     int
}

// evidenceRules are an evidence's fault rules and the functions it
// names (sorted), once each.
type evidenceRules struct {
	faults    hashedSet
	functions []string
}

// NewLikeness returns an empty Likeness.
func NewLikeness() *Likeness {
	return &Likeness{subjects: map[string]hashedSet{}, evidence: map[evidenceKey]evidenceRules{},
		tickets: map[int64]keptTraits{}}
}

func (l *Likeness) words(subject string) hashedSet {
	l.mu.Lock()
	ws, ok := l.subjects[subject]
	l.mu.Unlock()
	if ok {
		return ws
	}
	ws = hashSet(subjectWords(subject))
	l.mu.Lock()
	if len(l.subjects) >= likenessSize {
		clear(l.subjects)
	}
	l.subjects[subject] = ws
	l.mu.Unlock()
	return ws
}

func (l *Likeness) rules(ev []classify.Evidence) evidenceRules {
	if len(ev) == 0 {
		return evidenceRules{}
	}
	k := evidenceKey{&ev[0], len(ev)}
	l.mu.Lock()
	r, ok := l.evidence[k]
	l.mu.Unlock()
	if ok {
		return r
	}
	var faults []string
	for _, e := range ev {
		switch {
		case e.Weight > 0 && e.Source != "":
			faults = append(faults, e.Rule)
		case e.Weight == 0 && strings.Contains(e.Note, "function named"):
			r.functions = append(r.functions, e.Rule)
		}
	}
	r.faults, r.functions = hashSet(sortedSet(faults)), sortedSet(r.functions)
	l.mu.Lock()
	if len(l.evidence) >= likenessSize {
		clear(l.evidence)
	}
	l.evidence[k] = r
	l.mu.Unlock()
	return r
}

// subjectWords folds a subject to its words of three letters or more,
// sorted, once each.
func subjectWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if utf8.RuneCountInString(w) >= 3 {
			out = append(out, w)
		}
	}
	return sortedSet(out)
}

// sortedSet sorts ss and drops repeats.
func sortedSet(ss []string) []string {
	slices.Sort(ss)
	return slices.Compact(ss)
}

func quote(s string) string {
	if s == "" {
		return "(no subject)"
	}
	return `"` + s + `"`
}
