package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// demoOutage are the customers who write during the demo's outage.
var demoOutage = []demoMail{
	{"Ines Ortiz", "ines@initech.example", "Nobody can log in",
		"Since 10:00 nobody at our office can log in; the log-in page just spins."},
	{"Raj Patel", "raj@globex.example", "Cannot log in",
		"None of our staff can log in this morning. Nobody at our company can log in at all."},
	{"Eva Novak", "eva@fabrikam.example", "Log-in broken for everyone",
		"Nobody in our team can log in since about 10:00. Is the service down?"},
}

// demoLate writes once the incident is declared.
var demoLate = demoMail{"Yuki Tanaka", "yuki@tailspin.example", "Nobody can log in",
	"Nobody here can log in either. What is going on?"}

// runIncident plays an outage: customers write about the same failure,
// the team notices suggest grouping, an agent declares an incident and
// links the tickets, one update reaches each customer in their own
// thread, a late customer hears of the incident in their receipt, and
// #resolve resolves them all.
func (d *demo) runIncident(ctx context.Context, p *Program, clock *simClock, stdout io.Writer) error {
	fmt.Fprintf(stdout, "\nan outage: many customers, one incident\n")
	ts, err := p.Store.Tickets(ctx, schema.TicketFilter{Limit: 1})
	if err != nil || len(ts) == 0 {
		return fmt.Errorf("demo incident: %w", err)
	}
	first := ts[0].ID + 1
	tag := func(i int) string { return escalation.Tag(p.Config.Gateway.TicketPrefix, first+int64(i)) }
	before := len(d.smtp.Messages())
	for i, m := range demoOutage {
		if _, err := d.imap.Deliver("INBOX", m.raw(200+i, clock.Now()), clock.Now()); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "\n%d customers write about the same failure (%s to %s); the team notices say:\n",
		len(demoOutage), tag(0), tag(len(demoOutage)-1))
	if _, err := d.smtp.Wait(ctx, before+2*len(demoOutage)); err != nil {
		return fmt.Errorf("demo incident: receipts and notices: %w", err)
	}
	for _, m := range d.smtp.Messages()[before:] {
		if _, kind := demoKind(m); kind == escalation.MailNotice {
			h := m.Header()
			subject, _ := h.Subject()
			fmt.Fprintf(stdout, "   → notice: %s\n", subject)
			for _, line := range strings.Split(demoBody(m), "\n") {
				if strings.HasPrefix(line, "Looks like") || strings.HasPrefix(line, "Incident ") {
					printIndented(stdout, "      | ", line)
				}
			}
		}
	}
	steps := []demoStep{
		{what: "an agent declares " + tag(0) + " an incident, links the others and sends one update", from: dana,
			ticket: first, replyTo: replyToNotice, mails: len(demoOutage),
			body: "#incident\n#link " + tag(1) + " " + tag(2) + "\n" +
				"An expired certificate on the log-in service blocks every sign-in. We are replacing it now;\nnext update within the hour."},
		{what: "the agent resolves the incident: every linked customer gets their own confirmation", from: dana,
			ticket: first, replyTo: replyToNotice, mails: len(demoOutage) + 1,
			body: "#root-cause the log-in service's certificate expired at 09:58\n#resolve The certificate is renewed; everyone can log in again."},
	}
	if err := d.incidentStep(ctx, steps[0], 300, clock, stdout); err != nil {
		return err
	}
	before = len(d.smtp.Messages())
	fmt.Fprintf(stdout, "\na customer who writes now hears of the incident:\n")
	if _, err := d.imap.Deliver("INBOX", demoLate.raw(210, clock.Now()), clock.Now()); err != nil {
		return err
	}
	if _, err := d.smtp.Wait(ctx, before+2); err != nil {
		return fmt.Errorf("demo incident: late receipt: %w", err)
	}
	for _, m := range d.smtp.Messages()[before:] {
		if _, kind := demoKind(m); kind == escalation.MailReceipt {
			h := m.Header()
			subject, _ := h.Subject()
			fmt.Fprintf(stdout, "   → receipt to %s: %s\n", strings.Join(m.To, ","), subject)
			printIndented(stdout, "      | ", demoBody(m))
		}
	}
	return d.incidentStep(ctx, steps[1], 301, clock, stdout)
}

// incidentStep delivers an agent's mail and prints the mails it causes,
// one line each with the thread it answers.
func (d *demo) incidentStep(ctx context.Context, s demoStep, n int, clock *simClock, stdout io.Writer) error {
	fmt.Fprintf(stdout, "\n%s\n   %s writes:\n", s.what, s.from)
	printIndented(stdout, "      | ", s.body)
	before := len(d.smtp.Messages())
	if _, err := d.imap.Deliver("INBOX", d.stepMail(n, s), clock.Now()); err != nil {
		return err
	}
	if _, err := d.smtp.Wait(ctx, before+s.mails); err != nil {
		return fmt.Errorf("demo incident: %w", err)
	}
	for _, m := range d.smtp.Messages()[before:] {
		h := m.Header()
		subject, _ := h.Subject()
		_, kind := demoKind(m)
		thread := ""
		if irt := h.Get("In-Reply-To"); irt != "" {
			thread = " (In-Reply-To " + irt + ")"
		}
		fmt.Fprintf(stdout, "   → %s mail to %s: %s%s\n", kind, strings.Join(m.To, ","), subject, thread)
	}
	return nil
}
