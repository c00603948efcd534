package intake

import "testing"

// TestSentAttribution: "On <date>, <name> sent:" is an attribution with an
// address, or with a year and a time before the comma (replies/stranger53's
// webmail, no address); prose ending in "sent:" is not.
func TestSentAttribution(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"On 4 March 2025 10:12, Acme Support sent:", true},
		{"On Tue, 3 Mar 2026 at 10:07, Dana Reyes <dana@acme.example> sent:", true},
		{"On March 4, 2025 at 10:12 AM, Acme Support sent:", true},
		{"On Monday we sent:", false},
		{"On Monday at 10:12 this is what we sent:", false},
	} {
		if got := isQuoteHeader(c.line); got != c.want {
			t.Errorf("isQuoteHeader(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestServiceNowAuthorWithoutParentheses: ServiceNow's HTML notification
// puts no-break spaces where its plain text puts parentheses around the
// comment's kind (replies/stranger54): both open a comment; a line of
// prose with a date does not.
func TestServiceNowAuthorWithoutParentheses(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"2025-03-10 09:45:51 CDT - Tom Becker\u00a0\u00a0\u00a0 Additional comments", true},
		{"2025-03-10 09:45:51 CDT - Tom Becker    Additional comments", true},
		{"2024-03-05 10:12:33 CET - Priya Nair (Additional comments)", true},
		{"2025-03-10 09:45:51 CDT - we saw the job fail again, see comments", false},
	} {
		if got := isCommentAuthor(c.line); got != c.want {
			t.Errorf("isCommentAuthor(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
