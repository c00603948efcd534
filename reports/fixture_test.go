package reports

import (
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// day is a time in November 2026, UTC.
func day(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }

func ref(id int64, subject, customer string, sev classify.Severity, level int) schema.TicketRef {
	return schema.TicketRef{ID: id, Subject: subject, Customer: customer, Severity: sev, Level: level}
}

func q(n int, p50, p90 time.Duration) schema.Quantiles {
	return schema.Quantiles{N: n, P50: p50, P90: p90}
}

// fixtureReport is a realistic report over three weeks, as
// schema.Store.Report returns it.
func fixtureReport() *schema.Report {
	h, m := time.Hour, time.Minute
	weeks := []time.Time{day(9, 0), day(16, 0), day(23, 0)}
	a := ref(41, "Checkout returns 500 for all EU customers", "priya@northwind.example", classify.P1, 3)
	b := ref(44, "Reports are very slow", "sam@contoso.example", classify.P2, 1)
	c := ref(47, "Export to CSV misses the last row", "lee@fabrikam.example", classify.P3, 0)
	return &schema.Report{
		From: day(9, 0), To: day(30, 0), Now: day(26, 16), Weeks: weeks, Opened: 38,
		Ack: []schema.AckRow{
			{Severity: 1, Target: 15 * m, Opened: 4, Applicable: 4, Met: 3, Receipt: q(4, 4*time.Second, 9*time.Second), FirstResponse: q(4, 9*m, 21*m)},
			{Severity: 2, Target: h, Opened: 9, Applicable: 8, Met: 7, Pending: 1, Receipt: q(9, 5*time.Second, 12*time.Second), FirstResponse: q(8, 35*m, 70*m)},
			{Severity: 3, Target: 4 * h, Opened: 15, Applicable: 13, Met: 13, Pending: 2, Receipt: q(15, 5*time.Second, 8*time.Second), FirstResponse: q(13, 90*m, 200*m)},
			{Severity: 4, Target: 24 * h, Opened: 10, Applicable: 9, Met: 8, Pending: 1, Receipt: q(10, 6*time.Second, 9*time.Second), FirstResponse: q(9, 5*h, 26*h)},
		},
		Cadence: schema.Cadence{
			Rows: []schema.CadenceRow{
				{Severity: 1, Every: h, Tickets: 4, Required: 31, OnTime: 27, Overdue: 1},
				{Severity: 2, Every: 24 * h, Tickets: 8, Required: 14, OnTime: 13},
			},
			Gaps:         []schema.UpdateGap{{TicketRef: a, Every: h, Largest: 95 * m, Updates: 9}, {TicketRef: b, Every: 24 * h, Largest: 26 * h, Updates: 3}},
			Overdue:      []schema.Overdue{{TicketRef: a, DueAt: day(26, 15), Late: h}},
			OverdueTotal: 1,
		},
		Flow: schema.Flow{
			Volume:        [][4]int{{1, 3, 5, 4}, {2, 3, 6, 3}, {1, 3, 4, 3}},
			Resolve:       [4]schema.Quantiles{q(3, 5*h, 9*h), q(7, 30*h, 60*h), q(10, 50*h, 110*h), q(8, 70*h, 140*h)},
			ResolveWeekly: [][4]schema.Quantiles{{q(1, 4*h, 4*h), q(3, 28*h, 40*h), q(4, 45*h, 100*h), q(3, 60*h, 90*h)}, {q(2, 6*h, 9*h), q(2, 33*h, 60*h), q(4, 52*h, 110*h), q(3, 72*h, 140*h)}, {{}, q(2, 26*h, 30*h), q(2, 40*h, 48*h), q(2, 80*h, 96*h)}},
			Backlog:       [4][3]int{{1, 0, 0}, {1, 1, 0}, {3, 1, 1}, {2, 0, 1}},
			Oldest:        []schema.OpenTicket{{TicketRef: a, OpenedAt: day(26, 9), Age: 7 * h}, {TicketRef: b, OpenedAt: day(24, 10), Age: 54 * h}},
			Resolved:      28, Reopened: 2,
		},
		Escalation: schema.Escalations{
			Levels:      [4][6]int{{0, 1, 2, 1}, {4, 3, 2}, {13, 2}, {10}},
			Past:        [4]int{3, 2},
			Weekly:      []schema.EscalationWeek{{Opened: 13, PastFirst: 1}, {Opened: 14, PastFirst: 2}, {Opened: 11, PastFirst: 1}},
			Breaches:    []schema.Breach{{TicketRef: b, Clock: schema.AckClock, DueAt: day(24, 11), Late: 25 * m}, {TicketRef: a, Clock: schema.UpdateClock, DueAt: day(26, 15), Late: h, Running: true}},
			BreachTotal: map[schema.Clock]int{schema.AckClock: 4, schema.UpdateClock: 4},
		},
		Compliance: schema.Compliance{
			Rows: []schema.ComplianceRow{
				{Severity: 1, RootCause: escalation.Required, PostMortem: escalation.Required, Resolved: 3, Documented: 3, Postmortem: 2},
				{Severity: 2, RootCause: escalation.Required, PostMortem: escalation.Required, Resolved: 7, Documented: 5, Postmortem: 4},
				{Severity: 3, RootCause: escalation.Required, PostMortem: escalation.IfNeeded, Resolved: 10, Documented: 6},
				{Severity: 4, RootCause: escalation.IfApplicable, PostMortem: escalation.NotRequired, Resolved: 8, Documented: 1},
			},
			Monitored:         []schema.Monitored{{TicketRef: c, Account: "fabrikam.example", ResolvedAt: day(25, 12), MonitorUntil: time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)}},
			MonitoredTotal:    1,
			MonitoredAccounts: 1,
			TopAccounts:       []schema.Top{{Name: "northwind.example", P1: 3, P2: 2}, {Name: "contoso.example", P1: 1, P2: 4}},
			TopMailboxes:      []schema.Top{{Name: "support", P1: 4, P2: 9}},
		},
		Confusion: [4][4]int{{3, 1, 0, 0}, {1, 7, 1, 0}, {0, 1, 13, 1}, {0, 0, 1, 9}},
		Incidents: schema.Incidents{Total: 1, Rows: []schema.IncidentRow{{TicketRef: a, Status: escalation.Resolved,
			FirstReport: day(26, 9), LatestReport: day(26, 9).Add(38 * m), ResolvedAt: day(26, 12), Duration: 3 * h,
			Tickets: 37, Accounts: 21, FirstUpdate: 12 * m, HasUpdate: true, Updates: 131, Cadenced: 36, Kept: 34}}},
	}
}

// emptyReport is a report over three weeks in which nothing happened, as
// schema.Store.Report returns it.
func emptyReport() *schema.Report {
	r := &schema.Report{From: day(9, 0), To: day(30, 0), Now: day(26, 16), Weeks: []time.Time{day(9, 0), day(16, 0), day(23, 0)}}
	for _, sev := range []classify.Severity{1, 2, 3, 4} {
		r.Ack = append(r.Ack, schema.AckRow{Severity: sev, Target: escalation.DefaultProtocol().Policy(sev).AckWithin})
		r.Compliance.Rows = append(r.Compliance.Rows, schema.ComplianceRow{Severity: sev})
	}
	r.Cadence.Rows = []schema.CadenceRow{{Severity: 1, Every: time.Hour}, {Severity: 2, Every: 24 * time.Hour}}
	r.Flow.Volume = make([][4]int, 3)
	r.Flow.ResolveWeekly = make([][4]schema.Quantiles, 3)
	r.Escalation.Weekly = make([]schema.EscalationWeek, 3)
	return r
}
