package intake

import (
	"testing"
	"unicode/utf8"
)

func TestDecodeUTF7(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ASCII", "plain ASCII"},
		{"A+ImIDkQ.", "A≢Α."},
		{"Hi Mom -+Jjo--!", "Hi Mom -☺-!"},
		{"+ZeVnLIqe-", "日本語"},
		{"1 +- 1 = 2", "1 + 1 = 2"},
		{"Gr+APwA3w-e", "Grüße"},
		{"a + b", "a + b"},
		{"+2D3eAQ-", "😁"},
	}
	for _, tt := range tests {
		if got := decodeUTF7(tt.in); got != tt.want {
			t.Errorf("decodeUTF7(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseUTF7Body(t *testing.T) {
	raw := "From: a@example.org\nSubject: =?utf-7?Q?Gr+APwA3w-e?=\nContent-Type: text/plain; charset=unicode-1-1-utf-7\n\nGr+APwA3w-e aus M+APw-nchen\n"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Visible != "Grüße aus München" || m.Subject != "Grüße" {
		t.Errorf("Parse(UTF-7 mail) = subject %q, text %q, want Grüße, Grüße aus München (warnings %q)", m.Subject, m.Visible, m.Warnings)
	}
}

func FuzzDecodeUTF7(f *testing.F) {
	for _, s := range []string{"A+ImIDkQ.", "+-", "+", "+2D3eAQ-", "+AAA", "+A-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := decodeUTF7(s); utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("decodeUTF7(%q) = %q, not valid UTF-8", s, got)
		}
	})
}
