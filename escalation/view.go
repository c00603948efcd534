package escalation

import (
	"strconv"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// ClockView is one of a ticket's clocks as an operator reads it
// (`escalate tickets show`).
type ClockView struct {
	Name  string    // "first response", "update", "ladder", "monitoring"
	Due   time.Time // zero when nothing is due
	State string    // "met", "missed", "running", "overdue", "paused: …", …
}

// Clocks describes t's clocks at now, in the order a reader asks: the
// first response, the updates, the ladder, the monitoring window.
func (t Ticket) Clocks(now time.Time) []ClockView {
	if t.Status == Closed {
		return []ClockView{{Name: "clocks", State: "stopped: closed"}}
	}
	var out []ClockView
	if t.Status == Open || !t.FirstResponseAt.IsZero() {
		out = append(out, t.ackView(now))
	}
	if t.Status == Open {
		out = append(out, t.updateView(now), t.ladderView())
	}
	if t.Status == Resolved {
		out = append(out, ClockView{Name: "monitoring", Due: t.MonitorUntil, State: "closes the ticket when it ends"})
	}
	return out
}

func (t Ticket) ackView(now time.Time) ClockView {
	v := ClockView{Name: "first response", Due: t.AckDue}
	switch {
	case !t.FirstResponseAt.IsZero() && !t.FirstResponseAt.After(t.AckDue):
		v.State = "met"
	case !t.FirstResponseAt.IsZero():
		v.State = "met late"
	case t.AckBreached || !now.Before(t.AckDue):
		v.State = "missed"
	default:
		v.State = "running"
	}
	if !t.AckedAt.IsZero() {
		v.State += "; #ack by " + t.AckedBy
	}
	return v
}

func (t Ticket) updateView(now time.Time) ClockView {
	v := ClockView{Name: "update", Due: t.NextUpdateDue}
	switch {
	case t.Policy.UpdateEvery <= 0:
		v.State = "as needed"
	case t.Waiting && t.Severity != classify.P1:
		v.State = "paused: waiting on the customer"
	case t.NextUpdateDue.IsZero():
		v.State = "starts at the first response"
	case now.Before(t.NextUpdateDue):
		v.State = t.Policy.UpdateCadenceTxt + ", running"
	default:
		v.State = t.Policy.UpdateCadenceTxt + ", overdue"
	}
	return v
}

func (t Ticket) ladderView() ClockView {
	v := ClockView{Name: "ladder", Due: t.EscalationDue}
	v.State = "level " + strconv.Itoa(t.EscalationLevel)
	if t.EscalationLevel > 0 {
		v.State += " (" + RoleOfLevel(t.EscalationLevel).Title + ")"
	}
	if len(t.Notified) > 0 {
		v.State += "; paged: " + strings.Join(t.Notified, ", ")
	}
	switch {
	case !t.hasStep():
		v.State += "; no step left"
	case !t.EscalationDue.IsZero():
		v.State += "; next: " + strings.Join(t.nextStep().Targets, ", ") + " when its delay ends"
	default:
		v.State += "; next: " + strings.Join(t.nextStep().Targets, ", ") + " at the next breach"
	}
	return v
}
