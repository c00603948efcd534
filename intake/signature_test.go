package intake

import (
	"strings"
	"testing"
)

func TestSplitSignature(t *testing.T) {
	for _, tt := range []struct {
		name, text, sender, words string // words "" means: no signature found
	}{
		{"sign-off, name and title", "How do I export invoices?\n\nThanks,\nMaria Lopez\nManager, Critical Incident Response Team\nAcme Bank\n", "Maria Lopez",
			"How do I export invoices?\n\nThanks,\n"},
		{"name on the sign-off line", "How do I export invoices?\n\nThanks, Maria\nHead of Outage Coordination\n+1 555 0100\n", "",
			"How do I export invoices?\n\nThanks, Maria\n"},
		{"the sender's name without a sign-off", "The portal is down for everyone.\n\nLopez, Maria\nData Breach Response Team\n", "Maria Lopez",
			"The portal is down for everyone.\n\n"},
		{"German", "Der Export klappt nicht.\n\nMit freundlichen Grüßen\n\nJan Becker\nLeiter IT-Sicherheit\nBecker Logistik GmbH & Co. KG\n", "",
			"Der Export klappt nicht.\n\nMit freundlichen Grüßen\n\n"},
		{"French title in lower case", "Le rapport ne s'affiche plus.\n\nCordialement,\nClaire Dubois\nResponsable du service client\n", "",
			"Le rapport ne s'affiche plus.\n\nCordialement,\n"},
		{"terse words under a thanks are no signature", "Hi,\nthanks\nbut still broken for all users\nnobody can log in\n", "Ann Lee", ""},
		{"a postscript below", "All fine now.\n\nRegards,\nAnn Lee\n\nP.S. the export is still down\n", "Ann Lee", ""},
		{"a sentence below the name", "Fine.\n\nThanks,\nAnn\nThe login page is down again.\n", "", ""},
		{"sign-off last", "The checkout fails for all customers.\n\nThanks!\n", "", ""},
		{"nothing but a sign-off and a signature", "Thanks,\nAnn Lee\nCTO\n", "Ann Lee", "Thanks,\n"},
		{"nothing but a signature", "Ann Lee\nCTO\n", "Ann Lee", ""},
		{"someone else's name", "Please call our CTO.\n\nJohn Doe\nCritical Incident Manager\n", "Maria Lopez", ""},
		{"too long to be a signature", "Down.\n\nBest,\nAnn\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "", ""},
	} {
		words, sig := SplitSignature(tt.text, tt.sender)
		if words+sig != tt.text {
			t.Errorf("%s: words+signature is not the text", tt.name)
		}
		want := tt.words
		if want == "" {
			want = tt.text
		}
		if words != want {
			t.Errorf("%s: words = %q, want %q (signature %q)", tt.name, words, want, sig)
		}
	}
}

func TestSeverityTextLeavesTheSignature(t *testing.T) {
	raw := "From: Maria Lopez <maria@bank.example>\r\nTo: support@acme.example\r\nSubject: Fwd: question\r\n\r\n" +
		"Can you answer this?\r\n\r\nThanks,\r\nMaria Lopez\r\nData Breach Response Team\r\n\r\n" +
		"---------- Forwarded message ---------\r\nFrom: Tom <tom@bank.example>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nSubject: question\r\n\r\n" +
		"How do I export invoices?\r\n\r\nRegards,\r\nTom Baker\r\nOutage Coordination Lead\r\n"
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := m.SeverityText()
	for _, gone := range []string{"Breach", "Outage", "Maria Lopez", "Tom Baker"} {
		if strings.Contains(got, gone) {
			t.Errorf("SeverityText holds %q:\n%s", gone, got)
		}
	}
	for _, kept := range []string{"Can you answer this?", "How do I export invoices?"} {
		if !strings.Contains(got, kept) {
			t.Errorf("SeverityText lost %q:\n%s", kept, got)
		}
	}
	if !strings.Contains(m.NewText(), "Data Breach Response Team") || !strings.Contains(m.Visible, "Maria Lopez") {
		t.Errorf("NewText and Visible must keep the signature:\n%s", m.NewText())
	}
}

// TestSplitSignatureReadsTheTail: a long body is read at its end only,
// with the same answer as a short one.
func TestSplitSignatureReadsTheTail(t *testing.T) {
	body := strings.Repeat("The export fails for every user since Monday.\n", 500)
	text := body + "\nThanks,\nMaria Lopez\nCritical Incident Response Team\n"
	words, sig := SplitSignature(text, "")
	if words != body+"\nThanks,\n" || sig != "Maria Lopez\nCritical Incident Response Team\n" {
		t.Errorf("words end %q, signature %q", words[len(words)-40:], sig)
	}
}
