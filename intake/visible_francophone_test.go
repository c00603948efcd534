package intake

import (
	"strings"
	"testing"
)

// TestFrenchFootersApart: what replies/stranger63 (France, Québec,
// Romandie, Belgium, Luxembourg, West and North Africa) found missing
// below the signature. French mail servers append the plea "Afin de
// contribuer au respect de l'environnement, merci de n'imprimer ce
// courriel qu'en cas de nécessité." (and its forms "Préservons
// l'environnement : n'imprimez ce message que si nécessaire", "Merci de
// penser à l'environnement …"), also under a mail forwarded without a
// comment; and a French company's legal line opens with its capital and
// its RCS registration ("… SAS – capital de 10 000 € – RCS Lyon B 812 345
// 678 – Ce message est confidentiel …"). A writer's own sentence on
// either stays.
func TestFrenchFootersApart(t *testing.T) {
	const text = "Bonjour,\n\nLe nouveau module fonctionne.\n\nCordialement,\n\nAnne Lefèvre\nService informatique\nTél. : 04 99 00 11 22"
	const history = "\n\n________________________________\nDe : Acme Support <support@acme.example>\nEnvoyé : lundi 6 octobre 2025 09:47\nÀ : Anne Lefèvre <a.lefevre@x.example>\nObjet : Module\n\nBonjour,\n"
	checkVisibleForms(t, []formCase{
		{"the plea for the environment", text + "\n\nAfin de contribuer au respect de l'environnement, merci de n'imprimer ce courriel qu'en cas de nécessité." + history, text, false, false},
		{"the plea to print only if needed", text + "\n\nPréservons l'environnement : n'imprimez ce message que si nécessaire." + history, text, false, false},
		{"the plea to think of it", text + "\n\nMerci de penser à l'environnement avant d'imprimer ce courriel." + history, text, false, false},
		{"the plea under a mail forwarded without a comment", "\n\n-------- Message transféré --------\nSujet : \tModule\nDate : \tThu, 9 Oct 2025 16:05:31 +0200\nDe : \tAnne Lefèvre <a.lefevre@x.example>\nPour : \tsupport@acme.example\n\n\n\n" + text + "\n\nAfin de contribuer au respect de l'environnement, merci de n'imprimer ce courriel qu'en cas de nécessité.\n", text, false, true},
		{"the company's capital and RCS over its notice", text + "\n\nDupont Informatique SARL – capital de 10 000 € – RCS Lyon B 812 345 678 – Ce message et ses pièces jointes sont confidentiels." + history, text, false, false},
		{"the writer's sentence on printing", text + "\n\nMerci de n'imprimer ce courriel qu'après la réunion de jeudi, les chiffres vont changer." + history, text + "\n\nMerci de n'imprimer ce courriel qu'après la réunion de jeudi, les chiffres vont changer.", false, false},
		{"the writer's sentence on the company's capital", text + "\n\nLa société a porté son capital de 10 000 € à 50 000 € en mars, le RCS Lyon est à jour." + history, text + "\n\nLa société a porté son capital de 10 000 € à 50 000 € en mars, le RCS Lyon est à jour.", false, false},
	})
}

// TestGLPISolutionNotification: GLPI's notification of a solution
// (replies/stranger63) writes no follow-up's author line: the solution's
// text follows its type field ("Type de solution : Correctif éditeur")
// under its label, "Solution : Bonjour, …" as GLPI's own template has it
// or "Description de la solution :" on a line of its own, and the
// ticket's description below it ("Description du ticket :") is history.
func TestGLPISolutionNotification(t *testing.T) {
	const top = "=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\nPour répondre par courriel, écrivez au-dessus de cette ligne\n=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n\n" +
		"URL : https://glpi.x.example/index.php?redirect=ticket_2716\n\nTicket : Solution ajoutée\n\nTitre : Synchronisation des agendas\nDemandeur : Anne Lefèvre\nStatut : Résolu\n\nSolution\nType de solution : Paramétrage\n"
	const solution = "Bonjour,\n\nLe fuseau horaire du serveur est corrigé, les agendas se synchronisent.\n\nNicolas Garnier"
	const below = "\n\nDescription du ticket :\nLes agendas ne se synchronisent plus depuis lundi.\n\n=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=_=\nGénéré automatiquement par GLPI 10.0.16\n"
	checkVisible(t, []bodyCase{
		{"its label on a line of its own", top + "Description de la solution :\n" + solution + below, solution},
		{"GLPI's own label before the first line", top + "Solution : " + solution + below, solution},
	})
}

// TestClientSignatureOnlyFrenchTitle: a reply with nothing typed holds the
// signature Outlook put above the mail answered (replies/stranger63), and
// a French, Spanish or Italian title writes its words after the first in
// lower case: "Directrice générale des services", "Responsable du service
// informatique". A line below the name in lower case is typed text.
func TestClientSignatureOnlyFrenchTitle(t *testing.T) {
	const history = "\r\n\r\n________________________________\r\nDe : Acme Support <support@acme.example>\r\nEnvoyé : mercredi 22 octobre 2025 15:30\r\nÀ : Hélène Marchand <h.marchand@x.example>\r\nObjet : Enquête\r\n\r\nBonjour Madame Marchand,\r\n"
	for _, tt := range []struct{ name, body, want string }{
		{"the signature alone", "\r\n\r\nHélène Marchand\r\nResponsable du service informatique\r\nMairie de Val-Fleuri\r\n04 99 00 36 90", ""},
		{"a word typed below the name", "Hélène Marchand\r\nbien reçu", "Hélène Marchand\nbien reçu"},
	} {
		raw := "From: =?utf-8?q?H=C3=A9l=C3=A8ne_Marchand?= <h.marchand@x.example>\r\nTo: support@acme.example\r\nSubject: RE: Enquête\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + tt.body + history
		m, err := Parse([]byte(raw), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if m.Visible != tt.want || m.QuotedOnly != (tt.want == "") {
			t.Errorf("%s: Visible = %q (quoted only %v), want %q", tt.name, m.Visible, m.QuotedOnly, tt.want)
		}
		// The body alone: the signature opens with the name the mail
		// answered was sent to.
		if v := visibleText(strings.ReplaceAll(tt.body+history, "\r\n", "\n"), false); v.text != tt.want || v.quotedOnly != (tt.want == "") {
			t.Errorf("%s, body alone: %q (quoted only %v), want %q", tt.name, v.text, v.quotedOnly, tt.want)
		}
	}
}
