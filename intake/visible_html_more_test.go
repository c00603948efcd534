package intake

import (
	"strings"
	"testing"
)

// TestVisibleTextHTMLAndFooters: Thunderbird's bottom post over its nested
// quote (the attribution and its blockquote side by side), a mail address
// Outlook's text part labels with its own mailto link, and footers whose
// link the text part prints in parentheses or whose possessive has two
// forms.
func TestVisibleTextHTMLAndFooters(t *testing.T) {
	html := `<html><body><div class="moz-cite-prefix">On 21/03/2025 10:02, Acme Support wrote:<br></div>
<blockquote type="cite"><div>Hi Emma,<br>the build is out.</div>
<div class="moz-cite-prefix">On 20/03/2025 17:45, Emma wrote:<br></div><blockquote type="cite">Hi Sam, it stopped.</blockquote></blockquote>
<p>Hi Sam,</p><p>confirmed, all records are there.</p><p>Emma</p></body></html>`
	raw := "From: Emma <emma@x.example>\r\nTo: support@acme.example\r\nSubject: Re: Import\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(m.Visible), " "); got != "Hi Sam, confirmed, all records are there. Emma" {
		t.Errorf("Thunderbird bottom post: %q", m.Visible)
	}
	for _, tt := range []struct{ name, in, want string }{
		{"mailto label", "Thanks.\n\nMarkus Brandt\nm.brandt@x.example<mailto:m.brandt@x.example> | www.x.example<https://www.x.example/>\n",
			"Thanks.\n\nMarkus Brandt\nm.brandt@x.example | www.x.example"},
		{"Yahoo footer with its link", "Funziona di nuovo.\n\nPaolo\n\nInviato da Yahoo Mail su Android ( https://go.onelink.me/107872968?pid=InProduct&c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&af_wl=ym )\n",
			"Funziona di nuovo.\n\nPaolo"},
		{"Samsung footer, both possessives", "Passt, danke.\n\nTim\n\nVon meinem/meiner Galaxy gesendet\n", "Passt, danke.\n\nTim"},
	} {
		if got := VisibleText(tt.in); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
