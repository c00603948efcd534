package intake

import (
	"net/url"
	"strings"
)

// rewrittenLink is a link a company's mail security gateway rewrote so
// that a click passes through it first: Microsoft Defender's Safe Links,
// Proofpoint's URL Defense (v2 and v3), Mimecast's URL Protect, Barracuda
// LinkProtect. Relayed as it is, such a link carries the reader's
// tenant and address to the customer and stops working for them.
var rewrittenLink = mustGate(`https?://(?:[a-z0-9-]+\.)*(?:safelinks\.protection\.outlook\.com|urldefense\.(?:proofpoint\.)?com|protect(?:-[a-z]+)?\.mimecast\.com|[a-z0-9-]*\.mimecastprotect\.com|linkprotect\.cudasvc\.com)/[^\s<>"]*`)

// labelledLink is Outlook's plain-text form of a link, its text and then
// its address in angle brackets: "https://portal.example/login<https://eur03.safelinks…>".
var labelledLink = mustGate(`(\S+)<((?:https?://|mailto:)[^\s<>]+)>`)

// unwrapLinks gives rewritten links back their own address: a link
// labelled with an address keeps its label alone, and any other
// rewritten link becomes the address it wraps where the gateway kept it
// (Safe Links, URL Defense); Mimecast's keeps only a domain, so such a
// link labelled with words stays as it is.
func unwrapLinks(text string) string {
	if !strings.Contains(text, "://") && !strings.Contains(text, "<mailto:") {
		return text
	}
	if strings.Contains(text, "<http") || strings.Contains(text, "<mailto:") {
		// Outlook's "www.shopwell.example<http://www.shopwell.example/>"
		// and "ann@x.example<mailto:ann@x.example>": the text already
		// shows the address.
		text = labelledLink.ReplaceAllStringFunc(text, func(m string) string {
			if sub := labelledLink.FindStringSubmatch(m); sameAddress(sub[1], sub[2]) {
				return sub[1]
			}
			return m
		})
	}
	if !rewrittenLink.MatchString(text) {
		return text
	}
	text = labelledLink.ReplaceAllStringFunc(text, func(m string) string {
		sub := labelledLink.FindStringSubmatch(m)
		if label := sub[1]; strings.Contains(label, "://") && rewrittenLink.MatchString(sub[2]) {
			return label // the text shows the address
		}
		return m
	})
	return rewrittenLink.ReplaceAllStringFunc(text, func(m string) string {
		link, after := trailingPunct(m)
		if orig, ok := originalLink(link); ok {
			return orig + after
		}
		return m
	})
}

// trailingPunct splits off the punctuation that ends the sentence around a
// link rather than the link: "(https://…&reserved=0), but" keeps its ")"
// and ",". A closing parenthesis stays with a link that opened one.
func trailingPunct(link string) (string, string) {
	end := len(link)
	for end > 0 {
		c := link[end-1]
		if c == ')' && strings.Count(link[:end], "(") >= strings.Count(link[:end], ")") {
			break
		}
		if !strings.ContainsRune(".,;:!?)]'", rune(c)) {
			break
		}
		end--
	}
	return link[:end], link[end:]
}

// originalLink is the address a rewritten link wraps, when the rewrite
// keeps it.
func originalLink(link string) (string, bool) {
	u, err := url.Parse(link)
	if err != nil {
		return "", false
	}
	host := strings.ToLower(u.Host)
	switch {
	case strings.HasSuffix(host, "safelinks.protection.outlook.com"):
		if v := u.Query().Get("url"); strings.HasPrefix(v, "http") {
			return v, true
		}
	case host == "urldefense.com" && strings.HasPrefix(u.Path, "/v3/__"):
		// https://urldefense.com/v3/__https://example.org/x__;!!…$ ; a
		// '*' stands for a character kept in the trailer: not decoded.
		inner := strings.TrimPrefix(link[strings.Index(link, "/v3/__"):], "/v3/__")
		if end := strings.Index(inner, "__;"); end > 0 && !strings.Contains(inner[:end], "*") {
			return inner[:end], true
		}
	case host == "linkprotect.cudasvc.com" && u.Path == "/url":
		// Barracuda LinkProtect: https://linkprotect.cudasvc.com/url?a=<escaped>&c=…
		if v := u.Query().Get("a"); strings.HasPrefix(v, "http") {
			return v, true
		}
	case host == "urldefense.proofpoint.com" && strings.HasPrefix(u.Path, "/v2/url"):
		v := u.Query().Get("u")
		v = urlDefenseV2.Replace(v)
		if s, err := url.PathUnescape(v); err == nil && strings.HasPrefix(s, "http") {
			return s, true
		}
	}
	return "", false
}

// urlDefenseV2 undoes Proofpoint's v2 encoding of the original link in
// its "u" parameter: "-" for "%", "_" for "/".
var urlDefenseV2 = strings.NewReplacer("-", "%", "_", "/")

// sameAddress reports whether a link's text shows the address it points
// to: "www.shopwell.example" for "http://www.shopwell.example/".
func sameAddress(text, href string) bool {
	trim := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, p := range []string{"https://", "http://", "mailto:"} {
			s = strings.TrimPrefix(s, p)
		}
		return strings.TrimSuffix(s, "/")
	}
	return text != "" && trim(text) == trim(href)
}
