package desk

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// clocksFromRow reads the ladder and the clocks of a stored ticket.
func clocksFromRow(r *schema.Ticket, t *escalation.Ticket) error {
	t.Step, t.AckedAt, t.AckedBy, t.AckBreached = r.EscalationStep, val(r.AgentAckAt), r.AgentAckBy, r.AckBreached
	t.RemindedDue, t.EscalationDue, t.DraftFor = val(r.RemindedDueAt), val(r.EscalationDueAt), val(r.PostmortemDraftFor)
	t.EscalationClock = escalation.Clock(r.EscalationClock)
	if cal := t.Policy.Calendar; cal != nil {
		loc, err := time.LoadLocation(cal.Zone)
		if err != nil {
			return fmt.Errorf("desk: ticket %d calendar: %w", r.ID, err)
		}
		cal.Location = loc
	}
	if r.Notified == "" {
		return nil
	}
	if err := json.Unmarshal([]byte(r.Notified), &t.Notified); err != nil {
		return fmt.Errorf("desk: ticket %d notified: %w", r.ID, err)
	}
	return nil
}

// clocksToRow writes them, and due_at: when the clock loop next looks.
func clocksToRow(t *escalation.Ticket, r *schema.Ticket) error {
	notified, err := json.Marshal(t.Notified)
	if err != nil {
		return fmt.Errorf("desk: ticket %d notified: %w", t.ID, err)
	}
	if t.Notified == nil {
		notified = []byte("[]")
	}
	r.EscalationStep, r.Notified, r.AgentAckAt, r.AgentAckBy = t.Step, string(notified), ptr(t.AckedAt), t.AckedBy
	r.AckBreached, r.RemindedDueAt, r.EscalationDueAt = t.AckBreached, ptr(t.RemindedDue), ptr(t.EscalationDue)
	r.EscalationClock, r.PostmortemDraftFor = string(t.EscalationClock), ptr(t.DraftFor)
	r.DueAt = ptr(escalation.NextDue(*t))
	return nil
}
