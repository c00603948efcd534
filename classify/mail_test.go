package classify

import (
	"bytes"
	"fmt"
	"net/mail"
	"os"

	"github.com/escalate-dev/escalate/intake"
)

// This file reads the labelled mbox files and turns each mail into the
// Input the gateway classifies: intake.Parse (the production parser: RFC
// 2047 subjects, transfer encodings, HTML-only mail, quoted history cut by
// the same rules) and then the text the gateway judges (Message.SeverityText), so the figures
// of the test sets are those of real intake, forwards included.

// labelled is one mail of the labelled set.
type labelled struct {
	name string // file:index
	want Severity
	in   Input
}

// readMbox splits an mbox file into raw messages (intake.SplitMbox, as
// escalate learn --labelled reads them).
func readMbox(path string) ([][]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return intake.SplitMbox(data)
}

// parseLabelled turns one raw message into a labelled Input.
func parseLabelled(raw []byte, name string) (labelled, error) {
	m, err := intake.Parse(raw, intake.ParseOptions{})
	if err != nil {
		return labelled{}, fmt.Errorf("%s: %w", name, err)
	}
	h, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return labelled{}, fmt.Errorf("%s: %w", name, err)
	}
	want, err := ParseSeverity(h.Header.Get("X-Expected-Severity"))
	if err != nil {
		return labelled{}, fmt.Errorf("%s: %w", name, err)
	}
	return labelled{name: name, want: want, in: Input{
		Subject: m.Subject, Body: m.SeverityText(), Sender: m.From.Addr, SenderName: m.From.Name,
	}}, nil
}
