package classify

import "testing"

// TestP2AgainstP3 checks the protocol's line between P2 ("core feature not
// working", "multiple users unable to complete key workflows") and P3 ("non-
// critical feature bug or inconsistency", "request for product enhancement")
// as a support lead draws it from who is hit, what and how, not from a
// phrase: a wrong result that the writer says only some see, or only some
// of the time, is an inconsistency however many are named; what does not
// work in a mail that asks for an enhancement is the reason for the
// request. Each case failed before the reading it names.
func TestP2AgainstP3(t *testing.T) {
	tests := []severityCase{
		// a defect some see (sevq8)
		{"defect, some of the time", P3, "Reminder times",
			"Everyone in the office has noticed it by now. Sometimes the reminder emails show the appointment time in UTC instead of local time."},
		{"defect, a few", P3, "Map pins",
			"All our dispatchers use the map. A few of the pins are showing as the old address instead of the new one."},
		// a defect on every item, no people named (sevq8)
		{"defect on every item", P3, "Reminder times",
			"Every reminder email shows the appointment time in UTC instead of local time."},
		{"defect for everyone", P2, "Reminder times",
			"For all our staff the reminder emails show the appointment time in UTC instead of local time."},
		// a UI/UX issue that hinders, however many see it (sevq8)
		{"usability for everyone", P3, "Rota colours",
			"The new rota colours are confusing everyone in the office: the legend shows the wrong colour for night shifts."},
		// ... but not when a function stopped
		{"usability beside a stopped function", P2, "Rota",
			"The new rota colours are confusing, and worse, the rota has stopped syncing to the phones of many of our nurses since Monday."},
		// an odd result stays a bug whoever reports it (sevq8)
		{"executive, odd result", P3, "Usage report",
			"I am the CFO. The monthly usage report lists some of our users twice, so the totals look higher than they are."},
		// ... but not when a critical function does not do its job
		{"critical, some customers", P2, "some customers cannot pay",
			"A third of our customers get an error at checkout when they pay by card; the rest are fine."},
		// what does not work is the reason for a request (sevq8)
		{"request, reason a fault", P3, "Custom field for supplier ID",
			"Could you add a custom field for the supplier ID on purchase orders? At the moment everyone on the team can't filter orders by supplier, so we keep a spreadsheet beside it."},
		{"request, reason a defect", P3, "Feature request: date filter on the API",
			"Would it be possible to add a modified-since filter to the orders endpoint? Today every sync pulls all orders instead of the changed ones and it takes a long time."},
		// ... and when the reason reads as a fault for everyone (sevq10)
		{"request, reason a fault for everyone", P3, "Feature request: filter invoices by branch",
			"To find all invoices for one branch we currently page through GET /v2/invoices (about 80k objects) and filter client-side, which burns rate limit. Request: could the list endpoints accept a branch filter? Not urgent in the sense of anything being broken, but our finance team keeps asking for it."},
		// ... but not when records are lost or wrong
		{"custom fields wiped", P1, "Custom fields wiped on all contacts",
			"Your last update wiped the custom fields on every contact - 12k contacts, all blank in those columns. Our automations depend on them and now email the wrong segments."},
		// ... but not beside a P2 of its own (renewal at risk)
		{"request beside renewal", P2, "Before our renewal",
			"Our renewal is next month. The sync with our CRM is still failing every night for the whole team, and I'd like to be able to trigger it by hand."},
		// the others named as fine: one user is hit, what they do by
		// hand is their workaround (sevq10)
		{"one user, the others fine", P3, "my daily report didnt come",
			"the daily sales report i get every morning didnt arrive today. just mine, my colleagues got theirs. i can run it manually, just wondering why"},
		{"one of our users, everyone else fine", P3, "Calendar sync stopped for one user",
			"One of our planners' appointments stopped syncing to the calendar on Monday. Everyone else on the team (14 people) is fine. She is copying important appointments to the CRM by hand in the meantime."},
		// ... a group hit stays a group
		{"a group hit, everyone else fine", P2, "driver assign",
			"4 of our dispatchers can't assign drivers since yesterday's update, just a spinner forever. everyone else fine. they're working off the old tablets for now. can someone look today pls"},
		// a job that runs but moves nothing is a core feature not working
		// (sevq10)
		{"loaded 0 rows", P2, "Nightly sync succeeds but moves nothing",
			"Since Friday the nightly sync reports Succeeded, but every run has loaded 0 rows and nothing has been ingested for five days. Can someone look at this?"},
		// more ways of asking for an enhancement (sevq10)
		{"would be helpful if", P3, "invoice grouping",
			"would be really helpful if invoices could group by project. we do it in a spreadsheet every month now. any chance?"},
		{"be added to the filter", P3, "Export filters for custom statuses",
			"The export can filter on the built-in statuses but not on our custom ones. Could custom statuses be added to the filter? That would be perfect."},
		{"formally request", P3, "Hardware keys for admins",
			"Our new policy requires hardware keys for admin accounts and your product only offers app codes. If it is not planned, we would like to formally request it."},
		// a smaller problem told after thanks for a fix, with no live
		// word (sevq10)
		{"thanks, then a smaller problem", P3, "Re: Outage in October",
			"Hi Anna,\n\nthank you for the fast help during the outage in October; since then the app runs stable.\n\nOne small observation: for about a week the route list opens a bit slower, 2 seconds instead of 1 before. Not dramatic, we can work normally."},
		// ... but not a cosmetic detail
		{"thanks, then a cosmetic detail", P4, "With thanks",
			"Thank you for the quick fix last week, everything is back exactly as it was. One very small thing: on the receipt our logo sits slightly to the right rather than in the middle. Of no consequence at all."},
		// how often the writer's stopgap runs is no intermittence (sevq10)
		{"polling every few minutes", P2, "webhooks late",
			"order webhooks arriving 30-40 min late instead of seconds, all 5 of our shops. we're polling the api every few mins as a stopgap"},
		// a typo is cosmetic, in any of the rules' languages, and what
		// still works beside it is no workaround (sevq10)
		{"typo, still usable", P4, "Typo on the German booking page",
			"hi, small thing - on the German booking page the Confirm button says \"Bestätigne\" instead of \"Bestätigen\". guests can still book fine, just looks sloppy. thanks!"},
		{"coquille", P4, "Coquille sur le bon de livraison",
			"Bonjour, petite coquille sur le bon de livraison : il est écrit « Adresse de livaison » au lieu de « Adresse de livraison ». Rien de grave."},
		// an obligation is no request
		{"also have to", P2, "German VAT since the release",
			"Since your release every invoice our whole billing team sends to German customers shows VAT 0% instead of 19%. We correct each one by hand and will also have to issue corrections for those already sent."},
	}
	checkCases(t, tests)
}

// TestP1AgainstP2 checks what raises a mail to P1 and what does not: the
// protocol's P1 is "executive escalation with threat of cancellation", its
// P2 "renewal at risk"; an alarm in a forwarded mail whose forwarder says
// things work is context. Each case failed before the reading it names.
func TestP1AgainstP2(t *testing.T) {
	tests := []severityCase{
		// an edit that did not save is no stored data lost, and "which
		// does work" names a workaround (sevq9)
		{"unsaved change gone, a workaround", P2, "Roster saves fail",
			"Since this morning none of our nine planners can save changes to the roster. Every save ends with a conflict message, and after reloading the change is gone. The only way we have found is the import template, which does work, but it takes a lot longer."},
		// ... and what goes in a sentence that says it is not saved is
		// what did not save (sevq10)
		{"not saved, then gone", P3, "Tablet notes not saving",
			"Our inspectors have noticed that notes made in the tablet app are not saved - when they reopen an inspection the photos and notes are gone. Notes made in the web app are saved correctly, so they use the browser until this is fixed."},
		// a report about payments is no payment (sevq10)
		{"payout statements", P2, "Accountant can't download payout statements",
			"Our accountant gets an error when she opens the payout statements page. I can open it with the same role, so for now I download them and send them on. Could you check her account?"},
		// the same thing done another way that works is a workaround,
		// not an attempt (sevq10)
		{"the same, another way, works", P2, "Timesheet approvals stuck since update",
			"Since your update, timesheet approvals in the web app stay stuck after a manager clicks Approve. This affects all nine of our managers. Approving the same timesheet from the mobile app does work, so they approve from their phones for now."},
		// ... and so is another version that works for them (sevq10)
		{"the web version works so they", P2, "android app cant save signatures",
			"since the update none of our android drivers (about 30) can save signatures on deliveries. the web version works so they're doing it from the depot pc at the end of the shift"},
		// ... and getting in another way (sevq10)
		{"to get in with email", P2, "sso login broken",
			"sso login failing for all 60 staff since this morning. ppl are resetting passwords to get in with email instead, which security hates. pls fix"},
		// ... while the same failure elsewhere is an attempt
		{"the same elsewhere, not working", P1, "Timesheet approvals stuck since update",
			"Since your update, timesheet approvals stay stuck after a manager clicks Approve. This affects all nine of our managers. We tried the same timesheet from the mobile app and it is not working there either."},
		// shopping around is a threat to leave, not a decision (sevq8)
		{"looking at other vendors", P2, "Sync again",
			"The calendar sync has failed three times this month and my team is losing patience. We have started to look at other vendors."},
		{"evaluating alternatives", P2, "Feedback",
			"Honestly the reports have been unreliable for weeks and we are evaluating alternatives before the renewal."},
		// ... moving someone over inside the product is no leaving
		// (sevq10)
		{"moving them over", P2, "sms codes",
			"sms login codes arent arriving for 12 of our nurses (all on one network). the app login works so we're moving them over one by one, but they cant get in till we do"},
		// a company's termination told by someone for it, on a
		// condition of a fix waited for (sevq10)
		{"terminate its contract unless fixed", P1, "Harbour Foods - for the board",
			"I am writing at the request of the board of Harbour Foods. The board resolved that Harbour Foods will terminate its contract with you at the end of the quarter unless the invoice sync failures are fixed by Friday."},
		// ... a decision to leave stays a cancellation
		{"taking business elsewhere", P1, "Re: renewal",
			"After the outage last week we will not be renewing and will take our business elsewhere."},
		// a forward whose writer says things work (sevq8)
		{"forwarded, all fine", P4, "Fwd: API v1 retirement notice",
			"Hi, got the notice below. Everything is working fine at the moment, we only want to know which API version our integration uses.\n\n---------- Forwarded message ---------\nFrom: Notifications <noreply@example.com>\nSubject: API v1 retirement\n\nAfter 30 June all requests to /api/v1 will fail for every customer. Integrations not migrated will stop working."},
		// other clients named as people, not their records (sevq8)
		{"other clients as people", P3, "Proposition: export in .ods",
			"Could you add an export in .ods format? Many schools use LibreOffice, so I think it can interest other clients."},
		{"other clients' records", P1, "Invoices",
			"Our invoice list shows invoices of other clients since this morning."},
		{"the other person acts", P3, "Shift swap",
			"When a manager approves a shift swap, the other person never gets a notification, so they only find out from the rota."},
		// a fault that comes back every few minutes is intermittent, not
		// everyone locked out (sevq8); and a writer who sums it up as
		// "Annoying" (with a workaround: saving after each line) measures
		// it as the protocol's P3, as 118 of the 120 labelled mails that
		// call their problem annoying are labelled
		{"logged out every 15 minutes", P3, "Logged out while marking",
			"Since Monday the gradebook logs us out every 15 minutes and anything not saved is gone, so everyone saves after each line. Annoying."},
		// work done by hand is a workaround: degraded, not down (sevq8)
		{"done by hand", P2, "Check-in scanning",
			"For all our door staff scanning takes 8 seconds per ticket tonight and there is a line out the door. Right now we are ticking names off by hand on printed lists."},
		// ... and an executive's threat is the protocol's P1
		{"executive shopping around", P1, "Our account",
			"As CEO I have asked my team to look at other vendors; the reports have been wrong for a month."},
		// "temporarily unavailable" is how the outage is put, no stopgap
		// (sevq10)
		{"temporarily unavailable", P1, "Bookings down for every venue",
			"Since 07:10 every booking request from every venue returns 503: \"booking service temporarily unavailable\". Our front desks can't take a single booking."},
		// ... while doing the work another way for now is one
		{"temporarily by phone", P2, "Bookings down for every venue",
			"Since 07:10 every booking request from every venue returns 503. Our front desks are temporarily taking bookings by phone."},
		// a detractor's survey answer tells why, it reports no incident
		// (sevq10)
		{"survey answer", P2, "About my survey answer",
			"I gave a 2 in your survey and want to explain. Every time the whole team syncs the calendar to Outlook since September it fails, and each ticket was closed as cannot reproduce. My team asks me to look at other tools."},
		// ... unless data is at stake
		{"survey answer, others' payments", P1, "Re: How likely are you to recommend us? (0-10)",
			"3\n\nBefore the survey: since Thursday our customer balances show payments from other customer accounts, several hundred records so far."},
		// a fault only above a size leaves the feature working below it
		// (sevq10)
		{"only above a size", P2, "Sales export fails for ranges over 3 months",
			"The sales export fails for all our accountants when they pick ranges over 3 months: the page shows error 500."},
		// ... a time is no size
		{"for over an hour", P1, "Checkout down",
			"Checkout has been down for every customer for over an hour: every card payment fails."},
		// a counterfactual supposes what it tells (sevq10)
		{"if we were to terminate", P4, "Data after the contract",
			"If we were to terminate the contract, how long would you keep our data, and can we get a full export first?"},
		// ... and a promoter's answer is praise (sevq10)
		{"promoter's answer", P4, "Re: How likely are you to recommend us? (0-10)",
			"10\n\nYou saved us in March when our old system crashed two days before payroll, and it has been rock solid since. Maybe a tablet app one day, no pressure."},
		// ... unless a problem is live again
		{"promoter, live again", P1, "Re: How likely are you to recommend us? (0-10)",
			"9\n\nGreat product, but since this morning nobody in the office can log in again."},
		// none of the day's payments sent (sevq10)
		{"none of them have been sent", P1, "payout batch stuck",
			"Morning. Today's payout batch has been stuck in Processing since the 07:00 run. That's 860 supplier payouts, none of them have been sent to the bank yet. Could someone take a look?"},
		// a workaround the writer denies is none (sevq10)
		{"no way round it", P1, "All writes failing",
			"Since 09:10 every write to the API returns 500 for all our shops. Reads work normally. Nothing can be created, so we are not taking any orders. There's no manual way round it either."},
		// where the writer tried it is no scope (sevq10)
		{"tried on my laptop", P1, "Portal",
			"Since last night nobody at all can open the members' portal, we all get an error on the login page. I have tried on my laptop, my phone and a colleague's computer."},
		// the writer names the one person hit (sevq11): no P1; the
		// "disappeared" of one user's view still reads as a loss of
		// data, weighed down to P2 (the protocol's P3 is not reached)
		{"the only one on the team", P2, "Shared inbox not showing",
			"Since this morning the Sales shared inbox has disappeared from Tom's desktop app. He's the only one on the team with the problem, and it's there for him in the browser, so he's using that for now."},
		// things lost among others are hard to see (sevq11)
		{"get lost among", P3, "Room bookings - weddings in another colour?",
			"We use your calendar for the village hall. Could weddings show in a different colour? The weddings get lost among the yoga classes, and twice this year we nearly double-booked the hall."},
		// ... one user's own device still is
		{"on my laptop", P3, "Portal",
			"I get an error on the login page of the portal on my laptop since last night."},
		// payouts stopped for every transaction since a day (sevq11)
		{"no payouts since", P1, "Payouts pending",
			"Our bookkeeper noticed it first: no payouts since last Thursday for any of our shop's sales, about 31,000 GBP outstanding. The orders show paid, the payouts just say pending."},
		// sign-in and card payments are critical functions in German too
		// (sevq11): "nicht möglich" beside them is a fault, not a defect
		{"Anmeldung für alle nicht möglich", P1, "Anmeldung für alle Mitarbeiter nicht möglich",
			"Seit heute früh kann sich im ganzen Haus keiner mehr anmelden, es erscheint nur eine Fehlerseite. Betroffen sind alle 60 Konten."},
		{"Kartenzahlung in allen Märkten", P1, "Kartenzahlung in allen Märkten nicht möglich",
			"Seit 9 Uhr meldet jedes Terminal in allen 8 Märkten „Terminal nicht autorisiert“. Ein Neustart hat nichts geändert."},
		// ... one user's sign-in stays one user's, the others named as fine
		{"Anmeldung, alle anderen können", P3, "Anmeldung nicht möglich",
			"Bei einer Kollegin ist die Anmeldung seit gestern nicht möglich, alle anderen können sich anmelden."},
		{"Anmeldung für eine Mitarbeiterin", P3, "Anmeldung für eine Mitarbeiterin nicht möglich",
			"Eine Kollegin kann sich seit gestern nicht anmelden, alle anderen schon. Sie arbeitet solange am Rechner einer Kollegin."},
	}
	checkCases(t, tests)
}

// TestContainment checks the protocol's P1/P2 line ("major functionality
// degraded, workaround available") when the writer switches a function
// off until it is fixed: that stops the harm, the work does not go on, so
// it is no workaround. The P1 case failed before the reading (sevq9).
func TestContainment(t *testing.T) {
	checkCases(t, []severityCase{
		{"stopped for now", P1, "Newsletter to unsubscribed contacts",
			"Since yesterday evening all our campaigns are sent to the whole list including unsubscribed contacts. Two people write they will complain to the regulator about their personal data. I stopped all campaigns for now."},
		// ... or told its customers to stay away from it (sevq11)
		{"asking people not to order", P1, "Shop taking payments, no orders",
			"Customers have been paying at the checkout of our web shop since Monday but the orders aren't coming through to us: 14 payments in the bank and no order for any of them. I've put a notice on our website asking people not to order for now."},
		// ... and a writer who sets an old topic aside "for now" has no
		// stopgap (sevq11)
		{"forget the question for now", P1, "Re: Question about the invoice header",
			"Different topic, but this is the quickest way to reach you: since this morning none of our customers can pay their invoices online, every Pay now link shows an error. Nothing changed on our side. Forget the header question for now."},
		// ... a workaround that keeps the work going still is one
		{"work goes on by hand", P2, "Calendar sync",
			"The calendar sync stopped working for all our staff this morning. For now we enter the bookings by hand."},
	})
}

// severityCase is a mail and the severity the protocol gives it; a want
// of 0 means any level but P1.
type severityCase struct {
	name          string
	want          Severity
	subject, body string
}

// checkCases classifies each case with the default rules.
func checkCases(t *testing.T, tests []severityCase) {
	t.Helper()
	c := Default()
	for _, tt := range tests {
		if got := c.Classify(Input{Subject: tt.subject, Body: tt.body}); tt.want == 0 && got.Severity == P1 || tt.want != 0 && got.Severity != tt.want {
			t.Errorf("%s: Classify(%q) = %v, want %v%s", tt.name, tt.subject, got.Severity, tt.want, evidenceSummary(got))
		}
	}
}

// TestDataLoss checks the protocol's "data loss or corruption affecting
// customer records" when the writer states it calmly: hundreds of counted
// records changed or emptied that the writer asks to have restored, and
// records counted in millions. Each case failed before the reading it
// names.
func TestDataLoss(t *testing.T) {
	tests := []severityCase{
		// a live secret key served to anyone (sevq11)
		{"secret key embedded in the page", P1, "Live secret key embedded in the JS of our hosted payment page",
			"The hosted payment page for our account serves a script that contains our live secret key, not the publishable one. Anyone who loads the page can read it. We will roll the key within the hour."},
		// records that all carry one record's values (sevq11)
		{"every one of them has the same", P1, "Re: Welcome aboard",
			"Thanks for the welcome. We imported our 1,500 clients on Monday and today every one of them has the same phone number and address as the first row of our file. The file itself is fine."},
		// ... a problem that many share is no corruption
		{"all of them have the same problem", P3, "Menu icons",
			"Three of our users see the menu icons overlapping the text, and all of them have the same problem since the update."},
		// records the writer asks to have restored (sevq9)
		{"records to restore", P1, "Renewal job overwrote premiums",
			"Last night's renewal job set the premium to 0.00 on our motor policies. All 2,318 records now show 0.00 in the premium field. We need the previous values restored. Do you have a backup you can restore these records from?"},
		{"records to restore, a colleague noticed", P1, "Module marks appear to have been cleared",
			"Module marks for the 2025 cohort are now showing as 0 in the gradebook. It affects approximately 310 students. A colleague downloaded a correct transcript on Friday. Could you please let us know whether the marks can be restored, and what caused this?"},
		// ... whatever the writer asks of us meanwhile (sevq10)
		{"records to restore, nothing to run meanwhile", P1, "Letters open blank",
			"Since Sunday 640 of our signed patient letters open as blank pages. We have no other copy. Please tell us whether they can be restored. Please do not run any clean-up on our account in the meantime."},
		// a loss that should happen is a policy, not a loss (sevq10)
		{"should be deleted", P4, "Retention setting?",
			"Our records policy says closed customer files should be deleted five years after closing. Is there a setting for this, or do we do it by hand? A link to the article would be great."},
		// a person lost is confused (sevq10)
		{"i got a bit lost", P4, "Re: How do I export the invoice list?",
			"Thanks, your steps worked and the invoice export went out this morning. Just a small suggestion: the help article would be easier with screenshots, I got a bit lost at step 3."},
		// ... but not a restore that is thanked for or asked about in general
		{"restore thanked for", P4, "Re: premiums",
			"Thank you for restoring the 2,318 records yesterday, the premiums all show correctly now."},
		{"restore in general", P4, "Backup question for our auditors",
			"Our auditors ask how you would restore 2,000 records if an import overwrote them. Could you send us your backup policy?"},
		// the scope in a reply's subject is the old topic's (sevq9)
		{"a few points in a reply's subject", P1, "Re: Quarterly review and a few points",
			"Thank you for the visit last month. The reason for my note is more pressing: after the overnight sync job, about 1,800 employee records no longer have any bank details, the fields are simply empty. Our payroll run is on Thursday."},
		// a count in millions (sevq9)
		{"rows counted in millions", P1, "Sales tables empty",
			"The sales tables in the warehouse are empty this morning. Yesterday they held 3.1 million rows. Can you check what happened and if you can restore?"},
	}
	checkCases(t, tests)
}

// TestNonNative checks a verb without its third-person -s, as
// non-native writers put it ("the system give error"): the same fault as
// "gives an error". The case failed before (sevq9).
func TestNonNative(t *testing.T) {
	checkCases(t, []severityCase{
		{"give error", P1, "Payroll close - error",
			"We are trying to close the payroll of November since yesterday and the system give error in the calculation step, for all 3 companies of the group. Payment of salary is Friday, 380 employees."},
	})
}

// TestAllClear checks a mail whose writer says nothing is wrong now: its
// alarm words (a breach, an outage, data lost) are what the writer asks
// about, the protocol's general question (P4); a request or a bug told
// beside it keeps its level, and a problem the writer says started is
// live. Each P4 case failed before the reading (sevq9; the denials of
// now in the writer's own verb, "today" and "on our side": sevq10).
func TestAllClear(t *testing.T) {
	tests := []severityCase{
		{"nothing is wrong now", P4, "Continuity plan",
			"We are updating our continuity document. In case of a large flood and your data center is destroyed, how long does it take to recover the service and how much data can be lost? Currently there is no problem, this is only a question for the document."},
		{"nothing has happened", P4, "Question from the board",
			"Our board asked me: if your system were ever hacked, or there was a data breach affecting pupil records, how would we be told? To be clear, nothing has happened - this is purely for the policy."},
		// ... a request beside it stays a request
		{"request beside all clear", P3, "SSO for admins",
			"Your product is the only one on our list that can't restrict admin access to our IP ranges. Is it on your roadmap? We're fine for now - nothing has happened - but I have to report back by the end of the quarter."},
		// the denial's own verb says now (sevq10)
		{"there is no incident", P4, "Supplier review",
			"We are completing our supplier review. Could you please send:\n- your security policy,\n- the time frame in which you notify customers of a personal data breach.\nThis is routine; there is no incident on our side."},
		{"we have had no issues", P4, "Ransomware section of our policy",
			"Our insurer asks how you would restore our data after a ransomware attack on your side. We have had no issues with you, it is for the renewal form."},
		{"nothing is wrong today", P4, "Failover question",
			"Nothing is wrong today. If your primary database were corrupted, how much data would we lose?"},
		{"everything looks normal on our side", P4, "u hacked??",
			"saw on a forum ur having a security incident?? everything looks normal on our side, just asking"},
		{"nothing is broken", P4, "Idempotency window?",
			"I couldn't find this in the docs. How long do you keep idempotency keys on POST /v1/payouts? Say the connection dropped mid-request during an outage and our worker retried 30 minutes later with the same key: do we get the first response back? Nothing is broken, just want to be sure."},
		// everything works, in the writer's own verb of now (sevq11)
		{"everything's working fine", P4, "Audit - what if the system fails?",
			"Our auditor thinks she will ask what we would do if the booking system failed or we lost all the records, and how quickly we would get them back. Do you have a document about your backups that I could print for our folder? Everything's working fine, I just want to have it ready."},
		// ... what the writer says is not fine stays
		{"everything is working fine except", P1, "Payroll",
			"Everything is working fine except payroll: the pay run failed for all our staff this morning and nobody has been paid."},
		// the writer takes the alarm back: "false alarm" is the settled
		// phrase it was meant to be, not a negation that the first line
		// defining it made it (sevq11)
		{"false alarm", P4, "Re: Possible security breach??",
			"False alarm, sorry for the panic this morning. The \"new sign-in from an unrecognised device\" email was our receptionist logging in on her new laptop. One question out of it: can those alerts also go to our IT company?"},
		// ... unless a problem is live again
		{"false alarm, down again", P1, "Re: Possible security breach??",
			"False alarm about the sign-in, sorry. But since ten minutes ago nobody in the practice can log in again."},
		// ... a denial that is over is no denial
		{"had no problems before", P2, "Timesheets since the update",
			"Since your update two of our staff who use a screen reader cannot submit their timesheets, the Submit button cannot be reached. Their team leaders enter the hours for now. Before the update they had no problems at all."},
		// ... and a problem said to be live is live
		{"nothing was wrong until now", P1, "Nobody can log in",
			"Nothing was wrong yesterday. This morning nobody in the company can log in, the whole platform is down."},
	}
	checkCases(t, tests)
}

// TestDisowned checks the protocol's "security breach or unauthorized
// access" and "data loss" when the writer says nobody on their side did
// what was done to their data: someone or something else did, however
// calmly it is told. Each P1 case failed before the reading (sevq9).
func TestDisowned(t *testing.T) {
	tests := []severityCase{
		{"nobody on our side", P1, "Export in the audit log",
			"Last night our admin account logged in from an address abroad and ran an export of all our contacts, with phone numbers and addresses. It wasn't me and it wasn't anyone on our team. Could you help us understand what happened?"},
		{"after thanks for something else", P1, "Re: New user invitations",
			"Thanks, the invitations went out fine. While checking the audit log I saw that our admin account exported all 8,000 buyer contacts at 03:12 last night. None of us did that; I have changed the password."},
		// ... but not a question, and not without data
		{"asked, not told", P4, "Template changed",
			"Since the release the customer invoices show the old logo. Are you sure nobody on your side changed the invoice records?"},
	}
	checkCases(t, tests)
}

// TestSignatureNotScored: the job title, department and company under a
// writer's name say nothing of the mail (a how-to question from a
// "Critical Incident Response Team" is a question), whether the name
// follows a sign-off or stands alone as the sender's.
func TestSignatureNotScored(t *testing.T) {
	for _, body := range []string{
		"Hi,\r\nhow do I export last month's invoices to CSV? I could not find it in the docs.\r\n\r\nThanks,\r\nMaria Lopez\r\nManager, Critical Incident Response Team\r\nData Breach and Outage Coordination\r\nAcme Bank\r\n",
		"Hi,\r\nhow do I export last month's invoices to CSV? I could not find it in the docs.\r\n\r\nMaria Lopez\r\nManager, Critical Incident Response Team\r\n",
	} {
		raw := "From: Maria Lopez <maria@bank.example>\r\nTo: support@acme.example\r\nSubject: Question about exporting invoices\r\n\r\n" + body
		l, err := parseLabelled([]byte("X-Expected-Severity: P4\r\n"+raw), "signature")
		if err != nil {
			t.Fatal(err)
		}
		r := Default().Classify(l.in)
		if r.Severity != P4 {
			t.Errorf("%v, want P4 for a question signed by an incident team:\n%s", r.Severity, body)
		}
	}
}

// TestAccessKept checks the protocol's "security breach or unauthorized
// access" when people or keys the writer removed still get in, in any
// word order and whatever the writer has done since. One former
// employee's account still active stays the rules' P2, and a question or
// a supposition reports nothing. Each P1 case failed before the reading
// (sevq10).
func TestAccessKept(t *testing.T) {
	tests := []severityCase{
		{"leavers still log in", P1, "Offboarding check",
			"Going through our leavers list: twelve staff accounts we deactivated in October can still log in, and two of them opened the customer list last week. I have disabled them again by hand."},
		{"a revoked key still works", P1, "API keys",
			"We rotated our keys on Monday, but the key we revoked still works: our logs show calls with it from an address we do not know."},
		// ... one person gone who still gets in, told in the subject
		{"one ex-driver in the subject", P1, "Ex driver still can use app",
			"Driver Marek finished with us on 30 October and I made his user Inactive. Yesterday he was showing our jobs on his phone to a customer."},
		{"one ex-employee", P1, "ex employee still got access",
			"We let one of the foremen go on friday. This morning the activity feed says he downloaded 40 drawings."},
		// ... one old account is a deactivation to check
		{"one former employee", P2, "Old user still active",
			"A former employee's account is still active even though we deactivated it last week. Please check why."},
		// ... and a question asks
		{"asked", P4, "Offboarding question",
			"Can deactivated users still log in with SSO until their session ends, or are they signed out at once?"},
	}
	checkCases(t, tests)
}

// TestReportWeighed checks the protocol's "security breach or
// unauthorized access" when the writer takes a problem with personal data
// to their data protection officer or weighs reporting it, however mildly
// it is told. The documents a DPO asks for are no breach. The P1 cases
// failed before the reading (sevq10).
func TestReportWeighed(t *testing.T) {
	checkCases(t, []severityCase{
		{"the DPO and whether it is reportable", P1, "Class list link",
			"A parent rang us upset: a share link one of our teachers made last year for a trip shows the class list with the pupils' home addresses and phone numbers, and it turns up in search results. I have deactivated the link. I will need to speak to our DPO about whether this is reportable."},
		{"notification obligations", P1, "Guest inbox",
			"This morning our front desk saw about twenty guest conversations in the shared inbox that do not belong to us, with guests' phone numbers and passport scans. Our Data Protection Officer is copied; we may have notification obligations."},
		// ... a DPO who waits for paperwork is no breach
		{"the DPO wants documents", P2, "DPA update - renewal",
			"This is the third time we ask for the updated DPA and the list of sub-processors. Our Data Protection Officer will not sign off the renewal without these documents, and procurement have started looking at alternatives."},
	})
}

// TestThanksCameBack checks the protocol's general feedback (P4) in a mail
// that thanks after an incident and says, in the words of people who are
// not technical, that things came back: "it's all back, every booking
// present and correct", "läuft heute wieder alles einwandfrei". The alarm
// words tell the story; a subject that thanks names what it thanks for,
// and a writer who "checked again" looked again. A problem back again is
// live. Each P4 case failed before the reading (sevq11).
func TestThanksCameBack(t *testing.T) {
	tests := []severityCase{
		{"all back, present and correct", P4, "Thank you so much!",
			"On Monday evening the whole booking calendar went blank and I thought we had lost every booking for the summer. Your colleague on the phone was wonderful, and this morning it's all back, every booking present and correct."},
		{"läuft wieder alles einwandfrei", P4, "Danke - Ausfall von heute früh",
			"Kurze Rückmeldung: Nach dem Totalausfall gestern läuft heute wieder alles einwandfrei. Danke an Ihr Team."},
		{"subject thanks, checked again", P4, "THANK YOU (the outage on Friday)",
			"Just wanted to say thank you to the lady who helped me on Friday. When the system crashed I thought we had lost all our member records. Everything came back by lunchtime and I've checked again today and it's all there."},
		// "seitdem läuft alles normal" says it has been fine since, as
		// "it has been fine since" does (sevq11)
		{"seitdem läuft alles normal", P4, "Ausfall am Montag",
			"Am Montag war unser Buchungsportal von 9 bis 13 Uhr komplett ausgefallen, wie auf Ihrer Statusseite bestätigt. Seitdem läuft alles normal. Können Sie uns den Ausfallbericht schicken?"},
		// ... but a problem back again is live
		{"thanks, down again", P1, "Thank you (the outage on Friday)",
			"Thank you to the lady who helped me on Friday, everything came back by lunchtime. This morning nobody in the office can log in again."},
	}
	checkCases(t, tests)
}

// TestLocationAdded: "a new location" is a sign-in's only when an alert
// names it or it is strange; a customer adding an office or a shop asks a
// how-to question (P4). The P4 case failed before the reading (sevq11).
func TestLocationAdded(t *testing.T) {
	tests := []severityCase{
		{"adding a location", P4, "Second shop",
			"We are opening a second shop in March. How do we add a new location to our account, and can staff work at both?"},
		// ... a sign-in from a strange place stays a security incident
		{"unusual location", P1, "Login alert",
			"We got an unusual location alert for our admin account: a sign-in from Lagos at 03:00. Nobody here was awake."},
		{"new location alert", P1, "Login alert",
			"Our finance admin got a new location alert last night and then the payout bank details were changed. None of us did that."},
	}
	checkCases(t, tests)
}

// TestHowToSubject: a subject that opens with a how-to asks for
// instructions (the protocol's general question, P4); what it names is the
// topic, as in all 24 such subjects of the test sets. A problem the body
// states counts as written. The P4 cases failed before the reading
// (sevq11).
func TestHowToSubject(t *testing.T) {
	checkCases(t, []severityCase{
		{"how to reset another user's password", P4, "How to reset another user's password",
			"One of our nurses forgot her password and the reset mail goes to an address she no longer has. As an admin, how can I set a new one for her? Thanks."},
		{"how do I lock out", P4, "How do I lock out a former employee from all accounts?",
			"A colleague leaves on Friday and we want to do it right. Is there a guide?"},
		// asking where a control went asks where to find it: a question
		// how to (P4), as the labelled mail this case comes from is
		// labelled, not data gone (sevq11)
		{"where it has gone", P4, "Member list",
			"Every year I print our member list for the clubhouse. Last year there was a button marked Print Members at the top of the page. I cannot find it this year. Can you tell me where it has gone please."},
		// ... the body's problem counts as written
		{"how-to over an outage", P1, "How do we get back in?",
			"Since 8:00 nobody in the company can log in, the whole platform is down for all 200 of us."},
	})
}

// TestPlannedWork: a customer who announces their own planned work (the
// protocol's general notice, P4) tells what will happen during it and asks
// us not to take it for an incident; neither is a report. Told in the
// present of a plan ("We're running our annual disaster-recovery exercise
// on Saturday") it is an announcement too. The P4 case failed before the
// reading (sevq11).
func TestPlannedWork(t *testing.T) {
	checkCases(t, []severityCase{
		{"DR exercise announced", P4, "FYI: failover exercise on Sunday",
			"Heads-up only. We're running our annual disaster-recovery exercise on Sunday 06:00-09:00 UTC. During the exercise our identity provider will be taken down on purpose, so you will see a complete outage of logins from our company and a burst of failed sign-ins. Please don't treat this as a security incident."},
		// ... a problem stated now beside the announcement is a report
		{"announcement, then a live outage", P1, "Failover exercise on Sunday",
			"We're running our annual disaster-recovery exercise on Sunday. Separate thing, and urgent: since 09:00 today nobody in our company can log in at all."},
	})
}

// TestOthersShown checks the protocol's security or privacy incident when
// a writer is shown the people of another organisation beside their own
// ("I'm seeing another charity's volunteers as well as ours"), told in a
// list of small things: their records are another party's data. The P1
// case failed before the reading (sevq11).
func TestOthersShown(t *testing.T) {
	checkCases(t, []severityCase{
		{"another club's members shown", P1, "a few things",
			"Hi, a couple of things.\n\n1. Can the buttons on our sign-up page be green?\n\n2. Since yesterday when I log in I can see another club's members as well as ours, with their phone numbers and home addresses. I haven't opened any."},
		// ... another organisation's people named, not shown, are no leak
		{"another club's members asked about", P4, "Joint event",
			"Another club's members will join our open day. Can they book through our page, or do they need an account?"},
	})
}

// TestBlipOver: a forwarded alert of the writer's own monitoring that the
// writer says recovered on its own with no user impact reports nothing
// live (P4, a question for their records); an alert that fires again is
// live. The P4 case failed before the reading (sevq11).
func TestBlipOver(t *testing.T) {
	checkCases(t, []severityCase{
		{"recovered on its own, no user impact", P4, "Fwd: [Pingdom] DOWN: login page",
			"FYI, this fired at 03:10 last night, failed for 2 minutes and recovered on its own. We didn't see any user impact. Was there maintenance on your side? Just noting it for our report.\n\n> [P1] Check 'Login page' is DOWN\n> Login page returned HTTP 502\n> [Recovered] Check 'Login page' is UP"},
		// ... an alert that fires again is live
		{"fired again", P1, "Fwd: [Pingdom] DOWN: login page",
			"It recovered on its own last night, but it has failed again since 09:00 and now nobody in the company can log in.\n\n> [P1] Check 'Login page' is DOWN"},
	})
}

// TestConditionAfterSettled: in a mail that says things have been fine
// since, a P1 phrase in a condition ("getting money back if the website is
// down for a certain time") supposes what it names; a problem stated after
// the settled phrase is still live. The P4 case failed before the reading
// (sevq11).
func TestConditionAfterSettled(t *testing.T) {
	checkCases(t, []severityCase{
		{"money back if the website is down", P4, "refund for the outage?",
			"Just a question. Our site was down most of Saturday, bad luck as it was our open day. It's been fine since Monday, thanks to whoever fixed it. Someone on our committee says the contract gives money back if the website is down for a certain time. Is that right, and how do we ask?"},
		// ... a problem stated after a colon is told, not supposed
		{"if I may: down now", P1, "refund for the outage?",
			"It's been fine since Monday, thanks. Now, if I may: since 10:00 today the website is down for all our members and nobody can log in."},
	})
}
