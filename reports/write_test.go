package reports

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixture is a realistic snapshot: the page of a support team with a busy
// week, generated at a fixed time so the output is reproducible. The time is
// given in a non-UTC zone to check that the page states it in UTC.
func fixture() Snapshot {
	berlin := time.FixedZone("CET", 60*60)
	return Snapshot{
		GeneratedAt: time.Date(2026, 11, 26, 17, 50, 0, 0, berlin),
		Title:       "Escalation metrics",
		Gateway:     "Acme Support",
		Report:      fixtureReport(),
		BySeverity: []SeverityCount{
			{Severity: "P1", Open: 3, Resolved: 9},
			{Severity: "P2", Open: 7, Resolved: 21},
			{Severity: "P3", Open: 12, Resolved: 40},
			{Severity: "P4", Open: 0, Resolved: 18},
		},
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// pageFiles are the pages Write produces, the index first.
func pageFiles() []string {
	files := []string{IndexName}
	for _, a := range areas {
		files = append(files, a.File)
	}
	return files
}

func TestWriteGolden(t *testing.T) {
	dir := t.TempDir()
	index, err := Write(dir, fixture())
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	got := readFile(t, index)
	// 17:50 CET is 16:50 UTC, and the page says which zone it uses.
	for _, want := range []string{`<time datetime="2026-11-26T16:50:00Z">26 Nov 2026, 16:50</time> (UTC)`,
		"Acme Support", "9 Nov 2026 – 29 Nov 2026"} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("index.html lacks the gateway, period or generation time in UTC: %s", want)
		}
	}
	var files []string // each page and its chart script
	for _, name := range pageFiles() {
		files = append(files, name, chartScriptPath(name))
	}
	for _, name := range files {
		base := filepath.Base(name)
		golden := filepath.Join("testdata", strings.TrimSuffix(base, filepath.Ext(base))+".golden"+filepath.Ext(base))
		got := readFile(t, filepath.Join(dir, name))
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want := readFile(t, golden)
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run go test -update to accept):\n%s", name, golden, firstDiff(got, want))
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(no line differs)"
}

func TestWriteFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reports", "latest") // Write creates missing parents
	index, err := Write(dir, fixture())
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	if want := filepath.Join(dir, "index.html"); index != want {
		t.Errorf("Write returned %q, want %q", index, want)
	}
	js := readFile(t, filepath.Join(dir, "assets", "echarts.min.js"))
	if !bytes.Equal(js, echartsJS) {
		t.Errorf("assets/echarts.min.js: %d bytes, want the embedded %d bytes", len(js), len(echartsJS))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"ack-attainment.csv", "ack-times.csv", "acknowledgement.html", "assets", "backlog-by-age.csv",
		"breaches.csv", "classifier.csv", "classifier.html", "compliance.csv", "compliance.html", "escalation-levels.csv",
		"escalations-by-week.csv", "escalations.html", "flow.html", "incidents.csv", "incidents.html", "index.html", "monitoring.csv", "oldest-open.csv",
		"reopen-rate.csv", "tickets-by-severity.csv", "time-to-resolve.csv", "top-accounts.csv", "top-mailboxes.csv",
		"trend-by-week.csv", "update-cadence.csv", "update-gaps.csv", "updates-overdue.csv", "updates.html", "volume-by-week.csv"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("files in dir = %q, want %q (no temporary files left)", names, want)
	}
	entries, err = os.ReadDir(filepath.Join(dir, "assets"))
	if err != nil {
		t.Fatal(err)
	}
	names = nil
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want = []string{"acknowledgement.js", "classifier.js", "compliance.js", "echarts.min.js", "escalations.js",
		"flow.js", "incidents.js", "index.js", "report.css", "updates.js"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("files in dir/assets = %q, want %q", names, want)
	}
}

// TestEmbeddedScript checks that the embedded ECharts is the 5.4.3 build with
// its Apache license header, as assets/NOTICE states.
func TestEmbeddedScript(t *testing.T) {
	head := string(echartsJS[:min(len(echartsJS), 2000)])
	for _, want := range []string{"Licensed to the Apache Software Foundation", "Apache License, Version 2.0"} {
		if !strings.Contains(head, want) {
			t.Errorf("echarts.min.js header lacks %q", want)
		}
	}
	if !bytes.Contains(echartsJS, []byte(`version="5.4.3"`)) && !bytes.Contains(echartsJS, []byte(`"5.4.3"`)) {
		t.Errorf("echarts.min.js does not declare version 5.4.3")
	}
}

func TestWriteRewrites(t *testing.T) {
	dir := t.TempDir()
	s := fixture()
	if _, err := Write(dir, s); err != nil {
		t.Fatal(err)
	}
	s.BySeverity[0].Open = 99
	if _, err := Write(dir, s); err != nil {
		t.Fatalf("second Write into the same dir: %v", err)
	}
	recs := readCSV(t, filepath.Join(dir, "tickets-by-severity.csv"))
	if got := recs[1][1]; got != "99" {
		t.Errorf("P1 open after rewrite = %s, want 99", got)
	}
}

func TestWriteErrors(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		dir  string
		s    Snapshot
	}{
		{"zero GeneratedAt", t.TempDir(), Snapshot{}},
		{"dir is a file", notDir, fixture()},
	}
	for _, tt := range tests {
		index, err := Write(tt.dir, tt.s)
		if err == nil {
			t.Errorf("%s: Write = %q, nil; want an error", tt.name, index)
			continue
		}
		if !strings.HasPrefix(err.Error(), "reports: write") {
			t.Errorf("%s: error %q lacks the prefix \"reports: write\"", tt.name, err)
		}
	}
}

func TestEmptySnapshot(t *testing.T) {
	dir := t.TempDir()
	index, err := Write(dir, Snapshot{GeneratedAt: time.Unix(0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	page := string(readFile(t, index))
	for _, want := range []string{"<title>" + DefaultTitle + "</title>", "No tickets.", `datetime="1970-01-01T00:00:00Z"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page of an empty snapshot lacks %q", want)
		}
	}
	recs := readCSV(t, filepath.Join(dir, "tickets-by-severity.csv"))
	if want := [][]string{{"Severity", "Open", "Resolved", "Total"}}; !reflect.DeepEqual(recs, want) {
		t.Errorf("CSV of an empty snapshot = %q, want %q", recs, want)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	raw := readFile(t, path)
	if !bytes.HasSuffix(raw, []byte("\r\n")) {
		t.Errorf("%s does not end in CRLF (RFC 4180)", path)
	}
	recs, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return recs
}

func TestSeverityCSV(t *testing.T) {
	s := fixture()
	s.BySeverity = append(s.BySeverity,
		SeverityCount{Severity: `Sev "A", east`, Open: 1, Resolved: 2},
		SeverityCount{Severity: "=HYPERLINK(\"http://evil\")", Open: 0, Resolved: 1},
		SeverityCount{Severity: "-P5", Open: -1, Resolved: 0}, // negative: a bug upstream, but a number all the same
		SeverityCount{Severity: "Ünïcödé ✓", Open: 1 << 40, Resolved: 1},
	)
	dir := t.TempDir()
	if _, err := Write(dir, s); err != nil {
		t.Fatal(err)
	}
	got := readCSV(t, filepath.Join(dir, "tickets-by-severity.csv"))
	want := [][]string{
		{"Severity", "Open", "Resolved", "Total"},
		{"P1", "3", "9", "12"},
		{"P2", "7", "21", "28"},
		{"P3", "12", "40", "52"},
		{"P4", "0", "18", "18"},
		{`Sev "A", east`, "1", "2", "3"},
		{"'=HYPERLINK(\"http://evil\")", "0", "1", "1"},
		{"'-P5", "-1", "0", "-1"},
		{"Ünïcödé ✓", "1099511627776", "1", "1099511627777"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tickets-by-severity.csv =\n%q\nwant\n%q", got, want)
	}
}

func TestCSVText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"P1", "P1"},
		{"=1+1", "'=1+1"},
		{"+1", "'+1"},
		{"-1", "'-1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"a=b", "a=b"},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		if got := csvText(tt.in); got != tt.want {
			t.Errorf("csvText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
