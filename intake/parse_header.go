package intake

import (
	"io"
	"mime"
	netmail "net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
)

// headerDecoder decodes the header fields of one message leniently
// (RFC 2047). An encoded word in an unknown charset is read as the
// fallback charset instead of failing the whole field, and raw 8-bit text
// that is not UTF-8 (RFC 6532 allows only UTF-8) is read as the charset
// the message declares for its body, else as Windows-1252, the most common
// undeclared header charset.
type headerDecoder struct {
	m        *Message
	fallback encoding.Encoding
	words    *mime.WordDecoder
	addrs    *netmail.AddressParser
}

func newHeaderDecoder(m *Message, bodyCharset string) *headerDecoder {
	d := &headerDecoder{m: m, fallback: charmap.Windows1252}
	if e, err := ianaindex.MIME.Encoding(bodyCharset); err == nil && e != nil && !isUTF8OrASCII(bodyCharset) {
		d.fallback = e
	}
	d.words = &mime.WordDecoder{CharsetReader: d.charsetReader}
	d.addrs = &netmail.AddressParser{WordDecoder: d.words}
	return d
}

func isUTF8OrASCII(cs string) bool {
	switch strings.ToLower(strings.TrimSpace(cs)) {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
		return true
	}
	return false
}

// charsetReader converts one encoded word to UTF-8.
func (d *headerDecoder) charsetReader(cs string, r io.Reader) (io.Reader, error) {
	if rr, err := charset.Reader(cs, r); err == nil {
		return rr, nil
	}
	if isUTF7(cs) {
		b, err := io.ReadAll(r)
		return strings.NewReader(decodeUTF7(string(b))), err
	}
	d.m.warn("header: unknown charset %q in an encoded word, read as %s", truncate(cs, 40), encodingName(d.fallback))
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return strings.NewReader(d.toUTF8(b)), nil
}

// toUTF8 returns b as is when it is UTF-8, else decoded as the fallback.
func (d *headerDecoder) toUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	if s, err := d.fallback.NewDecoder().Bytes(b); err == nil && utf8.Valid(s) {
		return string(s)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

func encodingName(e encoding.Encoding) string {
	if n, err := ianaindex.MIME.Name(e); err == nil {
		return n
	}
	return "a fallback charset"
}

// raw prepares a raw field value: unfolded, and 8-bit text turned to UTF-8.
func (d *headerDecoder) raw(field, v string) string {
	v = unfold(v)
	if !utf8.ValidString(v) {
		d.m.warn("%s: undeclared 8-bit text read as %s", field, encodingName(d.fallback))
		v = d.toUTF8([]byte(v))
	}
	return v
}

// text decodes an unstructured field (RFC 2047 section 5(1)); the result
// is always valid UTF-8.
func (d *headerDecoder) text(field, v string) string {
	v = d.raw(field, v)
	if v == "" {
		return ""
	}
	s, err := d.words.DecodeHeader(v)
	if err != nil {
		d.m.warn("%s: %v", field, err)
		return v
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// validUTF8 returns s as valid UTF-8, reading invalid bytes as
// Windows-1252; for text that did not pass through a headerDecoder.
func validUTF8(m *Message, field, s string) string {
	if utf8.ValidString(s) {
		return s
	}
	m.warn("%s: undeclared 8-bit text read as windows-1252", field)
	if d, err := charmap.Windows1252.NewDecoder().String(s); err == nil {
		return d
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// unfold joins folded header lines (RFC 5322 section 2.2.3) and trims.
func unfold(v string) string {
	return strings.TrimSpace(lineBreaks.Replace(v))
}

// lineBreaks removes the line breaks of a folded header field (built once:
// a Replacer's first use builds its tables, which was a tenth of Parse's
// time when unfold made a new one for every field).
var lineBreaks = strings.NewReplacer("\r\n", "", "\n", "", "\r", "")

// addressList parses an address-list field (RFC 5322 section 3.4). When the
// list as a whole is malformed, each comma-separated piece is tried alone,
// and a piece that still fails keeps whatever address it visibly contains.
func (d *headerDecoder) addressList(field, v string) []Address {
	v = d.raw(field, v)
	if v == "" {
		return nil
	}
	if list, err := d.addrs.ParseList(v); err == nil {
		return d.convertAddrs(field, list)
	}
	d.m.warn("%s: malformed address list %q", field, truncate(v, 80))
	var out []Address
	for _, piece := range splitAddrList(v) {
		if a, ok := d.lenientAddress(field, piece); ok {
			out = append(out, a)
		}
	}
	return out
}

// firstAddress returns the first address of a field; when nothing parses,
// the decoded raw text is kept as Addr so the sender is never lost.
func (d *headerDecoder) firstAddress(field, v string) Address {
	list := d.addressList(field, v)
	if len(list) > 0 {
		return list[0]
	}
	return Address{}
}

// convertAddrs converts parsed addresses. QUIRK: many mailers put encoded
// words inside a quoted display name ("=?UTF-8?Q?J=C3=B6rg?=" in quotes),
// which RFC 2047 section 5(3) forbids and net/mail leaves undecoded; they
// are decoded here, as other mail readers do.
func (d *headerDecoder) convertAddrs(field string, list []*netmail.Address) []Address {
	out := make([]Address, 0, len(list))
	for _, a := range list {
		name := a.Name
		if strings.Contains(name, "=?") && strings.Contains(name, "?=") {
			if dec, err := d.words.DecodeHeader(name); err == nil {
				name = dec
			}
		}
		out = append(out, Address{
			Name: validUTF8(d.m, field, name),
			Addr: validUTF8(d.m, field, a.Address),
		})
	}
	return out
}

var bareAddr = mustGate(`[^\s<>"',;:()\[\]]+@[^\s<>"',;:()\[\]]+`)

// lenientAddress makes the best of one malformed mailbox.
func (d *headerDecoder) lenientAddress(field, piece string) (Address, bool) {
	piece = strings.TrimSpace(piece)
	if piece == "" || strings.HasSuffix(piece, ":;") {
		return Address{}, false // nothing, or an empty group "undisclosed-recipients:;"
	}
	if a, err := d.addrs.Parse(piece); err == nil {
		return d.convertAddrs(field, []*netmail.Address{a})[0], true
	}
	decoded := d.text(field, piece)
	if name, ok := strings.CutSuffix(strings.TrimSpace(decoded), "<>"); ok {
		// The null address, as in "From: MAILER-DAEMON <>".
		return Address{Name: strings.Trim(name, " \t\""), Addr: ""}, true
	}
	if loc := bareAddr.FindStringIndex(decoded); loc != nil {
		name := strings.Trim(decoded[:loc[0]]+decoded[loc[1]:], " \t\"'<>")
		return Address{Name: name, Addr: decoded[loc[0]:loc[1]]}, true
	}
	// No address at all (e.g. "From: not an address"): keep the raw text.
	return Address{Addr: decoded}, true
}

// splitAddrList splits on commas outside quotes and angle brackets.
func splitAddrList(v string) []string {
	var out []string
	depth, quoted, start := 0, false, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case c == '<' && !quoted:
			depth++
		case c == '>' && !quoted && depth > 0:
			depth--
		case c == ',' && !quoted && depth == 0:
			out = append(out, v[start:i])
			start = i + 1
		}
	}
	return append(out, v[start:])
}

var bracketedID = mustGate(`<([^<>\s]+)>`)

// msgIDs returns the msg-ids of an In-Reply-To or References field
// (RFC 5322 section 3.6.4) without brackets, in order, without duplicates.
// It accepts the common malformed forms: missing brackets, commas,
// comments and phrases between the ids.
func msgIDs(v string) []string {
	v = unfold(v)
	var ids []string
	if found := bracketedID.FindAllStringSubmatch(v, -1); len(found) > 0 {
		for _, f := range found {
			ids = append(ids, f[1])
		}
	} else {
		for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
			if strings.Contains(f, "@") {
				ids = append(ids, strings.Trim(f, "<>"))
			}
		}
	}
	return dedupe(ids)
}

// firstMsgID returns the first msg-id of a field, or the trimmed field
// itself when it has no brackets (some mailers omit them).
func firstMsgID(v string) string {
	if ids := msgIDs(v); len(ids) > 0 {
		return ids[0]
	}
	v = strings.Trim(unfold(v), "<> ")
	if strings.ContainsAny(v, " \t") {
		return ""
	}
	return v
}

func dedupe(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0]
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// dateLayouts are tried after net/mail.ParseDate, for the malformed dates
// seen in real mail (no comma after the weekday, missing seconds, named
// zones, numeric day-month-year).
var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon 2 Jan 2006 15:04:05",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon, 2 Jan 2006 15:04:05 -0700 -0700",
	"02-01-2006 15:04",
	"02-01-2006 15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC3339,
}

// parseDateLenient parses an RFC 5322 date-time (section 3.3), then the
// malformed forms above; last, it drops a trailing comment or a bad zone
// and reads the rest as UTC.
func parseDateLenient(v string) (time.Time, error) {
	t, err := netmail.ParseDate(v)
	if err == nil {
		return t, nil
	}
	clean := strings.Join(strings.Fields(v), " ")
	if i := strings.IndexByte(clean, '('); i > 0 {
		clean = strings.TrimSpace(clean[:i]) // "(CEST)", "(added by postmaster)"
	}
	for _, s := range []string{clean, dropLastField(clean)} {
		for _, layout := range dateLayouts {
			if t, e := time.Parse(layout, s); e == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, err
}

// dropLastField removes the last space-separated field (a zone such as
// "H0500" that no layout reads).
func dropLastField(s string) string {
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}
