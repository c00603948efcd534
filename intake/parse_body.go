package intake

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"mime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
	"github.com/inbucket/html2text"
	"golang.org/x/net/html"
	htmlcharset "golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// Bounds on the MIME tree, so a hostile message cannot make Parse work
// without end.
const (
	maxPartDepth = 20
	maxParts     = 1000
)

// bodyWalker collects the text and attachment metadata of a MIME tree
// (RFC 2045, RFC 2046).
type bodyWalker struct {
	m     *Message
	opt   ParseOptions
	plain []string
	html  []string
	parts int
	// htmlNew is the text above the history an HTML-only body marks
	// structurally, signatures removed; htmlCut says the HTML marked a
	// history or a signature, htmlHistory a history.
	htmlNew              string
	htmlAnswers          []string
	htmlCut, htmlHistory bool
	// answersOnly says the HTML alternative was read only for the
	// coloured answers an announcement names no colour for; without
	// such answers the text part is read as if it had not been.
	answersOnly bool
	// attachedMail is the start of the first mail attached whole
	// (message/rfc822), kept to read a forward as attachment.
	attachedMail []byte
}

// maxAttachedMail bounds how much of an attached mail is kept to read
// its text.
const maxAttachedMail = 256 << 10

func newBodyWalker(m *Message, opt ParseOptions) *bodyWalker {
	return &bodyWalker{m: m, opt: opt}
}

// walk visits e and, for a multipart entity, its parts depth first.
func (b *bodyWalker) walk(e *message.Entity, depth int) {
	b.parts++
	if b.parts > maxParts {
		if b.parts == maxParts+1 {
			b.m.warn("mime: more than %d parts, rest ignored", maxParts)
		}
		return
	}
	if !strings.HasPrefix(contentType(e.Header.Get("Content-Type")), "multipart/") {
		b.leaf(e)
		return
	}
	if depth >= maxPartDepth {
		b.m.warn("mime: nesting deeper than %d, rest ignored", maxPartDepth)
		return
	}
	b.multipart(e, depth)
}

// multipart reads the parts of a multipart entity (RFC 2046 section 5.1).
// The boundary is read leniently (unquoted values with "=" are common);
// when no part can be read at all, the body is kept as plain text rather
// than lost.
func (b *bodyWalker) multipart(e *message.Entity, depth int) {
	var seen bytes.Buffer
	body := io.TeeReader(e.Body, &limitedWriter{w: &seen, n: b.opt.MaxTextBytes})
	mr := textproto.NewMultipartReader(body, boundary(e.Header))
	n := 0
	for ; ; n++ {
		p, err := mr.NextPart()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				b.m.warn("mime: %v", err)
			}
			break
		}
		h := message.Header{Header: p.Header}
		fixEntityHeader(b.m, &h)
		child, err := message.New(h, p)
		if err != nil {
			b.m.warn("mime part: %v", err)
		}
		b.walk(child, depth+1)
	}
	if n == 0 {
		_, _ = io.Copy(io.Discard, body)
		if strings.TrimSpace(seen.String()) != "" {
			b.m.warn("mime: multipart without readable parts, body read as text")
			b.plain = append(b.plain, validUTF8(b.m, "body", seen.String()))
		}
	}
}

// boundaryParam finds a boundary parameter that mime.ParseMediaType
// refuses, such as an unquoted value containing "=".
var boundaryParam = mustGate(`(?i);\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))`)

// boundary is the multipart boundary of h.
func boundary(h message.Header) string {
	if _, params, err := h.ContentType(); err == nil && params["boundary"] != "" {
		return params["boundary"]
	}
	sm := boundaryParam.FindStringSubmatch(unfold(h.Get("Content-Type")))
	if sm == nil {
		return ""
	}
	return sm[1] + sm[2]
}

// limitedWriter keeps the first n bytes written to it and drops the rest
// without error, so a TeeReader over a long body stays bounded.
type limitedWriter struct {
	w io.Writer
	n int64
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.n > 0 {
		k := min(int64(len(p)), l.n)
		if _, err := l.w.Write(p[:k]); err != nil {
			return 0, err
		}
		l.n -= k
	}
	return len(p), nil
}

// leaf handles one non-multipart entity: inline text is kept, anything
// else is recorded as an attachment.
func (b *bodyWalker) leaf(e *message.Entity) {
	mediaType, params, err := e.Header.ContentType()
	if err != nil {
		mediaType, params = lenientContentType(e.Header.Get("Content-Type"))
		if ct := e.Header.Get("Content-Type"); ct != "" {
			b.m.warn("content-type: cannot parse %q, read as %s", truncate(ct, 80), mediaType)
		}
	}
	if mediaType == "" {
		mediaType = "text/plain"
	}
	if mediaType == "text/calendar" && strings.EqualFold(params["method"], "REPLY") {
		b.m.calendarReply = true
	}
	disp, dparams, _ := e.Header.ContentDisposition()
	name := b.filename(dparams, params)
	isText := mediaType == "text/plain" || mediaType == "text/html"
	if isText && disp != "attachment" && name == "" {
		b.text(e, mediaType)
		return
	}
	b.attachment(e, mediaType, name)
}

// lenientContentType reads a Content-Type whose parameters are broken
// (name==?utf-8?B?…?=, unbalanced quotes): the media type before the first
// ";" when it is well formed, else text/plain (RFC 2045 section 5.2), and
// the name parameter as best it can. Reading an application/pdf part as
// text because of a bad parameter would put binary junk in the ticket.
func lenientContentType(ct string) (string, map[string]string) {
	params := map[string]string{}
	base, rest, _ := strings.Cut(ct, ";")
	mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(base))
	if err != nil || !strings.Contains(mediaType, "/") {
		mediaType = "text/plain"
	}
	if m := lenientName.FindStringSubmatch(rest); m != nil {
		params["name"] = strings.Trim(m[1], `"' `)
	}
	return mediaType, params
}

// lenientName finds a name parameter in broken Content-Type parameters.
var lenientName = mustGate(`(?i)(?:^|;)\s*name\s*=\s*("[^"]*"|[^;]*)`)

// filename is the part's file name from Content-Disposition (RFC 2183,
// RFC 2231 parameters are decoded by go-message) or the older
// Content-Type name parameter, RFC 2047-decoded leniently.
func (b *bodyWalker) filename(dparams, params map[string]string) string {
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	if name == "" {
		return ""
	}
	return newHeaderDecoder(b.m, "").text("filename", name)
}

// text reads an inline text part up to MaxTextBytes.
func (b *bodyWalker) text(e *message.Entity, mediaType string) {
	s, truncated, err := readLimited(e.Body, b.opt.MaxTextBytes)
	if err != nil {
		b.m.warn("%s: read: %v", mediaType, err)
	}
	if truncated {
		b.m.warn("%s: text longer than %d bytes, truncated", mediaType, b.opt.MaxTextBytes)
	}
	_, params, _ := e.Header.ContentType()
	switch {
	case isUTF7(params["charset"]):
		s = decodeUTF7(s) // go-message left it undecoded (unknown charset)
	case mediaType == "text/html" && params["charset"] == "" && !utf8.ValidString(s):
		s = b.htmlMetaCharset(s)
	case params["charset"] != "" && !utf8.ValidString(s) && !knownCharset(params["charset"]):
		var enc encoding.Encoding
		s, enc = unknownLabelText(s)
		b.m.warn("%s: unknown charset %q, read as %s", mediaType, truncate(params["charset"], 40), encodingName(enc))
	case params["charset"] == "" && !utf8.ValidString(s):
		var enc encoding.Encoding
		s, enc = unknownLabelText(s)
		b.m.warn("%s: undeclared 8-bit text read as %s", mediaType, encodingName(enc))
	}
	s = validUTF8(b.m, mediaType, s)
	if mediaType == "text/plain" && strings.EqualFold(params["format"], "flowed") {
		s = unflow(s, strings.EqualFold(params["delsp"], "yes"))
	}
	if mediaType == "text/html" {
		b.html = append(b.html, s)
	} else {
		b.plain = append(b.plain, s)
	}
}

// htmlMetaCharset decodes HTML whose MIME header names no charset by the
// charset its <meta> tag declares (HTML Living Standard, "determining the
// character encoding"), as HTML-only mail often does.
func (b *bodyWalker) htmlMetaCharset(s string) string {
	// Without a <meta> charset this is Windows-1252, as for text/plain.
	enc, name, _ := htmlcharset.DetermineEncoding([]byte(s), "text/html")
	if enc == nil {
		return s
	}
	d, err := enc.NewDecoder().String(s)
	if err != nil {
		return s
	}
	b.m.warn("text/html: no charset in the MIME header, read as %s as the document says or implies", name)
	return d
}

// copyBuffers are readLimited's buffers: io.Copy into a strings.Builder
// made a 32 KB buffer for every text part, half of what a parse
// allocated.
var copyBuffers = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

// readLimited reads at most limit bytes of r, reporting whether more was
// there. A read error keeps what was read before it.
func readLimited(r io.Reader, limit int64) (string, bool, error) {
	var sb strings.Builder
	buf := copyBuffers.Get().(*[]byte)
	n, err := io.CopyBuffer(&sb, io.LimitReader(r, limit+1), *buf)
	copyBuffers.Put(buf)
	s := sb.String()
	if n > limit {
		return trimPartialRune(s[:limit]), true, err
	}
	return s, false, err
}

// trimPartialRune drops a UTF-8 sequence cut short at the end of s, so a
// truncated UTF-8 text stays valid.
func trimPartialRune(s string) string {
	for i := 1; i <= utf8.UTFMax && i <= len(s); i++ {
		if utf8.RuneStart(s[len(s)-i]) {
			if r, size := utf8.DecodeRuneInString(s[len(s)-i:]); r == utf8.RuneError && size == 1 {
				return s[:len(s)-i]
			}
			return s
		}
	}
	return s
}

// attachment records the metadata of a non-text part, hashing at most
// MaxAttachmentBytes of it.
func (b *bodyWalker) attachment(e *message.Entity, mediaType, name string) {
	body := e.Body
	switch mediaType {
	case "message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers":
		br := bufio.NewReaderSize(body, attachedHeaderPeek)
		var subject string
		subject, b.m.OriginalIDs = attachedHeader(br, b.m.OriginalIDs)
		if name == "" && (mediaType == "message/rfc822" || mediaType == "message/global") {
			name = subject
		}
		body = br
		if (mediaType == "message/rfc822" || mediaType == "message/global") && b.attachedMail == nil && !b.opt.attached {
			kept := &limitedBuffer{max: maxAttachedMail}
			body = io.TeeReader(br, kept)
			defer func() { b.attachedMail = kept.Bytes() }()
		}
	case "message/delivery-status", "message/global-delivery-status":
		// Its Action fields say whether the mail failed or was delayed,
		// or was delivered or relayed (a receipt someone asked for).
		kept := &limitedBuffer{max: maxDeliveryStatus}
		body = io.TeeReader(body, kept)
		defer func() { b.m.dsnActions = append(b.m.dsnActions, dsnActions(kept.String())...) }()
	case "text/calendar", "application/ics":
		// An invitation's answer may carry the note its invitee typed
		// (RFC 5546 section 3.2.3 allows COMMENT in a REPLY).
		kept := &limitedBuffer{max: maxCalendar}
		body = io.TeeReader(body, kept)
		defer func() {
			if b.m.calendarNote == "" {
				b.m.calendarNote = calendarReplyNote(kept.String())
			}
		}()
	}
	h := sha256.New()
	n, err := io.Copy(h, io.LimitReader(body, b.opt.MaxAttachmentBytes+1))
	a := Attachment{Filename: name, ContentType: mediaType, Size: n}
	if n > b.opt.MaxAttachmentBytes {
		a.Truncated = true
		a.Size = b.opt.MaxAttachmentBytes
		b.m.warn("attachment %q: larger than %d bytes, hashed in part", name, b.opt.MaxAttachmentBytes)
	} else {
		a.SHA256 = hex.EncodeToString(h.Sum(nil))
	}
	if err != nil {
		b.m.warn("attachment %q: read: %v", name, err)
	}
	b.m.Attachments = append(b.m.Attachments, a)
}

// maxDeliveryStatus bounds what is read of a delivery-status part for its
// Action fields: a DSN of a hundred recipients fits.
const maxDeliveryStatus = 64 << 10

// maxCalendar bounds what is read of a calendar part for an answer's
// note: an invitation with a long agenda and a hundred attendees fits.
const maxCalendar = 64 << 10

// calendarReplyNote returns the note an invitee typed into an iTIP reply
// (METHOD:REPLY, RFC 5546): the event's COMMENT property (RFC 5545
// section 3.8.1.4), which Outlook and Apple Calendar write, or the
// X-RESPONSE-COMMENT parameter Google Calendar puts on the ATTENDEE;
// empty when the calendar is no reply, carries none or does not parse
// (go-ical unfolds and unescapes).
func calendarReplyNote(ics string) string {
	cal, err := ical.NewDecoder(strings.NewReader(ics)).Decode()
	if err != nil {
		return ""
	}
	if m := cal.Props.Get(ical.PropMethod); m == nil || !strings.EqualFold(strings.TrimSpace(m.Value), "REPLY") {
		return ""
	}
	for _, c := range cal.Children {
		for _, p := range c.Props.Values(ical.PropComment) {
			if t, err := p.Text(); err == nil && strings.TrimSpace(t) != "" {
				return strings.TrimSpace(t)
			}
		}
		for _, p := range c.Props.Values(ical.PropAttendee) {
			if v := strings.TrimSpace(p.Params.Get("X-RESPONSE-COMMENT")); v != "" {
				return v
			}
		}
	}
	return ""
}

// dsnActions returns the Action field of each recipient of a
// delivery-status part (RFC 3464 section 2.3.3), lower case.
func dsnActions(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "action") {
			out = append(out, strings.ToLower(strings.TrimSpace(v)))
		}
	}
	return out
}

// limitedBuffer keeps the first max bytes written to it and drops the
// rest.
type limitedBuffer struct {
	bytes.Buffer
	max int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.Len(); room > 0 {
		l.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// attachedHeaderPeek is how much of an attached message is looked at for
// its Subject.
const attachedHeaderPeek = 64 << 10

// attachedHeader reads the header of an attached mail or of the returned
// headers of a report (RFC 6522 text/rfc822-headers): it names an attached
// mail (a forward as attachment, RFC 2046 section 5.2.1) by its Subject,
// as mail clients show it ("" when it has none), and adds its Message-ID to
// ids, so that a bounce of our mail threads to the ticket of our mail.
func attachedHeader(body *bufio.Reader, ids []string) (name string, _ []string) {
	head, _ := body.Peek(attachedHeaderPeek)
	// Some MTAs put a blank line before the copied header, and returned
	// headers (text/rfc822-headers) often end without the blank line.
	head = bytes.TrimLeft(head, "\r\n")
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(head)))
	if err != nil {
		h, err = textproto.ReadHeader(bufio.NewReader(io.MultiReader(bytes.NewReader(head), strings.NewReader("\r\n\r\n"))))
		if err != nil {
			return "", ids
		}
	}
	if id := firstMsgID(h.Get("Message-Id")); id != "" && len(ids) < maxOriginalIDs {
		ids = append(ids, id)
	}
	subject := newHeaderDecoder(&Message{}, "").text("subject", h.Get("Subject"))
	if subject == "" {
		return "", ids
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '_'
		}
		return r
	}, truncate(subject, 120)) + ".eml", ids
}

// maxOriginalIDs bounds Message.OriginalIDs for a mail of many attached
// messages.
const maxOriginalIDs = 8

// finish chooses the message text: the text/plain parts when they say
// anything, else the HTML parts converted to text (RFC 2046 section 5.1.4
// puts the preferred alternative last, but a plain version is what a
// support team wants to read and quote).
func (b *bodyWalker) finish() {
	text := strings.Join(b.plain, "\n")
	if strings.TrimSpace(text) == "" && len(b.html) > 0 {
		text = b.htmlText(strings.Join(b.html, "\n"))
		b.htmlNew, b.htmlCut, b.htmlHistory, b.htmlAnswers = htmlNewText(strings.Join(b.html, "\n"))
		b.m.FromHTML = true
	} else if colour := len(b.html) > 0 && colourAnnounced.MatchString(text); colour || len(b.html) > 0 && answersAnnounced(text) {
		// "See my answers in red", "I answer between the lines": the
		// HTML alternative holds what the text part cannot show, which
		// lines are the answers.
		b.htmlNew, b.htmlCut, b.htmlHistory, b.htmlAnswers = htmlNewText(strings.Join(b.html, "\n"))
		b.answersOnly = !colour
	}
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	b.m.Text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(b.m.Text) == "" && b.encrypted() {
		b.m.warn("encrypted message (S/MIME or OpenPGP): no readable text")
	}
}

// encrypted reports whether the mail carries an S/MIME (RFC 8551) or
// OpenPGP (RFC 3156) encrypted body, which intake cannot read.
func (b *bodyWalker) encrypted() bool {
	for _, a := range b.m.Attachments {
		switch a.ContentType {
		case "application/pkcs7-mime", "application/x-pkcs7-mime", "application/pgp-encrypted":
			return true
		}
	}
	return false
}

// htmlText converts HTML to readable text.
func (b *bodyWalker) htmlText(h string) string {
	doc, err := html.Parse(strings.NewReader(h))
	if err != nil {
		b.m.warn("text/html: parse: %v", err)
		return h
	}
	plainHTML(doc)
	s, err := html2text.FromHTMLNode(doc, html2text.Options{})
	if err != nil {
		b.m.warn("text/html: convert: %v", err)
		return h
	}
	return linkPunct(s)
}

// contentType is e's media type, lowercased, or "" if unreadable.
func contentType(v string) string {
	t, _, err := mime.ParseMediaType(v)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.SplitN(v, ";", 2)[0]))
	}
	return t
}
