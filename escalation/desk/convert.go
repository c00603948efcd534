package desk

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// FromRow is the protocol's view of a stored ticket.
func FromRow(r *schema.Ticket) (*escalation.Ticket, error) {
	t := &escalation.Ticket{ID: r.ID, Subject: r.Subject, Customer: r.CustomerAddr, CustomerName: r.CustomerName,
		Mailbox: r.Mailbox, ThreadRoot: r.ThreadRoot, Severity: classify.Severity(r.Severity),
		AutoSeverity: classify.Severity(r.AutoSeverity), Score: r.Score, Confidence: r.Confidence,
		Status: r.Status, Owner: r.Assignee, Waiting: r.Waiting, OpenedAt: r.OpenedAt, AckDue: r.AckDueAt,
		FirstResponseAt: val(r.FirstResponseAt), LastUpdateAt: val(r.LastUpdateAt),
		NextUpdateDue: val(r.NextUpdateDueAt), ResolvedAt: val(r.ResolvedAt), MonitorUntil: val(r.MonitorUntil),
		Resolution: r.Resolution, RootCause: r.RootCause, PostmortemDone: r.PostmortemDone, Call: r.CallAt,
		EscalationLevel: r.EscalationLevel}
	if r.ParentID != nil {
		t.ParentID = *r.ParentID
	}
	t.Incident = r.Incident
	if r.IncidentID != nil {
		t.IncidentID = *r.IncidentID
	}
	if err := json.Unmarshal([]byte(r.Evidence), &t.Evidence); err != nil {
		return nil, fmt.Errorf("desk: ticket %d evidence: %w", r.ID, err)
	}
	if err := json.Unmarshal([]byte(r.Policy), &t.Policy); err != nil {
		return nil, fmt.Errorf("desk: ticket %d policy: %w", r.ID, err)
	}
	if t.Policy.AckWithin == 0 {
		// Opened before policies were copied onto tickets: today's
		// default policy of its severity.
		t.Policy = escalation.DefaultProtocol().Policy(t.Severity)
	}
	if t.Policy.Steps == nil {
		// Opened before the ladder: the default ladder and reminders.
		def := escalation.DefaultProtocol().Policy(t.Severity)
		t.Policy.Steps, t.Policy.RemindAt = def.Steps, def.RemindAt
	}
	if err := clocksFromRow(r, t); err != nil {
		return nil, err
	}
	return t, nil
}

// toRow is the stored form of t; acked (the receipt's delivery) stays
// the deliverer's.
func toRow(t *escalation.Ticket, now time.Time) (*schema.Ticket, error) {
	ev, err := json.Marshal(t.Evidence)
	if err != nil {
		return nil, fmt.Errorf("desk: ticket %d evidence: %w", t.ID, err)
	}
	pol, err := json.Marshal(t.Policy)
	if err != nil {
		return nil, fmt.Errorf("desk: ticket %d policy: %w", t.ID, err)
	}
	r := &schema.Ticket{ID: t.ID, Subject: t.Subject, CustomerAddr: t.Customer, CustomerName: t.CustomerName,
		Mailbox: t.Mailbox, Severity: int(t.Severity), AutoSeverity: int(t.AutoSeverity), Status: t.Status,
		Policy: string(pol), Score: t.Score, Confidence: t.Confidence, Evidence: string(ev), ThreadRoot: t.ThreadRoot,
		Assignee: t.Owner, RootCause: t.RootCause, PostmortemDone: t.PostmortemDone, Waiting: t.Waiting,
		Resolution: t.Resolution, CallAt: t.Call, EscalationLevel: t.EscalationLevel, OpenedAt: t.OpenedAt,
		AckDueAt: t.AckDue, FirstResponseAt: ptr(t.FirstResponseAt), LastUpdateAt: ptr(t.LastUpdateAt),
		NextUpdateDueAt: ptr(t.NextUpdateDue), ResolvedAt: ptr(t.ResolvedAt), MonitorUntil: ptr(t.MonitorUntil),
		UpdatedAt: now}
	if t.ParentID != 0 {
		r.ParentID = &t.ParentID
	}
	r.Incident = t.Incident
	if t.IncidentID != 0 {
		r.IncidentID = &t.IncidentID
	}
	if string(ev) == "null" {
		r.Evidence = "[]"
	}
	return r, clocksToRow(t, r)
}

func val(p *time.Time) time.Time {
	if p == nil {
		return time.Time{}
	}
	return *p
}

func ptr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}
