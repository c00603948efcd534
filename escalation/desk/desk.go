// Package desk applies the protocol's decisions: it turns each fetched mail
// into an escalation.Inbound (parsing it, finding its thread, checking an
// agent's authentication, classifying it), asks escalation.Decide for a
// Plan, renders the plan's mails (package mailer) and commits the whole
// plan — ticket state, events, outbox rows and the mailbox cursor — in one
// transaction. It decides nothing itself.
package desk

import (
	"context"
	"fmt"
	"log/slog"
	"net/mail"
	"strings"
	"sync/atomic"
	"time"

	"github.com/escalate-dev/escalate/classify"
	"github.com/escalate-dev/escalate/escalation"
	"github.com/escalate-dev/escalate/intake"
	"github.com/escalate-dev/escalate/schema"
)

// Config is what the desk needs to know about the installation.
type Config struct {
	Name      string // display name of outgoing mail
	Address   string // From of outgoing mail, bare address
	Domain    string // right side of Message-IDs
	Secret    []byte // keys the HMAC of Message-IDs
	Prefix    string // ticket tag prefix: "ESC"
	Contact   string // point of contact named in receipts
	Signature string
	Team      []string // bare addresses told of new P1/P2 tickets
	Agents    Agents
	// HistoryCutoff: on the first read of a mailbox, mail that reached it
	// more than this long before start is history (stored, never
	// answered); 0 makes all mail present at the first start history.
	HistoryCutoff time.Duration
	RawLimit      int64    // raw bytes kept per mail
	Own           []string // our own addresses: mail from them is a loop
	// Zone is the time zone of times written in mails (default UTC).
	Zone *time.Location
	// People hold the protocol's roles: contacts and accounts.
	People People
}

// Desk implements intake.Handler over a store.
type Desk struct {
	cfg        Config
	store      *schema.Store
	classifier *classify.Classifier
	protocol   escalation.Protocol
	ids        escalation.IDs
	tags       intake.Tags
	now        func() time.Time
	log        *slog.Logger
	startedAt  time.Time

	// Kick, when set, is told after a commit that queued mail.
	Kick func()
	// Committed, when set, is told after each mail's transaction commits
	// with the wall-clock time (benchmarks and tests measure with it).
	Committed func(f intake.Fetched, at time.Time)

	Stats Stats

	// lastBatch is when (d.now, Unix nanoseconds) the desk last committed
	// mail that was waiting together: it is draining a backlog.
	lastBatch atomic.Int64

	stuck    stuckMail     // consecutive failures of the mail being retried
	evidence evidenceCache // decoded evidence of recent tickets (memo.go)
	// kept is the recent P1/P2 tickets a committed batch left (memo.go).
	kept keptRecent
	// likeness keeps what grouping derived from recent tickets: each new
	// P1/P2 of a burst is compared with the same hundreds.
	likeness *escalation.Likeness
	// failCommit, when set (tests), fails a mail's transaction before it
	// commits.
	failCommit func(intake.Fetched) error
	// loaded, when set (tests), is told of each ticket loaded for update,
	// inside its transaction.
	loaded func(ticket int64)
}

// DrainingUntil is when the desk stops counting as draining a backlog
// if no more waiting mail comes: drainQuiet after its last batch of mail
// that was waiting together. The outbox holds the team's notices while
// it drains, so that the customers' acknowledgements reach the mail
// server first (Outbox).
func (d *Desk) DrainingUntil() time.Time {
	return time.Unix(0, d.lastBatch.Load()).Add(drainQuiet)
}

// drainQuiet is how long after its last batch the desk still counts as
// draining: the poller fetches the next batch in well under it.
const drainQuiet = time.Second

// Stats counts what the desk did since start.
type Stats struct {
	Received, Duplicates, Quarantined, Opened, AcksQueued atomic.Int64
}

// New returns a desk on store; now is the injected clock.
func New(ctx context.Context, cfg Config, store *schema.Store, cl *classify.Classifier, pr escalation.Protocol,
	now func() time.Time, log *slog.Logger) (*Desk, error) {
	if len(cfg.Secret) == 0 {
		return nil, fmt.Errorf("desk: empty Message-ID secret")
	}
	inst, err := store.Installation(ctx)
	if err != nil {
		return nil, err
	}
	if cfg.Zone == nil {
		cfg.Zone = time.UTC
	}
	if cfg.Prefix == "" {
		cfg.Prefix = "ESC"
	}
	cfg.Address = strings.ToLower(cfg.Address)
	pr.TeamConfigured = len(cfg.Team) > 0 || len(cfg.People.Contacts) > 0
	pr.TagPrefix = cfg.Prefix
	d := &Desk{cfg: cfg, store: store, classifier: cl, protocol: pr, now: now, log: log, startedAt: now(),
		ids: escalation.IDs{Secret: cfg.Secret, Installation: inst, Domain: cfg.Domain}, tags: intake.NewTags(cfg.Prefix),
		likeness: escalation.NewLikeness()}
	return d, nil
}

// IDs returns the desk's Message-ID signer (tests and tools thread by it).
func (d *Desk) IDs() escalation.IDs { return d.ids }

func (d *Desk) tag(id int64) string { return escalation.Tag(d.cfg.Prefix, id) }

// Tag returns ticket id's tag as the desk writes it: "ESC-12".
func (d *Desk) Tag(id int64) string { return d.tag(id) }

// clock formats an absolute time for mail: "2026-12-02 15:00 UTC".
func (d *Desk) clock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(d.cfg.Zone).Format("2006-01-02 15:04 MST")
}

// addrOnly returns the bare lower-case address of "Name <addr>" or "addr".
func addrOnly(s string) string {
	if a, err := mail.ParseAddress(s); err == nil {
		return strings.ToLower(a.Address)
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// newMemo returns a memo for one transaction.
func (d *Desk) newMemo() *memo { return &memo{evidence: &d.evidence} }

// newBatchMemo returns a memo for one batch's transaction, which starts
// from the recent tickets the last batch kept while they are current.
func (d *Desk) newBatchMemo() *memo { return &memo{evidence: &d.evidence, kept: &d.kept} }
