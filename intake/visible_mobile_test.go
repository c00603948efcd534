package intake

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// mobileSigRes's gate (gateWords) never turns away a line the expression
// matches, and it has words to gate with: every
// line of the fixtures and of the tests' mobile signatures, each also
// with its letters swapped for the others of their case-folding orbit
// ("ſent" for "sent", the Kelvin sign for "k", the rounded Cyrillic o).
func TestMobileSigGateCoversTheExpression(t *testing.T) {
	lines := []string{"Sent from my iPhone", "Get Outlook for iOS", "iPhoneから送信", "iPhone에서 보냄", "从我的iPhone发送",
		"Odesláno z iPhonu", "iPhone'umdan gönderildi", "Inviato da iPhone", "Enviado desde mi iPhone", "Envoyé de mon iPhone",
		"Verstuurd vanaf mijn iPhone", "Skickat från min iPhone", "Wysłane z iPhone'a", "Отправлено с iPhone",
		"Von meinem iPhone gesendet", "Sent with BlackBerry", "Samsung from mobile", "from my Galaxy", "Gesendet mit der GMX Mail App",
		"Diese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet.", "Holen Sie sich Outlook für Android",
		"Obtenir Outlook pour iOS", "Scarica Outlook per Android", "Obtener Outlook para iOS", "Outlook voor Android downloaden",
		"Sendt fra min iPhone", "Från min iPhone", "Lähetetty iPhonesta", "Надіслано з iPhone", "從我的 iPhone 傳送", "发自我的iPhone",
		"寄件者為 iPhone", "Odoslané z iPhonu", "Poslano s iPhona", "Trimis de pe iPhone", "Sent from a phone", "Sent from mobile device",
		"Verzonden met Outlook", "Sent from my iPhone. Please excuse the typos", "أُرسلت من الـ iPhone", "נשלח מה-iPhone שלי",
		"Στάλθηκε από το iPhone μου", "iPhone-ról küldve", "Get BlueMail for Android", "Sent with Proton Mail secure email.",
		"Envoyé avec la messagerie sécurisée Proton Mail.", "Envoyé à partir de Courrier pour Windows", "Enviado desde Correo para Windows",
		"Samsung Galaxy 스마트폰에서 보냈습니다."}
	for _, l := range lines {
		if !mobileSigRes.MatchString(l) {
			t.Errorf("mobileSigRes does not match %q", l)
		}
	}
	files, _ := filepath.Glob("testdata/*.eml")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	mobileSigRes.pass("") // derives the gate, as its first use does
	if mobileSigRes.words == nil {
		t.Fatal("mobileSigRes has no gate: every text line would run through it")
	}
	matched := 0
	for _, l := range lines {
		for _, v := range []string{l, swapFolds(l)} {
			t2 := strings.TrimSpace(v)
			if !mobileSigRes.Regexp().MatchString(t2) {
				continue
			}
			matched++
			if !mobileSigRes.pass(t2) {
				t.Errorf("mobileSigRes's gate turns away %q, which the expression matches", t2)
			}
		}
	}
	if matched < 70 {
		t.Errorf("%d lines matched mobileSigRes; want the tests' signatures, each in two spellings", matched)
	}
}

// swapFolds replaces each rune by the next one of its case-folding orbit.
func swapFolds(s string) string {
	return strings.Map(func(r rune) rune { return unicode.SimpleFold(r) }, s)
}
