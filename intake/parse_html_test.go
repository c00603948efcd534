package intake

import "testing"

func TestHTMLNewText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"gmail signature and quote",
			`<div dir="ltr">It works again.<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">Ann Example<br>ACME Corp</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 5. Jan. 2026 um 10:00 Uhr schrieb Support &lt;support@example.com&gt;:<br></div><blockquote class="gmail_quote">We received your request.</blockquote></div>`,
			"It works again."},
		{"outlook history in a table",
			`<div>Still failing.</div><div id="appendonsend"></div><hr><table><tr><td><b>From</b></td><td>Support</td></tr><tr><td><b>Date</b></td><td>5 January 2026</td></tr></table><div>We received your request.</div>`,
			"Still failing."},
		{"thunderbird",
			`<p>Done.</p><div class="moz-cite-prefix">On 05.01.26 10:00, Support wrote:<br></div><blockquote type="cite">Is it done?</blockquote><pre class="moz-signature" cols="72">-- 
Ann</pre>`,
			"Done."},
		{"zimbra rule", `<div>Still down.</div><hr id="zwchr"><div><b>From: </b>Dana</div><div>Fixed?</div>`, "Still down."},
		{"roundcube", `<p>Works.</p><p id="reply-intro">On 03.03.2026 10:07, Dana wrote:</p><blockquote type="cite">Fixed?</blockquote>`, "Works."},
		{"nothing marked", `<p>Hello</p>`, ""},
	}
	for _, tt := range tests {
		text, _, _ := htmlNewText(tt.html)
		if got := VisibleText(text); got != tt.want {
			t.Errorf("%s: VisibleText(htmlNewText(…)) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestParseHTMLOnlyForward: a forward without a comment marks all of its
// body as history; the forwarded text is what the mail says.
func TestParseHTMLOnlyForward(t *testing.T) {
	raw := "From: a@example.org\nContent-Type: text/html; charset=utf-8\n\n" +
		`<div dir="ltr"><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <b>Ann</b> &lt;ann@example.org&gt;<br>Date: Mon, Jan 5, 2026 at 10:00 AM<br>Subject: Server<br>To: Bob &lt;bob@example.org&gt;<br></div><br><div dir="ltr">The server is down.</div></div></div>`
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Visible != "The server is down." {
		t.Errorf("Visible = %q, want %q", m.Visible, "The server is down.")
	}
}
