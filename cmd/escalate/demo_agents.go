package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/mailer/smtpsink"
)

// demoStep is one mail an agent or a customer writes in the demo, and what
// it is expected to cause.
type demoStep struct {
	what      string // what the step shows
	from      string // "Name <addr>"
	ticket    int64
	replyTo   func(d *demo, ticket int64) string // Message-ID answered
	body      string
	mails     int                                        // mails it sends
	condition func(ctx context.Context, p *Program) bool // when it is applied
}

func replyToNotice(d *demo, id int64) string  { return d.sentID(id, escalation.MailNotice) }
func replyToReceipt(d *demo, id int64) string { return d.sentID(id, escalation.MailReceipt) }

const dana = "Dana Reyes <dana@acme.example>"

var demoSteps = []demoStep{
	{"an agent answers the team notice: a status update relayed to the customer", dana, 1, replyToNotice,
		"We have found a failing database node behind the log-in service and are failing over to the standby now.\n" +
			"Next update within the hour.", 1, nil},
	{"an agent raises a severity (#severity) and explains", dana, 8, replyToReceipt,
		"#severity P2\nThanks Tom. The wrong week start also shifts every booking by a day for your whole team,\n" +
			"so we are treating it as high priority. A fix is being tested.", 1, nil},
	{"an internal note (#internal): recorded, nothing to the customer", dana, 5, replyToNotice,
		"#internal\nFabrikam is still on the legacy reporting cluster; Sam is checking its queue.", 0,
		hasEvent(5, escalation.EventInternalNote)},
	{"a mistyped command: nothing applied, the agent is told", dana, 9, replyToReceipt,
		"#escalte\nMoving this to the UX team.", 1, nil},
	{"an agent resolves (#resolve) with the root cause (#root-cause)", dana, 4, replyToNotice,
		"#root-cause the payment gateway's TLS certificate expired at 06:58\n" +
			"#resolve We renewed the certificate and card payments have been flowing again since 09:12.", 1, nil},
	{"the customer replies inside the monitoring window: the ticket reopens", "Olu Adeyemi <olu@contoso.example>", 4,
		func(d *demo, id int64) string { return d.sentID(id, escalation.MailResolution) },
		"Thanks - but two payments at our Leeds store failed again a minute ago.", 0, isOpen(4)},
}

func hasEvent(id int64, kind escalation.EventKind) func(context.Context, *Program) bool {
	return func(ctx context.Context, p *Program) bool {
		kinds, err := p.Store.EventKinds(ctx, id)
		return err == nil && kinds[kind]
	}
}

func isOpen(id int64) func(context.Context, *Program) bool {
	return func(ctx context.Context, p *Program) bool {
		t, err := p.Store.Ticket(ctx, id)
		return err == nil && t.Status == escalation.Open
	}
}

// sentID is the Message-ID of the mail of kind sent about ticket id.
func (d *demo) sentID(id int64, kind escalation.MailKind) string {
	for _, m := range d.smtp.Messages() {
		if t, k := demoKind(m); t == id && k == kind {
			h := m.Header()
			return strings.Trim(h.Get("Message-Id"), "<>")
		}
	}
	return ""
}

// demoKind reads the ticket and kind of one of our mails from its
// Message-ID (esc.<installation>.<ticket>.<kind>.<n>.<mac>@domain).
func demoKind(m smtpsink.Message) (int64, escalation.MailKind) {
	h := m.Header()
	f := strings.Split(strings.Trim(h.Get("Message-Id"), "<>"), ".")
	if len(f) < 6 {
		return 0, ""
	}
	var id int64
	fmt.Sscan(f[2], &id)
	return id, escalation.MailKind(f[3])
}

// runAgents plays demoSteps against the running gateway and prints each
// mail they cause.
func (d *demo) runAgents(ctx context.Context, p *Program, stdout io.Writer) error {
	fmt.Fprintf(stdout, "\nagents answer by mail:\n")
	for i, s := range demoSteps {
		fmt.Fprintf(stdout, "\n%d. %s\n   %s writes on %s:\n", i+1, s.what, s.from, escalation.Tag(p.Config.Gateway.TicketPrefix, s.ticket))
		printIndented(stdout, "      | ", s.body)
		before := len(d.smtp.Messages())
		raw := d.stepMail(i, s)
		if _, err := d.imap.Deliver("INBOX", raw, time.Now()); err != nil {
			return err
		}
		if s.mails > 0 {
			if _, err := d.smtp.Wait(ctx, before+s.mails); err != nil {
				return fmt.Errorf("demo step %d: %w", i+1, err)
			}
		}
		if s.condition != nil {
			if err := waitUntil(ctx, func() bool { return s.condition(ctx, p) }); err != nil {
				return fmt.Errorf("demo step %d: %w", i+1, err)
			}
		}
		printSent(stdout, d.smtp.Messages()[before:], func(escalation.MailKind) bool { return true })
	}
	return nil
}

func (d *demo) stepMail(i int, s demoStep) []byte {
	parent := s.replyTo(d, s.ticket)
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: Acme Support <support@acme.example>\r\n", s.from)
	fmt.Fprintf(&b, "Subject: Re: [%s] demo\r\n", escalation.Tag("ESC", s.ticket))
	fmt.Fprintf(&b, "Date: %s\r\nMessage-ID: <demo-step-%d.%d@demo.example>\r\n", time.Now().Format(time.RFC1123Z), i+1, time.Now().UnixNano())
	if parent != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", parent, parent)
	}
	fmt.Fprintf(&b, "Content-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n", strings.ReplaceAll(s.body, "\n", "\r\n"))
	return []byte(b.String())
}

// printSent prints a line per mail the demo's SMTP server accepted (its
// kind, recipients and subject) and, where withBody says so, its text.
func printSent(w io.Writer, msgs []smtpsink.Message, withBody func(escalation.MailKind) bool) {
	if len(msgs) == 0 {
		fmt.Fprintf(w, "   → no mail sent\n")
	}
	for _, m := range msgs {
		h := m.Header()
		subject, _ := h.Subject()
		_, kind := demoKind(m)
		fmt.Fprintf(w, "   → %s mail to %s: %s\n", kind, strings.Join(m.To, ","), subject)
		if withBody(kind) {
			printIndented(w, "      | ", demoBody(m))
		}
	}
}

// demoBody is the text part of a sent mail, without transfer encoding.
func demoBody(m smtpsink.Message) string {
	text, err := m.Text()
	if err != nil {
		return "(unreadable: " + err.Error() + ")"
	}
	return strings.TrimSpace(text)
}

func printIndented(w io.Writer, prefix, text string) {
	for _, line := range strings.Split(text, "\n") {
		fmt.Fprintf(w, "%s%s\n", prefix, strings.TrimRight(line, "\r "))
	}
}

// waitUntil polls cond (a store query) until it holds or ctx ends.
func waitUntil(ctx context.Context, cond func() bool) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for !cond() {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	return nil
}
