package intake

import "testing"

// TestMarkerAfterText: Samsung's and Android's mail write the quote's
// separator right after the reply's last word when the writer typed no
// line break ("tamam yarın sabah tekrar deneriz-------- Orijinal mesaj
// --------"); the text before it is the writer's, the separator and what
// is below it history (a Turkish pharmacist's reply lost its one line to
// it: the line was read as the separator's).
func TestMarkerAfterText(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Turkish", "tamam yarın sabah tekrar deneriz-------- Orijinal mesaj --------\nGönderen: Acme Destek <support@acme.example>\nTarih: 12.11.2026 14:02\nAlıcı: eczane@ornek.example\nKonu: Re: Reçete aktarımı\n\nMerhaba,\naktarım düzeldi mi?", "tamam yarın sabah tekrar deneriz"},
		{"English", "OK, will try again tomorrow. -------- Original message --------\nFrom: Acme Support <support@acme.example>\nDate: 11/12/26 14:02 (GMT+01:00)\nTo: ops@example.org\nSubject: Re: Import\n\nHello,\nis the import working now?", "OK, will try again tomorrow."},
		{"German", "Passt, danke-------- Ursprüngliche Nachricht --------\nVon: Acme Support <support@acme.example>\nDatum: 12.11.26 14:02 (GMT+01:00)\nAn: info@beispiel.example\nBetreff: Re: Import\n\nHallo,\nfunktioniert der Import jetzt?", "Passt, danke"},
	} {
		if got := VisibleText(tt.text); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestMarkerAfterTextNotText: dashes a writer types at a line's end
// around words that are no separator's stay the writer's.
func TestMarkerAfterTextNotText(t *testing.T) {
	for _, text := range []string{
		"The log ends with -- connection reset by peer --\nand nothing after it.\n\nTom",
		"Please check the field --- order status ---\nbefore you close it.\n\nAnna",
	} {
		if got := VisibleText(text); got != text {
			t.Errorf("got %q, want %q", got, text)
		}
	}
}

// TestMarkerAloneNotSplit: a separator alone on its line, with dashes of
// unequal length as Gmail writes them ("---------- Forwarded message
// ---------"), is the separator whole: a forward without comment shows
// the forwarded mail (the first markerAfterText split its first dash off
// and read it as the writer's text).
func TestMarkerAloneNotSplit(t *testing.T) {
	for _, sep := range []string{"---------- Forwarded message ---------", "-------- Messaggio inoltrato --------", "----- Forwarded Message -----"} {
		text := sep + "\nFrom: Ana Ruiz <ana@example.org>\nDate: Tue, 10 Nov 2026 at 09:12\nSubject: Entrega\nTo: <support@acme.example>\n\nEstimados:\nla entrega no llegó.\n\nAna"
		if got := VisibleText(text); got == "-" || got == "" {
			t.Errorf("%s: got %q", sep, got)
		}
	}
	// A quoted separator is whole too: its ">" is no text before it.
	const quoted = "Please see my answers below.\n\n> -----Original Message-----\n> From: Acme Support <support@acme.example>\n> Sent: Tuesday, November 10, 2026 9:12 AM\n> Subject: Import\n>\n> Is the import working now?"
	if got, want := VisibleText(quoted), "Please see my answers below."; got != want {
		t.Errorf("quoted separator: got %q, want %q", got, want)
	}
}
