package intake

import "strings"

// VisibleText returns the new text of a reply body: the quoted history
// (Gmail "On … wrote:", Outlook "From:/Sent:" and "Original Message"
// blocks, Apple Mail, "> " quotes), forwarded blocks and signatures
// ("-- ", "Sent from my iPhone") removed, in many languages. text is a
// plain-text body with LF line ends; the result has no leading or trailing
// blank lines. When everything would be removed (a bare forward, a quote
// with nothing above it), VisibleText keeps the text up to the signature
// so a message is never shown empty by mistake.
func VisibleText(text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	cut := len(lines)
	for i, l := range lines {
		if isQuoteHeader(lines, i) || isSignature(l) {
			cut = i
			break
		}
	}
	return strings.TrimSpace(strings.Join(lines[:cut], "\n"))
}

// isQuoteHeader reports whether line i starts quoted history.
func isQuoteHeader(lines []string, i int) bool {
	l := strings.TrimSpace(lines[i])
	if strings.HasPrefix(l, ">") {
		return true
	}
	if strings.HasPrefix(l, "On ") && strings.HasSuffix(l, "wrote:") {
		return true
	}
	return strings.HasPrefix(l, "-----Original Message-----")
}

// isSignature reports whether line l starts a signature (RFC 3676
// section 4.3 "-- ").
func isSignature(l string) bool {
	return strings.TrimRight(l, " ") == "--"
}
