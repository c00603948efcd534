package reports

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/escalate-dev/escalate/schema"
)

// hostile is a ticket subject that closes the script element go-echarts would
// put it in and opens one of its own.
const hostile = `x</script><script>alert(1)</script>`

func hostileSnapshot(title, label string) Snapshot {
	return Snapshot{
		GeneratedAt: time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC),
		Title:       title,
		BySeverity:  []SeverityCount{{Severity: label, Open: 2, Resolved: 1}, {Severity: "P2", Open: 1}},
	}
}

func renderString(t testing.TB, s Snapshot) string {
	t.Helper()
	p, err := buildPage(s)
	if err != nil {
		t.Fatalf("buildPage: %v", err)
	}
	var b bytes.Buffer
	if err := render(&b, p); err != nil {
		t.Fatalf("render: %v", err)
	}
	return b.String()
}

// renderScript is the chart script of the index page of s.
func renderScript(t testing.TB, s Snapshot) string {
	t.Helper()
	p, err := buildPage(s)
	if err != nil {
		t.Fatalf("buildPage: %v", err)
	}
	js, err := chartScript(p)
	if err != nil {
		t.Fatalf("chartScript: %v", err)
	}
	return js
}

// parsed is what the test needs to know about a page as a browser parses it.
type parsed struct {
	scripts  []*html.Node // <script> elements
	handlers []string     // on* attributes anywhere
	foreign  []string     // elements the template never writes
	texts    map[string][]string
}

// allowed are the elements page.html.tmpl writes.
var allowed = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"header": true, "div": true, "h1": true, "p": true, "time": true, "nav": true, "ul": true,
	"li": true, "a": true, "main": true, "section": true, "h2": true, "noscript": true,
	"table": true, "caption": true, "thead": true, "tbody": true, "tr": true, "th": true,
	"td": true, "footer": true, "script": true, "strong": true, "link": true,
}

func parsePage(t testing.TB, page string) parsed {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	p := parsed{texts: map[string][]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			p.element(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return p
}

func (p *parsed) element(n *html.Node) {
	if n.Data == "script" {
		p.scripts = append(p.scripts, n)
	}
	if !allowed[n.Data] {
		p.foreign = append(p.foreign, n.Data)
	}
	for _, a := range n.Attr {
		if strings.HasPrefix(strings.ToLower(a.Key), "on") {
			p.handlers = append(p.handlers, n.Data+"."+a.Key)
		}
	}
	if n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
		p.texts[n.Data] = append(p.texts[n.Data], n.FirstChild.Data)
	}
}

// checkStructure fails unless the page has exactly the template's two
// scripts (the ECharts file and the page's chart setup, both files, no
// inline script), no event handler attributes and no elements the
// template does not write.
func checkStructure(t testing.TB, page string) parsed {
	t.Helper()
	p := parsePage(t, page)
	if len(p.scripts) != 2 {
		t.Fatalf("page has %d <script> elements, want 2", len(p.scripts))
	}
	if src := attr(p.scripts[0], "src"); src != echartsAsset {
		t.Errorf("first script src = %q, want %q", src, echartsAsset)
	}
	if src := attr(p.scripts[1], "src"); !strings.HasPrefix(src, "assets/") || !strings.HasSuffix(src, ".js") {
		t.Errorf("second script src = %q, want the page's assets/PAGE.js", src)
	}
	for _, s := range p.scripts {
		if s.FirstChild != nil {
			t.Errorf("a <script> has inline content %q, want none (the served pages' policy allows files only)", s.FirstChild.Data)
		}
	}
	if len(p.handlers) > 0 || len(p.foreign) > 0 {
		t.Errorf("page has handler attributes %q and foreign elements %q, want none", p.handlers, p.foreign)
	}
	return p
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestHostileTextEscaped(t *testing.T) {
	page := renderString(t, hostileSnapshot(hostile, hostile))
	js := renderScript(t, hostileSnapshot(hostile, hostile))
	if n := strings.Count(page, hostile) + strings.Count(js, hostile); n != 0 {
		t.Errorf("page and chart script contain the raw payload %d times, want 0", n)
	}
	if want := `x&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;`; !strings.Contains(page, want) { // in <title>, <h1>, <th>
		t.Errorf("page lacks the escaped payload %s", want)
	}
	if want := `x\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e`; !strings.Contains(js, want) { // in the chart options
		t.Errorf("chart script lacks the escaped payload %s", want)
	}
	p := checkStructure(t, page)
	for _, el := range []string{"title", "h1", "th"} {
		if !contains(p.texts[el], hostile) {
			t.Errorf("no <%s> shows the payload as text; texts: %q", el, p.texts[el])
		}
	}
}

func TestHostileTextVariants(t *testing.T) {
	payloads := []string{
		`<img src=x onerror=alert(1)>`,
		`</SCRIPT ><svg onload=alert(1)>`,
		`<!--<script>`,
		`"; alert(1); "`,
		"\u2028alert(1)\u2029",
		`{{.Title}}`,
		`]]></style><script>alert(1)</script>`,
	}
	for _, payload := range payloads {
		page := renderString(t, hostileSnapshot(payload, payload))
		p := checkStructure(t, page)
		if !contains(p.texts["h1"], payload) {
			t.Errorf("title %q: <h1> texts = %q, want the title as text", payload, p.texts["h1"])
		}
	}
}

// FuzzRender checks that no title or severity label changes the structure of
// the page: two scripts, no event handlers, no foreign elements, and the
// title shown as text.
func FuzzRender(f *testing.F) {
	f.Add(hostile, hostile)
	f.Add("Escalation metrics", "P1")
	f.Add("<!--", "<script>")
	f.Fuzz(func(t *testing.T, title, label string) {
		if title == "" || !utf8.ValidString(title) || strings.ContainsAny(title, "\x00\r") {
			t.Skip("HTML parsing replaces NUL, CR and invalid UTF-8 in text")
		}
		page := renderString(t, hostileSnapshot(title, label))
		p := checkStructure(t, page)
		if !contains(p.texts["h1"], title) {
			t.Errorf("title %q: <h1> texts = %q", title, p.texts["h1"])
		}
	})
}

// hostileReport is the fixture's report with every text a customer
// controls (subjects, addresses, account and mailbox names) replaced by
// the payloads.
func hostileReport(subject, name string) *schema.Report {
	r := fixtureReport()
	refs := []*schema.TicketRef{&r.Cadence.Gaps[0].TicketRef, &r.Cadence.Overdue[0].TicketRef, &r.Flow.Oldest[0].TicketRef,
		&r.Escalation.Breaches[0].TicketRef, &r.Compliance.Monitored[0].TicketRef}
	for _, ref := range refs {
		ref.Subject, ref.Customer = subject, name
	}
	r.Compliance.Monitored[0].Account = name
	r.Compliance.TopAccounts[0].Name = name
	r.Compliance.TopMailboxes[0].Name = subject
	return r
}

// TestHostileReportTextEscaped writes every page with hostile subjects
// and names in each list: each page keeps its structure and shows the
// payloads as text.
func TestHostileReportTextEscaped(t *testing.T) {
	const name = `<img src=x onerror=alert(1)>`
	s := fixture()
	s.Report = hostileReport(hostile, name)
	s.Gateway = hostile
	pages, err := buildPages(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		var b bytes.Buffer
		if err := render(&b, p); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if strings.Contains(page, hostile) || strings.Contains(page, name) {
			t.Errorf("%s contains a raw payload", p.File)
		}
		parsed := checkStructure(t, page)
		if p.File == "updates.html" && (!contains(parsed.texts["td"], hostile) || !contains(parsed.texts["td"], name)) {
			t.Errorf("updates.html shows neither payload as a table cell's text")
		}
		if !strings.Contains(page, "x&lt;/script&gt;") {
			t.Errorf("%s lacks the escaped gateway name", p.File)
		}
	}
}

// TestEmptyPeriodSaysSo: a period without tickets is said in words on
// every page, and no section draws a chart of zeros.
func TestEmptyPeriodSaysSo(t *testing.T) {
	s := fixture()
	s.BySeverity, s.Report = nil, emptyReport()
	pages, err := buildPages(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		if !strings.Contains(p.PeriodNote, "No tickets were opened in this period") {
			t.Errorf("%s: period note %q", p.File, p.PeriodNote)
		}
		for _, sec := range p.Sections {
			if sec.Option != "" {
				t.Errorf("%s: section %s draws a chart of an empty period", p.File, sec.ID)
			}
			if len(sec.Table.Rows) == 0 && sec.EmptyText() == "" {
				t.Errorf("%s: section %s is empty without a word", p.File, sec.ID)
			}
		}
	}
}
