package escalation

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strconv"
	"strings"
)

// Message-IDs of the gateway's own mail name their installation, their
// ticket and their kind, and carry an HMAC, so that a reply's
// In-Reply-To/References thread it to the right ticket and a forged ID
// does not (RFC 5322 §3.6.4 msg-id, dot-atom-text on the left):
//
//	esc.<installation>.<ticket>.<kind>.<n>.<mac>@<domain>
//
// The installation id is created once in the store, so a rebuilt or
// migrated database never reuses an ID and a reply to an old
// installation's mail never threads into a new ticket.

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// IDs signs and reads the gateway's Message-IDs.
type IDs struct {
	Secret       []byte
	Installation string // lower-case letters and digits
	Domain       string // right side of the IDs
}

func (ids IDs) mac(ticket int64, kind MailKind, n int64) string {
	h := hmac.New(sha256.New, ids.Secret)
	fmt.Fprintf(h, "%s|%d|%s|%d", ids.Installation, ticket, kind, n)
	return strings.ToLower(b32.EncodeToString(h.Sum(nil)[:10]))
}

// MessageID returns the deterministic Message-ID (without brackets) of a
// mail of kind about ticket (0 for mail about no ticket); n tells apart
// mails of one kind on one ticket. The same arguments give the same ID,
// so a decision applied twice queues one mail.
func (ids IDs) MessageID(ticket int64, kind MailKind, n int64) string {
	return fmt.Sprintf("esc.%s.%d.%s.%d.%s@%s", ids.Installation, ticket, kind, n, ids.mac(ticket, kind, n), ids.Domain)
}

// Ticket returns the ticket a Message-ID of this installation names; ok
// is false for any other ID, a forged one, or one of another installation.
func (ids IDs) Ticket(id string) (ticket int64, ok bool) {
	local, _, found := strings.Cut(strings.Trim(id, "<> "), "@")
	if !found {
		return 0, false
	}
	f := strings.Split(local, ".")
	if len(f) != 6 || f[0] != "esc" || f[1] != ids.Installation {
		return 0, false
	}
	t, err1 := strconv.ParseInt(f[2], 10, 64)
	n, err2 := strconv.ParseInt(f[4], 10, 64)
	if err1 != nil || err2 != nil || t <= 0 {
		return 0, false
	}
	if !hmac.Equal([]byte(f[5]), []byte(ids.mac(t, MailKind(f[3]), n))) {
		return 0, false
	}
	return t, true
}

// Tag returns a ticket's tag, e.g. "ESC-12".
func Tag(prefix string, id int64) string { return prefix + "-" + strconv.FormatInt(id, 10) }
