package intake

import "testing"

// TestBannerThenGreeting (replies/stranger92's 23): an HTML banner in a
// block of its own is followed by the writer's greeting with no blank
// line between them once the HTML is text; the banner's sentences are
// dropped and the greeting, which opens a sentence of its own after the
// banner's last, is the writer's (it was dropped with the banner before).
func TestBannerThenGreeting(t *testing.T) {
	const quote = "\n\nFrom: Acme Support <support@acme.example>\nSent: Thursday, 19 November 2026 10:02\nTo: Nomvula Dlamini\nSubject: Inspections\n\nHello,\nwe will check.\n"
	for _, tt := range []struct{ name, banner, greeting string }{
		{"English, Outlook on the web", "CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe.", "Hi Grant,"},
		{"English, wrapped over two lines", "CAUTION: This email originated from outside of the organisation. Do not click links or\nopen attachments unless you recognise the sender and know the content is safe.", "Good morning Grant,"},
		{"German", "ACHTUNG: Diese E-Mail stammt von außerhalb der Organisation. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.", "Hallo Herr Becker,"},
		{"a tag over its notice", "[EXTERNAL] This message came from outside your organization. Do not click links unless you trust the sender.", "Dear Grant,"},
	} {
		text := tt.greeting + "\n\nThe offline mode lost two inspections at Umhlanga last week.\n\nKind regards,\nNomvula"
		if got := VisibleText(tt.banner + "\n" + text + quote); got != text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, text)
		}
	}
}

// TestBannerThenGreetingNotText: a banner of a sentence a line is the
// banner to its last line, and a banner's sentence wrapped onto a line
// that starts with a capital is the banner's.
func TestBannerThenGreetingNotText(t *testing.T) {
	const text = "Hi Grant,\n\nThe offline mode lost two inspections last week.\n\nNomvula"
	const quote = "\n\nOn Thu, 19 Nov 2026 at 10:02, Acme Support <support@acme.example> wrote:\n> we will check.\n"
	for _, banner := range []string{
		"[EXTERNAL] This email originated outside the organisation.\nDo not click links or open attachments unless you recognise the sender.\nBe careful with links in mail from outside the organisation.",
		"CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you\nRecognise the sender and know the content is safe.",
	} {
		if got := VisibleText(banner + "\n\n" + text + quote); got != text {
			t.Errorf("banner %q:\n got %q\nwant %q", banner, got, text)
		}
	}
}
