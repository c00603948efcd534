package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCleanDemoDir(t *testing.T) {
	used := t.TempDir()
	for name, text := range map[string]string{"escalate.toml": demoMarker + " …", "escalate.db": "x", "escalate.db-wal": "x", "notes.txt": "mine"} {
		if err := os.WriteFile(filepath.Join(used, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := cleanDemoDir(used); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{"escalate.db": false, "escalate.db-wal": false, "notes.txt": true, "escalate.toml": true} {
		if _, err := os.Stat(filepath.Join(used, name)); (err == nil) != want {
			t.Errorf("after cleanDemoDir: %s exists = %v, want %v", name, err == nil, want)
		}
	}
	real := t.TempDir()
	os.WriteFile(filepath.Join(real, "escalate.toml"), []byte("[gateway]\n"), 0o600)
	os.WriteFile(filepath.Join(real, "escalate.db"), []byte("production"), 0o600)
	if err := cleanDemoDir(real); err == nil || !strings.Contains(err.Error(), "did not write") {
		t.Errorf("cleanDemoDir(a real installation) = %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(real, "escalate.db")); err != nil {
		t.Error("cleanDemoDir removed a real installation's database")
	}
	if err := cleanDemoDir(t.TempDir()); err != nil {
		t.Errorf("cleanDemoDir(empty) = %v", err)
	}
}

// TestDemoHistory runs a short simulated history through the whole
// gateway: tickets are opened, answered and resolved, and the pages have
// data.
func TestDemoHistory(t *testing.T) {
	dir := t.TempDir()
	out, errs, err := runCLI(t, "demo", "--dir", dir, "--history", "3", "--timeout", "5m")
	if err != nil {
		t.Fatalf("demo --history 3: %v\n%s\n%s", err, out, errs)
	}
	if !strings.Contains(out, "simulated 3 days in") || !strings.Contains(out, "day   3:") {
		t.Errorf("demo --history printed no summary:\n%s", out)
	}
	page, err := os.ReadFile(filepath.Join(dir, "reports", "acknowledgement.html"))
	if err != nil || strings.Contains(string(page), "No tickets were opened") {
		t.Errorf("the acknowledgement page has no data after 3 simulated days (%v)", err)
	}
	if _, _, err := runCLI(t, "tickets", "show", "--config", filepath.Join(dir, "escalate.toml"), "ESC-1"); err != nil {
		t.Errorf("tickets show ESC-1 after the history: %v", err)
	}
}
