package reports

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// showTip opens the first chart's axis tooltip, which ECharts writes as
// HTML with style attributes (each series' coloured marker).
const showTip = `echarts.getInstanceByDom(document.getElementById("tickets-by-severity-chart"))
	.dispatchAction({type: "showTip", seriesIndex: 0, dataIndex: 0});`

// openServed serves the fixture's report through Handler on a loopback
// server, with the probe first in the index's <head> and the tooltip
// opened after the charts, both as files of the report (the policy allows
// no inline script); extra goes before </body>. Chromium opens the page
// at phone width; openServed returns the DOM after the scripts ran.
func openServed(t *testing.T, extra string) *html.Node {
	t.Helper()
	dir, srv := serveReport(t)
	for name, text := range map[string]string{"probe.js": probeScript, "tip.js": showTip} {
		if err := os.WriteFile(filepath.Join(dir, "assets", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	index := filepath.Join(dir, IndexName)
	src := string(readFile(t, index))
	src = strings.Replace(src, "<head>\n", "<head>\n<script src=\"assets/probe.js\"></script>\n", 1)
	src = strings.Replace(src, "</body>", "<script src=\"assets/tip.js\"></script>\n"+extra+"</body>", 1)
	if err := os.WriteFile(index, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	dom, err := html.Parse(bytes.NewReader(runChromium(t, srv.URL+"/", "--dump-dom", "--window-size=390,900")))
	if err != nil {
		t.Fatalf("parse dumped DOM: %v", err)
	}
	return dom
}

// TestBrowserServedPage opens the index as Handler serves it, under its
// Content-Security-Policy header: no violation, error or console error,
// no request beyond the report's own files, every chart drawn and the
// tooltip shown.
func TestBrowserServedPage(t *testing.T) {
	chromium(t)
	t.Parallel()
	dom := openServed(t, "")
	root := find(dom, func(n *html.Node) bool { return n.Data == "html" })
	if root == nil || attr(root, "data-client-width") == "" {
		t.Fatalf("the probe did not run: no data-client-width on <html>")
	}
	if p := attr(root, "data-problems"); p != "" {
		t.Errorf("served under its policy, the page had problems:\n%s", p)
	}
	for _, id := range chartIDs(dom) {
		checkDrawn(t, dom, id)
	}
	if len(chartIDs(dom)) != 2 {
		t.Errorf("index has %d charts, want 2", len(chartIDs(dom)))
	}
	tip := find(dom, func(n *html.Node) bool {
		return n.Data == "div" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode && n.FirstChild.Data == "P1"
	})
	if tip == nil {
		t.Errorf("no tooltip <div> shows the category P1: the tooltip did not open")
	}
}

// TestBrowserServedPolicyRefusesInline is the control for
// TestBrowserServedPage: the served policy is in force, so an inline
// script does not run and an inline style is not applied, and the probe
// reports both.
func TestBrowserServedPolicyRefusesInline(t *testing.T) {
	chromium(t)
	t.Parallel()
	dom := openServed(t, `<script>document.documentElement.setAttribute("data-inline", "ran");</script><style>body { color: red; }</style>`)
	root := find(dom, func(n *html.Node) bool { return n.Data == "html" })
	if attr(root, "data-inline") != "" {
		t.Errorf("an inline script ran under the served policy")
	}
	problems := attr(root, "data-problems")
	for _, want := range []string{"script-src-elem", "style-src-elem"} {
		if !strings.Contains(problems, want) {
			t.Errorf("the probe reported no %s violation; it found:\n%s", want, problems)
		}
	}
}
