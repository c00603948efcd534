// Package smtpsink is an in-process SMTP server (go-smtp, RFC 5321) that
// keeps every message it accepts. The demo uses it as the outgoing mail
// server; tests use it to assert on raw bytes and to inject failures.
package smtpsink

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-smtp"
)

// Message is one accepted mail.
type Message struct {
	From string
	To   []string
	Raw  []byte
	At   time.Time
}

// Header parses the message's header.
func (m Message) Header() mail.Header {
	r, err := mail.CreateReader(bytes.NewReader(m.Raw))
	if err != nil {
		return mail.Header{}
	}
	return r.Header
}

// Text returns the first text part of the message, decoded (transfer
// encoding and charset).
func (m Message) Text() (string, error) {
	r, err := mail.CreateReader(bytes.NewReader(m.Raw))
	if err != nil {
		return "", fmt.Errorf("smtpsink: read message: %w", err)
	}
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			return "", fmt.Errorf("smtpsink: no text part")
		}
		if err != nil {
			return "", fmt.Errorf("smtpsink: read part: %w", err)
		}
		if _, ok := p.Header.(*mail.InlineHeader); ok {
			b, err := io.ReadAll(p.Body)
			if err != nil {
				return "", fmt.Errorf("smtpsink: read text: %w", err)
			}
			return string(b), nil
		}
	}
}

// Sink is a running SMTP server on 127.0.0.1.
type Sink struct {
	Addr string // host:port
	srv  *smtp.Server

	mu       sync.Mutex
	msgs     []Message
	notify   chan struct{}
	dataHook func(from string, to []string) error
}

// Start listens on 127.0.0.1 on a free port, without TLS.
func Start() (*Sink, error) { return StartTLS(nil, false) }

// StartTLS listens on 127.0.0.1 on a free port and offers STARTTLS with
// conf; with implicit, the listener speaks TLS from the first byte
// instead (port 465 style).
func StartTLS(conf *tls.Config, implicit bool) (*Sink, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("smtpsink: listen: %w", err)
	}
	if implicit {
		ln = tls.NewListener(ln, conf)
	}
	s := &Sink{Addr: ln.Addr().String(), notify: make(chan struct{})}
	s.srv = smtp.NewServer(backend{s})
	if !implicit {
		s.srv.TLSConfig = conf
	}
	s.srv.Domain = "localhost"
	s.srv.AllowInsecureAuth = true
	s.srv.ReadTimeout = 30 * time.Second
	s.srv.WriteTimeout = 30 * time.Second
	s.srv.MaxMessageBytes = 25 << 20
	go s.srv.Serve(ln)
	return s, nil
}

// Close stops the server.
func (s *Sink) Close() error { return s.srv.Close() }

// Port returns the listening port.
func (s *Sink) Port() int {
	_, p, _ := net.SplitHostPort(s.Addr)
	n, _ := strconv.Atoi(p)
	return n
}

// SetDataHook installs f, called at DATA before the message is accepted:
// a non-nil error (e.g. *smtp.SMTPError with code 451) refuses it; f may
// also block to hold the transaction open.
func (s *Sink) SetDataHook(f func(from string, to []string) error) {
	s.mu.Lock()
	s.dataHook = f
	s.mu.Unlock()
}

// Messages returns the accepted messages so far.
func (s *Sink) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// Wait blocks until at least n messages were accepted or ctx ends.
func (s *Sink) Wait(ctx context.Context, n int) ([]Message, error) {
	for {
		s.mu.Lock()
		msgs, ch := append([]Message(nil), s.msgs...), s.notify
		s.mu.Unlock()
		if len(msgs) >= n {
			return msgs, nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return msgs, fmt.Errorf("smtpsink: %d of %d messages: %w", len(msgs), n, ctx.Err())
		}
	}
}

func (s *Sink) accept(m Message) {
	s.mu.Lock()
	s.msgs = append(s.msgs, m)
	close(s.notify)
	s.notify = make(chan struct{})
	s.mu.Unlock()
}

type backend struct{ s *Sink }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{s: b.s}, nil }

type session struct {
	s    *Sink
	from string
	to   []string
}

func (x *session) AuthMechanisms() []string { return nil }

func (x *session) Mail(from string, _ *smtp.MailOptions) error {
	x.from = from
	return nil
}

func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.to = append(x.to, to)
	return nil
}

func (x *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	x.s.mu.Lock()
	hook := x.s.dataHook
	x.s.mu.Unlock()
	if hook != nil {
		if err := hook(x.from, x.to); err != nil {
			return err
		}
	}
	x.s.accept(Message{From: x.from, To: append([]string(nil), x.to...), Raw: raw, At: time.Now()})
	return nil
}

func (x *session) Reset() { x.from, x.to = "", nil }

func (x *session) Logout() error { return nil }
