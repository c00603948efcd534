package intake

import (
	"regexp"
	"strings"
)

// VisibleText returns the new text of a reply body: quoted history, forwarded
// and embedded mails, and signatures removed.
//
// It recognises quote headers in many languages (Gmail "On … wrote:",
// "Am … schrieb …:", "Le … a écrit :", "El … escribió:", dates followed by
// "Name <addr>:", also when the client wrapped them over several lines),
// Outlook header blocks ("From:/Sent:/To:/Subject:" and their translations
// such as Von/Gesendet, De/Envoyé, Da/Inviato), "Original Message" and
// forwarded-message markers, "> " quotes at the end (inline replies between
// quotes are kept), RFC 3676 "-- " signatures and mobile lines such as
// "Sent from my iPhone" or "Von meinem iPhone gesendet".
//
// text is a plain-text body; CRLF and CR line ends are read as LF. The result
// has no surrounding blank lines. A forward without a comment keeps the
// forwarded text, and a body that is nothing but a quote keeps the quote, so
// that a message is never shown empty by mistake.
func VisibleText(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	kinds := classifyLines(lines)
	dropLeadingHistory(kinds)
	cut := firstCut(lines, kinds)
	lines, kinds = lines[:cut], kinds[:cut]
	end := trailingEnd(kinds, true)
	if !hasText(kinds[:end]) {
		end = trailingEnd(kinds, false) // only quotes: keep them
	}
	return joinKept(lines[:end], kinds[:end])
}

// kDrop marks a line left out of the result without cutting there.
const kDrop lineKind = 255

// joinKept joins the lines not marked kDrop and trims the result.
func joinKept(lines []string, kinds []lineKind) string {
	kept := make([]string, 0, len(lines))
	for i, l := range lines {
		if kinds[i] != kDrop {
			kept = append(kept, l)
		}
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// dropLeadingHistory handles a body that starts with history rather than
// new text: a forward without a comment, or a reply written below the
// quote. The leading header lines, and the quote right after a quote
// header, are dropped when new text follows them.
func dropLeadingHistory(kinds []lineKind) {
	i := 0
	for i < len(kinds) && kinds[i] == kEmpty {
		i++
	}
	if i == len(kinds) || (kinds[i] != kQuoteHeader && kinds[i] != kMarker && kinds[i] != kHeaderBlock) {
		return
	}
	j := i
	for j < len(kinds) && (kinds[j] == kQuoteHeader || kinds[j] == kMarker || kinds[j] == kHeaderBlock || kinds[j] == kEmpty) {
		j++
	}
	k := j
	for k < len(kinds) && (kinds[k] == kQuote || kinds[k] == kEmpty) {
		k++
	}
	if k == len(kinds) || kinds[k] != kText {
		return // nothing new follows: keep the history as the message
	}
	for x := i; x < k; x++ {
		kinds[x] = kDrop
	}
}

// inlineReplyAt reports whether the quote header at i introduces a quote
// that new text follows (an inline reply), so the header is dropped
// rather than cutting the text below it.
func inlineReplyAt(kinds []lineKind, i int) bool {
	// The look-ahead is bounded so that a body of many headers over one
	// long quote stays linear; a longer quote counts as history.
	const maxLookahead = 1000
	end := min(len(kinds), i+maxLookahead)
	j := i
	for j < end && (kinds[j] == kQuoteHeader || kinds[j] == kEmpty) {
		j++
	}
	if j == end || kinds[j] != kQuote {
		return false
	}
	for j < end && (kinds[j] == kQuote || kinds[j] == kEmpty) {
		j++
	}
	return j < end && kinds[j] == kText
}

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
	markWrappedQuoteHeaders(lines, kinds)
	markHeaderBlocks(lines, kinds)
	return kinds
}

// classifyLine classifies one line on its own.
func classifyLine(l string) lineKind {
	t := strings.TrimSpace(l)
	switch {
	case t == "":
		return kEmpty
	case strings.TrimRight(l, " \t") == "--" || l == "-- ":
		return kSigDash
	case strings.HasPrefix(t, ">"):
		return kQuote
	case delimiterLine.MatchString(t):
		return kDelimiter
	case isMarker(t):
		return kMarker
	case isQuoteHeader(t):
		return kQuoteHeader
	case isMobileSig(t):
		return kMobileSig
	}
	return kText
}

// firstCut is the index of the first line that starts history or a
// signature with some new text above it; len(kinds) when there is none.
func firstCut(lines []string, kinds []lineKind) int {
	seenText := false
	for i, k := range kinds {
		switch k {
		case kText:
			seenText = true
		case kQuoteHeader:
			if inlineReplyAt(kinds, i) {
				kinds[i] = kDrop
				continue
			}
			if seenText {
				return i
			}
		case kMarker, kHeaderBlock, kSigDash, kMobileSig:
			if seenText {
				return i
			}
		case kDelimiter:
			if seenText && footerFollows(kinds, i) && underscores.MatchString(strings.TrimSpace(lines[i])) {
				return i
			}
		}
	}
	return len(kinds)
}

// trailingEnd is the end of kinds once trailing blank lines, delimiters,
// mobile signatures, leftover markers and (when dropQuotes) quotes are
// removed.
func trailingEnd(kinds []lineKind, dropQuotes bool) int {
	end := len(kinds)
	for end > 0 {
		switch kinds[end-1] {
		case kEmpty, kDelimiter, kMobileSig, kQuoteHeader, kMarker, kSigDash:
			end--
			continue
		case kQuote:
			if dropQuotes {
				end--
				continue
			}
		}
		break
	}
	return end
}

// underscores is the separator Outlook and mailing lists put above a
// footer.
var underscores = regexp.MustCompile(`^_{2,}$`)

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
		if k == kText || k == kHeaderBlock {
			return true
		}
	}
	return false
}

// delimiterLine is a line made only of separator characters (ᐧ is the
// invisible mark Gmail's tracking extensions add).
var delimiterLine = regexp.MustCompile(`^[-_=+~#*ᐧ—–•.]{2,}$|^ᐧ$`)

// markWrappedQuoteHeaders finds quote headers that the sending client
// wrapped over up to four lines (blank lines between the pieces allowed)
// and marks all their lines. A piece that is a whole sentence, or a line
// that is a quote header by itself, does not start a wrapped one.
func markWrappedQuoteHeaders(lines []string, kinds []lineKind) {
	for i := range lines {
		first := strings.TrimSpace(lines[i])
		if kinds[i] != kText || !startsLikeHeader(first) {
			continue
		}
		joined, pieces := first, 1
		for j := i + 1; j < len(lines) && j <= i+5 && pieces < 4; j++ {
			if kinds[j] == kEmpty {
				continue
			}
			if kinds[j] == kQuoteHeader {
				// "On <date> <name> <" + "addr> wrote:": the end alone
				// already reads as a header.
				for k := i; k < j; k++ {
					kinds[k] = kQuoteHeader
				}
				break
			}
			if leadRe.MatchString(lines[j]) || kinds[j] == kSigDash || kinds[j] == kMarker ||
				kinds[j] == kQuote && len(strings.TrimSpace(lines[j])) > 12 {
				break // a short "> wrote:" is the broken end of a header
			}
			joined = joinPiece(joined, strings.TrimSpace(lines[j]))
			pieces++
			if isQuoteHeader(joined) {
				// Take a broken "> wrote:" end along.
				if n := j + 1; n < len(lines) && kinds[n] == kQuote && len(strings.TrimSpace(lines[n])) <= 12 &&
					isQuoteHeader(joinPiece(joined, strings.TrimSpace(lines[n]))) {
					j = n
				}
				for k := i; k <= j; k++ {
					kinds[k] = kQuoteHeader
				}
				break
			}
		}
	}
}

// headerStartRe is how the first line of a wrapped quote header starts:
// with a lead word ("On", "Am", "Le"…), or it holds a year or a time.
var headerStartRe = regexp.MustCompile(lead + `|\d{4}|\d{1,2}[:.]\d{2}`)

// startsLikeHeader reports whether a line can be the first piece of a
// wrapped quote header: not a finished sentence, and with a lead word or
// a date.
func startsLikeHeader(t string) bool {
	if sentenceEnd.MatchString(t) || len(t) > 300 {
		return false
	}
	return headerStartRe.MatchString(t) || emailAddr.MatchString(t)
}

// emailAddr is an address in running text (not an "@mention").
var emailAddr = regexp.MustCompile(`[^\s<>()"@]+@[^\s<>()"@]+\.[a-zA-Z]{2,}`)

// sentenceEnd is a line that ends a sentence (not a date such as "28.").
var sentenceEnd = regexp.MustCompile(`[^\d\s][.!?]$`)

// joinPiece joins two pieces of a wrapped line; around a broken
// "<address>" no space is put back.
func joinPiece(a, b string) string {
	if strings.HasSuffix(a, "<") || strings.HasPrefix(b, ">") || strings.HasSuffix(a, "@") {
		return a + b
	}
	return a + " " + b
}

// markerPhrases are "Original Message" and forwarded-message separators in
// many languages, compared after the decoration around them is removed.
var markerPhrases = map[string]bool{
	"original message": true, "reply message": true, "forwarded message": true,
	"forwarded email": true, "begin forwarded message": true, "forwarded by": true,
	"ursprüngliche nachricht": true, "weitergeleitete nachricht": true, "anfang der weitergeleiteten nachricht": true,
	"original-nachricht": true, "originalnachricht": true,
	"message d'origine": true, "message original": true, "message transféré": true,
	"début du message transféré": true, "début du message réexpédié": true,
	"mensaje original": true, "mensaje reenviado": true, "comienzo del mensaje reenviado": true,
	"messaggio originale": true, "messaggio inoltrato": true, "inizio messaggio inoltrato": true,
	"oorspronkelijk bericht": true, "origineel bericht": true, "doorgestuurd bericht": true, "begin doorgestuurd bericht": true,
	"ursprungligt meddelande": true, "originalmeddelande": true, "vidarebefordrat meddelande": true,
	"oprindelig besked": true, "oprindelig meddelelse": true, "videresendt besked": true, "videresendt meddelelse": true,
	"opprinnelig melding": true, "videresendt melding": true,
	"alkuperäinen viesti": true, "välitetty viesti": true,
	"wiadomość oryginalna": true, "oryginalna wiadomość": true, "przekazana wiadomość": true, "wiadomość przekazana dalej": true,
	"mensagem original": true, "mensagem encaminhada": true, "início da mensagem reencaminhada": true,
	"исходное сообщение": true, "пересылаемое сообщение": true, "переслане повідомлення": true, "оригінальне повідомлення": true,
	"původní zpráva": true, "přeposlaná zpráva": true, "eredeti üzenet": true, "továbbított üzenet": true,
	"orijinal mesaj": true, "iletilen mesaj": true,
	"原始邮件": true, "原始郵件": true, "转发邮件": true, "转发的邮件": true, "轉寄郵件": true,
	"元のメッセージ": true, "転送されたメッセージ": true,
}

// replyAbove is the line help desks put above their quoted notification,
// "##- Please type your reply above this line -##" and its relatives.
var replyAbove = regexp.MustCompile(`(?i)(reply|write|type|respond)( your (reply|response|message))? above this line|antworten sie oberhalb dieser zeile|répondez au-dessus de cette ligne|responda por encima de esta línea`)

// isMarker reports whether t is an original or forwarded message
// separator such as "-----Original Message-----".
func isMarker(t string) bool {
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

// mobileSigRes are the lines mail apps append on phones and tablets
// ("Sent from my iPhone", "Get Outlook for iOS" and their translations).
var mobileSigRes = regexp.MustCompile(`(?i)^[\s(<\[]*(` +
	`sent (from|with|via|using|by) ((my|a|an) \S+( \S+){0,4}?|` + mailApps + `( \S+){0,3}?)([.,;:]? *-? *(please )?(excuse|pardon|sorry)\b.*)?|` +
	`(get|download) outlook for .*|` +
	`\S+ from mobile|from my (iphone|ipad|android|mobile|phone|samsung|galaxy|smartphone|blackberry).*|` +
	`envoyé (de|depuis|à partir de|avec) .*|obtenir outlook pour .*|` +
	`von meinem .+ gesendet.*|gesendet (von|mit|vom) .*|holen sie sich outlook für .*|` +
	`diese nachricht wurde von .+ gesendet.*|` +
	`inviato da .*|scarica outlook per .*|` +
	`enviado (desde|do|de|com) .*|obtener outlook para .*|` +
	`verzonden (met|vanaf|van|from) .*|verstuurd (vanaf|met) .*|outlook voor .* downloaden|` +
	`sendt fra .*|skickat från .*|från min .*|skickades från .*|` +
	`lähetetty .*|` +
	`wysłane (z|ze) .*|отправлено (с|из) .*|надіслано з .*|` +
	`從我的 .+ 傳送|发自我的.+|寄件者為 .+|` +
	`sent from a phone|sent from mobile( device)?` +
	`)[\s)>\].]*$`)

// mailApps are the mail apps and devices that sign "Sent from X".
const mailApps = `(mobile|outlook|mail|yahoo|gmail|aol|samsung|typeapp|bluemail|blackberry|proton\S*|spark|airmail|windows|mailbox|iphone|ipad|android|superhuman|hey|edison|newton|polymail|nine|k-9|fairemail|tutanota|zoho|icloud|thunderbird|phone|tablet|galaxy|huawei|xiaomi|pixel|nokia|htc|sony|motorola|oneplus|ios|aquamail|gmx|web\.de|t-online|orange|libero|seznam|mail\.ru|yandex)\b`

// linkNoise is what link rendering leaves in signature lines: markdown
// "[text](url)" and Outlook's "text<https://…>".
var (
	markdownLink = regexp.MustCompile(`\[([^\]]+)\]\([^)]+\)`)
	angleLink    = regexp.MustCompile(`<(https?|mailto):[^>]*>`)
)

// isMobileSig reports whether t is a mobile signature line: short, and
// in one of the forms above.
func isMobileSig(t string) bool {
	t = markdownLink.ReplaceAllString(t, "$1")
	t = strings.TrimSpace(angleLink.ReplaceAllString(t, ""))
	if len(t) > 90 || len(strings.Fields(t)) > 12 {
		return false
	}
	return mobileSigRes.MatchString(t)
}

// headerFieldRe is a field of an embedded mail header as mail clients
// write it when quoting, in many languages; fromFieldRe the first field.
var (
	headerFieldRe = regexp.MustCompile(`(?i)^[\s\p{Zs}*>]*(from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|an|betreff|datum|kopie|de|envoyé|envoyé le|à|a|objet|expéditeur|destinataire|répondre à|enviado|enviada em|para|asunto|fecha|da|inviato|oggetto|data|risposta|van|verzonden|aan|onderwerp|beantwoorden - aan|från|skickat|till|ämne|fra|sendt|til|emne|dato|od|wysłano|do|temat|от|отправлено|кому|тема|дата|копия|lähettäjä|lähetetty|vastaanottaja|aihe|päivämäärä|kimden|gönderildi|kime|konu|tarih|feladó|elküldve|címzett|tárgy|dátum|发件人|发送时间|收件人|抄送|主题|日期|寄件者|寄件日期|收件者|主旨|差出人|送信日時|宛先|件名)[\s\p{Zs}*]*[:：]`)
	fromFieldRe   = regexp.MustCompile(`(?i)^[\s\p{Zs}*>]*(from|von|de|expéditeur|da|van|från|fra|od|от|lähettäjä|kimden|feladó|发件人|寄件者|差出人)[\s\p{Zs}*]*[:：]`)
)

// markHeaderBlocks finds embedded header blocks: at least two header
// fields in a row starting with a From field, three when nothing announces
// them. A field may wrap onto one more line.
func markHeaderBlocks(lines []string, kinds []lineKind) {
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kText || !fromFieldRe.MatchString(lines[i]) {
			continue
		}
		end, fields := headerRun(lines, kinds, i)
		need := 3
		if announced(kinds, i) {
			need = 2
		}
		if fields >= need {
			for k := i; k < end; k++ {
				kinds[k] = kHeaderBlock
			}
		}
		// A later From in the same run starts a shorter run: skip it.
		i = max(i, end-1)
	}
}

// headerRun returns the end of the run of header fields starting at i
// and how many fields it has.
func headerRun(lines []string, kinds []lineKind, i int) (end, fields int) {
	wrapped := false
	for end = i; end < len(lines); end++ {
		switch {
		case kinds[end] != kText && kinds[end] != kQuoteHeader:
			return end, fields
		case headerFieldRe.MatchString(lines[end]):
			fields++
			wrapped = false
		case !wrapped && end > i:
			wrapped = true // a long From or To value wrapped by the client
		default:
			return end, fields
		}
	}
	return end, fields
}

// announced reports whether the lines above i (blank lines skipped) are a
// separator or marker that introduces an embedded mail.
func announced(kinds []lineKind, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch kinds[j] {
		case kEmpty:
			continue
		case kDelimiter, kMarker, kMobileSig:
			return true
		}
		return false
	}
	return false
}
