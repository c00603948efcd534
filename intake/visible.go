package intake

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// VisibleText returns the new text of a reply body: quoted history, forwarded
// and embedded mails, and signatures removed.
//
// It recognises quote headers in many languages (Gmail "On … wrote:",
// "Am … schrieb …:", "Le … a écrit :", "El … escribió:", dates followed by
// "Name <addr>:", also when the client wrapped them over several lines or
// put them on the reply's last line), Outlook header blocks
// ("From:/Sent:/To:/Subject:" and their translations such as Von/Gesendet,
// De/Envoyé, Da/Inviato, whatever field comes first), "Original Message",
// Zimbra, Lotus Notes and forwarded-message separators, "> " quotes (in a
// reply, the writer's answers between quotes are kept and the quotes
// dropped; a body with no attribution keeps its citations), RFC 3676
// "-- " signatures, trailing confidentiality notices and mobile lines such
// as "Sent from my iPhone" or "Von meinem iPhone gesendet".
//
// text is a plain-text body; CRLF and CR line ends are read as LF. The result
// has no surrounding blank lines. A forward without a comment keeps the
// forwarded text; a reply with nothing new returns "" (Parse then sets
// Message.QuotedOnly), never the history it quotes.
func VisibleText(text string) string {
	return visibleText(text, false).text
}

// visible is what visibleText makes of a body.
type visible struct {
	text string
	// quotedOnly: the body holds history and nothing new.
	quotedOnly bool
	// forward: the body is a forwarded mail without a comment, and text
	// is the forwarded mail's.
	forward bool
	// inline: the text holds answers typed between quoted lines.
	inline bool
	// history: the body quotes or embeds an earlier mail below the text.
	history bool
	// past: the lines below text, the history among them, that
	// signatureEchoed looks for a signature sent alone in.
	past []string
}

// visibleText returns the new text of text. forward says the mail's
// subject marks it as a forward, so that an embedded mail with no comment
// above it is the message itself rather than history.
func visibleText(text string, forward bool) visible {
	lines := splitAttributions(splitLines(strings.TrimPrefix(text, "\ufeff")))
	for i, l := range lines {
		if strings.Contains(l, "\ufeff") {
			// iOS's mark before a quoted body, alone or with a quote
			// mark of its own ("> \ufeff> Hi Mark,"): no text.
			lines[i] = strings.ReplaceAll(strings.ReplaceAll(l, "\ufeff>", ""), "\ufeff", "")
		}
	}
	commentBelow := false
	if forward {
		if lines, commentBelow = forwardBlock(lines); commentBelow {
			forward = false // what is left is the comment
		}
	}
	kinds := classifyLines(lines)
	markNamedCommentQuote(lines, kinds)
	markOwnMailQuoted(lines, kinds)
	markClassificationLabels(lines, kinds)
	markBanner(lines, kinds)
	markRelayBox(lines, kinds)
	markCopilotSummary(lines, kinds)
	if markToolNotification(lines, kinds) {
		return visible{quotedOnly: true} // a help desk's notice of a state, nobody's words
	}
	dropLeadingNotice(lines, kinds)
	history, firstHistory := hasHistory(kinds), firstAttribution(kinds)
	lead := dropLeadingHistory(lines, kinds, forward)
	if lead == leadHistory {
		return visible{quotedOnly: true}
	}
	if lead == leadForward {
		// The forwarded mail's own text may open with the banner its
		// receiver's mail system put there.
		x := 0
		for x < len(kinds) && kinds[x] == kDrop {
			x++
		}
		markBanner(lines[x:], kinds[x:])
	}
	cut := firstCut(lines, kinds, forward || commentBelow)
	all, allKinds := lines, kinds
	lines, kinds = lines[:cut], kinds[:cut]
	end := closedBox(lines, kinds, trailingEnd(kinds))
	if firstHistory < len(all) {
		dropQuotedExcerpts(all, allKinds, min(firstHistory, end))
	}
	inline := false
	if firstHistory < end {
		inline = dropQuotes(kinds[firstHistory:end]) > 0
	} else if answersBetweenQuotes(lines[:end], kinds[:end]) {
		// An inline reply whose attribution the writer deleted.
		inline = dropQuotes(kinds[:end]) > 0
	}
	if !hasText(kinds[:end]) {
		return visible{quotedOnly: history}
	}
	shown := unwrapLinks(joinKept(lines[:end], kinds[:end]))
	if !forward && lead == leadNew && firstHistory >= cut && signatureSentAlone(text, shown, addressee(all, allKinds, firstHistory), all[end:]) {
		// Outlook's reply sent without a word typed: the signature it
		// put above the mail answered, opened by the name that mail was
		// sent to ("Felipe Araya Soto" / "Jefe de Operaciones TI" / … /
		// "De: Soporte Acme …" / "Para: Felipe Araya Soto <…>"). The
		// gateway reads From for this too (visibleOf); a body alone
		// has only the header block to go by.
		return visible{quotedOnly: true, history: history}
	}
	return visible{text: shown, forward: lead == leadForward, inline: inline, history: history, past: all[end:]}
}

// signatureSentAlone is signatureOnly for the visible text shown of
// body text, the reply sent to (the addressee of the mail it answers,
// "" when no header block names it) over its history (past). With no
// name to go by, a signature is read as sent alone only when nothing
// was typed above it (nothingTypedAbove) or when it is a person's card
// and nothing else over the history (cardAlone).
func signatureSentAlone(text, shown, to string, past []string) bool {
	if to == "" {
		// A person's card alone over the mail answered says nothing
		// either, whoever's name it is (cardAlone).
		if firstTextLine(strings.Join(past, "\n")) != "" && cardAlone(shown) {
			return true
		}
		if !nothingTypedAbove(text, shown) {
			return false
		}
	}
	return signatureOnly(shown, to, past)
}

// nothingTypedAbove reports whether nothing was typed above the
// signature that body text's visible text shown may be, when no name
// tells whose it is: the client left the line it put above it for the
// writer's words empty, as Outlook and Apple Mail do as Reply is pressed
// (cursorLineEmpty), or the text shown opens with a closing that says
// nothing but goodbye (goodbyeLine: "Cordiali saluti" / "Davide
// Colombo" / …, typed or put there, says nothing). A signature the
// writer typed under words of theirs, or a name alone, opens on its
// first line and is kept.
func nothingTypedAbove(text, shown string) bool {
	return cursorLineEmpty(text) || goodbyeLine(firstTextLine(shown))
}

// cursorLineEmpty reports whether body text opens with a blank line
// (spaces, no-break spaces and a byte-order mark aside).
func cursorLineEmpty(text string) bool {
	return strings.HasPrefix(strings.TrimLeft(text, " \t\r\u00a0\ufeff"), "\n")
}

// addressee is what the fields of the embedded header block at i (below
// a separator such as "-----Original Message-----") other than its From
// and Subject hold: the names and addresses the answered mail was sent
// to, "Para: Felipe Araya Soto <faraya@…>", "Către: Radu Georgescu"; ""
// when no header block is there.
func addressee(lines []string, kinds []lineKind, i int) string {
	for i < len(kinds) && (kinds[i] == kMarker || kinds[i] == kDelimiter || kinds[i] == kEmpty) {
		i++
	}
	var to strings.Builder
	for ; i < len(kinds) && kinds[i] == kHeaderBlock; i++ {
		if l := lines[i]; !fromFieldRe.MatchString(l) && !subjectFieldRe.MatchString(l) {
			_, value, _ := strings.Cut(strings.Replace(l, "：", ":", 1), ":")
			to.WriteString(value)
			to.WriteByte(' ')
		}
	}
	return to.String()
}

// markOwnMailQuoted marks as quoted everything from an attribution run
// together with a help desk's "##- Please type your reply above this
// line -##" (attributionOverMarker): Yahoo Mail on Android quotes the
// mail below such a line without "> ", and that mail is ours, not new
// text typed below a quote.
func markOwnMailQuoted(lines []string, kinds []lineKind) {
	for i, l := range lines {
		if kinds[i] == kQuoteHeader && attributionOverMarker(strings.TrimSpace(l)) {
			for x := i + 1; x < len(kinds); x++ {
				if kinds[x] != kEmpty {
					kinds[x] = kQuote
				}
			}
			return
		}
	}
}

// kDrop marks a line left out of the result without cutting there.
const kDrop lineKind = 255

// joinKept joins the lines not marked kDrop and trims the result. Blank
// lines around a dropped run are kept once, so that answers between
// dropped quotes stay apart by one blank line. A blank line is written
// empty, whatever white space it held: GMX and web.de write the blank
// lines of their plain part as one space, and a reader sees none.
func joinKept(lines []string, kinds []lineKind) string {
	kept := make([]string, 0, len(lines))
	dropped := false
	for i, l := range lines {
		switch {
		case kinds[i] == kDrop:
			// the writer's answers stay apart by one blank line, however
			// many stood between an answer and the quote dropped below it
			for len(kept) > 1 && strings.TrimSpace(kept[len(kept)-1]) == "" && strings.TrimSpace(kept[len(kept)-2]) == "" {
				kept = kept[:len(kept)-1]
			}
			dropped = true
		case kinds[i] == kEmpty && dropped && (len(kept) == 0 || strings.TrimSpace(kept[len(kept)-1]) == ""):
		case kinds[i] == kEmpty:
			kept = append(kept, "")
		default:
			kept = append(kept, l)
			dropped = false
		}
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// dropQuotes drops the "> " lines left between the writer's text: in an
// inline reply the answers are new, the questions quoted are not. It is
// called on the lines from the first attribution or embedded header on;
// "> " lines above it, or in a body without any, are the writer's own
// citation (a line of a status page, a shell prompt) and stay.
func dropQuotes(kinds []lineKind) (dropped int) {
	for i, k := range kinds {
		if k == kQuote {
			kinds[i] = kDrop
			dropped++
		}
	}
	return dropped
}

// dropQuotedExcerpts drops the runs of "> " lines above the history
// (which starts at line top) that are a passage of that history: a
// writer who quotes a line of the mail they answer above their answer,
// and leaves the mail quoted below the attribution, quotes history twice
// ("> Could you confirm the new cut-off is 4pm …?" / "Only for FedEx
// Ground." over "On … wrote:" / "> … Could you confirm the" / "> new
// cut-off is 4pm …?"). The passage is compared by its words, whatever
// the quote's wrapping; a run too short to say whose it is (minExcerpt
// letters, minWords words: "> Thanks,"), a prompt's command over its
// output (standsApart) and one the history does not hold (a pasted
// request of curl -v, a status page's line) stay the writer's.
func dropQuotedExcerpts(lines []string, kinds []lineKind, top int) {
	const minExcerpt, minWords = 24, 4
	if !slices.Contains(kinds[:top], kQuote) {
		return // most mail: no quote above its history
	}
	history := quoteWords(lines[top:])
	for i := 0; i < top; {
		if kinds[i] != kQuote {
			i++
			continue
		}
		j := i
		for j < top && kinds[j] == kQuote {
			j++
		}
		if r := quoteWords(lines[i:j]); len(r) >= minExcerpt+2 && strings.Count(r, " ") > minWords && standsApart(lines, kinds, j, r) && strings.Contains(history, r) {
			for x := i; x < j; x++ {
				kinds[x] = kDrop
			}
		}
		i = j
	}
}

// standsApart reports whether the quoted run r that ends above line j
// reads as a passage rather than a prompt's command: it ends as a
// sentence does, or a blank line follows it. "> Get-Service -Name
// "HDAgent"" over the command's output, the command the mail answered
// asked for, is the writer's session.
func standsApart(lines []string, kinds []lineKind, j int, r string) bool {
	return strings.ContainsAny(r[len(r)-2:len(r)-1], ".?!:") || j == len(kinds) || kinds[j] == kEmpty
}

// quoteWords is the words of lines without their quote marks,
// lower-cased, one space between them and one on either side.
func quoteWords(lines []string) string {
	var b strings.Builder
	b.WriteByte(' ')
	for _, l := range lines {
		for _, w := range strings.Fields(strings.ToLower(strings.TrimLeft(l, "> \t"))) {
			b.WriteString(w)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// skippable are the kinds that may stand above history without being
// new text: blank lines, rules, and a mobile footer over an empty reply.
func skippable(k lineKind) bool {
	return k == kEmpty || k == kDelimiter || k == kMobileSig || k == kSigDash || k == kDrop
}

// isHistory reports whether k starts or belongs to history.
func isHistory(k lineKind) bool {
	return k == kQuoteHeader || k == kMarker || k == kHeaderBlock
}

// leadKind is what a body starts with, as dropLeadingHistory finds it.
type leadKind uint8

const (
	leadNew     leadKind = iota // new text, or a reply below or between quotes
	leadHistory                 // an embedded mail and nothing new
	leadForward                 // a forwarded mail without a comment
)

// dropLeadingHistory handles a body that starts with history rather than
// new text. A reply written below a quote, or answers between quotes,
// drop the history above them; a forward without a comment keeps the
// forwarded mail's text below its separator and header; anything else
// that starts with an embedded mail (Outlook's reply with nothing typed
// above its header block) is history as a whole.
func dropLeadingHistory(lines []string, kinds []lineKind, forward bool) leadKind {
	i := 0
	for i < len(kinds) && (skippable(kinds[i]) || kinds[i] == kQuote && strings.Trim(lines[i], "> \t") == "") {
		// An empty quote line above the attribution is the quote's
		// (Apple Mail's blockquote opens with a line break).
		i++
	}
	if forward && i > 0 && kinds[i-1] == kSigDash {
		// Gmail puts the forwarder's signature above a forward with
		// nothing typed: "-- ", their name and title, the separator.
		if h := signatureAbove(lines, kinds, i); h > i {
			for x := i; x < h; x++ {
				kinds[x] = kDrop
			}
			i = h
		}
	}
	if b := updatedBanner(lines, kinds, i); b >= 0 && helpdeskComment(lines, kinds, b) {
		// A help desk's notification without "reply above this
		// line": its banner (below the ticket's title and fields, in
		// Zendesk's Dutch layout), then the comment's author and date.
		for x := i; x < b; x++ {
			kinds[x] = kDrop
		}
		return leadNew
	}
	if i == len(kinds) || !isHistory(kinds[i]) {
		return leadNew
	}
	if kinds[i] == kMarker && replyAbove.MatchString(lines[i]) {
		// A help desk's notification opens with "##- Please type your
		// reply above this line -##" and the agent's comment below it.
		kinds[i] = kDrop
		if !helpdeskComment(lines, kinds, i+1) {
			if b := updatedBanner(lines, kinds, i+1); b >= 0 && helpdeskComment(lines, kinds, b) {
				for x := i + 1; x < b; x++ {
					kinds[x] = kDrop // the ticket's title and fields above its banner
				}
			} else if t := nextFilled(kinds, i+1); t < len(kinds) && kinds[t] == kText && ticketTitle.MatchString(strings.TrimSpace(lines[t])) {
				// A tool that names the comment's author in its title
				// and writes no author line: "Request #DB-20931 has
				// been updated by Sunil Kumar (IT Service Desk).
				// Status: …", the comment right below it.
				kinds[t] = kDrop
			}
		}
		return leadNew
	}
	j := i
	for j < len(kinds) && (isHistory(kinds[j]) || skippable(kinds[j])) {
		j++
	}
	k := j
	for k < len(kinds) && (kinds[k] == kQuote || isHistory(kinds[k]) || kinds[k] == kEmpty || kinds[k] == kDelimiter) {
		k++
	}
	if k == len(kinds) || kinds[k] != kText {
		return leadHistory // nothing new follows
	}
	if k == j && kinds[i] == kQuoteHeader && !forward && slices.Contains(kinds[:i], kMobileSig) {
		// A phone's footer alone above an attribution whose mail runs
		// on unquoted ("iPhoneから送信" / "" / "2026/11/06 10:12、Acme
		// <support@acme.example>のメール:" / "" / "佐藤様"): the phone ends
		// what was typed with its footer, so nothing was, and the lines
		// below are the mail answered, not a reply typed below it.
		return leadHistory
	}
	lead := leadNew
	if k == j && embeddedMailIn(kinds[i:j]) {
		if g := bottomPostStart(lines, kinds, j); !forward && g > 0 {
			// typed below the mail answered, as Outlook lets one do:
			// the mail's sign-off, then the writer's own greeting
			for x := 0; x < g; x++ {
				kinds[x] = kDrop
			}
			return leadNew
		}
		if !forward && !forwardMarkerIn(lines[i:j], kinds[i:j]) {
			return leadHistory // an embedded mail, not quoted
		}
		lead = leadForward
	}
	for x := 0; x < k; x++ {
		kinds[x] = kDrop
	}
	return lead
}

// bottomPostStart returns where a reply typed below an embedded mail (its
// header block at the top, nothing typed above) begins, or -1: after the
// embedded mail's sign-off and the name lines under it, a blank line and
// a greeting of the writer's own ("Viele Grüße" / "Jonas Becker" / "Acme
// Support" / "" / "Hallo Herr Becker,"), with a line of words below it.
// Without both the sign-off and the greeting the embedded mail runs to
// the end, as it usually does.
func bottomPostStart(lines []string, kinds []lineKind, from int) int {
	const maxName = 4
	if g := quotedMailEnd(lines, kinds, from); g > 0 {
		return g
	}
	for x := from; x < len(lines); x++ {
		if kinds[x] != kText || !signOff.MatchString(strings.TrimSpace(lines[x])) {
			continue
		}
		// the name lines under the sign-off, then a blank line
		y, names := x+1, 0
		for y < len(lines) && (kinds[y] == kEmpty || strings.TrimSpace(lines[y]) == "") && y-x <= 2 {
			y++
		}
		for y < len(lines) && kinds[y] == kText && names < maxName && len(strings.Fields(lines[y])) <= 5 && !greetingLine(lines[y]) {
			y++
			names++
			// Outlook's plain text puts a blank line under each line
			if n := nextFilled(kinds, y); n < len(lines) && n > y && n-y <= 2 && kinds[n] == kText && !greetingLine(lines[n]) && len(strings.Fields(lines[n])) <= 5 {
				y = n
			}
		}
		g := nextFilled(kinds, y)
		// the mail's own footer under its signature ("Ticket #48520 |
		// View online: https://…"): a link or a bar of fields, no words
		// of the writer
		for n := 0; n < 2 && g < len(lines) && g > y && kinds[g] == kText && footerLink(lines[g]); n++ {
			y = g + 1
			g = nextFilled(kinds, y)
		}
		if names == 0 || g >= len(lines) || g == y || kinds[g] != kText || !greetingLine(lines[g]) {
			continue
		}
		for z := g + 1; z < len(lines) && z <= g+6; z++ {
			if kinds[z] == kText && len(strings.Fields(lines[z])) >= 8 {
				return g
			}
		}
	}
	return -1
}

// quotedMailEnd is where the writer's text begins below an embedded mail
// whose client set its text between quotation marks right under its
// header block, as Seznam does ("Předmět: …" / "\"Dobrý den," / … /
// "Acme Support\"", or the closing mark on a line of its own): the first
// line of text below the closing mark, or -1. The closing mark is the
// first one at a line's end that balances the marks from the opening
// one, so that a phrase in quotation marks inside the mail does not end
// it.
func quotedMailEnd(lines []string, kinds []lineKind, from int) int {
	const maxLines = 400
	b := from - 1
	for b >= 0 && kinds[b] != kHeaderBlock && (kinds[b] == kEmpty || kinds[b] == kMarker) {
		b-- // (the mail's first line may read as a marker: a help desk's "reply above this line")
	}
	open := b + 1
	if b < 0 || kinds[b] != kHeaderBlock || open >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[open]), `"`) {
		return -1
	}
	n := 0
	for x := open; x < len(lines) && x < open+maxLines; x++ {
		t := strings.TrimRightFunc(lines[x], isSpaceRune)
		n += strings.Count(t, `"`)
		if n%2 == 0 && strings.HasSuffix(t, `"`) {
			if g := nextFilled(kinds, x+1); g < len(kinds) && kinds[g] == kText {
				return g
			}
			return -1
		}
	}
	return -1
}

// footerLink reports whether a line is a mail's footer of links or
// fields ("Ticket #48520 | View online: https://…", "www.acme.example"):
// a link or a bar-separated line, short.
func footerLink(l string) bool {
	t := strings.TrimSpace(l)
	return len(strings.Fields(t)) <= 10 && (strings.Contains(t, "http://") || strings.Contains(t, "https://") || strings.Contains(t, " | "))
}

// dropLeadingNotice drops a confidentiality notice that stands above the
// history with nothing typed before it: Outlook appends the company's
// notice to a reply sent without a word, and it is no text of the
// writer's.
func dropLeadingNotice(lines []string, kinds []lineKind) {
	i := 0
	for i < len(kinds) && skippable(kinds[i]) {
		i++
	}
	if i == len(kinds) || kinds[i] != kText || !noticeAt(lines, kinds, i) {
		return
	}
	for ; i < len(kinds) && !isHistory(kinds[i]) && kinds[i] != kQuote; i++ {
		kinds[i] = kDrop
	}
}

// markCopilotSummary drops the summary Outlook's Copilot writes of a
// thread when the writer pasted it into their mail: from its heading
// "Summary by Copilot" to its closing "AI-generated content may be
// incorrect". It restates the history and is not the writer's.
func markCopilotSummary(lines []string, kinds []lineKind) {
	const maxLines = 20
	for i, l := range lines {
		if !strings.EqualFold(strings.TrimSpace(l), "summary by copilot") {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+maxLines; j++ {
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(lines[j])), "ai-generated content may be incorrect") {
				for x := i; x <= j; x++ {
					kinds[x] = kDrop
				}
				return
			}
		}
	}
}

// signatureAbove returns the line of history that a signature block
// starting at i runs into (a few short lines, nothing else), or i when
// there is none.
func signatureAbove(lines []string, kinds []lineKind, i int) int {
	const maxLines, maxLen = 6, 80
	n := 0
	for j := i; j < len(kinds); j++ {
		switch {
		case isHistory(kinds[j]):
			return j
		case kinds[j] == kEmpty || kinds[j] == kDrop:
		case kinds[j] == kText && len(strings.TrimSpace(lines[j])) <= maxLen && n < maxLines:
			n++
		default:
			return i
		}
	}
	return i
}

// helpdeskComment keeps, of a help desk's notification below its "reply
// above this line", the latest comment alone: Zendesk and its kind write
// a banner ("Your request (42) has been updated"), a rule, the comment's
// author and date each on a line of its own, the comment, and under the
// next rule the older comments and the help desk's footer; where the
// notification came as HTML alone its rules may leave no line, and the
// footer ("This email is a service from Northwind IT.") ends the comment
// as the rule would. Lines outside
// the latest comment are marked kDrop; a notification of another shape
// is left as it is.
func helpdeskComment(lines []string, kinds []lineKind, i int) bool {
	j, banner := nextFilled(kinds, i), 0
	for ; j < len(kinds) && kinds[j] == kText && banner < 3 && !authorAt(lines, kinds, j); j++ {
		banner++
	}
	j = nextFilled(kinds, j) // a blank line may stand above the rule
	if banner == 0 && (i == 0 || !replyAbove.MatchString(lines[i-1])) || j == len(kinds) {
		// (right below "reply above this line", the comment's author
		// may come with no banner: a partner's agent writing to us)
		return false
	}
	author := j
	if kinds[j] == kDelimiter {
		author = nextFilled(kinds, j+1)
	}
	// (The rule may be missing where the notification came as HTML.)
	next, ok := authorHeading(lines, kinds, author)
	if !ok {
		return false
	}
	start := nextFilled(kinds, next)
	end := start
	for end < len(kinds) && kinds[end] != kDelimiter && !attachmentList(lines[end]) && (end == start || !authorAt(lines, kinds, end) && !toolFooter.MatchString(strings.TrimSpace(lines[end])) && !ticketLinkFooterAt(lines, kinds, end)) {
		end++
	}
	end = fileListAbove(lines, kinds, start, end)
	if !hasText(kinds[start:end]) {
		return false
	}
	for x := i; x < start; x++ {
		kinds[x] = kDrop
	}
	for x := end; x < len(kinds); x++ {
		kinds[x] = kDrop
	}
	return true
}

// authorAt reports whether a help desk's comment heading starts at line
// a: its author ("Camille Roux (Aubertin & Fils)", short, no sentence)
// and, on the next line that holds something, its date ("4 mars 2024 à
// 11:02 UTC+1"), or both on one line as Zendesk writes the comments of a
// notification to someone in copy ("Tom Becker (Northwind IT), Mar 4,
// 2025, 17:22 GMT+1").
func authorAt(lines []string, kinds []lineKind, a int) bool {
	_, ok := authorHeading(lines, kinds, a)
	return ok
}

// maxAuthorRunes bounds a comment's author line, counted in letters, not
// bytes: "Ольга Смирнова (Служба поддержки ТК «Байкал Экспресс»)" is as
// short as its Latin equivalent and twice its bytes.
const maxAuthorRunes = 80

// authorHeading is authorAt with the line after the heading.
func authorHeading(lines []string, kinds []lineKind, a int) (next int, ok bool) {
	if a >= len(kinds) || kinds[a] != kText {
		return 0, false
	}
	t := strings.TrimSpace(lines[a])
	if name, date, found := strings.Cut(t, ", "); found && commentDate.MatchString(date) && authorName(name) {
		return a + 1, true
	}
	if utf8.RuneCountInString(t) > maxAuthorRunes || strings.ContainsAny(t[len(t)-1:], ".?!:,;") || commentDate.MatchString(t) {
		return 0, false
	}
	d := nextFilled(kinds, a+1)
	if d < len(kinds) && kinds[d] == kText && commentDate.MatchString(lines[d]) {
		return d + 1, true
	}
	return 0, false
}

// authorName reports whether s reads as a comment's author: a short name,
// an organisation in parentheses at most, no digits or sentence marks.
func authorName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 60 || strings.ContainsAny(s, "0123456789.?!:;@") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// helpdeskUpdated is the banner a help desk's notification opens with
// when it sends no "reply above this line": "Your request (48213) has
// been updated", "Ihre Anfrage (31877) wurde aktualisiert", "Votre demande
// (52906) a été mise à jour", "Er is een nieuwe reactie toegevoegd".
var helpdeskUpdated = mustGate(`(?i)^(your (request|ticket)( \(?#?\w+\)?)? has been updated|ihre anfrage( \(?#?\w+\)?)? wurde aktualisiert|votre demande( \(?#?\w+\)?)? a été mise à jour|` +
	`su (solicitud|petición)( \(?#?\w+\)?)? (ha sido|se ha) actualizad[ao]|uw (aanvraag|verzoek)( \(?#?\w+\)?)? is bijgewerkt|er is een nieuwe reactie toegevoegd|` +
	`a sua (solicitação|pedido)( \(?#?\w+\)?)? foi atualizad[ao]|la (tua|sua) richiesta( \(?#?\w+\)?)? è stata aggiornata)\b`)

// attachmentList is the heading a help desk puts above the files of a
// comment ("Attachment(s)"), the end of the comment's text.
func attachmentList(l string) bool {
	switch strings.ToLower(strings.TrimSpace(l)) {
	case "attachment(s)", "attachments", "attachments:", "attachment:", "anhänge", "anhang(e)", "pièces jointes", "pièces jointes :",
		"adjuntos", "adjuntos:", "allegati", "allegati:", "bijlagen", "bijlagen:", "anexos", "anexos:", "ekler", "ekler:", "załączniki", "załączniki:":
		return true
	}
	return false
}

// fileListAbove is where the comment that ends above line end ends
// without the list of its files a help desk writes last: a label line
// of one to three words, in the tool's language, closed by a colon or
// known (attachmentList: "Prílohy:", "Mellékletek:", "Attachments:"),
// over one file name a line (fileLine), blank lines around them. The
// list is known by its shape, so in any language; a list with the
// writer's words below it is not the comment's end and is not looked
// at, nor is a label over lines that are not files. end when there is
// no such list.
func fileListAbove(lines []string, kinds []lineKind, start, end int) int {
	const maxLabelWords = 3
	j := end
	for j > start && kinds[j-1] == kEmpty {
		j--
	}
	files := 0
	for j > start && kinds[j-1] == kText && fileLine.MatchString(lines[j-1]) {
		j--
		files++
	}
	for j > start && kinds[j-1] == kEmpty {
		j--
	}
	if files == 0 || j == start || kinds[j-1] != kText {
		return end
	}
	label := strings.TrimSpace(lines[j-1])
	if !attachmentList(label) && (!strings.HasSuffix(label, ":") || len(strings.Fields(label)) > maxLabelWords) {
		return end
	}
	j--
	for j > start && kinds[j-1] == kEmpty {
		j--
	}
	return j
}

// fileLine is a line of a help desk's list of files: a file's name with
// its extension, after a bullet at most, and its size ("-
// bin_capacities_clean.csv (142 kB)", "export.csv (18 KB)",
// "lasku_2231.pdf").
var fileLine = mustGate(`^\s*([-•*]\s+)?[^\s/\\:][^/\\:]{0,120}\.[A-Za-z][A-Za-z0-9]{1,4}(\s*[-–(\[]?\s*\d+([.,]\d+)?\s?([kKMG]i?[bB]|[kKMG]o|bytes?)\s*[)\]]?)?\s*$`)

// commentDate is the date line of a help desk's comment, "Mar 4, 2025,
// 11:20 GMT" or "04.03.2025 11:20".
var commentDate = mustGate(`^\s*\S.{0,40}\b\d{1,2}:\d{2}\b.{0,12}$`)

// embeddedMailIn reports whether history starts with an embedded mail
// (a separator or a header block) rather than a quote header: text below
// "On … wrote:" is a reply written below the quote (QUIRK: Gmail on
// Android leaves the quote unmarked; discourse-email-reply-trimmer's
// embedded_email_17), text below a header block is the old mail.
func embeddedMailIn(kinds []lineKind) bool {
	for _, k := range kinds {
		if k == kMarker || k == kHeaderBlock {
			return true
		}
	}
	return false
}

// forwardMarkerIn reports whether one of the marker lines is a
// forwarded-message separator.
func forwardMarkerIn(lines []string, kinds []lineKind) bool {
	for i, k := range kinds {
		if k == kMarker && hasForwardWord(lines[i]) {
			return true
		}
	}
	return false
}

// inlineReplyAt reports whether the history that starts at i is a quote
// that new text follows (an inline reply), so the history's header is
// dropped rather than cutting the text below it.
func inlineReplyAt(kinds []lineKind, i int) bool {
	// The look-ahead is bounded so that a body of many headers over one
	// long quote stays linear; a longer quote counts as history.
	const maxLookahead = 1000
	end := min(len(kinds), i+maxLookahead)
	j := i
	for j < end && (isHistory(kinds[j]) || kinds[j] == kEmpty || kinds[j] == kDelimiter) {
		j++
	}
	if j == end || kinds[j] != kQuote {
		return false
	}
	nested := false
	for ; j < end && (kinds[j] == kQuote || kinds[j] == kEmpty || nestedAttribution(kinds, j, end)); j++ {
		nested = nested || kinds[j] == kQuoteHeader
	}
	// below a quote that holds older attributions, an answer is set off
	// by a blank line (Thunderbird, mutt); a line right under the quote
	// is more likely a quoted line that lost its "> " in a rewrap
	return j < end && kinds[j] == kText && (!nested || kinds[j-1] == kEmpty)
}

// nestedAttribution reports whether the attribution at j sits between
// lines of a quote: the quoted mail's own history ("> On … wrote:" above
// ">>" lines, two of them in a row at two depths), which does not end
// the quote.
func nestedAttribution(kinds []lineKind, j, end int) bool {
	quoted := func(k lineKind) bool { return k == kQuote || k == kQuoteHeader }
	return kinds[j] == kQuoteHeader && quoted(kinds[j-1]) && j+1 < end && quoted(kinds[j+1])
}

// dropHeaderAt marks the history header starting at i, and a rule right
// above it, as dropped; it returns the index of its last line.
func dropHeaderAt(kinds []lineKind, i int) int {
	for p := i - 1; p >= 0 && (kinds[p] == kEmpty || kinds[p] == kDelimiter); p-- {
		if kinds[p] == kDelimiter {
			kinds[p] = kDrop
		}
	}
	j := i
	for j < len(kinds) && isHistory(kinds[j]) {
		kinds[j] = kDrop
		j++
	}
	return j - 1
}

// dropSignatureAt marks the signature starting at the "-- " line i as
// dropped when history follows it within a signature's length, and
// returns its last line; otherwise it leaves the lines as they are and
// returns i (a body of a signature alone keeps it).
func dropSignatureAt(kinds []lineKind, i int) int {
	const maxSignatureLines = 12
	j := i + 1
	for j < len(kinds) && j-i <= maxSignatureLines && !isHistory(kinds[j]) && kinds[j] != kQuote {
		j++
	}
	if j == len(kinds) || j-i > maxSignatureLines {
		return i
	}
	for k := i; k < j; k++ {
		kinds[k] = kDrop
	}
	return j - 1
}

// answeredInline reports whether the history at i holds the writer's
// answers, so that its header is dropped rather than cutting the text
// below it: a quote that new text follows (inlineReplyAt), or an embedded
// mail (Outlook's header block, not a quote's attribution nor a forward's
// separator) below text that says the answers are in it ("mina svar nedan",
// inlineAnnounced) and has answered no quote of its own above
// (quoteAnsweredAbove). The writer's text is read above line above: i, or
// the first line of a notice that stands between the signature and the
// mail answered, which is the company's and no part of the writer's text.
func answeredInline(lines []string, kinds []lineKind, i, above int, forward, seenText bool) bool {
	if i >= len(kinds) || !isHistory(kinds[i]) {
		return false
	}
	k := kinds[i]
	return inlineReplyAt(kinds, i) || !forward && seenText && k != kQuoteHeader && !(k == kMarker && hasForwardWord(lines[i])) && inlineAnnounced(lines, kinds, above) && !quoteAnsweredAbove(kinds, above)
}

// firstCut is the index of the first line that starts history, a
// signature or a trailing notice with some new text above it;
// len(kinds) when there is none.
func firstCut(lines []string, kinds []lineKind, forward bool) int {
	seenText := false
	for i := 0; i < len(kinds); i++ {
		switch k := kinds[i]; k {
		case kText:
			if !seenText {
				seenText = true
				continue
			}
			end, ok := noticeEnd(lines, kinds, i)
			if ok && !boardAt(lines, kinds, end) && !answeredInline(lines, kinds, end, i, forward, seenText) {
				return i
			}
			if ok {
				// A register paragraph above the managing board's
				// line: it goes, the board's line stays, and a notice
				// below that is cut there. A notice above the mail the
				// writer answered inline goes too, and the answers
				// below it stay ("Org.nr 556123-4567 · Styrelsens
				// säte: Malmö" / "" / "Från: …" / … / "2. Kom alla
				// fakturor fram?" / "Ja, alla 212.").
				for x := i; x < end; x++ {
					if kinds[x] == kText {
						kinds[x] = kDrop
					}
				}
				i = end - 1
			}
		case kQuoteHeader, kMarker, kHeaderBlock:
			if answeredInline(lines, kinds, i, i, forward, seenText) {
				if seenText && keepMarked(lines, kinds, i) {
					return len(kinds)
				}
				i = dropHeaderAt(kinds, i)
				continue
			}
			if seenText {
				return i
			}
		case kSigDash, kMobileSig:
			if h := nextFilled(kinds, i+1); k == kMobileSig && seenText && h < len(kinds) && isHistory(kinds[h]) && inlineReplyAt(kinds, h) {
				// A phone's footer between the greeting and an inline
				// reply (BlueMail, MIUI): the answers below are the
				// writer's, the footer is not.
				kinds[i] = kDrop
				continue
			}
			if seenText {
				return i
			}
			if k == kSigDash {
				// A signature above the history and no text: a
				// reply sent without typing, signed automatically.
				i = dropSignatureAt(kinds, i)
			}
		case kDelimiter:
			if seenText && footerFollows(kinds, i) && underscores.MatchString(strings.TrimSpace(lines[i])) && !framed(lines, kinds, i) {
				return i
			}
			if seenText && ticketBlockAt(lines, kinds, i) {
				return i
			}
		}
	}
	return len(kinds)
}

// trailingEnd is the end of kinds once trailing blank lines, delimiters,
// mobile signatures, leftover markers and quotes are removed.
func trailingEnd(kinds []lineKind) int {
	end := len(kinds)
	for end > 0 {
		switch kinds[end-1] {
		case kEmpty, kDelimiter, kMobileSig, kQuoteHeader, kMarker, kSigDash, kQuote, kDrop:
			end--
			continue
		}
		break
	}
	return end
}

// closedBox extends end, the end of the text once trailing rules and
// blank lines are trimmed, over the rule that closes a box the writer's
// signature is drawn in: Japanese signatures frame the company, name and
// address between two like rules ("――――――――――――――――――――" / "株式会社
// ハナミズキ" / "総務部　小林 真理" / … / the same rule), and the
// closing one is the signature's as much as the opening one. It closes a
// box only right below the box's last line, with the same rule a few
// lines of text above; a rule of underscores is Outlook's separator.
// Outlook's plain text puts a blank line under every line of a signature
// it drew in HTML, and the box's lines then stand apart by one blank line
// each, the closing rule too.
func closedBox(lines []string, kinds []lineKind, end int) int {
	const maxBox = 8
	if end == 0 || end >= len(kinds) || kinds[end-1] != kText {
		return end
	}
	r, spaced := end, false
	if kinds[r] == kEmpty && r+1 < len(kinds) {
		r, spaced = r+1, true
	}
	if kinds[r] != kDelimiter {
		return end
	}
	rule := strings.TrimSpace(lines[r])
	if underscores.MatchString(rule) {
		return end
	}
	n := 0
	for j := end - 1; j >= 0 && n <= maxBox; j-- {
		switch {
		case kinds[j] == kText:
			n++
		case kinds[j] == kEmpty && spaced && j > 0 && kinds[j+1] == kText && kinds[j-1] != kEmpty:
			// one blank line under each line of a spaced box
		case kinds[j] == kDelimiter && strings.TrimSpace(lines[j]) == rule && (!spaced || kinds[j+1] == kEmpty):
			return r + 1
		default:
			return end
		}
	}
	return end
}

// ticketBlockAt reports whether the rule at i opens the block of the
// ticket's fields that a customer's help desk writes under its agent's
// signature, above the mail it quotes (Kayako: a rule, "Ticket ID:
// #BOR-538-27714", "Department: …", "Status: Awaiting vendor",
// "Priority: High", "View this conversation: https://…", the same rule):
// fields alone, a status among them and a link to the ticket, then the
// history or the body's end. Such a block is the tool's, as its footer
// is. The writer's own fields between rules ("Order: 4471" / "Status:
// shipped") hold no link, or their words go on below them.
func ticketBlockAt(lines []string, kinds []lineKind, i int) bool {
	const maxFields = 10
	rule := strings.TrimSpace(lines[i])
	status, link, n := false, false, 0
	j := i + 1
	for ; j < len(lines) && n <= maxFields; j++ {
		if kinds[j] == kEmpty {
			continue
		}
		t := strings.TrimSpace(lines[j])
		if kinds[j] != kText || !fieldLine.MatchString(t) {
			break
		}
		n++
		status = status || statusField(t)
		_, value, _ := strings.Cut(t, ":")
		link = link || strings.HasPrefix(strings.TrimSpace(value), "https://") || strings.HasPrefix(strings.TrimSpace(value), "http://")
	}
	if n > maxFields || !status || !link {
		return false
	}
	if j < len(lines) && kinds[j] == kDelimiter && strings.TrimSpace(lines[j]) == rule {
		j++ // the closing rule
	}
	j = nextFilled(kinds, j)
	return j == len(kinds) || isHistory(kinds[j]) || kinds[j] == kQuote
}

// underscores is the separator Outlook and mailing lists put above a
// footer.
var underscores = mustGate(`^_{2,}$`)

// framed reports whether the rule of underscores at i closes a block
// that another such rule opened above it: Teams' and Zoom's meeting
// details, which Outlook frames so, above the writer's sign-off.
func framed(lines []string, kinds []lineKind, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if kinds[j] == kDelimiter && underscores.MatchString(strings.TrimSpace(lines[j])) {
			return true
		}
	}
	return false
}

// footerFollows reports whether the delimiter at i is followed by a
// short block up to the end, as a signature or list footer is.
func footerFollows(kinds []lineKind, i int) bool {
	const maxFooterLines = 6
	n := 0
	for _, k := range kinds[i+1:] {
		switch k {
		case kEmpty:
		case kText, kMobileSig, kSigDash:
			n++
		default:
			return false
		}
	}
	return n <= maxFooterLines
}

func hasText(kinds []lineKind) bool {
	for _, k := range kinds {
		if k == kText {
			return true
		}
	}
	return false
}

// firstAttribution is the index of the first line that introduces
// history (a quote header, a separator or an embedded header block), or
// len(kinds).
func firstAttribution(kinds []lineKind) int {
	for i, k := range kinds {
		if isHistory(k) {
			return i
		}
	}
	return len(kinds)
}

// hasHistory reports whether any line is quoted or embedded history.
func hasHistory(kinds []lineKind) bool {
	for _, k := range kinds {
		if k == kQuote || isHistory(k) {
			return true
		}
	}
	return false
}

// forwardBlock reads a forward whose forwarded mail is set off as a block
// from its first lines (a footer or blank lines above it at most): quoted
// with "> " below "Begin forwarded message:", as Apple Mail on iOS and
// macOS writes it (the marker quoted too, or not), below the forward's
// header fields as Proton Mail writes it, or between mutt's
// "----- Forwarded message from … -----" and "----- End forwarded
// message -----". When text follows the block, that text is the
// forwarder's comment, written below: the block is left out and
// commentBelow is true. Otherwise the block is the message and its "> "
// is taken off. Any other body is returned as it is.
func forwardBlock(lines []string) (out []string, commentBelow bool) {
	s := 0
	for s < len(lines) {
		t := strings.TrimSpace(lines[s])
		if t != "" && !isMobileSig(t) {
			break
		}
		s++
	}
	if s == len(lines) {
		return lines, false
	}
	m := s // the marker: below the quote's empty first lines
	for m < len(lines) && strings.Trim(lines[m], "> \t") == "" {
		m++
	}
	if m == len(lines) {
		return lines, false
	}
	marker := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(lines[m]), "> "))
	if !isMarker(marker) && !decorated.MatchString(marker) || !hasForwardWord(marker) {
		return lines, false // mutt's "----- Forwarded message from Ann -----" is decorated
	}
	quoted := strings.HasPrefix(strings.TrimSpace(lines[m]), ">")
	e := m + 1
	f := e
	for f < len(lines) && isEmbeddedField(lines[f]) {
		f++
	}
	if f > e && nextQuoted(lines, f) {
		// Proton Mail: the forward's fields as they are, the forwarded
		// mail quoted below them
		e = f
	}
	switch {
	case quoted || nextQuoted(lines, e):
		for e < len(lines) && (strings.TrimSpace(lines[e]) == "" || strings.HasPrefix(strings.TrimSpace(lines[e]), ">")) {
			e++
		}
	default:
		for e < len(lines) && !endForwarded(lines[e]) {
			e++
		}
		if e == len(lines) {
			return lines, false // no end to the block: the usual reading
		}
		e++
	}
	for _, l := range lines[e:] {
		if t := strings.TrimSpace(l); t != "" && !isMobileSig(t) {
			return append(lines[:s:s], lines[e:]...), true
		}
	}
	for k := s; k < e; k++ {
		q := strings.TrimLeft(lines[k], " ")
		lines[k] = strings.TrimPrefix(strings.TrimPrefix(q, ">"), " ")
	}
	return lines, false
}

// nextQuoted reports whether the first line at or after i that holds
// something is quoted.
func nextQuoted(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t != "" {
			return strings.HasPrefix(t, ">")
		}
	}
	return false
}

// endForwarded reports whether l closes a forwarded mail, "----- End
// forwarded message -----".
func endForwarded(l string) bool {
	t := strings.ToLower(strings.Trim(strings.TrimSpace(l), " -=*_[]"))
	switch t {
	case "end forwarded message", "end of forwarded message", "ende der weitergeleiteten nachricht", "fin du message transféré", "fin del mensaje reenviado", "fine messaggio inoltrato", "einde doorgestuurd bericht":
		return true
	}
	return false
}

// answersBetweenQuotes reports whether a body with no attribution is an
// inline reply all the same: it opens with a "> " quote, under a greeting
// or a few lines that announce the answers (announcedQuote) at most, and
// text follows each of two quotes or more ("> Could you send the log?" /
// "Attached." / "> Does it happen in staging?" / "No, only in
// production."). A writer's own citation of a line (a status page, a
// prompt) is one quote, or other text comes first.
func answersBetweenQuotes(lines []string, kinds []lineKind) bool {
	i := nextFilled(kinds, 0)
	if i < len(kinds) && kinds[i] == kText && greetingLine(lines[i]) {
		i = nextFilled(kinds, i+1) // "Hi Marco," above the first quote
	}
	if i < len(kinds) && kinds[i] == kText {
		i = announcedQuote(lines, kinds, i)
	}
	if i == len(kinds) || kinds[i] != kQuote {
		return false
	}
	answered, inQuote := 0, false
	for ; i < len(kinds); i++ {
		switch kinds[i] {
		case kQuote:
			inQuote = true
		case kText:
			if inQuote {
				answered++
			}
			inQuote = false
		}
	}
	return answered >= 2
}

// announcedQuote is the first quoted line below the few lines of text
// from i when one of them says the answers follow ("#priority high" /
// "" / "Hi Rob," / "" / "Answers below." / "" / "> 1. Is the …"), or
// len(kinds): an agent's commands and greeting may stand above the
// announcement, and the answers between the quotes below it are an
// inline reply as much as those under a greeting alone.
func announcedQuote(lines []string, kinds []lineKind, i int) int {
	const maxLines = 8
	q := i
	for n := 0; q < len(kinds) && kinds[q] != kQuote; q++ {
		if kinds[q] == kText {
			if n++; n > maxLines {
				return len(kinds)
			}
		} else if kinds[q] != kEmpty {
			return len(kinds)
		}
	}
	if q == len(kinds) {
		return q
	}
	for j := i; j < q; j++ {
		if kinds[j] == kText && inlineAnnounce.MatchString(lines[j]) {
			return q
		}
	}
	return len(kinds)
}

// quoteAnsweredAbove reports whether text follows a "> " quote above
// line i: the writer has answered between quotes there, so what they say
// of answers below ("Answers below.") is said of those, not of a mail
// embedded under a header block further down.
func quoteAnsweredAbove(kinds []lineKind, i int) bool {
	inQuote := false
	for _, k := range kinds[:i] {
		switch k {
		case kQuote:
			inQuote = true
		case kText:
			if inQuote {
				return true
			}
		}
	}
	return false
}

// greetingLine reports whether l is a short salutation on a line of its
// own: a few words ending in a comma, colon or exclamation mark ("Hi
// Marco,", "Hallo Herr Becker,", "Bonjour !").
func greetingLine(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && len(strings.Fields(t)) <= 5 && strings.ContainsAny(t[len(t)-1:], ",:!")
}

// updatedBanner is the line among the first of a body from i that holds
// a help desk's "request updated" banner, or -1.
func updatedBanner(lines []string, kinds []lineKind, i int) int {
	const within = 10
	for n := 0; i < len(kinds) && n < within; i++ {
		if kinds[i] == kEmpty {
			continue
		}
		n++
		t := strings.TrimSpace(lines[i])
		switch {
		case kinds[i] == kText && helpdeskUpdated.MatchString(t):
			return i
		case kinds[i] != kText || !ticketTitle.MatchString(t) && !fieldLine.MatchString(t):
			return -1 // only the ticket's title and fields stand above it
		}
	}
	return -1
}

// fieldLine is a tool's "Status: Open" or "Prioriteit: Hoog" line.
var fieldLine = mustGate(`^[\pL][\pL .'-]{0,30}\s?:\s*\S.{0,120}$`)
