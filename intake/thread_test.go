package intake

import (
	"slices"
	"testing"
)

func TestThreadIDs(t *testing.T) {
	tests := []struct {
		inReplyTo, refs, want []string
	}{
		{nil, nil, nil},
		{[]string{"c@x"}, []string{"a@x", "b@x", "c@x"}, []string{"c@x", "b@x", "a@x"}},
		{nil, []string{"a@x", "b@x"}, []string{"b@x", "a@x"}},
		{[]string{"z@x"}, nil, []string{"z@x"}},
		{[]string{"b@x"}, []string{"a@x", "b@x", "a@x"}, []string{"b@x", "a@x"}},
	}
	for _, tt := range tests {
		m := &Message{InReplyTo: tt.inReplyTo, References: tt.refs}
		if got := m.ThreadIDs(); !slices.Equal(got, tt.want) {
			t.Errorf("ThreadIDs(in-reply-to %q, references %q) = %q, want %q", tt.inReplyTo, tt.refs, got, tt.want)
		}
	}
}

func TestSubjectTag(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"Re: [ESC-123] Server down", 123, true},
		{"[esc-7] lowercase", 7, true},
		{"AW: [ESC 42] space", 42, true},
		{"[ESC#9] hash", 9, true},
		{"[ ESC-10 ] padded", 10, true},
		{"Re: [ESC-1] merged [ESC-2]", 1, true},
		{"ESC-123 without brackets", 0, false},
		{"[ESCALATE-5] other prefix", 0, false},
		{"[ESC-] no number", 0, false},
		{"[ESC-0] zero", 0, false},
		{"[ESC-99999999999999999999] overflow", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := SubjectTag(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SubjectTag(%q) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSubjectTagPrefix(t *testing.T) {
	acme := NewTags("ACME")
	if got, ok := acme.Ticket("Re: [ACME-5] x"); got != 5 || !ok {
		t.Errorf("Ticket with prefix ACME = %d, %v, want 5, true", got, ok)
	}
	if _, ok := acme.Ticket("Re: [ESC-5] x"); ok {
		t.Error("Ticket with prefix ACME found an ESC tag")
	}
	if got := acme.Normalize("Re: [ACME-5] [ESC-7] x"); got != "[ESC-7] x" {
		t.Errorf("Normalize with prefix ACME = %q, want the ESC tag kept", got)
	}
}

func TestNormalizeSubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Server down", "Server down"},
		{"Re: Server down", "Server down"},
		{"RE: re: Fwd: Server down", "Server down"},
		{"AW: WG: Server  down", "Server down"},
		{"TR: RE : Serveur en panne", "Serveur en panne"},
		{"RV: Servidor caído", "Servidor caído"},
		{"SV: VS: Tjener nede", "Tjener nede"},
		{"Re[2]: Server down", "Server down"},
		{"Re^3: Server down", "Server down"},
		{"Re: [ESC-12] Server down", "Server down"},
		{"[ESC-12] Re: Server down", "Server down"},
		{"Antw: Doorst: Server offline", "Server offline"},
		{"Odp: Serwer", "Serwer"},
		{"回复: 服务器故障", "服务器故障"},
		{"Отв: Сервер", "Сервер"},
		{"ΑΠ: Διακομιστής", "Διακομιστής"},
		{"[Fwd: Server down]", "Server down"},
		{"Reply needed: server", "Reply needed: server"},
		{"Regarding: server", "Regarding: server"},
		{"Fwd:", ""},
		{"[EXTERNAL] Re: Server down", "Server down"},
		{"AW: [EXT] AW: Server down", "Server down"},
		{"EXTERNAL: Server down", "Server down"},
		{"*****SPAM***** Server down", "Server down"},
		{"[Caution: External Sender] RE: Server down", "Server down"},
		{"[users] Server down", "[users] Server down"},
		{"Automatic reply: [ESC-3] Server down", "Server down"},
		{"Abwesenheitsnotiz: AW: Server down", "Server down"},
		{"Undeliverable: Re: Server down", "Server down"},
		{"Out of Office: the plan", "the plan"},
	}
	for _, tt := range tests {
		if got := NormalizeSubject(tt.in); got != tt.want {
			t.Errorf("NormalizeSubject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A bounce names the mail that bounced in the copy it returns: an attached
// message (sometimes after a stray blank line), returned headers without
// the closing blank line, or a copy pasted into its text.
func TestBounceThreadsByReturnedCopy(t *testing.T) {
	head := "From: MAILER-DAEMON@mx.example.net\r\nTo: support@acme.example\r\nSubject: failure notice\r\nMessage-ID: <bounce@mx.example.net>\r\n"
	for _, tt := range []struct{ name, raw string }{
		{"attached message", head + "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n" +
			"--b\r\nContent-Type: message/rfc822\r\n\r\n\r\nSubject: x\r\nMessage-ID: <ours@acme.example>\r\n\r\nbody\r\n--b--\r\n"},
		{"returned headers", head + "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n" +
			"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nSubject: x\r\nMessage-ID: <ours@acme.example>\r\n--b--\r\n"},
		{"inline copy", head + "\r\nHi. This is the qmail-send program. I'm afraid I wasn't able to deliver your message.\r\n\r\n" +
			"--- Below this line is a copy of the message.\r\n\r\nReturn-Path: <support@acme.example>\r\n" +
			"Message-ID: <ours@acme.example>\r\nSubject: x\r\n\r\nbody\r\n"},
	} {
		m, err := Parse([]byte(tt.raw), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ids := m.ThreadIDs(); m.Auto != Bounce || len(ids) != 1 || ids[0] != "ours@acme.example" {
			t.Errorf("%s: automatic %q, ThreadIDs %q; want a bounce threading by ours@acme.example", tt.name, m.Auto, ids)
		}
	}
	// A person's mail with a message attached does not thread by it.
	m, _ := Parse([]byte("From: ann@a.example\r\nSubject: see attached\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"+
		"--b\r\nContent-Type: text/plain\r\n\r\nLook.\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: <other@x>\r\n\r\nhi\r\n--b--\r\n"), ParseOptions{})
	if ids := m.ThreadIDs(); len(ids) != 0 {
		t.Errorf("person's mail with an attached message: ThreadIDs %q, want none", ids)
	}
}
