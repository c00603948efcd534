package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"time"
)

// listenMetrics opens metrics.listen before any part starts, so that a bad
// or busy address stops `run` at once; nil when metrics are off.
func (p *Program) listenMetrics() (net.Listener, error) {
	addr := p.Config.Metrics.Listen
	if addr == "" {
		return nil, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics.listen %s: %w", addr, err)
	}
	p.Log.Debug("metrics listening", "addr", ln.Addr().String())
	return ln, nil
}

// logStartup writes the one line `run` always logs, whatever log.level
// says: it goes to the handler directly, past the level check, so that
// an operator at level "warn" still sees what started against what.
func (p *Program) logStartup(ctx context.Context) {
	c := p.Config
	mailboxes := make([]string, len(c.Mailbox))
	for i, m := range c.Mailbox {
		tls := m.TLS
		if tls == "" {
			tls = "implicit"
		}
		mailboxes[i] = fmt.Sprintf("%s=%s@%s/%s(tls %s)", m.Name, m.Username, m.Address, orDefault(m.Folder, "INBOX"), tls)
	}
	metrics := "off"
	if c.Metrics.Listen != "" {
		metrics = c.Metrics.Listen + " (/metrics, /healthz)"
	}
	pages := "off"
	if c.Reports.Listen != "" {
		addr, _ := c.reportsAddr()
		pages = addr + " (basic auth)"
		if !c.Reports.BasicAuth.isSet() {
			pages = addr + " (no auth)"
		}
	}
	dsn, _ := c.DatabaseDSN(ctx)
	r := slog.NewRecord(time.Now(), slog.LevelInfo, "escalate starting", 0)
	r.AddAttrs(
		slog.String("version", versionString()),
		slog.String("store", string(p.Store.Dialect())+" "+storeLocation(dsn)),
		slog.String("mailboxes", strings.Join(mailboxes, " ")),
		slog.String("smtp", fmt.Sprintf("%s:%d(tls %s)", c.SMTP.Host, c.SMTP.Port, orDefault(c.SMTP.TLS, "starttls"))),
		slog.String("metrics", metrics),
		slog.String("reports", pages),
		slog.String("log_level", c.Log.Level),
	)
	p.Log.Handler().Handle(ctx, r)
}

// storeLocation is where the store is without its secrets: a PostgreSQL
// URL keeps its user, host and database but loses password and query; an
// SQLite path stays as it is.
func storeLocation(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		if strings.Contains(dsn, "://") {
			return "(a URL, hidden)"
		}
		return dsn
	}
	loc := u.Scheme + "://"
	if u.User != nil {
		loc += u.User.Username() + "@"
	}
	return loc + u.Host + u.Path
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
