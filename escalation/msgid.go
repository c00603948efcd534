package escalation

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strconv"
	"strings"
)

// Message-IDs of the gateway's own mail name their ticket and carry an
// HMAC, so a reply's In-Reply-To/References thread it to the right ticket
// and a forged ID does not: esc.<ticket>.<kind>.<n>.<mac>@<domain>
// (RFC 5322 §3.6.4 msg-id, dot-atom-text on the left).

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

func mac(secret []byte, ticket int64, kind string, n int) string {
	h := hmac.New(sha256.New, secret)
	fmt.Fprintf(h, "%d|%s|%d", ticket, kind, n)
	return strings.ToLower(b32.EncodeToString(h.Sum(nil)[:10]))
}

// MessageID returns the deterministic Message-ID (without brackets) of the
// n-th mail of kind about ticket. The same arguments give the same ID, so
// a decision made twice queues one mail.
func MessageID(secret []byte, domain string, ticket int64, kind string, n int) string {
	return fmt.Sprintf("esc.%d.%s.%d.%s@%s", ticket, kind, n, mac(secret, ticket, kind, n), domain)
}

// TicketOfMessageID returns the ticket a Message-ID of ours names; ok is
// false for other IDs and for ours with a wrong HMAC.
func TicketOfMessageID(secret []byte, id string) (ticket int64, ok bool) {
	local, _, found := strings.Cut(strings.Trim(id, "<> "), "@")
	if !found {
		return 0, false
	}
	f := strings.Split(local, ".")
	if len(f) != 5 || f[0] != "esc" {
		return 0, false
	}
	t, err1 := strconv.ParseInt(f[1], 10, 64)
	n, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil {
		return 0, false
	}
	if !hmac.Equal([]byte(f[4]), []byte(mac(secret, t, f[2], n))) {
		return 0, false
	}
	return t, true
}
