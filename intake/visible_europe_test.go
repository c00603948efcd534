package intake

import (
	"strings"
	"testing"
)

// TestVisibleTextEuropeanMail: the notices, header blocks, separators,
// help-desk chrome and announcements of the Nordic, Baltic, Central and
// Eastern European and Greek mail of replies/stranger25, and the
// layouts of replies/stranger24 (an ordinary fortnight) that still
// missed.
func TestVisibleTextEuropeanMail(t *testing.T) {
	const text = "Tak for svaret, det virker nu.\n\nMed venlig hilsen\nMette"
	checkVisibleForms(t, []formCase{
		{"Danish confidentiality notice", text + "\n\nDenne e-mail kan indeholde fortrolige oplysninger og er kun beregnet til den angivne modtager.\n", text, false, false},
		{"Greek notice opened by its word and a colon", text + "\n\nΕΜΠΙΣΤΕΥΤΙΚΟ: Το παρόν μήνυμα προορίζεται αποκλειστικά για τον παραλήπτη.\n", text, false, false},
		{"Estonian and English notices", text + "\n\nKäesolev e-kiri võib sisaldada konfidentsiaalset teavet.\nThis e-mail may contain confidential information.\n", text, false, false},
		{"Slovenian notice", text + "\n\nTo sporočilo je namenjeno izključno naslovniku in lahko vsebuje zaupne podatke.\n", text, false, false},
		{"a Latvian Outlook forward without a comment", "________________________________\nNo: Jānis Bērziņš <j@x.example>\nNosūtīts: piektdiena, 2024. gada 12. janvāris 17:40\nKam: IT nodaļa <it@x.example>\nTēma: Printeris\n\nSveiki,\n\nprinteris nedrukā.\n\nJānis\n", "Sveiki,\n\nprinteris nedrukā.\n\nJānis", false, true},
		{"Latvian Zimbra separator", text + "\n\n----- Oriģinālā ziņa -----\nNo: \"Acme Support\" <support@acme.example>\nTēma: Re: [ESC-2564] Lēna darbība\n\nHello Guntis,\n", text, false, false},
		{"Zendesk in Swedish", "##- Skriv ditt svar ovanför den här raden -##\n\nDitt ärende (48213) har uppdaterats.\n\n----------------------------------------------\n\nErik Lundqvist (Nordvik IT)\n\n15 jan. 2024 12:04 CET\n\nHej Acme Support,\n\nPorten är öppen.\n\nErik\n\n----------------------------------------------\n\nAcme Support\n\n12 jan. 2024 09:15 CET\n\nHello.\n",
			"Hej Acme Support,\n\nPorten är öppen.\n\nErik", false, false},
		{"a Romanian help desk's notice of a change, nothing typed", "Solicitarea #4411 a fost actualizată.\n\nSubiect: Integrare Acme [ESC-2611]\nStare: Rezolvată\nAgent: Cristina Ionescu\n\nPuteți vedea solicitarea aici: https://x.example/tickets/4411\n\nAcest e-mail a fost generat automat de Service Desk Carpați Retail.\n",
			"", true, false},
		{"answers typed with two blank lines below each", "Bonjour,\n\nréponses ci-dessous.\n\nLe lun. 3 mars 2025 à 16:02, Acme Support <support@acme.example> a écrit :\n\n> 1. Combien ?\n>\n\nEnviron 40.\n\n\n> 2. Depuis quand ?\n>\n\nDepuis jeudi.\n\n\n>\n> Acme Support\n\nAmélie\n",
			"Bonjour,\n\nréponses ci-dessous.\n\nEnviron 40.\n\nDepuis jeudi.\n\nAmélie", false, false},
		{"Zendesk to someone in copy: author and date on one line", "##- Please type your reply above this line -##\n\nYou are registered as a CC on this request (88213). Reply to this email to add a comment to the request.\n\n----------------------------------------------\n\nTom Becker (Northwind IT), Mar 4, 2025, 17:22 GMT+1\n\nHello Acme team,\n\nStill 429s.\n\nTom\n\n----------------------------------------------\n\nLena Fischer, Mar 3, 2025, 09:41 GMT+1\n\nRaised with the vendor.\n\n--------------------------------\nThis email is a service from Northwind IT. Delivered by Zendesk\n",
			"Hello Acme team,\n\nStill 429s.\n\nTom", false, false},
		{"Jira's footer with its links in parentheses", "—-—-—-—\n\nAnna Kowalski commented:\n\nHi Acme,\n\nIt works again.\n\nAnna\n\nView request ( https://itsd.x.example/portal/3/ITSD-5521 ) · Turn off this request's notifications ( https://itsd.x.example/unsubscribe )\n",
			"Hi Acme,\n\nIt works again.\n\nAnna", false, false},
		{"a line of the writer's that opens with the Latvian for 'from' stays", "No pirmdienas sistēma strādā lēni.\nNo: rīta līdz vakaram.\n\nGuntis\n", "No pirmdienas sistēma strādā lēni.\nNo: rīta līdz vakaram.\n\nGuntis", false, false},
	})
}

// TestHTMLAnswersInColourAnnouncedInHungarian: answers typed in red into
// the quoted mail, announced in Hungarian ("Válaszaimat lent, pirossal
// írtam"), are the writer's text; the questions they answer are not.
func TestHTMLAnswersInColourAnnouncedInHungarian(t *testing.T) {
	raw := "From: Kiss Péter <kp@x.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-2607] Számlák\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<p>Tisztelt Acme Support!</p><p>Válaszaimat lent, pirossal írtam a kérdéseik alá.</p><p>Kiss Péter</p>` +
		`<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>Feladó:</b> Acme Support &lt;support@acme.example&gt;<br><b>Elküldve:</b> 2024. január 15. 14:02<br><b>Címzett:</b> Kiss Péter<br><b>Tárgy:</b> RE: [ESC-2607] Számlák</p></div>` +
		`<p>1. How many invoices are missing?</p><p><span style="color:#C00000">Kb. 230 számla.</span></p><p>2. API or CSV?</p><p><span style="color:#C00000">CSV-vel.</span></p><p>Kind regards,<br>Acme Support</p>`
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Tisztelt Acme Support!\n\nVálaszaimat lent, pirossal írtam a kérdéseik alá.\n\nKiss Péter\n\nKb. 230 számla.\n\nCSV-vel."
	if spacingFree(m.Visible) != spacingFree(want) {
		t.Errorf("visible text:\n%s\nwant:\n%s", m.Visible, want)
	}
}

// TestVisibleTextRegulatedSenders: what replies/stranger32 (banks,
// insurers, hospitals, public bodies and law firms) found missing.
func TestVisibleTextRegulatedSenders(t *testing.T) {
	const text = "Hi Priya,\n\nThe hotfix imported cleanly.\n\nMarcus"
	const history = "\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, March 11, 2024 4:05 PM\nTo: Marcus <m@bank.example>\nSubject: [ESC-4821] Wire import\n\nHi Marcus,\n"
	checkVisible(t, []bodyCase{
		{"a classification label above the text", "Classification: Internal\n\n" + text + history, text},
		{"a German label in the plain text", "Klassifizierung: Intern\n\n" + text + history, text},
		{"a US bank's line below its notice", text + "\n\nThis message, including any attachments, is confidential and intended solely for the use of the addressee(s). If you have received this message in error, please notify the sender.\n\nFirst Harbor Bank, Member FDIC. Equal Housing Lender." + history, text},
		{"an Italian company's register above its notice", text + "\n\nAssicurazioni Adriatica S.p.A. – Sede legale: Piazza Unità d'Italia 7, 34121 Trieste – Capitale sociale Euro 50.000.000 i.v.\n\nIl presente messaggio è destinato esclusivamente al destinatario indicato e può contenere informazioni riservate." + history, text},
		{"an Austrian bank's Firmenbuch above its notice", text + "\n\nDonautal Bank AG, Sitz: Linz, Firmenbuch: FN 999999x, Firmenbuchgericht: Landesgericht Linz.\n\nDiese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender." + history, text},
		{"NHS mail's monitoring line below the notice, framed by asterisks", text + "\n\n*****************************************\n\nThis message may contain confidential information. If you are not the intended recipient please inform the sender.\n\nThis email was sent using a secure NHS email service. Messages to and from this service may be monitored for security and compliance purposes.\n\n*****************************************" + history, text},
		{"a county's public records line below the notice", text + "\n\nCONFIDENTIALITY NOTICE: This e-mail message is for the sole use of the intended recipient(s) and may contain confidential information.\n\nPlease note: E-mail sent to or from Marlow County is subject to the public records law and may be disclosed to third parties upon request." + history, text},
		{"a French notice opened by its capitals", text + "\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire visé, veuillez en informer l'expéditeur.\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential." + history, text},
		{"a pointer to the privacy page alone", text + "\n\nInformationen zur Verarbeitung personenbezogener Daten durch den Magistrat der Stadt Hallstein finden Sie unter https://www.hallstein.example/datenschutz" + history, text},
		{"Outlook's link behind an address in a signature is no attribution", "Thank you,\n\nLaura Chen\nBrennan Whitlock LLP\nT 212.555.0176 | lchen@bw.example<mailto:lchen@bw.example>" + history, "Thank you,\n\nLaura Chen\nBrennan Whitlock LLP\nT 212.555.0176 | lchen@bw.example"},
	})
}

// TestColourAnswersAnnouncedByVerb: "Te contesto en rojo" announces the
// answers in red by a verb, not a noun (replies/stranger32).
func TestColourAnswersAnnouncedByVerb(t *testing.T) {
	raw := "From: Raul <r@x.example>\r\nTo: support@acme.example\r\nSubject: RE: [ESC-5120] Registro\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<p>Buenos días, Lucía:</p><p>Te contesto en rojo sobre tu correo.</p><p>Raúl</p>` +
		`<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>De:</b> Acme Support &lt;support@acme.example&gt;<br><b>Enviado el:</b> martes, 12 de marzo de 2024 10:02<br><b>Para:</b> Raúl<br><b>Asunto:</b> [ESC-5120] Registro</p></div>` +
		`<p>1. ¿Cuántas oficinas?</p><p><span style="color:red">Doce.</span></p><p>Acme Support</p>`
	checkParsedVisible(t, "te contesto en rojo", raw, "Buenos días, Lucía:\n\nTe contesto en rojo sobre tu correo.\n\nRaúl\n\nDoce.")
}

// TestVisibleTextOrdinaryFortnight: what replies/stranger34 (an ordinary
// fortnight at an SMB desk) found missing: a Dutch notice that opens with
// "De informatie in dit e-mailbericht".
func TestVisibleTextOrdinaryFortnight(t *testing.T) {
	const text = "Hoi Joost,\n\nDank je.\n\nSanne"
	const history = "\n\nVan: Joost <joost@acme.example>\nVerzonden: maandag 10 maart 2025 09:12\nAan: Sanne <sanne@x.example>\nOnderwerp: [ESC-5120] Licenties\n\nHoi Sanne,\n"
	checkVisible(t, []bodyCase{
		{"Dutch", text + "\n\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud te vernietigen." + history, text},
	})
}

// TestVisibleTextOutlookSmallerMarkets: what replies/stranger39 (Outlook
// in the languages of smaller markets) found missing: Catalan.
func TestVisibleTextOutlookSmallerMarkets(t *testing.T) {
	checkVisible(t, []bodyCase{
		{"Outlook's Catalan header block", "Bon dia, Jordi,\n\nGràcies.\n\nMontserrat\n\nDe: Acme Support <support@acme.example>\nEnviat el: dimarts, 15 d’octubre de 2024 10:20\nPer a: Montserrat Puig <mpuig@x.example>\nAssumpte: [ESC-7610] Avisos de comanda\n\nBon dia,\n", "Bon dia, Jordi,\n\nGràcies.\n\nMontserrat"},
		{"a Catalan external-sender banner and notice", "ATENCIÓ: Aquest correu electrònic prové de fora de l’organització. No feu clic als enllaços ni obriu els fitxers adjunts tret que reconegueu el remitent.\n\nHola, Montserrat,\n\nHo podeu revisar?\n\nPere\n\nAquest missatge i els seus annexos són confidencials i s’adrecen exclusivament a la persona destinatària.\n", "Hola, Montserrat,\n\nHo podeu revisar?\n\nPere"},
	})
}

// TestVisibleTextBeneluxDACHMonth: what replies/stranger41 (an ordinary
// month at a desk serving Germany, Austria, Switzerland, the Benelux and
// France) found at its first reading: a Belgian footer's VAT and register
// line (BTW … | RPR …) kept as text, and Proton Mail's forward with
// nothing typed, whose forwarded mail it quotes with "> " below its
// header block, read as history only: the forwarded mail is the message.
// Both failed before the change; the last case is a guard.
func TestVisibleTextBeneluxDACHMonth(t *testing.T) {
	// A line typed above the closing: the signature alone would be no
	// message (TestSignatureOnlyWithClosing).
	const sig = "De facturen zijn binnen.\n\nMet vriendelijke groeten,\n\nWim Peeters\nPeeters Transport NV"
	checkVisibleForms(t, []formCase{
		{"a Belgian VAT and register line above a notice", sig + "\n\nBTW BE 0456.789.123 | RPR Antwerpen, afdeling Hasselt\n\nDit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\n\nVan: Acme Support <support@acme.example>\nVerzonden: vrijdag 16 oktober 2026 11:18\nAan: Wim Peeters <w@x.example>\nOnderwerp: [ESC-4903] Facturen\n\nBeste heer Peeters,\n", sig, false, false},
		{"Proton's forward with its mail quoted, nothing typed", "\n\nSent with Proton Mail secure email.\n\n------- Forwarded Message -------\nFrom: Claire Fontaine <claire@x.example>\nDate: On Tuesday, October 20th, 2026 at 10:12\nSubject: Re: Erreur de synchronisation\nTo: Nicolas Garnier <n@x.example>\n\n\n> Bonjour Nicolas,\n> \n> L'API répond 429 depuis vendredi soir.\n> \n> Claire\n> \n> Le lun. 19 oct. 2026 à 18:05, Nicolas Garnier <n@x.example> a écrit :\n> \n> > Bonjour Claire,\n> > Tu peux regarder ?\n",
			"Bonjour Nicolas,\n\nL'API répond 429 depuis vendredi soir.\n\nClaire", false, true},
		// a reply whose client quotes the mail it answers below a header
		// block stays history only
		{"a reply that only quotes", "\n\nSent with Proton Mail secure email.\n\n------- Original Message -------\nOn Tuesday, October 20th, 2026 at 10:12, Acme Support <support@acme.example> wrote:\n\n> Hello,\n> please confirm.\n", "", true, false},
	})
}

// TestVisibleTextItalyCentralEurope: what replies/stranger43 (an ordinary
// month at a desk serving Italy, Ticino and Romandie, Poland, Czechia and
// Romania) found at its first reading: Samsung's footer with "dispositivo"
// or "zařízení" before the device, Yahoo's Romanian footer naming its app,
// a Czech external-sender banner, and Roundcube's Italian forward whose
// header block opens with "Oggetto" and names the sender "Mittente" (the
// forwarded mail was lost). Each failed before the change.
func TestVisibleTextItalyCentralEurope(t *testing.T) {
	checkVisibleForms(t, []formCase{
		{"Samsung's Italian footer above our mail", "\n\n\n\nInviato dal mio dispositivo Galaxy\n\n\n-------- Messaggio originale --------\nDa: Acme Support <support@acme.example>\nData: 24/11/26 11:06 (GMT+01:00)\nA: Elena <e@x.example>\nOggetto: [ESC-4940] Richiesta\n\n##- Please type your reply above this line -##\n\nGentile Elena,\n", "", true, false},
		{"Samsung's Czech footer", "Ano, v pondělí to vyhovuje.\n\n\n\nOdesláno z mého zařízení Galaxy\n", "Ano, v pondělí to vyhovuje.", false, false},
		{"Yahoo's Romanian footer", "Mulțumesc,\nIoana Ionescu\n\nTrimis de pe Yahoo Mail pe Android\n", "Mulțumesc,\nIoana Ionescu", false, false},
		{"a Czech external-sender banner", "UPOZORNĚNÍ: Tento e-mail pochází z externí adresy. Neotevírejte přílohy ani odkazy, pokud odesílatele neznáte.\n\nDobrý den,\n\npotvrzuji, že ceníky jsou v pořádku.\n", "Dobrý den,\n\npotvrzuji, že ceníky jsou v pořádku.", false, false},
		{"Roundcube's Italian forward, nothing typed", "\n\n-------- Messaggio originale --------\nOggetto: Stampa DDT non funziona\nData: 2026-11-19 15:22\nMittente: Luca Esposito <l.esposito@x.example>\nDestinatario: Sara Colombo <sara@x.example>\n\nCiao Sara,\n\nda stamattina il gestionale non stampa più i DDT.\n\nGrazie\nLuca\n",
			"Ciao Sara,\n\nda stamattina il gestionale non stampa più i DDT.\n\nGrazie\nLuca", false, true},
	})
}

// formCase is a body read as a reply (forward false) or as the body of a
// mail whose subject marks a forward, with the text and the quoted-only
// flag expected of it.
type formCase struct {
	name, in, want      string
	quotedOnly, forward bool
}

// checkVisibleForms runs visibleText on each case.
func checkVisibleForms(t *testing.T, cases []formCase) {
	t.Helper()
	for _, tt := range cases {
		v := visibleText(tt.in, tt.forward)
		if got := v.text; got != tt.want || v.quotedOnly != tt.quotedOnly {
			t.Errorf("%s:\n got %q (quoted only %v)\nwant %q (%v)", tt.name, got, v.quotedOnly, tt.want, tt.quotedOnly)
		}
	}
}

// TestVisibleTextCentralAndSouthernEurope: what replies/stranger51
// (Italy, the Low Countries, Poland, Czechia, Turkey, Greece) found
// missing: company register paragraphs and notices in their languages
// below the signature, national web mailers' advertisements for
// themselves, and a reply typed below a mail that Seznam sets between
// quotation marks.
func TestVisibleTextCentralAndSouthernEurope(t *testing.T) {
	const text = "Dobrý den,\n\nexport už funguje.\n\nJan"
	const quote = "\n\nW dniu 3.03.2025 o 10:12, Acme Support pisze:\n> Dzień dobry,\n> proszę o log.\n"
	checkVisibleForms(t, []formCase{
		{"a Belgian register paragraph", text + "\n\nJanssens Bouw NV - maatschappelijke zetel: Brusselsesteenweg 10, 1500 Halle - RPR Brussel - ondernemingsnummer 0456.789.123\n", text, false, false},
		{"a French register paragraph", text + "\n\nDupont SAS - Siège social : 12 rue de la Paix, 75002 Paris - RCS Paris 123 456 789\n", text, false, false},
		{"a Polish register paragraph opened by the seat", text + "\n\nMeblox Sp. z o.o. z siedzibą w Krakowie, ul. Długa 5, 31-147 Kraków, wpisana do KRS pod numerem 0000123456, NIP 6762345678, kapitał zakładowy 50 000 zł." + quote, text, false, false},
		{"a Polish register paragraph naming its court", text + "\n\nKolbud S.A., ul. Polna 3, 00-001 Warszawa, Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS, KRS 0000111222, REGON 012345678.\n", text, false, false},
		{"a Czech register paragraph", text + "\n\nFirma Dřevo s.r.o. je zapsána v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 12345.\n", text, false, false},
		{"a Slovak register paragraph", text + "\n\nSpoločnosť Drevo s.r.o. je zapísaná v Obchodnom registri Okresného súdu Bratislava I, oddiel Sro, vložka č. 54321/B.\n", text, false, false},
		{"a notice labelled with the Turkish data-protection law", text + "\n\nKVKK Aydınlatma: Bu e-posta ve ekleri gizli bilgiler içerebilir.\n", text, false, false},
		{"a notice labelled with the GDPR", text + "\n\nGDPR Notice: This e-mail is confidential and may contain personal data.\n", text, false, false},
		{"a Turkish notice of unauthorised use and wrong recipients", text + "\n\nBu e-posta yalnızca alıcısına yöneliktir. Yetkisiz kullanımı yasaktır; yanlışlıkla aldıysanız lütfen göndereni bilgilendirip siliniz.\n", text, false, false},
		{"a Polish notice of the addressee and mistakes", text + "\n\nNiniejsza wiadomość jest przeznaczona wyłącznie dla adresata. Jeżeli otrzymali ją Państwo przez pomyłkę, prosimy o jej usunięcie.\n", text, false, false},
		{"a web mailer's advertisement above the history", text + "\n\nPassa a Tiscali Mail Pro: 10 GB e nessuna pubblicità. Scopri di più su https://mail.tiscali.it/pro\n\n----Messaggio originale----\nDa: support@acme.example\nData: 03/03/2025 10.12\nA: <jan@tiscali.it>\nOgg: Export\n\nBuongiorno,\n", text, false, false},
		{"a web mailer's advertisement under a rule", text + "\n\n----------------------------------------------------------------------\nPoczta WP bez reklam - sprawdź https://poczta.wp.pl/premium\n", text, false, false},
		{"nothing typed above the quote but a web mailer's advertisement", "Jetzt die GMX FreeMail App holen: https://www.gmx.net/mail/app/\n\n> Guten Tag,\n> bitte senden Sie das Log.\n", "", true, false},
		{"a signature's line naming the provider the writer works for stays", "Dzień dobry,\n\nfaktury już są.\n\nAnna Nowak\nOrange Polska S.A. | https://www.orange.pl", "Dzień dobry,\n\nfaktury już są.\n\nAnna Nowak\nOrange Polska S.A. | https://www.orange.pl", false, false},
		{"a writer's own link to their mailer, not named in words, stays", "Il link https://mail.libero.it/reset non si apre.\n\nGiuseppe", "Il link https://mail.libero.it/reset non si apre.\n\nGiuseppe", false, false},
		{"a writer's address at a mailer beside another link stays", "Scrivetemi a giuseppe@libero.it, il gestionale è https://gestionale.example/login\n\nGiuseppe", "Scrivetemi a giuseppe@libero.it, il gestionale è https://gestionale.example/login\n\nGiuseppe", false, false},
		{"typed below a mail Seznam sets between quotation marks", "---------- Původní e-mail ----------\nOd: Acme Support <support@acme.example>\nKomu: jan@email.cz\nDatum: 3. 3. 2025 10:12:33\nPředmět: Re: Faktura\n\"Dobrý den,\n\nstav faktury je \"Odesláno\"\n\nAcme Support\"\n\nDěkuji, už to vidím.\n\nJan\n",
			"Děkuji, už to vidím.\n\nJan", false, false},
		{"nothing typed below a mail Seznam sets between quotation marks", "---------- Původní e-mail ----------\nOd: Acme Support <support@acme.example>\nKomu: jan@email.cz\nDatum: 3. 3. 2025 10:12:33\nPředmět: Re: Faktura\n\"Dobrý den,\n\nfaktura je odeslána.\n\nAcme Support\n\"\n\nOdesláno z mobilní aplikace Seznam Email\n",
			"", true, false},
	})
}

// TestVisibleTextMiddleEastRussiaBalkans: what replies/stranger52 (the
// Middle East, Israel, Russia, Ukraine, Kazakhstan and the Balkans) found
// missing: Mail.ru's "От кого:" field, Thunderbird's "je napisao/la:",
// an attribution dated in Arabic-Indic digits over a line holding only a
// right-to-left mark, notices that name the addressee and the mistake in
// Hebrew, Arabic, Russian, Ukrainian, Serbian and Croatian, and company
// register paragraphs (ОГРН, ЄДРПОУ, ПИБ, PIB, Trgovački sud) below the
// signature. The guards are the writer's own lines that look like them.
func TestVisibleTextMiddleEastRussiaBalkans(t *testing.T) {
	const ru = "Добрый день!\n\nВыгрузка снова работает, спасибо.\n\nС уважением,\nОльга"
	const sr = "Поздрав,\n\nизвоз сада ради.\n\nМилан"
	const hr = "Pozdrav,\n\nizvoz sada radi.\n\nTomislav"
	const quote = "\n\n-----Original Message-----\nFrom: Acme Support <support@acme.example>\nSent: Monday, March 9, 2026 10:12 AM\nTo: customer@x.example\nSubject: [#61020] Export\n\nHello,\n"
	checkVisibleForms(t, []formCase{
		{"a Mail.ru forward, nothing typed, its mail quoted with \">\"", "\n\n-------- Пересылаемое сообщение --------\nОт кого: Олег Петров <o.petrov@x.example>\nКому: Анна <anna@mail.ru>\nДата: Среда, 4 марта 2026, 9:15 +03:00\nТема: Сканер\n\n>Анна, добрый день.\n>\n>Сканер снова не отправляет файлы на сервер.\n>\n>Олег\n",
			"Анна, добрый день.\n\nСканер снова не отправляет файлы на сервер.\n\nОлег", false, true},
		{"a Ukrainian header block whose sender is \"Від кого:\"", "Дякую, все працює.\n\nІрина\n\nВід кого: Acme Support <support@acme.example>\nКому: Ірина <iryna@x.example>\nДата: 4 березня 2026, 09:15:02\nТема: Експорт\n\nДобрий день!\n", "Дякую, все працює.\n\nІрина", false, false},
		{"Thunderbird's Croatian attribution above a bottom post", "Dana 3.3.2026. u 9:05, Acme Support je napisao/la:\n> Poštovani,\n> pošaljite nam log.\n\nLog je u prilogu.\n\nMarko\n", "Log je u prilogu.\n\nMarko", false, false},
		{"Thunderbird's Serbian attribution above a bottom post", "Дана 3.3.2026. у 9:05, Acme Support је написао/ла:\n> Поштовани,\n> пошаљите нам лог.\n\nЛог је у прилогу.\n\nМарко\n", "Лог је у прилогу.\n\nМарко", false, false},
		{"an attribution dated in Arabic-Indic digits, nothing typed", "أرسلت من الـ iPhone\n\n\u200fفي ١٢\u200f/٠٣\u200f/٢٠٢٦، الساعة ٩:١٥ ص، كتب \u200fAcme Support \u200f<support@acme.example>:\n\n> مرحباً،\n> هل المشكلة مستمرة؟\n", "", true, false},
		{"an attribution dated in Arabic-Indic digits below the reply", "تم الحل، شكراً.\n\nسامي\n\n\u200fفي ١٢\u200f/٠٣\u200f/٢٠٢٦، الساعة ٩:١٥ ص، كتب \u200fAcme Support \u200f<support@acme.example>:\n\n> مرحباً،\n> هل المشكلة مستمرة؟\n", "تم الحل، شكراً.\n\nسامي", false, false},
		{"a right-to-left mark alone under an attribution, nothing typed", "נשלח מה-iPhone שלי\n\n\u200fב-9 במרץ 2026, בשעה 10:12, \u200fAcme Support \u200f<support@acme.example> כתב/ה:\n\u200f\n> שלום,\n> האם הבעיה נפתרה?\n", "", true, false},
		{"an Arabic notice labelled without the article", "شكراً.\n\nسامي\n\nإخلاء مسؤولية: هذا البريد الإلكتروني سري ومخصص لمستلمه فقط." + quote, "شكراً.\n\nسامي", false, false},
		{"a Hebrew notice of secret information", "בדקתי, עובד.\n\nנועם\n\n*** הודעה זו עשויה להכיל מידע סודי. ***" + quote, "בדקתי, עובד.\n\nנועם", false, false},
		{"a Hebrew notice of the addressee and the mistake", "בדקתי, עובד.\n\nנועם\n\nהודעה זו נועדה לנמען בלבד. אם קיבלת אותה בטעות, אנא מחק אותה.", "בדקתי, עובד.\n\nנועם", false, false},
		{"an Arabic notice of the addressee and the mistake", "شكراً.\n\nسامي\n\nهذه الرسالة موجهة إلى المرسل إليه فقط، وإذا وصلتك عن طريق الخطأ فيرجى حذفها.", "شكراً.\n\nسامي", false, false},
		{"a Russian notice of the addressee and the mistake", ru + "\n\nДанное сообщение предназначено только для адресата. Если вы получили его по ошибке, удалите его." + quote, ru, false, false},
		{"a Ukrainian notice of the addressee and the mistake", "Дякую.\n\nІрина\n\nЦей лист призначений лише адресату. Якщо ви отримали його помилково, повідомте відправника.", "Дякую.\n\nІрина", false, false},
		{"a Serbian notice of the recipient and the mistake", sr + "\n\nОва порука је намењена само примаоцу. Ако сте је примили грешком, обришите је.", sr, false, false},
		{"a Croatian notice of the recipient and the mistake", hr + "\n\nOva poruka namijenjena je samo primatelju. Ako ste je primili pogreškom, izbrišite je." + quote, hr, false, false},
		{"a Russian register paragraph", ru + "\n\nООО «Ромашка», ОГРН 1027700132195, ИНН 7701234567, КПП 770101001. Юридический адрес: 101000, г. Москва, ул. Мясницкая, д. 1." + quote, ru, false, false},
		{"a Ukrainian register paragraph", "Дякую.\n\nІрина\n\nТОВ «Калина», код ЄДРПОУ 12345678. Юридична адреса: 01001, м. Київ, вул. Хрещатик, 1.", "Дякую.\n\nІрина", false, false},
		{"a Serbian register paragraph", sr + "\n\nСава Трејд д.о.о. Нови Сад, ПИБ 100200300, МБ 08765432. Регистровано код Агенције за привредне регистре." + quote, sr, false, false},
		{"a Serbian register paragraph in Latin", sr + "\n\nSava Trade d.o.o. Novi Sad, PIB 100200300, MB 08765432. Registrovano kod Agencije za privredne registre.", sr, false, false},
		{"a Croatian register paragraph", hr + "\n\nPrimorka d.o.o., Riva 5, 51000 Rijeka. Upisano u sudski registar Trgovačkog suda u Rijeci, MBS: 040123456, OIB: 98765432109. Temeljni kapital: 20.000,00 EUR uplaćen u cijelosti." + quote, hr, false, false},
		{"a register number inside the signature stays", "Спасибо.\n\nИван Петров\nООО «Ромашка»\nОГРН 1027700132195\nг. Москва, ул. Мясницкая, 1" + quote, "Спасибо.\n\nИван Петров\nООО «Ромашка»\nОГРН 1027700132195\nг. Москва, ул. Мясницкая, 1", false, false},
		{"the writer's last paragraph on a wrong OIB stays", "Pozdrav,\n\nračun R-118 je stigao.\n\nU računu je krivi OIB: 12345678903, ispravan je 98765432109.", "Pozdrav,\n\nračun R-118 je stigao.\n\nU računu je krivi OIB: 12345678903, ispravan je 98765432109.", false, false},
		{"the writer's last paragraph asking about a ПИБ stays", "Поздрав,\n\nфактура је стигла.\n\nДа ли је ПИБ 101234567 исправан у СЕФ-у?", "Поздрав,\n\nфактура је стигла.\n\nДа ли је ПИБ 101234567 исправан у СЕФ-у?", false, false},
		{"the writer's sentence with Arabic-Indic digits and an address stays", "وصلت ٣ رسائل من <billing@x.example> اليوم، هل هذا طبيعي؟\n\nسامي", "وصلت ٣ رسائل من <billing@x.example> اليوم، هل هذا طبيعي؟\n\nسامي", false, false},
	})
}

// TestParsedMiddleEastRussiaBalkans: the whole mails of replies/stranger52
// that missed. Outlook in Hebrew, Arabic and Greek marks a forward with
// "העבר:", "إعادة توجيه:" and "ΠΡΘ:", and a forward with nothing typed is
// its forwarded mail's text; Outlook labels its Hebrew "iso-8859-8-i",
// read as ISO-8859-8. Answers in blue or red are announced in Ukrainian,
// Croatian, Hebrew and Arabic too.
func TestParsedMiddleEastRussiaBalkans(t *testing.T) {
	const head = "From: Dana <dana@x.example>\r\nTo: support@acme.example\r\nMIME-Version: 1.0\r\n"
	const fwd = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\r\n\r\nFrom: Ron <ron@x.example>\r\nSent: Monday, March 9, 2026 8:10 AM\r\nTo: Dana <dana@x.example>\r\nSubject: Printer\r\n\r\nDana,\r\n\r\nthe printer on floor 2 stopped this morning.\r\n\r\nRon\r\n"
	const want = "Dana,\n\nthe printer on floor 2 stopped this morning.\n\nRon"
	for _, subject := range []string{
		"=?utf-8?B?15TXoteR16g6INeh15XXqNenINeR157Xl9eh158=?=",         // העבר: סורק במחסן
		"=?utf-8?B?2KXYudin2K/YqSDYqtmI2KzZitmHOiDZgdin2KrZiNix2Kk=?=", // إعادة توجيه: فاتورة
		"=?utf-8?B?zqDOoc6YOiDOlc66z4TPhc+Az4nPhM6uz4I=?=",             // ΠΡΘ: Εκτυπωτής
	} {
		checkParsedVisible(t, "forward subject "+subject, head+"Subject: "+subject+"\r\n"+fwd, want)
	}
	// Outlook's Hebrew forward in iso-8859-8-i, quoted-printable.
	raw := head + "Subject: =?iso-8859-8-i?B?5PLh+DogUmU6IO7j9PH6?=\r\nContent-Type: text/plain; charset=\"iso-8859-8-i\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		"\r\n\r\n=EE=E0=FA: =F8=E5=EF =EB=E4=EF <ron@x.example>\r\n=F0=F9=EC=E7: =E9=E5=ED =F9=F0=E9 9 =EE=F8=F5 2026 08:10\r\n=E0=EC: =E3=F0=E4 <dana@x.example>\r\n=F0=E5=F9=E0: =EE=E3=F4=F1=FA\r\n\r\n" +
		"=E3=F0=E4 =F9=EC=E5=ED,\r\n\r\n=E4=EE=E3=F4=F1=FA =E1=F7=E5=EE=E4 2 =EC=E0 =EE=E3=F4=E9=F1=E4 =EE=E0=E6 =\r\n=E4=E1=E5=F7=F8.\r\n\r\n=F8=E5=EF\r\n"
	checkParsedVisible(t, "iso-8859-8-i", raw, "דנה שלום,\n\nהמדפסת בקומה 2 לא מדפיסה מאז הבוקר.\n\nרון")

	const block = `<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Acme Support &lt;support@acme.example&gt;<br><b>Sent:</b> Monday, March 9, 2026 10:02 AM<br><b>To:</b> Dana<br><b>Subject:</b> [#61044] Migration</p></div>` +
		`<p>1. Which database version?</p><p><span style="color:#0070C0">%s</span></p><p>Acme Support</p>`
	for _, tt := range []struct{ name, top, answer string }{
		{"Ukrainian, in blue", "Відповіді нижче синім.", "PostgreSQL 15."},
		{"Croatian, in blue", "Odgovori su ispod, plavom bojom.", "PostgreSQL 15."},
		{"Hebrew, in blue", "התשובות שלי בכחול בגוף ההודעה.", "PostgreSQL 15."},
		{"Arabic, in blue", "الإجابات أدناه باللون الأزرق.", "PostgreSQL 15."},
	} {
		raw := head + "Subject: RE: [#61044] Migration\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>" + tt.top + "</p><p>Dana</p>" + strings.Replace(block, "%s", tt.answer, 1)
		checkParsedVisible(t, "answers announced in "+tt.name, raw, tt.top+"\n\nDana\n\n"+tt.answer)
	}
	// A colour named in a sentence that announces no answers stays a
	// sentence, and the quoted mail's coloured lines stay out.
	raw = head + "Subject: RE: [#61044] Migration\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Кнопка стала синім кольором після оновлення.</p><p>Dana</p>" + strings.Replace(block, "%s", "Blue text of the quoted mail.", 1)
	checkParsedVisible(t, "a colour without answers", raw, "Кнопка стала синім кольором після оновлення.\n\nDana")
}
