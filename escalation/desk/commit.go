package desk

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/mailer"
	"github.com/escalate-dev/escalate/schema"
)

// cause is what a plan answers: the inbound mail and its stored row.
type cause struct {
	in      escalation.Inbound
	row     *schema.Message
	mailbox string
	memo    *memo // the transaction's, when it has one
}

// commitTicket applies plan inside x but its Linked changes (commit,
// incident.go): the ticket's state, the mail's link to it, the events and
// the outbox rows. It reports whether mail was queued.
func (d *Desk) commitTicket(ctx context.Context, x *schema.Tx, p escalation.Plan, c cause, now time.Time) (bool, error) {
	t := p.Ticket
	err := d.writeTicket(ctx, x, p, c, now)
	if err != nil {
		return false, err
	}
	var tid int64
	if t != nil {
		tid = t.ID
	}
	for _, e := range p.Events {
		detail, err := json.Marshal(e.Detail)
		if err != nil {
			return false, fmt.Errorf("desk: event %s: %w", e.Kind, err)
		}
		if string(detail) == "null" {
			detail = []byte("{}")
		}
		if err := x.AddEvent(ctx, schema.Event{TicketID: tid, At: now, Kind: e.Kind, Actor: e.Actor, Detail: string(detail)}); err != nil {
			return false, err
		}
	}
	if len(p.Mails) == 0 {
		return false, nil
	}
	// A ticket this plan opens has no history but the plan's: its events
	// and, when attached, the mail; nothing needs reading back.
	fresh := p.New && t != nil
	var checklist []escalation.ChecklistItem
	if t != nil {
		happened := map[escalation.EventKind]bool{}
		if fresh {
			for _, e := range p.Events {
				happened[e.Kind] = true
			}
		} else if happened, err = x.EventKinds(ctx, t.ID); err != nil {
			return false, err
		}
		checklist = escalation.Checklist(*t, happened, now)
	}
	th := thread{known: fresh}
	if fresh && p.Attach && c.row.Direction == "in" && c.row.FromAddr == strings.ToLower(strings.TrimSpace(t.Customer)) {
		th.last = c.row
	}
	for _, m := range p.Mails {
		if err := d.queue(ctx, x, m, t, c, th, checklist, now); err != nil {
			return false, err
		}
	}
	return true, nil
}

// thread is what is known of a ticket's thread without reading it: for
// a ticket opened by the plan being committed (known), the customer's
// latest mail (the plan's own, or none); no mail of it is queued yet.
type thread struct {
	known bool
	last  *schema.Message
}

// writeTicket writes the ticket's state and links the mail to it.
func (d *Desk) writeTicket(ctx context.Context, x *schema.Tx, p escalation.Plan, c cause, now time.Time) error {
	t := p.Ticket
	if t == nil {
		return nil
	}
	switch {
	case p.New:
		t.Mailbox = c.mailbox
		row, err := toRow(t, now)
		if err != nil {
			return err
		}
		if err := x.CreateTicket(ctx, row); err != nil {
			return err
		}
		if err := c.memo.created(row); err != nil {
			return err
		}
		t.ID = row.ID
		d.Stats.Opened.Add(1)
		if err := x.AddParticipant(ctx, t.ID, t.Customer, "customer"); err != nil {
			return err
		}
	case p.Changed:
		row, err := toRow(t, now)
		if err != nil {
			return err
		}
		if err := x.UpdateTicket(ctx, row); err != nil {
			return err
		}
		c.memo.changed()
	}
	if !p.Attach {
		return nil
	}
	if err := x.SetMessageTicket(ctx, c.row.ID, t.ID); err != nil {
		return err
	}
	if c.in.Agent == escalation.NotAgent && c.in.Automatic == "" && !c.in.History {
		return x.AddParticipant(ctx, t.ID, c.in.From, "customer")
	}
	return nil
}

// queue renders one planned mail and writes it to the outbox, with its
// threading headers and its record in the thread.
func (d *Desk) queue(ctx context.Context, x *schema.Tx, m escalation.Mail, t *escalation.Ticket, c cause, th thread,
	checklist []escalation.ChecklistItem, now time.Time) error {
	var subject, body, entry string
	var err error
	if m.Kind == escalation.MailNotice && t != nil {
		// With its entry in a digest, should notices pile up (a burst).
		n := d.noticeData(m, t, checklist)
		subject, body = mailer.Notice(n)
		entry = mailer.NoticeEntry(n)
	} else if subject, body, err = d.renderAny(ctx, x, m, t, c.in, checklist); err != nil {
		return err
	}
	o := &schema.OutboxMail{Kind: m.Kind, Subject: subject, Body: body, CreatedAt: now,
		FromAddr: d.cfg.Address, FromName: d.cfg.Name, Digest: entry}
	headers := map[string]string{intake.LoopHeader: d.cfg.Domain}
	var tid int64
	if t != nil {
		tid = t.ID
		o.TicketID = &tid
		o.DueAt = t.HoldUntil(m, now) // quiet hours
	}
	switch m.To {
	case escalation.ToCustomer:
		if err := d.customerThread(ctx, x, o, t, c, th); err != nil {
			return err
		}
		if m.AgentName != "" {
			o.FromName = m.AgentName + " (" + d.cfg.Name + ")"
		}
	case escalation.ToTeam:
		o.ToAddrs = strings.Join(d.teamAddrs(t, m.TeamOnly), ",")
		o.Refs = c.in.MessageID // the customer's mail: agents' clients thread the notice with it
	case escalation.ToSender:
		o.ToAddrs = c.in.From
		o.InReplyTo, o.Refs = c.in.MessageID, c.in.MessageID
	case escalation.ToOwner:
		o.ToAddrs = d.owner(t, c.in)
		o.Refs = t.ThreadRoot
	case escalation.ToRoles:
		o.ToAddrs = strings.Join(d.roleAddrs(t, m.Roles), ",")
		o.Refs = t.ThreadRoot
	}
	switch m.Kind {
	case escalation.MailReceipt, escalation.MailCommandRejected, escalation.MailUnknownTicket, escalation.MailUnverified:
		headers["Auto-Submitted"] = "auto-replied" // RFC 3834 §5
		headers["X-Auto-Response-Suppress"] = "All"
	case escalation.MailSeverityChanged, escalation.MailNotice, escalation.MailRootCauseReminder,
		escalation.MailEscalation, escalation.MailReminder, escalation.MailPostmortemDraft, escalation.MailMonitoringEnded:
		headers["Auto-Submitted"] = "auto-generated"
	}
	b, err := json.Marshal(headers)
	if err != nil {
		return fmt.Errorf("desk: headers: %w", err)
	}
	o.Headers = string(b)
	n, err := mailNumber(m, c)
	if err != nil {
		return err
	}
	o.MessageID = d.ids.MessageID(tid, m.Kind, n)
	if th.known {
		// Its Message-ID names a ticket this transaction opened.
		x.EnqueueNew(o)
	} else if queued, err := x.Enqueue(ctx, o); err != nil || !queued {
		return err
	}
	if m.Kind == escalation.MailReceipt {
		d.Stats.AcksQueued.Add(1)
	}
	// The thread's record holds our mail too, so a reply threads by it
	// even if the Message-ID secret is rotated.
	x.RecordMessage(&schema.Message{TicketID: o.TicketID, Direction: "out", MessageID: o.MessageID,
		InReplyTo: o.InReplyTo, Refs: o.Refs, FromAddr: o.FromAddr, FromName: o.FromName, ToAddrs: o.ToAddrs,
		Subject: o.Subject, Body: o.Body, ReceivedAt: now})
	return nil
}

// customerThread addresses o to the ticket's customer as a reply to
// their latest mail, so it lands in their own thread (RFC 5322 §3.6.4).
func (d *Desk) customerThread(ctx context.Context, x *schema.Tx, o *schema.OutboxMail, t *escalation.Ticket, c cause, th thread) error {
	o.ToAddrs = t.Customer
	last := th.last
	if !th.known {
		var err error
		if last, err = x.LastMessageFrom(ctx, t.ID, t.Customer); err != nil {
			return err
		}
	}
	if last == nil && c.in.ReplyTo == t.Customer {
		last = c.row
	}
	if last == nil {
		o.InReplyTo, o.Refs = t.ThreadRoot, t.ThreadRoot
		return nil
	}
	o.InReplyTo = last.MessageID
	o.Refs = strings.Join(mailer.References(strings.Fields(last.Refs), last.MessageID), " ")
	return nil
}

// owner is whom owner mail goes to: the ticket's owner, else the agent
// who wrote, else the point of contact.
func (d *Desk) owner(t *escalation.Ticket, in escalation.Inbound) string {
	switch {
	case t != nil && t.Owner != "":
		return t.Owner
	case in.Agent == escalation.Verified:
		return in.From
	}
	return d.ownerOrCSM(t)
}
