package desk

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/mailer"
	"github.com/escalate-dev/escalate/schema"
)

// Incidents at the desk: it gathers the tickets an incident's decision
// reads (escalation.Inbound's Related, Incidents and Recent), commits the
// plan's changes to other tickets in the same transaction, and renders
// what incidents add to mails.

// recentLimit bounds the like tickets a new P1/P2 is compared with.
const recentLimit = 500

// incidentContext gathers what Decide needs about incidents for in: for
// a verified agent's mail on a ticket, the related tickets (loaded for
// update); for a customer's new ticket, the open incidents and, for a
// P1/P2, the recent P1/P2 tickets.
func (d *Desk) incidentContext(ctx context.Context, x *schema.Tx, in *escalation.Inbound, t *escalation.Ticket, m *memo) error {
	switch {
	case in.Agent == escalation.Verified && t != nil:
		return d.related(ctx, x, in, t)
	case t == nil && in.Agent == escalation.NotAgent && in.Automatic == "" && !in.History:
		return d.openIncidents(ctx, x, in, m)
	}
	return nil
}

// related loads the tickets an agent's mail on t may change: those
// linked to t when it is (or becomes) an incident, t's incident, and the
// tickets its #link or #unlink name.
func (d *Desk) related(ctx context.Context, x *schema.Tx, in *escalation.Inbound, t *escalation.Ticket) error {
	cmds, _, err := escalation.ParseCommands(in.Text)
	if err != nil {
		return nil // Decide rejects the mail; nothing to load
	}
	var named []int64
	declare := false
	for _, c := range cmds {
		named = append(named, c.IDs...)
		declare = declare || c.Verb == escalation.CmdIncident
	}
	if t.IncidentID != 0 {
		named = append(named, t.IncidentID)
	}
	rel := map[int64]*escalation.Ticket{}
	if t.Incident || declare {
		rows, err := x.LinkedForUpdate(ctx, t.ID)
		if err != nil {
			return err
		}
		for i := range rows {
			lt, err := FromRow(&rows[i])
			if err != nil {
				return err
			}
			rel[lt.ID] = lt
		}
	}
	slices.Sort(named)
	for _, id := range slices.Compact(named) {
		if _, ok := rel[id]; ok || id == t.ID {
			continue
		}
		lt, err := d.load(ctx, x, id)
		if err != nil {
			return err
		}
		if lt != nil {
			rel[id] = lt
		}
	}
	if len(rel) > 0 {
		in.Related = rel
	}
	return nil
}

// openIncidents gathers the open incidents and, for a P1/P2, the recent
// P1/P2 tickets like ones are looked for among.
func (d *Desk) openIncidents(ctx context.Context, x *schema.Tx, in *escalation.Inbound, m *memo) error {
	incs, err := m.openIncidents(ctx, x)
	if err != nil {
		return err
	}
	in.Incidents = incs
	if s := in.Class.Severity; s != classify.P1 && s != classify.P2 {
		return nil
	}
	in.Likeness = d.likeness
	in.Recent, err = m.recentUrgent(ctx, x, d.now().Add(-d.protocol.IncidentWindow))
	return err
}

// commit applies plan inside x: its own ticket (commitTicket), then each
// other ticket it changes, with that ticket's events and the mails in its
// customer's thread. It reports whether mail was queued.
func (d *Desk) commit(ctx context.Context, x *schema.Tx, p escalation.Plan, c cause, now time.Time) (bool, error) {
	queued, err := d.commitTicket(ctx, x, p, c, now)
	if err != nil {
		return false, err
	}
	for _, ch := range p.Linked {
		q, err := d.commitTicket(ctx, x, escalation.Plan{Ticket: ch.Ticket, Changed: true, Events: ch.Events, Mails: ch.Mails}, c, now)
		if err != nil {
			return false, err
		}
		queued = queued || q
	}
	return queued, nil
}

// incidentReceipt renders the receipt of a customer who wrote while the
// incident of m's suggestion was open.
func (d *Desk) incidentReceipt(m escalation.Mail, t *escalation.Ticket) (subject, body string) {
	s := m.Suggestion
	next := t.AckDue
	if !s.NextUpdate.IsZero() && s.NextUpdate.After(d.now()) && s.NextUpdate.Before(next) {
		next = s.NextUpdate
	}
	return mailer.IncidentAck(mailer.IncidentAckData{Tag: d.tag(t.ID), Subject: t.Subject, CustomerName: t.CustomerName,
		Severity: t.Severity.String(), SeverityName: escalation.SeverityName(t.Severity),
		AckWithin: escalation.HumanDuration(t.Policy.AckWithin), About: s.About, NextUpdate: d.clock(next),
		Contact: d.contact(t), Signature: d.cfg.Signature})
}

// suggestion is the notice's line of m's suggestion; empty when none.
func suggestion(m escalation.Mail) string {
	if m.Suggestion == nil {
		return ""
	}
	return m.Suggestion.Text
}

// incidentReach is the reach an incident's escalation notice names; nil
// for a ticket that is no incident.
func (d *Desk) incidentReach(ctx context.Context, x *schema.Tx, t *escalation.Ticket) (*mailer.IncidentReach, error) {
	if !t.Incident {
		return nil, nil
	}
	r, err := x.IncidentReach(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	accounts := map[string]bool{}
	for _, c := range r.Customers {
		accounts[d.accountOf(c)] = true
	}
	return &mailer.IncidentReach{Tickets: r.Tickets, Accounts: len(accounts), FirstReport: d.clock(r.First),
		LatestReport: d.clock(r.Latest)}, nil
}

// accountOf names a customer's account: the configured one, else the
// address's domain.
func (d *Desk) accountOf(addr string) string {
	if a, ok := d.cfg.People.Account(addr); ok {
		return "account " + a.Name
	}
	_, dom, _ := strings.Cut(addrOnly(addr), "@")
	return "domain " + dom
}
