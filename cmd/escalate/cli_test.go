package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

// TestDemoThenCommandsOnItsData runs the README's demo and then the other
// commands on the directory it leaves.
func TestDemoThenCommandsOnItsData(t *testing.T) {
	dir := t.TempDir()
	out, errs, err := runCLI(t, "demo", "--dir", dir)
	if err != nil {
		t.Fatalf("demo: %v\n%s\n%s", err, out, errs)
	}
	for _, sev := range []string{"P1", "P2", "P3", "P4"} {
		if !strings.Contains(out, "  "+sev+"  ") {
			t.Errorf("demo output has no %s ticket:\n%s", sev, out)
		}
	}
	if !strings.Contains(out, "tickets (12)") || !strings.Contains(out, "acknowledgements sent (12)") {
		t.Errorf("demo output lacks 12 tickets and 12 acknowledgements:\n%s", out)
	}
	index := filepath.Join(dir, "reports", "index.html")
	if page, err := os.ReadFile(index); err != nil || !strings.Contains(string(page), "echarts") {
		t.Errorf("metrics page %s: %v", index, err)
	}
	cfg := filepath.Join(dir, "escalate.toml")
	out, _, err = runCLI(t, "tickets", "--config", cfg, "--severity", "P1")
	if err != nil || !strings.Contains(out, "priya@northwind.example") {
		t.Errorf("tickets --severity P1: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "tickets", "--config", cfg, "--quarantine")
	if err != nil || !strings.Contains(out, "REASON") {
		t.Errorf("tickets --quarantine: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "report", "--config", cfg, "--out", filepath.Join(dir, "again"))
	if err != nil || !strings.Contains(out, "index.html") {
		t.Errorf("report: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "migrate", "--config", cfg)
	if err != nil || !strings.Contains(out, "applied 0 migration") {
		t.Errorf("migrate on a migrated store: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "config", "check", "--config", cfg)
	if err != nil || !strings.Contains(out, "ok") {
		t.Errorf("config check: %v\n%s", err, out)
	}
}

func TestCLIUsage(t *testing.T) {
	if _, errs, err := runCLI(t); !errors.Is(err, errUsage) || !strings.Contains(errs, "Usage:") {
		t.Errorf("no arguments: %v, %q", err, errs)
	}
	if _, _, err := runCLI(t, "frobnicate"); !errors.Is(err, errUsage) {
		t.Errorf("unknown command: %v", err)
	}
	if _, errs, err := runCLI(t, "run", "--help"); !errors.Is(err, flag.ErrHelp) || !strings.Contains(errs, "--config") {
		t.Errorf("run --help: %v, %q", err, errs)
	}
	missing := filepath.Join(t.TempDir(), "absent.toml")
	if _, _, err := runCLI(t, "run", "--config", missing); err == nil || !strings.Contains(err.Error(), "absent.toml") {
		t.Errorf("run with a missing config: %v", err)
	}
	if out, _, err := runCLI(t, "version"); err != nil || !strings.HasPrefix(out, "escalate ") {
		t.Errorf("version: %q, %v", out, err)
	}
}
