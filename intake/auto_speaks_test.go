package intake

import (
	"strings"
	"testing"
)

// A relay under Auto-Submitted: auto-generated that answers none of our
// mail carries a person's words below its own frame (stranger61's
// voicemail transcript, Telegram bot, insurer's portal): a person speaks
// in it, and it is theirs.
func TestAutoPersonSpeaksUnderHeaders(t *testing.T) {
	for _, tc := range []struct{ name, raw string }{
		{"voicemail", "From: Voicemail <voicemail@voice.example>\r\nTo: support@acme.example\r\nSubject: New voicemail from (503) 555-0100\r\nAuto-Submitted: auto-generated\r\n\r\n" +
			"You have a new voicemail.\r\n\r\nFrom: (503) 555-0100\r\nDuration: 0:58\r\n\r\n" +
			"\"Hi, this is Dana, I'm the manager at the Elm Street office. Our check-in kiosk shows an error since this morning. Can somebody call me back today? Thanks.\"\r\n"},
		{"portal, Polish", "From: Portal <powiadomienia@portal.example>\r\nTo: support@acme.example\r\nSubject: Nowa wiadomość\r\nAuto-Submitted: auto-generated\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"Otrzymałeś nową wiadomość w portalu.\r\n\r\nOd: Anna Nowak\r\n\r\n" +
			"Dzień dobry, w pliku za październik brakuje czterech pozycji z numerem polisy. Proszę o korektę pliku do piątku, inaczej rozliczenie przejdzie na kolejny miesiąc.\r\n"},
	} {
		m, err := Parse([]byte(tc.raw), ParseOptions{OwnAddresses: []string{"support@acme.example"}})
		if err != nil {
			t.Fatal(err)
		}
		if m.Auto != "" {
			t.Errorf("%s: kind %q (%s), want a person's", tc.name, m.Auto, m.AutoReason)
		}
	}
}

// What the fallback must not take: a notification that speaks as a
// company ("we", "your order") under Auto-Submitted, a Polish absence
// rule that says "I" in its first paragraph with no frame above it, a
// sales sequence under List-Unsubscribe, and a relay's frame whose
// "please" is a machine's ("please do not reply").
func TestAutoPersonSpeaksNotText(t *testing.T) {
	for _, tc := range []struct{ name, raw string }{
		{"company notice", "From: Shop <orders@shop.example>\r\nTo: support@acme.example\r\nSubject: Your order has shipped\r\nAuto-Submitted: auto-generated\r\n\r\n" +
			"Your order 44121 is on its way.\r\n\r\nWe have handed your parcel to the carrier. Questions? Our team is happy to help you any time at the help centre.\r\n"},
		{"absence, no frame", "From: Jan Kowalski <jan@clinic.example>\r\nTo: support@acme.example\r\nSubject: Nieobecność\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			"Dzień dobry,\r\n\r\njestem na urlopie do 13 listopada. W sprawach pilnych proszę kontaktować się z recepcją, tel. 42 555 01 20, mój zastępca odpowie.\r\n"},
		{"sales sequence", "From: Sarah <sarah@vendor.example>\r\nTo: support@acme.example\r\nSubject: Quick idea\r\nList-Unsubscribe: <https://vendor.example/u>\r\nPrecedence: bulk\r\n\r\n" +
			"Vendor helps desks answer faster.\r\n\r\nI wanted to reach out personally because my team built something for you. Would you have 15 minutes next week for a call with me?\r\n"},
		{"machine's please", "From: Relay <relay@gw.example>\r\nTo: support@acme.example\r\nSubject: New message\r\nAuto-Submitted: auto-generated\r\n\r\n" +
			"A new message arrived for your channel.\r\n\r\nThis is an automated message, please do not reply to me or to this address; open the console to read it and answer.\r\n"},
	} {
		m, err := Parse([]byte(tc.raw), ParseOptions{OwnAddresses: []string{"support@acme.example"}})
		if err != nil {
			t.Fatal(err)
		}
		if m.Auto == "" {
			t.Errorf("%s: read as a person's, want automatic", tc.name)
		}
	}
	if personSpeaks(&Message{Visible: strings.Repeat("We are pleased to tell you that your plan renews soon. Please review your settings today.\n\n", 2)}) {
		t.Error("a company's \"we\" and \"please\" read as a person speaking")
	}
}
