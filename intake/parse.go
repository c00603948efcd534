package intake

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
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
	// attached says the mail is one attached to another (a forward as
	// attachment) and is read only for its text.
	attached bool
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
	return ParseReader(bytes.NewReader(raw), opt)
}

// headBytes is how much of a mail ParseReader holds at once: its header
// block must end within it (go-message reads at most 1,000 header lines
// anyway); the body streams past.
const headBytes = 1 << 20

// ParseReader is Parse reading the mail from r as it streams: it holds
// the first headBytes (the header) and, of the body, only what it keeps
// (each text part up to MaxTextBytes), so a large attachment passes
// through without being held; it is hashed up to MaxAttachmentBytes and
// the rest discarded. It reads r to its end (Message.Size). A mail whose
// header does not end within its first MiB has no readable header
// (ErrNoHeader); an error reading r is returned.
func ParseReader(r io.Reader, opt ParseOptions) (*Message, error) {
	opt = opt.withDefaults()
	head, err := readHead(r)
	if err != nil {
		return nil, fmt.Errorf("intake: parse: read: %w", err)
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	rest := &bodyStream{r: r}
	m := &Message{Warnings: []string{}}
	e, err := readEntity(m, head, rest)
	if err != nil {
		return nil, fmt.Errorf("intake: parse: %w", err)
	}
	h := mail.Header{Header: e.Header}
	readHeader(m, h)
	var id *bodyHash
	if m.MessageID == "" {
		id = newBodyHash(h)
		id.Write(head)
		rest.hash = id
	}
	b := newBodyWalker(m, opt)
	b.walk(e, 0)
	if _, err := io.Copy(io.Discard, rest); err != nil || rest.err != nil {
		return nil, fmt.Errorf("intake: parse: read: %w", errors.Join(err, rest.err))
	}
	m.Size = len(head) + int(rest.n)
	b.finish()
	if id != nil {
		m.MessageID = id.syntheticID()
		m.SyntheticID = true
	}
	m.Visible, m.QuotedOnly = visibleOf(forwardSubject(m.Subject, m.InReplyTo, m.Text), len(m.InReplyTo) > 0, m.From.Name, m.Text, b)
	if m.Visible == "" && b.attachedMail != nil {
		// A forward as attachment with no comment (an inbox rule's, or
		// Outlook's "Forward as Attachment"): the attached mail's text is
		// the message, as a forward's is when it is inline.
		inner := opt
		inner.attached = true
		if am, err := Parse(b.attachedMail, inner); err == nil && am.Visible != "" {
			m.Visible, m.QuotedOnly = am.Visible, false
		}
	}
	m.Forwarded = ForwardedText(m.Subject, m.Text)
	m.Auto, m.AutoReason = detectAuto(h, m, opt.OwnAddresses)
	if (m.Auto == Bounce || m.Auto == Report) && len(m.OriginalIDs) == 0 {
		m.OriginalIDs = inlineMessageIDs(m.Text, m.MessageID)
	}
	return m, nil
}

// readHead reads the first headBytes of r, or all of it when shorter.
func readHead(r io.Reader) ([]byte, error) {
	if br, ok := r.(*bytes.Reader); ok && br.Len() <= headBytes {
		head := make([]byte, br.Len())
		_, err := io.ReadFull(br, head)
		return head, err
	}
	head, err := io.ReadAll(io.LimitReader(r, headBytes))
	return head, err
}

// bodyStream is the mail after its head: it counts what is read, feeds
// the synthetic Message-ID's hash when there is one, and keeps the first
// read error (the walker only warns about it).
type bodyStream struct {
	r    io.Reader
	n    int64
	hash *bodyHash
	err  error
}

func (s *bodyStream) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.n += int64(n)
	if s.hash != nil && n > 0 {
		s.hash.Write(p[:n])
	}
	if err != nil && !errors.Is(err, io.EOF) && s.err == nil {
		s.err = err
	}
	return n, err
}

// visibleOf is the visible text of a mail from sender (the From display
// name) and whether its body is only history; fwd says its subject marks
// it as a forward (forwardSubject). A reply whose text above
// the history is the sender's signature alone, as their client put it
// there, has no new text (signatureAlone); reply says the mail answers
// another (In-Reply-To).
func visibleOf(fwd, reply bool, sender, text string, b *bodyWalker) (string, bool) {
	s, quotedOnly := visibleNew(fwd, text, b)
	if s != "" && !fwd && signatureAlone(s, sender, text, reply, b) {
		// Outlook puts the signature above the mail answered as Reply is
		// pressed; sent without a word typed, the reply is that
		// signature over the history.
		return "", true
	}
	return s, quotedOnly
}

// signatureAlone reports whether s, the visible text of a reply from
// sender whose body is text, is the signature alone over the history:
// told by its lines (clientSignatureOnly), by the same lines closing an
// earlier mail of the sender's in the history (signatureEchoed) or by
// the mark Outlook sets on the signature it inserts in the HTML
// (autoSignatureOnly). The signature is over the history, or over
// nothing in a reply (reply: it answers another mail) whose client was
// set not to quote the mail answered, as Outlook may be: the signature's
// lines alone, told by their shape, in a mail that answers.
func signatureAlone(s, sender, text string, reply bool, b *bodyWalker) bool {
	// With no name in From to go by, the signature is the client's only
	// when nothing was typed above it (nothingTypedAbove).
	shape := clientSignatureOnly(s, sender) && (len(nameWords(sender)) > 0 || nothingTypedAbove(text, s)) || autoSignatureOnly(s, b.html)
	sig := echoSignature(s, sender)
	if !shape && sig == nil {
		return false // the common case: text typed; the body is read once
	}
	v := visibleText(text, false)
	return shape && (v.history || reply) || v.history && echoedIn(sig, v.past)
}

// visibleNew is visibleOf before the signature is looked at. An HTML
// body whose client marked the history is read from the HTML above that
// mark first; when nothing is above it, the body is only history unless
// the text is a forward without a comment, whose forwarded text is the
// message.
func visibleNew(fwd bool, text string, b *bodyWalker) (string, bool) {
	v := visibleText(text, fwd)
	var h visible
	if b.htmlCut && (b.m.FromHTML || !v.inline) {
		h = visibleText(b.htmlNew, fwd)
		if answers := ownAnswers(b.htmlAnswers, h.text); h.text != "" && len(answers) > 0 && (colourAnnounced.MatchString(h.text) || answersAnnounced(h.text) && answersUnderQuestions(answers, text)) {
			// "See my answers in red below": the answers are in the
			// quoted mail, set apart by their colour alone, which the
			// text part loses. "I answer between the lines" names no
			// colour: the coloured lines are the answers when each
			// stands under a question.
			return h.text + "\n\n" + strings.Join(answers, "\n\n"), false
		}
	}
	if !b.htmlCut || v.inline || b.answersOnly {
		// Answers typed between the quoted lines sit inside the HTML's
		// quote block (Gmail's gmail_quote), below its cut: the text
		// part keeps them.
		return v.text, v.quotedOnly
	}
	if h = visibleText(b.htmlNew, fwd); h.text != "" {
		return h.text, false
	}
	if b.htmlHistory && !v.forward {
		return "", true
	}
	return v.text, v.quotedOnly
}

// answersAnnounced reports whether the writer says their answers are
// typed into the quoted mail without naming their colour: "answers
// below", "respondo entre líneas" (inlineAnnounce, answeredBetween).
func answersAnnounced(s string) bool {
	return inlineAnnounce.MatchString(s) || answeredBetween.MatchString(s)
}

// ownAnswers are the coloured blocks of the quoted mail that are not the
// writer's own words above it again: the writer's signature, set in its
// company colour, comes back in every mail of theirs the quote holds.
func ownAnswers(answers []string, above string) []string {
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	flat := squeeze(above)
	var out []string
	for _, a := range answers {
		if !strings.Contains(flat, squeeze(a)) {
			out = append(out, a)
		}
	}
	return out
}

// readEntity reads the top-level entity of a mail from its head (which
// holds the header) and the rest, repairing a malformed header block when
// the strict reader refuses it and correcting misspelt encodings. An
// unknown top-level charset or transfer encoding gives a warning and the
// undecoded body.
func readEntity(m *Message, head []byte, rest io.Reader) (*message.Entity, error) {
	if trimmed, ok := trimBlankLead(head); ok {
		m.warn("header: blank lines before the header dropped")
		head = trimmed
	}
	br := bufio.NewReader(bytes.NewReader(head))
	h, err := textproto.ReadHeader(br)
	if err != nil {
		fixed, notes := repairHeader(head)
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
	e, err := message.New(mh, io.MultiReader(br, rest))
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

// bodyHash derives a stable Message-ID from the fields a re-delivery of
// the same mail keeps: originator, recipients, date, subject and the body
// (the bytes after the first CRLF CRLF, else after the first LF LF, else
// none). Trace fields (Received, Return-Path, Delivered-To) are left out
// on purpose, since they differ between copies of one mail. The whole mail
// is written to it as it streams; both candidate bodies are hashed, since
// which one counts is known only at the end.
type bodyHash struct{ crlf, lf sepHash }

func newBodyHash(h mail.Header) *bodyHash {
	id := &bodyHash{crlf: sepHash{sep: []byte("\r\n\r\n"), h: sha256.New()}, lf: sepHash{sep: []byte("\n\n"), h: sha256.New()}}
	for _, k := range []string{"From", "To", "Cc", "Date", "Subject"} {
		fmt.Fprintf(io.MultiWriter(id.crlf.h, id.lf.h), "%s:%s\n", k, strings.TrimSpace(h.Get(k)))
	}
	return id
}

func (id *bodyHash) Write(p []byte) {
	id.crlf.write(p)
	id.lf.write(p)
}

func (id *bodyHash) syntheticID() string {
	h := id.lf.h
	if id.crlf.found {
		h = id.crlf.h
	}
	return hex.EncodeToString(h.Sum(nil))[:32] + "@synthetic.escalate.invalid"
}

// sepHash hashes what follows the first sep in the bytes written to it.
type sepHash struct {
	sep   []byte
	h     hash.Hash
	found bool
	tail  []byte // the last len(sep)-1 bytes, while sep is not found
}

func (s *sepHash) write(p []byte) {
	if s.found {
		s.h.Write(p)
		return
	}
	k := len(s.sep) - 1
	// A sep begun in the previous write and ended in this one.
	edge := append(append([]byte(nil), s.tail...), p[:min(k, len(p))]...)
	if i := bytes.Index(edge, s.sep); i >= 0 {
		s.found = true
		s.h.Write(p[i+len(s.sep)-len(s.tail):])
		return
	}
	if i := bytes.Index(p, s.sep); i >= 0 {
		s.found = true
		s.h.Write(p[i+len(s.sep):])
		return
	}
	s.tail = edge[max(0, len(edge)-k):]
	if len(p) > k {
		s.tail = append(s.tail[:0], p[len(p)-k:]...)
	}
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
var inlineMessageIDLine = mustGate(`(?im)^[\s>|]*message-id:\s*(<[^<>\s]+>)`)

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
