package reports

// ticketsBySeverity is the section "Tickets by severity": open and resolved
// tickets per severity as grouped bars.
func ticketsBySeverity(s Snapshot) (section, error) {
	data := severityData(s.BySeverity)
	sec := section{
		ID:      "tickets-by-severity",
		Heading: "Tickets by severity, all time",
		Explanation: "Open and resolved tickets for each severity, P1 (critical) to P4 (low). " +
			"A tall open bar at P1 or P2 means customers are waiting on urgent issues right now.",
		Definition: "All tickets in the store, whatever the period, by their severity now: open, or resolved (resolved or closed).",
		Table:      data.table("Tickets by severity: open, resolved and total"),
	}
	if len(s.BySeverity) == 0 {
		return sec, nil // a chart of nothing says nothing
	}
	return withChart(sec, data.bar())
}

func severityData(counts []SeverityCount) grouped {
	g := grouped{
		Category: "Severity",
		Labels:   make([]string, len(counts)),
		Series:   []series{{Name: "Open"}, {Name: "Resolved"}},
		Total:    true,
	}
	for i, c := range counts {
		g.Labels[i] = c.Severity
		g.Series[0].Values = append(g.Series[0].Values, c.Open)
		g.Series[1].Values = append(g.Series[1].Values, c.Resolved)
	}
	return g
}
