package mailer

// IncidentAckData fills the receipt of a customer who writes while a
// declared incident is open: the team already knows, and the customer
// hears when the next update comes.
type IncidentAckData struct {
	Tag          string
	Subject      string
	CustomerName string
	Severity     string
	SeverityName string
	AckWithin    string // when a person responds at the latest: "15 minutes"
	About        string // what the incident is about, in words: "log in", "\"Payments fail\""
	NextUpdate   string // when the next update comes; empty: no line
	Contact      string
	Signature    string
}

// IncidentAck renders the receipt during an incident: "we are aware of an
// ongoing incident (…)", the next update, the ticket number and a request
// to keep the tag in replies.
func IncidentAck(d IncidentAckData) (subject, body string) { return render("incident_ack", d) }
