package classify

import "testing"

// Readings of the sev13 round (docs/severity.md, "A round that must carry
// to writers not seen"): each is the structure of a kind of mail that blind
// writers' sets miss in three or more sets, not one writer's phrase. Each
// Test… case fails at the round's start (91238984); each …Not case is what
// the reading must not take.

// TestPrecautionOtherPartysEvent: a writer who clears their own side in so
// many words ("this is a precautionary inquiry", "Nothing happened to me",
// "We weren't affected", "aktuell liegt kein Vorfall vor") and asks about an
// event told of another party or of what might happen, or about a loss
// named as a noun, asks a general question (P4), whatever the P1 word is:
// not only a security word.
func TestPrecautionOtherPartysEvent(t *testing.T) {
	checkLevels(t, []levelCase{
		{P4, "2FA for admin accounts - question from our IT team", "Our IT team read about the attack on admin accounts of another booking platform last week. Can we enforce two-factor authentication for all our admins? We have not noticed anything odd in our account; this is a precautionary inquiry."},
		{P4, "question about chargebacks", "My cousin runs a hostel and got five fake bookings on another platform with stolen cards, she lost the money. Is this checked on your side? Nothing happened to me, just want to know."},
		{P4, "DR plan after the CloudMed outage", "Our chair forwarded the coverage of last week's two-day outage at CloudMed that took down clinics in three states. We weren't affected, we don't use them, but the board wants your RTO and RPO in writing."},
		{P4, "Notfallübung: Fragen zum Ransomware-Szenario", "Für die Übung (Szenario: Ransomware-Befall der Dateiablage) bitte ich um folgende Angaben:\n\n1. Wiederanlaufzeit (RTO) und maximal tolerierbarer Datenverlust (RPO) für die Dateiablage.\n2. Ansprechpartner außerhalb der Geschäftszeiten.\n\nEs handelt sich um eine Übung, aktuell liegt kein Vorfall vor."},
	})
}

// TestPrecautionOtherPartysEventNot: the same words stay P1 when the writer
// does not clear their own side, or says the event is theirs and live.
func TestPrecautionOtherPartysEventNot(t *testing.T) {
	checkLevels(t, []levelCase{
		// no clearing: another party's records shown to the writer
		{P1, "Guests of another hostel", "In our dashboard we can see bookings that are not ours - another hostel's bookings, with guest names and passport numbers."},
		// a data loss of their own, stated
		{P1, "Datenverlust", "Seit dem Update ist die Dateiablage leer, alle Mandantenakten sind gelöscht. Wir haben einen Datenverlust."},
		// cleared in words, but the loss is live and their own
		{P1, "question about our backups", "We weren't affected by the outage last week, but since last night all our customer records are gone from the database."},
	})
}

// TestRetainedDeletion: a deletion that a retention schedule or the routine
// that runs it owes ("kept for seven years and then deleted", "über die
// Löschroutine automatisch gelöscht") is the product's routine, a core
// function (P2), not a loss of data (P1).
func TestRetainedDeletion(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "Automatic cleanup of old applicants not running", "Our retention policy says applicant records are kept for two years and then deleted.\nThe cleanup seems to have stopped in March and 800 records are now overdue."},
		{P2, "Löschung ehemaliger Mitglieder läuft nicht", "Laut unserem Löschkonzept werden die Daten ehemaliger Mitglieder nach drei Jahren über die Löschroutine automatisch gelöscht. Seit Juni ist das nicht mehr passiert, 140 Datensätze sind überfällig."},
		{P2, "Purge of closed tickets stopped", "Per our contract, closed tickets older than five years are automatically deleted every night. Since the May update the nightly run finishes without deleting any, and about 2,000 tickets are now overdue."},
	})
}

// TestRetainedDeletionNot: records deleted by an update, an import or a
// person stay a loss of data (P1), whatever runs automatically beside it.
func TestRetainedDeletionNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "All client files deleted", "After the automatic update last night all our client files and invoices were deleted. Nobody here deleted anything."},
		{P1, "Kundendaten gelöscht", "Seit dem nächtlichen Import sind alle Kundendaten gelöscht, 2.300 Datensätze."},
		{P1, "retention wiped live records", "The retention job deleted 4,000 active customer records this morning that are nowhere near the five-year limit."},
	})
}

// TestGoneActed: someone who left, or whose access the writer removed, has
// logged in since, told over two sentences: unauthorized access (P1),
// however calmly it is told.
func TestGoneActed(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "odd entry in the log", "Maybe it is nothing. Tomasz worked with us until March and I removed his user from the team page the same week.\n\nToday the activity log shows:\n\n02/05 23:10 – login – tomasz@ourfirm.example\n02/05 23:14 – download of the client list"},
		{P1, "Anmeldung einer ehemaligen Kollegin", "Frau Berger ist Ende Juni bei uns ausgeschieden. Laut Protokoll hat sie sich gestern Abend um 21:40 eingeloggt und mehrere Berichte geöffnet. Können Sie das prüfen?"},
		{P1, "refunds on the till", "Marco left us in September and I deactivated his login that day. Last night there were twelve refunds on till 2 under Marco's PIN, after closing."},
	})
}

// TestGoneActedNot: a removal told as the writer's fix, an account left
// active (a deactivation to check), a question whether it could happen,
// and logs the writer exported are no act of someone gone.
func TestGoneActedNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{0, "Re: Unknown login to admin account", "Thank you for the call. The login was your support engineer, as you confirmed, so there is no security issue. Support access has been removed now. Please close the ticket."},
		{0, "Leavers", "Two employees who left the company last week are still shown as active in the user list. Can you tell me how to deactivate them? Provisioning logs exported from our HR system are attached."},
		{0, "question about leavers", "When someone has left the company and I remove their user, can they still log in with the mobile app if it was open?"},
	})
}

// TestRecordsMixed: people's records mixed, shuffled or swapped between
// them are data corruption and a privacy incident (P1), however calmly or
// tentatively told.
func TestRecordsMixed(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "report cards look odd", "Since Monday's run the report cards have the wrong grades on them. The marks look shuffled between students in the same class."},
		{P1, "Befunde vertauscht?", "Guten Morgen, bei mehreren Patienten sind seit dem Update die Befunde vertauscht, bei Herrn Maier steht der Befund von Frau Koch."},
		{P1, "After the sync", "After the tablet sync this morning the visit histories of some clients are mixed together: Mr Lee's file shows the Garcias' visits."},
	})
}

// TestRecordsMixedNot: values swapped that are no one's records, the
// writer's own slip, a question, and a reply whose old subject names it.
func TestRecordsMixedNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{0, "Dates on scanned bills", "Scanned supplier bills are read with the day and month swapped whenever the day is 12 or under, so 03/04 becomes 4 March."},
		{0, "Mail merge", "It would save me time: I did the 23 letters by hand and got two of the names mixed up."},
		{0, "Re: client files mixed together", "Thank you, the files are separated again and we checked all of them, everything is correct now."},
	})
}

// TestMoneyTwice: money charged, collected or paid twice for many is a
// payment failure and corrupted records (P1), however calmly told.
func TestMoneyTwice(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Tuition fees", "Hi, just flagging this: your system billed every family twice for the spring term this morning. Parents are starting to call."},
		{P1, "Beiträge März", "Guten Morgen, beim Abgleich habe ich gesehen, dass der Beitrag für März bei jedem Mitglied zweimal eingezogen wurde."},
		{P1, "Supplier payment run", "Good afternoon, the supplier payments of Friday's run were paid two times by the bank. We noticed it on the statement today."},
	})
}

// TestMoneyTwiceNot: one person charged twice, a few orders, an event or
// a file sent twice, and a question whether it happened.
func TestMoneyTwiceNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "Charged twice", "I was charged twice for my subscription this month, two payments of 29 euros on my card. Please refund one."},
		{0, "Refunds by hand", "While the refund button fails we refund in the processor's dashboard, which works, and we found two orders refunded twice."},
		{0, "Duplicate webhook", "Your payment.succeeded event sometimes arrives twice, 20 to 60 seconds apart, with the same event ID. Our endpoint answers 200 within a second."},
		{0, "question", "A customer asked whether all the members were charged twice. Could that happen with the new billing run?"},
	})
}

// TestConcededWorkaround: a German writer who tells what they do instead
// and grants that it works at a cost ("Geht, ist aber Mehrarbeit") names a
// workaround: degraded, the protocol's P2, not a complete outage.
func TestConcededWorkaround(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "Überweisungsbelege lassen sich nicht drucken", "Seit heute früh lassen sich bei allen Kolleginnen keine Belege mehr drucken, Fehler 500. Wir speichern sie als PDF und drucken am anderen Rechner. Geht, ist aber Mehrarbeit."},
		{P2, "Anwesenheit speichert nicht", "seit heute morgen speichert die anwesenheit bei allen gruppen nicht mehr. wir schreiben alles auf einen zettel an der tür. geht schon, aber die eltern sehen in der app nix."},
		{P2, "Angebote als PDF", "Seit dem Update kommt beim Erzeugen jedes Angebots als PDF ein Fehler 500, bei allen Vertriebsmitarbeitern. Wir erfassen sie zusätzlich in SAP und schicken sie von dort – das funktioniert, kostet aber pro Angebot eine Viertelstunde."},
	})
}

// TestConcededWorkaroundNot: "geht" that grants nothing about a way round:
// a check that the rest of the internet works, a question, and quoted text.
func TestConcededWorkaroundNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Praxissoftware startet nicht", "Seit 8 Uhr kann sich niemand in der Praxis mehr anmelden, bei allen Rechnern kommt Fehler 500. Google und so geht aber ganz normal. Wir haben keine Patientenakten."},
		{P1, "Kasse", "Seit heute früh kann keine Filiale mehr kassieren, alle Kassen zeigen Verbindungsfehler. Geht das bei Ihnen, ist das bekannt? Wir haben keinen Ausweg."},
	})
}

// TestConcededWorkaroundEN: the same concession in English ("It works, but
// it doubles the time", "which works but takes time").
func TestConcededWorkaroundEN(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "quotes not coming through", "Since this morning none of the insurer quotes come through for any of our brokers. We are re-keying them on the insurer's own portal. It works, but it roughly doubles the time per quote."},
		{P2, "dispatch", "the app wont load jobs for any of the techs since 7. dispatcher reads out the address and fault on the phone, works but dispatch is swamped"},
	})
}

// TestConcededWorkaroundENNot: what a screen said worked, and a condition.
func TestConcededWorkaroundENNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "feed down", "Nobody can publish: the dashboard says it worked but the feed just errors for every show since last night, all our listeners get nothing."},
		{P1, "everyone locked out", "Since 9 nobody in the company can log in, every attempt fails with error 500. The product is great when it works, but we have no access at all."},
	})
}

// TestConcededWorkaroundOther: the concession in Dutch, French and Spanish.
func TestConcededWorkaroundOther(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "Scanners", "Sinds vanochtend werken de scanners bij alle medewerkers niet meer, foutmelding 500. Nu typen we alles over van papier, werkt maar duurt lang en er gaan fouten in."},
		{P2, "Plannings", "Depuis ce matin aucun planning ne s'affiche pour tous les techniciens, erreur 500. On envoie les adresses par SMS, ça marche, mais c'est beaucoup de travail en plus."},
	})
}

// TestConcededWorkaroundOtherNot: something else that works is no way
// round ("Internet marche, mais …", "Internet werkt, maar …").
func TestConcededWorkaroundOtherNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Connexion impossible", "Depuis 8 h personne ne peut se connecter au logiciel, erreur 500 pour tous. Internet marche, mais nous n'avons accès à aucun dossier."},
		{P1, "Niemand kan inloggen", "Sinds 8 uur kan niemand meer inloggen, foutmelding 500 bij iedereen. Internet werkt, maar we kunnen geen enkel dossier openen."},
	})
}

// TestDeniedWay: a stopgap the writer says cannot be taken is no
// workaround. English denies the verb and puts the manner last ("we can't
// correct 780 records by hand"), out of the negation's reach in words.
func TestDeniedWay(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Payroll deductions zero", "Since this morning's update our payroll run shows zero tax deductions for all 420 employees. We can't submit a payroll that is wrong for every employee, and we can't correct 420 records by hand before the deadline."},
		{P1, "Pension contributions zero", "Since the update our payroll run shows zero pension contributions for all 260 employees. We can't submit a payroll that is wrong for every employee, and typing 260 records in manually isn't realistic by Friday."},
	})
}

// TestDeniedWayNot: a stopgap taken stays a workaround, also after a
// negation of another clause.
func TestDeniedWayNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{P2, "Payroll deductions zero", "Since this morning's update our payroll run shows zero tax deductions for all 420 employees. We can't submit a payroll that is wrong for every employee, so we are correcting the 420 records by hand before the deadline."},
		{P2, "Pension contributions zero", "Since the update our payroll run shows zero pension contributions for all 260 employees. We can't submit a payroll that is wrong for every employee, and we are typing the records in manually."},
	})
}

// TestHaltedNotWorkaround: the writer halts the work, with the time first
// or with the verb split from its particle or told to others; the work
// does not go on another way.
func TestHaltedNotWorkaround(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Balances zero", "Since last night's update the customer records show a balance of 0.00 for every customer account. For the time being we have paused the statement run."},
		{P1, "Balances zero", "Since last night's update the customer records show a balance of 0.00 for every customer account. We have asked the branches to stop sending statements in the meantime."},
		{P1, "Prices zero", "Since midnight the product records show a price of 0.00 for every product in the shop. I've switched the checkout off for now."},
	})
}

// TestHaltedNotWorkaroundNot: a stopgap taken beside a halt stays one (not
// P1; read P3 before and after), and
// an adverb before its verb ("temporarily disabled") is no time first.
func TestHaltedNotWorkaroundNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{P3, "Balances zero", "Since last night's update the customer records show a balance of 0.00 for every customer account. We are sending the statements from the old export by hand for now and a colleague has switched the automatic statement run off."},
		{P2, "Webhooks rejected", "Since 09:00 all our webhook deliveries are rejected by our endpoint, so payment status updates aren't reaching our system. We've temporarily disabled verification."},
	})
}

// TestGoneGoing: "gone" with where or how it went is going, not data
// lost ("have gone a bit wonky", "have gone unanswered", "has gone
// squashed"; all three read P1 before).
func TestGoneGoing(t *testing.T) {
	checkLevels(t, []levelCase{
		{P3, "Order sync", "Since Tuesday the order records seem to have gone a bit wonky in the shop view, some orders show twice."},
		{P4, "Replies", "My two emails about the invoices to your account manager have gone unanswered since October."},
		{P4, "Logo", "The logo on the invoices has gone squashed since last week, it's just cosmetic."},
	})
}

// TestGoneGoingNot: the "gone" of a loss ends its clause or goes on with
// when, where from or how much.
func TestGoneGoingNot(t *testing.T) {
	checkLevels(t, []levelCase{
		{P1, "Customer records gone", "Since the update all our customer records are gone from the system. We have no copy."},
		{P1, "Treatment notes", "This morning all of our patients' treatment records are blank, and the notes from overnight are gone too."},
	})
}
