package dovecottest

import (
	"bytes"
	"fmt"
	"net"
	"net/mail"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"
)

const ioTimeout = 10 * time.Second

// Deliver delivers raw to user's INBOX as an MTA would, over LMTP (RFC 2033),
// so that sessions in IDLE see a real delivery. The envelope sender is the
// address in raw's From header, or the null sender when it has none; use
// DeliverFrom to choose it.
func (s *Server) Deliver(t testing.TB, user string, raw []byte) {
	t.Helper()
	s.DeliverFrom(t, envelopeFrom(raw), user, raw)
}

// DeliverFrom is Deliver with an explicit envelope sender; "" is the null
// sender <> of bounces. Dovecot records it in a Return-Path header.
func (s *Server) DeliverFrom(t testing.TB, from, user string, raw []byte) {
	t.Helper()
	if err := s.lmtp(from, user, raw); err != nil {
		t.Fatalf("dovecottest: deliver to %s: %v", user, err)
	}
}

// envelopeFrom returns the first address of raw's From header, or "".
func envelopeFrom(raw []byte) string {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	list, err := m.Header.AddressList("From")
	if err != nil || len(list) == 0 {
		return ""
	}
	return list[0].Address
}

func (s *Server) lmtp(from, to string, raw []byte) error {
	conn, err := net.DialTimeout("unix", s.LMTPSocket, ioTimeout)
	if err != nil {
		return fmt.Errorf("dial lmtp: %w", err)
	}
	c := smtp.NewClientLMTP(conn)
	defer c.Close()
	c.CommandTimeout, c.SubmissionTimeout = ioTimeout, ioTimeout
	if err := c.Hello("localhost"); err != nil {
		return fmt.Errorf("lhlo: %w", err)
	}
	if err := c.Mail(from, nil); err != nil {
		return fmt.Errorf("mail from: %w", err)
	}
	if err := c.Rcpt(to, nil); err != nil {
		return fmt.Errorf("rcpt to: %w", err)
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	if _, err := w.Write(raw); err != nil {
		return fmt.Errorf("write data: %w", err)
	}
	if _, err := w.CloseWithLMTPResponse(); err != nil {
		return fmt.Errorf("end data: %w", err)
	}
	return c.Quit()
}

// Login opens an IMAP connection as user, logged in with Password, and
// closes it in t.Cleanup. opts may be nil; set its UnilateralDataHandler to
// follow IDLE notifications.
func (s *Server) Login(t testing.TB, user string, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(s.Addr, opts)
	if err != nil {
		t.Fatalf("dovecottest: dial %s: %v", s.Addr, err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(user, s.Password).Wait(); err != nil {
		t.Fatalf("dovecottest: login %s: %v", user, err)
	}
	return c
}

// Append stores raw in user's mailbox with IMAP APPEND (RFC 3501 §6.3.11).
// The message gets no flags. Unlike Deliver, it is not a delivery: use it to
// seed a mailbox.
func (s *Server) Append(t testing.TB, user, mailbox string, raw []byte) {
	t.Helper()
	s.AppendAll(t, user, mailbox, raw)
}

// AppendAll appends every message in order over one connection, for seeding
// many messages quickly.
func (s *Server) AppendAll(t testing.TB, user, mailbox string, raws ...[]byte) {
	t.Helper()
	c := s.Login(t, user, nil)
	defer func() { c.Logout().Wait() }()
	for i, raw := range raws {
		if err := appendRaw(c, mailbox, raw); err != nil {
			t.Fatalf("dovecottest: append message %d to %s of %s: %v", i, mailbox, user, err)
		}
	}
}

func appendRaw(c *imapclient.Client, mailbox string, raw []byte) error {
	cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Time: time.Now()})
	if _, err := cmd.Write(raw); err != nil {
		cmd.Close()
		return fmt.Errorf("write literal: %w", err)
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("close literal: %w", err)
	}
	if _, err := cmd.Wait(); err != nil {
		return err
	}
	return nil
}
