package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	now := time.Date(2026, 12, 2, 9, 30, 0, 0, time.UTC) // a Wednesday
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		from, to string
		want     period
	}{
		// Twelve weeks: the Monday eleven weeks before this week's, to now.
		{"", "", period{From: day(9, 14), To: now}},
		{"2026-11-01", "2026-11-30", period{From: day(11, 1), To: day(12, 1)}},
		{"2026-11-30", "2026-11-30", period{From: day(11, 30), To: day(12, 1)}},
		{"2026-11-01", "", period{From: day(11, 1), To: now}},
	}
	for _, tt := range tests {
		got, err := parsePeriod(tt.from, tt.to, now)
		if err != nil || !got.From.Equal(tt.want.From) || !got.To.Equal(tt.want.To) {
			t.Errorf("parsePeriod(%q, %q) = %v, %v; want %v", tt.from, tt.to, got, err, tt.want)
		}
	}
	for _, bad := range [][2]string{{"2026-13-01", ""}, {"", "30.11.2026"}, {"2026-12-01", "2026-11-30"}} {
		if got, err := parsePeriod(bad[0], bad[1], now); err == nil {
			t.Errorf("parsePeriod(%q, %q) = %v, nil; want an error", bad[0], bad[1], got)
		}
	}
}

// TestReportCommand writes the pages of an empty store over a chosen
// period: every page is there, the header names the gateway and the
// period, and the empty period is said in words.
func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "escalate.toml")
	text := `[gateway]
name = "Acme Support"
address = "support@acme.example"
secret = "test-secret"
[database]
path = "escalate.db"
[smtp]
host = "smtp.acme.example"
port = 587
`
	if err := os.WriteFile(cfg, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "pages")
	stdout, stderr, err := runCLI(t, "report", "--config", cfg, "--out", out, "--from", "2026-11-01", "--to", "2026-11-30")
	if err != nil {
		t.Fatalf("report: %v\n%s", err, stderr)
	}
	if strings.TrimSpace(stdout) != filepath.Join(out, "index.html") {
		t.Errorf("report printed %q, want the index path", stdout)
	}
	for _, name := range []string{"index.html", "acknowledgement.html", "updates.html", "flow.html", "escalations.html", "compliance.html", "classifier.html"} {
		page, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, want := range []string{"Acme Support", "1 Nov 2026 – 30 Nov 2026", "No tickets were opened in this period"} {
			if !strings.Contains(string(page), want) {
				t.Errorf("%s lacks %q", name, want)
			}
		}
	}
	_, stderr, err = runCLI(t, "report", "--config", cfg, "--out", out, "--from", "2026-12-01", "--to", "2026-11-01")
	if err == nil || !strings.Contains(stderr, "--from 2026-12-01 is not before --to 2026-11-01") {
		t.Errorf("report with --from after --to: %v, stderr %q; want a usage error", err, stderr)
	}
}
