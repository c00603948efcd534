package escalation

import "time"

// HoldUntil is when planned mail m about t may go out: now, or, for the
// team's mail about a ticket whose policy keeps quiet hours (P3 and P4
// with business hours configured), the next business moment. A P3 opened
// on Saturday night pages its CSM on Monday morning; its customer is
// answered at once. Mail to whoever wrote (an agent's rejected command)
// answers something just done and is never held.
func (t *Ticket) HoldUntil(m Mail, now time.Time) time.Time {
	if t == nil || !t.Policy.QuietHours || t.Policy.Calendar == nil {
		return now
	}
	switch m.To {
	case ToTeam, ToOwner, ToRoles:
		return t.Policy.Calendar.Open(now)
	}
	return now
}
