package main

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

// Team notices in a burst (README, "How it works"). Every new P1/P2
// ticket queues a notice to the team; when customers write in a burst,
// the notices pile up while the desk drains the backlog (noticeHold),
// and a mail each would cost the mail server a delivery each, inside
// the burst, and bury the team under hundreds of mails. So when the
// claim takes a notice, it takes every notice pending to the same
// recipients that is due, and when they are at least digestFrom, they
// go as one digest listing each ticket (mailer.NoticeDigest: tag,
// severity, subject, customer, grouping suggestion, a held receipt).
// The first noticesAlone of a pile go as their own notices when the
// recipients had no digest in the last digestQuiet: the first tickets
// of an outage come with the customer's words and the evidence.
// Exactly once as any mail: each notice row is marked sent only on the
// digest's 250, all in one write (mailer.Queued.Also); a digest that
// fails settles each row (retried rows may come again in a later
// digest); nothing is lost on a crash (the rows stay pending, leased).
const (
	digestFrom   = 5
	noticesAlone = 3
	digestQuiet  = 10 * time.Minute
)

// digestLog remembers when each recipient list last got a digest.
type digestLog struct {
	// claims makes the deliverer's lanes claim one after the other, so
	// that a pile of notices is not split between two claims.
	claims sync.Mutex
	mu     sync.Mutex
	last   map[string]time.Time
}

func newDigestLog() *digestLog { return &digestLog{last: map[string]time.Time{}} }

// alone is how many of a pile to to send as their own notices, and
// notes a digest to to at now.
func (l *digestLog) alone(to string, now time.Time) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	last, ok := l.last[to]
	l.last[to] = now
	if ok && now.Sub(last) < digestQuiet {
		return 0
	}
	return noticesAlone
}

// gather takes, for each recipient list of a claimed notice, the other
// notices pending to it (schema.Store.ClaimNotices) and returns the rows
// to send one by one and the digests to send. Without a desk or a
// digest log it changes nothing.
func (q outboxQueue) gather(ctx context.Context, now time.Time, lease time.Duration, rows []schema.OutboxMail) ([]schema.OutboxMail, []mailer.Queued) {
	if q.digests == nil || q.desk == nil || !slices.ContainsFunc(rows, func(r schema.OutboxMail) bool {
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
		if len(pile) < digestFrom {
			single = append(single, pile...)
			continue
		}
		slices.SortFunc(pile, func(a, b schema.OutboxMail) int { return cmp.Compare(a.ID, b.ID) })
		k := q.digests.alone(to, now)
		d, err := q.digest(now, pile[k:])
		if err != nil {
			single = append(single, pile...) // one by one: a bad row fails alone (Claim)
			continue
		}
		single = append(single, pile[:k]...)
		digests = append(digests, d)
	}
	return single, append(make([]mailer.Queued, 0, len(single)+len(digests)), digests...)
}

// digest is the one mail that carries the notices ns (oldest first).
func (q outboxQueue) digest(now time.Time, ns []schema.OutboxMail) (mailer.Queued, error) {
	first := ns[0]
	d := mailer.NoticeDigestData{Count: len(ns), Address: first.FromAddr, Every: escalation.HumanDuration(noticeHold)}
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
