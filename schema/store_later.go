package schema

import (
	"context"
	"fmt"
	"strings"
)

// Deferred writes. A decision writes rows nothing reads back before the
// commit — a ticket's events and participants, the link of a mail to its
// ticket, the record of our own outgoing mail, and for a ticket it opens
// (its ID reserved) the ticket and its outbox rows — and each was a
// statement, so on PostgreSQL a round trip; a burst of new tickets was
// bound by them. Tx keeps these writes and sends them as one multi-row
// statement a table at the latest before the commit, or earlier, before
// any statement that names their table (txConn.settle), so that nothing
// in the transaction can tell the difference. A failed deferred write
// fails the statement that sent it, and so the transaction.

// laterRows bounds the rows of one multi-row statement (SQLite binds at
// most 32,766 parameters, PostgreSQL 65,535).
const laterRows = 500

type participantRow struct {
	ticketID   int64
	addr, role string
}

type messageLink struct{ message, ticket int64 }

// later holds one transaction's deferred writes, in order.
type later struct {
	tickets      []Ticket // with IDs reserved (ReserveTicketIDs)
	participants []participantRow
	links        []messageLink
	events       []Event
	outbox       []OutboxMail
	messages     []Message
}

func (l *later) empty() bool {
	return len(l.tickets)+len(l.participants)+len(l.links)+len(l.events)+len(l.outbox)+len(l.messages) == 0
}

// touches reports whether query names a table with deferred writes.
func (l *later) touches(query string) bool {
	return len(l.tickets) > 0 && strings.Contains(query, "tickets") ||
		len(l.participants) > 0 && strings.Contains(query, "participants") ||
		(len(l.links) > 0 || len(l.messages) > 0) && strings.Contains(query, "messages") ||
		len(l.events) > 0 && strings.Contains(query, "events") ||
		len(l.outbox) > 0 && strings.Contains(query, "outbox")
}

// flush sends the deferred writes to the tables query names (all of
// them for an empty query, before the commit) over t, a table a
// statement, in the order of their foreign keys: the tickets, which all
// the others reference, whenever anything is sent.
func (l *later) flush(ctx context.Context, t txConn, query string) error {
	if l.empty() {
		return nil
	}
	names := func(table string) bool { return query == "" || strings.Contains(query, table) }
	var (
		tks   []Ticket
		ps    []participantRow
		links []messageLink
		es    []Event
		obs   []OutboxMail
		ms    []Message
	)
	tks, l.tickets = l.tickets, nil
	if names("participants") {
		ps, l.participants = l.participants, nil
	}
	if names("messages") {
		links, ms, l.links, l.messages = l.links, l.messages, nil, nil
	}
	if names("events") {
		es, l.events = l.events, nil
	}
	if names("outbox") {
		obs, l.outbox = l.outbox, nil
	}
	var stmts []laterStatement
	add := func(what, query string, args []any) { stmts = append(stmts, laterStatement{what, query, args}) }
	for _, c := range chunks(len(tks)) {
		args := make([]any, 0, (ticketColumnCount+1)*(c.to-c.from))
		for i := range tks[c.from:c.to] {
			args = append(append(args, tks[c.from+i].ID), tks[c.from+i].args()...)
		}
		// Only PostgreSQL reserves IDs; its identity column takes one
		// given with OVERRIDING SYSTEM VALUE.
		add("create tickets", `INSERT INTO tickets (id, `+ticketColumns+`) OVERRIDING SYSTEM VALUE VALUES `+
			rows(c.to-c.from, ticketColumnCount+1), args)
	}
	for _, c := range chunks(len(ps)) {
		var args []any
		seen := map[participantRow]bool{}
		for _, p := range ps[c.from:c.to] {
			k := participantRow{ticketID: p.ticketID, addr: p.addr}
			if seen[k] {
				continue // the first one stays, as ON CONFLICT DO NOTHING keeps it
			}
			seen[k] = true
			args = append(args, p.ticketID, p.addr, p.role)
		}
		add("add participants", `INSERT INTO participants (ticket_id, addr, role) VALUES `+
			rows(len(args)/3, 3)+` ON CONFLICT (ticket_id, addr) DO NOTHING`, args)
	}
	for _, c := range chunks(len(links)) {
		// The last link of a mail wins, as it would one UPDATE after another.
		last := map[int64]int64{}
		var order []int64
		for _, k := range links[c.from:c.to] {
			if _, ok := last[k.message]; !ok {
				order = append(order, k.message)
			}
			last[k.message] = k.ticket
		}
		var cases strings.Builder
		args := make([]any, 0, 3*len(order))
		for _, id := range order {
			cases.WriteString(" WHEN ? THEN CAST(? AS BIGINT)")
			args = append(args, id, last[id])
		}
		for _, id := range order {
			args = append(args, id)
		}
		add("link messages", `UPDATE messages SET ticket_id = CASE id`+cases.String()+
			` END WHERE id IN (`+placeholders(len(order))+`)`, args)
	}
	for _, c := range chunks(len(es)) {
		args := make([]any, 0, 5*(c.to-c.from))
		for _, e := range es[c.from:c.to] {
			args = append(args, e.TicketID, ts(e.At), e.Kind, e.Actor, e.Detail)
		}
		add("add events", `INSERT INTO events (ticket_id, at, kind, actor, detail) VALUES `+
			rows(c.to-c.from, 5), args)
	}
	for _, c := range chunks(len(obs)) {
		args := make([]any, 0, outboxColumnCount*(c.to-c.from))
		for i := range obs[c.from:c.to] {
			args = append(args, obs[c.from+i].args()...)
		}
		add("enqueue", `INSERT INTO outbox (`+outboxColumns+`) VALUES `+
			rows(c.to-c.from, outboxColumnCount)+` ON CONFLICT (message_id) DO NOTHING`, args)
	}
	for _, c := range chunks(len(ms)) {
		args := make([]any, 0, messageColumnCount*(c.to-c.from))
		for i := range ms[c.from:c.to] {
			args = append(args, ms[c.from+i].args()...)
		}
		add("record messages", `INSERT INTO messages (`+messageColumns+`) VALUES `+
			rows(c.to-c.from, messageColumnCount)+` ON CONFLICT DO NOTHING`, args)
	}
	return sendLater(ctx, t, stmts)
}

// laterStatement is one multi-row write of flush.
type laterStatement struct {
	what, query string
	args        []any
}

// maxParams is PostgreSQL's limit of parameters a statement.
const maxParams = 65535

// sendLater sends flush's writes in order. On PostgreSQL they go as few
// statements as the parameter limit allows, each write but the last a
// data-modifying WITH clause: one round trip instead of one a table.
// The clauses share one snapshot, which none of them reads, and the
// foreign keys are checked at the statement's end, so the outcome is
// that of the statements one after the other. On SQLite a statement is
// no round trip: one after the other.
func sendLater(ctx context.Context, t txConn, stmts []laterStatement) error {
	postgres := t.DriverName() == "postgres"
	for len(stmts) > 0 {
		n, params := 1, len(stmts[0].args)
		for postgres && n < len(stmts) && params+len(stmts[n].args) <= maxParams {
			params += len(stmts[n].args)
			n++
		}
		var clauses, what []string
		var args []any
		for i, st := range stmts[:n-1] {
			clauses = append(clauses, fmt.Sprintf("w%d AS (%s)", i, st.query))
			what = append(what, st.what)
			args = append(args, st.args...)
		}
		last := stmts[n-1]
		query := last.query
		if n > 1 {
			query = "WITH " + strings.Join(clauses, ", ") + " " + query
		}
		what, args = append(what, last.what), append(args, last.args...)
		stmts = stmts[n:]
		t.n.Add(1)
		if _, err := t.exec(ctx, t.Rebind(query), args...); err != nil {
			return fmt.Errorf("schema: %s: %w", strings.Join(what, ", "), err)
		}
	}
	return nil
}

type chunk struct{ from, to int }

// chunks splits n rows into statements of at most laterRows.
func chunks(n int) []chunk {
	var cs []chunk
	for from := 0; from < n; from += laterRows {
		cs = append(cs, chunk{from, min(from+laterRows, n)})
	}
	return cs
}

// rows is the VALUES list of n rows of width placeholders.
func rows(n, width int) string {
	row := "(" + placeholders(width) + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}
