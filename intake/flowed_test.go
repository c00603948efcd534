package intake

import "testing"

func TestUnflow(t *testing.T) {
	for _, tt := range []struct {
		name  string
		in    string
		delsp bool
		want  string
	}{
		{"paragraph", "Since this morning none of our \r\nstaff can log in to the \r\nplatform.\r\n\r\nThanks\r\n", false,
			"Since this morning none of our staff can log in to the platform.\n\nThanks\n"},
		{"delsp", "Die Plattform ist sei \r\nt heute down.\r\n", true, "Die Plattform ist seit heute down.\n"},
		{"quoted", "Still down.\r\n\r\n> On Monday you \r\n> wrote that it \r\n> was fixed.\r\n>> older \r\n>> text\r\n", false,
			"Still down.\n\n> On Monday you wrote that it was fixed.\n>> older text\n"},
		{"depth change ends a paragraph", "> quoted \r\nnew\r\n", false, "> quoted \nnew\n"},
		{"signature separator is not soft", "Thanks\r\n-- \r\nAnn\r\n", false, "Thanks\n-- \nAnn\n"},
		{"space-stuffed", " From the logs \r\nit fails.\r\n  indented\r\n", false, "From the logs it fails.\n indented\n"},
	} {
		if got := unflow(tt.in, tt.delsp); got != tt.want {
			t.Errorf("%s: unflow = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestParseFlowed(t *testing.T) {
	raw := "From: Ann <ann@example.org>\r\nTo: support@acme.example\r\nSubject: Re: down\r\n" +
		"Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes\r\n\r\n" +
		"Nobody in our company can log in since this mor \r\nning; the whole platform returns  \r\n500 errors.\r\n\r\n" +
		"Am 26.11.2026 um 09:00 schrieb Support:\r\n> Is it \r\n> fixed?\r\n"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Nobody in our company can log in since this morning; the whole platform returns 500 errors."; m.Visible != want {
		t.Errorf("Visible = %q, want %q", m.Visible, want)
	}
}
