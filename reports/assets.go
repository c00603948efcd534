package reports

import _ "embed"

// echartsJS is Apache ECharts 5.4.3 (npm echarts@5.4.3, dist/echarts.min.js),
// the version go-echarts v2.6.7 targets; see assets/NOTICE for its source,
// checksum and license.
//
//go:embed assets/echarts.min.js
var echartsJS []byte

// echartsAsset is where Write puts the script, relative to the page.
const echartsAsset = "assets/echarts.min.js"

// reportCSS is the pages' style sheet. It is a file rather than a <style>
// element so that a served page's Content-Security-Policy can allow the
// page's own files and nothing inline (see ContentSecurityPolicy).
//
//go:embed report.css
var reportCSS []byte

// styleAsset is where Write puts the style sheet, relative to the page.
const styleAsset = "assets/report.css"
