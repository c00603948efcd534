package escalation

// Status is where a ticket is in its life.
type Status string

// Ticket statuses. A resolved ticket is watched (its account monitored)
// until its monitoring window ends; a reply inside the window reopens it,
// a reply after it opens a new ticket linked to it.
const (
	Open     Status = "open"
	Resolved Status = "resolved"
	Closed   Status = "closed"
)

// Statuses lists every status, for validating input.
var Statuses = []Status{Open, Resolved, Closed}

// EventKind names one kind of ticket event. Events are the ticket's
// history and the source of every metric; the strings are stored.
type EventKind string

// Event kinds.
const (
	EventOpened            EventKind = "opened"
	EventReceiptQueued     EventKind = "ack_queued"     // the automatic receipt was queued
	EventReceiptSuppressed EventKind = "ack_suppressed" // per-sender limit reached
	EventTeamNotified      EventKind = "team_notified"
	EventCustomerMessage   EventKind = "customer_message"
	EventMailRecorded      EventKind = "mail_recorded" // automatic or history mail on a ticket
	EventBounceReceived    EventKind = "bounce_received"
	EventReopened          EventKind = "reopened"
	EventStatusUpdate      EventKind = "status_update" // an agent's update relayed to the customer
	EventInternalNote      EventKind = "internal_note"
	EventResolved          EventKind = "resolved"
	EventRootCause         EventKind = "root_cause"
	EventSeverityChanged   EventKind = "severity_changed"
	EventAssigned          EventKind = "assigned"
	EventWaiting           EventKind = "waiting"
	EventPostmortemDone    EventKind = "postmortem_done"
	EventCallScheduled     EventKind = "call_scheduled"
	EventCommandRejected   EventKind = "command_rejected"
	EventAgentUnverified   EventKind = "agent_unverified" // an agent address whose mail nobody vouched for
	EventMailSent          EventKind = "mail_sent"        // written by the deliverer's commit
	// The clocks (Tick) and the ladder.
	EventBreach            EventKind = "breach"             // a deadline passed: each missed interval its own
	EventEscalated         EventKind = "escalated"          // a step of the ladder paged its targets
	EventAcked             EventKind = "acked"              // an agent's #ack: ownership, paging of the ack step stops
	EventReminderQueued    EventKind = "reminder"           // the owner was reminded of a deadline
	EventMonitoringEnded   EventKind = "monitoring_ended"   // the window after resolution ended; closed
	EventClosed            EventKind = "closed"             // the reopen window ended (no monitoring)
	EventPostmortemDrafted EventKind = "postmortem_drafted" // the draft went to the owner
	// Incidents (incident.go).
	EventIncidentDeclared EventKind = "incident_declared" // #incident: the ticket is an incident
	EventLinked           EventKind = "linked"            // a ticket joined an incident (on both)
	EventUnlinked         EventKind = "unlinked"          // a ticket left an incident (on both)
)

// MailKind names one kind of mail the gateway sends; each has its own
// renderer in package mailer. The strings are stored in the outbox and
// appear in Message-IDs, so they are short and never change.
type MailKind string

// Mail kinds.
const (
	MailReceipt           MailKind = "ack"        // automatic receipt to the customer
	MailNotice            MailKind = "notice"     // new P1/P2 ticket, to the team
	MailStatusUpdate      MailKind = "update"     // an agent's status update, to the customer
	MailSeverityChanged   MailKind = "severity"   // the response time changed, to the customer
	MailResolution        MailKind = "resolution" // Resolution Confirmation, to the customer
	MailCommandRejected   MailKind = "rejected"   // to the agent: nothing applied
	MailUnknownTicket     MailKind = "unknown"    // to the agent: no such ticket
	MailUnverified        MailKind = "unverified" // to an agent address: not vouched for
	MailRootCauseReminder MailKind = "rootcause"  // to the owner: document the root cause
	MailEscalation        MailKind = "escalation" // to a step's roles: the ladder climbed
	MailReminder          MailKind = "reminder"   // to the owner: a deadline is near
	MailPostmortemDraft   MailKind = "postmortem" // to the owner: the draft after a P1/P2
	MailMonitoringEnded   MailKind = "monitoring" // to the account's CSM: check in
)

// Recipient says to whom a planned mail goes; the desk resolves it to
// addresses from the ticket and the configuration.
type Recipient string

// Recipients.
const (
	ToCustomer Recipient = "customer" // the ticket's customer, in their thread
	ToTeam     Recipient = "team"     // the configured team
	ToSender   Recipient = "sender"   // whoever wrote the inbound mail
	ToOwner    Recipient = "owner"    // the ticket's owner, else the sender
	ToRoles    Recipient = "roles"    // the contacts of Mail.Roles (the account's CSM for "csm")
)

// Agent says whether an inbound mail is an agent's.
type Agent int

// Agent verdicts.
const (
	NotAgent Agent = iota
	// Verified: a configured agent address, vouched for by a trusted
	// receiving server (or trusted by configuration).
	Verified
	// Unverified: a configured agent address nobody vouched for; it may
	// be forged, so it changes nothing.
	Unverified
)
