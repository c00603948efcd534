package intake

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // registers all charsets with go-message
	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

// Default limits of ParseOptions.
const (
	DefaultMaxTextBytes       = 1 << 20
	DefaultMaxAttachmentBytes = 25 << 20
)

// ParseOptions tunes Parse.
type ParseOptions struct {
	// OwnAddresses are the gateway's own addresses (support mailboxes,
	// sender address); mail from them is automatic (Loop).
	OwnAddresses []string
	// MaxTextBytes bounds the decoded text kept per part (0: 1 MiB).
	MaxTextBytes int64
	// MaxAttachmentBytes bounds how much of an attachment is read for its
	// size and hash (0: 25 MiB); beyond it the attachment is Truncated.
	MaxAttachmentBytes int64
}

func (o ParseOptions) withDefaults() ParseOptions {
	if o.MaxTextBytes <= 0 {
		o.MaxTextBytes = DefaultMaxTextBytes
	}
	if o.MaxAttachmentBytes <= 0 {
		o.MaxAttachmentBytes = DefaultMaxAttachmentBytes
	}
	return o
}

// ErrNoHeader is returned by Parse when the input has no readable header
// block at all, so there is nothing to record.
var ErrNoHeader = errors.New("no header")

// Parse turns one raw RFC 5322 message into a Message. It is lenient: a
// malformed header line, part, charset or encoding gives a warning in
// Message.Warnings, not an error, and the text is kept as well as it can
// be read. It returns an error (wrapping ErrNoHeader) only when the input
// has no header at all.
//
// Headers are decoded per RFC 2047, an unknown charset or raw 8-bit text
// being read as the body's charset or Windows-1252; bodies per RFC 2045
// with go-message's charset tables. Text is the text/plain parts, or the
// HTML parts converted to text when there is no plain text (RFC 2046
// section 5.1.4), with LF line ends; non-text parts become Attachments.
// Visible is VisibleText(Text), or "" with QuotedOnly set when the body is
// only history; a forward (by its subject) without a comment keeps the
// forwarded text. Auto says whether a machine sent the mail
// (RFC 3834 Auto-Submitted, RFC 3464/6522 reports, RFC 5965 ARF, list and
// bulk headers, bounce senders, vacation markers, our LoopHeader and
// opt.OwnAddresses). A mail without a Message-ID gets a stable synthetic
// one derived from its content.
func Parse(raw []byte, opt ParseOptions) (*Message, error) {
	opt = opt.withDefaults()
	raw = bytes.TrimPrefix(raw, utf8BOM)
	m := &Message{Size: len(raw), Warnings: []string{}}
	e, err := readEntity(m, raw)
	if err != nil {
		return nil, fmt.Errorf("intake: parse: %w", err)
	}
	h := mail.Header{Header: e.Header}
	readHeader(m, h)
	b := newBodyWalker(m, opt)
	b.walk(e, 0)
	b.finish()
	if m.MessageID == "" {
		m.MessageID = syntheticID(h, raw)
		m.SyntheticID = true
	}
	m.Visible, m.QuotedOnly = visibleOf(m.Subject, m.Text, b)
	m.Forwarded = ForwardedText(m.Subject, m.Text)
	m.Auto, m.AutoReason = detectAuto(h, m, opt.OwnAddresses)
	if (m.Auto == Bounce || m.Auto == Report) && len(m.OriginalIDs) == 0 {
		m.OriginalIDs = inlineMessageIDs(m.Text, m.MessageID)
	}
	return m, nil
}

// visibleOf is the visible text of a mail and whether its body is only
// history. An HTML body whose client marked the history is read from the
// HTML above that mark first; when nothing is above it, the body is only
// history unless the text is a forward without a comment, whose
// forwarded text is the message.
func visibleOf(subject, text string, b *bodyWalker) (string, bool) {
	fwd := forwardPrefix.MatchString(subject)
	v := visibleText(text, fwd)
	if !b.htmlCut {
		return v.text, v.quotedOnly
	}
	if h := visibleText(b.htmlNew, fwd); h.text != "" {
		return h.text, false
	}
	if b.htmlHistory && !v.forward {
		return "", true
	}
	return v.text, v.quotedOnly
}

// readEntity reads the top-level entity of raw, repairing a malformed
// header block when the strict reader refuses it and correcting misspelt
// encodings. An unknown top-level charset or transfer encoding gives a
// warning and the undecoded body.
func readEntity(m *Message, raw []byte) (*message.Entity, error) {
	if trimmed, ok := trimBlankLead(raw); ok {
		m.warn("header: blank lines before the header dropped")
		raw = trimmed
	}
	br := bufio.NewReader(bytes.NewReader(raw))
	h, err := textproto.ReadHeader(br)
	if err != nil {
		fixed, notes := repairHeader(raw)
		for _, n := range notes {
			m.warn("%s", n)
		}
		br = bufio.NewReader(bytes.NewReader(fixed))
		if h, err = textproto.ReadHeader(br); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNoHeader, err)
		}
	}
	if h.Len() == 0 {
		return nil, ErrNoHeader
	}
	mh := message.Header{Header: h}
	fixEntityHeader(m, &mh)
	e, err := message.New(mh, br)
	if err != nil {
		m.warn("body: %v", err)
	}
	return e, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// warn records a non-fatal problem met while parsing.
func (m *Message) warn(format string, args ...any) {
	const maxWarnings = 50
	if len(m.Warnings) < maxWarnings {
		m.Warnings = append(m.Warnings, fmt.Sprintf(format, args...))
	}
}

// readHeader fills the header-derived fields of m, decoding each leniently
// so that one bad field or encoded word loses nothing else.
func readHeader(m *Message, h mail.Header) {
	_, params, _ := h.ContentType()
	d := newHeaderDecoder(m, params["charset"])
	m.Subject = d.text("subject", h.Get("Subject"))
	m.From = d.firstAddress("from", h.Get("From"))
	if m.From.Addr == "" {
		// QUIRK: some bounces and scripts carry only Sender.
		if s := d.firstAddress("sender", h.Get("Sender")); s.Addr != "" {
			m.From = s
		}
	}
	m.ReplyTo = d.addressList("reply-to", h.Get("Reply-To"))
	m.To = d.addressList("to", h.Get("To"))
	m.Cc = d.addressList("cc", h.Get("Cc"))
	m.Date = parseDate(m, h.Get("Date"))
	if m.Date.IsZero() {
		m.Date = receivedDate(m, h.Values("Received"))
	}
	m.MessageID = firstMsgID(h.Get("Message-Id"))
	m.InReplyTo = msgIDs(h.Get("In-Reply-To"))
	m.References = msgIDs(strings.Join(h.Values("References"), " "))
	m.AuthResults = h.Values("Authentication-Results")
	m.ListID = firstMsgID(h.Get("List-Id"))
	m.AutoSubmitted = strings.ToLower(unfold(h.Get("Auto-Submitted")))
}

// parseDate reads an RFC 5322 date, accepting the common malformed forms.
func parseDate(m *Message, v string) time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}
	}
	if t, err := parseDateLenient(v); err == nil {
		return t
	}
	m.warn("date: cannot parse %q", truncate(v, 80))
	return time.Time{}
}

// receivedDate is the time the newest Received field (RFC 5321 section
// 4.4, the first one) records after its ";", for mail whose Date is
// missing or unreadable; zero when there is none.
func receivedDate(m *Message, received []string) time.Time {
	for _, r := range received {
		i := strings.LastIndexByte(r, ';')
		if i < 0 {
			continue
		}
		if t, err := parseDateLenient(unfold(r[i+1:])); err == nil {
			m.warn("date: taken from the Received field")
			return t
		}
	}
	return time.Time{}
}

// syntheticID derives a stable Message-ID from the fields a re-delivery of
// the same mail keeps: originator, recipients, date, subject and the body.
// Trace fields (Received, Return-Path, Delivered-To) are left out on
// purpose, since they differ between copies of one mail.
func syntheticID(h mail.Header, raw []byte) string {
	s := sha256.New()
	for _, k := range []string{"From", "To", "Cc", "Date", "Subject"} {
		fmt.Fprintf(s, "%s:%s\n", k, strings.TrimSpace(h.Get(k)))
	}
	s.Write(bodyOf(raw))
	return hex.EncodeToString(s.Sum(nil))[:32] + "@synthetic.escalate.invalid"
}

// bodyOf returns the bytes after the header block of raw.
func bodyOf(raw []byte) []byte {
	for _, sep := range [][]byte{[]byte("\r\n\r\n"), []byte("\n\n")} {
		if i := bytes.Index(raw, sep); i >= 0 {
			return raw[i+len(sep):]
		}
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}

// inlineMessageIDLine is a "Message-ID: <…>" header line of a mail a
// bounce copies into its text ("--- Below this line is a copy of the
// message.", qmail and many others), possibly quoted or indented.
var inlineMessageIDLine = regexp.MustCompile(`(?im)^[\s>|]*message-id:\s*(<[^<>\s]+>)`)

// inlineMessageIDs finds the Message-IDs of the mail a bounce copies into
// its text, other than own, at most maxOriginalIDs.
func inlineMessageIDs(text, own string) []string {
	var ids []string
	for _, sm := range inlineMessageIDLine.FindAllStringSubmatch(text, maxOriginalIDs) {
		if id := firstMsgID(sm[1]); id != "" && id != own {
			ids = append(ids, id)
		}
	}
	return ids
}
