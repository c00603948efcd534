package intake

import (
	"strings"
)

// forwardPrefix matches the subject prefixes mail clients put on a
// forward: "Fwd:", "FW:", "WG:" (German), "TR:" (French), "RV:" (Spanish),
// "ENC:" (Portuguese), "I:" (Italian), "Doorst:" (Dutch), "VB:" (Swedish),
// "VS:" (Danish, Norwegian: forwardSubject), "VL:" (Finnish), "PD:" (Polish), "İLT:" (Turkish), "Пересл:",
// "转发:", "轉寄:", "転送:", and Outlook's right-to-left and Greek ones,
// "העבר:" (Hebrew), "إعادة توجيه:" (Arabic), "ΠΡΘ:" (Greek), after a
// reply's "השב:", "رد:" or "ΑΠ:" as after "RE:".
var forwardPrefix = mustGate(`(?i)^\s*(?:(?:re|aw|sv|antw|השב|رد|απ)\s*:\s*)*(?:\[\s*)?(?:fwd?|wg|tr|rv|enc|i|doorst|vb|vs|vl|pd|ilt|İlt|továbbítás|Пересл|转发|轉寄|転送|העבר|إعادة توجيه|πρθ)\s*(?:\[\d+\])?\s*[:：]`)

// forwardSubject reports whether a mail's subject marks it as a forward.
// "VS:" alone is two things: a reply in Finnish ("vastaus") and
// Hungarian ("válasz") Outlook, a forward in Danish and Norwegian
// ("videresendt"). Outlook sets In-Reply-To on a reply and not on a
// forward, so a mail under "VS:" that answers another is a reply. One
// that carries no In-Reply-To (a gateway or an archive dropped it) is
// told by the header block its client wrote above the mail below
// (text): the client that writes "VS:" writes its labels in the same
// language, so a block whose sender's label is Finnish or Hungarian
// ("Lähettäjä:", "Feladó:") is under a reply's "VS:"; a Danish or
// Norwegian one ("Fra:") is under a forward's.
func forwardSubject(subject string, inReplyTo []string, text string) bool {
	if !forwardPrefix.MatchString(subject) {
		return false
	}
	p, _, _ := strings.Cut(strings.TrimSpace(subject), ":")
	if !strings.EqualFold(strings.TrimSpace(p), "vs") {
		return true
	}
	return len(inReplyTo) == 0 && !vsReplyLabel.MatchString(text)
}

// vsReplyLabel is the sender's label of the header block Finnish and
// Hungarian Outlook write above the mail answered, at the start of a
// line: read only under a subject's "VS:" with no In-Reply-To.
var vsReplyLabel = mustGate(`(?im)^[\s*>]*(lähettäjä|feladó)\s*:`)

// forwardWords mark a separator line as a forward rather than a reply's
// "Original Message", in the languages of markerPhrases and of the
// decorated separators (markDecoratedMarkers: "---------- Mesazhi i
// përcjellë ---------", "---------- Proslijeđena poruka ----------").
var forwardWords = []string{"forward", "weitergeleitet", "transféré", "réexpédié", "reenviado", "inoltrato",
	"doorgestuurd", "vidarebefordrat", "videresendt", "välitetty", "przekazana", "przekazywanej", "encaminhada",
	"reencaminhada", "пересылаемое", "переслане", "přeposlaná", "přeposlané", "továbbított", "iletilen", "转发", "轉寄", "転送",
	"përcjellë", "proslijeđen", "prosleđen", "прослеђен", "препратен", "redirecționat", "προωθημένο", "posredovan", "persiųst", "pārsūtīt", "edastatud"}

// ForwardedText returns the new text of the message a forward carries
// below its sender's comment: the part VisibleText leaves out of
// "Please look at this. ---------- Forwarded message ---------- … The
// server is down.". It is "" when the mail is not a forward, or when the
// forward has no comment (VisibleText then keeps the forwarded text
// itself). A ticket opened from a forward is judged on both: the forwarder
// writes "see below", the customer below says what is broken.
func ForwardedText(subject, text string) string {
	lines := splitLines(text)
	at := forwardAt(lines, subject)
	if at < 0 {
		return ""
	}
	// The forwarded mail is sometimes quoted as a whole ("> " on every
	// line): unquote one level so that its own history stays quoted.
	rest := lines[at:]
	quoted := 0
	for _, l := range rest {
		if strings.HasPrefix(l, ">") {
			quoted++
		}
	}
	if quoted*2 > len(rest) {
		for i, l := range rest {
			rest[i] = strings.TrimPrefix(strings.TrimPrefix(l, ">"), " ")
		}
	}
	// Skip the separator and the forwarded mail's header fields.
	kinds := classifyLines(rest)
	i := 0
	for i < len(rest) && (kinds[i] != kText || headerFieldRe.MatchString(rest[i])) {
		i++
	}
	fwd := VisibleText(strings.Join(rest[i:], "\n"))
	if fwd == "" || fwd == VisibleText(text) {
		return ""
	}
	return fwd
}

// forwardAt is the index of the line that starts the forwarded message
// below some new text, or -1: a forwarded-message separator, or on a
// forward subject any separator or embedded header block.
func forwardAt(lines []string, subject string) int {
	fwdSubject := forwardPrefix.MatchString(subject)
	if !fwdSubject && !anyForwardWord(lines) {
		// Without a forward subject only a separator naming the forward
		// starts one: no line names it, so none is there to find, and
		// reading every line's kind would be wasted (it is most of the
		// cost of a long mail).
		return -1
	}
	kinds := classifyLines(lines)
	seenText := false
	for i, k := range kinds {
		switch {
		case k == kText:
			seenText = true
		case !seenText:
		case k == kMarker && (fwdSubject || hasForwardWord(lines[i])):
			return i
		case fwdSubject && (k == kHeaderBlock || k == kQuoteHeader):
			return i
		}
	}
	return -1
}

// anyForwardWord reports whether any line names a forward.
func anyForwardWord(lines []string) bool {
	for _, l := range lines {
		if hasForwardWord(l) {
			return true
		}
	}
	return false
}

func hasForwardWord(l string) bool {
	l = strings.ToLower(l)
	for _, w := range forwardWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func splitLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	return strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
}
