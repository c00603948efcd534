package intake

import (
	"fmt"
	"testing"
)

// BenchmarkParseBurstMail parses a burst's customer mail: a short
// report with a greeting, a mobile signature and a quoted history.
func BenchmarkParseBurstMail(b *testing.B) {
	raw := []byte("From: Ann <ann@ann.example>\r\nTo: support@acme.example\r\nSubject: Outage: nobody can log in\r\n" +
		"Message-ID: <ann1@x.example>\r\nDate: Wed, 2 Dec 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Hello support,\r\n\r\nProduction is down, nobody can log in since 9:00.\r\nWe see error 503 on every page and our customers are calling.\r\n" +
		"Please call me back as soon as possible.\r\n\r\nThanks,\r\nAnn\r\n--\r\nAnn Example, Head of IT\r\nExample Corp\r\n+1 555 0100\r\n\r\n" +
		"On Tue, 1 Dec 2026 at 10:00, Support <support@acme.example> wrote:\r\n> Your ticket was resolved.\r\n> Regards\r\n")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(raw, ParseOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseBurstBodies parses the mails BenchmarkBurst sends
// (cmd/escalate's benchMail: four bodies in turn, a greeting and a
// closing), the parse a burst's gateway does for each mail.
func BenchmarkParseBurstBodies(b *testing.B) {
	bodies := []string{
		"Since 08:40 none of our staff can log in; every page returns 500 errors.\r\nThe whole platform is down for the entire organization and we are losing orders.\r\n",
		"The monthly report takes several minutes to load since yesterday's release.\r\nSome users see timeouts; a workaround is to export smaller ranges.\r\n",
		"Could you tell us how to export invoices as CSV for our accountant?\r\nWe could not find it in the settings page.\r\n",
		"It would be nice to have a dark mode in the dashboard at some point.\r\nNo rush, just an idea from our team.\r\n",
	}
	subjects := []string{"Production down - nobody can log in", "Reports are very slow today", "Question about invoice export", "Feature request: dark mode"}
	raws := make([][]byte, len(bodies))
	for i := range bodies {
		raws[i] = []byte(fmt.Sprintf("From: Customer %[1]d <customer%[1]d@client.example>\r\nTo: support@acme.example\r\n"+
			"Subject: %[2]s (#%[1]d)\r\nDate: Mon, 07 Dec 2026 16:00:00 +0000\r\nMessage-ID: <burst-%[1]d@client.example>\r\n"+
			"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
			"Hello support,\r\n\r\n%[3]s\r\nBest regards,\r\nCustomer %[1]d\r\n", i, subjects[i], bodies[i]))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := Parse(raws[i%len(raws)], ParseOptions{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
