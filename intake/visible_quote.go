package intake

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteVerbs are the "wrote" of quote headers in many languages, in
// lower case.
var quoteVerbs = []string{
	"wrote", "writes", "replied", "escribió", "escribio", "escreveu", "a écrit",
	"a ecrit", "ha scritto", "scrisse", "schrieb", "schreef",
	"het volgende geschreven", "geschreven", "geschrieben", "skrev", "kirjoitti",
	"napisał(a)", "napisała", "napisał", "napisal", "napisana przez", "pisze", "napsal(a)", "napsal",
	"пише", "пишет", "писали", "писал", "писала", "написав", "написала", "написал(а)", "написал",
	"napísal", "je napisao", "je napisala", "napisao/la", "написао/ла", "έγραψε", "כתב", "كتب", "đã viết",
	"menulis", "rakstīja", "작성", "쓴 글", "写道", "寫道", "書きました", "のメール", "yazdı", "írta", "a scris",
	"kirjutas", "rašė",
	"idatzi zuen", "لکھا", "نوشت", "লিখেছেন", "লিখেছে", "написа", "написао", "написала", "เขียนว่า", "sumulat",
	"va escriure", "aliandika", "escribiu", "skrifaði", "लिखा",
}

// sp is white space including the no-break spaces French mail puts before
// colons.
const sp = `[\s\p{Zs}]`

// lead is how "On <date> … wrote:" headers start in many languages.
const lead = `(?i)^[-\s\p{Zs}]*(on|at|am|le|el|il|em|op|den|på|w dniu|dnia|dňa|dne|в|在|quoting|zitat von|citando|citation de|in message|pada|noong|mnamo|na|o|เมื่อ|در)` + sp

var (
	leadRe = mustGate(lead)
	// dateRe is a year or a time of day.
	dateRe = mustGate(`\d{4}|\d{1,2}[:.]\d{2}`)
	// gmtRe is Gmail's older "2016-03-03 17:21 GMT+01:00 Some One".
	gmtRe = mustGate(`^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} GMT[+-]\d{1,2}:\d{2} [\p{L} .'"-]+$`)
	// postedByRe is "Posted by <name> on 01/21/2016".
	postedByRe = mustGate(`(?i)^posted by .+ on \d{1,2}/\d{1,2}/\d{2,4}$`)
)

// isQuoteHeader reports whether one line is a quote header:
//   - "On <date>, <name> wrote:" and translations (a lead word, the verb
//     at the end);
//   - "Am <date> schrieb <name> <addr>:" (a lead word, the verb, a colon);
//   - "<name> <addr> wrote:", "<date> <name> napisał(a):" (verb, colon);
//   - "<name> schrieb am <date>:", "<name> wrote on <date>:";
//   - Gmail in other languages, "<date> <name> <addr>:", e.g.
//     "ср, 30 апр. 2025 г. в 15:19, John Doe <doe@example.com>:";
//   - "2016-03-03 17:21 GMT+01:00 Some One", "Posted by X on 01/21/2016".
//
// Every form has a date or an address, which prose rarely ends with. The
// tests are string operations and anchored expressions, so a long body
// of such lines stays linear.
func isQuoteHeader(t string) bool {
	if len(t) > 600 {
		return false
	}
	// QUIRK: quoted-printable left undecoded by a relay leaves "=20" at
	// the end of the line ("… wrote:=20"); the header is still a header.
	t = strings.TrimSuffix(strings.TrimRightFunc(attributionText(t), isSpaceRune), "=20")
	if dashedWrote(t) {
		return true
	}
	if !strings.ContainsAny(t, "0123456789@<") {
		return false
	}
	l := strings.ToLower(t)
	trimmed := strings.TrimRightFunc(l, isSpaceRune)
	colon := strings.HasSuffix(trimmed, ":") || strings.HasSuffix(trimmed, "：")
	core := strings.TrimRightFunc(l, func(r rune) bool { return isSpaceRune(r) || strings.ContainsRune(".:：>-", r) })
	switch {
	case endsWithVerb(core) && (colon || leadRe.MatchString(t)):
		return true
	case colon && leadRe.MatchString(t) && containsVerb(l):
		return true
	case colon && wroteOn(l):
		return true
	case endsWithAddrAfterDate(t):
		return true
	case colon && strings.Contains(t, "@") && dateRe.MatchString(t) && containsVerb(l):
		// "Ann <ann@example.org> ezt írta (időpont: 2026. jan. 5.):"
		return true
	case colon && len(t) <= 160 && verbThenDate(l):
		// "Helpdesk kirjoitti 28.3.2024 klo 14.05:": the name, the verb,
		// then the date without a preposition.
		return true
	}
	return gmtRe.MatchString(t) || postedByRe.MatchString(t) || muttRe.MatchString(t) || hordeRe.MatchString(t) || webmailAttribution.MatchString(t) || sentVerb(l)
}

// webmailAttribution is the attribution of webmails that write no verb:
// Tuta's "22 nov 2024, 09:14 da support@acme.example:" (by, von, de, par,
// door, od, от), Yandex's "12.03.2025, 10:15, Acme Support
// (support@acme.example):", and Orange's and La Poste's "Message du
// 02/09/24 09:15" above the quoted mail's fields.
var webmailAttribution = mustGate(`(?i)^(\S{1,12} \d{1,2},? \d{4}|\d{1,2}\.? \S{1,12}\.? \d{4}),? \d{1,2}:\d{2}( ?[ap]m)?,? (by|da|von|de|par|door|od|от|por|av|af) [^\s@]+@[^\s@]+\.\w+:$|` +
	`^\d{1,2}\.\d{1,2}\.\d{2,4},? \d{1,2}:\d{2},? .{1,80}[(<][^\s()<>]+@[^\s()<>]+[)>]:$|^message du \d{1,2}/\d{1,2}/\d{2,4} \d{1,2}:\d{2}$`)

// spacedVerbs are quoteVerbs as words, " wrote ".
var spacedVerbs = func() []string {
	out := make([]string, len(quoteVerbs))
	for i, v := range quoteVerbs {
		out[i] = " " + v + " "
	}
	return out
}()

// verbThenDate reports whether l (lowercased) has a quote verb after
// some name and a date within the words that follow it.
func verbThenDate(l string) bool {
	for _, v := range spacedVerbs {
		i := strings.Index(l, v)
		if i <= 0 {
			continue
		}
		rest := l[i+len(v):]
		if len(rest) > 40 {
			rest = rest[:40]
		}
		if loc := dateRe.FindStringIndex(rest); loc != nil && loc[0] <= 24 {
			return true
		}
	}
	return false
}

// bidiControls are the Unicode bidirectional marks and embeddings
// (Unicode Standard Annex #9) that Gmail puts around the names and
// addresses of a right-to-left attribution.
const bidiControls = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

// stripBidi removes the bidirectional controls from t.
//
// QUIRK: Gmail in Hebrew wraps the attribution "בתאריך … מאת Dana
// <dana@…>:" and its name and address in embeddings and marks, so the
// line ends with U+202C after the colon (the gmail-hebrew-attribution
// reply of testdata).
func stripBidi(t string) string {
	if !strings.ContainsAny(t, bidiControls) {
		return t
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(bidiControls, r) {
			return -1
		}
		return r
	}, t)
}

// attributionText is t as the tests of an attribution read it: without
// its bidirectional controls (stripBidi), its digits in ASCII
// (asciiDigits).
func attributionText(t string) string {
	return asciiDigits(stripBidi(t))
}

// asciiDigits writes the decimal digits of other scripts in t as ASCII
// digits, so that a date or a time in them reads as one: iPhone Mail and
// Outlook in Arabic date their attribution in Arabic-Indic digits ("في
// ٠٤/١١/٢٠٢٦، الساعة ٦:٣٠ م، كتب …"), Persian and Urdu clients in the
// extended forms, Indian and South-East Asian ones in their scripts'.
// A line of ASCII alone is returned as it is.
func asciiDigits(t string) string {
	i := 0
	for i < len(t) && t[i] < utf8.RuneSelf {
		i++
	}
	if i == len(t) || !strings.ContainsFunc(t[i:], otherDigit) {
		return t
	}
	return strings.Map(func(r rune) rune {
		if otherDigit(r) {
			return '0' + digitValue(r)
		}
		return r
	}, t)
}

// otherDigit reports whether r is a decimal digit outside ASCII.
func otherDigit(r rune) bool {
	return r >= utf8.RuneSelf && unicode.IsDigit(r)
}

// digitValue is the value of the decimal digit r (unicode.Nd): each run
// of the category is made of whole sets of ten that start at zero.
func digitValue(r rune) rune {
	for _, g := range unicode.Nd.R16 {
		if lo, hi := rune(g.Lo), rune(g.Hi); r >= lo && r <= hi {
			return (r - lo) % 10
		}
	}
	for _, g := range unicode.Nd.R32 {
		if lo, hi := rune(g.Lo), rune(g.Hi); r >= lo && r <= hi {
			return (r - lo) % 10
		}
	}
	return 0
}

// hordeRe is Horde's and some webmails' attribution, a lead word, the
// sender and a colon: "Quoting Dana Reyes <dana@acme.example>:", "Zitat
// von "Example Support" <support@example.com>:".
var hordeRe = mustGate(`(?i)^(quoting|zitat von|citando|citation de)\s.{1,200}@.{1,100}:$`)

// muttRe is mutt's and neomutt's other attribution,
// "* Dana Reyes <dana@acme.example> [2026-03-03 10:07]:" (also with the
// "[260303 10:07 +0100]" date format).
var muttRe = mustGate(`^\* .{1,120} \[[\d][\d :+-]{5,30}\]:$`)

// sentVerb reports whether l is "On <date>, <name> <addr> sent:", the
// attribution some mobile and web clients write with "sent" for
// "wrote". Unlike "wrote", "sent:" ends prose too ("on Monday we sent:"),
// so a lead word, a time and an address are all required, or instead of
// the address a year and a comma before the name: "On 4 March 2025 10:12,
// Acme Support sent:".
func sentVerb(l string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(l, isSpaceRune), " sent:") && leadRe.MatchString(l) &&
		timeRe.MatchString(l) && (strings.Contains(l, "@") || len(l) <= 160 && yearCommaRe.MatchString(l))
}

// yearCommaRe is a year and a time of day before the comma that ends an
// attribution's date.
var yearCommaRe = mustGate(`\d{4},? (at )?\d{1,2}:\d{2}( ?[ap]m)?,|\d{1,2}:\d{2}( ?[ap]m)?,? \d{4},`)

// timeRe is a time of day.
var timeRe = mustGate(`\d{1,2}:\d{2}`)

// dashedWrote reports whether t is an attribution between dashes, as
// Android mail apps and Zoho write it: "---- Dana Reyes wrote ----",
// "---- On Tue, 03 Mar 2026 10:07:13 +0100 Dana <dana@x> wrote ----".
func dashedWrote(t string) bool {
	if !strings.HasPrefix(t, "--") || !strings.HasSuffix(t, "--") || len(t) > 300 {
		return false
	}
	core := strings.ToLower(strings.TrimSpace(strings.Trim(t, "-")))
	return core != "" && endsWithVerb(strings.TrimRight(core, " :"))
}

// splitAttributions puts an attribution that shares a line with the end of
// the reply on a line of its own: clients that convert HTML to text, and
// some phones, write "All good now.On Tue, Mar 3, 2026 at 10:07 AM Dana
// <dana@acme.example> wrote:". The split is made only when the rest is a
// quote header by itself. A separator glued to the first field of its
// header block is split from it the same way.
func splitAttributions(lines []string) []string {
	var out []string
	for i, l := range lines {
		at := attributionAt(l)
		if at < 0 && quoteBelow(lines, i) {
			at = attributionAfterSentence(l)
		}
		if at < 0 {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+1), lines[:i]...)
		}
		out = append(out, strings.TrimRightFunc(l[:at], isSpaceRune), l[at:])
	}
	if out == nil {
		return lines
	}
	return out
}

// attributionAt returns where a quote header or a separator starts
// inside l after some text, or -1: a capitalised lead word after the end
// of a word or sentence, or the first field glued to a separator
// ("-----Original Message-----From: Dana").
func attributionAt(l string) int {
	t := strings.TrimRightFunc(l, isSpaceRune)
	if len(t) > 600 {
		return -1
	}
	if m := gluedMarker.FindStringSubmatchIndex(t); m != nil && isMarker(t[:m[3]]) && headerFieldRe.MatchString(t[m[4]:]) {
		return m[4]
	}
	if m := markerAfterText.FindStringSubmatchIndex(t); m != nil && isMarker(t[m[2]:]) {
		return m[2]
	}
	if !mayEndHeader(t) || leadRe.MatchString(t) {
		return -1
	}
	for _, m := range textThenLead.FindAllStringSubmatchIndex(t, 4) {
		if at := m[2]; isQuoteHeader(t[at:]) {
			return at
		}
	}
	return -1
}

// attributionAfterSentence returns where an attribution in a language
// without one of textThenLead's lead words starts inside l after the
// writer's last sentence, or -1: Gmail's app and webmails put the reply's
// last line and the attribution on one line when the writer typed no line
// break after it ("…Хвала! уто, 4. нов 2026. у 12:41 Acme Support
// <support@acme.example> је написао/ла:", "Добре, ще изчакаме до петък.
// На 11.11.2026 г. в 15:22 ч. Acme Support написа:"). The line as a
// whole reads as an attribution; the attribution is the rest after the
// first sentence end (wordSentenceEnd) from which the rest opens as
// one does, with a lead word (leadRe) or its date (dateOpening), and is a
// quote header by itself. A line that opens as an attribution does is
// one from its start, its date's abbreviations no sentence's end ("вт,
// 4 мар. 2025 г. в 14:20, …:"). The caller has a quote below the line.
func attributionAfterSentence(l string) int {
	t := strings.TrimRightFunc(l, isSpaceRune)
	if len(t) > 600 || strings.HasPrefix(strings.TrimSpace(t), ">") || !mayEndHeader(t) || leadRe.MatchString(t) || dateOpening.MatchString(t) || !isQuoteHeader(t) {
		return -1 // quoted, or an attribution from its start ("вт, 4 мар. 2025 г. в 14:20, …:")
	}
	for i := 1; i < len(t); i++ {
		if t[i] != ' ' || !wordSentenceEnd(t[:i]) {
			continue
		}
		rest := strings.TrimLeftFunc(t[i:], isSpaceRune)
		if rest == "" || !leadRe.MatchString(rest) && !dateOpening.MatchString(rest) {
			continue
		}
		if isQuoteHeader(rest) {
			return len(t) - len(rest)
		}
	}
	return -1
}

// wordSentenceEnd reports whether head ends a sentence: with an
// exclamation or question mark, an ellipsis, or a full stop after a word
// (sentenceEnd), not after a number or an abbreviation of a date ("3.",
// "nov.", "г.", "m.").
func wordSentenceEnd(head string) bool {
	if strings.HasSuffix(head, "!") || strings.HasSuffix(head, "?") || strings.HasSuffix(head, "…") {
		return true
	}
	if !strings.HasSuffix(head, ".") {
		return false
	}
	w := head[strings.LastIndexFunc(head, isSpaceRune)+1:]
	return sentenceEnd(w) || inflectedNumberEnd(w)
}

// inflectedNumberEnd reports whether word w is a number with a case
// ending joined to it by an apostrophe or a hyphen, closed by a full
// stop, as Turkish, Finnish and Hungarian write one at a sentence's end
// ("08:00'de.", "2026-ban.", "8-kor."): the ending
// says a word of the sentence ends there, as a date's "3." or "nov."
// does not.
func inflectedNumberEnd(w string) bool {
	stem, ok := strings.CutSuffix(w, ".")
	i := strings.LastIndexAny(stem, "'’-")
	if !ok || i <= 0 {
		return false
	}
	num, ending := stem[:i], stem[i+1:]
	if n := utf8.RuneCountInString(ending); n == 0 || n > 5 || strings.IndexFunc(ending, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(num)
	return unicode.IsDigit(r)
}

// dateOpening is how an attribution that starts with its date opens: a
// short word (a weekday's abbreviation, a preposition of any language)
// before a number, or a day, a month or a year in digits ("уто, 4. нов
// 2026.", "На 11.11.2026 г.", "11.11.2026 г.", "2026/11/04"), or a day
// before its month's name and the year ("19 Kas 2026 Per 16:47
// tarihinde …", "4 March 2026, 10:20 …").
var dateOpening = mustGate(`^(\p{L}{1,4}\.?,? \d|\d{1,4}[./-]\d|\d{1,2}\.? \p{L}{2,12}\.?,? \d{4}\b)`)

// quoteBelow reports whether the next line after lines[i] that is not
// blank is quoted with ">".
func quoteBelow(lines []string, i int) bool {
	for _, l := range lines[i+1:] {
		if t := strings.TrimSpace(l); t != "" {
			return strings.HasPrefix(t, ">")
		}
	}
	return false
}

// textThenLead is the end of a word or sentence followed by a
// capitalised lead word.
var textThenLead = mustGate(`[\p{L}\d)][.!?,:;]?\s*((?:On|Am|Le|El|Il|Em|Op|Den) )`)

// markerAfterText is a separator between dashes that ends a line of
// text: Samsung's and Android's mail put "-------- Original message
// --------" (in the phone's language) right after the reply's last word
// when the writer typed no line break ("tamam yarın sabah tekrar
// deneriz-------- Orijinal mesaj --------"); isMarker tells it from
// dashes a writer types. A letter, a digit or a sentence's punctuation
// stands before it, and no quote's ">" or "|" on the line: "> -----Original
// Message-----" is a quoted separator, whole.
var markerAfterText = mustGate(`^[^>|]*[\p{L}\p{N}.!?,;)][ \t]*(-{2,}[^-]{3,60}-{2,})[ \t]*$`)

// gluedMarker is a separator between dashes with text right after it.
var gluedMarker = mustGate(`^(\s*-{2,}[^-]{3,60}-{2,})\s*(\S)`)

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }

// endsWithVerb reports whether s ends with a quote verb as a word.
func endsWithVerb(s string) bool {
	for _, v := range quoteVerbs {
		if strings.HasSuffix(s, v) && wordBoundaryBefore(s, len(s)-len(v)) {
			return true
		}
	}
	return false
}

// containsVerb reports whether s has a quote verb as a word.
func containsVerb(s string) bool {
	for _, v := range quoteVerbs {
		for off := 0; ; {
			i := strings.Index(s[off:], v)
			if i < 0 {
				break
			}
			i += off
			if wordBoundaryBefore(s, i) && wordBoundaryBefore(s[i+len(v):]+" ", 0) {
				return true
			}
			off = i + len(v)
		}
	}
	return false
}

// wroteOnPairs are "<verb> <preposition>" openings of headers that put
// the name first: "<name> schrieb am <date>:", "<name> wrote on <date>:".
var wroteOnPairs = func() []string {
	var pairs []string
	for _, v := range []string{"wrote", "schrieb", "a écrit", "escribió", "ha scritto", "escreveu", "schreef", "skrev"} {
		for _, p := range []string{"on", "am", "le", "el", "il", "em", "op", "den"} {
			pairs = append(pairs, v+" "+p+" ")
		}
	}
	return pairs
}()

// wroteOn reports whether l (lowercased) has one of wroteOnPairs as words.
func wroteOn(l string) bool {
	l = strings.Join(strings.Fields(l), " ")
	for _, p := range wroteOnPairs {
		if i := strings.Index(l, p); i >= 0 && wordBoundaryBefore(l, i) {
			return true
		}
	}
	return false
}

// wordBoundaryBefore reports whether s[i] starts a word: the rune before
// it, if any, is not a letter. Scripts written without spaces (Han,
// Hiragana, Katakana) have no word boundaries to test.
func wordBoundaryBefore(s string, i int) bool {
	if i == 0 || i >= len(s) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r)
}

// endsWithAddrAfterDate reports whether t ends with "<local@domain>" (and
// maybe a colon) after a date or time, or with such an address, a short
// word of an East Asian script and a colon: iPhone's and other clients'
// attributions in Japanese put the noun after the name as a genitive,
// "2026/11/06 10:12、Acme <support@acme.example>のメッセージ:" ("…'s
// message:"), in place of a verb.
func endsWithAddrAfterDate(t string) bool {
	s := strings.TrimRightFunc(t, func(r rune) bool { return isSpaceRune(r) || r == ':' || r == '：' })
	if !strings.HasSuffix(s, ">") {
		var ok bool
		if s, ok = cutNounAfterAddr(t, s); !ok {
			return false
		}
	}
	i := strings.LastIndexByte(s, '<')
	if i < 0 {
		return false
	}
	addr := s[i+1 : len(s)-1]
	at := strings.IndexByte(addr, '@')
	if at <= 0 || at == len(addr)-1 || strings.ContainsAny(addr, " \t<>/:") {
		// A link ("YouTube<https://www.youtube.com/@acme>") is no address,
		// nor is Outlook's rendering of one in a signature, "T 212.555.0176
		// | lc@x.example<mailto:lc@x.example>".
		return false
	}
	if smtpLogLine.MatchString(s[:i]) {
		return false // a mail server's log line: "[198.51.100.25]: 550 5.7.23 <it@x.example>:"
	}
	return dateRe.MatchString(s[:i])
}

// cutNounAfterAddr returns s without the word that follows its address
// when t ends with a colon and that word is two to six letters of Han,
// kana or Hangul: the genitive noun of a Japanese attribution
// ("…<support@acme.example>のメール:"). A longer run is a sentence
// ("…<ito@x.example>さんに確認したところ:"), and a word without a colon
// after it is prose.
func cutNounAfterAddr(t, s string) (string, bool) {
	tr := strings.TrimRightFunc(t, isSpaceRune)
	if !strings.HasSuffix(tr, ":") && !strings.HasSuffix(tr, "：") {
		return s, false
	}
	i := strings.LastIndexByte(s, '>')
	if i < 0 {
		return s, false
	}
	word := strings.TrimLeftFunc(s[i+1:], isSpaceRune)
	n := utf8.RuneCountInString(word)
	if n < 2 || n > 6 {
		return s, false
	}
	for _, r := range word {
		if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) && r != 'ー' {
			return s, false
		}
	}
	return s[:i+1], true
}

// smtpLogLine is what a mail server's log line holds and no attribution
// does: an address in brackets, or a reply code with its enhanced status
// ("550 5.7.23"), whose numbers would read as a date.
var smtpLogLine = mustGate(`\[\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\]|\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b`)

// markVerbAlone marks the "wrote:" that a client wrapped onto a line of
// its own below an attribution that reads as one already ("On <date>,
// Ann <ann@example.org>" then "wrote:").
func markVerbAlone(lines []string, kinds []lineKind) {
	for i := 1; i < len(lines); i++ {
		if kinds[i] != kText || kinds[i-1] != kQuoteHeader {
			continue
		}
		v := strings.ToLower(strings.TrimRightFunc(strings.TrimSpace(lines[i]), func(r rune) bool { return r == ':' || r == '：' || isSpaceRune(r) }))
		if slices.Contains(quoteVerbs, v) || verbWrapped(lines, i) {
			kinds[i] = kQuoteHeader
		}
	}
}

// verbWrapped reports whether line i, under a quote header that closes
// with the sender's address ("… Acme Support <support@acme.example>"),
// is one word and a colon over the quote: the header's verb in a
// language quoteVerbs does not hold, wrapped onto a line of its own
// ("бичсэн:", "ጻፈ:", "எழுதினார்:"). A word the writer typed under the
// attribution stands over their own text, not over the quote.
func verbWrapped(lines []string, i int) bool {
	if !strings.HasSuffix(strings.TrimSpace(lines[i-1]), ">") || !quoteBelow(lines, i) {
		return false
	}
	return loneWordColon.MatchString(strings.TrimSpace(lines[i]))
}

// loneWordColon is one word of letters (and their marks) and a colon.
var loneWordColon = mustGate(`^[\p{L}\p{M}]{2,30}[:：]$`)

// markWrappedQuoteHeaders finds quote headers that the sending client
// wrapped over up to four lines (blank lines between the pieces allowed)
// and marks all their lines. A piece that is a whole sentence, or a line
// that is a quote header by itself, does not start a wrapped one.
func markWrappedQuoteHeaders(lines []string, kinds []lineKind) {
	// Each line is looked at from up to five windows: its field test is
	// remembered (0 unknown, 1 no, 2 yes), so that a long mail pays once.
	fields := make([]uint8, len(lines))
	for i := range lines {
		if kinds[i] != kText || !startsLikeHeader(strings.TrimSpace(attributionText(lines[i]))) {
			continue
		}
		if end := wrappedHeaderEnd(lines, kinds, i, fields); end > i {
			i = ownStart(lines, kinds, i, end)
			for k := i; k <= end; k++ {
				kinds[k] = kQuoteHeader
			}
		}
	}
}

// ownStart is where a wrapped header found from line i to end starts
// when a blank line parts it and the pieces below the blank make a
// header of their own: the line above the blank is the writer's (a
// signature's "Mobil: +49 171 555 0148" above "Helpdesk <" /
// "support@… schrieb am …,"). A header wrapped around a blank line ("On
// Thu, 31 Mar 2016 at 11:16 Some One", "", "<one@example.org> wrote:")
// keeps its start, which opens as an attribution does. So does a header
// block below the blank whose language the lists do not hold (fieldRun):
// "Утас: +976 …" above "Хэнээс: …" / "Илгээсэн: …" is the signature's.
func ownStart(lines []string, kinds []lineKind, i, end int) int {
	if leadRe.MatchString(strings.TrimSpace(lines[i])) && !leadBelow(lines, kinds, i, end) {
		return i
	}
	// The latest start after a blank line whose pieces to end make a
	// header: "Thanks," above the attribution is the writer's too.
	for k := end; k > i; k-- {
		if kinds[k] == kEmpty || kinds[k-1] != kEmpty {
			continue
		}
		// Read as wrappedHeaderEnd reads the pieces (attributionText):
		// Gmail's attribution in Hebrew or Arabic closes its first piece
		// with a bidi control after the "<" it breaks at.
		joined := strings.TrimSpace(attributionText(lines[k]))
		for j := k + 1; j <= end; j++ {
			if kinds[j] != kEmpty {
				joined = joinPiece(joined, strings.TrimSpace(attributionText(lines[j])))
			}
		}
		if isQuoteHeader(joined) || fieldRun(lines, kinds, k) || senderCard(lines, kinds, k) {
			// (or a header block in a language the lists do not
			// hold opens below the blank, or a sender's card)
			return k
		}
	}
	return i
}

// leadBelow reports whether a line below a blank between i and end opens
// with an attribution's lead word itself ("On Tue, Mar 4, 2025, …
// wrote:"): then the line at i, however it opens ("on it", "On 4.2.1 it
// still fails"), is the writer's reply, not the attribution's first piece.
func leadBelow(lines []string, kinds []lineKind, i, end int) bool {
	for k := i + 1; k <= end; k++ {
		if kinds[k-1] == kEmpty && kinds[k] != kEmpty && leadRe.MatchString(strings.TrimSpace(lines[k])) {
			return true
		}
	}
	return false
}

// wrappedHeaderEnd returns the last line of a quote header wrapped from
// line i over at most four pieces within six lines, or i when there is
// none.
func wrappedHeaderEnd(lines []string, kinds []lineKind, i int, fields []uint8) int {
	isField := func(j int, next string) bool {
		if fields[j] == 0 {
			fields[j] = 1
			if isEmbeddedField(next) {
				fields[j] = 2
			}
		}
		return fields[j] == 2
	}
	first := strings.TrimSpace(attributionText(lines[i]))
	joined, pieces := first, 1
	for j := i + 1; j < len(lines) && j <= i+5 && pieces < 4; j++ {
		next := strings.TrimSpace(attributionText(lines[j]))
		switch {
		case kinds[j] == kEmpty:
			continue
		case kinds[j] == kQuoteHeader:
			// "On <date> <name> <" + "addr> wrote:": the end alone already
			// reads as a header; the start joins it only when it plainly
			// goes on into it.
			if unfinished(joined) || pieces == 1 && (leadRe.MatchString(first) || strings.HasPrefix(next, "<")) {
				return j
			}
			return i
		case leadRe.MatchString(next) && !unfinished(joined), kinds[j] == kSigDash, kinds[j] == kMarker,
			kinds[j] == kDelimiter, isField(j, next), // an Outlook block below a sentence
			kinds[j] == kQuote && len(next) > 12: // a short "> wrote:" is the broken end of a header
			return i
		}
		if endsWithWord(joined) && !startsWithDigit(next) {
			// An attribution is one sentence: "… in less than 30 days." above
			// "Signed-off-by: Ann <ann@example.org>" is prose and a trailer.
			return i
		}
		joined = joinPiece(joined, next)
		pieces++
		if mayEndHeader(next) && isQuoteHeader(joined) {
			return takeBrokenEnd(lines, kinds, j, joined)
		}
	}
	return i
}

// fieldRun reports whether line j and the line right below it are both
// "Label: value" fields (foreignField): the first two lines of a header
// block, whatever its language ("Ka: Acme Support <…>" / "La diray: 12
// May 2026 17:35" in Somali). A wrapped header that a blank line parts
// above such a block starts at the block (ownStart): a signature's
// "Taleefan: +252 61 000 1234" above the blank stays the writer's.
func fieldRun(lines []string, kinds []lineKind, j int) bool {
	if _, ok := foreignField(lines[j]); !ok {
		return false
	}
	n := j + 1
	if n >= len(lines) || kinds[n] != kText {
		return false
	}
	_, ok := foreignField(lines[n])
	return ok
}

// takeBrokenEnd extends a wrapped header ending at j by a following short
// "> wrote:" line, the end of a header a client broke and then quoted.
func takeBrokenEnd(lines []string, kinds []lineKind, j int, joined string) int {
	n := j + 1
	if n < len(lines) && kinds[n] == kQuote {
		if end := strings.TrimSpace(lines[n]); len(end) <= 12 && isQuoteHeader(joinPiece(joined, end)) {
			return n
		}
	}
	return j
}

// headerStartRe is how the first line of a wrapped quote header starts:
// with a lead word ("On", "Am", "Le"…), or it holds a year or a time.
var headerStartRe = mustGate(lead + `|\d{4}|\d{1,2}[:.]\d{2}`)

// startsLikeHeader reports whether a line can be the first piece of a
// wrapped quote header: not a finished sentence, and with a lead word or
// a date.
func startsLikeHeader(t string) bool {
	if endsSentence(t) && !strings.Contains(t, "<") || len(t) > 300 {
		// (A line with an address in brackets may stop at an abbreviated
		// month, "(2025 mar.", and go on on the next.)
		return false
	}
	if !strings.ContainsAny(t, "0123456789@") {
		return leadRe.MatchString(t)
	}
	return headerStartRe.MatchString(t) || hasEmailAddr(t)
}

// hasEmailAddr reports whether t has an address in running text
// ("ann@example.org", not an "@mention").
func hasEmailAddr(t string) bool {
	const stop = " \t<>()\"@,;:[]"
	for off := 0; ; {
		i := strings.IndexByte(t[off:], '@')
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		if i == 0 || strings.IndexByte(stop, t[i-1]) >= 0 {
			continue
		}
		domain := t[i+1:]
		if j := strings.IndexAny(domain, stop); j >= 0 {
			domain = domain[:j]
		}
		if dot := strings.LastIndexByte(domain, '.'); dot > 0 && len(domain)-dot > 2 {
			return true
		}
	}
}

// endsSentence reports whether a line ends a sentence: a stop after a
// word, or after a time such as "by 15:00.", not after a date such as
// "28.".
func endsSentence(t string) bool {
	n := len(t)
	if n < 2 || !strings.ContainsRune(".!?", rune(t[n-1])) {
		return false
	}
	c := t[n-2]
	if c < '0' || c > '9' {
		return c != ' ' && c != '\t' && c != '\n' && c != '\r'
	}
	return n >= 5 && t[n-3] >= '0' && t[n-3] <= '9' && (t[n-4] == ':' || t[n-4] == '.') && t[n-5] >= '0' && t[n-5] <= '9'
}

// mayEndHeader is a cheap test of whether a line can be the last piece
// of a wrapped quote header: it ends with a colon, an address or a verb.
func mayEndHeader(line string) bool {
	t := strings.TrimRightFunc(line, isSpaceRune)
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ">") {
		return true
	}
	return endsWithVerb(strings.ToLower(strings.TrimRight(t, ".-")))
}

// unfinished reports whether a piece of a header plainly goes on in the
// next line ("On Nov 21, 2014," then "at 10:18,").
func unfinished(s string) bool {
	return strings.HasSuffix(s, ",") || strings.HasSuffix(s, "<") || strings.HasSuffix(s, "(")
}

// joinPiece joins two pieces of a wrapped line; around a broken
// "<address>" no space is put back.
func joinPiece(a, b string) string {
	if strings.HasSuffix(a, "<") || strings.HasPrefix(b, ">") || strings.HasSuffix(a, "@") {
		return a + b
	}
	return a + " " + b
}

// markCardAttributions marks the two-line attribution Postbox (and
// clients that copy its conversation view) writes above a quote: the
// writer's name and address on one line, the date alone on the next, no
// verb ("Dana Reyes <mailto:dana@acme.example>" / "4 March 2025 at
// 12:05"), then the quote.
func markCardAttributions(lines []string, kinds []lineKind) {
	for i := 0; i+2 < len(lines); i++ {
		if kinds[i] != kText || kinds[i+1] != kText || !nameAddrLine.MatchString(strings.TrimSpace(lines[i])) {
			continue
		}
		date := strings.TrimSpace(lines[i+1])
		if j := nextFilled(kinds, i+2); j < len(kinds) && kinds[j] == kQuote && len(date) <= 40 && dateRe.MatchString(date) && !strings.HasSuffix(date, ".") {
			kinds[i], kinds[i+1] = kQuoteHeader, kQuoteHeader
		}
	}
}

// deskReplied is the line a help desk's conversation view puts above a
// message it quotes: the sender, "replied" and the date, with a comma
// and no colon, "Acme Support replied, 17 Nov 2026 09:20" (Kayako), "…
// replied, Nov 17, 2026 at 9:20 AM".
var deskReplied = mustGate(`(?i)^[\pL][\pL\pN .'&()-]{0,60}? (replied|responded|answered|wrote|a répondu|hat geantwortet|respondió|ha risposto|antwoordde), ` +
	`(\pL{2,9}\.?, )?(\d{1,2}\.? \pL{3,9}\.? \d{4}|\pL{3,9}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}),? (at |um |à )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,5}| (gmt|utc)[+-]\d{1,2}(:\d{2})?)?$`)

// markDeskAttributions marks deskReplied's line as the history's header
// when the history follows it: our mail's marker, its header block or
// its quote. With text below it, the line is the writer's (a timeline,
// "Acme Support replied, 17 Nov 2026 09:20" / "We installed the build,
// 18 Nov 2026 08:00").
func markDeskAttributions(lines []string, kinds []lineKind) {
	for i, l := range lines {
		if kinds[i] != kText || !deskReplied.MatchString(strings.TrimSpace(l)) {
			continue
		}
		if j := nextFilled(kinds, i+1); j < len(kinds) && (kinds[j] == kMarker || kinds[j] == kHeaderBlock || kinds[j] == kQuote) {
			kinds[i] = kQuoteHeader
		}
	}
}

// senderCard reports whether line k holds a name and an address alone
// and the line below it a date alone: the sender's card that Notes
// ("Acme Support <support@acme.example>" / "11/17/2026 03:44 PM" /
// "Please respond to") and Postbox write over the mail they quote. A
// wrapped header that a blank line parts above it starts at the card:
// a signature's "Phone: 860-555-0191" above the blank is the writer's.
func senderCard(lines []string, kinds []lineKind, k int) bool {
	if k+1 >= len(lines) || kinds[k+1] == kEmpty || !nameAddrLine.MatchString(strings.TrimSpace(lines[k])) {
		return false
	}
	date := strings.TrimSpace(lines[k+1])
	return len(date) <= 40 && dateRe.MatchString(date) && !strings.HasSuffix(date, ".")
}

// nameAddrLine is a line holding a name and an address alone.
var nameAddrLine = mustGate(`^[^<>@:]{1,60}<(mailto:)?[^\s<>@]+@[^\s<>]+>$`)

// endsWithWord is a stricter endsSentence, for a piece of a wrapped
// header: a full stop, question or exclamation mark after a lower-case
// word ("days."), not after a number or an abbreviation ("4.", "Mar.",
// "p.m."), which dates in attributions hold.
func endsWithWord(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !strings.ContainsRune(".!?", rune(s[len(s)-1])) {
		return false
	}
	word := s[strings.LastIndexAny(s[:len(s)-1], " \t")+1 : len(s)-1]
	if utf8.RuneCountInString(word) < 3 {
		return false
	}
	for _, r := range word {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// startsWithDigit reports whether s starts with a digit: the rest of a
// date a client wrapped ("(2025 mar." / "3, al. (14:02)):").
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}
