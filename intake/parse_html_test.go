package intake

import (
	"strings"
	"testing"
)

func TestHTMLNewText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"gmail signature and quote",
			`<div dir="ltr">It works again.<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">Ann Example<br>ACME Corp</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 5. Jan. 2026 um 10:00 Uhr schrieb Support &lt;support@example.com&gt;:<br></div><blockquote class="gmail_quote">We received your request.</blockquote></div>`,
			"It works again."},
		{"outlook history in a table",
			`<div>Still failing.</div><div id="appendonsend"></div><hr><table><tr><td><b>From</b></td><td>Support</td></tr><tr><td><b>Date</b></td><td>5 January 2026</td></tr></table><div>We received your request.</div>`,
			"Still failing."},
		{"thunderbird",
			`<p>Done.</p><div class="moz-cite-prefix">On 05.01.26 10:00, Support wrote:<br></div><blockquote type="cite">Is it done?</blockquote><pre class="moz-signature" cols="72">-- 
Ann</pre>`,
			"Done."},
		{"zimbra rule", `<div>Still down.</div><hr id="zwchr"><div><b>From: </b>Dana</div><div>Fixed?</div>`, "Still down."},
		{"roundcube", `<p>Works.</p><p id="reply-intro">On 03.03.2026 10:07, Dana wrote:</p><blockquote type="cite">Fixed?</blockquote>`, "Works."},
		{"nothing marked", `<p>Hello</p>`, ""},
	}
	for _, tt := range tests {
		text, _, _, _ := htmlNewText(tt.html)
		if got := VisibleText(text); got != tt.want {
			t.Errorf("%s: VisibleText(htmlNewText(…)) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestParseHTMLOnlyForward: a forward without a comment marks all of its
// body as history; the forwarded text is what the mail says.
func TestParseHTMLOnlyForward(t *testing.T) {
	raw := "From: a@example.org\nContent-Type: text/html; charset=utf-8\n\n" +
		`<div dir="ltr"><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <b>Ann</b> &lt;ann@example.org&gt;<br>Date: Mon, Jan 5, 2026 at 10:00 AM<br>Subject: Server<br>To: Bob &lt;bob@example.org&gt;<br></div><br><div dir="ltr">The server is down.</div></div></div>`
	m, err := Parse([]byte(raw), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Visible != "The server is down." {
		t.Errorf("Visible = %q, want %q", m.Visible, "The server is down.")
	}
}

// TestColourAnswers: "see my answers in red" takes the answers typed in
// red into the quoted mail from the HTML alternative, in their order; the
// mail's own colours (black, greys, Office's blue-grey) are not answers,
// and without the announcement the text part is read as before.
func TestColourAnswers(t *testing.T) {
	mail := func(top string, notice ...string) []byte {
		html := `<div><p>` + top + `</p><p>Lukas</p>` + strings.Join(notice, "") + `</div>` +
			`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> Sam<br><b>Sent:</b> Wednesday<br><b>Subject:</b> RE: scanners</p></div>` +
			`<p style="color:#1F497D">1. Which version?</p><p><span style="color:red">4.8.2 on all devices.</span></p>` +
			`<p style="color:#595959">2. Wi-Fi or LTE?</p><p><span style="color:#C00000">Wi-Fi only.</span></p>`
		text := top + "\n\nLukas\n\nFrom: Sam\nSent: Wednesday\nSubject: RE: scanners\n\n1. Which version?\n4.8.2 on all devices.\n\n2. Wi-Fi or LTE?\nWi-Fi only.\n"
		return []byte("From: l@example.org\r\nTo: support@example.com\r\nSubject: RE: scanners\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n")
	}
	m, err := Parse(mail("See my answers in red below."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "See my answers in red below.\n\nLukas\n\n4.8.2 on all devices.\n\nWi-Fi only."; m.Visible != want {
		t.Errorf("announced: Visible = %q, want %q", m.Visible, want)
	}
	// A notice between the signature and the quote still goes.
	m, err = Parse(mail("See my answers in red below.", "<p>This email is confidential. If you are not the intended recipient, please delete it.</p>"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "See my answers in red below.\n\nLukas\n\n4.8.2 on all devices.\n\nWi-Fi only."; m.Visible != want {
		t.Errorf("announced, with a notice: Visible = %q, want %q", m.Visible, want)
	}
	m, err = Parse(mail("Thanks, see below."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Thanks, see below.\n\nLukas"; m.Visible != want {
		t.Errorf("not announced: Visible = %q, want %q", m.Visible, want)
	}
	for style, want := range map[string]bool{"color:red": true, "color: #C00000": true, "color:rgb(0, 112, 192)": true,
		"color:#1F497D": false, "color:#595959": false, "color:black": false, "background-color:red": false, "": false} {
		if got := answerColour(style); got != want {
			t.Errorf("answerColour(%q) = %v, want %v", style, got, want)
		}
	}
}

// TestAutoSignatureOnly: a reply sent with nothing but the signature
// Outlook inserted has no new text, known by the mark Outlook sets on
// that signature in its HTML whatever the signature's language; a word
// typed outside the mark is new text.
func TestAutoSignatureOnly(t *testing.T) {
	mail := func(plain, html string) []byte {
		return []byte("From: =?utf-8?q?Fran=C3=A7oise_Lef=C3=A8vre?= <f.lefevre@mairie.example>\r\n" +
			"To: support@acme.example\r\nSubject: RE: [ESC-9120] Export des paies\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + plain + "\r\n" +
			"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n")
	}
	// a title of five lower-case words: the line rules read it as typed
	sig := "Françoise Lefèvre\r\nResponsable de la gestion des achats et marchés\r\nMairie de Saint-Aubin\r\n"
	quote := "\r\n________________________________\r\nDe : Acme Support <support@acme.example>\r\nEnvoyé : lundi 6 octobre 2025 10:12\r\nÀ : Françoise Lefèvre\r\nObjet : [ESC-9120] Export des paies\r\n\r\nBonjour, l'export est-il revenu ?\r\n"
	htmlQuote := `<div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>De :</b> Acme Support<br><b>Objet :</b> [ESC-9120] Export des paies</div><div>Bonjour, l'export est-il revenu ?</div>`
	owaSig := `<div id="Signature"><p>Françoise Lefèvre</p><p>Responsable de la gestion des achats et marchés</p><p>Mairie de Saint-Aubin</p></div>`
	wordSig := `<p class=MsoNormal><a name="_MailAutoSig"><span>Françoise Lefèvre</span></a></p><p class=MsoNormal><span style='mso-bookmark:_MailAutoSig'><span>Responsable de la gestion des achats et marchés</span></span></p><p class=MsoNormal><span style='mso-bookmark:_MailAutoSig'>Mairie de Saint-Aubin</span><o:p>&nbsp;</o:p></p>`
	for _, tt := range []struct {
		name, plain, html string
		empty             bool
	}{
		{"new Outlook, signature alone", sig + quote, `<html><body><div><br></div>` + owaSig + htmlQuote + `</body></html>`, true},
		{"classic Outlook, signature alone", sig + quote, `<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class=WordSection1><p class=MsoNormal><o:p>&nbsp;</o:p></p>` + wordSig + htmlQuote + `</div></body></html>`, true},
		// guards: a word typed above the mark is the reply
		{"new Outlook, typed above", "C'est bon, merci.\r\n\r\n" + sig + quote, `<html><body><div>C'est bon, merci.</div>` + owaSig + htmlQuote + `</body></html>`, false},
		{"classic Outlook, typed above", "Reçu.\r\n\r\n" + sig + quote, `<html><body><p class=MsoNormal>Reçu.</p>` + wordSig + htmlQuote + `</body></html>`, false},
		{"no mark", sig + quote, `<html><body><p>Françoise Lefèvre</p><p>Responsable de la gestion des achats et marchés</p><p>Mairie de Saint-Aubin</p>` + htmlQuote + `</body></html>`, false},
	} {
		m, err := Parse(mail(tt.plain, tt.html), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := strings.TrimSpace(m.Visible) == ""; got != tt.empty || m.QuotedOnly != tt.empty {
			t.Errorf("%s: visible %q, quoted only %v; want empty %v", tt.name, m.Visible, m.QuotedOnly, tt.empty)
		}
	}
}

// TestColourAnswersBetweenTheLines: a writer who says they answer within
// the mail without naming a colour ("Je vous réponds entre les lignes",
// "Ich antworte zwischen den Zeilen") and types each answer in colour
// under a question of the quoted mail has those answers read from the
// HTML; coloured lines under no question (the quoted sender's own
// colours) are not taken on such a word.
func TestColourAnswersBetweenTheLines(t *testing.T) {
	mail := func(top, first, second string) string {
		html := `<div><p>` + top + `</p><p>Claire</p></div>` +
			`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>De :</b> Acme Support<br><b>Envoyé :</b> lundi<br><b>Objet :</b> RE: compteurs</p></div>` +
			`<p>` + first + `</p><p><b><span style="color:#2E75B6">Quarante-deux.</span></b></p>` +
			`<p>` + second + `</p><p><span style="color:#2E75B6">Le mardi matin.</span></p><p>Acme Support</p>`
		text := top + "\n\nClaire\n\nDe : Acme Support\nEnvoyé : lundi\nObjet : RE: compteurs\n\n" + first + "\nQuarante-deux.\n\n" + second + "\nLe mardi matin.\n\nAcme Support\n"
		return "From: c@x.example\r\nTo: support@acme.example\r\nSubject: RE: compteurs\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n"
	}
	checkParsedVisible(t, "French, between the lines", mail("Bonjour, je vous réponds entre les lignes.", "1. Combien de compteurs ?", "2. Quel jour passer ?"),
		"Bonjour, je vous réponds entre les lignes.\n\nClaire\n\nQuarante-deux.\n\nLe mardi matin.")
	checkParsedVisible(t, "German, between the lines", mail("Hallo, ich antworte Ihnen zwischen den Zeilen.", "1. Wie viele Zähler?", "2. Welcher Tag?"),
		"Hallo, ich antworte Ihnen zwischen den Zeilen.\n\nClaire\n\nQuarante-deux.\n\nLe mardi matin.")
	checkParsedVisible(t, "Italian, between the lines", mail("Buongiorno, rispondo tra le righe.", "1. Quanti contatori?", "2. Quale giorno?"),
		"Buongiorno, rispondo tra le righe.\n\nClaire\n\nQuarante-deux.\n\nLe mardi matin.")
	// The same words over coloured lines that answer no question: the
	// colour may be the quoted sender's own, so the text part is read.
	checkParsedVisible(t, "no question above the colour", mail("Bonjour, je vous réponds entre les lignes.", "Nous passerons relever les compteurs.", "Merci de laisser l'accès libre."),
		"Bonjour, je vous réponds entre les lignes.\n\nClaire")
	// Answers marked in the text part ("=> …") and in no colour in the
	// HTML are read from the text part as before.
	marked := "From: c@x.example\r\nTo: support@acme.example\r\nSubject: RE: meters\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Sam,\n\nAnswers inline below, marked with =>.\n\nClaire\n\nFrom: Acme Support\nSent: Monday\nSubject: meters\n\n1. How many meters?\n=> Forty-two.\n\nAcme Support\n" +
		"\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		`<p>Hi Sam,</p><p>Answers inline below, marked with =&gt;.</p><p>Claire</p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Acme Support<br><b>Sent:</b> Monday<br><b>Subject:</b> meters</p></div><p>1. How many meters?</p><p>=&gt; Forty-two.</p><p>Acme Support</p>` +
		"\r\n--b--\r\n"
	checkParsedVisible(t, "answers marked in the text part", marked, "Hi Sam,\n\nAnswers inline below, marked with =>.\n\nClaire\n\n=> Forty-two.")
}
