package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/escalate-dev/escalate/intake"
)

const inspectUsage = `Prints what intake makes of each mail: decoded sender, recipients and
subject, the visible new text (quoted history and signature removed),
for a forward with a comment the forwarded mail's text too, whether the mail is automatic and of which kind (bounce, auto-reply, list,
report, loop; empty for a person) with the evidence, the threading keys,
attachments and parser warnings. A directory stands for every file under
it; standard input is read when no file is named. A file must be an
RFC 5322 message (.eml): header lines, a blank line, the body.
Use it to answer "why was this mail not acknowledged?": automatic mail is
stored and threaded but never acknowledged.

The gateway's own addresses (mail from them is our own mail coming back,
kind "loop") are read from the config file when there is one
($ESCALATE_CONFIG, else ./escalate.toml, or --config) and from --own.

With --json, prints one JSON object per line with the keys
  file, from (address string), from_name, to, cc, subject, date,
  message_id, synthetic_id, in_reply_to, references, thread_ids, text,
  forwarded, automatic, automatic_reason, auto_submitted, list_id, attachments,
  warnings, size.

A file that cannot be read or parsed is reported on standard error with its
reason; the others are still printed, and the exit status is 1.
`

// inspection is one line of `escalate inspect --json`. From is the bare
// address so that jq filters stay simple; the display name is from_name.
type inspection struct {
	File            string              `json:"file"`
	From            string              `json:"from"`
	FromName        string              `json:"from_name,omitempty"`
	To              []intake.Address    `json:"to,omitempty"`
	Cc              []intake.Address    `json:"cc,omitempty"`
	Subject         string              `json:"subject"`
	Date            string              `json:"date,omitempty"`
	MessageID       string              `json:"message_id"`
	SyntheticID     bool                `json:"synthetic_id,omitempty"`
	InReplyTo       []string            `json:"in_reply_to,omitempty"`
	References      []string            `json:"references,omitempty"`
	ThreadIDs       []string            `json:"thread_ids,omitempty"`
	Text            string              `json:"text"`
	Forwarded       string              `json:"forwarded,omitempty"`
	Automatic       intake.AutoKind     `json:"automatic"`
	AutomaticReason string              `json:"automatic_reason,omitempty"`
	AutoSubmitted   string              `json:"auto_submitted,omitempty"`
	ListID          string              `json:"list_id,omitempty"`
	Attachments     []intake.Attachment `json:"attachments,omitempty"`
	Warnings        []string            `json:"warnings"`
	Size            int                 `json:"size"`
}

// cmdInspect implements `escalate inspect`.
func cmdInspect(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	f := newFlags("inspect", "inspect [--json] [--own ADDR,...] [--config FILE] [FILE.eml|DIR ...]", inspectUsage, stdout, stderr).withConfig()
	asJSON := f.Bool("json", false, "print one JSON object per line")
	ownFlag := f.String("own", "", "the gateway's own addresses, comma-separated")
	names, err := f.parse(args, -1)
	if err != nil {
		return err
	}
	config, explicit := f.configPath()
	opt := intake.ParseOptions{OwnAddresses: inspectOwn(*ownFlag, config, explicit, stderr)}
	files, err := expandDirs(names)
	if err != nil {
		return fmt.Errorf("inspect: %w", err)
	}
	failed := 0
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("inspect: %w", err)
		}
		in, err := inspectFile(name, stdin, opt)
		if err != nil {
			fmt.Fprintf(stderr, "escalate inspect: %s: %s\n", termText(name, false), mailFileError(err, "inspect"))
			failed++
			continue
		}
		if err := printInspection(stdout, in, *asJSON); err != nil {
			return fmt.Errorf("inspect: write: %w", err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("inspect: %d of %d files could not be read as mail", failed, len(files))
	}
	return nil
}

// expandDirs replaces each directory among names by the regular files
// under it, in lexical order; no names means standard input ("-").
func expandDirs(names []string) ([]string, error) {
	if len(names) == 0 {
		return []string{"-"}, nil
	}
	var files []string
	for _, name := range names {
		if st, err := os.Stat(name); err != nil || !st.IsDir() {
			files = append(files, name) // a read error is reported per file
			continue
		}
		err := filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// inspectFile reads and parses one file ("-" is stdin).
func inspectFile(name string, stdin io.Reader, opt intake.ParseOptions) (inspection, error) {
	var raw []byte
	var err error
	if name == "-" {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(name)
	}
	if err != nil {
		return inspection{}, err
	}
	m, err := intake.Parse(raw, opt)
	if err != nil {
		return inspection{}, err
	}
	return newInspection(name, m), nil
}

// inspectOwn gathers the gateway's own addresses from --own and, when it
// can be read, the config file. A default config file that does not exist
// is not an error; one named with --config that cannot be read is reported
// and the addresses from --own are used alone.
func inspectOwn(ownFlag, config string, explicit bool, stderr io.Writer) []string {
	var own []string
	for _, a := range strings.Split(ownFlag, ",") {
		if a = strings.TrimSpace(a); a != "" {
			own = append(own, addrOnly(a))
		}
	}
	if _, err := os.Stat(config); err != nil && !explicit {
		return own
	}
	cfg, err := LoadConfig(config)
	if err != nil {
		fmt.Fprintf(stderr, "escalate inspect: own addresses not read from config: %v\n", err)
		return own
	}
	own = append(own, addrOnly(cfg.Gateway.Address))
	for _, m := range cfg.Mailbox {
		if strings.Contains(m.Username, "@") {
			own = append(own, strings.ToLower(m.Username))
		}
	}
	return own
}

func newInspection(name string, m *intake.Message) inspection {
	in := inspection{
		File: name, From: m.From.Addr, FromName: m.From.Name, To: m.To, Cc: m.Cc,
		Subject: m.Subject, MessageID: m.MessageID, SyntheticID: m.SyntheticID,
		InReplyTo: m.InReplyTo, References: m.References, ThreadIDs: m.ThreadIDs(),
		Text: m.Visible, Forwarded: m.Forwarded, Automatic: m.Auto, AutomaticReason: m.AutoReason,
		AutoSubmitted: m.AutoSubmitted, ListID: m.ListID,
		Attachments: m.Attachments, Warnings: m.Warnings, Size: m.Size,
	}
	if !m.Date.IsZero() {
		in.Date = m.Date.Format("2006-01-02T15:04:05Z07:00")
	}
	if in.Warnings == nil {
		in.Warnings = []string{}
	}
	return in
}

func printInspection(w io.Writer, in inspection, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(in)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", in.File)
	field(&b, "From", formatAddr(intake.Address{Name: in.FromName, Addr: in.From}))
	field(&b, "To", formatAddrs(in.To))
	field(&b, "Cc", formatAddrs(in.Cc))
	field(&b, "Subject", in.Subject)
	field(&b, "Date", in.Date)
	id := in.MessageID
	if in.SyntheticID {
		id += " (synthetic: the mail has no Message-ID)"
	}
	field(&b, "Message-ID", id)
	field(&b, "Thread keys", strings.Join(in.ThreadIDs, " "))
	field(&b, "Automatic", automaticLine(in))
	for _, a := range in.Attachments {
		field(&b, "Attachment", attachmentLine(a))
	}
	for _, warn := range in.Warnings {
		field(&b, "Warning", warn)
	}
	fmt.Fprintf(&b, "Text:\n%s\n\n", indent(in.Text))
	if in.Forwarded != "" {
		fmt.Fprintf(&b, "Forwarded text:\n%s\n\n", indent(in.Forwarded))
	}
	_, err := io.WriteString(w, termText(b.String(), true))
	return err
}

func automaticLine(in inspection) string {
	if in.Automatic == intake.Human {
		return "no (from a person)"
	}
	return fmt.Sprintf("%s (%s; never acknowledged)", in.Automatic, in.AutomaticReason)
}

func attachmentLine(a intake.Attachment) string {
	if a.Truncated {
		return fmt.Sprintf("%q %s over %d bytes (too large to hash)", a.Filename, a.ContentType, a.Size)
	}
	return fmt.Sprintf("%q %s %d bytes sha256:%s", a.Filename, a.ContentType, a.Size, a.SHA256)
}

func field(b *strings.Builder, name, value string) {
	if value != "" {
		fmt.Fprintf(b, "%-12s %s\n", name+":", value)
	}
}

func formatAddr(a intake.Address) string {
	if a.Name == "" {
		return a.Addr
	}
	return fmt.Sprintf("%q <%s>", a.Name, a.Addr)
}

func formatAddrs(list []intake.Address) string {
	s := make([]string, len(list))
	for i, a := range list {
		s[i] = formatAddr(a)
	}
	return strings.Join(s, ", ")
}

func indent(text string) string {
	if text == "" {
		return "  (empty)"
	}
	return "  " + strings.ReplaceAll(text, "\n", "\n  ")
}
