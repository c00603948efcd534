package intake

import "testing"

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
