package intake

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message/mail"
)

// LoopHeader is the header field the gateway puts on every mail it sends
// (with Auto-Submitted: auto-replied); mail carrying it is our own coming
// back and is never answered.
const LoopHeader = "X-Escalate-Loop"

// autoCheck is one rule of automatic-mail detection: it returns the kind
// and the evidence, or Human when it does not apply.
type autoCheck func(h mail.Header, m *Message, own []string) (AutoKind, string)

// autoChecks run in order; the first that applies decides. Reports and
// bounces come before the generic Auto-Submitted rule because many DSNs
// carry Auto-Submitted: auto-replied too.
var autoChecks = []autoCheck{
	reportCheck,
	bounceSenderCheck,
	bounceHeaderCheck,
	pecReceiptCheck,
	autoSubmittedCheck,
	autoReplyHeaderCheck,
	autoReplySubjectCheck,
	autoReplyBodyCheck,
	helpdeskAckCheck,
	botAnswerCheck,
	receiptCheck,
	cannedReplyCheck,
	closedNoticeCheck,
	deskNoticeTypeCheck,
	signedNoticeCheck,
	challengeCheck,
	ruleReplyCheck,
	calendarNoticeCheck,
	listCheck,
	eInvoiceCheck,
	templateCheck,
	notificationCheck,
	paymentReceiptCheck,
	unmonitoredCheck,
	scheduledNoticeCheck,
	logOutputCheck,
	circularCheck,
	surveyCheck,
	deviceNoticeCheck,
	nullSenderCheck,
	noReplyCheck,
	suppressCheck,
}

// detectAuto decides whether a mail was sent by a machine and of which
// kind, with a short reason naming the evidence. Such mail is stored and
// threaded but never acknowledged (RFC 3834 section 2).
func detectAuto(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if v := h.Get(LoopHeader); v != "" {
		return Loop, LoopHeader + ": " + truncate(unfold(v), 60)
	}
	if isOwn(m.From.Addr, own) {
		return Loop, "From is our own address " + m.From.Addr
	}
	if formSubmission(m) || bookingNote(m) || labelledNote(m) || agentForward(h) || deskComment(h, m, own) || deskReply(h, m, own) || deskLetter(h, m, own) || relayedMessage(m) ||
		mentionsUs(m, own) || personViaTool(m) || relayedQuestion(m) || relayedStatement(m) || chatTranscript(m) || calendarNoteAdded(m) || trackerCorrespondence(h, m, own) || quotedToUs(m, own) || namedComment(m, own) {
		// A web form's notifier, or a help desk's notice of a comment,
		// carries what a person typed, whatever list or bulk headers its
		// sender puts on it.
		return Human, ""
	}
	for _, check := range autoChecks {
		if kind, why := check(h, m, own); kind != Human {
			if speaksUnderHeaders(check, kind, h, m, own) {
				return Human, ""
			}
			return kind, why
		}
	}
	return Human, ""
}

// reportCheck recognises RFC 6522 multipart/report and its machine parts
// wherever they sit: RFC 3464 delivery status (a bounce, or a "delivered"
// or "delayed" notice), RFC 5965 ARF feedback and RFC 8098 MDN, and the
// read receipts clients send without them (Domino's, a plain-text "Lida:").
func reportCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	for _, a := range m.Attachments {
		switch a.ContentType {
		case "message/delivery-status", "message/global-delivery-status":
			if delivered(m.dsnActions) {
				// a receipt the sender asked for ("Delivered:", "Relayed:"),
				// no failure: the mail reached the customer
				return AutoReply, "part " + a.ContentType + " (RFC 3464) saying delivered"
			}
			return Bounce, "part " + a.ContentType + " (RFC 3464)"
		case "message/feedback-report":
			return Report, "part message/feedback-report (RFC 5965 ARF)"
		case "message/disposition-notification", "message/global-disposition-notification":
			return Report, "part " + a.ContentType + " (RFC 8098 MDN)"
		}
	}
	if dmarcSubject.MatchString(m.Subject) {
		return Report, "DMARC aggregate report subject (RFC 7489 section 7.2.1.1)"
	}
	if t := head(m.Text); dominoReceiptSubject.MatchString(m.Subject) && dominoReceiptText.MatchString(t) && dominoDocument.MatchString(t) && nonBlankLines(t) <= 8 && !argues(t) {
		// Lotus Notes/Domino's own read receipt: "Your document: … was
		// received by: … at: …", plain text, no MDN part, in the
		// languages Notes ships ("Il documento: … è stato ricevuto da:").
		return Report, "Domino return receipt"
	}
	if t := head(m.Visible); readReceiptSubject.MatchString(m.Subject) && readReceiptText.MatchString(firstLines(t, 2)) && nonBlankLines(t) <= 8 && !argues(t) {
		// An older client's read receipt in plain text, no MDN part:
		// "Lida: …" with "Esta é uma confirmação de leitura para a
		// mensagem que você enviou para …".
		return Report, "a read receipt in plain text"
	}
	if strings.EqualFold(strings.TrimSpace(h.Get("X-ARF")), "yes") {
		return Report, "X-ARF: yes (an abuse report in the X-ARF format)"
	}
	if t := firstLines(m.Visible, 3); phishReported.MatchString(t) && !reporterComment.MatchString(head(m.Visible)) {
		// A phish-report button (KnowBe4's, Outlook's "Report"): the
		// user clicked, the add-in wrote the mail and attached the
		// suspect one. With the user's comment it is theirs.
		return Report, "a phish-report button's report, no comment typed"
	}
	_, params, _ := h.ContentType()
	if m.calendarReply && !calendarComment(m) {
		if calendarAnsweredItself(m) {
			// no one clicked: the calendar declined for its owner while
			// away, as an out-of-office answers
			return AutoReply, "text/calendar; method=REPLY (RFC 5546 iTIP reply) the calendar sent by itself"
		}
		// An invitation's answer ("Accepted: …") that the calendar wrote:
		// the invitee clicked a button, nothing was typed to us.
		return Report, "text/calendar; method=REPLY (RFC 5546 iTIP reply)"
	}
	if contentType(h.Get("Content-Type")) != "multipart/report" {
		return Human, ""
	}
	rt := strings.ToLower(params["report-type"])
	if rt == "delivery-status" || rt == "" && looksLikeBounce(m.Subject) {
		return Bounce, "multipart/report; report-type=" + rt
	}
	return Report, "multipart/report; report-type=" + params["report-type"]
}

// delivered reports whether a delivery-status part's recipients were all
// delivered, relayed or expanded: none failed or waits.
func delivered(actions []string) bool {
	for _, a := range actions {
		if a != "delivered" && a != "relayed" && a != "expanded" {
			return false
		}
	}
	return len(actions) > 0
}

// calendarComment reports whether the invitee typed a comment into their
// answer ("Tentative: …" with "I may be 15 minutes late; start with
// Tomasz, he has the HAR files"; "Declined: … could we do Thursday
// instead?"): a sentence in the text beside the calendar part, which is
// theirs, not a calendar's notice of the answer ("Owen has accepted this
// invitation.").
//
// A calendar that answers for its owner while they are away (Exchange
// declines new invitations under an out-of-office) puts its own line
// there and says so, "Je suis en congé du 16 au 20 novembre. Cette
// invitation a été refusée automatiquement.": a text that says the answer
// was given automatically and asks nothing is no one's comment.
func calendarComment(m *Message) bool {
	t := head(m.Visible)
	return wordyLines(t) > 0 && !invitationAnswered.MatchString(firstLines(t, 2)) && !calendarAnsweredItself(m)
}

// calendarAnsweredItself reports whether an invitation's answer says the
// calendar gave it by itself, in its text or in its iTIP part's COMMENT.
func calendarAnsweredItself(m *Message) bool {
	return answeredItself(head(m.Visible)) || answeredItself(m.calendarNote)
}

// answeredItself reports whether a text says a calendar answered an
// invitation by itself (answeredAutomatically) and asks nothing.
func answeredItself(t string) bool {
	return answeredAutomatically.MatchString(t) && !argues(t)
}

// answeredAutomatically is a calendar's line saying it answered an
// invitation by itself: "This meeting was declined automatically", "Cette
// invitation a été refusée automatiquement", "automatisch abgelehnt",
// "rechazada automáticamente", "recusado automaticamente".
var answeredAutomatically = mustGate(`(?i)\b(declined|accepted|rejected|refused)\s+automatically\b|\bautomatically\s+(declined|accepted|rejected|refused)\b|` +
	`\b(refusée?s?|acceptée?s?|déclinée?s?)\s+automatiquement\b|\bautomatiquement\s+(refusé|accepté|décliné)|\bautomatisch\s+(abgelehnt|angenommen|zugesagt|abgesagt|geweigerd|afgewezen|geaccepteerd|geannuleerd)\b|` +
	`\b(rechazad[oa]s?|aceptad[oa]s?|declinad[oa]s?|recusad[oa]s?|aceit[oa]s?|rifiutat[oa]|accettat[oa]|declinat[oa])\s+automáticamente\b|\b(rechazad[oa]s?|aceptad[oa]s?|recusad[oa]s?|aceit[oa]s?|rifiutat[oa]|accettat[oa])\s+automaticamente\b|` +
	`\bautomáticamente\s+(rechazad|aceptad)|\bautomaticamente\s+(recusad|aceit|rifiutat|accettat)`)

// invitationAnswered is a calendar's line telling of an answer: "…
// has accepted this invitation.", "Carla Souza aceitou este convite.",
// "Trần Minh Khoa đã chấp nhận lời mời này.".
var invitationAnswered = mustGate(`(?i)\b(has (accepted|declined|tentatively accepted|proposed a new time for) (this|the|your) (invitation|event|meeting)|hat (diese|die|ihre) (einladung|besprechung) (angenommen|abgelehnt|mit vorbehalt angenommen)|a (accepté|refusé|accepté provisoirement) (cette|l'|votre) ?(invitation|réunion)|ha (aceptado|rechazado|aceptado provisionalmente) (esta|la|su) (invitación|reunión)|ha (accettato|rifiutato) (questo |l')?invito|heeft (deze|de|uw) uitnodiging (geaccepteerd|afgewezen|geweigerd)|(aceitou|recusou|aceitou provisoriamente) (este|o|seu) convite)|` +
	// in East and Southeast Asia: "Trần Minh Khoa đã chấp nhận lời mời
	// này.", "… が招待を承諾しました", "…님이 초대를 수락했습니다", "… 已接受此邀请",
	// "… ยอมรับคำเชิญนี้แล้ว", "… telah menerima undangan ini"
	`(?:^|[^\pL\pN_])đã (chấp nhận|từ chối|chấp nhận dự kiến) lời mời|招待を(承諾|辞退|仮承諾)しました|초대를 (수락|거절|미정으로 응답)했습니다|已(接受|拒绝|拒絕|暂定接受|暫定接受)(此|该|該)?邀(请|請)|(ยอมรับ|ปฏิเสธ)คำเชิญ|\b(telah|sudah) (menerima|menolak) undangan\b`)

// phishReported is how a phish-report button's mail opens, "This message
// was reported as a potential phishing email using the Phish Alert
// Button", "… reported as Phishing by … using Report in Outlook";
// reporterComment is where the user's own comment stands in it.
var (
	phishReported   = mustGate(`(?i)^\s*this (message|e-?mail) (was|has been) reported as (a )?(potential |suspected |possible )?(phishing|phish|spam|junk)\b`)
	reporterComment = mustGate(`(?i)\b(comments?|note)( from (the )?(reporter|user))?\s*:\s*\S`)
)

// dominoReceiptSubject, dominoDocument and dominoReceiptText are a
// Domino return receipt's subject, its "Your document:" and its "was
// received by:" (which its table may break over two lines).
var (
	dominoReceiptSubject = mustGate(`(?i)^\s*(return receipt|ricevuta di ritorno|empfangsbestätigung|rückbestätigung|accusé de réception|acuse de recibo|confirmação de recebimento|ontvangstbevestiging|mottagningskvitto|potwierdzenie odbioru)\s*$`)
	dominoDocument       = mustGate(`(?i)\b(document|documento|dokument)\s*:`)
	dominoReceiptText    = mustGate(`(?i)(^|\s)(was received|è stato ricevuto|wurde empfangen|wurde erhalten|a été reçu|fue recibido|foi recebido|is ontvangen|togs emot|został odebrany)\b`)
)

// readReceiptSubject is a read receipt's subject, "Read: …", "Lida: …",
// "Gelesen: …", "Läst: …", "읽음 확인: …", "開封済み: …"; readReceiptText how its text says what it is:
// "This is a receipt for the mail you sent to …", "Esta é uma
// confirmação de leitura para a mensagem que você enviou …", "Your
// message … was read on …".
var (
	readReceiptSubject = mustGate(`(?i)^\s*(read|lu|gelesen|leído|leido|lida|lido|letto|gelezen|läst|læst|lest|luettu|przeczytane|přečteno|읽음 확인|수신 확인|開封済み|開封確認|已读|已讀|อ่านแล้ว|đã đọc)\s*[:：]`)
	readReceiptText    = mustGate(`(?i)\b(this is a (read |return )?receipt for the (mail|message)|esta é uma confirmação de leitura|esta es una confirmación de lectura|ceci est (un accusé|une confirmation) de lecture|dies ist eine lesebestätigung|dit is een leesbevestiging|questa è una (conferma|ricevuta) di lettura|` +
		`your message\b.{0,200}\bwas read on|(sua|a) mensagem\b.{0,200}\bfoi lida em|su mensaje\b.{0,200}\bfue leído el)|` +
		// a Korean webmail's "보내신 메일을 받는 사람이 읽었습니다", the
		// Japanese "… は開封されました", the Chinese "您的邮件已被阅读"
		`(받는 사람이 (메일을 )?읽었습니다|메일을 (읽었습니다|열어 보았습니다)|(開封|閲覧)されました|(邮件|郵件)已被(收件人)?(阅读|閱讀|打开|開啟)|thư của bạn\b.{0,200}(?:^|[^\pL\pN_])đã được đọc)`)
)

// dmarcSubject is the subject RFC 7489 prescribes for DMARC aggregate
// reports: "Report Domain: example.com Submitter: google.com Report-ID: …".
var dmarcSubject = mustGate(`(?i)^\s*(\[[^\]]{1,20}\]\s*)?report domain:\s*\S+\s+submitter:\s*\S+`)

// bounceLocalParts are the sender mailboxes of delivery systems
// (MAILER-DAEMON by tradition). Separators are removed before lookup, so
// "Mailer.Daemon" matches too.
var bounceLocalParts = map[string]bool{
	"mailerdaemon": true, "maildaemon": true,
	"maildeliverysystem": true, "maildeliverysubsystem": true,
}

// bounceSenderCheck recognises mail from MAILER-DAEMON, from postmaster
// with the shape of a bounce, from "Mail Delivery System"/"Mail Delivery
// Subsystem" display names, and mail whose From is the null address "<>".
//
// QUIRK: postmaster@ is a person's mailbox too (RFC 5321 section 4.5.1
// requires one at every domain, and its administrator writes from it to
// report a problem with our mail); it counts as a bounce only with a
// bounce subject or a bounce text.
func bounceSenderCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if bounceLocalParts[localPart(m.From.Addr)] {
		return Bounce, "From " + m.From.Addr
	}
	if localPart(m.From.Addr) == "postmaster" {
		switch {
		case clientWritten(h, m):
			// an administrator typing from postmaster@ in their mail
			// client, a bounce quoted in their words: no bounce
		case looksLikeBounce(m.Subject):
			return Bounce, "From " + m.From.Addr + " and a bounce subject"
		case answersBounce(m):
			// the administrator answering or forwarding a report
			// ("RE: Undeliverable: …"), quoted below their words
		case bounceText.MatchString(head(m.Text)):
			return Bounce, "From " + m.From.Addr + " and a bounce text"
		case quotaSubject.MatchString(m.Subject):
			return Bounce, "From " + m.From.Addr + " and a mailbox quota subject"
		}
	}
	name := strings.ToLower(m.From.Name)
	if strings.Contains(name, "mail delivery") || strings.Contains(name, "mailer-daemon") {
		return Bounce, "From name " + m.From.Name
	}
	if m.From.Addr == "" && h.Get("From") != "" {
		if looksLikeBounce(m.Subject) {
			return Bounce, "null From address and a bounce subject"
		}
		return AutoReply, "null From address"
	}
	return Human, ""
}

// answersBounce reports whether a mail from postmaster@ answers or
// forwards a delivery failure rather than being one: a reply's or a
// forward's prefix stands before the report's subject ("RE:
// Undeliverable: Uw afspraakherinnering …", "Fwd: Undelivered Mail
// Returned to Sender"), where an MTA puts its own word in front of the
// subject it returns ("Undeliverable: RE: …"), and the writer's own text
// above the quoted report says nothing of a failed delivery.
func answersBounce(m *Message) bool {
	loc := replyPrefix.FindStringIndex(m.Subject)
	return loc != nil && looksLikeBounce(m.Subject[loc[1]:]) && !bounceText.MatchString(head(m.Visible))
}

// quotaSubject is the subject of a mail server's quota warning ("Mailbox
// quota warning: … is 92% full"); it counts only from postmaster, as a
// customer writes "our mailbox is full" about a real problem.
var quotaSubject = mustGate(`(?i)\b(quota (warning|exceeded|alert)|mailbox (is )?(almost |nearly )?full|over quota|\d{2,3} ?% full)`)

// localPart is the lowercased local part of addr without '.', '-', '_'.
func localPart(addr string) string {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	return localSeparators.Replace(local)
}

// localSeparators are what noreply addresses put between their words.
var localSeparators = strings.NewReplacer(".", "", "-", "", "_", "", " ", "")

// noReplyLocalParts are the local parts (separators removed) of senders
// that do not take replies.
var noReplyLocalParts = map[string]bool{
	"noreply": true, "donotreply": true, "noresponse": true, "noreplies": true, "quarantine": true,
}

// noReplyAddr reports whether addr takes no replies: no-reply@,
// noreply-dmarc-support@, do-not-reply.billing@.
func noReplyAddr(addr string) bool {
	l := localPart(addr)
	if noReplyLocalParts[l] {
		return true
	}
	return strings.HasPrefix(l, "noreply") || strings.HasPrefix(l, "donotreply")
}

// bulkNoReply reports whether a mail comes from an address that says it
// takes no replies anywhere in it ("payments-noreply@google.com"), sent
// through a bulk sender's per-message bounce address: no person writes so.
// (Only an address that starts with no-reply counts without the bulk
// sender: a person wrote from sap-prd-noreply@ through her company's
// server.)
func bulkNoReply(h mail.Header, m *Message) bool {
	l := localPart(m.From.Addr)
	if !strings.Contains(l, "noreply") && !strings.Contains(l, "donotreply") {
		return false
	}
	rp := strings.ToLower(strings.Trim(unfold(h.Get("Return-Path")), "<> "))
	return bulkSenderDomain(rp) || strings.HasSuffix(rp, ".bounces.google.com")
}

// noReplyCheck recognises machine senders such as no-reply@. A web form
// that sends from no-reply@ with the customer in Reply-To is a person's
// mail and is not matched.
func noReplyCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if !noReplyAddr(m.From.Addr) && !bulkNoReply(h, m) || clientWritten(h, m) || composedInOutlook(h) && !answersOurs(m) && wordyLines(head(m.Visible)) >= 3 || excusesAddress(m) {
		// A person who typed in a mail client from the company's
		// no-reply address ("sorry for the sender, answers to …") is
		// still a person: machines do not send through Thunderbird. So is
		// a letter of several sentences composed in Outlook that answers
		// nothing (a clerk writing from the office's "noreply" mailbox):
		// an Outlook rule's reply answers a mail, and a report mailed
		// from Outlook is a line or two.
		return Human, ""
	}
	for _, r := range m.ReplyTo {
		if !noReplyAddr(r.Addr) {
			return Human, ""
		}
	}
	if looksLikeBounce(m.Subject) {
		return Bounce, "From " + m.From.Addr + " and a bounce subject"
	}
	if !answersOurs(m) && !receiptText(m, own) {
		return List, "From " + m.From.Addr + " (takes no replies), answering no mail"
	}
	return AutoReply, "From " + m.From.Addr + " (takes no replies)"
}

// excusesAddress reports whether a mail's writer excuses the address
// they write from or asks to be answered at another (sorryForSender in
// its subject or first lines, replyElsewhere anywhere in its text): a
// person writing from a mailbox that takes no replies, whatever its
// display name or its footer says of it.
func excusesAddress(m *Message) bool {
	return sorryForSender.MatchString(m.Subject+"\n"+firstLines(m.Visible, 6)) || replyElsewhere.MatchString(head(m.Visible))
}

// sorryForSender is a person excusing the address they write from, in
// their first lines: "sorry this is coming from our noreply address, it's
// the only one set up on my phone. Please reply to me at emma@…",
// "Desculpem escrever por este e-mail, é o único que está configurado",
// or saying why they write from it and where to answer them instead: "I'm
// sending this from our case system so it's recorded against the case.
// Please reply to registrars@…, not to this address". A machine's
// no-reply notice says not to reply; it does not apologise for itself,
// tell of itself in the first person or ask to be answered at another
// address instead of this one.
//
// In German, Dutch and French the writer says "I" and names the address
// in a compound or with its article: "sorry, ich antworte von unserer
// Systemadresse", "Sorry, ik mail vanaf ons systeemadres", "Désolée, je
// réponds depuis l'adresse générique du magasin". A notice that is sorry
// about the reader's address ("Entschuldigung, Ihre Lieferadresse konnte
// nicht geprüft werden") says no "I".
var sorryForSender = mustGate(`(?i)` + sorryWord + `[^.!?\n]{0,30}\b(ich|je|j'|ik|jag|jeg|io)\b[^.!?\n]{0,50}?(adresse|adres|indirizzo)\b|` + sorryWord + `[^.!?\n]{0,60}\b(no-?reply|do-?not-?reply|this address|the address|sender|absender|exp[ée]diteur|remitente|remetente|mittente|(este|deste|desde este) (e-?mail|correo|endereço)|(esta|desta|desde esta) (dirección|conta|cuenta|caixa))\b|\breply (directly )?to me at\b|\bplease (reply|write|answer) to me\b|` +
	`\bi('m| am) (sending|writing)( this| you this)?( e-?mail| message| note)? (from|through|via) (our|the|my|this) `)

// sorryWord is a word of apology opening a writer's excuse.
const sorryWord = `(\bsorry\b|\bapologi[sz]e|\bexcuse\b|\bentschuldig|\bd[ée]sol[ée]|\bperdon|\bscus|\bdesculp|\bdisculp)`

// replyElsewhere is a person asking, anywhere in the text, to be answered
// at their own address instead of the one they write from: "Please reply
// to rvillanueva@…, not this address, nobody reads it". A no-reply
// notice tells where to write; it does not disown its own address so.
var replyElsewhere = mustGate(`(?i)\b(reply|respond|write back|answer)\s+to\s+[^\s@]+@[^\s@,]+,?\s+(and\s+)?not\s+(to\s+)?this\s+(address|mailbox|e-?mail|account)\b`)

// composedInOutlook reports whether Exchange stamped the mail as composed
// in Outlook or Outlook on the web (Thread-Index and X-MS-Has-Attach),
// by a person or by one of Outlook's rules.
func composedInOutlook(h mail.Header) bool {
	return h.Has("Thread-Index") && h.Has("X-MS-Has-Attach")
}

// typedInOutlook reports whether a mail was composed in Outlook or
// Outlook on the web (Exchange stamps such mail with Thread-Index and
// X-MS-Has-Attach; an application relaying through Exchange by SMTP gets
// neither) and copies a person: someone writing from their team's
// no-reply mailbox ("sorry for the odd address") with their own address
// in Cc.
func typedInOutlook(h mail.Header, m *Message) bool {
	if !composedInOutlook(h) {
		return false
	}
	for _, a := range m.Cc {
		if a.Addr != "" && !noReplyAddr(a.Addr) {
			return true
		}
	}
	return false
}

// personClient names the mail clients people type in, as their
// User-Agent or X-Mailer gives them.
var personClient = mustGate(`(?i)\b(thunderbird|apple mail|iphone mail|ipad mail|evolution|kmail|claws mail|mutt|neomutt|alpine|roundcube|sogo|horde|em client|mailspring|postbox|the bat!|becky!|airmail|spark|k-9 mail|fairemail|bluemail|seamonkey)\b`)

// bounceHeaderCheck recognises headers only delivery systems write:
// Exim's X-Failed-Recipients, qmail's and others' bounce markers.
func bounceHeaderCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	for _, k := range []string{"X-Failed-Recipients", "X-Mailer-Daemon-Error", "X-Bounce-Reason"} {
		if h.Has(k) {
			return Bounce, "header " + k
		}
	}
	return Human, ""
}

// pecReceipts are the receipts of Italian certified mail (PEC) by their
// X-Ricevuta field, which the certified-mail provider writes on every
// receipt it sends (the technical rules of DPR 68/2005, DM 2 November
// 2005): true for a failure, false for a receipt that all went well.
var pecReceipts = map[string]bool{
	"accettazione": false, "avvenuta-consegna": false, "presa-in-carico": false,
	"non-accettazione": true, "preavviso-errore-consegna": true, "errore-consegna": true, "rilevazione-virus": true,
}

// pecReceiptCheck recognises a PEC provider's receipt for a certified
// mail of ours: its acceptance ("ACCETTAZIONE") or delivery ("CONSEGNA")
// answers our mail as a read receipt does; its notice of non-acceptance
// or of a failed delivery ("AVVISO DI MANCATA CONSEGNA") is a bounce. The
// transport envelope that carries a person's certified mail to us
// ("POSTA CERTIFICATA:", X-Trasporto: posta-certificata) has no
// X-Ricevuta and is theirs.
func pecReceiptCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	v := h.Get("X-Ricevuta")
	if v == "" {
		return Human, ""
	}
	v = strings.ToLower(strings.TrimSpace(v))
	failed, ok := pecReceipts[v]
	switch {
	case !ok:
		return Human, ""
	case failed:
		return Bounce, "X-Ricevuta: " + v + " (a certified mail's failure notice)"
	}
	return AutoReply, "X-Ricevuta: " + v + " (a certified mail's receipt)"
}

// autoSubmittedCheck applies RFC 3834 section 5: any Auto-Submitted value
// other than "no" marks automatic mail.
func autoSubmittedCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	as := m.AutoSubmitted
	if as == "" || strings.HasPrefix(as, "no") && (len(as) == 2 || as[2] == ';' || as[2] == ' ') {
		return Human, ""
	}
	if looksLikeBounce(m.Subject) {
		return Bounce, "Auto-Submitted: " + as + " and a bounce subject"
	}
	// A notification (GitLab, Discourse) says auto-generated and carries
	// list fields: it is list mail, not a reply to ours. (Help desks'
	// receipts say auto-generated with Precedence: bulk too.)
	if strings.HasPrefix(as, "auto-generated") && (h.Get("List-Id") != "" || h.Get("List-Unsubscribe") != "") {
		return List, "Auto-Submitted: " + as + " with list fields"
	}
	if strings.HasPrefix(as, "auto-generated") && !answersOurs(m) && !receiptText(m, own) && !autoReplySubject.MatchString(m.Subject) {
		// RFC 3834 section 5: auto-generated is not a response to a
		// particular message; one that answers none of ours is a
		// notification (an invoice, a calendar's or a tracker's update).
		// A responder that gives no reference but puts its own word
		// before our subject ("Abwesenheitsnotiz: Ihre Anfrage [ESC-…]",
		// as Notes does) names the mail it answers.
		return List, "Auto-Submitted: " + as + ", answering no mail"
	}
	return AutoReply, "Auto-Submitted: " + as
}

// autoReplyHeaders are the non-standard markers of vacation responders and
// autoresponders in use (Exchange, Zimbra, cPanel, Yahoo, FirstClass…),
// and the program's own name in X-Mailer when it calls itself an
// autoresponder ("cPanel Autoresponder"): a responder may send no other
// mark, and its text may be signed by the person who wrote it once
// ("Un abbraccio dalla cucina, Giulia").
var autoReplyHeaders = []struct{ name, value string }{
	{"X-Autoreply", ""},
	{"X-Autorespond", ""},
	{"X-Autoresponder", ""},
	{"X-AutoReply-From", ""},
	{"X-Mail-Autoreply", ""},
	{"X-Autogenerated", "reply"},
	{"X-FC-MachineGenerated", "true"},
	{"X-POST-MessageClass", "autoresponder"},
	{"Delivered-To", "autoresponder"},
	{"X-Precedence", "auto_reply"},
	{"Precedence", "auto_reply"},
	{"X-Vacation", ""},
	{"X-Mailer", "autorespond"},
	{"X-Mailer", "auto-respond"},
}

// autoReplyHeaderCheck recognises the vacation markers above. A header
// whose value is "no" or "false" does not count.
func autoReplyHeaderCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	for _, ah := range autoReplyHeaders {
		v := strings.ToLower(unfold(h.Get(ah.name)))
		if v == "" || v == "no" || v == "false" || v == "0" {
			continue
		}
		if ah.value == "" || strings.Contains(v, ah.value) {
			return AutoReply, "header " + ah.name + ": " + truncate(v, 40)
		}
	}
	return Human, ""
}

// autoReplySubject matches the subject prefixes that out-of-office
// responders write, in the languages of Exchange, Gmail and common
// webmails: the label before a colon or in brackets, half- or full-width,
// or followed by the span of the absence in brackets and nothing, a
// colon or the subject it answers ("不在のお知らせ（11/5～11/10）Re: 【Acme】
// 配送設定の変更について", an Active! mail rule's; "Out of office (until 10
// Nov)"). A person does not start a subject this way; a reply to such
// mail starts with "Re:" and does not match.
var autoReplySubject = mustGate(`(?i)^\s*((` + autoReplyWords + `)\s*[:：]|` + openBracket + `\s*(` + autoReplyWords + `)\s*` + closeBracket + `|` +
	`(` + autoReplyWords + `)\s*` + openBracket + `[^)）\]］】〕\n]{0,30}\d[^)）\]］】〕\n]{0,30}` + closeBracket + `\s*($|[:：]|(re|aw|sv|antw|fwd?|wg|tr|rv)\s*[:：]))`)

// autoReplyLabelLast is a responder's label in brackets at the end of its
// subject, after the subject of its own it gives its reply
// ("【月見茶房】お問い合わせありがとうございます（自動返信）", "Thanks for
// contacting Bay Tea (auto-reply)"); a person's reply to it puts "Re:"
// before.
var autoReplyLabelLast = mustGate(`(?i)` + openBracket + `\s*(` + autoReplyWords + `)\s*` + closeBracket + `\s*$`)

// openBracket and closeBracket are the brackets, half- and full-width,
// that subjects put labels in.
const (
	openBracket  = `[\[【(（［〔]`
	closeBracket = `[\]】)）］〕]`
)

// autoReplyWords are what those prefixes say, before a colon or in
// brackets ("[자동응답]", "【自動返信】").
const autoReplyWords = `不在のお知らせ|automatic reply|auto[- ]?reply|auto[- ]?response|autoresponse|out of (the )?office( autoreply| reply)?|away from (the |my )?(office|desk)|vacation (auto)?reply|abwesenheitsnotiz|automatische antwort|abwesend|réponse automatique|absence|respuesta automática|fuera de la oficina|risposta automatica|fuori sede|automatisch antwoord|afwezig|autosvar|automatisk svar|fraværende|resposta automática|ausente|automatyczna odpowiedź|(automat\p{L}*|otomatik|samodejn\p{L}*) (válasz|odpověď|odpoveď|vastaus|odgovor|yanıt|cevap|svar|atsakymas|atbilde|vastus)|răspuns automat|αυτόματη απάντηση|автоматический ответ|自动回复|自動回覆|自動応答|不在通知|자동 회신|자동응답|자동 응답|自動返信|自动答复|부재중|부재 중|` +
	// Outlook's "Automatic reply:" and "Out of office" in the languages
	// the list above missed: Thai, Vietnamese, Indonesian and Malay,
	// Hebrew, Arabic, Persian, Hindi, Ukrainian, Bulgarian, Serbian,
	// Latvian, Estonian
	`ตอบกลับอัตโนมัติ|การตอบกลับอัตโนมัติ|ไม่อยู่ที่สำนักงาน|ไม่อยู่ในสำนักงาน|trả lời tự động|không có mặt tại văn phòng|balasan otomatis|balasan automatik|di luar kantor|תשובה אוטומטית|מחוץ למשרד|رد تلقائي|الرد التلقائي|خارج المكتب|پاسخ خودکار|स्वचालित उत्तर|स्वचालित जवाब|कार्यालय से बाहर|автоматична відповідь|автоматичен отговор|аутоматски одговор|automātiskā atbilde|automaatvastus`

// autoReplyOverReply is a responder's label, a word for an absence or an
// automatic reply with a word or two after it, set before the subject of
// the mail it answers with that subject's own reply prefix: "Ausência
// temporária - Re: Sua solicitação #53402" (UOL's vacation reply), "Out
// of office - RE: …", "Abwesenheit – AW: …", "Nieobecność: Odp: …". A
// person's reply puts its prefix first; a person's new mail has no prefix
// after its first words.
var autoReplyOverReply = mustGate(`(?i)^\s*(` + autoReplyWords + `|` + absenceNouns + `)(\s+\pL+)?\s*([-–—|]|[:：])\s*(re|aw|sv|antw|odp|ynt|res|rv|wg|tr|enc|fwd?)\s*[:：]`)

// absenceNouns are the nouns for an absence that such labels use, beside
// autoReplyWords: "Ausência temporária", "Abwesenheit", "Nieobecność".
const absenceNouns = `ausência|ausencia|abwesenheit|assenza|afwezigheid|nieobecność|nepřítomnost|neprítomnosť|frånvaro|fravær|poissaolo|távollét|absență|отсутствие|відсутність`

// absenceLabel is the noun for an absence as a label before a colon at
// the start of a subject, "Frånvaro: [Acme #48333] Planerat underhåll",
// "Abwesenheit: Wartung am 14.11." (an Outlook rule's reply template,
// which keeps the subject it answers and sends no reference). A person
// may head a subject so too, to announce their own absence; the text
// under it is read as well: autoReplyBodyCheck wants a short absence's
// text that asks nothing.
var absenceLabel = mustGate(`(?i)^\s*(` + absenceNouns + `)\s*[:：]`)

// absenceSubject is a subject that is only the word for an absence or an
// automatic reply, "Ausente", "Out of office", "Abwesend": an
// autoresponder's, which its owner named so; a person's new mail says
// what it is about.
var absenceSubject = mustGate(`(?i)^\s*(` + autoReplyWords + `)\s*[.!]?\s*$`)

// autoReplySubjectCheck recognises out-of-office subjects and an
// automatic reply's label at the end of one, unless a person pasted one
// (pastedReplySubject).
func autoReplySubjectCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if autoReplySubject.MatchString(m.Subject) && !pastedReplySubject(h, m) {
		return AutoReply, "out-of-office subject"
	}
	if autoReplyOverReply.MatchString(m.Subject) && !argues(head(m.Visible)) && !pastedReplySubject(h, m) {
		// (a person who heads a subject with a word of her own, "Abwesenheit
		// Meier - AW: Termin", asks about it)
		return AutoReply, "an absence's label before the subject it answers"
	}
	if autoReplyLabelLast.MatchString(m.Subject) && !replyPrefix.MatchString(m.Subject) && !argues(head(m.Visible)) && !pastedReplySubject(h, m) {
		// a person who names an automatic reply in brackets at the end
		// of a subject of her own asks about it
		return AutoReply, "an automatic reply's label at the end of its subject"
	}
	return Human, ""
}

// pastedReplySubject reports whether an out-of-office subject heads a
// letter a person typed: "Automatic reply: SAML signing certificate
// expires 30 Nov", pasted from the out-of-office a customer got back from
// our agent "so you can see the history", above her own questions. The
// mail was typed in a mail client (Outlook's fields, or a client's
// User-Agent), answers no mail (a responder's reply always answers one:
// Exchange, Gmail and Zimbra give its In-Reply-To), and its new text is a
// letter that asks, three lines of words or more: a responder's notice
// asks nothing. Responders that send no header and no reference
// (IceWarp's, Naver's, a small host's) write from no mail client and
// ask nothing either.
func pastedReplySubject(h mail.Header, m *Message) bool {
	if !composedInOutlook(h) && !clientWritten(h, m) || answersOurs(m) {
		return false
	}
	t := head(m.Visible)
	return wordyLines(t) >= 3 && argues(t)
}

// listHeaders mark mail sent by list software: RFC 2369 fields, ezmlm's
// Mailing-List, fml's X-MLServer and X-ML-Name, and Sympa's/Mailman's
// X-Loop-style list markers.
var listHeaders = []string{
	"List-Unsubscribe", "List-Subscribe", "List-Post", "List-Help",
	"List-Owner", "List-Archive", "Mailing-List", "X-Mailing-List",
	"X-MLServer", "X-ML-Name", "X-List-Administrivia",
}

// listCheck recognises mailing-list and bulk mail: RFC 2919 List-Id,
// RFC 2369/8058 List-Unsubscribe, and Precedence bulk/junk/list
// (RFC 3834 section 3.1.8 names these as not to be answered).
//
// QUIRK: when the support address is itself a group (a Google Group or a
// Mailman list that forwards to the mailbox), every customer mail carries
// that group's List-Id, List-Post and Precedence: list. Mail whose list is
// one of our own addresses is therefore not counted as list mail.
func listCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if digestSubject.MatchString(m.Subject) && (m.ListID != "" || h.Has("Precedence")) {
		// a digest of a group's posts is the list's, even a group made
		// to reach us: no one person writes it ("[acme-users] Digest
		// Number 312")
		return List, "a list's digest: " + truncate(m.Subject, 60)
	}
	if ownList(h, m, own) || writtenPast(h, m, own) || groupForUs(m, own) || groupCopyToUs(h, m, own) || groupPostToUs(h, m, own) || listPostCopiesUs(h, m, own) || relayUnsubscribe(h, m, own) {
		return Human, ""
	}
	if m.ListID != "" {
		return List, "List-Id: " + m.ListID
	}
	for _, k := range listHeaders {
		if h.Has(k) {
			if contactReceipt(m) {
				return AutoReply, "a receipt: thanks us for writing to " + truncate(m.From.Name, 40) + " and says it received our message"
			}
			return List, "header " + k
		}
	}
	switch p := strings.ToLower(unfold(h.Get("Precedence"))); p {
	case "bulk", "junk", "list":
		if relaysPerson(m) || bulkOneToOne(h, m, own) {
			return Human, ""
		}
		if answersOurs(m) {
			// the precedence alone on a reply to our mail: vacation(1),
			// Request Tracker's and OTRS's autoreplies mark what they
			// answer with it ("Re: [ACME-48503] …"); a list's mail
			// carries its list fields besides
			return AutoReply, "Precedence: " + p + " on a reply to our mail"
		}
		if contactReceipt(m) {
			return AutoReply, "a receipt: thanks us for writing to " + truncate(m.From.Name, 40) + " and says it received our message"
		}
		return List, "Precedence: " + p
	}
	return Human, ""
}

// contactReceipt reports whether a mail with list fields and no List-Id
// is a marketing tool's receipt for a contact, sent with the
// List-Unsubscribe and bulk precedence of all it sends: its first lines
// thank us for writing to the business by its own name (thanksOwnName)
// and say our message was received, "Thanks for getting in touch with
// Maple Leaf Vet! We've received your message …", read across the lines
// its text wraps at. It answers our mail as a responder does.
func contactReceipt(m *Message) bool {
	t := head(m.Visible)
	return thanksOwnName(t, m.From) && helpdeskReceived.MatchString(firstLines(t, 6))
}

// relayUnsubscribe reports whether a mail's only list field is the
// List-Unsubscribe that a sending relay puts on everything it carries,
// on a letter a person typed to us: Brevo's SMTP relay adds
// List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) to a shop
// owner's mail from Thunderbird ("Remboursements PayPal non répercutés
// dans Acme depuis lundi"). The mail names a person's mail client
// (clientWritten) and one of our addresses among its recipients, and
// carries no other list field and no bulk precedence. List software that keeps a member's User-Agent adds
// List-Id and List-Post besides, and its copy is addressed to the list;
// a newsletter is written in no mail client.
//
// A CRM sends a salesperson's or account manager's one-to-one mail as it
// sends its campaigns, with List-Unsubscribe and Precedence: bulk, from
// no mail client (oneToOne tells it from a campaign by its text).
func relayUnsubscribe(h mail.Header, m *Message, own []string) bool {
	if !h.Has("List-Unsubscribe") || m.ListID != "" {
		return false
	}
	for _, k := range listHeaders {
		if k != "List-Unsubscribe" && h.Has(k) {
			return false
		}
	}
	if !slices.ContainsFunc(recipients(m), func(a Address) bool { return isOwn(a.Addr, own) }) {
		return false
	}
	switch strings.ToLower(unfold(h.Get("Precedence"))) {
	case "bulk", "junk", "list":
		return oneToOne(h, m, own)
	}
	return clientWritten(h, m) || oneToOne(h, m, own)
}

// bulkOneToOne reports whether a mail whose only mark of bulk is its
// Precedence (no list field at all) is a person's letter to us that
// their CRM's mailer marks as it marks everything it sends ("onze
// CRM-mailer verstuurt alles als bulk, ook losse mails"): one of our
// addresses is among its recipients and it reads as one person's letter
// (oneToOne: a person's own address, our name in its greeting, no way to
// unsubscribe); a post addressed to a list or a group is not taken.
func bulkOneToOne(h mail.Header, m *Message, own []string) bool {
	return slices.ContainsFunc(recipients(m), func(a Address) bool { return isOwn(a.Addr, own) }) && oneToOne(h, m, own)
}

// oneToOne reports whether a mail a sending tool carries is one person's
// letter to us rather than a campaign: sent in a person's name from
// their own address (no no-reply or notifier mailbox), it greets us by
// our name in its first line ("Hi Acme team,"), and its text offers its
// reader no way to unsubscribe. A campaign or a sales sequence, however
// personal its tone ("Hi Acme Support team, … Would you be open to a
// 15-minute chat?"), must tell its reader how to stop it (CAN-SPAM, the
// ePrivacy rules) and does so in its own text: "Not interested?
// Unsubscribe: https://…", "Unsubscribe | Manage preferences", or in
// words of its own around the very link its List-Unsubscribe field gives
// (textUnsubscribe).
func oneToOne(h mail.Header, m *Message, own []string) bool {
	if !personName(m.From.Name) || noReplyAddr(m.From.Addr) || notifierLocal(strings.ToLower(m.From.Addr)) {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(head(m.Visible)), "\n")
	if !addressing.MatchString(first) || !namesUs(first, own) {
		return false
	}
	for l := range strings.Lines(m.Text) {
		if unsubscribeWord.MatchString(l) && (linkRe.MatchString(l) || len(strings.Fields(l)) <= 10) {
			return false // "Unsubscribe: https://…", "Unsubscribe | Manage preferences"
		}
	}
	return !textUnsubscribe(h, m.Text)
}

// textUnsubscribe reports whether a mail's text carries the link its
// List-Unsubscribe field gives (RFC 2369), the same host and path,
// however its line words the offer ("Vous ne souhaitez plus recevoir nos
// messages ? https://em.…/unsub?c=nov26"): a campaign repeats its way out
// in its own text, in any language; a relay that adds the field to a
// letter a person typed puts nothing of it in the letter.
func textUnsubscribe(h mail.Header, text string) bool {
	var targets []*url.URL
	for _, f := range strings.Split(h.Get("List-Unsubscribe"), ",") {
		f = strings.Trim(strings.TrimSpace(f), "<>")
		if u, err := url.Parse(f); err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && strings.Trim(u.Path, "/") != "" {
			targets = append(targets, u)
		}
	}
	if len(targets) == 0 {
		return false
	}
	for _, link := range linkRe.FindAllString(head(text), 40) {
		u, err := url.Parse(strings.TrimRight(link, ".,;)>]\""))
		if err != nil {
			continue
		}
		for _, t := range targets {
			if strings.EqualFold(u.Host, t.Host) && strings.Trim(u.Path, "/") == strings.Trim(t.Path, "/") {
				return true
			}
		}
	}
	return false
}

// unsubscribeWord is a campaign's offer to stop its mail, in the
// languages its senders write: "Unsubscribe", "Abmelden", "Se
// désabonner", "Darse de baja", "Descadastrar", "Disiscriviti",
// "Afmelden", "Manage preferences".
var unsubscribeWord = mustGate(`(?i)unsubscribe|\bopt[- ]?out\b|manage (your )?(e-?mail |subscription |notification )?(preferences|subscriptions?)|abmelden|abbestellen|désabonner|désinscri|darse de baja|dar(te|se)? de baja|cancelar (la |sua |a )?(suscripción|inscrição|assinatura)|descadastr|disiscri|annulla (l'|la )?iscrizione|afmelden|uitschrijven|avregistrer|avsluta prenumeration|afmeld|wypisz|odhlásit|abonelikten çık|إلغاء الاشتراك|διαγραφ|berhenti berlangganan|ยกเลิกการรับ`)

// recipients are the addresses a mail's writer put in To and Cc.
func recipients(m *Message) []Address { return append(append([]Address{}, m.To...), m.Cc...) }

// isOwn reports whether addr is one of our addresses.
func isOwn(addr string, own []string) bool {
	for _, o := range own {
		if o = strings.TrimSpace(o); o != "" && strings.EqualFold(addr, o) {
			return true
		}
	}
	return false
}

// ourNames are the names of our domains, "acme" of support@acme.example,
// four letters or more (shorter ones are parts of too many words).
func ourNames(own []string) []string {
	var names []string
	for _, a := range own {
		_, d, _ := strings.Cut(strings.ToLower(strings.TrimSpace(a)), "@")
		if label, _, _ := strings.Cut(d, "."); len(label) >= 4 {
			names = append(names, label)
		}
	}
	return names
}

// templateCheck recognises mail a service filled in from a template and
// says so in a header of its own ("X-Klarna-Template:
// merchant.dispute.opened.v3", PayPal's "X-MaxCode-Template: PPC001687",
// OVH's "X-Ovh-Template"): no mail client writes such a field. (A buyer's
// message a marketplace relays under its template header is a person's,
// read so before any check.)
func templateCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	for f := h.Fields(); f.Next(); {
		if k := f.Key(); prefixFold(k, "x-") && containsFold(k, "template") && strings.TrimSpace(f.Value()) != "" {
			if answersOurs(m) {
				return AutoReply, "header " + f.Key()
			}
			return List, "header " + f.Key()
		}
	}
	return Human, ""
}

// bulkSenderDomain reports whether an envelope sender is a bulk sending
// service's per-message bounce address (Amazon SES's
// "0102…-000000@eu-west-1.amazonses.com", Mandrill's, SendGrid's).
func bulkSenderDomain(rp string) bool {
	_, d, _ := strings.Cut(rp, "@")
	for _, s := range []string{"amazonses.com", "mandrillapp.com", "sendgrid.net", "mcsv.net", "rsgsv.net", "sparkpostmail.com", "mailgun.org", "mailgun.net", "mcdlv.net", "sailthru.com", "exacttarget.com", "bnc3.mailjet.com"} {
		if d == s || strings.HasSuffix(d, "."+s) {
			return true
		}
	}
	return false
}

// notifierLocalParts are the sender names of a service's notifications:
// notifications@stripe.com, alerts@, updates@, and the Spanish,
// Portuguese and Italian notificaciones@, notificacoes@, notifiche@.
var notifierLocalParts = map[string]bool{"notifications": true, "notification": true, "notify": true, "alerts": true, "alert": true,
	"notificaciones": true, "notificacion": true, "notificacoes": true, "notificacao": true, "notifiche": true, "notifica": true,
	"updates": true, "update": true, "news": true, "newsletter": true, "digest": true, "mailer": true, "automated": true, "automailer": true,
	"service": true, "receipts": true, "receipt": true}

// notifierLocal reports whether an address's local part (lower case) is a
// notifier's, whole or as one of its parts: "notifications", "messaging-service" (Xero's
// receipts), "billing-alerts", "receipts+acct_1Lq9…" (Stripe's receipts
// for a merchant).
func notifierLocal(addr string) bool {
	l, _, _ := strings.Cut(addr, "@")
	if notifierLocalParts[localSeparators.Replace(l)] {
		return true
	}
	for p := range strings.FieldsFuncSeq(l, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '+' }) {
		if p != l && (notifierLocalParts[p] || p == "messaging") {
			return true
		}
	}
	return false
}

// notificationCheck recognises a service's notification sent without any
// list header (Stripe's dispute notice, Calendly's "New Event"): it comes
// from a notifier's address, and its bounces go to a bulk sender's
// address per recipient ("bounces+8564819-…@em.calendly.com"), as no
// person's mail does. A person typing from notifications@ through their
// own mail server keeps a plain Return-Path and stays a person.
func notificationCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if !notifierLocal(strings.ToLower(m.From.Addr)) || viaName(m.From.Name) {
		// "Anna Soler (via Brisa Mobiliario)": an ERP relaying what a
		// person typed sends from its notifier too.
		return Human, ""
	}
	rp := strings.ToLower(strings.Trim(unfold(h.Get("Return-Path")), "<> "))
	if l := localPart(rp); strings.HasPrefix(l, "bounce") || strings.Contains(l, "+") && strings.Contains(l, "bounce") || bulkSenderDomain(rp) {
		return List, "From " + m.From.Addr + ", bounces to " + rp
	}
	return Human, ""
}

// paymentReceiptSubject is the subject of a payment service's receipt:
// Stripe's "Your receipt from Snaplink, Inc. #7712-5073", Paddle's "Your
// Logsnap receipt [#1142870-9361204]", PayPal's and Xero's "Receipt for
// your payment to …". A person forwarding one puts "Fwd:" before it.
var paymentReceiptSubject = mustGate(`(?i)^\s*(your receipt from\b|your (\S+ ){1,3}receipt\s*([\[#(]|$)|receipt for your (payment|purchase|order)\b)`)

// paymentReceiptCheck recognises a payment service's receipt sent with no
// automatic-mail header: its subject, an envelope sender of a bulk
// sending service or one that encodes our own address for its bounces
// (VERP: "bounces+1142870-3c9e-support=acme.example@mail.paddle.com"), as
// no mail client writes, and first lines that ask nothing ("Dear Acme
// Support, Thank you for your order!"). A person's question about a
// receipt, sent through a help desk's such envelope, asks in its first
// lines and stays theirs; one typed in a mail client has a plain
// envelope.
func paymentReceiptCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if !paymentReceiptSubject.MatchString(m.Subject) || argues(firstLines(m.Visible, 3)) {
		return Human, ""
	}
	rp := strings.ToLower(strings.Trim(unfold(h.Get("Return-Path")), "<> "))
	if !bulkSenderDomain(rp) && !verpFor(rp, own) {
		return Human, ""
	}
	return List, "a payment receipt's subject, bounces to " + rp
}

// verpFor reports whether an envelope sender encodes one of our addresses
// in its local part for its bounces (VERP, "…-support=acme.example@…"):
// a sending service's per-recipient address.
func verpFor(rp string, own []string) bool {
	local, _, ok := strings.Cut(rp, "@")
	if !ok {
		return false
	}
	for _, a := range own {
		if a = strings.ToLower(strings.TrimSpace(a)); a != "" && strings.Contains(local, strings.Replace(a, "@", "=", 1)) {
			return true
		}
	}
	return false
}

// viaName reports whether a display name says a system sent a person's
// words: "Anna Soler (via Brisa Mobiliario)", "Dana via Google Groups".
func viaName(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, " via ") || strings.Contains(l, "(via ")
}

// relaysPerson reports whether a mail names a person to answer in its
// Reply-To, other than its sender: a web site's contact form that sends
// "Precedence: bulk" from its own address on behalf of the visitor who
// filled it in. List software marks its mail with list headers besides
// the precedence; such a form marks it with nothing else, and taking it
// for list mail would lose the customer.
func relaysPerson(m *Message) bool {
	for _, a := range m.ReplyTo {
		if a.Addr != "" && !strings.EqualFold(a.Addr, m.From.Addr) {
			return true
		}
	}
	return false
}

// digestSubject is the subject of a list's digest in the list managers'
// forms: "Digest Number 312", "acme-users Digest, Vol 12, Issue 3",
// "Daily digest", "[group] Summary of 14 messages".
var digestSubject = mustGate(`(?i)\bdigest\b|\bsummary of \d+ (messages|topics)\b|\b(zusammenfassung|résumé) (von|de) \d+ (nachrichten|messages)\b`)

// writtenPast reports whether a mail that carries a list's headers was
// written to us rather than through the list: its List-Post names the
// list's address, that address is not among its recipients, one of ours
// is, and the envelope sender (Return-Path) is the writer, which list
// software always replaces with its own bounce address. A member who
// writes to us privately from a thread ("writing to you directly instead
// of to the list") may keep the thread's list headers; a list's
// personalised copy addressed to us comes from the list's envelope.
func writtenPast(h mail.Header, m *Message, own []string) bool {
	if rp := strings.Trim(unfold(h.Get("Return-Path")), "<> "); rp == "" || !strings.EqualFold(rp, m.From.Addr) {
		return false
	}
	listAddr := listPostAddr(h)
	if listAddr == "" {
		return false
	}
	ours := false
	for _, a := range recipients(m) {
		if strings.EqualFold(a.Addr, listAddr) {
			return false
		}
		ours = ours || isOwn(a.Addr, own)
	}
	return ours
}

// listAt reports whether a list is at a domain: its List-Id ends with
// it, or, when it sends none, its fields' addresses are at the domain or
// a host below it (listHost).
func listAt(h mail.Header, m *Message, domain string) bool {
	if m.ListID != "" {
		return strings.HasSuffix(strings.ToLower(m.ListID), "."+domain)
	}
	host := listHost(h)
	return host != "" && (host == domain || strings.HasSuffix(host, "."+domain))
}

// listHost is the domain of the addresses a list's fields give
// (List-Post, List-Owner, List-Help, List-Subscribe, List-Unsubscribe:
// "<mailto:SIS-VENDORS-request@LISTSERV.BRADFORDSTATE.EXAMPLE>"), lower
// case: the host its software runs at; empty when they give none.
func listHost(h mail.Header) string {
	for _, k := range []string{"List-Post", "List-Owner", "List-Help", "List-Subscribe", "List-Unsubscribe"} {
		if _, d, ok := strings.Cut(mailtoAddr(h.Get(k)), "@"); ok && d != "" {
			return d
		}
	}
	return ""
}

// listPostAddr is the address a list takes posts at, from its List-Post
// (RFC 2369: "<mailto:dev@lists.example>"), lower case; empty when it
// names none.
func listPostAddr(h mail.Header) string { return mailtoAddr(h.Get("List-Post")) }

// mailtoAddr is the address of an RFC 2369 field's first mailto URL
// ("<http://…>, <mailto:LISTSERV@host?body=INFO%20X>"), lower case;
// empty when it has none.
func mailtoAddr(v string) string {
	_, after, ok := strings.Cut(strings.ToLower(v), "mailto:")
	if !ok {
		return ""
	}
	addr, _, _ := strings.Cut(after, ">")
	addr, _, _ = strings.Cut(addr, "?")
	return strings.TrimSpace(addr)
}

// listPostCopiesUs reports whether a list's copy is of a post whose
// writer copied us: the list's posting address and one of ours are both
// among the recipients the writer put in To and Cc (list software keeps
// them as written), and its first line addresses us by name ("Hi all,
// and hi Acme support (cc'd, since this one is on your side),"), or it
// answers our own mail itself, its In-Reply-To one of ours: a member's
// reply to our agent ("Hi Tom, …") that their list copies to all its
// members, as a team's Mailman list is set up to ("From: Owen Price via
// Records-team", To our address, Cc the list), or one of its paragraphs
// is headed with our name as whom it is for (paragraphToUs: "Same problem
// here, Dave. Copying Acme support … / Acme folks: since the October
// update …"), as a post that speaks to the list and to us in turn has
// it, whatever list it goes to. A maintainer who copies
// our desk on a post to their project's list writes to us; a newsletter
// is addressed to us alone, and a post to the list alone, or one that
// goes on among its members with us still in copy, neither opens by
// addressing us nor answers our mail itself.
//
// Or the writer addressed the mail to us and copied the list: our
// address alone in To, the list's in Cc only, on a mail that starts its
// thread (no In-Reply-To or References), as a caterer writes to the
// desk "con copia a los socios" of her Google Group. A post to the list
// has the list in To; a thread among its members answers one of theirs.
//
// A list that sends no List-Post is known among the recipients by its
// List-Id, which names its posting address with the "@" a dot (RFC 2919
// section 3, as Mailman and Sympa make it): "utilisateurs-acme-qc.lists.
// groupes-dentaires.example" for utilisateurs-acme-qc@lists.groupes-
// dentaires.example (listIDAddr).
func listPostCopiesUs(h mail.Header, m *Message, own []string) bool {
	listAddr := listPostAddr(h)
	if listAddr == "" {
		listAddr = listIDAddr(m)
	}
	if listAddr == "" {
		return false
	}
	toList, toUs := false, false
	for _, a := range recipients(m) {
		toList = toList || strings.EqualFold(a.Addr, listAddr)
		toUs = toUs || isOwn(a.Addr, own)
	}
	if !toList || !toUs {
		return false
	}
	t := strings.TrimSpace(head(m.Visible))
	return ourIDs(m.InReplyTo, own) || letterToUs(t, own) || paragraphToUs(t, own) || copiesListOnNewMail(m, listAddr, own)
}

// listIDAddr is the recipient whose address is the list's List-Id with
// its "@" a dot, lower case; empty when none is.
func listIDAddr(m *Message) string {
	if m.ListID == "" {
		return ""
	}
	for _, a := range recipients(m) {
		if strings.EqualFold(strings.Replace(a.Addr, "@", ".", 1), m.ListID) {
			return strings.ToLower(a.Addr)
		}
	}
	return ""
}

// copiesListOnNewMail reports whether a mail starts a thread (it
// answers none) addressed to us alone, the list only copied: every
// address in To is ours and the list's posting address is in Cc.
func copiesListOnNewMail(m *Message, listAddr string, own []string) bool {
	if len(m.InReplyTo) > 0 || len(m.References) > 0 || len(m.To) == 0 {
		return false
	}
	for _, a := range m.To {
		if !isOwn(a.Addr, own) {
			return false
		}
	}
	return slices.ContainsFunc(m.Cc, func(a Address) bool { return strings.EqualFold(a.Addr, listAddr) })
}

// ownList reports whether the list markers of h name one of our own
// addresses: List-Post <mailto:support@example.com>, or List-Id
// <support.example.com> as Google Groups writes it.
func ownList(h mail.Header, m *Message, ownAddrs []string) bool {
	for _, own := range ownAddrs {
		own = strings.ToLower(strings.TrimSpace(own))
		if own == "" {
			continue
		}
		if post := strings.ToLower(h.Get("List-Post")); post != "" && strings.Contains(post, "mailto:"+own) {
			return true
		}
		if id := strings.ToLower(m.ListID); id != "" && (id == own || id == strings.Replace(own, "@", ".", 1)) {
			return true
		}
	}
	return false
}

// namesUs reports whether s (a group's name, a comment's author) holds
// the name of one of our domains, "acme" of support@acme.example: names
// of four letters or more, shorter ones being parts of too many words.
func namesUs(s string, own []string) bool {
	s = strings.ToLower(s)
	for _, name := range ourNames(own) {
		if strings.Contains(s, name) {
			return true
		}
	}
	return false
}

// groupForUs reports whether the list is a customer's own group made to
// reach us: a group at the sender's own domain whose name holds our
// domain's name ("acme-escalations@carrow-utilities.example",
// "vendor-tallyhub@corvid-labs.example" for support@tallyhub.example).
// Its members post to it to write to our desk, and a post is a person's
// mail to us (a P1 among them), whatever list headers the group adds.
func groupForUs(m *Message, own []string) bool {
	id := strings.ToLower(m.ListID)
	local, fromDomain, ok := strings.Cut(strings.ToLower(m.From.Addr), "@")
	name, domain, _ := strings.Cut(id, ".")
	if !ok || id == "" || domain != fromDomain || local == name && !repliesToUs(m, own) {
		// a post sent in the group's own name ("'Kenji' via
		// acme-users-jp") is a user group's, open to anyone, unless it
		// answers our own mail: a customer's collaborative inbox ("'Tomáš
		// Horák' via Podpora Acme") writing back to the desk
		return false
	}
	return namesUs(name, own)
}

// groupCopyToUs reports whether a group's copy is of a mail its writer
// addressed to us: Google Groups sends a member's post "'Tom Okafor' via
// Brightside Ops", the writer in X-Original-From, and keeps the writer's
// To. A customer who copies their team's group on a mail to our desk
// ("I've copied our ops group so whoever's on shift sees the reply")
// reaches us through it when our address is a member; a post to the
// group alone has the group in To, and a newsletter has no original
// writer.
func groupCopyToUs(h mail.Header, m *Message, own []string) bool {
	if !viaName(m.From.Name) || h.Get("X-Original-From") == "" && h.Get("X-Original-Sender") == "" {
		return false // (Google Groups names the writer in one or the other)
	}
	for _, a := range m.To {
		if isOwn(a.Addr, own) {
			return true
		}
	}
	return false
}

// groupPostToUs reports whether a post to a customer's own group (its
// List-Id at the writer's domain) addresses us: it opens by greeting us,
// "Hi all, and @Acme support (you're on this group as our vendor
// contact)", "Liebes Acme-Support-Team,", or one of its paragraphs is
// headed with our name as the one it is for, as a post that speaks to
// several readers in turn has it ("Hi all, … / Acme: Miguel was our
// contact on ticket #48251 … does that override come across with the
// clone?"). A customer who made our address a member of their team's
// group writes to us through it. A group named for us at a host of its
// own (groupNamedForUs: "acme-clinic-users" at googlegroups.com, replies
// going to the writer) is our customers' and may hold our address too:
// a post to it reaches us when one of its paragraphs is so headed ("Hi
// all, and especially the Acme people who read this group, … / Acme
// team: is this planned, or can you add it …"), not for a greeting
// alone, which may open a question to the members about us.
//
// A member's own post to a group of the writer's company (Google Groups
// sends it "'Νίκος Παπαδάκης' via IT Escalations" from the group's
// address, the writer in Reply-To, the List-Id the group's name at the
// writer's own domain) that says in one of its sentences that we are a
// member of the group ("Γράφω στη λίστα it-escalations, όπου είναι μέλος
// και η υποστήριξη της Acme", "you're on this group as our vendor
// contact") is written with us among its readers, however it greets
// them. One that only speaks of us to its own members ("Has anyone heard
// back from Acme support?") is theirs; a user group or a forum (groups.io's
// "main.nonprofit-ops.groups.io", replies going to the group itself) is
// open to anyone; an announcement is sent in the company's name, not
// "via" the group by a member.
//
// A list that sends no List-Id (LISTSERV's, "Sender: Bradford State SIS
// vendor contacts <SIS-VENDORS@LISTSERV.BRADFORDSTATE.EXAMPLE>") is the
// writer's own when the addresses of its list fields are at the writer's
// domain or a host below it (listAt).
func groupPostToUs(h mail.Header, m *Message, own []string) bool {
	writer := m.From.Addr
	if len(m.ReplyTo) > 0 {
		writer = m.ReplyTo[0].Addr
	}
	local, domain, ok := strings.Cut(strings.ToLower(writer), "@")
	if !ok {
		return false
	}
	t := strings.TrimSpace(head(m.Visible))
	if !listAt(h, m, domain) {
		// a group named for us at a host of its own ("acme-clinic-users"
		// at googlegroups.com, the writer's replies going to the writer)
		// is our customers' and may hold our address: a post reaches us
		// when one of its paragraphs is headed with our name as whom it
		// is for (a greeting that only names us may open a question to
		// the members about us: "Hi all, has anyone got Acme's …")
		return groupNamedForUs(h, m, own) && paragraphToUs(t, own)
	}
	if letterToUs(t, own) || paragraphToUs(t, own) {
		return true
	}
	group, _, _ := strings.Cut(strings.ToLower(m.ListID), ".")
	if m.ListID == "" || !viaName(m.From.Name) || !strings.EqualFold(m.ListID, group+"."+domain) || local == group {
		return false
	}
	for s := range strings.FieldsFuncSeq(t, func(r rune) bool { return strings.ContainsRune(".!?;\n", r) }) {
		if groupMember.MatchString(s) && saysOurName(s, own) {
			return true
		}
	}
	return false
}

// groupNamedForUs reports whether a list's List-Id names the group after
// one of our domains: "acme-clinic-users.googlegroups.com",
// "example-anwender.lists.vetverband.example" for support@acme.example and
// support@example.com (namesUs: the name within the group's, as our
// customers name a group for the product they share), a group that takes
// posts at its own name (List-Post <mailto:acme-clinic-users@…>): a
// forge's repository named for us ("acme-node.acme.github.com") takes
// answers at a reply address of one thread
// ("reply+AB7QK3…@reply.github.com"), a notice of whoever commented.
func groupNamedForUs(h mail.Header, m *Message, own []string) bool {
	group, _, _ := strings.Cut(strings.ToLower(m.ListID), ".")
	post, _, _ := strings.Cut(listPostAddr(h), "@")
	return group != "" && post == group && namesUs(group, own)
}

// groupMember is a sentence's word for being one of a group's members:
// "member", "on this group", "μέλος", "miembro", "membro", "Mitglied",
// "membre", "lid van", "üye", "عضو", "anggota".
var groupMember = mustGate(`(?i)\b(members?|membership|on (this|the|our) (group|list|alias)|added to (this|the|our) (group|list|alias)|miembros?|membros?|mitglied(er)?|membres?|lid van|leden|anggota)\b|üye|μέλος|μέλη|عضو|สมาชิก`)

// saysOurName reports whether a text holds the name of one of our
// domains as a word of its own ("… η υποστήριξη της Acme, …"), not as
// part of another ("AcmeBook", our product's name, is said of us too).
func saysOurName(t string, own []string) bool {
	for w := range strings.FieldsFuncSeq(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if isOurName(w, own) {
			return true
		}
	}
	return false
}

// paragraphFor is a paragraph's head naming whom it is for: "Acme:",
// "@Acme support -", "Acme team,", "Hi Acme folks:", "@Acme support
// (cc'd):" (a remark in brackets saying we are copied), "Soutien Acme :"
// (the team's word before the name, teamBefore), or the question or
// note it holds for them, "Question for Acme:", "Frage an Acme:",
// "Question pour Acme :" (askedOf), as a post that speaks to several
// readers in turn heads each part ("For the Pinecrest folks: Rahul, can
// you …" to its own members). The name must stand alone or with a word
// for a team before its colon, comma or dash: "Acme Conduit: webhooks
// fail since …" is about our product, and "Acme, Zendesk and Jira all …"
// names us among others.
var paragraphFor = mustGate(`(?i)^(?:(?:hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|hola|olá|ciao)\s+|` + askedOf + `)?(?:` + teamBefore + `\s+)?@?([\pL\pN][\pL\pN.]*)(?:[ -](team|support|folks|people|crew|desk|support[ -]team|support[ -]desk|friends))?(?:\s*\((?:b?cc'?e?d|b?cc|copied|on copy|in copy|in cc|en copie|en copia|en cc|em c[óo]pia|in copia|in kopie|in kopie gesetzt)\))?\s*(:|,|\s[-–—]\s)`)

// teamBefore is the word for a team that the languages which put it
// before the name head a paragraph with: "Soutien Acme :", "Équipe
// Acme :", "Soporte Acme:", "Suporte Acme:", "Supporto Acme:", "Team
// Acme:".
const teamBefore = `(?:le |la |l'|el |o |a |il )?(?:support|soutien|équipe|equipe|soporte|equipo|suporte|equipa|supporto|team|service|servicio|serviço|servizio)`

// askedOf is the head of a paragraph that holds a question or a note for
// someone, before their name: "Question for", "A quick question for the",
// "Note to", "Frage an", "Question pour l'", "Pregunta para", "Pergunta
// para a", "Domanda per", "Vraag voor".
const askedOf = `(?:(?:a|one|my|our|another|quick|small|last|follow-up)\s+){0,2}(?:questions?|notes?|requests?|asks?)\s+(?:for|to)\s+(?:the\s+)?|` +
	`(?:eine\s+)?fragen?\s+an\s+(?:das\s+|die\s+|den\s+)?|(?:une\s+)?questions?\s+pour\s+(?:l'|le\s+|la\s+|les\s+)?|(?:una\s+)?preguntas?\s+para\s+(?:el\s+|la\s+)?|` +
	`(?:uma\s+)?perguntas?\s+para\s+(?:a\s+|o\s+)?|(?:una\s+)?domand[ae]\s+per\s+(?:il\s+|la\s+|l')?|(?:een\s+)?vra(?:ag|gen)\s+(?:voor|aan)\s+(?:het\s+|de\s+)?`

// headedToUs reports whether a paragraph's first line is headed with our
// name as whom it is for (paragraphFor): with a colon alone, or with a
// comma or dash when a word for a team follows the name ("Acme team,").
func headedToUs(line string, own []string) bool {
	sub := paragraphFor.FindStringSubmatch(line)
	if sub == nil || !isOurName(sub[1], own) {
		return false
	}
	return sub[3] == ":" || sub[2] != ""
}

// paragraphToUs reports whether one of a text's paragraphs is headed
// with our name as whom it is for (headedToUs): "Acme folks: since the
// October update …" in a post that speaks to several readers in turn.
func paragraphToUs(t string, own []string) bool {
	for para := range strings.SplitSeq(t, "\n\n") {
		if l, _, _ := strings.Cut(strings.TrimSpace(para), "\n"); headedToUs(l, own) {
			return true
		}
	}
	return false
}

// isOurName reports whether a word is the name of one of our domains,
// whole: "Acme" of support@acme.example, not "Acmeware".
func isOurName(word string, own []string) bool {
	return slices.ContainsFunc(ourNames(own), func(name string) bool { return strings.EqualFold(word, name) })
}

// addressing opens a letter to someone: "Hi all, and @Acme support",
// "Liebes Acme-Support-Team,", "Dear Acme team", and the greetings of the
// Nordic, Finnish, Central European and Irish languages a letter opens
// with: "Hei Acme support,", "Hej Acme,", "Kære Acme", "Dobrý den,
// Acme", "Kedves Acme", "A chara", and Romanian's and Vietnamese's:
// "Stimați reprezentanți Acme,", "Kính gửi bộ phận hỗ trợ Acme", and the
// Baltic and South Slavic languages': "Labdien, Acme komanda!", "Laba
// diena, Acme", "Tere, Acme tugi", "Poštovani Acme tim,", "Pozdravljeni,
// ekipa Acme", "Поштовани Acme,". (Whom it greets is for its caller to
// read: our name must follow.)
var addressing = mustGate(`(?i)^\s*(hi|hello|hallo|hey|dear|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|chère|chers|hola|estimad[oa]s?|buongiorno|gentile|ciao|olá|ola|beste|goedemorgen|goedemiddag|geachte|hoi|to the|` +
	`hei|hej|hejsa|hallå|moi|terve|hyvä|kære|kæra|kjære|bäste|bästa|god morgen|goddag|god dag|dobrý den|vážen[ýáí]|ahoj|kedves|tisztelt|szia|jó napot|dzień dobry|szanown[ya]|a chara|dia dhuit|stimați|stimate|stimată|stimati|bună ziua|buna ziua|kính gửi|kinh gui|xin chào|chào|` +
	`labdien|labrīt|labvakar|sveiki|sveika|sveiks|laba diena|labas|gerbiam\p{L}*|cienījam\p{L}*|tere|lugupeetud|pozdravljeni|spoštovan\p{L}*|poštovan\p{L}*|dobar dan|zdravo|поштовани|добар дан|здраво)(?:\b|[^\pL\pN_]|$)`)

// letterToUs reports whether a text opens as a letter to us: its first
// line greets (addressing) and names us, or it opens with a salutation
// to us in a language whose greetings addressing does not list
// (salutationToUs).
func letterToUs(t string, own []string) bool {
	first, _, _ := strings.Cut(t, "\n")
	return addressing.MatchString(first) && namesUs(first, own) || salutationToUs(t, own)
}

// salutationToUs reports whether a text's first paragraph is a
// salutation that ends with our name, whatever its language and script:
// a line of its own, of a few words, whose last word is our name before
// the comma of its script (",", Arabic "،", the full-width "，" and "、"),
// as a letter's opening line puts whom it greets last: "السلام عليكم
// فريق Acme،", "Здравствуйте, команда Acme,", "שלום לצוות Acme,",
// "Καλησπέρα στην ομάδα Acme,". A sentence about us runs on to the next
// line or ends otherwise ("Has anyone used Acme's seat maps?"), and a
// greeting to a group's members names them, not us ("Hei alle
// sammen,").
func salutationToUs(t string, own []string) bool {
	para, _, _ := strings.Cut(t, "\n\n")
	para = strings.TrimSpace(para)
	if strings.Contains(para, "\n") {
		return false
	}
	line, ok := cutSuffixAny(para, ",", "،", "，", "、")
	words := strings.Fields(line)
	if !ok || len(words) == 0 || len(words) > 6 {
		return false
	}
	return isOurName(strings.TrimLeft(words[len(words)-1], "@"), own)
}

// cutSuffixAny returns s without the first of the suffixes it ends with,
// and whether it ends with one.
func cutSuffixAny(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if r, ok := strings.CutSuffix(s, x); ok {
			return r, true
		}
	}
	return s, false
}

// repliesToUs reports whether a mail answers one of ours: a Message-ID in
// its In-Reply-To or References at one of our domains (the desk's own
// IDs are made at its mailbox's domain or a host below it).
func repliesToUs(m *Message, own []string) bool {
	return ourIDs(m.InReplyTo, own) || ourIDs(m.References, own)
}

// ourIDs reports whether one of the Message-IDs was made at one of our
// domains or a host below it.
func ourIDs(ids []string, own []string) bool {
	for _, id := range ids {
		_, d, ok := strings.Cut(id, "@")
		if !ok {
			continue
		}
		d = strings.ToLower(d)
		for _, a := range own {
			_, od, _ := strings.Cut(strings.ToLower(strings.TrimSpace(a)), "@")
			if od != "" && (d == od || strings.HasSuffix(d, "."+od)) {
				return true
			}
		}
	}
	return false
}

// nullSenderCheck recognises a null reverse-path (Return-Path: <>), which
// only notifications use (RFC 5321 section 4.5.5, RFC 3834 section 3.3).
func nullSenderCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	for _, rp := range h.Values("Return-Path") {
		if v := unfold(rp); v == "<>" || v == "" {
			if looksLikeBounce(m.Subject) {
				return Bounce, "null Return-Path and a bounce subject"
			}
			if bounceText.MatchString(firstLines(m.Text, 4)) {
				// a gateway's notice of our mail blocked, in its own
				// words under a subject of its own ("Message blocked: …")
				return Bounce, "null Return-Path and a bounce text"
			}
			return AutoReply, "null Return-Path <>"
		}
	}
	return Human, ""
}

// suppressCheck handles Exchange's X-Auto-Response-Suppress
// ([MS-OXCMAIL] section 2.1.3.2.20).
//
// QUIRK: the invariants list X-Auto-Response-Suppress as a mark of automatic
// mail, but the header only asks the receiver not to send auto-responses,
// and Exchange and Outlook set it on ordinary mail from people too (mail
// to distribution groups, meeting responses, recalls): Discourse (PR
// #21367), osTicket (#5320), Redmine (#19558), GLPI (#2170), sisimai
// (p5 #491) and Jitbit's help desk all dropped it as a filter after losing
// real customer mail. The gateway honours the request (it never
// auto-responds to automatic mail anyway) and counts the header as
// automatic only together with a bounce subject or Outlook's short
// "Auto:" out-of-office prefix; Exchange's own out-of-office replies also
// carry Auto-Submitted and an "Automatic reply:" subject and are caught
// above.
func suppressCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	v := unfold(h.Get("X-Auto-Response-Suppress"))
	switch {
	case v == "":
		return Human, ""
	case looksLikeBounce(m.Subject):
		return Bounce, "X-Auto-Response-Suppress: " + v + " and a bounce subject"
	case shortAutoPrefix.MatchString(m.Subject):
		return AutoReply, "X-Auto-Response-Suppress: " + v + " and an \"Auto:\" subject"
	}
	return Human, ""
}

// shortAutoPrefix is the "Auto:" subject prefix some Outlook versions put
// on out-of-office replies; too short to trust alone.
var shortAutoPrefix = mustGate(`(?i)^\s*auto\s*:`)

// bounceSubject matches the subjects of non-delivery reports of common
// MTAs (Postfix, Exim, Sendmail, qmail, Exchange, Gmail, Domino) in
// several languages, and of list servers refusing a post (LISTSERV's
// "Rejected posting to SIS-VENDORS@…", Mailman's "Request to mailing
// list Records-team rejected"): our mail returned undelivered; and an
// SMS or WhatsApp gateway's report of a text it could not deliver ("SMS
// delivery failed: +34 600 …"), a DSN's counterpart. Romanian hosts say
// "Mesaj nelivrat" or "nelivrabil".
var bounceSubject = mustGate(`(?i)^\s*(\[[^\]]{1,20}\]\s*)?(` + toRecipientNotDelivered + `|(your )?(rejected posting\b|request to mailing list [^\n]{1,60} rejected\b|undeliver(able|ed)|undelivered mail|delivery status notification|((sms|mms|text|whatsapp)( message)? )?delivery (failure|failed|has failed|notification)|(sms|mms|text|whatsapp)( message)? (was )?(not|could not be|couldn't be) delivered\b|mail delivery (failed|failure|system)|returned mail|failure notice|non[- ]?delivery|nondeliverable|message (could not be|not|was not|has not been|is not) delivered|not delivered:|message held|message delivery failure|message has been quarantined|mail system error|unzustellbar|nicht zustellbar|non remis|non distribuable|no se puede entregar|non recapitabile|onbestelbaar|olevererbart|mesaj nelivrat|nelivrabil|kan ikke leveres|` + undeliveredMessage + `|delivery status|warning: could not send|returned to sender|mail could not be delivered|permanent delivery failure|メールエラー|配信エラー|配送エラー|不達|送信エラー|returned mail))`)

// undeliveredMessage is an older MTA's subject in its own language: the
// word for a message and "not delivered" after it, then nothing, the
// reason after a dash or the subject returned after a colon ("Message non
// remis - boîte aux lettres pleine", MDaemon's; "Mensaje no entregado:
// …", "Mensagem não entregue", "Nachricht nicht zugestellt", "Wiadomość
// niedostarczona"). A person's subject goes on in words ("Message non
// remis au transporteur").
const undeliveredMessage = `(message|mensaje|mensagem|messaggio|nachricht|bericht|meddelande|meddelandet|melding|meldingen|besked|beskeden|wiadomość|zpráva|správa|üzenet|ileti|mesaj|сообщение|повідомлення) ` +
	`(non remis|non distribué|non délivré|no entregado|não entregue|non recapitato|non consegnato|nicht zugestellt|niet afgeleverd|niet bezorgd|inte levererat|ej levererat|ikke levert|ikke leveret|niedostarczona|nedoručena|nedoručená|nedoručená|nedoručiteľná|nem kézbesíthető|kézbesíthetetlen|teslim edilemedi|iletilemedi|не доставлено|не доставлене)\s*($|[-–—:：(])`

// toRecipientNotDelivered is a gateway's subject for a message of ours it
// could not deliver, the recipient between: "Your message to +90 532 000
// 4418 was not delivered", "Ihre Nachricht an … wurde nicht zugestellt",
// "Votre message à … n'a pas été remis", "Su mensaje a … no se ha
// entregado", "Il tuo messaggio a … non è stato consegnato", "Uw bericht
// aan … is niet afgeleverd", "Sua mensagem para … não foi entregue". The
// reader's "your" says it is told of a message of ours: a person writes
// of their own.
const toRecipientNotDelivered = `your (message|e-?mail|mail|sms|text message|whatsapp message) to [^\n]{1,60}? (was not|wasn't|has not been|could not be|couldn't be|cannot be) delivered|` +
	`ihre (nachricht|e-?mail|sms) an [^\n]{1,60}? (wurde|konnte) nicht zugestellt|votre (message|e-?mail|courriel|sms) (à|a|pour) [^\n]{1,60}? n'a pas (été|pu être) (remis|distribué|délivré)|` +
	`su (mensaje|correo|sms) (a|para) [^\n]{1,60}? no (se ha|ha sido|pudo ser|fue|se pudo) entrega|il tuo (messaggio|sms) (a|per) [^\n]{1,60}? non è stato consegnato|` +
	`uw (bericht|e-?mail|sms) aan [^\n]{1,60}? (is|kon) niet (worden )?(afgeleverd|bezorgd)|sua (mensagem|sms) para [^\n]{1,60}? não (foi|pôde ser) entregue`

// looksLikeBounce reports whether subject is a delivery failure's.
func looksLikeBounce(subject string) bool {
	return bounceSubject.MatchString(subject)
}

// bounceText is what the text of a delivery failure says: the opening
// lines of Postfix, qmail, Exim, Sendmail, Exchange and Gmail reports, or
// the fields of an RFC 3464 report pasted into the text.
var bounceText = mustGate(`(?im)this is the mail system at host|qmail-send program|` +
	`(could not|couldn't|was not|wasn't|cannot|can't) be delivered to|message (could not|couldn't) be delivered|` +
	`delivery to the following recipients? (failed|has been delayed)|` +
	`(following|your) message (to .{1,100} )?(was|could not be) (undeliverable|delivered)|` +
	`delivery has failed to these recipients|permanent (fatal )?errors?|` +
	`^\s*(final-recipient|diagnostic-code|remote-mta|reporting-mta)\s*:|^\s*action\s*:\s*failed|` +
	`\b(5\.\d{1,3}\.\d{1,3}|5\d\d)\b.{0,80}(no such user|user unknown|does not exist|mailbox (unavailable|full)|rejected|action not taken)|` +
	`invalid (user|recipient) address|(bounce|delivery failure) notification|(message|e-?mail)( you sent)? was (rejected|returned)|` +
	// a gateway's or a provider's own words for it: "Your message was
	// NOT delivered", "Sorry, your mail has been returned"
	`\byour (message|e-?mail|mail)( to \S+)? (was|has) not (been )?delivered\b|\byour (message|e-?mail|mail) has been (rejected|returned|blocked)\b|` +
	// and in Dutch, "Uw bericht is NIET afgeleverd", "Uw bericht kon
	// niet worden bezorgd"
	`\buw (bericht|e-?mail)( aan \S+)? (is|werd|kon) niet (worden )?(afgeleverd|bezorgd)\b|` +
	// and in Romanian, "Mesajul dumneavoastră nu a putut fi livrat"
	`(?:^|[^\pL\pN_])(mesajul|e-?mailul)( dumneavoastră| dumneavoastra| tău| tau)?( către \S+)? (nu a putut fi|nu a fost) (livrat|trimis)(?:[^\pL\pN_]|$)|` +
	// and an older MTA's text in its own language, "Votre message n'a
	// pas pu être remis au destinataire suivant", "Su mensaje no pudo ser
	// entregado a los siguientes destinatarios", "Ihre Nachricht konnte
	// nicht zugestellt werden", "Meddelandet kunde inte levereras": the
	// mail server's words for a message (yours) that could not be
	// delivered, in the passive every MTA writes
	`(?:^|[^\pL\pN_])(votre message|le message|your message|su mensaje|el mensaje|sua mensagem|a mensagem|il (suo |tuo )?messaggio|ihre nachricht|die nachricht|meddelandet|ditt meddelande|meldingen|din melding|beskeden|din besked|twoja wiadomość|wiadomość|vaše zpráva|zpráva|az ön üzenete|az üzenet|iletiniz|ileti|ваше сообщение|сообщение|ваше повідомлення|повідомлення) ` +
	`([^\n.]{0,60} )?(n'a pas pu être (remis|distribué|délivré|livré)|n'a pas été (remis|distribué|délivré)|no (pudo|ha podido|se pudo) (ser )?entregad[oa]|no (ha sido|fue) entregad[oa]|não (pôde|pode|foi possível) ser entregue|não foi entregue|non è stato (possibile )?(recapitat|consegnat)|non (può|ha potuto) essere (recapitat|consegnat)|konnte nicht (zugestellt|übermittelt) werden|wurde nicht zugestellt|kunde inte levereras|kunne ikke (leveres|afleveres)|nie (mogła|może) zostać dostarczona|nie została dostarczona|nemohla být doručena|nebyla doručena|nem (volt|lehetett) kézbesíthető|nem sikerült kézbesíteni|teslim edilemedi|iletilemedi|не (может быть|могло быть|было) доставлено|не вдалося доставити|не може бути доставлено)|` +
	// a small host's friendly words: "Bill's mailbox is full at the
	// moment, so we couldn't deliver it"
	`\b(mailbox|inbox) is full\b[^\n]{0,60}\b(couldn't|could not|can't|cannot|were unable to|weren't able to) deliver\b`)

// clientWritten reports whether a person typed the mail in a mail
// client: its User-Agent or X-Mailer names one, or Outlook's fields and a
// person in copy say so.
func clientWritten(h mail.Header, m *Message) bool {
	return personClient.MatchString(h.Get("User-Agent")+" "+h.Get("X-Mailer")) || typedInOutlook(h, m)
}

// head is the start of a text, where a report or a responder says what it
// is; the checks on bodies read no further.
func head(text string) string {
	const n = 4096
	if len(text) <= n {
		return text
	}
	return strings.ToValidUTF8(text[:n], "")
}

// notesOutOfOffice is the subject of Lotus Notes (HCL Domino)
// out-of-office replies, "AUTO: Dana Reyes is out of the office
// (returning 03/10/2026)" or without the prefix, "Giulia Ferri è fuori
// ufficio.", in the languages Domino ships: the whole subject, so that a
// customer's "Our admin is out of the office, who can reset passwords?"
// is not one.
var notesOutOfOffice = mustGate(`(?i)^\s*(auto\s*:.*|[^?:]{0,80})(is out of (the )?office|ist außer haus|ist nicht im büro|ist abwesend|est absent|n'est pas au bureau|est en congés?|no está en la oficina|está fuera de la oficina|está ausente|è fuori ufficio|non è in ufficio|è assente|is niet op kantoor|is afwezig|är inte på kontoret|är frånvarande|er ikke på kontoret|er fraværende)(?:\b|[^\pL\pN_]|$)\s*(\.|[(\[][^?]{0,40}[)\]])?\s*$`)

// autoResponseOpening is how the text of an autoresponder begins: "This
// is an automated response", "This is an automatic reply" and their
// translations. Monitoring alerts ("This is an automated message from
// Nagios") are left to the other rules: they may be what a ticket is for.
// The Japanese says it in the plain form ("本メールは自動送信されています")
// or in the humble one a company's rule is written in ("※本メールは自動送信
// しております", "このメールは自動返信させていただいております").
var autoResponseOpening = mustGate(`(?i)(^\W*|[.!?]\s+)(this is an? (automated|automatic|auto[- ]generated) (response|reply)|` +
	`dies ist eine automatische (antwort|abwesenheitsnotiz)|ceci est une réponse automatique|` +
	`esta es una respuesta automática|questa è una risposta automatica|dit is een automatisch (antwoord|gegenereerd antwoord)|` +
	`this (mailbox|inbox|e-?mail address|address|e-?mail account|account) is (no longer|not) (being )?(monitored|in use|active|checked|read)|` +
	`dieses postfach wird nicht (mehr )?(überwacht|gelesen|betreut)|cette (adresse|boîte)( e-?mail| mail| aux lettres)? n'est plus (consultée|surveillée|active|utilisée)|` +
	`(messages|e-?mails) (sent )?to this address (are|will) not be (read|forwarded)|(berichten|e-?mails) (aan|naar) dit (e-?mail)?adres worden niet (meer )?(gelezen|doorgestuurd)|` +
	`(nachrichten|e-?mails) an diese (e-?mail-?)?adresse werden nicht (mehr )?(gelesen|weitergeleitet)|les messages (envoyés )?à cette adresse ne sont (plus )?(lus|transférés)|` +
	`[※*]?\s*(この|本)メールは自動(送信|返信|応答)(されて|して|させていただいて)(います|いる|おります)|本邮件为系统自动(发送|回复)|此(邮件|郵件)為?系統自動(發送|回覆)|이 메일은 자동(으로)? (발송|회신)(된|되었습니다))`)

// absentOpening is how an out-of-office text that sends no header says
// what it is, in its first lines: "I am out of the office until …",
// "I'm travelling … with only patchy access to email", "Jeg er på kursus
// torsdag den 13. og fredag den 14. marts", "Ik ben van 11
// tot en met 26 april afwezig", "przebywam na urlopie do …", "Sarò fuori
// ufficio … fino al …", "I'm out at a client site in Letterkenny this
// week". Its short form, "Away until …", "On leave till
// 16-Nov", is a rule's subject, the sentence's subject left out; a
// template written in two languages gives it after the first one's and a
// slash or bar ("விடுப்பில் உள்ளேன் / On leave till 16-Nov").
var absentOpening = mustGate(`(?i)(^|\s[/|]\s)\s*(abwesend|nicht im büro|im urlaub|out of (the )?office|away|on (annual |parental |sick |medical )?leave|on (vacation|holiday)) (bis|until|till)\b|\b(i am|i'm|i will be|i'll be)\b.{0,30}\b(out of (the )?office|on (annual |parental |sick )?leave|on (vacation|holiday)|away from (the |my )?(office|desk)|absent|travell?ing)\b|` +
	`\b(i am|i'm|i will be|i'll be)\s+(currently\s+)?(out|working)\s+(at|on|from)\s+(an?\s+|our\s+)?(client|customer)('s|s')?\s+(site|premises|offices?)\b|\bi work part[- ]time\b|\b(my|our) (working|office) (days|hours) are\b|` +
	`\b(limited|patchy|no|intermittent|occasional) access to (my )?e-?mails?\b|` +
	`\bich (bin|werde)\b.{0,40}\b(nicht im büro|nicht im dienst|abwesend|im urlaub|außer haus|in elternzeit|auf dienstreise)|\bje (suis|serai)\b.{0,30}\b(absente?|en congés?|en vacances)(?:\b|[^\pL\pN_]|$)|` +
	`\b(estoy|estaré)(?:\b|[^\pL\pN_]|$).{0,30}\b(fuera de la oficina|ausente|de vacaciones|de licencia)\b|\b(sono|sarò)(?:\b|[^\pL\pN_]|$).{0,30}\b(fuori ufficio|assente|in ferie)\b|\bik ben\b.{0,40}\b(afwezig|niet op kantoor|met vakantie|op vakantie)\b|` +
	`\b(estou|estarei)\b.{0,30}\b(ausente|fora do escritório|de férias|de licença)\b|\b(przebywam|jestem|będę)(?:\b|[^\pL\pN_]|$).{0,30}(na urlopie|nieobecn|poza biurem)|\bjag är\b.{0,30}\b(ledig|på semester|på kurs|borta|bortrest|inte på kontoret|tjänstledig|föräldraledig)(?:\b|[^\pL\pN_]|$)|` +
	`\bjeg er\b.{0,30}\b(på ferie|på kursus|på kurs|ikke på kontoret|fraværende|bortreist|bortrejst|borte|på reise|i permisjon|på barsel|på barselsorlov)(?:\b|[^\pL\pN_]|$)|\bjsem\b.{0,30}(na dovolené|mimo kancelář)|\b(izindeyim|ofis dışındayım)|` +
	// in East and Southeast Asia: "Tôi đang nghỉ lễ 30/4 - 1/5", "Saya
	// sedang cuti hingga …", "10월 12일(일)까지 … 부재중입니다", "5月6日まで
	// 不在にしております", "我正在休假"
	`(?:^|[^\pL\pN_])(tôi|em|mình) (đang|sẽ|hiện đang)(?:[^\pL\pN_]|$).{0,30}(nghỉ phép|nghỉ lễ|nghỉ tết|vắng mặt|đi công tác|không có mặt|không ở văn phòng)|(?:^|[^\pL\pN_])saya (sedang|akan)(?:[^\pL\pN_]|$).{0,30}(cuti|di luar kantor|tidak di kantor)|` +
	`부재중입니다|부재 중입니다|휴가 중입니다|不在にしております|不在にしています|休暇を(いただいて|取って)おります|(我|本人)(目前|正在|现在|現在)?(休假|放假|不在(办公室|辦公室))|` +
	// and in Thai, Hebrew, Arabic, Hindi, Russian, Ukrainian, Greek,
	// Hungarian, Romanian and Finnish, the writer in the first person:
	// "ดิฉันลาพักร้อนระหว่างวันที่ 25 - 30 พฤศจิกายน", "אני בחופשה עד
	// 30.11", "أنا في إجازة حتى 30 نوفمبر", "मैं 30 नवंबर तक छुट्टी पर
	// हूँ", "Я в отпуске до 30.11", "Είμαι εκτός γραφείου έως 30/11",
	// "Szabadságon vagyok november 30-ig", "Sunt în concediu până pe
	// 30.11", "Olen lomalla 30.11. asti"
	`(ดิฉัน|ผม|ฉัน|กระผม)\s*(กำลัง|จะ|ได้)?\s*(ลาพักร้อน|ลาพักผ่อน|ลาพัก|ลาคลอด|ลาป่วย|ลากิจ|ไม่อยู่|ไม่ได้อยู่|เดินทาง)|` +
	`(?:^|[^\pL\pN_])(אני|אהיה)\s+(נמצא |נמצאת )?(בחופשה|בחופשת|מחוץ למשרד|לא במשרד)|(?:^|[^\pL\pN_])(أنا|انا|سأكون)\s+(حاليا\s+|حاليًا\s+)?(في إجازة|في اجازة|خارج المكتب)|` +
	`(?:^|[^\pL\pN_])मैं\s[^\n]{0,40}(अवकाश पर|छुट्टी पर|कार्यालय से बाहर)|(?:^|[^\pL\pN_])я\s+(нахожусь\s+|буду\s+|перебуваю\s+)?(в отпуске|в командировке|вне офиса|у відпустці|в відпустці|у відрядженні)|` +
	`(?:^|[^\pL\pN_])(είμαι|θα είμαι|βρίσκομαι)\s[^\n]{0,20}(εκτός γραφείου|σε άδεια|σε διακοπές)|(?:^|[^\pL\pN_])(szabadságon (vagyok|leszek)|házon kívül (vagyok|leszek)|nem vagyok az irodában)|` +
	`(?:^|[^\pL\pN_])(sunt|voi fi)\s[^\n]{0,20}(în concediu|in concediu|în afara biroului|plecat din birou)|(?:^|[^\pL\pN_])olen\s[^\n]{0,20}(lomalla|poissa toimistolta|vuosilomalla|työmatkalla|virkavapaalla)`)

// absentUntil is the return such a text announces: a word for "until" or
// "back on", or a date ("Nov 9", "17. marts", "25.3.", "10월 12일",
// "5月6日"), the Korean and Japanese "until" joined to the date before it
// ("12일(일)까지", "6日まで"), or the span it lasts, "this week", "diese
// Woche", "cette semaine".
var absentUntil = mustGate(`(?i)\d{1,2} ?(월|月) ?\d{1,2} ?(일|日)|까지|まで|ถึงวันที่|จนถึง|จะกลับมา|ระหว่างวันที่\s*\d|(?:^|[^\pL\pN_])(עד|אחזור|حتى|سأعود|तक|вернусь|повернуся|έως|μέχρι|θα επιστρέψω|visszatérek|până (la|pe|în)|revin|asti|saakka|palaan)(?:[^\pL\pN_]|$)|\d-ig(?:[^\pL\pN_]|$)|(?:^|[^\pL\pN_])до \d|(?:^|[^\pL\pN_])(đến (hết )?ngày|hingga|sampai)(?:[^\pL\pN_]|$)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(until|till|back (at my desk |in the office )?on|be back|returning|(on|by) my next working day|when i return|on my return|bis|jusqu|hasta|fino al|fino a|rientr|tot en met|tot|até|indtil|t\.o\.m\.|til og med|till och med|frem til|fram til|fram till|inntil|zurück)(?:\b|[^\pL\pN_]|$)|\bdo \d|\b(this|for the rest of the) week\b|(?:^|[^\pL\pN_])(diese woche|cette semaine|esta semana|questa settimana|deze week|denna vecka|denne uge|denne uken|tällä viikolla|w tym tygodniu|tento týden)(?:[^\pL\pN_]|$)|\d{1,4}[./-]\d{1,2}|\b\d{1,2}\. ?(jan|feb|mar|mär|apr|ma[ijy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])`)

// absentLater says the absence starts later: "I'm on leave from tomorrow
// until Nov 9, so feel free to close the ticket" is typed by someone here
// now.
var absentLater = mustGate(`(?i)\b(from|starting|as of|as from) (tomorrow|next (week|monday|tuesday|wednesday|thursday|friday))\b|\bab (morgen|nächster woche)\b|à partir de demain|dès demain|a partir de mañana|desde mañana|da domani|vanaf morgen|a partir de amanhã`)

// autoReplyBodyCheck recognises Lotus Notes out-of-office subjects,
// autoresponders that announce themselves in their first lines, and a
// short out-of-office text that opens by saying the writer is away until
// a date (GroupWise's and Domino's rules send no header that says so),
// in answer to our mail or under a subject that is the word for an
// absence alone (absenceSubject: cPanel's autoresponder sends what its
// owner typed, "Ausente", with no reference to what it answers) or that
// noun as a label before the subject it answers (absenceLabel), and a
// short text that promises the mail it answers will be read on its
// writer's return (readOnReturn), whatever its subject and references.
// A text that asks or argues ("but the export still fails") is a person
// writing.
func autoReplyBodyCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if notesOutOfOffice.MatchString(m.Subject) {
		return AutoReply, "Lotus Notes out-of-office subject"
	}
	if autoResponseOpening.MatchString(firstLines(m.Text, 3)) {
		return AutoReply, "text opens as an automated response"
	}
	if absentOpening.MatchString(m.Subject) && absentUntil.MatchString(m.Subject) && !arguing.MatchString(m.Subject) {
		// Domino puts the whole out-of-office sentence in the subject.
		return AutoReply, "an out-of-office subject: away until a date"
	}
	const maxLines = 12
	if t := head(m.Visible); (answersOurs(m) || absenceSubject.MatchString(m.Subject) || absenceLabel.MatchString(m.Subject)) && nonBlankLines(t) <= maxLines {
		if opening := firstLines(t, 2); absentOpening.MatchString(opening) && absentUntil.MatchString(opening) && !argues(t) && !greetsByName(t) && !absentLater.MatchString(opening) {
			return AutoReply, "a short out-of-office text: away until a date"
		}
	}
	if t := head(m.Visible); !forwardPrefix.MatchString(m.Subject) && nonBlankLines(t) <= maxLines && readOnReturn.MatchString(firstLines(t, 5)) && !argues(t) && !greetsByName(t) {
		// a responder with no header and no reference says so in its
		// words: the mail it answers will be read later (a person who
		// forwards one to us says so in the forward's subject)
		return AutoReply, "a short text saying the mail will be read on its writer's return"
	}
	if t := head(m.Visible); answersOurs(m) && !forwardPrefix.MatchString(m.Subject) && nonBlankLines(t) <= maxLines && notForwarded.MatchString(t) && absentUntil.MatchString(t) && !argues(withoutCallQuestion(t)) && !greetsByName(t) {
		// an absence's reply says the mail it answers will wait: "Je
		// bericht wordt niet doorgestuurd", "Your message will not be
		// forwarded"; a person telling us of a forward that failed asks
		// or argues about it
		return AutoReply, "a short reply to ours, away until a date, saying our mail will not be forwarded"
	}
	if t := unquotedLines(head(m.Visible)); answersOurs(m) && !forwardPrefix.MatchString(m.Subject) && nonBlankLines(t) <= 16 && !argues(t) && namesItselfAutoReply(t) {
		return AutoReply, "a reply that names itself an automatic reply on a line of its own"
	}
	return Human, ""
}

// notForwarded is an absence's reply saying the mail it answers will not
// be passed on to anyone while its owner is away, in the languages such
// replies are set in: "Your message will not be forwarded", "Je bericht
// wordt niet doorgestuurd", "Ihre Nachricht wird nicht weitergeleitet",
// "Votre message ne sera pas transféré", "Su mensaje no será reenviado",
// "Il tuo messaggio non verrà inoltrato", "Twoja wiadomość nie zostanie
// przekazana", "A sua mensagem não será reencaminhada".
var notForwarded = mustGate(`(?i)\b(your )?(e-?mails?|messages?|mail)\s+((will|is|are|has|have)\s+not|won't)\s+(be\s+|been\s+)?(automatically\s+)?forwarded\b|` +
	`\b(je|uw|jouw)\s+(e-?mail|bericht|mail)\s+wordt\s+niet\s+(automatisch\s+)?doorgestuurd\b|(?:^|[^\pL\pN_])(ihre|deine)\s+(e-?mail|nachricht)\s+wird\s+nicht\s+(automatisch\s+)?weitergeleitet(?:[^\pL\pN_]|$)|` +
	`(?:^|[^\pL\pN_])(votre|ton)\s+(e-?mail|message|courriel)\s+ne\s+sera\s+pas\s+(transféré|transmis|réacheminé)|(?:^|[^\pL\pN_])(su|tu)\s+(correo|mensaje|e-?mail)\s+no\s+(será|se)\s+(reenviado|reenviará|redirigido)|` +
	`(?:^|[^\pL\pN_])il\s+(tuo|suo)\s+(messaggio|e-?mail)\s+non\s+(verrà|sarà)\s+inoltrat[oa]|(?:^|[^\pL\pN_])(twoja|pana|pani)\s+wiadomość\s+nie\s+(zostanie|będzie)\s+przekazana|(?:^|[^\pL\pN_])(a\s+)?(sua|tua)\s+(mensagem|e-?mail)\s+não\s+será\s+(re)?encaminhad[oa]`)

// withoutCallQuestion is a text without the questions an absence's reply
// answers with a number to call in the sentence after ("Heb je iets
// dringends? Bel dan even met Femke op 030 000 4450", "Anything urgent?
// Call Fiona on 020 7946 0018"): each such "?" read as a full stop. A
// person's question waits for our answer, not a phone number.
func withoutCallQuestion(t string) string {
	if !strings.Contains(t, "?") {
		return t
	}
	b := []byte(t)
	for i := 0; i < len(b); i++ {
		if b[i] != '?' {
			continue
		}
		rest := t[i+1:]
		if j := strings.Index(rest, "\n\n"); j >= 0 {
			rest = rest[:j]
		}
		if k := strings.IndexAny(rest, ".!?"); k >= 0 && !callNumber.MatchString(rest[:k]) {
			rest = rest[:k]
		}
		if callNumber.MatchString(rest) {
			b[i] = '.'
		}
	}
	return string(b)
}

// callNumber is a telephone number written out: eight digits or more,
// grouped by spaces, dots, hyphens or brackets ("030 000 4450", "+44 20
// 7946 0018", "(555) 010-0199").
var callNumber = mustGate(`\+?\(?\d[\d ().-]{6,}\d`)

// readOnReturn is a responder's promise, in its first lines, that the
// mail it answers will be read when its owner or office is back: "Emails
// to this address will be read when we are back" (a school office's
// cPanel autoresponder over the holidays), vacation(1)'s "Your message
// regarding "[ESC-3101] …" will be read when I return", "Uw e-mail wordt
// na de vakantie behandeld", "Ihre E-Mail wird nach meiner Rückkehr
// bearbeitet", the German and Dutch verb also after a clause it shares
// ("Ihre E-Mail wird nicht weitergeleitet und nach unserer Rückkehr
// bearbeitet", an Outlook rule's template; "Uw e-mail wordt niet
// doorgestuurd en pas na mijn vakantie gelezen"). A person writing to us
// reads our mail now; one who tells us they will be away says more, or
// asks.
var readOnReturn = mustGate(`(?i)\b(e-?mails?|messages?|mail)\b[^.\n]{0,80}\bwill be (read|answered|dealt with|handled|processed|actioned|responded to)\b[^.\n]{0,20}\b(when (i|we) (return|am back|are back|get back|reopen)|(on|upon|after) (my|our) return|after the (holidays?|break))\b|` +
	`\b(uw|je) (e-?mail|bericht|mail)\b[^.\n]{0,60}\bwordt\b[^.\n]{0,60}\bna (de|mijn|onze) (vakantie|terugkeer|terugkomst)\b[^.\n]{0,20}\b(behandeld|gelezen|beantwoord)\b|` +
	`\b(ihre|deine) (e-?mail|nachricht)\b[^.\n]{0,60}\bwird\b[^.\n]{0,60}\bnach (meiner rückkehr|unserer rückkehr|dem urlaub|den ferien)[^.\n]{0,20}\b(bearbeitet|gelesen|beantwortet)\b|` +
	// and in Portuguese, Spanish, French, Italian and Swedish: "Sua
	// mensagem será lida no meu retorno", "Su mensaje será leído a mi
	// regreso", "Votre message sera traité dès mon retour", "Il suo
	// messaggio sarà letto al mio rientro", "Ditt meddelande kommer att
	// läsas när jag är tillbaka"
	`(?:^|[^\pL\pN_])(sua|a sua|tua|a tua) (mensagem|e-?mail)[^.\n]{0,60} será (lida|lido|respondida|respondido|tratada|tratado|atendida|atendido)[^.\n]{0,20} (no meu (retorno|regresso)|ao meu regresso|após o meu (retorno|regresso)|quando eu (retornar|voltar|regressar))|` +
	`(?:^|[^\pL\pN_])(su|tu) (mensaje|correo|e-?mail)[^.\n]{0,60} será (leído|respondido|atendido|tratado|gestionado)[^.\n]{0,20} (a mi (regreso|vuelta|retorno)|cuando (regrese|vuelva)|tras mi regreso)|` +
	`(?:^|[^\pL\pN_])(votre|ton) (message|courriel|e-?mail|mail)[^.\n]{0,60} sera (lu|traité|pris en compte|transmis)[^.\n]{0,20} (à|dès) (mon|notre) retour|` +
	`(?:^|[^\pL\pN_])(il suo|il tuo|la sua|la tua) (messaggio|e-?mail|mail)[^.\n]{0,60} (sarà|verrà) (letto|letta|gestito|gestita|evaso|evasa)[^.\n]{0,20} al (mio|nostro) (rientro|ritorno)|` +
	`(?:^|[^\pL\pN_])(ditt|ert) (meddelande|mejl|e-?postmeddelande)[^.\n]{0,60} kommer (att )?(läsas|besvaras|hanteras)[^.\n]{0,20} (när (jag|vi) (är|kommer) tillbaka|efter min återkomst)`)

// namesItselfAutoReply reports whether a text holds a line of its own
// on which a responder names what it sent, below or above its text:
// "*** Esta é uma resposta automática. ***" under a qmail
// autoresponder's thanks, "Olá! Esta é uma resposta automática." above
// an office's hours (its greeting taken off, withoutGreeting), "(Respuesta enviada automáticamente)" under a
// mailbox rule's notice that someone left, "-- Automatische Antwort --".
// A responder with no automatic-mail header says so in its words; a
// person's reply does not stop on a line to call itself automatic (one
// who says "questa NON è una risposta automatica" says more on it), and
// one who forwards such a reply to us without a word is read by the
// forward's subject.
func namesItselfAutoReply(t string) bool {
	for l := range strings.Lines(t) {
		if autoReplyLine.MatchString(withoutGreeting(strings.TrimSpace(l))) {
			return true
		}
	}
	return false
}

// withoutGreeting is a line without the greeting word that opens it and
// the mark that closes that greeting: "Esta é uma resposta automática."
// of "Olá! Esta é uma resposta automática.", as a responder greets
// before it names itself on its first line. A line with no greeting, or
// a greeting followed by more words before its mark ("Hello Maria,"), is
// left as it is.
func withoutGreeting(l string) string {
	loc := addressing.FindStringIndex(l)
	if loc == nil {
		return l
	}
	// the expression takes the mark after the word with it ("Olá!")
	word := strings.TrimRight(l[loc[0]:loc[1]], "!,. \t")
	rest := strings.TrimLeft(l[loc[0]+len(word):], " \t")
	if r, size := utf8.DecodeRuneInString(rest); r == '!' || r == ',' || r == '.' {
		return strings.TrimSpace(rest[size:])
	}
	return l
}

// autoReplyLine is such a line: the responder's name for its reply,
// alone or in a sentence that says only that ("This is an automated
// response.", "Esta es una respuesta automática."), or that the reply
// was sent automatically, framed by nothing but punctuation.
var autoReplyLine = mustGate(`(?i)^[\s*_=~#()\[\]<>.!:–—-]*(` +
	`(this is an? )?(automatic|automated|auto-?generated|auto) (reply|response)|(this )?(reply|response) (was |is )?(sent|generated) automatically|` +
	`(esta (é|es) uma? )?(resposta|respuesta) automática|(resposta|respuesta) (enviada|generada|gerada) (automáticamente|automaticamente)|` +
	`(questa è una )?risposta automatica|risposta (inviata|generata) automaticamente|(ceci est une )?réponse automatique|réponse (envoyée|générée) automatiquement|` +
	`(dies ist eine )?automatische antwort|(dit is een )?automatisch (verzonden |gegenereerd )?antwoord|(detta är ett )?automatiskt svar|` +
	`αυτόματη απάντηση|otomatik (yanıt|cevap)(tır|dır)?|رد تلقائي|balasan otomatis|ตอบกลับอัตโนมัติ` +
	`)[\s*_=~#()\[\]<>.!:–—-]*$`)

// greeting is a first line that greets someone by name, "Hi Marta,",
// "Dear Mr Okafor,"; genericNames the words a rule's text greets with.
var (
	greeting     = mustGate(`^(?i:hi|hello|hey|dear|hallo|liebe|lieber|bonjour|hola|ciao|olá|oi|hej|goedemorgen|beste)\s+((?i:mr|mrs|ms|dr|herr|frau)\.?\s+)?(\p{Lu}[\p{Ll}'-]+)\b`)
	genericNames = map[string]bool{"Sir": true, "Madam": true, "Sender": true, "Team": true, "All": true, "There": true, "Customer": true, "Colleague": true, "Colleagues": true, "Everyone": true, "Support": true, "Absender": true, "Kunde": true, "Client": true, "Cliente": true}
)

// greetsByName reports whether a text opens by greeting someone by name,
// as a person writing to our agent does and a rule's text, written once
// for everyone, does not ("Hi Marta, heads-up: I'm out of office from
// Monday to Friday; Aisha is taking over this ticket").
func greetsByName(t string) bool {
	if handsOver.MatchString(t) {
		return true
	}
	m := greeting.FindStringSubmatch(strings.TrimSpace(firstLines(t, 1)))
	return m != nil && !genericNames[m[len(m)-1]]
}

// handsOver is a person handing their ticket to a colleague while away
// ("Jonas (in cc) will take over this ticket"): a rule's text, written
// once for every mail, knows of no ticket.
var handsOver = mustGate(`(?i)\b(take over|takes over|taking over|look after|handle|pick up)\b.{0,20}\b(this|the|our|your) (ticket|request|case|issue)\b|(?:\b|^|[^\pL\pN_])(übernimmt|übernehmen)\b.{0,40}\b(ticket|anfrage|vorgang)\b|\bprendra le relais\b|\bse encargará(?:\b|[^\pL\pN_]|$)`)

// answersOurs reports whether a mail answers one: a reply prefix on its
// subject or a reference to an earlier mail. An automatic reply always
// answers ours; a customer's new mail that says they are away and asks
// nothing is still theirs to read.
func answersOurs(m *Message) bool {
	return len(m.InReplyTo) > 0 || len(m.References) > 0 || replyPrefix.MatchString(m.Subject)
}

// helpdeskReceived is how a help desk's acknowledgement says what it is
// (Freshdesk, HubSpot, Zendesk, Jira Service Management, osTicket): "we
// have received your request", "your request (88412) has been received",
// "a ticket has been created", TOPdesk's "Your call has been registered
// with reference number …", and their translations.
var helpdeskReceived = mustGate(`(?i)\bwe('ve| have) (successfully )?received your (request|message|e-?mail|enquiry|inquiry|ticket|support request)\b|` +
	`\byour (e-?mail|message|mail|letter)( to [^.\n]{1,60})? has been received\b|` +
	`\b(i've|i have|we've|we have) got (it|your (note|message|e-?mail|request))\b.{0,40}\b(in|into) (our|the) queue\b|` +
	`\b(i've|i have|we've|we have) logged your (e-?mail|request|message|call|query|enquiry|inquiry)\b|` +
	`\b(we've|we have) got your (note|message|e-?mail|request)\b.{0,40}\b(been )?(logged|registered|recorded) as (a )?(ticket|case|request)\b|` +
	`\byour (support )?(request|ticket|case|enquiry|inquiry|incident|call|complaint|grievance|query)( \(?#?[\w-]*\d[\w-]*\)?)? has been (received|created|logged|opened|submitted|raised|registered)\b|` +
	`\ba (new )?(support )?(ticket|case|request) has been (created|opened|logged)\b|` +
	// a desk's bot that says it opened one, in the first person: "I've
	// opened case 4417790 for you", "He abierto el caso 88120", "Ik heb
	// een melding voor je aangemaakt", "J'ai ouvert le dossier 4471"
	`\b(i've|i have|we've|we have) (just )?(opened|created|logged|raised) (a |the )?(new )?(support )?(ticket|case|request|incident)\b|` +
	`(?:^|[^\pL\pN_])(he|hemos) (abierto|creado|registrado) (el |la |un |una )?(caso|ticket|incidencia|solicitud)(?:[^\pL\pN_]|$)|\b(ik heb|we hebben|wij hebben) (een |je |uw )?(ticket|melding|zaak)\b[^.\n]{0,30}\b(aangemaakt|geopend)\b|` +
	`\b(ich habe|wir haben) (ein |einen |den |das )?(ticket|fall|vorgang)\b[^.\n]{0,30}\b(eröffnet|erstellt|angelegt)\b|(?:^|[^\pL\pN_])(j'ai|nous avons) (ouvert|créé|enregistré) (un |le |la |une )?(ticket|dossier|demande)(?:[^\pL\pN_]|$)|` +
	// a service desk that names what it opened for the mail, by its
	// number: "Incident INC0087733 has been opened on your behalf"
	// (ServiceNow)
	`\b(incident|ticket|case|request|call)( #?[\w-]*\d[\w-]*)+ has been (created|opened|logged|raised|registered) (on your behalf|for you)\b|` +
	// in East and Southeast Asia: "เราได้รับคำขอของท่านแล้ว", "您的請求
	// (31207) 已收到" (Zendesk's Traditional Chinese), "お問い合わせを受け付け
	// ました", "문의가 접수되었습니다", "Chúng tôi đã nhận được yêu cầu của
	// bạn", "Kami telah menerima permintaan Anda"; the Thai, Chinese and
	// Japanese with no boundary, as they write no spaces. A Thai business
	// speaks of itself as "ทาง" and its own name as well as "เรา":
	// "ทางรีสอร์ทได้รับข้อความของท่านเรียบร้อยแล้ว" (the resort has received
	// your message)
	`(เรา|ทาง[\pL\pM]{1,15})ได้รับ(คำขอ|คำร้อง|ข้อความ|อีเมล)(ของ(ท่าน|คุณ))?(เรียบร้อย)?แล้ว|(請求|请求|查詢|查询|諮詢|咨询|工單|工单|來信|来信|郵件|邮件)\s*[(（]?#?\d*[)）]?\s*已(收到|受理|建立|创建|登記|登记)|(我們|我们)已(經|经)?收到(您|你)的|` +
	`(お問い合わせ|お問合せ|ご依頼|メール)を(受け付け|受付|受信)(いた)?しました|(?:^|[^\pL\pN_])(문의|요청|메일|티켓)(가|이) (정상적으로 )?(접수|생성)되었습니다|\bchúng tôi đã nhận được (yêu cầu|email|thư|tin nhắn)|\bkami (telah|sudah) menerima (permintaan|pesan|email|e-mel|pertanyaan)|` +
	// in Arabic: "لقد تم استلام رسالتكم بنجاح" (your message has been
	// received), "تم استلام طلبك", "استلمنا رسالتك", "وصلتنا رسالتكم", in
	// the singular and the plural of respect
	`(تم|قد تم) (استلام|تسجيل) (رسالت|طلب|بريد|استفسار|شكوى|شكوا)(ك|كم|كِ)|(استلمنا|وصلتنا|تلقينا|تلقّينا) (رسالت|طلب|بريد|استفسار)(ك|كم|كِ)|` +
	// in India: "आपकी शिकायत दर्ज कर ली गई है", "हमें आपका ईमेल मिल गया
	// है" (Hindi), "तुमची तक्रार नोंदवली गेली आहे" (Marathi)
	`(आपकी|आपका|आपके) (शिकायत|अनुरोध|संदेश|ईमेल|मेल|टिकट|प्रश्न|सवाल)[^।\n]{0,40}?(दर्ज|प्राप्त)( कर)? (ली|लिया|लिए|की|किया|किए|हो) (गई|गया|गए)|हमें (आपका|आपकी|आपके) (संदेश|ईमेल|मेल|अनुरोध|शिकायत|प्रश्न)[^।\n]{0,30}?(प्राप्त हो|मिल) (गया|गई|गए)|` +
	`(तुमची|तुमचा|तुमचे|आपली|आपला|आपले) (तक्रार|विनंती|संदेश|ईमेल|मेल|प्रश्न)[^।\n]{0,40}?(नोंदवली|नोंदवला|नोंदवले|नोंदवण्यात|प्राप्त झाली|प्राप्त झाला|मिळाली|मिळाला)|आम्हाला (तुमचा|तुमची|तुमचे|आपला|आपली|आपले) (संदेश|ईमेल|मेल|विनंती|तक्रार)[^।\n]{0,30}?(मिळाला|मिळाली|मिळाले|प्राप्त झाला|प्राप्त झाली)|` +
	// a receipt that says it gave the mail a number, or that the mail is
	// in its queue: "Tu mensaje ya está en nuestra bandeja y le hemos
	// asignado el número #IT-20931", "we have assigned it ticket number
	// 4471", "nous lui avons attribué le numéro", "atribuímos o número"
	`\b(we've|we have) assigned (it|your (request|message|e-?mail|enquiry|inquiry)) (the )?(ticket |case |reference )?(number|reference|ticket|case)\b|\byour (message|e-?mail|request|enquiry|inquiry) is (now )?in our (queue|inbox)\b|` +
	`(?:^|[^\pL\pN_])(le|te|se le) (hemos|ha) asignado (el )?(número|numero|ticket|caso|código)(?:[^\pL\pN_]|$)|(?:^|[^\pL\pN_])(tu|su) (mensaje|correo|solicitud|consulta) (ya )?está en nuestra (bandeja|cola)(?:[^\pL\pN_]|$)|` +
	`(?:^|[^\pL\pN_])(atribuímos|foi atribuído)( o| a)? (número|protocolo)(?:[^\pL\pN_]|$)|(?:^|[^\pL\pN_])nous (lui |vous )?avons attribué (le )?(numéro|ticket)(?:[^\pL\pN_]|$)|\babbiamo assegnato (il )?(numero|ticket)\b|` +
	`\b(ich habe|wir haben) ihre (nachricht|e-?mail|anfrage) erhalten\b|\bwe acknowledge (the )?receipt of your (request|message|e-?mail|enquiry|inquiry)\b|nous accusons (bonne )?réception de votre (demande|message|e-?mail|courriel)|\bun (nouveau )?ticket a été (créé|ouvert)(?:\b|[^\pL\pN_]|$)|\bihre (anfrage|nachricht|e-?mail)( [^.\n]{1,60})? (ist|wurde) (bei uns )?(eingegangen|erhalten)|nous avons bien reçu votre (demande|message|e-?mail|courriel)|` +
	`\bvotre (demande|message|ticket)\b.{0,80}\ba (bien )?été reçue?\b|hemos recibido (su|tu) (solicitud|mensaje|correo|consulta)|recebemos (a )?(sua|tua) (solicitação|mensagem|e-?mail|pedido)|otrzymaliśmy (twoją |pana |pani )?(wiadomość|zgłoszenie)|vi har (tagit emot|mottagit|modtaget) (ditt|din|dit)|olemme vastaanottaneet (viestisi|pyyntösi|sähköpostisi|ilmoituksesi)|(viestisi|pyyntösi|sähköpostisi|ilmoituksesi) on vastaanotettu|abbiamo ricevuto la (sua|tua) (richiesta|e-?mail)|wij hebben uw (aanvraag|bericht|e-?mail) ontvangen|uw (melding|verzoek|aanvraag) is (ontvangen|geregistreerd)|` +
	// a service desk that says what it made of the mail: "Wij hebben het
	// geregistreerd als melding M2701 1142" (TOPdesk's Dutch receipt), "we
	// have registered it as call …", "Wir haben sie als Meldung … erfasst"
	`\b(wij|we) hebben (het|deze|dit|uw (bericht|e-?mail|verzoek|aanvraag|vraag)) (ontvangen en )?(geregistreerd|vastgelegd|aangemaakt) als (een )?(melding|incident|ticket|verzoek|call)\b|` +
	`\b(we've|we have) (registered|logged|recorded) (it|this|your (e-?mail|message|request)) (as|under) (a )?(call|incident|ticket|case|request)\b|` +
	`\bwir haben (sie|es|diese|ihre (nachricht|e-?mail|anfrage)) (als|unter) (meldung|ticket|vorgang|anfrage|störung)\b[^.\n]{0,40}\b(erfasst|registriert|aufgenommen|angelegt)|` +
	// or in the passive: "Uw e-mail is bij ons geregistreerd als melding
	// M 2503 117", "Ihre Meldung wurde unter der Nummer M2503 0291
	// registriert"
	`\buw (e-?mail|bericht) is (bij ons )?(ontvangen en )?geregistreerd (als|onder) (een )?(melding|incident|ticket|verzoek|nummer)\b|` +
	`\bihre (meldung|anfrage|nachricht|e-?mail) (ist|wurde) (bei uns )?unter der (nummer|ticketnummer|meldungsnummer|vorgangsnummer) [^.\n]{1,30} (registriert|erfasst|aufgenommen|angelegt)\b`)

// helpdeskNumber is the ticket or request number such an acknowledgement
// gives, or its promise to answer later, read across the line breaks of a
// text wrapped at 72 columns ("a customer care officer will\nrespond
// within 5 business days", "Wir melden uns\ninnerhalb von fünf
// Werktagen").
var helpdeskNumber = mustGate(`(?i)(?:\b|^|[^\pL\pN_])(tickets?|request|case|caso|dossier|incident|reference|complaint|grievance|anfrage|ticketnummer|nummer|melding|demande|solicitud|richiesta|chamado|protocolo|número|numero|numéro|zgłoszeni\w*|ärende|sag|palvelupyyn\w*|tukipyyn\w*|tiketi?\w*)\b[^\n]{0,30}?#?[A-Z]{0,8}-?\d{3,}|` +
	// Arabic's number ("برقم 20431", "رقم الطلب: 20431", in Arabic-Indic
	// digits too)
	`(?:^|[^\pL\pN_])(ب|و|بـ)?رقم[^\n]{0,30}?[A-Z]{0,8}-?[0-9٠-٩]{3,}|` +
	// Hindi and Marathi: "शिकायत संख्या: DX-CMP-2611-083311", "तक्रार
	// क्रमांक", and the promise "आपसे संपर्क करेगी", "तुमच्याशी संपर्क साधेल"
	`(शिकायत|अनुरोध|टिकट|तक्रार|विनंती) (संख्या|नंबर|क्रमांक)[^\n]{0,12}?[A-Z]{0,8}-?\d{3,}|आपसे (जल्द ही )?संपर्क (करेंगे|करेगी|करेगा)|(तुमच्याशी|आपल्याशी) (लवकरच )?संपर्क (साधू|साधेल|साधतील|करू|करेल)|` +
	`\(#?\d{3,}\)|(\bwill|['’]ll|\bto)\s+(get\s+back\s+to\s+you|respond|reply|answer|be\s+in\s+touch|contact\s+you|send\s+you\s+a\s+(personal\s+)?response)\b|\b(melde|melden)\s+(ich\s+)?(mich|uns)\b(?s:.{0,40})\b(so\s+schnell\s+wie\s+möglich|schnellstmöglich|baldmöglichst|umgehend|innerhalb\s+von)`)

// helpdeskAckCheck recognises the acknowledgement a customer's own help
// desk sends when our mail reaches it: its new text is short, says that
// our request was received or a ticket created, and gives a number or a
// promise to answer. A person's reply that happens to say "we received
// your message" goes on to say more than a receipt does.
func helpdeskAckCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if receiptText(m, own) {
		return AutoReply, "a help desk's acknowledgement: request received, ticket number"
	}
	return Human, ""
}

// botIntroduction is how a desk's chatbot names itself in the first lines
// of its answer: "I'm Maya, Rideon's AI assistant", "This is Sky, an AI
// agent", "Soy Leo, el asistente de IA de Alquila", "Sou a Bia, assistente
// de IA da Frota", "Je suis Léa, l'assistante IA de …", "Ich bin Max, der
// KI-Assistent von …", "Ik ben Sam, de AI-assistent van …", "Sono Lia,
// l'assistente IA di …". Only an AI or a bot: a "virtual assistant" may be
// a person who works remotely for someone, and writes as one. The noun
// ends the phrase ("I'm Rideon's AI assistant product lead" is a person).
var botIntroduction = mustGate(`(?i)(?:^|[^\pL\pN_])(` +
	`(i'm|i’m|i am) (` + botName + `, )?(an |the |your |` + botName + `['’]s )?((ai|a\.i\.|ai-powered|automated) (assistant|agent|bot|helper)|chat ?bot|bot)|` +
	`soy ((el|la) )?(` + botName + `, )?(el |la |tu |su |un |una )?((asistente|agente) (de ia|de inteligencia artificial|ia|virtual con ia|con ia)|chatbot|bot)|` +
	`sou ((o|a) )?(` + botName + `, )?(o |a |sua |seu |um |uma )?((assistente|agente) (de ia|de inteligência artificial|ia|virtual com ia|com ia)|chatbot|robô|bot)|` +
	`je suis (` + botName + `, )?(l['’]|votre |ton |un |une |le )?((assistant|assistante|agent|agente) (ia|d['’]ia|virtuel ia|virtuelle ia|d['’]intelligence artificielle)|chatbot|robot conversationnel|bot)|` +
	`ich bin (` + botName + `, )?(der |die |ihr |ihre |dein |deine |ein |eine )?(ki-assistent(in)?|ki-agent(in)?|ki-chatbot|chatbot|bot)|` +
	`ik ben (` + botName + `, )?(de |je |uw |een )?(ai-assistent|ai assistent|ai-agent|ai agent|chatbot|bot)|` +
	`sono (` + botName + `, )?(l['’]|il |la |il tuo |la tua |un |una )?((assistente|agente) (ia|ai|di ia|virtuale ia|di intelligenza artificiale)|chatbot|bot))` +
	`\s*($|[.,!;:()—–-]|\s(here|at|for|of|from|with|and|de|da|do|di|van|von|du|des|del)(?:[^\pL\pN_]|$))`)

// botName is the name a bot or its company is given, in capitals:
// "Maya", "Ana Bot", "Rideon".
const botName = `(?-i:\p{Lu}\pL*)( (?-i:\p{Lu}\pL*)){0,2}`

// botAnswerCheck recognises a desk's chatbot answering our mail: its
// short text names itself a bot in its first lines (botIntroduction),
// whatever it goes on to ask ("Did that answer your question?"), signed
// with the name it was given. A person relayed by such a bot is read
// before (chatTranscript, relayedQuestion).
func botAnswerCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	const maxLines = 20
	t := head(m.Visible)
	if !answersOurs(m) || nonBlankLines(t) > maxLines || !botIntroduction.MatchString(firstLines(t, 4)) {
		return Human, ""
	}
	return AutoReply, "a chatbot's answer: it names itself a bot in its first lines"
}

// receiptText reports whether a mail's new text is a help desk's receipt
// of ours: short, it says a request was received and gives its number,
// and asks or argues nothing (the questions it answers itself, its
// selfAnswered lines, left out). Such a receipt answers our mail even when
// it names none (a ticket opened from it). The letter of ours it may set
// out in full below its own lines, what we asked in it, is left out too
// (withoutOurLetter).
func receiptText(m *Message, own []string) bool {
	const maxLines = 16
	t := head(m.Visible)
	if !helpdeskReceived.MatchString(t) && !helpdeskReceived.MatchString(firstLines(t, 4)) {
		// most mail: no receipt's words anywhere, and no letter of ours
		// to look for in it (its first lines read as one, a sentence
		// wrapped over two: "Your case has been\ncreated and assigned")
		return false
	}
	t = withoutOurLetter(t, own)
	return nonBlankLines(t) <= maxLines && helpdeskReceived.MatchString(firstLines(t, 4)) && helpdeskNumber.MatchString(t) && (!argues(withoutSelfAnswered(t)) || saysAutomatic.MatchString(t))
}

// withoutOurLetter is a notice's text without the letter of ours it
// quotes: a help desk's receipt sets out the request it registered, under
// a label or a rule ("Description:", "Alkuperäinen viestisi:",
// "-----"), down to our agent's signature (ourSignature: "Kind regards,"
// / "Tom Hargreaves" / "Acme Clinical Support"). What we asked there is
// ours, not the notice's. A text with no label or rule above such a
// signature is left whole.
func withoutOurLetter(t string, own []string) string {
	lines := strings.Split(t, "\n")
	for i := range lines {
		if !ourSignature(lines, i, own) {
			continue
		}
		start := i
		for start > 0 && !quoteLabel(strings.TrimSpace(lines[start-1])) {
			start--
		}
		if start == 0 {
			return t
		}
		return strings.Join(append(lines[:start:start], lines[i+3:]...), "\n")
	}
	return t
}

// ourSignature reports whether a text's line i is a sign-off above a
// name and a line that names us: our agent's signature, as a tool
// quoting our mail gives it ("Ystävällisin terveisin" / "Aino Virtanen" /
// "Acme Support").
func ourSignature(lines []string, i int, own []string) bool {
	return i+2 < len(lines) && signOff.MatchString(strings.TrimSpace(lines[i])) && strings.TrimSpace(lines[i+1]) != "" && namesUs(lines[i+2], own)
}

// quoteLabel reports whether a line heads what a notice quotes: a rule,
// or a label of a few words and its colon ("Description:", "Your
// original message:").
func quoteLabel(l string) bool {
	return dashRule.MatchString(l) || strings.HasSuffix(l, ":") && len(strings.Fields(l)) <= 4
}

// readerQuestion is a question a notice asks in its reader's voice, one
// line alone: "How can I track the progress of my incident?", "Comment
// puis-je suivre ma demande ?", "Wie kann ich meine Anfrage verfolgen?";
// noticeAnswer how the notice answers it on the next line, in its own
// voice to the reader: "You can view the status of your incident at any
// time on …", "Vous pouvez …", "Sie können …".
var (
	readerQuestion = mustGate(`(?i)^\s*¿?(how|what|when|where|can|do|will|comment|quand|que|wie|wann|was|kann|wo|como|cómo|cuándo|dónde|qué|quando|onde|come|dove|hoe|wanneer|waar|kan)\s[^?]*\s(i|my|me|je|mon|ma|mes|ich|mein|meine|meinen|mi|mis|eu|meu|minha|io|mio|mia|ik|mijn)\s[^?]*\?\s*$`)
	noticeAnswer   = mustGate(`(?i)^\s*(you|your|vous|votre|sie|ihre?|usted|puede|puedes|pode|você|può|puoi|u kunt|je kunt)\s`)
)

// withoutSelfAnswered is a text without the questions it answers itself:
// a help desk's receipt sets out what its reader may wonder ("How can I
// track the progress of my incident?") and answers it on the next line
// ("You can view the status of your incident at any time on the … portal").
// A person asks us in their own voice and leaves the answer to us.
func withoutSelfAnswered(t string) string {
	if !strings.Contains(t, "?") {
		return t
	}
	lines := strings.Split(t, "\n")
	for i, l := range lines[:len(lines)-1] {
		if readerQuestion.MatchString(l) && noticeAnswer.MatchString(lines[i+1]) && len(strings.Fields(lines[i+1])) >= 8 || articleTitle(l, lines[i+1]) {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}

// articleTitle reports whether a line is the title of a help article a
// notice lists, a question among them, with the article's link alone on
// the line below: " - Why is my settlement file late?" over
// "   https://help.payrent.example/…". A person's question is followed by
// more of their words, not by a link of its own.
func articleTitle(l, next string) bool {
	l = strings.TrimSpace(l)
	if l == "" || !strings.ContainsRune("-*•·–", []rune(l)[0]) {
		return false
	}
	f := strings.Fields(next)
	return len(f) == 1 && linkRe.MatchString(f[0])
}

// saysAutomatic is a notice saying it was sent by a machine: "Dit is een
// automatisch gegenereerd bericht.", a bank's "This is a computer-generated
// e-mail." A receipt that says so may ask
// ("Wilt u nog iets toevoegen?") and still be no person's.
var saysAutomatic = mustGate(`(?i)\b(this is an? (automated|automatically generated|auto-generated|(computer|system|machine)[- ]generated) (e-?mail|message|notification)|dit is een automatisch (gegenereerd|verzonden) (e-?mail|bericht)|dies ist eine automatisch (generierte|erzeugte|versandte|versendete) (e-?mail|nachricht)|ceci est un (message|e-?mail|courriel) (généré|envoyé) automatiquement|este es un (mensaje|correo) (generado|enviado) automáticamente|questo è un messaggio (generato|inviato) automaticamente|` +
	// "Questa è una risposta automatica", "This is an automatic reply"
	`(this is an automatic (reply|response)|questa è una risposta automatica|esta es una respuesta automática|ceci est une réponse automatique|dies ist eine automatische antwort|dit is een automatisch antwoord|esta é uma resposta automática)|` +
	// "Esta é uma mensagem automática." below a Zendesk receipt, "Este es
	// un mensaje automático, por favor no respondas a este correo."
	`(this is an automatic (e-?mail|message|notification)|esta é uma mensagem automática|este é um e-?mail automático|este es un (mensaje|correo) automático|esta es una notificación automática|ceci est un (message|e-?mail|courriel) automatique|dies ist eine automatische (nachricht|e-?mail|benachrichtigung)|questo è un messaggio automatico|questa è una (e-?mail|mail|notifica) automatica|dit is een automatisch bericht|dit is een automatische (e-?mail|melding))|` +
	// "Dit bericht is automatisch gegenereerd door TOPdesk", "This e-mail
	// was generated by the alert rule you subscribed to"
	`(this|the|dit|deze|dieses|diese|ce|este|questo|esta|den här|denne|tämä|ta) (e-?mail|message|notification|summary|digest|samenvatting|zusammenfassung|résumé|resumen|riepilogo|sammanfattning|bericht|e-?mailbericht|nachricht|courriel|mensaje|correo|messaggio|mensagem|meddelande|melding|meddelelse|viesti|wiadomość) (is|was|wurde|a été|est|fue|es|è stato|è|foi|är|er|on|została) (automatisch |automatically |automatiquement |automáticamente |automaticamente |automatiskt |automatisk |automaattisesti |automatycznie )?(gegenereerd|verzonden|generated|sent|erzeugt|generiert|versandt|verschickt|généré|envoyé|generado|enviado|generato|inviato|gerado|genererat|skickat|genereret|sendt|generert|luotu|lähetetty|wygenerowana|wysłana) (automatically |automatisch |automatiquement |automáticamente |automaticamente )?(by|door|von|durch|par|por|da|från|af|av|przez)\b|` +
	// or, with its adverb, as a sentence of its own: "Dit bericht is
	// automatisch verzonden.", "This message was sent automatically."
	`(this|dit|deze|dieses|diese|ce|este|questo|esta) (e-?mail|message|bericht|nachricht|courriel|mensaje|messaggio|mensagem) (is|was|wurde|a été|est|fue|es|è stato|foi) (automatisch|automatically|automatiquement|automáticamente|automaticamente) (gegenereerd|verzonden|verstuurd|generated|sent|erzeugt|generiert|versandt|verschickt|généré|envoyé|generado|enviado|generato|inviato|gerado)\s*[.!]|` +
	`(this|dit|deze|dieses|diese|ce|este|questo|esta) (e-?mail|message|bericht|nachricht|courriel|mensaje|messaggio|mensagem) (is|was|wurde|a été|est|fue|es|è stato|foi) (generated|sent|gegenereerd|verzonden|verstuurd|erzeugt|generiert|versandt|verschickt|généré|envoyé|generado|enviado|generato|inviato|gerado) (automatically|automatisch|automatiquement|automáticamente|automaticamente)\s*[.!]|` +
	// or in the Spanish reflexive: "Este correo se generó
	// automáticamente", "Este mensaje se envía de forma automática"
	`(este|esta) (correo|mensaje|e-?mail|notificación) se (generó|genera|ha generado|envió|envía|ha enviado) (de (forma|manera) )?automática(mente)?)|` +
	// in East and Southeast Asia, that it comes from a send-only address
	// or is the system's: "本メールは送信専用アドレスよりお送りしております",
	// "此邮件为系统邮件", "발신 전용", "ส่งโดยอัตโนมัติ", "Email này được
	// gửi tự động", "Email ini dikirim secara otomatis"
	// in Central and Eastern Europe, the Nordic languages, Greek and
	// Turkish: "Ez egy automatikusan küldött értesítés", "Tento e-mail
	// byl vygenerován automaticky", "Acesta este un mesaj generat
	// automat", "Detta är ett automatiskt meddelande", "Это письмо
	// сформировано автоматически", "Bu e-posta otomatik olarak
	// gönderilmiştir"
	`(?:^|[^\pL\pN_])(ez (egy |az )?(automatikus|automatikusan (küldött|generált|készült)) (értesítés|üzenet|levél|e-?mail)|` +
	`(toto|tato) je automaticky (generovaná|odeslaná|zaslaná|vygenerovaná) (zpráva|správa)|(tento|tato) (e-?mail|zpráva|správa) (byl|byla|bol|bola) (automaticky )?(vygenerován|vygenerována|odeslán|odeslána|vygenerovaný|vygenerovaná|odoslaný|odoslaná) automaticky|(tento|tato) (e-?mail|zpráva|správa) (byl|byla|bol|bola) automaticky (vygenerován|vygenerována|odeslán|odeslána|vygenerovaný|vygenerovaná|odoslaný|odoslaná)|` +
	`acesta este un (mesaj|e-?mail) (generat automat|automat)|acest (mesaj|e-?mail) a fost (generat|trimis) automat|` +
	`(detta|dette) (är ett|er en|er et) automatiskt? (genererat |genereret |generert )?(meddelande|mejl|melding|meddelelse|e-?mail|e-?post)|(detta|dette|det här|denne) (meddelande|mejl|melding|meddelelse|e-?post|e-?mail)(et|en)? (är|er) (automatiskt|automatisk) (genererat|genereret|generert|skickat|sendt)|tämä (on )?(automaattisesti (lähetetty|luotu)|automaattinen) (viesti|sähköposti|ilmoitus)|` +
	`(это|данное) (письмо|сообщение|уведомление) (сформировано|отправлено|создано|сгенерировано) автоматически|это автоматическое (письмо|сообщение|уведомление)|це (автоматичне|автоматично згенероване) (повідомлення|лист)|това е автоматично (генерирано |изпратено )?(съобщение|писмо)|αυτό (είναι )?(ένα )?αυτόματο (μήνυμα|email|e-mail)|` +
	`bu (e-?posta|ileti|mesaj|bildirim) otomatik olarak (gönderilmiştir|gönderilmektedir|oluşturulmuştur)|bu (bir )?otomatik (e-?posta|ileti|mesaj|bildirim)(dir)?)(?:[^\pL\pN_]|$)|` +
	`送信専用(の)?(メール)?アドレス|(この|本)メールは[^。\n]{0,30}自動(送信|配信)|(此|本)(邮件|郵件)(为|為|是)?系(统|統)(邮件|郵件|自动|自動)|发信专用|발신 ?전용|자동(으로)? 발송|ส่งโดยอัตโนมัติ|(?:^|[^\pL\pN_])được gửi tự động(?:[^\pL\pN_]|$)|\bdikirim secara otomatis\b|` +
	// in Malay and Indonesian, "Ini adalah e-mel yang dijana secara
	// automatik", "E-mel ini dihantar secara automatik", "Email ini
	// dibuat secara otomatis oleh sistem"
	`(?:^|[^\pL\pN_])(ini (adalah )?(e-?mel|emel|e-?mail|mesej|pesan|pemberitahuan|notifikasi) (yang )?|(e-?mel|emel|e-?mail|mesej|pesan|pemberitahuan|notifikasi) ini )(dijana|dihantar|dikirim|dibuat|dihasilkan) secara (automatik|otomatis)(?:[^\pL\pN_]|$)`)

// receiptSubject is the subject of an acknowledgement of receipt, as
// registries and offices send them ("Vastaanottokuittaus /
// Mottagningskvitto / Acknowledgement", "Eingangsbestätigung").
var receiptSubject = mustGate(`(?i)^\s*(automatic )?(acknowledge?ment( of receipt)?|receipt (confirmation|acknowledge?ment)|confirmation of receipt|` +
	`eingangsbestätigung|empfangsbestätigung|accusé de réception|acuse de recibo|conferma di ricezione|ontvangstbevestiging|` +
	`mottagningskvitto|mottagningsbekräftelse|vastaanottokuittaus|potwierdzenie (otrzymania|odbioru))\b`)

// receiptCheck recognises an office's acknowledgement of receipt: its
// subject names one and its text says the mail was received, however
// many languages it says so in.
func receiptCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if receiptSubject.MatchString(m.Subject) && helpdeskReceived.MatchString(head(m.Visible)) {
		return AutoReply, "an acknowledgement of receipt: its subject and text"
	}
	return Human, ""
}

// thanksForContact is how a canned reply opens: it thanks whoever wrote
// for writing to the sender's business, by its name ("Thank you so much
// for getting in touch with Thimble & Thread", "Thanks for emailing
// Birchwood Dental", "Gracias por contactar con
// Muebles Ortega", "Obrigado por entrar em contato com a Casa Aroeira").
var thanksForContact = mustGate(`(?i)\b(thanks?( you)?( so much| very much)? for (getting in touch|contacting|reaching out|writing|e-?mailing|messaging)( to| with)?|` +
	`gracias por (contactar|ponerte en contacto|ponerse en contacto|escribir)( con| a)?|obrigad[oa] por (entrar em contato|contactar|escrever)( com| para| a)?|` +
	`merci (d'avoir contacté|d'avoir écrit à)|grazie per (aver contattato|aver scritto a)|vielen dank für ihre (nachricht|e-?mail|anfrage) an|bedankt voor (je|uw) (bericht|e-?mail) aan)\s+((a|o|la|el|les?|die|das|der) )?([^.!?,;:\n]{2,60})`)

// thanksOwnName reports whether a text's first lines thank the reader for
// writing to the business that sends it, by the name the sender's display
// name or the first label of its domain gives: a text written once for
// whoever writes in. A person answering us thanks us for our mail, not
// for writing to their own company.
func thanksOwnName(t string, from Address) bool {
	sub := thanksForContact.FindStringSubmatch(firstLines(t, 3))
	if sub == nil {
		return false
	}
	name := lettersOnly(sub[len(sub)-1])
	_, d, _ := strings.Cut(from.Addr, "@")
	label, _, _ := strings.Cut(d, ".")
	return len(name) >= 4 && (name == lettersOnly(from.Name) || name == lettersOnly(label))
}

// lettersOnly is s in lower case with all but its letters and digits
// left out: "Thimble & Thread" and "thimble-thread" are both
// "thimblethread".
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// cannedReplyCheck recognises a canned reply that a filter sends to every
// mail with no automatic-mail header (Gmail's canned responses, a small
// shop's mailbox rule): it answers ours, short, thanks us for writing to
// the business by its own name, promises an answer later, and asks or
// argues nothing, from no mail client a person types in. "Thank you so
// much for getting in touch with Thimble & Thread … We'll get back to you
// within 2 working days" answers whoever writes.
func cannedReplyCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	const maxLines = 16
	t := head(m.Visible)
	if !answersOurs(m) || nonBlankLines(t) > maxLines || argues(t) || clientWritten(h, m) ||
		!thanksOwnName(t, m.From) || !helpdeskNumber.MatchString(t) {
		return Human, ""
	}
	return AutoReply, "a canned reply: thanks us for writing to " + truncate(m.From.Name, 40) + " and promises an answer"
}

// closedSubject is the subject of a help desk's notice that a ticket was
// closed or solved ("Il ticket [## 10482 ##] è stato chiuso", "Request
// #4471 has been solved", "Ihr Ticket wurde geschlossen"), the ticket
// named by its word or by its record number alone, capitals and digits
// (ServiceNow's "INC0284113 has been resolved - …").
var closedSubject = mustGate(`(?i)(?:\b|^|[^\pL\pN_])(ticket|request|case)\s?#?\s?[\w.-]*\d[\w.-]*\s*/?\s*status (updated|changed)\b[^\n]{0,160}?(closed|resolved|completed)\s*$|(?:\b|^|[^\pL\pN_])((?-i:[A-Z]{2,8}\d{5,})|ticket|request|case|incident|demande|anfrage|richiesta|solicitud|caso|chamado|verzoek|melding|zgłoszenie|ärende|sag)(?:\b|[^\pL\pN_])[^\n]{0,60}?(?:\b|[^\pL\pN_])(has been|was|is now|è stato|è stata|a été|wurde|ist|ha sido|foi|is|er|har blivit|har blitt|zostało|został)\s+(closed|solved|resolved|chiuso|chiusa|risolto|risolta|fermé|fermée|résolu|résolue|geschlossen|gelöst|cerrado|cerrada|resuelto|resuelta|fechado|resolvido|gesloten|opgelost|zamknięte|zamknięty|rozwiązane|stängt|löst|lukket|løst)(?:\b|[^\pL\pN_]|$)`)

// reopenByReply is such a notice's offer to reopen the ticket by
// answering the mail ("può riaprire il ticket rispondendo a questa
// e-mail", "reply to this email to reopen it"): a tool's sentence, which a
// person asking us to reopen one does not write.
var reopenByReply = mustGate(`(?i)\b(you can|you may|simply|just)?\s*(reply|respond) to this (e-?mail|message)\b[^.]{0,100}\breopen|\breopen[^.]{0,60}\bby (replying|responding) to this (e-?mail|message)\b|` +
	`\briaprire\b[^\n]{0,60}\brispondendo a questa (e-?mail|mail)|\brouvrir\b[^\n]{0,60}\ben répondant à (cet|ce) (e-?mail|courriel|message)|` +
	`\bindem sie (auf )?diese (e-?mail|nachricht) (beantworten|antworten)\b[^\n]{0,60}\b(wieder (zu )?öffnen|wiedereröffnen)|\b(wieder (zu )?öffnen|wiedereröffnen)[^\n]{0,60}\bauf diese (e-?mail|nachricht) antworten|` +
	`\breabrir\b[^\n]{0,60}\b(respondiendo a este|respondendo a este) (correo|e-?mail|mensaje|mensagem)|\bheropen\w*\b[^\n]{0,60}\bdoor (op )?deze e-?mail te (beantwoorden|antwoorden)`)

// closedNoticeCheck recognises a help desk's notice that the ticket it
// keeps about ours was closed, sent with no automatic-mail header (Zoho
// Desk's, ServiceNow's): its subject says so and its text offers to
// reopen it by reply. The visible text drops a help desk's footer, where
// ServiceNow puts that offer ("… reply to this email with "reopen" in the
// first line to reopen the incident"); in a help desk's own mail (its
// headers, its hosts) it is read in the whole text, its quotes left out,
// when the visible text asks or argues nothing.
func closedNoticeCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	t := head(m.Visible)
	if !closedSubject.MatchString(m.Subject) || replyPrefix.MatchString(m.Subject) || nonBlankLines(t) > 15 {
		return Human, ""
	}
	if reopenByReply.MatchString(t) || deskSender(h, m) && !argues(t) && reopenByReply.MatchString(unquotedLines(head(m.Text))) {
		return List, "a help desk's notice that a ticket was closed: its subject, and its offer to reopen it by reply"
	}
	return Human, ""
}

// deskNoticeTypeCheck recognises a help desk's notice by the type it
// names in its own header (Freshdesk's "X-FD-Email-Type: closed"): a
// ticket closed or resolved, or a satisfaction survey, carries no
// person's words to us. (An agent's forward, "forward_ticket", is a
// person's: detectAuto reads it first.)
func deskNoticeTypeCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	v := strings.ToLower(strings.TrimSpace(h.Get("X-FD-Email-Type")))
	for _, w := range []string{"closed", "resolved", "solved", "survey", "satisfaction"} {
		if v != "" && strings.Contains(v, w) {
			return List, "a help desk's notice of its own type: X-FD-Email-Type: " + truncate(v, 40)
		}
	}
	return Human, ""
}

// signingHosts are e-signature services' sending domains.
var signingHosts = []string{"docusign", "echosign", "adobesign", "yousign", "hellosign", "dropboxsign", "signnow", "pandadoc"}

// signedSubject is a signing service's subject for an envelope every
// party has signed ("Completed: Order Form.pdf", "Abgeschlossen: …"), or
// Adobe Acrobat Sign's for an agreement every party has signed, at its
// end ("Licence Renewal 2027 between … and … is Signed and Filed!") or
// at its start ("Signed and Filed: Service Order Amendment 3").
var signedSubject = mustGate(`(?i)^\s*(completed|abgeschlossen|terminé|termine|completado|completato|voltooid|concluído|concluido|ukończono|slutförd|afsluttet|fullført|signed and filed|` +
	// and in Central and Eastern Europe: "Dovršeno:", "Završeno:",
	// "Dokončano:", "Dokončeno:", "Dokončené:", "Befejezve:",
	// "Finalizat:", "Завершено:", "Завршено:"
	`dovršeno|završeno|dokončano|dokončeno|dokončené|befejezve|befejezett|finalizat|завершено|завршено)\s*:|\bis signed and filed\b\W*$`)

// signedHeadline is how a signing service's notice says in its first
// lines, whatever its subject, that every party has signed: "… between
// Acme and Northfield Ridge Credit Union is Signed and Filed!", "All
// parties have completed …", "Tous les signataires ont signé le
// document …", "Svi su potpisnici dovršili dokument …", and their kind.
var signedHeadline = mustGate(`(?i)\bis signed and filed\b|\ball (parties|signers|signatories|recipients) have (signed|completed)\b|\bhas been (signed|completed) by all (parties|signers|signatories|recipients)\b|` +
	`\btous les signataires ont sign(é|e)(?:[^\pL\pN_]|$)|(?:^|[^\pL\pN_])(svi (su )?potpisnici (su )?(dovršili|završili|potpisali)|vsi podpisniki so (dokončali|podpisali)|všichni (podepisující|signatáři) (dokončili|podepsali)|wszyscy (sygnatariusze|podpisujący) (ukończyli|podpisali))(?:[^\pL\pN_]|$)|\balle (parteien|unterzeichner|unterzeichnenden) haben (unterschrieben|unterzeichnet)\b|\btodas las partes han firmado\b|\btutti i firmatari hanno firmato\b|\balle partijen hebben (ondertekend|getekend)\b`)

// signedNoticeCheck recognises a signing service's notice that an
// envelope is complete: sent in the sender's name through the service,
// it carries no words typed to us (a request with a message is labelled
// and read as a person's before the checks run). Its subject says so, or
// the first lines of its text do when it answers no mail of ours.
//
// The service is one of signingHosts, or any platform that sends for the
// one person its Reply-To names (sentForReplier) when its text holds no
// note of hers: it asks nothing and is not signed with her name. The
// notice names her only in its fields ("From: Dana Whitfield (…)",
// "Signed by: …"); a note she typed through the platform asks, or is
// signed, and stays hers.
func signedNoticeCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	t := head(m.Visible)
	if !signedSubject.MatchString(m.Subject) && (answersOurs(m) || !signedHeadline.MatchString(firstLines(t, 3))) {
		return Human, ""
	}
	from := strings.ToLower(m.From.Addr + " " + h.Get("Return-Path"))
	for _, host := range signingHosts {
		if hostLabel(from, host) {
			return List, "a signing service's notice that every party signed (" + host + ")"
		}
	}
	if sentForReplier(m) && !argues(t) && !signedByReplier(m) {
		return List, "a platform's notice that every party signed, sent for " + m.ReplyTo[0].Addr + " with no note of hers"
	}
	return Human, ""
}

// sentForReplier reports whether a mail is a platform's, sent for the
// one person its Reply-To names (relaysPerson): her name a person's, not
// a team's and not the sender's own display name, her address at another
// domain than the sender's. A person answered at a second address of
// her own gives her own name in From.
func sentForReplier(m *Message) bool {
	if !relaysPerson(m) || len(m.ReplyTo) != 1 {
		return false
	}
	r := m.ReplyTo[0]
	if !personName(r.Name) || teamName.MatchString(r.Name) || lettersOnly(r.Name) == lettersOnly(m.From.Name) {
		return false
	}
	_, fd, _ := strings.Cut(strings.ToLower(m.From.Addr), "@")
	_, rd, _ := strings.Cut(strings.ToLower(r.Addr), "@")
	return fd != "" && rd != "" && fd != rd
}

// arguing is what a person's reply has and a receipt does not: a
// question, or a "but" or "still" that goes on from the receipt to the
// problem.
var arguing = mustGate(`(?i)\?|\b(but|however|still|again|aber|immer noch|noch immer|mais|toujours|pero|todavía|sigue|ancora|maar|nog steeds)\b|` +
	// the Nordic "but", "still", "again": "men eksporten feiler fortsatt"
	`(?:^|[^\pL\pN_])(men|fortsatt|fortsat|fortfarande|fremdeles|stadig|stadigvæk|igen|igjen|ändå|likevel|alligevel)(?:[^\pL\pN_]|$)|` +
	// the full-width question mark, and the "but" and "still" of East
	// and Southeast Asia: "但是 … 仍然未能匯入", "แต่สถานะยังไม่เปลี่ยน",
	// "nhưng vẫn", "tapi masih" (the Chinese, Japanese and Thai with no
	// boundary, as they write no spaces)
	`？|但是|可是|仍然|依然|しかし|ところが|แต่|(?:^|[^\pL\pN_])(하지만|그런데|아직도|nhưng|vẫn còn|tapi|namun|masih)(?:[^\pL\pN_]|$)|` +
	// Hindi's and Marathi's: "लेकिन पार्सल अभी भी हब पर है", "पण मीटर
	// अजूनही बंद आहे" (their vowel signs are marks, not letters)
	`(?:^|[^\pL\pM\pN_])(लेकिन|मगर|किंतु|परंतु|अभी भी|अब भी|फिर भी|फिर से|पण|तरीही|अजूनही|पुन्हा)(?:[^\pL\pM\pN_]|$)|` +
	// Arabic's question mark and its "but" and "still": "لكن الفاتورة ما
	// زالت تظهر المبلغ القديم" (with the "and" it joins them with: "ولكن")
	`؟|(?:^|[^\pL\pM\pN_])(لكن|لكنّ|ولكن|ولكنّ|ما زال|ما زالت|مازال|مازالت|لا يزال|لا تزال|لازال|لازالت)(?:[^\pL\pM\pN_]|$)`)

// argues reports whether a text asks or argues, its links left out: the
// "?" of "…/sp?id=ticket" is no question.
//
// French's "but", "mais", is Portuguese's "more" ("Para mais detalhes,
// inicie sessão …", a NAS's notice): in a text written in Portuguese (its
// "ã" and "õ", letters French does not write) it argues nothing.
func argues(t string) bool {
	t = linkRe.ReplaceAllString(t, "")
	if !strings.ContainsAny(t, "ãõÃÕ") {
		return arguing.MatchString(t)
	}
	for _, loc := range arguing.FindAllStringIndex(t, -1) {
		if !strings.EqualFold(t[loc[0]:loc[1]], "mais") {
			return true
		}
	}
	return false
}

// linkRe is a web link in a text.
var linkRe = mustGate(`(?i)\bhttps?://\S+`)

// wordyLines counts the lines of text of eight words or more that are
// no links: the sentences of a letter.
func wordyLines(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if len(strings.Fields(l)) >= 8 && !linkRe.MatchString(l) {
			n++
		}
	}
	return n
}

// nonBlankLines counts the lines of text that hold something.
func nonBlankLines(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// challengeText is what challenge–response spam filters (Spam Arrest,
// Boxbe, Mailsnitch, ChoiceMail, cPanel BoxTrapper) send back: a request
// to prove that the sender is a person before the mail is delivered.
var challengeText = mustGate(`(?i)(verify|confirm)\s+(that\s+)?you\s+are\s+(a\s+(real\s+)?(live\s+)?(person|human)|human|not\s+a\s+(robot|spammer))|` +
	`(message|mail|e-?mail) is (being )?held until you|` +
	`prove (that )?you are (a (real )?(person|human)|human)|` +
	`before (your|the) (mail|message|e-?mail) (is|will be|can be|gets) delivered|` +
	`(message|e-?mail)( to \S+)? (is )?(held|awaiting|pending|waiting) (for )?(your )?(verification|approval)|` +
	`complete (the|this) (one-time )?verification (process|step)|` +
	`(bestätigen|bestaetigen) sie, dass sie ein mensch sind|confirmez que vous êtes (un humain|une personne)`)

// challengeCheck recognises challenge–response mail: the filter asks the
// gateway to follow a link, which it must never do nor answer. The
// request must be in the new text, with a link, so that a customer
// forwarding such a challenge to ask about it is still a person.
func challengeCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if t := head(m.Visible); strings.Contains(t, "http") && challengeText.MatchString(t) {
		return AutoReply, "challenge-response: asks to verify the sender is a person"
	}
	return Human, ""
}

// firstLines returns the first n non-blank lines of text, joined by
// spaces, leaving out quoted ("> ") lines: a machine's notice is never
// quoted, and a person pasting one they got quotes it ("all she got back
// was this: > This mailbox is no longer monitored").
func firstLines(text string, n int) string {
	var b strings.Builder
	rest, got := head(text), 0
	b.Grow(min(len(rest), 80*n)) // the lines, most often, in one allocation
	for i := 0; i < 40 && rest != "" && got < n; i++ {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, ">") {
			if got > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(l)
			got++
		}
	}
	return b.String()
}

// ruleReplyCheck recognises a reply that an Exchange mailbox rule wrote
// ("reply using a specific template": "Javier no longer works here, write
// to …"), without Auto-Submitted or an out-of-office subject: Exchange
// stamps what its rules generate with X-MS-Exchange-Generated-Message-
// Source: Mailbox Rules Agent. A rule that forwards or redirects a
// person's mail is stamped too, so only a mail that answers ours and is
// no forward counts.
func ruleReplyCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if !strings.EqualFold(strings.TrimSpace(h.Get("X-MS-Exchange-Generated-Message-Source")), "Mailbox Rules Agent") ||
		len(m.InReplyTo) == 0 && len(m.References) == 0 || forwardPrefix.MatchString(m.Subject) {
		return Human, ""
	}
	return AutoReply, "written by an Exchange mailbox rule (X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent)"
}

// calendarNoticeCheck recognises a calendar service's notice of an event
// (an invitation, its change or cancellation) sent in the organiser's
// name: Google Calendar sends them with itself as Sender.
func calendarNoticeCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	sender := strings.ToLower(h.Get("Sender") + " " + h.Get("Return-Path"))
	if strings.Contains(sender, "calendar-notification@google.com") || strings.Contains(sender, "@calendar-server.bounces.google.com") {
		return List, "a calendar's notice (Google Calendar)"
	}
	return Human, ""
}

// unmonitoredNotice is the line a system's notification ends with: it
// was sent from an address nobody reads, do not reply.
var unmonitoredNotice = mustGate(`(?i)(sent from an? (unmonitored|unattended|send-only|notification[- ]only) (e-?mail )?(address|mailbox)|this\s+(e-?mail\s+)?(address|mailbox|inbox)\b(?s:.{0,140}?)\b(is|are)\s+not\s+(monitored|read)\b|` +
	// "This mailbox is only used to send out maintenance notifications …
	// so your email has not been seen by anyone"
	`\b(this is an? (automatic|automated) notification|dies ist eine automatische (benachrichtigung|mitteilung)|ceci est une notification automatique|esta es una notificación automática|questa è una notifica automatica|dit is een automatische (melding|notificatie))\b|this\s+(e-?mail\s+)?(address|mailbox|inbox)\s+is\s+(only\s+)?used\s+(only\s+)?(to|for)\s+(send|sending)\b|\bthis\s+(e-?mail\s+)?(address|mailbox|inbox)\s+(will\s+)?(is\s+)?no\s+longer\s+(be\s+)?(used|in use|monitored|read)\b|\byour (e-?mail|message) (has|was) not (been )?(seen|read) by anyone\b|` +
	`envoyé (à partir|depuis) d'une adresse (électronique |e-?mail )?non (surveillée|contrôlée)|von einer (nicht überwachten|unbeaufsichtigten) (e-?mail-)?adresse (aus )?(gesendet|versendet)|` +
	`enviado desde una dirección (de correo )?(no supervisada|no monitorizada)|inviato da un indirizzo (e-?mail )?non (monitorato|presidiato)|verzonden vanaf een (e-?mail)?adres dat niet (wordt )?(gecontroleerd|bewaakt)|` +
	`wysłana z adresu, który nie jest monitorowany|skickat från en adress som inte övervakas|` +
	// a closed mailbox's notice in the languages of its region: "den här
	// e-postadressen används inte längre", "denne e-mailadresse bruges
	// ikke længere", "denne e-postadressen er ikke lenger i bruk", "tämä
	// sähköpostiosoite ei ole enää käytössä", "dit e-mailadres wordt niet
	// meer gebruikt", "diese E-Mail-Adresse wird nicht mehr verwendet",
	// "cette adresse n'est plus utilisée", "tato adresa se již nepoužívá",
	// "ez az e-mail-cím már nem használt"
	`\b(den här|denna|detta) (e-?post|e-?mail|mejl)?(adress(en)?|brevlåda(n)?|postlåda(n)?) (används|bevakas|läses|övervakas) (inte|ej) (längre|längre av någon)\b|` +
	`\bdenne (e-?mail|e-?post)?(adresse(n)?|postkasse(n)?) (bruges|brukes|overvåges|overvåkes|læses|leses) (ikke|ikkje) (længere|lenger|lengre)\b|\bdenne (e-?mail|e-?post)?(adresse(n)?|postkasse(n)?) er ikke (længere|lenger) i (brug|bruk)\b|` +
	`tämä (sähköposti)?osoite ei ole enää (käytössä|luettavissa|seurannassa)|` +
	`\b(dit|deze) (e-?mail)?(adres|mailbox|postvak) wordt niet meer (gebruikt|gelezen|gecontroleerd|bewaakt)\b|` +
	`\bdiese (e-?mail-?)?(adresse|postfach) wird nicht mehr (verwendet|genutzt|benutzt|gelesen)\b|` +
	`\bcette (adresse|boîte)( e-?mail| mail| aux lettres)? n'est plus (utilisée|active|en service)\b|` +
	`\btato (e-?mailová )?(adresa|schránka) (se )?(již|už)? ?(nepoužívá|není používána|není aktivní|není sledována)|` +
	`\bez az? (e-?mail-?)?(cím|postafiók) (már )?nem (használt|használatos|aktív|figyelt)|` +
	`\bdit (e-?mail)?adres is niet meer in gebruik\b|` +
	// a mailbox nobody reads, said so in the Romance languages and German:
	// "Esta casilla de correo no es monitoreada", "Este buzón no es
	// supervisado", "Esta caixa de correio não é monitorada", "Questa
	// casella non è monitorata", "Cette adresse n'est pas surveillée",
	// "Dieses Postfach wird nicht überwacht"
	`\b(esta|este) (casilla|buzón|dirección|cuenta)( de (correo|e-?mail))?( electrónico)? no (es|está|será) (monitoread[oa]|monitorizad[oa]|supervisad[oa]|revisad[oa]|leíd[oa])|` +
	`\b(esta|este) (caixa|endereço|conta)( de (correio|e-?mail))?( eletrônico| electrónico)? não (é|está|será) (monitorad[oa]|lid[oa]|verificad[oa])|` +
	`\bquest[oa] (casella|indirizzo)( di posta| e-?mail)?( elettronica)? non (è|viene) (monitorat[oa]|presidiat[oa]|lett[oa])|` +
	`\bcette (adresse|boîte)( e-?mail| mail| aux lettres)? n'est pas (surveillée|lue|consultée)|\bdiese[s]? (e-?mail-?)?(postfach|adresse) wird nicht (überwacht|gelesen)|` +
	// a subscription's ("You're receiving this email because you're
	// subscribed to weekly digest emails from Message center")
	`you('re| are) receiving this (e-?mail|message|notification) because you('re| are)? (turned on|enabled|subscribed to|opted in to|set up) .{0,40}(notifications|digests?|e-?mails|alerts)\b|` +
	// or because of the reader's own rules or account ("You are
	// receiving this email because of your notification rules in …'s
	// Opsgenie account", "You are receiving it because your account is
	// configured to receive purchase order notifications at this
	// address"): a service's notice to whoever its settings name
	`you('re| are) receiving (this|it)( e-?mail| message| notification| alert)?,? because (of )?your (notification|alert|e-?mail|subscription) (rules?|settings|preferences)\b|` +
	`you('re| are) receiving (this|it)( e-?mail| message| notification| alert)?,? because your (account|profile|user|address|e-?mail address) (is|has been|was) (configured|set up|set|registered) to receive\b|` +
	`sie erhalten diese (e-?mail|nachricht|benachrichtigung),? (weil|da) ihr (konto|benutzerkonto|profil) (so )?(konfiguriert|eingerichtet) ist|` +
	`vous recevez ce (message|e-?mail|courriel),? (car|parce que) (vos (règles|paramètres|préférences) de notification|votre compte est configuré pour recevoir)|` +
	`recibe este (correo|mensaje|e-?mail),? (porque|ya que) (sus (reglas|preferencias) de notificación|su cuenta está configurada para recibir)|` +
	`(você )?está recebendo este (e-?mail|mensagem),? porque (suas (regras|preferências) de notificação|sua conta está configurada para receber)|` +
	// or for the reader's role in an account at the service ("You're
	// receiving this email because you're an administrator of the
	// CoreStream account acct_…", "Sie erhalten diese E-Mail, weil Sie
	// Administrator des Parcelbay-Kontos … sind"): a service's notice to
	// whoever holds that role, whatever team it greets or signs as
	`you('re| are) receiving this(\s+e-?mail|\s+message|\s+notification|\s+alert)?,?\s+because\s+you('re|\s+are)\s+(an?\s+|the\s+|one\s+of\s+the\s+)?(administrator|admin|owner|member|user|developer|billing\s+contact|technical\s+contact)s?\s+(of|for|on|in)\s+[^.!?]{0,60}?\b(account|workspace|organi[sz]ation|team|project|store|shop)\b|` +
	`sie erhalten diese (e-?mail|nachricht|benachrichtigung),?\s+(weil|da)\s+sie\s+(ein\s+|eine\s+|der\s+|die\s+)?(administrator(in)?|admin|inhaber(in)?|eigentümer(in)?|mitglied|nutzer(in)?)\s+(des|der|von|im)\s+[^.!?]{0,60}?(konto|kontos|organisation|teams|projekts|workspace|shops)\b|` +
	`vous recevez ce(t)? (message|e-?mail|courriel),?\s+(car|parce\s+que)\s+vous\s+êtes\s+(l'|un\s+|une\s+)?(administrat(eur|rice)|propriétaire|membre|utilisat(eur|rice))\s+(du|de\s+la|de\s+l'|de|d')\s*[^.!?]{0,60}?(compte|organisation|équipe|projet|boutique)\b|` +
	`recibes? este (correo|mensaje|e-?mail),?\s+(porque|ya\s+que)\s+(usted\s+)?(es|eres)\s+(el\s+|la\s+|un\s+|una\s+)?(administrador(a)?|propietari[oa]|miembro|usuari[oa])\s+(de|del)\s+[^.!?]{0,60}?(cuenta|organización|equipo|proyecto|tienda)\b|` +
	`(você )?está recebendo este (e-?mail|mensagem),?\s+porque\s+(você\s+)?é\s+(o\s+|a\s+|um\s+|uma\s+)?(administrador(a)?|proprietári[oa]|membro|usuári[oa])\s+(da|do|de)\s+[^.!?]{0,60}?(conta|organização|equipe|projeto|loja)\b|` +
	// a PSA's or service desk's notice to a ticket's contacts, and its
	// buttons ("You are receiving this notification because you are
	// listed as a contact on this ticket", ServiceNow's "Click here to
	// approve CHG0041230")
	`you('re| are) receiving this (e-?mail|message|notification)? ?because you('re| are) (listed as a contact|a contact|on the cc list|cc'?d|a watcher|watching|following)|` +
	`click here to (approve|reject|view) (chg|inc|req|ritm|prb|approval|change|incident|request|ticket)|` +
	// a portal's alert to the address set to receive them ("Du får det
	// här meddelandet eftersom support@… är angiven som aviseringsadress
	// för leveransfel")
	`you('re| are) receiving this (e-?mail|message|notification|alert),? because [^\n]{0,80}\b(notification|alert)s? (address|e-?mail|recipient|contact)|` +
	`du får (det här|detta) (meddelande|mejl|e-?postmeddelande)t?,? eftersom [^\n]{0,80}(aviserings|notifierings)adress|` +
	`du (modtager|mottar) denne (e-?mail|e-?posten|besked|beskeden|meddelelse|meldingen),? fordi [^\n]{0,80}(notifikations|varslings|meddelelses)adresse|` +
	`sie erhalten diese (e-?mail|nachricht|benachrichtigung),? (weil|da) [^\n]{0,80}(benachrichtigungs|empfänger für)|` +
	`vous recevez ce (message|e-?mail|courriel),? (car|parce que) [^\n]{0,80}adresse de (notification|réception des alertes)|` +
	`this is an? (automated|automatically generated|auto-generated) (e-?mail|message|notification) from [^\n]{2,100}?\.\s*please do not reply)`)

// unquotedLines is text without its "> " quoted lines.
func unquotedLines(text string) string {
	if !strings.Contains(text, ">") {
		return text
	}
	var b strings.Builder
	for l := range strings.Lines(text) {
		if !strings.HasPrefix(strings.TrimSpace(l), ">") {
			b.WriteString(l)
		}
	}
	return b.String()
}

// circularGreeting opens a notice written once for every customer or
// partner: "Dear Customer,", "Dear valued clients", "Liebe Kundin,
// lieber Kunde", "Estimado cliente", "Prezado parceiro integrador," (the
// Romance languages put the kind of partner after the noun). (A person's
// formal "Dear Sir or Madam" or "Sehr geehrte Damen und Herren" greets no
// one by name either, and is no circular's.)
var circularGreeting = mustGate(`(?i)^((dear|hello|hi|greetings,?)( valued| esteemed)? (customers?|clients?|subscribers?|users?|members?|partners?|account holders?)|` +
	`(liebe|lieber|sehr geehrte|sehr geehrter) (kundin|kunde|kundinnen und kunden|kunden|kundinnen)|(cher|chère|chers|chères) (client|cliente|clients|clientes|abonné|abonnée|abonnés|partenaires?)( \pL+)?|` +
	`(estimado|estimada|estimados|estimadas|prezado|prezada|prezados|prezadas|caro|cara|caros|cari|gentile|gentili) (cliente|clientes|clienti|parceir[oa]s?|soci[oa]s?|partner)( \pL+)?|(beste|geachte) (klant|klanten|relatie|relaties)|szanown(y|a|i) (klienci|kliencie|kliento))` +
	// the greeting alone ("Dear Customer,"), not "Dear Customer Support,"
	`\s*[,!:]?\s*$`)

// doNotReply is a notice's line telling its readers not to answer it.
var doNotReply = mustGate(`(?i)\b(please\s+)?do\s+not\s+reply\s+(to\s+(this|it)|directly)\b|\bdo\s+not\s+reply\s*[.!]|\bbitte antworten sie nicht\b|\b(merci de|veuillez) ne pas répondre\b|\b(por favor,? )?no responda\b|\bsi prega di non rispondere\b|\bgelieve (hier )?niet (op )?te (antwoorden|reageren)\b|\bpor favor,? não responda\b|\bprosimy nie odpowiadać(?:[^\pL\pN_]|$)|` +
	// the familiar forms: "por favor no respondas a este correo", "não
	// respondas", "non rispondere a questa e-mail", "ne répondez pas"
	`\bno respondas\b|\bnão respondas?\b|\bnon rispondere\b|\bne répondez pas\b|\bnie odpowiadaj\b|` +
	// with the pronoun, "por favor no lo respondas", and Portuguese's
	// "não é necessário respondê-lo"
	`\bno (lo|la|le) respond(a|as|an)\b|\bnão (é necessário|é preciso|precisa) respond(ê|e)-?(lo|la)?(?:[^\pL\pN_]|$)|` +
	// in East and Southeast Asia: "ご返信いただいてもお答えできません",
	// "このメールに返信しても、お客様には届きません" (a Japanese notice's "do
	// not reply": replies get no answer, or reach no one), "请勿直接
	// 回复", "회신하지 마십시오", "กรุณาอย่าตอบกลับ", "Vui lòng không trả
	// lời", "Mohon tidak membalas"; the Japanese, Chinese and Thai with no
	// boundary, as they write no spaces
	`(ご)?返信(いただいても|頂いても|されても|しても)[^。\n]{0,20}(お答え|ご回答|回答|対応|お返事)(でき|いたしかね|致しかね)|(この|本)メールに(ご)?返信(いただいても|されても|しても)[^。\n]{0,20}届きません|(ご)?返信(は)?(しないで|なさらないで|ご遠慮)|返信不可|(請|请)(勿|不要)(直接)?(回覆|回复)|` +
	`(?:^|[^\pL\pN_])(회신|답장)(하지 (마십시오|마세요|말아 주세요)|은 받지 않습니다)|(กรุณา|โปรด)อย่าตอบกลับ|\bvui lòng không (trả lời|phản hoi)\b|\b(mohon|harap|sila) (untuk )?(jangan|tidak) (membalas|balas)\b|` +
	// in Central and Eastern Europe, the Nordic languages, Greek,
	// Turkish, Hebrew and Arabic: "kérjük, ne válaszoljon rá",
	// "neodpovídejte na tento e-mail", "vă rugăm să nu răspundeți",
	// "svara inte på det här mejlet", "älä vastaa tähän viestiin", "не
	// отвечайте на это письмо", "μην απαντάτε", "lütfen bu e-postayı
	// yanıtlamayınız", "נא לא להשיב", "يرجى عدم الرد"
	`(?:^|[^\pL\pN_])(ne válaszoljon|ne válaszolj|neodpovídejte|neodpovedajte|nu răspundeți|nu raspundeti|nu răspunde|svara inte|svar ikke|svar venligst ikke|älä vastaa|ne odgovarajte|не отвечайте|не відповідайте|не отговаряйте|μην απαντάτε|μην απαντήσετε|yanıtlamayınız|yanıtlamayın|cevaplamayınız|cevap vermeyiniz|נא לא להשיב|נא לא לענות|אין להשיב|يرجى عدم الرد|الرجاء عدم الرد)(?:[^\pL\pN_]|$)`)

// circularCheck recognises a notice sent to every customer with no
// automatic-mail header (a carrier's planned maintenance, a provider's
// change of terms): its text opens with a greeting to "Customer" and
// tells its readers not to reply, or it is addressed to no one (To:
// undisclosed-recipients:;), its readers all in Bcc, as a batch mailer
// sends a payment provider's notice of maintenance "to every registered
// partner". One answering our mail is that mailbox's auto-reply.
func circularCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	t := head(m.Visible)
	if !circularGreeting.MatchString(firstLines(t, 1)) || argues(firstLines(t, 3)) {
		return Human, ""
	}
	why := "asks not to be answered"
	switch {
	case doNotReply.MatchString(t):
	case len(recipients(m)) == 0:
		why = "is addressed to no one, its readers in Bcc"
	default:
		return Human, ""
	}
	if answersOurs(m) {
		return AutoReply, "a notice to every customer answering our mail: greets \"Customer\" and " + why
	}
	return List, "a notice to every customer: greets \"Customer\" and " + why
}

// repliesUnread is a notice's reason not to be answered: the mail came
// from an address that takes no mail, or nobody will read the answer
// ("UPS will not receive any reply message", "Diese E-Mail wurde von
// einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann").
var repliesUnread = mustGate(`(?i)\b(will not|won't|cannot|can't|does not|doesn't|is unable to|are unable to) (receive|read|see|process|accept) (any |your )?(incoming )?(repl(y|ies)|responses?|e-?mails|messages)\b|\brepl(y|ies) (to this (e-?mail|message|address) )?(are|is|will) not (be )?(read|monitored|received|answered)\b|` +
	`\bkeine (eingehenden )?(e-?mails|nachrichten|antworten) (empfangen|entgegennehmen|erhalten)|\bantworten (auf diese (e-?mail|nachricht) )?werden nicht (gelesen|bearbeitet)|` +
	`\bno (recibirá|recibiremos|puede recibir|podemos recibir|acepta) (ninguna )?(respuestas?|correos|mensajes)\b|\blas respuestas (a este (correo|mensaje) )?no (serán leídas|se leen|serán atendidas)|` +
	`\bles réponses (à ce (message|courriel|e-?mail) )?ne (seront|sont) pas (lues|traitées)|\bne peut pas recevoir de (réponses|messages|courriels)|` +
	`\bnão (recebe|receberá|pode receber|aceita) (respostas|e-?mails|mensagens)\b|\bas respostas (a este e-?mail )?não (serão|são) lidas|` +
	`\ble risposte (a questa e-?mail )?non (verranno|saranno|vengono) lette|\bnon può ricevere (risposte|messaggi|e-?mail)\b|` +
	`\bantwoorden op (dit|deze) (bericht|e-?mail) worden niet gelezen|\b(kan|kunnen) geen (antwoorden|e-?mails|berichten) ontvangen\b`)

// noReplyFooter reports whether a notice's footer tells its readers not
// to answer it and why, in one paragraph of a few lines: that the mail is
// automatic (saysAutomatic) or that no one receives the answer
// (repliesUnread). A carrier's shipment notice ("Do not reply to this
// email. UPS will not receive any reply message."), a post office's ("Este
// es un mensaje automático, por favor no respondas a este correo."), a
// marketplace's ("… die keine eingehenden E-Mails empfangen kann. Bitte
// antworten Sie nicht auf diese Nachricht."). Both are needed: a shared
// mailbox's signature that says its mail is automatic, "Dit is een
// automatisch gegenereerd bericht", under a clerk's question, asks no one
// not to answer.
func noReplyFooter(t string) bool {
	const maxLines = 6
	for para := range strings.SplitSeq(t, "\n\n") {
		if strings.Count(strings.TrimSpace(para), "\n") >= maxLines {
			continue
		}
		p := strings.Join(strings.Fields(para), " ") // a sentence wrapped over two lines
		if doNotReply.MatchString(p) && (saysAutomatic.MatchString(p) || repliesUnread.MatchString(p)) {
			return true
		}
	}
	return false
}

// signedByPerson reports whether a text holds a letter a person signed:
// a sign-off with a person's name on the line below it ("Atenciosamente,"
// / "João Vitor Andrade"), not a team's and not the sender's own display
// name, as a notice signs ("Mit freundlichen Grüßen" / "Amazon Seller
// Central"). A protocol system's notice carries an official's letter so,
// above the same footer as its notices.
func signedByPerson(t string, from Address) bool {
	lines := strings.Split(t, "\n")
	for i, l := range lines {
		if !signOff.MatchString(strings.TrimSpace(l)) {
			continue
		}
		for _, next := range lines[i+1 : min(len(lines), i+3)] {
			if next = strings.TrimSpace(next); next == "" {
				continue
			}
			if personName(next) && !teamName.MatchString(next) && lettersOnly(next) != lettersOnly(from.Name) {
				return true
			}
			break
		}
	}
	return false
}

// unmonitoredCheck recognises a system's notification by the notice of
// an unread sender address in its own text ("Ce message a été envoyé à
// partir d'une adresse électronique non surveillée"), when it answers no
// mail of ours: a person who forwards one with a question keeps the
// notice below their own words, in the forwarded part.
//
// One that answers our mail with that notice as its own first words is
// the unread mailbox's auto-reply ("This mailbox is not monitored, and
// replies sent to it are not added to any ticket"). The visible-text
// reader may drop such a notice whole; the mail's text is read then.
//
// A carrier's or marketplace's notice may say it only in its footer, as
// a request not to answer with its reason (noReplyFooter): read so when
// it answers no mail, asks nothing anywhere and no person signs it.
//
// A person who excuses the unread mailbox they write from
// (excusesAddress) writes above that mailbox's footer: no notice.
func unmonitoredCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	kind, why := unmonitoredReading(m)
	if kind != Human && excusesAddress(m) {
		// "Sorry for sending from this address, it's the only account
		// set up on the dispensary PC": the unread mailbox's footer
		// ("This mailbox is not monitored") stands below a person's
		// letter
		return Human, ""
	}
	return kind, why
}

// unmonitoredReading is unmonitoredCheck's reading of the notice, before
// the writer's excuse is looked for: most mail says no such thing, and
// the excuse is looked for only in what does.
func unmonitoredReading(m *Message) (AutoKind, string) {
	t := head(m.Visible)
	if strings.TrimSpace(t) == "" {
		t = head(m.Text)
	}
	// a notice quoted by a person who got it ("all she got back was
	// this: > This mailbox is no longer monitored") is theirs to tell
	t = unquotedLines(t)
	if !answersOurs(m) && noReplyFooter(t) && !argues(t) && !signedByPerson(t, m.From) {
		// a notice that asks nothing anywhere and is signed by no
		// person, its footer saying not to answer it: a person's letter
		// a system carries asks, or is signed with its writer's name
		return List, "a notice whose footer asks not to be answered: automatic, or the answer unread"
	}
	if !unmonitoredNotice.MatchString(t) || argues(firstLines(t, 3)) {
		return Human, ""
	}
	if !answersOurs(m) && !unmonitoredNotice.MatchString(m.Subject) {
		return List, "the text says it is a system's notice (an address nobody reads, a ticket's contacts, the reader's own settings, its buttons)"
	}
	if !answersOurs(m) {
		// its subject is the notice itself ("This email address is no
		// longer monitored"): the closed mailbox answering whatever
		// reached it, sent without a reference to the mail it answers
		return AutoReply, "a reply saying its mailbox is not read, in its subject"
	}
	if unmonitoredNotice.MatchString(firstLines(t, 4)) {
		return AutoReply, "a reply saying its mailbox is not read"
	}
	return Human, ""
}

// Words of selfDeclared: a text speaking of itself ("this summary",
// "dieser Bericht", "bu özet"), what it calls itself, and how it says it
// comes of itself or by the clock.
const (
	thisWords = `this|these|diese|dieser|dieses|ce|cet|cette|ces|este|esta|estos|estas|questo|questa|questi|queste|deze|dit|bu|acest|această|aceste|denna|detta|dessa|niniejsz[ya]`
	// what a report calls itself
	reportNouns = `summary|summaries|report|reports|digest|overview|recap|round-?up|zusammenfassung|übersicht|auswertung|résumé|rapport|récapitulatif|bilan|resumen|informe|reporte|riepilogo|rapporto|resoconto|samenvatting|overzicht|resumo|relatório|özet|rapor|rezumat|raport|sammanfattning|översikt|podsumowanie|zestawienie`
	// what any mail calls itself, said to come by the clock only (the
	// Dutch "bericht", a message, is the German word for a report)
	mailNouns      = `e-?mail|message|notification|alert|bericht|nachricht|benachrichtigung|courriel|correo|mensaje|notificación|messaggio|notifica|mail|melding|mensagem|notificação|e-?posta|ileti|bildirim|notificare|meddelande|avisering|wiadomość|powiadomienie`
	automaticWords = `automatically|automatisch|automatiquement|automáticamente|de forma automática|automaticamente|otomatik|automat|automatiskt|automatycznie`
	scheduleWords  = `every (morning|day|night|evening|week|month|hour|weekday|monday|sunday)|each (morning|day|night|week|month)|daily|nightly|weekly|monthly|` +
		`jeden (morgen|tag|abend|montag|monat)|jede (nacht|woche)|täglich|wöchentlich|monatlich|nächtlich|chaque (matin|jour|nuit|soir|semaine|mois|lundi)|quotidiennement|tous les (jours|matins|soirs|lundis)|` +
		`cada (mañana|día|noche|semana|mes|manhã|dia)|todos los (días|lunes)|todas las (mañanas|noches|semanas)|diariamente|semanalmente|ogni (mattina|giorno|notte|sera|settimana|mese|lunedì)|quotidianamente|settimanalmente|` +
		`elke (ochtend|dag|nacht|avond|week|maand|maandag)|dagelijks|wekelijks|maandelijks|todas as (manhãs|noites|semanas)|todos os dias|her (sabah|gün|gece|akşam|hafta|ay|pazartesi)|` +
		`în fiecare (dimineață|zi|noapte|seară|săptămână|lună)|zilnic|săptămânal|varje (morgon|dag|natt|kväll|vecka|månad|måndag)|dagligen|codziennie|co (rano|tydzień|miesiąc|noc)`
)

// selfDeclared is a text's sentence saying of itself that it is sent
// automatically or by the clock: "this summary is sent automatically
// every morning", "Dieser Bericht wird jeden Montag automatisch
// versendet", "Ce rapport est envoyé automatiquement", "Bu özet her sabah
// otomatik olarak gönderilir", "Acest rezumat este trimis automat"; a
// report automatically or by the clock, any mail by the clock ("this
// e-mail is sent every night"): "Dit bericht is automatisch verzonden", a
// shared mailbox's signature, says nothing of a schedule.
var selfDeclared = mustGate(`(?i)(?:^|[^\pL])(` + thisWords + `)\s+(` + reportNouns + `)(?:[^\pL]|$)[^.!?]{0,60}?(?:^|[^\pL])(` + automaticWords + `|` + scheduleWords + `)(?:[^\pL]|$)|` +
	`(?:^|[^\pL])(` + thisWords + `)\s+(` + mailNouns + `)(?:[^\pL]|$)[^.!?]{0,60}?(?:^|[^\pL])(` + scheduleWords + `)(?:[^\pL]|$)`)

// weWords are the first person plural a writer speaks of their team with:
// a person announcing a report ("we will send you this summary every
// Monday") speaks so, a report's own closing line speaks of itself.
var weWords = mustGate(`(?i)(?:^|[^\pL'])(we|we'll|we're|we've|us|our|wir|uns|unser\pL*|nous|notre|nos|nosotros|nuestr\pL+|noi|nostr\pL+|wij|ons|onze|nós|noss\pL+|biz|vi|oss|vår\pL*|my|nasz\pL*)(?:[^\pL']|$)`)

// scheduledNoticeCheck recognises a machine's report by its closing
// lines, whatever voice it is written in and whatever name signs it
// ("Have a good day! / Alex"): the text's last paragraph, a few lines
// below a letter, says of the mail itself, in the third person, that it
// is sent automatically or by the clock (selfDeclared), argues nothing
// there, and the mail asks nothing, answers none of ours and was typed in
// no mail client (a person who pastes a report below a question keeps
// its closing line at the end of their mail). A person's postscript about a report they get ("PS: this
// report is sent automatically every morning, but today's was empty")
// argues, and one announcing a report speaks as "I" or "we".
func scheduledNoticeCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if answersOurs(m) || strings.ContainsAny(head(m.Visible), "?？") {
		// a person pasting a report below their question
		return Human, ""
	}
	last := lastParagraph(m.Text)
	if last == "" || !selfDeclared.MatchString(last) || argues(last) || selfWord.MatchString(last) || weWords.MatchString(last) || clientWritten(h, m) {
		return Human, ""
	}
	return List, "a report whose closing lines say it is sent automatically or by the clock"
}

// logOutputCheck recognises a program's output mailed as it ran (cron's
// mail of a job's output, a script's run log): every non-blank line of
// its text, three at least, begins with a time stamp to the second, as a
// log's lines do ("2026-11-12T05:30:01Z INFO …", "[12/11/2026 02:00:01]",
// "Nov 12 05:30:01"), lines indented under one aside. Whatever language
// its words are in, the stamps are its shape; a person who pastes a log
// writes their own words around it, and one who writes a timeline stamps
// it to the minute, not the second.
//
// Or cron says it sent the mail: Vixie cron and cronie put the job's
// environment in X-Cron-Env on every mail of a job's output, whatever the
// job printed ("exit status 1" below its log, a report of its own), and
// only there; a person who forwards such output writes a mail of their
// own, without cron's fields.
func logOutputCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if answersOurs(m) || clientWritten(h, m) {
		return Human, ""
	}
	if h.Has("X-Cron-Env") {
		return List, "a program's output mailed by cron (X-Cron-Env)"
	}
	stamped := 0
	for l := range strings.Lines(m.Text) {
		switch {
		case strings.TrimSpace(l) == "":
		case logStamp.MatchString(l):
			stamped++
		case l[0] == ' ' || l[0] == '\t':
			// a line indented under a stamped one
			if stamped == 0 {
				return Human, ""
			}
		default:
			return Human, ""
		}
	}
	if stamped < 3 {
		return Human, ""
	}
	return List, "a program's output: every line stamped with a time to the second"
}

// logStamp is a log line's time stamp at its start, to the second: ISO
// 8601 ("2026-11-12T05:30:01Z", "2026-11-12 05:30:01,114"), a date with
// dots or slashes ("12.11.2026 05:30:01", "[12/11/2026 02:00:01]"), a
// bare time ("[05:30:01]") or syslog's "Nov 12 05:30:01".
var logStamp = mustGate(`^[\[(]?(\d{4}-\d\d-\d\d[T ]|\d\d?[./-]\d\d?[./-]\d{2,4}[ T]|[A-Z][a-z]{2} [ \d]\d )?\d\d:\d\d:\d\d(\D|$)`)

// lastParagraph is a text's last paragraph, of six lines and a
// kilobyte at most, its lines joined as one (a sentence wrapped over two
// lines); "" when it is longer or the text is one paragraph.
func lastParagraph(t string) string {
	t = strings.TrimRight(t, " \t\r\n")
	i := strings.LastIndex(t, "\n\n")
	if i < 0 {
		return ""
	}
	p := t[i+2:]
	if len(p) > 1024 || strings.Count(p, "\n") >= 6 {
		return ""
	}
	return strings.ReplaceAll(p, "\n", " ")
}

// surveyQuestion is a help desk's satisfaction survey: "How would you
// rate the support you received?", and its translations.
var surveyQuestion = mustGate(`(?i)(how would you rate (the|our) (support|service|customer service)|how satisfied (were|are) you with|rate your (support )?experience|wie würden sie (den|unseren) (support|service|kundenservice) bewerten|wie zufrieden waren sie|comment évalueriez-vous|êtes-vous satisfait de (notre|l'assistance)|¿?cómo calificaría[sn]? (el|nuestro) (soporte|servicio|servicio de atención)|come valuteresti (il|l'assistenza)|hoe (zou u|zou je|beoordeelt u) (de|onze) (ondersteuning|service|klantenservice)|como (você )?avalia(ria)? (o|nosso) (suporte|atendimento))`)

// surveyCheck recognises a satisfaction survey sent without any automatic
// header: its question among its first lines and at least two links to
// answer it by.
func surveyCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if v := head(m.Visible); !surveyQuestion.MatchString(v) && wordyLines(v) > 0 {
		// "Gar nicht zufrieden. Das Ticket wurde geschlossen, ohne …"
		// above the survey it answers: a person's answer, the survey
		// quoted below it
		return Human, ""
	}
	t := head(m.Text)
	if !surveyQuestion.MatchString(t) || !surveyQuestion.MatchString(firstLines(t, 12)) || len(linkRe.FindAllStringIndex(t, 3)) < 2 {
		return Human, ""
	}
	return List, "a satisfaction survey"
}

// eInvoiceSubject names an electronic invoice as the systems that issue
// them do: Mexico's CFDI, Brazil's NF-e, Chile's DTE, Italy's fattura
// elettronica, Germany's XRechnung and ZUGFeRD, Taiwan's 電子發票.
var eInvoiceSubject = mustGate(`(?i)\b(cfdi|nf-?e|nota fiscal eletr[oô]nica|dte|factura electr[oó]nica|fattura elettronica|xrechnung|zugferd|e-?invoice)\b|電子發票`)

// eInvoiceCheck recognises an electronic invoice sent by the issuer's
// system: the subject names one and the invoice's XML is attached, and
// the text asks or argues nothing (an accountant who attaches one with a
// question is a person).
func eInvoiceCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if !eInvoiceSubject.MatchString(m.Subject) || argues(firstLines(m.Visible, 8)) || replyPrefix.MatchString(m.Subject) {
		return Human, ""
	}
	for _, a := range m.Attachments {
		if strings.HasSuffix(strings.ToLower(a.Filename), ".xml") {
			return List, "an e-invoice's notice with its XML (" + truncate(a.Filename, 40) + ")"
		}
	}
	return Human, ""
}

// greetsUser is a device's or an application's greeting to whoever reads
// its mail, as its user: "Dear user,", "Sehr geehrter Benutzer,", "Beste
// gebruiker,", "Cher utilisateur,", "Estimado usuario,", "Gentile
// utente,", "Szanowny Użytkowniku,", "Caro utilizador,", "Prezado
// usuário,", "Kjære bruker,", "Hyvä käyttäjä,", "Vážený uživateli,",
// "Stimate utilizator,", "Sayın kullanıcı,", "Αγαπητέ χρήστη,",
// "Уважаемый пользователь,". A person writing to a desk greets it by
// name, or as "Sir or Madam".
var greetsUser = mustGate(`(?i)^\s*(dear (user|nas user)|hello user|sehr geehrte[rs]? (benutzer(in)?|nutzer(in)?)|liebe[rs]? (benutzer(in)?|nutzer(in)?)|beste gebruiker|geachte gebruiker|cher utilisateur|chère utilisatrice|estimad[oa] usuari[oa]|gentile utente|szanown[ya] użytkowni(ku|czko)|bäste användare|kære bruger|car[oa] (utilizador(a)?|usuári[oa])|prezad[oa] (utilizador(a)?|usuári[oa])|kjære bruker|hyvä käyttäjä|vážen[ýá] uživateli|vážen[ýá] používateľ|stimate utilizator|stimată utilizatoare|sayın kullanıcı|αγαπητέ χρήστη|αγαπητή χρήστρια|уважаемый пользователь|шановний користувач[уе]?)\s*[,:!]?\s*$`)

// deviceNoticeCheck recognises a device's or an application's status
// mail that carries no automatic-mail header (a NAS's backup report, a
// UPS's update notice): its first line greets the reader as its user
// (greetsUser) and it sets out four fields or more ("Task: … / Status:
// … / Start time: …"), answering no mail of ours, in no mail client a
// person types in, asking or arguing nothing.
//
//	Dear user,
//	Backup task "Export" on NAS-01 partially completed.
//	Task:        Export
//	Status:      Partially completed
func deviceNoticeCheck(h mail.Header, m *Message, own []string) (AutoKind, string) {
	t := head(m.Visible)
	first, _, _ := strings.Cut(strings.TrimLeft(t, " \t\n"), "\n")
	if !greetsUser.MatchString(first) || answersOurs(m) || clientWritten(h, m) || argues(t) || fieldLines(t) < 4 {
		return Human, ""
	}
	return List, "a system's notice: greets its reader as its user above its fields"
}

// fieldLines counts a text's lines that are a field, a label of one to
// three words and a colon before its value ("Start time:     2026-07-22
// 02:00:01").
func fieldLines(t string) int {
	n := 0
	for l := range strings.Lines(t) {
		label, value, ok := strings.Cut(strings.TrimSpace(l), ":")
		if !ok || strings.TrimSpace(value) == "" || label == "" || len(strings.Fields(label)) > 3 || strings.Contains(label, "//") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(label); unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
