package intake

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes to Parse, seeded with every testdata
// mail. Parse must not panic; what it returns must be valid UTF-8 without
// CR, carry a Message-ID, and be the same on a second run.
func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil {
		f.Fatal(err)
	}
	replies, err := filepath.Glob(filepath.Join("testdata", "replies", "*", "*.eml"))
	if err != nil {
		f.Fatal(err)
	}
	seeds = append(seeds, replies...)
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("From: a@b\n\n"))
	f.Add([]byte(" \t\r\n\r\nFrom: a@b\r\n\r\nbody"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\n\n--x\n--x--"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(raw, ParseOptions{MaxTextBytes: 1 << 16, MaxAttachmentBytes: 1 << 16})
		if err != nil {
			return
		}
		for field, s := range map[string]string{"Text": m.Text, "Visible": m.Visible, "Subject": m.Subject,
			"From.Addr": m.From.Addr, "From.Name": m.From.Name} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", field, s)
			}
		}
		if strings.Contains(m.Text, "\r") {
			t.Errorf("Text contains CR: %q", m.Text)
		}
		if m.MessageID == "" {
			t.Error("MessageID is empty")
		}
		again, err := Parse(raw, ParseOptions{MaxTextBytes: 1 << 16, MaxAttachmentBytes: 1 << 16})
		if err != nil || again.MessageID != m.MessageID || again.Visible != m.Visible || again.Auto != m.Auto {
			t.Errorf("second Parse differs: %v, %q/%q", err, again.MessageID, m.MessageID)
		}
		// Streamed in pieces of 7 bytes, as from a network.
		streamed, err := ParseReader(chunkReader{bytes.NewReader(raw), 7}, ParseOptions{MaxTextBytes: 1 << 16, MaxAttachmentBytes: 1 << 16})
		if err != nil || !reflect.DeepEqual(streamed, m) {
			t.Errorf("ParseReader in 7-byte reads = %+v, %v; Parse = %+v", streamed, err, m)
		}
	})
}

// FuzzVisibleText checks that VisibleText never panics, only removes
// text, keeps valid UTF-8 valid, and finds no text in a body it calls
// history only.
func FuzzVisibleText(f *testing.F) {
	for _, s := range []string{
		"Fixed.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Ann <ann@example.org> wrote:\n> Is it fixed?\n",
		"Done.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\n\nIs it fixed?",
		"Done.\n-- \nsig", "> only quote", "On 5 Jan 2026, Ann <\nann@example.org> wrote:\n> q\nanswer",
		"Von: A\nGesendet: 1.1.2026\nAn: B\nBetreff: x\n\nbody", "\r\n\r\n", "Sent from my iPhone",
		"All good.On Tue, Mar 3, 2026 at 10:07 AM Dana <dana@acme.example> wrote:\n> q",
		"---- Dana wrote ----\n\nq", "-----Original\nMessage-----\nFrom: a\nSent: b\nTo: c",
		"Ann ---03/03/2026 10:07:13 AM---We rolled\n\nFrom:\ta\nTo:\tb\nDate:\tc",
		"> https://example.com/a-\nb\n> c", "> q\nanswer\n> q2\nanswer2",
	} {
		f.Add(s)
	}
	replies, err := filepath.Glob(filepath.Join("testdata", "replies", "*", "*.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range replies {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := visibleText(s, false)
		if v.quotedOnly && v.text != "" {
			t.Errorf("visibleText(%q) is quoted only with text %q", s, v.text)
		}
		got := VisibleText(s)
		if len(got) > len(s) {
			t.Errorf("VisibleText grew the text: %d > %d bytes", len(got), len(s))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("VisibleText(%q) = %q, not valid UTF-8", s, got)
		}
	})
}
