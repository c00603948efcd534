package intake

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message/mail"
	"golang.org/x/net/publicsuffix"
)

// Mail a machine sends that carries a person's words: a web form's
// notice, a marketplace's or a messaging gateway's relay, a help desk's
// notice of a comment or its agent's reply, a tracker's correspondence, a
// collaboration tool's comment that mentions us, a customer's group
// answering our mail. detectAuto reads these first and keeps them a
// person's, whatever list, bulk or Auto-Submitted headers their sender
// adds: a person's words to the desk must open or update a ticket.
// formSubject is how form services announce a submission: "New form
// submission on Contact us", "New response: Report a problem", "New
// Submission: …", and their translations.
var formSubject = mustGate(`(?i)\bnew (form )?(submission|response|entry)\b|\bneue (formular)?(einsendung|antwort|eingabe|übermittlung)\b|\bnouvelle (réponse|soumission|entrée)\b|\bnouvel envoi\b|\bnueva (respuesta|entrada|solicitud de formulario)\b|\bnuevo envío\b|\bnova (resposta|submissão|entrada)\b|\bnovo envio\b|\bnuova (risposta|richiesta|voce)\b|\bnuovo invio\b|\bnieuwe? (antwoord|inzending|reactie)\b|\bnow[ea] (odpowiedź|zgłoszenie|wiadomość z formularza)`)

// formEmailField is a submission's field holding the customer's address.
var formEmailField = mustGate(`(?im)^\s*(your )?(work |business |company |invitee )?(e-?mail|e-?mail address|correo|adresse e-?mail|e-?mail-adresse|what'?s your e-?mail( address)?\??)\s*:?\s*(\n\s*)?[^\s@]+@[^\s@]+\.\w+|` +
	// the label in the other languages, with its article or adjective:
	// "Correo electrónico:", "Seu e-mail", "Votre adresse e-mail", "Ihre E-Mail-Adresse"
	`(?im)^\s*(\pL+ ){0,2}(e-?mail|correo|courriel|adresse e-?mail|e-?mail-adresse|endereço de e-?mail)( \pL+)?\s*:?\s*(\n\s*)?[^\s@]+@[^\s@]+\.\w+|` +
	// or the respondent's label, their name and their address in
	// brackets anywhere on a line, as a table of fields reads when its
	// cells run together: "Customer Glenn Harwick, Ridgeline Technical
	// College (g.harwick@ridgelinetech.example)"
	`(?i)\b(customer|respondent|submitted by)\s*:?\s+[^\n()<>@]{2,80}[(<][^\s@()<>]+@[^\s@()<>]+\.\w+[)>]|` +
	// in Japanese, Korean, Chinese and Thai, the label run together
	// with its qualifier and set off by a mark or a full-width colon:
	// "■ 回答先メールアドレス", "이메일 주소：", "电子邮件："
	`(?m)^[^\n@]{0,12}(メールアドレス|이메일|電子郵件|电子邮件|邮箱|郵箱|อีเมล)[^\n@]{0,8}?\s*[:：]?\s*(\n\s*)?[^\s@]+@[^\s@]+\.\w+`)

// responseRecorded is a form or survey tool's own line announcing a
// response, in its text's first lines under a subject its owner chose
// ("Low score alert: Ticket ESC-3291 - Very dissatisfied"): Qualtrics's
// "A response matching your email trigger was recorded for …", "Your
// form has a new response"; a database app's record its form added, in
// Japanese, Korean and Chinese (kintone's "アプリ「…」に新しいレコードが
// 登録されました", "새 레코드가 등록되었습니다", "新的回复已提交").
var responseRecorded = mustGate(`(?i)\ba (new )?(response|submission)\b[^.\n]{0,60}\b(was|has been) (recorded|submitted|received)\b|\b(you have|your (form|survey) has) a new (response|submission)\b|` +
	`新しい(レコード|回答|問い合わせ)(が|を)(登録|送信|受信|追加)され|(?:^|[^\pL\pN_])새 (레코드|응답|문의)(가|이) (등록|접수|제출)되었습니다|(收到|有)(了)?(一[条份個个])?新的?(回复|回覆|提交|表单|表單|记录|紀錄)|新的?(回复|回覆|记录|紀錄)已(提交|登记|登記)`)

// formSubmission reports whether a mail is a web form's or a survey's
// notice that carries what a customer wrote: a form's subject or its
// announcement of a response, a field with their address and a field of
// words (eight or more on a line).
//
// A response announced in the text only may come as a table of fields
// whose cells run together on one line, the tool's questions among them:
// a person's answer is a sentence in their own voice there (ownVoice),
// or, when the notice gives the one who filled the form in as the one
// replies go to (relaysPerson), a sentence below its announcement: a
// Japanese letter names no "I" ("まるやま商店の丸山です。… 教えてください").
func formSubmission(m *Message) bool {
	subject := formSubject.MatchString(m.Subject)
	if !subject && !responseRecorded.MatchString(firstLines(m.Visible, 2)) {
		return false
	}
	t := head(m.Visible)
	if !formEmailField.MatchString(t) {
		return false
	}
	below := t
	if loc := responseRecorded.FindStringIndex(t); loc != nil {
		below = t[loc[1]:]
	}
	return (subject || relaysPerson(m)) && sentence(below) || ownVoice(t)
}

// selfWord is a pronoun a writer speaks of themself with, "I", "my",
// "me", "ich", "je", "j'ai", "yo", "ik", "mijn", "eu"; in Romanian,
// Turkish, Swahili, Arabic, Czech, Polish and Hungarian "meu", "ben",
// "yangu", "أنا", "já", "mój", "én".
var selfWord = mustGate(`(?i)(?:^|[^\pL'])(` + selfWords + `)(?:[^\pL']|$)`)

// selfWords are the words selfWord looks for; selfSpeech looks for them
// and more.
const selfWords = `i|i'm|i've|i'd|my|me|ich|mein|meine|mir|je|j'ai|moi|yo|ik|mijn|eu|meu|mea|ben|benim|beni|mimi|yangu|wangu|أنا|já|můj|moje|mój|moja|mnie|én|nekem`

// ownVoice reports whether a text holds a sentence of eight words or
// more that is no question and speaks in its writer's own voice
// (selfWord): "I have left two voicemails." A form's questions ask its
// reader ("Is there anything else you'd like to tell us?"), and its
// labels and choices say no "I".
func ownVoice(t string) bool {
	for t != "" {
		i := strings.IndexAny(t, ".!?\n")
		if i < 0 {
			i = len(t) - 1
		}
		if s := t[:i+1]; !strings.HasSuffix(s, "?") && len(strings.Fields(s)) >= 8 && selfWord.MatchString(s) {
			return true
		}
		t = t[i+1:]
	}
	return false
}

// bookingSubject is how scheduling tools announce a booking made with
// us: Calendly's "New Event: Marcus Bell - 02:30pm …", "New booking".
var bookingSubject = mustGate(`(?i)^(new event|new booking|new appointment|neuer termin|neue buchung|nouvel événement|nouvelle réservation|nuevo evento|nueva reserva)\s*:`)

// bookingNote reports whether a scheduling tool's notice of a booking,
// sent for the person who booked (in Reply-To), carries what they typed
// for us to answer: lines of words that do not name the tool ("Pro Tip!
// Take Calendly anywhere you work" is its own), two or more, with a
// question ("Can you tell us before the call whether the importer keeps
// approval timestamps?"). A booking with only the tool's questions, or an
// agenda line ("we'd like to go through SSO"), is its notice.
func bookingNote(m *Message) bool {
	if !bookingSubject.MatchString(m.Subject) || !relaysPerson(m) {
		return false
	}
	tool := strings.ToLower(strings.TrimSpace(m.From.Name))
	n, asks := 0, false
	for _, l := range strings.Split(head(m.Visible), "\n") {
		if len(strings.Fields(l)) >= 8 && !linkRe.MatchString(l) && (tool == "" || !strings.Contains(strings.ToLower(l), tool)) {
			n++
			asks = asks || strings.Contains(l, "?")
		}
	}
	return n >= 2 && asks
}

// personNoteLabel is the line under which a system sets out what a person
// typed for us: a marketplace's or portal's "Message:", an EHR's "Note
// from Dr. Raman:", a fax service's "Cover page note (typed by sender):",
// a help desk's "Comment by Greg Hollis (Interface Analyst) - 2026-11-16
// 14:25:48 EST:", an e-invoicing portal's "Toelichting van de ontvanger:"
// above the buyer's reason for rejecting an invoice, a protocol system's
// "Despacho nº 7 - João Vitor Andrade (Diretor de Tributação):" above an
// official's letter, a warehouse system's "Testo del messaggio:" above
// what its operator typed in its "contact the supplier" form, a customer
// portal's "Bericht van de klant:" above a householder's complaint, as
// "Message from the customer:", "Nachricht des Kunden:", "Message du
// client :", "Mensaje del abonado:" or "Messaggio dell'utente:" (a label
// naming a machine, machineLabel, sets out none), a phone system's
// "Transcription (automatic, may contain errors):" above what a caller
// said on its voicemail, "Transkription:", "Transcripción:" (a meeting's
// "Transcript:" names no one who wrote: labelledNote wants a writer named
// for it, as for a bare "Message:"); a review site's "Her reply:" above
// what a reviewer wrote back to us in private, "His message:", "Sa
// réponse :", "Haar antwoord:", a label that speaks of a person and so
// names one (not "Ihre Antwort:" or "Su respuesta:", which may be ours,
// nor "Her review:", a public post). The label may stand
// framed by rules instead of its colon, as a procurement portal sets it
// out: "--- Meddelande ---".
//
// A form or a relay sets out a free-text field so too, under its name:
// "Comments:", "Notes :", "Description:", "Σημειώσεις τηλεφωνήτριας:"
// (freeTextLabel), bare as "Message:" is and read as a person's only
// when the notice names its writer; or under a label that says the text
// was typed in, "Commentaire saisi :", "Description (entered by the
// customer):", "Eingegebener Kommentar:" (typedLabel), which names a
// person as the writer: a machine sets out what it found, not what it
// typed.
// transcriptionLabel is a phone system's label for what a caller said,
// in the languages its voicemail notices are set in, with the word for
// "automatic" before or after it as the language sets it:
// "Transkription (automatisch):", "Automaattinen litterointi (saattaa
// sisältää virheitä):", "Transcription automatique :", "Automatyczna
// transkrypcja:", "Αυτόματη μεταγραφή:", "Автоматическая расшифровка:".
// A word for transcription alone names the caller's words: no notice sets
// out anything else under it.
const transcriptionLabel = `((automaattinen|automatisk[ae]?|automatische|automatyczna|automatická|automatikus|automată|automatska|otomatik|αυτόματη|автоматическая|автоматична|automatinis) )?` +
	`(transkription|transkript|transcripción|transcrição|trascrizione|transcriptie|transkribering|transkripsjon|transskription|litterointi|puheentunnistus|transkrypcja|přepis|prepis|átirat|leirat|transcriere|transkripcija|transkripsiyon|μεταγραφή|απομαγνητοφώνηση|расшифровка|транскрипция|розшифровка|транскрипція|transkripsi|transcripció|transcription)` +
	`( (automatique|automática|automatica|automático|automatico|automàtica|automat))?`

var personNoteLabel = mustGate(`(?im)^[ \t]*(?:(?:-{2,}|={2,})[ \t]*)?((customer |patient |personal )?(message|note|bericht|nachricht|mensaje|messaggio|mensagem|meddelande|besked|melding|viesti|wiadomość|zpráva)( preview| text)?|(text of (the )?message|nachrichtentext|text der nachricht|texte du message|texto del mensaje|texto da mensagem|testo del messaggio|tekst van het bericht|berichttekst|meddelandetext|treść wiadomości)|(vorschau der nachricht|nachrichtenvorschau|aperçu du message|vista previa del mensaje|anteprima del messaggio|voorbeeld van het bericht)|((automatic |automated |voicemail |voice message |message )?(transcription|transcript)|` + transcriptionLabel + `)( \([^)\n]{0,60}\))?|(?P<named>` + typedLabel + `|(afsenderens besked|avsändarens meddelande|avsenderens melding|lähettäjän viesti|bericht van de afzender|nachricht des absenders|message de l'expéditeur|mensaje del remitente|sender'?s message)( \([^)\n]{0,30}\))?|cover( page)? note( \([^)\n]{0,30}\))?|additional comments|(his|her|their) (reply|message|note|comment|response|answer)|(sa|son) (réponse|message|commentaire|note)|(haar|zijn) (antwoord|bericht|reactie)|seine (antwort|nachricht)|(hans|hennes) (svar|meddelande|besked|melding)|(note|message|comment|action|update|explanation|clarification)s? (from|by) [^\n]{1,90}?|(actie|opmerking|notitie|reactie|toelichting|bericht) (door|van) [^\n]{1,90}?|(notiz|kommentar|antwort|aktion|anmerkung|erläuterung|nachricht) (von|durch|des|der) [^\n]{1,90}?|(commentaire|note|réponse|action|explication|message) (de|du|des|par) [^\n]{1,90}?|(despacho|parecer|providencia|providência) n[º°o.]?[ \t]?\d+[ \t]?[-–][ \t]?[^\n]{1,90}?|(comentario|nota|respuesta|acción|mensaje) (de|del|por) [^\n]{1,90}?|(comentário|nota|resposta|mensagem|observaç(ão|ões)) (de|do|da|dos|das|por|pelo|pela) [^\n]{1,90}?|(commento|nota|risposta|azione|messaggio) (di |da |del |della |dal |dalla |dell'|dall')[^\n]{1,90}?)|` + freeTextLabel + `)[ \t]*(?::|：|-{2,}|={2,})[ \t]*$`)

// freeTextLabel is the name of a form's or a relay's field for free text,
// in the main European and Asian languages: its comments, notes,
// description or remarks, with a word or two qualifying it before
// ("Additional comments", "Operator notes") or one after (the Greek
// genitive of "Σημειώσεις τηλεφωνήτριας", "operator's notes") and a
// remark in brackets; not a tracker's "New comment by Alice Smith:",
// whose writer a subscriber's copy names. A monitoring alert's
// "Description:" has the same name: labelledNote reads the text below
// as a person's only when the notice names them.
const freeTextLabel = `(?:[\pL']+ ){0,2}(?:comments?|notes|descriptions?|remarks|commentaires?|remarques|kommentare?|notizen|beschreibung|bemerkungen?|anmerkungen?|comentarios?|notas|descripci[óo]n|observaciones|comment[oi]|descrizione|osservazioni|coment[áa]rios?|descri[çc][ãa]o|observa[çc][õo]es|opmerkingen?|notities?|omschrijving|beschrijving|komentarze?|uwagi|opis|notatki|kommentarer?|anteckningar|beskrivning|beskrivelse|bem[æa]rkninger|merknader|kommentit|kommentti|kuvaus|pozn[áa]mky?|huomautukset|koment[áa][řr]e?|popis|σχόλια|σχόλιο|σημειώσεις|σημείωση|περιγραφή|παρατηρήσεις|комментари[йи]|примечани[ея]|описание|заметки|a[çc][ıi]klama|yorumlar|yorum|notlar|コメント|備考|お問い合わせ内容|ご質問内容|ご相談内容|ご意見|문의 ?내용|메시지 ?내용|메모|코멘트|비고|留言内容|留言|备注|備註|描述|说明|說明|评论|評論)(?: [\pL']+)?(?: \([^)\n]{0,60}\))?`

// typedLabel is a label that says the text below it was typed in by
// someone: a free-text field's or a message's name with a participle of
// typing, entering or leaving after it ("Commentaire saisi", "Texto
// introducido por el cliente", "Description (entered by the customer)",
// "Message left by caller") or, in the Germanic languages, before it
// ("Eingegebener Kommentar", "Ingevoerde opmerking", "Entered comment");
// in Japanese, Korean and Chinese, the entered content ("ご入力内容",
// "입력 내용", "填写内容"). A machine's text is "generated", never typed.
const typedLabel = `(?:[\pL']+ ){0,2}(?:` + typedNoun + `)(?: [\pL']+){0,3} \(?(?:entered|typed|written|submitted|left|saisie?s?|tap[ée]e?s?|r[ée]dig[ée]e?s?|[ée]crite?s?|laiss[ée]e?s?|eingegeben|geschrieben|verfasst|hinterlassen|introducid[oa]s?|ingresad[oa]s?|escrit[oa]s?|teclead[oa]s?|dejad[oa]s?|inserit[oaie]|digitat[oaie]|scritt[oaie]|lasciat[oaie]|digitad[oa]s?|inserid[oa]s?|deixad[oa]s?|ingevoerd|ingevuld|getypt|geschreven|achtergelaten|wpisan[aey]|wprowadzon[aey]|napisan[aey]|inmatad|skriven|skrevet|indtastet)(?: (?:in|by|par|von|vom|durch|por|pelo|pela|da|dal|dalla|door|przez|av|af|de|del|dell')[^)\n]{1,60}?)?\)?|(?:entered|typed|written|eingegebene[rs]?|geschriebene[rs]?|hinterlassene[rs]?|ingevoerde|ingevulde|getypte|achtergelaten|wpisan[aey]|inmatade?|indtastede?) (?:` + typedNoun + `)|(?:ご)?入力(?:された)?内容|입력(?:하신|한|된)? ?내용|(?:输入|填写|輸入|填寫)(?:的)?(?:内容|內容)`

// typedNoun is what a typedLabel calls the text: a message, a text, a
// comment, a note, a description, in the languages of freeTextLabel.
const typedNoun = `message|text|comments?|notes?|descriptions?|remarks|nachricht|text|kommentar|notiz|beschreibung|bemerkung|anmerkung|texte|commentaires?|remarque|mensaje|texto|comentarios?|nota|descripci[óo]n|observaciones|messaggio|testo|commento|descrizione|mensagem|coment[áa]rio|bericht|tekst|opmerking|notitie|omschrijving|wiadomo[śs][ćc]|tekst|komentarz|uwagi|meddelande|kommentar|besked|melding`

// fromField is a notice's field naming who wrote, "From: Jasmine Carter
// (Office Manager)", "From: Patient (verified) - initials M.H.", a
// portal's "Message from: Bethan Llywelyn (Category Officer - ICT)": a
// person's name has small letters, an SMS sender's code ("From: MPESA")
// has none.
var fromField = regexp.MustCompile(`(?m)^[ \t]*(([Mm]essage|[Nn]achricht|[Mm]ensaje|[Mm]essaggio|[Mm]ensagem|[Bb]ericht) )?(` + writerLabels + `)[ \t]*:[^\n]*\p{Ll}`)

// writerLabels are the labels of a notice's field naming who wrote.
const writerLabels = `[Ff]rom|FROM|[Ss]ender|[Vv]an|[Vv]on|[Dd]e|[Dd]a|[Ff]rån|[Ff]ra|[Aa]fsender|[Aa]vsändare|[Aa]vsender|[Ll]ähettäjä|[Aa]fzender|[Aa]bsender|[Bb]ehandelaar|[Ss]achbearbeiter(in)?|[Hh]andläggare|[Ss]agsbehandler|[Ss]aksbehandler|[Kk]äsittelijä|[Dd]e la|من|المرسل|[Gg]önderen|[Kk]utoka|[Oo]d|[Ff]eladó|[Nn]gười gửi|Αποστολέας|αποστολέας|[Pp]engirim`

// senderField is a notice's field for who wrote, whatever its value: a
// service's code there ("De: MPESA") names no person, whatever number the
// subject gives.
var senderField = regexp.MustCompile(`(?m)^[ \t]*(` + writerLabels + `)[ \t]*:`)

// phoneField is an SMS or messaging gateway's field naming who wrote by
// their own phone number, "De: +51 984 555 017", "From: (71) 5555-0120":
// a person's mobile has eight digits or more, those between its first
// and its last four masked when the gateway hides them ("De: +56 9 XXXX
// 2210"); a service sends from its code ("From: MPESA") or a short
// number ("From: 72225").
var phoneField = regexp.MustCompile(`(?m)^[ \t]*(` + writerLabels + `|` + callerLabels + `)[ \t]*:[ \t\x{200E}\x{200F}]*\+?\(?\d(?:[ .()/-]{0,2}[\dXx*]){3,10}(?:[ .()/-]{0,2}\d){4}(?:[ \t]+\([^\n()]{2,80}\))?[ \t]*$`)

// callerLabels are a phone system's labels for who called, "Caller:",
// "Arayan:", "Apelant:", "المتصل:", "Soittaja:", "Uppringare:", "Από:",
// "Звонящий:": a field that gives a caller's number
// names who left the message below it.
const callerLabels = `[Cc]aller|[Aa]nrufer(in)?|[Aa]ppelant|[Ll]lamante|[Cc]hiamante|[Bb]eller|[Aa]rayan|[Aa]pelant|[Hh]ívó|[Vv]olající|[Dd]zwoniący|[Mm]pigaji|المتصل|` +
	`[Ss]oittaja|[Uu]ppringare|[Oo]pkalder|[Ii]nnringer|[Cc]hamador|[Pp]ersona que llama|[Κκ]αλών|Από|[Зз]вонящий|[Вв]ід|[Оо]т|[Pp]enelepon`

// machineLabel is a label that sets out an error's or a server's text,
// not a person's words: "Mensaje de error:", "Messaggio di errore:",
// "Mensagem do sistema:", a
// bounce's "Antwort des empfangenden Servers (mx00.…):". Such text,
// however wordy, is no one's note.
var machineLabel = regexp.MustCompile(`(?i)\b(error|errore|erreur|erro|fehlers?|fout|foutmelding|(mail)?servers?|servidor|serveur|mailsystems?|system|sistema|système|systeem)\b`)

// labelledNote reports whether a system's notice carries a person's words
// under such a label: a line of words (sentence: eight or more, or twenty
// letters of a script written without spaces, not a quoted
// header field) among the lines that follow it, before the next blank
// line after them. A bare "Message:" needs its writer named
// (noteWriterNamed): in the notice's fields (by name, under a writer's
// label or a form's, "Nombre:", "Caller:", or by the phone number an SMS
// gateway gives for a text a customer typed on their phone), as the one
// replies go to, or as the one the subject says it is from by their
// number (a phone system's "Neue Sprachnachricht von +43 662 871 402",
// its caller's field giving the number alone, numberSender) when no
// field of the notice's own gives the sender otherwise (senderField:
// "De: MPESA", a service's code).
func labelledNote(m *Message) bool {
	t := head(m.Visible)
	loc := personNoteLabel.FindStringSubmatchIndex(t)
	if loc == nil && !answersOurs(m) {
		// a portal's notice names the writer in a header-like block
		// ("From: Niamh Roche / Subject: … / Sent: …") that the
		// visible text takes for history and cuts, the note below it
		// with it: a notice that answers no mail of ours has no history
		t = head(m.Text)
		loc = personNoteLabel.FindStringSubmatchIndex(t)
	}
	if loc == nil || machineLabel.MatchString(labelName(t[loc[0]:loc[1]])) {
		return false
	}
	if named := 2 * personNoteLabel.Regexp().SubexpIndex("named"); loc[named] < 0 && !noteWriterNamed(m, t[:loc[0]], t) {
		return false // "Message:" of someone unnamed
	}
	rest := strings.TrimLeft(t[loc[1]:], "\n")
	// a rule under the label ("Nachricht des Absenders:" / "-----")
	if l, after, ok := strings.Cut(rest, "\n"); ok && strings.Trim(strings.TrimSpace(l), "-_=*") == "" {
		rest = strings.TrimLeft(after, "\n")
	}
	for range 2 {
		// the note, or a line naming its author and date above it
		// ("2026-11-04 15:02:49 GMT - Gareth Hughes") and the note
		para, next, _ := strings.Cut(rest, "\n\n")
		if sentence(headerField.ReplaceAllString(para, "")) {
			return true
		}
		if greetingLine(para) || !strings.Contains(para, "\n") && strings.HasSuffix(strings.TrimSpace(para), ",") {
			// the note opens with its greeting ("Goedemorgen,", "À
			// empresa Acme Brasil Software Ltda.,")
			rest = strings.TrimLeft(next, "\n")
			continue
		}
		if strings.Count(para, "\n") > 1 || !strings.ContainsAny(para, "0123456789") {
			return false // only an author's dated line goes above the note
		}
		rest = strings.TrimLeft(next, "\n")
	}
	return false
}

// noteWriterNamed reports whether a notice names the writer of the note
// below a bare label: as the one replies go to (relaysPerson), in its
// fields above the label (fields: fromField, writerField's person named
// under a form's or an answering service's label, phoneField's number),
// or by the number its subject gives (numberSender) when no field of its
// own gives the sender otherwise (senderField). A desk's acknowledgement
// of our mail (helpdeskReceived in its text t) names no writer in its
// fields: its caller or sender is us, and the text below its
// "Description:" our own.
func noteWriterNamed(m *Message, fields, t string) bool {
	if relaysPerson(m) {
		return true
	}
	if !helpdeskReceived.MatchString(t) && (fromField.MatchString(fields) || writerField(fields) || phoneField.MatchString(fields)) {
		return true
	}
	return numberSender(m) && !senderField.MatchString(fields)
}

// labelName is a label without the remark in brackets a system adds on
// the text below it: "Transkription" of "Transkription (automatisch,
// kann Fehler enthalten):". The remark warns of the machine's errors in
// reading a person's words ("may contain errors"); the label before it
// says whose text it sets out.
func labelName(label string) string {
	if i := strings.IndexByte(label, '('); i >= 0 {
		return label[:i]
	}
	return label
}

// headerField is a quoted header line ("Subject: Re: [ESC-4227] Online
// booking widget shows wrong hours"): no words of a person's.
var headerField = mustGate(`(?im)^[ \t]*(subject|sent|date|to|from|cc)[ \t]*:[^\n]*$`)

// relayedAsk is a help desk's relay of its agent's question ("L'intervenant
// … vous a adressé la question suivante :").
var relayedAsk = mustGate(`(?i)\b(vous a (adressé|posé) la question suivante|has sent you the following question|asked (you )?the following question|hat ihnen folgende frage gestellt|le ha hecho la siguiente pregunta)\b`)

// relayedQuestion reports whether a help desk's notice carries its
// agent's question to us, quoted below the relay's line, with a line of
// words.
func relayedQuestion(m *Message) bool {
	t := head(m.Text)
	if loc := relayedAsk.FindStringIndex(t); loc != nil {
		return wordyLines(strings.ReplaceAll(t[loc[1]:], "> ", "")) > 0
	}
	return false
}

// statementAnnounced is a case portal's line announcing what a party to
// the case wrote, set out below it as they wrote it: "The cardholder has
// added the following statement to this case", "The buyer has submitted
// the following explanation", "reproduced exactly as submitted", "Der
// Kunde hat folgende Stellungnahme abgegeben", "Le client a ajouté le
// commentaire suivant", "El titular ha añadido el siguiente comentario",
// "O cliente enviou a seguinte declaração".
var statementAnnounced = mustGate(`(?i)\b(has|have) (added|submitted|provided|entered|left|written|given) the following (statement|comment|explanation|description|account|complaint|note|testimony|declaration)\b|` +
	`\b(reproduced|quoted|set out) (below )?(exactly |verbatim |word for word )?as (submitted|written|entered|typed)\b|` +
	`\bhat (die )?folgende (stellungnahme|erklärung|anmerkung|beschwerde|schilderung|beschreibung|begründung) (abgegeben|hinzugefügt|eingereicht|verfasst|hinterlassen)\b|` +
	`\b(a|ont) (ajouté|soumis|fourni|déposé|rédigé|laissé) (la|le) (déclaration|commentaire|témoignage|explication|note|réclamation|description) suivante?\b|` +
	`\b(ha|han) (añadido|agregado|enviado|presentado|aportado|escrito|dejado) (la siguiente|el siguiente) (declaración|comentario|explicación|nota|reclamación|descripción)\b|` +
	`\b(adicionou|enviou|registrou|apresentou|escreveu|deixou) (a seguinte|o seguinte) (declaração|comentário|explicação|nota|reclamação|descrição)\b`)

// relayedStatement reports whether a case portal's notice (a dispute's,
// a claim's, a complaint's) carries a party's own words below its line
// announcing them (statementAnnounced): a sentence in the writer's own
// voice (ownVoice), "Eu não quero cancelar por cancelar, se o produto
// chegar eu fico com ele". The portal marks its notice auto-generated
// and sends it from its own address, as it sends the case's changes of
// state; those say no "I" ("Status changed to pre-arbitration") and stay
// its own.
func relayedStatement(m *Message) bool {
	t := head(m.Text)
	if loc := statementAnnounced.FindStringIndex(t); loc != nil {
		return ownVoice(t[loc[1]:])
	}
	return false
}

// agentForward reports whether a help desk says its mail is an agent's
// forward of a ticket (Freshdesk's X-FD-Email-Type: forward_ticket):
// what the agent typed above the customer's mail is for us, though the
// desk sends it from the merchant's service@ with its own bounce address,
// as it sends its notices.
func agentForward(h mail.Header) bool {
	return strings.EqualFold(strings.TrimSpace(h.Get("X-FD-Email-Type")), "forward_ticket")
}

// relayAnnounced is a platform's line above the message a person sent
// through it: Etsy's "Megan sent you a message", a WhatsApp bridge's
// "Nuevo mensaje en el WhatsApp Business de …", Shopify's "You received a
// new message from your online store's contact form", a procurement
// portal's "You have received a new message relating to the following
// project", Dropbox's "Dave Miller shared a file with you" above his
// note, a WhatsApp relay's "Mensagem recebida pelo WhatsApp Business da
// …", a portal's "Você recebeu uma nova mensagem no Portal …", and their
// kind; a gateway's "new message" in the languages of
// the Levant, the Gulf, Greece, Turkey and Indonesia, the channel's name
// between ("رسالة واتساب جديدة", "νέο μήνυμα WhatsApp", "yeni WhatsApp
// mesajı", "pesan WhatsApp baru"), the Arabic and Greek read without
// \b, which knows no letters but ASCII ones; a chat channel's relay in
// East and Southeast Asia ("LINE公式アカウント「…」に新しいメッセージが
// 届きました", "카카오톡 채널 '…'에 새 상담 메시지가 도착했습니다", "您有一条
// 新消息", "ข้อความใหม่", "Bạn có tin nhắn mới"), the Japanese, Chinese
// and Thai with no boundary at all, as they write no spaces, the Korean
// with none after it, where its particle joins ("메시지가"). A word may
// stand between "new message" and what follows, where the channel says
// which message it is: before the noun in English, German and Dutch
// ("new direct message from"), after it in the Romance languages
// ("Nuovo messaggio diretto su @…", "nouveau message privé de").
//
// A line that says the writer sent us a message ("… sent you a private
// message", "… te ha enviado un mensaje") names them as its subject,
// which may run long before its verb: their name, where they are, what
// else they did ("Oliver Grant (Manchester, GB) left a 2-star review of
// Acme and sent you a private message:"); announcedWriter reads the name
// at its start.
var relayAnnounced = mustGate(`(?im)^[^\n]{0,60}(新着メッセージ|新しい\pL{0,8}メッセージ|メッセージが届きました|新(的)?(消息|訊息|讯息|留言)|ข้อความใหม่|(?:^|[^\pL\pN_])새 (\pL+ )?메시지)|^[^\n]{0,60}(?:^|[^\pL\pN_])(رسالة (\pL+ )?جديدة|νέο (\pL+ )?μήνυμα)(?:[^\pL\pN_]|$)|^[^\n]{0,60}\b(yeni (\pL+ )?mesaj|pesan (\pL+ )?baru|tin nhắn mới|mesej baharu|shared (a file|a folder|an item|"[^"\n]{1,80}") with you|you('ve| have)? received a (new )?message (from|relating to|regarding|about|concerning|on)|new (\pL+ )?(customer )?message (from|on)|nuevo mensaje (\pL+ )?(de|en)|nova mensagem (\pL+ )?(de|em|no|na)|nouveau message (\pL+ )?(de|sur)|mensagem recebida (pelo|pela|no|na|via|em)|mensaje recibido (por|en|vía|via|desde)|neue (\pL+ )?nachricht (von|auf|in)|nuovo messaggio (\pL+ )?(da|di|su)|nieuw (\pL+ )?bericht (van|op|in)|vous avez reçu un (nouveau )?message|sie haben eine (neue )?nachricht|has recibido un (nuevo )?mensaje|você recebeu uma (nova )?mensagem|hai ricevuto un (nuovo )?messaggio|(u|je) (hebt|heeft) een (nieuw )?bericht)(?:\b|[^\pL\pN_]|$)|` +
	`^[^\n]{0,100}\b(sent (you |us )?an? (\pL+ )?message|te ha enviado un (\pL+ )?mensaje|hat (dir|ihnen) eine (\pL+ )?nachricht (geschickt|gesendet)|vous a envoyé un (\pL+ )?message|ti ha inviato un (\pL+ )?messaggio|heeft (je|u) een (\pL+ )?bericht (gestuurd|verzonden)|te enviou uma (\pL+ )?mensagem)(?:\b|[^\pL\pN_]|$)`)

// buyerMessage is a marketplace's label above the buyer's own words,
// "Message de l'acheteur :", "Buyer's message:".
var buyerMessage = mustGate(`(?im)^\s*(message (de l'acheteur|du client|from (the )?(buyer|customer))|(buyer|customer)'?s message|nachricht (des käufers|des kunden|vom käufer)|mensaje del (comprador|cliente)|messaggio (dell'acquirente|del cliente)|bericht van de (koper|klant))\s*:?\s*$`)

// relayedMessage reports whether a platform relays what a person wrote:
// a marketplace's conversation ("Megan via Etsy", her replies going back
// through the platform, or the buyer's words under "Message de
// l'acheteur"), a shop's contact form (the customer in Reply-To), or a
// portal writing from its no-reply or notifier address that names the
// writer in a field below its announcement ("Message from: Bethan
// Llywelyn (Category Officer - ICT)", answered in the portal only);
// announced as a message sent to us, with a line of words (sentence).
//
// A gateway relaying a text message (an SMS, a WhatsApp message) names
// its writer by the number that sent it (numberSender): "SMS from
// +6591550172", From "+65 9155 0172 (SMS)"; it announces nothing in the
// text, which may be the message alone, sets the text apart
// (textSetApart) and says a reply to the mail reaches the texter
// (replyInvite), or sets it out below its own fields, the texter's number
// among them, in the texter's voice (textBelowWriterField). A review
// site or a forum may quote a customer below a byline, their text giving
// their account's reference (bylineAsks). An announcement may name the
// writer by a role its fields give ("a new message from a buyer" above
// "Buyer: …", roleField); one that says we sent the message
// (ourSending), or quotes a preview cut off (preview), relays no one. A report on
// a text of ours names the
// number it went to ("Undelivered SMS to +91 …"), a missed call's notice
// asks for no reply, a one-time code is no sentence.
//
// A platform's "contact your vendor" feature may announce nothing we
// read ("HotelCloud PMS – Μήνυμα από κατάλυμα προς συνεργάτη"), but it
// sends in the name of the one who wrote, through itself ("Aegean Blue
// Suites via HotelCloud PMS"), and gives her as the one replies go to;
// the letter it carries is signed with her name (signedByReplier). An
// accountants' portal sends his letter in his name, "C.P. Carlos Ruiz
// (via ContaPortal)", from its no-reply address and names no one to
// answer: the letter, a reply to ours, is signed with the name before
// its "via" (viaReply). A list's post "Sam Reilly via integrators-au" is signed so too, and is
// the list's (its List-Id); a challenge or a shop's notice sent in a
// person's name says no "via".
func relayedMessage(m *Message) bool {
	t := head(m.Text)
	texted := numberSender(m)
	named := viaName(m.From.Name) || relaysPerson(m) || buyerMessage.MatchString(t) || texted
	if !named && !noReplyAddr(m.From.Addr) && !notifierLocal(strings.ToLower(m.From.Addr)) && !strings.HasPrefix(m.AutoSubmitted, "auto-generated") {
		return false // a person's own mail: no platform's relay
	}
	joined := t
	loc := relayAnnounced.FindStringIndex(t)
	if loc == nil {
		// the announcement wrapped ("… and sent you a" / "private
		// message:"): its paragraph's lines joined, at t's offsets
		joined = joinWrapped(t)
		loc = relayAnnounced.FindStringIndex(joined)
	}
	if loc == nil {
		if texted && replyInvite.MatchString(t) && textSetApart(m, t) || textBelowWriterField(t) || bylineAsks(t) {
			// a text message relayed from the number that sent it,
			// answered by replying to the mail, or set out below the
			// field that gives that number, in its writer's voice
			return true
		}
		return viaName(m.From.Name) && m.ListID == "" && (signedByReplier(m) || viaReply(m))
	}
	if ourSending(joined[loc[0]:loc[1]]) {
		// "You recently sent a message to george.pappas@…": a
		// challenge or a report on our own mail
		return viaName(m.From.Name) && m.ListID == "" && (signedByReplier(m) || viaReply(m))
	}
	below := t[loc[1]:]
	if _, after, ok := strings.Cut(below, "\n"); ok {
		para, _, _ := strings.Cut(strings.TrimLeft(after, " \t\n"), "\n\n")
		if r, _ := utf8.DecodeRuneInString(para); strings.ContainsRune(quoteMarks, r) && preview(para) {
			return false // a message's start, read on the platform
		}
	}
	if !named && !writerField(below) && !announcedWriter(joined[loc[0]:loc[1]], below) && !speakerLabel(below) && !roleField(below) {
		return false
	}
	return sentence(below)
}

// ourSending reports whether an announcing line says the reader sent the
// message, "You recently sent a message to …", "We sent a message to
// your phone": a challenge's or a notice's word on our own mail, not a
// platform's relay of someone's.
func ourSending(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	w, _, _ := strings.Cut(l, " ")
	return (w == "you" || w == "we" || w == "i") && strings.Contains(l, " sent ")
}

// roleField reports whether a relay's announcement says whom the
// message is from by their role, the rest of its line (below) naming it
// after an article ("You have a new message from a buyer."), and a field
// of the fields below it under that role's name gives them: "Buyer:
// maricel_b****", a handle or a name, not a number alone.
func roleField(below string) bool {
	line, rest, _ := strings.Cut(below, "\n")
	words := strings.Fields(strings.ToLower(line))
	if len(words) > 0 && roleArticles[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	role := strings.TrimRight(words[0], ".,:;!")
	if utf8.RuneCountInString(role) < 3 {
		return false
	}
	for l := range strings.Lines(rest) {
		label, v, ok := strings.Cut(strings.TrimSpace(l), ":")
		v = strings.TrimSpace(v)
		if ok && strings.EqualFold(strings.TrimSpace(label), role) && v != "" && !phoneValue.MatchString(v) && strings.ContainsFunc(v, unicode.IsLetter) {
			return true
		}
	}
	return false
}

// roleArticles are the articles before a role's name in an announcement.
var roleArticles = map[string]bool{"a": true, "an": true, "the": true, "un": true, "una": true, "um": true, "uma": true, "une": true, "ein": true, "einem": true, "einer": true, "een": true, "uno": true}

// joinWrapped is t with the lines of each paragraph joined by a space
// where they break, as a notice wraps a long line; the paragraphs stay
// apart, and every byte keeps its offset.
func joinWrapped(t string) string {
	b := []byte(t)
	for i, c := range b {
		if c == '\n' && i > 0 && b[i-1] != '\n' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = ' '
		}
	}
	return string(b)
}

// speakerLabel reports whether the paragraph below a relay's
// announcement (the rest of its line, below) is its writer alone, set
// as a chat sets who speaks, a colon after them: their handle with their
// name in brackets ("@lari.crossfit (Larissa Tavares):") or their name
// (writerName, personName), not a greeting ("Dear Acme Support:") nor a
// team; and whether the paragraph below it asks or speaks in its
// writer's own voice, as announcedWriter wants of a message a line
// announces: a social inbox's direct message that the inbox sends
// marked auto-generated from its own address.
func speakerLabel(below string) bool {
	_, rest, _ := strings.Cut(below, "\n")
	para, after, _ := strings.Cut(strings.TrimLeft(rest, " \t\n"), "\n\n")
	label, ok := strings.CutSuffix(strings.TrimSpace(para), ":")
	if !ok || strings.Contains(label, "\n") || addressing.MatchString(label) || teamName.MatchString(label) || !personName(withoutParticles(writerName(label))) {
		return false
	}
	msg, _, _ := strings.Cut(strings.TrimLeft(after, " \t\n"), "\n\n")
	msg = linkRe.ReplaceAllString(msg, "")
	return sentence(msg) && (strings.ContainsAny(msg, "?？") || selfWord.MatchString(msg))
}

// surnameParticles are the small words between a given name and a
// surname ("Jan de Vries", "Lucía de la Fuente", "Anna von Brandt").
var surnameParticles = map[string]bool{"de": true, "van": true, "der": true, "den": true, "von": true, "zu": true, "da": true, "del": true, "la": true, "di": true, "le": true, "du": true, "dos": true, "das": true, "y": true}

// withoutParticles is a name without its particles, for personName.
func withoutParticles(name string) string {
	f := strings.Fields(name)
	kept := f[:0]
	for _, w := range f {
		if !surnameParticles[w] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// writerAnnounce is the line of a social network's or chat app's notice
// that names who sent us a message before its verb: "dr.lucia.fisio
// (Lucía Fernández) sent you a message:", "Anna Weber hat dir eine
// Nachricht geschickt:".
var writerAnnounce = regexp.MustCompile(`(?i)^[ \t]*([^\n]{2,100}?)[ \t]+(has sent you|sent you|sent (us )?an? (\pL+ )?message|te ha enviado|hat (dir|ihnen) eine|vous a envoyé|ti ha inviato|heeft (je|u) een|te enviou)\b`)

// announcedWriter reports whether a notice's announcing line names a
// person as the writer, by the name in brackets after their handle, by
// a name alone or by a handle (socialHandle), or by the name before a
// bracket that says where they are, the sentence going on to say what
// else they did, and sets out the message
// after its colon or quoted in the paragraph below it (quotedParagraph),
// the message's
// first paragraph speaking as a person does: in the
// first person or asking (a brand's promotion announced the same way
// does neither). A mere ping ("… sent you a message. Open the app to
// read it") carries no message to read.
func announcedWriter(line, below string) bool {
	sub := writerAnnounce.FindStringSubmatch(line)
	if sub == nil {
		return false
	}
	name := sub[1]
	if i := strings.IndexByte(name, '('); i >= 0 {
		if j := strings.IndexByte(name[i:], ')'); j > 0 {
			if in := name[i+1 : i+j]; personName(withoutParticles(in)) || socialHandle.MatchString(in) {
				name = in
			} else {
				// the bracket says where or who they are ("Oliver Grant
				// (Manchester, GB) left a review and"): the name before it
				name = strings.TrimSpace(name[:i])
			}
		}
	}
	if !personName(withoutParticles(name)) && !socialHandle.MatchString(name) {
		return false
	}
	var msg string
	if rest := strings.TrimLeft(below, " \t"); strings.HasPrefix(rest, ":") {
		msg, _, _ = strings.Cut(strings.TrimLeft(rest, " \t\n:"), "\n\n")
	} else if msg = quotedParagraph(rest); msg == "" {
		return false // "… sent you a message." and a list of others
	}
	if preview(msg) {
		return false // the start of a message, to be read on the platform
	}
	if len(msg) > 600 {
		msg = strings.ToValidUTF8(msg[:600], "")
	}
	msg = linkRe.ReplaceAllString(msg, "") // the "?" of "…/inbox?u=1" asks nothing
	return strings.ContainsAny(msg, "?？") || selfWord.MatchString(msg)
}

// preview reports whether a quoted message is cut off, an ellipsis
// before its closing quotation mark ("Olá, como faço para cancelar a
// assinatura? Não encontro a opção no app e já fui cobrada este
// mês..."): a platform's preview of a message it keeps, read and
// answered there, not the message it carries.
func preview(msg string) bool {
	m := strings.TrimRight(strings.TrimSpace(msg), quoteMarks)
	return strings.HasSuffix(m, "...") || strings.HasSuffix(m, "…")
}

// socialHandle is a writer given by their handle on a network, lower
// case with a dot or an underscore in it: "olivia.reyes.ca",
// "jules_marchetti".
var socialHandle = regexp.MustCompile(`^[a-z0-9]+(?:[._][a-z0-9]+)+$`)

// quotedParagraph is the message a notice quotes in the paragraph below
// its announcing line, when that line ends in a few words that name the
// platform or the page it reached ("… sent you a message on Pictogram",
// "… sent a message to your Page \"Meralink Customer Care\""): the paragraph that
// opens with a quotation mark, or "".
func quotedParagraph(rest string) string {
	line, after, ok := strings.Cut(rest, "\n")
	if !ok || len(strings.Fields(line)) > 8 || strings.ContainsAny(line, ".!?:") {
		return ""
	}
	para, _, _ := strings.Cut(strings.TrimLeft(after, " \t\n"), "\n\n")
	if r, _ := utf8.DecodeRuneInString(para); !strings.ContainsRune(quoteMarks, r) {
		return ""
	}
	return para
}

// signedByReplier reports whether a mail's text holds a letter signed
// by the person its replies go to: her name in Reply-To ("Ελένη
// Καραγιάννη <reservations@aegeanblue.example>") (signedBy). A
// platform's own notice is signed by the platform or a team, if at all.
func signedByReplier(m *Message) bool {
	return len(m.ReplyTo) == 1 && signedBy(head(m.Visible), m.ReplyTo[0].Name)
}

// signedBy reports whether a text holds a letter signed by the person
// named: below a line of words, a line that is that name, whole, its
// first word ("Ελένη") or the name and one more of it ("C.P. Carlos
// Ruiz Montaño" for "C.P. Carlos Ruiz"), as a letter closes. A team's
// name signs no letter.
func signedBy(t, name string) bool {
	if !personName(name) || teamName.MatchString(name) {
		return false
	}
	name = strings.Join(strings.Fields(name), " ")
	given, _, _ := strings.Cut(name, " ")
	letter := false
	for l := range strings.Lines(t) {
		l = strings.Join(strings.Fields(l), " ")
		if letter && (strings.EqualFold(l, name) || strings.EqualFold(l, given) ||
			prefixFold(l, name+" ") && strings.Count(l, " ") == strings.Count(name, " ")+1 && personName(l)) {
			return true
		}
		letter = letter || wordyLines(l) > 0
	}
	return false
}

// viaReply reports whether a platform carries a person's reply to our
// mail in their name, its letter signed by the name before its "via"
// (viaWriter). A notice a platform sends for an organisation ("Kestrel
// County Council via In-Tend") answers no mail of ours; a
// challenge–response filter's request, sent and signed in its user's
// name ("Robert Kline (via MailVerify)"), asks us to prove we are a
// person (challengeText).
func viaReply(m *Message) bool {
	t := head(m.Visible)
	return answersOurs(m) && signedBy(t, viaWriter(m.From.Name)) && !challengeText.MatchString(t)
}

// viaWriter is the person a display name says a system writes for:
// "C.P. Carlos Ruiz" of "C.P. Carlos Ruiz (via ContaPortal)", "Aegean
// Blue Suites" of "Aegean Blue Suites via HotelCloud PMS"; "" when it
// says no "via" (viaName).
func viaWriter(name string) string {
	l := strings.ToLower(name)
	for _, sep := range []string{" (via ", " via "} {
		if i := strings.Index(l, sep); i > 0 {
			return strings.Trim(name[:i], " \"'")
		}
	}
	return ""
}

// phoneNumber is an international phone number as a relay writes its
// sender's: "+65 9155 0172", "+6591550172", "+91 99100 55287".
const phoneNumber = `\+\d{1,3}[ .-]?\(?\d[\d ().-]{5,16}\d`

// numberLabel is a line that gives a text's sender by their number and
// ends in a colon, the text below it: "Arjun Malhotra (+91 99100 55287)
// via WhatsApp, Acme India business number:".
var numberLabel = regexp.MustCompile(`(?m)^[^\n]{0,80}` + phoneNumber + `[^\n]{0,80}:[ \t]*$`)

// textSetApart reports whether a relay sets the text it carries apart
// from its own lines: below a line that names its sender by number
// (numberLabel), in quotation marks as a paragraph of its own ("From:
// Ankit Sharma (+91 95550 12345)" above "\"Hello sir, maine … plan
// liya tha …\""), or as the whole visible text, the relay's lines (its
// invitation to reply) standing below as a signature; and the text is a
// sentence. A notice whose own lines are all there is ("Voicemail
// transcription is not available for this message") carries no text.
func textSetApart(m *Message, t string) bool {
	if loc := numberLabel.FindStringIndex(t); loc != nil {
		para, _, _ := strings.Cut(strings.TrimLeft(t[loc[1]:], " \t\n"), "\n\n")
		return sentence(para)
	}
	for para := range strings.SplitSeq(t, "\n\n") {
		// the text in quotation marks below the relay's own lines
		p := strings.TrimLeft(para, " \t\n")
		if r, size := utf8.DecodeRuneInString(p); strings.ContainsRune(quoteMarks, r) && sentence(p[size:]) {
			return true
		}
	}
	v := head(m.Visible)
	return !replyInvite.MatchString(v) && sentence(v)
}

// textBelowWriterField reports whether a relay sets a text apart as the
// paragraph below its own fields, all of that paragraph's lines fields
// (fieldLines) but a title above them ("Nouveau message Telegram"), and
// one of them naming the writer: by their number (phoneField: "De : +1
// 418 555 0193" above "À :" and "Reçu :", "De la: +40 744 318 225 (Ion
// Bălănescu)"), by name (writerField: "Uživatel: Jan Dvořák (obchodní
// zástupce)") or by a handle or a number with their name in brackets,
// whatever the label (handleField: "Utilisateur : @agrisouss_youssef
// (Youssef Amrani, …)"). A label of its own may head the text
// ("Otomatik metin dökümü:"). The text asks, speaks in its writer's own
// voice (a question, selfWord: "Comment je change ça?") or stands in
// quotation marks, as a transcript or a review site quotes a person. A
// relay that takes its answers in its own console ("Répondez par SMS
// depuis la console") invites no reply by mail, but names the writer as
// a message's header does. A desk's acknowledgement of our mail
// (helpdeskReceived) names its caller, us, by name above our own text. A
// missed call's notice sets out the same
// fields above its own sentence, which neither asks, says "I" nor
// quotes anyone ("The caller hung up without leaving a voicemail").
func textBelowWriterField(t string) bool {
	paras := strings.Split(t, "\n\n")
	for i := 0; i+1 < len(paras) && i < 4; i++ {
		fields := strings.TrimSpace(paras[i])
		if n := nonBlankLines(fields); fields == "" || fieldLines(fields) < max(n-1, 1) || fieldLines(fields) < n && fieldLines(strings.SplitN(fields, "\n", 2)[0]) > 0 {
			continue
		}
		byNumber := phoneField.MatchString(fields) || handleField(fields)
		if !byNumber && (!writerField(fields) || helpdeskReceived.MatchString(t)) {
			continue // a desk's acknowledgement names us as its caller
		}
		msg := strings.TrimLeft(paras[i+1], " \t\n")
		if l, after, ok := strings.Cut(msg, "\n"); ok && strings.HasSuffix(strings.TrimSpace(l), ":") && len(strings.Fields(l)) <= 4 {
			msg = after // the text's own label
		}
		msg = linkRe.ReplaceAllString(msg, "")
		r, _ := utf8.DecodeRuneInString(msg)
		return sentence(msg) && (strings.ContainsAny(msg, "?？؟") || byNumber && selfWord.MatchString(msg) || strings.ContainsRune(quoteMarks, r))
	}
	return false
}

// byline is a notice's line naming who wrote the text below it by the
// word for "by" and their name, what else it says after a comma or a
// dash: "Di Giuseppina R., Bari - 17 nov 2026", "By Dan Moore - Leeds",
// "Por Ana Souto", "Von Jan Berger".
var byline = regexp.MustCompile(`^(?:[Bb]y|[Dd]i|[Dd]a|[Pp]or|[Pp]ar|[Vv]on|[Dd]oor|[Nn]i|[Pp]rzez|[Bb]ởi|Από|από)[ \t]+([^,\n]{2,60}?)(?:[ \t]*(?:,|[-–—·|])[^\n]*)?$`)

// customerRef is a reference a writer gives so that their account is
// found: a code of six digits or more, hyphens within ("Cod. utente
// 0072231908", "Account no. 0421-8873-11").
var customerRef = regexp.MustCompile(`\b[A-Z]{0,4}\d[\d-]{4,}\d\b`)

// bylineAsks reports whether a notice sets out, in quotation marks below
// a byline naming a person (byline, personName), a text in which its
// writer gives the reference of their account (customerRef): a review
// site's or a forum's relay of a customer who wants their case looked
// at ("Vorrei solo che qualcuno verificasse la lettura. Cod. utente
// 0072231908."). A review that only tells how it went names no account
// of theirs, and stays the site's notice; an article's byline stands
// above no quoted text.
func bylineAsks(t string) bool {
	paras := strings.Split(t, "\n\n")
	for i := 0; i+1 < len(paras) && i < 6; i++ {
		l := strings.TrimSpace(paras[i])
		sub := byline.FindStringSubmatch(l)
		if sub == nil || !personName(withoutParticles(strings.TrimSpace(sub[1]))) {
			continue
		}
		msg := strings.TrimLeft(paras[i+1], " \t\n")
		r, size := utf8.DecodeRuneInString(msg)
		return strings.ContainsRune(quoteMarks, r) && sentence(msg[size:]) && customerRef.MatchString(msg)
	}
	return false
}

// handleField reports whether one of t's fields gives a person by their
// handle on a network or their number, their name in brackets after it
// (writerName), or by name with their number in brackets:
// "Utilisateur : @agrisouss_youssef (Youssef Amrani, AgriSouss SARL)",
// "From: Wanjiku Mwangi (+254 722 918 034) - Nyeri Agrovet", whatever
// the label's language. An organisation's field names no number of a
// person's.
func handleField(t string) bool {
	for l := range strings.Lines(t) {
		_, v, ok := strings.Cut(l, ":")
		v = strings.Trim(v, " \t\r\n\u200e\u200f")
		by, in, br := strings.Cut(v, "(")
		by = strings.TrimSpace(by)
		in, _, _ = strings.Cut(in, ")")
		if !ok || !br {
			continue
		}
		if (strings.HasPrefix(by, "@") && socialHandle.MatchString(by[1:]) || phoneValue.MatchString(by)) && personName(withoutParticles(writerName(v))) ||
			phoneValue.MatchString(strings.TrimSpace(in)) && personName(withoutParticles(by)) {
			return true
		}
	}
	return false
}

// numberName is a display name that is the sender's number, "+65 9155
// 0172 (SMS)".
var numberName = regexp.MustCompile(`^\s*` + phoneNumber)

// fromNumber is a subject that gives its sender by their number: "New
// voicemail from +61 412 555 087", "SMS from +6591550172", "Nachricht
// von +49 …", "Mesaj WhatsApp nou de la +40 …", "رسالة SMS واردة من +20 …"
// (a direction mark may stand before the number; a report on our text
// names the number it went "to").
var fromNumber = regexp.MustCompile(`(?i)(\b(from|von|de|de la|da|van|från|fra|di|od|kutoka)|(?:^|[^\pL])من)[ \t\x{200E}\x{200F}]+` + phoneNumber)

// numberSender reports whether a mail names the one who wrote it by their
// phone number, in its From name or as its subject's sender.
func numberSender(m *Message) bool {
	return numberName.MatchString(strings.Trim(m.From.Name, "\"' ")) || fromNumber.MatchString(m.Subject)
}

// nameField is a relay's field that names its customer in a script
// without capitals, where fromField and personName find no name: "고객명:
// 최은비", "お客様名: 山田 花子", "客户: 王芳". The value is a name: two
// to five Hangul syllables, or one or two runs of Han or kana of five
// letters at most.
var nameField = regexp.MustCompile(`(?m)^[ \t]*(?:고객명|고객 이름|고객|보낸 ?사람|발신자|작성자|お客様名|お客様|お名前|氏名|送信者|差出人|客户名称|客户姓名|客户|客戶|顾客|顧客|姓名|发件人|發件人|寄件人)[ \t]*[:：][ \t]*(?:\p{Hangul}{2,5}|[\p{Han}\p{Hiragana}\p{Katakana}]{1,5}(?:[ \t　][\p{Han}\p{Hiragana}\p{Katakana}]{1,5})?)[ \t]*(?:님|様|さま|さん)?[ \t]*$`)

// personField is a form's or a relay's field for the person whose words
// it sets out, by a label no writer's field has (fromField): who filled
// the form in ("Name:", "Nombre:", "Nom :", "Nome e cognome:", "Naam:",
// "Όνομα:"), who called an answering service ("Caller:", "Anrufer:",
// "Appelant :", "Καλών:"), in the main European languages. Its value
// counts as a writer only when it reads as a person's name (writerField):
// an integration's "Name: fleet-webhook" names no one. A notice's
// "Customer:" or "Contacto:" names whom it is about (an invoice's buyer,
// a bridge's contact with no way to answer them by mail), not who wrote.
var personField = mustGate(`(?im)^[ \t]*(?:(?:your|full|customer|contact|caller'?s?) )?(?:name|caller|submitted by|sent by|vollständiger name|ihr name|vor- und nachname|kundenname|anrufer(?:in)?|eingereicht von|nom|nom complet|votre nom|nom et prénom|prénom et nom|nom du client|appelant|soumis par|nombre|nombre completo|su nombre|tu nombre|nombre y apellidos?|nombre del cliente|llamante|persona que llama|enviado por|nome|nome e cognome|nominativo|il tuo nome|nome del cliente|chiamante|inviato da|nome completo|seu nome|nome do cliente|chamador|naam|volledige naam|uw naam|je naam|naam klant|beller|ingediend door|navn|fullt navn|namn|fullständigt namn|soittaja|uppringare|opkalder|innringer|imię i nazwisko|imię|dzwoniący|jméno|jméno a příjmení|volající|όνομα|ονοματεπώνυμο|καλών|καλούσα|имя|фио|звонящий|ad soyad|adı soyadı|isim|arayan|şikayet eden|kullanıcı|nume|nume și prenume|apelant|utilizator|név|hívó|felhasználó|uživatel|użytkownik|jina|mtumiaji|utilisateur|user|benutzer|usuario|utente|gebruiker|الاسم|المتصل|المستخدم)[ \t]*:[^\n]*`)

// writerField reports whether a notice's fields name a person as the
// writer (fromField, or personField, its value a person's name before any
// "(role)", address or comma): "Message from: Bethan Llywelyn (Category
// Officer - ICT)", "Nombre: Javier Pardo", "Καλών: Ελένη Μαυρίδου,
// Catering …", not "From: HM Revenue & Customs" or "From: Your account
// manager"; or name a customer in Korean, Japanese or Chinese
// (nameField).
func writerField(t string) bool {
	if nameField.MatchString(t) {
		return true
	}
	return namesPerson(t, fromField.FindAllStringIndex(t, 4)) || namesPerson(t, personField.FindAllStringIndex(t, 4))
}

// namesPerson reports whether one of the fields of t at locs has for its
// value a person's name (writerName, personName).
func namesPerson(t string, locs [][]int) bool {
	for _, loc := range locs {
		l, _, _ := strings.Cut(t[loc[0]:], "\n")
		_, v, _ := strings.Cut(l, ":")
		if personName(writerName(v)) {
			return true
		}
	}
	return false
}

// writerName is the name a writer field's value gives: the words before
// any "(role)", address or comma ("Bethan Llywelyn" of "Bethan Llywelyn
// (Category Officer - ICT)"); or, when the value gives the writer by
// their handle on a network or their number and names them in brackets
// after it, as a social inbox or a messaging gateway sets them out, the
// name in the brackets before any " - " or comma ("Giulia Ferri" of
// "@giuli.senzaglutine (Giulia Ferri)", "Rui Valente" of "+351 912 445
// 087 (Rui Valente - Pastelaria Flor do Bolhão)").
func writerName(v string) string {
	v = strings.TrimSpace(v)
	i := strings.IndexAny(v, "(<,")
	if i < 0 {
		return v
	}
	by := strings.TrimSpace(v[:i])
	if v[i] != '(' || !socialHandle.MatchString(strings.TrimPrefix(by, "@")) && !phoneValue.MatchString(by) {
		return by
	}
	in, _, _ := strings.Cut(v[i+1:], ")")
	if j := strings.Index(in, " - "); j >= 0 {
		in = in[:j]
	}
	in, _, _ = strings.Cut(in, ",")
	return strings.TrimSpace(in)
}

// phoneValue is a field's value that is a phone number alone, "+351 912
// 445 087", "(71) 5555-0120".
var phoneValue = regexp.MustCompile(`^\+?\(?\d(?:[ .()/-]{0,2}\d){7,14}$`)

// deskMailers are the X-Mailer values of self-hosted help desks.
var deskMailers = []string{"GLPI", "osTicket", "OTRS", "Znuny", "Request Tracker", "ServiceDesk Plus", "SysAid"}

// deskHeaders are header prefixes help desks put on their notices.
var deskHeaders = []string{"X-Servicenow-", "X-Jira-", "X-Zendesk-", "X-Freshdesk-", "X-Fd-", "X-Zoho-Desk", "X-Helpscout-", "X-Otrs-", "X-Topdesk-"}

// deskHosts are help desks' own host names, a label of the domains they
// send from or leave in their Message-IDs and bounce addresses, whatever
// the customer's instance is called ("@acme.zendesk.com",
// "@app130072.ams102.service-now.com", "@jarvisavo.efectecloud.fi"), for
// notices without their headers.
var deskHosts = []string{"service-now", "atlassian", "zendesk", "freshdesk", "freshservice", "zohodesk", "helpscout",
	"haloitsm", "haloservicedesk", "efectecloud", "topdesk", "easit"}

// hostLabel reports whether the lower-case text s names a host with the
// label: "@label." or ".label." in it, or s the domain "label.…".
func hostLabel(s, label string) bool {
	return strings.HasPrefix(s, label+".") || strings.Contains(s, "."+label+".") || strings.Contains(s, "@"+label+".")
}

// deskCommentLine is a help desk's line above a comment someone added:
// ServiceNow's "Rahul Mehta updated your request with the following
// comments:", Jira Service Management's "Maja Kovač commented:", and
// their translations (the Polish and Czech with the gender left open,
// "Tomasz Zieliński skomentował(a):").
var deskCommentLine = mustGate(`(?im)^[^\n]{2,160}?\beine neue (notiz|nachricht|antwort|anmerkung) hinzugefügt\s*:?\s*$|^[^\n]{2,80}?\b(a commenté|commented on|hat kommentiert|ha commentato|comentó|comentou|heeft gereageerd op)\s+[A-Z][A-Z0-9]+-\d+\s*$|^[^\n]{2,80}?\b(updated your (request|incident|case|ticket) with the following comments?|(commented|replied|added a comment|a commenté|a répondu|a ajouté un commentaire|hat kommentiert|kommentierte|hat geantwortet|comentó|respondió|ha commentato|ha risposto|heeft gereageerd|reageerde|kommenterade|kommenterede|kommenterte|kommentoi|svarade|svarede|svarte|vastasi|comentou|respondeu|skomentował(?:a|\(a\))?|odpowiedział(?:a|\(a\))?|okomentoval(?:a|\(a\))?|odpověděl(?:a|\(a\))?))\s*:?\s*$|` +
	// SolarWinds Service Desk's "Aisha Rahman commented on Incident
	// #31207 …", Autotask's "A note has been added to ticket
	// T20250311.0027 by Maria Lopez."
	`(?im)^[^\n]{2,60}?\bcommented on (incident|ticket|request|case|problem|change|service request)\b[^\n]{0,160}$|` +
	`(?im)^(an? )?(new )?(note|comment|reply|update|time entry note) (has been|was) added to (the )?(ticket|incident|request|case)\b[^\n]{0,60}\bby [^\n]{2,60}$`)

// deskAuthorDate is Zendesk's head of a comment below its "reply above
// this line" marker: the author's name on a line, then the date and time
// ("Mar 12, 2025, 10:41 GMT+1", "12. März 2025, 10:41").
var deskAuthorDate = mustGate(`(?m)^##- .{10,60} -##\s*\n(?:\s*\n)*([^\n]{2,80})\n(?:\s*\n)*(\pL{3,9}\.? \d{1,2}, \d{4}|\d{1,2}\.? \pL{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2}),? (um |à |a las )?\d{1,2}:\d{2}`)

// deskComment reports whether a help desk's notice carries a comment a
// person typed for us: a customer's or partner's ServiceNow, Jira or
// Zendesk telling the desk's address, one of the request's participants,
// what their engineer wrote (a line of eight words or more below the
// tool's comment line). A notice of a comment in our own name (Zendesk's
// receipt of our mail carries it) is the tool's, not a person's.
func deskComment(h mail.Header, m *Message, own []string) bool {
	if !deskSender(h, m) {
		return false
	}
	var author, below string
	if loc := deskCommentLine.FindStringIndex(m.Text); loc != nil {
		author, below = m.Text[loc[0]:loc[1]], m.Text[loc[1]:]
	} else if sub := deskAuthorDate.FindStringSubmatchIndex(m.Text); sub != nil {
		author, below = m.Text[sub[2]:sub[3]], m.Text[sub[1]:]
	} else if a, b, ok := commentHead(head(m.Text)); ok {
		author, below = a, b
	} else if sub := followupAuthor.FindStringSubmatchIndex(head(m.Text)); sub != nil {
		g := 2 // the group of the form that matched
		for g < len(sub)-2 && sub[g] < 0 {
			g += 2
		}
		author, below = m.Text[sub[g]:sub[g+1]], m.Text[sub[1]:]
	} else {
		return false
	}
	if f := strings.Fields(author); namesUs(strings.Join(f[:min(len(f), 3)], " "), own) {
		// our own comment told back to us: its author's name, the line's
		// first words, names us (the rest may be a ticket's title that
		// names our product)
		return false
	}
	return wordyLines(head(below)) > 0
}

// mentionHead is a collaboration tool's head of a comment or a mention:
// "Elin Berg kommenterade uppgiften", "Giulia Ferri ti ha menzionato in un
// commento", "Sam Lee mentioned you in a comment".
var mentionHead = mustGate(`(?im)^[^\n]{2,60}?\b(commented on|commented:|mentioned you|kommenterade|nämnde dig|ti ha menzionato|ha commentato|hat (dich|sie) (in einem kommentar )?erwähnt|hat kommentiert|vous a mentionné|a commenté|te mencionó|comentó en|mencionou você|comentou em|heeft je (genoemd|vermeld)|reageerde op|wspomniał(a)? o tobie|skomentował(a)?|zmínil(a)? vás|okomentoval(a)?|a commenté la page|hat auf ihren kommentar|replied to your comment|a répondu à votre commentaire|ha respondido a tu comentario|ha risposto al tuo commento|te asignó un comentario|assigned (you )?a comment|mencionou você|heeft een opmerking geplaatst)(?:[^\pL\pN_]|$)|あなたをメンションしました|さんがコメントしました|님이 (회원님을 )?멘션했습니다|님이 댓글을 남겼습니다`)

// mentionTarget is an @-mention: "@Acme Support", "@acmesupport".
var mentionTarget = mustGate(`@([\pL\pN][\pL\pN._-]*( [\pL\pN][\pL\pN._-]*)?)`)

// mentionsUs reports whether a collaboration tool's notice carries a
// comment a person addressed to us: a comment or mention head among its
// first lines, an @-mention that names us, and a line of words. Asana,
// Trello and their kind send it with list headers from a no-reply
// address; its words are a person's question to the desk.
func mentionsUs(m *Message, own []string) bool {
	t := head(m.Visible)
	loc := mentionHead.FindStringIndex(t)
	if loc == nil || nonBlankLines(t[:loc[0]]) >= 3 {
		return false // no head among the notice's first three lines
	}
	rest := t[loc[1]:]
	named := false
	for _, mm := range mentionTarget.FindAllStringSubmatchIndex(rest, 8) {
		if namesUs(rest[mm[2]:mm[3]], own) {
			named = true
			break
		}
	}
	if !sentence(rest) || ownWorkspace(m, own) {
		return false
	}
	invite := replyInvite.MatchString(rest)
	return named && (invite || repliesReach(m)) || invite && !subscribedOnly.MatchString(rest)
}

// ownWorkspace reports whether a tool's notice is of our own team's
// workspace: its links to the tool put the item in a workspace named as
// our domain is ("https://linear.app/acme/issue/ACM-1423" or
// "https://acme.atlassian.net/browse/SUP-2291" for support@acme.example).
// Only our own people write in our team's workspace: a colleague who
// mentions the desk there asks it in our tool, and no customer writes.
// A public forge's repository is open to anyone, and a customer's
// comment in ours is theirs.
func ownWorkspace(m *Message, own []string) bool {
	_, fd, ok := strings.Cut(strings.ToLower(m.From.Addr), "@")
	if !ok {
		return false
	}
	tool, err := publicsuffix.EffectiveTLDPlusOne(fd) // "linear.app" of "notifications.linear.app"
	if err != nil {
		tool = fd
	}
	if publicForges[tool] {
		return false
	}
	ours := ourNames(own)
	for _, link := range linkRe.FindAllString(head(m.Text), 20) {
		u, err := url.Parse(strings.TrimRight(link, ".,;)>]\""))
		if err != nil {
			continue
		}
		host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		seg, _, _ := strings.Cut(strings.TrimPrefix(strings.ToLower(u.Path), "/"), "/")
		for _, label := range ours {
			if host == tool && seg == label || host == label+"."+tool {
				return true
			}
		}
	}
	return false
}

// publicForges are the code hosts whose projects anyone may comment in.
var publicForges = map[string]bool{"github.com": true, "gitlab.com": true, "bitbucket.org": true, "codeberg.org": true}

// sentence reports whether text holds a line of words: eight or more, or
// twenty letters of a script written without spaces (Japanese, Chinese).
func sentence(text string) bool {
	if wordyLines(text) > 0 {
		return true
	}
	for l := range strings.Lines(text) {
		n := 0
		for _, r := range l {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				n++
			}
		}
		if n >= 20 {
			return true
		}
	}
	return false
}

// subscribedOnly is a tool's reason for a notice that names no part of
// ours in it: "You are receiving this because you are subscribed to this
// thread", "… because you're watching", "… because you are a watcher of
// RMA-4471".
var subscribedOnly = mustGate(`(?i)because you('re| are) (subscribed|watching|a watcher|following|a follower)`)

// personViaTool reports whether a development or project tool mails a
// person's comment in their own name and takes the answer by mail:
// GitHub's "Rhea Kowalski <notifications@github.com>" with "Reply to this
// email directly", for a thread we are mentioned in or wrote (forUs), not
// one we merely watch or a change of state.
func personViaTool(m *Message) bool {
	name := strings.TrimSpace(m.From.Name)
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		name = name[:i] // "Tomás Ibarra (ClickUp)"
	}
	if !personName(name) || !notifierLocalParts[localPart(m.From.Addr)] && !strings.Contains(localPart(m.From.Addr), "reply") {
		return false
	}
	t := head(m.Text)
	return replyInvite.MatchString(t) && forUs.MatchString(t) && sentence(head(m.Visible))
}

// calendarNote is how Google Calendar tells an answer with a note the
// invitee typed: "Invitation accepted with note: …", "Matías aceptó esta
// invitación y agregó una nota:", and their translations.
var calendarNote = mustGate(`(?i)\b(accepted|declined|tentatively accepted) (this invitation |the invitation )?(and added a note|with (a )?note)|\b(aceptada|rechazada|aceptó esta invitación y agregó|rechazó esta invitación y agregó|con) (con )?(una )?nota\b|\b(acceptée|refusée) avec (une )?note|a (accepté|refusé) cette invitation et a ajouté une note|(angenommen|abgelehnt) mit notiz|und eine notiz hinzugefügt|(accettato|rifiutato) con nota|(geaccepteerd|afgewezen) met notitie|(aceita|recusada) com nota`)

// calendarNoteAdded reports whether a calendar's answer carries a note the
// invitee typed: the calendar says a note was added, and a line of words
// is there.
//
// Its calendar part tells it too: an iTIP reply carries the note in a
// COMMENT (Outlook, Apple) or in Google Calendar's X-RESPONSE-COMMENT,
// which no calendar writes of itself. Google's text then only says "…
// has accepted this invitation." and quotes the note below. (Exchange,
// declining for someone away, puts its out-of-office text there with its
// own line saying so, answeredItself: no one's note.)
func calendarNoteAdded(m *Message) bool {
	return (calendarNote.MatchString(m.Subject) || calendarNote.MatchString(firstLines(m.Visible, 3))) && wordyLines(head(m.Visible)) > 0 ||
		typedNote(m.calendarNote) && !answeredItself(m.calendarNote)
}

// typedNote reports whether a note says something: three words or more,
// or six letters of a script written without spaces ("OK" or "Thanks!"
// answers nothing).
func typedNote(n string) bool {
	if len(strings.Fields(n)) >= 3 {
		return true
	}
	c := 0
	for _, r := range n {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			c++
		}
	}
	return c >= 6
}

// chatLine is a line of a chat transcript: the time, who spoke and what
// they said ("[10:12] Sanne de Vries: Hoi! Ik probeer …").
var chatLine = mustGate(`(?m)^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*([^:\n]{2,60}):\s*(\S[^\n]*)$`)

// chatTranscript reports whether a chat tool's mail carries a transcript
// in which the person it is sent for ("Sanne de Vries via Acme Docs", or
// the visitor a bot hands over to the desk, named in Reply-To) wrote to
// us: a line of theirs of eight words or more. The tool marks
// the mail auto-generated; what the visitor typed is a person's mail to
// the desk, and answering it answers them.
func chatTranscript(m *Message) bool {
	if missedChat(m) {
		return true
	}
	name, _, ok := strings.Cut(m.From.Name, " via ")
	if !ok && len(m.ReplyTo) == 1 && relaysPerson(m) {
		// a bot's handover of the visitor to the desk, the visitor the
		// one its replies go to
		name, ok = m.ReplyTo[0].Name, true
	}
	if name = strings.TrimSpace(name); !ok || len(strings.Fields(name)) < 2 {
		return fieldSpeaker(head(m.Text))
	}
	for _, sub := range chatLine.FindAllStringSubmatch(head(m.Visible), -1) {
		if strings.EqualFold(strings.TrimSpace(sub[1]), name) && len(strings.Fields(sub[2])) >= 8 {
			return true
		}
	}
	return false
}

// fieldSpeaker reports whether a relay's transcript (t) is of a person
// its fields above it name, by name with their number or handle
// (handleField) or under a writer's label (writerField): a line of
// theirs of eight words or more, the speaker given by their whole name
// or the first word of it, as a chat gives who speaks ("Contato:
// Rosângela Figueiredo (+55 51 99812-7730)" above "22:42  Rosângela:
// minha mãe usa oxigênio em casa, aparelho precisa de energia!!!"). A
// bot's lines and an agent's are no one's the fields name.
func fieldSpeaker(t string) bool {
	first := chatLine.FindStringIndex(t)
	if first == nil {
		return false
	}
	var names []string
	for l := range strings.Lines(t[:first[0]]) {
		if !handleField(l) && !writerField(l) {
			continue
		}
		_, v, _ := strings.Cut(l, ":")
		if n := withoutParticles(writerName(v)); personName(n) {
			given, _, _ := strings.Cut(n, " ")
			names = append(names, n, given)
		}
	}
	if len(names) == 0 {
		return false
	}
	for _, sub := range chatLine.FindAllStringSubmatch(t[first[0]:], -1) {
		if len(strings.Fields(sub[2])) < 8 {
			continue
		}
		for _, n := range names {
			if strings.EqualFold(strings.TrimSpace(sub[1]), n) {
				return true
			}
		}
	}
	return false
}

// chatSpeaker is a chat notice's line naming who wrote and when, the
// message below it: Teams's "Jussi Kettunen  14.41".
var chatSpeaker = mustGate(`(?m)^(\pL[\pL .'-]{1,58}\pL)[ \t]{2,}\d{1,2}[.:]\d{2}[ \t]*$`)

// missedChat reports whether a chat tool's notice of messages missed
// carries what a person wrote to us: a speaker line whose name the
// subject names too ("Jussi Kettunen lähetti sinulle viestin"), and a
// line of eight words or more below it.
func missedChat(m *Message) bool {
	t := head(m.Visible)
	for _, loc := range chatSpeaker.FindAllStringSubmatchIndex(t, -1) {
		name := t[loc[2]:loc[3]]
		if len(strings.Fields(name)) < 2 || !strings.Contains(m.Subject, name) {
			continue
		}
		next, _, _ := strings.Cut(strings.TrimLeft(t[loc[1]:], "\n"), "\n")
		if len(strings.Fields(next)) >= 8 {
			return true
		}
	}
	return false
}

// forUs is a development tool's reason for a notice that is about us: we
// were mentioned, or we wrote the thread it comments on.
var forUs = mustGate(`(?i)because you (were mentioned|authored the thread|were assigned|commented)`)

// personName reports whether a display name reads as a person's: two to
// four words, each starting with a capital letter.
func personName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '.' {
				return false
			}
		}
	}
	return true
}

// replyInvite is a notice's line saying that a reply by mail reaches the
// thread: "Reply to this email to add a comment", and its translations.
// A social network's mention ("Reply: https://x.com/…") is answered on the
// network, not by mail.
var replyInvite = mustGate(`(?i)\b(reply to this (e-?mail|message|notification)|répondre directement à cet e-?mail|direkt auf diese e-?mail antworten|responde a este correo|responda a este correo|rispondi direttamente a questa e-?mail|reageer direct op deze e-?mail|svara på (det här|detta) (mejl|e-?mail|meddelande)|rispondi a questa (e-?mail|mail)|antworte(n sie)? auf diese (e-?mail|nachricht)|répondez à (cet|ce) (e-?mail|courriel|message)|responde a este (correo|mensaje)|responda a este (e-?mail|mensagem)|beantwoord deze e-?mail|odpowiedz na t(en|ę) (e-?mail|wiadomość)|odpovězte na tento e-?mail)`)

// repliesReach reports whether a mail's Reply-To names an address other
// than its sender's that takes replies.
func repliesReach(m *Message) bool {
	for _, a := range m.ReplyTo {
		l := strings.ToLower(a.Addr)
		if a.Addr != "" && !strings.EqualFold(a.Addr, m.From.Addr) && !strings.Contains(l, "noreply") && !strings.Contains(l, "no-reply") && !strings.Contains(l, "donotreply") && !strings.Contains(l, "do-not-reply") {
			return true
		}
	}
	return false
}

// trackerCorrespondence reports whether an issue tracker carries what one
// of its people typed to us: Request Tracker's correspondence names its
// writer in RT-Originator (its autoreply to our mail names us there),
// GitLab's Service Desk sends a note in a discussion, Redmine an update
// "by" a person with notes; each with a line of words and no receipt.
func trackerCorrespondence(h mail.Header, m *Message, own []string) bool {
	// The headers first: most mail comes from no tracker, and the
	// receipt's expressions then never run.
	if o := unfold(h.Get("X-RT-Originator") + h.Get("RT-Originator")); o != "" {
		return !mentionsOwn(o, own) && !strings.EqualFold(o, m.From.Addr) && !rtStatusNotice.MatchString(head(m.Visible)) &&
			wordyLines(head(m.Visible)) > 0 && !receiptText(m, own)
	}
	if h.Get("X-GitLab-Discussion-ID") != "" {
		return wordyLines(head(m.Visible)) > 0 && !receiptText(m, own)
	}
	if h.Get("X-Redmine-Host") != "" && !receiptText(m, own) {
		loc := redmineUpdated.FindStringSubmatchIndex(head(m.Text))
		if loc == nil || namesUs(m.Text[loc[2]:loc[3]], own) {
			return false
		}
		notes := m.Text[loc[1]:]
		if i := dashRule.FindStringIndex(notes); i != nil {
			notes = notes[:i[0]] // the fields and description follow
		}
		// the fields the update changed come first, one "* " bullet each
		// ("* Status changed from New to In Progress"); the notes follow
		n := 0
		for l := range strings.Lines(notes) {
			if !strings.HasPrefix(l, "* ") {
				n += wordyLines(l)
			}
		}
		return n > 0
	}
	return false
}

// rtStatusNotice is Request Tracker's template for a resolved ticket.
var rtStatusNotice = mustGate(`(?i)according to our records, your request has been resolved`)

// redmineUpdated is Redmine's head of an update, with its author: "Issue
// #4521 has been updated by Anna Kowalska.", and its translations.
var redmineUpdated = mustGate(`(?im)^(?:issue|zagadnienie|ticket|demande|petición|tarefa|issue|taak|úkol)\s+#\d+\s+(?:has been updated by|zostało zaktualizowane przez|wurde von|a été mis à jour par|a été mise à jour par|ha sido actualizada por|foi atualizad[ao] por|is bijgewerkt door|byl aktualizován uživatelem)\s+([^\n]{2,60}?)(?:\s+aktualisiert)?\.?\s*$`)

// dashRule is a line of dashes that closes a tracker's notes.
var dashRule = mustGate(`(?m)^-{10,}\s*$`)

// followupAuthor is a follow-up's head in a tracker's notice that lists
// the ticket's fields first (GLPI): a dated line naming the entry, then
// its author in a field of its own, "[2025-03-12 14:33] Suivi" /
// "Auteur : Marchand Julien"; or the dated line naming the author
// itself, the newest follow-up first, "[2026-11-09 09:51] Sergio
// Pascual" above his text.
var followupAuthor = mustGate(`(?im)^\[\d{2,4}-\d{2}-\d{2,4} \d{1,2}:\d{2}\][^\n]{0,40}\n(?:[^\n]{0,80}\n){0,2}?\s*(?:auteur|author|autor|autore|verfasser|auteur)\s*:\s*([^\n]{2,80})\n|` +
	`^\s*(?:suivi ajouté par|followup added by|follow-up added by|seguimiento añadido por|nachverfolgung hinzugefügt von|seguimento adicionado por|follow-up toegevoegd door)\s*:\s*([^\n]{2,80})\n|` +
	// GLPI's "Suivi n°2" / "Date : …" / "Auteur : Thomas Berger"
	`^\s*(?:suivi|followup|follow-up|seguimiento|nachverfolgung|seguito)\s+n[°o.]?\s?\d+\s*\n(?:[^\n]{0,80}\n){0,2}?\s*(?:auteur|author|autor|autore|verfasser)\s*:\s*([^\n]{2,80})\n|` +
	// the dated line with the author's name, two to five words, the
	// first a capital's (not an entry's "Suivi"), when no author field
	// follows it (the forms above come first)
	`^\[\d{2,4}-\d{2}-\d{2,4} \d{1,2}:\d{2}\][ \t]+((?-i:\p{Lu})[\pL.'-]*(?:[ \t]+[\pL.'-]+){1,4})[ \t]*\n`)

// deskReply reports whether a help desk carries a reply a person typed to
// ours: it answers our mail, quotes it under an attribution that names
// our address ("Le mar, 11 mars à 6:02 PM, Acme Support
// <support@acme.example> a écrit :"), and above the quote holds a letter
// that is no receipt. Freshdesk sends its agents' replies so, with
// Auto-Submitted: auto-generated and no comment head; a receipt does not
// quote our mail under a person's attribution.
func deskReply(h mail.Header, m *Message, own []string) bool {
	if !deskSender(h, m) || !answersOurs(m) || receiptText(m, own) || wordyLines(head(m.Visible)) == 0 {
		return false
	}
	for l := range strings.Lines(head(m.Text)) {
		if isQuoteHeader(l) && mentionsOwn(l, own) {
			return true
		}
	}
	return false
}

// deskLetter reports whether a help desk carries a letter a person wrote
// to us in full, with no comment head and no quote: the tool's reply in
// its agent's name ("Buen día, equipo de Acme: … Saludos cordiales,
// Rodrigo Medina"), marked auto-generated as everything the tool sends.
// The letter is prose closed by a sign-off and a person's name below
// it; a receipt signs as a team ("Kind regards, IT Service Desk") or says
// it is automatic.
func deskLetter(h mail.Header, m *Message, own []string) bool {
	if !deskSender(h, m) || receiptText(m, own) || saysAutomatic.MatchString(m.Visible) {
		return false
	}
	const minLetter = 30 // words above the sign-off: a letter, not a line
	lines := strings.Split(head(m.Visible), "\n")
	words := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if dashRule.MatchString(t) || isQuoteHeader(t) {
			return false // the letter ends at the tool's rule: below is what it quotes
		}
		if n := len(strings.Fields(t)); n >= 8 {
			words += n
			continue
		}
		if words < minLetter || !signOff.MatchString(t) || i+1 >= len(lines) {
			continue
		}
		name := strings.TrimSpace(lines[i+1])
		if ourSignature(lines, i, own) {
			return false // our own agent's name, as the tool quotes our mail
		}
		if f := strings.Fields(name); len(f) >= 2 && len(f) <= 4 && nameLike(name) && !teamName.MatchString(name) && !namesUs(name, own) {
			return true
		}
	}
	return false
}

// teamName is a signature line that names a team, not a person: "IT
// Service Desk", Brazilian Portuguese's "Equipe Casa Aroeira" below a
// Zendesk receipt.
var teamName = mustGate(`(?i)(?:^|[^\pL])(team|desk|support|service|services|helpdesk|help desk|department|dept|center|centre|équipe|equipe|soporte|servicio|equipo|zespół|dział|tým|oddělení|kundservice|kundeservice|kundtjänst|kundenservice|klantenservice|asiakaspalvelu|afdeling|abteilung|kundendienst|servicedesk|serwis|care|it|ihr|your|votre|uw|vostro|su|assistenza|supporto|servizio|soporte|atención|atendimento|suporte|klantenservice)(?:[^\pL]|$)`)

// mentionsOwn reports whether s holds one of our addresses.
func mentionsOwn(s string, own []string) bool {
	for _, a := range own {
		if a = strings.TrimSpace(a); a != "" && containsFold(s, a) {
			return true
		}
	}
	return false
}

// commentHead finds, among a notice's first lines, the head of a comment
// as the visible-text reader knows it (isCommentAuthor: "Krzysztof Nowak
// dodał komentarz:", ServiceNow's "2025-03-12 09:41:07 MEZ - Florian Weber
// (Zusätzliche Kommentare)") or Zendesk's one-line head, "Tomás Ferreira
// (Northwind Components), Mar 11, 2025, 10:02 CET": the author line and
// the text below it.
func commentHead(t string) (author, below string, ok bool) {
	// Among the first lines that hold something: further down, a head is
	// an earlier comment the notice quotes (a survey's "as a reminder,
	// what your request was about").
	const within = 8
	off, filled := 0, 0
	for _, l := range strings.SplitN(t, "\n", 60) {
		tl := strings.TrimSpace(l)
		if tl != "" {
			if filled++; filled > within {
				break
			}
			if isCommentAuthor(tl) || zendeskHead.MatchString(tl) {
				return tl, t[min(len(t), off+len(l)+1):], true
			}
			if rest := t[min(len(t), off+len(l)+1):]; zendeskOrg.MatchString(tl) {
				// Zendesk's HTML notice as text: the author and their
				// organisation on one line, the date on the next
				if d := zendeskDate.FindStringIndex(rest); d != nil {
					return tl, rest[d[1]:], true
				}
			}
		}
		off += len(l) + 1
	}
	return "", "", false
}

// zendeskOrg is the author line of Zendesk's head when its date stands on
// a line of its own: "Megan Ortiz (Northwind Parts Support)".
var zendeskOrg = mustGate(`^[^,\n()]{2,60} \([^\n)]{2,60}\)$`)

// zendeskDate is the date line below zendeskOrg, after blank lines.
var zendeskDate = mustGate(`^(?:[ \t]*\n)*[ \t]*(\pL{3,9}\.? \d{1,2}, \d{4}|\d{1,2}\.? \pL{3,9}\.? \d{4}),? \d{1,2}:\d{2}[^\n]{0,12}\n`)

// zendeskHead is Zendesk's one-line head of a comment: the author and
// their organisation, the date and the time.
var zendeskHead = mustGate(`^[^,\n]{2,80} \([^\n)]{2,60}\), (\pL{3,9}\.? \d{1,2}, \d{4}|\d{1,2}\.? \pL{3,9}\.? \d{4}), \d{1,2}:\d{2}`)

// prefixFold reports whether s starts with p in any case, without the
// copy strings.ToLower makes of a header field's name.
func prefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

// containsFold reports whether s holds w in any ASCII case, without the
// copies strings.ToLower makes.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// deskSender reports whether a mail comes from a help desk, by its
// headers or its sending domain.
func deskSender(h mail.Header, m *Message) bool {
	for f := h.Fields(); f.Next(); {
		for _, p := range deskHeaders {
			if prefixFold(f.Key(), p) {
				return true
			}
		}
	}
	if strings.HasPrefix(m.MessageID, "GLPI_") || strings.HasPrefix(m.MessageID, "GLPI-") {
		return true // GLPI's own Message-IDs, "GLPI_<uuid>-Ticket-1284/…"
	}
	if x := h.Get("X-Mailer"); x != "" {
		for _, d := range deskMailers {
			if containsFold(x, d) {
				return true
			}
		}
	}
	if replyAbove.MatchString(firstLines(m.Text, 1)) {
		// a help desk's own mark at the head of its notice, whatever
		// the desk: the line a reply is typed above ("##- Please type
		// your reply above this line -##"), which hosted desks put first
		// and no person types
		return true
	}
	// a PSA or service desk sending as its customer's address leaves its
	// own domain in the Message-ID, the bounce address or the Reply-To
	// ("<at.ww5.…@ww5.autotask.net>", "bounces+31207@mail.samanage.com")
	_, d, _ := strings.Cut(strings.ToLower(m.From.Addr), "@")
	traces := strings.ToLower(m.MessageID + " " + h.Get("Return-Path") + " " + h.Get("Reply-To"))
	for _, l := range deskHosts {
		if hostLabel(d, l) || hostLabel(traces, l) {
			return true
		}
	}
	for _, t := range psaTraces {
		if strings.Contains(traces, t) {
			return true
		}
	}
	return false
}

// psaTraces are what PSA tools leave, beside deskHosts, in the
// Message-ID, bounce address or Reply-To of the mail they send in their
// customers' names.
var psaTraces = []string{"autotask.net", "samanage.", "connectwise", "halopsa", "syncromsp", "atera.com",
	"kaseya", "servicedeskplus"}

// quotedWriterField is a platform's field naming the person whose words
// it quotes: a review platform's "Reviewer: Mark Ellison, practice
// owner", "Author: Murat Kaya", "Rezensent: …", "Autor: …", "Avis de :
// …", "Yazar: …".
var quotedWriterField = regexp.MustCompile(`(?im)^[ \t]*(reviewer|reviewed by|review by|written by|author|posted by|rezensent(in)?|bewertet von|verfasser(in)?|autor(a|in)?|auteur|avis de|reseña de|recensent|beoordeeld door|recenzent(ka)?|opinia od|yazar|yorum yapan|recenzie de)[ \t]*:[ \t]*([^\n]+)`)

// quoteMarks are the marks a quoted passage opens with.
const quoteMarks = "\"“„«»‚‘"

// quotedToUs reports whether a platform's notice quotes a person it names
// (quotedWriterField, a person's name before any comma or bracket) whose
// quoted words open by addressing us by name, "Acme, I've sent three
// emails …", „Dzień dobry Acme, od poniedziałku …“: a review or a post
// written at us, which the platform relays to the desk (README: a
// person's words to us, however they arrive). Words that only praise or
// blame a service without naming us speak to the public, and a quote of
// us with no writer named is a newsletter's testimonial.
//
// Or whose words, in any language, the platform carries both ways: it
// says a reply to its notice by mail reaches the one who wrote them
// (replyReaches: "Reply to this email to post a public developer
// response", its own reply address in Reply-To), as a relayed app review
// is answered. A review a console or an app answers ("Reply to this
// review: https://…") is the platform's notice to its user.
func quotedToUs(m *Message, own []string) bool {
	t := head(m.Text)
	for para := range strings.SplitSeq(t, "\n\n") {
		p := strings.TrimLeft(para, " \t\n")
		if l, below, ok := strings.Cut(p, "\n"); ok && strings.HasSuffix(strings.TrimSpace(l), ":") && len(strings.Fields(l)) <= 4 {
			p = strings.TrimLeft(below, " \t") // its label, "Review text:"
		}
		r, size := utf8.DecodeRuneInString(p)
		if !strings.ContainsRune(quoteMarks, r) {
			continue
		}
		rest := p[size:]
		if opensToUs(rest, own) && sentence(rest) {
			return quoteWriterNamed(t)
		}
		if sentence(rest) && replyReaches(m, t) && quoteWriterNamed(t) {
			return true
		}
	}
	return false
}

// opensToUs reports whether words open by addressing us by name, after
// any greeting: "Acme, I've sent …", "Hello Acme, I am on site …",
// "Acme team: …" (paragraphFor).
func opensToUs(words string, own []string) bool {
	if a := addressing.FindStringIndex(words); a != nil {
		words = strings.TrimLeft(words[a[1]:], " \t,")
	}
	s := paragraphFor.FindStringSubmatch(words)
	return s != nil && isOurName(s[1], own)
}

// replyReaches reports whether a notice says a reply to it by mail
// reaches the thread it carries (replyInvite) and gives an address of its
// own that takes that reply (repliesReach), to one who is not merely
// subscribed to the thread (subscribedOnly).
func replyReaches(m *Message, t string) bool {
	return repliesReach(m) && replyInvite.MatchString(t) && !subscribedOnly.MatchString(t)
}

// authorLine is a notice's line naming the person whose words follow it,
// quoted with "> " or set out as they are: "New comment by Ionuț Popescu
// (installer, AutoTech Cluj SRL):", "Comment from Sam Lee:", "Neuer
// Kommentar von Jonas Weber:", "Nouveau commentaire de Claire Martin :",
// "Nuevo comentario de …", "Nuovo commento di …", "Nieuwe reactie van
// …", "Novo comentário de …", "Comentariu nou de la …": the word for
// "new" before or after the noun, the writer's role in brackets after
// the name. A newsletter's "A message from Jane Doe (founder):" announces
// a letter to every reader, not a comment on a thread.
var authorLine = mustGate(`(?im)^[ \t]*(?:(?:new|latest|neuer|neue|neues|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuwe?|novo|nova|yeni)[ \t]+)?(?:comment|message|note|reply|post|update|question|request|kommentar|nachricht|notiz|antwort|anfrage|commentaire|réponse|comentario|mensaje|nota|respuesta|commento|messaggio|risposta|reactie|opmerking|bericht|notitie|vraag|comentário|mensagem|resposta|comentariu|mesaj|răspuns)(?:[ \t]+(?:nou|nouă))?[ \t]+(?:by|from|von|de|par|por|di|da|van|door|de la)[ \t]+([^\n():]{2,60}?)[ \t]*(?:\([^)\n]{0,80}\))?[ \t]*:[ \t]*$`)

// namedComment reports whether a notice carries a comment whose writer it
// names on the line above it (authorLine), a person, not us: a portal's
// "New comment by Ionuț Popescu (installer, …):" above his words quoted
// with "> ", marked auto-generated and bulk and sent from its no-reply
// address. The comment is that person's mail to us when it opens by
// addressing us by name, or when it asks, argues or speaks in its
// writer's own voice, or the notice's reply reaches them, on a thread we
// do more than watch (subscribedOnly): a tracker tells its watchers of
// every comment.
func namedComment(m *Message, own []string) bool {
	t := head(m.Text)
	loc := authorLine.FindStringSubmatchIndex(t)
	if loc == nil {
		return false
	}
	if name := t[loc[2]:loc[3]]; !personName(withoutParticles(name)) || namesUs(name, own) {
		return false
	}
	block := commentBelow(t[loc[1]:])
	if !sentence(block) {
		return false
	}
	if opensToUs(strings.TrimLeft(block, " \t"+quoteMarks), own) {
		return true
	}
	return !subscribedOnly.MatchString(t) && (argues(block) || ownVoice(block) || replyReaches(m, t))
}

// commentBelow is the comment below its author's line: the lines quoted
// with ">" that follow it, their marks taken off, or else its paragraph.
func commentBelow(t string) string {
	t = strings.TrimLeft(t, " \t\n")
	if !strings.HasPrefix(t, ">") {
		para, _, _ := strings.Cut(t, "\n\n")
		return para
	}
	var b strings.Builder
	for l := range strings.Lines(t) {
		if !strings.HasPrefix(l, ">") {
			break
		}
		b.WriteString(strings.TrimPrefix(strings.TrimPrefix(l, ">"), " "))
	}
	return b.String()
}

// quoteWriterNamed reports whether a notice names in its fields the
// person whose words it quotes (quotedWriterField, a person's name before
// any comma or bracket): "Reviewer: Mark Ellison, practice owner".
func quoteWriterNamed(t string) bool {
	sub := quotedWriterField.FindStringSubmatch(t)
	if sub == nil {
		return false
	}
	name := sub[len(sub)-1]
	if i := strings.IndexAny(name, ",(<|/"); i >= 0 {
		name = name[:i]
	}
	return personName(withoutParticles(name))
}
