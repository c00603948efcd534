package mailer

import "strings"

// The mails to the team: the new-ticket notice, the escalation ladder,
// reminders and follow-ups. Their subject starts with "[ESC-12]". A reply
// to any of them, kept in the ticket's thread, reaches the ticket.

// NoticeData fills the internal notice to the team about a new ticket.
type NoticeData struct {
	Tag           string
	Subject       string
	Customer      string // "Name <addr>"
	Severity      string
	SeverityName  string
	Score         float64
	ConfidencePct float64
	AckDue        string   // when the first human response is due; empty: no line
	UpdateCadence string   // empty: no line
	Checklist     []string // the protocol's checklist items for the severity
	Evidence      []string // why the severity, one line each
	Text          string   `mail:"prose"` // the customer's words
	Commands      []string // the #commands an agent can reply with, one line each
	// ReceiptHeld says the customer got no automatic receipt (the
	// per-sender limit held it back): someone must answer by hand.
	ReceiptHeld bool
	// Suggestion names the incident, or the group of like tickets, this
	// ticket looks part of ("Looks like ESC-12: 37 tickets in 10 minutes
	// about log in. Reply #link ESC-12 …"); empty: no line.
	Suggestion string
}

// Notice renders the internal notice of a new ticket: severity with its
// evidence, the checklist, the customer's words, and how replying works
// (text goes to the customer unless it starts with #internal; commands).
func Notice(d NoticeData) (subject, body string) { return render("notice", d) }

// ChecklistItem is one row of the protocol's checklist and its state.
type ChecklistItem struct {
	Item string
	Done bool
}

// EscalationNoticeData fills the notice to a new level of the ladder.
type EscalationNoticeData struct {
	Tag            string
	Subject        string
	Customer       string
	Severity       string
	SeverityName   string
	Level          int    // 1-5 on the ladder; 0 for a side role (Technical, Product)
	Role           string // "VP of Customer Success"
	Reason         string // what was missed and by how long
	Evidence       []string
	Checklist      []ChecklistItem
	NotifiedBefore []string // who was told before, one line each
	Text           string   `mail:"prose"` // the customer's words
	// Incident is set when the ticket is an incident: its reach.
	Incident *IncidentReach
}

// IncidentReach is how far an incident reaches, for its escalation
// notice: the ladder climbs once for all its customers.
type IncidentReach struct {
	Tickets      int // the incident and its linked tickets
	Accounts     int // distinct accounts (or customer domains) among them
	FirstReport  string
	LatestReport string
}

// EscalationNotice renders the notice to a new level of the escalation
// ladder: what was missed, the ticket's state and how to act.
func EscalationNotice(d EscalationNoticeData) (subject, body string) {
	return render("escalation_notice", d)
}

// ReminderData fills a reminder to a ticket's owner before a deadline.
type ReminderData struct {
	Tag      string
	Subject  string
	Severity string
	Clock    string // "update", "first response"
	DueIn    string // "15 minutes"
	DueAt    string // empty: no time given
}

// Reminder renders a reminder before a deadline: "[ESC-12] P1 update due
// in 15 minutes".
func Reminder(d ReminderData) (subject, body string) { return render("reminder", d) }

// RootCauseReminderData fills the reminder that a resolved ticket lacks
// its root cause.
type RootCauseReminderData struct {
	Tag      string
	Subject  string
	Severity string
}

// RootCauseReminder renders the reminder to the owner that the protocol
// requires a documented root cause for P1-P3, and how to record it.
func RootCauseReminder(d RootCauseReminderData) (subject, body string) {
	return render("root_cause_reminder", d)
}

// TimelineEntry is one line of a post-mortem timeline.
type TimelineEntry struct {
	At   string // preformatted time
	What string
}

// PostmortemDraftData fills the post-mortem draft sent after a P1 or P2
// is resolved.
type PostmortemDraftData struct {
	Tag       string
	Subject   string
	Severity  string
	Opened    string
	Resolved  string
	Timeline  []TimelineEntry
	Checklist []ChecklistItem
	RootCause string `mail:"prose"` // empty: the draft says it is missing
	Summary   string `mail:"prose"`
}

// PostmortemDraft renders a post-mortem draft, assembled from the ticket's
// record, for the owner to paste into a document.
func PostmortemDraft(d PostmortemDraftData) (subject, body string) {
	return render("postmortem_draft", d)
}

// MonitoringEndedData fills the check-in mail at the end of an account's
// monitoring window.
type MonitoringEndedData struct {
	Tag        string
	Subject    string
	Account    string
	Customer   string
	Window     string // "30 days"
	ResolvedAt string
}

// MonitoringEnded renders the mail to the account's CSM when the
// monitoring window after a resolution ends: check in with the customer.
func MonitoringEnded(d MonitoringEndedData) (subject, body string) {
	return render("monitoring_ended", d)
}

// NoticeEntry renders a new ticket's entry in a digest of notices: its
// tag, severity and subject, the customer, the grouping suggestion and
// whether the customer got no receipt. The desk stores it with the
// notice (schema.OutboxMail.Digest).
func NoticeEntry(d NoticeData) string {
	var b strings.Builder
	if err := kinds()["notice"].ExecuteTemplate(&b, "digest_entry", clean(d)); err != nil {
		panic("mailer: " + err.Error()) // a template bug, as in render
	}
	return b.String()
}

// NoticeDigestData fills a digest of the team's notices.
type NoticeDigestData struct {
	Count       int
	First, Last string // the first and last tags listed
	Address     string // the support address, where agents write
	Every       string // how often a digest may go: "30 seconds"
	// Entries are NoticeEntry's texts, oldest first.
	Entries []string `mail:"prose"`
}

// NoticeDigest renders one mail listing new tickets whose notices piled
// up (a burst): each entry as NoticeEntry wrote it, and how to act on a
// ticket from it (its tag in the subject).
func NoticeDigest(d NoticeDigestData) (subject, body string) { return render("notice_digest", d) }
