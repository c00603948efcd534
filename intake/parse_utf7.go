package intake

import (
	"encoding/base64"
	"strings"
	"unicode/utf16"
)

// isUTF7 reports whether a charset name is UTF-7 (RFC 2152), which the
// charset tables of go-message and x/text lack but older Outlook and
// Exchange versions still send.
func isUTF7(cs string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(cs), `"`)) {
	case "utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7", "x-unicode20utf7", "x-utf-7":
		return true
	}
	return false
}

// decodeUTF7 decodes UTF-7 text (RFC 2152 section "Definition of UTF-7"):
// "+-" is a plus sign; "+" starts a run of modified base64 holding
// UTF-16BE, ended by any other character, an ending "-" being absorbed.
// Malformed runs are kept as they are.
func decodeUTF7(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '+')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+1:]
		n := 0
		for n < len(s) && isBase64Char(s[n]) {
			n++
		}
		if n == 0 {
			b.WriteByte('+')
			s = strings.TrimPrefix(s, "-") // "+-" is "+"; a lone "+" stays
			continue
		}
		text, ok := decodeUTF7Run(s[:n])
		if !ok {
			b.WriteString("+" + s[:n])
		} else {
			b.WriteString(text)
		}
		s = strings.TrimPrefix(s[n:], "-")
	}
}

func isBase64Char(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

// decodeUTF7Run decodes one base64 run to text.
func decodeUTF7Run(run string) (string, bool) {
	if len(run)%4 == 1 {
		run = run[:len(run)-1] // leftover bits that make no whole byte
	}
	raw, err := base64.RawStdEncoding.DecodeString(run)
	if err != nil {
		return "", false
	}
	units := make([]uint16, len(raw)/2)
	for i := range units {
		units[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
	}
	return string(utf16.Decode(units)), true
}
