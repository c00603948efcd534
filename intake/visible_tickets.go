package intake

import (
	"slices"
	"strconv"
	"strings"
)

// A customer's own ticketing tool (Jira Service Management, ServiceNow,
// osTicket, Freshservice, Help Scout…) writes to us when one of their
// people comments on the ticket they keep about ours. Its mail wraps the
// comment in the tool's chrome: a title and ticket number above, the
// author's line ("Sam Okafor commented:", "2024-03-05 10:12:33 CET -
// Priya Nair (Additional comments)", or with spaces for the parentheses in
// its plain text, "… - Tom Becker    Additional comments"), and below the
// comment the older
// comments, status fields and a footer that names the tool. The person's
// comment is the new text; the chrome is not theirs, and relayed to an
// agent it buries the comment.

// toolFooter is a line of such a footer, a learning platform's among
// them: Canvas's "You received this email because you are participating
// in one or more conversations at …", Moodle's "This is a copy of a
// message posted in …" and "Unsubscribe from this forum: …", and a
// watcher's "You are receiving this email because …" with its German,
// French, Spanish, Italian and Dutch equivalents ("Sie erhalten diese
// E-Mail, weil …", "Recibe este correo porque …"), and a short line
// that ends in the name of Jira Service Management, as its footer does
// in every language it writes ("Obsługiwane przez Jira Service
// Management"; a sentence about it ends in a full stop). Jira's German
// footer may address the reader ("Sehen Sie sich die Anfrage an ·
// Deaktivieren Sie die Benachrichtigungen für diese Anfrage") as it
// may name the actions ("Anfrage anzeigen · …").
var toolFooter = mustGate(`(?i)^[\s*]*(view request( \( ?https?://\S+ ?\))?( · |$)|view ticket\b|this e-?mail is a service from |delivered by (zendesk|freshdesk)|dies wird mit .{1,80} geteilt|(se désabonner|abmelden|darse de baja|afmelden) \| |r[ée]f:msg\d+|cliquez ici pour afficher|klicken sie hier, um |` +
	`this is an automated (notification|message|e-?mail) from |you can view the (ticket|request|incident) here|you can view and reply to (this|the|your) (ticket|request|incident|case) (at|here|online)\b|` +
	`you('re| are) (getting|receiving) this (e-?mail|notification) because|you received this (e-?mail|notification) because you are (participating|subscribed|enrolled)\b|sie erhalten diese (e-?mail|nachricht|benachrichtigung),? weil|vous recevez (cet e-?mail|ce courriel|ce message|cette notification) (car|parce que?)|recibe(s)? este (correo|mensaje|e-?mail) porque|ricevi questa (e-?mail|notifica|comunicazione) perché|u ontvangt deze (e-?mail|melding) omdat|this is a copy of a message posted (in|on|to)\b|unsubscribe from this (forum|discussion)\b|está a receber este e-?mail porque|dit bericht is automatisch verzonden door|reageer op deze e-?mail om een actie toe te voegen|u kunt deze melding bekijken in het|reageren\? beantwoord deze e-?mail|` +
	`turn off this request's notifications|this is shared with |.{0,60}\bjira service management$|ticket details$|détails du ticket$|ticketdetails$|` +
	`.{0,160}\b(to reopen|per riaprire|um (es|das ticket) wieder zu öffnen|pour (le )?rouvrir|para reabrir|om (het|deze) .{0,20}te heropenen)\b|` +
	`afficher la demande( \( ?https?://\S+ ?\))?( · |$)|désactiver les notifications de cette demande|ceci est partagé avec |.{0,80}\bvous a envoyé ce (message|e-?mail)|` +
	`(anfrage anzeigen|sehen sie sich (die|diese) anfrage an)( \( ?https?://\S+ ?\))?( · |$)|benachrichtigungen (für|zu) dieser anfrage (deaktivieren|ausschalten)|(deaktivieren|schalten) sie (die )?benachrichtigungen (für diese|zu dieser) anfrage( aus)?$|dies wird geteilt mit |.{0,80}\bhat ihnen diese (nachricht|e-?mail) gesendet|` +
	`ver solicitud( \( ?https?://\S+ ?\))?( · |$)|desactivar las notificaciones de esta solicitud|esto se ha compartido con |.{0,80}\bte ha enviado este (mensaje|correo)|` +
	`.{0,60}\bpowered by (jira|zendesk|freshdesk|freshservice|osticket|servicenow|help ?scout|otrs|znuny|topdesk|zammad|kayako|happyfox|sysaid|glpi|manageengine|servicedesk plus|zoho desk|intercom|teamdynamix)\b|to reply, respond to this e-?mail|(généré|generado|generato|generiert|gegenereerd|generated) automati\w+ (par|por|da|von|door|by) (glpi|sysaid|topdesk|otrs|znuny)\b|` +
	`` +
	`.{0,80}\bsent you this (message|e-?mail)|this e-?mail was sent by .{1,80} via \w+|you can check the status of (your|this) ticket|` +
	`to view or respond to the ticket|your friendly customer support system|conversation #\d+ · sent via|` +
	`unsubscribe( \(.{0,120}\))? \| notification preferences|(to )?unsubscribe from (these|this|all) (notifications?|e-?mails|updates)\b|click here to view (incident|request|ticket|case|change)\b|(this|the) (e-?mail|message|notification) (was|has been|is) (generated|sent) automatically\b|(this is an )?automatically generated (e-?mail|message|notification)\b|.{0,40}(?:\b|^|[^\pL\pN_])(a fost generat automat|wurde automatisch (generiert|erstellt|versendet)|a été (généré|envoyé) automatiquement|se ha generado automáticamente|(è|e) stato generato automaticamente|is automatisch (gegenereerd|verzonden)|został wygenerowany automatycznie|byl automaticky (vygenerován|odeslán)|bol automaticky (vygenerovaný|odoslaný)|automatikusan generált|автоматически сгенерирован|було автоматично згенеровано|е генериран автоматично|automaattisesti luotu|har genererats automatiskt|er genereret automatisk|er generert automatisk|δημιουργήθηκε αυτόματα|je automatski generiran|je bil samodejno ustvarjen)(?:\b|[^\pL\pN_]|$)|to respond, reply to this e-?mail|dit is een automatisch (gegenereerd|verzonden) (bericht|e-?mail)|dies ist eine automatisch (generierte|erstellte|versandte) (nachricht|e-?mail)|ceci est un (message|courriel|e-?mail) (généré )?automatique|questo è un messaggio (generato )?automatic(o|amente)|este es un (mensaje|correo) (generado )?automátic(o|amente)|how can i track and update my (request|incident|case|ticket)\?|you are receiving this notification because|ref:msg\d+|when replying, (please )?keep the (call|ticket|incident|request|case|reference) (number|no\.?)\b|(you can )?(also )?view this (call|ticket|incident|request|case) (in|on|at) the\b|this message was sent to you by .{1,80} who is using the docusign electronic signature service)`)

// commentAuthor is the line that opens a comment: "Sam Okafor commented:",
// "*Petr Novák* posted a response:", Freshdesk's "Ravi Kumar (Northwind
// IT Service Desk) replied:" (the author's help desk in parentheses),
// ServiceNow's "2024-03-05 10:12:33 CET - Priya Nair (Additional
// comments)" or, on a vendor task, "Additional comments from Gloria
// Estrada:", TOPdesk's "Nieuwe actie (18-03-2025 14:22, Sanne de Wit):"
// or "Actie (25-02-2025 10:12, Kees Verhagen):", Canvas's "Tomás Reyes
// just sent you a message in Canvas.", Jira's "Magdalena Nowak dodał(a)
// komentarz:" (a Slavic verb's feminine ending in parentheses, as a tool
// that does not know its user's gender writes it). Its forms that name no word (a
// date and a name) are commentDated's, tried only on a line that starts with a digit or "["
// or ends in "):", so that the rest keeps its gate: most lines of a mail
// hold none of its words.
var commentAuthor = mustGate(`(?i)^\*?[\pL][\pL .'-]{1,60}\*?( \([^()]{2,60}\))? (commented|posted a (response|reply|note)|added a comment|responded|replied|a commenté|hat kommentiert|kommentierte|ha comentado|comentó|ha commentato|heeft gereageerd|comentou)( on .{1,60})?\s?:$|` +
	`^(additional comments|work notes|comments) (added to \S+ by|from) .{1,60}:$|` +
	`^(staff|user|customer) (reply|note|response) by .{1,60}:$|` +
	`^((nieuwe|new|neue|nouvelle|nueva) )?(actie|action|aktion|acción) \(\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2}, .{1,60}\):$|` +
	`^(message|nachricht|messaggio|mensaje|mensagem|bericht) (from|von|da|de|van) .{1,60} \(.{4,30}\):$|` +
	`^.{1,60} just sent you a (new )?message( in .{1,40})?\.?$|` +
	`^.{1,60} (just logged a message to a ticket in which you participate|acabou de registar uma mensagem num ticket em que participa|hat gerade eine nachricht zu einem ticket hinzugefügt, an dem sie beteiligt sind|vient d'ajouter un message à un ticket auquel vous participez)\.?$|` +
	`^.{1,60} has added a (public |private )?(note|reply|comment) to (ticket|request|incident) .{1,140}$|` +
	`^.{1,60} updated your (request|incident|case|ticket) with the following comments?:$|` +
	`^.{1,60} (added a comment to your (case|request|ticket|incident)|has added a (public |private )?note to your ticket .{1,140}|dodał(a|\(a\))? komentarz|a ajouté un commentaire|hat einen kommentar hinzugefügt|ha añadido un comentario|přidal(a|\(a\))? komentář|pridal(a|\(a\))? komentár|lade till en kommentar|tilføjede en kommentar|la til en kommentar|lisäsi kommentin|hozzászólást írt|a adăugat un comentariu|adicionou um comentário|ha aggiunto un commento|heeft een opmerking toegevoegd|добавил(а|\(а\))? комментарий|додав(ла|\(ла\))? коментар)\s?:$`)

// bylineAuthor is the byline a learning platform's forum writes over a
// post, "by Ana Lima - Monday, 2 March 2026, 9:05 AM" (Moodle, in
// its languages "par …", "von …", "de …", "door …", "da …"), a rule
// below it. It is tried only on a line that opens with one of those
// words and holds " - " (isCommentAuthor), as most lines of a mail hold
// "by ".
var bylineAuthor = mustGate(`(?i)^(by|par|von|de|door|da|przez) \pL[\pL .'-]{1,60} - .{0,40}\d{4},? \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?$`)

// bylineWords are the words bylineAuthor's line opens with.
var bylineWords = []string{"by", "par", "von", "de", "door", "da", "przez"}

// commentDated is commentAuthor's forms of a date and a name.
var commentDated = mustGate(`(?i)^\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2} .{1,60}:$|^\[\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2}\] .{1,60}$|^.{1,60} \(\d{1,2}[./]\d{1,2}[./]\d{4},? \d{1,2}:\d{2}\):$|` +
	// a facilities tool's "Note from Darnell Hughes (15 Jul 2026 11:37
	// EDT):", its date in words: "Notiz von Jan Berger (15. Juli 2026,
	// 11:37):", "Comment by Sam Lee (Jul 15, 2026 9:05 AM):"
	`^.{1,60} \((\d{1,2}\.? \pL{3,10}\.? \d{4}|\pL{3,10}\.? \d{1,2},? \d{4}),? \d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,5})?\):$|` +
	`^\d{1,4}[-./]\d{1,2}[-./]\d{2,4} \d{1,2}:\d{2}(:\d{2})?( [A-Za-z]{2,5})? - .{1,60}?(?: \(|[\s\x{a0}]{2,})(additional comments|comments|work notes|zusätzliche kommentare|kommentare|arbeitsnotizen|comentarios adicionales|comentarios|notas de trabajo|aanvullende opmerkingen|opmerkingen|werknotities|commentaires supplémentaires|commentaires|commenti aggiuntivi|kommentarer|ytterligare kommentarer|arbetsanteckningar|yderligere kommentarer|tilleggskommentarer|kommentit|lisäkommentit|komentáře|dodatečné komentáře|komentarze|dodatkowe komentarze)\)?$|` +
	// Efecte's Finnish "Viesti (Jussi Kettunen, 10.11.2026 klo 10.21):"
	`^(viesti|kommentti|vastaus|meddelande|kommentar|besked|melding|zpráva|komentář|wiadomość|komentarz) \(.{1,60}, \d{1,2}\.\d{1,2}\.\d{4}( klo| kl\.?| o godz\.?| v)? \d{1,2}[.:]\d{2}\):$`)

// isCommentAuthor reports whether the trimmed line t opens a comment.
func isCommentAuthor(t string) bool {
	if commentAuthor.MatchString(t) {
		return true
	}
	if w, _, ok := strings.Cut(t, " "); ok && strings.Contains(t, " - ") && slices.ContainsFunc(bylineWords, func(b string) bool { return strings.EqualFold(w, b) }) {
		return bylineAuthor.MatchString(t)
	}
	if t == "" || !(t[0] >= '0' && t[0] <= '9' || t[0] == '[' || strings.HasSuffix(t, "):")) {
		return false
	}
	return commentDated.MatchString(t)
}

// ticketTitle is a tool's first line naming the ticket: "Ticket #SR-4412
// - [ESC-200] Webhook deliveries failing", "Incident INC0048213 has been
// updated", "Ticket #184223: [ESC-42] Refund not received", or with the
// ticket's subject in quotation marks, "Ticket #7719 "Order sync fails at
// night" has been updated.", ServiceNow's "Vendor Task VTASK0012045 has
// been updated", TOPdesk's field "Call number: I 2508 1374", and in Hebrew, "קריאה מס' 30418 עודכנה" (call
// no. 30418 was updated).
var ticketTitle = mustGate(`(?i)^\*?((vendor )?(ticket|incident|request|case|conversation|change|task) \*?#?[a-z]*-?\d{3,}\*?(\s*[-–:]\s|(\s+["“][^"”]{1,120}["”])?\s+has been (updated|created|resolved))|(call|ticket|incident|request|case) (number|no\.?|#)\s?:\s?[a-z]{0,3} ?\d[\d ]{2,}$)|` +
	`^(קריאה|פנייה) (מס'|מספר) ?#?\d{3,} (עודכנה|נפתחה|נסגרה)`)

// markToolNotification drops a ticketing tool's chrome around the
// comment it carries: everything above the comment's author line (or the
// title line, for tools that write none), and everything from the end of
// the comment on: the next comment, a rule, the status fields and the
// footer. It does nothing unless the mail has both ends, an author line
// or title near its top and a tool's footer below (or, for a tool whose
// footer is not known, the ticket's older entries below: olderEntryBelow),
// so that a person's mail that says "Sam commented:" keeps all of its
// text.
func markToolNotification(lines []string, kinds []lineKind) (statusOnly bool) {
	start := toolCommentStart(lines, kinds)
	if start < 0 {
		if statusNotice(lines, kinds) {
			return true
		}
		markRelayTail(lines, kinds)
		return false
	}
	end := start
	for end < len(lines) && !commentEnds(lines, kinds, start, end) {
		end++
	}
	if end == len(lines) || !footerBelow(lines, end) && !olderEntryBelow(lines, kinds, start, end) {
		return false
	}
	end = closingEnd(lines, kinds, start, end)
	if n := contentLabelLen(lines[start]); n > 0 {
		// GLPI's "Contenu : Bonjour,": the label is the tool's, the
		// words after it the comment's first line.
		lines[start] = lines[start][n:]
	}
	// Status fields above the footer ("Status: Pending", "Priority:
	// Medium") are the tool's, and so are the blank lines between.
	end = fieldsUnderSignature(lines, kinds, start, end)
	for end > start && (kinds[end-1] == kEmpty || statusField(lines[end-1]) || olderHeading.MatchString(strings.TrimSpace(lines[end-1]))) {
		end--
	}
	// So is the list of the comment's files, last.
	end = fileListAbove(lines, kinds, start, end)
	for i := range start {
		kinds[i] = kDrop
	}
	for i := end; i < len(kinds); i++ {
		kinds[i] = kDrop
	}
	return false
}

// toolCommentStart is the first line of the comment, below its author
// line or the ticket's title among the first lines, or -1.
func toolCommentStart(lines []string, kinds []lineKind) int {
	const maxOpening = 20 // GLPI lists a dozen fields above the comment
	filled, text := 0, 0
	for i := 0; i < len(lines) && filled < maxOpening; i++ {
		if kinds[i] == kEmpty {
			continue
		}
		filled++
		if kinds[i] == kText {
			text++
		}
		t := strings.TrimSpace(lines[i])
		switch {
		case isCommentAuthor(t):
			if a := nextFilled(kinds, i+1); a < len(lines) && authorField.MatchString(strings.TrimSpace(lines[a])) {
				i = a // GLPI's "Auteur : Garnier Nicolas" under its dated heading
			}
			return textBelow(lines, kinds, i)
		case authorFields(lines, kinds, i):
			// "Von: Sven Ohlsen" / "Zeit: 12.11.2026 10:32" above
			// the comment (Zammad, TOPdesk's "Actie door:").
			return nextFilled(kinds, i+2)
		case solutionType.MatchString(t):
			// GLPI's notice of a solution names no author: the
			// solution's text follows its type, under its label.
			return textBelow(lines, kinds, i)
		case text == 1 && kinds[i] == kText && ticketTitle.MatchString(t):
			// The title is the first text, below at most the tool's
			// "reply above this line" and its rules.
			// A tool that writes no author line (Freshservice) puts the
			// comment under its title; one that does writes it below.
			// One that lists the ticket's fields under the title
			// (TOPdesk) puts it below them and their rule.
			if c, ok := pastFields(lines, kinds, i+1); ok {
				return c
			}
			if a := authorBelow(lines, kinds, i+1, maxOpening); a > 0 {
				return nextFilled(kinds, a+1)
			}
			return nextFilled(kinds, i+1)
		}
	}
	return -1
}

// authorFields reports whether lines i and i+1 are two fields alone
// that head a comment, its author and its time, a short label before
// each: "Von: Sven Ohlsen" / "Zeit: 12.11.2026 10:32" (Zammad), "Actie
// door: Jeroen van Dijk" / "Datum: 12-11-2026 15:58" (TOPdesk). The
// author's value is a name (no digit, no sentence's mark), the time's a
// date with a time of day, and a blank line parts them from what
// follows; a header block's third field does not. Only a body that ends
// in a tool's footer is read so (markToolNotification).
func authorFields(lines []string, kinds []lineKind, i int) bool {
	if i+1 >= len(lines) || kinds[i] != kText || kinds[i+1] != kText || i+2 < len(lines) && kinds[i+2] != kEmpty {
		return false
	}
	if !ticketField.MatchString(lines[i]) || !ticketField.MatchString(lines[i+1]) {
		return false
	}
	_, name, _ := strings.Cut(lines[i], ":")
	_, when, _ := strings.Cut(lines[i+1], ":")
	name = strings.TrimSpace(name)
	return strings.Contains(name, " ") && authorName(name) && fieldTime.MatchString(when)
}

// olderEntryBelow reports whether the comment from start ends at end in
// the ticket's older entry, under a notice whose footer is not known: a
// help desk that lists a ticket's entries newest first, each under a
// dated author line ("11-11-2026 14:32 Ruben Smit:" / the comment /
// "11-11-2026 09:05 Acme Support:" / the older one), below the ticket's
// fields ("Melding: M 2611 087" / "Onderwerp: …"), in its user's
// language (TOPdesk's "Er is een nieuwe actie toegevoegd aan melding
// …"). The entry at end is dated no later than the comment's, in the
// same layout, and the fields above the comment name the ticket's
// number. A writer who pastes a log of dated entries into their mail
// puts no ticket's fields above it, or lists its entries oldest first.
func olderEntryBelow(lines []string, kinds []lineKind, start, end int) bool {
	author := start - 1
	for author >= 0 && (kinds[author] == kEmpty || kinds[author] == kDelimiter || labelAlone(lines[author])) {
		author--
	}
	if author < 0 {
		return false
	}
	newer, ok := entryTime(strings.TrimSpace(lines[author]))
	if !ok {
		return false
	}
	older, ok := entryTime(strings.TrimSpace(lines[end]))
	if !ok || older.layout != newer.layout || older.at > newer.at {
		return false
	}
	fields, numbered := 0, false
	for _, l := range lines[:author] {
		if ticketField.MatchString(l) {
			fields++
			_, v, _ := strings.Cut(l, ":")
			numbered = numbered || strings.ContainsAny(v, "0123456789")
		}
	}
	return fields >= 2 && numbered
}

// stamp is the date and time of a tool's dated author line as one
// number that sorts as the times do, and the layout it was written in.
type stamp struct {
	at     int64
	layout string
}

// entryDate is a dated author line's date and time: "11-11-2026 14:32
// Ruben Smit:", "[2026-11-11 14:32] …".
var entryDate = mustGate(`^\[?(\d{1,4})([-./])(\d{1,2})[-./](\d{2,4}),? (\d{1,2}):(\d{2})`)

// entryTime reads the date and time a dated author line t opens with
// (isCommentAuthor's forms that name no word): day first unless the year
// is.
func entryTime(t string) (stamp, bool) {
	if !isCommentAuthor(t) {
		return stamp{}, false
	}
	m := entryDate.FindStringSubmatch(t)
	if m == nil {
		return stamp{}, false
	}
	n := func(s string) int64 { v, _ := strconv.ParseInt(s, 10, 64); return v }
	y, mo, d, layout := n(m[4]), n(m[3]), n(m[1]), "dmy"+m[2]
	if len(m[1]) == 4 {
		y, d, layout = n(m[1]), n(m[4]), "ymd"+m[2]
	}
	if y < 100 {
		y += 2000
	}
	return stamp{at: (((y*100+mo)*100+d)*100+n(m[5]))*100 + n(m[6]), layout: layout}, true
}

// fieldTime is a date with a time of day as a tool writes it in a field:
// "12.11.2026 10:32", "12-11-2026 15:58", "2026-11-12 10:32:07".
var fieldTime = mustGate(`^\s*\d{1,4}[-./]\d{1,2}[-./]\d{2,4},? \d{1,2}:\d{2}(:\d{2})?\s*$`)

// closingEnd is where the comment from start ends when it closes before
// end: below its closing and the name under it, at the paragraph's end
// ("Groet," / "Jeroen van Dijk" / "Gemeente Hoorneveld", then the tool's
// link to the call, its attachment list or the next system entry). A
// closing with no name below it does not end it.
func closingEnd(lines []string, kinds []lineKind, start, end int) int {
	for x := start; x+1 < end; x++ {
		if kinds[x] != kText || kinds[x+1] != kText || x > start && kinds[x-1] != kEmpty || !signOff.MatchString(lines[x]) {
			continue
		}
		e := paragraphEnd(kinds, x+1, end)
		// The signature the writer's client adds under the typed name
		// opens with that name in full ("Nomvula" / "" / "Nomvula
		// Dlamini" / "Highveld Cold Chain (Pty) Ltd"): it is theirs.
		if next := nextFilled(kinds, e); next < end && next > e && signatureUnder(lines[x+1], lines[next]) {
			e = paragraphEnd(kinds, next, end)
		}
		return e
	}
	return end
}

// paragraphEnd is the first blank line at or after i, or end.
func paragraphEnd(kinds []lineKind, i, end int) int {
	for i < end && kinds[i] != kEmpty {
		i++
	}
	return i
}

// signatureUnder reports whether line l opens a signature block under
// the typed name: it starts with that name as a whole word and is a
// signature's line ("Nomvula Dlamini" under "Nomvula").
func signatureUnder(name, l string) bool {
	name, l = strings.TrimSpace(name), strings.TrimSpace(l)
	if name == "" || len(l) <= len(name) || !strings.HasPrefix(l, name) || l[len(name)] != ' ' {
		return false
	}
	return nameLike(l)
}

// pastFields is the first filled line below the ticket's fields that
// start at line i and the rule that closes them (TOPdesk's "Your
// reference: ESC-2277" / "Status: Waiting for supplier" / "Operator:
// Shauna Doyle" / "-----" above the operator's action); false when no
// rule closes such fields there.
func pastFields(lines []string, kinds []lineKind, i int) (int, bool) {
	j, fields := i, 0
	for ; j < len(lines) && (kinds[j] == kEmpty || kinds[j] == kText && ticketField.MatchString(lines[j])); j++ {
		if kinds[j] == kText {
			fields++
		}
	}
	if fields == 0 || j == len(lines) || kinds[j] != kDelimiter {
		return 0, false
	}
	return nextFilled(kinds, j+1), true
}

// ticketField is a field of a ticket a tool lists under its title,
// a short label and its value: "Brief description: …", "Operator: …".
var ticketField = mustGate(`^\s*\pL[\pL'’]*( [\pL'’]+){0,3}\s?:\s+\S.{0,120}$`)

// textBelow is the first filled line below line i, past a rule and a
// tool's label on a line of its own: Freshservice's "Note:" above the note, GLPI's
// "Contenu :" or "Description de la solution :".
func textBelow(lines []string, kinds []lineKind, i int) int {
	next := nextFilled(kinds, i+1)
	if next < len(lines) && kinds[next] == kDelimiter {
		next = nextFilled(kinds, next+1) // Moodle's rule under the byline
	}
	if next < len(lines) && labelAlone(lines[next]) {
		next = nextFilled(kinds, next+1)
	}
	return next
}

// authorBelow is the author line among the next lines from i, or -1.
func authorBelow(lines []string, kinds []lineKind, i, within int) int {
	for n := 0; i < len(lines) && n < within; i++ {
		if kinds[i] == kEmpty {
			continue
		}
		n++
		if isCommentAuthor(strings.TrimSpace(lines[i])) {
			return i
		}
	}
	return -1
}

// commentEnds reports whether the comment that starts at start ends at
// line i: the next comment's author line, the history's header, a rule,
// or the tool's footer.
func commentEnds(lines []string, kinds []lineKind, start, i int) bool {
	if i == start {
		return false
	}
	t := strings.TrimSpace(lines[i])
	return kinds[i] == kDelimiter || kinds[i] == kQuoteHeader || kinds[i] == kMarker || kinds[i] == kHeaderBlock ||
		isCommentAuthor(t) || toolFooter.MatchString(t) || olderHeading.MatchString(t) || statusActivity(lines, kinds, i)
}

// statusActivity reports whether line i is an entry of the tool's
// activity list rather than words of the comment: a change of state
// made by someone named, as a paragraph of its own, "Marie Vogt hat den
// Status in „Warten auf Anbieter“ geändert.", "Marie Vogt changed the
// status to Waiting for vendor." (Jira Service Management lists it
// below the comment). A sentence of the comment that tells of a change
// ("… und Marie Vogt hat den Status auf „Offen“ geändert.") runs on
// from the line above it, and "I changed the status to …" is the
// writer's own.
func statusActivity(lines []string, kinds []lineKind, i int) bool {
	if i == 0 || kinds[i-1] != kEmpty || i+1 < len(kinds) && kinds[i+1] != kEmpty {
		return false
	}
	t := strings.TrimSpace(lines[i])
	loc := statusChange.FindStringIndex(t)
	if loc == nil || loc[0] == 0 {
		return false
	}
	name := strings.TrimSpace(t[:loc[0]])
	return authorName(name) && !firstPerson[strings.ToLower(name)]
}

// firstPerson are the pronouns a writer tells of their own change with.
var firstPerson = map[string]bool{"i": true, "we": true, "ich": true, "wir": true, "je": true, "nous": true, "yo": true, "nosotros": true, "io": true, "noi": true, "ik": true, "wij": true, "we've": true, "i've": true}

// footerBelow reports whether a tool's footer line is at or below i.
func footerBelow(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		if toolFooter.MatchString(strings.TrimSpace(lines[i])) {
			return true
		}
	}
	return false
}

// fieldsUnderSignature is where the comment from start ends when its
// last paragraph before end is the ticket's fields under the writer's
// signature: two or more "Label: value" lines (ticketField), one of them
// a status field a tool writes (statusField), that a blank line parts
// from a signature under a closing (signedAbove). ServiceNow lists
// "Short description: …" / "Assignment group: Vendor - Acme" so, below
// the comment and above its link to the incident, its labels in its
// user's language and in whatever order the instance's form has. A
// writer's own "Label: value" lines stand above their closing, or name
// no status a tool keeps.
func fieldsUnderSignature(lines []string, kinds []lineKind, start, end int) int {
	for end > start && kinds[end-1] == kEmpty {
		end--
	}
	p := end
	for p > start && kinds[p-1] == kText && ticketField.MatchString(lines[p-1]) {
		p--
	}
	if end-p < 2 || p == start || kinds[p-1] != kEmpty || !slices.ContainsFunc(lines[p:end], statusField) || !signedAbove(lines, kinds, p) {
		return end
	}
	for p > start && kinds[p-1] == kEmpty {
		p--
	}
	return p
}

// statusField is a tool's "Status: Pending" line, or one of its fields
// of the ticket's state, priority or number in the languages help desks
// write to their users in: "Stato: In attesa di risposta", "Numero
// ticket: #6631", "Statut : En attente", "Estado: Pendiente", "Situação:
// Aguardando", "Ticketnummer: 4471", "Ärendenummer: 3310", "Stav:
// Čeká", "Статус: В изчакване", "Priorità: Alta".
var statusField = mustGate(`(?i)^\s*((ticket|request|incident|case) )?(status|priority|group|assignee|assigned to|state|urgency|impact|category|type|incident|request|short description)\s*:\s*\S.{0,100}$|` +
	`^\s*((stato|statut|estado|situação|situacao|stav|stan|tila|állapot|durum|stare|статус|состояние|стан|κατάσταση|priorità|priorité|prioridad|prioridade|priorität|prioriteit|prioritet|priorytet|priorita|prioriteetti|prioritás|öncelik|prioritate|приоритет|пріоритет|προτεραιότητα)( (del|della|dello|du|de|do|da|des|van|der|des|di|dell'))?( (ticket|chamado|caso|richiesta|demande|solicitud|anfrage|tickets|ticketu|tiketu|požadavku|zgłoszenia|заявки|тикета|обращения|αιτήματος|talebi|tichetului|ärendet|sagen|saken|melding))?|` +
	`(numero|número|numéro|n\.|nr\.?|no\.?|číslo|numer|номер|αριθμός|numara|număr|nummer)( (del|della|dello|du|de|do|da|des|di|van|der|dell'))? ?(ticket|chamado|caso|richiesta|demande|solicitud|anfrage|tiketu|ticketu|požadavku|zgłoszenia|заявки|тикета|обращения|αιτήματος|talebi|tichet|tichetului|melding)|` +
	`ticketnummer|ticket-?nr\.?|ticket-?id|ticket (n\.?|no\.?|nº|n°|#)|ärendenummer|ärende-?id|sagsnummer|saksnummer|tikettinumero|jegyszám|meldingnummer|meldingsnummer)\s*:\s*\S.{0,100}$`).MatchString

// statusChange is how a help desk tells a change of state with nobody's
// words: "Lukas changed this request's status from Waiting to Resolved",
// "il ticket #INC-3310 … è stato chiuso", "Ihr Ticket wurde geschlossen",
// an e-signature service's "All parties have completed …".
var statusChange = mustGate(`(?i)\bchanged (this|the) (request|ticket|incident)'s status\b|\bchanged the status (from .{1,40} )?to\b|hat den status .{1,60} geändert|\bresolved this as\b|\bstatus of (ticket|request|incident) .{1,160} has been changed to\b|` +
	`\b(ticket|request|incident|case)\b.{0,120}\b(has been|was) (closed|resolved)\b|\ball parties have completed\b|\byour document has been completed\b|` +
	`(^|\s)(è stato|è stata) (chiuso|chiusa|risolto|risolta)\b|\bwurde (geschlossen|gelöst)|\ba été (fermé|clôturé|résolu)|\bha sido (cerrado|resuelto)\b|\bis (gesloten|opgelost)\b|\bfoi (fechado|resolvido)\b`)

// statusNotice reports whether a body is a help desk's notice of a change
// of state and nothing else: it says the state changed, ends in a tool's
// footer, and names no comment's author. Nothing in it was typed to us.
func statusNotice(lines []string, kinds []lineKind) bool {
	if !slices.ContainsFunc(lines, func(l string) bool { return toolFooter.MatchString(strings.TrimSpace(l)) }) {
		return false // most mail: no tool's footer, nothing to read further
	}
	changed, updated, footer, words := false, false, false, false
	changedAt := -1
	for i, l := range lines {
		if isHistory(kinds[i]) && words {
			// words typed above a forwarded or quoted mail: the notice
			// is that mail's ("Please see the incident summary below" /
			// "From: Acme Status …"), not this one's
			return false
		}
		if kinds[i] != kText {
			continue
		}
		t := strings.TrimSpace(l)
		switch {
		case isCommentAuthor(t):
			return false
		case statusChange.MatchString(t):
			changed = true
			if changedAt < 0 {
				changedAt = i
			}
		case statusUpdated.MatchString(t):
			updated = true
		case toolFooter.MatchString(t):
			footer = true
		case fieldLine.MatchString(t) || fieldChange.MatchString(t) || ticketTitle.MatchString(t) || toolToken.MatchString(t) || templateGreeting.MatchString(t) || strings.HasPrefix(t, "http"):
			// the ticket's fields, links and the tool's own lines
		default:
			words = true
		}
	}
	if b, ok := relayTail(lines, kinds); changed && ok && changedAt < b {
		// a person's letter that tells of the change, signed over
		// nothing but the tool's footer
		return false
	}
	// A change of state named ("resolved", "closed") settles it; a mere
	// "was updated" only when nothing but fields and links stand beside
	// it, for a comment whose author line is not known would be lost.
	return footer && (changed || updated && !words)
}

// titleUnder reports whether l, the line under a person's name, is a
// signature's title or company line ("IT Service Desk, Prairie Diner
// Group", "Ufficio ordini - Caseificio Esposito srl"): a person signs
// with their role under their name, where a desk's notice signs with
// the desk's name alone ("Regards," / "Halvorsen Service Desk") and a
// heading over the tool's text is followed by a sentence.
func titleUnder(l string) bool {
	return signatureLine(l) && !sayingLine(l)
}

// personLine reports whether l is a person's name as a signature opens
// with it, a title of address or an abbreviated title before it at most
// (withoutHonorific): two to four words of a name's shape, in a script
// with capitals or without (personNameShape, caselessNameShape), none a
// word such as "the" or "of" that a desk's or team's name holds.
func personLine(l string) bool {
	n := withoutHonorific(strings.TrimSpace(l))
	return !nameParticleIn(n) && (personNameShape(n) || caselessNameShape(n))
}

// markRelayTail drops the chrome a help desk writes under a comment it
// relays with no author line and no title above it, the comment being
// the whole letter (ServiceNow's mail from an agent's comment, Zoho
// Desk's and Freshservice's replies from the ticket): the tool's footer
// lines at the body's end ("Ref:MSG0781123_…", "Click here to view
// Incident: INC0049182", "Powered by Zoho Desk"), and the ticket's
// fields the tool lists above the footer ("Numero ticket: #6631" /
// "Stato: In attesa di risposta", statusField in the desks' languages)
// (relayTail).
func markRelayTail(lines []string, kinds []lineKind) {
	b, ok := relayTail(lines, kinds)
	if !ok {
		return
	}
	for i := b; i < len(lines); i++ {
		if kinds[i] != kEmpty {
			kinds[i] = kDrop
		}
	}
}

// relayTail is where the tool's chrome under a relayed letter starts,
// when the letter's signature closes its text: the footer lines at the
// body's end, and the ticket's fields above them, stand right under a
// paragraph that opens with a person's name, alone or under a closing,
// over their title or company (signedParagraph). A writer's own last
// sentence that a footer's words match ("Let me know if you want us to
// reopen it") stands above their name and stays, and a tool's notice
// that names a person among its own paragraphs (an e-signature
// service's sender, "Richard Osei" / their address, then "Do Not Share
// This Email" / …) has more than a footer below the name. The fields go
// only with the tool's footer below them, or under the tool's "reply
// above this line" at the body's top.
func relayTail(lines []string, kinds []lineKind) (int, bool) {
	b, footer := len(lines), false
tail:
	for b > 0 {
		t := strings.TrimSpace(lines[b-1])
		switch k := kinds[b-1]; {
		case k == kEmpty:
		case (k == kDrop || k == kText) && (toolFooter.MatchString(t) || toolLine.MatchString(t)):
			footer = true
		case k == kDrop && footer:
		default:
			break tail
		}
		b--
	}
	f := b
	for f > 0 && kinds[f-1] == kText && ticketField.MatchString(lines[f-1]) {
		f--
	}
	if f < b && f > 0 && kinds[f-1] == kEmpty && slices.ContainsFunc(lines[f:b], statusField) && (footer || replyAboveTop(lines, kinds)) {
		b, footer = f, true
	}
	return b, footer && b < len(lines) && signedParagraph(lines, kinds, b)
}

// replyAboveTop reports whether the body opens with a help desk's
// "reply above this line" (replyAbove).
func replyAboveTop(lines []string, kinds []lineKind) bool {
	i := nextFilled(kinds, 0)
	return i < len(lines) && replyAbove.MatchString(lines[i])
}

// signedParagraph reports whether the last paragraph of text above line
// b is a signature: it opens with a person's name (personLine), or with
// a closing over one ("Cordiali saluti," / "Lucia Esposito" / …).
func signedParagraph(lines []string, kinds []lineKind, b int) bool {
	e := b
	for e > 0 && kinds[e-1] == kEmpty {
		e--
	}
	q := e
	for q > 0 && kinds[q-1] == kText {
		q--
	}
	if q == e {
		return false
	}
	first := strings.TrimSpace(lines[q])
	if !personLine(first) {
		if q+2 >= e || !signOff.MatchString(first) && !closingLine(first) || !personLine(lines[q+1]) {
			return false
		}
		q++
	}
	return q+1 < e && titleUnder(strings.TrimSpace(lines[q+1]))
}

// nameParticleIn reports whether name line l holds a word such as "the",
// "of", "for" (nameParticles), as a desk's or team's name does ("The
// Support Team") and a person's does not.
func nameParticleIn(l string) bool {
	for _, w := range strings.Fields(l) {
		if nameParticles[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// fieldChange is a change of fields as an HTML table renders them in text,
// "Status Pending → Solved Assignee Vendor Management".
var fieldChange = mustGate(`(?i)^(status|state|priority|assignee|group|stato|statut|estado)\b[^.]{0,80}→`)

// statusUpdated is a tool's bare "Ticket #5120 … was updated".
var statusUpdated = mustGate(`(?i)\b(was|has been) updated( by [^.]{1,60})?\.?$|a été mis à jour\.?$|wurde aktualisiert\.?$|ha sido actualizad[ao]\.?$|is bijgewerkt\.?$|(a|au) fost actualizat[ăe]?\.?$|(został[aoy]?|zostało) zaktualizowan[ya]\.?$|byl[ao]? aktualizován[ao]?\.?$|bol[ao]? aktualizovan[áé]\.?$|har uppdaterats\.?$|er (blevet )?opdateret\.?$|er (blitt )?oppdatert\.?$|on päivitetty\.?$|frissítve lett\.?$|frissült\.?$|ενημερώθηκε\.?$|был[аио]? обновлен[аоы]?\.?$|(було )?оновлено\.?$|беше актуализиран[ао]?\.?$|je (bio |bila )?ažuriran[ao]?\.?$|je bil[ao]? posodobljen[ao]?\.?$|atnaujint[ai]s?\.?$|tika atjaunināt[si]\.?$|on uuendatud\.?$`)

// toolToken is the tracking token a tool puts on a line of its own,
// "[P3RX8Y-D0W1E]"; templateGreeting a template's greeting, "Hi Acme
// Support,".
var (
	toolToken        = mustGate(`^\[[A-Z0-9]{4,}-[A-Z0-9]{4,}\]$`)
	templateGreeting = mustGate(`(?i)^(hi|hello|dear|bonjour|hallo|hola|ciao|beste|geachte)\b.{0,40},$`)
)

// olderHeading is the heading a tool puts above the older comments below
// the new one: "Eerdere acties:", "Previous comments:", or above the
// ticket's own description, the oldest of them: GLPI's "Description du
// ticket :".
var olderHeading = mustGate(`(?i)^(earlier|previous|older) (actions|comments|replies|messages|updates)|^eerdere (acties|reacties)|^(frühere|vorherige) (aktionen|kommentare|antworten)|^(actions|commentaires|messages) précédent|^historique|^(comentarios|acciones) anteriores|` +
	`^(ticket description|description (du ticket|de la demande)|descripción del ticket|descrição do chamado|descrizione del ticket|ticketbeschreibung)[\s\x{a0}]?:?$`)

// noteLabel is the label a tool writes above the comment it announces.
var noteLabel = mustGate(`(?i)^(note|comment|reply|notiz|kommentar|commentaire|nota|comentario|reactie|opmerking)\s?:$`)

// authorField is the comment's author written as a field below its
// heading, as GLPI writes a follow-up: "[18-11-2026 10:42] Nouveau
// suivi" / "Auteur : Garnier Nicolas" / "Contenu : Bonjour,".
var authorField = mustGate(`(?i)^(auteur|author|autor|autore|verfasser|écrit par|written by|escrito por|scritto da)[\s\x{a0}]?:[\s\x{a0}]*\S.{0,80}$`)

// contentLabel is the label such a tool writes before the comment's
// text, on its first line or alone above it: "Contenu : Bonjour,",
// "Content:", "Inhalt:", and GLPI's label of a solution, "Solution :",
// "Description de la solution :".
var contentLabel = mustGate(`(?i)^[\s\x{a0}]*(contenu|content|contenido|conteúdo|contenuto|inhalt|inhoud|description|descripción|descrição|descrizione|beschreibung|` +
	`(description de la |descripción de la |descrição da )?(solution|solución|solução|soluzione|lösung|oplossing)( description|beschreibung)?)[\s\x{a0}]?:[\s\x{a0}]*`)

// solutionType is the type field above a solution's text in GLPI's
// notice of it, "Type de solution : Correctif éditeur".
var solutionType = mustGate(`(?i)^(type de solution|solution type|tipo de solución|tipo de solução|tipo di soluzione|lösungstyp|oplossingstype)[\s\x{a0}]?:`)

// labelAlone reports whether l is a tool's label above the comment, on
// a line of its own: "Note:", "Contenu :".
func labelAlone(l string) bool {
	t := strings.TrimSpace(l)
	return noteLabel.MatchString(t) || contentLabelLen(t) == len(t) && t != ""
}

// contentLabelLen is the length of the content label l opens with, or 0.
func contentLabelLen(l string) int {
	if loc := contentLabel.FindStringIndex(l); loc != nil {
		return loc[1]
	}
	return 0
}
