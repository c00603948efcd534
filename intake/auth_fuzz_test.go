package intake

import (
	"strings"
	"testing"
)

// FuzzVouch checks what must hold for any header: no panic; a pass names a
// method, a domain aligned with the From domain and a trusted id; what lies
// below the topmost trusted header never changes the verdict; and a tidied
// value holds no parenthesis.
func FuzzVouch(f *testing.F) {
	for _, v := range []string{gmailPass, gmailFail, gmailDKIMOnly, microsoftPass, microsoftFail,
		fastmailPass, openDMARCPass, openDKIMPass, openDKIMFail, "", "mx.google.com; none", "(", `"`} {
		f.Add(v, gmailPass, "dana@acme.example")
	}
	f.Add(`mx.google.com; spf=pass smtp.mailfrom="x;dmarc=pass header.from=acme.example"@evil.example`, "", "dana@acme.example")
	trusted := []string{"mx.google.com", "mx.support.example", NoAuthservID}
	f.Fuzz(func(t *testing.T, top, below, from string) {
		if s, err := tidyAuthResults(top); err == nil && strings.ContainsAny(s, "()") {
			t.Errorf("tidyAuthResults(%q) = %q, keeps a parenthesis", top, s)
		}
		m := &Message{From: Address{Addr: from}, AuthResults: []string{top, below}}
		v := Vouch(m, trusted)
		if v.Pass {
			if v.Reason != "" || v.Method == "" || !aligned(v.Domain, domainOf(from)) || !isTrusted(v.AuthservID, trusted) {
				t.Errorf("Vouch(%q, %q, From %q) = %+v: inconsistent pass", top, below, from, v)
			}
		} else if v.Reason == "" {
			t.Errorf("Vouch(%q, %q, From %q) = %+v: a failure without a reason", top, below, from, v)
		}
		if id, _, _ := parseAuthResults(top); isTrusted(id, trusted) {
			alone := Vouch(&Message{From: m.From, AuthResults: []string{top}}, trusted)
			if alone != v {
				t.Errorf("Vouch(%q, %q) = %+v, but %+v without the header below", top, below, v, alone)
			}
		}
	})
}
