package reports

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// figures is the data of a chart with fractional values (percentages,
// hours): categories along the x axis and one or more series. A value that
// is not known (no ticket to measure) is drawn as a gap, never as zero.
type figures struct {
	Labels []string
	Series []fseries
	Unit   string // name of the y axis, e.g. "%" or "hours"
	Max    float64
}

// fseries is one named set of values, one per label; Known[i] false marks
// a gap.
type fseries struct {
	Name   string
	Values []float64
	Known  []bool
}

// point returns the i-th value as ECharts wants it: "-" is ECharts' own
// mark for a missing value.
func (s fseries) point(i int) any {
	if i >= len(s.Known) || !s.Known[i] {
		return "-"
	}
	return s.Values[i]
}

// add appends a value, known or not.
func (s *fseries) add(v float64, known bool) {
	s.Values = append(s.Values, v)
	s.Known = append(s.Known, known)
}

// bar draws the figures as grouped bars.
func (f figures) bar() *charts.Bar {
	bar := newBar()
	bar.SetGlobalOptions(charts.WithYAxisOpts(f.yAxis()))
	bar.SetXAxis(f.Labels)
	for _, s := range f.Series {
		data := make([]opts.BarData, len(f.Labels))
		for i := range data {
			data[i] = opts.BarData{Value: s.point(i)}
		}
		bar.AddSeries(s.Name, data, valueLabels())
	}
	return bar
}

// line draws the figures as lines, one per series; gaps stay gaps.
func (f figures) line() *charts.Line {
	line := charts.NewLine()
	line.SetGlobalOptions(commonOptions(f.yAxis())...)
	line.SetXAxis(f.Labels)
	for _, s := range f.Series {
		data := make([]opts.LineData, len(f.Labels))
		for i := range data {
			data[i] = opts.LineData{Value: s.point(i)}
		}
		line.AddSeries(s.Name, data, charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}))
	}
	return line
}

func (f figures) yAxis() opts.YAxis {
	y := opts.YAxis{Name: f.Unit}
	if f.Max > 0 {
		y.Max = f.Max
	}
	return y
}

// stacked draws the grouped counts as stacked bars, one stack per label.
func (g grouped) stacked() *charts.Bar {
	bar := newBar()
	bar.SetXAxis(g.Labels)
	for _, s := range g.Series {
		data := make([]opts.BarData, len(s.Values))
		for i, v := range s.Values {
			data[i] = opts.BarData{Value: v}
		}
		bar.AddSeries(s.Name, data, charts.WithBarChartOpts(opts.BarChart{Stack: "total"}))
	}
	return bar
}
