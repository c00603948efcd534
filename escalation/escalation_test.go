package escalation

import (
	"fmt"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

var now = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

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

func TestRoute(t *testing.T) {
	open := &TicketState{ID: 1, Status: "open"}
	resolved := &TicketState{ID: 2, Status: "resolved", MonitorUntil: now.Add(time.Hour)}
	old := &TicketState{ID: 3, Status: "closed", MonitorUntil: now.Add(-time.Hour)}
	tests := []struct {
		in     Inbound
		action Action
		ack    bool
		parent int64
	}{
		{Inbound{}, Open, true, 0},
		{Inbound{Automatic: true}, Record, false, 0},
		{Inbound{Automatic: true, Ticket: resolved}, Record, false, 0},
		{Inbound{History: true}, Record, false, 0},
		{Inbound{Ticket: open}, FollowUp, false, 0},
		{Inbound{Ticket: resolved}, Reopen, false, 0},
		{Inbound{Ticket: old}, Open, true, 3},
		{Inbound{FromAgent: true, Ticket: open}, AgentUpdate, false, 0},
		{Inbound{FromAgent: true}, Open, true, 0},
	}
	for _, tt := range tests {
		d := Route(tt.in, now)
		if d.Action != tt.action || d.Acknowledge != tt.ack || d.ParentID != tt.parent || d.Reason == "" {
			t.Errorf("Route(%+v) = %v ack=%v parent=%d (%q), want %v ack=%v parent=%d",
				tt.in, d.Action, d.Acknowledge, d.ParentID, d.Reason, tt.action, tt.ack, tt.parent)
		}
	}
}

func TestOpenClocks(t *testing.T) {
	p := DefaultProtocol()
	c := p.OpenClocks(classify.P1, now)
	if !c.AckDue.Equal(now.Add(15*time.Minute)) || !c.NextUpdateDue.Equal(now.Add(time.Hour)) {
		t.Errorf("P1 clocks = %+v", c)
	}
	if c := p.OpenClocks(classify.P3, now); !c.NextUpdateDue.IsZero() {
		t.Errorf("P3 next update = %v, want none", c.NextUpdateDue)
	}
}

func TestMessageIDRoundTripAndForgery(t *testing.T) {
	secret := []byte("k1")
	id := MessageID(secret, "support.example.com", 42, "ack", 1)
	if id != MessageID(secret, "support.example.com", 42, "ack", 1) {
		t.Fatal("MessageID is not deterministic")
	}
	for _, tt := range []struct {
		id     string
		ticket int64
		ok     bool
	}{
		{id, 42, true},
		{"<" + id + ">", 42, true},
		{MessageID([]byte("other"), "support.example.com", 42, "ack", 1), 0, false},
		{"esc.43" + id[len("esc.42"):], 0, false},
		{"CAF=abc@mail.gmail.com", 0, false},
		{"esc.x.ack.1.abc@x", 0, false},
	} {
		got, ok := TicketOfMessageID(secret, tt.id)
		if got != tt.ticket || ok != tt.ok {
			t.Errorf("TicketOfMessageID(%q) = %d, %v; want %d, %v", tt.id, got, ok, tt.ticket, tt.ok)
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
