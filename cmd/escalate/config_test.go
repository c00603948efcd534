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
