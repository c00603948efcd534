package escalation

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
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
