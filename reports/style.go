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
	bar.SetGlobalOptions(
		charts.WithAnimation(false),
		charts.WithColorsOpts(palette),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithGridOpts(opts.Grid{Left: "48", Right: "24", Top: "40", Bottom: "32"}),
		charts.WithYAxisOpts(opts.YAxis{MinInterval: 1}),
	)
	return bar
}

// valueLabels shows each bar's value above it. It goes to AddSeries because
// go-echarts' SetSeriesOptions only reaches series that already exist.
func valueLabels() charts.SeriesOpts {
	return charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "top"})
}
