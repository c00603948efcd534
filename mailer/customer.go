package mailer

// The mails a customer receives, in the customer's own thread. Their
// subject is "Re: [ESC-12] original subject", so that replies neither lose
// the tag nor stack prefixes. Times are given preformatted, with their
// zone ("2026-12-02 15:00 UTC"); an empty optional field omits its line.

// AckData fills the automatic receipt of a new ticket (the protocol's
// Initial Acknowledgment).
type AckData struct {
	Tag           string // "ESC-12"
	Subject       string // the customer's subject, normalized: no Re:/Fwd:, no tag
	CustomerName  string // empty: "Hello,"
	Severity      string // "P1"
	SeverityName  string // "Critical"
	AckWithin     string // when a person responds: "15 minutes"
	UpdateCadence string // "hourly", "daily", "as needed"
	NextUpdate    string // absolute time of the next update (P1/P2); empty: no line
	OfferCall     bool   // P1/P2: offer a call with the team
	TeamAlerted   bool   // a team notice actually went out
	Contact       string // point of contact, "Name <addr>"
	Signature     string
}

// Ack renders the automatic receipt: ticket number, severity, when a
// person will respond, the update cadence and next update, the point of
// contact, and a request to keep the tag in replies.
func Ack(d AckData) (subject, body string) { return render("ack", d) }

// StatusUpdateData fills an agent's status update relayed to the customer
// (the protocol's Status Update template).
type StatusUpdateData struct {
	Tag          string
	Subject      string
	CustomerName string
	AgentName    string // who wrote the update
	Severity     string
	SeverityName string
	Status       string // "Investigating", "Waiting for your reply", "Resolved"
	Text         string `mail:"prose"` // the agent's own words: actions taken, next steps
	NextUpdate   string // empty: no line
	Signature    string
}

// StatusUpdate renders an agent's update to the customer: current status,
// the agent's words (actions taken, next steps) and the next update time.
func StatusUpdate(d StatusUpdateData) (subject, body string) { return render("status_update", d) }

// SeverityChangedData fills the notice to the customer that a ticket's
// severity, and with it the response time, changed.
type SeverityChangedData struct {
	Tag           string
	Subject       string
	CustomerName  string
	From, To      string // "P3", "P1"
	ToName        string // "Critical"
	AckWithin     string // the new first-response time; empty once a person has responded
	UpdateCadence string // the new cadence: "hourly"
	NextUpdate    string // empty: no line
	Signature     string
}

// SeverityChanged renders the notice that a ticket's severity was raised
// or lowered, with the response time and update cadence that now apply.
func SeverityChanged(d SeverityChangedData) (subject, body string) {
	return render("severity_changed", d)
}

// ResolutionData fills the protocol's Resolution Confirmation.
type ResolutionData struct {
	Tag          string
	Subject      string
	CustomerName string
	AgentName    string
	Summary      string `mail:"prose"` // what was done
	RootCause    string `mail:"prose"` // empty: no root cause section
	Preventive   string `mail:"prose"` // preventive measures; empty: no section
	MonitorFor   string // "30 days"; empty: no monitoring line
	Signature    string
}

// Resolution renders the Resolution Confirmation: what was done, the root
// cause where given, preventive measures, and a request to confirm that
// the issue is resolved (a reply reopens the ticket).
func Resolution(d ResolutionData) (subject, body string) { return render("resolution", d) }
