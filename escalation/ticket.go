package escalation

import (
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// Ticket is one escalation case as the protocol sees it. Zero times are
// unset. The desk loads it from the store, Decide and Tick return its next
// state inside a Plan, and the desk stores that state.
type Ticket struct {
	ID       int64
	Subject  string // normalized: no Re:, no tag
	Customer string // address replies go to
	// CustomerName is the customer's display name.
	CustomerName string
	Mailbox      string
	ParentID     int64 // the closed ticket this one follows, if any
	ThreadRoot   string

	Severity classify.Severity
	// AutoSeverity is the classifier's first call, kept when agents
	// change the severity (the reports compare the two).
	AutoSeverity classify.Severity
	Score        float64
	Confidence   float64
	Evidence     []classify.Evidence

	Status  Status
	Owner   string // the agent who owns the ticket; "" until one acts
	Waiting bool   // waiting on the customer: the update clock pauses (never for P1)
	// Policy is the protocol's policy for Severity, copied when the ticket
	// opens (and when its severity changes): editing the configuration
	// never moves a live ticket's clocks.
	Policy Policy

	// OpenedAt is when the first mail reached the mailbox (IMAP
	// INTERNALDATE): every clock starts there.
	OpenedAt time.Time
	// AckDue is when the first human response is due.
	AckDue time.Time
	// FirstResponseAt is the first status update the customer saw: it
	// meets the acknowledgement time, not the automatic receipt.
	FirstResponseAt time.Time
	LastUpdateAt    time.Time
	// NextUpdateDue is when the next update is due (P1 hourly, P2 daily
	// after the first response); zero when updates are "as needed" or the
	// clock is paused.
	NextUpdateDue time.Time
	ResolvedAt    time.Time
	// MonitorUntil ends the window after resolution in which a reply
	// reopens the ticket.
	MonitorUntil time.Time

	Resolution      string // the summary of #resolve
	RootCause       string
	PostmortemDone  bool
	Call            string // when the customer call is (#call)
	EscalationLevel int

	// The ladder and the clocks (Tick).

	// Step is the index in Policy.Steps of the next step to page; past
	// the last, the repeats of the last step.
	Step int
	// Notified are the role keys paged so far, in order.
	Notified []string
	// AckedAt is an agent's #ack (AckedBy): it stops the paging of the
	// acknowledgement step, not the customer's clock.
	AckedAt time.Time
	AckedBy string
	// AckBreached says the acknowledgement deadline's breach is recorded.
	AckBreached bool
	// RemindedDue is the deadline the owner was last reminded of.
	RemindedDue time.Time
	// EscalationDue is when a step waiting out its delay after a breach
	// of EscalationClock pages, unless its stopping condition came first.
	EscalationDue   time.Time
	EscalationClock Clock
	// DraftFor is the resolution (ResolvedAt) the post-mortem draft was
	// sent for.
	DraftFor time.Time

	// Incidents (incident.go).

	// Incident says the ticket is an incident other tickets link to: its
	// updates and resolution reach every linked customer, and its ladder
	// is theirs.
	Incident bool
	// IncidentID is the incident this ticket is linked to; 0: none.
	IncidentID int64
}

// Tag returns the ticket's tag, e.g. "ESC-12".
func (t Ticket) Tag(prefix string) string { return Tag(prefix, t.ID) }

// open reports whether the ticket is being worked on.
func (t Ticket) open() bool { return t.Status == Open }

// reopenable reports whether a reply at now reopens a resolved ticket.
func (t Ticket) reopenable(now time.Time) bool {
	return t.Status == Resolved && now.Before(t.MonitorUntil)
}

// applyPolicy makes pol the ticket's policy and recomputes the clocks
// that depend on it: the first-response deadline from OpenedAt (until a
// human responded) and the next update from the last one.
func (t *Ticket) applyPolicy(pol Policy) {
	first := t.Policy.Severity == 0
	t.Policy = pol
	t.Severity = pol.Severity
	t.AckDue = pol.Calendar.Add(t.OpenedAt, pol.AckWithin)
	t.restartUpdateClock(t.LastUpdateAt)
	t.placeOnLadder(first)
}

// restartUpdateClock sets the next update due one cadence after from;
// nothing is due before the first human response, with an "as needed"
// cadence, while resolved, or while waiting on the customer (except P1,
// whose hourly updates never pause).
func (t *Ticket) restartUpdateClock(from time.Time) {
	t.NextUpdateDue = time.Time{}
	if from.IsZero() || t.Policy.UpdateEvery <= 0 || t.Status != Open {
		return
	}
	if t.Waiting && t.Severity != classify.P1 {
		return
	}
	t.NextUpdateDue = t.Policy.Calendar.Add(from, t.Policy.UpdateEvery)
}
