package reports

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// palette is the Okabe–Ito colour-blind safe pair and its next colours, in
// series order: the first series (usually "Open") is vermillion, the second
// (usually "Resolved") blue.
var palette = opts.Colors{"#D55E00", "#0072B2", "#009E73", "#E69F00", "#56B4E9", "#CC79A7"}

// newBar returns a bar chart with the page's common look: no animation (the
// page is a report, and screenshots must be deterministic), a legend, and an axis
// tooltip. ECharts' generated ARIA description is left off: it reads badly
// ("the data for P1 is 0, 3"), and the table after each chart is the
// accessible form of the numbers.
func newBar() *charts.Bar {
	bar := charts.NewBar()
	bar.SetGlobalOptions(commonOptions(opts.YAxis{MinInterval: 1})...)
	return bar
}

// commonOptions are the global options every chart of the pages shares.
// The grid leaves room for labels (containLabel) so that the chart fits a
// phone's width.
func commonOptions(y opts.YAxis) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithAnimation(false),
		charts.WithColorsOpts(palette),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "16", Top: "48", Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithYAxisOpts(y),
	}
}

// valueLabels shows each bar's value above it. It goes to AddSeries because
// go-echarts' SetSeriesOptions only reaches series that already exist.
func valueLabels() charts.SeriesOpts {
	return charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "top"})
}
