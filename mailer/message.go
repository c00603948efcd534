// Package mailer writes and delivers the gateway's mail: one typed
// renderer per mail kind (Ack, Notice, StatusUpdate, …), each taking its
// own data type so that the package imports none of ours and returning a
// subject and a plain-text body with every customer's or agent's string
// stripped of control characters; RFC 5322 messages with threading
// headers (In-Reply-To/References, RFC 5322 §3.6.4) and RFC 3834
// Auto-Submitted marking, and SMTP delivery from the outbox with retries.
//
// It does not decide what to send; it is told.
package mailer

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Mail is one outgoing message as stored in the outbox.
type Mail struct {
	MessageID  string // without brackets; deterministic
	Date       time.Time
	FromName   string
	FromAddr   string
	To         []string
	Subject    string
	Body       string   // text/plain, UTF-8
	InReplyTo  string   // without brackets
	References []string // without brackets, oldest first
	// Headers are extra header fields, e.g. Auto-Submitted.
	Headers map[string]string
}

// Build turns m into a go-mail message.
func Build(m Mail) (*gomail.Msg, error) {
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := msg.FromFormat(m.FromName, m.FromAddr); err != nil {
		return nil, fmt.Errorf("mailer: from %q: %w", m.FromAddr, err)
	}
	if err := msg.To(m.To...); err != nil {
		return nil, fmt.Errorf("mailer: to %q: %w", m.To, err)
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(m.MessageID)
	msg.SetDateWithValue(m.Date)
	if m.InReplyTo != "" {
		msg.SetGenHeader(gomail.HeaderInReplyTo, bracket(m.InReplyTo))
	}
	if len(m.References) > 0 {
		// One space-joined value: go-mail joins several values with ", ",
		// which is not the References syntax.
		refs := make([]string, len(m.References))
		for i, r := range m.References {
			refs[i] = bracket(r)
		}
		msg.SetGenHeader(gomail.HeaderReferences, strings.Join(refs, " "))
	}
	for _, k := range sortedKeys(m.Headers) {
		msg.SetGenHeader(gomail.Header(k), m.Headers[k])
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Body)
	return msg, nil
}

// Raw renders m as RFC 5322 bytes (for tests, the demo and audit).
func Raw(m Mail) ([]byte, error) {
	msg, err := Build(m)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := msg.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("mailer: render %s: %w", m.MessageID, err)
	}
	return b.Bytes(), nil
}

func bracket(id string) string { return "<" + strings.Trim(id, "<> ") + ">" }

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// References returns the References of a reply to a message with the
// given Message-ID and References (RFC 5322 §3.6.4): the parent's
// References followed by the parent's Message-ID, capped to keep the
// header short (first one kept, then the most recent).
func References(parentRefs []string, parentID string) []string {
	refs := append(append([]string(nil), parentRefs...), parentID)
	const max = 20
	if len(refs) > max {
		refs = append(refs[:1], refs[len(refs)-max+1:]...)
	}
	return refs
}
