package intake

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Readings by a line's shape rather than its words. Every client writes
// its attribution, its mobile footer and its separator in its user's
// language, and each language a list did not hold was a failure until it
// was added (Georgian, Kyrgyz, Mongolian, Albanian and Kazakh in one
// blind set): these passes know such lines in any language by what
// surrounds them, after the lists have had their say.

// markShapedLines runs the readings by shape over lines whose kinds the
// lists gave.
func markShapedLines(lines []string, kinds []lineKind) {
	markShapedMarkers(lines, kinds)
	markForeignHeaderBlocks(lines, kinds)
	markShapedAttributions(lines, kinds)
	markDeviceFooter(lines, kinds)
}

// markShapedAttributions marks as an attribution a line that ends with a
// colon, holds a time of day and a year or an address, and stands right
// above quoted lines: Gmail's "Sesh, 12-may, 2026 y. 15:18 da Acme
// Support <support@acme.example> yozdi:", Roundcube's "На 2026-05-08
// 14:03, Acme Support напиша:", whatever the language of its verb. The
// time may be written in the language's digits ("၉:၄၀").
func markShapedAttributions(lines []string, kinds []lineKind) {
	const maxAttribution = 300
	for i, l := range lines {
		if kinds[i] != kText || len(l) > maxAttribution {
			continue
		}
		t := strings.TrimRightFunc(stripBidi(l), isSpaceRune)
		last, _ := utf8.DecodeLastRuneInString(t)
		colon := strings.ContainsRune(":：፦፡", last)
		// Gmail closes its attribution with the language's own mark: a
		// colon, Ethiopic's preface colon "፦", Burmese's "-" after "က
		// ရေးခဲ့သည်"; with the sender's <address> any closing mark will do.
		addressed := strings.Contains(t, "@") && strings.Contains(t, ">")
		if !colon && !(addressed && unicode.IsPunct(last)) {
			continue
		}
		if j := nextFilled(kinds, i+1); j >= len(kinds) || kinds[j] != kQuote {
			continue
		}
		if hasClockTime(t) && (hasYear(t) || addressed) {
			kinds[i] = kQuoteHeader
		}
	}
}

// hasYear reports whether s holds a year of this century or the last as
// a number of its own ("2026", "2026-05-08", "2026 оны").
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isASCIIDigit(s[i+2]) && isASCIIDigit(s[i+3]) &&
			(i == 0 || !isASCIIDigit(s[i-1])) && (i+4 == len(s) || !isASCIIDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isASCIIDigit(b byte) bool { return '0' <= b && b <= '9' }

// markShapedMarkers marks as a separator a short phrase between runs of
// dashes ("-------- Бастапқы хабар --------", Samsung's "Original
// message" in Kazakh) when a mail's header field or a quote follows it.
func markShapedMarkers(lines []string, kinds []lineKind) {
	for i, l := range lines {
		if kinds[i] != kText {
			continue
		}
		if !dashFramed(strings.TrimSpace(l)) {
			continue
		}
		j := nextFilled(kinds, i+1)
		if j >= len(kinds) {
			continue
		}
		if _, _, field := foreignField(lines[j]); field || kinds[j] == kQuote || kinds[j] == kHeaderBlock || isEmbeddedField(lines[j]) {
			kinds[i] = kMarker
		}
	}
}

// dashFramed reports whether t is one to five words without digits
// between two runs of at least four dashes.
func dashFramed(t string) bool {
	const minDashes = 4
	if !strings.HasPrefix(t, strings.Repeat("-", minDashes)) || !strings.HasSuffix(t, strings.Repeat("-", minDashes)) {
		return false
	}
	inner := strings.TrimSpace(strings.Trim(t, "-"))
	words := strings.Fields(inner)
	return len(words) > 0 && len(words) <= 5 && strings.IndexFunc(inner, unicode.IsDigit) < 0
}

// deviceNames are the makers and systems a phone's mail app names in its
// footer, in every language ("გაგზავნილია iPhone-დან", "Испратено од
// мојот iPhone", "Galaxy cihazımdan göndərildi").
var deviceNames = []string{"iPhone", "iPad", "iOS", "Android", "Galaxy", "Samsung", "Huawei", "HUAWEI", "Xiaomi", "Redmi",
	"Honor", "HONOR", "OnePlus", "BlackBerry", "Xperia", "Pixel", "OPPO", "realme"}

// markDeviceFooter marks as a mobile footer the last paragraph of the new
// text when it is one short line naming a phone or its system, set apart
// by a blank line below the writer's text: a footer in a language
// mobileSigRes does not list. A signature's "Android Developer" or
// "Samsung Electronics" stands in the signature's paragraph, not alone
// under it, and stays; so does a reply of one line, "Same on Android"
// (a footer alone, with nothing typed above it, is left to the lists).
// "Outlook" is no device: "Outlook with a reply" is a writer's line.
func markDeviceFooter(lines []string, kinds []lineKind) {
	end := len(kinds)
	for i, k := range kinds {
		if isHistory(k) || k == kQuote {
			end = i
			break
		}
	}
	last := end - 1
	for last >= 0 && (kinds[last] == kEmpty || kinds[last] == kDelimiter || kinds[last] == kMobileSig || kinds[last] == kDrop) {
		last--
	}
	if last < 0 || kinds[last] != kText {
		return
	}
	if last == 0 || kinds[last-1] != kEmpty {
		return // inside a paragraph, or the only line
	}
	above := false
	for _, k := range kinds[:last] {
		above = above || k == kText
	}
	// Samsung's app sets its footer, a sentence with its full stop
	// ("Sent from my Samsung Galaxy smartphone."), under blank lines of
	// its own, as no writer spaces a last sentence of theirs.
	spaced := last >= 2 && kinds[last-2] == kEmpty
	if above && deviceLine(strings.TrimSpace(lines[last]), spaced) {
		kinds[last] = kMobileSig
	}
}

// deviceLine reports whether t is a short line naming a device, with no
// digits and no sentence's closing mark but, when the line stands under
// two blank lines or more (spaced), a full stop: "Byoherejwe na Samsung
// Galaxy smartphone yanjye.", Samsung's footer, which the lists hold in a
// few languages only.
func deviceLine(t string, spaced bool) bool {
	const maxWords, maxRunes = 6, 60
	if spaced {
		t = strings.TrimSuffix(t, ".")
	}
	if t == "" || utf8.RuneCountInString(t) > maxRunes || len(strings.Fields(t)) > maxWords ||
		strings.IndexFunc(t, unicode.IsDigit) >= 0 || strings.ContainsAny(t[len(t)-1:], ".?!:") {
		return false
	}
	for _, d := range deviceNames {
		if strings.Contains(t, d) {
			return true
		}
	}
	return false
}
