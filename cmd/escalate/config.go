package main

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/escalate-dev/escalate/escalation/desk"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/mailer"
)

// Config is the whole of escalate.toml. Every key is documented in
// README.md; Load rejects unknown keys and names invalid ones.
type Config struct {
	Gateway  GatewayConfig   `toml:"gateway"`
	Database DatabaseConfig  `toml:"database"`
	Mailbox  []MailboxConfig `toml:"mailbox"`
	SMTP     SMTPConfig      `toml:"smtp"`
	Reports  ReportsConfig   `toml:"reports"`
	Classify ClassifyConfig  `toml:"classify"`
	Log      LogConfig       `toml:"log"`
	Metrics  MetricsConfig   `toml:"metrics"`
	// The protocol's people and policies (config_protocol.go).
	Contacts map[string][]string `toml:"contacts"`
	Account  []AccountConfig     `toml:"account"`
	Policy   []PolicyConfig      `toml:"policy"`
	// BusinessHours, when set, is when the P3 and P4 clocks run.
	BusinessHours *BusinessHoursConfig `toml:"business_hours"`
	// Incidents: grouping many customers' tickets under one incident.
	Incidents IncidentsConfig `toml:"incidents"`

	dir string // directory of the config file: relative paths start there
}

// GatewayConfig is who the gateway is.
type GatewayConfig struct {
	Name    string `toml:"name"`    // display name of outgoing mail
	Address string `toml:"address"` // From address of outgoing mail
	// Domain of our Message-IDs; default the domain of Address.
	Domain string `toml:"domain"`
	// Secret keys the HMAC in our Message-IDs.
	Secret       Secret   `toml:"secret"`
	TicketPrefix string   `toml:"ticket_prefix"` // default "ESC"
	Contact      string   `toml:"contact"`       // point of contact named in acknowledgements
	Signature    string   `toml:"signature"`
	Team         []string `toml:"team"` // notified of new P1/P2 tickets
	// Agents may update tickets by mail: addresses, or "@domain" for a
	// whole domain.
	Agents []string `toml:"agents"`
	// AgentAuth says how an agent's mail is trusted: "authentication-results"
	// (default: a trusted receiving server must vouch for it) or
	// "from-header" (the From line alone; test set-ups only).
	AgentAuth string `toml:"agent_auth"`
	// TrustedServers are the authserv-ids whose Authentication-Results
	// headers count (RFC 8601), e.g. "mx.google.com".
	TrustedServers []string `toml:"trusted_servers"`
	// TimeZone of the times written in mails (IANA name; default UTC).
	TimeZone string `toml:"time_zone"`
	zone     *time.Location
	// HistoryCutoff: on the first read of a mailbox, mail received more
	// than this long before start is imported without acknowledgement;
	// "0s" makes all mail present at the first read history (IsHistory).
	// Default 1h when the key is absent.
	HistoryCutoff Duration `toml:"history_cutoff"`
	// RawLimit bounds the raw bytes kept per mail for audit (0: 10 MiB).
	RawLimit int64 `toml:"raw_limit"`
}

// DatabaseConfig says where tickets live.
type DatabaseConfig struct {
	// URL of PostgreSQL (postgres://…); when empty, the SQLite file Path.
	URL  Secret `toml:"url"`
	Path string `toml:"path"`
}

// MailboxConfig is one [[mailbox]] table.
type MailboxConfig struct {
	Name            string   `toml:"name"`
	Address         string   `toml:"address"` // host:port
	TLS             string   `toml:"tls"`     // implicit (default), starttls, none
	Username        string   `toml:"username"`
	Password        Secret   `toml:"password"`
	Auth            string   `toml:"auth"` // login (default), plain, xoauth2
	Folder          string   `toml:"folder"`
	ProcessedFolder string   `toml:"processed_folder"`
	PollInterval    Duration `toml:"poll_interval"`
	Timeout         Duration `toml:"timeout"`   // server silence before a session is restarted (20s)
	KeepAlive       Duration `toml:"keepalive"` // longest IDLE before a NOOP (25s)
	AllowPlaintext  bool     `toml:"allow_plaintext"`
	InsecureTLS     bool     `toml:"insecure_skip_verify"`
	CAFile          string   `toml:"ca_file"` // PEM CA certificates for a private CA
	roots           *x509.CertPool
}

// SMTPConfig is the [smtp] table.
type SMTPConfig struct {
	Host        string   `toml:"host"`
	Port        int      `toml:"port"`
	TLS         string   `toml:"tls"` // starttls (default), implicit, none
	Username    string   `toml:"username"`
	Password    Secret   `toml:"password"`
	Auth        string   `toml:"auth"`
	HELO        string   `toml:"helo"`
	Timeout     Duration `toml:"timeout"`
	Connections int      `toml:"connections"` // parallel SMTP connections per batch (1)
	InsecureTLS bool     `toml:"insecure_skip_verify"`
	CAFile      string   `toml:"ca_file"` // PEM CA certificates for a private CA
	roots       *x509.CertPool
}

// ReportsConfig is the [reports] table.
type ReportsConfig struct {
	Dir      string   `toml:"dir"`      // where pages are written; default "reports"
	Interval Duration `toml:"interval"` // how often `run` rewrites them; default 15m
	// Listen, when set, is where `run` serves the pages over HTTP
	// (config_reports.go); a missing host is loopback.
	Listen string `toml:"listen"`
	// AllowPublic lets Listen be reachable from the network without
	// BasicAuth: a proxy in front authenticates readers.
	AllowPublic bool            `toml:"allow_public"`
	BasicAuth   BasicAuthConfig `toml:"basic_auth"`
}

// ClassifyConfig is the [classify] table.
type ClassifyConfig struct {
	Rules string `toml:"rules"` // operator rules file
	// Vocabulary is a vocabulary file written by `escalate learn`: a
	// bounded second opinion; none by default.
	Vocabulary string `toml:"vocabulary"`
}

// MetricsConfig is the [metrics] table.
type MetricsConfig struct {
	// Listen is the address of the Prometheus /metrics endpoint, e.g.
	// "127.0.0.1:9464"; empty: no endpoint. /healthz is served there too.
	Listen string `toml:"listen"`
	// UnhealthyAfter is how long a mailbox, the database or SMTP may be
	// unreachable before /healthz answers 503. Default 5m.
	UnhealthyAfter Duration `toml:"unhealthy_after"`
}

// LogConfig is the [log] table.
type LogConfig struct {
	Level  string `toml:"level"`  // debug, info (default), warn, error
	Format string `toml:"format"` // text (default) or json
}

// Duration is a TOML string such as "90s" or "4h".
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("want a duration such as \"30s\" or \"4h\": %w", err)
	}
	d.Duration = v
	return nil
}

// Secret is a value kept out of the config file: one of
// { env = "VAR" }, { file = "path" }, { command = "cmd args" } (e.g. to
// fetch an OAuth access token), or a literal string (discouraged).
type Secret struct {
	Value   string `toml:"value"`
	Env     string `toml:"env"`
	File    string `toml:"file"`
	Command string `toml:"command"`
	dir     string
	cfgFile string // the config file that names it, for errors
}

// UnmarshalTOML accepts a plain string or a table.
func (s *Secret) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		s.Value = v
	case map[string]any:
		for k, x := range v {
			str, ok := x.(string)
			if !ok {
				return fmt.Errorf("secret key %q: want a string", k)
			}
			switch k {
			case "env":
				s.Env = str
			case "file":
				s.File = str
			case "command":
				s.Command = str
			case "value":
				s.Value = str
			default:
				return fmt.Errorf("secret: unknown key %q (want env, file or command)", k)
			}
		}
	default:
		return errors.New("secret: want a string or a table { env | file | command = \"…\" }")
	}
	return nil
}

// IsSet reports whether any source is configured.
func (s Secret) IsSet() bool { return s.Value != "" || s.Env != "" || s.File != "" || s.Command != "" }

// Resolve reads the secret now (files and commands are read at each use,
// so rotated tokens are picked up).
func (s Secret) Resolve(ctx context.Context) (string, error) {
	switch {
	case s.Env != "":
		v, ok := os.LookupEnv(s.Env)
		if !ok {
			return "", fmt.Errorf("environment variable %s is not set%s", s.Env, s.where())
		}
		return v, nil
	case s.File != "":
		b, err := os.ReadFile(s.path(s.File))
		if err != nil {
			return "", fmt.Errorf("%w%s", err, s.where())
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	case s.Command != "":
		var out, errb bytes.Buffer
		cmd := exec.CommandContext(ctx, "/bin/sh", "-c", s.Command)
		cmd.Dir, cmd.Stdout, cmd.Stderr = s.dir, &out, &errb
		if err := cmd.Run(); err != nil {
			return "", fmt.Errorf("command failed: %w: %s%s", err, strings.TrimSpace(errb.String()), s.where())
		}
		return strings.TrimSpace(out.String()), nil
	}
	return s.Value, nil
}

func (s Secret) path(p string) string { return relTo(s.dir, p) }

// where names the config file in a secret's error; callers name the key.
func (s Secret) where() string {
	if s.cfgFile == "" {
		return ""
	}
	return " (config " + s.cfgFile + ")"
}

// relTo resolves p, a file named in the config, relative to dir, the
// config file's directory; "" stays "".
func relTo(dir, p string) string {
	if p == "" || dir == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// LoadConfig reads and validates a config file.
func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := ParseConfig(b, filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	for _, s := range c.secrets() {
		s.cfgFile = path
	}
	return c, nil
}

// ParseConfig parses config text; dir anchors relative paths.
func ParseConfig(b []byte, dir string) (*Config, error) {
	var c Config
	md, err := toml.Decode(string(b), &c)
	if err != nil {
		return nil, err // toml's errors give the line and the key
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return nil, unknownKeys(keys)
	}
	c.dir = dir
	if !md.IsDefined("gateway", "history_cutoff") {
		c.Gateway.HistoryCutoff.Duration = time.Hour
	}
	c.defaults()
	if err := c.validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

func (c *Config) defaults() {
	g := &c.Gateway
	if g.Name == "" {
		g.Name = "Support"
	}
	if g.TicketPrefix == "" {
		g.TicketPrefix = "ESC"
	}
	if g.Domain == "" {
		if _, dom, ok := strings.Cut(g.Address, "@"); ok {
			g.Domain = dom
		}
	}
	if g.Contact == "" {
		g.Contact = g.Name + " <" + g.Address + ">"
	}
	if g.Signature == "" {
		g.Signature = g.Name
	}
	if g.AgentAuth == "" {
		g.AgentAuth = desk.AuthResults
	}
	if g.TimeZone == "" {
		g.TimeZone = "UTC"
	}
	if g.RawLimit == 0 {
		g.RawLimit = 10 << 20
	}
	if c.Database.Path == "" && !c.Database.URL.IsSet() {
		c.Database.Path = "escalate.db"
	}
	if c.Reports.Dir == "" {
		c.Reports.Dir = "reports"
	}
	if c.Reports.Interval.Duration == 0 {
		c.Reports.Interval.Duration = 15 * time.Minute
	}
	for i := range c.Mailbox {
		if c.Mailbox[i].Name == "" {
			c.Mailbox[i].Name = fmt.Sprintf("mailbox%d", i+1)
		}
	}
	for _, s := range c.secrets() {
		s.dir = c.dir
	}
	if c.Metrics.UnhealthyAfter.Duration == 0 {
		c.Metrics.UnhealthyAfter.Duration = 5 * time.Minute
	}
	if c.Log.Level == "" {
		c.Log.Level = "info"
	}
	if c.Log.Format == "" {
		c.Log.Format = "text"
	}
}

func (c *Config) validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if _, err := mail.ParseAddress(c.Gateway.Address); err != nil {
		bad("gateway.address", "want the support address, e.g. \"support@example.com\" (%v)", err)
	}
	if c.Gateway.HistoryCutoff.Duration < 0 {
		bad("gateway.history_cutoff", "%v is negative: want \"0s\" (all mail present at the first start is history) or a positive duration", c.Gateway.HistoryCutoff.Duration)
	}
	if !c.Gateway.Secret.IsSet() {
		bad("gateway.secret", "missing: keys the Message-IDs of our mail, e.g. secret = { env = \"ESCALATE_SECRET\" }")
	}
	for _, a := range c.Gateway.Team {
		if _, err := mail.ParseAddress(a); err != nil {
			bad("gateway.team", "%q is not an address", a)
		}
	}
	for _, a := range c.Gateway.Agents {
		if _, err := mail.ParseAddress("x" + a); !strings.HasPrefix(a, "@") || err != nil {
			if _, err := mail.ParseAddress(a); err != nil {
				bad("gateway.agents", "%q is neither an address nor \"@domain\"", a)
			}
		}
	}
	switch c.Gateway.AgentAuth {
	case desk.AuthResults:
		if len(c.Gateway.Agents) > 0 && len(c.Gateway.TrustedServers) == 0 {
			bad("gateway.trusted_servers", "missing: name the authserv-id of your receiving server's "+
				"Authentication-Results (e.g. [\"mx.google.com\"]) so agents' mail can be verified, "+
				"or set agent_auth = \"from-header\" on a test set-up")
		}
	case desk.FromHeader:
	default:
		bad("gateway.agent_auth", "%q: want %q or %q", c.Gateway.AgentAuth, desk.AuthResults, desk.FromHeader)
	}
	var err error
	if c.Gateway.zone, err = time.LoadLocation(c.Gateway.TimeZone); err != nil {
		bad("gateway.time_zone", "%q: want an IANA time zone such as \"Europe/Berlin\" (%v)", c.Gateway.TimeZone, err)
	}
	names := map[string]bool{}
	for i, m := range c.Mailbox {
		key := fmt.Sprintf("mailbox[%d] (%s)", i, m.Name)
		if names[m.Name] {
			bad(key+".name", "duplicate mailbox name")
		}
		names[m.Name] = true
		var err error
		if c.Mailbox[i].roots, err = loadRoots(c.path(m.CAFile)); err != nil {
			bad(key+".ca_file", "%v", err)
		}
		if err := m.intake(c).Check(); err != nil {
			bad(key, "%v", err)
		}
		if !m.Password.IsSet() {
			bad(key+".password", "missing")
		}
	}
	if c.SMTP.Host == "" {
		bad("smtp.host", "missing")
	}
	if c.SMTP.roots, err = loadRoots(c.path(c.SMTP.CAFile)); err != nil {
		bad("smtp.ca_file", "%v", err)
	}
	if _, err := mailer.NewSender(c.smtpConfig("")); err != nil && c.SMTP.Host != "" {
		bad("smtp", "%v", err)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "%q: want debug, info, warn or error", c.Log.Level)
	}
	if c.Metrics.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Metrics.Listen); err != nil {
			bad("metrics.listen", "%q: want host:port", c.Metrics.Listen)
		}
	}
	if c.Metrics.UnhealthyAfter.Duration < 0 {
		bad("metrics.unhealthy_after", "%v is negative", c.Metrics.UnhealthyAfter.Duration)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		bad("log.format", "%q: want text or json", c.Log.Format)
	}
	errs = append(errs, c.validateProtocol()...)
	errs = append(errs, c.validateReports()...)
	return errors.Join(errs...)
}

// intake converts a [[mailbox]] table for the poller.
func (m MailboxConfig) intake(c *Config) intake.MailboxConfig {
	return intake.MailboxConfig{
		Name: m.Name, Addr: m.Address, TLS: m.TLS, Username: m.Username, Auth: m.Auth,
		Secret: m.resolvePassword, Folder: m.Folder, ProcessedFolder: m.ProcessedFolder,
		PollInterval: m.PollInterval.Duration, AllowPlaintext: m.AllowPlaintext,
		Timeout: m.Timeout.Duration, KeepAlive: m.KeepAlive.Duration,
		InsecureSkipVerify: m.InsecureTLS, RootCAs: m.roots,
		RawLimit: c.Gateway.RawLimit, Parse: intake.ParseOptions{OwnAddresses: c.ownAddresses()},
	}
}

// resolvePassword is the mailbox's password or token, its error naming
// the key (the file is named by Secret.Resolve).
func (m MailboxConfig) resolvePassword(ctx context.Context) (string, error) {
	v, err := m.Password.Resolve(ctx)
	if err != nil {
		return "", fmt.Errorf("mailbox %s: password: %w", m.Name, err)
	}
	return v, nil
}

// loadRoots reads PEM CA certificates; "" is no file (the system roots).
func loadRoots(file string) (*x509.CertPool, error) {
	if file == "" {
		return nil, nil
	}
	pem, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%s holds no PEM certificate", file)
	}
	return pool, nil
}

func (c *Config) smtpConfig(password string) mailer.SMTPConfig {
	s := c.SMTP
	return mailer.SMTPConfig{Host: s.Host, Port: s.Port, TLS: s.TLS, Username: s.Username, Password: password,
		Auth: s.Auth, HELO: s.HELO, Timeout: s.Timeout.Duration, Connections: s.Connections,
		InsecureSkipVerify: s.InsecureTLS, RootCAs: s.roots}
}

// DatabaseDSN resolves where the store is.
func (c *Config) DatabaseDSN(ctx context.Context) (string, error) {
	if c.Database.URL.IsSet() {
		u, err := c.Database.URL.Resolve(ctx)
		if err != nil {
			return "", fmt.Errorf("database.url: %w", err)
		}
		return u, nil
	}
	return c.path(c.Database.Path), nil
}

// ReportsDir is the absolute reports directory.
func (c *Config) ReportsDir() string { return c.path(c.Reports.Dir) }

// path resolves a file named in the config relative to the config file.
func (c *Config) path(p string) string { return relTo(c.dir, p) }

// deskConfig is what the desk needs of the configuration; secret is the
// resolved gateway.secret.
func (c *Config) deskConfig(secret string) desk.Config {
	g := c.Gateway
	dc := desk.Config{Name: g.Name, Address: addrOnly(g.Address), Domain: g.Domain, Secret: []byte(secret),
		Prefix: g.TicketPrefix, Contact: g.Contact, Signature: g.Signature, HistoryCutoff: g.HistoryCutoff.Duration,
		RawLimit: g.RawLimit, Zone: g.zone,
		Agents: desk.Agents{Auth: g.AgentAuth, Trusted: g.TrustedServers}, People: c.people()}
	for _, a := range g.Team {
		dc.Team = append(dc.Team, addrOnly(a))
	}
	for _, a := range g.Agents {
		if strings.HasPrefix(a, "@") {
			dc.Agents.Addresses = append(dc.Agents.Addresses, strings.ToLower(a))
		} else {
			dc.Agents.Addresses = append(dc.Agents.Addresses, addrOnly(a))
		}
	}
	dc.Own = c.ownAddresses()
	return dc
}

// ownAddresses are the gateway's own addresses: mail from them is its own
// coming back (intake.ParseOptions.OwnAddresses).
func (c *Config) ownAddresses() []string {
	own := []string{addrOnly(c.Gateway.Address)}
	for _, m := range c.Mailbox {
		if strings.Contains(m.Username, "@") {
			own = append(own, strings.ToLower(m.Username))
		}
	}
	return own
}

// addrOnly returns the bare lower-case address of "Name <addr>" or "addr".
func addrOnly(s string) string {
	if a, err := mail.ParseAddress(s); err == nil {
		return strings.ToLower(a.Address)
	}
	return strings.ToLower(strings.TrimSpace(s))
}
