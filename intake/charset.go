package intake

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	message "github.com/emersion/go-message"
	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Text labelled ISO-8859-1 is read as Windows-1252, as browsers read it
// (WHATWG Encoding Standard, "latin1" and its labels): Outlook and other
// Windows clients label their text ISO-8859-1 while writing Windows-1252's
// quotes, dashes and euro sign in the bytes 0x80-0x9F, which ISO-8859-1
// reads as invisible control characters ("That’s grand – € 49" came out
// as "Thats grand   49"). No real text uses those controls.
//
// Windows-1258 (Vietnamese) writes most accented letters as a base letter
// and a combining mark, so that decoded as it is "Từ:" is not the "Từ:"
// every other client writes and no word of Outlook's Vietnamese header
// block matched; it is read, then composed (NFC).
//
// A text part labelled with a 7-bit charset whose bytes are UTF-8 is read
// as UTF-8 (utf8Under7Bit); any other is read by its label.
func init() {
	for _, label := range []string{"iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "latin1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1"} {
		charset.RegisterEncoding(label, charmap.Windows1252)
	}
	for _, label := range []string{"windows-1258", "cp1258", "x-cp1258"} {
		charset.RegisterEncoding(label, composed{charmap.Windows1258})
	}
	byLabel := message.CharsetReader
	message.CharsetReader = func(cs string, input io.Reader) (io.Reader, error) {
		if sevenBitCharset(cs) {
			r, isUTF8 := utf8Under7Bit(input)
			if isUTF8 {
				return r, nil
			}
			input = r
		}
		return byLabel(cs, input)
	}
}

// sevenBitCharset reports whether a charset label names one of the 7-bit
// charsets that switch scripts by escapes or shift codes (ISO-2022-JP,
// -KR and -CN with their variants, RFC 1468, 1557, 1922; HZ, RFC 1843):
// no byte of such text is above 0x7F.
func sevenBitCharset(cs string) bool {
	cs = strings.ToLower(strings.TrimSpace(cs))
	return strings.HasPrefix(cs, "iso-2022-") || strings.HasPrefix(cs, "csiso2022") || cs == "hz-gb-2312" || cs == "hz"
}

// sniffBytes is how much of a text part utf8Under7Bit reads to decide.
const sniffBytes = 1 << 16

// utf8Under7Bit reads the start of a part labelled with a 7-bit charset
// and reports whether it is UTF-8 under that label: no escape (ESC, or
// HZ's "~{"), bytes above 0x7F, and all of them UTF-8. A webmail's or a
// script's template that names the charset it meant and writes the one it
// has sends "出張のため不在にしております" so (Active! mail's absence
// reply, a shop's receipt, a marketplace's relay in stranger54); read by
// the label it was a row of U+FFFD. The reader returned holds all of the
// part either way.
func utf8Under7Bit(input io.Reader) (io.Reader, bool) {
	br := bufio.NewReaderSize(input, sniffBytes)
	head, _ := br.Peek(sniffBytes)
	if bytes.IndexByte(head, 0x1b) >= 0 || bytes.Contains(head, []byte("~{")) || !hasHighByte(head) {
		return br, false
	}
	if len(head) == sniffBytes {
		// leave out a letter the peek cut in two
		for i := len(head) - 1; i >= len(head)-utf8.UTFMax; i-- {
			if utf8.RuneStart(head[i]) {
				if !utf8.FullRune(head[i:]) {
					head = head[:i]
				}
				break
			}
		}
	}
	return br, utf8.Valid(head)
}

// hasHighByte reports whether b holds a byte above 0x7F.
func hasHighByte(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// composed is an encoding whose decoded text is composed (NFC).
type composed struct{ encoding.Encoding }

// NewDecoder decodes, then composes.
func (c composed) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: transform.Chain(c.Encoding.NewDecoder(), norm.NFC)}
}
