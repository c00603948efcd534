package reports

import "strconv"

// cadenceAttainment is "Update cadence": on-time updates ÷ required for
// the severities with a cadence (P1 hourly, P2 daily).
func cadenceAttainment(s Snapshot) (section, error) {
	r := s.report()
	f := figures{Unit: "%", Max: 100, Series: []fseries{{Name: "Updates on time"}}}
	t := table{Caption: "Customer updates owed and given on time, tickets opened in the period",
		Header: []string{"Severity", "Every", "Tickets", "Required", "On time", "On time share", "Overdue now"},
		Units:  []string{"", "minutes", "", "", "", "%", ""}}
	seen := false
	for _, c := range r.Cadence.Rows {
		p, ok := rate(c.OnTime, c.Required)
		f.Labels = append(f.Labels, sevText(c.Severity))
		f.Series[0].add(p, ok)
		seen = seen || c.Required > 0 || c.Overdue > 0
		t.Rows = append(t.Rows, []cell{textCell(sevText(c.Severity)), durationCell(c.Every), intCell(c.Tickets),
			intCell(c.Required), intCell(c.OnTime), rateCell(c.OnTime, c.Required), intCell(c.Overdue)})
	}
	sec := section{ID: "update-cadence", Heading: "Update cadence",
		Explanation: "Whether customers with urgent issues heard from us as often as the protocol promises: every hour for P1, every day for P2.",
		Definition: "Replayed from each ticket's events. After the first human response, an update is due one cadence after the last " +
			"update the customer saw (an agent's status update, or the resolution mail). Required: every due that fell while the ticket " +
			"was open, including one still unmet now. On time: the next update came no later than the due time. The clock pauses while " +
			"a P2 ticket waits on the customer (#waiting) and restarts at their reply; P1 never pauses. After a severity change, the new " +
			"cadence counts from the last update. Overdue now: open tickets, of any period, whose next update is past due.",
		Table: t, Empty: "No update was owed in this period."}
	if !seen {
		sec.Table.Rows = nil
		return sec, nil
	}
	return withChart(sec, f.bar())
}

// cadenceOverdue lists the open tickets whose update is overdue now.
func cadenceOverdue(s Snapshot) (section, error) {
	c := s.report().Cadence
	t := table{Caption: "Open tickets whose next customer update is overdue, most overdue first",
		Header: []string{"Ticket", "Severity", "Level", "Customer", "Subject", "Due", "Overdue by"},
		Units:  []string{"", "", "", "", "", "", "minutes"}}
	for _, o := range c.Overdue {
		t.Rows = append(t.Rows, []cell{textCell(s.ticket(o.ID)), textCell(sevText(o.Severity)), intCell(o.Level),
			textCell(o.Customer), textCell(o.Subject), timeCell(o.DueAt), durationCell(o.Late)})
	}
	return section{ID: "updates-overdue", Heading: "Updates overdue now",
		Explanation: "Customers waiting for an update right now, longer than promised.",
		Definition:  "Open tickets whose next update due time (next_update_due_at) is before the time this report was generated, whatever the period.",
		Table:       t, Empty: "No update is overdue now.", Note: shown(len(c.Overdue), c.OverdueTotal)}, nil
}

// cadenceGaps lists the longest silences per ticket.
func cadenceGaps(s Snapshot) (section, error) {
	gaps := s.report().Cadence.Gaps
	t := table{Caption: "Largest gap between customer updates per ticket, worst first",
		Header: []string{"Ticket", "Severity", "Customer", "Subject", "Updates", "Cadence", "Largest gap", "Beyond cadence"},
		Units:  []string{"", "", "", "", "", "minutes", "minutes", "minutes"}}
	for _, g := range gaps {
		t.Rows = append(t.Rows, []cell{textCell(s.ticket(g.ID)), textCell(sevText(g.Severity)), textCell(g.Customer),
			textCell(g.Subject), intCell(g.Updates), durationCell(g.Every), durationCell(g.Largest), durationCell(max(g.Largest-g.Every, 0))})
	}
	return section{ID: "update-gaps", Heading: "Largest gap per ticket",
		Explanation: "The longest time each P1/P2 customer went without hearing from us while an update was owed.",
		Definition: "For each ticket of the period with a cadence and at least one update: the longest time from an update (or the " +
			"customer's reply after waiting) to the next update, or to now while one is still owed. Sorted by how far the gap exceeds the cadence.",
		Table: t, Empty: "No P1 or P2 ticket of this period had an update yet."}, nil
}

// shown says that a list is cut, when it is.
func shown(n, total int) string {
	if total <= n {
		return ""
	}
	return "Showing " + strconv.Itoa(n) + " of " + strconv.Itoa(total) + "."
}
