// Package classify decides the severity (P1–P4) of a support mail from
// keyword and phrase heuristics that encode the Escalation Protocol's
// severity definitions, and explains each decision with its evidence.
//
// It does no I/O and does not log.
package classify

import "fmt"

// Severity is a protocol severity level. P1 is the most severe.
type Severity int

// The four severities of the Escalation Protocol.
const (
	P1 Severity = 1
	P2 Severity = 2
	P3 Severity = 3
	P4 Severity = 4
)

// Severities lists the levels from the most to the least severe.
var Severities = []Severity{P1, P2, P3, P4}

// String returns "P1" … "P4".
func (s Severity) String() string {
	if s < P1 || s > P4 {
		return fmt.Sprintf("P?(%d)", int(s))
	}
	return fmt.Sprintf("P%d", int(s))
}

// ParseSeverity parses "P1" … "P4" (case-insensitive) or "1" … "4".
func ParseSeverity(s string) (Severity, error) {
	if len(s) == 2 && (s[0] == 'P' || s[0] == 'p') {
		s = s[1:]
	}
	if len(s) == 1 && s[0] >= '1' && s[0] <= '4' {
		return Severity(s[0] - '0'), nil
	}
	return 0, fmt.Errorf("classify: invalid severity %q (want P1, P2, P3 or P4)", s)
}

// Input is what the classifier looks at: only the new text of a mail
// (intake removes quoted history and signatures before this point).
type Input struct {
	Subject string
	Body    string
	// Sender is the From address; SenderName its display name. They feed
	// signals such as an executive sender.
	Sender     string
	SenderName string
}

// Evidence is one reason behind a decision.
type Evidence struct {
	Rule   string   `json:"rule"`   // rule identifier or the phrase itself
	Match  string   `json:"match"`  // the text that matched
	Field  string   `json:"field"`  // "subject", "body" or "sender"
	Level  Severity `json:"-"`      // severity the rule points to
	Weight float64  `json:"weight"` // contribution after field weighting; negative for dampeners
	Offset int      `json:"offset"` // byte offset in Field
	Note   string   `json:"note,omitempty"`
	// Source is where the rule is defined ("default.rules:42").
	Source string `json:"source,omitempty"`
}

// Result is a classification.
type Result struct {
	Severity   Severity   `json:"-"`
	Score      float64    `json:"score"`
	Confidence float64    `json:"confidence"` // 0..1
	Evidence   []Evidence `json:"evidence"`
}
