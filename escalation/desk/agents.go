package desk

import (
	"strings"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
)

// Agent authentication modes.
const (
	// AuthResults trusts an agent's mail only when a trusted receiving
	// server's Authentication-Results vouch for it (RFC 8601: aligned DKIM
	// or SPF pass, or DMARC pass).
	AuthResults = "authentication-results"
	// FromHeader trusts the From line alone: for test set-ups only.
	FromHeader = "from-header"
)

// Agents says who may change tickets by mail.
type Agents struct {
	// Addresses are agents' addresses ("dana@acme.example") or whole
	// domains ("@acme.example"), lower case.
	Addresses []string
	// Auth is AuthResults (the default) or FromHeader.
	Auth string
	// Trusted are the authserv-ids of the receiving servers whose
	// Authentication-Results count (e.g. "mx.google.com").
	Trusted []string
}

// configured reports whether addr is an agent's address.
func (a Agents) configured(addr string) bool {
	addr = strings.ToLower(addr)
	_, domain, _ := strings.Cut(addr, "@")
	for _, x := range a.Addresses {
		if x == addr || strings.HasPrefix(x, "@") && x[1:] == domain {
			return true
		}
	}
	return false
}

// check says whether m is a verified agent's mail, and why not.
func (a Agents) check(m *intake.Message) (escalation.Agent, string) {
	if !a.configured(m.From.Addr) {
		return escalation.NotAgent, ""
	}
	if a.Auth == FromHeader {
		return escalation.Verified, ""
	}
	v := intake.Vouch(m, a.Trusted)
	if v.Pass {
		return escalation.Verified, ""
	}
	return escalation.Unverified, v.Reason
}
