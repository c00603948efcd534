package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
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
	Timeout  time.Duration
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

// Send delivers mails over one connection and reports each mail's result
// in order.
func (s *Sender) Send(ctx context.Context, mails []Mail) []Result {
	res := make([]Result, len(mails))
	msgs := make([]*gomail.Msg, 0, len(mails))
	idx := make([]int, 0, len(mails))
	for i, m := range mails {
		msg, err := Build(m)
		if err != nil {
			res[i] = Result{Err: err}
			continue
		}
		msgs = append(msgs, msg)
		idx = append(idx, i)
	}
	if len(msgs) == 0 {
		return res
	}
	c, err := s.client()
	if err != nil {
		return fill(res, idx, err, false)
	}
	if err := c.DialWithContext(ctx); err != nil {
		return fill(res, idx, fmt.Errorf("mailer: dial %s: %w", s.cfg.Host, err), true)
	}
	defer c.Close()
	c.Send(msgs...) // per-message results below; the joined error adds nothing
	for j, msg := range msgs {
		if msg.HasSendError() {
			err := msg.SendError()
			res[idx[j]] = Result{Err: fmt.Errorf("mailer: send %s: %w", mails[idx[j]].MessageID, err),
				Temporary: !permanent(err)}
		}
	}
	return res
}

func fill(res []Result, idx []int, err error, temp bool) []Result {
	for _, i := range idx {
		res[i] = Result{Err: err, Temporary: temp}
	}
	return res
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
