package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
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
	demoOut := out
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
	out, _, err = runCLI(t, "tickets", "show", "--config", cfg, "ESC-1")
	if err != nil || !strings.Contains(out, "ESC-1  ") || !strings.Contains(out, "thread (") || !strings.Contains(out, "outbox (") {
		t.Errorf("tickets show ESC-1 on the demo's data: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "tickets", "--config", cfg, "--quarantine")
	if err != nil || !strings.Contains(out, "REASON") {
		t.Errorf("tickets --quarantine: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "tickets", "--config", cfg, "--automatic")
	if err != nil || !strings.Contains(out, "KIND") || !strings.Contains(out, "jonas.weber@contoso.example") || strings.Contains(out, "priya@northwind.example") {
		t.Errorf("tickets --automatic on the demo's data (its out-of-office reply, no customer): %v\n%s", err, out)
	}
	if !strings.Contains(demoOut, "set aside as automatic, no ticket and no reply (escalate tickets --automatic): 1") {
		t.Errorf("demo output does not show the out-of-office reply set aside:\n%s", demoOut)
	}
	if _, _, err = runCLI(t, "tickets", "--config", cfg, "--automatic", "--quarantine"); err == nil || !strings.Contains(err.Error(), "give one of them") {
		t.Errorf("tickets --automatic --quarantine: %v, want a usage error", err)
	}
	out, _, err = runCLI(t, "report", "--config", cfg, "--out", filepath.Join(dir, "again"))
	if err != nil || !strings.Contains(out, "index.html") {
		t.Errorf("report: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "migrate", "--config", cfg)
	if err != nil || !strings.Contains(out, "applied 0 migration") {
		t.Errorf("migrate on a migrated store: %v\n%s", err, out)
	}
	out, _, err = runCLI(t, "tickets", "show", "--config", cfg, "ESC-2")
	for _, want := range []string{"protocol clocks:", "first response", "missed the ack deadline", "paged cco (level 4)", "[x] Notify internal team"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("tickets show ESC-2 after the demo's clocks lacks %q (%v):\n%s", want, err, out)
		}
	}
	out, errs, err = runCLI(t, "config", "check", "--config", cfg)
	if err != nil || !strings.Contains(out, "ok") {
		t.Errorf("config check: %v\n%s", err, out)
	}
	if !strings.Contains(errs, "warning: gateway.agent_auth") {
		t.Errorf("config check of the demo's from-header set-up gives no warning:\n%s", errs)
	}
	if !strings.Contains(demoOut, "update mail to") || !strings.Contains(demoOut, "resolution mail to") ||
		!strings.Contains(demoOut, "rejected mail to") || !strings.Contains(demoOut, "escalation mail to cco@acme.example") ||
		!strings.Contains(demoOut, "postmortem mail to") || !strings.Contains(demoOut, "monitoring mail to") {
		t.Errorf("the demo shows no agent answering or no clock acting:\n%s", demoOut)
	}
}

// cliCommands is every subcommand, as typed.
var cliCommands = [][]string{{"run"}, {"demo"}, {"migrate"}, {"tickets"}, {"tickets", "show"}, {"report"},
	{"classify"}, {"learn"}, {"inspect"}, {"config", "check"}, {"config"}, {"version"}}

func TestCLIHelpOnStdout(t *testing.T) {
	for _, cmd := range cliCommands {
		for _, h := range []string{"-h", "--help", "-help", "help"} {
			args := append(append([]string{}, cmd...), h)
			out, errs, err := runCLI(t, args...)
			if err != nil || exitCode(err) != 0 {
				t.Errorf("escalate %s: error %v, want nil (exit 0)", strings.Join(args, " "), err)
			}
			if want := "usage: escalate " + strings.Join(cmd, " "); !strings.Contains(out, want) {
				t.Errorf("escalate %s: stdout %q lacks %q", strings.Join(args, " "), out, want)
			}
			if errs != "" {
				t.Errorf("escalate %s: stderr %q, want nothing", strings.Join(args, " "), errs)
			}
		}
	}
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}} {
		out, errs, err := runCLI(t, args...)
		if err != nil || !strings.Contains(out, "Usage:") || errs != "" {
			t.Errorf("escalate %s: %v, stdout %q, stderr %q", args[0], err, out, errs)
		}
	}
	if out, _, err := runCLI(t, "help", "tickets"); err != nil || !strings.Contains(out, "usage: escalate tickets") {
		t.Errorf("escalate help tickets: %v, %q", err, out)
	}
}

func TestCLIHelpTexts(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"demo", "-h"}, []string{"-v", "-dir", "-timeout", "removed at the end"}},
		{[]string{"run", "-h"}, []string{"-config", "$ESCALATE_CONFIG", "else ./escalate.toml", "/healthz"}},
		{[]string{"tickets", "-h"}, []string{"-status", "open, resolved, closed", "-severity", "-json", "tickets show"}},
		{[]string{"classify", "help"}, []string{"RFC 5322", "-rules"}},
	} {
		out, _, err := runCLI(t, tt.args...)
		for _, w := range tt.want {
			if err != nil || !strings.Contains(out, w) {
				t.Errorf("escalate %s: %v; help lacks %q:\n%s", strings.Join(tt.args, " "), err, w, out)
			}
		}
	}
}

// TestCLIUsageErrors: a usage error is reported once on stderr, nothing on
// stdout, exit status 2.
func TestCLIUsageErrors(t *testing.T) {
	type tc struct {
		args []string
		want string
	}
	var cases []tc
	for _, cmd := range cliCommands {
		cases = append(cases, tc{append(append([]string{}, cmd...), "--bogus"), "flag provided but not defined: -bogus"})
		switch cmd[0] {
		case "classify", "inspect":
		case "tickets":
			if len(cmd) == 1 {
				cases = append(cases, tc{[]string{"tickets", "extra"}, `unexpected argument "extra"`})
			} else {
				cases = append(cases, tc{[]string{"tickets", "show", "ESC-1", "ESC-2"}, `unexpected argument "ESC-2"`})
			}
		case "config":
			if len(cmd) == 1 {
				cases = append(cases, tc{[]string{"config", "frob"}, "want a subcommand: check"})
			} else {
				cases = append(cases, tc{[]string{"config", "check", "extra"}, `unexpected argument "extra"`})
			}
		default:
			cases = append(cases, tc{append(append([]string{}, cmd...), "extra"), `unexpected argument "extra"`})
		}
	}
	cases = append(cases,
		tc{[]string{}, "Usage:"},
		tc{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		tc{[]string{"-version=x"}, `unknown command "-version=x"`},
		tc{[]string{"tickets", "show"}, "want a ticket, e.g. ESC-12"},
		tc{[]string{"tickets", "--status", "bogus"}, `--status "bogus": want one of open, resolved, closed`},
		tc{[]string{"tickets", "--severity", "P9"}, `--severity "P9": want one of P1, P2, P3, P4`},
		tc{[]string{"tickets", "--limit", "0"}, "--limit 0: want a positive number"},
		tc{[]string{"demo", "--timeout", "soon"}, `invalid value "soon" for flag -timeout`},
	)
	for _, tt := range cases {
		out, errs, err := runCLI(t, tt.args...)
		name := "escalate " + strings.Join(tt.args, " ")
		if code := exitCode(err); code != 2 {
			t.Errorf("%s: exit %d (%v), want 2", name, code, err)
		}
		if !strings.Contains(errs, tt.want) {
			t.Errorf("%s: stderr %q lacks %q", name, errs, tt.want)
		}
		if n := strings.Count(errs, tt.want); n > 1 {
			t.Errorf("%s: stderr says %q %d times, want once", name, tt.want, n)
		}
		if out != "" {
			t.Errorf("%s: stdout %q, want nothing", name, out)
		}
	}
}

func TestCLIVersion(t *testing.T) {
	for _, v := range []string{"version", "--version", "-version"} {
		out, _, err := runCLI(t, v)
		if err != nil || !strings.HasPrefix(out, "escalate ") || !strings.Contains(out, "revision") {
			t.Errorf("escalate %s = %q, %v; want the version and revision", v, out, err)
		}
	}
	info := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/escalate-dev/escalate", Version: "v1.2.3"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "4cf0158abc"}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	got := formatVersion("dev", info)
	for _, want := range []string{"escalate v1.2.3", "revision 4cf0158abc", "2026-12-01T10:00:00Z", "uncommitted", "go1.26.8"} {
		if !strings.Contains(got, want) {
			t.Errorf("formatVersion = %q, lacks %q", got, want)
		}
	}
	if got := formatVersion("v9.9.9", info); !strings.HasPrefix(got, "escalate v9.9.9,") {
		t.Errorf("formatVersion with -X main.version = %q, want v9.9.9 first", got)
	}
	if got := formatVersion("dev", nil); !strings.Contains(got, "revision unknown") {
		t.Errorf("formatVersion without build info = %q", got)
	}
}

// TestCLIConfigPrecedence: --config wins over $ESCALATE_CONFIG, which
// wins over ./escalate.toml, as the help says.
func TestCLIConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	fromEnv, fromFlag := filepath.Join(dir, "env.toml"), filepath.Join(dir, "flag.toml")
	t.Setenv("ESCALATE_CONFIG", fromEnv)
	if _, _, err := runCLI(t, "config", "check", "--config", fromFlag); err == nil || !strings.Contains(err.Error(), "flag.toml") {
		t.Errorf("--config and $ESCALATE_CONFIG: %v, want flag.toml read", err)
	}
	if _, _, err := runCLI(t, "config", "check"); err == nil || !strings.Contains(err.Error(), "env.toml") {
		t.Errorf("$ESCALATE_CONFIG alone: %v, want env.toml read", err)
	}
	t.Setenv("ESCALATE_CONFIG", "")
	t.Chdir(dir)
	if _, _, err := runCLI(t, "config", "check"); err == nil || !strings.Contains(err.Error(), "escalate.toml") {
		t.Errorf("neither: %v, want ./escalate.toml read", err)
	}
}

// TestCLIMailFileErrors: classify and inspect say what is wrong with a
// file and what they expect.
func TestCLIMailFileErrors(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "note.txt")
	os.WriteFile(plain, []byte("Hello, our server is down.\nPlease help\n"), 0o600)
	missing := filepath.Join(dir, "nope.eml")
	for _, cmd := range []string{"classify", "inspect"} {
		_, errs, err := runCLI(t, cmd, missing)
		if exitCode(err) != 1 || !strings.Contains(errs, "nope.eml: no such file") {
			t.Errorf("%s on a missing file: %v, stderr %q; want \"no such file\", exit 1", cmd, err, errs)
		}
		_, errs, err = runCLI(t, cmd, plain)
		want := "not a mail file: no header lines; " + cmd + " reads RFC 5322 messages (.eml)"
		if exitCode(err) != 1 || !strings.Contains(errs, want) {
			t.Errorf("%s on plain text: %v, stderr %q; want %q, exit 1", cmd, err, errs, want)
		}
	}
}

// TestDemoRemovesItsTemporaryDirectory: without --dir, nothing is left.
func TestDemoRemovesItsTemporaryDirectory(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	out, errs, err := runCLI(t, "demo")
	if err != nil {
		t.Fatalf("demo: %v\n%s\n%s", err, out, errs)
	}
	if !strings.Contains(out, filepath.Join(tmp, "escalate-demo-")) || !strings.Contains(out, "is removed when the demo ends") {
		t.Errorf("demo did not work in a temporary directory under %s:\n%s", tmp, out)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("demo left %d entries in %s: %v", len(left), tmp, left)
	}
}

// TestClassifyEscapesFileNames: a file name is printed with its control
// characters escaped (the evidence quotes mail text with %q already).
func TestClassifyEscapesFileNames(t *testing.T) {
	name := filepath.Join(t.TempDir(), "x\x1b]0;owned\x07.eml")
	mail := "From: a@b.example\r\nSubject: production down\r\n\r\nEverything is down.\r\n"
	if err := os.WriteFile(name, []byte(mail), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs, err := runCLI(t, "classify", name)
	if err != nil || strings.ContainsAny(out, "\x1b\x07") || !strings.Contains(out, `x\x1b]0;owned\x07.eml: P1`) {
		t.Errorf("classify printed %q, %v %s; want the name escaped", out, err, errs)
	}
}
