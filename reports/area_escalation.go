package reports

import (
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// levelNames are the series of the ladder chart: level 0 (nobody beyond
// the first handler yet) and the protocol's five levels.
func levelNames() []string {
	names := []string{"Not escalated"}
	for _, role := range escalation.Ladder {
		names = append(names, "L"+itoa(int64(role.Level))+" "+role.Title)
	}
	return names
}

// escalationLevels is "Escalations by severity": the highest level
// reached and the share past the first step.
func escalationLevels(s Snapshot) (section, error) {
	r := s.report()
	names := levelNames()
	g := grouped{Category: "Severity", Labels: severityLabels}
	for _, name := range names {
		g.Series = append(g.Series, series{Name: name})
	}
	t := table{Caption: "Tickets opened in the period by severity and the highest ladder level reached",
		Header: append([]string{"Severity", "Tickets", "Past the first step", "Share"}, names...),
		Units:  []string{"", "", "", "%"}}
	for i, levels := range r.Escalation.Levels {
		sev := schemaSeverity(i)
		n := 0
		for level, c := range levels {
			g.Series[level].Values = append(g.Series[level].Values, c)
			n += c
		}
		past := r.Escalation.PastFirst(sev)
		row := []cell{textCell(severityLabels[i]), intCell(n), intCell(past), rateCell(past, n)}
		for _, c := range levels {
			row = append(row, intCell(c))
		}
		t.Rows = append(t.Rows, row)
	}
	sec := section{ID: "escalation-levels", Heading: "Escalations by severity",
		Explanation: "How far up the contact ladder tickets went: CSM (L1), Team Lead (L2), VP (L3), CCO (L4), CEO (L5).",
		Definition: "Tickets opened in the period, by final severity and the highest ladder level reached (escalation_level on the ticket). " +
			"Past the first step: the ladder paged someone beyond the people told at intake (a missed deadline or an agent's #escalate); share = past the first step ÷ tickets.",
		Table: t, Empty: "No tickets were opened in this period."}
	if r.Opened == 0 {
		sec.Table.Rows = nil
		return sec, nil
	}
	return withChart(sec, g.stacked())
}

// escalationWeekly is "Escalations per week".
func escalationWeekly(s Snapshot) (section, error) {
	r := s.report()
	g := grouped{Category: "Week of", Labels: weekLabels(r), Series: []series{{Name: "Opened"}, {Name: "Past the first step"}}}
	for _, w := range r.Escalation.Weekly {
		g.Series[0].Values = append(g.Series[0].Values, w.Opened)
		g.Series[1].Values = append(g.Series[1].Values, w.PastFirst)
	}
	t := g.table("Tickets opened per week and those escalated past the first step")
	t.Header, t.Units = append(t.Header, "Share"), []string{"", "", "", "%"}
	for i, w := range r.Escalation.Weekly {
		t.Rows[i] = append(t.Rows[i], rateCell(w.PastFirst, w.Opened))
	}
	sec := section{ID: "escalations-by-week", Heading: "Escalations per week",
		Explanation: "Whether escalations are becoming more or less frequent.",
		Definition:  "Tickets by the week (Monday to Sunday, UTC) of their first mail; past the first step: the ladder paged someone beyond the people told at intake.",
		Table:       t, Empty: "No tickets were opened in this period."}
	if r.Opened == 0 {
		sec.Table.Rows = nil
		return sec, nil
	}
	return withChart(sec, g.bar())
}

// breachList is "Breaches": every broken promise, worst first.
func breachList(s Snapshot) (section, error) {
	e := s.report().Escalation
	t := table{Caption: "Broken promises, latest first by how late",
		Header: []string{"Ticket", "Severity", "Clock", "Due", "Late by", "Still open", "Level reached", "Customer", "Subject"},
		Units:  []string{"", "", "", "", "minutes", "", "", "", ""}}
	for _, b := range e.Breaches {
		still := "no"
		if b.Running {
			still = "yes, growing"
		}
		t.Rows = append(t.Rows, []cell{textCell(s.ticket(b.ID)), textCell(sevText(b.Severity)), textCell(string(b.Clock)),
			timeCell(b.DueAt), durationCell(b.Late), textCell(still), intCell(b.Level), textCell(b.Customer), textCell(b.Subject)})
	}
	total := e.BreachTotal[schema.AckClock] + e.BreachTotal[schema.UpdateClock]
	note := "Acknowledgement breaches: " + itoa(int64(e.BreachTotal[schema.AckClock])) +
		"; update breaches: " + itoa(int64(e.BreachTotal[schema.UpdateClock])) + "."
	if n := shown(len(e.Breaches), total); n != "" {
		note = n + " " + note
	}
	return section{ID: "breaches", Heading: "Breaches",
		Explanation: "Every promise the team broke on the period's tickets: the ticket, the clock, and how late.",
		Definition: "Computed from the ticket's stored clocks. Acknowledgement: the first human response came after the deadline, or " +
			"none came while the ticket was open (late until the response, the resolution, or now). Update: an update came after its due " +
			"time (see Update cadence), or one is owed now. Level reached: the ticket's escalation level now.",
		Table: t, Empty: "No promise was broken in this period.", Note: note}, nil
}
