package desk

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/mailer"
	"github.com/escalate-dev/escalate/schema"
)

// Outbox is the desk's outbox as the mailer's Queue: it decides what
// leaves when. While the desk drains a backlog (DrainingUntil), mail
// other than acknowledgements waits, up to NoticeHold after it was
// queued: the mail server's capacity goes to the customers'
// acknowledgements first (in a burst each P1/P2 mail also queues a team
// notice, and Postfix delivers in the order it accepts), and the team
// still hears of every ticket within NoticeHold.
//
// Team notices in a burst (README, "How it works"): the notices pile up
// while the desk drains the backlog, and a mail each would cost the mail
// server a delivery each, inside the burst, and bury the team under
// hundreds of mails. So when the claim takes a notice, it takes every
// notice pending to the same recipients that is due, and when they are
// at least digestFrom, they go as one digest listing each ticket
// (mailer.NoticeDigest: tag, severity, subject, customer, grouping
// suggestion, a held receipt). The first noticesAlone of a pile go as
// their own notices when the recipients had no digest in the last
// digestQuiet: the first tickets of an outage come with the customer's
// words and the evidence. Exactly once as any mail: each notice row is
// marked sent only on the digest's 250, all in one write
// (mailer.Queued.Also); a digest that fails settles each row (retried
// rows may come again in a later digest); nothing is lost on a crash
// (the rows stay pending, leased).
//
// In an outage that goes on, customers write one after another rather
// than in a pile, and each new P1/P2 ticket would page the team with a
// mail of its own. So once the same recipients have had noticesAlone
// mails within digestQuiet, a notice to them waits up to NoticeHold from
// when it was queued (schema.Store.HoldOutbox) and goes with the others
// queued meanwhile, as one digest: the first tickets of an outage come at
// once, then at most a mail every NoticeHold.
type Outbox struct {
	s    *schema.Store
	desk *Desk // nil: nothing held, no digests
	// claims makes the deliverer's lanes claim one after the other, so
	// that a pile of notices is not split between two claims.
	claims sync.Mutex
	mu     sync.Mutex
	last   map[string]time.Time   // when each recipient list last got a digest
	sent   map[string][]time.Time // when each got its notices and digests, within digestQuiet
	held   map[string]time.Time   // until when each one's notices are held to go together
}

// NewOutbox is the outbox of store as d sends it; d nil sends every
// mail as it comes due, one by one.
func NewOutbox(store *schema.Store, d *Desk) *Outbox {
	return &Outbox{s: store, desk: d, last: map[string]time.Time{}, sent: map[string][]time.Time{}, held: map[string]time.Time{}}
}

// NoticeHold bounds how long a team notice waits for a backlog's
// acknowledgements.
const NoticeHold = 30 * time.Second

const (
	digestFrom   = 5
	noticesAlone = 3
	digestQuiet  = 10 * time.Minute
)

// Claim takes up to limit due mails, a pile of team notices to the same
// recipients as one digest.
func (q *Outbox) Claim(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]mailer.Queued, error) {
	others := now
	if q.desk != nil {
		if now.Before(q.desk.DrainingUntil()) {
			others = now.Add(-NoticeHold)
		}
		q.claims.Lock()
		defer q.claims.Unlock()
	}
	rows, err := q.s.ClaimOutboxHolding(ctx, now, lease, limit, others)
	if err != nil {
		return nil, err
	}
	rows, out := q.gather(ctx, now, lease, rows)
	for _, r := range rows {
		m, err := outboxMail(r)
		if err != nil {
			// Never send a mail without its headers (Auto-Submitted
			// keeps auto-responders from answering it).
			if ferr := q.s.MarkFailed(ctx, r.ID, err.Error()); ferr != nil {
				return nil, ferr
			}
			continue
		}
		out = append(out, mailer.Queued{ID: r.ID, Attempts: r.Attempts, Mail: m, Reclaimed: r.Reclaimed})
	}
	return out, nil
}

func outboxMail(r schema.OutboxMail) (mailer.Mail, error) {
	m := mailer.Mail{MessageID: r.MessageID, Date: r.CreatedAt, FromName: r.FromName, FromAddr: r.FromAddr,
		To: strings.Split(r.ToAddrs, ","), Subject: r.Subject, Body: r.Body, InReplyTo: r.InReplyTo,
		References: strings.Fields(r.Refs)}
	if err := json.Unmarshal([]byte(r.Headers), &m.Headers); err != nil {
		return m, fmt.Errorf("outbox %d: headers: %w", r.ID, err)
	}
	return m, nil
}

// Renew extends the delivery lease of the mails ids.
func (q *Outbox) Renew(ctx context.Context, ids []int64, until time.Time) error {
	return q.s.RenewOutbox(ctx, ids, until)
}

// Sent marks delivered mails sent, in one write.
func (q *Outbox) Sent(ctx context.Context, marks []mailer.Sent) error {
	rows := make([]schema.Sent, len(marks))
	for i, m := range marks {
		rows[i] = schema.Sent(m)
	}
	return q.s.MarkSentAll(ctx, rows)
}

// Retry puts a mail back for another try at next.
func (q *Outbox) Retry(ctx context.Context, id int64, next time.Time, reason string) error {
	return q.s.MarkRetry(ctx, id, next, reason)
}

// Expedite makes the mails waiting for a retry due now.
func (q *Outbox) Expedite(ctx context.Context, now time.Time) (int, error) {
	return q.s.ExpediteRetries(ctx, now)
}

// Failed gives a mail up.
func (q *Outbox) Failed(ctx context.Context, id int64, reason string) error {
	return q.s.MarkFailed(ctx, id, reason)
}

// NextDue is the next pending mail's due time, at the earliest the end
// of the desk's draining while it drains: held notices are due already,
// and the desk's commits kick the deliverer for new acknowledgements.
func (q *Outbox) NextDue(ctx context.Context) (time.Time, bool, error) {
	due, ok, err := q.s.NextOutboxDue(ctx)
	if ok && q.desk != nil {
		if end := q.desk.DrainingUntil(); due.Before(end) {
			due = end
		}
	}
	return due, ok, err
}

// alone is how many of a pile to to send as their own notices, and
// notes a digest to to at now.
func (q *Outbox) alone(to string, now time.Time) int {
	q.mu.Lock()
	defer q.mu.Unlock()
	last, ok := q.last[to]
	q.last[to] = now
	if ok && now.Sub(last) < digestQuiet || q.busyLocked(to, now) {
		return 0
	}
	return noticesAlone
}

// busy reports whether to has had noticesAlone mails or more within
// digestQuiet: further notices wait to go together.
func (q *Outbox) busy(to string, now time.Time) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.busyLocked(to, now)
}

func (q *Outbox) busyLocked(to string, now time.Time) bool {
	recent := q.sent[to][:0]
	for _, t := range q.sent[to] {
		if now.Sub(t) < digestQuiet {
			recent = append(recent, t)
		}
	}
	q.sent[to] = recent
	return len(recent) >= noticesAlone
}

// holdUntil is when the notices to to that are held go, the pile whose
// oldest was queued at oldest among them: every notice held meanwhile
// waits for the same time, so that they go together, however far apart
// they came.
func (q *Outbox) holdUntil(to string, oldest, now time.Time) time.Time {
	q.mu.Lock()
	defer q.mu.Unlock()
	if h, ok := q.held[to]; ok && now.Before(h) {
		return h
	}
	h := oldest.Add(NoticeHold)
	if now.Before(h) {
		q.held[to] = h
	} else {
		delete(q.held, to)
	}
	return h
}

// noteSent records n mails to to at now.
func (q *Outbox) noteSent(to string, now time.Time, n int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for range n {
		q.sent[to] = append(q.sent[to], now)
	}
}

// gather takes, for each recipient list of a claimed notice, the other
// notices pending to it (schema.Store.ClaimNotices) and returns the rows
// to send one by one and the digests to send. Without a desk it changes
// nothing.
func (q *Outbox) gather(ctx context.Context, now time.Time, lease time.Duration, rows []schema.OutboxMail) ([]schema.OutboxMail, []mailer.Queued) {
	if q.desk == nil || !slices.ContainsFunc(rows, func(r schema.OutboxMail) bool {
		return r.Kind == escalation.MailNotice && r.Digest != ""
	}) {
		return rows, make([]mailer.Queued, 0, len(rows))
	}
	var piles map[string][]schema.OutboxMail
	var order []string
	single := rows[:0:0]
	for _, r := range rows {
		if r.Kind != escalation.MailNotice || r.Digest == "" {
			single = append(single, r)
			continue
		}
		if piles == nil {
			piles = map[string][]schema.OutboxMail{}
		}
		if _, ok := piles[r.ToAddrs]; !ok {
			order = append(order, r.ToAddrs)
		}
		piles[r.ToAddrs] = append(piles[r.ToAddrs], r)
	}
	var digests []mailer.Queued
	for _, to := range order {
		pile := piles[to]
		more, err := q.s.ClaimNotices(ctx, now, lease, to, schema.NoticeDigestMax-len(pile))
		if err != nil {
			// The notices this claim holds go one by one, not left
			// leased: the next claim meets the database's trouble.
			single = append(single, pile...)
			continue
		}
		pile = append(pile, more...)
		slices.SortFunc(pile, func(a, b schema.OutboxMail) int { return cmp.Compare(a.ID, b.ID) })
		busy := q.busy(to, now)
		if busy {
			if until := q.holdUntil(to, oldestQueued(pile), now); now.Before(until) {
				ids := make([]int64, len(pile))
				for i, r := range pile {
					ids[i] = r.ID
				}
				if err := q.s.HoldOutbox(ctx, ids, until); err != nil {
					single = append(single, pile...) // they go now: the claim holds them
				}
				continue
			}
		}
		if len(pile) < digestFrom && !(busy && len(pile) > 1) {
			single = append(single, pile...)
			q.noteSent(to, now, len(pile))
			continue
		}
		k := q.alone(to, now)
		d, err := q.digest(now, pile[k:])
		if err != nil {
			single = append(single, pile...) // one by one: a bad row fails alone (Claim)
			continue
		}
		single = append(single, pile[:k]...)
		digests = append(digests, d)
		q.noteSent(to, now, k+1)
	}
	return single, append(make([]mailer.Queued, 0, len(single)+len(digests)), digests...)
}

// oldestQueued is when the first of a pile of notices was queued.
func oldestQueued(pile []schema.OutboxMail) time.Time {
	oldest := pile[0].CreatedAt
	for _, r := range pile[1:] {
		if r.CreatedAt.Before(oldest) {
			oldest = r.CreatedAt
		}
	}
	return oldest
}

// digest is the one mail that carries the notices ns (oldest first).
func (q *Outbox) digest(now time.Time, ns []schema.OutboxMail) (mailer.Queued, error) {
	first := ns[0]
	d := mailer.NoticeDigestData{Count: len(ns), Address: first.FromAddr, Every: escalation.HumanDuration(NoticeHold)}
	ids := make([]int64, 0, len(ns)-1)
	attempts, reclaimed := 0, false
	for i, n := range ns {
		if i > 0 {
			ids = append(ids, n.ID)
		}
		d.Entries = append(d.Entries, strings.TrimRight(n.Digest, "\n"))
		attempts, reclaimed = max(attempts, n.Attempts), reclaimed || n.Reclaimed
	}
	if first.TicketID != nil {
		d.First = q.desk.Tag(*first.TicketID)
	}
	if last := ns[len(ns)-1]; last.TicketID != nil {
		d.Last = q.desk.Tag(*last.TicketID)
	}
	subject, body := mailer.NoticeDigest(d)
	m := mailer.Mail{MessageID: q.desk.IDs().MessageID(0, escalation.MailKind(fmt.Sprintf("digest-%d", len(ns))), first.ID),
		Date: now, FromName: first.FromName, FromAddr: first.FromAddr, To: strings.Split(first.ToAddrs, ","),
		Subject: subject, Body: body}
	if err := json.Unmarshal([]byte(first.Headers), &m.Headers); err != nil {
		return mailer.Queued{}, fmt.Errorf("outbox %d: headers: %w", first.ID, err)
	}
	return mailer.Queued{ID: first.ID, Also: ids, Attempts: attempts, Mail: m, Reclaimed: reclaimed}, nil
}
