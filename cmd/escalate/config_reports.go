package main

import (
	"context"
	"errors"
	"fmt"
	"net"
)

// BasicAuthConfig is [reports.basic_auth]: the one user allowed to read
// the served pages.
type BasicAuthConfig struct {
	User     string `toml:"user"`
	Password Secret `toml:"password"`
}

// isSet reports whether any key of the table is given.
func (a BasicAuthConfig) isSet() bool { return a.User != "" || a.Password.IsSet() }

// reportsAddr is the address reports.listen asks for, with a missing host
// made loopback: ":8080" serves 127.0.0.1:8080, since the pages name
// customers and must not reach the network unless the host says so.
func (c *Config) reportsAddr() (string, error) {
	host, port, err := net.SplitHostPort(c.Reports.Listen)
	if err != nil {
		return "", fmt.Errorf("%q: want host:port or :port: %w", c.Reports.Listen, err)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port), nil
}

// isLoopback reports whether host names only this machine: "localhost"
// or a loopback IP. Any other name may resolve to a public address.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// validateReports checks reports.listen and what a non-loopback address
// needs: basic_auth, or allow_public when a proxy in front of escalate
// authenticates readers.
func (c *Config) validateReports() []error {
	r := c.Reports
	var errs []error
	if r.BasicAuth.isSet() && (r.BasicAuth.User == "" || !r.BasicAuth.Password.IsSet()) {
		errs = append(errs, errors.New("reports.basic_auth: want both user and password "+
			"(password = { env = \"VAR\" } or { file = \"path\" })"))
	}
	if r.Listen == "" {
		if r.BasicAuth.isSet() || r.AllowPublic {
			errs = append(errs, errors.New("reports.listen: missing: basic_auth and allow_public apply to the pages served on reports.listen"))
		}
		return errs
	}
	addr, err := c.reportsAddr()
	if err != nil {
		return append(errs, fmt.Errorf("reports.listen: %w", err))
	}
	host, _, _ := net.SplitHostPort(addr)
	if !isLoopback(host) && !r.BasicAuth.isSet() && !r.AllowPublic {
		errs = append(errs, fmt.Errorf("reports.listen: %q is reachable from the network and the pages name customers: "+
			"set [reports.basic_auth] (user, password), or allow_public = true when a proxy in front authenticates "+
			"readers, or listen on loopback (\"127.0.0.1:%s\")", r.Listen, portOf(addr)))
	}
	return errs
}

func portOf(addr string) string {
	_, port, _ := net.SplitHostPort(addr)
	return port
}

// reportsAuth resolves [reports.basic_auth]: the user and password, or
// two empty strings when the table is absent.
func (c *Config) reportsAuth(ctx context.Context) (user, password string, err error) {
	a := c.Reports.BasicAuth
	if !a.isSet() {
		return "", "", nil
	}
	password, err = a.Password.Resolve(ctx)
	if err == nil && password == "" {
		err = errors.New("resolves to an empty value")
	}
	if err != nil {
		return "", "", fmt.Errorf("reports.basic_auth.password: %w", err)
	}
	return a.User, password, nil
}
