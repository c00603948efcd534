package mailer

import (
	"embed"
	"fmt"
	"strings"
	"text/template"
)

//go:embed templates/*.txt
var templateFS embed.FS

// templates maps a template name to its own set, since every file defines
// "subject" and "body".
var templates = map[string]*template.Template{
	"ack":    template.Must(template.ParseFS(templateFS, "templates/ack.txt")),
	"notice": template.Must(template.ParseFS(templateFS, "templates/notice.txt")),
}

// AckData fills the customer acknowledgement (the protocol's "Initial
// Acknowledgment": ticket number, response time, point of contact).
type AckData struct {
	Tag           string // "ESC-123"
	Subject       string // the customer's subject, without Re: prefixes
	CustomerName  string
	Severity      string // "P1"
	SeverityName  string // "Critical"
	AckWithin     string // "15 minutes"
	UpdateCadence string // "hourly until resolved"
	Contact       string // point of contact
	Urgent        bool   // P1/P2: the team has been alerted
	Signature     string
}

// NoticeData fills the internal notice to the team about a new ticket.
type NoticeData struct {
	Tag, Subject, Customer, Severity, SeverityName string
	Score, ConfidencePct                           float64
	AckDue                                         string
	UpdateCadence                                  string
	Checklist                                      []string
	Evidence                                       []string
	Text                                           string // the customer's visible text
}

// Render executes the named template ("ack" or "notice") with data and
// returns the subject and the body.
func Render(name string, data any) (subject, body string, err error) {
	var s, b strings.Builder
	tt, ok := templates[name]
	if !ok {
		return "", "", fmt.Errorf("mailer: no template %q", name)
	}
	if err := tt.ExecuteTemplate(&s, "subject", data); err != nil {
		return "", "", fmt.Errorf("mailer: template %s subject: %w", name, err)
	}
	if err := tt.ExecuteTemplate(&b, "body", data); err != nil {
		return "", "", fmt.Errorf("mailer: template %s body: %w", name, err)
	}
	return oneLine(s.String()), b.String(), nil
}

// oneLine keeps a subject on one line whatever the customer's subject held.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
