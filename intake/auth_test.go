package intake

import (
	"os"
	"path/filepath"
	"testing"
)

// Real-world shapes of Authentication-Results, folded as the servers fold
// them. The agent writes from acme.example; the support mailbox is hosted
// by the receiver named in each.
const (
	gmailPass = "mx.google.com;\r\n" +
		"       dkim=pass header.i=@acme.example header.s=20230601 header.b=Xb3kLm9Q;\r\n" +
		"       arc=pass (i=1 spf=pass spfdomain=acme.example dkim=pass dkdomain=acme.example dmarc=pass fromdomain=acme.example);\r\n" +
		"       spf=pass (google.com: domain of dana@acme.example designates 209.85.220.41 as permitted sender) smtp.mailfrom=dana@acme.example;\r\n" +
		"       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=acme.example"
	gmailFail = "mx.google.com;\r\n" +
		"       dkim=fail header.i=@acme.example header.s=20230601 header.b=Xb3kLm9Q;\r\n" +
		"       spf=fail (google.com: domain of dana@acme.example does not designate 203.0.113.9 as permitted sender) smtp.mailfrom=dana@acme.example;\r\n" +
		"       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=acme.example"
	// Gmail when DMARC has no record: only DKIM, signed by the domain
	// (header.i only, no header.d).
	gmailDKIMOnly = "mx.google.com;\r\n" +
		"       dkim=pass header.i=@acme.example header.s=s1 header.b=Qw12Er34;\r\n" +
		"       spf=softfail (google.com: domain of transitioning dana@acme.example does not designate 198.51.100.7 as permitted sender) smtp.mailfrom=dana@acme.example"
	microsoftPass = "spf=pass (sender IP is 209.85.128.54)\r\n" +
		" smtp.mailfrom=acme.example; dkim=pass (signature was verified)\r\n" +
		" header.d=acme.example;dmarc=pass action=none header.from=acme.example;compauth=pass\r\n" +
		" reason=100"
	microsoftFail = "spf=fail (sender IP is 203.0.113.9)\r\n" +
		" smtp.mailfrom=acme.example; dkim=none (message not signed)\r\n" +
		" header.d=none;dmarc=fail action=quarantine header.from=acme.example;compauth=fail\r\n" +
		" reason=000"
	fastmailPass = "mx6.messagingengine.com;\r\n" +
		"    dkim=pass (2048-bit rsa key sha256) header.d=acme.example header.i=@acme.example header.b=AbCdEf12 header.a=rsa-sha256 header.s=fm1 x-bits=2048;\r\n" +
		"    dmarc=pass policy.published-domain-policy=none policy.applied-disposition=none policy.evaluated-disposition=none (p=none,d=none,d.eval=none) policy.policy-from=p header.from=acme.example;\r\n" +
		"    iprev=pass smtp.remote-ip=66.111.4.25 (out1-smtp.messagingengine.com);\r\n" +
		"    spf=pass smtp.mailfrom=dana@acme.example smtp.helo=out1-smtp.messagingengine.com;\r\n" +
		"    x-aligned-from=pass (Address match);\r\n" +
		"    x-me-sender=none"
	// Postfix with OpenDMARC and OpenDKIM: one header per milter, the same id.
	openDMARCPass = "mx.support.example; dmarc=pass (p=reject dis=none) header.from=acme.example"
	openDKIMPass  = "mx.support.example;\r\n" +
		"\tdkim=pass (2048-bit key; unprotected) header.d=acme.example header.i=@acme.example header.a=rsa-sha256 header.s=mail header.b=kQ2xYz9A;\r\n" +
		"\tdkim-atps=neutral"
	openDKIMFail = "mx.support.example;\r\n" +
		"\tdkim=fail reason=\"signature verification failed\" (2048-bit key; unprotected) header.d=acme.example header.i=@acme.example header.a=rsa-sha256 header.s=mail header.b=kQ2xYz9A"
)

var (
	google    = []string{"mx.google.com"}
	postfixMX = []string{"mx.support.example"}
)

func TestVouch(t *testing.T) {
	tests := []struct {
		name    string
		from    string
		ar      []string // topmost first
		trusted []string
		want    Verdict
	}{
		{"gmail dmarc pass", "dana@acme.example", []string{gmailPass}, google,
			Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example", AuthservID: "mx.google.com"}},
		{"gmail dkim by header.i", "dana@acme.example", []string{gmailDKIMOnly}, google,
			Verdict{Pass: true, Method: MethodDKIM, Domain: "acme.example", AuthservID: "mx.google.com"}},
		{"gmail all fail", "dana@acme.example", []string{gmailFail}, google,
			Verdict{AuthservID: "mx.google.com", Reason: "dkim=fail spf=fail dmarc=fail"}},
		{"gmail id case-insensitive", "Dana@ACME.example", []string{gmailPass}, []string{"MX.Google.COM"},
			Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example", AuthservID: "mx.google.com"}},
		{"microsoft 365 without authserv-id, trusted", "dana@acme.example", []string{microsoftPass}, []string{NoAuthservID},
			Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example"}},
		{"microsoft 365 without authserv-id, not trusted", "dana@acme.example", []string{microsoftPass}, google,
			Verdict{Reason: "no Authentication-Results from a trusted server (mx.google.com)"}},
		{"microsoft 365 fail", "dana@acme.example", []string{microsoftFail}, []string{NoAuthservID},
			Verdict{Reason: "spf=fail dkim=none dmarc=fail"}},
		{"fastmail pass", "dana@acme.example", []string{fastmailPass}, []string{"mx6.messagingengine.com"},
			Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example", AuthservID: "mx6.messagingengine.com"}},
		{"postfix opendmarc on top", "dana@acme.example", []string{openDMARCPass, openDKIMPass}, postfixMX,
			Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example", AuthservID: "mx.support.example"}},
		{"postfix opendkim comment with semicolon", "dana@acme.example", []string{openDKIMPass}, postfixMX,
			Verdict{Pass: true, Method: MethodDKIM, Domain: "acme.example", AuthservID: "mx.support.example"}},
		{"postfix opendkim fail with quoted reason", "dana@acme.example", []string{openDKIMFail}, postfixMX,
			Verdict{AuthservID: "mx.support.example", Reason: "dkim=fail"}},

		// Forgeries.
		{"forged pass below the receiver's fail", "dana@acme.example", []string{gmailFail,
			"mx.google.com; dkim=pass header.d=acme.example; spf=pass smtp.mailfrom=acme.example; dmarc=pass header.from=acme.example"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "dkim=fail spf=fail dmarc=fail"}},
		{"forged pass below the receiver's, which has none", "dana@acme.example", []string{"mx.google.com; none",
			"mx.google.com; dmarc=pass header.from=acme.example"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "mx.google.com reports no dkim, spf or dmarc result"}},
		{"sender's own trusted-looking header, no receiver header", "dana@acme.example", []string{
			"mx.google.com.acme.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example",
			"mx.acme.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example"},
			google, Verdict{Reason: "no Authentication-Results from a trusted server (mx.google.com)"}},
		{"untrusted relay's pass above the receiver's fail", "dana@acme.example", []string{
			"relay.internal.example; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example", gmailFail},
			google, Verdict{AuthservID: "mx.google.com", Reason: "dkim=fail spf=fail dmarc=fail"}},
		{"quoted local-part smuggling a result", "dana@acme.example", []string{
			`mx.google.com; spf=pass smtp.mailfrom="x;dmarc=pass header.from=acme.example"@evil.example`},
			google, Verdict{AuthservID: "mx.google.com", Reason: "spf=pass for smtp.mailfrom=evil.example, not aligned with acme.example"}},
		{"comment smuggling a property", "dana@acme.example", []string{
			"mx.google.com; dkim=pass header.d=evil.example (header.d=acme.example)"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "dkim=pass for d=evil.example, not aligned with acme.example"}},

		// Alignment.
		{"dkim pass for another domain", "dana@acme.example", []string{
			"mx.google.com; dkim=pass header.d=evil.example header.s=s1; spf=fail smtp.mailfrom=acme.example; dmarc=fail header.from=acme.example"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "dkim=pass for d=evil.example, not aligned with acme.example; spf=fail dmarc=fail"}},
		{"esp signature and the domain's own", "dana@acme.example", []string{
			"mx.google.com; dkim=pass header.d=sendgrid.net; dkim=pass header.d=acme.example; spf=pass smtp.mailfrom=bounces@sendgrid.net"},
			google, Verdict{Pass: true, Method: MethodDKIM, Domain: "acme.example", AuthservID: "mx.google.com"}},
		{"spf pass aligned only", "dana@acme.example", []string{
			"mx.google.com; dkim=none; spf=pass smtp.mailfrom=<bounce+123@mail.acme.example>; dmarc=none header.from=acme.example"},
			google, Verdict{Pass: true, Method: MethodSPF, Domain: "mail.acme.example", AuthservID: "mx.google.com"}},
		{"relaxed alignment under a two-label suffix", "dana@support.acme.co.uk", []string{
			"mx.google.com; dkim=pass header.d=acme.co.uk"},
			google, Verdict{Pass: true, Method: MethodDKIM, Domain: "acme.co.uk", AuthservID: "mx.google.com"}},
		{"same public suffix is not alignment", "dana@acme.co.uk", []string{
			"mx.google.com; dkim=pass header.d=evil.co.uk; spf=pass smtp.mailfrom=co.uk"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "dkim=pass for d=evil.co.uk, not aligned with acme.co.uk; spf=pass for smtp.mailfrom=co.uk, not aligned with acme.co.uk"}},
		{"private suffix (github.io) is not alignment", "dana@acme.github.io", []string{
			"mx.google.com; dkim=pass header.d=evil.github.io"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "dkim=pass for d=evil.github.io, not aligned with acme.github.io"}},
		{"dmarc pass for a subdomain is not for the From domain", "dana@acme.example", []string{
			"mx.google.com; dmarc=pass header.from=mail.acme.example"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "dmarc=pass for header.from=mail.acme.example, not aligned with acme.example"}},
		{"dmarc quoted header.from", "dana@acme.example", []string{
			`mx.google.com 1; dmarc=pass header.from="acme.example"`},
			google, Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example", AuthservID: "mx.google.com"}},
		{"spf pass with null sender", "dana@acme.example", []string{
			"mx.google.com; spf=pass smtp.mailfrom=<>"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "spf=pass without smtp.mailfrom"}},
		{"dmarc bestguesspass is not pass", "dana@acme.example", []string{
			"mx.google.com; dmarc=bestguesspass header.from=acme.example"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "dmarc=bestguesspass"}},

		// Malformed values never pass, and do not let a lower header count.
		{"unbalanced comment", "dana@acme.example", []string{
			"mx.google.com; dkim=pass (oops header.d=acme.example", gmailPass},
			google, Verdict{AuthservID: "mx.google.com", Reason: "Authentication-Results from mx.google.com unreadable: unbalanced parenthesis in comment"}},
		{"result without a value", "dana@acme.example", []string{
			"mx.google.com; dkim; dmarc=pass header.from=acme.example"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "Authentication-Results from mx.google.com unreadable: authres: msgauth: malformed authentication method and value"}},
		{"unknown version", "dana@acme.example", []string{
			"mx.google.com 2; dmarc=pass header.from=acme.example"},
			google, Verdict{AuthservID: "mx.google.com", Reason: "Authentication-Results from mx.google.com unreadable: authres: msgauth: unsupported version"}},
		{"unterminated quote", "dana@acme.example", []string{
			`mx.google.com; dmarc=pass header.from="acme.example`},
			google, Verdict{AuthservID: "mx.google.com", Reason: "Authentication-Results from mx.google.com unreadable: unterminated quoted string"}},
		{"empty and garbage headers are someone else's", "dana@acme.example", []string{"", ";;;", "(", gmailPass},
			google, Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example", AuthservID: "mx.google.com"}},

		// Nothing to go on.
		{"no headers", "dana@acme.example", nil, []string{"mx.google.com", "mx.support.example"},
			Verdict{Reason: "no Authentication-Results from a trusted server (mx.google.com, mx.support.example)"}},
		{"nothing trusted", "dana@acme.example", []string{gmailPass}, nil,
			Verdict{Reason: "no trusted authserv-id configured"}},
		{"no From", "", []string{gmailPass}, google, Verdict{Reason: `no From domain in ""`}},
	}
	for _, tt := range tests {
		m := &Message{From: Address{Addr: tt.from}, AuthResults: tt.ar}
		if got := Vouch(m, tt.trusted); got != tt.want {
			t.Errorf("%s: Vouch = %#v,\n\twant %#v", tt.name, got, tt.want)
		}
	}
}

// TestVouchParsed reads the headers through Parse: AuthResults must be in
// header order, topmost first, or the forgery below would count.
func TestVouchParsed(t *testing.T) {
	tests := []struct {
		file string
		want Verdict
	}{
		{"auth-forged-below-trusted.eml", Verdict{AuthservID: "mx.google.com", Reason: "dkim=fail spf=fail dmarc=fail"}},
		{"auth-gmail-agent.eml", Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example", AuthservID: "mx.google.com"}},
	}
	for _, tt := range tests {
		raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(raw, ParseOptions{})
		if err != nil {
			t.Fatalf("Parse(%s): %v", tt.file, err)
		}
		if got := Vouch(m, google); got != tt.want {
			t.Errorf("Vouch(%s) = %#v,\n\twant %#v", tt.file, got, tt.want)
		}
	}
}

func TestVerdictString(t *testing.T) {
	tests := []struct {
		v    Verdict
		want string
	}{
		{Verdict{Pass: true, Method: MethodDKIM, Domain: "acme.example", AuthservID: "mx.google.com"}, "dkim=pass for acme.example by mx.google.com"},
		{Verdict{Pass: true, Method: MethodDMARC, Domain: "acme.example"}, "dmarc=pass for acme.example by (none)"},
		{Verdict{Reason: "dkim=fail"}, "dkim=fail"},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestTidyAuthResults(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"a; dkim=pass (1024-bit key; secure) header.d=x", "a; dkim=pass   header.d=x", nil},
		{"a (nested (comment) here) ; spf=pass", "a   ; spf=pass", nil},
		{`a; x=pass (escaped \) paren) y=1`, "a; x=pass   y=1", nil},
		{`a; spf=pass smtp.mailfrom="b c;d(e)"@x`, `a; spf=pass smtp.mailfrom="b_c_d_e_"@x`, nil},
		{`a; r="q\"q" k=v`, `a; r="q_q" k=v`, nil},
		{`a; r="(not a comment)"`, `a; r="_not_a_comment_"`, nil},
		{"a; x=pass (open", "", errUnbalancedComment},
		{"a; x=pass close)", "", errUnbalancedComment},
		{`a; x="open`, "", errUnterminatedQuote},
		{`a; x="esc\`, "", errUnterminatedQuote},
	}
	for _, tt := range tests {
		got, err := tidyAuthResults(tt.in)
		if got != tt.want || err != tt.err {
			t.Errorf("tidyAuthResults(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestDomainOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"dana@Acme.Example", "acme.example"},
		{"@acme.example", "acme.example"},
		{"acme.example.", "acme.example"},
		{"<bounce@mail.acme.example>", "mail.acme.example"},
		{`"x@acme.example"@evil.example`, "evil.example"},
		{`"acme.example"`, "acme.example"},
		{"<>", ""},
		{"", ""},
		{"a b", ""},
		{"x@", ""},
	}
	for _, tt := range tests {
		if got := domainOf(tt.in); got != tt.want {
			t.Errorf("domainOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAligned(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"acme.example", "acme.example", true},
		{"mail.acme.example", "acme.example", true},
		{"acme.com", "eu.acme.com", true},
		{"acme.co.uk", "evil.co.uk", false},
		{"co.uk", "acme.co.uk", false},
		{"acme.com", "acme.net", false},
		{"localhost", "localhost", true},
		{"", "acme.example", false},
	}
	for _, tt := range tests {
		if got := aligned(tt.a, tt.b); got != tt.want {
			t.Errorf("aligned(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
