package desk

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
)

// Decide asks the protocol what in does to t, with the desk's protocol.
func (d *Desk) Decide(in escalation.Inbound, t *escalation.Ticket, now time.Time) escalation.Plan {
	return escalation.Decide(d.protocol, in, t, now)
}

// ClassifyInput is exactly what the gateway classifies of a mail.
func ClassifyInput(m *intake.Message) classify.Input {
	return classify.Input{Subject: m.Subject, Body: m.SeverityText(), Sender: m.From.Addr, SenderName: m.From.Name}
}

// inbound gathers what Decide needs to know about msg: who sent it, the
// ticket it threads to (loaded for update), and the recent mail to its
// sender.
func (d *Desk) inbound(ctx context.Context, x *schema.Tx, f intake.Fetched, msg *intake.Message, m *memo) (escalation.Inbound, *escalation.Ticket, error) {
	now := d.now()
	in := escalation.Inbound{MessageID: msg.MessageID, From: strings.ToLower(msg.From.Addr), FromName: msg.From.Name,
		ReplyTo: customerAddr(msg), Subject: d.tags.Normalize(msg.Subject), Automatic: string(msg.Auto),
		AutoReason: msg.AutoReason, ReceivedAt: f.InternalDate}
	in.History = f.Initial && !f.InternalDate.After(d.startedAt.Add(-d.cfg.HistoryCutoff))
	in.Agent, in.AgentReason = d.cfg.Agents.check(msg)
	if in.Agent == escalation.Verified {
		// An agent's words only, never quoted history: this text goes to
		// the customer.
		in.Text = msg.Visible
	} else {
		in.Text = msg.NewText()
	}
	t, err := d.thread(ctx, x, msg, &in)
	if err != nil {
		return in, nil, err
	}
	hour := now.Add(-time.Hour)
	if in.Agent == escalation.Unverified {
		if in.RecentUnverified, err = x.CountOutboxTo(ctx, in.From, escalation.MailUnverified, hour); err != nil {
			return in, nil, err
		}
	}
	if t == nil && in.Agent == escalation.NotAgent && in.Automatic == "" && !in.History {
		in.Class = d.classifier.Classify(ClassifyInput(msg))
		if in.RecentReceipts, err = x.CountOutboxTo(ctx, in.ReplyTo, escalation.MailReceipt, hour); err != nil {
			return in, nil, err
		}
	}
	return in, t, d.incidentContext(ctx, x, &in, t, m)
}

// thread finds the ticket of msg, in layers (strongest first): our own
// signed Message-IDs in In-Reply-To/References; any stored Message-ID of
// the thread; the subject tag (Decide weighs who may use a tag alone).
func (d *Desk) thread(ctx context.Context, x *schema.Tx, msg *intake.Message, in *escalation.Inbound) (*escalation.Ticket, error) {
	ids := msg.ThreadIDs()
	for _, id := range ids {
		if n, ok := d.ids.Ticket(id); ok {
			return d.load(ctx, x, n)
		}
	}
	if n, ok, err := x.TicketByMessageIDs(ctx, ids); err != nil || ok {
		if err != nil {
			return nil, err
		}
		return d.load(ctx, x, n)
	}
	n, ok := d.tags.Ticket(msg.Subject)
	if !ok {
		return nil, nil
	}
	in.Tag = n
	t, err := d.load(ctx, x, n)
	if err != nil || t == nil {
		return nil, err
	}
	in.ByTag = true
	in.Participant, err = x.IsParticipant(ctx, n, in.From)
	return t, err
}

// load reads ticket id for update; nil when it does not exist.
func (d *Desk) load(ctx context.Context, x *schema.Tx, id int64) (*escalation.Ticket, error) {
	row, err := x.TicketForUpdate(ctx, id)
	if errors.Is(err, schema.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if d.loaded != nil {
		d.loaded(id)
	}
	return FromRow(row)
}

// customerAddr is where the customer wants answers: Reply-To when given.
func customerAddr(m *intake.Message) string {
	if len(m.ReplyTo) > 0 && m.ReplyTo[0].Addr != "" {
		return strings.ToLower(m.ReplyTo[0].Addr)
	}
	return strings.ToLower(m.From.Addr)
}
