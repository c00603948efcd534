package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func inspectCLI(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := cmdInspect(context.Background(), append([]string{"--config", filepath.Join(t.TempDir(), "none.toml")}, args...),
		strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestInspectJSON(t *testing.T) {
	out, _, err := inspectCLI(t, "", "--json",
		"../../intake/testdata/plain-reply-gmail.eml", "../../intake/testdata/dsn-multipart-report-postfix.eml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("inspect --json printed %d lines, want 2:\n%s", len(lines), out)
	}
	want := []map[string]any{
		{"from": "joerg@example.de", "subject": "Re: [ESC-42] Server down", "text": "Still down, please call me.", "automatic": ""},
		{"from": "MAILER-DAEMON@mx.example.com", "subject": "Undelivered Mail Returned to Sender", "automatic": "bounce"},
	}
	for i, line := range lines {
		var got map[string]any
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		for _, k := range []string{"file", "from", "subject", "text", "automatic", "warnings"} {
			if _, ok := got[k]; !ok {
				t.Errorf("line %d has no key %q: %s", i, k, line)
			}
		}
		for k, v := range want[i] {
			if got[k] != v {
				t.Errorf("line %d: %s = %v, want %v", i, k, got[k], v)
			}
		}
	}
}

func TestInspectHumanAndStdin(t *testing.T) {
	mail := "From: Ann <ann@example.org>\nSubject: Help \x1b[31mred\nAuto-Submitted: auto-replied\n\nOut of office.\n"
	out, _, err := inspectCLI(t, mail)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== -", `"Ann" <ann@example.org>`, "auto-reply (Auto-Submitted: auto-replied", "Out of office."} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("inspect printed an escape character:\n%q", out)
	}
}

func TestInspectOwnAddress(t *testing.T) {
	out, _, err := inspectCLI(t, "From: Support <support@example.com>\nSubject: x\n\nhi\n", "--json", "--own", "Support@Example.com")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"automatic":"loop"`) {
		t.Errorf("inspect --own: mail from our own address not a loop: %s", out)
	}
}

func TestInspectFailuresContinue(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.eml")
	if err := os.WriteFile(bad, []byte("// not a mail"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := inspectCLI(t, "", "--json", bad, "missing.eml", "../../intake/testdata/plain-reply-gmail.eml")
	if err == nil {
		t.Error("inspect with failing files returned no error, want exit status 1")
	}
	if !strings.Contains(errOut, "bad.eml") || !strings.Contains(errOut, "missing.eml") {
		t.Errorf("stderr does not name both failed files:\n%s", errOut)
	}
	if strings.Count(out, "\n") != 1 {
		t.Errorf("the good file was not printed once:\n%s", out)
	}
}

func TestInspectHelp(t *testing.T) {
	_, errOut, err := inspectCLI(t, "", "--help")
	if err != nil {
		t.Fatalf("inspect --help: %v", err)
	}
	if !strings.Contains(errOut, "--json") || !strings.Contains(errOut, "why was this mail not acknowledged") {
		t.Errorf("inspect --help does not explain the command:\n%s", errOut)
	}
}

// TestInspectDirectory inspects a directory of mails, one of them in a
// subdirectory (intake's own testdata also holds reply bodies that are
// not mails, so the test builds its own).
func TestInspectDirectory(t *testing.T) {
	files, _ := filepath.Glob("../../intake/testdata/*.eml")
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o700); err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		to := filepath.Join(dir, filepath.Base(f))
		if i == 0 {
			to = filepath.Join(dir, "sub", filepath.Base(f))
		}
		if err := os.WriteFile(to, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out, _, err := inspectCLI(t, "", "--json", dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out, "\n"); got != len(files) || len(files) == 0 {
		t.Errorf("inspect DIR printed %d lines for %d files", got, len(files))
	}
}
