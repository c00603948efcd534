package intake

import "testing"

// What replies/stranger77 (an HR and payroll SaaS desk in the DACH
// countries, France, the Netherlands, the Nordics, the US and the UK) and
// stranger78 (farm cooperatives in Southern and Eastern Europe, Latin
// America, Africa and New Zealand) found at their first reading, shown
// in other words and languages than theirs.

// TestHelpDeskEntriesNewestFirst (replies/stranger77's 33): a help desk
// whose footer is not known, which lists the ticket's entries newest
// first under its fields, each under a dated author line: the first
// entry is the comment, the rest the tool's.
func TestHelpDeskEntriesNewestFirst(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{name: "day first, in English", in: "Call: I 2611 204\nSubject: Export stops at row 12\nSupplier: Acme Support\n\nDear Acme Support,\n\nA new action was added to call I 2611 204.\n\n14-11-2026 10:05 Priya Shah:\nHello,\n\nThe export still stops at row 12.\n\nKind regards,\nPriya Shah\nCity Council\n\n13-11-2026 16:40 Acme Support:\nWe are looking into it.\n\nPlease reply to this e-mail and leave the subject as it is.\n\nKind regards,\n\nService Desk\n",
			want: "Hello,\n\nThe export still stops at row 12.\n\nKind regards,\nPriya Shah\nCity Council"},
		{name: "the same day, in German", in: "Meldung: M-2611-88\nBetreff: Lohnlauf bricht ab\n\nZu Ihrer Meldung M-2611-88 gibt es eine neue Aktion.\n\n14-11-2026 10:05 Jana Roth:\nDer Lohnlauf bricht weiter bei Kostenstelle 410 ab.\n\n14-11-2026 08:12 Acme Support:\nBitte senden Sie uns das Protokoll.\n\nIhr Servicedesk\n",
			want: "Der Lohnlauf bricht weiter bei Kostenstelle 410 ab."},
		{name: "year first, in Swedish", in: "Ärende: INC0051234\nKort beskrivning: Lönefilen saknas\n\n2026-11-14 10:05:12 CET - Eva Lind (Ytterligare kommentarer)\nFilen saknas fortfarande i mappen.\n\n2026-11-13 15:20:40 CET - Acme Support (Ytterligare kommentarer)\nVi har skickat filen igen.\n",
			want: "Filen saknas fortfarande i mappen."},
	})
}

// TestHelpDeskEntriesNewestFirstNotText: dated entries a writer pastes
// into their own mail, with no ticket's fields above them, or oldest
// first, stay theirs.
func TestHelpDeskEntriesNewestFirstNotText(t *testing.T) {
	for _, tt := range []formCase{
		{name: "a pasted log", in: "Hallo,\n\nhier das Protokoll aus unserem Tool:\n\n14-11-2026 10:05 Jana Roth:\nLohnlauf gestartet.\n\n13-11-2026 16:40 Acme Support:\nWir prüfen das.\n\nGruß\nAnna"},
		{name: "oldest first under fields", in: "Ticket: 4471\nStatus: open\n\n13-11-2026 16:40 Jana Roth:\nThe run stopped.\n\n14-11-2026 10:05 Acme Support:\nFixed, please retry.\n\nThanks, it works now.\nAnna"},
	} {
		tt.want = tt.in
		checkVisibleForms(t, []formCase{tt})
	}
}

// TestOutlookAppFooterAlone (replies/stranger78's 42): Outlook's mobile
// footer alone above the mail answered, in a language the lists do not
// hold, is a reply with nothing typed: a short line naming Outlook and
// iOS or Android with a verb and a preposition beside them.
func TestOutlookAppFooterAlone(t *testing.T) {
	const history = "\n________________________________\nFrom: Acme Support <support@acme.example>\nSent: Friday, November 6, 2026 4:15 PM\nTo: Dana <dana@farm.example>\nSubject: RE: [ESC-4410] Weighbridge ticket\n\nDear Dana,\nthe ticket is fixed.\n"
	checkVisibleForms(t, []formCase{
		{name: "Korean, the preposition on the system's word", in: "\n\niOS용 Outlook 받기" + history, quotedOnly: true},
		{name: "Lithuanian, the names quoted", in: "Gaukite „Outlook“ skirtą „iOS“" + history, quotedOnly: true},
		{name: "Ukrainian, for Android", in: "\n\nОтримати Outlook для Android" + history, quotedOnly: true},
	})
}

// TestOutlookAppFooterAloneNotText: a one-line answer naming the app
// and the system with fewer words, or one that ends as a sentence,
// stays the writer's.
func TestOutlookAppFooterAloneNotText(t *testing.T) {
	const history = "\n________________________________\nFrom: Acme Support <support@acme.example>\nSent: Friday, November 6, 2026 4:15 PM\nTo: Dana <dana@farm.example>\nSubject: RE: [ESC-4410] Which app?\n\nDear Dana,\nwhich mail app do you use?\n"
	checkVisibleForms(t, []formCase{
		{name: "which app", in: "Outlook on Android\n" + history, want: "Outlook on Android"},
		{name: "a sentence", in: "Outlook for iOS crashes on start.\n" + history, want: "Outlook for iOS crashes on start."},
		{name: "no Outlook", in: "Same on Android\n" + history, want: "Same on Android"},
	})
}

// TestOwnQuotationAfterWrote (replies/stranger78's 32): the writer's
// own sentence ending in "wrote:" over words they quote between
// quotation marks, their text going on below the quotation, is no
// attribution: nothing of it is history.
func TestOwnQuotationAfterWrote(t *testing.T) {
	const quote = "\n\nOn Tue, 3 Nov 2026 at 09:15, Acme Support <support@acme.example> wrote:\n> What exactly happened on Monday?\n"
	for _, tt := range []struct{ name, text string }{
		{"English", "Hi Camila,\n\nOn Monday at 14:10 the driver wrote:\n\"The gate is closed, I cannot unload.\"\nCan we book him a second slot tomorrow?\n\nThanks,\nTom"},
		{"German quotation marks", "Hallo,\n\nAm Montag um 14:10 schrieb mir der Fahrer:\n„Das Tor ist zu, ich kann nicht abladen.“\nKönnen Sie ihm morgen ein zweites Zeitfenster geben?\n\nGruß\nJonas"},
		{"French guillemets over two lines", "Bonjour,\n\nLe 2 novembre à 14:10, le chauffeur m'a écrit :\n« Le portail est fermé,\nje ne peux pas décharger. »\nPouvez-vous lui réserver un créneau demain ?\n\nCordialement,\nLuc"},
	} {
		checkVisibleForms(t, []formCase{{name: tt.name, in: tt.text + quote, want: tt.text}})
	}
}

// TestOwnQuotationAfterWroteNotText: a client's attribution naming the
// sender's address, over a mail that opens with a quotation, and a
// sentence ending in "wrote:" over quoted lines stay attributions.
func TestOwnQuotationAfterWroteNotText(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{name: "the sender's address", in: "Ok.\n\nOn Mon, 2 Nov 2026 at 14:10, Acme Support <support@acme.example> wrote:\n\"Slot 4\" is booked for you.\nRegards,\nAcme Support\n", want: "Ok."},
		{name: "over quoted lines", in: "Thanks.\n\nOn Monday at 14:10 Acme Support wrote:\n> \"Slot 4\" is booked.\n> Regards\n", want: "Thanks."},
	})
}

// TestOneLineHeaderBlock (replies/stranger77's 50): HCL Notes draws the
// header of the mail it answers as a table of labels and values, which
// the HTML's text reads as one line; in any language it is the history's
// start, known by an address, a time of day and a reply's subject among
// three fields or more.
func TestOneLineHeaderBlock(t *testing.T) {
	const mail = "Hej Anna,<br><br>Importen stannar på rad 148.<br><br>Med vänlig hälsning<br>Karin<br><br>" +
		`<table><tr><td>Od:</td><td>"Acme Support" &lt;support@acme.example&gt;</td></tr><tr><td>Do:</td><td>Jan Nowak &lt;jan@firma.example&gt;</td></tr>` +
		`<tr><td>Data:</td><td>2026-11-18 16:02</td></tr><tr><td>Temat:</td><td>Re: [ESC-4471] Import</td></tr></table><hr><br>Dzień dobry,<br>import jest włączony.<br>Acme Support`
	checkParsedVisible(t, "Notes in HTML, Polish fields", "From: Karin <k@x.example>\r\nTo: support@acme.example\r\nSubject: Re: [ESC-4471] Import\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"+mail,
		"Hej Anna,\n\nImporten stannar på rad 148.\n\nMed vänlig hälsning\nKarin")
	checkVisibleForms(t, []formCase{
		{name: "German fields, the subject's prefix right after its name", in: "Danke, das passt.\n\nJana\n\nVon: \"Acme Support\" <support@acme.example> An: Jana Roth <jana@firma.example> Datum: 18.11.2026 16:02 Betreff: AW: [ESC-4471] Import\n\nGuten Tag,\nder Import ist aktiv.\n",
			want: "Danke, das passt.\n\nJana"},
	})
}

// TestOneLineHeaderBlockNotText: a writer's own line of fields without a
// time or a subject, one inside a paragraph, and a header they say they
// paste stay theirs.
func TestOneLineHeaderBlockNotText(t *testing.T) {
	for _, in := range []string{
		"Please add her to the portal:\n\nName: Jana Roth Email: jana@firma.example Phone: +49 30 1234 567\n\nThanks,\nTom",
		"The mail that bounced was\nFrom: tom@firma.example To: jana@firma.example Date: 18.11.2026 16:02 Subject: RE: [ESC-4471] Import\nand nothing came back.",
		"This is the header of the mail that bounced:\n\nFrom: tom@firma.example To: jana@firma.example Date: 18.11.2026 16:02 Subject: RE: [ESC-4471] Import\n\nWhy was it refused?",
	} {
		checkVisibleForms(t, []formCase{{name: in[:20], in: in, want: in}})
	}
}

// TestHelpDeskFooterLines (replies/stranger77's 32): what a help desk
// writes around a comment it relays besides its quote: the ticket's
// fields on one line under the writer's signature, and its credit, the
// body's last line, ending in its software's name, in its user's
// language.
func TestHelpDeskFooterLines(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{name: "a French credit below the quote", in: "Bonjour,\n\nLe fichier est en pièce jointe.\n\nCordialement,\nLuc\n\n> Le 3 nov. 2026 à 09:20, Acme Support <support@acme.example> a écrit :\n> Pouvez-vous envoyer le fichier ?\n\nCet e-mail a été envoyé par le service desk de Dupont SA. Logiciel de helpdesk par Freshdesk ( https://www.freshworks.example )\n",
			want: "Bonjour,\n\nLe fichier est en pièce jointe.\n\nCordialement,\nLuc"},
		{name: "fields parted by bars under the signature", in: "Hi,\n\nThe export works now.\n\nBest regards,\nTom Reed\nPayroll | Reed Ltd\n\nTicket: #5120 | Status: Pending | Priority: Medium\n\nOn Tue, 3 Nov 2026 at 09:20, Acme Support <support@acme.example> wrote:\n> Does the export work now?\n",
			want: "Hi,\n\nThe export works now.\n\nBest regards,\nTom Reed\nPayroll | Reed Ltd"},
	})
}

// TestHelpDeskFooterLinesNotText: the writer's sentence naming the tool,
// their summary of a ticket's fields above their closing, and fields
// under a signature that name no ticket's number stay theirs.
func TestHelpDeskFooterLinesNotText(t *testing.T) {
	const quote = "\n\nOn Tue, 3 Nov 2026 at 09:20, Acme Support <support@acme.example> wrote:\n> Which tool do you use?\n"
	checkVisibleForms(t, []formCase{
		{name: "an answer below the quote", in: "On Tue, 3 Nov 2026 at 09:20, Acme Support <support@acme.example> wrote:\n> Which tool do you use?\n\nWe moved the whole team to Freshdesk", want: "We moved the whole team to Freshdesk"},
		{name: "the last of answers between quotes", in: "Hi,\n\n> Which tool do you use?\n\nThe one from last year\n\n> And for the desk?\n\nWe use Freshdesk", want: "Hi,\n\nThe one from last year\n\nWe use Freshdesk"},
		{name: "a summary above the closing", in: "Hi,\n\nTicket: #5120 – Status: solved\n\nThanks,\nTom" + quote, want: "Hi,\n\nTicket: #5120 – Status: solved\n\nThanks,\nTom"},
		{name: "fields with no ticket's number", in: "Hi,\n\nsee you then.\n\nBest regards,\nTom Reed\n\nOffice: Berlin – Hours: 9 to 17" + quote, want: "Hi,\n\nsee you then.\n\nBest regards,\nTom Reed\n\nOffice: Berlin – Hours: 9 to 17"},
	})
}
