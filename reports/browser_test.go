package reports

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// These tests open the written page in a real headless Chromium from file://
// and check that ECharts drew the chart. CI installs Chromium (Debian package
// "chromium"); elsewhere the tests skip when it is missing.

// chromium returns the browser's path, skipping the test when there is none
// (failing in CI, where it must be installed).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not on PATH; CI must install it (Debian: apt-get install -y chromium)")
	}
	t.Skip("chromium is not on PATH; install it (Debian: apt-get install -y chromium) to run the browser tests")
	return ""
}

// runChromium runs headless Chromium on the page (a path, or a URL) with flags that keep it off
// the network and give ECharts three seconds of virtual time to draw, and
// returns its standard output.
func runChromium(t *testing.T, page string, action ...string) []byte {
	t.Helper()
	bin := chromium(t)
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=3000",
	}
	if !strings.Contains(page, "://") {
		page = "file://" + page
	}
	args = append(append(args, action...), page)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\nstderr:\n%s", bin, strings.Join(action, " "), err, stderr.String())
	}
	return out
}

// writePage writes s into a fresh directory and returns the absolute path of
// index.html.
func writePage(t *testing.T, s Snapshot) string {
	t.Helper()
	index, err := Write(t.TempDir(), s)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	abs, err := filepath.Abs(index)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// dumpDOM returns the DOM after the page's scripts ran.
func dumpDOM(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(runChromium(t, page, "--dump-dom")))
	if err != nil {
		t.Fatalf("parse dumped DOM: %v", err)
	}
	return doc
}

// find returns the first element under n for which match is true.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := find(c, match); found != nil {
			return found
		}
	}
	return nil
}

func byID(id string) func(*html.Node) bool {
	return func(n *html.Node) bool { return attr(n, "id") == id }
}

func isCanvas(n *html.Node) bool { return n.Data == "canvas" }

// checkDrawn fails unless ECharts initialised the chart container and put a
// canvas with a real size in it.
func checkDrawn(t *testing.T, doc *html.Node, id string) {
	t.Helper()
	div := find(doc, byID(id))
	if div == nil {
		t.Fatalf("dumped DOM has no element #%s", id)
	}
	if attr(div, "_echarts_instance_") == "" {
		t.Errorf("#%s has no _echarts_instance_ attribute: ECharts did not initialise it", id)
	}
	canvas := find(div, isCanvas)
	if canvas == nil {
		t.Fatalf("#%s has no <canvas>: ECharts did not draw", id)
	}
	if w := attr(canvas, "width"); w == "" || w == "0" {
		t.Errorf("#%s canvas width = %q, want > 0", id, w)
	}
}

func TestBrowserDrawsChart(t *testing.T) {
	t.Parallel()
	checkDrawn(t, dumpDOM(t, writePage(t, fixture())), "tickets-by-severity-chart")
}

// seriesPixels counts the screenshot's pixels in the colours of the first
// two series (Open, Resolved). The page's CSS uses neither colour, so only
// bars drawn by ECharts produce them.
func seriesPixels(t *testing.T, page string) (open, resolved int) {
	t.Helper()
	shot := filepath.Join(t.TempDir(), "page.png")
	runChromium(t, page, "--screenshot="+shot, "--window-size=1200,2000")
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	want := [2]color.RGBA{hexColor(palette[0]), hexColor(palette[1])}
	var n [2]int
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			for i, c := range want {
				if near(img, x, y, c) {
					n[i]++
				}
			}
		}
	}
	return n[0], n[1]
}

func hexColor(s string) color.RGBA {
	c := color.RGBA{A: 0xff}
	if _, err := fmt.Sscanf(s, "#%02x%02x%02x", &c.R, &c.G, &c.B); err != nil {
		panic("palette colour " + s + ": " + err.Error())
	}
	return c
}

func near(img image.Image, x, y int, c color.RGBA) bool {
	r, g, b, _ := img.At(x, y).RGBA()
	d := func(a uint32, b uint8) bool { v := int(a>>8) - int(b); return v > -8 && v < 8 }
	return d(r, c.R) && d(g, c.G) && d(b, c.B)
}

func TestBrowserScreenshot(t *testing.T) {
	t.Parallel()
	open, resolved := seriesPixels(t, writePage(t, fixture()))
	t.Logf("bar pixels: open %d, resolved %d", open, resolved)
	// The fixture's smallest visible bars (3 open, 9 resolved) are each
	// about 70×20 pixels at 1200×2000; all bars together are far more.
	if open < 2000 || resolved < 2000 {
		t.Errorf("screenshot has %d open-coloured and %d resolved-coloured pixels, want ≥ 2000 each: the bars were not drawn", open, resolved)
	}
}

// TestBrowserScreenshotWithoutScript is the control for TestBrowserScreenshot:
// with the ECharts file missing, no bar colour may appear, and the page must
// still load (its tables carry the numbers).
func TestBrowserScreenshotWithoutScript(t *testing.T) {
	t.Parallel()
	page := writePage(t, fixture())
	if err := os.Remove(filepath.Join(filepath.Dir(page), echartsAsset)); err != nil {
		t.Fatal(err)
	}
	if open, resolved := seriesPixels(t, page); open+resolved > 0 {
		t.Errorf("without echarts.min.js the screenshot has %d+%d bar-coloured pixels, want 0", open, resolved)
	}
}

// TestBrowserHostileText opens a page whose title and severity labels try to
// run script; the browser must show them as text and still draw the chart.
func TestBrowserHostileText(t *testing.T) {
	t.Parallel()
	const (
		// Single quotes: JSON would backslash double quotes and so break
		// the payload's own syntax.
		breakout = `x</script><script>document.documentElement.setAttribute('data-pwned','script')</script>`
		handler  = `<img src=x onerror="document.documentElement.setAttribute('data-pwned','img')">`
	)
	s := hostileSnapshot(breakout, breakout)
	s.BySeverity = append(s.BySeverity, SeverityCount{Severity: handler, Open: 4})
	doc := dumpDOM(t, writePage(t, s))
	if root := find(doc, func(n *html.Node) bool { return n.Data == "html" }); attr(root, "data-pwned") != "" {
		t.Errorf("injected script ran: <html data-pwned=%q>", attr(root, "data-pwned"))
	}
	if img := find(doc, func(n *html.Node) bool { return n.Data == "img" }); img != nil {
		t.Errorf("dumped DOM has an <img> element from a label")
	}
	checkDrawn(t, doc, "tickets-by-severity-chart")
}

// TestBrowserTooltipEscapes forces ECharts' tooltip open on a category whose
// label is markup. The axis tooltip builds HTML; it must show the label as
// text. ECharts 5.4.3 encodes it in the default tooltip and in string
// templates such as "{b}" (tried); a formatter function returning HTML would
// not, and this test is there to catch one.
func TestBrowserTooltipEscapes(t *testing.T) {
	t.Parallel()
	const label = `<img src=x onerror="document.documentElement.setAttribute('data-pwned','tooltip')">`
	s := fixture()
	s.BySeverity[0].Severity = label
	page := writePage(t, s)
	showTip := `<script>
echarts.getInstanceByDom(document.getElementById("tickets-by-severity-chart"))
	.dispatchAction({type: "showTip", seriesIndex: 0, dataIndex: 0});
</script>
</body>`
	src := string(readFile(t, page))
	if err := os.WriteFile(page, []byte(strings.Replace(src, "</body>", showTip, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := dumpDOM(t, page)
	if root := find(doc, func(n *html.Node) bool { return n.Data == "html" }); attr(root, "data-pwned") != "" {
		t.Errorf("tooltip ran the label's handler: <html data-pwned=%q>", attr(root, "data-pwned"))
	}
	if find(doc, func(n *html.Node) bool { return n.Data == "img" }) != nil {
		t.Errorf("dumped DOM has an <img> element from the tooltip")
	}
	tip := find(doc, func(n *html.Node) bool {
		return n.Data == "div" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode && n.FirstChild.Data == label
	})
	if tip == nil {
		t.Errorf("no tooltip <div> shows the label as text: the tooltip did not open")
	}
}
