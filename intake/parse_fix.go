package intake

import (
	"mime"
	"strings"

	"github.com/emersion/go-message"
)

// fixEntityHeader corrects the misspelt Content-Transfer-Encoding and
// charset values that real mail carries, before go-message decodes the
// body, so that the text is decoded instead of kept raw. It changes only
// values that go-message would refuse, and records each change.
func fixEntityHeader(m *Message, h *message.Header) {
	if cte := h.Get("Content-Transfer-Encoding"); cte != "" {
		switch fixed, ok := fixTransferEncoding(cte); {
		case !ok:
		case fixed == "":
			m.warn("content-transfer-encoding %q unknown, body kept undecoded", truncate(cte, 40))
			h.Del("Content-Transfer-Encoding")
		default:
			m.warn("content-transfer-encoding %q read as %s", truncate(cte, 40), fixed)
			h.Set("Content-Transfer-Encoding", fixed)
		}
	}
	fixCharset(m, h)
}

// fixTransferEncoding maps a Content-Transfer-Encoding value (RFC 2045
// section 6.1) to one go-message knows: "quoted printable" and
// "quoted-printable;" to quoted-printable, "7-bit" and "8bits" to the
// identity, and any other unknown value to the identity ("", true), the
// best guess for text. It returns ok false for values already valid.
func fixTransferEncoding(v string) (string, bool) {
	if s := strings.ToLower(strings.TrimSpace(v)); s == "7bit" || s == "8bit" || s == "binary" ||
		s == "quoted-printable" || s == "base64" {
		return s, false
	}
	s := strings.ToLower(strings.Trim(strings.TrimSpace(v), `;"'`))
	switch s {
	case "7bit", "8bit", "binary", "quoted-printable", "base64":
		return s, true
	case "7-bit", "7 bit", "7bits", "8-bit", "8 bit", "8bits":
		return "", true
	}
	switch {
	case strings.Contains(s, "quoted") || s == "qp":
		return "quoted-printable", true
	case strings.Contains(s, "base64") || s == "b64":
		return "base64", true
	}
	return "", true
}

// fixCharset removes a doubled "charset=" prefix and quotes from the
// charset parameter ("charset=charset=us-ascii").
func fixCharset(m *Message, h *message.Header) {
	ct := h.Get("Content-Type")
	t, params, err := mime.ParseMediaType(ct)
	if err != nil || params["charset"] == "" {
		return
	}
	cs := params["charset"]
	fixed := strings.Trim(strings.TrimSpace(cs), `"'`)
	for strings.HasPrefix(strings.ToLower(fixed), "charset=") {
		fixed = strings.Trim(fixed[len("charset="):], `"'`)
	}
	if fixed != cs && fixed != "" {
		m.warn("charset %q read as %q", truncate(cs, 40), fixed)
		params["charset"] = fixed
		h.SetContentType(t, params)
	}
}
