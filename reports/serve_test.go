package reports

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// serveReport writes the fixture's report into a fresh directory and
// serves it on a real loopback HTTP server.
func serveReport(t *testing.T) (dir string, srv *httptest.Server) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "reports")
	if _, err := Write(dir, fixture()); err != nil {
		t.Fatal(err)
	}
	srv = httptest.NewServer(Handler(dir))
	t.Cleanup(srv.Close)
	return dir, srv
}

// checkSecurityHeaders fails unless h carries the headers every response
// of Handler must carry.
func checkSecurityHeaders(t *testing.T, what string, h http.Header) {
	t.Helper()
	for key, want := range map[string]string{
		"Content-Security-Policy": ContentSecurityPolicy,
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"Cache-Control":           "no-cache",
		"X-Frame-Options":         "DENY",
	} {
		if got := h.Get(key); got != want {
			t.Errorf("%s: %s = %q, want %q", what, key, got, want)
		}
	}
}

func TestHandlerServesTheReport(t *testing.T) {
	dir, srv := serveReport(t)
	for _, tt := range []struct{ path, file, ctype string }{
		{"/", IndexName, "text/html; charset=utf-8"},
		{"/flow.html", "flow.html", "text/html; charset=utf-8"},
		{"/tickets-by-severity.csv", "tickets-by-severity.csv", "text/csv; charset=utf-8"},
		{"/assets/echarts.min.js", echartsAsset, "text/javascript; charset=utf-8"},
		{"/assets/index.js", chartScriptPath(IndexName), "text/javascript; charset=utf-8"},
		{"/assets/report.css", styleAsset, "text/css; charset=utf-8"},
	} {
		resp, err := srv.Client().Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %s, want 200", tt.path, resp.Status)
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != tt.ctype {
			t.Errorf("GET %s: Content-Type = %q, want %q", tt.path, got, tt.ctype)
		}
		if want := readFile(t, filepath.Join(dir, tt.file)); !bytes.Equal(body, want) {
			t.Errorf("GET %s: %d bytes, want the %d bytes of %s", tt.path, len(body), len(want), tt.file)
		}
		checkSecurityHeaders(t, "GET "+tt.path, resp.Header)
	}
}

// TestHandlerRevalidates: no-cache lets a browser keep a page, and it
// asks again each time; an unchanged page costs a 304.
func TestHandlerRevalidates(t *testing.T) {
	_, srv := serveReport(t)
	resp, err := srv.Client().Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/", nil)
	req.Header.Set("If-Modified-Since", resp.Header.Get("Last-Modified"))
	again, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	again.Body.Close()
	if again.StatusCode != http.StatusNotModified {
		t.Errorf("GET / with If-Modified-Since %q = %s, want 304", resp.Header.Get("Last-Modified"), again.Status)
	}
}

// rawGet sends target as the request line's path, byte for byte (an HTTP
// client would clean "..") and returns the status and body.
func rawGet(t *testing.T, addr, method, target string) (int, http.Header, string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := io.WriteString(c, method+" "+target+" HTTP/1.1\r\nHost: reports\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(body)
}

// TestHandlerStaysInItsDirectory asks for files outside the report
// (through "..", encoded or not, and a symbolic link), for directories,
// a hidden temporary file and a file of a kind Write does not produce.
// Each is not found, and the answer carries no secret.
func TestHandlerStaysInItsDirectory(t *testing.T) {
	dir, srv := serveReport(t)
	const secret = "customer,card\nnorthwind,4111\n"
	parent := filepath.Dir(dir)
	for _, f := range []string{filepath.Join(parent, "outside.csv"), filepath.Join(dir, ".index.html.123.tmp"),
		filepath.Join(dir, "escalate.db")} {
		if err := os.WriteFile(f, []byte(secret), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(parent, "outside.csv"), filepath.Join(dir, "link.csv")); err != nil {
		t.Fatal(err)
	}
	addr := srv.Listener.Addr().String()
	if code, _, body := rawGet(t, addr, "GET", "/tickets-by-severity.csv"); code != 200 || !strings.Contains(body, "Severity") {
		t.Fatalf("control: GET /tickets-by-severity.csv = %d %q, want 200 and the CSV", code, body)
	}
	for _, target := range []string{
		"/../outside.csv", "/%2e%2e/outside.csv", "/assets/../../outside.csv", "/assets%2f..%2f..%2foutside.csv",
		"/..%5coutside.csv", "//outside.csv", "/link.csv", "/.index.html.123.tmp", "/escalate.db",
		"/assets/", "/assets", "/assets/./index.js", "/nothing.html", "/index.html%00.csv",
	} {
		code, h, body := rawGet(t, addr, "GET", target)
		if code != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", target, code)
		}
		if strings.Contains(body, "4111") || strings.Contains(body, "<a href") {
			t.Errorf("GET %s answered %q: a file or a listing", target, body)
		}
		checkSecurityHeaders(t, "GET "+target, h)
	}
	if code, h, _ := rawGet(t, addr, "POST", "/"); code != http.StatusMethodNotAllowed || h.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST / = %d, Allow %q; want 405, GET, HEAD", code, h.Get("Allow"))
	}
}

// TestHandlerBeforeTheFirstReport: a directory not written yet is an
// empty site, not an error.
func TestHandlerBeforeTheFirstReport(t *testing.T) {
	srv := httptest.NewServer(Handler(filepath.Join(t.TempDir(), "not-yet")))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET / before any report = %s, want 404", resp.Status)
	}
}
