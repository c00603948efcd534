package escalation

import (
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// Inbound is what the desk knows about one mail when it asks Decide: the
// parsed mail, who sent it, and what the store said about its thread.
type Inbound struct {
	MessageID string
	From      string // sender address, lower case
	FromName  string
	// ReplyTo is where a customer wants answers: Reply-To, else From.
	ReplyTo string
	Subject string // normalized: no Re:, no tag
	// Text is the new text of the mail (quoted history removed); for a
	// new ticket it includes a forwarded mail's text. Empty when the mail
	// holds nothing new.
	Text string
	// Automatic is intake's kind of automatic mail ("bounce",
	// "auto-reply", …); "" for a person.
	Automatic  string
	AutoReason string
	// History marks mail imported on the first read of a mailbox: stored,
	// never answered.
	History bool
	// ReceivedAt is when the mail reached the mailbox (IMAP INTERNALDATE).
	ReceivedAt time.Time

	Agent       Agent
	AgentReason string // why an agent's mail was not vouched for

	// Tag is the ticket number of the subject's tag ("[ESC-12]"), 0 if none.
	Tag int64
	// ByTag says the ticket was found by the subject tag alone (no
	// Message-ID of its thread), and Participant whether the sender took
	// part in that ticket before: a customer's tag alone does not join a
	// stranger's ticket.
	ByTag       bool
	Participant bool

	// Class is the severity of the text, for a ticket it opens.
	Class classify.Result
	// RecentReceipts counts receipts sent to ReplyTo in the last hour;
	// RecentUnverified the unverified-agent notices sent to From.
	RecentReceipts   int
	RecentUnverified int

	// Incidents (incident.go), gathered by the desk.

	// Related holds, loaded for update, the other tickets an agent's mail
	// may change: the tickets linked to its ticket when that is an
	// incident, the incident its ticket is linked to, and every ticket a
	// #link or #unlink names. Keyed by ticket ID.
	Related map[int64]*Ticket
	// Incidents are the open incidents, for a new ticket's receipt and
	// team notice.
	Incidents []IncidentInfo
	// Recent are the open P1/P2 tickets opened within
	// Protocol.IncidentWindow, for a new P1/P2 ticket's suggestion: of
	// each, only what grouping reads (ID, subject, customer, severity,
	// status, evidence, opening, incident and link) is set. Read only.
	Recent []Ticket
	// Likeness, when set, keeps what grouping derived from tickets
	// across calls (a cache: the results are the same without it).
	Likeness *Likeness
}

// Plan is what one cause (a mail, a clock) does to a ticket, as data: the
// desk applies it in one transaction.
type Plan struct {
	// Reason says in words why, for the log.
	Reason string
	// Ticket is the ticket's state after the plan; nil when the cause
	// concerns no ticket.
	Ticket *Ticket
	// New says Ticket is to be created; Changed that an existing Ticket's
	// state is to be written.
	New, Changed bool
	// Attach says the inbound mail is recorded on Ticket.
	Attach bool
	Events []Event
	Mails  []Mail
	// Linked are the changes the plan makes to other tickets (an
	// incident's updates and resolution fanned out, tickets linked or
	// unlinked), committed in the same transaction.
	Linked []TicketChange
}

// TicketChange is what a plan does to a ticket other than its own: the
// ticket's next state, its events and the mails sent in its thread.
type TicketChange struct {
	Ticket *Ticket
	Events []Event
	Mails  []Mail
}

// Event is one entry of a ticket's history.
type Event struct {
	Kind   EventKind
	Actor  string
	Detail map[string]any
}

// Mail is one mail a plan sends: its kind, its recipient, and what the
// renderer needs beyond the ticket's state.
type Mail struct {
	Kind MailKind
	To   Recipient
	// Text is the agent's words (a status update, a resolution summary)
	// or the customer's (a team notice).
	Text      string
	AgentName string
	// Status is the ticket's state in the customer's words, for updates.
	Status string
	// From is the severity before a change the mail reports.
	From classify.Severity
	// TeamAlerted says, in a receipt, that the team notice went out.
	TeamAlerted bool
	// ReceiptHeld says, in a team notice, that the customer got no
	// receipt (the per-sender limit held it back).
	ReceiptHeld bool
	// Line, LineText and Reason explain a rejected command or an
	// unverified agent mail.
	Line     int
	LineText string
	Reason   string
	// TagID is the ticket number an agent wrote that matches no ticket.
	TagID int64
	// Roles are the role keys a ToRoles mail goes to; Level is the
	// ladder level an escalation reached (0 for side roles only).
	Roles []string
	Level int
	// Clock and Due name the deadline a reminder or a breach is about.
	Clock Clock
	Due   time.Time
	// N tells apart mails of one kind on one ticket when no inbound mail
	// caused them (the clocks): a deadline's Unix time, so a tick applied
	// twice queues one mail. Zero: the inbound mail's row decides.
	N int64
	// Suggestion, on a team notice or a receipt, is the incident (or the
	// group of like tickets) the new ticket looks part of.
	Suggestion *Suggestion
	// TeamOnly sends a team notice to the team alone, not to the roles
	// of the ladder's first step: they heard of the incident the ticket
	// was linked to at intake.
	TeamOnly bool
}

func (p *Plan) event(kind EventKind, actor string, detail map[string]any) {
	p.Events = append(p.Events, Event{Kind: kind, Actor: actor, Detail: detail})
}

func (p *Plan) mail(m Mail) { p.Mails = append(p.Mails, m) }

// Sends reports the kinds of mail the plan sends, in order.
func (p Plan) Sends() []MailKind {
	var ks []MailKind
	for _, m := range p.Mails {
		ks = append(ks, m.Kind)
	}
	return ks
}

// Kinds reports the kinds of the plan's events, in order.
func (p Plan) Kinds() []EventKind {
	var ks []EventKind
	for _, e := range p.Events {
		ks = append(ks, e.Kind)
	}
	return ks
}
