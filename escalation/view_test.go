package escalation

import (
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

func TestClocksView(t *testing.T) {
	fresh := opened(t, classify.P1)
	climbed := Tick(proto(), fresh, t0.Add(16*time.Minute)).Ticket
	waiting := Decide(proto(), agent("#waiting\nWhich browser?"), opened(t, classify.P2), t0.Add(10*time.Minute)).Ticket
	resolved := Decide(proto(), agent("#resolve Fixed."), opened(t, classify.P3), t0.Add(time.Hour)).Ticket
	tests := []struct {
		name string
		t    *Ticket
		at   time.Duration
		want []string // State of each clock
	}{
		{"new P1", fresh, time.Minute, []string{"running", "starts at the first response",
			"level 3 (VP of Customer Success); paged: csm, team_lead, vp, technical; next: cco at the next breach"}},
		{"P1 climbed", climbed, 16 * time.Minute, []string{"missed", "hourly, running",
			"level 4 (Chief Customer Officer (CCO)); paged: csm, team_lead, vp, technical, cco; next: ceo at the next breach"}},
		{"P2 waiting", waiting, time.Hour, []string{"met", "paused: waiting on the customer",
			"level 2 (CS Team Lead / Manager); paged: csm, team_lead; next: vp at the next breach"}},
		{"P3 resolved", resolved, 2 * time.Hour, []string{"met", "closes the ticket when it ends"}},
	}
	for _, tt := range tests {
		got := tt.t.Clocks(t0.Add(tt.at))
		if len(got) != len(tt.want) {
			t.Errorf("%s: Clocks = %+v, want %d clocks", tt.name, got, len(tt.want))
			continue
		}
		for i, v := range got {
			if v.State != tt.want[i] {
				t.Errorf("%s: clock %s = %q, want %q", tt.name, v.Name, v.State, tt.want[i])
			}
		}
	}
}
