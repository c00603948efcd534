package intake

import (
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
func init() {
	for _, label := range []string{"iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "latin1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1"} {
		charset.RegisterEncoding(label, charmap.Windows1252)
	}
	for _, label := range []string{"windows-1258", "cp1258", "x-cp1258"} {
		charset.RegisterEncoding(label, composed{charmap.Windows1258})
	}
}

// composed is an encoding whose decoded text is composed (NFC).
type composed struct{ encoding.Encoding }

// NewDecoder decodes, then composes.
func (c composed) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: transform.Chain(c.Encoding.NewDecoder(), norm.NFC)}
}
