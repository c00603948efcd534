package desk

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/schema"
)

// memo keeps, for one transaction, what every new ticket of a batch
// reads about incidents: the open incidents and the recent P1/P2
// tickets (up to recentLimit full tickets, each one decoded). A burst is
// many new tickets in a row, and reading them again for each was most
// of the desk's work. The transaction's own writes keep the memo true:
// a new P1/P2 ticket joins the recent ones as it reads back from the
// database; any other change to a ticket, or a new ticket in an
// incident, drops what it may change, to be read again. Other
// transactions' commits are seen as of the first read of the batch, as
// the mails before them were.
type memo struct {
	evidence *evidenceCache // the desk's
	kept     *keptRecent    // the desk's; nil: read in each transaction
	version  int64          // the tickets version recent is as of (keep)
	borrowed bool           // recent is the kept slice: copy before a change

	incidents   []escalation.IncidentInfo
	incidentsOK bool

	recent      []escalation.Ticket // newest first: opened_at, then id
	recentSince time.Time           // the oldest opened_at recent may hold
	recentOK    bool
}

// openIncidents returns the open incidents, read once a transaction.
func (m *memo) openIncidents(ctx context.Context, x *schema.Tx) ([]escalation.IncidentInfo, error) {
	if m != nil && m.incidentsOK {
		return slices.Clone(m.incidents), nil
	}
	incs, err := x.OpenIncidents(ctx)
	if err != nil {
		return nil, err
	}
	var out []escalation.IncidentInfo
	for i := range incs {
		t, err := FromRow(&incs[i].Ticket)
		if err != nil {
			return nil, err
		}
		r := incs[i].Reach
		out = append(out, escalation.IncidentInfo{Ticket: *t, Linked: r.Tickets - 1, First: r.First, Latest: r.Latest})
	}
	if m != nil {
		m.incidents, m.incidentsOK = slices.Clone(out), true
	}
	return out, nil
}

// recentUrgent returns what schema.Tx.RecentUrgent(since, recentLimit)
// returns, read once a transaction: a later, shorter window is the
// newest of the ones read. The slice is the memo's own, to be read (by
// one mail's Decide, Inbound.Recent) before the memo learns of the next
// ticket: copying hundreds of tickets for every mail of a burst was a
// cost of its own.
func (m *memo) recentUrgent(ctx context.Context, x *schema.Tx, since time.Time) ([]escalation.Ticket, error) {
	if m != nil && m.recentOK && !since.Before(m.recentSince) {
		n := 0
		for n < len(m.recent) && !m.recent[n].OpenedAt.Before(since) {
			n++
		}
		return m.recent[:n:n], nil
	}
	rows, err := x.RecentUrgent(ctx, since, recentLimit)
	if err != nil {
		return nil, err
	}
	out := make([]escalation.Ticket, 0, len(rows))
	for i := range rows {
		t, err := m.recentFromRow(&rows[i])
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	if m != nil {
		m.recent, m.recentSince, m.recentOK = slices.Clone(out), since, true
	}
	return out, nil
}

// keptRecent is the recent P1/P2 tickets as a committed transaction's
// memo left them, and the tickets version (schema.Tx.TicketsVersion)
// they are as of: a burst's batches read the same hundreds of tickets
// again and again (11 % of the gateway's CPU in a SQLite burst), while
// nothing but the batches' own new tickets, which the memo adds as they
// are written, changed them. Where the store keeps no version
// (PostgreSQL) nothing is kept.
type keptRecent struct {
	mu      sync.Mutex
	tickets []escalation.Ticket // read only: a memo copies it to change it
	since   time.Time
	version int64
	ok      bool
}

// start takes the kept recent tickets, at the start of the transaction,
// when the tickets version has not moved since they were kept: the
// transaction's own new tickets join them as they are written
// (created). Taking them later would find the version moved by the
// batch's own tickets.
func (m *memo) start(ctx context.Context, x *schema.Tx) error {
	k := m.kept
	k.mu.Lock()
	tickets, since, version, ok := k.tickets, k.since, k.version, k.ok
	k.mu.Unlock()
	if !ok {
		return nil
	}
	v, ok, err := x.TicketsVersion(ctx)
	if err != nil || !ok || v != version {
		return err
	}
	m.recent, m.recentSince, m.recentOK, m.borrowed = tickets, since, true, true
	return nil
}

// keep reads, at the end of the transaction, the tickets version the
// memo's recent tickets are as of; the transaction's writer turn makes
// it the version its commit leaves. Call it last, and kept once the
// transaction committed.
func (m *memo) keep(ctx context.Context, x *schema.Tx) error {
	if m == nil || m.kept == nil || !m.recentOK {
		return nil
	}
	v, ok, err := x.TicketsVersion(ctx)
	if err != nil || !ok {
		m.recentOK = false
		return err
	}
	m.version = v
	return nil
}

// committed keeps the memo's recent tickets for the next transaction
// (after keep, once the transaction committed).
func (m *memo) committed() {
	if m == nil || m.kept == nil || !m.recentOK {
		return
	}
	k := m.kept
	k.mu.Lock()
	defer k.mu.Unlock()
	k.tickets, k.since, k.version, k.ok = m.recent, m.recentSince, m.version, true
}

// created tells the memo of a ticket the transaction inserted (row as
// written, its ID set).
func (m *memo) created(row *schema.Ticket) error {
	if m == nil {
		return nil
	}
	if row.Incident || row.IncidentID != nil {
		m.incidentsOK = false // a new incident, or one more ticket in one's reach
	}
	if !m.recentOK || row.Status != escalation.Open || row.Severity > 2 {
		return nil
	}
	stored := row.Stored()
	if stored.OpenedAt.Before(m.recentSince) {
		return nil
	}
	t, err := m.recentFromRow(&stored)
	if err != nil {
		return err
	}
	if m.borrowed {
		m.recent, m.borrowed = slices.Clone(m.recent), false
	}
	at, _ := slices.BinarySearchFunc(m.recent, t, newestFirst)
	m.recent = slices.Insert(m.recent, at, t)
	if len(m.recent) > recentLimit {
		m.recent = m.recent[:recentLimit]
	}
	return nil
}

// changed tells the memo that the transaction updated a ticket.
func (m *memo) changed() {
	if m != nil {
		m.incidentsOK, m.recentOK = false, false
	}
}

// newestFirst orders tickets as RecentUrgent does: opened_at, then id,
// both descending.
func newestFirst(a, b escalation.Ticket) int {
	if c := b.OpenedAt.Compare(a.OpenedAt); c != 0 {
		return c
	}
	return cmp.Compare(b.ID, a.ID)
}

// recentFromRow is the protocol's view of a ticket RecentUrgent read:
// what grouping reads (schema.RecentColumns), nothing else.
func (m *memo) recentFromRow(r *schema.Ticket) (escalation.Ticket, error) {
	t := escalation.Ticket{ID: r.ID, Subject: r.Subject, Customer: r.CustomerAddr, Severity: classify.Severity(r.Severity),
		Status: r.Status, OpenedAt: r.OpenedAt, Incident: r.Incident}
	if r.IncidentID != nil {
		t.IncidentID = *r.IncidentID
	}
	var err error
	if m == nil {
		err = json.Unmarshal([]byte(r.Evidence), &t.Evidence)
	} else {
		t.Evidence, err = m.evidence.decode(r.Evidence)
	}
	if err != nil {
		return t, fmt.Errorf("desk: ticket %d evidence: %w", r.ID, err)
	}
	return t, nil
}

// evidenceCache keeps decoded evidence by its JSON: each transaction of
// a burst reads the same hundreds of recent tickets again, and decoding
// their evidence was the larger part of reading them. The same text
// always decodes the same, so the cache is never stale; the slices it
// returns are shared and read only (grouping compares them).
type evidenceCache struct {
	mu sync.Mutex
	m  map[string][]classify.Evidence
}

// evidenceCacheSize bounds the cache: it is emptied when full.
const evidenceCacheSize = 4 * recentLimit

func (c *evidenceCache) decode(text string) ([]classify.Evidence, error) {
	c.mu.Lock()
	ev, ok := c.m[text]
	c.mu.Unlock()
	if ok {
		return ev, nil
	}
	if err := json.Unmarshal([]byte(text), &ev); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= evidenceCacheSize {
		c.m = map[string][]classify.Evidence{}
	}
	c.m[text] = ev
	return ev, nil
}
