package classify

import (
	"fmt"
	"testing"
)

func TestProbe(t *testing.T) {
	probes := []struct {
		want Severity
		s, b string
	}{
		{P1, "Can't login", "Hey guys, none of my team can get into the app this morning. Getting a 'something went wrong' page. This is blocking all our work."},
		{P1, "site is down", "Our website is showing an error and customers can't reach it. We're an online store so every minute costs us money."},
		{P1, "Critical: API returning errors", "All requests to your API fail with HTTP 503 since 14:05 UTC. Our production system is impacted."},
		{P1, "Lost all my work", "I had 3 years of notes in your app and today the account is empty. Everything is gone. Please tell me you have backups."},
		{P1, "Suspicious emails sent from our account", "Our customers received phishing emails sent from our account through your platform. Someone must have gotten our credentials."},
		{P1, "Stripe payments not working", "None of our customers can complete payment since the last update. Stripe returns an error. We can't take any orders."},
		{P1, "Ending our relationship", "Given the repeated issues, our leadership has decided to terminate the contract at the end of this month."},
		{P1, "Everything broken after update", "After your update this morning the entire system is unusable. Nobody at our company can work."},
		{P1, "Unable to access", "We are unable to access the platform. All users are getting a 500 error."},
		{P1, "Data gone", "Half of our customer database disappeared after the import."},
		{P2, "Reports are wrong", "The revenue report is showing wrong totals for everyone since Monday. We're calculating by hand for now."},
		{P2, "Integration down", "The HubSpot integration has been failing for two days. Leads are not coming through; we copy them manually."},
		{P2, "slow", "The app has become unusably slow for our whole team. Every page takes 20+ seconds."},
		{P2, "Thinking about renewal", "Honestly we're not sure we will renew next year, the product has been unreliable."},
		{P2, "Can't generate invoices", "Our accounting team can't generate invoices since yesterday. We can do them manually in Word but it's a lot of work."},
		{P3, "Small issue with export", "When I export contacts, the phone numbers lose the leading zero. Not a big problem, I fix it in Excel."},
		{P3, "Button doesn't work on Safari", "The save button doesn't respond on Safari. Chrome is fine."},
		{P3, "feature request", "We'd like the ability to set custom reminder times per client. Is this something you could add?"},
		{P3, "annoyed", "It's quite annoying that the app logs me out every hour. Can this be changed?"},
		{P3, "dashboard a bit slow", "The dashboard has been a bit sluggish this week, nothing dramatic."},
		{P4, "Hi", "Can you tell me how to add a new team member?"},
		{P4, "Typo", "Small typo on your pricing page: 'anual' should be 'annual'."},
		{P4, "idea", "It would be cool if the calendar had a week view. Just an idea!"},
		{P4, "Question about data export", "If we ever leave, can we export all our data? Just curious, no plans to leave."},
		{P4, "URGENT", "URGENT: please send me the invoice for October."},
		{P4, "Great product", "Just wanted to say your product is great, our team loves it."},
		{P4, "How secure is your platform?", "Our IT department wants to know if you have had any security breaches in the past and how you protect customer data."},
		{P4, "docs", "Is there a guide on setting up SSO with Okta?"},
		{P3, "Login issue for one user", "One of our users can't log in, everyone else is fine. Password reset didn't help."},
		{P2, "SSO broken for new hires", "New employees can't log in through SSO, existing staff are fine. We create local accounts as a workaround."},
		{P1, "Re: Ticket #4411", "This is now affecting all our stores. Card terminals are declining every transaction. We are losing thousands per hour."},
		{P1, "Fwd: alert", "See below - our monitoring shows your service returning 502 for all our traffic since 03:10."},
		{P2, "Orders stuck in processing", "Since last night about 200 orders are stuck in 'processing' and don't reach the warehouse. We push them manually one by one."},
		{P3, "PDF looks different", "The invoice PDF looks a bit different since the update, the table borders are thicker. Can you check?"},
		{P4, "Account manager?", "Who is our account manager? I'd like to discuss next year's plan."},
		{P4, "Re: Your outage notification", "Thanks for letting us know about the maintenance window on Sunday. We're fine with the timing."},
		{P1, "Unser System ist down", "Seit heute früh ist das gesamte System nicht erreichbar. Keiner unserer Mitarbeiter kann arbeiten."},
		{P2, "Rapports faux", "Depuis la mise à jour, tous les rapports affichent des chiffres faux pour tous nos clients. Nous recalculons à la main."},
		{P3, "Pequeño error en la factura", "En la factura aparece mal el nombre del mes. No es urgente."},
		{P4, "Dúvida", "Olá, como faço para alterar o logotipo da minha conta? Obrigado."},
		{P1, "Datenpanne", "Ein Kunde hat uns gemeldet, dass er Rechnungen anderer Kunden sehen kann."},
		{P2, "Importação falhando", "A importação de produtos está falhando para todos os arquivos desde sexta. Estamos cadastrando manualmente."},
		{P1, "we're hacked", "Someone changed the bank details on all our supplier records. We think our account was compromised."},
		{P2, "frustrated", "We are extremely frustrated. The mobile app has crashed for our field team every day this week and nobody has given us an answer."},
		{P3, "minor slowness", "Pages take maybe 3 seconds instead of 2 to load. Not a big issue."},
		{P4, "Can I get a demo of the new reporting?", "Hi, we'd love a demo of the new reporting module for our managers. Any time next week."},
		{P1, "We are canceling", "We are canceling our subscription effective immediately. Your product lost our data twice."},
		{P4, "question re: data retention", "How long do you keep deleted records before they are permanently erased?"},
	}
	c := Default()
	miss := 0
	for _, p := range probes {
		r := c.Classify(Input{Subject: p.s, Body: p.b})
		if r.Severity != p.want {
			miss++
			fmt.Printf("MISS %v want %v: %q %s\n", r.Severity, p.want, p.s, evidenceSummary(r))
		}
	}
	fmt.Println("misses", miss, "of", len(probes))
}
