package escalation

import (
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// Action is what an inbound mail causes.
type Action int

// Actions of Route.
const (
	// Record stores the mail (threaded to its ticket if any) and causes
	// nothing else: automatic mail, history imports, our own mail.
	Record Action = iota
	// Open opens a new ticket.
	Open
	// FollowUp adds a customer's mail to an open ticket.
	FollowUp
	// Reopen reopens a resolved ticket inside its monitoring window.
	Reopen
	// AgentUpdate is an agent writing on a ticket.
	AgentUpdate
)

var actionNames = [...]string{"record", "open", "follow-up", "reopen", "agent-update"}

func (a Action) String() string { return actionNames[a] }

// TicketState is what routing needs to know of an existing ticket.
type TicketState struct {
	ID           int64
	Severity     classify.Severity
	Status       string // "open", "resolved", "closed"
	MonitorUntil time.Time
}

// Inbound is the domain's view of one inbound mail.
type Inbound struct {
	Sender    string
	Automatic bool // any kind of automatic mail (intake decides)
	FromAgent bool // sender is a configured agent
	History   bool // imported as history: store, never answer
	// Ticket is the ticket the mail threads to, nil when none.
	Ticket *TicketState
}

// Decision is the outcome of Route.
type Decision struct {
	Action Action
	// ParentID links a new ticket to an older one (a reply to a ticket
	// closed beyond its monitoring window).
	ParentID int64
	// Acknowledge: send the customer an acknowledgement.
	Acknowledge bool
	// Reason explains the decision for the event log and `inspect`.
	Reason string
}

// Route decides what an inbound mail causes (DESIGN.md invariant 3: never
// answer automatic mail; it never opens or reopens a ticket either).
func Route(in Inbound, now time.Time) Decision {
	switch {
	case in.Automatic:
		return Decision{Action: Record, Reason: "automatic mail: stored, never answered"}
	case in.History:
		return Decision{Action: Record, Reason: "imported as history"}
	case in.FromAgent && in.Ticket != nil:
		return Decision{Action: AgentUpdate, Reason: "agent wrote on the ticket"}
	case in.Ticket == nil:
		return Decision{Action: Open, Acknowledge: true, Reason: "new conversation"}
	case in.Ticket.Status == "open":
		return Decision{Action: FollowUp, Reason: "customer follow-up on an open ticket"}
	case now.Before(in.Ticket.MonitorUntil):
		return Decision{Action: Reopen, Reason: "reply within the monitoring window reopens the ticket"}
	default:
		return Decision{Action: Open, ParentID: in.Ticket.ID, Acknowledge: true,
			Reason: "reply after the ticket was closed: new ticket linked to the old one"}
	}
}

// Clocks are the due times a ticket starts with.
type Clocks struct {
	AckDue        time.Time
	NextUpdateDue time.Time // zero when updates are "as needed"
}

// OpenClocks computes the clocks of a ticket of severity s opened at t.
func (p Protocol) OpenClocks(s classify.Severity, t time.Time) Clocks {
	pol := p.Policy(s)
	c := Clocks{AckDue: t.Add(pol.AckWithin)}
	if pol.UpdateEvery > 0 {
		c.NextUpdateDue = t.Add(pol.UpdateEvery)
	}
	return c
}
