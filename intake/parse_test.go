package intake

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"os"
	"path/filepath"
)

func readTestdata(t *testing.T, name string) *Message {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(raw, ParseOptions{OwnAddresses: []string{"support@example.com"}})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return m
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }

// parseWant is what a testdata mail must parse to; empty fields are not
// checked, except Auto, which is always.
type parseWant struct {
	from, fromName, subject, visible, messageID string
	auto                                        AutoKind
	warning                                     string // a substring of one warning
}

func TestParseTestdata(t *testing.T) {
	tests := map[string]parseWant{
		"plain-reply-gmail.eml": {from: "joerg@example.de", fromName: "Jörg Müller",
			subject: "Re: [ESC-42] Server down", visible: "Still down, please call me.", messageID: "reply-1@mail.example.de"},
		"multipart-alternative-latin1-qp.eml": {from: "anna@example.de", subject: "Grüße aus München",
			visible: "Der Server fällt aus."},
		"html-only-outlook-reply.eml": {from: "ann@example.org",
			visible: "Still failing for all users & the admin.\n\nAnn"},
		"html-only-gmail-reply.eml": {visible: "It works again, thanks!"},
		"header-unknown-charset-word.eml": {from: "bogus@example.org", fromName: "Bogus café",
			subject: "café and ok é", visible: "Body survives.", warning: `unknown charset "x-unknown"`},
		"body-unknown-charset.eml": {visible: "Printer on fire", warning: "x-made-up"},
		"top-level-unknown-transfer-encoding.eml": {subject: "Odd encoding",
			visible: "begin 644 note.txt\n#:&D*\n`\nend", warning: "x-uuencode"},
		"no-message-id.eml":             {from: "eve@example.org", visible: "Where is my Message-ID?"},
		"from-not-an-address.eml":       {from: "not an address", warning: "malformed address"},
		"mbox-from-line.eml":            {from: "frank@example.org", subject: "mbox separator", warning: "mbox"},
		"header-without-blank-line.eml": {subject: "no blank line", visible: "This line should have been the body.", warning: "no blank line"},
		"utf8-bom-crlf.eml":             {from: "hal@example.org", visible: "Line one\nLine two"},
		"header-after-whitespace-line.eml": {from: "ann@example.org", subject: "Server down", visible: "The server is down.",
			messageID: "lead-ws-1@example.org", warning: "blank lines before the header"},
		"raw-8bit-latin1-header.eml":                  {subject: "Grüße ohne Kodierung", visible: "Für Sie.", warning: "8-bit"},
		"raw-8bit-koi8r-header.eml":                   {subject: "Сервер упал", visible: "Срочно."},
		"iso-2022-jp.eml":                             {fromName: "山田", subject: "テスト", visible: "テストです。"},
		"dsn-multipart-report-postfix.eml":            {from: "MAILER-DAEMON@mx.example.com", auto: Bounce},
		"vacation-outlook-automatic-reply.eml":        {auto: AutoReply},
		"vacation-lotus-notes-auto-subject.eml":       {auto: AutoReply},
		"challenge-response-verify-person.eml":        {auto: AutoReply},
		"arf-feedback-report.eml":                     {auto: Report},
		"list-mail-list-id.eml":                       {auto: List},
		"loop-own-header.eml":                         {auto: Loop},
		"attachment-rfc2231-filename.eml":             {visible: "Siehe Anhang."},
		"multipart-unquoted-boundary-with-equals.eml": {visible: "The VPN drops every hour."},
		"multipart-without-boundary.eml":              {visible: "The printer is offline again.", warning: "without readable parts"},
		"smime-encrypted.eml":                         {from: "sam@example.org", warning: "encrypted message"},
		"html-meta-charset-koi8r.eml":                 {visible: "Сервер не отвечает.", warning: "as the document says"},
		"auth-forged-below-trusted.eml":               {from: "dana@acme.example", visible: "#resolve\nFixed, closing."},
		"auth-gmail-agent.eml":                        {from: "dana@acme.example", messageID: "CAG7x2abc@mail.gmail.com"},
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("testdata has %d .eml files, the table %d: every seed needs a row", len(files), len(tests))
	}
	for name, want := range tests {
		m := readTestdata(t, name)
		checkField(t, name, "From.Addr", m.From.Addr, want.from)
		checkField(t, name, "From.Name", m.From.Name, want.fromName)
		checkField(t, name, "Subject", m.Subject, want.subject)
		checkField(t, name, "Visible", m.Visible, want.visible)
		checkField(t, name, "MessageID", m.MessageID, want.messageID)
		if m.Auto != want.auto {
			t.Errorf("Parse(%s).Auto = %q (%s), want %q", name, m.Auto, m.AutoReason, want.auto)
		}
		if want.warning != "" && !slices.ContainsFunc(m.Warnings, func(w string) bool { return strings.Contains(w, want.warning) }) {
			t.Errorf("Parse(%s).Warnings = %q, want one containing %q", name, m.Warnings, want.warning)
		}
		checkParsed(t, name, m)
	}
}

func checkField(t *testing.T, name, field, got, want string) {
	t.Helper()
	if want != "" && got != want {
		t.Errorf("Parse(%s).%s = %q, want %q", name, field, got, want)
	}
}

func TestParseThreading(t *testing.T) {
	m := readTestdata(t, "plain-reply-gmail.eml")
	if want := []string{"ack-42@support.example.com"}; !slices.Equal(m.InReplyTo, want) {
		t.Errorf("InReplyTo = %q, want %q", m.InReplyTo, want)
	}
	if want := []string{"orig-42@mail.example.de", "ack-42@support.example.com"}; !slices.Equal(m.References, want) {
		t.Errorf("References = %q, want %q", m.References, want)
	}
	if m.Date.IsZero() {
		t.Error("Date is zero")
	}
}

func TestParseAttachments(t *testing.T) {
	m := readTestdata(t, "attachment-rfc2231-filename.eml")
	want := []Attachment{
		{Filename: "Prüfbericht v2.pdf", ContentType: "application/pdf", Size: 9,
			SHA256: "e5c62df5dab5c87b6a015ef3d43597074d1eec433b15f51aec63b8582d0e4ab4"},
		{Filename: "Bild ü.png", ContentType: "image/png", Size: 8,
			SHA256: "4c4b6a3be1314ab86138bef4314dde022e600960d8689a2c8f8631802d20dab6"},
	}
	if !slices.Equal(m.Attachments, want) {
		t.Errorf("Attachments = %+v, want %+v", m.Attachments, want)
	}
}

func TestParseLimits(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "attachment-rfc2231-filename.eml"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(raw, ParseOptions{MaxTextBytes: 5, MaxAttachmentBytes: 4})
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "Siehe" {
		t.Errorf("Text with MaxTextBytes 5 = %q, want %q", m.Text, "Siehe")
	}
	for _, a := range m.Attachments {
		if !a.Truncated || a.Size != 4 || a.SHA256 != "" {
			t.Errorf("attachment with MaxAttachmentBytes 4 = %+v, want Truncated, Size 4, no hash", a)
		}
	}
	if len(m.Warnings) < 3 {
		t.Errorf("Warnings = %q, want one per truncation", m.Warnings)
	}
}

func TestParseSyntheticID(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "no-message-id.eml"))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := Parse(raw, ParseOptions{})
	// A copy delivered again carries another trace header but the same content.
	b, _ := Parse(append([]byte("Received: from mx2 by mx1; Tue, 6 Jan 2026 09:01:00 +0000\n"), raw...), ParseOptions{})
	c, _ := Parse([]byte(strings.Replace(string(raw), "Where", "Why", 1)), ParseOptions{})
	if !a.SyntheticID || !strings.HasSuffix(a.MessageID, "@synthetic.escalate.invalid") {
		t.Errorf("MessageID = %q (synthetic %v), want a synthetic id", a.MessageID, a.SyntheticID)
	}
	if a.MessageID != b.MessageID {
		t.Errorf("synthetic ids of one mail differ: %q, %q", a.MessageID, b.MessageID)
	}
	if a.MessageID == c.MessageID {
		t.Errorf("synthetic ids of different mails are equal: %q", a.MessageID)
	}
}

func TestParseNoHeader(t *testing.T) {
	for _, in := range []string{"", "\n\nbody only", "// Not an RFC-822 Document"} {
		if _, err := Parse([]byte(in), ParseOptions{}); err == nil {
			t.Errorf("Parse(%q) = nil error, want ErrNoHeader", in)
		}
	}
}

func TestTrimPartialRune(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", "abc"},
		{"ab\xc3", "ab"},
		{"ab\xe2\x82", "ab"},
		{"abü", "abü"},
		{"a€", "a€"},
		{"", ""},
		{"a\uFFFD", "a\uFFFD"},
	}
	for _, tt := range tests {
		if got := trimPartialRune(tt.in); got != tt.want {
			t.Errorf("trimPartialRune(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseAttachedMessageName(t *testing.T) {
	m := readTestdata(t, "arf-feedback-report.eml")
	if len(m.Attachments) != 2 || m.Attachments[1].Filename != "[ESC-11] Update.eml" {
		t.Errorf("Attachments = %+v, want the attached message named by its subject", m.Attachments)
	}
}
