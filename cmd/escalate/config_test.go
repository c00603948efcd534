package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const minimalConfig = `
[gateway]
address = "support@acme.example"
secret = { env = "ESC_TEST_SECRET" }
[[mailbox]]
address = "imap.acme.example:993"
username = "support@acme.example"
password = { file = "imap.pw" }
[smtp]
host = "smtp.acme.example"
port = 587
`

func TestConfigDefaultsAndSecrets(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "imap.pw"), []byte("s3cret\n"), 0o600)
	c, err := ParseConfig([]byte(minimalConfig), dir)
	if err != nil {
		t.Fatal(err)
	}
	if c.Gateway.Domain != "acme.example" || c.Gateway.TicketPrefix != "ESC" || c.Mailbox[0].Name != "mailbox1" ||
		c.Gateway.HistoryCutoff.Duration != time.Hour || c.Reports.Interval.Duration != 15*time.Minute {
		t.Errorf("defaults not applied: %+v", c.Gateway)
	}
	pw, err := c.Mailbox[0].Password.Resolve(context.Background())
	if err != nil || pw != "s3cret" {
		t.Errorf("password file = %q, %v; want s3cret (relative to the config, newline trimmed)", pw, err)
	}
	if _, err := c.Gateway.Secret.Resolve(context.Background()); err == nil || !strings.Contains(err.Error(), "ESC_TEST_SECRET") {
		t.Errorf("unset env secret: error %v should name ESC_TEST_SECRET", err)
	}
	t.Setenv("ESC_TEST_SECRET", "xyz")
	if v, _ := c.Gateway.Secret.Resolve(context.Background()); v != "xyz" {
		t.Errorf("env secret = %q", v)
	}
	cmd := Secret{Command: "echo tok-123", dir: dir}
	if v, err := cmd.Resolve(context.Background()); err != nil || v != "tok-123" {
		t.Errorf("command secret = %q, %v", v, err)
	}
	dsn, _ := c.DatabaseDSN(context.Background())
	if dsn != filepath.Join(dir, "escalate.db") {
		t.Errorf("default database = %q", dsn)
	}
}

func TestConfigErrorsNameTheKey(t *testing.T) {
	for _, tt := range []struct {
		name, edit, want string
	}{
		{"unknown key", `[gateway]` + "\n" + `adress = "x"`, "gateway.adress"},
		{"missing address", `address = "support@acme.example"`, "gateway.address"},
		{"missing secret", `secret = { env = "ESC_TEST_SECRET" }`, "gateway.secret"},
		{"bad duration", `[reports]` + "\n" + `interval = "soon"`, "interval"},
		{"plaintext to remote", `username = "support@acme.example"` + "\n" + `tls = "none"`, "mailbox[0]"},
		{"bad agent", `[gateway]` + "\n" + `agents = ["not an address"]`, "gateway.agents"},
		{"missing smtp host", `host = "smtp.acme.example"`, "smtp.host"},
		{"bad smtp tls", `port = 587` + "\n" + `tls = "maybe"`, "smtp"},
		{"bad log level", `[log]` + "\n" + `level = "loud"`, "log.level"},
		{"missing smtp CA file", `port = 587` + "\n" + `ca_file = "nope.pem"`, "smtp.ca_file"},
		{"mailbox CA file not PEM", `username = "support@acme.example"` + "\n" + `ca_file = "/etc/hostname"`, "mailbox[0] (mailbox1).ca_file"},
		{"secret table typo", `secret = { env = "ESC_TEST_SECRET" }` + "\n" + `x = 1`, "gateway.x"},
	} {
		text := minimalConfig
		switch {
		case strings.HasPrefix(tt.edit, "["): // append a table
			text = strings.Replace(text, "[gateway]", "[gateway]", 1) + "\n" + tt.edit + "\n"
			if strings.HasPrefix(tt.edit, "[gateway]") {
				text = strings.Replace(minimalConfig, "[gateway]", tt.edit, 1)
			}
		case strings.Contains(tt.edit, "\n"): // replace the first line with the rest
			first, rest, _ := strings.Cut(tt.edit, "\n")
			text = strings.Replace(text, first, first+"\n"+rest, 1)
		default: // remove the line
			text = strings.Replace(text, tt.edit, "", 1)
		}
		_, err := ParseConfig([]byte(text), t.TempDir())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ParseConfig error = %v, want one naming %q", tt.name, err, tt.want)
		}
	}
}

func TestLoadConfigMissingFile(t *testing.T) {
	_, err := LoadConfig(filepath.Join(t.TempDir(), "nope.toml"))
	if err == nil || !strings.Contains(err.Error(), "nope.toml") {
		t.Errorf("LoadConfig(missing) = %v, want an error naming the file", err)
	}
}

func TestConfigUnknownKeySuggests(t *testing.T) {
	for _, tt := range []struct{ edit, want string }{
		{"[gateway]\nadress = \"x\"", "unknown key gateway.adress (did you mean gateway.address?)"},
		{"[gateway]\nhistory_cutof = \"0s\"", "(did you mean gateway.history_cutoff?)"},
		{"[[mailbox]]\npasword = \"x\"", "(did you mean mailbox.password?)"},
		{"[metrics]\nlisten_addr = \"x\"", "unknown key metrics.listen_addr"},
		{"[gatway]\nname = \"x\"", "(did you mean gateway?)"},
		{"[reports]\nzzzzzz = 1", "unknown key reports.zzzzzz"},
	} {
		text := minimalConfig + "\n" + tt.edit + "\n"
		if strings.HasPrefix(tt.edit, "[gateway]") {
			text = strings.Replace(minimalConfig, "[gateway]", tt.edit, 1)
		}
		_, err := ParseConfig([]byte(text), t.TempDir())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseConfig(%q) = %v, want %q", tt.edit, err, tt.want)
		}
	}
	if _, err := ParseConfig([]byte(minimalConfig+"\n[reports]\nzzzzzz = 1\n"), t.TempDir()); err != nil && strings.Contains(err.Error(), "did you mean") {
		t.Errorf("a key far from every known key got a suggestion: %v", err)
	}
}

// TestConfigSecretErrorNamesFileAndKey: an unset variable is reported with
// the config file and the key, by every command that resolves it.
func TestConfigSecretErrorNamesFileAndKey(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "escalate.toml")
	os.WriteFile(path, []byte(minimalConfig), 0o600)
	os.WriteFile(filepath.Join(dir, "imap.pw"), []byte("pw"), 0o600)
	_, _, err := runCLI(t, "config", "check", "--config", path)
	if err == nil || !strings.Contains(err.Error(), "gateway.secret") || !strings.Contains(err.Error(), "ESC_TEST_SECRET") ||
		!strings.Contains(err.Error(), path) {
		t.Errorf("config check with ESC_TEST_SECRET unset: %v, want the key, the variable and %s", err, path)
	}
	t.Setenv("ESC_TEST_SECRET", "x")
	os.Remove(filepath.Join(dir, "imap.pw"))
	_, _, err = runCLI(t, "config", "check", "--config", path)
	if err == nil || !strings.Contains(err.Error(), "password") || !strings.Contains(err.Error(), path) {
		t.Errorf("config check with the password file missing: %v, want the key and %s", err, path)
	}
}

func TestConfigHistoryCutoff(t *testing.T) {
	start := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		line    string
		want    time.Duration
		initial bool
		age     time.Duration // how long before start the server received the mail
		history bool
	}{
		{"", time.Hour, true, 2 * time.Hour, true},
		{"", time.Hour, true, 30 * time.Minute, false},
		{`history_cutoff = "0s"`, 0, true, 0, true},
		{`history_cutoff = "0s"`, 0, true, -time.Minute, true}, // server clock ahead of ours
		{`history_cutoff = "0s"`, 0, false, time.Hour, false},  // arrived after the first read
		{`history_cutoff = "24h"`, 24 * time.Hour, true, 2 * time.Hour, false},
		{`history_cutoff = "24h"`, 24 * time.Hour, true, 25 * time.Hour, true},
	} {
		text := strings.Replace(minimalConfig, "[gateway]", "[gateway]\n"+tt.line, 1)
		c, err := ParseConfig([]byte(text), t.TempDir())
		if err != nil {
			t.Fatalf("%q: %v", tt.line, err)
		}
		if c.Gateway.HistoryCutoff.Duration != tt.want {
			t.Errorf("%q: cutoff %v, want %v", tt.line, c.Gateway.HistoryCutoff.Duration, tt.want)
		}
		if got := c.Gateway.IsHistory(tt.initial, start.Add(-tt.age), start); got != tt.history {
			t.Errorf("%q: IsHistory(initial %v, received %v before start) = %v, want %v", tt.line, tt.initial, tt.age, got, tt.history)
		}
	}
	text := strings.Replace(minimalConfig, "[gateway]", "[gateway]\nhistory_cutoff = \"-1h\"", 1)
	if _, err := ParseConfig([]byte(text), t.TempDir()); err == nil || !strings.Contains(err.Error(), "gateway.history_cutoff") {
		t.Errorf("negative cutoff: %v, want an error naming gateway.history_cutoff", err)
	}
}
