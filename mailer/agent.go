package mailer

// The replies to an agent's mail that changed nothing. Their subject starts
// with the ticket's tag, "[ESC-12]", when there is one.

// CommandRejectedData fills the reply to an agent whose #commands could
// not be applied.
type CommandRejectedData struct {
	Tag      string
	Subject  string
	Line     int    // 1-based line of the agent's text; 0: no line
	LineText string // the line as written
	Reason   string // what is wrong with it
	Accepted []string
}

// CommandRejected renders the reply to an agent whose mail held a bad
// command: nothing was applied, which line failed and why, and the
// accepted commands.
func CommandRejected(d CommandRejectedData) (subject, body string) {
	return render("command_rejected", d)
}

// UnknownTicketData fills the reply to an agent whose mail names a ticket
// that does not exist.
type UnknownTicketData struct {
	Tag     string // as written in the agent's subject: "ESC-99"
	Subject string
}

// UnknownTicket renders the reply to an agent whose mail's tag matches no
// ticket: nothing was applied and nothing sent to anyone.
func UnknownTicket(d UnknownTicketData) (subject, body string) {
	return render("unknown_ticket", d)
}

// UnverifiedData fills the notice to an agent address whose mail the
// receiving server did not vouch for.
type UnverifiedData struct {
	Agent          string // the agent's address, as configured
	Subject        string
	MessageID      string // of the unverified mail, without brackets
	Reason         string // "dkim=fail spf=softfail from mx.acme.example"
	TrustedServers []string
}

// Unverified renders the notice that a mail from an agent's address was
// handled as a customer's because no trusted server vouched for it
// (RFC 8601 Authentication-Results), and what to check.
func Unverified(d UnverifiedData) (subject, body string) { return render("unverified", d) }
