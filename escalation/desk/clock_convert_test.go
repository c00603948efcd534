package desk

import (
	"slices"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
)

func TestClocksRoundTrip(t *testing.T) {
	pol := escalation.DefaultProtocol().Policy(classify.P3)
	pol.Calendar = &escalation.Calendar{Zone: "Europe/Berlin", Days: []time.Weekday{time.Monday}, Start: 9 * time.Hour, End: 17 * time.Hour}
	in := &escalation.Ticket{ID: 3, Severity: classify.P3, Status: escalation.Open, Policy: pol, OpenedAt: clock0,
		AckDue: clock0.Add(time.Hour), Step: 2, Notified: []string{"csm", "team_lead"}, AckedAt: clock0.Add(time.Minute),
		AckedBy: "dana@acme.example", AckBreached: true, RemindedDue: clock0.Add(time.Hour),
		EscalationDue: clock0.Add(2 * time.Hour), EscalationClock: escalation.ClockAck, DraftFor: clock0}
	row, err := toRow(in, clock0)
	if err != nil {
		t.Fatal(err)
	}
	if row.DueAt == nil || !row.DueAt.Equal(escalation.NextDue(*in)) {
		t.Errorf("due_at = %v, want NextDue %v", row.DueAt, escalation.NextDue(*in))
	}
	out, err := FromRow(row)
	if err != nil {
		t.Fatal(err)
	}
	if out.Step != 2 || !slices.Equal(out.Notified, in.Notified) || !out.AckedAt.Equal(in.AckedAt) || out.AckedBy != in.AckedBy ||
		!out.AckBreached || !out.RemindedDue.Equal(in.RemindedDue) || !out.EscalationDue.Equal(in.EscalationDue) ||
		out.EscalationClock != escalation.ClockAck || !out.DraftFor.Equal(clock0) {
		t.Errorf("FromRow(toRow(t)) = %+v, want the clocks of %+v", out, in)
	}
	if c := out.Policy.Calendar; c == nil || c.Location == nil || c.Location.String() != "Europe/Berlin" {
		t.Errorf("calendar after the round trip = %+v, want its zone loaded", c)
	}
}
