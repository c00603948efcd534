package intake

import (
	"regexp"
	"strconv"
	"strings"
)

// Tags reads the ticket tag the gateway puts in subjects, as in
// "[ESC-123]", for one tag prefix.
type Tags struct{ re *regexp.Regexp }

// NewTags returns the tag reader of prefix ("ESC").
func NewTags(prefix string) Tags {
	// "[PREFIX-123]", "[PREFIX 123]" and "[PREFIX#123]" in any case.
	return Tags{regexp.MustCompile(`(?i)\[\s*` + regexp.QuoteMeta(prefix) + `\s*[-#: ]?\s*(\d{1,18})\s*\]`)}
}

// DefaultTags reads the default prefix, "ESC".
var DefaultTags = NewTags("ESC")

// ThreadIDs returns the Message-IDs this mail answers, most telling first:
// In-Reply-To, then References from newest to oldest (RFC 5322 section
// 3.6.4), then for a bounce or report the Message-IDs of the mail it
// returns (OriginalIDs), without duplicates. A router tries them in order to find the
// thread a reply belongs to.
func (m *Message) ThreadIDs() []string {
	ids := make([]string, 0, len(m.InReplyTo)+len(m.References))
	ids = append(ids, m.InReplyTo...)
	for i := len(m.References) - 1; i >= 0; i-- {
		ids = append(ids, m.References[i])
	}
	if m.Auto == Bounce || m.Auto == Report {
		// A bounce or a read receipt rarely says In-Reply-To; the copy
		// of the mail it reports on names it.
		ids = append(ids, m.OriginalIDs...)
	}
	return dedupe(ids)
}

// SubjectTag finds the default ticket tag ("[ESC-123]") in a subject;
// see Tags.Ticket.
func SubjectTag(subject string) (ticket int64, ok bool) { return DefaultTags.Ticket(subject) }

// Ticket finds the ticket tag in a subject and returns the ticket
// number. When several tags are present (a thread merged by hand), the
// first one counts.
func (tg Tags) Ticket(subject string) (ticket int64, ok bool) {
	sm := tg.re.FindStringSubmatch(subject)
	if sm == nil {
		return 0, false
	}
	n, err := strconv.ParseInt(sm[1], 10, 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

// replyPrefix matches one reply or forward prefix as mail clients write
// them in many languages: Re, Fwd/Fw, AW/WG (German), TR (French), RV/RE
// (Spanish), SV/VS (Nordic), R/I (Italian), Antw/Doorst (Dutch), Odp/PD
// (Polish), Ynt (Turkish), ΑΠ/ΣΧΕΤ/ΠΡΘ (Greek), Отв/Пересл (Russian),
// 回复/转发/回覆/轉寄 (Chinese), 答复 and Réf, with an optional counter
// ("Re[2]:", "Re^2:") and any brackets around it ("[Fwd: …]" keeps its
// closing bracket, which NormalizeSubject trims).
var replyPrefix = mustGate(`(?i)^\s*(?:\[\s*)?(?:re|fwd?|aw|wg|tr|rv|sv|vs|r|i|antw|doorst|odp|pd|ynt|ilt|ref|réf|rif|enc|res|vá|továbbítás|svar|vb|ΑΠ|ΣΧΕΤ|ΠΡΘ|Отв|Пересл|Fwd|回复|回覆|转发|轉寄|答复|転送|返信)\s*(?:\[\d+\]|\^\d+|\(\d+\))?\s*[:：]\s*`)

// gatewayTag matches the markers mail gateways put before subjects of
// outside or suspicious mail: "[EXTERNAL]", "[EXT]", "EXTERNAL:",
// "[SPAM]", "*****SPAM*****", "[Caution: External Sender]".
var gatewayTag = mustGate(`(?i)^\s*(\[\s*(external|ext|extern|externe|externo|esterno|spam|suspected spam|possible spam|caution[^\]]*|warning[^\]]*)\s*\]|\*+\s*(spam|external)\s*\*+|external\s*:)\s*`)

// ndrPrefix is the prefix Exchange and others put on non-delivery
// reports of a mail: "Undeliverable: <subject>".
var ndrPrefix = mustGate(`(?i)^\s*(undeliverable|undelivered|unzustellbar|non remis|no se puede entregar|non recapitabile|onbestelbaar|olevererbart|delivery (status notification|failure)( \(failure\))?)\s*[:：]\s*`)

// NormalizeSubject is Tags.Normalize for the default prefix.
func NormalizeSubject(s string) string { return DefaultTags.Normalize(s) }

// Normalize strips reply and forward prefixes in many languages,
// out-of-office and non-delivery prefixes ("Automatic reply:",
// "Undeliverable:"), the ticket tag and the markers mail gateways add
// ("[EXTERNAL]"), and
// collapses white space, so that the subjects of one thread compare
// equal: "AW: [EXTERNAL] Re: [ESC-12] Server down" → "Server down".
func (tg Tags) Normalize(s string) string {
	s = tg.re.ReplaceAllString(s, " ")
	for {
		t := gatewayTag.ReplaceAllString(replyPrefix.ReplaceAllString(s, ""), "")
		t = autoReplySubject.ReplaceAllString(t, "")
		t = ndrPrefix.ReplaceAllString(t, "")
		t = strings.TrimSpace(tg.re.ReplaceAllString(t, " "))
		if t == strings.TrimSpace(s) {
			break
		}
		s = t
	}
	s = strings.Join(strings.Fields(s), " ")
	if strings.HasSuffix(s, "]") && !strings.Contains(s, "[") {
		s = strings.TrimSpace(strings.TrimSuffix(s, "]"))
	}
	return s
}
