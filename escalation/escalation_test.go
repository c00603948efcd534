package escalation

import (
	"fmt"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

func TestDefaultProtocolMatchesChecklist(t *testing.T) {
	p := DefaultProtocol()
	tests := []struct {
		s       classify.Severity
		ack     string
		update  time.Duration
		monitor time.Duration
		notify  Requirement
	}{
		{classify.P1, "15 minutes", time.Hour, 30 * 24 * time.Hour, Required},
		{classify.P2, "1 hour", 24 * time.Hour, 14 * 24 * time.Hour, Required},
		{classify.P3, "4 hours", 0, 7 * 24 * time.Hour, NotRequired},
		{classify.P4, "1 day", 0, 0, NotRequired},
	}
	for _, tt := range tests {
		pol := p.Policy(tt.s)
		if got := HumanDuration(pol.AckWithin); got != tt.ack {
			t.Errorf("%s ack = %s, want %s", tt.s, got, tt.ack)
		}
		if pol.UpdateEvery != tt.update || pol.MonitorFor != tt.monitor || pol.NotifyTeam != tt.notify {
			t.Errorf("%s policy = %+v", tt.s, pol)
		}
	}
}

func ExampleHumanDuration() {
	for _, s := range classify.Severities {
		fmt.Println(s, HumanDuration(DefaultProtocol().Policy(s).AckWithin))
	}
	// Output:
	// P1 15 minutes
	// P2 1 hour
	// P3 4 hours
	// P4 1 day
}
