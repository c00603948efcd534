package intake

import (
	"strings"
	"testing"
)

func TestSplitMbox(t *testing.T) {
	in := "From a@example.com Mon Dec  1 10:00:00 2026\nSubject: one\n\n>From 8am every card fails.\nFrom here on\n\nFrom b@example.com Mon Dec  1 10:00:00 2026\r\nSubject: two\r\n\r\nbody\r\n"
	msgs, err := SplitMbox([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 {
		t.Fatalf("%d messages, want 2: %q", len(msgs), msgs)
	}
	if got := string(msgs[0]); !strings.Contains(got, "\r\nFrom 8am every card fails.\r\nFrom here on\r\n") || strings.HasPrefix(got, "From ") {
		t.Errorf("first message %q: want the escaped line unescaped, a From inside a paragraph kept, no separator", got)
	}
	if got := string(msgs[1]); got != "Subject: two\r\n\r\nbody\r\n" {
		t.Errorf("second message %q", got)
	}
}
