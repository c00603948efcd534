package desk

import (
	"context"
	"encoding/json"
	"fmt"
	"net/mail"
	"strings"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/mailer"
	"github.com/escalate-dev/escalate/schema"
)

// renderAny renders a planned mail: the clocks' kinds here, with what
// they read from the store inside x (the customer's words, the timeline),
// every other kind by render.
func (d *Desk) renderAny(ctx context.Context, x *schema.Tx, m escalation.Mail, t *escalation.Ticket, in escalation.Inbound,
	checklist []escalation.ChecklistItem) (subject, body string, err error) {
	switch m.Kind {
	case escalation.MailEscalation, escalation.MailReminder, escalation.MailPostmortemDraft, escalation.MailMonitoringEnded:
		if t == nil {
			return "", "", fmt.Errorf("desk: %s mail without a ticket", m.Kind)
		}
		return d.renderClock(ctx, x, m, t, checklist)
	}
	return d.render(m, t, in, checklist)
}

func (d *Desk) renderClock(ctx context.Context, x *schema.Tx, m escalation.Mail, t *escalation.Ticket,
	checklist []escalation.ChecklistItem) (subject, body string, err error) {
	tag, sev := d.tag(t.ID), t.Severity.String()
	items := make([]mailer.ChecklistItem, len(checklist))
	for i, c := range checklist {
		items[i] = mailer.ChecklistItem{Item: c.String()[4:], Done: c.Done}
	}
	switch m.Kind {
	case escalation.MailEscalation:
		data := mailer.EscalationNoticeData{Tag: tag, Subject: t.Subject, Severity: sev,
			SeverityName: escalation.SeverityName(t.Severity), Level: m.Level, Role: roleTitles(m.Roles),
			Reason: m.Reason, Checklist: items, NotifiedBefore: d.notifiedBefore(t, m.Roles),
			Customer: (&mail.Address{Name: t.CustomerName, Address: t.Customer}).String()}
		for _, e := range t.Evidence {
			data.Evidence = append(data.Evidence, e.String())
		}
		first, err := x.FirstMessage(ctx, t.ID)
		if err != nil {
			return "", "", err
		}
		if first != nil {
			data.Text = first.Body
		}
		if data.Incident, err = d.incidentReach(ctx, x, t); err != nil {
			return "", "", err
		}
		subject, body = mailer.EscalationNotice(data)
	case escalation.MailReminder:
		subject, body = mailer.Reminder(mailer.ReminderData{Tag: tag, Subject: t.Subject, Severity: sev,
			Clock: m.Clock.Words(), DueIn: escalation.HumanDuration(m.Due.Sub(d.now())), DueAt: d.clock(m.Due)})
	case escalation.MailPostmortemDraft:
		events, err := x.Events(ctx, t.ID)
		if err != nil {
			return "", "", err
		}
		subject, body = mailer.PostmortemDraft(mailer.PostmortemDraftData{Tag: tag, Subject: t.Subject, Severity: sev,
			Opened: d.clock(t.OpenedAt), Resolved: d.clock(t.ResolvedAt), Timeline: d.timeline(events),
			Checklist: items, RootCause: t.RootCause, Summary: t.Resolution})
	case escalation.MailMonitoringEnded:
		a, _ := d.cfg.People.Account(t.Customer)
		subject, body = mailer.MonitoringEnded(mailer.MonitoringEndedData{Tag: tag, Subject: t.Subject, Account: a.Name,
			Customer: (&mail.Address{Name: t.CustomerName, Address: t.Customer}).String(),
			Window:   escalation.HumanDuration(t.Policy.MonitorFor), ResolvedAt: d.clock(t.ResolvedAt)})
	}
	return subject, body, nil
}

// roleTitles names roles as the protocol's contact matrix does.
func roleTitles(keys []string) string {
	var ts []string
	for _, k := range keys {
		if r, err := escalation.RoleByKey(k); err == nil {
			ts = append(ts, r.Title)
		}
	}
	return strings.Join(ts, ", ")
}

// notifiedBefore lists who was paged on t before roles, with addresses.
func (d *Desk) notifiedBefore(t *escalation.Ticket, roles []string) []string {
	var out []string
	for _, k := range t.Notified {
		if strings.Contains(","+strings.Join(roles, ",")+",", ","+k+",") {
			continue
		}
		line := roleTitles([]string{k})
		if as := d.cfg.People.holders(k, t.Customer); len(as) > 0 {
			line += ": " + strings.Join(as, ", ")
		}
		out = append(out, line)
	}
	return out
}

// timeline turns a ticket's events into the lines of a post-mortem
// draft; bookkeeping events are left out.
func (d *Desk) timeline(events []schema.Event) []mailer.TimelineEntry {
	var out []mailer.TimelineEntry
	for _, e := range events {
		var det map[string]any
		if err := json.Unmarshal([]byte(e.Detail), &det); err != nil {
			det = map[string]any{}
		}
		if what := timelineText(e, det); what != "" {
			out = append(out, mailer.TimelineEntry{At: d.clock(e.At), What: what})
		}
	}
	return out
}

func timelineText(e schema.Event, det map[string]any) string {
	s := func(k string) string { v, _ := det[k].(string); return v }
	switch e.Kind {
	case escalation.EventOpened:
		return "Customer's mail received; opened as " + s("severity")
	case escalation.EventReceiptQueued:
		return "Automatic receipt sent"
	case escalation.EventTeamNotified:
		return "Internal team notified"
	case escalation.EventStatusUpdate:
		if first, _ := det["first_response"].(bool); first {
			return "First human response to the customer (" + e.Actor + ")"
		}
		return "Status update to the customer (" + e.Actor + ")"
	case escalation.EventAcked:
		return "Acknowledged by " + e.Actor
	case escalation.EventBreach:
		return "Missed: the " + escalation.Clock(s("clock")).Words() + " deadline"
	case escalation.EventEscalated:
		lvl, _ := det["level"].(float64)
		var roles []string
		if rs, ok := det["roles"].([]any); ok {
			for _, r := range rs {
				if k, ok := r.(string); ok {
					roles = append(roles, k)
				}
			}
		}
		text := "Escalated to " + roleTitles(roles)
		if lvl > 0 {
			text += fmt.Sprintf(" (level %d)", int(lvl))
		}
		return text + ": " + s("reason")
	case escalation.EventSeverityChanged:
		return "Severity changed from " + s("from") + " to " + s("to")
	case escalation.EventWaiting:
		return "Waiting on the customer"
	case escalation.EventCustomerMessage:
		return "Customer wrote"
	case escalation.EventReopened:
		return "Reopened"
	case escalation.EventAssigned:
		return "Assigned to " + s("owner")
	case escalation.EventCallScheduled:
		return "Customer call: " + s("when")
	case escalation.EventRootCause:
		return "Root cause documented"
	case escalation.EventResolved:
		return "Resolved"
	}
	return ""
}
