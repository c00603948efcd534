package intake

import (
	"testing"
	"time"
)

func TestFixTransferEncoding(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"base64", "base64", false},
		{"Base64", "base64", false},
		{"Quoted-Printable", "quoted-printable", false},
		{" 7bit ", "7bit", false},
		{"quoted printable", "quoted-printable", true},
		{"quoted-printable;", "quoted-printable", true},
		{`"base64"`, "base64", true},
		{"7-bit", "", true},
		{"8bits", "", true},
		{"plain", "", true},
		{"x-uuencode", "", true},
		{"base9000", "", true},
	}
	for _, tt := range tests {
		got, ok := fixTransferEncoding(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("fixTransferEncoding(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseMisspeltEncodings(t *testing.T) {
	tests := []struct{ name, raw, want string }{
		{"quoted printable with a space",
			"From: a@example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted printable\n\nF=C3=BCr Sie\n",
			"Für Sie"},
		{"doubled charset=",
			"From: a@example.org\nContent-Type: text/plain; charset=\"charset=iso-8859-1\"\nContent-Transfer-Encoding: 8bit\n\nF\xfcr Sie\n",
			"Für Sie"},
		{"7-bit",
			"From: a@example.org\nContent-Type: text/plain\nContent-Transfer-Encoding: 7-bit\n\nplain text\n",
			"plain text"},
	}
	for _, tt := range tests {
		m, err := Parse([]byte(tt.raw), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if m.Visible != tt.want {
			t.Errorf("%s: Parse().Visible = %q, want %q (warnings %q)", tt.name, m.Visible, tt.want, m.Warnings)
		}
	}
}

func TestParseDateLenient(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Thu, 29 Apr 2010 23:34:45 +0900", "2010-04-29T23:34:45+09:00"},
		{"Thu 29 Apr 2010 23:34:45 +0900", "2010-04-29T23:34:45+09:00"},
		{"Thu, 29 Apr 2010 23:34:45 +0900 (JST)", "2010-04-29T23:34:45+09:00"},
		{"Tue, 12 Oct 2010 16:21:05 H0500", "2010-10-12T16:21:05Z"},
		{"29-04-2017 23:34", "2017-04-29T23:34:00Z"},
		{"Thu,  29 Apr  2010 23:34 +0900", "2010-04-29T23:34:00+09:00"},
	}
	for _, tt := range tests {
		got, err := parseDateLenient(tt.in)
		if err != nil || got.Format(time.RFC3339) != tt.want {
			t.Errorf("parseDateLenient(%q) = %v, %v, want %s", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"<HR>", "", "yesterday"} {
		if _, err := parseDateLenient(bad); err == nil {
			t.Errorf("parseDateLenient(%q) = nil error, want one", bad)
		}
	}
}

func TestParseAddressQuirks(t *testing.T) {
	raw := "From: \"=?UTF-8?Q?J=C3=B6rg_M=C3=BCller?=\" <joerg@example.de>\n" +
		"To: =?UTF-8?B?w4RybWVs?= <a@example.de>, \"Doe, J.\" <j@example.de>, undisclosed-recipients:;\n" +
		"Subject: =?UTF-8?Q?Gr=C3?= =?UTF-8?Q?=BC=C3=9Fe?= aus =?iso-8859-1?q?M=FCnchen?=\n\nhi\n"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.From.Name != "Jörg Müller" {
		t.Errorf("From.Name = %q, want %q", m.From.Name, "Jörg Müller")
	}
	if len(m.To) != 2 || m.To[0].Name != "Ärmel" || m.To[1].Name != "Doe, J." {
		t.Errorf("To = %+v, want Ärmel and \"Doe, J.\"", m.To)
	}
	if m.Subject != "Grüße aus München" {
		t.Errorf("Subject = %q, want %q (a character split over two encoded words)", m.Subject, "Grüße aus München")
	}
}

func TestParseDateFromReceived(t *testing.T) {
	raw := "Received: from mx.example.org by mx.example.com;\n Tue, 6 Jan 2026 09:00:00 +0000\n" +
		"Received: from a by b; Mon, 5 Jan 2026 08:00:00 +0000\nFrom: a@example.org\nDate: <HR>\n\nhi\n"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 1, 6, 9, 0, 0, 0, time.UTC); !m.Date.Equal(want) {
		t.Errorf("Date = %v, want %v from the newest Received field", m.Date, want)
	}
}

// A broken parameter must not turn a PDF into text: the media type before
// the ";" is kept and the name read as best it can.
func TestLenientContentType(t *testing.T) {
	for _, tt := range []struct{ ct, typ, name string }{
		{`application/pdf; name==?utf-8?B?VGhpcyBpcyBhIHRlc3QucGRm?=`, "application/pdf", "=?utf-8?B?VGhpcyBpcyBhIHRlc3QucGRm?="},
		{`Image/PNG; name="unbalanced.png`, "image/png", "unbalanced.png"},
		{`application/octet-stream; x=1; name = "a b.zip"; y`, "application/octet-stream", "a b.zip"},
		{`garbage`, "text/plain", ""},
		{`text; charset=utf-8`, "text/plain", ""},
	} {
		typ, params := lenientContentType(tt.ct)
		if typ != tt.typ || params["name"] != tt.name {
			t.Errorf("lenientContentType(%q) = %q, name %q; want %q, %q", tt.ct, typ, params["name"], tt.typ, tt.name)
		}
	}
}
