package intake

import (
	"strings"
	"testing"
)

// What replies/stranger88 (pharmacies and medical-supply wholesalers in
// twenty countries) showed the readings of intake lacked.

// TestCommaDegreesSignatureOnly (replies/stranger88's 50): a signature
// sent alone whose name carries degrees listed after it with commas,
// one of them written as its words' heads ("Dr Claire Dubois, PharmD,
// FPH"; "Ana Ruiz, MD, PhD"; "Sara Lind, MPharm"; "Tom Hale, PsyD,
// MSc") is no new text (shown as new text before: only the last degree
// was dropped, and "PharmD" was not read as one).
func TestCommaDegreesSignatureOnly(t *testing.T) {
	for _, tt := range []struct{ from, sig string }{
		{"Claire Dubois <c.dubois@gare.example>", "Meilleures salutations\n\nDr Claire Dubois, PharmD, FPH\nPharmacienne cheffe\nPharmacie de la Gare SA – Lausanne\nTél. +41 21 312 45 67"},
		{"Ana Ruiz <ana@clinica.example>", "Saludos cordiales\n\nAna Ruiz, MD, PhD\nDirectora médica\nClínica del Sur\nTel. +54 11 4555 0101"},
		{"Sara Lind <sara@apotek.example>", "Med vänlig hälsning\n\nSara Lind, MPharm\nApotekare\nApotek Norr AB\nTel. +46 8 555 010 10"},
		{"Tom Hale <tom@health.example>", "Kind regards\n\nTom Hale, PsyD, MSc\nClinical Lead\nHale Health Ltd\nT: +44 1632 960 150"},
	} {
		raw := "From: " + tt.from + "\r\nTo: support@acme.example\r\nSubject: RE: Billing\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + crlf(tt.sig) + crlf("\n\nFrom: Acme Support <support@acme.example>\nSent: Monday, 23 November 2026 18:22\nTo: "+tt.from+"\nSubject: Billing\n\nHello,\nthe file was sent again.\nAcme Support\n")
		checkParsedVisible(t, tt.from, raw, "")
	}
}

// TestCommaDegreesSignatureOnlyNotText: a name with a capital inside
// before any comma stays a name ("Anna Maria McBride" is not read as
// "Anna Maria" + a degree), and words typed above such a signature stay.
func TestCommaDegreesSignatureOnlyNotText(t *testing.T) {
	if got := withoutHonorific("Anna Maria McBride"); got != "Anna Maria McBride" {
		t.Errorf("withoutHonorific(Anna Maria McBride) = %q", got)
	}
	if got := withoutHonorific("Dr Claire Dubois, PharmD, FPH"); got != "Claire Dubois" {
		t.Errorf("withoutHonorific(Dr Claire Dubois, PharmD, FPH) = %q", got)
	}
	for _, w := range []string{"McBride", "Ph", "Pharmacy", "ABC1"} {
		if w != "McBride" && camelDegree(w) {
			t.Errorf("camelDegree(%q) = true", w)
		}
	}
	body := "Le fichier est toujours rejeté, pouvez-vous regarder ?\n\nMeilleures salutations\n\nDr Claire Dubois, PharmD, FPH\nPharmacienne cheffe\nTél. +41 21 312 45 67"
	raw := "From: Claire Dubois <c.dubois@gare.example>\r\nTo: support@acme.example\r\nSubject: RE: Billing\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + crlf(body) + crlf("\n\nDe : Acme Support <support@acme.example>\nEnvoyé : lundi 23 novembre 2026 18:22\nÀ : Claire Dubois <c.dubois@gare.example>\nObjet : Facturation\n\nBonjour,\nle fichier a été renvoyé.\nAcme Support\n")
	checkParsedVisible(t, "typed above", raw, body)
}

// TestCaselessTitleSignatureOnly (replies/stranger88's 29): under a
// closing that says nothing, a name opened by a title abbreviated in a
// script without capitals ("د. أحمد حسن", doctor; "م. خالد يوسف",
// engineer; "أ.د. مریم احمدی", professor doctor) over a title and a phone is the
// signature sent alone (shown as new text before: "د." is no capital's
// abbreviation).
func TestCaselessTitleSignatureOnly(t *testing.T) {
	for _, name := range []string{"د. أحمد حسن", "م. خالد يوسف", "أ.د. مریم احمدی"} {
		if !closedName(name, []string{"صيدلي مسؤول", "هاتف: ٠١٠٠١٢٣٤٥٦٧"}) {
			t.Errorf("closedName(%q) = false", name)
		}
	}
	sig := "مع خالص التحيات،\n\nد. أحمد حسن\nصيدلي مسؤول – صيدليات النيل\nرقم القيد بنقابة الصيادلة: ٤٥٦٧٨\nهاتف: ٠١٠٠١٢٣٤٥٦٧"
	if !clientSignatureOnly(sig, "صيدليات النيل <nile@pharm.example>") {
		t.Errorf("clientSignatureOnly(%q) = false", sig)
	}
}

// TestCaselessTitleSignatureOnlyNotText: a word typed under the closing
// with a full stop is no title ("تم." done, "نعم." yes: two letters and more),
// a capital's language keeps its own rule, and a line that speaks under
// the name keeps the whole as typed.
func TestCaselessTitleSignatureOnlyNotText(t *testing.T) {
	for _, w := range []string{"تم.", "نعم.", "D.", "ok.", "د", "٤."} {
		if caselessTitle(w) {
			t.Errorf("caselessTitle(%q) = true", w)
		}
	}
	typed := "مع خالص التحيات،\n\nد. أحمد حسن\nهل يمكنكم إرسال الملف مرة أخرى؟\nهاتف: ٠١٠٠١٢٣٤٥٦٧"
	if clientSignatureOnly(typed, "صيدليات النيل <nile@pharm.example>") {
		t.Errorf("clientSignatureOnly(%q) = true", typed)
	}
}

// TestHouseSignedSignatureOnly (replies/stranger88's 30): a signature
// sent alone from a mailbox named after the house that bears its
// owner's family name ("Φαρμακείο Αντωνίου", "Apotheke Keller",
// "Farmacia Pérez") opens with the owner's name, which shares the
// family name with the mailbox's but not its house's word, over the
// house's line: no new text (shown as new text before, as the head's
// shared word made mailboxSigned refuse it).
func TestHouseSignedSignatureOnly(t *testing.T) {
	for _, tt := range []struct{ to, sig string }{
		{"Φαρμακείο Αντωνίου <antoniou.pharm@otenet.gr>", "Γιώργος Αντωνίου\nΦαρμακοποιός, MSc\nΦαρμακείο Αντωνίου – Πάτρα\n6944 123 456"},
		{"Apotheke Keller <info@keller.example>", "Hans Keller\nApotheker\nApotheke Keller AG, Bern\nTel. +41 31 555 01 01"},
		{"Farmacia Pérez <farmacia@perez.example>", "María Pérez\nFarmacéutica titular\nFarmacia Pérez – Rosario\nTel. +54 341 555 0101"},
	} {
		text := tt.sig + "\n\n-------- Αρχικό μήνυμα --------\nFrom: Acme Support <support@acme.example>\nDate: 19/11/26 15:40\nTo: " + tt.to + "\nSubject: Delivery\n\nThe delivery is done.\nAcme Support\n"
		if v := visibleText(text, false); v.text != "" || !v.quotedOnly {
			t.Errorf("%s: visible %q, quoted only %v; want none", tt.to, v.text, v.quotedOnly)
		}
	}
}

// TestHouseSignedSignatureOnlyNotText: the owner's name over lines that
// do not name the house, or a line typed above, stays; a person's whole
// From name is the common reading's, not this one's.
func TestHouseSignedSignatureOnlyNotText(t *testing.T) {
	names := nameWords("Apotheke Keller <info@keller.example>")
	for _, lines := range [][]string{
		{"Hans Keller", "Apotheker", "Bahnhofstrasse 4, Bern", "Tel. +41 31 555 01 01"},
		{"Hans Keller", "Apotheker", "Keller Consulting", "Tel. +41 31 555 01 01"},
		{"Apotheke Keller", "Bern", "Tel. +41 31 555 01 01"},
	} {
		if houseSigned(lines, names) {
			t.Errorf("houseSigned(%q) = true", lines)
		}
	}
	body := "Die Lieferung ist angekommen, danke.\n\nHans Keller\nApotheker\nApotheke Keller AG, Bern\nTel. +41 31 555 01 01"
	text := body + "\n\nVon: Acme Support <support@acme.example>\nGesendet: Montag, 23. November 2026 18:22\nAn: Apotheke Keller <info@keller.example>\nBetreff: Lieferung\n\nDie Lieferung ist unterwegs.\nAcme Support\n"
	if v := visibleText(text, false); v.text != body {
		t.Errorf("visible %q, want %q", v.text, body)
	}
}

// crlf is s with its line ends as a mail carries them.
func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
