package intake

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind is what one line of a body is.
type lineKind uint8

const (
	kText        lineKind = iota
	kEmpty                // blank
	kQuote                // "> quoted"
	kDelimiter            // "-----", "_____", "***"
	kSigDash              // "-- " (RFC 3676 section 4.3)
	kMobileSig            // "Sent from my iPhone"
	kQuoteHeader          // "On … wrote:" and its wrapped continuation
	kMarker               // "-----Original Message-----", "Begin forwarded message:"
	kHeaderBlock          // a line of an embedded "From:/Sent:/To:" block
)

// classifyLines gives each line its kind, then finds the constructs that
// span lines: wrapped quote headers and embedded header blocks.
func classifyLines(lines []string) []lineKind {
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		kinds[i] = classifyLine(l)
	}
	markSplitMarkers(lines, kinds)
	markBrokenQuotes(lines, kinds)
	markShellContinuations(lines, kinds)
	markWrappedQuoteHeaders(lines, kinds)
	markQuotedSeparators(lines, kinds)
	markVerbAlone(lines, kinds)
	markQuoteForms(lines, kinds)
	markCardAttributions(lines, kinds)
	markHeaderBlocks(lines, kinds)
	markNotesHeaders(lines, kinds)
	markDeskAttributions(lines, kinds)
	markToolLines(lines, kinds)
	markListFooter(lines, kinds)
	markCurlRequests(lines, kinds)
	markDecoratedMarkers(lines, kinds)
	markImages(lines, kinds)
	markLinkPreviews(lines, kinds)
	markShapedLines(lines, kinds)
	return kinds
}

// markQuotedSeparators marks as history's header the separator that
// opens a quote, quoted with it: Outlook set to prefix each line of the
// original with "> " writes "> -----Original Message-----" over "> From:"
// "> Sent:" lines, so that answers typed below the quote are an inline
// reply, as below an "On … wrote:" line. Only the quote's first line
// counts: a separator deeper in is the quoted mail's own history.
func markQuotedSeparators(lines []string, kinds []lineKind) {
	prev := kEmpty
	for i, l := range lines {
		if kinds[i] == kQuote && prev != kQuote && prev != kQuoteHeader {
			if t := strings.TrimSpace(strings.TrimLeft(l, "> \t")); t != "" && !replyAbove.MatchString(t) && isMarker(t) {
				kinds[i] = kQuoteHeader
			}
		}
		if kinds[i] != kEmpty {
			prev = kinds[i]
		}
	}
}

// imageLine is a line that only holds images as a client writes them
// into the text part: Outlook's "[cid:image001.png@01DB8CF2.4A6E1B30]",
// Gmail's "[image: error.png]", Apple Mail's "<IMG_4821.jpeg>", a banner's
// "[https://cdn.example/banner.png]<https://example/event>".
var imageLine = mustGate(`(?i)^\s*((\[cid:[^\]]{1,200}\]|<[^<>\s/]{1,120}\.(png|jpe?g|gif|heic|heif|webp|bmp|tiff?|mov|mp4)>|\[image: [^\]]{1,200}\]|\[[^\]\s]{1,300}\.(png|jpe?g|gif|svg|webp|bmp)\]|` +
	`\[[^\]]{0,120}\b(logo|image|picture|icon|photo|graphic|description automatically generated|bild|imagen|immagine|afbeelding|obraz)\b[^\]]{0,120}\]|\[(linkedin|twitter|x|facebook|instagram|youtube|xing|github|tiktok|mastodon|bluesky|threads|pinterest|whatsapp)\])\s?(<[^>\s]+>)?\s*)+$`)

// toolLine is a line a translation add-on writes into the mail it
// translates: its credit ("Translated with www.DeepL.com/Translator (free
// version)", "Translated by Translator for Outlook") and its label over
// the original ("==== Original message in German ====", "------ Original
// text (Spanish) ------"). The writer sent both texts; the lines are the
// tool's, and the text below them is no history. So is a scheduling
// block's "Powered by Chili Piper" between the slots and the sign-off.
var toolLine = mustGate(`(?i)^\s*(translated (by|with) (www\.deepl\.com|deepl|google translate|translator for outlook|mail translator for gmail|microsoft translator)\b.{0,80}|[-=\s]*original (text|message) (in [a-z]+|\([a-z]+\))[-=\s]*|powered by [a-z][\w.-]*( [a-z][\w.-]*){0,2}( \(\s*https?://\S+\s*\))?)$`)

// markToolLines drops toolLine's lines.
func markToolLines(lines []string, kinds []lineKind) {
	for i, l := range lines {
		if kinds[i] != kEmpty && kinds[i] != kQuote && toolLine.MatchString(l) {
			kinds[i] = kDrop
		}
	}
}

// listUnsubscribe is a mailing list's line telling how to leave it, with
// the address or link to do so: Sympa's "Pour vous désabonner :
// mailto:sympa@…", Mailman's "To unsubscribe send an email to …".
var listUnsubscribe = mustGate(`(?i)^\s*(to unsubscribe\b|unsubscribe\s*:|pour (vous|se) désabonner\b|désabonnement\s*:|um (sich )?(abzumelden|von der liste abzumelden)\b|abmelden\s*:|para (darse de baja|cancelar (la|su) suscripción)\b|per (cancellarti|annullare l'iscrizione)\b|om (je )?af te melden\b|uitschrijven\s*:|för att avsluta prenumerationen\b|avregistrera\s*:).{0,160}(https?://|mailto:|@)`)

// listName is a footer's line naming the list: "Liste dsi-astreinte :",
// "users mailing list", "Archives : https://…/arc/…". A newsletter's
// footer ("You are receiving this because you signed up … Unsubscribe")
// names none: it stays, for it says what the mail is (severity reads it).
var listName = mustGate(`(?i)\b(mailing[- ]?list|liste de diffusion|listinfo|mailman|sympa|listserv)\b|^\s*(liste|list|lista)\s+\S+\s*:|^\s*archives?\s*:`)

// markListFooter marks as a footer the last paragraph of a text when it
// is a mailing list's (Sympa appends it as a part of its own, below the
// writer's mail and its quote): a few lines, one naming the list and one
// how to leave it with its address, none a question.
func markListFooter(lines []string, kinds []lineKind) {
	const maxLines = 6
	end := len(lines)
	for end > 0 && kinds[end-1] == kEmpty {
		end--
	}
	start := end // the paragraph, or the lines of text below a quote
	for start > 0 && kinds[start-1] == kText {
		start--
	}
	if end-start < 2 || end-start > maxLines {
		return
	}
	found, list := false, false
	for i := start; i < end; i++ {
		t := strings.TrimSpace(lines[i])
		if kinds[i] != kText || strings.HasSuffix(t, "?") {
			return
		}
		found = found || listUnsubscribe.MatchString(t)
		list = list || listName.MatchString(t)
	}
	if found && list {
		for i := start; i < end; i++ {
			kinds[i] = kMobileSig
		}
	}
}

// curlRequest is the request line curl -v prints, "> POST /v2/payments
// HTTP/1.1", and curlHeader one of the header lines below it.
var (
	curlRequest = mustGate(`^>\s?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT) \S+ HTTP/[\d.]+\s*$`)
	curlHeader  = mustGate(`^>\s?([A-Za-z][\w-]*: .*)?\s*$`)
)

// markCurlRequests keeps as the writer's text the request that a pasted
// "curl -v" prints with "> " under its "* Connected to" lines: its
// request line and headers are output, not a quote of our mail.
func markCurlRequests(lines []string, kinds []lineKind) {
	for i := 1; i < len(lines); i++ {
		if kinds[i] != kQuote || kinds[i-1] != kText || !strings.HasPrefix(lines[i], ">") || !curlRequest.MatchString(lines[i]) {
			continue
		}
		kinds[i] = kText
		for i++; i < len(lines) && kinds[i] == kQuote && curlHeader.MatchString(lines[i]); i++ {
			kinds[i] = kText
		}
	}
}

// markImages drops the lines that only hold images: they are no words
// of the writer's, and a logo between a signature and its company's
// footer must not hide the footer.
func markImages(lines []string, kinds []lineKind) {
	for i, l := range lines {
		if t := strings.TrimSpace(l); kinds[i] == kText && (strings.HasPrefix(t, "[") || strings.HasPrefix(t, "<")) && imageLine.MatchString(l) {
			kinds[i] = kDrop
			if j := i + 1; j < len(lines) && kinds[j] == kText && bareLink.MatchString(lines[j]) {
				// Gmail wraps a linked image's address onto the next
				// line: "[image: Watch Video]" / "<https://loom.example/…>".
				kinds[j] = kDrop
			}
		}
	}
}

// bareLink is a line that holds only a link in angle brackets.
var bareLink = mustGate(`^\s*<https?://[^\s<>]+>\s*$`)

// decorated is a phrase between runs of dashes or equals signs,
// "-----Özgün İleti-----" or mutt's "----- Forwarded message from Ann
// <ann@example.org> -----", the shape of every client's separator.
var decorated = mustGate(`^\s*(-{3,}|={3,})\s*[^-=\s].{1,120}?\s*(-{3,}|={3,})\s*$`)

// markDecoratedMarkers marks as a separator a decorated phrase that
// stands right above a mail's header block, in whatever language the
// client names the original message: the block proves what it is. A
// decorated heading in the writer's own text ("--- Timeline ---") is not
// followed by one and stays.
func markDecoratedMarkers(lines []string, kinds []lineKind) {
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kText || !decorated.MatchString(lines[i]) {
			continue
		}
		if j := nextFilled(kinds, i+1); j < len(kinds) && kinds[j] == kHeaderBlock {
			kinds[i] = kMarker
		}
	}
}

// nextFilled is the first line from i on that is not blank, or
// len(kinds).
func nextFilled(kinds []lineKind, i int) int {
	for i < len(kinds) && kinds[i] == kEmpty {
		i++
	}
	return i
}

// quotedAbove reports whether a quote or its attribution stands above
// line i: the body is an inline reply.
func quotedAbove(kinds []lineKind, i int) bool {
	return slices.ContainsFunc(kinds[:i], func(k lineKind) bool { return k == kQuote || k == kQuoteHeader })
}

// secondPerson is an attribution that addresses the reader, "In your mail
// of 4 March you wrote:": a writer introducing a sentence they paste, not
// a client's header, unless quoted lines follow it (The Bat!'s "You
// wrote:" above its "NS> " quotes).
var secondPerson = mustGate(`(?i)\b(you wrote|you said|du schriebst|du hast geschrieben|sie schrieben|vous avez écrit|tu as écrit|usted escribió|escribiste|hai scritto|você escreveu|jij schreef|u schreef)(?:\b|[^\pL\pN_]|$)`)

// ownQuotation reports whether the attribution at i is the writer's own
// sentence introducing words they quote: "El lunes a las 14:10, el chofer
// me escribió:" over a quotation between quotation marks at j ("\"El
// portero no me deja entrar.\"", up to maxQuotation lines), and more of
// the writer's text right below the quotation. A client's attribution
// names the sender's address, and the mail it introduces is quoted
// lines or a header block, which open with no quotation mark, and does
// not close within a few lines to go on as text.
func ownQuotation(lines []string, kinds []lineKind, i, j int) bool {
	const maxQuotation = 4
	if strings.Contains(lines[i], "@") || i > 0 && kinds[i-1] == kQuoteHeader || i+1 < len(kinds) && kinds[i+1] == kQuoteHeader {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[j])); !strings.ContainsRune(quotationMarks, r) {
		return false
	}
	for c := j; c < len(lines) && c < j+maxQuotation && kinds[c] == kText; c++ {
		if closesQuotation(lines[c]) && (c > j || utf8.RuneCountInString(strings.TrimSpace(lines[c])) > 2) {
			n := nextFilled(kinds, c+1)
			return n < len(kinds) && kinds[n] == kText
		}
	}
	return false
}

// closesQuotation reports whether l ends a quotation: a quotation mark
// last, or before the sentence's own mark ("… llevo 2.016.\"", "… 2.016\".").
func closesQuotation(l string) bool {
	t := strings.TrimRight(strings.TrimSpace(l), ".,;:!?…")
	r, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && strings.ContainsRune(quotationMarks, r)
}

// snipLine is the mark a writer leaves where they cut a quote: "[...]",
// "[…]", "<snip>", "[snip]".
var snipLine = mustGate(`(?i)^\s*(\[\s*(\.\.\.|…|snip|schnipp|gekürzt)\s*\]|<\s*snip\s*>)\s*$`)

// markQuoteForms reads the quotes that do not use "> ": an attribution
// without a date ("Support wrote:") above ">"-quoted lines; quote
// prefixes other than ">" ("» ", ": ", "| ") under an attribution, for
// the rest of the body; the "[...]" a writer left below a quoted line;
// and a second-person "you wrote:" above unquoted text, which is the
// writer's.
func markQuoteForms(lines []string, kinds []lineKind) {
	prefix := ""
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case kinds[i] == kText && prefix != "" && (strings.HasPrefix(t, prefix) || t == strings.TrimSpace(prefix)):
			kinds[i] = kQuote
		case kinds[i] == kText && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && len(t) <= 80:
			if j := nextFilled(kinds, i+1); j < len(kinds) && kinds[j] == kQuote && endsWithVerb(strings.ToLower(strings.TrimRight(t, ":： "))) {
				kinds[i] = kQuoteHeader
			}
		case kinds[i] == kQuoteHeader:
			j := nextFilled(kinds, i+1)
			if j == len(kinds) || kinds[j] != kText {
				continue
			}
			switch p := altQuote(lines[j]); {
			case p != "":
				prefix = p
			case secondPerson.MatchString(t):
				kinds[i] = kText
			case ownQuotation(lines, kinds, i, j):
				kinds[i] = kText
			case indentQuote(lines, kinds, j) > j:
				// Pine and other mailers that quote by indenting:
				// the indented run under the attribution is the quote,
				// the writer's text starts at the margin below it.
				end := indentQuote(lines, kinds, j)
				for ; j < end; j++ {
					if kinds[j] == kText {
						kinds[j] = kQuote
					}
				}
				i = end - 1
			}
		case kinds[i] == kText && snipLine.MatchString(t):
			before := i - 1
			for before >= 0 && kinds[before] == kEmpty {
				before--
			}
			if after := nextFilled(kinds, i+1); before >= 0 && kinds[before] == kQuote || after < len(kinds) && kinds[after] == kQuote || quotedAbove(kinds, i) {
				// the writer's cut in the quote, above or below it, or in
				// place of the rest of it in an inline reply
				kinds[i] = kQuote
			}
		}
	}
}

// indentQuote is the end of the quote by indentation that starts at j,
// or j: at least three lines of text (blank lines between them) that all
// open with the same indentation of two or more spaces or a tab, as a
// mailer indents a whole mail. One indented line under an attribution
// may be the writer's own code, and lines indented unevenly are a
// rendered page's layout.
func indentQuote(lines []string, kinds []lineKind, j int) int {
	const minLines = 3
	indent := lines[j][:len(lines[j])-len(strings.TrimLeft(lines[j], " \t"))]
	if len(indent) < 2 && indent != "\t" {
		return j
	}
	end, n := j, 0
	for ; end < len(lines) && (kinds[end] == kEmpty || kinds[end] == kText && strings.HasPrefix(lines[end], indent)); end++ {
		if kinds[end] == kText {
			n++
		}
	}
	if n < minLines {
		return j
	}
	return end
}

// altQuote is the quote prefix other than ">" that l starts with, or "".
// A pipe counts only once on the line, so that a table's row is none.
func altQuote(l string) string {
	t := strings.TrimSpace(l)
	for _, p := range []string{"» ", ": ", "| "} {
		if strings.HasPrefix(t, p) && (p != "| " || strings.Count(t, "|") == 1) {
			return p
		}
	}
	return ""
}

// markSplitMarkers finds a separator that a client or a narrow reader
// wrapped over two lines ("-----Original" then "Message-----") and marks
// both lines.
func markSplitMarkers(lines []string, kinds []lineKind) {
	for i := 0; i+1 < len(lines); i++ {
		a, b := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if kinds[i] != kText || kinds[i+1] != kText || !strings.HasPrefix(a, "--") ||
			strings.HasSuffix(a, "-") || !strings.HasSuffix(b, "--") || strings.HasPrefix(b, "-") {
			continue
		}
		if isMarker(a + " " + b) {
			kinds[i], kinds[i+1] = kMarker, kMarker
			i++
		}
	}
}

// markShellContinuations gives back to the writer the "> " lines a shell
// prints when a command goes on past a line ending in "\\": pasted with
// the command, they are no quote.
func markShellContinuations(lines []string, kinds []lineKind) {
	for i := 1; i < len(lines); i++ {
		if kinds[i] == kQuote && kinds[i-1] == kText && strings.HasSuffix(strings.TrimRight(lines[i-1], " \t"), " \\") {
			kinds[i] = kText
		}
	}
}

// markBrokenQuotes marks as quoted a line without "> " that continues a
// quoted line: clients that wrap long lines after quoting them leave the
// end of a long URL, or of a sentence, unquoted.
func markBrokenQuotes(lines []string, kinds []lineKind) {
	for i := 1; i < len(lines); i++ {
		if kinds[i] == kText && kinds[i-1] == kQuote && brokenQuote(lines[i-1], lines[i], i+1 < len(lines) && kinds[i+1] == kQuote) {
			kinds[i] = kQuote
		}
	}
}

// brokenQuote reports whether line continues the quoted line prev: the
// rest of a link (one word after a line ending in a URL), or the rest of
// a sentence that a long quoted line left unfinished, not capitalised
// ("… between 22:00 and" / "23:00 CET. During …") and followed by more
// quote (QUIRK: crisp-email-reply-parser email_8). An
// answer between quotes starts a sentence of its own.
func brokenQuote(prev, line string, quoteFollows bool) bool {
	t := strings.TrimSpace(line)
	fields := strings.Fields(prev)
	last := fields[len(fields)-1]
	if link := strings.Contains(last, "://") || strings.HasPrefix(last, "www."); link && (quoteFollows || !strings.ContainsAny(t, " \t")) {
		return true
	}
	if strings.HasSuffix(strings.TrimRight(prev, " \t"), "=") && len(prev) > 2 {
		// Quoted-printable a relay left undecoded: "=" ends a line that
		// goes on in the next, which lost its "> " in the rewrap.
		return true
	}
	const wrapWidth = 60
	r, _ := utf8.DecodeRuneInString(t)
	return quoteFollows && len(prev) >= wrapWidth && !unicode.IsUpper(r) && !strings.ContainsAny(last[len(last)-1:], ".?!:")
}

// classifyLine classifies one line on its own.
func classifyLine(l string) lineKind {
	t := strings.TrimSpace(l)
	switch {
	case t == "" || bidiOnly(t):
		return kEmpty
	case strings.TrimRight(l, " \t") == "--" || l == "-- ":
		return kSigDash
	case groupwiseAttribution.MatchString(t):
		return kQuoteHeader
	case initialsQuote.MatchString(t):
		return kQuote
	case squirrelQuote.MatchString(t):
		// SquirrelMail's reply template: `<quote who="Dana">` above the
		// "> " lines, `</quote>` below them.
		return kQuoteHeader
	case t == "</quote>":
		return kQuote
	case comparison.MatchString(t):
		// ">= 12 for 8.x": a comparison the writer typed (format=flowed
		// space-stuffs it, RFC 3676 4.4, and unflow undoes that), no quote
		return kText
	case strings.HasPrefix(t, ">"):
		if isQuoteHeader(strings.TrimLeft(t, "> \t")) {
			// Apple Mail quotes the attribution with the mail it
			// introduces: "> On 4 Mar 2025, at 10:12, Dana <…> wrote:".
			return kQuoteHeader
		}
		return kQuote
	case delimiterLine.MatchString(t):
		return kDelimiter
	case attributionOverMarker(t):
		return kQuoteHeader
	case isMarker(t):
		return kMarker
	case isQuoteHeader(t):
		return kQuoteHeader
	case isMobileSig(t) || webmailTagline.MatchString(t) || webmailAd(t) || strings.HasPrefix(t, "[") && ticketToken.MatchString(t) || subjectPlea(t):
		return kMobileSig
	}
	return kText
}

// bidiOnly reports whether t holds nothing but bidirectional controls
// and spaces: the line iPhone Mail leaves under a right-to-left
// attribution, a right-to-left mark alone, is a blank line.
func bidiOnly(t string) bool {
	return t[0] == 0xe2 && strings.TrimSpace(stripBidi(t)) == "" // (every control's encoding opens with 0xe2)
}

// comparison is a line that opens with a comparison operator and a
// number, as a writer types a version or size requirement.
var comparison = mustGate(`^>=\s?\d[\d.,]*\s+\S`)

// webmailTagline is the advertisement a web mailer appends below the
// writer's text, as kMobileSig's footers are: Horde IMP's "This message
// was sent using IMP, the Internet Messaging Program.", AOL's "AOL now
// offers free email to everyone…", Hotmail's "Get your FREE download of
// MSN Explorer…", "Chat with friends online, try MSN Messenger…", Yahoo's
// "Do You Yahoo!?"; and the lines apps add to a mail they send: Gmail's
// "Dana reacted via Gmail" under an emoji reaction, Intercom's "We run on
// Intercom" and the line above it, "Kestrel Metrics · Reply to this
// email to continue the conversation", Help Scout's conversation token
// "{#HS:2948173605-8812#}", and Salesforce's thread token in its older
// form, "ref:_00D5g0bTqX._5008d02RmJk:ref", and in the one its
// Lightning threading writes, "ref:!00D8d0KxQb.!500Wz01aBcD:ref";
// Rediffmail's advertisement for its business mail.
var webmailTagline = mustGate(`(?i)^(this (message|mail) was sent (using|through|with) (imp|horde|squirrelmail|the .{1,30}webmail)\b.{0,80}|` +
	`(this mail sent through|sent via|sent using) (imp|horde|squirrelmail|roundcube)\b.{0,60}|` +
	`aol now offers free email to everyone\b.{0,120}|(check out|try) the new aol\b.{0,120}|` +
	`get your free download of msn explorer\b.{0,80}|(chat with friends online|express yourself instantly|get the new windows live messenger|.{0,40}with msn messenger)\b.{0,100}|` +
	// Rediffmail's: "Get your own FREE website, FREE domain & FREE mobile
	// app with Company email." / "Know More >"
	`get your own free website,? free domain (&|and) free mobile app with company e-?mail\b.{0,20}|know more >( ?\(? ?https?://\S{1,400}( \))?)?|` +
	`do you yahoo!\??|yahoo! mail\b.{0,3}(-|–).{0,80}|` +
	`this (message|e-?mail) (has been|was) scanned (for (viruses|malware|spam)( and (viruses|malware|spam))? )?by .{1,600}|ref:[_!][\w.!]+:ref|\[ ?ref:[_!][\w.!]+:ref ?\]|.{1,60} reacted via gmail|<https://www\.google\.com/gmail/about/\S*>|we run on intercom\b.{0,300}|` +
	`(.{1,60} · )?reply to this e-?mail to continue the conversation\.?|\{#HS:\d+(-\d+)?#\})$`)

// webmailAd reports whether t is the advertisement a national web
// mailer appends for itself below the writer's text, as webmailTagline's
// are, in whatever words this month's campaign uses: a line that names
// the mailer and links to the mailer's own site ("Libero Mail Plus: più
// spazio … https://mail.libero.it/plus", "Sprawdź nową Pocztę Interia
// >>> https://link.interia.pl/…", "Scarica l'app Virgilio Mail … (
// https://mail.virgilio.it/app )"). A writer's own line seldom names
// their mail provider and links to it; a signature's line naming a
// provider the writer works for and its site ("Orange Polska S.A. |
// https://www.orange.pl") says too little to be an advertisement, and a
// question is the writer's.
func webmailAd(t string) bool {
	const maxLen, minWords = 400, 5
	if len(t) > maxLen || !strings.Contains(t, "://") || strings.HasSuffix(t, "?") {
		return false
	}
	words := 0
	for _, f := range strings.Fields(t) {
		if !strings.Contains(f, "://") {
			words++
		}
	}
	if words < minWords {
		return false
	}
	lower := strings.ToLower(t)
	for rest := lower; ; {
		i := strings.Index(rest, "://")
		if i < 0 {
			return false
		}
		host := rest[i+3:]
		rest = host
		if end := strings.IndexAny(host, "/?#:)>]\" \t"); end >= 0 {
			host = host[:end]
		}
		for label := range strings.SplitSeq(host, ".") {
			if webmailBrands[label] && brandNamed(lower, label) {
				return true
			}
		}
	}
}

// webmailBrands are the web mailers and mail providers that append an
// advertisement for themselves to the mail their users send, as their
// sites' host names spell them.
var webmailBrands = map[string]bool{
	"libero": true, "virgilio": true, "tiscali": true, "alice": true, "interia": true, "onet": true, "wp": true, "o2": true,
	"seznam": true, "centrum": true, "atlas": true, "gmx": true, "t-online": true, "freenet": true, "yandex": true, "rambler": true,
	"ukr": true, "abv": true, "ziggo": true, "kpnmail": true, "telenet": true, "skynet": true, "proximus": true, "bluewin": true,
	"laposte": true, "orange": true, "sfr": true, "sapo": true, "rediffmail": true, "aol": true, "yahoo": true,
}

// brandNamed reports whether the lower-cased line l names brand as a
// word outside its links ("Pocztę Interia", "Libero Mail Plus").
func brandNamed(l, brand string) bool {
	for off := 0; ; {
		i := strings.Index(l[off:], brand)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(brand)
		after, _ := utf8.DecodeRuneInString(l[off:])
		if wordBoundaryBefore(l, i) && (off == len(l) || !unicode.IsLetter(after) && after != '.') && !strings.ContainsAny(l[max(0, i-1):i], "./@") {
			return true
		}
	}
}

// ticketToken is a help desk's reference to the ticket on a line of its
// own under the agent's signature: Freshdesk's "[#RTB-18842]", Znuny's
// (OTRS) "[Ticket#2026111810000431]" (its ticket hook, then the date and
// a counter). It stands apart from webmailTagline so that that
// expression's gate of words stays.
var ticketToken = mustGate(`^\[#[A-Z]{2,}-\d{3,}\]$|^\[(?i:ticket|anfrage|request)#\s?\d{8,}\]$`)

// ticketSubjectPlea is a help desk's line under the agent's signature
// that names the ticket and asks that its number stay in the subject of
// the answer, by which the tool threads it: "Ticket #48817 | Please keep
// the ticket number in the subject line when you reply.", "[#4412] Do
// not remove the reference from the subject." A writer who asks the same
// in their own words names no number on that line.
var ticketSubjectPlea = mustGate(`(?i)^(\[#[a-z]{0,6}-?\d{3,}\]|\[?(ticket|case|request|incident|reference|ref\.?)\s*(#|no\.?|number|id:?)?\s*#?[a-z]{0,6}-?\d{3,}\]?)\s*[|·:–—-]?\s*(please )?(keep|include|leave|retain|do not (change|remove|alter|edit|delete)|don't (change|remove|alter|edit|delete))\b.{0,60}\bsubject\b.{0,60}$`)

// subjectPlea reports whether t is a ticketSubjectPlea line.
func subjectPlea(t string) bool {
	return len(t) < 200 && strings.Contains(strings.ToLower(t), "subject") && ticketSubjectPlea.MatchString(t)
}

// squirrelQuote is the line SquirrelMail opens its quote with.
var squirrelQuote = mustGate(`^<quote who=".{0,120}">$`)

// initialsQuote is a line quoted with the writer's initials, as The Bat!
// and some older clients quote: "NS> Which browser are you using?".
var initialsQuote = mustGate(`^\p{Lu}{1,3}>( |$)`)

// groupwiseAttribution is the line GroupWise puts above the mail it
// quotes (unmarked below it): the sender and the date between chevrons,
// `>>> "Dana Reyes" <dana@acme.example> 3/4/2025 10:12 AM >>>`.
var groupwiseAttribution = mustGate(`^>>>\s?.{1,160}?\d{1,4}[./-]\d{1,2}[./-]\d{2,4}.{0,40}>>>$`)

// delimiterLine is a line made only of separator characters (ᐧ is the
// invisible mark Gmail's tracking extensions add), also the heavy and
// double box-drawing rules and the full-width signs that Japanese and
// Chinese clients and signatures draw rules with ("━━━━", "＝＝＝＝",
// "－－－－").
var delimiterLine = mustGate(`^[-_=+~#*ᐧ—–•.―─━═＝＿－～＊]{2,}$|^ᐧ$`)

// markerPhrases are "Original Message" and forwarded-message separators in
// many languages, compared after the decoration around them is removed.
var markerPhrases = map[string]bool{
	"original message": true, "reply message": true, "original appointment": true, "ursprünglicher termin": true,
	"rendez-vous d'origine": true, "cita original": true, "appuntamento originale": true, "oorspronkelijke afspraak": true, "forwarded message": true,
	"forwarded email": true, "begin forwarded message": true, "forwarded by": true, "end forwarded message": true,
	"ursprüngliche nachricht": true, "weitergeleitete nachricht": true, "anfang der weitergeleiteten nachricht": true,
	"original-nachricht": true, "originalnachricht": true,
	"message d'origine": true, "message original": true, "message transféré": true,
	"début du message transféré": true, "début du message réexpédié": true,
	"mensaje original": true, "mensaje reenviado": true, "comienzo del mensaje reenviado": true, "inicio del mensaje reenviado": true, "início da mensagem encaminhada": true,
	"messaggio originale": true, "messaggio inoltrato": true, "inizio messaggio inoltrato": true,
	"oorspronkelijk bericht": true, "origineel bericht": true, "doorgestuurd bericht": true, "begin doorgestuurd bericht": true,
	"ursprungligt meddelande": true, "originalmeddelande": true, "vidarebefordrat meddelande": true,
	"oprindelig besked": true, "oprindelig meddelelse": true, "videresendt besked": true, "videresendt meddelelse": true,
	"opprinnelig melding": true, "videresendt melding": true,
	// Apple Mail's "Begin forwarded message:" in the Nordic languages,
	// Polish and Czech
	"start på videresendt besked": true, "start på videresendt melding": true, "början av vidarebefordrat meddelande": true,
	"välitetty viesti alkaa": true, "początek przekazywanej wiadomości": true, "začátek přeposlané zprávy": true,
	"alkuperäinen viesti": true, "välitetty viesti": true,
	"wiadomość oryginalna": true, "oryginalna wiadomość": true, "przekazana wiadomość": true, "wiadomość przekazana dalej": true,
	"mensagem original": true, "mensagem encaminhada": true, "início da mensagem reencaminhada": true,
	"исходное сообщение": true, "пересылаемое сообщение": true, "переслане повідомлення": true, "оригінальне повідомлення": true,
	"původní zpráva": true, "původní e-mail": true, "původní email": true, "pôvodný e-mail": true, "pôvodná správa": true, "přeposlaná zpráva": true, "eredeti üzenet": true, "továbbított üzenet": true,
	"orijinal mesaj": true, "özgün ileti": true, "iletilen mesaj": true,
	"this is a copy of the message, including all the headers.": true, "below this line is a copy of the message.": true,
	"mail original": true, "ursprüngliche mail": true, "e-mail original": true, "mail d'origine": true,
	"原始邮件": true, "回复的原邮件": true, "转发的原邮件": true, "原邮件": true, "原始郵件": true, "转发邮件": true, "转发的邮件": true, "轉寄郵件": true,
	"元のメッセージ": true, "転送されたメッセージ": true,
	"원본 이메일": true, "원본 메일": true, "원본 메시지": true, "전달된 메시지": true, "전달된 메일": true,
	"الرسالة الأصلية": true, "הודעה מקורית": true, "הודעה שהועברה": true, "αρχικό μήνυμα": true, "προωθημένο μήνυμα": true,
	"ข้อความต้นฉบับ": true, "ข้อความที่ส่งต่อ": true, "پیام اصلی": true, "پیام هدایت\u200cشده": true, "اصل پیغام": true,
	"upphaf áframsends skeytis": true, "upphaflegt skeyti": true, "ujumbe uliosambazwa": true, "ujumbe asili": true,
	"orihinal na mensahe": true, "ipinasang mensahe": true, "missatge original": true, "missatge reenviat": true,
	"оригинална порука": true, "прослеђена порука": true, "originalna poruka": true, "izvorna poruka": true, "proslijeđena poruka": true,
	"prosleđena poruka": true, "оригинално съобщение": true, "препратено съобщение": true, "mesej asal": true, "mesej dimajukan": true,
	"mensaxe orixinal": true, "mensaxe reenviada": true, "jatorrizko mezua": true, "mezu birbidalia": true,
	"মূল বার্তা": true, "ফরোয়ার্ড করা বার্তা": true, "अग्रेषित संदेश": true, "пересланное сообщение": true,
	"originalus laiškas": true, "persiųstas laiškas": true, "sākotnējā ziņa": true, "pārsūtītā ziņa": true, "algne kiri": true, "edastatud kiri": true,
	"izvirno sporočilo": true, "oriģinālā ziņa": true, "oriģinālais ziņojums": true, "sākotnējais ziņojums": true, "pārsūtīts ziņojums": true,
	"pradinis laiškas": true, "originali žinutė": true, "algne sõnum": true, "originaalsõnum": true, "edastatud sõnum": true,
	"mesaj original": true, "mesajul original": true, "mesaj redirecționat": true, "mesaj redirecţionat": true, "mesaj transmis": true,
	"оригінальний лист": true, "початкове повідомлення": true, "пересланий лист": true, "оригинално писмо": true, "препратено писмо": true,
	"upprunaleg skilaboð": true, "áframsend skilaboð": true, "eredeti levél": true,
	"prosljeđena poruka": true, "posredovana poruka": true, "posredovano sporočilo": true,
	"thư gốc": true, "tin nhắn gốc": true, "thư chuyển tiếp": true, "मूल संदेश": true, "pesan asli": true, "конец пересылаемого сообщения": true, "кінець пересланого повідомлення": true, "mesej yang dimajukan": true, "pesan yang diteruskan": true, "e-mel yang dimajukan": true, "tin nhắn đã chuyển tiếp": true, "thư đã chuyển tiếp": true, "iletilmiş ileti": true, "iletilen ileti": true, "رسالة معاد توجيهها": true, "رسالة محولة": true, "الرسالة المعاد توجيهها": true, "پیام بازارسال\u200cشده": true, "پیام ارسال\u200cشده": true, "आगे भेजा गया संदेश": true, "அனுப்பப்பட்ட செய்தி": true, "முன்னனுப்பப்பட்ட செய்தி": true, "অগ্রবর্তী বার্তা": true, "pesan terusan": true,
}

// replyAbove is the line help desks put above their quoted notification,
// "##- Please type your reply above this line -##" and its relatives, in
// Hebrew "### נא לכתוב את התשובה מעל שורה זו ###", in Arabic "… فوق هذا
// السطر". Zendesk frames it between "##-" and "-##" in every language
// its desks write ("##- Введите ответ выше этой строки -##", "##- Ju
// lutem shkruani përgjigjen mbi këtë rresht -##"): a line so framed is
// the line whatever its words.
var replyAbove = mustGate(`(?i)^\s*##- \S.{0,120}\S -##\s*$|(reply|write|type|respond)( your (reply|response|message))? above this line|antworten sie oberhalb dieser zeile|(über|oberhalb) dieser zeile|au-dessus de cette ligne|(por )?encima de esta línea|(boven|bovenaan) deze regel|acima desta linha|(sopra|al di sopra di) questa riga|bu satırın üstüne|この(行|ライン)より上に|[请請]在此行(上方|之上|以上)|이 줄 위에|ovanför (den här|denna) raden|over denne linje(n)?|tämän rivin yläpuolelle|fyrir ofan þessa línu|powyżej tej linii|nad (tímto|týmto|touto) (řádkem|riadkom|čarou)|e (sor|vonal) fölé|deasupra acestei linii|над этой строкой|над цим рядком|над този ред|πάνω από αυτή τη γραμμή|iznad (ove|ovog) (linije|crte|retka|reda)|nad to vrstico|virs šīs (līnijas|rindas)|virš šios eilutės|selle (rea|joone) kohale|מעל (ל)?שורה (זו|זאת)|فوق هذا السطر`)

// attributionOverMarker reports whether a line is an attribution run
// together with the first line of the mail it introduces, a help desk's
// "##- Please type your reply above this line -##": Yahoo Mail on Android
// writes "El vie., 7 de mar. … escribió:   ##- Please type your reply
// above this line -##". What follows is the quoted mail, not a help
// desk's comment.
func attributionOverMarker(t string) bool {
	i := strings.Index(t, "##")
	return i > 0 && replyAbove.MatchString(t[i:]) && isQuoteHeader(strings.TrimSpace(t[:i]))
}

// isMarker reports whether t is an original or forwarded message
// separator such as "-----Original Message-----".
func isMarker(t string) bool {
	if notesSeparator.MatchString(t) || notesForwarded.MatchString(t) {
		// Its first words of the quoted mail may run long.
		return true
	}
	if len(t) > 120 {
		return false
	}
	if replyAbove.MatchString(t) {
		return true
	}
	s := strings.ToLower(strings.Trim(t, " \t>*-_=[]"))
	s = strings.TrimSpace(strings.TrimRight(s, ":： "))
	return markerPhrases[s]
}

// notesForwarded is the line Lotus Notes puts above a forwarded mail:
// "----- Forwarded by Raj Patel/IT/Kestrel on 08/16/2007 09:12 AM -----".
var notesForwarded = mustGate(`(?i)^-{2,}\s*(forwarded by|weitergeleitet von|transféré par|reenviado por|inoltrato da|doorgestuurd door) .{1,100} (on|am|le|el|il|op) .{4,40}?\s*-{2,}$`)

// notesSeparator is the line Lotus Notes (HCL Notes) puts above the
// history of a reply: the sender's name, the date between triple dashes,
// then the first words of the quoted mail,
// "Dana Reyes ---03/03/2026 10:07:13 AM---We rolled back at 10:05.".
var notesSeparator = mustGate(`^[^-\d]{1,80}-{3}\s?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[^-]{0,24}-{3}`)

// mobileSigRes are the lines mail apps append on phones and tablets
// ("Sent from my iPhone", "Get Outlook for iOS" and their translations).
var mobileSigRes = mustGate(`(?i)^[\s(<\[]*(` +
	`sent (from|with|via|using|by) ((my|a|an|the( all)?( new)?) \S+( \S+){0,4}?|` + mailApps + `( \S+){0,3}?)([.,;:]? *-? *(please )?(excuse|pardon|sorry)\b.*)?|` +
	`(get|download) (outlook|bluemail|typeapp|aquamail|spark|edison mail|yahoo mail) for .*|` +
	`(preuzmite|kunin ang|descarga|baixe|scarica|télécharger|holen sie sich) (bluemail|typeapp|aquamail|spark|edison mail|yahoo mail) .*|` +
	`(ส่งจาก|dikirim dari|dihantar daripada|изпратено (със|от|с)|poslato (sa|iz)|послато са|poslano iz|ارسال شده (با|از)|sent úr|ipinadala mula sa|enviat des de|imetumwa kutoka|enviado dende) .{1,60}|` +
	`.{1,40} (से भेजा गया|سے بھیجا گیا|cihazımdan gönderildi|telefonumdan gönderildi|tabletimden gönderildi|থেকে পাঠানো)|(được )?gửi từ .{1,40}|` +
	`(sent|envoyé|gesendet|enviado|inviato|verzonden) (with|avec|mit|con|com|met) .{0,40}proton ?mail.*|` +
	`(envoyé à partir de|enviado desde|enviado do|inviato da|gesendet von) (courrier|correo|correio|posta|mail) (pour|para|per|für) windows.*|` +
	`.{1,40}에서 보냈습니다|` +
	`(get|download) outlook for .*|(obter o|baixe o|baixar o) outlook para .*|(skaffa|hent|få|hanki|pobierz( aplikację)?) outlook .*|(получить|скачать) outlook .*|` +
	`\S+ from mobile|from my (iphone|ipad|android|mobile|phone|samsung|galaxy|smartphone|blackberry).*|` +
	`envoyé (de|depuis|à partir de|avec) (mon|ma|l'application|un|une|` + mailApps + `).*|obtenir outlook pour .*|` +
	`von (meinem|meiner|meinem/meiner) .+ gesendet.*|gesendet (von|mit|vom|über) (meinem|meiner|der (gmx|web\.de|t-online|1&1)|` + mailApps + `).*|holen sie sich outlook für .*|` +
	`diese nachricht wurde von .+ gesendet.*|` +
	`inviato (da|dal|dal mio|con) (il mio |la mia |un |una )?(dispositivo |telefono |smartphone )?` + mailApps + `.*|(scarica|ottieni) outlook per .*|` +
	`enviado (desde|do|de|com|con) (mi|meu|o meu|my|el|un|una|` + mailApps + `).*|obtener outlook para .*|` +
	`(verzonden|verstuurd) (met|vanaf|van|via) (mijn|een|` + mailApps + `).*|outlook voor .* downloaden|` +
	`(sendt|skickat|skickades) (fra|från) (min|mitt|en|ett|` + mailApps + `).*|från min .*|` +
	`lähetetty .*(puhelimesta|iphonesta|ipadista|laitteesta|android).*|` +
	`wysłane (z|ze) (mojego|mojej|aplikacji|telefonu|` + mailApps + `).*|` +
	`(отправлено|надіслано) (с|из|з) (моего|мого|устройства|пристрою|` + mailApps + `).*|` +
	`從我的 .+ 傳送|发自我的.+|发自(网易邮箱大师|网易邮箱|QQ邮箱|手机QQ邮箱|阿里邮箱|139邮箱|Foxmail).*|从我的.+发送|寄件者為 .+|[a-z][\w ]* ?から送信|[a-z][\w ]* ?에서 보냄|` +
	`(išsiųsta iš|nosūtīts no|saadetud) (mano |mana |minu )?.{1,40}|` +
	`(virus-free|virenfrei|sans virus|libre de virus|senza virus|virusvrij|bez virů|virusfri|virusvapaa|wolny od wirusów|vírusmentes|livre de vírus)\.?\s*(www\.)?(avast|avg)\.com.*|` +
	`(odesláno z|odoslané z|poslano s|trimis de pe) (mého |môjho |mog |moj )?(zařízení |zariadenia |uređaja |dispozitivului |telefonului )?(` + devices + `\S*|` + mailApps + `).*|` + devices + `\S*\s+gönderildi|` +
	`(أُ?رسلت|ارسلت|مرسل|تم الإرسال) من .{1,40}|נשלח מ.{1,30}|(στάλθηκε|εστάλη) από .{1,30}|\S+(ről|ról) küldve|` +
	`sent from a phone|sent from mobile( device)?` +
	`)[\s)>\].]*$`)

// devices are the phones and tablets that sign "Sent from my X" in
// languages that inflect X ("iPhonu", "iPhone'umdan").
const devices = `(iphon|ipad|android|samsung|galaxy|outlook|mobil|smartphon|huawei|xiaomi|pixel)`

// mailApps are the mail apps and devices that sign "Sent from X".
const mailApps = `(mobile|smartphone|outlook|mail|yahoo|gmail|aol|samsung|typeapp|bluemail|blackberry|proton\S*|spark|airmail|windows|mailbox|iphone|ipad|android|superhuman|hey|edison|newton|polymail|nine|k-9|fairemail|tutanota|zoho|icloud|thunderbird|phone|tablet|galaxy|huawei|xiaomi|pixel|nokia|htc|sony|motorola|oneplus|ios|aquamail|gmx|web\.de|t-online|orange|libero|seznam|mail\.ru|yandex|mixmax|boomerang|grammarly|yesware|mailtrack|streak|mailbutler|hubspot|outreach|salesloft|lemlist)\b`

// outlookFooter reports whether t is Outlook mobile's "Get Outlook for
// iOS<https://aka.ms/o0ukef>" in any of its languages ("iOS용 Outlook
// 받기", "Obtenha o Outlook para iOS"): a short line naming Outlook with
// Microsoft's short link.
func outlookFooter(t string) bool {
	return len(t) < 120 && strings.Contains(t, "://aka.") && strings.Contains(strings.ToLower(t), "outlook")
}

// linkNoise is what link rendering leaves in signature lines: markdown
// "[text](url)" and Outlook's "text<https://…>".
var (
	markdownLink = mustGate(`\[([^\]]+)\]\([^)]+\)`)
	angleLink    = mustGate(`<(https?|mailto):[^>]*>`)
	parenLink    = mustGate(`\( ?https?://[^\s)]* ?\)`) // an HTML link as the text part renders it
)

// avastLink is a line of the antivirus footer Avast and AVG put under a
// mail ("Virus-free. www.avast.com") as a text part renders it: its link
// alone, or the anchor Gmail leaves after it, "<#DAB4FAD8-2DD7-…>".
var avastLink = mustGate(`(?i)^<(https?://(www\.)?(avast|avg)\.com/[^>\s]*|#[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>$`)

// isMobileSig reports whether t is a mobile signature line: short, and
// in one of the forms above.
func isMobileSig(t string) bool {
	if outlookFooter(t) || avastLink.MatchString(t) {
		return true
	}
	t = markdownLink.ReplaceAllString(t, "$1")
	t = strings.TrimSpace(angleLink.ReplaceAllString(t, ""))
	t = strings.TrimSpace(parenLink.ReplaceAllString(t, ""))
	if len(t) > 90 || len(strings.Fields(t)) > 12 {
		return false
	}
	return mobileSigRes.MatchString(t) // behind its gate: most lines hold none of its words
}

// previewTitle is the first line of the card Outlook puts under a link
// the writer pasted: the page's title, then the link, "Regional failover
// runbook · Corvid Ops Wiki<https://wiki.corvid.example/runbook>".
var previewTitle = mustGate(`^\S.{0,200}<(https?://[^>\s]+)>\s*$`)

// markLinkPreviews drops the preview card a client draws under a link
// the writer pasted on the line above: its title line with the same link,
// and the description and site lines below it up to a blank line. The
// link itself is the writer's and stays.
func markLinkPreviews(lines []string, kinds []lineKind) {
	const maxCard = 4
	for i := 1; i < len(lines); i++ {
		p := i - 1
		for p > 0 && kinds[p] == kDrop { // the card's image, dropped already
			p--
		}
		if kinds[i] != kText || kinds[p] != kText {
			continue
		}
		m := previewTitle.FindStringSubmatch(strings.TrimSpace(lines[i]))
		if m == nil || !strings.Contains(lines[p], strings.TrimSuffix(m[1], "/")) {
			continue
		}
		for j := i; j < len(lines) && j < i+maxCard && kinds[j] == kText; j++ {
			kinds[j] = kDrop
		}
	}
}
