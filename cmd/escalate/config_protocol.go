package main

import (
	"fmt"
	"net/mail"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/escalation/desk"
)

// The protocol's people and policies in escalate.toml:
//
//	[contacts]
//	csm       = ["Casey Lee <casey@example.com>"]
//	team_lead = ["lead@example.com"]
//	vp        = ["vp@example.com"]
//	cco       = ["cco@example.com"]
//	ceo       = ["ceo@example.com"]
//	technical = ["cto@example.com"]
//	product   = ["cpo@example.com"]
//
//	[[account]]
//	name  = "Initech"
//	match = ["@initech.example", "boss@initrode.example"]
//	csm   = ["Ines Ortiz <ines@example.com>"]
//
//	[[policy]]
//	severity   = "P2"
//	ack_within = "30m"   # optional: the protocol's time otherwise
//	repeat     = 2       # the last step pages again at 2 more breaches
//	remind_at  = 0.5     # remind the owner at half of each deadline; 0: never
//	[[policy.steps]]
//	targets = ["csm", "team_lead"]
//	[[policy.steps]]
//	targets = ["vp"]
//	after   = "15m"     # page 15 minutes after the breach unless someone acted
//
//	[business_hours]      # the P3 and P4 clocks count these hours only
//	time_zone = "Europe/Berlin"
//	days      = ["mon", "tue", "wed", "thu", "fri"]
//	hours     = "09:00-17:00"
//	holidays  = ["2026-12-25"]
//	quiet_hours = true   # P3/P4 mail to the team waits for the hours (default)

// AccountConfig is one [[account]] table: customers by address or domain,
// their account's name and its CSM.
type AccountConfig struct {
	Name  string   `toml:"name"`
	Match []string `toml:"match"`
	CSM   []string `toml:"csm"`
}

// PolicyConfig is one [[policy]] table: it overrides the default policy
// of one severity, key by key.
type PolicyConfig struct {
	Severity  string       `toml:"severity"`
	AckWithin Duration     `toml:"ack_within"`
	Steps     []StepConfig `toml:"steps"`
	Repeat    int          `toml:"repeat"`
	RemindAt  *float64     `toml:"remind_at"`
}

// StepConfig is one [[policy.steps]] table.
type StepConfig struct {
	Targets []string `toml:"targets"`
	After   Duration `toml:"after"`
}

// BusinessHoursConfig is the [business_hours] table.
type BusinessHoursConfig struct {
	TimeZone string   `toml:"time_zone"`
	Days     []string `toml:"days"`  // default Monday to Friday
	Hours    string   `toml:"hours"` // "09:00-17:00"
	Holidays []string `toml:"holidays"`
	// QuietHours (default true) holds the team's mail about P3 and P4
	// tickets (notices, escalations, reminders, check-ins) until the
	// hours open; customers are always answered at once.
	QuietHours *bool `toml:"quiet_hours"`
}

var weekdays = map[string]time.Weekday{"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday}

// calendar converts [business_hours]; nil when it is not set.
func (b *BusinessHoursConfig) calendar() (*escalation.Calendar, error) {
	if b == nil {
		return nil, nil
	}
	loc, err := time.LoadLocation(b.TimeZone)
	if err != nil || b.TimeZone == "" {
		return nil, fmt.Errorf("business_hours.time_zone: %q: want an IANA time zone such as \"Europe/Berlin\"", b.TimeZone)
	}
	c := &escalation.Calendar{Zone: b.TimeZone, Location: loc, Holidays: b.Holidays}
	days := b.Days
	if days == nil {
		days = []string{"mon", "tue", "wed", "thu", "fri"}
	}
	for _, d := range days {
		wd, ok := weekdays[strings.ToLower(d)]
		if !ok {
			return nil, fmt.Errorf("business_hours.days: %q: want mon, tue, wed, thu, fri, sat or sun", d)
		}
		c.Days = append(c.Days, wd)
	}
	from, to, ok := strings.Cut(b.Hours, "-")
	start, err1 := time.Parse("15:04", strings.TrimSpace(from))
	end, err2 := time.Parse("15:04", strings.TrimSpace(to))
	if !ok || err1 != nil || err2 != nil || !end.After(start) {
		return nil, fmt.Errorf("business_hours.hours: %q: want opening hours such as \"09:00-17:00\"", b.Hours)
	}
	c.Start, c.End = start.Sub(start.Truncate(24*time.Hour)), end.Sub(end.Truncate(24*time.Hour))
	for _, h := range b.Holidays {
		if _, err := time.Parse(time.DateOnly, h); err != nil {
			return nil, fmt.Errorf("business_hours.holidays: %q: want a date such as \"2026-12-25\"", h)
		}
	}
	return c, nil
}

// validateProtocol checks [contacts], [[account]] and [[policy]], naming
// the key of each error.
func (c *Config) validateProtocol() []error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	addrs := func(key string, as []string) {
		for _, a := range as {
			if _, err := mail.ParseAddress(a); err != nil {
				bad(key, "%q is not an address", a)
			}
		}
	}
	for role, as := range c.Contacts {
		if _, err := escalation.RoleByKey(role); err != nil {
			bad("contacts."+role, "%v", err)
		}
		addrs("contacts."+role, as)
	}
	for i, a := range c.Account {
		key := fmt.Sprintf("account[%d]", i)
		if a.Name == "" {
			bad(key+".name", "missing")
		}
		if len(a.Match) == 0 {
			bad(key+".match", "missing: the customers' addresses or \"@domain\"s")
		}
		addrs(key+".csm", a.CSM)
	}
	if _, err := c.protocol(); err != nil {
		errs = append(errs, err)
	}
	return errs
}

// IncidentsConfig is the [incidents] table.
type IncidentsConfig struct {
	// AutoLink links a new ticket that matches an open incident to it
	// without an agent; off by default (the notice suggests instead).
	AutoLink bool `toml:"auto_link"`
	// Window is how far back a new P1/P2 looks for like tickets;
	// default 30m.
	Window Duration `toml:"window"`
}

// protocol is the default protocol with the [[policy]] overrides and the
// [incidents] settings.
func (c *Config) protocol() (escalation.Protocol, error) {
	p := escalation.DefaultProtocol()
	p.AutoLink = c.Incidents.AutoLink
	switch w := c.Incidents.Window.Duration; {
	case w < 0:
		return p, fmt.Errorf("incidents.window: %v is negative", w)
	case w > 0:
		p.IncidentWindow = w
	}
	cal, err := c.BusinessHours.calendar()
	if err != nil {
		return p, err
	}
	for _, sev := range []classify.Severity{classify.P3, classify.P4} {
		pol := p.Policy(sev)
		pol.Calendar = cal // P1 and P2 run 24/7
		pol.QuietHours = cal != nil && (c.BusinessHours.QuietHours == nil || *c.BusinessHours.QuietHours)
		if p, err = p.WithPolicy(pol); err != nil {
			return p, err
		}
	}
	for i, pc := range c.Policy {
		key := fmt.Sprintf("policy[%d]", i)
		sev, err := classify.ParseSeverity(pc.Severity)
		if err != nil {
			return p, fmt.Errorf("%s.severity: %q: want P1, P2, P3 or P4", key, pc.Severity)
		}
		pol := p.Policy(sev)
		if pc.AckWithin.Duration != 0 {
			pol.AckWithin = pc.AckWithin.Duration
		}
		if pc.Steps != nil {
			pol.Steps = make([]escalation.Step, 0, len(pc.Steps))
			for _, s := range pc.Steps {
				pol.Steps = append(pol.Steps, escalation.Step{Targets: s.Targets, After: s.After.Duration})
			}
		}
		pol.Repeat = pc.Repeat
		if pc.RemindAt != nil {
			pol.RemindAt = *pc.RemindAt
		}
		if p, err = p.WithPolicy(pol); err != nil {
			return p, fmt.Errorf("%s: %w", key, err)
		}
	}
	return p, nil
}

// people is what the desk needs of [contacts] and [[account]].
func (c *Config) people() desk.People {
	p := desk.People{Contacts: c.Contacts}
	for _, a := range c.Account {
		match := make([]string, len(a.Match))
		for i, m := range a.Match {
			match[i] = strings.ToLower(m)
		}
		p.Accounts = append(p.Accounts, desk.Account{Name: a.Name, Match: match, CSM: a.CSM})
	}
	return p
}
