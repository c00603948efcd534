package classify

import (
	"bufio"
	"bytes"
	"fmt"
	"net/mail"
	"os"
	"strings"

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

// readMbox splits an mbox file into raw messages ("From " separator lines).
func readMbox(path string) ([][]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var msgs [][]byte
	var cur bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	prevBlank := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "From ") && prevBlank {
			if cur.Len() > 0 {
				msgs = append(msgs, bytes.Clone(cur.Bytes()))
				cur.Reset()
			}
			prevBlank = false
			continue
		}
		if strings.HasPrefix(strings.TrimLeft(line, ">"), "From ") && strings.HasPrefix(line, ">") {
			// RFC 4155 (mboxrd): a body line that starts "From " is
			// stored with a '>' before it; the writer wrote "From 8am
			// this morning, every card payment is failing".
			line = line[1:]
		}
		cur.WriteString(line)
		cur.WriteString("\r\n")
		prevBlank = strings.TrimSpace(line) == ""
	}
	if cur.Len() > 0 {
		msgs = append(msgs, cur.Bytes())
	}
	return msgs, sc.Err()
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
