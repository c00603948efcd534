package intake

import "testing"

// TestGoodbyeClosingMoreLanguages (replies/stranger86's 04, 20, 21, 45):
// Outlook's signature sent alone opens with the formal closing of the
// writer's language, and the closings of Estonian, Slovenian, Afrikaans
// and Georgian (and of some thirty more languages, signOffCore) were not
// read as one: the signature came out as new text. A name with its degree
// in small abbreviations after a comma ("mag. Tina Novak, dr. vet. med.":
// abbreviatedDegrees) is the sender's name, and Georgian, whose letters
// are small letters to Unicode though its text has no capitals, is read
// as a script without capitals (smallLetter, georgianWord).
func TestGoodbyeClosingMoreLanguages(t *testing.T) {
	for _, tc := range []struct{ from, body string }{
		{"Kadri Tamm", "Lugupidamisega\n\nKadri Tamm\nPraksisejuht\nLoomakliinik Käpp OÜ\nTähe 112, 50107 Tartu\nTel +372 5550 4411"},
		{"Tina Novak", "Lep pozdrav,\n\nmag. Tina Novak, dr. vet. med.\nvodja ambulante\nVeterinarska ambulanta d.o.o.\nT: +386 1 555 23 40"},
		{"Johan Botha", "Groete\n\nDr Johan Botha\nBotha & Venter Dierehospitaal\nKerkstraat 22, Stellenbosch, 7600\nTel: 021 555 4412"},
		{"Arben Hoxha", "Me respekt,\n\nArben Hoxha\nDrejtor Operacional\n+355 4 000 1234"},
		{"Jānis Bērziņš", "Ar cieņu,\n\nJānis Bērziņš\nvaldes loceklis\nSIA Ķepa\nTālr. +371 2955 5012"},
		{"", "პატივისცემით,\n\nნინო ბერიძე\nვეტერინარი ექიმი\nშპს „ოთხი თათი“\nთბილისი, ვაჟა-ფშაველას გამზ. 45, 0186\nტელ: +995 32 255 55 12"},
	} {
		if !clientSignatureOnly(tc.body, tc.from) {
			t.Errorf("%q from %q: not read as the signature alone", tc.body, tc.from)
		}
	}
}

// TestGoodbyeClosingMoreLanguagesNotText: a line typed above the same
// closings, or a sentence under the name, is the writer's; a Georgian
// sentence ending in a short word keeps its full stop's meaning.
func TestGoodbyeClosingMoreLanguagesNotText(t *testing.T) {
	for _, tc := range []struct{ from, body string }{
		{"Kadri Tamm", "Arve on tasutud.\n\nLugupidamisega\n\nKadri Tamm\nPraksisejuht\nTel +372 5550 4411"},
		{"Tina Novak", "Lep pozdrav,\n\nmag. Tina Novak, dr. vet. med.\nProsim, pokličite me jutri.\nT: +386 1 555 23 40"},
		{"", "პატივისცემით,\n\nნინო ბერიძე\nგთხოვთ დამირეკოთ ხვალ დილით.\nტელ: +995 32 255 55 12"},
	} {
		if clientSignatureOnly(tc.body, tc.from) {
			t.Errorf("%q from %q: read as the signature alone", tc.body, tc.from)
		}
	}
	for _, w := range []string{"Tina Novak, dr. vet. med.", "Tina Novak, MBA"} {
		if got := withoutHonorific(w); got != "Tina Novak" {
			t.Errorf("withoutHonorific(%q) = %q", w, got)
		}
	}
	if got := withoutHonorific("Tina Novak, please call."); got == "Tina Novak" {
		t.Errorf("a sentence after a comma read as a degree")
	}
}
