// Package reports writes the static metrics pages that leadership opens: one
// HTML page with a chart per metric, each chart followed by an HTML table of
// the same numbers and a link to a CSV file of them, plus the ECharts script
// the page needs, so the page works from file:// with no network.
//
// The package only renders. It takes plain numbers in a [Snapshot]; the caller
// (cmd/escalate) reads them from the store.
//
// go-echarts builds the chart options only. The page itself comes from our own
// html/template, and each chart's options are written into the page's chart
// script (assets/PAGE.js) as json.Marshal output, which escapes <, > and & as
// \u003c, \u003e and \u0026: go-echarts' own renderer writes options unescaped
// inside <script>, so a ticket subject such as "</script><script>…" would run
// there. Anything a customer wrote is text on the page, never markup (design
// invariant 6). The pages have no inline script or style, so that served
// over HTTP ([Handler]) they run under a policy that allows the report's own
// files only ([ContentSecurityPolicy]).
//
// Formats followed: HTML5 (WHATWG), CSV as in RFC 4180 (CRLF line ends, quotes
// doubled), with cells that a spreadsheet would read as a formula prefixed by
// an apostrophe (OWASP "CSV injection").
//
// Adding a chart means adding one small function that returns a section
// (chart options plus the table the CSV is written from; see grouped for
// data with categories and series) and listing it in sectionBuilders.
package reports
