package escalation

import (
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// Decide says what an inbound mail does. t is the ticket the mail threads
// to (nil if none); it is not modified. The rules:
//
//   - automatic mail (bounces, auto-replies, lists) and history are
//     recorded on their ticket and never answered;
//   - a verified agent's mail on a ticket is a status update relayed to
//     the customer, after its #commands, all applied or none;
//   - an agent address nobody vouched for changes nothing: its mail is
//     recorded like a customer's and the address is told (hourly at most);
//   - a customer's mail opens a ticket, follows up on an open one, reopens
//     a resolved one inside its window, or opens a new linked ticket after.
func Decide(p Protocol, in Inbound, t *Ticket, now time.Time) Plan {
	if t != nil && in.ByTag && !in.Participant && in.Agent != Verified {
		// A customer's tag alone does not join a stranger's ticket.
		t = nil
	}
	switch {
	case in.Automatic != "":
		return record(in, t, "automatic mail: stored, never answered")
	case in.History:
		return record(in, t, "imported as history: stored, never answered")
	case in.Agent == Verified:
		return agentMail(p, in, t, now)
	case in.Agent == Unverified:
		return unverified(in, t, now)
	case t == nil:
		return open(p, in, 0, now, "new conversation")
	case t.open():
		return followUp(in, t, now)
	case t.reopenable(now):
		return reopen(in, t, now)
	}
	return open(p, in, t.ID, now, "reply after the ticket was closed: new ticket linked to the old one")
}

func record(in Inbound, t *Ticket, reason string) Plan {
	p := Plan{Reason: reason}
	if t == nil {
		return p
	}
	p.Ticket, p.Attach = t, true
	kind := EventMailRecorded
	if in.Automatic == "bounce" {
		// Our mail on this ticket could not be delivered: the customer
		// may not have heard from us.
		kind = EventBounceReceived
	}
	p.event(kind, in.From, map[string]any{"message_id": in.MessageID, "reason": reason,
		"automatic": in.Automatic, "automatic_reason": in.AutoReason})
	return p
}

// open opens a ticket for a customer's mail: receipt and team notice.
func open(pr Protocol, in Inbound, parent int64, now time.Time, reason string) Plan {
	sev := in.Class.Severity
	if sev < classify.P1 || sev > classify.P4 {
		sev = classify.P4
	}
	opened := in.ReceivedAt
	if opened.IsZero() || opened.After(now) {
		opened = now
	}
	t := &Ticket{Subject: in.Subject, Customer: in.ReplyTo, CustomerName: in.FromName, ParentID: parent,
		ThreadRoot: in.MessageID, AutoSeverity: sev, Score: in.Class.Score, Confidence: in.Class.Confidence,
		Evidence: in.Class.Evidence, Status: Open, OpenedAt: opened}
	t.applyPolicy(pr.Policy(sev))
	p := Plan{Reason: reason, Ticket: t, New: true, Attach: true}
	p.event(EventOpened, in.ReplyTo, map[string]any{"severity": sev.String(), "score": in.Class.Score,
		"confidence": in.Class.Confidence, "reason": reason, "parent": parent, "message_id": in.MessageID})
	notify := t.Policy.NotifyTeam == Required && pr.TeamConfigured
	held := in.RecentReceipts >= pr.ReceiptsPerHour
	if held {
		p.event(EventReceiptSuppressed, "", map[string]any{"reason": "per-sender limit: receipts this hour",
			"count": in.RecentReceipts, "limit": pr.ReceiptsPerHour})
	} else {
		p.mail(Mail{Kind: MailReceipt, To: ToCustomer, TeamAlerted: notify})
		p.event(EventReceiptQueued, "", map[string]any{"ack_due": t.AckDue})
	}
	sg := suggest(pr, *t, in, now)
	if sg != nil && sg.Linked {
		t.IncidentID = sg.Incident
		p.event(EventLinked, "", map[string]any{"incident": sg.Incident, "auto": true})
	}
	if aware(sg, *t) {
		for i := range p.Mails {
			p.Mails[i].Suggestion = sg
		}
	}
	if notify {
		p.mail(Mail{Kind: MailNotice, To: ToTeam, Text: in.Text, ReceiptHeld: held, Suggestion: sg, TeamOnly: t.IncidentID != 0})
		p.event(EventTeamNotified, "", nil)
	}
	return p
}

func followUp(in Inbound, t *Ticket, now time.Time) Plan {
	n := *t
	p := Plan{Reason: "customer follow-up on an open ticket", Ticket: &n, Attach: true}
	if n.Waiting {
		// The customer answered: the update clock runs again.
		n.Waiting, p.Changed = false, true
		n.restartUpdateClock(now)
	}
	p.event(EventCustomerMessage, in.From, map[string]any{"message_id": in.MessageID})
	return p
}

func reopen(in Inbound, t *Ticket, now time.Time) Plan {
	n := *t
	n.reopen(now)
	p := Plan{Reason: "reply within the monitoring window reopens the ticket", Ticket: &n, Changed: true, Attach: true}
	p.event(EventReopened, in.From, map[string]any{"message_id": in.MessageID, "by": "customer"})
	detach(&p)
	return p
}

func (t *Ticket) reopen(now time.Time) {
	t.Status, t.ResolvedAt, t.MonitorUntil, t.Waiting = Open, time.Time{}, time.Time{}, false
	t.restartUpdateClock(now)
}

// unverified handles mail from an agent address that no trusted server
// vouched for: it may be forged, so it changes nothing on the ticket; it
// is recorded as a customer's would be, and the address is told.
func unverified(in Inbound, t *Ticket, now time.Time) Plan {
	p := Plan{Reason: "agent address not vouched for: " + in.AgentReason}
	if t != nil && (t.open() || t.reopenable(now)) {
		p.Ticket, p.Attach = t, true
		p.event(EventAgentUnverified, in.From, map[string]any{"message_id": in.MessageID, "reason": in.AgentReason})
	}
	if in.RecentUnverified == 0 {
		p.mail(Mail{Kind: MailUnverified, To: ToSender, Reason: in.AgentReason})
	}
	return p
}
