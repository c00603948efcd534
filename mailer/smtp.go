package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"sync"
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

// Sender delivers mail over SMTP, one connection per batch.
type Sender struct {
	cfg SMTPConfig
}

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
	return &Sender{cfg: cfg}, nil
}

func (s *Sender) client() (*gomail.Client, error) {
	c := s.cfg
	opts := []gomail.Option{gomail.WithTimeout(c.Timeout)}
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
}

// Send delivers mails and reports each mail's result in order.
func (s *Sender) Send(ctx context.Context, mails []Mail) []Result {
	res := make([]Result, len(mails))
	s.SendEach(ctx, mails, func(i int, r Result) { res[i] = r })
	return res
}

// SendEach delivers mails over up to Connections connections, each mail
// in its own SMTP transaction, and calls done with each mail's result as
// soon as the server answered its DATA (RFC 5321 §4.1.1.4), so that the
// caller can record it before the next mail goes out.
func (s *Sender) SendEach(ctx context.Context, mails []Mail, done func(i int, r Result)) {
	n := min(s.cfg.Connections, len(mails))
	if n <= 1 {
		s.sendOn(ctx, mails, seq(0, len(mails)), done)
		return
	}
	var wg sync.WaitGroup
	for c := range n {
		var idx []int
		for i := c; i < len(mails); i += n {
			idx = append(idx, i)
		}
		wg.Add(1)
		go func() { defer wg.Done(); s.sendOn(ctx, mails, idx, done) }()
	}
	wg.Wait()
}

func seq(from, to int) []int {
	idx := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		idx = append(idx, i)
	}
	return idx
}

// sendOn delivers mails[idx] over one connection.
func (s *Sender) sendOn(ctx context.Context, mails []Mail, idx []int, done func(i int, r Result)) {
	msgs := make([]*gomail.Msg, 0, len(idx))
	ok := make([]int, 0, len(idx))
	for _, i := range idx {
		msg, err := Build(mails[i])
		if err != nil {
			done(i, Result{Err: err})
			continue
		}
		msgs = append(msgs, msg)
		ok = append(ok, i)
	}
	if len(msgs) == 0 {
		return
	}
	c, err := s.client()
	if err != nil {
		fill(ok, Result{Err: err}, done)
		return
	}
	if err := c.DialWithContext(ctx); err != nil {
		fill(ok, Result{Err: fmt.Errorf("mailer: dial %s: %w", s.cfg.Host, err), Temporary: true}, done)
		return
	}
	defer c.Close()
	for j, msg := range msgs {
		i := ok[j]
		if err := c.Send(msg); err != nil || msg.HasSendError() {
			if msg.HasSendError() {
				err = msg.SendError()
			}
			done(i, Result{Err: fmt.Errorf("mailer: send %s: %w", mails[i].MessageID, err), Temporary: !permanent(err)})
			continue
		}
		done(i, Result{})
	}
}

func fill(idx []int, r Result, done func(i int, r Result)) {
	for _, i := range idx {
		done(i, r)
	}
}

// permanent reports whether err carries a 5xx SMTP reply. Anything else,
// a 4xx reply or a connection that broke mid-transaction, may pass later.
func permanent(err error) bool {
	var se *gomail.SendError
	if errors.As(err, &se) {
		code := se.ErrorCode()
		return code >= 500 && code < 600
	}
	return false
}
