package desk

import (
	"fmt"
	"net/mail"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/mailer"
)

// render writes one planned mail about ticket t (nil for mail about no
// ticket) with the typed renderer of its kind.
func (d *Desk) render(m escalation.Mail, t *escalation.Ticket, in escalation.Inbound, checklist []escalation.ChecklistItem) (subject, body string, err error) {
	var tag, subj, sev, sevName, name string
	if t != nil {
		tag, subj, sev, sevName, name = d.tag(t.ID), t.Subject, t.Severity.String(), escalation.SeverityName(t.Severity), t.CustomerName
	}
	pol := escalation.Policy{}
	if t != nil {
		pol = t.Policy
	}
	switch m.Kind {
	case escalation.MailReceipt:
		if m.Suggestion != nil {
			subject, body = d.incidentReceipt(m, t)
			break
		}
		next := ""
		if pol.UpdateEvery > 0 {
			next = d.clock(t.AckDue)
		}
		subject, body = mailer.Ack(mailer.AckData{Tag: tag, Subject: subj, CustomerName: name, Severity: sev,
			SeverityName: sevName, AckWithin: escalation.HumanDuration(pol.AckWithin), UpdateCadence: pol.UpdateCadenceTxt,
			NextUpdate: next, OfferCall: pol.CustomerCall == escalation.Required, TeamAlerted: m.TeamAlerted,
			Contact: d.contact(t), Signature: d.cfg.Signature})
	case escalation.MailNotice:
		subject, body = mailer.Notice(d.noticeData(m, t, checklist)) // queue renders it itself
	case escalation.MailStatusUpdate:
		subject, body = mailer.StatusUpdate(mailer.StatusUpdateData{Tag: tag, Subject: subj, CustomerName: name,
			AgentName: m.AgentName, Severity: sev, SeverityName: sevName, Status: m.Status, Text: m.Text,
			NextUpdate: d.clock(t.NextUpdateDue), Signature: d.cfg.Signature})
	case escalation.MailSeverityChanged:
		within := ""
		if t.FirstResponseAt.IsZero() {
			within = escalation.HumanDuration(pol.AckWithin)
		}
		subject, body = mailer.SeverityChanged(mailer.SeverityChangedData{Tag: tag, Subject: subj, CustomerName: name,
			From: m.From.String(), To: sev, ToName: sevName, AckWithin: within, UpdateCadence: pol.UpdateCadenceTxt,
			NextUpdate: d.clock(t.NextUpdateDue), Signature: d.cfg.Signature})
	case escalation.MailResolution:
		monitor := ""
		if pol.MonitorFor > 0 {
			monitor = escalation.HumanDuration(pol.MonitorFor)
		}
		subject, body = mailer.Resolution(mailer.ResolutionData{Tag: tag, Subject: subj, CustomerName: name,
			AgentName: m.AgentName, Summary: m.Text, RootCause: t.RootCause, MonitorFor: monitor, Signature: d.cfg.Signature})
	case escalation.MailCommandRejected:
		subject, body = mailer.CommandRejected(mailer.CommandRejectedData{Tag: tag, Subject: subj, Line: m.Line,
			LineText: m.LineText, Reason: m.Reason, Accepted: escalation.CommandHelp})
	case escalation.MailUnknownTicket:
		written := ""
		if m.TagID != 0 {
			written = d.tag(m.TagID)
		}
		subject, body = mailer.UnknownTicket(mailer.UnknownTicketData{Tag: written, Subject: in.Subject})
	case escalation.MailUnverified:
		subject, body = mailer.Unverified(mailer.UnverifiedData{Agent: in.From, Subject: in.Subject,
			MessageID: in.MessageID, Reason: m.Reason, TrustedServers: d.cfg.Agents.Trusted})
	case escalation.MailRootCauseReminder:
		subject, body = mailer.RootCauseReminder(mailer.RootCauseReminderData{Tag: tag, Subject: subj, Severity: sev})
	default:
		return "", "", fmt.Errorf("desk: no renderer for mail kind %q", m.Kind)
	}
	return subject, body, nil
}

// noticeData is what the notice of new ticket t says (its digest entry
// too, mailer.NoticeEntry).
func (d *Desk) noticeData(m escalation.Mail, t *escalation.Ticket, checklist []escalation.ChecklistItem) mailer.NoticeData {
	var ev, items []string
	for _, e := range t.Evidence {
		ev = append(ev, e.String())
	}
	for _, c := range checklist {
		items = append(items, c.Label()) // a new ticket's list: the notice draws the boxes
	}
	return mailer.NoticeData{Tag: d.tag(t.ID), Subject: t.Subject,
		Customer: (&mail.Address{Name: t.CustomerName, Address: t.Customer}).String(), Severity: t.Severity.String(),
		SeverityName: escalation.SeverityName(t.Severity), Score: t.Score, ConfidencePct: t.Confidence * 100,
		AckDue: d.clock(t.AckDue), UpdateCadence: t.Policy.UpdateCadenceTxt, Checklist: items, Evidence: ev,
		Text: m.Text, Commands: escalation.CommandHelp, ReceiptHeld: m.ReceiptHeld, Suggestion: suggestion(m)}
}
