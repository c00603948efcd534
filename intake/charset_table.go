package intake

import (
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"github.com/saintfish/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// Kazakh mail comes in two national 8-bit charsets that golang.org/x/text
// does not have: KZ-1048 (STRK1048-2002, the Kazakh standard, which
// Windows and Yandex-style webmails write) and PT154 (ParaType's
// Asian Cyrillic). Both are Windows-1251 with Kazakh letters (Ә, Ғ, Қ,
// Ң, Ө, Ұ, Ү, Һ, І) in some of its upper half; read as the Windows-1252
// every unknown label fell back to, "Сәлеметсіз бе!" came out as
// "Ñ¼ëåìåòñ³ç áå!" (stranger84's Kazakh and Russian top post). Their
// upper halves are taken from Python's kz1048 and ptcp154 codecs.
func init() {
	kz1048 := newByteTable("ЂЃ‚ѓ„…†‡€‰Љ‹ЊҚҺЏђ‘’“”•–—\ufffd™љ›њқһџ\u00a0ҰұӘ¤Ө¦§Ё©Ғ«¬\u00ad®Ү°±Ііөµ¶·ё№ғ»әҢңүАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя")
	for _, label := range []string{"kz-1048", "kz1048", "strk1048-2002", "rk1048", "cskz1048"} {
		charset.RegisterEncoding(label, kz1048)
	}
	pt154 := newByteTable("ҖҒӮғ„…ҶҮҲүҠӢҢҚҺҸҗ‘’“”•–—ҳҷҡӣңқһҹ\u00a0ЎўЈӨҘҰ§Ё©Ә«¬ӯ®Ҝ°ұІіҙө¶·ё№ә»јҪҫҝАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя")
	for _, label := range []string{"pt154", "ptcp154", "cp154", "pt-154", "cyrillic-asian", "csptcp154"} {
		charset.RegisterEncoding(label, pt154)
	}
}

// byteTable is an 8-bit charset that is ASCII below 0x80 and its table
// above.
type byteTable struct {
	high [128]rune
	back map[rune]byte
}

// newByteTable makes a byteTable of the 128 letters of its upper half.
func newByteTable(high string) *byteTable {
	t := &byteTable{back: map[rune]byte{}}
	i := 0
	for _, r := range high {
		t.high[i] = r
		if r != utf8.RuneError {
			t.back[r] = byte(0x80 + i)
		}
		i++
	}
	if i != 128 {
		panic("byteTable: the upper half is not 128 letters")
	}
	return t
}

func (t *byteTable) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: tableDecoder{t}}
}

func (t *byteTable) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: tableEncoder{t}}
}

type tableDecoder struct{ t *byteTable }

func (tableDecoder) Reset() {}

func (d tableDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		r := rune(c)
		if c >= 0x80 {
			r = d.t.high[c-0x80]
		}
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc++
	}
	return nDst, nSrc, nil
}

type tableEncoder struct{ t *byteTable }

func (tableEncoder) Reset() {}

func (e tableEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size < 2 && !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		b, ok := byte(r), r < 0x80
		if !ok {
			b, ok = e.t.back[r]
		}
		if !ok {
			return nDst, nSrc, encoding.ErrInvalidUTF8
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = b
		nDst++
		nSrc += size
	}
	return nDst, nSrc, nil
}

// unknownLabelText reads a text part whose charset label intake does not
// know, or that declares none, and whose bytes are not UTF-8. Text in a
// Latin script has its few 8-bit bytes among ASCII letters, and is read as
// Windows-1252 as before. Text with more 8-bit bytes than ASCII letters
// is in another script: ICU's detector (github.com/saintfish/chardet, its
// byte-trigram models of each charset's languages) names the charset
// among the 8-bit pages of Cyrillic, Greek, Hebrew and Arabic and the
// multibyte ones of Chinese, Japanese and Korean. When it names none of
// those, the Cyrillic pages built on Windows-1251 (KZ-1048, PT154, the
// Serbian, Macedonian and Ukrainian pages) or on KOI8-R (KOI8-U, KOI8-RU,
// KOI8-T) are what such mail most often is: whichever of the two reads
// most letters as small letters, as running text has them.
func unknownLabelText(s string) (string, encoding.Encoding) {
	var ascii, high, koiSmall, winSmall int
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			ascii++
		case c >= 0xC0 && c <= 0xDF:
			koiSmall++
		case c >= 0xE0:
			winSmall++
		}
		if c >= 0x80 {
			high++
		}
	}
	var enc encoding.Encoding = charmap.Windows1252
	if high > ascii {
		enc = detectedCharset(s)
		if enc == nil {
			enc = charmap.Windows1251
			if koiSmall > winSmall {
				enc = charmap.KOI8R
			}
		}
	}
	d, err := enc.NewDecoder().String(s)
	if err != nil {
		return strings.ToValidUTF8(s, "\uFFFD"), enc
	}
	return d, enc
}

// detectedCharset is the charset ICU's detector finds most likely for s
// among those intake trusts it to tell apart, or nil. Only the first
// detectSample bytes are read: a page of text tells its charset.
func detectedCharset(s string) encoding.Encoding {
	if len(s) > detectSample {
		s = s[:detectSample]
	}
	results, err := chardet.NewTextDetector().DetectAll([]byte(s))
	if err != nil {
		return nil
	}
	for _, r := range results {
		if enc, ok := detectable[r.Charset]; ok {
			return enc
		}
	}
	return nil
}

const detectSample = 16 << 10

// detectable maps the names the detector reports to the tables intake
// reads them with. Greek, Hebrew and Arabic read as their Windows pages
// where those are supersets of the ISO ones (the detector says ISO-8859-7
// or -8 for Windows text without C1 bytes); ISO-8859-6 places Arabic
// letters elsewhere than Windows-1256 and keeps its own table.
var detectable = map[string]encoding.Encoding{
	"windows-1251": charmap.Windows1251,
	"KOI8-R":       charmap.KOI8R,
	"ISO-8859-5":   charmap.ISO8859_5,
	"ISO-8859-7":   charmap.Windows1253,
	"windows-1253": charmap.Windows1253,
	"ISO-8859-8":   charmap.Windows1255,
	"ISO-8859-8-I": charmap.Windows1255,
	"windows-1255": charmap.Windows1255,
	"windows-1256": charmap.Windows1256,
	"ISO-8859-6":   charmap.ISO8859_6,
	"Shift_JIS":    japanese.ShiftJIS,
	"EUC-JP":       japanese.EUCJP,
	"GB-18030":     simplifiedchinese.GB18030,
	"Big5":         traditionalchinese.Big5,
	"EUC-KR":       korean.EUCKR,
}

// knownCharset reports whether intake reads text under the label cs.
func knownCharset(cs string) bool {
	_, err := charset.Reader(cs, strings.NewReader(""))
	return err == nil
}
