package reports

import (
	"strings"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/schema"
)

// schemaTop is one row of a top list.
type schemaTop = schema.Top

func lower(s string) string { return strings.ToLower(s) }

// kpis are the index's figures at a glance, each linking to its page.
func kpis(s Snapshot) []kpi {
	r := s.report()
	var met, counted, p1Met, p1Counted int
	for _, a := range r.Ack {
		met, counted = met+a.Met, counted+a.Applicable
		if a.Severity == classify.P1 {
			p1Met, p1Counted = a.Met, a.Applicable
		}
	}
	var onTime, required int
	for _, c := range r.Cadence.Rows {
		onTime, required = onTime+c.OnTime, required+c.Required
	}
	var open, urgent, past int
	for i, ages := range r.Flow.Backlog {
		for _, n := range ages {
			open += n
			if i < 2 {
				urgent += n
			}
		}
		past += r.Escalation.PastFirst(schemaSeverity(i))
	}
	breaches := r.Escalation.BreachTotal[schema.AckClock] + r.Escalation.BreachTotal[schema.UpdateClock]
	return []kpi{
		{Label: "Tickets opened", Value: itoa(int64(r.Opened)), Detail: "in the period", Href: "flow.html"},
		{Label: "Acknowledged in time", Value: rateText(met, counted), Detail: itoa(int64(met)) + " of " + itoa(int64(counted)) + " by a person", Href: "acknowledgement.html"},
		{Label: "P1 acknowledged in 15 min", Value: rateText(p1Met, p1Counted), Detail: itoa(int64(p1Met)) + " of " + itoa(int64(p1Counted)), Href: "acknowledgement.html"},
		{Label: "Updates on time", Value: rateText(onTime, required), Detail: "P1 hourly, P2 daily; " + itoa(int64(r.Cadence.OverdueTotal)) + " overdue now", Href: "updates.html"},
		{Label: "Open now", Value: itoa(int64(open)), Detail: itoa(int64(urgent)) + " of them P1 or P2", Href: "flow.html#backlog-by-age"},
		{Label: "Breaches", Value: itoa(int64(breaches)), Detail: "promises broken in the period", Href: "escalations.html#breaches"},
		{Label: "Escalated past the first step", Value: rateText(past, r.Opened), Detail: itoa(int64(past)) + " ticket(s)", Href: "escalations.html"},
		{Label: "Reopen rate", Value: rateText(r.Flow.Reopened, r.Flow.Resolved), Detail: itoa(int64(r.Flow.Reopened)) + " of " + itoa(int64(r.Flow.Resolved)) + " resolved", Href: "flow.html#reopen-rate"},
	}
}

// trendWeekly is the index's trend: tickets opened per week and those
// escalated past the first step (the Escalations page has the same
// numbers under its own CSV name).
func trendWeekly(s Snapshot) (section, error) {
	sec, err := escalationWeekly(s)
	if err != nil {
		return sec, err
	}
	sec.ID, sec.Heading = "trend-by-week", "Weekly trend"
	sec.Explanation = "Tickets opened each week, and how many of them had to go past the first step of the ladder."
	sec.Definition = "Tickets by the week (Monday to Sunday, UTC) of their first mail; past the first step: the ladder paged someone beyond the people told at intake."
	return sec, nil
}
