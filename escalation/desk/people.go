package desk

import (
	"slices"
	"strings"

	"github.com/escalate-dev/escalate/escalation"
)

// People says who holds the protocol's roles.
type People struct {
	// Contacts maps a role key ("csm", "team_lead", "vp", "cco", "ceo",
	// "technical", "product") to its addresses ("Name <addr>" or addr).
	Contacts map[string][]string
	// Accounts map customers to accounts; the first match wins.
	Accounts []Account
}

// Account is a customer account and its own Customer Success Manager.
type Account struct {
	Name string
	// Match holds customer addresses ("ann@cust.example") and domains
	// ("@cust.example" or "cust.example"), lower case.
	Match []string
	// CSM are the account's CSM's addresses: the point of contact its
	// receipts name, and whom "csm" pages for its tickets.
	CSM []string
}

// Account returns the account of a customer address.
func (p People) Account(addr string) (Account, bool) {
	addr = addrOnly(addr)
	_, dom, _ := strings.Cut(addr, "@")
	for _, a := range p.Accounts {
		for _, m := range a.Match {
			m = strings.ToLower(m)
			if m == addr || strings.TrimPrefix(m, "@") == dom {
				return a, true
			}
		}
	}
	return Account{}, false
}

// holders returns the addresses of role for a customer: the account's
// CSM for "csm", else the configured contacts.
func (p People) holders(role, customer string) []string {
	if role == "csm" {
		if a, ok := p.Account(customer); ok && len(a.CSM) > 0 {
			return a.CSM
		}
	}
	return p.Contacts[role]
}

// roleAddrs returns the bare addresses of roles for ticket t; when none of
// the roles has anyone, the team, else the point of contact, so that a
// page is never lost for want of a contact.
func (d *Desk) roleAddrs(t *escalation.Ticket, roles []string) []string {
	var out []string
	add := func(as ...string) {
		for _, a := range as {
			if a = addrOnly(a); a != "" && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	for _, r := range roles {
		add(d.cfg.People.holders(r, t.Customer)...)
	}
	if len(out) == 0 {
		add(d.cfg.Team...)
	}
	if len(out) == 0 {
		add(d.cfg.Contact)
	}
	return out
}

// teamAddrs is whom the notice of a new ticket goes to: the team and the
// holders of the roles of its policy's first step, or the team alone
// (teamOnly: linked to an incident at intake, whose roles know).
func (d *Desk) teamAddrs(t *escalation.Ticket, teamOnly bool) []string {
	if t == nil || len(t.Policy.Steps) == 0 {
		return d.cfg.Team
	}
	out := slices.Clone(d.cfg.Team)
	var roles []string
	if !teamOnly {
		roles = t.Policy.Steps[0].Targets
	}
	for _, r := range roles {
		for _, a := range d.cfg.People.holders(r, t.Customer) {
			if a = addrOnly(a); !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	if len(out) == 0 {
		// Contacts exist, but none for these roles: never a mail to nobody.
		out = append(out, addrOnly(d.cfg.Contact))
	}
	return out
}

// contact is the point of contact a customer's receipt names: the
// account's CSM, else the configured contact.
func (d *Desk) contact(t *escalation.Ticket) string {
	if t != nil {
		if a, ok := d.cfg.People.Account(t.Customer); ok && len(a.CSM) > 0 {
			return a.CSM[0]
		}
	}
	return d.cfg.Contact
}

// ownerOrCSM is whom owner mail goes to when the ticket has no owner and
// no agent wrote: the account's CSM, else the CSM contacts, else the
// point of contact.
func (d *Desk) ownerOrCSM(t *escalation.Ticket) string {
	if t != nil {
		if as := d.cfg.People.holders("csm", t.Customer); len(as) > 0 {
			return addrOnly(as[0])
		}
	}
	return addrOnly(d.cfg.Contact)
}
