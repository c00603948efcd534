package reports

import "github.com/escalate-dev/escalate/classify"

// schemaSeverity is the severity at index i (0 for P1).
func schemaSeverity(i int) classify.Severity { return classify.Severity(i + 1) }

// complianceChecklist is "Root cause and post-mortem".
func complianceChecklist(s Snapshot) (section, error) {
	r := s.report()
	f := figures{Labels: severityLabels, Unit: "%", Max: 100, Series: []fseries{{Name: "Root cause documented"}, {Name: "Post-mortem done"}}}
	t := table{Caption: "Checklist after resolution, tickets resolved in the period",
		Header: []string{"Severity", "Resolved", "Root cause required", "Documented", "Share", "Post-mortem required", "Done", "Share"},
		Units:  []string{"", "", "", "", "%", "", "", "%"}}
	resolved := 0
	for _, c := range r.Compliance.Rows {
		rc, rcOK := rate(c.Documented, c.Resolved)
		pm, pmOK := rate(c.Postmortem, c.Resolved)
		f.Series[0].add(rc, rcOK)
		f.Series[1].add(pm, pmOK)
		resolved += c.Resolved
		t.Rows = append(t.Rows, []cell{textCell(sevText(c.Severity)), intCell(c.Resolved), textCell(string(c.RootCause)),
			intCell(c.Documented), rateCell(c.Documented, c.Resolved), textCell(string(c.PostMortem)),
			intCell(c.Postmortem), rateCell(c.Postmortem, c.Resolved)})
	}
	sec := section{ID: "compliance", Heading: "Root cause and post-mortem",
		Explanation: "The protocol asks for a documented root cause on P1, P2 and P3 and a post-mortem on P1 and P2.",
		Definition: "Over the tickets resolved in the period, by final severity: documented = a root cause recorded (#rootcause); " +
			"done = the post-mortem marked done (#postmortem). Required is the protocol's checklist for the severity.",
		Table: t, Empty: "No ticket was resolved in this period."}
	if resolved == 0 {
		sec.Table.Rows = nil
		return sec, nil
	}
	return withChart(sec, f.bar())
}

// monitoredAccounts is "Accounts under monitoring".
func monitoredAccounts(s Snapshot) (section, error) {
	c := s.report().Compliance
	t := table{Caption: "Resolved tickets whose account is being watched, latest window end first",
		Header: []string{"Account", "Ticket", "Severity", "Customer", "Subject", "Resolved", "Watched until"}}
	for _, m := range c.Monitored {
		t.Rows = append(t.Rows, []cell{textCell(m.Account), textCell(s.ticket(m.ID)), textCell(sevText(m.Severity)),
			textCell(m.Customer), textCell(m.Subject), timeCell(m.ResolvedAt), timeCell(m.MonitorUntil)})
	}
	note := itoa(int64(c.MonitoredAccounts)) + " account(s) under monitoring."
	if n := shown(len(c.Monitored), c.MonitoredTotal); n != "" {
		note = n + " " + note
	}
	return section{ID: "monitoring", Heading: "Accounts under monitoring",
		Explanation: "After resolution the protocol watches the account's health: 30 days after a P1, 14 after a P2, 7 after a P3.",
		Definition: "Resolved tickets, of any period, whose monitoring window (monitor_until) ends after the time this report was generated; " +
			"the account is the customer's mail domain.",
		Table: t, Empty: "No account is under monitoring now.", Note: note}, nil
}

// topAccounts and topMailboxes name who sends the most P1/P2 tickets.
func topAccounts(s Snapshot) (section, error) {
	return topSection(s, "top-accounts", "Accounts with the most P1 and P2", "Account",
		"The customer's mail domain.", s.report().Compliance.TopAccounts)
}

func topMailboxes(s Snapshot) (section, error) {
	return topSection(s, "top-mailboxes", "Mailboxes with the most P1 and P2", "Mailbox",
		"The support mailbox (as configured) the first mail arrived in.", s.report().Compliance.TopMailboxes)
}

func topSection(s Snapshot, id, heading, what, def string, tops []schemaTop) (section, error) {
	t := table{Caption: heading + ", tickets opened in the period", Header: []string{what, "P1", "P2", "Total"}}
	for _, x := range tops {
		t.Rows = append(t.Rows, []cell{textCell(x.Name), intCell(x.P1), intCell(x.P2), intCell(x.P1 + x.P2)})
	}
	return section{ID: id, Heading: heading,
		Explanation: "Where the urgent tickets come from (the ten with the most).",
		Definition:  "Tickets opened in the period with final severity P1 or P2, counted by " + lower(what) + ". " + def,
		Table:       t, Empty: "No P1 or P2 ticket was opened in this period."}, nil
}
