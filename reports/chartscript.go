package reports

import (
	"encoding/json"
	"fmt"
	"strings"
)

// chartScriptPath is where Write puts the script that draws the charts of
// the page named file ("index.html" → "assets/index.js"). Each page has
// its own script file, not an inline <script>, so that a served page's
// Content-Security-Policy allows script from the report's own files only.
func chartScriptPath(file string) string {
	return "assets/" + strings.TrimSuffix(file, ".html") + ".js"
}

// chartScript is the page's chart setup: one draw call per section with
// chart options. The options are json.Marshal output (see section.Option),
// and so is each element id, so no text of a ticket can end a string or
// the script. Without ECharts (a missing file) it does nothing: the tables
// carry the numbers.
func chartScript(p page) (string, error) {
	var b strings.Builder
	b.WriteString(`(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var drawn = [];
  function draw(id, option) {
    var chart = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    chart.setOption(option);
    drawn.push(chart);
  }
`)
	for _, sec := range p.Sections {
		if sec.Option == "" {
			continue
		}
		id, err := json.Marshal(sec.ID + "-chart")
		if err != nil {
			return "", fmt.Errorf("chart script: %w", err)
		}
		fmt.Fprintf(&b, "  draw(%s, %s);\n", id, sec.Option)
	}
	b.WriteString(`  window.addEventListener("resize", function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
`)
	return b.String(), nil
}
