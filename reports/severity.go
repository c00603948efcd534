package reports

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// ticketsBySeverity is the section "Tickets by severity": open and resolved
// tickets per severity as grouped bars.
func ticketsBySeverity(s Snapshot) (section, error) {
	option, err := chartOption(severityBar(s.BySeverity))
	if err != nil {
		return section{}, err
	}
	return section{
		ID:      "tickets-by-severity",
		Heading: "Tickets by severity",
		Explanation: "Open and resolved tickets for each severity, P1 (critical) to P4 (low). " +
			"A tall open bar at P1 or P2 means customers are waiting on urgent issues right now.",
		Option: option,
		Table:  severityTable(s.BySeverity),
	}, nil
}

func severityBar(counts []SeverityCount) *charts.Bar {
	labels := make([]string, len(counts))
	open := make([]opts.BarData, len(counts))
	resolved := make([]opts.BarData, len(counts))
	for i, c := range counts {
		labels[i] = c.Severity
		open[i] = opts.BarData{Value: c.Open}
		resolved[i] = opts.BarData{Value: c.Resolved}
	}
	bar := newBar()
	bar.SetXAxis(labels).
		AddSeries("Open", open, valueLabels()).
		AddSeries("Resolved", resolved, valueLabels())
	return bar
}

func severityTable(counts []SeverityCount) table {
	t := table{
		Caption: "Tickets by severity: open, resolved and total",
		Header:  []string{"Severity", "Open", "Resolved", "Total"},
	}
	for _, c := range counts {
		t.Rows = append(t.Rows, []cell{
			textCell(c.Severity), intCell(c.Open), intCell(c.Resolved), intCell(c.Open + c.Resolved),
		})
	}
	return t
}
