package reports

// confusionMatrix is "Automatic versus final severity".
func confusionMatrix(s Snapshot) (section, error) {
	m := s.report().Confusion
	g := grouped{Category: "Automatic call", Labels: severityLabels}
	for _, name := range severityLabels {
		g.Series = append(g.Series, series{Name: "Final " + name})
	}
	t := table{Caption: "Tickets by the classifier's call (rows) and the final severity (columns)",
		Header: []string{"Automatic \\ final", "P1", "P2", "P3", "P4", "Total", "Kept"}, Units: []string{"", "", "", "", "", "", "%"}}
	all, kept := 0, 0
	for auto, row := range m {
		cells := []cell{textCell(severityLabels[auto])}
		n := 0
		for final, c := range row {
			g.Series[final].Values = append(g.Series[final].Values, c)
			cells = append(cells, intCell(c))
			n += c
		}
		all, kept = all+n, kept+row[auto]
		t.Rows = append(t.Rows, append(cells, intCell(n), rateCell(row[auto], n)))
	}
	sec := section{ID: "classifier", Heading: "Automatic versus final severity",
		Explanation: "How far to trust the first call: the classifier sets a severity when the mail arrives; agents may change it with #severity.",
		Definition: "Tickets opened in the period, by the classifier's severity (auto_severity) and the severity now. Kept: the " +
			"share of a row that stayed at the automatic severity. Above the diagonal agents lowered the severity, below it they raised it. " +
			"Overall kept: " + rateText(kept, all) + ".",
		Table: t, Empty: "No tickets were opened in this period."}
	if all == 0 {
		sec.Table.Rows = nil
		return sec, nil
	}
	return withChart(sec, g.stacked())
}
