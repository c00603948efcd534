package intake

import (
	"strings"
	"testing"
)

// TestClosedNameWidenedSignatureOnly: Outlook's signature sent alone
// under a closing that says nothing but goodbye is no new text when the
// name under the closing carries a title abbreviated by its shape
// ("Arh.", abbreviatedTitle), is written in a script without capitals
// (caselessNameShape: Persian, a title of profession among its words),
// its contacts in the digits of its script (contactLine), and the
// closing is Persian ("با احترام", signOffCore) (stranger84's 34 and 41,
// shown as new text before).
func TestClosedNameWidenedSignatureOnly(t *testing.T) {
	for _, body := range []string{
		"\nبا احترام\nمهندس امیرحسین کریمی\nمدیر فنی پروژه\nتلفن: ۸۸۷۱۲۰۴۵-۰۲۱\n",
		"\nارادتمند شما\nسارا احمدی\nکارشناس مالی\nتلفن: +98 21 5555 0101\n",
		"\nCu stimă,\nArh. Cristina Vasilescu\nPartener | Director de proiect\nTel.: +40 21 310 22 47\n",
		"\nS poštovanjem,\nInž. Marko Petrović\nRukovodilac projekta\nTel. +381 11 555 0101\n",
	} {
		if v := visibleText(body, false); v.text != "" || !v.quotedOnly {
			t.Errorf("body alone %q: got %q, quoted only %v", body, v.text, v.quotedOnly)
		}
	}
}

// TestClosedNameWidenedSignatureOnlyNotText: a thanks in Persian is a
// message, as a thanks is in any language; a line under the closing with
// a number or a question, or a word alone after an abbreviation, is
// typed; and a Persian closing typed under the writer's words does not
// make them a signature.
func TestClosedNameWidenedSignatureOnlyNotText(t *testing.T) {
	for _, body := range []string{
		"با تشکر\n\nمهندس امیرحسین کریمی\nمدیر فنی پروژه\nتلفن: ۸۸۷۱۲۰۴۵-۰۲۱",
		"با احترام\n\nسفارش ۲۴ تایید شد\nتلفن: ۸۸۷۱۲۰۴۵-۰۲۱",
		"با احترام\n\nآیا فردا تماس می\u200cگیرید؟\nتلفن: ۸۸۷۱۲۰۴۵-۰۲۱",
		"گزارش را فرستادم\n\nبا احترام\nمهندس امیرحسین کریمی\nتلفن: ۸۸۷۱۲۰۴۵-۰۲۱",
		"Cu stimă,\n\nArh. Aprobat\nTel.: +40 21 310 22 47",
		"Cu stimă,\n\nAprobat de Cristina Vasilescu azi\nTel.: +40 21 310 22 47",
	} {
		if v := visibleText(body, false); v.quotedOnly || trimmedLines(v.text) != trimmedLines(body) {
			t.Errorf("body alone %q: got %q, quoted only %v", body, v.text, v.quotedOnly)
		}
	}
}

// TestBannerOnlyKnownSenders: an external-sender banner whose caution
// allows only what is known ("Klicken Sie nur auf Links, wenn Sie den
// Absender kennen", stranger84's 01, kept before) is dropped.
func TestBannerOnlyKnownSenders(t *testing.T) {
	for _, banner := range []string{
		"ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nur auf Links, wenn Sie den Absender kennen.",
		"CAUTION: This email originated from outside the organization. Only click links if you know the sender.",
	} {
		body := banner + "\n\nBitte den Status zurücksetzen.\n\nBeste Grüße\nKatharina"
		if got := visibleText(body, false).text; strings.Contains(got, banner) || !strings.Contains(got, "Bitte den Status") {
			t.Errorf("%q: got %q", banner, got)
		}
	}
}

// TestBannerOnlyKnownSendersNotText: a writer's first paragraph about an
// external sender that cautions nothing, or that only asks to click,
// stays.
func TestBannerOnlyKnownSendersNotText(t *testing.T) {
	for _, first := range []string{
		"Die Mail stammt von einem externen Absender, den wir kennen: bitte freischalten.",
		"Only click the blue button once, the external sender list then updates.",
		"Klicken Sie nur einmal auf Freigeben, der externe Absender sieht den Plan dann.",
	} {
		body := first + "\n\nBeste Grüße\nKatharina"
		if got := visibleText(body, false).text; !strings.Contains(got, first) {
			t.Errorf("%q: got %q", first, got)
		}
	}
}

// TestSamsungDeviceFooter: Samsung's footer that names the device, not
// the smartphone ("Trimis de pe dispozitivul meu Samsung Galaxy",
// stranger84's 20, kept before), is a mobile footer; a writer's
// sentence about the device has more words and stays.
func TestSamsungDeviceFooter(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Trimis de pe dispozitivul meu Samsung Galaxy", true},
		{"Enviado desde mi dispositivo Samsung Galaxy", true},
		{"Sent from my Samsung Galaxy device", true},
		{"Aplicația nu pornește pe dispozitivul meu Samsung Galaxy", false},
		{"The app crashes on my Samsung Galaxy device", false},
	} {
		if got := samsungFooter(c.line); got != c.want {
			t.Errorf("samsungFooter(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
