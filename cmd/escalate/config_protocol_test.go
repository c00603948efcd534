package main

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
)

const protocolConfig = `
[contacts]
csm = ["Casey <casey@acme.example>"]
vp = ["vp@acme.example"]

[[account]]
name = "Initech"
match = ["@Initech.example"]
csm = ["Ines <ines@acme.example>"]

[[policy]]
severity = "P2"
ack_within = "30m"
repeat = 2
remind_at = 0.5
[[policy.steps]]
targets = ["csm", "team_lead"]
[[policy.steps]]
targets = ["vp"]
after = "15m"

[business_hours]
time_zone = "Europe/Berlin"
hours = "09:00-17:30"
holidays = ["2026-12-25"]
`

func TestConfigProtocol(t *testing.T) {
	c, err := ParseConfig([]byte(minimalConfig+protocolConfig), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pr, err := c.protocol()
	if err != nil {
		t.Fatal(err)
	}
	p2 := pr.Policy(classify.P2)
	if p2.AckWithin != 30*time.Minute || p2.Repeat != 2 || p2.RemindAt != 0.5 || len(p2.Steps) != 2 ||
		p2.Steps[1].After != 15*time.Minute || !slices.Equal(p2.Steps[1].Targets, []string{"vp"}) {
		t.Errorf("P2 policy = %+v", p2)
	}
	if p1 := pr.Policy(classify.P1); len(p1.Steps) != 3 || p1.AckWithin != 15*time.Minute || p1.Calendar != nil {
		t.Errorf("P1 policy changed without a [[policy]]: %+v", p1)
	}
	cal := pr.Policy(classify.P3).Calendar
	if cal == nil || cal.Start != 9*time.Hour || cal.End != 17*time.Hour+30*time.Minute || len(cal.Days) != 5 ||
		cal.Location.String() != "Europe/Berlin" || pr.Policy(classify.P4).Calendar != cal {
		t.Errorf("P3 calendar = %+v, want Mon-Fri 9:00-17:30 Berlin, shared with P4", cal)
	}
	if !pr.Policy(classify.P3).QuietHours || !pr.Policy(classify.P4).QuietHours || pr.Policy(classify.P1).QuietHours {
		t.Error("[business_hours] without quiet_hours: want quiet hours for P3 and P4 only")
	}
	loud, err := ParseConfig([]byte(minimalConfig+protocolConfig+"quiet_hours = false\n"), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if pr, err := loud.protocol(); err != nil || pr.Policy(classify.P3).QuietHours || pr.Policy(classify.P3).Calendar == nil {
		t.Errorf("quiet_hours = false: P3 quiet %v, calendar %v, %v; want not quiet, business hours kept",
			pr.Policy(classify.P3).QuietHours, pr.Policy(classify.P3).Calendar, err)
	}
	if pr.AutoLink || pr.IncidentWindow != escalation.DefaultIncidentWindow {
		t.Errorf("without [incidents]: auto-link %v, window %v; want off, %v", pr.AutoLink, pr.IncidentWindow, escalation.DefaultIncidentWindow)
	}
	c, err = ParseConfig([]byte(minimalConfig+protocolConfig+"\n[incidents]\nauto_link = true\nwindow = \"10m\"\n"), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if pr, err := c.protocol(); err != nil || !pr.AutoLink || pr.IncidentWindow != 10*time.Minute {
		t.Errorf("[incidents] auto_link = true, window = 10m: auto-link %v, window %v, %v", pr.AutoLink, pr.IncidentWindow, err)
	}
	if _, err := ParseConfig([]byte(minimalConfig+"\n[incidents]\nwindow = \"-1m\"\n"), t.TempDir()); err == nil ||
		!strings.Contains(err.Error(), "incidents.window") {
		t.Errorf("a negative incidents.window: %v, want an error naming the key", err)
	}
	people := c.deskConfig("s").People
	if a, ok := people.Account("Ann@initech.example"); !ok || a.Name != "Initech" {
		t.Errorf("Account(ann@initech.example) = %+v, %v; want Initech", a, ok)
	}
}

func TestConfigProtocolErrorsNameTheKey(t *testing.T) {
	for _, tt := range []struct{ edit, want string }{
		{"[contacts]\nboss = [\"b@acme.example\"]", "contacts.boss"},
		{"[contacts]\nvp = [\"not an address\"]", "contacts.vp"},
		{"[[account]]\nname = \"X\"", "account[0].match"},
		{"[[policy]]\nseverity = \"P9\"", "policy[0].severity"},
		{"[[policy]]\nseverity = \"P1\"\n[[policy.steps]]\ntargets = [\"boss\"]", "policy[0]"},
		{"[[policy]]\nseverity = \"P1\"\nremind_at = 1.5", "policy[0]"},
		{"[business_hours]\ntime_zone = \"Mars/Olympus\"\nhours = \"09:00-17:00\"", "business_hours.time_zone"},
		{"[business_hours]\ntime_zone = \"UTC\"\nhours = \"17:00-09:00\"", "business_hours.hours"},
		{"[business_hours]\ntime_zone = \"UTC\"\nhours = \"09:00-17:00\"\ndays = [\"funday\"]", "business_hours.days"},
	} {
		_, err := ParseConfig([]byte(minimalConfig+tt.edit), t.TempDir())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("config with %q: error %v, want one naming %s", tt.edit, err, tt.want)
		}
	}
}
