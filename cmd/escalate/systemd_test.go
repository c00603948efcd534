package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestSystemdUnit checks systemd/escalate.service with systemd-analyze
// verify (any warning fails) and its offline security exposure. It skips
// where systemd-analyze is not installed; .ci/run says when it ran.
func TestSystemdUnit(t *testing.T) {
	unit, err := os.ReadFile("systemd/escalate.service")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes", "StateDirectory=escalate",
		"ExecStart=/usr/local/bin/escalate run --config /etc/escalate/escalate.toml", "CapabilityBoundingSet=\n"} {
		if !strings.Contains(string(unit), want) {
			t.Errorf("escalate.service lacks %q", want)
		}
	}
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze not installed (Debian: apt-get install systemd)")
	}
	// verify insists that ExecStart names an executable: any will do.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		text = strings.ReplaceAll(text, "/usr/local/bin/escalate", self)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("escalate.service", string(unit))
	if out, err := exec.Command(analyze, "verify", good).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("systemd-analyze verify escalate.service: %v\n%s", err, out)
	}
	// The check can fail: a misspelt key is reported.
	bad := write("bad.service", strings.Replace(string(unit), "UMask=", "UMaks=", 1))
	if out, _ := exec.Command(analyze, "verify", bad).CombinedOutput(); !strings.Contains(string(out), "UMaks") {
		t.Errorf("systemd-analyze verify did not report a misspelt key: %s", out)
	}
	out, err := exec.Command(analyze, "security", "--offline=true", good).CombinedOutput()
	m := regexp.MustCompile(`Overall exposure level for escalate.service: ([0-9.]+)`).FindSubmatch(out)
	if err != nil || m == nil {
		t.Logf("systemd-analyze security --offline unavailable (%v): exposure not checked", err)
		return
	}
	if score, _ := strconv.ParseFloat(string(m[1]), 64); score > 2.0 {
		t.Errorf("security exposure %.1f, want at most 2.0 (OK):\n%s", score, out)
	}
}
