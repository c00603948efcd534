package escalation

import "time"

// ChecklistItem is one row of the protocol's Escalation Response
// Checklist for one ticket.
type ChecklistItem struct {
	Item        string      `json:"item"`
	Requirement Requirement `json:"requirement"` // yes, if needed, if applicable
	Done        bool        `json:"done"`
}

// String renders the item as the notice lists it: "[x] Notify internal
// team", "[ ] Escalate to Manager/VP (if needed)".
func (c ChecklistItem) String() string {
	box := "[ ]"
	if c.Done {
		box = "[x]"
	}
	return box + " " + c.Label()
}

// Label is the item with its requirement when it is not plain "yes":
// "Escalate to Manager/VP (if needed)".
func (c ChecklistItem) Label() string {
	if c.Requirement != Required {
		return c.Item + " (" + string(c.Requirement) + ")"
	}
	return c.Item
}

// Checklist tracks the protocol's checklist for t at now: the items its
// policy requires (or asks for "if needed"), each done or not, from the
// ticket's state and the kinds of events it has.
func Checklist(t Ticket, happened map[EventKind]bool, now time.Time) []ChecklistItem {
	p := t.Policy
	updatesKept := !t.LastUpdateAt.IsZero() && (t.NextUpdateDue.IsZero() || now.Before(t.NextUpdateDue))
	rows := []struct {
		req  Requirement
		item string
		done bool
	}{
		{Required, "Acknowledge within " + HumanDuration(p.AckWithin), !t.FirstResponseAt.IsZero()},
		{p.NotifyTeam, "Notify internal team", happened[EventTeamNotified]},
		{p.EscalateToVP, "Escalate to Manager/VP", t.EscalationLevel >= 2},
		{p.ResponseTeam, "Assemble response team", false},
		{p.CustomerCall, "Schedule customer call", t.Call != ""},
		{when(p.UpdateEvery > 0), "Provide " + p.UpdateCadenceTxt + " updates", updatesKept},
		{p.RootCause, "Document root cause", t.RootCause != ""},
		{p.PostMortem, "Conduct post-mortem review", t.PostmortemDone},
		{when(p.MonitorFor > 0), "Monitor account health for " + HumanDuration(p.MonitorFor) + " after resolution",
			!t.ResolvedAt.IsZero()},
	}
	var out []ChecklistItem
	for _, r := range rows {
		if r.req == NotRequired || r.req == "" {
			continue
		}
		out = append(out, ChecklistItem{Item: r.item, Requirement: r.req, Done: r.done})
	}
	return out
}

func when(b bool) Requirement {
	if b {
		return Required
	}
	return NotRequired
}
