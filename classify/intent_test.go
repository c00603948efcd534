package classify

import "testing"

// TestReadsLikeAPerson checks mail whose severity depends on what the
// writer asks for rather than on its alarm words (closing replies, thanks
// after an incident, announcements, advertising, questions), and P1s
// written plainly, without alarm words: a function named, its state and
// who is affected. The rules were written from these cases; the hold-out
// set (TestHoldOutSet) measures whether they carry over.
func TestReadsLikeAPerson(t *testing.T) {
	tests := []struct {
		want          Severity
		subject, body string
	}{
		{P1, "tills", "none of our cashiers can ring anything up since opening."},
		{P1, "inbox", "the whole team sees an empty inbox since the update."},
		{P1, "charges", "customers are being charged twice for every order since last night."},
		{P1, "login", "after logging in, our users see someone else's account."},
		{P1, "orders", "we cannot take any orders today, the order form does nothing."},
		{P1, "billing", "every invoice in the system now says 0.00."},
		{P1, "files", "all patient files are empty since this morning."},
		{P1, "app", "no one here can open the app since 8."},
		{P1, "orders", "orders are not going through at all."},
		{P1, "portal", "the portal just shows a blank page for all of us."},
		{P1, "gone", "half of our client records have vanished overnight."},
		{P1, "payroll", "payroll run failed for all 400 employees, nobody got paid."},
		{P4, "Re: [ESC-9] outage", "Close this ticket please."},
		{P4, "Re: [ESC-9] outage", "Fixed in release 4.2; please confirm."},
		{P4, "", "URGENT — please call me back today."},
		{P4, "Thanks", "Thanks for the fast fix on Tuesday. When the site was down for everyone we were worried."},
		{P4, "Re: Critical: logins failing", "All good now, works again. You can close it."},
		{P4, "Question", "If the platform goes down, how do we export our data?"},
		{P4, "Offer", "Protect yourself from data loss and security breaches. Book a demo today. Unsubscribe."},
		{P4, "Maintenance", "We will run a failover drill on Sunday; you may see failed logins from us. This is planned."},
		{P4, "Fwd: outage report", "For your records only, this is last year's outage report. No action needed."},
		{P4, "Post-mortem", "Could you send us the post-mortem for last week's outage?"},
		{P4, "Remove", "Please remove me from the outage notifications, I left the company."},
		{P1, "Re: [ESC-9] outage", "Thanks for the fix, but it is down again: nobody can log in."},
		{P1, "Re: [ESC-9] outage", "Unfortunately the checkout still fails for every customer."},
		{P1, "Kassen", "Keine unserer Kassen kann seit heute früh Zahlungen annehmen."},
		{P1, "Comptes", "Tous les comptes clients affichent un solde de 0 depuis la mise à jour."},
		{P1, "sistema", "Ninguno de nuestros empleados puede entrar desde esta mañana."},
		{P1, "emails", "none of the emails we send reach our customers since friday, every single one bounces."},
		{P1, "rota", "all shifts for next week have disappeared from the rota."},
		{P1, "statements", "our customers are seeing each other's bank details on the statement page."},
		{P1, "app", "every user gets kicked out straight after login."},
		{P1, "prices", "all prices in the shop show as 0 and customers are ordering for free."},
		{P4, "Feature", "Does the app work when the internet is down? We'd like an offline mode."},
		{P4, "Re: login outage", "Appreciated the regular updates during yesterday's login outage. All fine here now."},
		{P1, "Contract", "As CEO I am telling you we will terminate our agreement if this is not fixed this week."},
		{P1, "admin account", "someone logged into our admin account from abroad last night and exported all our contacts."},
		{P1, "api", "api 502 on all calls since 07:10."},
		{P1, "login", "nobody of us can make login, it give error every time."},
		{P1, "Kundendaten", "Seit heute Morgen sind alle Kundendaten verschwunden."},
		{P1, "Connexion", "Impossible de se connecter pour tous les utilisateurs depuis 8h."},
		{P1, "Pagos", "Los pagos con tarjeta son rechazados en todas nuestras tiendas."},
		{P1, "pay page", "the payment page throws an error for every customer, nobody can pay."},
		{P1, "locked out", "our entire staff is locked out."},
		{P1, "Shop", "Seit dem Update kann kein Kunde mehr bestellen."},
		{P1, "Données", "Toutes nos données clients ont été effacées après la mise à jour."},
		{P1, "Sistema", "El sistema no carga para nadie desde las 8, estamos parados."},
		{P1, "history", "Every customer's order history is gone."},
		{P1, "breach", "We think our account was hacked: passwords of all our users were changed and we cannot get in."},
		{P1, "stores", "None of our 30 stores can take payments."},
		{P1, "Re: [ESC-4] Login", "Still the same: nobody at the office can sign in."},
		{P2, "slow", "Everything takes 10 times longer since Monday, we can work but it is painful."},
		{P3, "layout", "On small screens the save button overlaps the footer."},
		{P4, "thanks", "Thank you for resolving yesterday's payment failure so quickly."},
		{P4, "question", "How do we restore deleted records if a user deletes something by mistake?"},
		// classify2: questions ask, the same state scales with who and
		// what it hits, a threat stands on its condition.
		{P4, "backup", "Is data lost if we delete a user? How do restores work?"},
		{P4, "Is the API down?", "Hi, is the API down for maintenance tonight? Nothing is failing for us."},
		{P1, "question", "Is the platform down? We get 503 on every page, nobody can log in."},
		{P4, "emergency?", "Not an emergency, but where do I change my notification email address?"},
		{P4, "maintenance", "Will there be downtime during Saturday's upgrade? We want to tell our staff they cannot log in."},
		{P3, "one user", "One of my staff cannot log in, the others are fine."},
		{P2, "reports", "The reports page is down for all users but we can export the data by hand."},
		{P1, "cards", "Every card gets declined at our registers since 7am, in all 12 stores."},
		{P1, "sync", "After last night's sync the phone numbers of about 900 contacts were replaced with numbers of other contacts."},
		{P2, "Re: reminders", "Still no reminder texts going out to any patients since Friday. We are calling everyone by hand, which works."},
		{P1, "[Incident] orders", "Summary: Order creation fails for all merchants.\nImpact: 100% of checkouts fail.\nWorkaround: none."},
		{P2, "[Incident] reports", "Summary: Scheduled reports not delivered.\nImpact: all managers.\nWorkaround: reports can be downloaded manually."},
		{P1, "CEO", "This is the CEO. Three outages this month. If I don't hear from your leadership today we cancel."},
		{P4, "cancel?", "What happens to our data if we cancel our subscription?"},
		{P1, "payroll", "Our employees were not paid today: the payroll run shows completed but no money left our account for any of the 85 staff."},
		{P1, "server error", "Any page we open gives \"Something went wrong\" since the update. All 50 of us are stuck."},
		{P4, "Re: data loss?", "False alarm, we found the missing records - a saved view filtered them out. Nothing was lost."},
		{P2, "intermittent errors", "Every few minutes the app shows a 502 error for a few seconds, then works again. It disrupts our call centre."},
		{P3, "Export button hard to find", "The new layout moved the export button into a menu and several users could not find it. It affects usability; could you improve this?"},
		// sevq: an alarm noun asked or talked about is a topic, one stated
		// is a report; a workaround is the line between P1 and P2; a
		// reply's subject is the old topic once the new text settles it.
		{P4, "Status page", "Is there a list we can join to get outage notifications? Nothing is broken, it's for our continuity plan."},
		{P4, "Breach in the news?", "A colleague read an article about a security breach at a big CRM vendor. Do you use them?"},
		{P4, "Webinar", "When a major outage hits, how do your customers hear about it? Our templates help. Would you like a call?"},
		{P4, "NPS", "10 - not a single outage all year, keep up the good work!"},
		{P1, "Outage", "Your platform has had an outage since 9am. When will it be fixed?"},
		{P1, "breach?", "We think we had a data breach last night. What should we do?"},
		{P1, "outage", "Do you have an ETA for the outage?"},
		{P1, "Re: outage", "Any update on the outage? It has been two hours."},
		{P4, "Outage", "If there is ever an outage, do you notify us?"},
		{P3, "Feature request", "Could you add automatic retries for failed payments? It would save us time."},
		{P4, "Idea", "It would be great if the app warned users before their data is deleted."},
		{P1, "help", "We have a complete outage, please call me."},
		{P4, "Re: URGENT nobody can log in", "Thanks, logins work again for everyone. You can close it."},
		{P2, "dashboard", "The stock dashboard won't load for any of our managers since the update. We get the numbers from the export for now."},
		{P1, "login", "Nobody can log in since 8 and we have no workaround."},
		// "emergency" is urgency, never P1 on its own.
		{P3, "EMERGENCY!!!", "The print button does not respond in Firefox. It works in Chrome."},
		{P3, "latency", "Since the release the search has gone from 300 ms to 900 ms. Data is fine."},
		{P4, "Fwd: breach at a vendor", "FYI for your records, nothing to do.\n\n---------- Forwarded message ---------\nSubject: breach\n\nA data breach exposed millions of records at a payments provider."},
		{P1, "Fwd: orders", "See below, can you help?\n\n---------- Forwarded message ---------\nSubject: orders\n\nNone of our customers can check out since noon, payments fail for everyone."},
	}
	c := Default()
	for _, tt := range tests {
		got := c.Classify(Input{Subject: tt.subject, Body: tt.body})
		if got.Severity != tt.want {
			t.Errorf("Classify(%q, %q) = %v, want %v%s", tt.subject, tt.body, got.Severity, tt.want, evidenceSummary(got))
		}
	}
}
