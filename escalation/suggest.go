package escalation

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

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
	similar := newLikeness().similar
	var open *IncidentInfo
	for i := range in.Incidents {
		inc := &in.Incidents[i]
		if ok, about := similar(t, inc.Ticket); ok {
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
	var candidates, direct []Ticket
	for _, r := range in.Recent {
		if r.IncidentID != 0 || r.Incident || r.Status != Open || r.OpenedAt.Before(now.Add(-pr.IncidentWindow)) {
			continue
		}
		candidates = append(candidates, r)
		if ok, _ := similar(t, r); ok {
			direct = append(direct, r)
		}
	}
	if len(direct) == 0 {
		return nil
	}
	first := slices.MinFunc(direct, func(x, y Ticket) int {
		if c := x.OpenedAt.Compare(y.OpenedAt); c != 0 {
			return c
		}
		return int(x.ID - y.ID)
	})
	_, about := similar(t, first)
	// The group is what is like the new ticket or like its first
	// report: likeness need not be mutual between every two reports.
	n := 1
	for _, r := range candidates {
		like, _ := similar(t, r)
		if !like && r.ID != first.ID {
			like, _ = similar(r, first)
		}
		if like || r.ID == first.ID {
			n++
		}
	}
	s := &Suggestion{Incident: first.ID, Match: true, Tickets: n, Since: first.OpenedAt, About: about}
	return s.worded(pr.TagPrefix, now)
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

// similar says whether a (new) and b (earlier) report the same thing, and
// what, in b's words: the strongest rule line of either among the other's
// ("nobody can log in" and "none of our staff can log in" are one line of
// alternatives), the same function and state (a fault rule and a critical
// function both name), or near-identical subjects. l keeps what it
// derives from each ticket, for a comparison of one ticket with many.
func (l *likeness) similar(a, b Ticket) (bool, string) {
	if ra := strongest(a.Evidence); ra != nil {
		if e := onLine(b.Evidence, ruleLine(*ra)); e != nil {
			return true, e.Rule
		}
	}
	if rb := strongest(b.Evidence); rb != nil && onLine(a.Evidence, ruleLine(*rb)) != nil {
		return true, rb.Rule
	}
	if fn := l.sharedFunction(a.Evidence, b.Evidence); fn != "" {
		return true, fn
	}
	wa, wb := l.words(a.Subject), l.words(b.Subject)
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	union := len(wa) + len(wb) - common
	if common >= 2 && float64(common) >= 0.7*float64(union) {
		return true, quote(b.Subject)
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
func (l *likeness) sharedFunction(a, b []classify.Evidence) string {
	ra, rb := l.rules(a), l.rules(b)
	fault := false
	for r := range ra.faults {
		fault = fault || rb.faults[r]
	}
	if !fault {
		return ""
	}
	var shared []string
	for r := range ra.functions {
		if rb.functions[r] {
			shared = append(shared, r)
		}
	}
	if len(shared) == 0 {
		return ""
	}
	slices.Sort(shared)
	return shared[0]
}

// likeness keeps what similar derives from a ticket — its subject's
// words, its evidence's fault rules and named functions — so that
// comparing one ticket with hundreds derives each once.
type likeness struct {
	subjects map[string]map[string]bool
	evidence map[evidenceKey]evidenceRules
}

// evidenceKey names one evidence slice (tickets do not change while
// they are compared).
type evidenceKey struct {
	first *classify.Evidence
	n     int
}

type evidenceRules struct{ faults, functions map[string]bool }

func newLikeness() *likeness {
	return &likeness{subjects: map[string]map[string]bool{}, evidence: map[evidenceKey]evidenceRules{}}
}

func (l *likeness) words(subject string) map[string]bool {
	ws, ok := l.subjects[subject]
	if !ok {
		ws = subjectWords(subject)
		l.subjects[subject] = ws
	}
	return ws
}

func (l *likeness) rules(ev []classify.Evidence) evidenceRules {
	if len(ev) == 0 {
		return evidenceRules{}
	}
	k := evidenceKey{&ev[0], len(ev)}
	if r, ok := l.evidence[k]; ok {
		return r
	}
	r := evidenceRules{faults: map[string]bool{}, functions: map[string]bool{}}
	for _, e := range ev {
		switch {
		case e.Weight > 0 && e.Source != "":
			r.faults[e.Rule] = true
		case e.Weight == 0 && strings.Contains(e.Note, "function named"):
			r.functions[e.Rule] = true
		}
	}
	l.evidence[k] = r
	return r
}

// subjectWords folds a subject to its words of three letters or more.
func subjectWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len([]rune(w)) >= 3 {
			out[w] = true
		}
	}
	return out
}

func quote(s string) string {
	if s == "" {
		return "(no subject)"
	}
	return `"` + s + `"`
}
