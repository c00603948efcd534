package intake

import "testing"

// TestSignatureOnlyLegalFormAndPostalLine: Outlook's reply sent without a
// word typed is the signature it put above the header block, and a
// signature's company line may end in its legal form's abbreviation
// ("Nagy Építő Kft.", "Livraria do Bolhão, Lda.") and its address in a
// house number written as an ordinal ("1117 Budapest, Október
// huszonharmadika u. 18."): neither is a sentence's full stop. It is no
// new text (replies/stranger71's 71-hu-outlook-only-sig).
func TestSignatureOnlyLegalFormAndPostalLine(t *testing.T) {
	const block = "\n\nFeladó: Acme Support <support@acme.example>\nElküldve: 2026. november 16., hétfő 16:40\nCímzett: Nagy Péter <nagy.peter@nagyepito.hu>\nTárgy: [ESC-4171] Számlasablon logó\n\nKedves Nagy Péter!\n\nKérjük, jelezzen vissza.\n\nÜdvözlettel:\nBence\nAcme Support\n"
	for _, tt := range []struct{ name, from, body string }{
		{"Hungarian Kft. and an ordinal house number", "Nagy Péter", "Nagy Péter\nügyvezető\nNagy Építő Kft.\n1117 Budapest, Október huszonharmadika u. 18.\nTel.: +36 1 555 2841 | Mobil: +36 30 412 7788\nwww.nagyepito.hu"},
		{"Hungarian Zrt.", "Kovács Anna", "Kovács Anna\nPénzügyi vezető\nDuna Logisztika Zrt.\n1051 Budapest, Nádor utca 12.\n+36 1 555 0199"},
		{"Portuguese Lda.", "Joana Martins", "Joana Martins\nGestão Administrativa\nLivraria do Bolhão, Lda.\nTel.: +351 222 054 318"},
		{"Brazilian Ltda.", "Carlos Souza", "Carlos Souza\nGerente de TI\nSouza Comércio Ltda.\n(11) 5555-0101"},
	} {
		raw := "From: " + tt.from + " <user@company.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4171] Logo\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, "")
	}
}

// TestSignatureOnlyLegalFormAndPostalLineNotText: a line typed above the
// signature, or a sentence that ends in a short capitalised word or a
// number, is the writer's.
func TestSignatureOnlyLegalFormAndPostalLineNotText(t *testing.T) {
	const block = "\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, November 16, 2026 4:40 PM\nTo: Tom Price <tom@company.example>\nSubject: [ESC-4171] Logo\n\nHello Tom,\n\nPlease let us know.\n\nRegards,\nAcme Support\n"
	for _, tt := range []struct{ name, body string }{
		{"a meeting at a number", "Tom Price\nMeeting moved to 18.\nAcme Widgets Ltd"},
		{"a room, not a postcode", "Tom Price\nRoom 1117 at 18.\nAcme Widgets Ltd"},
		{"a sentence ending in a name", "Tom Price\nI asked Bob to call Ann.\nAcme Widgets Ltd"},
		{"a line typed above", "Approved.\n\nTom Price\nAcme Widgets Kft.\n1117 Budapest, Október huszonharmadika u. 18."},
	} {
		raw := "From: Tom Price <tom@company.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-4171] Logo\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + tt.body + block
		checkParsedVisible(t, tt.name, raw, tt.body)
	}
}

// TestReplyPrefixVS: "VS:" is a reply's prefix in Hungarian ("válasz")
// and Finnish ("vastaus") Outlook and a forward's in Danish and
// Norwegian ("videresendt"). A mail with it that answers another
// (In-Reply-To, which Outlook does not set on a forward) is a reply: the
// signature Outlook put above the header block with nothing typed is no
// new text (replies/stranger71's 71-hu-outlook-only-sig).
func TestReplyPrefixVS(t *testing.T) {
	const body = "Nagy Péter\nÜgyvezető\nNagy Építő\nTel.: +36 1 555 2841\nwww.nagyepito.hu\n\nFeladó: Acme Support <support@acme.example>\nElküldve: 2026. november 16., hétfő 16:40\nCímzett: Nagy Péter <nagy.peter@nagyepito.hu>\nTárgy: [ESC-4171] Számlasablon logó\n\nKedves Nagy Péter!\n\nKérjük, jelezzen vissza, hogy sikerült-e.\n\nÜdvözlettel:\nBence\nAcme Support\n"
	raw := "From: Nagy Péter <nagy.peter@nagyepito.hu>\r\nTo: support@acme.example\r\nSubject: VS: [ESC-4171] Számlasablon logó\r\nIn-Reply-To: <esc-4171.2@acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Visible != "" || !m.QuotedOnly {
		t.Errorf("Hungarian reply: got %q, quoted only %v; want none", m.Visible, m.QuotedOnly)
	}
}

// TestReplyPrefixVSNotText: a Danish forward ("VS:", no In-Reply-To)
// with only its writer's signature above the forwarded mail reads as a
// forward, as it does under "Fwd:": never a reply with nothing new.
func TestReplyPrefixVSNotText(t *testing.T) {
	const body = "Mette Holm\nIT-chef\nHolm Transport ApS\nTlf.: +45 33 12 34 56\n\nFra: Lars Berg <lars@kunde.example>\nSendt: 16. november 2026 16:40\nTil: Mette Holm <mette@holm.example>\nEmne: Fakturaeksport fejler\n\nHej Mette,\n\nFakturaeksporten til e-conomic fejler igen siden i morges.\n\nMvh Lars\n"
	parse := func(subject string) *Message {
		raw := "From: Mette Holm <mette@holm.example>\r\nTo: support@acme.example\r\nSubject: " + subject + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
		m, err := Parse([]byte(raw), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	vs, fwd := parse("VS: Fakturaeksport fejler"), parse("Fwd: Fakturaeksport fejler")
	if vs.QuotedOnly || vs.Visible == "" || vs.Visible != fwd.Visible {
		t.Errorf("Danish forward: got %q, quoted only %v; want %q as under Fwd:", vs.Visible, vs.QuotedOnly, fwd.Visible)
	}
}

// TestQuotedExcerptAbove: a writer who pastes a line of the mail they
// answer, quoted with "> ", above their answer, and leaves the whole mail
// quoted below the attribution, quoted history twice: the excerpt is
// found in the quote below (however it was wrapped there) and is not
// their text (replies/stranger70's 70-txt-partial-quote).
func TestQuotedExcerptAbove(t *testing.T) {
	const quote = "\n\nOn Thu, Nov 26, 2026 at 10:40 AM Acme Support <support@acme.example> wrote:\n> Hi Mateo,\n>\n> I've set the carrier cut-off to 4pm as you asked. Could you confirm the\n> new cut-off is 4pm for both FedEx services?\n>\n> Thanks,\n> Jordan\n"
	for _, tt := range []struct{ name, body, want string }{
		{"one line", "Hi Jordan,\n\n> Could you confirm the new cut-off is 4pm for both FedEx services?\n\nOnly for FedEx Ground.\n\nThanks,\nMateo",
			"Hi Jordan,\n\nOnly for FedEx Ground.\n\nThanks,\nMateo"},
		{"rewrapped over two lines", "Hi Jordan,\n\n> Could you confirm the new cut-off is\n> 4pm for both FedEx services?\nOnly for FedEx Ground.\n\nMateo",
			"Hi Jordan,\n\nOnly for FedEx Ground.\n\nMateo"},
	} {
		if got := VisibleText(tt.body + quote); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestQuotedExcerptAboveNotText: "> " lines above the attribution that
// the quote below does not hold are the writer's own: a pasted request
// of curl -v, a line of a status page, a prompt.
func TestQuotedExcerptAboveNotText(t *testing.T) {
	const quote = "\n\nOn Thu, Nov 26, 2026 at 10:40 AM Acme Support <support@acme.example> wrote:\n> Hi Mateo,\n>\n> Could you send us the request you make? And the output of\n> Get-Service -Name \"HDAgent\" -ComputerName WH01 please.\n>\n> Thanks,\n> Jordan\n"
	for _, tt := range []struct{ name, body string }{
		{"curl -v", "Hi Jordan,\n\nHere it is:\n\n> GET /v2/shipments HTTP/1.1\n> Host: api.acme.example\n> Accept: */*\n\nIt returns 502.\n\nMateo"},
		{"a status page's line", "Hi Jordan,\n\nYour status page says:\n\n> Investigating - we are seeing elevated error rates on label printing.\n\nIs that the same issue?\n\nMateo"},
		{"a short line that the quote also holds", "Hi Jordan,\n\n> Thanks,\n\nNo problem.\n\nMateo"},
		{"the command asked for, run at a prompt", "Hi Jordan,\n\nOutput below:\n\n> Get-Service -Name \"HDAgent\" -ComputerName WH01\nStatus   Name      DisplayName\nStopped  HDAgent   Helpdesk Agent\n\nMateo"},
	} {
		if got := VisibleText(tt.body + quote); got != tt.body {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.body)
		}
	}
}

// TestHelpdeskFileList: a help desk lists the files of a comment under
// it, a label in the tool's language over a file name a line, often with
// its size ("Prílohy:" / "export_faktury_oktober.csv (18 KB)",
// "Attachments:" / "- bin_capacities_clean.csv (142 kB)"); at the end of
// the comment the list is the tool's, in any language
// (replies/stranger71's 71-sk-customer-helpdesk, stranger70's
// 70-txt-jsm-reply-above).
func TestHelpdeskFileList(t *testing.T) {
	const comment = "Dobrý deň,\n\nposielam export, ktorý ste žiadali.\n\nĎakujem\nZuzana Kováčová"
	freshdesk := func(label, files string) string {
		return "##- Prosím, napíšte svoju odpoveď nad tento riadok -##\n\nVáš tiket #2231 bol aktualizovaný.\n\nZuzana Kováčová (Slovenská Tlačiareň s.r.o.)\n18. nov. 2026, 10:12 CET\n\n" + comment + "\n\n" + label + "\n" + files + "\n\n----------------------------------------------\n\nAcme Support\n17. nov. 2026, 16:30 CET\n\nMohli by ste nám poslať export faktúr za október?\n\nEva\nAcme Support\n"
	}
	jsm := func(label, files string) string {
		return "—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—\nReply above this line.\n\nNomvula Dlamini commented:\n\n" + comment + "\n\n" + label + "\n" + files + "\n\nNomvula Dlamini resolved this as Done.\n\nView request · Turn off this request's notifications\n\nThis is shared with Acme Support.\n\nHelp Center, powered by Jira Service Management, sent you this message.\n"
	}
	for _, tt := range []struct{ name, body string }{
		{"Slovak Freshdesk", freshdesk("Prílohy:", "export_faktury_oktober.csv (18 KB)")},
		{"Hungarian Freshdesk, two files", freshdesk("Mellékletek:", "export.csv (18 KB)\nkepernyo kep.png (220 KB)")},
		{"Finnish Freshdesk, no sizes", freshdesk("Liitteet:", "lasku_2231.pdf")},
		{"Jira Service Management, a list", jsm("Attachments:", "- bin_capacities_clean.csv (142 kB)")},
		{"Jira Service Management in Swedish", jsm("Bilagor:", "- export.xlsx (1,2 MB)\n- logg.txt (3 kB)")},
	} {
		if got := VisibleText(tt.body); got != comment {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, comment)
		}
	}
}

// TestHelpdeskFileListNotText: files the writer names inside the
// comment, with words of theirs below, are the writer's; so is a label
// over lines that are not files.
func TestHelpdeskFileListNotText(t *testing.T) {
	jsm := func(comment string) string {
		return "—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—\nReply above this line.\n\nNomvula Dlamini commented:\n\n" + comment + "\n\nNomvula Dlamini resolved this as Done.\n\nView request · Turn off this request's notifications\n\nThis is shared with Acme Support.\n\nHelp Center, powered by Jira Service Management, sent you this message.\n"
	}
	for _, tt := range []struct{ name, comment string }{
		{"files named, then words", "Hi,\n\nI re-sent two files:\n- bins.csv (142 kB)\n- zones.csv (12 kB)\n\nPlease import bins.csv first.\n\nNomvula"},
		{"a label over steps", "Hi,\n\nNext steps:\n- re-run the import\n- close the ticket\n\nThanks\nNomvula"},
	} {
		if got := VisibleText(jsm(tt.comment)); got != tt.comment {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.comment)
		}
	}
}

// TestNordicCentralBanner: the external-sender warning a mail system puts
// above the text, in the Nordic, Baltic and Hungarian forms (Norwegian
// "EKSTERN AVSENDER: … Ikke klikk på lenker …", Swedish, Danish,
// Finnish, Icelandic, Hungarian, Estonian), is the system's
// (replies/stranger71's 71-no-external-banner-top).
func TestNordicCentralBanner(t *testing.T) {
	const text = "Hei Ingrid,\n\nAltinn avviser fortsatt SAF-T-filen.\n\nVennlig hilsen\nKari"
	const quote = "\n\nDen tir. 17. nov. 2026 kl. 10:02 skrev Acme Support <support@acme.example>:\n> Kan du laste ned filen på nytt?\n"
	for _, tt := range []struct{ name, banner string }{
		{"Norwegian", "EKSTERN AVSENDER: Denne e-posten kommer fra utsiden av Fjord Regnskap. Ikke klikk på lenker eller åpne vedlegg med mindre du kjenner avsenderen og vet at innholdet er trygt."},
		{"Norwegian, outside the organisation", "Denne e-posten kommer fra en avsender utenfor organisasjonen. Ikke åpne vedlegg eller klikk på lenker hvis du ikke stoler på avsenderen."},
		{"Swedish", "EXTERN AVSÄNDARE: Detta meddelande kommer från utanför organisationen. Klicka inte på länkar och öppna inte bilagor om du inte känner igen avsändaren."},
		{"Danish", "EKSTERN AFSENDER: Denne e-mail kommer uden for organisationen. Klik ikke på links og åbn ikke vedhæftede filer, medmindre du kender afsenderen."},
		{"Finnish", "ULKOINEN LÄHETTÄJÄ: Tämä viesti on tullut organisaation ulkopuolelta. Älä avaa liitteitä tai klikkaa linkkejä, ellet tunnista lähettäjää."},
		{"Hungarian", "KÜLSŐ FELADÓ: Ez az üzenet a szervezeten kívülről érkezett. Ne kattintson a hivatkozásokra és ne nyissa meg a mellékleteket, ha nem ismeri a feladót."},
		{"Estonian", "VÄLINE SAATJA: See kiri on saadetud väljastpoolt organisatsiooni. Ärge klõpsake linkidel ega avage manuseid, kui te saatjat ei tunne."},
	} {
		if got := VisibleText(tt.banner + "\n\n" + text + quote); got != text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, text)
		}
	}
}

// TestNordicCentralBannerNotText: a customer's first paragraph about
// mail from outside, with no caution about links, is theirs.
func TestNordicCentralBannerNotText(t *testing.T) {
	const quote = "\n\nDen tir. 17. nov. 2026 kl. 10:02 skrev Acme Support <support@acme.example>:\n> Kan du sende et eksempel?\n"
	for _, text := range []string{
		"E-post fra en ekstern avsender havner i søppelpost hos oss, og vedlegg blir fjernet.\n\nKari",
		"Fakturaer fra utenfor organisasjonen kommer ikke inn i innboksen.\n\nKari",
		"Mejl från en extern avsändare fastnar i vårt filter, bilagor tas bort.\n\nAnna",
	} {
		if got := VisibleText(text + quote); got != text {
			t.Errorf("got %q\nwant %q", got, text)
		}
	}
}

// TestPrintPlea: a plea to think of the environment before printing,
// alone under the signature, is the company's footer in any of the
// languages it is written in: it names printing, the environment and the
// mail (replies/stranger71's 71-sv-miljo-line, stranger72's
// 72-pt-pt-outlook).
func TestPrintPlea(t *testing.T) {
	const text = "Hej,\n\nKan ni skicka en kreditfaktura?\n\nMed vänlig hälsning\nAnders Berglund\nBerglunds Bil & Däck AB"
	const quote = "\n\nOn Tue, 17 Nov 2026 at 10:02, Acme Support <support@acme.example> wrote:\n> Hej Anders,\n> Vi tittar på det.\n"
	for _, tt := range []struct{ name, plea string }{
		{"Swedish", "Tänk på miljön innan du skriver ut detta mejl."},
		{"Portuguese", "Antes de imprimir este e-mail pense bem se tem mesmo que o fazer. Poupe o ambiente."},
		{"Norwegian", "Tenk miljø før du skriver ut denne e-posten."},
		{"Danish", "Tænk på miljøet, før du udskriver denne e-mail."},
		{"Finnish", "Ajattele ympäristöä ennen kuin tulostat tämän viestin."},
		{"Czech", "Myslete na životní prostředí, než vytisknete tento e-mail."},
		{"Hungarian", "Kérjük, gondoljon a környezetre, mielőtt kinyomtatja ezt az e-mailt!"},
		{"Turkish", "Bu e-postayı yazdırmadan önce çevreyi düşünün."},
		{"Spanish", "Antes de imprimir este correo, piense si es necesario. Cuidemos el medio ambiente."},
		{"Greek", "Σκεφτείτε το περιβάλλον πριν εκτυπώσετε αυτό το μήνυμα."},
	} {
		if got := VisibleText(text + "\n\n" + tt.plea + quote); got != text {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, text)
		}
	}
}

// TestPrintPleaNotText: a customer's last paragraph about printing in a
// test or production environment, or about printing and mailing, is
// theirs.
func TestPrintPleaNotText(t *testing.T) {
	const quote = "\n\nOn Tue, 17 Nov 2026 at 10:02, Acme Support <support@acme.example> wrote:\n> Does it work now?\n"
	for _, text := range []string{
		"Hi,\n\nThanks.\n\nPrinting the labels from the test environment works, but the e-mail with the tracking numbers never arrives.",
		"Olá,\n\nA impressão funciona no ambiente de produção, mas o e-mail com a fatura não chega.",
		"Hej,\n\nVi skriver ut fakturorna och mejlar dem till kunderna.",
		"Hi,\n\nThe print environment is fine now; the e-mail came through.",
	} {
		if got := VisibleText(text + quote); got != text {
			t.Errorf("got %q\nwant %q", got, text)
		}
	}
}

// TestToolCommentSignatureUnderName: a help desk's comment ends below its
// closing and the name under it (closingEnd), but the signature the
// writer's client adds below, opening with that name in full, is still
// theirs (stranger70's 70-jsm-customer-comment lost it when the two
// rounds met).
func TestToolCommentSignatureUnderName(t *testing.T) {
	const comment = "Hi Acme Support,\n\nThe import now stops at row 2,418. Could there be a hidden character?\n\nThanks\nNomvula\n\nNomvula Dlamini\nHighveld Cold Chain (Pty) Ltd"
	text := "—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—\nReply above this line.\n\nNomvula Dlamini commented:\n\n" + comment +
		"\n\nView request · Turn off this request's notifications\n\nThis is shared with Acme Support.\n\nHelp Center, powered by Jira Service Management, sent you this message.\n"
	if got := VisibleText(text); got != comment {
		t.Errorf("got %q\nwant %q", got, comment)
	}
}
