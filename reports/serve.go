package reports

import (
	"net/http"
	"os"
	"path"
	"strings"
)

// ContentSecurityPolicy is the policy Handler sends with every response.
// The pages have no inline script or style, so script and style sheets
// may come from the report's own files only; nothing else is loaded
// (default-src 'none': no fetch, font, frame or form target). Style
// attributes are allowed because ECharts writes its tooltip as HTML with
// style attributes (the coloured marker of each series); an attribute
// cannot load anything the policy does not allow, since images come from
// the report itself or data: URLs only (ECharts draws on a canvas).
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
	"img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// contentTypes are the kinds of file Write produces, by extension; Handler
// serves no other file.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".csv":  "text/csv; charset=utf-8",
}

// Handler serves the report that Write keeps writing into dir: "/" is
// index.html, and every other path names a page, a CSV file or an asset.
// It lists no directory, serves no hidden file (Write's temporary files
// start with a dot) and no file of a kind Write does not produce, and
// opens files through an os.Root, so neither ".." nor a symbolic link
// reaches outside dir. Every response says Cache-Control: no-cache (the
// pages change every reports.interval; a browser revalidates with
// If-Modified-Since), X-Content-Type-Options: nosniff, no referrer, and
// ContentSecurityPolicy. dir need not exist yet: it is opened at each
// request.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cache-Control", "no-cache")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name, ok := fileName(r.URL.Path)
		if !ok {
			http.NotFound(w, r)
			return
		}
		serveFile(w, r, dir, name)
	})
}

// fileName maps a request path to a file of the report, relative to its
// directory: "/" is the index; a path with an empty, "." or ".." segment,
// a hidden file, a backslash or a NUL, or of a kind Write does not
// produce, names none.
func fileName(urlPath string) (string, bool) {
	if urlPath == "/" {
		return IndexName, true
	}
	name, ok := strings.CutPrefix(urlPath, "/")
	if !ok || strings.ContainsAny(name, "\\\x00") {
		return "", false
	}
	for seg := range strings.SplitSeq(name, "/") {
		if seg == "" || strings.HasPrefix(seg, ".") {
			return "", false
		}
	}
	if contentTypes[path.Ext(name)] == "" {
		return "", false
	}
	return name, true
}

// serveFile serves dir/name, a regular file, with its content type;
// http.ServeContent answers Range and If-Modified-Since requests. A file
// that cannot be opened is not found: it is not there (the report may not
// be written yet), or the path would leave dir, which os.Root refuses.
// The error's text is not sent: it names paths on the server.
func serveFile(w http.ResponseWriter, r *http.Request, dir, name string) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer root.Close()
	f, err := root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if !fi.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", contentTypes[path.Ext(name)])
	http.ServeContent(w, r, name, fi.ModTime(), f)
}
