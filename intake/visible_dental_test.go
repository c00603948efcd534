package intake

import "testing"

// TestCardAloneNameShapes: a card sent alone over the mail answered is
// read whatever its name's shape: a family name with a second capital
// after its prefix (MacLeod, McDonald, DeSouza), a degree with the
// college that awards it in brackets ("RCS(Ed)", "FRCS(Glasg)"), a
// title abbreviated in an Indic script as a letter and its vowel sign
// (Hindi "डॉ.").
func TestCardAloneNameShapes(t *testing.T) {
	for _, tt := range []struct{ name, card, quote string }{
		{"Scottish, Gmail", "Ryan McDonald\nPractice Manager\nGlenview Surgery\n01463 555 210",
			"\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"},
		{"Portuguese, Gmail", "Ana DeSouza\nGerente de Clínica\nClínica Sorriso\n+55 11 5555 0101",
			"\n\nEm ter., 17 de nov. de 2026 às 10:12, Acme Support <support@acme.example> escreveu:\n> Por favor, confirme.\n"},
		{"Hindi, Gmail", "डॉ. अमित कुमार शर्मा\nदंत चिकित्सक\nशर्मा डेंटल क्लिनिक, जयपुर\nमोबाइल: 98290 55512",
			"\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"},
	} {
		if v := visibleText(tt.card+tt.quote, false); v.text != "" || !v.quotedOnly {
			t.Errorf("%s: visibleText = %q, quoted only %v", tt.name, v.text, v.quotedOnly)
		}
	}
	if !postNominal("RCS(Ed)") || !postNominal("FRCS(Glasg)") || postNominal("(Ed)") || postNominal("Ward(3)") {
		t.Error("postNominal: a degree and its college in brackets")
	}
}

// TestCardAloneNameShapesNotText: a product's name in two capitals, a
// word typed over the card, a sentence under the name, and an
// abbreviation of two letters in an Indic script stay the writer's.
func TestCardAloneNameShapesNotText(t *testing.T) {
	const quote = "\n\nOn Tue, 17 Nov 2026 at 10:12, Acme Support <support@acme.example> wrote:\n> Please confirm.\n"
	for _, body := range []string{
		"Confirmed.\nRyan McDonald\nPractice Manager\n01463 555 210" + quote,
		"Ryan McDonald\nPlease call me back after lunch, we need this fixed.\n01463 555 210" + quote,
		"Ryan McDonald" + quote,
		"SMS GateWAY down\nPractice Manager\n01463 555 210" + quote,
	} {
		if v := visibleText(body, false); v.text == "" || v.quotedOnly {
			t.Errorf("visibleText(%q) read as nothing typed", body)
		}
	}
	if personNameShape("GitHUB Issues") || personNameShape("PayPal") || !personNameShape("Eilidh MacLeod") {
		t.Error("personNameShape: one second capital between small letters")
	}
	if caselessTitle("कि.मी") || !caselessTitle("डॉ.") || !caselessTitle("ডা.") {
		t.Error("caselessTitle: a letter and its marks")
	}
}
