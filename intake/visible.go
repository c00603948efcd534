package intake

import (
	"regexp"
	"strings"
)

// VisibleText returns the new text of a reply body: quoted history, forwarded
// and embedded mails, and signatures removed.
//
// It recognises quote headers in many languages (Gmail "On … wrote:",
// "Am … schrieb …:", "Le … a écrit :", "El … escribió:", dates followed by
// "Name <addr>:", also when the client wrapped them over several lines),
// Outlook header blocks ("From:/Sent:/To:/Subject:" and their translations
// such as Von/Gesendet, De/Envoyé, Da/Inviato), "Original Message" and
// forwarded-message markers, "> " quotes at the end (inline replies between
// quotes are kept), RFC 3676 "-- " signatures and mobile lines such as
// "Sent from my iPhone" or "Von meinem iPhone gesendet".
//
// text is a plain-text body; CRLF and CR line ends are read as LF. The result
// has no surrounding blank lines. A forward without a comment keeps the
// forwarded text, and a body with nothing new but a quote keeps the quote
// (without its header and signature lines), so that a message is never
// shown empty by mistake.
func VisibleText(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	kinds := classifyLines(lines)
	dropLeadingHistory(kinds)
	cut := firstCut(lines, kinds)
	lines, kinds = lines[:cut], kinds[:cut]
	end := trailingEnd(kinds, true)
	if !hasText(kinds[:end]) {
		// Nothing new, only history: keep the quote itself, without
		// the headers and signature lines around it.
		end = trailingEnd(kinds, false)
		for i, k := range kinds[:end] {
			if k != kQuote && k != kEmpty {
				kinds[i] = kDrop
			}
		}
	}
	return joinKept(lines[:end], kinds[:end])
}

// kDrop marks a line left out of the result without cutting there.
const kDrop lineKind = 255

// joinKept joins the lines not marked kDrop and trims the result.
func joinKept(lines []string, kinds []lineKind) string {
	kept := make([]string, 0, len(lines))
	for i, l := range lines {
		if kinds[i] != kDrop {
			kept = append(kept, l)
		}
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// dropLeadingHistory handles a body that starts with history rather than
// new text: a forward without a comment, or a reply written below the
// quote. The leading header lines, and the quote right after a quote
// header, are dropped when new text follows them.
func dropLeadingHistory(kinds []lineKind) {
	i := 0
	for i < len(kinds) && kinds[i] == kEmpty {
		i++
	}
	if i == len(kinds) || (kinds[i] != kQuoteHeader && kinds[i] != kMarker && kinds[i] != kHeaderBlock) {
		return
	}
	j := i
	for j < len(kinds) && (kinds[j] == kQuoteHeader || kinds[j] == kMarker || kinds[j] == kHeaderBlock || kinds[j] == kEmpty) {
		j++
	}
	k := j
	for k < len(kinds) && (kinds[k] == kQuote || kinds[k] == kEmpty) {
		k++
	}
	if k == len(kinds) || kinds[k] != kText {
		return // nothing new follows: keep the history as the message
	}
	for x := i; x < k; x++ {
		kinds[x] = kDrop
	}
}

// inlineReplyAt reports whether the quote header at i introduces a quote
// that new text follows (an inline reply), so the header is dropped
// rather than cutting the text below it.
func inlineReplyAt(kinds []lineKind, i int) bool {
	// The look-ahead is bounded so that a body of many headers over one
	// long quote stays linear; a longer quote counts as history.
	const maxLookahead = 1000
	end := min(len(kinds), i+maxLookahead)
	j := i
	for j < end && (kinds[j] == kQuoteHeader || kinds[j] == kEmpty) {
		j++
	}
	if j == end || kinds[j] != kQuote {
		return false
	}
	for j < end && (kinds[j] == kQuote || kinds[j] == kEmpty) {
		j++
	}
	return j < end && kinds[j] == kText
}

// firstCut is the index of the first line that starts history or a
// signature with some new text above it; len(kinds) when there is none.
func firstCut(lines []string, kinds []lineKind) int {
	seenText := false
	for i, k := range kinds {
		switch k {
		case kText:
			seenText = true
		case kQuoteHeader:
			if inlineReplyAt(kinds, i) {
				kinds[i] = kDrop
				continue
			}
			if seenText {
				return i
			}
		case kMarker, kHeaderBlock, kSigDash, kMobileSig:
			if seenText {
				return i
			}
		case kDelimiter:
			if seenText && footerFollows(kinds, i) && underscores.MatchString(strings.TrimSpace(lines[i])) {
				return i
			}
		}
	}
	return len(kinds)
}

// trailingEnd is the end of kinds once trailing blank lines, delimiters,
// mobile signatures, leftover markers and (when dropQuotes) quotes are
// removed.
func trailingEnd(kinds []lineKind, dropQuotes bool) int {
	end := len(kinds)
	for end > 0 {
		switch kinds[end-1] {
		case kEmpty, kDelimiter, kMobileSig, kQuoteHeader, kMarker, kSigDash:
			end--
			continue
		case kQuote:
			if dropQuotes {
				end--
				continue
			}
		}
		break
	}
	return end
}

// underscores is the separator Outlook and mailing lists put above a
// footer.
var underscores = regexp.MustCompile(`^_{2,}$`)

// footerFollows reports whether the delimiter at i is followed by a
// short block up to the end, as a signature or list footer is.
func footerFollows(kinds []lineKind, i int) bool {
	const maxFooterLines = 6
	n := 0
	for _, k := range kinds[i+1:] {
		switch k {
		case kEmpty:
		case kText, kMobileSig, kSigDash:
			n++
		default:
			return false
		}
	}
	return n <= maxFooterLines
}

func hasText(kinds []lineKind) bool {
	for _, k := range kinds {
		if k == kText || k == kHeaderBlock {
			return true
		}
	}
	return false
}
