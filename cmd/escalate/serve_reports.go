package main

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/escalate-dev/escalate/reports"
)

// reportsServer is the listener and handler of reports.listen, opened
// before any part starts.
type reportsServer struct {
	ln      net.Listener
	handler http.Handler
}

// listenReports opens reports.listen before any part starts, so that a bad
// or busy address, or a basic_auth password that cannot be read, stops
// `run` at once; nil when the pages are not served. The password is read
// once, here: a new one takes a restart.
func (p *Program) listenReports(ctx context.Context) (*reportsServer, error) {
	if p.Config.Reports.Listen == "" {
		return nil, nil
	}
	user, password, err := p.Config.reportsAuth(ctx)
	if err != nil {
		return nil, err
	}
	addr, err := p.Config.reportsAddr()
	if err != nil {
		return nil, fmt.Errorf("reports.listen: %w", err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("reports.listen %s: %w", p.Config.Reports.Listen, err)
	}
	h := reports.Handler(p.Config.ReportsDir())
	if user != "" {
		h = basicAuth(h, user, password)
	}
	p.Log.Debug("reports listening", "addr", ln.Addr().String(), "basic_auth", user != "")
	return &reportsServer{ln: ln, handler: h}, nil
}

// serveReports serves the pages until ctx ends; a failing listener
// returns its error, which stops `run` (Program.Run).
func (p *Program) serveReports(ctx context.Context, s *reportsServer) error {
	srv := &http.Server{Handler: s.handler, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	if err := srv.Serve(s.ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("reports: serve %s: %w", s.ln.Addr(), err)
	}
	return nil
}

// basicAuth lets through requests that carry user and password (RFC 7617)
// and answers 401 to the others. Both are compared as SHA-256 digests in
// constant time, so neither the time taken nor an early exit tells how
// much of a guess was right, or how long the password is.
func basicAuth(h http.Handler, user, password string) http.Handler {
	wantUser, wantPassword := sha256.Sum256([]byte(user)), sha256.Sum256([]byte(password))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, pw, _ := r.BasicAuth()
		gotUser, gotPassword := sha256.Sum256([]byte(u)), sha256.Sum256([]byte(pw))
		userOK := subtle.ConstantTimeCompare(gotUser[:], wantUser[:])
		passwordOK := subtle.ConstantTimeCompare(gotPassword[:], wantPassword[:])
		if userOK&passwordOK != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="escalate reports", charset="UTF-8"`)
			w.Header().Set("Cache-Control", "no-store")
			http.Error(w, "authentication required", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}
