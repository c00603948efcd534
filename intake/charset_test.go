package intake

import (
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"strings"
	"testing"
)

// sevenBitMail is a mail whose one text part is labelled with charset cs
// and carries body as it is, in the transfer encoding cte.
func sevenBitMail(cs, cte, body string) []byte {
	return []byte("From: =?UTF-8?B?6L+R6JekIOa1qeS5iw==?= <h-kondo@kirameki-zakka.example>\r\n" +
		"To: support@acme.example\r\nSubject: test\r\nDate: Thu, 05 Nov 2026 08:30:10 +0900\r\n" +
		"Message-ID: <cs-1@kirameki-zakka.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=\"" + cs + "\"\r\nContent-Transfer-Encoding: " + cte + "\r\n\r\n" + body)
}

// TestParseSevenBitLabelOnUTF8: a text part labelled with a 7-bit
// charset (ISO-2022-JP, ISO-2022-KR, HZ) whose bytes are 8-bit UTF-8
// (a webmail's or a script's template that names the charset it meant
// and writes the one it has) is read as the UTF-8 it is: a 7-bit charset
// has no byte above 0x7F, and read as one "出張のため不在にしております"
// came out as a row of U+FFFD (stranger54's absence reply and shop
// receipt, and a marketplace's relay of a buyer's question).
func TestParseSevenBitLabelOnUTF8(t *testing.T) {
	for _, tc := range []struct{ cs, cte, body, want string }{
		{"ISO-2022-JP", "7bit", "いつもお世話になっております。\r\n出張のため不在にしております。\r\n", "出張のため不在にしております。"},
		{"iso-2022-jp", "8bit", "お問い合わせありがとうございます。\r\n", "お問い合わせありがとうございます。"},
		{"ISO-2022-JP", "quoted-printable", "=E4=B8=8D=E5=9C=A8=E3=81=A7=E3=81=99=E3=80=82\r\n", "不在です。"},
		{"ISO-2022-KR", "7bit", "부재중입니다. 11월 10일까지\r\n", "부재중입니다. 11월 10일까지"},
		{"HZ-GB-2312", "8bit", "我正在休假。\r\n", "我正在休假。"},
		// longer than what is read to decide, a letter cut at its end
		{"ISO-2022-JP", "8bit", "abcd" + strings.Repeat("不在です。\r\n", 8000), "不在です。\n不在です。"},
	} {
		m, err := Parse(sevenBitMail(tc.cs, tc.cte, tc.body), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Text, tc.want) || strings.Contains(m.Text, "\uFFFD") {
			t.Errorf("%s %s: text %q, want it to hold %q", tc.cs, tc.cte, m.Text, tc.want)
		}
	}
}

// TestParseSevenBitLabelNotUTF8: what is not UTF-8 in such a part is
// read by its label as before: ISO-2022-JP's own escapes, plain ASCII,
// and 8-bit bytes that are not UTF-8 (Shift_JIS under the wrong label)
// are not passed through as they are.
func TestParseSevenBitLabelNotUTF8(t *testing.T) {
	for _, tc := range []struct{ cs, body, want, not string }{
		// "テストです。" in ISO-2022-JP
		{"ISO-2022-JP", "\x1b$B%F%9%H$G$9!#\x1b(B\r\n", "テストです。", ""},
		{"ISO-2022-JP", "Plain ASCII only.\r\n", "Plain ASCII only.", ""},
		// an escape and a stray UTF-8 letter: the escapes decide
		{"ISO-2022-JP", "\x1b$B%F%9%H\x1b(B caf\xc3\xa9\r\n", "テスト", "café"},
		// "テスト" in Shift_JIS: not UTF-8, not taken as it is
		{"ISO-2022-JP", "\x83e\x83X\x83g\r\n", "", "\x83e"},
	} {
		m, err := Parse(sevenBitMail(tc.cs, "8bit", tc.body), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Text, tc.want) || tc.not != "" && strings.Contains(m.Text, tc.not) {
			t.Errorf("%s %q: text %q, want %q and not %q", tc.cs, tc.body, m.Text, tc.want, tc.not)
		}
	}
}

// TestParseKazakhCharsets: text labelled KZ-1048 or PT154, the Kazakh
// national charsets, is read by their tables; read as Windows-1252,
// "Сәлеметсіз бе!" came out as "Ñ¼ëåìåòñ³ç áå!" (stranger84's
// webmail top post in Kazakh and Russian).
func TestParseKazakhCharsets(t *testing.T) {
	for _, tc := range []struct{ cs, body, want string }{
		// "Сәлеметсіз бе! Құрметпен, Әсел" in KZ-1048
		{"KZ-1048", "\xd1\xbc\xeb\xe5\xec\xe5\xf2\xf1\xb3\xe7 \xe1\xe5! \x8d\xa2\xf0\xec\xe5\xf2\xef\xe5\xed, \xa3\xf1\xe5\xeb\r\n", "Сәлеметсіз бе! Құрметпен, Әсел"},
		{"rk1048", "\xd0\xe0\x9d\xec\xe5\xf2\r\n", "Рақмет"},
		// "Рақмет, Әсел" in PT154
		{"PTCP154", "\xd0\xe0\x9d\xec\xe5\xf2, \xaa\xf1\xe5\xeb\r\n", "Рақмет, Әсел"},
	} {
		m, err := Parse(sevenBitMail(tc.cs, "8bit", tc.body), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Text, tc.want) {
			t.Errorf("%s: text %q, want it to hold %q", tc.cs, m.Text, tc.want)
		}
	}
}

// TestParseUnknownLabelCyrillic: text under a charset label intake does
// not know whose letters are mostly 8-bit is read as the Cyrillic page
// that reads most of them as small letters (Windows-1251 or KOI8-R),
// not as Windows-1252's accented Latin letters.
func TestParseUnknownLabelCyrillic(t *testing.T) {
	for _, tc := range []struct{ cs, body, want string }{
		// "Прошу перенести часы" in Windows-1251
		{"x-cp1251-kz", "\xcf\xf0\xee\xf8\xf3 \xef\xe5\xf0\xe5\xed\xe5\xf1\xf2\xe8 \xf7\xe0\xf1\xfb\r\n", "Прошу перенести часы"},
		// the same in KOI8-R
		{"koi8-kz", "\xf0\xd2\xcf\xdb\xd5 \xd0\xc5\xd2\xc5\xce\xc5\xd3\xd4\xc9 \xde\xc1\xd3\xd9\r\n", "Прошу перенести часы"},
	} {
		m, err := Parse(sevenBitMail(tc.cs, "8bit", tc.body), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Text, tc.want) {
			t.Errorf("%s: text %q, want it to hold %q", tc.cs, m.Text, tc.want)
		}
	}
}

// TestParseUnknownLabelLatinNotCyrillic: Latin text under an unknown
// label, its few 8-bit letters among ASCII ones, is read as
// Windows-1252 as before, and a known label is read by its own table.
func TestParseUnknownLabelLatinNotCyrillic(t *testing.T) {
	for _, tc := range []struct{ cs, body, want string }{
		{"x-mac-unknown", "Gr\xfc\xdfe aus Z\xfcrich, caf\xe9 cr\xe8me\r\n", "Grüße aus Zürich, café crème"},
		{"x-user-latin", "\xc9t\xe9 \xe0 Gen\xe8ve\r\n", "Été à Genève"},
		{"windows-1250", "P\xf8\xedli\x9a \x9elu\x9dou\xe8k\xfd k\xf9\xf2\r\n", "Příliš žluťoučký kůň"},
	} {
		m, err := Parse(sevenBitMail(tc.cs, "8bit", tc.body), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Text, tc.want) {
			t.Errorf("%s: text %q, want it to hold %q", tc.cs, m.Text, tc.want)
		}
	}
}

// TestParseUnknownLabelOtherScripts: text in Greek, Hebrew, Arabic or
// Japanese under a label intake does not know, or under none, is read in
// its own charset (ICU's detector names it), not as Cyrillic: before,
// every mostly-8-bit text was read as Windows-1251 or KOI8-R, and the
// Greek "Καλησπέρα" came out as "Êáëçóðİñá".
func TestParseUnknownLabelOtherScripts(t *testing.T) {
	for _, tc := range []struct {
		enc  encoding.Encoding
		text string
	}{
		{charmap.Windows1253, "Καλησπέρα σας,\r\nη πλατφόρμα δεν λειτουργεί από το πρωί και οι πελάτες μας δεν μπορούν να πληρώσουν.\r\nΓιώργος"},
		{charmap.Windows1255, "שלום,\r\nהמערכת לא עובדת מהבוקר ואנחנו לא יכולים להוציא משלוחים.\r\nתודה, דני"},
		{charmap.Windows1256, "مرحبا،\r\nالنظام لا يعمل منذ الصباح ولا نستطيع إصدار الفواتير.\r\nشكرا، أحمد"},
		{japanese.ShiftJIS, "お世話になっております。\r\n本日朝からシステムにログインできません。至急ご確認ください。\r\n山田"},
		{charmap.Windows1251, "Здравствуйте,\r\nсистема не работает с утра, клиенты не могут оплатить.\r\nСпасибо, Иван"},
	} {
		body, err := tc.enc.NewEncoder().String(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, header := range []string{"text/plain; charset=\"x-legacy-page\"", "text/plain"} {
			m, err := Parse([]byte("From: a@example.org\r\nTo: support@acme.example\r\nSubject: test\r\n"+
				"Date: Thu, 05 Nov 2026 08:30:10 +0200\r\nMessage-ID: <os-1@example.org>\r\nMIME-Version: 1.0\r\n"+
				"Content-Type: "+header+"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"+body+"\r\n"), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(tc.text, "\r\n")
			if !strings.Contains(m.Text, first) || !strings.Contains(m.Text, strings.Split(tc.text, "\r\n")[1]) {
				t.Errorf("%s: text %q, want it to hold %q", header, m.Text, tc.text)
			}
		}
	}
}
