// Package escalation is the Escalation Protocol as data and pure
// decisions: the severity policies (acknowledgement SLA, update cadence,
// escalation ladder, checklist, monitoring window), ticket states, and
// what an inbound message or a clock tick must cause.
//
// It does no I/O; times are passed in, so every clock is computed from
// stored timestamps and can be tested in simulated time.
package escalation

import (
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// Requirement says whether a checklist action applies to a severity.
type Requirement string

// Checklist answers of the protocol.
const (
	Required     Requirement = "yes"
	IfNeeded     Requirement = "if needed"
	IfApplicable Requirement = "if applicable"
	NotRequired  Requirement = "no"
)

// Policy is what the protocol demands for one severity.
type Policy struct {
	Severity classify.Severity `json:"severity"`
	// AckWithin is the acknowledgement SLA, met by the first human
	// response.
	AckWithin time.Duration `json:"ack_within"`
	// UpdateEvery is the customer update cadence; 0 means "as needed".
	UpdateEvery time.Duration `json:"update_every"`
	// MonitorFor is how long the account is watched after resolution;
	// 0 means not at all.
	MonitorFor time.Duration `json:"monitor_for"`
	// ReopenWithin is how long after resolution a customer's reply
	// reopens the ticket instead of opening a new one: the monitoring
	// window, and a week where the protocol sets none.
	ReopenWithin time.Duration `json:"reopen_within"`

	NotifyTeam   Requirement `json:"notify_team"`    // notify internal team
	EscalateToVP Requirement `json:"escalate_to_vp"` // escalate to manager/VP
	ResponseTeam Requirement `json:"response_team"`  // assemble response team
	CustomerCall Requirement `json:"customer_call"`  // schedule customer call
	RootCause    Requirement `json:"root_cause"`     // document root cause
	PostMortem   Requirement `json:"post_mortem"`    // conduct post-mortem review
	// UpdateCadenceTxt is the cadence as the customer reads it: "hourly",
	// "daily", "as needed".
	UpdateCadenceTxt string `json:"update_cadence"`

	// Steps is the escalation ladder of the severity (see Step); the
	// first is paged at intake.
	Steps []Step `json:"steps"` // empty, not null: no ladder at all
	// Repeat is how many more times the last step pages at further
	// breaches once every step has paged.
	Repeat int `json:"repeat,omitempty"`
	// RemindAt is the fraction of a deadline's interval at which the
	// owner is reminded (0.75: 15 minutes before an hourly update); 0
	// sends no reminders.
	RemindAt float64 `json:"remind_at,omitempty"`
	// Calendar, when set, makes the clocks count business time only.
	Calendar *Calendar `json:"calendar,omitempty"`
	// QuietHours holds the team's mail about the ticket (notices,
	// escalations, reminders, check-ins) until the Calendar opens; the
	// customer's mail and replies to whoever wrote are never held.
	QuietHours bool `json:"quiet_hours,omitempty"`
}

// Role is one rung of the contact ladder.
type Role struct {
	Level int    // 1 (CSM) … 5 (CEO); 0 for the side roles
	Title string // "Customer Success Manager", …
	Key   string // config key: "csm", "team_lead", "vp", "cco", "ceo", "technical", "product"
}

// Ladder is the protocol's escalation contact matrix, lowest level first.
var Ladder = []Role{
	{1, "Customer Success Manager", "csm"},
	{2, "CS Team Lead / Manager", "team_lead"},
	{3, "VP of Customer Success", "vp"},
	{4, "Chief Customer Officer (CCO)", "cco"},
	{5, "CEO / Executive Leadership", "ceo"},
}

// SideRoles are contacted by topic rather than by level.
var SideRoles = []Role{
	{0, "Engineering Lead / CTO", "technical"},
	{0, "Product Manager / CPO", "product"},
}

// Protocol is the set of severity policies in force, and the settings of
// the installation that decisions depend on.
type Protocol struct {
	policies [4]Policy
	// TeamConfigured says a team address exists to notify of new P1/P2
	// tickets.
	TeamConfigured bool
	// ReceiptsPerHour caps the automatic receipts one sender gets per
	// hour, so a loop with an auto-responder that slipped past detection
	// stays short (DESIGN invariant 3).
	ReceiptsPerHour int
	// IncidentWindow is how far back a new P1/P2 ticket looks for
	// tickets with the same evidence to suggest grouping (incident.go).
	IncidentWindow time.Duration
	// AutoLink links a new ticket matching an open incident to it
	// without an agent; off by default: suggestions, not guesses.
	AutoLink bool
	// TagPrefix tags tickets in what decisions write ("ESC").
	TagPrefix string
}

// weekReopen is how long a resolved ticket without a monitoring window
// can be reopened by a reply.
const weekReopen = 7 * 24 * time.Hour

// DefaultProtocol returns the policies of the protocol document's
// "Escalation Response Checklist".
func DefaultProtocol() Protocol {
	p := Protocol{ReceiptsPerHour: 5, IncidentWindow: DefaultIncidentWindow, TagPrefix: "ESC", policies: [4]Policy{
		{Severity: classify.P1, AckWithin: 15 * time.Minute, UpdateEvery: time.Hour, MonitorFor: 30 * 24 * time.Hour,
			NotifyTeam: Required, EscalateToVP: Required, ResponseTeam: Required, CustomerCall: Required,
			RootCause: Required, PostMortem: Required, UpdateCadenceTxt: "hourly"},
		{Severity: classify.P2, AckWithin: time.Hour, UpdateEvery: 24 * time.Hour, MonitorFor: 14 * 24 * time.Hour,
			NotifyTeam: Required, EscalateToVP: IfNeeded, ResponseTeam: IfNeeded, CustomerCall: Required,
			RootCause: Required, PostMortem: Required, UpdateCadenceTxt: "daily"},
		{Severity: classify.P3, AckWithin: 4 * time.Hour, MonitorFor: 7 * 24 * time.Hour,
			NotifyTeam: NotRequired, EscalateToVP: NotRequired, ResponseTeam: NotRequired, CustomerCall: IfNeeded,
			RootCause: Required, PostMortem: IfNeeded, UpdateCadenceTxt: "as needed"},
		{Severity: classify.P4, AckWithin: 24 * time.Hour,
			NotifyTeam: NotRequired, EscalateToVP: NotRequired, ResponseTeam: NotRequired, CustomerCall: NotRequired,
			RootCause: IfApplicable, PostMortem: NotRequired, UpdateCadenceTxt: "as needed"},
	}}
	for i := range p.policies {
		p.policies[i].ReopenWithin = max(p.policies[i].MonitorFor, weekReopen)
		p.policies[i].Steps = DefaultSteps(p.policies[i].Severity)
		p.policies[i].RemindAt = 0.75
	}
	return p
}

// Policy returns the policy of severity s; an invalid severity gets P4's.
func (p Protocol) Policy(s classify.Severity) Policy {
	if s < classify.P1 || s > classify.P4 {
		s = classify.P4
	}
	return p.policies[s-1]
}

// WithPolicy returns a copy of p with pol replacing its severity's policy.
func (p Protocol) WithPolicy(pol Policy) (Protocol, error) {
	if pol.Severity < classify.P1 || pol.Severity > classify.P4 {
		return p, fmt.Errorf("escalation: policy for invalid severity %d", pol.Severity)
	}
	if pol.AckWithin <= 0 {
		return p, fmt.Errorf("escalation: %s: acknowledgement time must be positive", pol.Severity)
	}
	if pol.Calendar != nil && pol.Severity <= classify.P2 {
		return p, fmt.Errorf("escalation: %s: runs 24/7; business hours apply to P3 and P4 only", pol.Severity)
	}
	if err := checkSteps(pol); err != nil {
		return p, fmt.Errorf("escalation: %s: %w", pol.Severity, err)
	}
	p.policies[pol.Severity-1] = pol
	return p, nil
}

// HumanDuration renders an SLA the way the protocol writes it:
// "15 minutes", "1 hour", "4 hours", "1 day".
func HumanDuration(d time.Duration) string {
	plural := func(n int64, unit string) string {
		if n == 1 {
			return "1 " + unit
		}
		return fmt.Sprintf("%d %ss", n, unit)
	}
	switch {
	case d >= 24*time.Hour && d%(24*time.Hour) == 0:
		return plural(int64(d/(24*time.Hour)), "day")
	case d >= time.Hour && d%time.Hour == 0:
		return plural(int64(d/time.Hour), "hour")
	default:
		return plural(int64(d.Round(time.Minute)/time.Minute), "minute")
	}
}

// SeverityName is the plain word for a severity, as agents and customers
// read it next to "P1".
func SeverityName(s classify.Severity) string {
	switch s {
	case classify.P1:
		return "Critical"
	case classify.P2:
		return "High"
	case classify.P3:
		return "Medium"
	}
	return "Low"
}
