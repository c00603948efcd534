package escalation

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/escalate-dev/escalate/classify"
)

// Incidents: many customers, one outage. A ticket declared an incident
// (#incident) gathers the tickets linked to it (#link). An agent's status
// update on the incident reaches every linked customer in their own
// thread and counts as the update on each linked ticket's clock; its
// #resolve resolves every linked ticket, each with its own Resolution
// Confirmation and monitoring window. Linked tickets defer to the
// incident's ladder: their breaches are recorded, only the incident pages.
// Decide stays one ticket's decision: the desk passes the other tickets in
// (Inbound.Related) and commits the plan's Linked changes with it.

// DefaultIncidentWindow is how far back a new P1/P2 ticket looks for like
// tickets to suggest grouping.
const DefaultIncidentWindow = 30 * time.Minute

// parseTags reads the ticket tags of #link and #unlink: "ESC-12",
// "[ESC-12]" or "12", separated by spaces or commas.
func parseTags(arg string) ([]int64, error) {
	var ids []int64
	for _, f := range strings.FieldsFunc(arg, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
		word := strings.Trim(f, "[]")
		if i := strings.LastIndexByte(word, '-'); i >= 0 {
			word = word[i+1:]
		}
		n, err := strconv.ParseInt(word, 10, 64)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is no ticket tag", f)
		}
		if !slices.Contains(ids, n) {
			ids = append(ids, n)
		}
	}
	return ids, nil
}

// checkIncident says whether the incident commands of an agent's mail on
// t can all apply, given the related tickets the desk loaded; a
// *CommandError (nil otherwise) rejects the whole mail.
func checkIncident(prefix string, cmds []Command, t *Ticket, rel map[int64]*Ticket) error {
	declare := slices.ContainsFunc(cmds, func(c Command) bool { return c.Verb == CmdIncident })
	incident := t.Incident || declare
	tag := func(id int64) string { return Tag(prefix, id) }
	for _, c := range cmds {
		bad := func(reason string) error {
			return &CommandError{Line: c.Line, Text: strings.TrimSpace("#" + string(c.Verb) + " " + c.Arg), Reason: reason}
		}
		switch c.Verb {
		case CmdIncident:
			if t.IncidentID != 0 {
				return bad("this ticket is linked to incident " + tag(t.IncidentID) + "; send #unlink first")
			}
		case CmdLink:
			if err := checkLink(tag, c, t, rel, incident); err != "" {
				return bad(err)
			}
		case CmdUnlink:
			if err := checkUnlink(tag, c, t, rel, incident); err != "" {
				return bad(err)
			}
		}
	}
	return nil
}

func checkLink(tag func(int64) string, c Command, t *Ticket, rel map[int64]*Ticket, incident bool) string {
	if !incident && len(c.IDs) != 1 {
		return "on a ticket, #link names the one incident to join; to link several tickets to this one, declare it with #incident"
	}
	if incident && t.Status != Open {
		return "the incident is not open"
	}
	for _, id := range c.IDs {
		r := rel[id]
		switch {
		case id == t.ID:
			return "a ticket cannot be linked to itself"
		case r == nil:
			return tag(id) + " does not exist"
		case r.Status != Open:
			return tag(id) + " is " + string(r.Status)
		case incident && r.Incident:
			return tag(id) + " is an incident itself"
		case incident && r.IncidentID != 0 && r.IncidentID != t.ID:
			return tag(id) + " is linked to incident " + tag(r.IncidentID) + "; #unlink it there first"
		case !incident && r.IncidentID != 0:
			return tag(id) + " is linked to incident " + tag(r.IncidentID) + ": #link " + tag(r.IncidentID)
		}
	}
	return ""
}

func checkUnlink(tag func(int64) string, c Command, t *Ticket, rel map[int64]*Ticket, incident bool) string {
	switch {
	case incident && len(c.IDs) == 0:
		return "on the incident, name the tickets to unlink (#unlink ESC-40 ESC-41)"
	case incident:
		for _, id := range c.IDs {
			if r := rel[id]; r == nil || r.IncidentID != t.ID {
				return tag(id) + " is not linked to this incident"
			}
		}
	case len(c.IDs) > 0:
		return "this ticket is no incident: #unlink alone leaves the incident it is linked to"
	case t.IncidentID == 0:
		return "this ticket is linked to no incident"
	}
	return ""
}

// other returns the next state of related ticket id, copied on first use.
func (a *agentPlan) other(id int64) *TicketChange {
	if c, ok := a.others[id]; ok {
		return c
	}
	if a.others == nil {
		a.others = map[int64]*TicketChange{}
	}
	n := *a.in.Related[id]
	n.Notified = slices.Clone(n.Notified)
	c := &TicketChange{Ticket: &n}
	a.others[id] = c
	return c
}

func (c *TicketChange) event(kind EventKind, actor string, detail map[string]any) {
	c.Events = append(c.Events, Event{Kind: kind, Actor: actor, Detail: detail})
}

// eventOn records an event of the agent's mail on ticket id: the plan's
// own ticket or a related one.
func (a *agentPlan) eventOn(id int64, kind EventKind, detail map[string]any) {
	if id == a.n.ID {
		a.event(kind, detail)
		return
	}
	detail["message_id"] = a.in.MessageID
	a.other(id).event(kind, a.in.From, detail)
}

// incident applies #incident, #link and #unlink (checkIncident accepted
// them).
func (a *agentPlan) incident() {
	if a.has(CmdIncident) && !a.n.Incident {
		a.n.Incident = true
		a.event(EventIncidentDeclared, nil)
	}
	if c, ok := a.by[CmdLink]; ok {
		if a.n.Incident {
			for _, id := range c.IDs {
				a.link(a.other(id).Ticket, &a.n)
			}
		} else {
			inc := a.other(c.IDs[0])
			if !inc.Ticket.Incident {
				// Joining a ticket makes it the incident.
				inc.Ticket.Incident = true
				a.eventOn(inc.Ticket.ID, EventIncidentDeclared, map[string]any{"by_link_from": a.n.ID})
			}
			if a.n.IncidentID != 0 {
				a.unlink(&a.n, "moved to incident "+Tag(a.pr.TagPrefix, inc.Ticket.ID))
			}
			a.link(&a.n, inc.Ticket)
		}
	}
	if c, ok := a.by[CmdUnlink]; ok {
		if a.n.Incident {
			for _, id := range c.IDs {
				a.unlink(a.other(id).Ticket, "unlinked on the incident")
			}
		} else {
			a.unlink(&a.n, "left the incident")
		}
	}
}

// link links member to incident inc, with an event on both.
func (a *agentPlan) link(member, inc *Ticket) {
	if member.IncidentID == inc.ID {
		return
	}
	member.IncidentID = inc.ID
	a.eventOn(member.ID, EventLinked, map[string]any{"incident": inc.ID})
	a.eventOn(inc.ID, EventLinked, map[string]any{"ticket": member.ID})
}

// unlink takes member out of its incident; the incident's side is
// recorded when the desk loaded it.
func (a *agentPlan) unlink(member *Ticket, reason string) {
	inc := member.IncidentID
	member.IncidentID = 0
	a.eventOn(member.ID, EventUnlinked, map[string]any{"incident": inc, "reason": reason})
	if _, ok := a.in.Related[inc]; ok || inc == a.n.ID {
		a.eventOn(inc, EventUnlinked, map[string]any{"ticket": member.ID, "reason": reason})
	}
}

// members are the next states of the tickets linked to the plan's
// ticket, in ID order.
func (a *agentPlan) members() []*TicketChange {
	var ids []int64
	for id, r := range a.in.Related {
		inc := r.IncidentID
		if c, ok := a.others[id]; ok {
			inc = c.Ticket.IncidentID
		}
		if inc == a.n.ID && id != a.n.ID {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	out := make([]*TicketChange, len(ids))
	for i, id := range ids {
		out[i] = a.other(id)
	}
	return out
}

// changes lists the related tickets the plan changed, in ID order.
func (a *agentPlan) changes() []TicketChange {
	var out []TicketChange
	for _, c := range a.others {
		if len(c.Events) > 0 || len(c.Mails) > 0 {
			out = append(out, *c)
		}
	}
	slices.SortFunc(out, func(x, y TicketChange) int { return int(x.Ticket.ID - y.Ticket.ID) })
	return out
}

// responded records on t a response its customer sees at now.
func (t *Ticket) responded(now time.Time) (first bool) {
	first = t.FirstResponseAt.IsZero()
	if first {
		t.FirstResponseAt = now
	}
	t.LastUpdateAt = now
	t.restartUpdateClock(now)
	return first
}

// fanUpdate relays an incident's status update to every open linked
// ticket's customer, in their own thread; it is the update on each
// linked ticket's clock.
func (a *agentPlan) fanUpdate(text string) {
	if !a.n.Incident {
		return
	}
	for _, m := range a.members() {
		t := m.Ticket
		if t.Status != Open {
			continue
		}
		first := t.responded(a.now)
		m.Mails = append(m.Mails, Mail{Kind: MailStatusUpdate, To: ToCustomer, Text: text, AgentName: a.in.FromName,
			Status: "Investigating"})
		a.eventOn(t.ID, EventStatusUpdate, map[string]any{"first_response": first, "chars": len(text), "incident": a.n.ID})
	}
}

// fanResolve resolves every open linked ticket with the incident: each
// gets its own Resolution Confirmation and monitoring window, and the
// incident's root cause.
func (a *agentPlan) fanResolve(summary string, internal bool) {
	if !a.n.Incident {
		return
	}
	for _, m := range a.members() {
		t := m.Ticket
		if t.Status != Open {
			continue
		}
		t.Status, t.ResolvedAt, t.Waiting, t.Resolution = Resolved, a.now, false, summary
		t.MonitorUntil = a.now.Add(t.Policy.ReopenWithin)
		if t.RootCause == "" {
			t.RootCause = a.n.RootCause
		}
		if !internal {
			t.responded(a.now)
			m.Mails = append(m.Mails, Mail{Kind: MailResolution, To: ToCustomer, Text: summary, AgentName: a.in.FromName})
		}
		t.NextUpdateDue = time.Time{}
		a.eventOn(t.ID, EventResolved, map[string]any{"summary": summary, "was_open": true,
			"monitor_until": t.MonitorUntil, "internal": internal, "incident": a.n.ID})
	}
}

// detach takes a reopened ticket out of its incident: the customer's new
// trouble is their own, and its ladder pages again.
func detach(p *Plan) {
	t := p.Ticket
	if t.IncidentID == 0 {
		return
	}
	p.event(EventUnlinked, "", map[string]any{"incident": t.IncidentID, "reason": "reopened after the incident"})
	t.IncidentID = 0
}

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
// function both name), or near-identical subjects.
func similar(a, b Ticket) (bool, string) {
	if ra := strongest(a.Evidence); ra != nil {
		if e := onLine(b.Evidence, ruleLine(*ra)); e != nil {
			return true, e.Rule
		}
	}
	if rb := strongest(b.Evidence); rb != nil && onLine(a.Evidence, ruleLine(*rb)) != nil {
		return true, rb.Rule
	}
	if fn := sharedFunction(a.Evidence, b.Evidence); fn != "" {
		return true, fn
	}
	wa, wb := subjectWords(a.Subject), subjectWords(b.Subject)
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
func sharedFunction(a, b []classify.Evidence) string {
	rules := func(ev []classify.Evidence) (faults, functions map[string]bool) {
		faults, functions = map[string]bool{}, map[string]bool{}
		for _, e := range ev {
			switch {
			case e.Weight > 0 && e.Source != "":
				faults[e.Rule] = true
			case e.Weight == 0 && strings.Contains(e.Note, "function named"):
				functions[e.Rule] = true
			}
		}
		return faults, functions
	}
	fa, na := rules(a)
	fb, nb := rules(b)
	fault := false
	for r := range fa {
		fault = fault || fb[r]
	}
	if !fault {
		return ""
	}
	var shared []string
	for r := range na {
		if nb[r] {
			shared = append(shared, r)
		}
	}
	if len(shared) == 0 {
		return ""
	}
	slices.Sort(shared)
	return shared[0]
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
