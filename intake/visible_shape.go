package intake

import (
	"slices"
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
	markOneLineHeaders(lines, kinds)
	markShapedAttributions(lines, kinds)
	markDeviceFooter(lines, kinds)
	markVendorFooter(lines, kinds)
	markTicketLinkFooter(lines, kinds)
	markDeskCredit(lines, kinds)
	markTicketFieldsFooter(lines, kinds)
}

// markShapedAttributions marks as an attribution a line that ends with a
// colon, holds a time of day and a year or an address, and stands right
// above quoted lines: Gmail's "Sesh, 12-may, 2026 y. 15:18 da Acme
// Support <support@acme.example> yozdi:", Roundcube's "На 2026-05-08
// 14:03, Acme Support напиша:", whatever the language of its verb. The
// time may be written in the language's digits ("၉:၄၀"). A line ending in
// its script's own colon (introducingMark: Armenian "՝", Amharic "፦"), or
// in any mark but a sentence's end when it names the sender's <address>
// (Burmese "-" after "က ရေးခဲ့သည်"), is one when it holds a time and the sender's address, or a
// time, a year and an address.
func markShapedAttributions(lines []string, kinds []lineKind) {
	const maxAttribution = 300
	for i, l := range lines {
		if kinds[i] != kText || len(l) > maxAttribution {
			continue
		}
		t := strings.TrimRightFunc(stripBidi(l), isSpaceRune)
		last, _ := utf8.DecodeLastRuneInString(t)
		colon := last == ':' || last == '：'
		addressed := strings.Contains(t, "@") && strings.Contains(t, ">")
		ownMark := introducingMark(t) || addressed && unicode.IsPunct(last) && !strings.ContainsRune(".!?", last)
		if !colon && !ownMark {
			continue
		}
		if j := nextFilled(kinds, i+1); j >= len(kinds) || kinds[j] != kQuote {
			continue
		}
		// Another mark than a colon asks for more of the attribution:
		// the sender's address, or a year and an address.
		if hasClockTime(t) && (colon && (hasYear(t) || strings.Contains(t, "@")) || ownMark && (addressed || hasYear(t) && hasEmailAddr(t))) {
			kinds[i] = kQuoteHeader
		}
	}
}

// introducingMark reports whether t ends with a punctuation mark that
// is no sentence's end, a bracket or a quotation mark: the colon of a
// script that writes its own, as Armenian ends Gmail's "…-ը գրել է՝" with
// U+055D and Amharic "… ጻፈ፦" with U+1366.
func introducingMark(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.Is(unicode.Po, r) && !strings.ContainsRune(sentenceMarks, r)
}

// sentenceMarks end a sentence or a clause, or quote: no colon.
const sentenceMarks = ".!?,;'\"*&#%/\\…։՜՞።፧。！？、，；·"

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
		if _, field := foreignField(lines[j]); field || kinds[j] == kQuote || kinds[j] == kHeaderBlock || isEmbeddedField(lines[j]) {
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
// Outlook's own app footer alone above the mail answered, in a language
// the lists do not hold ("Отримати Outlook для iOS"), is nothing typed:
// outlookAppLine.
func markDeviceFooter(lines []string, kinds []lineKind) {
	last, end := lastNewLine(kinds)
	if last < 0 || kinds[last] != kText {
		return
	}
	t := strings.TrimSpace(lines[last])
	above := false
	for _, k := range kinds[:last] {
		above = above || k == kText
	}
	if !above && end < len(kinds) && outlookAppLine(t) {
		kinds[last] = kMobileSig
		return
	}
	if last == 0 || kinds[last-1] != kEmpty {
		return // inside a paragraph, or the only line
	}
	// Samsung's app sets its footer, a sentence with its full stop
	// ("Sent from my Samsung Galaxy smartphone."), under blank lines of
	// its own, as no writer spaces a last sentence of theirs.
	spaced := last >= 2 && kinds[last-2] == kEmpty
	if above && (deviceLine(t, spaced) || samsungFooter(t)) {
		kinds[last] = kMobileSig
	}
}

// samsungFooter reports whether t is Samsung's footer in any language:
// it names "Samsung Galaxy" and the smartphone or the device
// (deviceWord), with at most four words
// besides (a verb, a preposition, the possessive, an article: "Εστάλη
// από το Samsung Galaxy smartphone μου.", "Von meinem Samsung Galaxy
// Smartphone gesendet."), a full stop and no digits, however it is
// spaced. "The app crashes on my Samsung Galaxy smartphone." has five.
func samsungFooter(t string) bool {
	const maxOthers, maxRunes = 4, 70
	t = strings.TrimSuffix(t, ".")
	if !strings.Contains(t, "Samsung Galaxy") || utf8.RuneCountInString(t) > maxRunes || strings.IndexFunc(t, unicode.IsDigit) >= 0 {
		return false
	}
	others, phone := 0, false
	for _, w := range strings.Fields(t) {
		switch lw := strings.ToLower(w); {
		case w == "Samsung" || w == "Galaxy":
		case deviceWord(lw):
			phone = true
		case phoneWord(lw):
			phone = true
		case strings.Contains(lw, "smartphone"):
			phone = true
			if !strings.HasSuffix(lw, "smartphone") && !strings.HasPrefix(lw, "smartphone") {
				others++
			}
		default:
			others++
		}
	}
	return phone && others <= maxOthers
}

// deviceWord reports whether lw, a word in lower case, is "device" in a
// language whose Samsung footer names the device, not the smartphone
// ("Trimis de pe dispozitivul meu Samsung Galaxy", "Enviado desde mi
// dispositivo Samsung Galaxy", "Sent from my Samsung Galaxy device").
func deviceWord(lw string) bool {
	return strings.HasPrefix(lw, "dispozitiv") || strings.HasPrefix(lw, "dispositiv") || strings.HasPrefix(lw, "device") || strings.HasPrefix(lw, "gerät") || strings.HasPrefix(lw, "appareil")
}

// phoneWord reports whether lw, a word in lower case, is the phone in
// a language whose Samsung footer names it in its own word, declined or
// compounded ("Poslano sa mog Samsung Galaxy pametnog telefona.",
// "Wysłane z mojego smartfona Samsung Galaxy", "Samsung Galaxy
// okostelefonról küldve", "Samsung Galaxy akıllı telefonumdan
// gönderildi").
func phoneWord(lw string) bool {
	for _, w := range []string{"telefon", "smartfon", "smartfón", "телефон", "смартфон"} {
		if strings.Contains(lw, w) {
			return true
		}
	}
	return false
}

// quotationMarks are the marks that open and close a quotation or a
// quoted word, in the languages' several styles.
const quotationMarks = "\"“”„«»‚‘’‹›「」『』"

// outlookAppLine reports whether t is Outlook's mobile footer, "Get
// Outlook for iOS" in any language: a deviceLine that names Outlook and
// iOS or Android as words, with at least two words besides them (a verb
// and a preposition: "Отримати Outlook для iOS", "iOS용 Outlook 받기",
// whose system's word carries the preposition), quoted or not. A
// writer's answer to "which app?", "Outlook on Android", has one; a
// sentence of theirs ends in its mark.
func outlookAppLine(t string) bool {
	if !deviceLine(t, false) {
		return false
	}
	outlook, system, others := false, false, 0
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, quotationMarks) // Lithuanian "Gaukite „Outlook“ …"
		switch {
		case w == "Outlook":
			outlook = true
		case w == "iOS" || w == "Android":
			system = true
		default:
			system = system || strings.HasPrefix(w, "iOS") || strings.HasPrefix(w, "Android")
			others++
		}
	}
	return outlook && system && others >= 2
}

// lastNewLine is the index of the last line of the new text above any
// history or quote, blank lines, rules, footers and dropped lines
// skipped (-1 when there is none), and end, where that history starts.
func lastNewLine(kinds []lineKind) (last, end int) {
	end = len(kinds)
	for i, k := range kinds {
		if isHistory(k) || k == kQuote {
			end = i
			break
		}
	}
	last = end - 1
	for last >= 0 && (kinds[last] == kEmpty || kinds[last] == kDelimiter || kinds[last] == kMobileSig || kinds[last] == kDrop) {
		last--
	}
	return last, end
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

// markVendorFooter drops the footer a program adds under the writer's
// text, between rules, in its user's language: a sentence naming the
// program and, below it, the program's own web address alone on its
// line ("-----" / "Bu e-poçt Avast antivirus proqramı tərəfindən
// yoxlanılıb." / "www.avast.com" / "-----", an antivirus scan line in
// Azerbaijani, or "This email has been checked for viruses by AVG." /
// "https://www.avg.com"). A rule parts it from the text above, where the
// writer's text stands. The writer's own closing link ("Download it
// from www.acme.example") stands under no rule, and a signature drawn
// between rules names its company in no sentence.
func markVendorFooter(lines []string, kinds []lineKind) {
	const maxLines = 3
	last, end := lastNewLine(kinds)
	if last < 1 || kinds[last] != kText {
		return
	}
	name := siteName(strings.TrimSpace(lines[last]))
	if name == "" {
		return
	}
	first := last
	for first > 0 && kinds[first-1] == kText && last-first+1 < maxLines {
		first--
	}
	rule := first - 1
	for rule >= 0 && kinds[rule] == kEmpty {
		rule--
	}
	if rule < 1 || kinds[rule] != kDelimiter || first == last {
		return
	}
	text := false
	for _, k := range kinds[:rule] {
		text = text || k == kText
	}
	named := false
	for _, l := range lines[first:last] {
		named = named || namesIn(l, name)
	}
	if !text || !named {
		return
	}
	for x := rule; x < end; x++ {
		if kinds[x] != kEmpty {
			kinds[x] = kDrop
		}
	}
}

// siteName is the name a bare web address gives its site, "avast" of
// "www.avast.com" or "https://www.avg.com/sig-email", or "" when t is
// more than an address.
func siteName(t string) string {
	if strings.ContainsAny(t, " \t@") {
		return ""
	}
	host := strings.TrimPrefix(strings.TrimPrefix(t, "https://"), "http://")
	explicit := len(host) < len(t)
	host, _, _ = strings.Cut(host, "/")
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if !explicit && !strings.HasPrefix(strings.ToLower(t), "www.") {
		return ""
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 || len(labels[0]) < 2 {
		return ""
	}
	return labels[len(labels)-2]
}

// namesIn reports whether l is a sentence of four words or more, ending
// as one does, that holds name as a word of its own.
func namesIn(l, name string) bool {
	const minWords = 4
	t := strings.TrimSpace(l)
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".!") || len(strings.Fields(t)) < minWords {
		return false
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.EqualFold(w, name) {
			return true
		}
	}
	return false
}

// markForeignHeaderBlocks finds an embedded header block whose field
// names are in a language headerFieldRe does not list (Outlook writes its
// block in the language of its user's Windows: Georgian, Basque,
// Azerbaijani…), by its shape alone: a paragraph of at least three
// "Name: value" lines, each name one to three words of letters, among
// whose values are an address, a time of day ("10:12", "۱۰:۱۲"), and
// the answered mail's subject as replies carry it (a reply prefix such
// as "RE:" or a ticket tag "[ESC-12]"). A line
// that continues a field's addresses ("<b@x.example>" under a long "To:")
// belongs to it.
//
// QUIRK: a writer's own list of fields (a contact card, an agenda, a
// form) lacks one of the three kinds of value, or sits inside a
// paragraph, and stays text; so does a header the writer introduces as
// pasted ("This is the header of the mail that bounced:"), and a help
// desk's list of a ticket's fields ("Incident:", "Caller:", "Priority:"),
// which has no subject of a reply (a fourth field was not enough: a
// ServiceNow notice lost its text to it).
func markForeignHeaderBlocks(lines []string, kinds []lineKind) {
	open := func(k lineKind) bool { return k == kText || k == kQuoteHeader }
	for i := 0; i < len(lines); i++ {
		if !open(kinds[i]) || (i > 0 && kinds[i-1] == kText) {
			continue
		}
		if _, ok := foreignField(lines[i]); !ok {
			continue
		}
		end, fields, known := i, 0, 0
		var address, clock, subject bool
		for end < len(lines) && open(kinds[end]) {
			value, ok := foreignField(lines[end])
			if !ok {
				if fields == 0 || !addressContinuation(lines[end]) {
					break
				}
				address = address || strings.Contains(lines[end], "@")
				end++
				continue
			}
			fields++
			if isEmbeddedField(lines[end]) {
				known++
			}
			address = address || strings.Contains(value, "@")
			clock = clock || hasClockTime(value)
			subject = subject || replySubject(value)
			end++
		}
		// A block of fields headerFieldRe knows was judged by
		// markHeaderBlocks (a header the writer pastes to ask about it
		// stays text).
		if fields >= 3 && known < fields && address && clock && subject && !pastedHeader(lines, kinds, i) {
			for k := i; k < end; k++ {
				kinds[k] = kHeaderBlock
			}
			unglueAttribution(lines, kinds, i)
		}
		i = max(i, end-1)
	}
}

// markOneLineHeaders finds an embedded header block that an HTML body's
// conversion put on one line: HCL Notes draws its block as a table of
// label and value cells, read as "Från: \"Acme Support\" <support@…>
// Till: … Datum: 2026-11-18 16:02 Ärende: SV: [ACME-48477] …". By its
// shape, in any language, as markForeignHeaderBlocks reads a block of
// lines: a line of its own that opens with a field's name and holds at
// least three fields, among whose values are an address, a time of day
// and the answered mail's subject. A writer's own line of fields lacks
// one of them, and a header they say they paste stays theirs.
func markOneLineHeaders(lines []string, kinds []lineKind) {
	const minFields = 3
	for i, l := range lines {
		if kinds[i] != kText || i > 0 && kinds[i-1] == kText || i+1 < len(kinds) && kinds[i+1] == kText ||
			strings.Count(l, ":")+strings.Count(l, "：") < minFields || !strings.Contains(l, "@") {
			continue
		}
		values := lineFields(l)
		if len(values) < minFields {
			continue
		}
		var address, clock, subject bool
		for _, v := range values {
			address = address || strings.Contains(v, "@")
			clock = clock || hasClockTime(v)
			subject = subject || replySubject(v)
		}
		if address && clock && subject && !pastedHeader(lines, kinds, i) {
			kinds[i] = kHeaderBlock
		}
	}
}

// lineFields is the values of the fields l is made of, "Name: value"
// after "Name: value", each name one word of letters ending in a colon;
// nil when l does not open with such a name. A name right after another
// opens the value ("Ärende: SV: …", the reply's prefix).
func lineFields(l string) []string {
	words := strings.Fields(l)
	if len(words) == 0 || !fieldName(words[0]) {
		return nil
	}
	var values []string
	var value []string
	for _, w := range words[1:] {
		if fieldName(w) && len(value) > 0 {
			values = append(values, strings.Join(value, " "))
			value = nil
			continue
		}
		value = append(value, w)
	}
	if len(value) > 0 {
		values = append(values, strings.Join(value, " "))
	}
	return values
}

// fieldName reports whether the word w is a field's name: letters (any
// script) and a colon last.
func fieldName(w string) bool {
	name, ok := strings.CutSuffix(w, ":")
	if !ok {
		name, ok = strings.CutSuffix(w, "：")
	}
	if !ok || name == "" {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// unglueAttribution gives back their own kinds to the lines above a
// header block at i that the attribution readers took, with the block's
// first field, for an attribution wrapped over several lines: the
// signature's last line above an Amharic block, "Phone: +251 58 220
// 1234" / "" / "ከ: Acme Support <support@acme.example>", read as one
// attribution, lost the writer's phone number.
func unglueAttribution(lines []string, kinds []lineKind, i int) {
	for k := i - 1; k >= 0 && kinds[k] == kQuoteHeader; k-- {
		kinds[k] = classifyLine(lines[k])
	}
}

// foreignField returns the value of l as a field "Name: value" when the
// name is one to three words of letters (any script; marks and an
// apostrophe within a word allowed, a "*" of bold around it) and the
// value is not empty.
func foreignField(l string) (value string, ok bool) {
	const maxName = 40 // bytes: three words in most scripts
	head := l[:min(len(l), maxName+4)]
	c := strings.IndexAny(head, ":：")
	if c <= 0 {
		return "", false
	}
	name := strings.Trim(strings.TrimSpace(l[:c]), "*")
	value = strings.TrimSpace(strings.Trim(strings.TrimSpace(l[c:]), ":："))
	value = strings.TrimSpace(strings.TrimPrefix(value, "*"))
	if name == "" || value == "" || len(name) > maxName {
		return "", false
	}
	words := strings.Fields(name)
	if len(words) > 3 {
		return "", false
	}
	for _, w := range words {
		for j, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !(j > 0 && (r == '\'' || r == '’' || r == '-')) {
				return "", false
			}
		}
	}
	return value, true
}

// addressContinuation reports whether l continues a field's list of
// addresses: it holds an address or a separator of addresses and no
// sentence.
func addressContinuation(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && (strings.Contains(t, "@") || strings.HasSuffix(t, ";")) && len(strings.Fields(t)) <= 6
}

// hasClockTime reports whether s holds a time of day: one or two digits
// (of any script), a colon, and two digits.
func hasClockTime(s string) bool {
	rs := []rune(s)
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] == ':' && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) && unicode.IsDigit(rs[i+2]) &&
			(i+3 == len(rs) || !unicode.IsDigit(rs[i+3])) {
			return true
		}
	}
	return false
}

// replySubject reports whether a value is a subject as a reply carries
// it: opening with a prefix of up to four letters and a colon ("RE:",
// "AW:", "SV:", "ΑΠ:") or holding a ticket tag ("[ESC-2231]").
func replySubject(v string) bool {
	if p, _, ok := strings.Cut(v, ":"); ok && p != "" && utf8.RuneCountInString(p) <= 4 {
		letters := true
		for _, r := range p {
			letters = letters && unicode.IsLetter(r)
		}
		if letters {
			return true
		}
	}
	return bracketTag.MatchString(v)
}

// bracketTag is a ticket tag in brackets: "[ESC-2231]", "[#INC-0042]".
var bracketTag = mustGate(`\[#?[A-Za-z]{2,10}[-#]\d{2,}\]`)

// markTicketLinkFooter drops the footer a help desk writes under a
// comment it relays, in its user's language: a short paragraph pointing
// at the ticket's page ("Para ver o histórico completo deste chamado,
// acesse https://suporte.example/helpdesk/tickets/20931"), and below it
// at most two short lines ("Este e-mail foi enviado por TechDent
// Suporte." / "Powered by Freshdesk"). (helpdeskComment ends a comment
// it reads at the same paragraph.)
func markTicketLinkFooter(lines []string, kinds []lineKind) {
	const maxTail, maxTailWords = 2, 12
	last, end := lastNewLine(kinds)
	first := -1
	for i := last; i > 0 && last-i <= maxTail+3; i-- {
		if kinds[i-1] == kEmpty && ticketLinkFooterAt(lines, kinds, i) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	tail := 0
	for i := paragraphEnd(kinds, first, end); i <= last; i++ {
		if kinds[i] != kText {
			continue
		}
		t := strings.TrimSpace(lines[i])
		if tail++; tail > maxTail || len(strings.Fields(t)) > maxTailWords || strings.Contains(t, "?") {
			return
		}
	}
	for x := first; x < end; x++ {
		if kinds[x] != kEmpty {
			kinds[x] = kDrop
		}
	}
}

// ticketLinkFooterAt reports whether the paragraph at line i, two lines
// at most, is a help desk's pointer to the ticket's page under the
// writer's signature: it holds a ticketPage link, forty words at most and
// no question, opens no postscript, and the paragraph above it ends in a
// signature's line under the writer's closing. The writer's own "the log is at https://…/tickets/123"
// above their closing, or in a postscript, stays theirs.
func ticketLinkFooterAt(lines []string, kinds []lineKind, i int) bool {
	const maxLines, maxWords = 2, 40
	if i < 2 || kinds[i] != kText || kinds[i-1] != kEmpty {
		return false
	}
	end := paragraphEnd(kinds, i, min(len(kinds), i+maxLines+1))
	if end-i > maxLines || end < len(kinds) && kinds[end] == kText {
		return false
	}
	words, link := 0, false
	for _, l := range lines[i:end] {
		t := strings.ToLower(strings.TrimSpace(l))
		if strings.Contains(t, "?") || strings.HasPrefix(t, "p.s") || strings.HasPrefix(t, "ps") {
			return false
		}
		words += len(strings.Fields(t))
		link = link || ticketPage.MatchString(l)
	}
	if !link || words > maxWords {
		return false
	}
	return signedAbove(lines, kinds, i)
}

// signedAbove reports whether the text above line i ends in the writer's
// signature under their closing: the line above (blank lines skipped) is
// a signature's, and the writer closed ("Att.," / "Rodrigo Lima" / …) in
// that paragraph or the one before. A notice's fields ("Updated:
// 3/11/2025 4:53 PM") are no signature, and what stands under them is
// the notice's own text.
func signedAbove(lines []string, kinds []lineKind, i int) bool {
	above := i - 1
	for above >= 0 && kinds[above] == kEmpty {
		above--
	}
	if above < 0 || kinds[above] != kText || !signatureLine(strings.TrimSpace(lines[above])) {
		return false
	}
	for x, paragraphs := above, 0; x >= 0 && paragraphs < 2; x-- {
		switch {
		case kinds[x] == kEmpty:
			if x+1 < len(kinds) && kinds[x+1] != kEmpty {
				paragraphs++
			}
		case kinds[x] == kText && (signOff.MatchString(lines[x]) || closingLine(strings.TrimSpace(lines[x]))):
			return true
		case kinds[x] != kText:
			return false
		}
	}
	return false
}

// markDeskCredit marks as a footer the help desk's credit that closes a
// mail it relays, in its user's language, below the comment and the
// history it quotes: a paragraph of one line, the body's last, that ends
// in the name of the help desk's software, its link after it at most
// ("Diese E-Mail wurde über das HR Service Center … versendet.
// Helpdesk-Software von Freshdesk ( https://… )", "Help Desk Software by
// Freshdesk"). It stands right below the history, under the comment
// typed above it: a writer's answer below a quote, the last of answers
// between quotes, stays theirs, and a sentence of theirs that names the
// tool ends in its mark.
func markDeskCredit(lines []string, kinds []lineKind) {
	const minWords, maxWords, maxLen = 3, 40, 600
	last := len(lines) - 1
	for last >= 0 && kinds[last] == kEmpty {
		last--
	}
	if last < 1 || kinds[last] != kText || kinds[last-1] == kText || len(lines[last]) > maxLen {
		return
	}
	quoted := func(k lineKind) bool { return k == kQuote || isHistory(k) }
	top := last - 1
	for top >= 0 && (quoted(kinds[top]) || kinds[top] == kEmpty || kinds[top] == kDelimiter) {
		top--
	}
	if top < 0 || top == last-1 || kinds[top] != kText || slices.ContainsFunc(kinds[:top], quoted) {
		return
	}
	t := strings.TrimSpace(parenLink.ReplaceAllString(angleLink.ReplaceAllString(lines[last], ""), ""))
	if n := len(strings.Fields(t)); n < minWords || n > maxWords || strings.Contains(t, "?") || !deskSoftware.MatchString(t) {
		return
	}
	kinds[last] = kMobileSig
}

// deskSoftware is the name of a help desk's software ending a line.
var deskSoftware = mustGate(`(?i)\b(jira service management|zendesk|freshdesk|freshservice|osticket|servicenow|help ?scout|otrs|znuny|topdesk|zammad|kayako|happyfox|sysaid|glpi|manageengine servicedesk plus|zoho desk|teamdynamix)$`)

// markTicketFieldsFooter marks as a footer the line of the ticket's
// fields a help desk writes under the comment it relays, the comment's
// last line, below the writer's closing and signature: "Ticket: #4711 –
// Status: Wartend auf Drittanbieter – Priorität: Hoch", in any language
// (ticketFieldsLine). A writer's own summary line stands above their
// closing, or among their words. (The help desk's "reply above this
// line" may stand above the comment.)
func markTicketFieldsFooter(lines []string, kinds []lineKind) {
	first := slices.Index(kinds, kText)
	if first < 0 {
		return
	}
	last, _ := lastNewLine(kinds[first:])
	if last += first; last < 1 || kinds[last] != kText || kinds[last-1] != kEmpty {
		return
	}
	if ticketFieldsLine(strings.TrimSpace(lines[last])) && signedAbove(lines, kinds, last) {
		kinds[last] = kMobileSig
	}
}

// fieldSeparator parts the fields of a line of them: a dash, a bar or a
// middle dot between spaces.
var fieldSeparator = mustGate(`\s+[-–—|·•]\s+`)

// ticketFieldsLine reports whether t is a ticket's fields on one line,
// "Name: value" parted by fieldSeparator, two or more, the first value
// the ticket's number ("#4711", "INC0012345", "ESC-2231").
func ticketFieldsLine(t string) bool {
	const maxLen = 300
	if len(t) > maxLen || !strings.Contains(t, ":") {
		return false
	}
	parts := fieldSeparator.Regexp().Split(t, -1)
	if len(parts) < 2 {
		return false
	}
	for k, p := range parts {
		v, ok := foreignField(p)
		if !ok || k == 0 && !ticketNumber.MatchString(v) {
			return false
		}
	}
	return true
}

// ticketNumber is a ticket's number as a field's value.
var ticketNumber = mustGate(`^#?[A-Za-z]{0,6}-?\d{3,}$`)

// ticketPage is a link to a ticket's page in a help desk: a path naming
// tickets, requests, cases or a help desk, ending in the ticket's number
// ("https://suporte.example/helpdesk/tickets/20931",
// "https://help.example.com/hc/requests/48213").
var ticketPage = mustGate(`https?://[^\s/]+/(?i:[^\s]*(ticket|request|helpdesk|support|case|incident|chamado|solicitud|demande|anfrage|melding)[^\s]*/)#?\d{3,}\b`)
