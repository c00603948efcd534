package main

import (
	"fmt"
	"strings"
	"time"
)

// demoMail is one customer mail of the demo, written from the protocol's
// severity examples.
type demoMail struct {
	FromName, From, Subject, Body string
}

var demoMails = []demoMail{
	{"Priya Natarajan", "priya@northwind.example", "Platform down - nobody can log in",
		"Since 08:40 none of our 300 staff can log in. Every page returns 500 errors and the whole platform is unusable for our entire organization.\n\nPlease treat this as an outage."},
	{"Marco Rossi", "marco.rossi@globex.example", "Customer records corrupted after last night's import",
		"After last night's sync, thousands of customer records show other customers' addresses and some rows were deleted. This is data loss and corruption in production; we need it restored."},
	{"Dana Whitfield", "ciso@initech.example", "Security incident: possible breach of customer data",
		"Our SOC saw an unknown session exporting data from our account at 03:12 UTC. We suspect a security breach and a data privacy incident. Please escalate immediately."},
	{"Olu Adeyemi", "olu@contoso.example", "Payments failing at checkout since this morning",
		"Payment processing is failing for all card transactions since 07:00. Our stores cannot take payments; this is preventing business operations."},
	{"Hannah Berg", "hannah@fabrikam.example", "Reports and dashboards not loading",
		"The reports module has not worked since Tuesday; dashboards stay blank. We export CSVs by hand as a workaround but the core feature is broken for our analysts."},
	{"Kenji Sato", "kenji@tailspin.example", "Search is 10x slower than last week",
		"Search used to answer in 2 seconds and now takes 30 seconds instead of 2. Performance is severely degraded for the whole team."},
	{"Lucía Fernández", "lucia@wingtip.example", "Renewal at risk - unresolved integration issues",
		"Our Salesforce integration has failed for three weeks and the issue is still unresolved. Frankly our renewal next month is at risk if this continues."},
	{"Tom Becker", "tom@adventure.example", "Date picker shows wrong week start",
		"Small bug: the date picker in the booking form starts weeks on Sunday although our locale is set to Monday. Not blocking, but it confuses people."},
	{"Aisha Khan", "aisha@litware.example", "Export button hard to find",
		"The new layout moved the export button into a menu and several users could not find it. It affects usability; could you improve this?"},
	{"Sven Olsen", "sven@proseware.example", "Feature request: custom fields on tickets",
		"We would like to request an enhancement: custom fields on the request form so we can capture our cost centre. Is this customization possible?"},
	{"Mei Chen", "mei@woodgrove.example", "Typo on the invoice page",
		"Just a cosmetic thing: the invoice page says \"Recieved\" instead of \"Received\", and the logo is slightly misaligned."},
	{"Paul Martin", "paul@lucerne.example", "Question about API documentation",
		"Hi, a general question: where can I find the documentation for the export API? A link would be great. Thanks!"},
}

// demoAutoReply is an out-of-office reply that reaches the support
// mailbox among the customers' mail (a reader of Acme's newsletter is
// away): the gateway reads it as automatic, opens no ticket and sends
// nothing, and `escalate tickets --automatic` lists it.
func demoAutoReply(at time.Time) []byte {
	return []byte("From: Jonas Weber <jonas.weber@contoso.example>\r\n" +
		"To: Acme Support <support@acme.example>\r\n" +
		"Subject: Automatic reply: Acme product news - November\r\n" +
		"Date: " + at.Format(time.RFC1123Z) + "\r\n" +
		fmt.Sprintf("Message-ID: <demo-ooo.%d@contoso.example>\r\n", at.Unix()) +
		"Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"I am out of the office until Monday with limited access to e-mail.\r\n" +
		"For urgent matters please contact my colleague Lena Park.\r\n")
}

// raw renders the mail as a customer's client would send it.
func (m demoMail) raw(n int, at time.Time) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s <%s>\r\n", m.FromName, m.From)
	fmt.Fprintf(&b, "To: Acme Support <support@acme.example>\r\n")
	fmt.Fprintf(&b, "Subject: %s\r\n", m.Subject)
	fmt.Fprintf(&b, "Date: %s\r\n", at.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <demo-%d.%d@%s>\r\n", n, at.Unix(), m.From[strings.IndexByte(m.From, '@')+1:])
	fmt.Fprintf(&b, "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	fmt.Fprintf(&b, "Hello support,\r\n\r\n%s\r\n\r\nBest regards,\r\n%s\r\n", strings.ReplaceAll(m.Body, "\n", "\r\n"), m.FromName)
	return []byte(b.String())
}
