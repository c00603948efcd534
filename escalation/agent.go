package escalation

import (
	"errors"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// agentMail applies a verified agent's mail to its ticket: the commands
// on its top lines, then its text as a status update to the customer.
func agentMail(pr Protocol, in Inbound, t *Ticket, now time.Time) Plan {
	if t == nil {
		// Agents never become customers and never get receipts.
		p := Plan{Reason: "agent mail outside any ticket"}
		if in.Tag != 0 {
			p.Reason = "agent mail with the tag of no ticket"
		}
		p.mail(Mail{Kind: MailUnknownTicket, To: ToSender, TagID: in.Tag})
		return p
	}
	cmds, text, err := ParseCommands(in.Text)
	if err == nil {
		err = checkIncident(pr.TagPrefix, cmds, t, in.Related)
	}
	var cerr *CommandError
	if errors.As(err, &cerr) {
		p := Plan{Reason: "agent command rejected: nothing applied", Ticket: t, Attach: true}
		p.event(EventCommandRejected, in.From, map[string]any{"message_id": in.MessageID,
			"line": cerr.Line, "text": cerr.Text, "reason": cerr.Reason})
		p.mail(Mail{Kind: MailCommandRejected, To: ToSender, Line: cerr.Line, LineText: cerr.Text, Reason: cerr.Reason})
		return p
	}
	a := &agentPlan{pr: pr, in: in, now: now, n: *t, by: map[Verb]Command{}}
	for _, c := range cmds {
		a.by[c.Verb] = c
	}
	a.p = Plan{Reason: "agent mail on the ticket", Ticket: &a.n, Attach: true}
	a.apply(text)
	a.p.Linked = a.changes()
	return a.p
}

// agentPlan builds the plan of one agent mail.
type agentPlan struct {
	pr  Protocol
	in  Inbound
	now time.Time
	n   Ticket // the ticket's next state
	p   Plan
	by  map[Verb]Command
	// others are the next states of the other tickets the mail changes
	// (incident.go), by ID.
	others map[int64]*TicketChange
}

func (a *agentPlan) has(v Verb) bool { _, ok := a.by[v]; return ok }

func (a *agentPlan) event(kind EventKind, detail map[string]any) {
	if detail == nil {
		detail = map[string]any{}
	}
	detail["message_id"] = a.in.MessageID
	a.p.event(kind, a.in.From, detail)
	a.p.Changed = true
}

// apply runs the commands in a fixed order (severity first, so that an
// update in the same mail states the new clocks; resolve last) and then
// the text.
func (a *agentPlan) apply(text string) {
	internal := a.has(CmdInternal)
	a.incident()
	oldSev := a.n.Severity
	if c, ok := a.by[CmdSeverity]; ok && c.Severity != a.n.Severity {
		a.n.applyPolicy(a.pr.Policy(c.Severity))
		a.event(EventSeverityChanged, map[string]any{"from": oldSev.String(), "to": c.Severity.String()})
	}
	if c, ok := a.by[CmdAssign]; ok {
		a.n.Owner = c.Arg
		a.event(EventAssigned, map[string]any{"owner": c.Arg})
	}
	if c, ok := a.by[CmdRootCause]; ok {
		a.n.RootCause = c.Arg
		a.event(EventRootCause, map[string]any{"root_cause": c.Arg})
	}
	if c, ok := a.by[CmdCall]; ok {
		a.n.Call = c.Arg
		a.event(EventCallScheduled, map[string]any{"when": c.Arg})
	}
	if a.has(CmdPostmortem) {
		a.n.PostmortemDone = true
		a.event(EventPostmortemDone, nil)
	}
	if a.has(CmdReopen) && a.n.Status != Open {
		a.n.reopen(a.now)
		a.event(EventReopened, map[string]any{"by": "agent"})
		if a.n.IncidentID != 0 {
			a.unlink(&a.n, "reopened after the incident") // its ladder pages for it again
		}
	}
	if a.has(CmdWaiting) {
		a.n.Waiting = true
		a.n.restartUpdateClock(a.n.LastUpdateAt)
		a.event(EventWaiting, nil)
	}
	a.ladder()
	if a.n.Owner == "" && (text != "" || len(a.by) > 0) {
		a.n.Owner = a.in.From // whoever acts first owns the ticket
		a.p.Changed = true
	}
	switch {
	case a.has(CmdResolve):
		a.resolve(text, internal)
	case text == "":
		if len(a.by) == 0 {
			a.p.Reason = "agent mail without new text: nothing relayed"
			a.p.event(EventInternalNote, a.in.From, map[string]any{"message_id": a.in.MessageID, "empty": true})
		}
		if a.n.Severity != oldSev && !internal && a.n.Policy.AckWithin != a.pr.Policy(oldSev).AckWithin {
			a.p.mail(Mail{Kind: MailSeverityChanged, To: ToCustomer, From: oldSev})
		}
	case internal:
		a.event(EventInternalNote, map[string]any{"text": text})
	default:
		a.update(text, oldSev)
	}
}

// responded records a human response the customer sees: the first one
// meets the acknowledgement time; each restarts the update clock.
func (a *agentPlan) responded() (first bool) {
	first = a.n.FirstResponseAt.IsZero()
	if first {
		a.n.FirstResponseAt = a.now
	}
	a.n.LastUpdateAt = a.now
	a.n.restartUpdateClock(a.now)
	a.p.Changed = true
	return first
}

func (a *agentPlan) update(text string, oldSev classify.Severity) {
	if a.n.Waiting && !a.has(CmdWaiting) {
		a.n.Waiting = false // an update without #waiting: the team has the ball again
	}
	first := a.responded()
	status := "Investigating"
	switch {
	case a.n.Waiting:
		status = "Waiting for your reply"
	case a.n.Status != Open:
		status = "Resolved"
	}
	m := Mail{Kind: MailStatusUpdate, To: ToCustomer, Text: text, AgentName: a.in.FromName, Status: status}
	if a.n.Severity != oldSev {
		m.From = oldSev
		m.Status += "; severity changed from " + oldSev.String() + " to " + a.n.Severity.String()
	}
	a.p.mail(m)
	a.event(EventStatusUpdate, map[string]any{"first_response": first, "chars": len(text)})
	a.fanUpdate(text)
}

func (a *agentPlan) resolve(text string, internal bool) {
	summary := a.by[CmdResolve].Arg
	switch {
	case summary == "":
		summary = text
	case text != "":
		summary += "\n\n" + text
	}
	wasOpen := a.n.Status == Open
	a.n.Status, a.n.ResolvedAt, a.n.Waiting = Resolved, a.now, false
	a.n.Resolution = summary
	a.n.MonitorUntil = a.now.Add(a.n.Policy.ReopenWithin)
	if !internal {
		a.responded()
		a.p.mail(Mail{Kind: MailResolution, To: ToCustomer, Text: summary, AgentName: a.in.FromName})
	}
	a.n.NextUpdateDue = time.Time{}
	a.event(EventResolved, map[string]any{"summary": summary, "was_open": wasOpen,
		"monitor_until": a.n.MonitorUntil, "internal": internal})
	if a.n.Policy.RootCause == Required && strings.TrimSpace(a.n.RootCause) == "" {
		a.p.mail(Mail{Kind: MailRootCauseReminder, To: ToOwner})
	}
	a.fanResolve(summary, internal)
}
