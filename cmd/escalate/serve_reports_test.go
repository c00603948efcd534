package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/reports"
	"github.com/escalate-dev/escalate/schema"
)

const reportsBase = "[gateway]\naddress = \"support@acme.example\"\nsecret = \"k\"\n[smtp]\nhost = \"127.0.0.1\"\n[reports]\n"

func TestReportsListenConfig(t *testing.T) {
	const auth = "[reports.basic_auth]\nuser = \"lead\"\npassword = { env = \"PAGES_PASSWORD\" }\n"
	for _, tt := range []struct {
		keys     string
		wantAddr string // the address served, when valid
		wantErr  string // a part of the error, when not
	}{
		{keys: `listen = "127.0.0.1:8080"`, wantAddr: "127.0.0.1:8080"},
		{keys: `listen = ":8080"`, wantAddr: "127.0.0.1:8080"}, // no host: loopback
		{keys: `listen = "localhost:8080"`, wantAddr: "localhost:8080"},
		{keys: `listen = "[::1]:8080"`, wantAddr: "[::1]:8080"},
		{keys: `listen = "0.0.0.0:8080"`, wantErr: "reports.listen: \"0.0.0.0:8080\" is reachable from the network"},
		{keys: `listen = "[::]:8080"`, wantErr: "reports.listen: \"[::]:8080\" is reachable from the network"},
		{keys: `listen = "10.0.0.5:8080"`, wantErr: "set [reports.basic_auth]"},
		{keys: `listen = "reports.acme.example:8080"`, wantErr: "is reachable from the network"},
		{keys: "listen = \"0.0.0.0:8080\"\n" + auth, wantAddr: "0.0.0.0:8080"},
		{keys: "listen = \"0.0.0.0:8080\"\nallow_public = true", wantAddr: "0.0.0.0:8080"},
		{keys: "listen = \"127.0.0.1:8080\"\n[reports.basic_auth]\nuser = \"lead\"", wantErr: "reports.basic_auth: want both user and password"},
		{keys: "allow_public = true", wantErr: "reports.listen: missing"},
		{keys: `listen = "8080"`, wantErr: "reports.listen: \"8080\": want host:port"},
		{keys: "listen = \"127.0.0.1:8080\"\n[reports.basic_auth]\nuser = \"lead\"\npasword = \"x\"", wantErr: "did you mean reports.basic_auth.password?"},
	} {
		cfg, err := ParseConfig([]byte(reportsBase+tt.keys+"\n"), t.TempDir())
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("[reports] %s: error %v, want one containing %q", tt.keys, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("[reports] %s: %v", tt.keys, err)
			continue
		}
		if addr, err := cfg.reportsAddr(); addr != tt.wantAddr || err != nil {
			t.Errorf("[reports] %s: serves %q (%v), want %q", tt.keys, addr, err, tt.wantAddr)
		}
	}
}

// get fetches url, with basic auth when user is set, and returns the
// status, headers and body.
func get(t *testing.T, url, user, password string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if user != "" {
		req.SetBasicAuth(user, password)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(body)
}

func TestReportsBasicAuth(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>Northwind</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(basicAuth(reports.Handler(dir), "lead", "s3cret-pass"))
	defer srv.Close()
	for _, tt := range []struct {
		user, password string
		want           int
	}{
		{"", "", http.StatusUnauthorized},
		{"lead", "", http.StatusUnauthorized},
		{"lead", "s3cret-pas", http.StatusUnauthorized},
		{"lead", "s3cret-pass ", http.StatusUnauthorized},
		{"Lead", "s3cret-pass", http.StatusUnauthorized},
		{"other", "s3cret-pass", http.StatusUnauthorized},
		{"lead", "s3cret-pass", http.StatusOK},
	} {
		code, h, body := get(t, srv.URL+"/", tt.user, tt.password)
		if code != tt.want {
			t.Errorf("GET / as %q/%q = %d, want %d", tt.user, tt.password, code, tt.want)
		}
		if code == http.StatusUnauthorized {
			if h.Get("WWW-Authenticate") == "" || strings.Contains(body, "Northwind") {
				t.Errorf("401 as %q/%q: WWW-Authenticate %q, body %q; want a challenge and no page", tt.user, tt.password, h.Get("WWW-Authenticate"), body)
			}
		} else if !strings.Contains(body, "Northwind") || h.Get("Content-Security-Policy") != reports.ContentSecurityPolicy {
			t.Errorf("200: body %q, policy %q; want the page under the report's policy", body, h.Get("Content-Security-Policy"))
		}
	}
}

// freePort returns a loopback address nobody listens on right now.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestRunServesReports runs `escalate run` with reports.listen and
// basic_auth (the password in a file): the pages it writes are served
// to the user alone, and SIGINT-like cancellation stops it cleanly.
func TestRunServesReports(t *testing.T) {
	e := newEnv(t, schema.SQLite)
	if err := os.WriteFile(filepath.Join(e.dir, "pages.pw"), []byte("s3cret-pass\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := freePort(t)
	text, _ := os.ReadFile(e.cfgPath)
	cfg := filepath.Join(e.dir, "run.toml")
	extra := "listen = \"" + addr + "\"\n[reports.basic_auth]\nuser = \"lead\"\npassword = { file = \"pages.pw\" }\n"
	if err := os.WriteFile(cfg, append(text, extra...), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var stderr strings.Builder
	go func() { done <- run(ctx, []string{"run", "--config", cfg}, strings.NewReader(""), io.Discard, &stderr) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run after cancel: %v", err)
		}
	}()
	url := "http://" + addr + "/"
	waitFor(t, "the index to be served", func() bool {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("run stopped: %v\n%s", err, stderr.String())
		default:
		}
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return false
		}
		c.Close()
		code, _, _ := get(t, url, "lead", "s3cret-pass")
		return code == http.StatusOK
	})
	code, h, body := get(t, url, "lead", "s3cret-pass")
	if code != http.StatusOK || !strings.Contains(body, "Acme Support") || h.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("GET / = %d %q, body without the gateway's name; want the index", code, h.Get("Content-Type"))
	}
	if code, _, _ := get(t, url+"assets/echarts.min.js", "", ""); code != http.StatusUnauthorized {
		t.Errorf("GET /assets/echarts.min.js without credentials = %d, want 401", code)
	}
	if code, _, _ := get(t, url, "lead", "wrong"); code != http.StatusUnauthorized {
		t.Errorf("GET / with a wrong password = %d, want 401", code)
	}
}

// TestRunStopsWhenReportsCannotBeServed: a taken reports.listen, an
// unreadable password and a public address without auth each stop `run`
// at once with exit status 1, naming the key.
func TestRunStopsWhenReportsCannotBeServed(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	for _, tt := range []struct{ keys, want string }{
		{"listen = \"" + taken.Addr().String() + "\"\n", "reports.listen " + taken.Addr().String() + ": listen tcp"},
		{"listen = \"127.0.0.1:0\"\n[reports.basic_auth]\nuser = \"lead\"\npassword = { file = \"missing.pw\" }\n", "reports.basic_auth.password: open"},
		{"listen = \"0.0.0.0:0\"\n", "reports.listen: \"0.0.0.0:0\" is reachable from the network"},
	} {
		e := newEnv(t, schema.SQLite)
		text, _ := os.ReadFile(e.cfgPath)
		cfg := filepath.Join(e.dir, "run.toml")
		os.WriteFile(cfg, append(text, tt.keys...), 0o600)
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		start := time.Now()
		err := run(ctx, []string{"run", "--config", cfg}, strings.NewReader(""), io.Discard, io.Discard)
		took := time.Since(start)
		cancel()
		if exitCode(err) != 1 || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run with [reports] %s: %v, want exit 1 and %q", tt.keys, err, tt.want)
		}
		if took > 10*time.Second {
			t.Errorf("run with [reports] %s took %v to fail, want at once", tt.keys, took)
		}
	}
}
