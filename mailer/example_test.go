package mailer_test

import (
	"fmt"

	"github.com/escalate-dev/escalate/mailer"
)

// A P3 ticket's receipt: no team notice went out and no call is offered,
// so the mail says neither. A line break in the customer's subject cannot
// add a header line: the subject stays one line.
func ExampleAck() {
	subject, body := mailer.Ack(mailer.AckData{
		Tag:           "ESC-12",
		Subject:       "Export button misaligned\r\nBcc: all@acme.example",
		CustomerName:  "Ann",
		Severity:      "P3",
		SeverityName:  "Medium",
		AckWithin:     "4 hours",
		UpdateCadence: "as needed",
		Contact:       "Dana Reyes <dana@acme.example>",
		Signature:     "Acme Support",
	})
	fmt.Printf("Subject: %s\n\n%s", subject, body)
	// Output:
	// Subject: Re: [ESC-12] Export button misaligned Bcc: all@acme.example
	//
	// Hello Ann,
	//
	// Thank you for contacting us. We have received your message and opened
	// ticket ESC-12 for it.
	//
	//   Ticket:          ESC-12
	//   Severity:        P3 (Medium)
	//   First response:  a member of our team will reply within 4 hours
	//   Updates:         as needed
	//   Your contact:    Dana Reyes <dana@acme.example>
	//
	// This message is an automatic receipt; a member of our team will reply to
	// you in this same thread.
	//
	// Please keep [ESC-12] in the subject when you write to us about this
	// issue; replying to this message does that for you.
	//
	// Acme Support
}
