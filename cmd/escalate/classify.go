package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation/desk"
	"github.com/escalate-dev/escalate/intake"
)

const classifyUsage = `Decides the severity (P1-P4) of each mail the way the gateway does when it
opens a ticket, and prints the evidence: which phrase matched where
(subject, body, sender), for which level and with what weight, which
phrases were not counted because they were negated or hypothetical ("no
data was lost", "in case of an outage"), and which modifiers applied (many
users, an executive, urgency). Only the new text of a mail counts: intake
removes quoted history and signatures first. Reads standard input when no
file is named. A file must be an RFC 5322 message (.eml): header lines,
a blank line, the body.

--rules FILE changes the built-in rules with an operator's rules file (add
a phrase, re-weight it, or "remove PHRASE"); errors name the line. The
syntax is described at the top of classify/default.rules.

--vocabulary FILE adds a vocabulary written by "escalate learn" as a
bounded second opinion (it never makes or unmakes a P1).

With --json, prints one JSON object per line with the keys
  file, severity ("P1".."P4"), score, confidence (0..1), evidence
(each with rule, match, field, level, weight, offset, note, source).

A mail that cannot be read or parsed is reported on standard error with its
reason; the others are still classified, and the exit status is 1.
`

// classification is one line of `escalate classify --json`.
type classification struct {
	File       string              `json:"file"`
	Severity   string              `json:"severity"`
	Score      float64             `json:"score"`
	Confidence float64             `json:"confidence"`
	Evidence   []classify.Evidence `json:"evidence"`
}

// cmdClassify implements `escalate classify`.
func cmdClassify(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	f := newFlags("classify", "classify [--json] [--rules FILE] [--vocabulary FILE] [FILE.eml ...]", classifyUsage, stdout, stderr)
	asJSON := f.Bool("json", false, "print one JSON object per line")
	rules := f.String("rules", "", "operator rules `FILE` applied over the built-in rules")
	vocabulary := f.String("vocabulary", "", "a vocabulary `FILE` written by escalate learn, as a second opinion")
	files, err := f.parse(args, -1)
	if err != nil {
		return err
	}
	c, err := classifierFor(*rules)
	if err != nil {
		return fmt.Errorf("classify: rules: %w", err)
	}
	if c, err = withVocabulary(c, *vocabulary); err != nil {
		return fmt.Errorf("classify: vocabulary: %w", err)
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	failed := 0
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("classify: %w", err)
		}
		in, err := classifyInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "escalate classify: %s: %s\n", termText(name, false), mailFileError(err, "classify"))
			failed++
			continue
		}
		if err := printClassification(stdout, name, c.Classify(in), *asJSON); err != nil {
			return fmt.Errorf("classify: write: %w", err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("classify: %d of %d files could not be read as mail", failed, len(files))
	}
	return nil
}

// classifierFor returns the default classifier, or one with the operator's
// rules file applied.
func classifierFor(path string) (*classify.Classifier, error) {
	if path == "" {
		return classify.Default(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return classify.NewWithRules(f, path)
}

// withVocabulary returns c asking the vocabulary file at path for a
// second opinion; c itself when path is empty.
func withVocabulary(c *classify.Classifier, path string) (*classify.Classifier, error) {
	if path == "" {
		return c, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return c.WithVocabulary(f, path)
}

// classifyInput reads and parses one mail ("-" is stdin) into what the
// classifier looks at: the subject, the new visible text and the sender.
func classifyInput(name string, stdin io.Reader) (classify.Input, error) {
	var raw []byte
	var err error
	if name == "-" {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(name)
	}
	if err != nil {
		return classify.Input{}, err
	}
	m, err := intake.Parse(raw, intake.ParseOptions{})
	if err != nil {
		return classify.Input{}, err
	}
	// Exactly what the gateway classifies.
	return desk.ClassifyInput(m), nil
}

func printClassification(w io.Writer, name string, r classify.Result, asJSON bool) error {
	if asJSON {
		b, err := json.Marshal(classification{File: name, Severity: r.Severity.String(),
			Score: r.Score, Confidence: r.Confidence, Evidence: r.Evidence})
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	if _, err := fmt.Fprintf(w, "%s: %s (score %.2f, confidence %.2f)\n", termText(name, false), r.Severity, r.Score, r.Confidence); err != nil {
		return err
	}
	for _, e := range r.Evidence {
		if _, err := fmt.Fprintf(w, "  %s\n", termText(e.String(), false)); err != nil {
			return err
		}
	}
	return nil
}
