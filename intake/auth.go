package intake

import (
	"errors"
	"fmt"
	"strings"

	"github.com/emersion/go-msgauth/authres"
	"golang.org/x/net/publicsuffix"
)

// Agent authentication: an agent's mail counts only when the server that
// received it vouches for the From domain in its Authentication-Results
// header (RFC 8601). Anyone can write such a header, so only one is read: the
// topmost whose authserv-id the operator trusts (RFC 8601 §5: a receiving
// server adds its header above those it received; §7.1: headers of other
// servers, and forgeries of its own below it, are not to be believed).

// NoAuthservID, listed among the trusted ids, makes Vouch accept a header
// without an authserv-id as the receiving server's.
//
// QUIRK: Microsoft 365 (Exchange Online Protection) writes its inbound
// results without one: "Authentication-Results: spf=pass (sender IP is
// 40.107.22.51) smtp.mailfrom=contoso.com; dkim=pass (signature was
// verified) header.d=contoso.com;dmarc=pass action=none
// header.from=contoso.com;compauth=pass reason=100". The parentheses cannot
// occur in a real authserv-id, so the name collides with none.
const NoAuthservID = "(none)"

// Methods that can vouch for an agent, in the order Vouch prefers them.
const (
	MethodDMARC = "dmarc" // DMARC pass for the From domain (RFC 7489)
	MethodDKIM  = "dkim"  // DKIM pass with an aligned signing domain (RFC 6376)
	MethodSPF   = "spf"   // SPF pass with an aligned MAIL FROM domain (RFC 7208)
)

// Verdict says whether a trusted receiving server vouched for a mail's From
// domain, and how.
type Verdict struct {
	Pass bool
	// Method is MethodDMARC, MethodDKIM or MethodSPF when Pass.
	Method string
	// Domain is the authenticated domain that passed: header.from, the DKIM
	// signing domain or the MAIL FROM domain.
	Domain string
	// AuthservID is the authserv-id of the header that was read, as written;
	// "" when no trusted header was found (or it had no id, see NoAuthservID).
	AuthservID string
	// Reason says why the mail is not vouched for; "" when Pass.
	Reason string
}

// String is a one-line account for logs and warnings.
func (v Verdict) String() string {
	if v.Pass {
		return fmt.Sprintf("%s=pass for %s by %s", v.Method, v.Domain, v.idName())
	}
	return v.Reason
}

func (v Verdict) idName() string {
	if v.AuthservID == "" {
		return NoAuthservID
	}
	return v.AuthservID
}

// Vouch reads m.AuthResults (raw Authentication-Results values, topmost
// first) and passes the mail when the topmost header whose authserv-id is in
// trusted (compared case-insensitively) shows, for the domain of m.From:
//   - dmarc=pass with header.from equal to it (RFC 7489 §6.6.2), or
//   - dkim=pass with header.d (else the domain of header.i) aligned with it, or
//   - spf=pass with the domain of smtp.mailfrom aligned with it,
//
// where aligned is relaxed alignment (RFC 7489 §3.1): the same
// organizational domain. Headers from other ids are ignored, and so are
// trusted ones below the topmost: a sender can forge one below the
// receiver's own. A topmost trusted header that cannot be parsed fails.
// Vouch does no I/O.
//
// Vouch relies on the trusted server stamping every mail it accepts, above
// anything the sender wrote (RFC 8601 §5); a server that stamps nothing
// leaves a forgery of its id on top. Where a server writes its results over
// several headers (Postfix with one milter each for OpenDKIM and
// OpenDMARC), only the topmost is read, so that one must carry the passing
// result: OpenDMARC's dmarc=pass covers aligned DKIM and SPF.
func Vouch(m *Message, trusted []string) Verdict {
	from := domainOf(m.From.Addr)
	if from == "" {
		return Verdict{Reason: fmt.Sprintf("no From domain in %q", m.From.Addr)}
	}
	if len(trusted) == 0 {
		return Verdict{Reason: "no trusted authserv-id configured"}
	}
	for _, raw := range m.AuthResults {
		id, results, err := parseAuthResults(raw)
		if !isTrusted(id, trusted) {
			continue
		}
		v := Verdict{AuthservID: id}
		if err != nil {
			v.Reason = fmt.Sprintf("Authentication-Results from %s unreadable: %v", v.idName(), err)
			return v
		}
		return judge(v, results, from)
	}
	return Verdict{Reason: fmt.Sprintf("no Authentication-Results from a trusted server (%s)", strings.Join(trusted, ", "))}
}

func isTrusted(id string, trusted []string) bool {
	if id == "" {
		id = NoAuthservID
	}
	for _, t := range trusted {
		if strings.EqualFold(strings.TrimSpace(t), id) {
			return true
		}
	}
	return false
}

// judge looks for a passing, aligned result in the trusted header, in the
// order dmarc, dkim, spf, and otherwise explains what it saw.
func judge(v Verdict, results []authres.Result, from string) Verdict {
	for _, method := range []string{MethodDMARC, MethodDKIM, MethodSPF} {
		for _, r := range results {
			if domain, ok := passes(r, method, from); ok {
				v.Pass, v.Method, v.Domain = true, method, domain
				return v
			}
		}
	}
	var seen, misaligned []string
	for _, r := range results {
		method, value, domain := describe(r)
		if method == "" {
			continue
		}
		if value == authres.ResultPass {
			misaligned = append(misaligned, notAligned(method, domain, from))
			continue
		}
		seen = append(seen, method+"="+string(value))
	}
	if len(seen) == 0 && len(misaligned) == 0 {
		v.Reason = fmt.Sprintf("%s reports no dkim, spf or dmarc result", v.idName())
		return v
	}
	if len(seen) > 0 {
		misaligned = append(misaligned, strings.Join(seen, " "))
	}
	v.Reason = strings.Join(misaligned, "; ")
	return v
}

// passes reports whether r is a pass of method whose domain aligns with
// from, and returns that domain.
func passes(r authres.Result, method, from string) (string, bool) {
	m, value, domain := describe(r)
	if m != method || value != authres.ResultPass || domain == "" {
		return "", false
	}
	if method == MethodDMARC {
		// DMARC is evaluated for the From domain itself (RFC 7489 §3.1),
		// so its header.from must be that domain.
		return domain, domain == from
	}
	return domain, aligned(domain, from)
}

// describe returns the method, the result and the domain that result is
// about, for the three methods that can vouch; method is "" for others.
func describe(r authres.Result) (method string, value authres.ResultValue, domain string) {
	switch r := r.(type) {
	case *authres.DMARCResult:
		return MethodDMARC, r.Value, domainOf(r.From)
	case *authres.DKIMResult:
		d := domainOf(r.Domain)
		if d == "" {
			d = domainOf(r.Identifier) // header.i is [local-part] "@" domain
		}
		return MethodDKIM, r.Value, d
	case *authres.SPFResult:
		return MethodSPF, r.Value, domainOf(r.From)
	}
	return "", "", ""
}

func notAligned(method, domain, from string) string {
	prop := map[string]string{MethodDMARC: "header.from", MethodDKIM: "d", MethodSPF: "smtp.mailfrom"}[method]
	if domain == "" {
		return fmt.Sprintf("%s=pass without %s", method, prop)
	}
	return fmt.Sprintf("%s=pass for %s=%s, not aligned with %s", method, prop, domain, from)
}

// aligned is DMARC's relaxed alignment (RFC 7489 §3.1.1): both domains have
// the same organizational domain, here the public suffix plus one label
// (RFC 7489 §3.2). A domain that is itself a public suffix aligns only with
// itself.
func aligned(a, b string) bool {
	if a == b {
		return true
	}
	oa, errA := publicsuffix.EffectiveTLDPlusOne(a)
	ob, errB := publicsuffix.EffectiveTLDPlusOne(b)
	return errA == nil && errB == nil && oa == ob
}

// domainOf returns the lower-cased domain of an address, an "@domain"
// identity or a bare domain, without angle brackets, quotes or a final dot;
// "" when there is none.
func domainOf(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	} else {
		s = strings.Trim(s, `"`)
	}
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	if s == "" || strings.ContainsAny(s, "\" \t\r\n;()<>@,") {
		return ""
	}
	return s
}

// parseAuthResults parses one Authentication-Results value (RFC 8601 §2.2)
// into its authserv-id and results. A value whose first element is already
// a result has no authserv-id (see NoAuthservID); id is then "". The id is
// returned even when the results cannot be parsed, so that a broken header
// from a trusted server fails instead of being skipped.
func parseAuthResults(raw string) (id string, results []authres.Result, err error) {
	v, err := tidyAuthResults(raw)
	if err != nil {
		return crudeID(raw), nil, err
	}
	head, _, _ := strings.Cut(v, ";")
	if strings.Contains(head, "=") {
		// QUIRK: no authserv-id (Microsoft 365); give authres one to skip.
		_, results, err = authres.Parse("x; " + v)
		return "", results, wrapAuthres(err)
	}
	id, results, err = authres.Parse(v)
	if err != nil {
		return crudeID(v), nil, wrapAuthres(err)
	}
	return unquote(id), results, nil
}

func wrapAuthres(err error) error {
	if err != nil {
		return fmt.Errorf("authres: %w", err)
	}
	return nil
}

// crudeID is the first word of raw before any ";": the authserv-id a
// malformed header claims.
func crudeID(raw string) string {
	head, _, _ := strings.Cut(raw, ";")
	if f := strings.Fields(head); len(f) > 0 {
		return unquote(f[0])
	}
	return ""
}

func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s[1 : len(s)-1]
	}
	return s
}

// Errors of tidyAuthResults.
var (
	errUnbalancedComment = errors.New("unbalanced parenthesis in comment")
	errUnterminatedQuote = errors.New("unterminated quoted string")
)

// tidyAuthResults removes the comments (RFC 5322 §3.2.2, nested, with
// quoted-pairs) that RFC 8601 allows anywhere, and masks whitespace, ";"
// and parentheses inside quoted strings with "_". authres.Parse splits on
// ";" and whitespace and does not know comments, so without this a comment
// such as OpenDKIM's "(2048-bit key; unprotected)" breaks the header, and a
// quoted local-part in smtp.mailfrom could smuggle in a result of its own.
// Masking changes no domain: domains hold none of those characters.
func tidyAuthResults(raw string) (string, error) {
	var b strings.Builder
	b.Grow(len(raw))
	depth, quoted := 0, false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case quoted:
			switch {
			case c == '\\':
				i++
				b.WriteByte('_')
			case c == '"':
				quoted = false
				b.WriteByte(c)
			case strings.IndexByte(" \t\r\n;()", c) >= 0:
				b.WriteByte('_')
			default:
				b.WriteByte(c)
			}
		case depth > 0:
			switch c {
			case '\\':
				i++
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					b.WriteByte(' ')
				}
			}
		case c == '(':
			depth++
		case c == ')':
			return "", errUnbalancedComment
		case c == '"':
			quoted = true
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	switch {
	case depth > 0:
		return "", errUnbalancedComment
	case quoted:
		return "", errUnterminatedQuote
	}
	return b.String(), nil
}
