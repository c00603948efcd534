package classify

import "testing"

// TestCompose checks that the composer reads scope, function and state
// from the clause, whatever the words around them, and that a question,
// a supposition, a denial or a part of the users keeps it silent.
func TestCompose(t *testing.T) {
	for _, tt := range []struct {
		subject, body, want string // want: the kind, "" for none
	}{
		{"Access", "Since 08:15 no user in our organisation has been able to access your platform.", "outage"},
		{"Branches", "None of our 6 branches can log in since this morning.", "outage"},
		{"login", "From this morning all of our employees can not login to the system.", "outage"},
		{"Portal", "Every user at the client gets a 503 Service Unavailable page when they open the portal.", "outage"},
		{"Results", "The potassium values shown against the patient record belong to a different sample.", "mixed"},
		{"Webhooks", "The payloads include names and emails of people who are not our customers.", "mixed"},
		{"Sync", "38,412 of our 61,000 contact records have email = null after your sync.", "data"},
		{"Files", "All of the attachments uploaded before 3 November now open as blank files.", "data"},
		{"Link", "The folder of signed client letters opened straight away without asking for a password.", "exposed"},
		{"Payouts", "Our payouts have not arrived since 23 November.", "payments"},
		{"Online payments", "Our customers haven't been able to pay online since yesterday afternoon.", "payments"},
		// the same compositions in the other languages of the sets
		{"piattaforma giù", "Piattaforma giù in tutti i negozi, errore 500 anche da admin.", "outage"},
		{"Kassa", "Alle kassa's in onze winkels werken niet sinds vanochtend.", "outage"},
		{"Plattform", "Die Plattform ist in allen Filialen nicht erreichbar.", "outage"},
		{"Checkout", "Da circa le 10:00 il checkout rifiuta tutti i pagamenti con carta.", "payments"},
		{"Pagos", "Desde esta mañana los pagos con tarjeta fallan en todas las tiendas.", "payments"},
		{"Metingen", "Vanochtend zie ik dat alle 1.800 metingen van vorige week ontbreken.", "data"},
		{"Klantgegevens", "Wij kunnen klantgegevens van een ander bedrijf zien in de app.", "mixed"},
		{"Accès", "Depuis 9h40, aucun de nos douze collaborateurs ne parvient à se connecter à la plateforme.", "outage"},
		{"Nessuno", "Da stamattina nessuno riesce ad accedere alla piattaforma.", "outage"},
		{"Report", "Il PDF contiene le spese di un'altra azienda, con nomi dei dipendenti.", "mixed"},
		{"Import", "Import z ERP pomieszał dane kontaktowe naszych klientów.", "mixed"},
		{"Nikdo", "Od 7:15 se nikdo z nás nemůže přihlásit do portálu.", "outage"},
		{"Ingen", "Ingen av oss kan logge inn i portalen siden i morges.", "outage"},
		{"Systemet", "Alle brugere: systemet virker ikke.", "outage"},
		{"Tornelli", "Nessun badge viene accettato dai tornelli della reception.", "outage"},
		{"Kundedata", "Alle kundedata er væk efter opdateringen.", "data"},
		{"Programmer", "Alle vandingsprogrammer og gødningsrecepter er væk.", "data"},
		{"Poort", "Niemand kan inchecken aan de poort, op alle werven.", "outage"},
		{"Dagrapporten", "Alle dagrapporten en foto's van de werf zijn verdwenen.", "data"},
		{"Kontrakter", "Forkerte restværdier og ydelser på alle aktive kontrakter efter natkørslen.", "corrupt"},
		{"Denied abroad", "Nessuno dei nostri dati è sparito, tutto funziona.", ""},
		{"Asked abroad", "Se la piattaforma è giù in tutti i negozi, cosa dobbiamo fare?", ""},
		// things that do the business's work, named as its people name them
		{"Front doors", "None of the staff badges open the front doors this morning.", "outage"},
		{"Scanners", "None of the handheld scanners in the warehouse connect since the update.", "outage"},
		{"Kitchen", "None of the kitchen printers are getting orders from the tills.", "business"},
		{"Lifts", "All lifts in the tower show out of service in the app.", "outage"},
		{"Panels", "The alarm panel shows offline for all three buildings since midnight.", "outage"},
		{"Check-in", "Check-in at all our hotels is impossible since the morning.", "outage"},
		{"Gates", "The gates reject every ticket at the stadium.", "outage"},
		{"Cards", "The terminals decline every card since noon.", "payments"},
		{"Prices", "The nightly export wrote zeros into every price for 9,000 products.", "corrupt"},
		{"Tills", "Tills in all stores keep restarting.", "outage"},
		{"Staff", "None of our staff work on Sundays.", ""},
		{"Holiday", "All our offices are closed on Friday for the holiday.", ""},
		{"Our rule", "We decline all cards from outside the EU on purpose.", ""},
		{"Subset", "The gates reject every ticket that was already scanned.", ""},
		{"Hanging up", "Callers are hanging up at all 6 of our hospitals before it answers.", ""},
		// intent and scope keep it silent
		{"Question", "Would anyone be able to log in if the platform were down?", ""},
		{"Hypothetical", "If nobody can log in, what should we do?", ""},
		{"Denied", "No data was lost and no records were deleted.", ""},
		{"Partial", "Only some users cannot log in.", ""},
		{"Some pay", "Some customers cannot pay.", ""},
		{"Habit", "Normally when a renewal charge fails you retry it.", ""},
		{"Report empty", "All reports are empty for all users.", ""},
		{"Fine", "Everyone can log in fine.", ""},
	} {
		got := ""
		if fs := compose(tt.subject, tt.body); len(fs) > 0 {
			got = fs[0].kind
			f := fs[0]
			src := tt.body
			if f.field == FieldSubject {
				src = tt.subject
			}
			if src[f.off:f.off+len(f.match)] != f.match {
				t.Errorf("compose(%q): match %q is not at offset %d", tt.body, f.match, f.off)
			}
		}
		if got != tt.want {
			t.Errorf("compose(%q, %q) = %q, want %q", tt.subject, tt.body, got, tt.want)
		}
	}
}

// TestThanksRecovered checks the thank-you reader: thanks that is the
// mail's purpose, beside words that things work again, settle a mail; a
// sign-off or a live word does not.
func TestThanksRecovered(t *testing.T) {
	for _, tt := range []struct {
		subject, body string
		want          bool
	}{
		{"Incident over - thanks", "Everything's back for us. Thanks for the updates during the outage.", true},
		{"Merci", "Just a short mot to say merci. Tout fonctionne normalement aujourd'hui.", true},
		{"Assign to me", "The shortcut does nothing in Firefox. Using the dropdown works fine.\n\nThanks ever so much,\nNat", false},
		{"Thanks", "Thanks for the fix. Unfortunately it is down again.", false},
	} {
		if _, got := thanksRecovered(tt.subject, tt.body); got != tt.want {
			t.Errorf("thanksRecovered(%q, %q) = %v, want %v", tt.subject, tt.body, got, tt.want)
		}
	}
}

// TestMayBeFine checks the cheap test before a clause is folded: a key
// word in any ASCII case, or spelled with a letter that folds to its
// (the Kelvin sign folds to k), is found; other words are not.
func TestMayBeFine(t *testing.T) {
	for s, want := range map[string]bool{
		"login works again for": true, "all FINE here": true, "Resolved, everyone": true,
		"it is O\u212A for": true, "nothing works for": false, "the oak and the fin": false, "": false,
	} {
		if got := mayBeFine(s); got != want {
			t.Errorf("mayBeFine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestChoreDenied checks that work the writer says is not done by hand
// ("we can't produce the file by hand", "I did not try to change the
// token by hand") is no chore, however far the denial stands from "by
// hand" in its clause; both denied cases were chores before.
func TestChoreDenied(t *testing.T) {
	for _, tt := range []struct {
		body string
		want bool
	}{
		{"We key the payments into the bank portal by hand.", true},
		{"We can't produce the file by hand.", false},
		{"We cannot key these payments into the bank portal by hand.", false},
		{"I did not try to change the token by hand.", false},
	} {
		got := false
		for _, c := range clauses(FieldBody, tt.body, nil) {
			if from, _ := choreIn(c.line()); from >= 0 {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("chore in %q = %v, want %v", tt.body, got, tt.want)
		}
	}
}
