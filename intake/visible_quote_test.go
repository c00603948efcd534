package intake

import "testing"

// TestSentAttribution: "On <date>, <name> sent:" is an attribution with an
// address, or with a year and a time before the comma (replies/stranger53's
// webmail, no address); prose ending in "sent:" is not.
func TestSentAttribution(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"On 4 March 2025 10:12, Acme Support sent:", true},
		{"On Tue, 3 Mar 2026 at 10:07, Dana Reyes <dana@acme.example> sent:", true},
		{"On March 4, 2025 at 10:12 AM, Acme Support sent:", true},
		{"On Monday we sent:", false},
		{"On Monday at 10:12 this is what we sent:", false},
	} {
		if got := isQuoteHeader(c.line); got != c.want {
			t.Errorf("isQuoteHeader(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestServiceNowAuthorWithoutParentheses: ServiceNow's HTML notification
// puts no-break spaces where its plain text puts parentheses around the
// comment's kind (replies/stranger54): both open a comment; a line of
// prose with a date does not.
func TestServiceNowAuthorWithoutParentheses(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"2025-03-10 09:45:51 CDT - Tom Becker\u00a0\u00a0\u00a0 Additional comments", true},
		{"2025-03-10 09:45:51 CDT - Tom Becker    Additional comments", true},
		{"2024-03-05 10:12:33 CET - Priya Nair (Additional comments)", true},
		{"2025-03-10 09:45:51 CDT - we saw the job fail again, see comments", false},
	} {
		if got := isCommentAuthor(c.line); got != c.want {
			t.Errorf("isCommentAuthor(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestRegisterParagraphAboveBoard: a company's register paragraph is
// dropped and its managing board's paragraph ("Geschäftsführer: …",
// "Vorstand: …") kept in whichever order they stand (replies/stranger55):
// the register paragraph above the board's goes without taking the
// board's with it, and a notice or history below is cut as before.
func TestRegisterParagraphAboveBoard(t *testing.T) {
	const sig = "Hallo Frau Neumann,\n\nder Upload bricht bei 99 % ab.\n\nFreundliche Grüße\n\nMartin Schäfer\nRheinwerk Druck GmbH\nTel. +49 221 5555 0193"
	const register = "\n\nRheinwerk Druck GmbH | Sitz: Köln | Amtsgericht Köln HRB 98765 | USt-IdNr. DE 123 456 789"
	const notice = "\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n"
	const history = "\n\n-----Ursprüngliche Nachricht-----\nVon: Acme Support <support@acme.example>\nGesendet: Freitag, 2. Oktober 2026 09:12\nAn: Martin Schäfer\nBetreff: Upload\n\nHallo Herr Schäfer,\n"
	for _, c := range []struct {
		name, body, want string
	}{
		{"register, board, notice", sig + register + "\n\nGeschäftsführer: Andreas Roth" + notice, sig + "\n\nGeschäftsführer: Andreas Roth"},
		{"register, board of two lines, history", sig + register + "\n\nVorstand: Dr. Martina Huber (Vorsitzende), Florian Gruber\nAufsichtsratsvorsitzender: Prof. Dr. Karl Weiß" + history,
			sig + "\n\nVorstand: Dr. Martina Huber (Vorsitzende), Florian Gruber\nAufsichtsratsvorsitzender: Prof. Dr. Karl Weiß"},
		{"board, register, notice", sig + "\n\nGeschäftsführer: Andreas Roth" + register + notice, sig + "\n\nGeschäftsführer: Andreas Roth"},
		{"board inside the register paragraph goes with it", sig + register + "\nGeschäftsführer: Andreas Roth" + notice, sig},
		{"notice, then the board", sig + notice + "\nGeschäftsführer: Andreas Roth\n", sig + "\n\nGeschäftsführer: Andreas Roth"},
	} {
		if got := VisibleText(c.body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestRegisterAndDataProtectionNotices: a Dutch register paragraph named
// by its KvK number, standing apart below the signature, is a footer; a
// KvK line inside the signature is the signature's. A notice headed by
// the data protection it informs of is a notice when it speaks as one
// (replies/stranger55); the writer's paragraph on data protection is not.
func TestRegisterAndDataProtectionNotices(t *testing.T) {
	const nl = "Hoi Sanne,\n\nDe werkbonnen staan er nog steeds niet in.\n\nGroet,\n\nBram Jansen\nHofstede Installatietechniek B.V.\nT 030 555 0178"
	const es = "Buenos días, Sofía:\n\nQueda pendiente lo de las bajas por IT.\n\nSaludos cordiales,\n\nElena Navarro Gil\nHoteles Mirador del Sur, S.A."
	for _, c := range []struct {
		name, body, want string
	}{
		{"KvK paragraph standing apart", nl + "\n\nHofstede Installatietechniek B.V. | Kanaalweg 22, 3526 KL Utrecht | KvK 61234567 | BTW NL861234567B01\n", nl},
		{"KvK line in the signature", nl + "\nKvK 61234567 | BTW NL861234567B01\n", nl + "\nKvK 61234567 | BTW NL861234567B01"},
		{"data protection heading over a notice", es + "\n\nINFORMACIÓN BÁSICA SOBRE PROTECCIÓN DE DATOS: Responsable: Hoteles Mirador del Sur, S.A. Finalidad: gestionar la relación comercial. Este mensaje es confidencial; si lo ha recibido por error, le rogamos que lo elimine.\n", es},
		{"German data protection heading over a notice", "Danke, läuft wieder.\n\nJan\n\nDatenschutzhinweis: Diese Nachricht ist vertraulich. Wenn Sie nicht der richtige Adressat sind, löschen Sie sie bitte.\n", "Danke, läuft wieder.\n\nJan"},
		{"the writer's own question on data protection", es + "\n\nProtección de datos: ¿nos podéis mandar el contrato de encargado del tratamiento?\n",
			es + "\n\nProtección de datos: ¿nos podéis mandar el contrato de encargado del tratamiento?"},
	} {
		if got := VisibleText(c.body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestArrowNamedInWords: answers typed into Outlook's mail below its
// header block, announced with their arrow named in words ("met een
// pijltje ervoor", replies/stranger55): the lines the typed arrow opens
// are the answers, the rest is the mail answered. Without the arrow
// named, arrows in the mail are no mark (its answers are kept with it).
func TestArrowNamedInWords(t *testing.T) {
	const header = "\n\n________________________________\nVan: Sanne de Vries <support@acme.example>\nVerzonden: donderdag 29 oktober 2026 10:04\nAan: Pieter Mulder <pieter@mulderbouw.example>\nOnderwerp: Re: Offertes\n\nHoi Pieter,\n\n1. Gaat het om alle offertes?\n-> Alleen met een bijlage.\n\n2. Sinds wanneer speelt dit?\n-> Sinds maandag.\n\nMet vriendelijke groet,\nSanne de Vries\n"
	for _, c := range []struct {
		name, body, want string
	}{
		{"Dutch", "Hoi Sanne,\n\nZie mijn antwoorden hieronder, met een pijltje ervoor.\n\nPieter" + header,
			"Hoi Sanne,\n\nZie mijn antwoorden hieronder, met een pijltje ervoor.\n\nPieter\n\n-> Alleen met een bijlage.\n\n-> Sinds maandag."},
		{"English", "Hi Sanne,\n\nMy answers are below, each with an arrow in front.\n\nPieter" + header,
			"Hi Sanne,\n\nMy answers are below, each with an arrow in front.\n\nPieter\n\n-> Alleen met een bijlage.\n\n-> Sinds maandag."},
		{"no arrow named", "Hoi Sanne,\n\nZie mijn antwoorden hieronder.\n\nPieter" + header,
			"Hoi Sanne,\n\nZie mijn antwoorden hieronder.\n\nPieter\n\nHoi Pieter,\n\n1. Gaat het om alle offertes?\n-> Alleen met een bijlage.\n\n2. Sinds wanneer speelt dit?\n-> Sinds maandag.\n\nMet vriendelijke groet,\nSanne de Vries"},
	} {
		if got := VisibleText(c.body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestSignatureBoxClosingRule: a signature drawn between two like rules,
// as Japanese signatures are (replies/stranger55, stranger14, stranger35),
// keeps its closing rule above the history; a rule that closes nothing,
// or Outlook's rule of underscores, goes.
func TestSignatureBoxClosingRule(t *testing.T) {
	const text = "田中様\n\n至急ご確認をお願いいたします。\n\n"
	const box = "――――――――――――――――――――\n株式会社ハナミズキ\n総務部　小林 真理\nTEL: 03-5555-0147\n――――――――――――――――――――"
	const history = "\n\n-----Original Message-----\nFrom: 田中 博 <support@acme.example>\nSent: Monday, October 26, 2026 4:12 PM\nSubject: RE: 打刻データ\n\n小林様\n"
	for _, c := range []struct {
		name, body, want string
	}{
		{"box above the history", text + box + history, text + box},
		{"box at the end", text + box + "\n", text + box},
		{"a rule below the text, closing nothing", text + "株式会社ハナミズキ\n――――――――――――――――――――" + history, text + "株式会社ハナミズキ"},
		{"rules that differ", text + "――――――――――\n株式会社ハナミズキ\n----------" + history, text + "――――――――――\n株式会社ハナミズキ"},
		{"underscores", text + "________________________________\n株式会社ハナミズキ\n________________________________\nFrom: 田中 博 <support@acme.example>\nSent: Monday, October 26, 2026 4:12 PM\nSubject: RE: 打刻データ\n\n小林様\n", text + "________________________________\n株式会社ハナミズキ"},
	} {
		if got := VisibleText(c.body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
