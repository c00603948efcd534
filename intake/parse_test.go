package intake

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func readTestdata(t *testing.T, name string) *Message {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(raw, ParseOptions{})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return m
}

func TestParsePlainReply(t *testing.T) {
	m := readTestdata(t, "plain-reply-gmail.eml")
	checks := []struct{ field, got, want string }{
		{"From.Name", m.From.Name, "Jörg Müller"},
		{"From.Addr", m.From.Addr, "joerg@example.de"},
		{"Subject", m.Subject, "Re: [ESC-42] Server down"},
		{"MessageID", m.MessageID, "reply-1@mail.example.de"},
		{"Visible", m.Visible, "Still down, please call me."},
		{"Auto", string(m.Auto), ""},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("Parse(plain-reply-gmail.eml).%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(m.InReplyTo) != 1 || m.InReplyTo[0] != "ack-42@support.example.com" {
		t.Errorf("InReplyTo = %q, want [ack-42@support.example.com]", m.InReplyTo)
	}
	if len(m.References) != 2 || m.References[0] != "orig-42@mail.example.de" {
		t.Errorf("References = %q, want [orig-42@mail.example.de ack-42@support.example.com]", m.References)
	}
	if m.Date.IsZero() {
		t.Error("Date is zero")
	}
}

func TestParseMultipart(t *testing.T) {
	m := readTestdata(t, "multipart-alternative-latin1-qp.eml")
	if m.Subject != "Grüße aus München" {
		t.Errorf("Subject = %q, want %q", m.Subject, "Grüße aus München")
	}
	if m.Visible != "Der Server fällt aus." || m.FromHTML {
		t.Errorf("Visible = %q (FromHTML %v), want %q from text/plain", m.Visible, m.FromHTML, "Der Server fällt aus.")
	}
	if len(m.Cc) != 2 || m.Cc[1].Name != "Doe, John" {
		t.Errorf("Cc = %+v, want Boss and \"Doe, John\"", m.Cc)
	}
	want := Attachment{Filename: "report.pdf", ContentType: "application/pdf", Size: 5,
		SHA256: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"}
	if len(m.Attachments) != 1 || m.Attachments[0] != want {
		t.Errorf("Attachments = %+v, want [%+v]", m.Attachments, want)
	}
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }
