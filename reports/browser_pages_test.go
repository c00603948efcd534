package reports

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// probe is put first into <head> of a written page by the tests below. A
// Content-Security-Policy lets the page load only files and the probe's
// inline script (no inline style: the pages have none),
// so any other request is refused and reported as a violation (nothing
// leaves the machine either way); errors, console.error calls and the
// layout width are written onto <html> for --dump-dom to carry out.
//
// Headless Chromium keeps its window at least 500 pixels wide, so the
// probe lays the page out 390 pixels wide (an iPhone's CSS width) by
// setting the root element's width; the pages' CSS has no rule that
// depends on the viewport's width rather than the containing block's.
const probe = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src file: 'unsafe-inline'; style-src file:; img-src data: blob:">
<script>
` + probeScript + `
</script>`

// probeScript is the probe's script. It counts a request to anything but
// the page's own files (file: from disk, the page's origin when served)
// as a problem.
const probeScript = `(function () {
  document.documentElement.style.width = "390px";
  var problems = [];
  document.addEventListener("securitypolicyviolation", function (e) { problems.push("request: " + e.blockedURI + " (" + e.violatedDirective + ")"); });
  window.addEventListener("error", function (e) { problems.push("error: " + (e.message || (e.target && (e.target.src || e.target.href)))); }, true);
  window.addEventListener("unhandledrejection", function (e) { problems.push("rejection: " + e.reason); });
  var consoleError = console.error;
  console.error = function () { problems.push("console.error: " + Array.prototype.join.call(arguments, " ")); consoleError.apply(console, arguments); };
  window.addEventListener("load", function () {
    setTimeout(function () {
      var root = document.documentElement;
      performance.getEntriesByType("resource").forEach(function (r) {
        var own = location.protocol === "file:" ? "file:" : location.origin + "/";
        if (r.name.indexOf(own) !== 0) { problems.push("request: " + r.name); }
      });
      root.setAttribute("data-problems", problems.join("\n"));
      root.setAttribute("data-scroll-width", String(document.body.scrollWidth));
      root.setAttribute("data-client-width", String(document.body.clientWidth));
    }, 500);
  });
})();`

// withProbe rewrites the page at path with the probe in its <head>.
func withProbe(t *testing.T, path string) {
	t.Helper()
	src := string(readFile(t, path))
	if !strings.Contains(src, "<head>\n") {
		t.Fatalf("%s has no <head>", path)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(src, "<head>\n", "<head>\n"+probe+"\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// chartIDs are the ids of the chart containers the page has.
func chartIDs(doc *html.Node) []string {
	var ids []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "div" && attr(n, "class") == "chart" {
			ids = append(ids, attr(n, "id"))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return ids
}

// checkPageInBrowser opens one page at phone width (390 CSS pixels, an
// iPhone's) and checks it: no error, no request beyond its own files,
// every chart drawn, and no sideways scrolling of the page (wide tables
// scroll inside their box).
func checkPageInBrowser(t *testing.T, page string, wantCharts int) {
	t.Helper()
	dom, err := html.Parse(strings.NewReader(string(runChromium(t, page, "--dump-dom", "--window-size=390,900"))))
	if err != nil {
		t.Fatalf("parse dumped DOM: %v", err)
	}
	root := find(dom, func(n *html.Node) bool { return n.Data == "html" })
	if root == nil || attr(root, "data-client-width") == "" {
		t.Fatalf("the probe did not run: no data-client-width on <html>")
	}
	if p := attr(root, "data-problems"); p != "" {
		t.Errorf("console errors or requests:\n%s", p)
	}
	scroll, _ := strconv.Atoi(attr(root, "data-scroll-width"))
	client, _ := strconv.Atoi(attr(root, "data-client-width"))
	if client != 390 || scroll > client {
		t.Errorf("at phone width the page is %d px wide in a %d px window: it scrolls sideways", scroll, client)
	}
	ids := chartIDs(dom)
	if len(ids) != wantCharts {
		t.Errorf("page has %d charts %q, want %d", len(ids), ids, wantCharts)
	}
	for _, id := range ids {
		checkDrawn(t, dom, id)
	}
}

// TestBrowserEveryPage opens every page of the fixture's report.
func TestBrowserEveryPage(t *testing.T) {
	chromium(t)
	dir := t.TempDir()
	if _, err := Write(dir, fixture()); err != nil {
		t.Fatal(err)
	}
	charts := map[string]int{IndexName: 2, "acknowledgement.html": 2, "updates.html": 1, "flow.html": 3,
		"escalations.html": 2, "compliance.html": 1, "classifier.html": 1}
	for _, name := range pageFiles() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path, err := filepath.Abs(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			withProbe(t, path)
			checkPageInBrowser(t, path, charts[name])
		})
	}
}

// TestBrowserEmptyPeriod opens the pages of a period without tickets:
// no chart of zeros, the emptiness said in words, and nothing broken.
func TestBrowserEmptyPeriod(t *testing.T) {
	chromium(t)
	s := fixture()
	s.BySeverity = nil
	s.Report = emptyReport()
	dir := t.TempDir()
	if _, err := Write(dir, s); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{IndexName, "flow.html"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path, _ := filepath.Abs(filepath.Join(dir, name))
			withProbe(t, path)
			checkPageInBrowser(t, path, 0)
		})
	}
}

// TestProbeCatchesProblems is the control for the probe: a page that
// loads a remote script, logs an error and is wider than a phone must
// fail each check.
func TestProbeCatchesProblems(t *testing.T) {
	chromium(t)
	dir := t.TempDir()
	if _, err := Write(dir, fixture()); err != nil {
		t.Fatal(err)
	}
	path, _ := filepath.Abs(filepath.Join(dir, IndexName))
	bad := `<script src="https://example.com/x.js"></script><script>console.error("boom")</script><pre>` + strings.Repeat("wide", 60) + `</pre></body>`
	src := strings.Replace(string(readFile(t, path)), "</body>", bad, 1)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	withProbe(t, path)
	dom, err := html.Parse(strings.NewReader(string(runChromium(t, path, "--dump-dom", "--window-size=390,900"))))
	if err != nil {
		t.Fatal(err)
	}
	root := find(dom, func(n *html.Node) bool { return n.Data == "html" })
	problems := attr(root, "data-problems")
	for _, want := range []string{"request: https://example.com/x.js", "console.error: boom"} {
		if !strings.Contains(problems, want) {
			t.Errorf("probe missed %q; it found:\n%s", want, problems)
		}
	}
	scroll, _ := strconv.Atoi(attr(root, "data-scroll-width"))
	client, _ := strconv.Atoi(attr(root, "data-client-width"))
	if scroll <= client {
		t.Errorf("probe saw scroll width %d within client width %d for a 900 px element", scroll, client)
	}
}
