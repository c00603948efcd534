package reports

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// grouped is the data of a chart with categories along the x axis (severities,
// weeks) and one or more series of counts, e.g. open and resolved tickets.
// Chart and table are both made from it.
type grouped struct {
	Category string   // heading of the category column, e.g. "Severity"
	Labels   []string // one per category, in display order
	Series   []series
	Total    bool // add a Total column (sum of the series) to the table
}

// series is one named set of values, exactly one per label of its grouped.
type series struct {
	Name   string
	Values []int
}

// bar draws the data as grouped bars, one colour per series.
func (g grouped) bar() *charts.Bar {
	bar := newBar()
	bar.SetXAxis(g.Labels)
	for _, s := range g.Series {
		data := make([]opts.BarData, len(s.Values))
		for i, v := range s.Values {
			data[i] = opts.BarData{Value: v}
		}
		bar.AddSeries(s.Name, data, valueLabels())
	}
	return bar
}

// table lays the data out with one row per category and one column per
// series, the way people read it.
func (g grouped) table(caption string) table {
	t := table{Caption: caption, Header: []string{g.Category}}
	for _, s := range g.Series {
		t.Header = append(t.Header, s.Name)
	}
	if g.Total {
		t.Header = append(t.Header, "Total")
	}
	for i, label := range g.Labels {
		t.Rows = append(t.Rows, g.row(i, label))
	}
	return t
}

func (g grouped) row(i int, label string) []cell {
	row := []cell{textCell(label)}
	total := 0
	for _, s := range g.Series {
		row = append(row, intCell(s.Values[i]))
		total += s.Values[i]
	}
	if g.Total {
		row = append(row, intCell(total))
	}
	return row
}
