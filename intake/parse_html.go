package intake

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/inbucket/html2text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlHistoryIDs and htmlHistoryClasses mark the element where mail
// clients put the quoted or forwarded history below a reply written in
// HTML: Outlook ("appendonsend", "divRplyFwdMsg" and the new Outlook's
// reference container), Gmail ("gmail_quote"), Yahoo ("yahoo_quoted"),
// Thunderbird ("moz-cite-prefix"), Proton ("protonmail_quote"), Zoho
// ("zmail_extra"), Zimbra (the "zwchr" rule), Roundcube ("reply-intro"),
// Outlook mobile.
var (
	htmlHistoryIDs = []string{"appendonsend", "divrplyfwdmsg", "x_divrplyfwdmsg",
		"mail-editor-reference-message-container", "olk_src_body_section", "zwchr", "reply-intro"}
	htmlHistoryClasses = []string{"gmail_quote", "x_gmail_quote", "yahoo_quoted", "moz-cite-prefix",
		"protonmail_quote", "zmail_extra", "ms-outlook-mobile-reference-message"}
	// htmlSignatureClasses mark a signature block, removed on its own:
	// those a client sets apart with "-- " in its text part (Gmail,
	// Thunderbird) and Outlook mobile's footer. Outlook on the web's
	// id="Signature" is not among them: it holds the writer's sign-off
	// and name, typed without a delimiter, which stay.
	htmlSignatureClasses = []string{"gmail_signature", "moz-signature", "ms-outlook-mobile-signature"}
)

// htmlNewText returns the text of an HTML body above the history its
// client marked, signatures left out; cut says the HTML marked a history
// or a signature, history that it marked a history; answers are the
// blocks set in a colour of their own below the history's start
// (colourAnswers), for a writer who says their answers are in red.
// It complements the line rules of VisibleText, which see only the text
// and so miss an unquoted history that the HTML structure makes plain.
func htmlNewText(src string) (text string, cut, history bool, answers []string) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", false, false, nil
	}
	for _, n := range findAll(doc, isSignatureNode) {
		n.Parent.RemoveChild(n)
		cut = true
	}
	if n := findFirst(doc, isHistoryNode); n != nil {
		if strings.TrimSpace(textAround(n, false)) == "" && strings.TrimSpace(textAround(n, true)) != "" {
			// Written below the quote and nothing above it (a bottom
			// post, or Gmail's answer typed under its gmail_quote): the
			// quote goes, the text below is the new text. Thunderbird
			// writes the attribution (moz-cite-prefix) and its
			// blockquote side by side: both go.
			for q := nextElement(n); q != nil && q.Data == "blockquote"; q = nextElement(n) {
				q.Parent.RemoveChild(q)
			}
			n.Parent.RemoveChild(n)
		} else {
			answers = colourAnswers(n)
			truncateAfter(n)
		}
		cut, history = true, true
	}
	if !cut {
		return "", false, false, nil
	}
	plainHTML(doc)
	s, err := html2text.FromHTMLNode(doc, html2text.Options{})
	if err != nil {
		return "", false, false, nil
	}
	return linkPunct(s), true, history, answers
}

// linkSpaced is a link's address as html2text prints it, "( URL )",
// followed by a space it puts before the punctuation that came after the
// link ("your setup guide</a>, and" reads "guide ( URL ) , and").
var linkSpaced = regexp.MustCompile(`( \( [^\s()]+ \)) ([,.;:!?])`)

// linkPunct takes that space out.
func linkPunct(s string) string {
	if !strings.Contains(s, " ) ") {
		return s
	}
	return linkSpaced.ReplaceAllString(s, "$1$2")
}

// colourAnnounced is a writer saying that their answers are in a colour
// (in the languages of inlineAnnounce, and in Serbian, Croatian, Hebrew
// and Arabic): "see my answers in red", "Antworten in Blau", "réponses en
// rouge", "te contesto en rojo", "Відповіді нижче синім", "odgovori su
// plavom bojom", "התשובות שלי באדום", "الإجابات باللون الأحمر".
var colourAnnounced = mustGate(`(?i)(\b(answers?|answered|repl(y|ies)|comments?|responses?|antworten|kommentare|anmerkungen|réponses?|commentaires?|respuestas?|comentarios?|risposte|commenti|antwoorden|opmerkingen|svar|odpowiedzi)\b|\b(svar|vastau|válasz|megjegyzés|odpowied|odpověd|odpoved|komentarz|komentář|răspuns|odgovor|komentar|atsakym|atbild|vastus|contest|respond|répond|rispond|beantwort|antwoord)\pL*|(απαντ|σχόλι|ответ|коммент|відповід|коментар|отговор|одговор|תשוב|הערות|إجاب|اجاب|ردود)\pL*).{0,60}(\(\s*(red|blue|green|rot|blau|grün|rouge|bleu|vert|rojo|azul|verde|rosso|blu|rood|blauw|groen)\s*\)|\b(in|en|im|em|op|på|na|med|i|in het|en el|in der|in rosso|in de kleur) (red|blue|green|orange|purple|colou?r|rot|blau|grün|farbe|rouge|bleu|vert|couleur|rojo|azul|verde|color|rosso|blu|colore|rood|blauw|groen|kleur|rött|blått|grönt|rødt|blåt|grønt|czerwono|niebiesko|vermelho)\b|(?:\b|^|[^\pL\pN_])(pirossal|kékkel|zölddel|színnel|czerwon|niebiesk|červen|modře|roșu|rosu|albastru|crven|rdeč|raudon|mėlyn|sarkan|punase|sinise|punaisella|sinisellä)|κόκκιν|μπλε|красн|син(им|ей|ім|ій|ього)|зел[её]н|червон|червен|црвен|плав(ом|им|ој)|plav(om|im|oj)|zelen(om|im|oj)|באדום|בכחול|בירוק|(بال|باللون ال)(أحمر|احمر|أزرق|ازرق|أخضر|اخضر))`)

// answeredBetween is a writer saying they answer within the quoted mail,
// between its lines, without naming a colour: "respondo entre líneas",
// "je vous réponds entre les lignes", "ich antworte zwischen den Zeilen",
// "rispondo tra le righe", "I've answered between the lines". With
// inlineAnnounce ("answers below") it lets the coloured blocks of the
// quote be read as the answers when each stands under a question
// (answersUnderQuestions).
var answeredBetween = mustGate(`(?i)\b(answer\pL*|repl(y|ied|ying)|respond\pL*|contest\pL*|répond\pL*|rispond\pL*|antwort\pL*|beantwort\pL*|antwoord\pL*|respost\pL*)\b.{0,40}(between the lines|entre (las |as )?l[ií]n(eas|has)|entre (les )?lignes|zwischen den zeilen|(tra|fra) le righe|tussen de regels|nas entrelinhas)`)

// answersUnderQuestions reports whether each answer stands, in the text
// of the mail, on the line below a question of the quoted mail ("2. Which
// day suits you?" over "Tuesday morning."): the shape of answers typed
// into the mail answered, which the quoted sender's own colours (a
// heading, a warning, a signature) do not have.
func answersUnderQuestions(answers []string, text string) bool {
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	var lines []string // the text's lines with text, squeezed once
	for _, l := range strings.Split(text, "\n") {
		if l = squeeze(l); l != "" {
			lines = append(lines, l)
		}
	}
	for _, a := range answers {
		flat, found := squeeze(a), false
		for i := 1; i < len(lines) && !found; i++ {
			prev := lines[i-1]
			asked := strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "？") || strings.HasSuffix(prev, "؟")
			found = asked && strings.HasPrefix(flat, lines[i])
		}
		if !found {
			return false
		}
	}
	return len(answers) > 0
}

// colourAnswers returns, in document order from n to the end of the
// document, the text of each element the writer set in a colour of their
// own (a saturated one: red, blue, green; not the black, greys and Office
// blue-grey of the quoted mail itself).
func colourAnswers(n *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode && (answerColour(attr(x, "style")) || x.Data == "font" && answerColour("color:"+attr(x, "color"))) {
			if t := strings.Join(strings.Fields(nodeText(x)), " "); t != "" {
				out = append(out, t)
			}
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for s := n; s != nil; s = s.NextSibling {
		walk(s)
	}
	for p := n.Parent; p != nil; p = p.Parent {
		for s := p.NextSibling; s != nil; s = s.NextSibling {
			walk(s)
		}
	}
	return out
}

// answerColour reports whether a style sets the text in a saturated
// colour: its channels differ by at least 100 of 255.
func answerColour(style string) bool {
	for _, decl := range strings.Split(strings.ToLower(style), ";") {
		prop, val, ok := strings.Cut(decl, ":")
		if !ok || strings.TrimSpace(prop) != "color" {
			continue
		}
		r, g, b, ok := cssColour(strings.TrimSpace(val))
		return ok && max(r, g, b)-min(r, g, b) >= 100
	}
	return false
}

// cssColour reads a CSS colour as a name, #rgb, #rrggbb or rgb(r, g, b).
func cssColour(v string) (r, g, b int, ok bool) {
	names := map[string][3]int{"red": {255, 0, 0}, "blue": {0, 0, 255}, "green": {0, 128, 0}, "purple": {128, 0, 128},
		"orange": {255, 165, 0}, "fuchsia": {255, 0, 255}, "magenta": {255, 0, 255}, "navy": {0, 0, 128}, "maroon": {128, 0, 0}}
	if c, found := names[v]; found {
		return c[0], c[1], c[2], true
	}
	if h, found := strings.CutPrefix(v, "#"); found {
		if len(h) == 3 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		}
		if len(h) != 6 {
			return 0, 0, 0, false
		}
		x, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return 0, 0, 0, false
		}
		return int(x >> 16 & 0xff), int(x >> 8 & 0xff), int(x & 0xff), true
	}
	if inner, found := strings.CutPrefix(v, "rgb("); found {
		parts := strings.Split(strings.TrimSuffix(inner, ")"), ",")
		if len(parts) != 3 {
			return 0, 0, 0, false
		}
		var c [3]int
		for i, p := range parts {
			n, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil {
				return 0, 0, 0, false
			}
			c[i] = n
		}
		return c[0], c[1], c[2], true
	}
	return 0, 0, 0, false
}

// autoSignatureOnly reports whether shown, the visible text of a reply,
// is only the signature its client inserted by itself, as the reply's
// HTML parts mark it: every word above the history the HTML marks
// lies inside Outlook's mark of its automatic signature (autoSignature).
// A name and title read the same in a typed reply and an untouched one,
// and in a language whose titles the line rules of clientSignatureOnly
// do not know they read as typed; the mark tells them apart. Only a
// short text is looked at, and only HTML that holds a mark is parsed.
func autoSignatureOnly(shown string, parts []string) bool {
	if len(parts) == 0 || nonBlankLines(shown) > maxSignatureLines+1 {
		return false
	}
	src := strings.Join(parts, "\n")
	if !autoSignatureMark.MatchString(src) {
		return false
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return false
	}
	hist := findFirst(doc, isHistoryNode)
	if hist == nil {
		return false
	}
	inside, outside, done := false, false, false
	var walk func(n *html.Node, inSig bool)
	walk = func(n *html.Node, inSig bool) {
		if done || outside {
			return
		}
		switch {
		case n == hist:
			done = true
			return
		case n.Type == html.ElementNode && (n.Data == "head" || n.Data == "style" || n.Data == "script" || n.Data == "title"):
			return
		case n.Type == html.ElementNode:
			inSig = inSig || autoSignature(n)
		case n.Type == html.TextNode && strings.TrimSpace(strings.ReplaceAll(n.Data, "\u00a0", " ")) != "":
			inside, outside = inside || inSig, outside || !inSig
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inSig)
		}
	}
	walk(doc, false)
	return done && inside && !outside
}

// autoSignatureMark finds, in an HTML source, the marks autoSignature
// reads.
var autoSignatureMark = regexp.MustCompile(`(?i)_MailAutoSig|id=["']?Signature\b`)

// autoSignature reports whether n is Outlook's mark of the signature it
// inserted: classic Outlook's Word HTML bookmark, <a name="_MailAutoSig">
// around its first words and style "mso-bookmark:_MailAutoSig" on the
// rest; Outlook on the web's and the new Outlook's <div id="Signature">.
func autoSignature(n *html.Node) bool {
	if strings.EqualFold(attr(n, "id"), "signature") || n.Data == "a" && strings.EqualFold(attr(n, "name"), "_mailautosig") {
		return true
	}
	style := strings.ToLower(attr(n, "style"))
	return strings.Contains(style, "mso-bookmark") && strings.Contains(strings.ReplaceAll(style, " ", ""), "mso-bookmark:_mailautosig")
}

func isHistoryNode(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	id := strings.ToLower(attr(n, "id"))
	for _, h := range htmlHistoryIDs {
		if id == h {
			return true
		}
	}
	return hasClass(n, htmlHistoryClasses) || outlookRule(n) || notesHeaderTable(n)
}

// notesHeaderTable reports whether n is Lotus/HCL Notes' table of the
// quoted mail's header fields, a label cell and a value cell a row
// ("From:" / "To:" / "Date:" / "Subject:"), which Notes puts above the
// mail it quotes with no id, class or border to mark it.
func notesHeaderTable(n *html.Node) bool {
	if n.Data != "table" {
		return false
	}
	labels, subject := 0, false
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode && x.Data == "td" {
			if m := headerLabel.FindStringSubmatch(strings.TrimSpace(nodeText(x))); m != nil {
				labels++
				subject = subject || subjectLabels[strings.ToLower(m[1])]
			}
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	// a subject among them: a pasted itinerary's "From:" / "To:" /
	// "Date:" is no mail's header
	return labels >= 3 && subject
}

// subjectLabels are headerLabel's labels of the subject field.
var subjectLabels = map[string]bool{"subject": true, "betreff": true, "objet": true, "asunto": true, "oggetto": true, "onderwerp": true}

// headerLabel is a header field's label alone in its cell, in the
// languages of the header blocks.
var headerLabel = regexp.MustCompile(`(?i)^(from|to|cc|date|sent|subject|von|an|datum|gesendet|betreff|de|à|a|para|objet|asunto|oggetto|da|van|aan|onderwerp|verzonden)\s*:$`)

// outlookRule reports whether n is Outlook desktop's block above the
// quoted mail: a div with a thin top border and the header fields in it
// (Word's HTML has no id or class to mark it; the border is the rule the
// reader sees).
func outlookRule(n *html.Node) bool {
	if n.Data != "div" {
		return false
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "border-top:solid#e1e1e11.0pt") || strings.Contains(st, "border-top:solid#b5c4df1.0pt")
}

func isSignatureNode(n *html.Node) bool {
	return n.Type == html.ElementNode && n.Parent != nil && hasClass(n, htmlSignatureClasses)
}

func hasClass(n *html.Node, classes []string) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		for _, want := range classes {
			if c == want {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textAround returns the text in document order before n (after false)
// or after it (after true), outside n.
func textAround(n *html.Node, after bool) string {
	var b strings.Builder
	var collect func(*html.Node)
	collect = func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(strings.ReplaceAll(c.Data, "\u00a0", " "))
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			collect(k)
		}
	}
	for x := n; x != nil && x.Parent != nil; x = x.Parent {
		if after {
			for s := x.NextSibling; s != nil; s = s.NextSibling {
				collect(s)
			}
		} else {
			for s := x.PrevSibling; s != nil; s = s.PrevSibling {
				collect(s)
			}
		}
	}
	return b.String()
}

// findFirst returns the first node in document order that match reports.
func findFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	if match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, match); f != nil {
			return f
		}
	}
	return nil
}

// findAll returns the outermost nodes that match reports.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	if match(n) {
		return []*html.Node{n}
	}
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, findAll(c, match)...)
	}
	return out
}

// plainHTML prepares a document for html2text so that its text reads as
// the writer's: ordered lists keep their numbers (numberLists), bold
// text is not starred ("*Claire Dubois-Lemaire*" is a name set in bold),
// and links print no address a reader does not see: a link around an
// image only (a signature's social icons) prints nothing, and a link
// whose text is its address ("www.shop.example" for
// "http://www.shop.example/"), or the address it was rewritten from (a
// Safe Link labelled with the original address), prints its text once;
// a one-column layout table reads as lines and a heading as a line.
func plainHTML(doc *html.Node) {
	numberLists(doc)
	for _, n := range findAllDeep(doc, func(n *html.Node) bool { return n.Type == html.ElementNode }) {
		switch n.Data {
		case "b", "strong", "span", "font":
			// html2text puts a space after an inline element, before the
			// punctuation that follows it ("(in <span>Rot</span>)." reads
			// "(in Rot )."); their text is the text around them
			unwrap(n)
		case "a":
			text := strings.TrimSpace(nodeText(n))
			href := attr(n, "href")
			orig, rewritten := originalLink(href)
			switch {
			case text == "" && n.Parent != nil:
				n.Parent.RemoveChild(n)
			case rewritten && sameAddress(text, orig) || !rewritten && sameAddress(text, href) || shownAddress(text, href) || mention(text, href):
				unwrap(n)
			}
		case "table":
			if !stackColumn(n) {
				tableRows(n)
			}
		case "h1", "h2", "h3", "h4", "h5", "h6":
			// a heading is a line of text: html2text would underline it
			// with a rule of its own ("Tom Becker" / "----------" in a
			// signature set as a heading)
			n.Data, n.DataAtom = "p", atom.P
		}
	}
}

// shownAddress reports whether a link's text is itself the address a
// reader sees, whatever its href: a link typed as an address that a sales
// tool wrapped in its click tracker, or a telephone number.
func shownAddress(text, href string) bool {
	h := strings.ToLower(href)
	if strings.HasPrefix(h, "tel:") || strings.HasPrefix(h, "sms:") {
		return true
	}
	t := strings.ToLower(text)
	return !strings.ContainsAny(t, " \t\n") && (strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "www."))
}

// mention reports whether a link is a mention chip, "+Maria Lopez" or
// "@Maria Lopez" around her address (Gmail's plus-reply, Outlook's
// @mention): the name is what the writer typed.
func mention(text, href string) bool {
	return strings.HasPrefix(strings.ToLower(href), "mailto:") && (strings.HasPrefix(text, "+") || strings.HasPrefix(text, "@"))
}

// stackColumn makes a table of one column, a layout table as signature
// tools (Exclaimer, WiseStamp) write, read as lines: html2text runs the
// cells of a table together on one line, and a signature's name, title,
// phone and the notice below them would read as one sentence.
//
// It reports whether the table was of one column.
func stackColumn(table *html.Node) bool {
	rows := findAllDeep(table, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "tr" })
	if len(rows) == 0 {
		return false
	}
	for _, tr := range rows {
		cells := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
				cells++
			}
		}
		if cells != 1 {
			return false
		}
	}
	for _, n := range findAllDeep(table, func(n *html.Node) bool {
		return n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th" || n.Data == "tbody" || n.Data == "thead")
	}) {
		n.Data, n.DataAtom = "div", atom.Div
	}
	for _, tr := range rows {
		tr.Data, tr.DataAtom = "p", atom.P // a paragraph a row: a banner in a row stays apart from the text below
	}
	table.Data, table.DataAtom = "div", atom.Div
	return true
}

// unwrap puts n's children in its place.
func unwrap(n *html.Node) {
	p := n.Parent
	if p == nil {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		p.InsertBefore(c, n)
		c = next
	}
	p.RemoveChild(n)
	mergeText(p)
}

// mergeText joins runs of text nodes under p into one: html2text puts a
// space between the nodes it prints, so an unwrapped link's text would
// read "( dev@tui.example )" for "(dev@tui.example)".
func mergeText(p *html.Node) {
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		for c.Type == html.TextNode && c.NextSibling != nil && c.NextSibling.Type == html.TextNode {
			n := c.NextSibling
			c.Data += n.Data
			p.RemoveChild(n)
		}
	}
}

// nodeText is the text under n.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
	}
	return b.String()
}

// numberLists writes the numbers of ordered lists into their items, which
// html2text prints with "* " like any other list: an agent's "1. Open
// Reports, 2. Select the range, 3. Wait" keeps its order when relayed.
// Each item of an <ol> becomes a block that starts with its number
// (counting from the list's start attribute).
func numberLists(doc *html.Node) {
	for _, ol := range findAllDeep(doc, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "ol" }) {
		k := 1
		for _, a := range ol.Attr {
			if a.Key == "start" {
				if v, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil {
					k = v
				}
			}
		}
		for li := ol.FirstChild; li != nil; li = li.NextSibling {
			if li.Type != html.ElementNode || li.Data != "li" {
				continue
			}
			li.Data, li.DataAtom = "div", atom.Div
			li.InsertBefore(&html.Node{Type: html.TextNode, Data: strconv.Itoa(k) + ". "}, li.FirstChild)
			k++
		}
	}
}

// findAllDeep returns every node under n that matches, nested ones too.
func findAllDeep(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	if match(n) {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, findAllDeep(c, match)...)
	}
	return out
}

// truncateAfter removes n and everything after it in document order.
func truncateAfter(n *html.Node) {
	p := n.Parent
	removeFrom(n)
	for ; p != nil && p.Parent != nil; p = p.Parent {
		removeFrom(p.NextSibling)
	}
}

// removeFrom removes s and its following siblings.
func removeFrom(s *html.Node) {
	for s != nil {
		next := s.NextSibling
		s.Parent.RemoveChild(s)
		s = next
	}
}

// nextElement is the element after n among its siblings, past white
// space, or nil.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.ElementNode:
			return s
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) == "":
		default:
			return nil
		}
	}
	return nil
}
