package mailer

import (
	"bytes"
	"errors"
	"fmt"
	"net/textproto"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
	gosmtp "github.com/wneessen/go-mail/smtp"
)

// session is one open SMTP connection. go-mail opens it (greeting,
// EHLO, STARTTLS, AUTH); the Sender speaks each mail's transaction on it
// itself: MAIL, RCPT and DATA in one write when the server offers
// PIPELINING (RFC 2920), then the text in a second. go-mail's own Send
// waits for each reply before the next command, four round trips a
// mail where two do, and each costs both ends a read, a write and a
// wake-up.
type session struct {
	gm         *gomail.Client
	sc         *gosmtp.Client
	pipelining bool
	mailParams string // added to MAIL FROM, as go-mail does: " BODY=8BITMIME", " SMTPUTF8" when offered
	timeout    time.Duration
	buf        bytes.Buffer // the mail's text, reused
}

func newSession(gm *gomail.Client, sc *gosmtp.Client, timeout time.Duration) *session {
	k := &session{gm: gm, sc: sc, timeout: timeout}
	k.pipelining, _ = sc.Extension("PIPELINING")
	if ok, _ := sc.Extension("8BITMIME"); ok {
		k.mailParams += " BODY=8BITMIME"
	}
	if ok, _ := sc.Extension("SMTPUTF8"); ok {
		k.mailParams += " SMTPUTF8"
	}
	return k
}

// quit ends the session politely (QUIT) and closes the connection.
func (k *session) quit() {
	k.sc.UpdateDeadline(k.timeout)
	k.gm.CloseWithSMTPClient(k.sc)
	k.sc.Close()
}

// drop closes the connection without a word: its session is in an
// unknown state, or the server stopped answering.
func (k *session) drop() { k.sc.Close() }

// Stages of a mail's transaction at which it can fail.
const (
	stageMail = "MAIL FROM"
	stageRcpt = "RCPT TO"
	stageData = "DATA"
	stageText = "end of data" // the text was sent: the server may have taken it
)

// sendError is a mail the server did not accept (or, at stageText, may
// have accepted without our hearing it): the stage, and the server's
// reply code when it gave one (0 when the connection failed).
type sendError struct {
	stage string
	code  int
	err   error
}

func (e *sendError) Error() string { return e.stage + ": " + e.err.Error() }
func (e *sendError) Unwrap() error { return e.err }

// transact sends one mail in its own transaction: from and each of to
// by MAIL and RCPT, then raw, dot-stuffed (RFC 5321 §4.5.2). A nil error
// means the server answered 250 to the text: it took the mail.
func (k *session) transact(from string, to []string, raw []byte) error {
	if err := validEnvelope(from, to); err != nil {
		return &sendError{stage: stageMail, err: err}
	}
	if err := k.sc.UpdateDeadline(k.timeout); err != nil {
		return &sendError{stage: stageMail, err: err}
	}
	w := k.sc.Text.W
	cmds := 0
	send := func(format string, args ...any) error {
		fmt.Fprintf(w, format+"\r\n", args...)
		cmds++
		if k.pipelining {
			return nil
		}
		return w.Flush()
	}
	// Each reply is read in order: without PIPELINING each command is
	// flushed and its reply read before the next one is written.
	read := func(stage string, want int) error {
		if k.pipelining && cmds > 0 {
			cmds = 0
			if err := w.Flush(); err != nil {
				return &sendError{stage: stage, err: err}
			}
		}
		code, msg, err := k.sc.Text.ReadResponse(want)
		if err != nil {
			var perr *textproto.Error
			if errors.As(err, &perr) {
				return &sendError{stage: stage, code: code, err: fmt.Errorf("%d %s", code, msg)}
			}
			return &sendError{stage: stage, err: err}
		}
		return nil
	}
	steps := []step{{stageMail, 250, "MAIL FROM:" + from + k.mailParams}}
	for _, r := range to {
		steps = append(steps, step{stageRcpt, 25, "RCPT TO:" + r}) // 250 or 251 (RFC 5321 §3.4)
	}
	steps = append(steps, step{stageData, 354, "DATA"})
	var failed error
	if k.pipelining {
		for _, s := range steps {
			send("%s", s.line)
		}
		// Every reply of the group is read, so that the session stays in
		// step; the first failure is the mail's.
		for _, s := range steps {
			if err := read(s.stage, s.want); err != nil && failed == nil {
				failed = err
			}
		}
	} else {
		for _, s := range steps {
			if err := send("%s", s.line); err != nil {
				return &sendError{stage: s.stage, err: err}
			}
			if err := read(s.stage, s.want); err != nil {
				return err
			}
		}
	}
	if failed != nil {
		return failed
	}
	dw := k.sc.Text.DotWriter()
	if _, err := dw.Write(raw); err != nil {
		return &sendError{stage: stageText, err: err}
	}
	if err := dw.Close(); err != nil {
		return &sendError{stage: stageText, err: err}
	}
	return read(stageText, 250)
}

// step is one command of a transaction and the reply it wants (25: any
// 25x).
type step struct {
	stage string
	want  int
	line  string
}

// validEnvelope refuses an address that would break the command line.
func validEnvelope(from string, to []string) error {
	for _, a := range append([]string{from}, to...) {
		if strings.ContainsAny(a, "\r\n") {
			return fmt.Errorf("address %q holds a line break", a)
		}
	}
	return nil
}

// envelope renders m with go-mail (headers, encodings) into buf and
// returns its envelope: the From address and every recipient, each as
// go-mail gives it ("<a@b>").
func envelope(m Mail, buf *bytes.Buffer) (from string, to []string, err error) {
	msg, err := Build(m)
	if err != nil {
		return "", nil, err
	}
	if from, err = msg.GetSender(false); err != nil {
		return "", nil, fmt.Errorf("mailer: sender of %s: %w", m.MessageID, err)
	}
	if to, err = msg.GetRecipients(); err != nil {
		return "", nil, fmt.Errorf("mailer: recipients of %s: %w", m.MessageID, err)
	}
	buf.Reset()
	if _, err := msg.WriteTo(buf); err != nil {
		return "", nil, fmt.Errorf("mailer: render %s: %w", m.MessageID, err)
	}
	return from, to, nil
}
