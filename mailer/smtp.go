package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// TLS modes of an SMTP connection.
const (
	TLSStartTLS = "starttls" // STARTTLS required (RFC 3207); the default
	TLSImplicit = "implicit" // TLS from the first byte (RFC 8314), port 465
	TLSNone     = "none"     // clear text: for loopback test servers only
)

// SMTPConfig is how to reach the submission server.
type SMTPConfig struct {
	Host     string
	Port     int
	TLS      string // TLSStartTLS, TLSImplicit or TLSNone
	Username string
	Password string // or an OAuth access token with Auth "xoauth2"
	Auth     string // "", "plain", "login", "xoauth2" ("" with a username: best offered)
	HELO     string
	// Timeout bounds each exchange with the server (go-mail sets it as
	// the connection's deadline), so a server that accepts TCP and then
	// says nothing is left after it. Default 30s.
	Timeout time.Duration
	// Connections is how many SMTP connections one batch is spread over,
	// each carrying its share of mails one after the other. Default 1.
	Connections int
	// InsecureSkipVerify accepts any certificate: for test servers only.
	InsecureSkipVerify bool
	// RootCAs verifies the server's certificate instead of the system
	// roots: a private CA. Nil: the system roots.
	RootCAs *x509.CertPool
}

// Sender delivers mail over SMTP over at most Connections connections
// at a time, shared by every batch sent through it. A connection is kept
// open after its batch (idle for at most idleLimit), so that a burst pays
// for the TCP handshake, greeting, EHLO, STARTTLS and AUTH once per
// connection rather than once per batch.
type Sender struct {
	cfg   SMTPConfig
	slots chan struct{} // one token per connection that may be open and busy
	mu    sync.Mutex
	idle  []*keptConn // open connections between batches, most recent last
}

// keptConn is an open connection waiting for the next batch.
type keptConn struct {
	c     *session
	timer *time.Timer // closes it after idleLimit
}

// idleLimit is how long an unused connection stays open. Servers drop
// idle clients after a few minutes (RFC 5321 §4.5.3.2.7 asks for at
// least 5; Postfix's smtpd_timeout is 300 s); a kept connection that was
// dropped anyway fails at MAIL FROM and is replaced (sendOn).
const idleLimit = 30 * time.Second

// NewSender checks cfg and returns a Sender.
func NewSender(cfg SMTPConfig) (*Sender, error) {
	if cfg.Host == "" {
		return nil, errors.New("mailer: smtp host is empty")
	}
	switch cfg.TLS {
	case "":
		cfg.TLS = TLSStartTLS
	case TLSStartTLS, TLSImplicit, TLSNone:
	default:
		return nil, fmt.Errorf("mailer: smtp tls %q: want starttls, implicit or none", cfg.TLS)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.Connections <= 0 {
		cfg.Connections = 1
	}
	return &Sender{cfg: cfg, slots: make(chan struct{}, cfg.Connections)}, nil
}

// Close closes the connections kept open. The Sender stays usable.
func (s *Sender) Close() error {
	s.mu.Lock()
	idle := s.idle
	s.idle = nil
	s.mu.Unlock()
	for _, k := range idle {
		k.timer.Stop()
		k.c.quit()
	}
	return nil
}

func (s *Sender) client() (*gomail.Client, error) {
	c := s.cfg
	// Neither NOOP before each mail nor RSET after it: a mail is MAIL,
	// RCPT, DATA and its text, four round trips (RFC 5321 §3.3), as any
	// MTA sends it; a kept connection the server dropped fails at MAIL
	// FROM, before anything of the mail went out (sendOn).
	opts := []gomail.Option{gomail.WithTimeout(c.Timeout), gomail.WithoutNoop(), gomail.WithoutRset()}
	if c.Port != 0 {
		opts = append(opts, gomail.WithPort(c.Port))
	}
	if c.HELO != "" {
		opts = append(opts, gomail.WithHELO(c.HELO))
	}
	switch c.TLS {
	case TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	case TLSImplicit:
		opts = append(opts, gomail.WithSSL())
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	}
	if c.InsecureSkipVerify || c.RootCAs != nil {
		opts = append(opts, gomail.WithTLSConfig(&tls.Config{InsecureSkipVerify: c.InsecureSkipVerify,
			RootCAs: c.RootCAs, ServerName: c.Host}))
	}
	if c.Username != "" {
		mech := map[string]gomail.SMTPAuthType{"": gomail.SMTPAuthAutoDiscover, "plain": gomail.SMTPAuthPlain,
			"login": gomail.SMTPAuthLogin, "xoauth2": gomail.SMTPAuthXOAUTH2}[c.Auth]
		if mech == "" {
			return nil, fmt.Errorf("mailer: smtp auth %q: want plain, login or xoauth2", c.Auth)
		}
		opts = append(opts, gomail.WithSMTPAuth(mech), gomail.WithUsername(c.Username), gomail.WithPassword(c.Password))
	}
	return gomail.NewClient(c.Host, opts...)
}

// Result is the outcome of delivering one mail.
type Result struct {
	Err error
	// Temporary is true when a later attempt may succeed: a 4xx reply or a
	// connection problem (RFC 5321 §4.2.1). A 5xx reply is permanent.
	Temporary bool
	// Unreachable: no connection to the server could be made, so the
	// mail was not tried (the server is down or unreachable).
	Unreachable bool
}

// Send delivers mails and reports each mail's result in order.
func (s *Sender) Send(ctx context.Context, mails []Mail) []Result {
	res := make([]Result, len(mails))
	s.SendEach(ctx, mails, func(i int, r Result) { res[i] = r })
	return res
}

// SendEach delivers mails over up to Connections connections, counting
// those of other batches in flight: a connection that another batch
// frees joins this one, and each connection takes the next mail when
// done with its last, so no connection idles while mail waits. Each mail
// goes in its own SMTP transaction; done is called with its result as
// soon as the server answered its DATA (RFC 5321 §4.1.1.4), so that the
// caller can record it before that connection sends another mail.
func (s *Sender) SendEach(ctx context.Context, mails []Mail, done func(i int, r Result)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(s.cfg.Connections, len(mails)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case s.slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			defer func() { <-s.slots }()
			s.sendOn(ctx, mails, &next, done)
		}()
	}
	wg.Wait()
	// Shutdown before a connection was free: what no connection took.
	if i := int(next.Add(1) - 1); i < len(mails) {
		failRest(i, mails, &next, Result{Err: fmt.Errorf("mailer: %w", context.Cause(ctx)), Temporary: true}, done)
	}
}

// sendOn delivers mails one after the other over one connection, taking
// the next unsent index from next, until none is left.
func (s *Sender) sendOn(ctx context.Context, mails []Mail, next *atomic.Int64, done func(i int, r Result)) {
	var c *session
	kept := false
	defer func() {
		if c != nil {
			s.keep(c)
		}
	}()
	for {
		i := int(next.Add(1) - 1)
		if i >= len(mails) {
			return
		}
		if c == nil {
			var err error
			if c, kept, err = s.conn(ctx); err != nil {
				failRest(i, mails, next, unreachable(err), done)
				return
			}
		}
		r, broken := s.sendOne(c, mails[i])
		if kept && broken && notStarted(r.Err) {
			// The server dropped the kept connection meanwhile; nothing
			// of this mail went out: a new connection sends it.
			c.drop()
			var err error
			if c, err = s.dial(ctx); err != nil {
				failRest(i, mails, next, unreachable(err), done)
				return
			}
			r, broken = s.sendOne(c, mails[i])
		}
		kept = false
		if broken {
			// Whatever state the session is in, the next mail gets a
			// new one.
			c.drop()
			c = nil
		}
		done(i, r)
	}
}

// failRest reports mail i and every mail not yet taken as failed with
// r: they wait for the retry.
func failRest(i int, mails []Mail, next *atomic.Int64, r Result, done func(i int, r Result)) {
	for ; i < len(mails); i = int(next.Add(1) - 1) {
		done(i, r)
	}
}

// unreachable is the result of a mail that found no connection. It is
// Unreachable when the TCP connection itself could not be made (refused,
// no route, timed out), not when the server answered and then refused
// the session (a wrong password must not look like an outage).
func unreachable(err error) Result {
	var op *net.OpError
	return Result{Err: err, Temporary: true, Unreachable: errors.As(err, &op) && op.Op == "dial"}
}

// probeTimeout bounds one Probe.
const probeTimeout = 10 * time.Second

// Probe tells whether the server takes connections again: it connects
// (in TLS when implicit), reads the greeting (RFC 5321 §4.3.1, 220) and
// says QUIT, within Timeout and at most 10 s. No mail is tried: the
// deliverer probes an unreachable server instead of retrying its mails.
func (s *Sender) Probe(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, min(s.cfg.Timeout, probeTimeout))
	defer cancel()
	port := s.cfg.Port
	if port == 0 { // go-mail's defaults
		port = 25
		if s.cfg.TLS == TLSImplicit {
			port = 465
		}
	}
	addr := net.JoinHostPort(s.cfg.Host, strconv.Itoa(port))
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("mailer: probe %s: %w", addr, err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	if s.cfg.TLS == TLSImplicit {
		conn = tls.Client(conn, &tls.Config{ServerName: s.cfg.Host, InsecureSkipVerify: s.cfg.InsecureSkipVerify, RootCAs: s.cfg.RootCAs})
	}
	tp := textproto.NewConn(conn)
	if _, _, err := tp.ReadResponse(220); err != nil {
		return fmt.Errorf("mailer: probe %s: greeting: %w", addr, err)
	}
	if tp.PrintfLine("QUIT") == nil {
		tp.ReadResponse(221)
	}
	return nil
}

// sendOne sends one mail in its own SMTP transaction. broken reports a
// connection that should not be used again. A mail the server accepted
// (250 to its text) counts as sent; one whose text went out without
// that reply may have been taken, and is retried later like any
// temporary failure (README, invariant 2).
func (s *Sender) sendOne(c *session, m Mail) (r Result, broken bool) {
	from, to, err := envelope(m, &c.buf)
	if err != nil {
		return Result{Err: err}, false
	}
	if err := c.transact(from, to, c.buf.Bytes()); err != nil {
		return Result{Err: fmt.Errorf("mailer: send %s: %w", m.MessageID, err), Temporary: !permanent(err)}, true
	}
	return Result{}, false
}

// conn returns a kept connection (kept), or a new one.
func (s *Sender) conn(ctx context.Context) (c *session, kept bool, err error) {
	for {
		s.mu.Lock()
		n := len(s.idle)
		if n == 0 {
			s.mu.Unlock()
			c, err := s.dial(ctx)
			return c, false, err
		}
		k := s.idle[n-1]
		s.idle = s.idle[:n-1]
		s.mu.Unlock()
		if k.timer.Stop() {
			return k.c, true, nil
		}
		// Its idle time ran out: the timer is closing it.
	}
}

// notStarted reports a failure before the server took the mail's
// MAIL FROM (RFC 5321 §3.3): nothing of it was taken, even when its
// RCPT and DATA went out in the same write.
func notStarted(err error) bool {
	var se *sendError
	return errors.As(err, &se) && se.stage == stageMail
}

func (s *Sender) dial(ctx context.Context) (*session, error) {
	gm, err := s.client()
	if err != nil {
		return nil, err
	}
	sc, err := gm.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("mailer: dial %s: %w", s.cfg.Host, err)
	}
	return newSession(gm, sc, s.cfg.Timeout), nil
}

// keep puts a connection back for the next batch, closing it after
// idleLimit unused.
func (s *Sender) keep(c *session) {
	k := &keptConn{c: c}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.idle) >= s.cfg.Connections {
		c.quit()
		return
	}
	k.timer = time.AfterFunc(idleLimit, func() {
		s.mu.Lock()
		s.idle = slices.DeleteFunc(s.idle, func(x *keptConn) bool { return x == k })
		s.mu.Unlock()
		c.quit()
	})
	s.idle = append(s.idle, k)
}

// permanent reports whether err carries a 5xx SMTP reply. Anything else,
// a 4xx reply or a connection that broke mid-transaction, may pass later.
func permanent(err error) bool {
	var se *sendError
	return errors.As(err, &se) && se.code >= 500 && se.code < 600
}
