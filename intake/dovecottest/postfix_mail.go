package dovecottest

import (
	"bytes"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-smtp"
)

// Send submits raw to Postfix over SMTP (RFC 5321) with envelope sender from
// and recipients to. Any sender is accepted, so a test may send as a
// customer, an agent or a forger; "" is the null sender <> of bounces.
func (p *Postfix) Send(t testing.TB, from string, to []string, raw []byte) {
	t.Helper()
	if err := p.SendMail(from, to, raw); err != nil {
		t.Fatalf("dovecottest: send from %q to %v via %s: %v", from, to, p.Addr, err)
	}
}

// SendMail is Send returning the error instead of failing the test, for
// tests that expect a refusal (an unknown recipient, Postfix stopped). It
// speaks plaintext SMTP without STARTTLS, which smtp.SendMail would insist on.
func (p *Postfix) SendMail(from string, to []string, raw []byte) error {
	conn, err := net.DialTimeout("tcp", p.Addr, ioTimeout)
	if err != nil {
		return fmt.Errorf("dial smtp: %w", err)
	}
	c := smtp.NewClient(conn)
	defer c.Close()
	c.CommandTimeout, c.SubmissionTimeout = ioTimeout, ioTimeout
	if err := c.Hello("client.test"); err != nil {
		return fmt.Errorf("ehlo: %w", err)
	}
	if err := c.SendMail(from, to, bytes.NewReader(raw)); err != nil {
		return err
	}
	return c.Quit()
}

// Messages returns the full text (BODY.PEEK[], so \Seen is not set) of every
// message in user's mailbox, in UID order.
func (s *Server) Messages(t testing.TB, user, mailbox string) [][]byte {
	t.Helper()
	c := s.Login(t, user, nil)
	defer func() { c.Logout().Wait() }()
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("dovecottest: EXAMINE %s of %s: %v", mailbox, user, err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	msgs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{ // 1:*
		UID: true, BodySection: []*imap.FetchItemBodySection{section},
	}).Collect()
	if err != nil {
		t.Fatalf("dovecottest: FETCH 1:* in %s of %s: %v", mailbox, user, err)
	}
	raws := make([][]byte, len(msgs))
	for i, m := range msgs {
		raws[i] = m.FindBodySection(section)
	}
	return raws
}

// WaitMessages waits until user's mailbox holds at least n messages, or
// fails the test after timeout, and returns them all (see Messages). It
// polls STATUS, since a delivery through Postfix is asynchronous.
func (s *Server) WaitMessages(t testing.TB, user, mailbox string, n int, timeout time.Duration) [][]byte {
	t.Helper()
	c := s.Login(t, user, nil)
	defer func() { c.Logout().Wait() }()
	deadline := time.Now().Add(timeout)
	for {
		st, err := c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
		if err != nil {
			t.Fatalf("dovecottest: STATUS %s of %s: %v", mailbox, user, err)
		}
		if int(*st.NumMessages) >= n {
			return s.Messages(t, user, mailbox)
		}
		if time.Now().After(deadline) {
			t.Fatalf("dovecottest: %s of %s holds %d messages after %v, want %d", mailbox, user, *st.NumMessages, timeout, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
