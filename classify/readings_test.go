package classify

import (
	"strings"
	"testing"
)

// TestPrecaution checks the reading of a writer who says nothing has
// happened to them and asks about a threat: another firm's breach in the
// news, a published vulnerability, what to do if an account is hacked, a
// supplier questionnaire (P4, the protocol's general question); and the
// mails beside it that stay P1 because the writer reports an event of
// their own, says it is live, or reports what is not a security word.
func TestPrecaution(t *testing.T) {
	tests := []levelCase{
		{P4, "that hack on the news - are we ok??", "My boss saw something on the BBC about a software company for estate agents getting hacked and all the customer data being leaked. Everything's working fine our end, nothing weird at all. Just want to tell him we're ok."},
		{P4, "Query - publicly reported vulnerability CVE-2026-41877", "Could you confirm whether the platform is affected by the remote code execution vulnerability reported in the press this week? We have no indication of any compromise or unusual activity on our account; this is a precautionary enquiry for our risk register."},
		{P4, "What do we do if an account gets hacked?", "Nothing has happened - I just want the right steps in our handbook. If we think an account has been compromised, how does an admin log them out of all sessions?"},
		{P4, "Assurance regarding ransomware reports", "You will have seen the reports of a ransomware attack on another supplier. To be clear, this is not prompted by any problem with our own account. Could you set out how our data is protected?"},
		{P4, "FW: Notes from the March outage - BCP review", "I'm reviewing our business continuity plan and came across the notes below from the outage back in March (forwarded for context - no current problem, everything is working fine). Is the status page still the right place to check?\n\n-----Original Message-----\nFrom: Beatrix\nSent: 14 March 2026 09:55\nSubject: Notes from this morning's outage\n\nAll - system was completely down 07:30-10:10 today (cannot log in, 500 errors). Sites went to paper."},
		{P4, "Frage zum Meldeprozess bei Datenschutzverletzungen (Art. 33 DSGVO)", "Innerhalb welcher Frist informieren Sie uns über eine Datenpanne? Zur Klarstellung: Es liegt derzeit kein Vorfall vor."},
		// an outage named by a writer who only says things work is not
		// made the past by it
		{P1, "outage", "Everything is working fine on the website, but the outage of the app continues: nobody can log in on their phones."},
		{P4, "Questions for our DPIA", "A few questions. No issue behind these, just documentation: when we erase a member, how long until their data is gone from backups too?"},
		// an event of the writer's own, beside a statement that the rest is fine
		{P1, "Possible data leak?", "Our own stuff all looks normal, but I can see a folder of another company's payslips with their bank details."},
		{P1, "hacked", "Our admin account was hacked last night and the bank details were changed. Everything else looks normal."},
		// a live word: the threat is happening now
		{P1, "ransomware", "Nothing has happened to the backups yet but ransomware is still encrypting our files on the shared drive."},
		// a P1 that is no security word: an outage is not asked about
		{P1, "login", "Nothing looks wrong on our side, but nobody in the company can log in since 9."},
	}
	checkLevels(t, tests)
}

// TestSomeoneElsesRecordsShown checks the reading of records shown to the writer and
// said to be someone else's, whoever the other party is (P1), beside
// sentences that deny, ask, suppose or tell of news (not P1 by it).
func TestSomeoneElsesRecordsShown(t *testing.T) {
	tests := []levelCase{
		{P1, "contractor seeing other firms' jobs", "In his app he can see jobs that aren't his - other contractors' jobs, with tenant names and key safe codes."},
		{P1, "patient list", "The patient list is showing animals from another practice's records, with owner names and addresses."},
		{P1, "Notification", "A subscriber was shown the full name, postal address and subscription history of a different subscriber. We have reproduced this."},
		// denied, asked or supposed: not P1 (0)
		{0, "Question", "Can other tenants see my bank details? I want to know my account number is safe."},
		{0, "Thanks", "Since your fix our contractors can no longer see other firms' jobs. Thanks!"},
		{0, "Question", "If another company could see our records, how would we know?"},
		// an API hands back another party's records
		{P1, "GET /v3/policies returns other tenants' policies with reused page token", "When the page token is older than ten minutes, the response contains policies which are not ours."},
		// a comparison, not a party
		{0, "stock", "Two warehouses see different stock numbers for the same item since the sync."},
	}
	checkLevels(t, tests)
}

// TestStableSince checks that a writer who says the service has worked
// since the outage they claim a credit for, or ask about, settles it.
func TestStableSince(t *testing.T) {
	tests := []levelCase{
		{P4, "Service credit", "Our staff were unable to log in from 7:40 to 11:15 on 18 November. Service has been normal since late morning on the 18th. Please apply the credit to our December invoice."},
		{P4, "Outage report", "Thank you for the report on the outage of 26 November. Service has been entirely stable since. Could you explain the timeline in section 2?"},
		// what came after the calm is live
		{P1, "Down again", "Service has been normal since Monday, but since 9 this morning nobody in the company can log in."},
	}
	checkLevels(t, tests)
}

// TestDisownedByTheWriter checks that a writer who disowns a change to
// their data ("not by me", "I did not do this") reports unauthorised
// access (P1), while one who only says they changed nothing else does
// not make a fault a breach.
func TestDisownedByTheWriter(t *testing.T) {
	tests := []levelCase{
		{P1, "Bank details changed - not by me", "Last night I got an email saying my payout bank account has been updated. I did not do this. The account the rent is paid to has been changed to one I don't know."},
		{P1, "payout account", "Our payout bank details were changed last night, not by me or anyone here."},
		{P1, "bank details changed", "Got an email saying your bank details have been updated. I didn't change them and nobody else here has a login."},
		{0, "invoice totals", "I didn't change anything in the settings, but the invoice totals look off by a penny on two invoices."},
	}
	checkLevels(t, tests)
}

// TestMoneyTakenTwice checks that customers charged twice, many of them,
// stay P1 however the writer copes (refunding one by one is a remedy for
// harm done, not a workaround), and that one person charged twice does
// not page anyone.
func TestMoneyTakenTwice(t *testing.T) {
	tests := []levelCase{
		{P1, "tenants being charged twice for card payments today", "Since this morning 31 tenants have been charged twice for card payments on the portal. I'm refunding the duplicates one by one and we're keeping on top of it for now."},
		{0, "charged twice", "I was charged twice for my subscription this month, could you refund one of them please?"},
		{0, "Charged twice this month", "I've been charged twice for this month's subscription - two payments of $49.00 on 3 November. Could you refund the duplicate?"},
		// the writer charged, whatever else the mail counts ("Both say",
		// "everywhere") (hold-out 63)
		{0, "CHARGED TWICE - I WILL BE TAKING THIS FURTHER", "I have been charged TWICE for my October membership. Both say PulseFit membership on my bank statement. I will be leaving reviews everywhere."},
		// payers named in the plural are more than one person (hold-out 53)
		{P1, "Clienti addebitati due volte per ogni ordine", "Da ieri ogni cliente che paga con carta viene addebitato due volte. Sto rimborsando a mano la seconda transazione."},
		{P1, "customers charged twice", "3 tables tonight have shown me their banking app with two charges for the same bill. I've stopped taking cards on the handhelds."},
	}
	checkLevels(t, tests)
}

// TestCreditClaim checks that a service credit claimed for an outage told
// in the past is dissatisfaction requiring attention (P3), not an
// incident, while a claim beside a live problem or a threat to cancel
// keeps its P1.
func TestCreditClaim(t *testing.T) {
	tests := []levelCase{
		{P3, "Service credit claim - platform unavailability 3 November", "I refer to the platform unavailability on 3 November, during which our users were unable to log in between 01:40 and 04:55. Your status page recorded the incident as a major outage. We therefore claim the service credit under Schedule 4."},
		{P1, "Service credit - and it is down again", "We claim the service credit for the outage of 3 November. Unfortunately the platform is down again this morning and nobody can log in."},
		{P1, "Credit", "Unless the service credit for September's outages is applied by Friday, we will cancel the contract."},
	}
	checkLevels(t, tests)
}

// TestComposerFoldsAccents checks that the composer reads a clause's words
// folded as the rules read them: a class phrase written without accents
// ("donnees") and one written with them ("non émis") both match accented
// text.
func TestComposerFoldsAccents(t *testing.T) {
	for _, tc := range []struct{ text, kind string }{
		{"Les prélèvements SEPA du 5 novembre non émis", "payments"},
		{"Seit heute sind die Lastschriften nicht eingezogen worden", "payments"},
	} {
		found := false
		for _, c := range clauses(FieldBody, tc.text, nil) {
			if f, ok := composeClause(line{ws: c.words}); ok && f.kind == tc.kind {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s finding", tc.text, tc.kind)
		}
	}
}

// TestSettledElsewhere checks three readings of hold-outs 53-55: a
// settled phrase about another problem does not settle the one reported
// beside it; none of the card readers taking payment is a payment failure;
// "no lost orders" denies a loss and names no missing orders.
func TestSettledElsewhere(t *testing.T) {
	tests := []levelCase{
		{P1, "Site returning 502 Bad Gateway", "Since 8:50 our storefront is returning 502 Bad Gateway for most visitors and checkout times out at the payment step. This is a different problem from the discount issue overnight (that one is fixed now, thank you)."},
		{P4, "Re: login outage", "Since 8:50 nobody could log in. Update: it is fixed now, thank you!"},
		{P1, "card machines", "none of the card readers are taking payment since about 12.10. all 3 of them, it says host unavailable then declines."},
		{P4, "Re: [INC-21877] API errors", "Confirmed from our side - API healthy since 19:06, webhook backlog drained, and we've reconciled: no lost orders. You can close it."},
	}
	checkLevels(t, tests)
}

// levelCase is a mail and the level it must get; a want of 0 means any
// level but P1.
// TestOldIncidentAskedAbout checks that an outage the writer tells of as
// long over ("the outage from August, long since fixed") and asks a
// write-up of, or a thank-you that says nothing is needed, is no incident
// (P4); an outage told as live beside it still is. The P4 cases were P1
// before the reading.
func TestOldIncidentAskedAbout(t *testing.T) {
	checkLevels(t, []levelCase{
		{P4, "FW: RE: EVERYTHING IS DOWN - members can't get in!!!", "Digging this out of my inbox - it's the outage from August (long since fixed, thank you). I'm putting together my quarterly review for the board and would like the formal incident report you mentioned at the time. Could you send it over when you get a chance?"},
		{P4, "Re: last week's outage - THANK YOU", "I just wanted to say a proper thank you about the payments thing the other week. Every single person who wrote their name in the notebook came back and paid. One gentleman even paid twice by mistake. Anyway, nothing needed, everything is working beautifully."},
		{P1, "Outage", "Could you send the incident report from August? And since 9 this morning the whole platform is down: nobody can log in."},
		// "one more" that forwards another mail brings up no problem; "one
		// more thing" does
		{P4, "Fwd: outage credit?", "One more from Rick (below). Is there a credit for the outage on the 18th? We were down for the morning but it's been fine since.\n\n---------- Forwarded message ---------\nPaula, make sure we get credited for the morning they were down on the 18th. Whole office couldn't log in.\n\nRick"},
		{P1, "Thanks", "Thanks for the fix, all fine now. One more thing: since 9 this morning nobody in the company can log in."},
		{P4, "FW: FINAL NOTICE - service failures and contract termination", "Forwarding the note below for your files ahead of our quarterly review. For the avoidance of doubt, the issues it describes were resolved in early October and this is not a new escalation.\n\n---------- Forwarded message ---------\nFor the second day running, none of our 14 properties can log in to your platform. If service is not restored within four hours, we will terminate our agreement."},
	})
}

// TestCorruptionCounted checks the protocol's "data loss or corruption
// affecting customer records" when an import changed some dozens of
// counted records: tens are corruption as hundreds are (the P1 case was
// P3 before). A few records are not yet.
func TestCorruptionCounted(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "FW: Portugal employee records overwritten by Spain import", "We're handling it manually for now so no rush today.\n\nPablo ran the monthly employee data import for the Spain entity this morning. Afterwards 61 of our Portugal employees have Spanish data in their records: NIF replaced by the DNI of a Spanish employee."},
		{0, "Import", "Pablo ran the monthly employee data import this morning. Afterwards 3 of our employees have an empty phone field in their records."},
	})
}

// TestOtherLanguagesP1 checks P1s told in the other languages of the
// sets with the composer's classes in those languages and the rules'
// phrases (hold-outs 65-67: thirteen of their twenty missed P1s were not
// in English); each was P2-P4 before but the English card-payments case,
// which the composer's daily-flow reading already read as P1 (a guard for
// the rule added beside it).
func TestOtherLanguagesP1(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "piattaforma giù di nuovo", "Seconda volta in due settimane che non entra nessuno. Se entro oggi non è risolto disdiciamo il contratto."},
		{P1, "Checkout rifiuta tutti i pagamenti", "Da circa le 10:00 il checkout rifiuta tutti i pagamenti con carta. Nelle ultime due ore abbiamo zero ordini."},
		{P1, "gate 3 en 4 scannen niet", "Alle scanners op gate 3 en 4 geven geen verbinding met server. We laten mensen nu gewoon door."},
		{P1, "app laat tickets van ander festival zien", "Dus wij kunnen klantgegevens van een ander bedrijf zien en hun tickets komen bij ons binnen."},
		{P1, "Polissen van andere kantoren zichtbaar via link", "Een van onze medewerkers heeft via de deellink de polissen van andere kantoren kunnen openen: ze zijn zichtbaar voor iedereen met de link."},
		{P1, "Disposition", "Seit 6 Uhr: kein Login möglich. Bitte dringend prüfen."},
		{P1, "Accesos no autorizados a la consola de administración", "Hemos visto en el registro accesos no autorizados desde una IP de otro país."},
		{P1, "Re: [CD-48790] counters", "Still the same here since 9: no card payments possible."},
		// French with its elisions parted ("n'arrive" is "n arrive") and a
		// payment said as the transfer that brings it
		{P1, "Connexion", "Depuis 7h30, aucune de nous trois à l'accueil n'arrive à se connecter."},
		{P1, "Télétransmission", "Aucun virement de la caisse n'est arrivé depuis le 3 mars."},
		// French forms of someone else's records, suspicious access and
		// nothing left of the records
		{P1, "Portail", "En ouvrant la notification, ce sont les analyses de sang d'une autre personne."},
		{P1, "Dossier de Mme B.", "Dans le dossier de Mme B. figurent des antécédents qui ne sont pas les siens."},
		{P1, "Alerte", "Nous avons reçu une alerte cette nuit : connexions suspectes sur le compte de notre comptable."},
		{P1, "Compte", "Le journal montre une connexion depuis un appareil inconnu à 3h du matin."},
		{P1, "Agenda", "Je n'ai plus aucun rendez-vous dans mon agenda à partir de demain."},
		// no one has access ("no one has access"), also with the people
		// named between ("aucun des … ni … n'a accès")
		{P1, "Agenda", "Depuis ce matin personne n'a accès à l'agenda."},
		{P1, "Accès", "Depuis 8h, aucun des praticiens ni la secrétaire n'a accès aux dossiers."},
		// German records named as English names them, seen by the wrong
		// customer: "fremde Offerten", "fremde Angebote"
		{P1, "Portal", "Seit dem Update sieht ein Kunde im Portal plötzlich fremde Offerten mit Adresse und Betrag."},
		{P4, "Import", "Wie können wir fremde Angebote von Subunternehmern ins Programm importieren?"},
		{P4, "Danke", "Die fremden Angebote sind seit gestern nicht mehr zu sehen, es ist alles in Ordnung, danke."},
		// a question in those languages stays one
		{0, "Domanda", "Se la piattaforma è giù in tutti i negozi, cosa dobbiamo fare?"},
		{P4, "Registre", "Pour notre registre, pouvez-vous décrire ce qui se passerait si nous subissions une fuite de données ? Il ne s'est rien passé."},
		{P4, "Fournisseur", "Nous changeons de fournisseur internet vendredi. Je veux juste savoir s'il faut prévoir une coupure."},
		{P4, "Merci", "Je n'ai plus aucun problème depuis la mise à jour, merci."},
		{0, "Question", "Comment ajouter une autre personne à notre compte ?"},
		{0, "Question", "Comment transférer un rendez-vous à un autre patient ?"},
		{P4, "Question accès", "Est-il normal que le stagiaire n'a plus accès aux dossiers après son départ ? Merci"},
		{0, "Question", "Si personne ne peut se connecter, que devons-nous faire ?"},
		{P4, "Merci", "Ce matin aucune de nous n'arrivait à se connecter, c'est rétabli depuis 10h, merci beaucoup."},
		// Spanish: a day's flow in the singular ("ningún pedido"), the
		// verb first; the clitic and the compound past of "poder"; a
		// threat in the first person or the future; cash only
		{P1, "Tarjetas", "No pasa ningún pago con tarjeta desde las 2 de la tarde."},
		{P1, "Pedidos", "No entra ningún pedido desde las 10."},
		{P1, "Acceso", "Desde las 8 ninguno de los recepcionistas ha podido entrar."},
		{P1, "Acceso", "En todas las sucursales no nos deja entrar al sistema."},
		{P1, "Contrato", "Si mañana esto no está resuelto, cancelo el contrato de los dos restaurantes."},
		{P1, "Último aviso", "Soy el director general. Si el viernes el informe no funciona, daremos de baja los seis locales."},
		{P1, "Caja", "Estamos aceptando solo efectivo en todos los locales."},
		// ... a question, a settled mail, a planned outage stay none
		{0, "Duda", "¿Cómo cancelo el contrato de uno de los locales?"},
		{P4, "Gracias", "Ayer no entraba ningún pedido desde las 10. Ya funciona todo, gracias."},
		{P4, "Caída del domingo", "Vi que habrá una caída programada del servicio este domingo. ¿A qué hora empieza?"},
		{0, "Pregunta", "¿Qué pasa si no entra ningún pedido desde las 10?"},
	})
}

// TestOtherLanguagesRequests checks that a request for an enhancement
// told in the other languages of the sets is the protocol's "request for
// product enhancement" (P3), as in English; each was P4 before.
func TestOtherLanguagesRequests(t *testing.T) {
	checkLevels(t, []levelCase{
		{P3, "Zusätzliches Feld für die Auftragsnummer", "Hallo, wir würden uns ein zusätzliches Feld für die Auftragsnummer des Kunden in der Rechnung wünschen. Viele Grüße"},
		{P3, "Portail client", "Madame, Monsieur, nous souhaiterions un portail client bilingue pour chaque bureau. Cordialement"},
		{P3, "Lista de espera", "Hola, nos gustaría poder ofrecer una lista de espera cuando un espectáculo se agota. Gracias"},
		{P3, "Filtro per operatore", "Buongiorno, sarebbe possibile avere un filtro per operatore nella lista delle prenotazioni? Grazie"},
	})
}

// TestPaymentsWithWorkaround checks the protocol's line between P1
// ("payment processing failure preventing business operations") and P2
// ("workaround available") for payments: one way of paying failing while
// another works, or a payment the writer makes another way, is degraded
// with a workaround (P2); no one able to pay at all, or a pay run or
// collection for many that failed, stays P1 whatever the writer falls
// back on. The P2 cases were P1 before the reading.
func TestPaymentsWithWorkaround(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "Konbini payment is not working", "From yesterday evening, customer cannot pay by Konbini payment. Credit card payment is working normally, so customers can pay by card. Now I write to them to use the credit card or bank transfer (I send the invoice by hand)."},
		{P2, "YOUR PAY BUTTON DOESNT WORK", "FOR THREE DAYS I HAVE BEEN TRYING TO PAY MY INVOICE ON YOUR CUSTOMER PORTAL. I CLICK PAY NOW AND NOTHING HAPPENS. I HAD TO CALL THE OFFICE AND READ MY CARD NUMBER OVER THE PHONE."},
		{P1, "tills", "None of the 14 Harbor Grill locations can close a card sale since about 11:40. Cash only for now and we've got the lunch rush."},
		{P1, "Rent not come in - direct debits failed", "None of the rent for my four flats has come in this month: each of the four tenants has Collection failed next to the 1st. I have rung the tenants and they are happy to pay me by bank transfer this month so I am alright for now."},
		{P1, "Contractor pay run won't export", "The pay run fails with 'Export failed'. This is 186 contractors due to be paid tomorrow. We can't produce the file by hand."},
	})
}

type levelCase struct {
	want          Severity
	subject, body string
}

// checkLevels classifies each case with the default rules (checkCases).
func checkLevels(t *testing.T, tests []levelCase) {
	t.Helper()
	cases := make([]severityCase, len(tests))
	for i, tt := range tests {
		cases[i] = severityCase{name: tt.subject, want: tt.want, subject: tt.subject, body: tt.body}
	}
	checkCases(t, cases)
}

// TestThreatUnderNegatedCondition checks that a "not" inside an "if" or
// "unless" denies the condition, not the threat after it (P1: the
// protocol's executive escalation with threat of cancellation), while a
// threat denied next to it, or a question, stays no threat.
func TestThreatUnderNegatedCondition(t *testing.T) {
	tests := []levelCase{
		{P1, "Escalation", "If this is not fixed by Friday we will terminate the contract."},
		{P1, "Escalation", "Our CEO says if this is not solved by tomorrow we cancel."},
		{P4, "Escalation", "If it is fixed we will not terminate the contract."},
	}
	checkLevels(t, tests)
}

// TestRevokedBadgeStillOpens checks that a building's keys are credentials
// as accounts are: a revoked badge that still opens a door is unauthorised
// access (P1).
func TestRevokedBadgeStillOpens(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Revoked badge still opened the cage door", "A badge we revoked on 2 November was still accepted by the controller last night."},
	})
}

// TestLawyersAndBreaches checks that the writer's lawyers are a threat
// only when brought in ("we will involve our lawyers"), not when they are
// the writer's own staff (a law firm's); that a target breached is no
// security breach; and that removing a member ("dar de baja a un socio")
// is no cancellation.
func TestLawyersAndBreaches(t *testing.T) {
	tests := []levelCase{
		{P1, "Escalation", "If this is not resolved we will involve our lawyers."},
		{P1, "Escalation", "I have asked our lawyers to review whether we can terminate now."},
		{P3, "Bundles", "Our lawyers cannot open the bundle since this morning."},
		{P3, "SLA timer", "The SLA timer was breached twice last week because it counts weekends, which is wrong."},
		{P4, "Duda", "¿Cómo puedo dar de baja a un socio sin perder su historial?"},
	}
	checkLevels(t, tests)
}

// TestNoWayIn checks that no one able to open or reach the product at all
// is an outage whatever the writer falls back on (P1), and that a person
// removed who still gets in is unauthorised access in the other languages
// too.
func TestNoWayIn(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Fieldbook unavailable at all three sites", "Since about 05:00 nobody at any of our three sites can open Fieldbook. The site managers are doing the irrigation by hand for now."},
		{P1, "Zwolniony pracownik", "Zwolniony pracownik nadal ma dostęp do systemu, wczoraj zalogował się przez aplikację."},
		{P1, "Ehemaliger Mitarbeiter", "Der ehemalige Mitarbeiter hat noch Zugriff auf das Portal."},
	})
}

// TestWordsThatAreNoIncident checks phrases whose alarm word names no
// incident: lost property (an office), scrolling down again, every pound
// counting, an e-mail the writer cannot find, the final root cause
// analysis of a past outage asked for.
func TestWordsThatAreNoIncident(t *testing.T) {
	for _, tt := range []levelCase{
		{P4, "Question about lost property retention periods", "How long do you keep lost property records for items handed in at stations? We would like to reduce it from 120 days to 90 days for most items."},
		{P3, "Rostering screen jumps", "Every dispatcher has the same issue: when I move a duty the list jumps to the top and I must scroll down again."},
		{P3, "Our subscription price", "I wonder if someone could explain our latest invoice. Our monthly subscription has gone from 189 to 236 and I can't find any e-mail telling us about it, where every pound counts."},
		{P4, "Root cause analysis - request", "For the annual report we must describe the major outages of 2026. The biggest one was on 14 October, when the e-shop and the terminals were down for 3 hours. Can you please send us the final root cause analysis document for this outage?"},
	} {
		got := Default().Classify(Input{Subject: tt.subject, Body: tt.body}).Severity
		if got == P1 {
			t.Errorf("%s: Classify = P1, want %v (no incident)", tt.subject, tt.want)
		}
	}
}

// TestNordicFinnishCzech checks the basic readings in Swedish, Danish,
// Norwegian, Finnish and Czech: no one can log in, payments failing, data
// gone (P1), and a plain fault (P3), as the other languages have them.
func TestNordicFinnishCzech(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Kortbetalningar", "Sedan i morse går inga kortbetalningar igenom, varken i appen eller i kiosken."},
		{P1, "Systemet", "Ingen av oss kan logga in sedan klockan åtta."},
		{P1, "Nede", "Portalen er nede, og ingen af os kan logge ind."},
		{P1, "Data", "Alle data er forsvundet fra systemet efter opdateringen."},
		{P1, "Listat", "Joulukuun työvuorolistat ovat kadonneet järjestelmästä."},
		{P1, "Přihlášení", "Od rána se nikdo z nás nemůže přihlásit do systému."},
		{P3, "Příloha", "Nemůžeme otevřít přílohu u jedné poznámky."},
		{P3, "Bilaga", "Jag kan inte öppna bilagan i en anteckning."},
	})
}

// TestNobodyReceives checks that no one receiving what the product sends
// is a fault for everyone (P2 for a core feature), as none of the things
// arriving is.
func TestNobodyReceives(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "Reminders", "Since around 6 November nobody in our office receives the e-mail reminders anymore. One colleague checks the calendar every morning and sends a list by hand."},
	})
}

// TestSupportFoundWanting checks that the vendor's own service found
// wanting is the protocol's "customer dissatisfaction requiring attention"
// (P3): no answer for weeks, response times named in French.
func TestSupportFoundWanting(t *testing.T) {
	checkLevels(t, []levelCase{
		{P3, "No answer since 3 weeks about second office licence", "On 2 November I asked our commercial contact for an offer for six more licences and sent a reminder on 12 November. Could you forward this to someone who can answer?"},
		{P3, "Délais de réponse du support", "Bonjour, nous souhaitons vous faire part de notre insatisfaction concernant les délais de réponse du support ce mois-ci."},
	})
}

// TestCheckedOnMyPhone checks that the device the writer checked with is
// no scope of one user ("just checked on my phone, our page says no
// vehicles": P1 stays), and that "everything has worked fine since" settles
// a question about a past outage.
func TestCheckedOnMyPhone(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "stock gone", "stock list is empty, says 0 vehicles. it was all there last night, 421 cars. website showing no cars either, just checked on my phone. the deals in progress are gone as well"},
		{P4, "Question about the outage on 3 November", "A question regarding the outage on 3 November, when nobody could log in for the morning. Everything has worked fine since then. Could you confirm how long it lasted, for our insurer?"},
	})
}

// TestNordicThingsFailing checks the Nordic forms of things failing for
// everyone: barriers that do not open, no session that can be started,
// others' receipts shown (P1).
func TestNordicThingsFailing(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Bommene åpner ikke", "Bommene i utkjøringen åpner ikke i P-hus 1 og P2, alle bilene står i kø."},
		{P1, "Inga laddsessioner kan startas", "Inga laddsessioner kan startas på alla laddpunkter sedan i morse."},
		{P1, "Kvitteringer", "Kunder ser andres kvitteringer i appen under Mine parkeringer."},
	})
}

// TestReadings20261206 checks the readings of 2026-12-06's round (hold-outs
// 86–88): no one gets in any more in German; a German roster emptied for
// everyone is data; a report to the data-protection authority is a
// privacy incident whatever the writer stopped to contain it, and so is
// one taken to the writer's data protection office; records asked
// restored stay P1 beside the writer's other requests; things that went
// well or badly, and staff accounts moved to a sign-on provider, are no
// loss and no threat to leave. (The former contractor and the zeroed
// feed read P1 before the round too, by other readings: they guard it.)
func TestReadings20261206(t *testing.T) {
	tests := []levelCase{
		{P1, "Anmeldung Praxis", "Seit heute früh kommt an allen drei Standorten niemand mehr rein, alle Mitarbeiter sind betroffen. Bitte rufen Sie zurück."},
		{P1, "Dienstplan Januar ist leer", "Nach dem Update heute Nacht ist der Dienstplan für Januar für alle 30 Mitarbeiter leer. Bitte prüfen Sie, ob die Daten wiederhergestellt werden können."},
		{P1, "Reminder sent to everyone", "One owner's reminder, with her address and her dog's diagnosis, went to all 300 clients on the list. I have switched the reminders off for now. We will have to report it to the data protection authority."},
		{P1, "Former contractor", "A contractor whose account we closed in May signed in last week and saw the payment details of all our authors. Our data protection office will need to be informed."},
		{P1, "Feed sent every price as 0.00", "Overnight the feed set the price of all our products to 0.00, about 1,900 records, and the shop shows them at zero too. We need the previous prices restored and a corrected feed sent."},
		{P4, "Thank you", "A short note to thank your team for how last week's outage was handled. No action needed: I wanted it on record, since I write quickly when things have gone less well."},
		{P4, "Single sign-on", "We are moving all staff accounts to Okta in the spring. Does the product support SAML, and is there set-up documentation?"},
	}
	checkLevels(t, tests)
}

// TestReadingsPastAndSecurity checks the readings of 2026-12-06's second
// round (hold-outs 89–91): what a past incident was, told beside it, is
// history; records overwritten for thousands, asked back, are data; a
// sign-in from an address the writer does not know, a change its owner
// did not make, and a device stolen or lost while signed in are security
// incidents.
func TestReadingsPastAndSecurity(t *testing.T) {
	tests := []levelCase{
		{P4, "Summary of last year's outage for our audit", "Our auditor has picked the outage in February last year as her example (the morning when none of us could book anything until lunchtime). Could you send the written summary again? Everything runs fine here."},
		{P1, "Annual readings overwritten", "For around 2,100 consumers the annual reading for 2026 now shows the same value as the one from 2025. We have not changed anything. Can you bring back the right values?"},
		{P1, "Logins on an engineer's account", "The audit log shows Dave's account logged in at 03:12 from an IP we don't recognise. Dave was asleep. The session opened customer details on 14 jobs."},
		{P1, "Bank details changed", "A nurse got a text with a link to reset her password, which she did not ask for. This morning the IBAN in her profile is not hers; she did not change it."},
		{P1, "tablet stolen", "the crew's tablet was stolen from the van last night, with the app open and all the customer addresses on it. can you block it?"},
	}
	checkLevels(t, tests)
}

// TestReadingsGerman checks German readings of 2026-12-06: records that
// disappeared named as German writers name them (Abgaben, Nachweise), no
// one able to sign in with the place between ("kann sich bei uns niemand
// mehr im System anmelden") beside work done by hand, gates that let no
// one through, and a data protection officer told of a leak of names and
// addresses.
func TestReadingsGerman(t *testing.T) {
	tests := []levelCase{
		{P1, "Abgaben verschwunden", "Seit heute Morgen sind alle Abgaben der letzten zwei Wochen aus dem Kursraum verschwunden. Die Noten sind morgen fällig."},
		{P1, "Anmeldung nicht möglich", "Seit 6 Uhr kann sich bei uns niemand mehr im System anmelden, an keinem Rechner. Die Rechnungen schreiben wir zur Not von Hand."},
		{P1, "Drehsperren", "Die Drehsperren im Foyer lassen niemanden mehr durch, auch nicht mit gültigem Ausweis. Seit 7 Uhr warten alle draußen."},
		{P1, "Newsletter mit fremden Daten", "Durch einen Fehler standen im Newsletter von gestern die Namen und Adressen von 40 anderen Kunden. Unser Datenschutzbeauftragter ist informiert und muss entscheiden, ob wir den Vorfall melden."},
	}
	checkLevels(t, tests)
}

// TestReadingsSupportForms checks the readings of 2026-12-06's third round
// (hold-outs 92–94, written as public support-ticket collections write
// them, English and German): a status page that shows no incident is no
// word of the writer's that all is well; "all the traffic lights" names
// no one; a German outage dated in the past and a German question about a
// flaw in the news are the protocol's questions; someone else's orders,
// payments nobody made, no card payment anywhere and "Fehler 500" for all
// are P1 in German as in English.
func TestReadingsSupportForms(t *testing.T) {
	tests := []levelCase{
		{P1, "503 Service Unavailable for all users", "Since 07:00 nobody at our company can reach the platform: the web app shows 503 Service Unavailable. Your status page currently shows no incident."},
		{0, "The new login screen", "Who decided we must solve a picture puzzle every time we log in? The portal logs me out after ten minutes and every time I have to find all the traffic lights. My team are fed up with it."},
		{P4, "Nach dem Ausfall am 4.11. – Dank und eine Bitte", "Vielen Dank an Ihr Team für die schnelle Hilfe beim Ausfall am 4.11. Gibt es einen schriftlichen Bericht zur Ursache?"},
		{P4, "Sicherheitslücke in Medienberichten – sind wir betroffen?", "In den Nachrichten wird über eine kritische Sicherheitslücke in einer Komponente berichtet. Setzen Sie diese ein? Auffälligkeiten haben wir keine festgestellt."},
		{P1, "Kunde sieht fremde Bestellungen", "Ein Kunde sieht in seinem Kundenkonto fremde Bestellungen mit Namen und Adressen anderer Kunden."},
		{P1, "Abbuchungen", "Gestern Abend gingen drei Überweisungen an einen Empfänger raus, den keiner von uns kennt."},
		{P1, "Kartenzahlung geht nicht", "Seit 9 Uhr geht in allen drei Filialen keine Kartenzahlung mehr über die Terminals."},
		{P1, "Kein Zugriff auf Kundendaten", "Seit heute früh erscheint bei jedem Klick auf einen Kunden Fehler 500. Betroffen sind alle Standorte."},
	}
	checkLevels(t, tests)
}

// TestReadingsGermanForms checks the German readings of 2026-12-06's
// fourth round (hold-out 95, a second writer of German support forms):
// work running again after an outage settles it; another client's records
// shown and files open to anyone without a password are privacy
// incidents; dead phones, not one of the staff seeing their work, and
// sign-ins from an address abroad with bank details changed are P1.
func TestReadingsGermanForms(t *testing.T) {
	tests := []levelCase{
		{P4, "danke + rechnung", "danke für die schnelle hilfe am montag! nach dem ausfall läuft das telefon wieder. wo finde ich die rechnung für oktober?"},
		{P1, "Mandantenportal", "Ein Mandant sieht im Mandantenportal die Unterlagen eines anderen Mandanten, mit Steuerbescheiden und Kontoauszügen."},
		{P1, "Ordner öffentlich", "Unser Ordner mit Befunden ist über einen Link freigegeben, den jeder ohne Passwort öffnen kann. Der Link wurde 41 Mal aufgerufen."},
		{P1, "telefon geht nicht", "bei uns geht seit heute früh das telefon gar nicht, weder raus noch rein. die patienten erreichen niemanden."},
		{P1, "Fremder Zugriff", "Das Konto von Frau Weber wurde nicht von ihr benutzt: Anmeldungen von einer IP-Adresse in den Niederlanden, danach wurde bei drei Kunden die Bankverbindung geändert."},
	}
	checkLevels(t, tests)
}

// TestReadingsLastRound checks the readings of 2026-12-06's last round
// (hold-outs 97–98): a threat to cancel in the writer's own words is not
// settled by the fix it follows (one in a forwarded old mail is); the
// writer cancelling in German in the first person; nothing working at
// all; another customer's invoice; a list on the internet; a disabled
// account that still signs in.
func TestReadingsLastRound(t *testing.T) {
	tests := []levelCase{
		{P1, "Third sign-in outage this month", "This is the third time this month that nobody could log in. Unless we receive a root cause analysis by Friday, we will terminate the contract. Login works again right now. That is not the point."},
		{P1, "Letzte Frist", "Heute stand unser System zum dritten Mal in diesem Monat. Kommt bis Freitag kein Maßnahmenplan, kündige ich den Vertrag außerordentlich."},
		{P1, "Es geht gar nix mehr", "Seit 8 Uhr geht bei uns gar nix mehr, keine Kasse, kein Büro."},
		{P1, "kunde sieht rechnung von andere kunde", "ein kunde hat im portal die rechnung von einem anderen kunden gesehen, mit adresse und betrag."},
		{P1, "Mitgliederliste im Internet", "Unsere Mitgliederliste mit Adressen und Geburtstagen ist im Internet zu sehen, ohne Anmeldung."},
		{P1, "Anmeldung eines deaktivierten Benutzerkontos", "Im Protokoll sehe ich gestern Abend eine Anmeldung eines deaktivierten Benutzerkontos, das seit Juni gesperrt ist."},
	}
	checkLevels(t, tests)
}

// TestReadingsWebForms checks the readings of 2026-12-06's round on
// hold-out 99 (web-form tickets in English): a workaround the writer
// cannot keep up, manual refreshes, calling every customer themselves;
// people ignoring a flood of alerts is no fault; a dashboard's
// drill-through is no fire drill; a role that should see only its own
// store seeing every employee is a privacy incident; how a logo looks on
// every invoice is neither corruption nor many users' fault. The margin
// case passes on the round's start too (other readings): a guard for the
// money sense of "margin", which is no cosmetic word.
func TestReadingsWebForms(t *testing.T) {
	tests := []levelCase{
		{P2, "Scheduled refreshes failing", "Since Saturday all scheduled refreshes in the workspace have failed. I am running manual refreshes every morning before the managers log in, but it is not something I can keep doing."},
		{P2, "Text reminders not sending", "The automatic text reminders that go out the day before a job stopped going out. I have been calling everybody the night before myself. Please help."},
		{P3, "Same alert six times", "We receive the schema change alert six times for every change, for all pipelines. People have started ignoring these mails."},
		{P2, "Dashboard load times much slower since workspace migration", "Following the migration, the Group Performance dashboard, which loaded in around 4 seconds before, now takes between 25 and 35 seconds. To keep the morning trading call running, I have set up PDF snapshots of the key pages, emailed to the regional managers, but they can't filter or drill into those."},
		{P1, "Row-level security", "Since the update, store managers, who should only see staff in their own store, can now see every employee across all 64 stores, including names, pay rates and absence records."},
		{P2, "WIP dashboard showing nil values on all projects", "Since the weekend the WIP dashboard shows £0.00 for cost to date and forecast margin on every project. The board uses it to review project margins. We can rebuild the view from the exports in Excel, but it takes two people most of a day."},
	}
	checkLevels(t, tests)
	// cosmetic, whatever the scope: at most P3 (the defect words' minor bug)
	for _, body := range []string{
		"Our logo on every PDF invoice is the wrong colour, light blue instead of navy.",
		"This needs to be fixed TODAY. Our logo on every PDF invoice is coming out light blue instead of our brand navy. Our customers are seeing it.",
	} {
		if r := Default().Classify(Input{Subject: "URGENT - logo on invoice PDFs is the wrong color", Body: body}); r.Severity < P3 {
			t.Errorf("logo colour: Classify(%q) = %v, want P3 or P4%s", body, r.Severity, evidenceSummary(r))
		}
	}
}

// TestReadingsIssueReports checks the readings of 2026-12-06's round on
// hold-out 100 (issue-tracker reports): all of the writer's things gone,
// whatever they are called, is data lost (all of the staff gone home is
// not); thanks for an incident report settle the incident it reports; a
// version's patch level ("8.2.2-p1") is no P1 label; mail its readers
// reported as phishing is no phishing; what a vendor's e-mail said ("no
// action required") is no word of the writer's that all is well.
func TestReadingsIssueReports(t *testing.T) {
	tests := []levelCase{
		{P1, "all our flags are gone", "the flags project is empty this morning. we had ~60 flags in prod. sdk returns defaults, so every feature behind a flag is off for all our users. nobody on our team deleted anything."},
		{P1, "Templates", "All our templates have been deleted overnight."},
		{P4, "Re: RCA for INC-1102 (Gateway 502s)", "Thanks for sending the RCA for the 2 November incident. It was a rough morning for us (about 50 minutes of failed payment calls for all our merchants). Two small questions for our internal doc, no rush at all: when was it detected, and is there a date for action item 3?"},
		{P3, "Notification emails link to http:// rather than https://", "A minor defect: links in Forge 8.2.2-p1 notification emails are generated as http rather than https. Several students have reported the notifications to the service desk as phishing."},
		{P2, "max_connections dropped from 500 to 100 after plan migration", "After the plan migration (the email said no action required), max_connections went from 500 to 100. About 3% of order API requests failed with 500 at our lunch peak, and some customers saw errors at checkout. Until PgBouncer is rolled out we have scaled the API down, which makes it slower at peak."},
	}
	checkLevels(t, tests)
	if r := Default().Classify(Input{Subject: "Friday", Body: "All our staff are gone home early today, so we will test the import on Monday."}); r.Severity == P1 {
		t.Errorf("staff gone home: P1%s", evidenceSummary(r))
	}
}

// TestReadingsGermanWebForms checks the readings of 2026-12-06's round on
// hold-out 101 (German and English web forms): another school's records
// shown, toll fraud, no one able to phone out, forged invoices with a
// stranger's IBAN and the police told are P1; German workarounds and
// what they cost ("dazu übergegangen", "aufwändig und fehleranfällig")
// and calls whose audio breaks up for many are P2; a cancellation the
// writer says is not intended is none; a date before "users" ("since
// Mon 13.04 users report") counts no one.
func TestReadingsGermanWebForms(t *testing.T) {
	tests := []levelCase{
		{P1, "Klassenbuch", "Eine Lehrkraft hat nach der Anmeldung die Klasse einer anderen Schule gesehen, mit Namen und Fehlzeiten der Schüler."},
		{P1, "Toll fraud ext 4711", "Overnight approx 2,300 outbound calls to premium numbers from extension 4711. Not us. Are other extensions compromised?"},
		{P1, "telefon geht nicht", "bei uns geht das telefon komplett nicht mehr. keiner kann raus telefonieren. wir sind 9 leute."},
		{P1, "Gefälschte Rechnungen", "Drei Kunden haben gestern eine E-Mail von unserer Rechnungsadresse bekommen, mit einer echten Rechnung von uns, aber mit einer fremden IBAN. Ein Kunde hat bereits überwiesen. Wir haben die Polizei verständigt."},
		{P2, "Laufzeit Abrechnungslauf", "Seit dem Update benötigt der Abrechnungslauf für alle 412 Mitarbeiter knapp drei Stunden. Während des Laufs ist das System für die übrigen Benutzer praktisch nicht bedienbar. Wir sind dazu übergegangen, den Lauf abends zu starten."},
		{P4, "Frage: Daten bei Vertragsende", "Rein vorsorglich eine Frage: Was geschieht mit unseren Daten, falls wir den Vertrag irgendwann kündigen sollten? Eine Kündigung ist derzeit nicht beabsichtigt."},
		{P2, "MWST-Abrechnung lässt sich nicht erstellen", "Die MWST-Abrechnung lässt sich nicht erstellen, es erscheint Fehler in Ziffer 200. Wir könnten die Zahlen von Hand zusammenstellen, das ist aber aufwändig und fehleranfällig."},
		{P2, "Choppy audio on many calls", "Since Monday users report choppy audio on about 40% of external calls, at all sites. Internal calls OK. Sales staff now call customers back from their mobiles."},
	}
	checkLevels(t, tests)
	r := Default().Classify(Input{Subject: "Export", Body: "Since Mon 13.04 users report that the export button is grey."})
	for _, e := range r.Evidence {
		if e.Rule == "count" {
			t.Errorf("a date read as a count of people: %q", e.Match)
		}
	}
}

// TestReadingsVoices checks the readings of 2026-12-06's round on hold-out
// 104 (one voice a file): "a couple of seconds" is a duration to compare;
// where the revenue comes from is no loss of it; time lost is no data
// lost; a customer who thought the writer was hacked is no breach; a
// failing run that is the writer's cash is the business stopped.
func TestReadingsVoices(t *testing.T) {
	tests := []levelCase{
		{P2, "The app has been a bit slow", "Sorry to be a pest. Since about last Tuesday the app has been taking rather a long time to open each job - about a minute, sometimes more, where it used to be a couple of seconds. It's the same on all the lads' phones. They've started writing their notes on paper while they wait, so the work is still getting done."},
		{P3, "Recurring series end date", "Most of our revenue these days comes from monthly plans, set up as recurring series. When you edit a series, its end date resets to twelve months from today. My dispatchers re-enter the end date every time."},
		{P2, "Mobile app is very slow to download jobs", "From Monday the mobile app is very slow when technician open list of jobs. Before it was maybe 10 seconds to synchronize, now it is 3 or 4 minutes, sometimes more. It is on all phones. They still can work, but with 8-10 jobs per day it is maybe half hour lost for each technician."},
		{P1, "Month-end invoice run", "Our month-end invoice batch (about 4,000 invoices) has not gone out. My AR team says it fails with an error every time they run it. This is our cash for November."},
	}
	checkLevels(t, tests)
	if r := Default().Classify(Input{Subject: "3 AM emails to my customers", Body: "Your payment reminder emails go out at 3 AM!!! One customer thought we got hacked. The reminders are fine, the TIME is ridiculous."}); r.Severity == P1 {
		t.Errorf("a customer's mistaken fear read as a breach: P1%s", evidenceSummary(r))
	}
}

// TestReadingsGermanAmtsdeutsch checks the readings of 2026-12-06's round
// on hold-out 103 (German web forms, ten writers): "nicht mehr" and
// "keine … mehr" say a thing stopped, they do not deny it; a compound
// noun names its records ("Buchungsdaten", "Kundendatenbank"); another
// person's requests open without a login, strangers' admin logins, a
// damaged customer database and no mail coming in for anyone are P1; a
// negation after what it denies ("Datenverluste sind bislang nicht
// bekannt"); an incident dated in the past; work done by hand
// ("händisch"). The second case passes on the round's start too (other
// readings): a guard.
func TestReadingsGermanAmtsdeutsch(t *testing.T) {
	tests := []levelCase{
		{P1, "Buchungsdaten November nach Update nicht mehr vorhanden", "Seit dem Update werden die Buchungen der Beschäftigten im System nicht mehr angezeigt. In der Datenbank sind für November keine Buchungssätze mehr vorhanden."},
		{P1, "Statuslink", "Über den Statuslink können auch Anliegen anderer Personen aufgerufen werden, mit Name und Anschrift. Eine Anmeldung ist hierfür nicht erforderlich."},
		{P1, "Fremde Admin-Logins auf der Firewall", "Im Log steht ein Admin-Login um 02:03 von 192.0.2.77. Das ist keine IP von uns. Danach wurde eine neue NAT-Regel angelegt."},
		{P1, "db02", "Nach eurer Storage-Migration heute Nacht ist die Kundendatenbank auf db02 beschädigt."},
		{P1, "Keine eingehenden Mails", "Seit heute Morgen kommen bei uns keine E-Mails mehr an, bei niemandem im Team."},
		{P4, "VPN-Trennung nach acht Stunden", "Die VPN-Verbindung wird nach genau acht Stunden getrennt und kann gleich wieder aufgebaut werden. Datenverluste sind bislang nicht bekannt geworden."},
		{P2, "Mahnlauf bricht ab", "Seit dem Update lässt sich der Mahnlauf nicht mehr durchführen, es kommt ein Fehler. Das betrifft alle Mahnstufen. Derzeit schreiben wir die wichtigsten Mahnungen händisch in Word."},
	}
	checkLevels(t, tests)
	if r := Default().Classify(Input{Subject: "Nachgang zur Störung vom 10.02.", Body: "Zunächst Dank für die Behebung der Störung vom 10.02., während der das System drei Stunden nicht erreichbar war. Seitdem werden jedoch die Erinnerungen nicht mehr versandt."}); r.Severity == P1 {
		t.Errorf("an incident dated in the past read as live: P1%s", evidenceSummary(r))
	}
}

// TestReadingsShortForms checks the readings of 2026-12-06's round on
// hold-out 106 (short web-form tickets in English): records no longer
// visible to anyone or shown empty for everyone are lost, however lightly
// the writer puts it; a change nobody on the writer's side made, a leaver
// whose contract ended opening records, tenants unlocking each other's
// doors are incidents; whether data is encrypted at rest is a question.
func TestReadingsShortForms(t *testing.T) {
	tests := []levelCase{
		{P1, "Data issue", "Several of our projects now appear empty, and the tasks, files and comments that were there on Friday are no longer visible to anyone, including the admins."},
		{P1, "Settlement account changed", "Today morning we received one email that our settlement bank account is updated, but nobody from our side has done this change. Please block this immediately."},
		{P1, "Former agency nurse", "An agency nurse whose contract ended three weeks ago logged in yesterday and opened more than 30 patient records."},
		{P1, "Door locks", "Since the app update the smart locks open for any tenant account, so tenants can unlock each other's doors from their phones."},
		{P1, "small question about our files", "Small thing, when you have a moment. Our shared folders seem to be empty this morning for everyone in the office. No rush."},
		{P4, "Security inquiry", "Could you confirm whether our data is encrypted at rest, and whether you notify customers in case of a data breach?"},
	}
	checkLevels(t, tests)
}

// TestReadingsGermanShortForms checks the readings of 2026-12-06's round
// on hold-out 105 (short German web-form tickets): results filed with the
// wrong patients, other courses' participant lists shown, every campaign
// and confirmation no longer going out, transfers nobody made are P1.
func TestReadingsGermanShortForms(t *testing.T) {
	tests := []levelCase{
		{P1, "Laborbefunde falsch zugeordnet", "Heute wurde gemeldet, dass Laborbefunde bei falschen Patienten angezeigt werden. Rund 200 Befunde wurden vertauscht in den Akten abgelegt."},
		{P1, "Teilnehmerdaten sichtbar", "Ein Teilnehmer sieht im Forum die Teilnehmerlisten aller anderen Kurse samt Adressen und Geburtsdaten."},
		{P1, "Alle Kampagnen hängen", "Bei uns hängen seit gestern sämtliche Kampagnen, und auch die Bestellbestätigungen und Passwort-Resets gehen nicht mehr raus."},
		{P1, "Überweisungen", "Heute Nacht wurden drei fremde Überweisungen von unserem Firmenkonto gemacht, zusammen 27.500 Euro. Das war keiner von uns."},
	}
	checkLevels(t, tests)
}

// TestReadingsIssueReportsSecond checks the readings of 2026-12-06's round
// on hold-out 107 (issue-tracker reports of a hosted and self-hosted
// observability stack): a bucket anyone may list and read holding tokens
// and secrets, a tampered image running a cryptominer, "~8x p95" as a
// performance factor. The stopgap's cost a day passes on the round's start
// too (other readings): a guard.
func TestReadingsIssueReportsSecond(t *testing.T) {
	tests := []levelCase{
		{P1, "Publicly readable storage bucket", "The S3 bucket support-bundles-prod allows anonymous ListBucket and GetObject. The bundles hold the agent config with the ingest token in clear and webhook URLs with embedded secrets."},
		{P1, "agent 1.9.2 image", "The 1.9.2 image we pulled from Docker Hub runs a process that is not in 1.9.1 and talks to a mining pool: it looks like a tampered image with a cryptominer."},
		{P2, "Query latency regression on eu-west-2 (~8x p95)", "Since the maintenance window, range queries on our main stack are a lot slower. Dashboards still load eventually, and alerting is fine."},
		{P2, "Scheduled export not running since 11 Feb", "Since 11 Feb the scheduled export has not run and nothing has been written to the data lake. I'm doing manual exports via the API every morning instead, about 1.5h of work a day."},
	}
	checkLevels(t, tests)
}

// TestReadingsFormulaicForms checks the readings of 2026-12-06's round on
// hold-out 109 (formulaic English web forms): a feature that may not be
// available asked about; a breach read about in the news and "yes or no";
// getting round it and reception phoning every patient are workarounds,
// taking up most of the afternoon what they cost.
func TestReadingsFormulaicForms(t *testing.T) {
	tests := []levelCase{
		{P4, "Question regarding ESG analytics", "We were wondering whether the platform offers ESG scoring. If such functionality is not available, we would like to know whether we can import our own scores."},
		{P4, "that breach in the news", "Saw the piece about the Brennan Adworks data breach this morning. Are you involved in any way? Just need a yes or no I can pass on to clients."},
		{P2, "landing pages won't publish", "About half my team can't publish landing pages. Publish button just spins. We're getting round it by having the ones who can publish do it for everyone."},
		{P2, "SMS reminders not being sent", "Our SMS appointment reminders haven't gone out since Monday. Reception are phoning every patient the day before instead, which takes up most of the afternoon."},
	}
	checkLevels(t, tests)
}

// TestReadingsGermanTrades checks the readings of 2026-12-06's round on
// hold-out 108 (German web forms from craftsmen, practices, clubs and
// shops): names no longer matching their records, every member's bank
// details shown, files encrypted with a ransom asked, tills that sell
// nothing are P1; cancelling two add-on licences is no cancellation.
func TestReadingsGermanTrades(t *testing.T) {
	tests := []levelCase{
		{P1, "Unstimmigkeiten in den Mitgliederdaten", "Nach dem Import musste ich feststellen, dass bei sämtlichen Mitgliedern die Namen nicht mehr zu den übrigen Angaben passen."},
		{P1, "Mitgliederbereich", "Im Mitgliederbereich wurde einem Mitglied eine Tabelle mit den Bankverbindungen sämtlicher Mitglieder angezeigt."},
		{P1, "Verschlüsselungsmeldung", "Am Empfangsrechner steht, sämtliche Dateien seien verschlüsselt worden, dazu eine Zahlungsaufforderung in Bitcoin."},
		{P1, "Kassen in allen Filialen", "Seit 9 Uhr melden die Kassen in allen Filialen Lizenz abgelaufen. Die Filialen verkaufen derzeit nichts."},
		{P4, "Kündigung von zwei Zusatzlizenzen", "Bitte kündigen Sie zum Monatsende die beiden zusätzlichen Benutzerlizenzen für das Back-Office. Der Hauptvertrag bleibt unverändert."},
	}
	checkLevels(t, tests)
}

// TestReadingsAllGone: all of the writer's things gone in German, whatever
// they are called, with the things between the word for all and the loss
// at the clause's end, and German ordinal dates that end no sentence; a
// fix that makes all the errors go away is no loss.
func TestReadingsAllGone(t *testing.T) {
	tests := []levelCase{
		{P1, "alle auftraege weg", "hallo support, alle auftraege von letzte woche sind weg, in app und auch am computer im buero."},
		{P1, "Umsätze verschwunden", "Im Backoffice sind alle Umsätze vom 1. bis 19. Oktober weg."},
		{P1, "Stundenzettel", "Auf dem Projekt sind alle Stundenzettel vom 2. bis 13. November nicht mehr vorhanden."},
		{P3, "Vorlagen-Editor", "Wenn wir in die Vorschau wechseln und wieder zurück, sind alle ungespeicherten Änderungen weg."},
		{P4, "Neustart", "Seit dem Neustart heute früh sind alle Fehlermeldungen weg. Danke!"},
	}
	checkLevels(t, tests)
	for _, text := range []string{"Thanks, after the restart all the errors are gone.", "All our warnings have disappeared since the patch."} {
		if got := Default().Classify(Input{Subject: "Update", Body: text}); got.Severity == P1 {
			t.Errorf("Classify(%q) = P1, want below: a fault gone is no loss", text)
		}
	}
}

// TestReadingsFormulaicGerman: what the blind hold-outs 110-112 (German
// web forms, issue reports, ten voices) read wrong at first and that a
// rule of their kind reads now: German payment runs hanging, access by
// nobody entitled, someone else's things shown, "nothing is wrong now",
// German and English factors ("zehnmal so lange", "9 h statt 1 h", "ten
// times as long"), an identifier in code, and "not all" as some.
func TestReadingsFormulaicGerman(t *testing.T) {
	tests := []levelCase{
		{P1, "Unberechtigte Zugriffe auf Patientenakten nach Rechtemigration", "Im Zugriffsprotokoll sind seit Montag mindestens 37 solcher Aufrufe verzeichnet."},
		{P1, "Mieter sieht fremde Türkamera", "In seiner App sieht er seit heute Morgen das Live-Bild vom Eingang Haus 8."},
		{P1, "Partnerportal zeigt fremde Kontakte", "Ein Händler rief an und wies darauf hin, dass er seit gestern unsere Kontakte sieht."},
		{P2, "Laufzeiten der Auswertungen", "Die Standardauswertungen laufen seit gut einer Woche etwa zehnmal so lange wie üblich. Die Ergebnisse stimmen."},
		{P2, "Performance", "Seit heute Morgen dauert das Laden eines Boards bei uns 30 bis 40 Sekunden, normal sind das zwei, drei Sekunden."},
		{P2, "Reports", "The weekly reports take ten times as long as usual since Monday."},
		{P4, "Frage zum Wiederanlauf", "Was geschieht, wenn Ihr Rechenzentrum vollständig ausfällt? Welcher maximale Datenverlust ist zugesichert? Aktuell besteht kein Problem, wir benötigen die Angaben für die Dokumentation."},
		{P4, "Dank an Ihr Team", "Ich möchte mich auf diesem Weg bei Ihrem Team bedanken. Die Nachbesprechung war vorbildlich."},
		{P4, "Typo in decline message", "Small one. The message on card_declined errors reads \"Insuficient funds\". We'd love it fixed when convenient."},
	}
	checkLevels(t, tests)
	if got := Default().Classify(Input{Subject: "Zahlungsläufe hängen", Body: "SEPA-Zahlungsläufe gehen seit heute nicht mehr an die Bank."}); got.Severity > P2 {
		t.Errorf("payment runs hanging = %v, want P2 or above", got.Severity)
	}
	if got := Default().Classify(Input{Subject: "Filter of size don't work correct", Body: "When the client uses the size filter, products without stock appear. It's not all products, only the copied ones."}); got.Severity == P1 {
		t.Errorf("a filter wrong on some products = P1, want below: not all is some")
	}
}

// TestReadingsGermanStopped: German "nicht mehr" that says a thing stopped,
// a participle after it ("werden nicht mehr synchronisiert") or the
// clause's verb of activity before it ("läuft seit Montag nicht mehr");
// German thousands and counted compounds; a renewal hard to recommend;
// someone diverting payouts. The labels and "nicht mehr nötig" (a need
// gone, not a fault) are guards that passed before too.
func TestReadingsGermanStopped(t *testing.T) {
	tests := []levelCase{
		{P3, "Marktplatz", "Die Bestandssynchronisation mit Amazon läuft seit Montag nicht mehr."},
		{P3, "Etiketten", "Seit dem Update werden die Versandetiketten nicht mehr gedruckt."},
		{P4, "Schulung", "Die Schulung ist nicht mehr nötig, wir haben das intern geklärt. Danke!"},
		{P1, "Kundendaten nach Abgleich verändert", "Nach dem nächtlichen Abgleich stimmen bei rund 1.200 Firmenkontakten die Rechnungsadressen nicht mehr, die Adressen sind vertauscht."},
		{P2, "Verlängerung", "Der Abgleich läuft immer noch nicht, meine Leute ordnen seit zwei Wochen von Hand zu. Ehrlich gesagt fällt es mir schwer, unter diesen Umständen eine Verlängerung zu empfehlen."},
		{P1, "Somebody entered in our shop admin", "Somebody made login with the user of Lucas at 2:40 from another country and changed the bank account for the payouts of the sales."},
	}
	checkLevels(t, tests)
	// "where they can work without VPN" is a workaround, not "cannot";
	// "all the affected ones have Windows 10" is not everyone
	for _, in := range []Input{
		{Subject: "X", Body: "Seit dem Update des VPN-Programms am Freitag kommen vier von uns (alle mit den neuen Laptops, Windows 11) nicht mehr ins VPN. Die Meldung lautet „Authentifizierung fehlgeschlagen“, das Passwort stimmt aber.\n\nDie vier kommen jetzt vorerst ins Büro, wo sie ohne VPN arbeiten können, aber zwei davon wohnen über eine Stunde entfernt."},
		{Subject: "X", Body: "seit wir gestern Zertifikat von RADIUS in Controller erneuert haben, ca. 40 Notebooks von Verwaltung können nicht mehr in WLAN anmelden. Fehler in Log: \"EAP-TLS handshake failed\". Andere 120 Geräte, auch Notebooks, gehen ohne Problem. Alle betroffene haben Windows 10."},
	} {
		if got := Default().Classify(in); got.Severity == P1 {
			t.Errorf("Classify(%q) = P1, want below", in.Body)
		}
	}
}

// TestReadingsGermanVerbSecond: a German clause whose verb of activity
// comes first and whose negation ends it ("Login geht seit 8 Uhr nicht",
// "öffnet keine Tür mehr", "startet an keinem Arbeitsplatz") is a fault,
// not the weak defect of an unknown verb negated: for everyone, P1;
// "darum geht's nicht" is not.
func TestReadingsGermanVerbSecond(t *testing.T) {
	tests := []levelCase{
		{P1, "Kein Zugang zum Portal", "Login geht seit 8 Uhr nicht, weder bei mir noch bei meinen zwei Mitarbeiterinnen."},
		{P1, "Keine Tür öffnet mit Karte", "Seit ca. 6:45 öffnet keine Tür mehr mit Karte oder Transponder. Haupteingang, Tiefgarage, alle Etagentüren."},
		{P1, "Programm startet an keinem Platz", "Seit heute Morgen startet das Praxisprogramm an keinem unserer sechs Arbeitsplätze, es kommt nur \"Keine Verbindung zur Datenbank\"."},
	}
	checkLevels(t, tests)
	if got := Default().Classify(Input{Subject: "Button", Body: "Der Button ist jetzt hellgrün. Bestellen geht ja, darum geht's nicht. Aber bitte wieder dunkelblau."}); got.Severity <= P2 {
		t.Errorf("'darum geht's nicht' = %v, want P3 or P4: not the point, no fault", got.Severity)
	}
}

// TestReadingsGermanRecords: someone else's records whatever the other is
// called ("Noten eines fremden Kindes"), and German records wiped in bulk
// ("alle Bestände in Halle 2 stehen auf 0"), unless denied ("es ist nichts
// verloren gegangen").
func TestReadingsGermanRecords(t *testing.T) {
	tests := []levelCase{
		{P1, "Elternportal", "Eine Mutter hat sich ins Elternportal eingeloggt und sah dort die Noten eines fremden Kindes."},
		{P1, "Dashboard", "In unserem Dashboard tauchen seit heute früh die Daten eines anderen Veranstalters auf."},
		{P1, "Bestand Halle 2", "Nach dem Update von gestern Abend stehen alle Bestände in Halle 2 auf 0."},
	}
	checkLevels(t, tests)
	if got := Default().Classify(Input{Subject: "Danke", Body: "Wir haben heute früh geprüft: Alle Aufträge und Lieferscheine sind vollständig, es ist nichts verloren gegangen."}); got.Severity == P1 {
		t.Errorf("nothing lost = P1, want below")
	}
}

// TestReadingsGermanNoneOfUs: none of us in German ("weder bei mir noch bei
// meinen Mitarbeiterinnen") makes a login fault everyone's; money that did
// not arrive ("nicht bei den Banken angekommen") is a payment failure;
// "ob" asks whether, it reports nothing.
func TestReadingsGermanNoneOfUs(t *testing.T) {
	tests := []levelCase{
		{P1, "Kein Zugang zum Portal", "Login geht seit 8 Uhr nicht, weder bei mir noch bei meinen zwei Mitarbeiterinnen. Meldung \"Ungültige Sitzung\", auch nach Passwort zurücksetzen. Anderer Browser, anderer Rechner, Handy – überall gleich."},
		{P1, "Lohnzahlungen Januar nicht an die Banken übermittelt", "Die Zahlungsdateien für die Lohn- und Gehaltszahlungen Januar, die wir für unsere Mandanten freigegeben haben, sind offenbar nicht bei den Banken angekommen. Im Zahlungsverkehrsmodul stehen sämtliche 41 Aufträge auf dem Status \"Übermittelt\"."},
	}
	checkLevels(t, tests)
	if got := Default().Classify(Input{Subject: "Feedback", Body: "Ein kurzes Lob für die Kommunikation beim Ausfall letzten Dienstag. Eine Anregung: Ein Satz dazu, ob während des Ausfalls Nachrichten verloren gegangen sind, würde uns helfen."}); got.Severity == P1 {
		t.Errorf("a question whether messages were lost = P1, want below")
	}
}

// TestReadingsThroughput: a then and a now written with an arrow ("p50
// 180 ms -> 1.4 s"), throughput that fell ("von ca. 120 MB/s auf ca. 15
// MB/s", "~2,100 msg/s -> ~400 msg/s"), and "ca." that ends no sentence;
// "alle 8 h für ca. 20 s weg" says how often, nothing is lost.
func TestReadingsThroughput(t *testing.T) {
	tests := []levelCase{
		{P2, "GET /v3/stock-levels p50 latency 180 ms -> 1.4 s since 19 March", "Our stock sync runs every 15 minutes."},
		{P2, "Durchsatz nach Update gefallen", "Der Durchsatz ist nach dem Update von ca. 120 MB/s auf ca. 15 MB/s gefallen."},
		{P2, "Consumer throughput", "Receive throughput per consumer: ~2,100 msg/s -> ~400 msg/s since the upgrade."},
	}
	checkLevels(t, tests)
	if got := Default().Classify(Input{Subject: "IPsec-Tunnel", Body: "Der Tunnel ist alle 8 h für ca. 20 s weg. Timing passt genau zum Rekey."}); got.Severity == P1 {
		t.Errorf("a tunnel down every 8 h for 20 s = P1, want below: nothing is lost")
	}
}

// TestReadingsToldSettled: what the writer was told is not what the writer
// confirms: "we were told the matter was resolved, and on each occasion it
// recurred" above a notice of termination is no closing mail.
func TestReadingsToldSettled(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Formal notice regarding our subscription", "This is the third time in eight weeks that our staff have been unable to access the HR module during payroll week. On each occasion we were told the matter was resolved, and on each occasion it recurred. I have today instructed our Chief Financial Officer to prepare a notice of termination of our contract, unless I receive a call by Tuesday."},
	})
	if got := Default().Classify(Input{Subject: "Re: Outage", Body: "Thanks, the matter was resolved this morning and everything works."}); got.Severity != P4 {
		t.Errorf("a confirmation of a fix = %v, want P4", got.Severity)
	}
}

// TestReadingsNotIncidents: buttons gone purple are a look, not a loss; a
// tabletop exercise that simulates a breach is no breach; staff asking if
// they lost leave ask, they report no loss (a guard in this short form).
func TestReadingsNotIncidents(t *testing.T) {
	for _, in := range []Input{
		{Subject: "Portal buttons are purple??", Body: "I uploaded our logo on the branding page and now all the buttons have gone a sort of purple instead of our teal. Everything works fine, it just doesn't look like us."},
		{Subject: "Security breach tabletop exercise – vendor contacts", Body: "Next month we're running a tabletop exercise that simulates a security breach at one of our SaaS vendors. Could you tell us who we would contact in a real incident?"},
		{Subject: "Leave balance showing 4.999999 days", Body: "Some leave balances show 4.999999 days instead of 5. Our HR team is receiving many tickets from agents asking if they have lost half a day of leave."},
	} {
		if got := Default().Classify(in); got.Severity == P1 {
			t.Errorf("Classify(%q) = P1, want below", in.Subject)
		}
	}
}

// TestGermanThousands: dots that group thousands, not decimals.
func TestGermanThousands(t *testing.T) {
	for w, want := range map[string]bool{"1.200": true, "12.500": true, "1.234.567": true, "999.000": true,
		"1.5": false, "0.125": false, "1234.567": false, "1.23": false, "1.2345": false, "12.50.000": false, "1200": false} {
		if got := germanThousands([]byte(w)); got != want {
			t.Errorf("germanThousands(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestReadingsRulesAgainstAllSets checks the readings of 2026-12-06's
// last round, each a rule or a decision step read against every labelled
// set (docs/severity.md, "Readings checked against every labelled set"):
// the cases fail on the round's start (d18a5c9) but for the guards,
// which pass on both.
func TestReadingsRulesAgainstAllSets(t *testing.T) {
	tests := []levelCase{
		// the courtesy floor holds only hard P1 facts: a loud word on a
		// blurry icon, put as a thought, is P4
		{P4, "Icon blurry", "CRITICAL ISSUE: the app icon looks blurry on the new phones. Just a thought, no rush."},
		// ... a thank-you that mentions the outage is P4 (guard)
		{P4, "Thank you for Friday", "Thanks to the whole team for Friday: the outage was handled really well and we were back up by lunch. Just a suggestion, not urgent: an SMS when the status page changes would help a lot."},
		// ... a hard P1 fact told with courtesy stays P1 (guard)
		{P1, "FYI", "FYI, card payments fail for all our customers since 9:00. Thanks!"},
		// a writer who calls the problem annoying measures it as P3
		{P3, "Date filter on the orders page", "The date filter on the orders page doesn't work for anyone here since Monday, it always shows everything. Annoying, we scroll instead."},
		// "workaround is" names a workaround, no P2 by itself
		{P3, "Signature spacing", "When we save a template the non-breaking spaces are removed, so names break across lines. The workaround is to re-type them after saving."},
		// a dead link is a defect: P3 beside a core feature, not P2
		{P3, "Tracking link", "The tracking link in the dispatch e-mail leads to a 404 page for our customers since the update."},
		// not finding a control is a question how to
		{P4, "Member list", "Every year I print the member list for the clubhouse. This year I can't find where the print button is. Can you tell me?"},
		// moving names where to before it threatens (the second a guard)
		{P4, "Adding a note to confirmation emails?", "Quick question: we're moving our patient parking behind the building in February. Can I add a line about it to the appointment confirmation e-mails myself?"},
		{P1, "Our contract", "After three outages this month we are moving to another platform at the end of the quarter."},
		// a subject that asks: what is done by hand meanwhile is no workaround of a fault
		{P4, "Export panel as SVG?", "Is there a way to export a dashboard panel as SVG? The PNG comes out blurry in print; as a workaround we zoom in first."},
		// the feature runs and gets its result wrong: no core feature stopped
		{P3, "Scheduled exports", "The invoice export report does not include the credit notes from last month, so the totals are not correct. Our bookkeeper corrects them by hand."},
		// a bug word that labels the report is no measure of it
		{P2, "[Bug] Webhooks not firing since Monday", "### Describe the bug\nSince Monday the order webhooks are not firing for three of our stores."},
		// the level picked in a form's rating field is no evidence
		{P3, "Cancel button not working on Android", "Category: Appointments | Impact: Critical – service unavailable\n\nThe cancel appointment button does nothing in the Android app. Patients can still cancel on the website."},
		// there is no incident: the alarm words are the question's
		{P4, "Anfrage zur Datensicherung", "Unser Datenschutzbeauftragter fragt, wie schnell nach einem Datenverlust eine Wiederherstellung möglich wäre. Es hat bei uns keinen Vorfall gegeben, wir brauchen die Angabe nur für die Dokumentation."},
		// a cancellation that is the condition itself threatens nothing
		{P4, "Question about signed leases", "Could you point me to a page on ESIGN compliance? I'd also like to know whether we keep access to the signed copies if we ever cancel our account."},
		// German: things received no longer, a subject that opens with "keine … mehr"
		{P3, "Bestätigungsmails", "Seit dem Update bekommen unsere Kunden keine Bestätigungsmails mehr."},
		{P2, "Keine Benachrichtigungen mehr", "Seit dem Update am Montag."},
		// ... "keine Fehlermeldungen mehr" is a fix (guard)
		{P4, "Danke", "Seit Ihrem Update gibt es keine Fehlermeldungen mehr. Vielen Dank!"},
		// German severe slowness
		{P2, "Buchungsjournal", "Der Aufruf des Buchungsjournals ist seit dem Update stark verlangsamt, bei allen Kollegen."},
		// access by someone who should have none, told without an alarm word
		{P1, "Folder", "A person outside our company can see our project folder. We never shared it with her."},
		{P1, "Konto", "Unbekannter Zugriff auf unser Konto heute Nacht um 3 Uhr, wir waren das nicht."},
		{P1, "accounts visible??", "If you log into My Account and change the number at the end of the web address you get someone elses account, name, address and phone."},
		// money: the people between the verb and its count; payouts held
		{P1, "Heads up", "Heads up: autopay charged customers twice overnight, about 300 of them."},
		{P1, "Payouts", "Our payouts have been paused for six days for a compliance review and payroll is on Friday."},
	}
	checkLevels(t, tests)
}

// TestReadingsWhereAndHowToPay: a problem the subject places on a test,
// staging or training copy is P3 whatever its error says, unless the
// subject names production as hit; one way to pay failing while the
// cards go through is P2, while cards failing with only cash or a wallet
// left stays P1; the security words of a threat the writer read about
// in the news are what they ask about (P4). The first four and the news
// case fail on the session's start (7195c15).
func TestReadingsWhereAndHowToPay(t *testing.T) {
	tests := []levelCase{
		{P3, "500 Internal Server Error on staging after PHP 8.3 switch", "After switching PHP to 8.3 on our staging site every page gives 500 Internal Server Error. Production is on 8.1 and fine."},
		{P3, "Schulungsmandant: Import bricht ab", "Beim Import im Schulungsmandanten kommt „data corruption detected“ und der Import bricht ab."},
		{P2, "GCash payments failing", "Since Thursday every GCash payment fails after the OTP. Card payments are working fine, so we send the parents our bank details meanwhile."},
		{P2, "PayPal geht nicht mehr", "Seit gestern schlagen alle PayPal-Zahlungen fehl. Kreditkarte und Vorkasse funktionieren."},
		// guards: production named as hit; a staging area in a warehouse; cards failing, cash working
		{P1, "Flag changes in staging are applied to production", "Turning a flag on in staging turns it on in production too: all card payments failed for 20 minutes."},
		{P1, "Scanners down in the staging area", "Since 6:00 none of our scanners in the staging area can connect, no pallet can be booked out, all trucks are waiting."},
		{P1, "Card payments not working on till", "No card payment goes through on any till since opening. Cash works fine but most people pay by card."},
		// security words from the news are what the writer asks about (the first fails on the start)
		{P4, "Data breach at a payroll provider in the news", "Our managing director read a news article about a data breach at a payroll provider this weekend. Please send us a short written statement that our employees' data is safe with you."},
		// a notice to terminate threatens cancellation, however it is conditioned (fails on the start)
		{P1, "Formal escalation / notice of intent to terminate", "I write at the request of our VP of Operations. Unless we get a root cause analysis by Friday, we will issue notice to terminate at the end of the quarter."},
		// the day's tours and the till's receipts are data (fail on the start)
		{P1, "Tours deleted after validation", "Since 5:30 this morning, when the dispatchers click Validate, the tours of the day are deleted instead of being sent to the drivers. We have lost the planning of all 85 tours of today."},
		{P1, "Bons weg", "Im Journal gibt es für Montag bis Mittwoch keinen einzigen Bon mehr, die Bons sind weg."},
		// a subject only about a typo is cosmetic, however loud (fails on the start)
		{P4, "URGENT!!! Wrong spelling in order confirmation email", "All our customers get the order confirmation with 'Thank you for you order' instead of 'your order'. This is WRONG and looks bad. Please fix asap!"},
		// ... a typo joined to a fault keeps the fault's level (guard)
		{P2, "Sync stopped + small typo", "1) The nightly sync to our accounting stopped on Friday, the status page shows authentication failed. We enter the invoices by hand for now. 2) Small typo on the settings page: 'Setings'."},
		// "Stück" counts pieces; it is no "stuck" (fails on the start)
		{P3, "Rundung in der Rechnungsansicht", "Pos. 1: 7 Stück Motor à 412,37 EUR. Pos. 2: 3 Stück Kupplung à 58,115 EUR. In der PDF-Ansicht wird Pos. 2 anders gerundet als in der XML, 1 Cent Differenz. Betroffen sind 11 von 367 Rechnungen."},
		// ... and German zero amounts in bulk are corruption (guard: P1 on the start by accident)
		{P1, "Rechnungen Januar alle auf 0,00", "In der Buchhaltung haben alle Ausgangsrechnungen vom Januar (rund 3.100 Stück) plötzlich einen Betrag von 0,00 €."},
		// someone else's child shown, a list that is not the writer's, data without a token (fail on the start)
		{P1, "I am looking at SOMEONE ELSE'S KID in the portal", "I logged in to the parent portal this morning and I am looking at someone else's kid, with her grades and her address."},
		{P1, "Fwd: rider list not my kids", "Checked 4 tablets. The rider lists are another division's students, not ours, with stop addresses and phone numbers."},
		{P1, "/api/v2/students returning data without a token", "GET /api/v2/students returns the full student records without a token, from any IP."},
		// leaving for another marketplace, put by the CEO (fails on the start)
		{P1, "Payout holds - escalation from our CEO", "Our CEO has asked me to put this in writing: unless the holds are lifted by Friday, we will move all 40 managed accounts to another marketplace."},
		// asking whether an outage or a threat reached the writer is a question (fails on the start)
		{P4, "Statusseite Major Outage – betrifft uns das?", "Auf Ihrer Statusseite steht seit heute früh Major Outage für EU-Central. Bei uns läuft alles. Betrifft uns das?"},
		// German: not the writer's own records but another person's (fail on the start)
		{P1, "Terminbestätigungen – Inhalt", "Eine Bürgerin teilte mit, dass ihre Terminbestätigung nicht ihre eigenen Angaben, sondern Name, Anschrift und Geburtsdatum einer ihr unbekannten Person enthält."},
		{P1, "Fremdes Kind in der App", "Seit heute sehe ich in der App unter Mein Kind nicht meine Tochter, sondern einen Jungen aus der 6c mit seinen Noten und der Adresse seiner Eltern."},
		// a way in named as hit too is no workaround (fails on the start)
		{P1, "Anmeldung für alle Mitarbeitenden nicht möglich", "Seit 07:40 Uhr ist die Anmeldung für sämtliche Mitarbeitenden nicht möglich. Betroffen ist sowohl die Anmeldung über SSO als auch die Anmeldung per E-Mail und Passwort."},
		// German then and now, "bisher" with a decimal comma (fails on the start)
		{P2, "Laufzeiten der Funktion", "Die mittlere Laufzeit lag bisher bei etwa 1,5 Sekunden; seit dem Update liegt sie bei 9 bis 11 Sekunden."},
		// a subject that opens as a request asks for an enhancement (fails on the start)
		{P3, "Feature-Wunsch: WebAuthn als zweiten Faktor pro Gruppe erzwingen", "Wir möchten für die Gruppe Admins WebAuthn erzwingen. Ohne das können wir die Konten der Admins nicht ausreichend schützen, alle Admins sind betroffen."},
		// ... a reply under such a subject keeps its level (guard)
		{P1, "Re: Feature request: export to PDF", "Forget the request for now: since this morning nobody in our company can log in, every user gets a 500 error."},
		// a subject that only thanks closes a matter (fails on the start)
		{P4, "Dank für die Hilfe beim Ausfall am Samstag", "Ich möchte mich für die schnelle Reaktion beim Ausfall am Samstag bedanken. Die Meldung\n\nPOST /v2/orders -> 500 Internal Server Error\n\nist seither nicht mehr aufgetreten. Gibt es einen Incident Report für unsere Geschäftsleitung?"},
		// ... a thank-you letter is a thing the product sends (guard)
		{P3, "Thank-you letters drop the salutation", "Since the update the thank-you letter merge drops the salutation for some donors. We fix them by hand."},
		// ... a breach of the writer's own data stays P1, news or not (guard)
		{P1, "Our customer list is on a hacker forum", "A journalist called us this morning: our complete customer list with e-mail addresses was leaked and is offered on a hacker forum. It can only come from our account with you."},
	}
	checkLevels(t, tests)
}

// TestSubjectKinds checks the subject readings word by word: folded as
// the rules read them ("Dankeschön", "läuft"), joined topics keep the
// mail's level, and a bracketed tag before a request is read past.
func TestSubjectKinds(t *testing.T) {
	for _, tt := range []struct {
		name string
		got  bool
		want bool
	}{
		{"thanks, an umlaut", thanksSubject("Dankeschön für Ihre Hilfe"), true},
		{"thanks joined to a topic", thanksSubject("Thanks for last week + checkout"), false},
		{"thanks as a thing sent", thanksSubject("Thank-you emails losing their formatting"), false},
		{"request after a tag", requestSubject("[Support form] Feature-Wunsch: Dark Mode"), true},
		{"request in a reply", requestSubject("Re: Feature request: export"), false},
		{"typo joined by but", textSlipSubject("Typo on the invoice but also sync stopped"), false},
		{"typo alone", textSlipSubject("URGENT!!! Tippfehler im Menü"), true},
		{"staging", nonProduction("500 on staging after the upgrade"), true},
		{"staging and production", nonProduction("Staging changes applied to production"), false},
		{"production fine", nonProduction("[Sandbox] 503 - production not affected"), true},
		{"another way to pay, German", otherWayToPay("PayPal geht nicht mehr", "Karte läuft normal."), true},
		{"cards fail, cash works", otherWayToPay("Card payments failing", "Cash works fine."), false},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

// TestReadingsNamedAndDenied checks the readings of the round on
// hold-outs 149–151: whose records are shown, who did not make a change,
// a threat over past outages, records an import doubled, a negated
// judgement and a denial about others. Each case fails on the session's
// start (99e0dc3) but the guards.
func TestReadingsNamedAndDenied(t *testing.T) {
	tests := []levelCase{
		// someone else's gradebook, reports, tickets
		{P1, "user sees another tenant's gradebook", "One of our staff (aldwick user id 88213) opened a gradebook link from a notification email and got the gradebook for a course at tenant \"stmarks\" - names, student numbers, marks. She's not in that course and shouldn't be able to see anything outside aldwick. Reproduced it once myself from her link, then stopped.\n\nLink + screenshot attached. Have told her not to share it. Please look."},
		// a change nobody on the writer's side made, in German
		{P1, "WEG Lindenstraße 12: Miteigentumsanteile überschrieben, fehlerhafte Hausgeldvorschüsse versandt", "Sehr geehrte Damen und Herren,\n\nbei der Wohnungseigentümergemeinschaft Lindenstraße 12 in Düsseldorf-Flingern, die 36 Sondereigentumseinheiten umfasst, stellen wir seit dem heutigen Morgen fest, dass die im Stammdatenbereich hinterlegten Miteigentumsanteile sämtlicher Einheiten verändert worden sind. Statt der in der Teilungserklärung festgelegten Anteile, die zwischen 14,2/1.000 und 41,8/1.000 liegen, ist bei allen Einheiten einheitlich ein Anteil von 27,78/1.000 eingetragen. Eine solche Änderung ist von unserer Seite nicht vorgenommen worden; das Änderungsprotokoll verzeichnet einen Eintrag „Systemimport“ vom Samstag, 28. September, 02:14 Uhr.\n\nErschwerend kommt hinzu, dass die auf Grundlage dieser Anteile neu berechneten Hausgeldvorschüsse für Oktober bereits am Sonntag automatisch über das Eigentümerportal an alle Eigentümer versandt und zugleich als Sollstellungen für den Lastschrifteinzug am 2. Oktober vorgemerkt wurden. Die ersten Eigentümer haben sich heute früh bereits bei uns gemeldet.\n\nIch bitte Sie, die ursprünglichen Daten aus Ihrer Sicherung wiederherzustellen und den Lastschrifteinzug für diese Gemeinschaft bis zur Klärung auszusetzen. Ferner bitte ich um Prüfung, ob weitere Gemeinschaften von dem genannten Import betroffen sind; bei einer ersten Durchsicht von drei weiteren Gemeinschaften haben wir keine Auffälligkeiten festgestellt."},
		// ... a clause of its own after "niemand" is not what nobody did (guard)
		{P4, "Phishing-Mail in Ihrem Namen", "Wir haben eine Mail bekommen, angeblich von Ihrem Sicherheitsteam, mit einem Link zur Bankverbindung. Niemand hat geklickt, die Mail ist im Papierkorb und der Absender gesperrt. Nur zur Info, falls Sie Ihre Kunden warnen möchten."},
		// a threat to cancel over outages told of the past
		{P1, "Formal notice of concern - Ellesmere University agreement ELU-IT-2023-044", "Dear Lecternia team,\n\nI am writing on behalf of Ellesmere University's Chief Financial Officer and Academic Registrar, and I would be grateful if you would pass this to your account director and head of customer operations today.\n\nOver the December assessment period the University experienced three platform outages (2, 9 and 15 December), with a combined duration of just over eleven hours, two of which fell during timed online examinations. Under Schedule 3 of the agreement, availability in December was well below the 99.9% commitment.\n\nThe CFO and Registrar have instructed me to inform you that, unless we receive a written root cause analysis for each outage and a remediation plan acceptable to the University by Friday 16 January, the University will serve notice of termination for material breach under clause 14.2, and will not proceed with the renewal due on 31 March."},
		// an import that posted every payment twice
		{P1, "Technisches Problem - Buchhaltung", "Nach dem Import der Kontoauszüge gestern sind bei 6 Gemeinschaften alle Hausgeldzahlungen seit Januar doppelt gebucht, insgesamt ca. 1.400 Buchungen. Bitte die Buchungen auf den Stand vor dem Import zurücksetzen."},
		// how bad it is, denied, is no defect
		{P4, "Bitte DRINGEND ändern: \"Januar\" in den Einladungen!!", "In den Einladungen steht noch \"Jänner\". Die Eigentümer aus Norddeutschland sind nicht begeistert. Bitte ändern."},
	}
	checkLevels(t, tests)
	for _, tt := range []struct {
		ws   string
		want bool
	}{
		{"bei einer ersten durchsicht von drei weiteren gemeinschaften haben wir keine auffalligkeiten festgestellt", true},
		{"aktuell besteht kein problem", false},
	} {
		if got := aboutOthers(strings.Fields(tt.ws)); got != tt.want {
			t.Errorf("aboutOthers(%q) = %v, want %v", tt.ws, got, tt.want)
		}
	}
}

// TestReadingsLossesAndNotices checks the readings of the round on
// hold-outs 152–154 (each case fails on the session's start, 99e0dc3).
func TestReadingsLossesAndNotices(t *testing.T) {
	tests := []levelCase{
		// a weak loss word ("fehlt", "lost") promotes a loss only beside data in its own sentence
		{P3, "Warnungen in der Sicherungsmeldung – bitte um Erklärung!", "Sehr geehrte Damen und Herren,\n\nich mache mir wirklich große Sorgen! In der täglichen Sicherungsmeldung steht\nseit etwa einer Woche jeden Morgen bei \"Dateiablage\" ein gelbes\nWarnzeichen mit dem Text \"2 Dateien übersprungen (in Verwendung)\". Die\nDateien heißen \"~$Dienstplan_August.xlsx\" und \"~$Dienstplan_September.xlsx\".\n\nAlles andere ist grün, und die Dienstpläne selbst kann ich ganz normal\nöffnen. Trotzdem: Ist mit unserer Sicherung alles in Ordnung? Sind die\nPatientendaten vollständig gesichert? Ich möchte nicht, dass wir im Ernstfall\ndastehen und es fehlt etwas.\n\nBitte schauen Sie sich das an und geben Sie mir Bescheid, ob wir etwas tun\nmüssen.\n\nMit freundlichen Grüßen"},
		{P2, "Mieteinzug Juni bei 4 Mietern nicht abgebucht!!!", "Hallo,\n\nich habe gerade mein Konto angeschaut: die Juni-Miete ist nur bei 7 von 11 Mietern abgebucht worden!!! Bei Frau Hoffmann, Herrn Demir, Familie Kraus und Herrn Ott fehlt die Lastschrift komplett, in HausWerk steht bei denen \"Lastschrift vorbereitet\" und sonst nichts. Mandate sind alle da und haben die letzten Monate funktioniert!!! Zusammen fehlen mir 3.460 Euro und am 5. geht die Rate für den Kredit vom Dach raus!!!\n\nIch habe die vier jetzt angerufen und gebeten das Geld diesen Monat selber zu überweisen, Frau Hoffmann hat es schon gemacht. Aber ich kann doch nicht jeden Monat meinen Mietern hinterhertelefonieren, dafür bezahle ich Sie doch!!!\n\nWas ist da los und passiert das nächsten Monat wieder???\n\nG. Vollmer\n0821 4471 903"},
		// a stored file the product answers for as not found is lost data
		{P1, "Pre-2023 scanned documents return \"File not found\" after maintenance", "Hi,\n\nAfter your maintenance window last night (03/19 23:00-03:00 ET), every scanned document uploaded before 2023 returns \"File not found\" in the patient Documents tab. The content endpoint returns 404 for those objects:\n\n  GET /v2/documents/dc_2019_08841/content -> 404 {\"error\":\"object_not_found\"}\n  GET /v2/documents/dc_2022_11307/content -> 404 {\"error\":\"object_not_found\"}\n\nDocuments from 2023 onward open fine. By my count from the API listing that's ~18,400 documents (referrals, signed consents, outside records) across the three clinics. Metadata is present, the files aren't. We don't keep a local copy; Veranda is the system of record for these. Need to know whether the objects are recoverable."},
		// notice given "at the end of the month" is a threat to cancel
		{P1, "third outage in five weeks - need a call today", "Hi,\n\nLast night's outage (us-1, ~50 minutes of 503s, your incident INC-2291) is the third one that has taken our search down since the 23rd of January. I know it's back up now. That's not really the point anymore.\n\nI've had to explain to our investors why our app was down during our biggest promo night. My cofounder and I talked this morning and we're seriously looking at moving off Kestrel. We've already got a trial account with another provider.\n\nWhat I need:\n- a call today with someone who can actually commit to something, not first-line support\n- a real root cause for all three, not three separate \"we've fixed the config\" notes\n- an answer on SLA credits for February\n\nIf we don't have that by Monday I'm going to give notice at the end of the month under section 9 of our agreement."},
		{P1, "recordings 17-19 February not found", "Good morning,\n\nour quality team noticed yesterday that the recordings of the calls of 17, 18 and 19 February are not in the archive. In the call log the calls are there, with the small icon of the recording, but when we click for listen it say \"Recording file not found\". For 16 February and from 20 February it work normal.\n\nI made the count with the call log export: are about 7.400 calls, all the queues.\n\nWe have in the contract with our client the obligation to keep all the recordings for 24 months, and they can ask us any recording for complaints. Please can you tell us where are these files and if they can be recovered?\n\nRegards"},
		// exercising a right to terminate is a threat to cancel
		{P1, "Formal notice - service performance under our agreement", "Dear FieldLoop team,\n\nI am writing at the request of our Chief Executive, Richard Amankwah, who is copied.\n\nIn March we have experienced the sign-in failure of 5 March (3 hours 40 minutes, all 86 technicians), a second period of unavailability on 14 March (1 hour 55 minutes), and the unresolved Assets performance issue under ticket 40917. Together these have caused us to miss our 60-minute entrapment response commitment on 9 occasions this month, with penalty exposure under two of our largest maintenance contracts.\n\nMr Amankwah has asked me to inform you that, unless we receive a written root-cause analysis for both outages and a remediation plan for ticket 40917 by Friday 28 March, Vertex Lift Services intends to exercise its right to terminate under section 11.2 (material breach of service levels) of our Master Subscription Agreement."},
		// what an audit log says "System" changed, nobody on the writer's side did
		{P1, "Invoice totals changed after payment", "Hi,\n\nWhile reconciling June this morning I found invoices whose totals in FieldLoop no longer match what the customer signed and paid. Example: INV-20391 was $4,812.50 on the signed contract and was paid in full by card on 4 June. FieldLoop now shows the total as $48,125.00 with a balance due of $43,312.50. It looks like the decimal point moved one place on some invoices.\n\nSo far I have found 37 invoices like this, all edited by \"System\" on Saturday night. I haven't checked the older months yet.\n\nThe automatic overdue reminders went out this morning to those customers with the new balances. We've already had two calls. I've paused the reminder schedule.\n\nCould someone look at this as soon as possible? I can send the list of 37 invoice numbers."},
		// ... an attribution to System is no change (guard)
		{P3, "Activity log shows System", "The activity log for the matters we worked on this morning shows our edits as made by \"System\" rather than by the person who made them. The documents themselves are fine, but our billing team relies on the log."},
		// nobody gets in and the practice goes on with paper: still a complete outage
		{P1, "Keine Anmeldung möglich", "Grüezi mitenand\n\nSeit heute Morgen können wir uns nicht mehr in Praxion anmelden. Es erscheint die Meldung \"Service vorübergehend nicht verfügbar\". Das betrifft alle 11 Mitarbeitenden an beiden Standorten (Bahnhof und Seen), im Browser und in der App.\n\nWir arbeiten bis auf Weiteres mit Papier und verschieben, was sich verschieben lässt. Um 8 Uhr beginnt die Sprechstunde.\n\nIch bitte um Rückmeldung, sobald Sie mehr wissen: 052 555 31 40.\n\nFreundliche Grüsse"},
		// "kommt bei uns keiner ins System": nobody gets in, with words between
		{P1, "Kein Zugang – Sanduhr bei allen", "Servus,\n\nseit ca. 6:45 kommt bei uns keiner ins System. Nach dem Login dreht sich nur die Sanduhr, nach ein paar Minuten kommt \"Zeitüberschreitung\". Betrifft alle 7 Therapeut:innen und den Empfang, am PC genauso wie am Handy.\n\nHeute stehen 62 Einheiten im Kalender und wir sehen nicht einmal, wer wann kommt. Die ersten Patient:innen sind schon da, wir haben einen Zettel hingelegt und schreiben auf, wer kommt.\n\nBitte um Rückruf: 0316 555 418.\n\nLg"},
		// an export open without logging in is a security incident, whatever workaround
		{P1, "Kundenexport ohne Anmeldung abrufbar", "Guten Tag\n\nBei einer Routineprüfung ist uns Folgendes aufgefallen: Der Link aus der E-Mail «Ihr Export ist bereit» (Admin > Kunden > Export CSV) lässt sich ohne Anmeldung öffnen, auch aus einem privaten Browserfenster und aus einem fremden Netz. Der Link ist nicht befristet; ein Export vom Februar ist heute noch abrufbar.\n\nDie Datei enthält sämtliche Kundenkontakte (rund 4'800 Personen mit Name, E-Mail, Telefon, Adresse, Kundennummer und Kreditlimite). Die Links wurden in den letzten Monaten mehrfach per E-Mail verschickt, auch an externe Adressen (unser Treuhänder).\n\nWir haben keine Hinweise, dass Unbefugte darauf zugegriffen haben, können das aber nicht beurteilen. Bitte um Prüfung Ihrer Zugriffsprotokolle für diese Links und um Rückmeldung, wie wir vorgehen sollen – gegebenenfalls müssen wir eine Meldung an den EDÖB prüfen.\n\nFreundliche Grüsse"},
		// ... paper for a feature that fails, not for getting in, is a workaround (guard)
		{P2, "e-scripts not reaching pharmacies", "Since about 3pm yesterday the electronic prescriptions we send aren't arriving at the pharmacies. The pharmacies say nothing has come through since lunchtime. All four of our prescribers are affected. For now we're printing paper prescriptions and signing them, which works."},
		// bank details are data: overwritten for 140 families by an import
		{P1, "IBAN bei 140 Familien nach Einkommensimport überschrieben", "Ich habe heute die Einkommensnachweise über den CSV-Import eingelesen. Danach steht bei allen 140 Familien aus der Importdatei dieselbe IBAN im Mandat. Kontoinhaber und Mandatsreferenz sind unverändert, nur die IBAN ist überschrieben. Bitte stellen Sie die IBANs aus der Sicherung von heute früh wieder her."},
		// ... a strong loss word still reads data named in the sentence before (guard)
		{P1, "Kundendaten", "Seit dem Update sind die Kundendaten aus dem Januar betroffen. Alle Einträge sind weg."},
	}
	checkLevels(t, tests)
}

// TestGermanSlowness checks German slowness as English slowness is read:
// verb-second puts the subject between the verb of taking time and the
// time ("braucht die Wochenansicht im Büro 45 Sekunden"), and "very
// sluggish", "loads forever" in German words (P2); the support's slow
// answer and a question about how long stay what they were.
func TestGermanSlowness(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "Wochenansicht", "Seit Montag braucht die Wochenansicht im Büro 45 Sekunden, bis sie offen ist."},
		{P2, "Zeiterfassung", "Die Zeiterfassung lädt seit dem Update ewig, und das Stempeln ist extrem zäh."},
		{P3, "Rückfrage", "Ihr Support braucht ewig für eine Antwort, das ist ärgerlich."},
		{P4, "Frage Export", "Wie lange braucht der Export für 20 Mitarbeiter ungefähr? Nur damit ich das einplanen kann."},
		// the adjective with its ending before the noun ("der langsamen
		// Plantafel"), also beside a renewal (at risk: P2)
		{P3, "Plantafel", "Die seit dem Update langsame Plantafel bremst unser Büro."},
		{P2, "Verlängerung", "Die Verlängerung steht im Herbst an. Ich sag es offen: wegen der seit Monaten langsamen Plantafel überlegen wir."},
		{P4, "Danke", "Danke, das langsame Laden der Plantafel ist seit dem Patch behoben."},
	})
}

// TestGermanSeparableVerbs checks that a German separable verb of failure
// is read with words between the verb and its particle ("stürzt beim
// Öffnen der Plantafel ab", "fällt seit Montag mehrmals am Tag aus"), and
// not when negated or when it says how a figure turns out.
func TestGermanSeparableVerbs(t *testing.T) {
	checkLevels(t, []levelCase{
		{P3, "Plantafel", "Die App stürzt beim Öffnen der Plantafel ab."},
		{P3, "Server", "Der Server fällt seit Montag mehrmals am Tag aus."},
		{P3, "Export", "Der Export bricht bei großen Projekten jedes Mal ab."},
		{P4, "Danke", "Danke, seit dem Patch stürzt die App nicht mehr ab."},
		{P4, "Nachzahlung", "Die Nachzahlung fällt dieses Jahr deutlich höher aus."},
	})
}
