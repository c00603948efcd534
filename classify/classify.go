// Package classify decides the severity (P1–P4) of a support mail from
// keyword and phrase heuristics that encode the Escalation Protocol's
// severity definitions, and explains each decision with its evidence.
//
// The rules (default.rules, embedded; an operator's file can add,
// re-weight or remove) are phrases in English, German, French, Spanish and
// Portuguese, compiled line by line into one deterministic automaton over
// words (matcher.go). Text is folded to lower case without accents
// (Unicode NFKD, UAX #15), so a field is read in one pass whatever the
// number of phrases. What the writer asks for changes what alarm words
// mean: a mail that closes a ticket, thanks for a fix or announces planned
// work is P4 unless it says a problem is live (settled.go), and a yes/no
// question asks rather than reports (question.go). The same state of a
// function scales with whom it hits: P1 for everyone with no workaround,
// P2 for a core feature with one, P3 for one user (score.go). A learned
// vocabulary is optional and bounded (vocab.go). Negations and
// hypotheticals cancel the signals they govern; modifiers (many users, one
// user, an executive, urgency), a performance factor ("10x slower") and the
// context of a fault (a core feature, data, a workaround) move the scores.
// The input is the new text of a mail only: intake removes quoted history
// (RFC 3676 "> " quoting and client headers) before this point, and lines
// starting with ">" are skipped again here.
//
// It follows no wire protocol; it does no I/O and does not log.
package classify

import (
	"encoding/json"
	"fmt"
	"strings"
)

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
	return "P1P2P3P4"[2*s-2 : 2*s] // without fmt: evidence notes name levels often
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

// evidenceJSON is Evidence on the wire: the level as "P1" … "P4", or
// omitted for modifiers that point to no level.
type evidenceJSON struct {
	Rule   string  `json:"rule"`
	Match  string  `json:"match"`
	Field  string  `json:"field"`
	Level  string  `json:"level,omitempty"`
	Weight float64 `json:"weight"`
	Offset int     `json:"offset"`
	Note   string  `json:"note,omitempty"`
	Source string  `json:"source,omitempty"`
}

// MarshalJSON writes the evidence with its level as "P1" … "P4".
func (e Evidence) MarshalJSON() ([]byte, error) {
	j := evidenceJSON{Rule: e.Rule, Match: e.Match, Field: e.Field, Weight: e.Weight,
		Offset: e.Offset, Note: e.Note, Source: e.Source}
	if e.Level >= P1 && e.Level <= P4 {
		j.Level = e.Level.String()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (e *Evidence) UnmarshalJSON(b []byte) error {
	var j evidenceJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("classify: evidence: %w", err)
	}
	*e = Evidence{Rule: j.Rule, Match: j.Match, Field: j.Field, Weight: j.Weight,
		Offset: j.Offset, Note: j.Note, Source: j.Source}
	if j.Level != "" {
		l, err := ParseSeverity(j.Level)
		if err != nil {
			return err
		}
		e.Level = l
	}
	return nil
}

// String renders the evidence for an agent, e.g.
// `P1 +4.50 subject "Platform down" (rule "platform down", default.rules:50)`.
func (e Evidence) String() string {
	var b strings.Builder
	if e.Level >= P1 && e.Level <= P4 {
		fmt.Fprintf(&b, "%v %+.2f ", e.Level, e.Weight)
	} else {
		b.WriteString("modifier ")
	}
	b.WriteString(e.Field)
	if e.Match != "" {
		fmt.Fprintf(&b, " %q", e.Match)
	}
	fmt.Fprintf(&b, " (rule %q", e.Rule)
	if e.Source != "" {
		b.WriteString(", " + e.Source)
	}
	b.WriteString(")")
	if e.Note != "" {
		b.WriteString(": " + e.Note)
	}
	return b.String()
}

// resultJSON is Result on the wire.
type resultJSON struct {
	Severity   string     `json:"severity"`
	Score      float64    `json:"score"`
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence"`
}

// MarshalJSON writes the result with its severity as "P1" … "P4".
func (r Result) MarshalJSON() ([]byte, error) {
	return json.Marshal(resultJSON{Severity: r.Severity.String(), Score: r.Score,
		Confidence: r.Confidence, Evidence: r.Evidence})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Result) UnmarshalJSON(b []byte) error {
	var j resultJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("classify: result: %w", err)
	}
	s, err := ParseSeverity(j.Severity)
	if err != nil {
		return err
	}
	*r = Result{Severity: s, Score: j.Score, Confidence: j.Confidence, Evidence: j.Evidence}
	return nil
}
