package reports

// incidentList is "Incidents": one row per incident opened in the period.
func incidentList(s Snapshot) (section, error) {
	in := s.report().Incidents
	t := table{Caption: "Incidents opened in the period, latest first",
		Header: []string{"Incident", "Severity", "Subject", "Status", "First report", "Latest report", "Duration", "Tickets",
			"Accounts", "Time to first update", "Updates relayed", "Customers with a cadence", "Cadence kept", "Share"},
		Units: []string{"", "", "", "", "", "", "", "", "", "", "", "", "", "%"}}
	for _, r := range in.Rows {
		first := missing
		if r.HasUpdate {
			first = durationCell(r.FirstUpdate)
		}
		t.Rows = append(t.Rows, []cell{textCell(s.ticket(r.ID)), textCell(sevText(r.Severity)), textCell(r.Subject),
			textCell(string(r.Status)), timeCell(r.FirstReport), timeCell(r.LatestReport), durationCell(r.Duration),
			intCell(r.Tickets), intCell(r.Accounts), first, intCell(r.Updates), intCell(r.Cadenced), intCell(r.Kept),
			rateCell(r.Kept, r.Cadenced)})
	}
	return section{ID: "incidents", Heading: "Incidents",
		Explanation: "When many customers report one outage, agents group their tickets under one incident: one update " +
			"reaches every linked customer in their own thread, and the ladder climbs once.",
		Definition: "Tickets declared an incident (#incident) opened in the period, with the tickets linked to them (#link). " +
			"Duration: from the first report (the earliest opening among them) to the incident's resolution, or to now while open. " +
			"Accounts: distinct customer mail domains. Time to first update: from the first report to the incident's first status update. " +
			"Updates relayed: status updates on all its tickets (one update to 37 customers counts 37). " +
			"Cadence kept: of its P1/P2 tickets, those with no missed update (no update breach).",
		Table: t, Empty: "No incident was declared in this period.", Note: shown(len(in.Rows), in.Total)}, nil
}
