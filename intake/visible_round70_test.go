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
