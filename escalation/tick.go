package escalation

import (
	"fmt"
	"slices"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// maxCatchUp bounds the deadlines one Tick works through; a ticket with
// more (a gateway stopped for months) is due again at once.
const maxCatchUp = 500

// Tick says what the protocol's clocks do to t at now; t is not
// modified, and the plan concerns no inbound mail. On an open ticket:
//
//   - each deadline that passed is its own breach event, in time order:
//     the first human response (once), then every missed update interval
//     (P1 hourly, P2 daily; paused by #waiting except for P1). When the
//     first response itself is missed, the update clock starts at its
//     deadline: the customer who heard nothing is owed updates too;
//   - a breach pages the next step of the ladder (Step), unless its
//     stopping condition came first: an agent's #ack or first response
//     for the acknowledgement, an update for an update; after the last
//     step the last one repeats Policy.Repeat times;
//   - after a severity change, the new policy's first step pages whoever
//     it names that was not paged yet;
//   - the owner is reminded at Policy.RemindAt of the running deadline.
//
// On a resolved ticket: the post-mortem draft goes to the owner (P1, P2),
// and when the monitoring window ends the ticket closes and the account's
// CSM is asked to check in.
func Tick(pr Protocol, t *Ticket, now time.Time) Plan {
	n := *t
	n.Notified = slices.Clone(t.Notified)
	// A ticket linked to an incident defers to the incident's ladder:
	// its breaches are recorded, nobody is paged or reminded for it.
	c := &ticker{n: &n, now: now, p: Plan{Reason: "clock", Ticket: &n}, deferred: n.IncidentID != 0}
	switch n.Status {
	case Open:
		c.severityStep()
		c.catchUp()
		c.remind()
	case Resolved:
		c.draft()
		c.monitoring()
	}
	return c.p
}

// NextDue is when t's clocks next need a Tick; zero when never (a closed
// ticket). The store indexes it, and the clock loop waits for it.
func NextDue(t Ticket) time.Time {
	var due []time.Time
	switch t.Status {
	case Open:
		if t.Step == 0 && len(t.Policy.Steps) > 0 {
			return t.OpenedAt // a severity change left a first step to page
		}
		if d, ok := t.ackDeadline(); ok {
			due = append(due, d)
		}
		due = append(due, t.NextUpdateDue, t.EscalationDue)
		if at, _, _, ok := t.reminder(); ok && t.IncidentID == 0 {
			due = append(due, at)
		}
	case Resolved:
		if t.draftDue() {
			due = append(due, t.ResolvedAt)
		}
		due = append(due, t.MonitorUntil)
	}
	var first time.Time
	for _, d := range due {
		if !d.IsZero() && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	return first
}

// ackDeadline is the first-response deadline still to be judged: not yet
// recorded as breached, and not met in time.
func (t Ticket) ackDeadline() (time.Time, bool) {
	if t.AckBreached || t.AckDue.IsZero() || (!t.FirstResponseAt.IsZero() && !t.FirstResponseAt.After(t.AckDue)) {
		return time.Time{}, false
	}
	return t.AckDue, true
}

// acked reports whether a human acknowledged the ticket: an agent's #ack
// or a first response.
func (t Ticket) acked() bool { return !t.AckedAt.IsZero() || !t.FirstResponseAt.IsZero() }

// running is the customer's deadline now running: its clock, when it is
// due and the interval it ends.
func (t Ticket) running() (Clock, time.Time, time.Duration, bool) {
	if d, ok := t.ackDeadline(); ok && t.FirstResponseAt.IsZero() {
		return ClockAck, d, t.Policy.AckWithin, true
	}
	if !t.NextUpdateDue.IsZero() && t.Policy.UpdateEvery > 0 {
		return ClockUpdate, t.NextUpdateDue, t.Policy.UpdateEvery, true
	}
	return "", time.Time{}, 0, false
}

// reminder is when the owner is to be reminded of the running deadline,
// if not yet reminded of it.
func (t Ticket) reminder() (at time.Time, c Clock, due time.Time, ok bool) {
	c, due, every, ok := t.running()
	if !ok || t.Policy.RemindAt <= 0 || t.RemindedDue.Equal(due) {
		return time.Time{}, "", time.Time{}, false
	}
	if c == ClockAck {
		// In business time, when the policy has a calendar.
		return t.Policy.Calendar.Add(t.OpenedAt, time.Duration(float64(every)*t.Policy.RemindAt)), c, due, true
	}
	before := time.Duration(float64(every) * (1 - t.Policy.RemindAt))
	return due.Add(-before), c, due, true
}

func (t Ticket) draftDue() bool {
	// A linked ticket's post-mortem is its incident's.
	return t.Policy.PostMortem == Required && !t.ResolvedAt.IsZero() && !t.DraftFor.Equal(t.ResolvedAt) && t.IncidentID == 0
}

// ticker builds the plan of one Tick.
type ticker struct {
	n   *Ticket // the ticket's next state
	now time.Time
	p   Plan
	// deferred: the ticket is linked to an incident, whose ladder pages.
	deferred bool
}

func (c *ticker) event(kind EventKind, detail map[string]any) {
	c.p.event(kind, "", detail)
	c.p.Changed = true
}

// severityStep pages the first step's untold targets after a severity
// change moved the ticket onto a new ladder.
func (c *ticker) severityStep() {
	n := c.n
	if n.Step != 0 || len(n.Policy.Steps) == 0 {
		return
	}
	roles := n.untold(n.Policy.Steps[0].Targets)
	n.Step = 1
	c.p.Changed = true
	if len(roles) > 0 && !c.deferred {
		// Negative: apart from the inbound mail rows that number a hand
		// escalation's notice.
		n.page(&c.p, roles, "", fmt.Sprintf("the severity is now %s (%s)", n.Severity, SeverityName(n.Severity)),
			-int64(n.Severity), map[string]any{"step": 1, "severity": n.Severity.String()})
	}
	n.skipTold()
}

// catchUp works through every deadline that passed, earliest first.
func (c *ticker) catchUp() {
	c.unanswered()
	for range maxCatchUp {
		clock, at := c.next()
		if clock == "" || at.After(c.now) {
			return
		}
		switch clock {
		case ClockAck:
			c.ackBreach(at)
		case ClockUpdate:
			c.updateBreach(at)
		default:
			c.delayed()
		}
	}
}

// next is the earliest deadline to judge: the first response, a step
// waiting out its delay ("delayed"), or the next update; on a tie, in
// that order.
func (c *ticker) next() (Clock, time.Time) {
	n := c.n
	var best Clock
	var at time.Time
	consider := func(k Clock, t time.Time, ok bool) {
		if ok && !t.IsZero() && (best == "" || t.Before(at)) {
			best, at = k, t
		}
	}
	ack, ok := n.ackDeadline()
	consider(ClockAck, ack, ok)
	consider("delayed", n.EscalationDue, true)
	consider(ClockUpdate, n.NextUpdateDue, n.Policy.UpdateEvery > 0)
	return best, at
}

// unanswered starts the update clock of a ticket whose first response
// was missed and is still awaited, at the missed deadline: a severity
// change recomputes the clocks from the last update, and there is none.
func (c *ticker) unanswered() {
	n := c.n
	if !n.AckBreached || !n.FirstResponseAt.IsZero() || !n.NextUpdateDue.IsZero() || n.Policy.UpdateEvery <= 0 ||
		(n.Waiting && n.Severity != classify.P1) {
		return
	}
	n.NextUpdateDue = n.Policy.Calendar.Add(n.AckDue, n.Policy.UpdateEvery)
	c.p.Changed = true
}

func (c *ticker) late(due time.Time) string { return HumanDuration(c.now.Sub(due).Round(time.Minute)) }

func (c *ticker) ackBreach(due time.Time) {
	n := c.n
	n.AckBreached = true
	answered := !n.FirstResponseAt.IsZero()
	c.event(EventBreach, map[string]any{"clock": ClockAck, "due": due, "late_by": c.now.Sub(due).String(),
		"answered_late": answered})
	if answered {
		return // the response came, late: recorded, nobody paged
	}
	c.unanswered()
	if !n.AckedAt.IsZero() {
		return // #ack: the owner has it; the ack step does not page
	}
	c.escalate(ClockAck, due, fmt.Sprintf("no human response within %s of the customer's mail (%s late)",
		HumanDuration(n.Policy.AckWithin), c.late(due)))
}

func (c *ticker) updateBreach(due time.Time) {
	n := c.n
	n.NextUpdateDue = n.Policy.Calendar.Add(due, n.Policy.UpdateEvery)
	c.event(EventBreach, map[string]any{"clock": ClockUpdate, "due": due, "late_by": c.now.Sub(due).String()})
	c.escalate(ClockUpdate, due, fmt.Sprintf("the %s update to the customer was missed (%s late)",
		n.Policy.UpdateCadenceTxt, c.late(due)))
}

// hasStep reports whether a step (or a repeat of the last) is left.
func (t *Ticket) hasStep() bool {
	return len(t.Policy.Steps) > 0 && t.Step < len(t.Policy.Steps)+t.Policy.Repeat
}

func (t *Ticket) nextStep() Step { return t.Policy.Steps[min(t.Step, len(t.Policy.Steps)-1)] }

// escalate pages the next step for the breach of clock at due, now or
// after the step's delay.
func (c *ticker) escalate(clock Clock, due time.Time, reason string) {
	n := c.n
	if c.deferred || !n.hasStep() || !n.EscalationDue.IsZero() {
		return // the incident's ladder pages; nothing left; or a step is already waiting out its delay
	}
	if after := n.nextStep().After; after > 0 {
		n.EscalationDue, n.EscalationClock = due.Add(after), clock
		return
	}
	c.fire(clock, due, reason)
}

// delayed pages the step that waited out its delay, unless its stopping
// condition came meanwhile.
func (c *ticker) delayed() {
	n := c.n
	clock, at := n.EscalationClock, n.EscalationDue
	n.EscalationDue, n.EscalationClock = time.Time{}, ""
	if !n.hasStep() {
		return
	}
	breach := at.Add(-n.nextStep().After)
	switch {
	case clock == ClockAck && n.acked():
		return
	case clock == ClockUpdate && !n.LastUpdateAt.Before(breach):
		return
	}
	c.fire(clock, breach, fmt.Sprintf("the %s deadline passed %s ago and nobody acted",
		clock.Words(), c.late(breach)))
}

func (c *ticker) fire(clock Clock, due time.Time, reason string) {
	n := c.n
	if c.deferred {
		return
	}
	k := n.Step
	s := n.nextStep()
	n.Step++
	n.page(&c.p, s.Targets, "", reason, due.Unix(), map[string]any{"step": min(k, len(n.Policy.Steps)-1) + 1,
		"repeat": k >= len(n.Policy.Steps), "clock": clock, "due": due})
	n.skipTold()
}

// remind reminds the owner of the running deadline once, at RemindAt of
// its interval.
func (c *ticker) remind() {
	n := c.n
	at, clock, due, ok := n.reminder()
	if c.deferred || !ok || at.After(c.now) || !c.now.Before(due) {
		return
	}
	n.RemindedDue = due
	c.event(EventReminderQueued, map[string]any{"clock": clock, "due": due})
	c.p.mail(Mail{Kind: MailReminder, To: ToOwner, Clock: clock, Due: due, N: due.Unix()})
}

// draft sends the post-mortem draft once per resolution.
func (c *ticker) draft() {
	n := c.n
	if !n.draftDue() {
		return
	}
	n.DraftFor = n.ResolvedAt
	c.event(EventPostmortemDrafted, nil)
	c.p.mail(Mail{Kind: MailPostmortemDraft, To: ToOwner, N: n.ResolvedAt.Unix()})
}

// monitoring closes the ticket when its window ends; a monitored
// account's CSM is asked to check in.
func (c *ticker) monitoring() {
	n := c.n
	if n.MonitorUntil.IsZero() || c.now.Before(n.MonitorUntil) {
		return
	}
	n.Status, n.NextUpdateDue, n.EscalationDue = Closed, time.Time{}, time.Time{}
	if n.Policy.MonitorFor <= 0 {
		c.event(EventClosed, map[string]any{"reopen_until": n.MonitorUntil})
		return
	}
	c.event(EventMonitoringEnded, map[string]any{"window": n.Policy.MonitorFor.String()})
	c.p.mail(Mail{Kind: MailMonitoringEnded, To: ToRoles, Roles: []string{"csm"}, N: n.MonitorUntil.Unix()})
}
