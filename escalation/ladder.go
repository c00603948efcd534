package escalation

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/escalate-dev/escalate/classify"
)

// Clock names one of the customer's deadlines.
type Clock string

// The two deadlines a customer waits on: the first human response, then
// each update. Exactly one runs at a time.
const (
	ClockAck    Clock = "ack"    // the first human response (the protocol's acknowledgement)
	ClockUpdate Clock = "update" // the next update the customer sees
)

// Words is the clock as a reminder names it: "first response", "update".
func (c Clock) Words() string {
	if c == ClockAck {
		return "first response"
	}
	return "update"
}

// Step is one rung of a severity's escalation policy.
//
// The first step pages its targets at intake (with the team notice). Each
// later step pages at the next breach of the customer's clock after the
// step before it: the acknowledgement deadline passing without a human
// acknowledgement, then each update deadline passing without an update.
// So the stopping condition of the first step after intake is a human
// acknowledgement (an agent's #ack or first response), and of the later
// ones an update. After delays the page past the breach: the step pages
// at breach+After unless its stopping condition came meanwhile.
type Step struct {
	// Targets are role keys: "csm", "team_lead", "vp", "cco", "ceo" (the
	// ladder) or "technical", "product" (side roles).
	Targets []string      `json:"targets"`
	After   time.Duration `json:"after,omitempty"`
}

// DefaultSteps returns the protocol's ladder for s: its flow ("for P1/P2
// immediately notify Team Lead → Manager → VP → C-Level as needed") and
// its checklist (P1: escalate to Manager/VP always; P2: if needed).
//
//	P1: CSM, Team Lead, VP and Technical at intake; a breach → CCO; the next → CEO.
//	P2: CSM and Team Lead at intake; a breach → VP; the next → CCO.
//	P3, P4: the CSM (no paging: no team notice); a breach → Team Lead.
func DefaultSteps(s classify.Severity) []Step {
	switch s {
	case classify.P1:
		return []Step{{Targets: []string{"csm", "team_lead", "vp", "technical"}}, {Targets: []string{"cco"}},
			{Targets: []string{"ceo"}}}
	case classify.P2:
		return []Step{{Targets: []string{"csm", "team_lead"}}, {Targets: []string{"vp"}}, {Targets: []string{"cco"}}}
	}
	return []Step{{Targets: []string{"csm"}}, {Targets: []string{"team_lead"}}}
}

// ErrUnknownRole is returned for a role key that names no role.
var ErrUnknownRole = errors.New("unknown role")

// RoleByKey returns the role of a config key ("vp", "technical", …).
func RoleByKey(key string) (Role, error) {
	for _, r := range slices.Concat(Ladder, SideRoles) {
		if r.Key == key {
			return r, nil
		}
	}
	return Role{}, fmt.Errorf("%q: %w (want csm, team_lead, vp, cco, ceo, technical or product)", key, ErrUnknownRole)
}

// RoleOfLevel returns the ladder's role of level n (1-5).
func RoleOfLevel(n int) Role { return Ladder[min(max(n, 1), len(Ladder))-1] }

func checkSteps(pol Policy) error {
	for i, s := range pol.Steps {
		if len(s.Targets) == 0 {
			return fmt.Errorf("step %d: no targets", i+1)
		}
		for _, k := range s.Targets {
			if _, err := RoleByKey(k); err != nil {
				return fmt.Errorf("step %d: %w", i+1, err)
			}
		}
		if s.After < 0 {
			return fmt.Errorf("step %d: negative delay", i+1)
		}
	}
	if pol.Repeat < 0 {
		return errors.New("negative repeat")
	}
	if pol.RemindAt < 0 || pol.RemindAt >= 1 {
		return errors.New("remind_at must be in [0, 1)")
	}
	return nil
}

// level is the highest ladder level among role keys (0: side roles only).
func level(keys []string) int {
	n := 0
	for _, k := range keys {
		if r, err := RoleByKey(k); err == nil {
			n = max(n, r.Level)
		}
	}
	return n
}

// told reports whether role key was paged on the ticket.
func (t *Ticket) told(key string) bool { return slices.Contains(t.Notified, key) }

// untold returns the keys not yet paged, in order.
func (t *Ticket) untold(keys []string) []string {
	var out []string
	for _, k := range keys {
		if !t.told(k) {
			out = append(out, k)
		}
	}
	return out
}

// placeOnLadder puts the ticket on its policy's ladder. A new ticket has
// its first step paged by the team notice. After a severity change the
// people already paged are never paged again for the same step: the
// first step of the new policy pages (on the next tick) whoever it names
// that was not told, and the ladder waits on the first later step that
// names someone new.
func (t *Ticket) placeOnLadder(first bool) {
	steps := t.Policy.Steps
	if len(steps) == 0 {
		return
	}
	if first {
		t.Notified = slices.Clone(steps[0].Targets)
		t.EscalationLevel = max(t.EscalationLevel, level(steps[0].Targets))
		t.Step = 1
		return
	}
	if len(t.untold(steps[0].Targets)) > 0 {
		t.Step = 0
		return
	}
	t.Step = 1
	t.skipTold()
}

// skipTold moves the ladder past steps whose targets were all paged.
func (t *Ticket) skipTold() {
	for t.Step < len(t.Policy.Steps) && len(t.untold(t.Policy.Steps[t.Step].Targets)) == 0 {
		t.Step++
	}
}

// page records the paging of roles on p: the level reached, who was
// told, the event and the notice.
func (t *Ticket) page(p *Plan, roles []string, actor, reason string, n int64, detail map[string]any) {
	before := slices.Clone(t.Notified)
	for _, k := range roles {
		if !t.told(k) {
			t.Notified = append(t.Notified, k)
		}
	}
	lvl := level(roles)
	t.EscalationLevel = max(t.EscalationLevel, lvl)
	if detail == nil {
		detail = map[string]any{}
	}
	detail["level"], detail["roles"], detail["reason"], detail["notified_before"] = lvl, roles, reason, before
	p.event(EventEscalated, actor, detail)
	p.mail(Mail{Kind: MailEscalation, To: ToRoles, Roles: roles, Level: lvl, Reason: reason, N: n})
	p.Changed = true
}

// ladder applies an agent's #ack and #escalate.
func (a *agentPlan) ladder() {
	n := &a.n
	if a.has(CmdAck) {
		if n.AckedAt.IsZero() {
			n.AckedAt, n.AckedBy = a.now, a.in.From
		}
		n.Owner = a.in.From
		if n.EscalationClock == ClockAck {
			n.EscalationDue, n.EscalationClock = time.Time{}, ""
		}
		a.event(EventAcked, nil)
	}
	c, ok := a.by[CmdEscalate]
	if !ok {
		return
	}
	role := c.Arg
	if role == "" {
		role = RoleOfLevel(n.EscalationLevel + 1).Key
	}
	// N 0: the notice is numbered by the agent's mail.
	n.page(&a.p, []string{role}, a.in.From, "escalated by hand by "+a.in.From, 0,
		map[string]any{"by_hand": true, "message_id": a.in.MessageID})
	n.skipTold()
}
