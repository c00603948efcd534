package intake

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"mime"
	"net"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-sasl"
)

// TLS modes of an IMAP connection.
const (
	TLSImplicit = "implicit" // TLS from the first byte (RFC 8314), port 993; the default
	TLSStartTLS = "starttls" // STARTTLS (RFC 9051 §6.2.1), port 143
	TLSNone     = "none"     // clear text: loopback only unless AllowPlaintext
)

// MailboxConfig is one support mailbox to read.
type MailboxConfig struct {
	// Name labels the mailbox in the store (its cursor) and in logs.
	Name     string
	Addr     string // host:port
	TLS      string
	Username string
	// Auth is "login" (default), "plain" (SASL PLAIN, RFC 4616) or
	// "xoauth2" (Gmail, Microsoft 365): then Secret returns an access token.
	Auth string
	// Secret returns the password or access token; it is called at every
	// connection so that tokens can be refreshed.
	Secret func(ctx context.Context) (string, error)
	// Folder is read for new mail. Default INBOX.
	Folder string
	// ProcessedFolder, when set, receives each mail after its transaction
	// commits; otherwise the mail stays and is only flagged with Keyword.
	ProcessedFolder string
	// Keyword flags handled mail. Default "$Escalated".
	Keyword string
	// PollInterval is the polling period on servers without IDLE. Default 30s.
	PollInterval time.Duration
	// Timeout is how long the server may stay silent while a command waits
	// for its answer (a hung server: TCP open, nothing said); the session
	// is then closed and started again. Default 20s.
	Timeout time.Duration
	// KeepAlive is the longest IDLE (RFC 2177) before a NOOP checks that
	// the server still answers. With Timeout it bounds how long a frozen
	// server goes unnoticed: KeepAlive + 1.25 × Timeout (50 s by default).
	// Default 25s.
	KeepAlive time.Duration
	// MaxMessageBytes bounds how much of one mail is read; a larger mail
	// is read truncated and says so. A mail streams through the parser
	// (ParseReader), so this bounds the transfer, not memory. Default
	// 150 MiB, the largest mail Microsoft 365 accepts.
	MaxMessageBytes int64
	// RawLimit bounds the bytes of one mail kept in Fetched.Raw (for
	// audit); the rest is parsed as it streams and dropped. Default 10 MiB.
	RawLimit int64
	// Parse is how each mail is parsed as it is read.
	Parse ParseOptions
	// AllowPlaintext permits TLSNone to a host that is not loopback.
	AllowPlaintext     bool
	InsecureSkipVerify bool // accept any certificate: test servers only
	// RootCAs verifies the server's certificate instead of the system
	// roots: a private CA. Nil: the system roots.
	RootCAs *x509.CertPool
}

func (c *MailboxConfig) defaults() {
	if c.Folder == "" {
		c.Folder = "INBOX"
	}
	if c.Keyword == "" {
		c.Keyword = "$Escalated"
	}
	if c.PollInterval == 0 {
		c.PollInterval = 30 * time.Second
	}
	if c.Timeout == 0 {
		c.Timeout = 20 * time.Second
	}
	if c.KeepAlive == 0 {
		c.KeepAlive = 25 * time.Second
	}
	if c.MaxMessageBytes == 0 {
		c.MaxMessageBytes = 150 << 20
	}
	if c.RawLimit == 0 {
		c.RawLimit = 10 << 20
	}
	if c.TLS == "" {
		c.TLS = TLSImplicit
	}
	if c.Name == "" {
		c.Name = c.Username + "@" + c.Addr + "/" + c.Folder
	}
}

// Check validates the configuration; errors name the field.
func (c MailboxConfig) Check() error {
	c.defaults()
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("addr %q: want host:port", c.Addr)
	}
	switch c.TLS {
	case TLSImplicit, TLSStartTLS:
	case TLSNone:
		if !c.AllowPlaintext && !isLoopback(host) {
			return fmt.Errorf("tls = \"none\" to %s: clear text is allowed only to loopback unless allow_plaintext = true", host)
		}
	default:
		return fmt.Errorf("tls %q: want implicit, starttls or none", c.TLS)
	}
	switch c.Auth {
	case "", "login", "plain", "xoauth2":
	default:
		return fmt.Errorf("auth %q: want login, plain or xoauth2", c.Auth)
	}
	if c.Username == "" {
		return errors.New("username is empty")
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// handleGrace bounds how long a mail's commit may run on after shutdown
// began.
const handleGrace = 30 * time.Second

// Fetched is one mail read from a mailbox.
type Fetched struct {
	Mailbox      string // MailboxConfig.Name
	UIDValidity  uint32
	UID          uint32
	InternalDate time.Time
	// Size is the mail's size as the server gives it (RFC822.SIZE).
	Size int64
	// Raw is the mail's bytes up to MailboxConfig.RawLimit.
	Raw []byte
	// Message is the mail parsed as it was read (ParseReader with
	// MailboxConfig.Parse), or ParseErr why it could not be; both are
	// nil when the mail was not parsed yet (then parse Raw).
	Message  *Message
	ParseErr error
	// Truncated: the mail was larger than MaxMessageBytes and was read
	// only that far.
	Truncated bool
	// Initial: the mail was already in the mailbox when the gateway first
	// read it (no cursor yet): a candidate for history import.
	Initial bool
	// FetchErr is set when the server could not produce the mail's bytes.
	FetchErr error
}

// Handler consumes fetched mail.
type Handler interface {
	// Cursor returns how far the mailbox was read (0, 0 when never).
	Cursor(ctx context.Context, mailbox string) (uidvalidity, lastUID uint32, err error)
	// Handle must commit the mail (or its quarantine) together with the
	// advanced cursor before it returns nil (README, invariant 1). An
	// error is taken for the database's: the same mail is handed again
	// after a backoff, on the same IMAP session.
	Handle(ctx context.Context, f Fetched) error
}

// BatchHandler is a Handler that can also commit several mails in one
// transaction, which a burst needs: one commit per mail bounds the rate.
type BatchHandler interface {
	Handler
	// HandleBatch commits every mail of fs (in UID order, all already
	// waiting in the mailbox) together with the cursor at the last one,
	// or none of them, and then returns nil. On an error the poller
	// hands the same mails to Handle one by one, so that one bad mail
	// does not hold back the others.
	HandleBatch(ctx context.Context, fs []Fetched) error
	// BatchMails bounds the mails of one HandleBatch: what a
	// transaction may hold before the commit (the store's writers wait
	// for it, or its own reads are repaid by more mails).
	BatchMails() int
}

// Poller reads one mailbox: IDLE when offered (RFC 2177), polling
// otherwise, reconnecting with backoff, resuming from the stored cursor.
type Poller struct {
	cfg MailboxConfig
	h   Handler
	log *slog.Logger
	// Connected, when set, is told each time a session has caught up and
	// waits for new mail (tests and the demo wait on it).
	Connected func()
	// Ended, when set, is told why each session ended (tests, metrics).
	Ended func(err error)
	// Lease, when set, keeps this poller the only one reading the mailbox
	// among instances sharing a database; without it the poller reads
	// alone.
	Lease Lease
	// LeaseTTL is how long a held lease lasts unless renewed; it is
	// renewed every third of it. A standby takes over at most
	// LeaseTTL + LeaseTTL/3 after the holder's death. Default 30s.
	LeaseTTL time.Duration
	// Now is the clock of lease times. Default time.Now.
	Now func() time.Time
	// retryDelay is the wait before reconnecting, and before handing a
	// mail to the handler again; tests shorten it.
	retryDelay func(failures int, u float64) time.Duration
	health     health // see health.go
}

// NewPoller returns a poller for cfg that hands mail to h.
func NewPoller(cfg MailboxConfig, h Handler, log *slog.Logger) *Poller {
	cfg.defaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Poller{cfg: cfg, h: h, log: log.With("mailbox", cfg.Name), retryDelay: reconnectDelay,
		LeaseTTL: 30 * time.Second, Now: time.Now}
}

// Run reads mail until ctx ends. Connection failures are retried with
// exponential backoff and jitter (reconnectDelay); a session that got as
// far as waiting for new mail resets the backoff. With a Lease, Run reads
// only while it holds it and waits on standby otherwise.
func (p *Poller) Run(ctx context.Context) error {
	failures := 0
	for {
		var established bool
		err := p.leased(ctx, func(ctx context.Context) error { return p.session(ctx, &established) })
		if p.Ended != nil && !errors.Is(err, errStandby) {
			p.Ended(err)
		}
		if ctx.Err() != nil {
			return nil
		}
		if established {
			failures = 0
		}
		failures++
		wait := p.retryDelay(failures, rand.Float64())
		if errors.Is(err, errStandby) {
			wait = p.LeaseTTL / 3
		} else {
			msg := "imap connection failed; retrying" // no session began
			if p.health.ended(err) {
				msg = "imap session ended; reconnecting"
			}
			p.log.Warn(msg, "err", err, "in", wait.Round(time.Millisecond))
		}
		if err := sleep(ctx, wait); err != nil {
			return nil
		}
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// maxReconnectDelay caps the backoff: after an outage the first session
// comes at most this long after the server is back.
const maxReconnectDelay = 30 * time.Second

// reconnectDelay is 1 s doubling per consecutive failure up to 30 s
// (1, 2, 4, 8, 16, 30, 30 … s), with "equal jitter": half fixed, half
// random (u in [0,1)).
func reconnectDelay(failures int, u float64) time.Duration {
	d := time.Second
	for i := 1; i < failures && d < maxReconnectDelay; i++ {
		d *= 2
	}
	d = min(d, maxReconnectDelay)
	return d/2 + time.Duration(float64(d/2)*u)
}

// dial connects, reads the greeting and authenticates, all under the
// command timeout: a server that accepts TCP and says nothing is left
// after Timeout. The returned watchdog guards the session's commands.
func (p *Poller) dial(ctx context.Context, newMail chan<- struct{}) (*imapclient.Client, *watchdog, error) {
	host, _, _ := net.SplitHostPort(p.cfg.Addr)
	tlsConf := &tls.Config{ServerName: host, InsecureSkipVerify: p.cfg.InsecureSkipVerify, RootCAs: p.cfg.RootCAs}
	opts := &imapclient.Options{
		TLSConfig: tlsConf,
		// Callbacks run on the reader goroutine: only signal, never issue
		// commands from here.
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case newMail <- struct{}{}:
					default:
					}
				}
			},
		},
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader},
	}
	raw, err := (&net.Dialer{Timeout: p.cfg.Timeout}).DialContext(ctx, "tcp", p.cfg.Addr)
	if err != nil {
		return nil, nil, fmt.Errorf("dial %s: %w", p.cfg.Addr, err)
	}
	w, conn := watch(raw, p.cfg.Timeout)
	var c *imapclient.Client
	err = w.do("connect "+p.cfg.Addr, func() error {
		switch p.cfg.TLS {
		case TLSImplicit:
			tlsConf.NextProtos = []string{"imap"}
			c = imapclient.New(tls.Client(conn, tlsConf), opts)
		case TLSStartTLS:
			var err error
			if c, err = imapclient.NewStartTLS(conn, opts); err != nil {
				return err
			}
		default:
			c = imapclient.New(conn, opts)
		}
		if err := c.WaitGreeting(); err != nil {
			return err
		}
		return p.authenticate(ctx, c)
	})
	if err != nil {
		w.close()
		raw.Close()
		return nil, nil, err
	}
	return c, w, nil
}

func (p *Poller) authenticate(ctx context.Context, c *imapclient.Client) error {
	secret := ""
	if p.cfg.Secret != nil {
		s, err := p.cfg.Secret(ctx)
		if err != nil {
			return fmt.Errorf("credentials: %w", err)
		}
		secret = s
	}
	var err error
	switch p.cfg.Auth {
	case "plain":
		err = c.Authenticate(sasl.NewPlainClient("", p.cfg.Username, secret))
	case "xoauth2":
		err = c.Authenticate(&xoauth2{user: p.cfg.Username, token: secret})
	default:
		err = c.Login(p.cfg.Username, secret).Wait()
	}
	if err != nil {
		return fmt.Errorf("authenticate %s as %s: %w", p.cfg.Addr, p.cfg.Username, err)
	}
	return nil
}

// xoauth2 is the SASL XOAUTH2 client of Gmail and Microsoft 365, which
// go-sasl lacks.
type xoauth2 struct{ user, token string }

func (x *xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

// Next answers the server's JSON error challenge with an empty response,
// after which the server fails the command with the real error.
func (x *xoauth2) Next([]byte) ([]byte, error) { return []byte{}, nil }

// session is one connection: select, catch up, then wait for mail.
// established is set once the session caught up and waits for mail.
func (p *Poller) session(ctx context.Context, established *bool) error {
	newMail := make(chan struct{}, 1)
	c, w, err := p.dial(ctx, newMail)
	if err != nil {
		return err
	}
	defer w.close()
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()

	s := &mailboxSession{p: p, c: c, w: w}
	var sel *imap.SelectData
	if err := s.do("select "+p.cfg.Folder, func() (err error) { sel, err = c.Select(p.cfg.Folder, nil).Wait(); return err }); err != nil {
		return err
	}
	s.uidValidity, s.keyword = sel.UIDValidity, p.flagFor(sel.PermanentFlags)
	if err := s.resume(ctx, sel); err != nil {
		return err
	}
	p.log.Info("imap session ready", "uidvalidity", sel.UIDValidity, "last_uid", s.last,
		"idle", c.Caps().Has(imap.CapIdle), "move", c.Caps().Has(imap.CapMove))
	p.health.ready()
	ready := func() {
		*established = true
		if p.Connected != nil {
			p.Connected()
		}
	}
	for {
		if err := s.catchUp(ctx); err != nil {
			return err
		}
		if err := s.wait(ctx, newMail, ready); err != nil {
			return err
		}
		ready = nil
	}
}

// flagFor picks the flag that marks handled mail: our keyword when the
// mailbox accepts new keywords (\* in PERMANENTFLAGS), else \Seen.
func (p *Poller) flagFor(permanent []imap.Flag) imap.Flag {
	kw := imap.Flag(p.cfg.Keyword)
	for _, f := range permanent {
		if f == imap.FlagWildcard || strings.EqualFold(string(f), string(kw)) {
			return kw
		}
	}
	return imap.FlagSeen
}

type mailboxSession struct {
	p           *Poller
	c           *imapclient.Client
	w           *watchdog
	uidValidity uint32
	last        uint32 // highest UID committed
	initialTop  uint32 // UIDs up to this were in the mailbox at first sight
	keyword     imap.Flag
}

// do runs one command under the session's deadline (watchdog).
func (s *mailboxSession) do(op string, f func() error) error { return s.w.do(op, f) }

// resume positions the session after the stored cursor. A changed
// UIDVALIDITY (RFC 9051 §2.3.1.1) means the UIDs were reassigned: the
// mailbox is read again and Message-ID dedupe keeps that harmless.
func (s *mailboxSession) resume(ctx context.Context, sel *imap.SelectData) error {
	var uv, last uint32
	err := s.retryDB(ctx, "read cursor", func(ctx context.Context) (err error) {
		uv, last, err = s.p.h.Cursor(ctx, s.p.cfg.Name)
		return err
	})
	if err != nil {
		return err
	}
	switch {
	case uv == 0:
		s.initialTop = uint32(sel.UIDNext) - 1
		if sel.UIDNext == 0 { // server did not say: everything present is initial
			s.initialTop = ^uint32(0)
		}
	case uv != sel.UIDValidity:
		s.p.log.Warn("UIDVALIDITY changed: re-reading the mailbox", "was", uv, "now", sel.UIDValidity)
	default:
		s.last = last
		return s.sweep(ctx)
	}
	return nil
}

// sweep finishes the post-commit step (flag, move) for mail committed
// before a crash or disconnect could do it.
func (s *mailboxSession) sweep(ctx context.Context) error {
	if s.last == 0 {
		return nil
	}
	crit := &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: 1, Stop: imap.UID(s.last)}}}}
	caps := s.c.Caps()
	if s.p.cfg.ProcessedFolder == "" || (!caps.Has(imap.CapMove) && !caps.Has(imap.CapUIDPlus)) {
		// Flag-only mode, or a server where handled mail stays in place
		// after its copy: what carries our flag is finished.
		crit.NotFlag = []imap.Flag{s.keyword}
	}
	var res *imap.SearchData
	if err := s.do("sweep search", func() (err error) { res, err = s.c.UIDSearch(crit, nil).Wait(); return err }); err != nil {
		return err
	}
	uids := below(res.AllUIDs(), s.last)
	if len(uids) == 0 {
		return nil
	}
	s.p.log.Info("finishing mail committed earlier", "count", len(uids))
	return s.markDone(ctx, uids)
}

func below(uids []imap.UID, last uint32) []imap.UID {
	return slices.DeleteFunc(uids, func(u imap.UID) bool { return uint32(u) > last })
}

// catchUp reads every mail after the cursor, in UID order, and marks
// the committed mail done (markDone) in UID sets of up to doneBatch, and
// at the end: a MOVE's expunge costs Dovecot work in proportion to the
// mailbox for each command, so that in a backlog of 2,000 a MOVE of 50
// took it 0.28 ms a mail and one of 500 0.11 ms.
func (s *mailboxSession) catchUp(ctx context.Context) (err error) {
	var done []imap.UID
	defer func() {
		// What was committed is marked done even when a later mail
		// failed, unless the server stopped answering (the next
		// session's sweep does it then).
		if len(done) > 0 && !errors.Is(err, ErrHung) {
			if merr := s.markDone(ctx, done); err == nil {
				err = merr
			}
		}
	}()
	round := 0 // fetch rounds so far
	for {
		crit := &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(s.last + 1), Stop: 0}}}}
		var res *imap.SearchData
		if err := s.do("search new mail", func() (err error) { res, err = s.c.UIDSearch(crit, nil).Wait(); return err }); err != nil {
			return err
		}
		// "N:*" matches the highest UID even when it is below N
		// (RFC 9051 §6.4.4): drop what we have.
		uids := slices.DeleteFunc(res.AllUIDs(), func(u imap.UID) bool { return uint32(u) <= s.last })
		if len(uids) == 0 {
			return nil
		}
		slices.Sort(uids)
		for len(uids) > 0 {
			n := roundMails(len(uids), s.batchMails(), round)
			round++
			committed, err := s.fetchBatch(ctx, uids[:n])
			done = append(done, committed...)
			if err != nil {
				return err
			}
			if len(done) >= doneBatch {
				if err := s.markDone(ctx, done); err != nil {
					return err
				}
				done = nil
			}
			uids = uids[n:]
		}
	}
}

// roundMails is how many of the waiting mails the next fetch round
// takes, and so one transaction of a BatchHandler that takes per mails
// at most: per while many wait, so that a backlog is committed in large
// transactions; a quarter of what waits, but at least 10, as the backlog
// runs out, so that its last acknowledgements are not held behind one
// large last commit; and at most 50 in a catch-up's first round, so
// that the first ones go out while the rest is read. A mail waiting
// alone is taken alone. A Handler that takes one mail at a time is
// fetched 50 at a time.
func roundMails(waiting, per, round int) int {
	n := 50
	if per > 1 {
		n = min(per, max(waiting/4, 10))
		if round == 0 {
			n = min(n, 50)
		}
	}
	return min(n, waiting)
}

// doneBatch is how many committed mails wait to be marked done together
// while a catch-up goes on.
const doneBatch = 500

// fetchBatch fetches and hands uids to the handler and returns the UIDs
// committed, to be marked done (also when it returns an error).
func (s *mailboxSession) fetchBatch(ctx context.Context, uids []imap.UID) ([]imap.UID, error) {
	var meta []*imapclient.FetchMessageBuffer
	err := s.do("fetch sizes", func() (err error) {
		meta, err = s.c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{UID: true, RFC822Size: true, InternalDate: true}).Collect()
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(meta, func(a, b *imapclient.FetchMessageBuffer) int { return int(a.UID) - int(b.UID) })
	meta = slices.DeleteFunc(meta, func(m *imapclient.FetchMessageBuffer) bool { return uint32(m.UID) <= s.last })
	var done []imap.UID
	for len(meta) > 0 {
		n := s.groupSize(meta)
		committed, err := s.handleGroup(ctx, meta[:n])
		done = append(done, committed...)
		if err != nil {
			return done, err
		}
		meta = meta[n:]
	}
	return done, nil
}

// fetchGroupBytes bounds the raw bytes that the mails of one FETCH keep
// (RawLimit each at most) until they are committed.
const fetchGroupBytes = 16 << 20

// groupSize is how many mails from the head of meta are fetched in one
// command: as many as fit in fetchGroupBytes, at least one.
func (s *mailboxSession) groupSize(meta []*imapclient.FetchMessageBuffer) int {
	var total int64
	for i, m := range meta {
		total += min(m.RFC822Size, s.p.cfg.RawLimit)
		if i > 0 && total > fetchGroupBytes {
			return i
		}
	}
	return len(meta)
}

// handleGroup fetches the bodies of a group in one round trip, hands each
// mail to the handler in UID order, and returns the UIDs committed: the
// caller marks them done many at a time (one STORE and MOVE): per-mail
// marking costs a round trip and, on Dovecot's Maildir, several
// milliseconds a mail.
func (s *mailboxSession) handleGroup(ctx context.Context, group []*imapclient.FetchMessageBuffer) ([]imap.UID, error) {
	fetched, err := s.fetchBodies(group)
	if err != nil {
		return nil, err
	}
	var done []imap.UID
	var herr error
	for len(fetched) > 0 && herr == nil {
		n := min(len(fetched), s.batchMails())
		var committed []imap.UID
		committed, herr = s.handleChunk(ctx, fetched[:n])
		done = append(done, committed...)
		fetched = fetched[n:]
	}
	return done, herr
}

// batchMails is how many mails one call of the handler takes: its
// BatchMails, one for a Handler that is no BatchHandler.
func (s *mailboxSession) batchMails() int {
	if bh, ok := s.p.h.(BatchHandler); ok {
		return max(bh.BatchMails(), 1)
	}
	return 1
}

// handleChunk hands the mails of chunk to the handler, in one batch when
// it can, else one by one, and returns the UIDs committed.
func (s *mailboxSession) handleChunk(ctx context.Context, chunk []Fetched) ([]imap.UID, error) {
	var done []imap.UID
	if s.handleBatch(ctx, chunk) {
		for _, f := range chunk {
			done = append(done, imap.UID(f.UID))
		}
		s.last = chunk[len(chunk)-1].UID
		return done, nil
	}
	var herr error
	for _, f := range chunk {
		if ctx.Err() != nil { // shutting down: take no more mail
			herr = ctx.Err()
			break
		}
		err := s.retryDB(ctx, fmt.Sprintf("handle uid %d", f.UID), func(ctx context.Context) error { return s.p.h.Handle(ctx, f) })
		if err != nil {
			herr = err
			break
		}
		s.last = f.UID
		done = append(done, imap.UID(f.UID))
	}
	return done, herr
}

// handleBatch commits fetched in one call when the handler can
// (BatchHandler) and there is more than one mail: a mail that arrives
// alone is handled at once, as before. It reports whether the batch was
// committed; if not, the caller goes one by one, with retries.
func (s *mailboxSession) handleBatch(ctx context.Context, fetched []Fetched) bool {
	bh, ok := s.p.h.(BatchHandler)
	if !ok || len(fetched) < 2 || ctx.Err() != nil {
		return false
	}
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleGrace)
	defer cancel()
	err := bh.HandleBatch(hctx, fetched)
	if err != nil {
		s.p.log.Warn("batch not committed; handling its mails one by one", "mails", len(fetched),
			"first_uid", fetched[0].UID, "err", err)
		return false
	}
	return true
}

// markDone flags committed mail and, when configured, moves it. It never
// deletes: go-imap's Move fallback expunges even when COPY failed
// (a go-imap v2.0.0-beta.8 bug), so the fallback here checks COPY first and
// expunges only the moved UIDs (UID EXPUNGE needs UIDPLUS, RFC 4315).
func (s *mailboxSession) markDone(ctx context.Context, uids []imap.UID) error {
	set := imap.UIDSetNum(uids...)
	flags := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{s.keyword}}
	if err := s.do(fmt.Sprintf("flag %v", uids), func() error { return s.c.Store(set, flags, nil).Close() }); err != nil {
		return err
	}
	dest := s.p.cfg.ProcessedFolder
	if dest == "" {
		return nil
	}
	moved, err := s.transfer(set, dest)
	if errors.Is(err, ErrHung) {
		return err
	}
	if err != nil {
		s.p.log.Error("move failed; mail stays flagged in place", "uids", uids, "to", dest, "err", err)
		return nil
	}
	if moved || !s.c.Caps().Has(imap.CapUIDPlus) {
		return nil // without UID EXPUNGE we expunge nothing: copied and flagged
	}
	deleted := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}
	if err := s.do(fmt.Sprintf("mark moved %v deleted", uids), func() error { return s.c.Store(set, deleted, nil).Close() }); err != nil {
		return err
	}
	return s.do(fmt.Sprintf("expunge moved %v", uids), func() error { return s.c.UIDExpunge(set).Close() })
}

// transfer moves set to dest (RFC 6851 MOVE) or, without MOVE, copies
// it; moved reports which. A destination the server says to create
// ([TRYCREATE], RFC 9051 §6.4.7) is created and the command tried once
// more: an operator's processed_folder need not exist beforehand.
func (s *mailboxSession) transfer(set imap.UIDSet, dest string) (moved bool, err error) {
	moved = s.c.Caps().Has(imap.CapMove)
	send := func() error {
		if moved {
			_, err := s.c.Move(set, dest).Wait()
			return err
		}
		_, err := s.c.Copy(set, dest).Wait()
		return err
	}
	op := fmt.Sprintf("move %v to %s", set, dest)
	err = s.do(op, send)
	var ierr *imap.Error
	if !errors.As(err, &ierr) || ierr.Code != imap.ResponseCodeTryCreate {
		return moved, err
	}
	s.p.log.Info("creating the processed folder", "folder", dest)
	if err := s.do("create "+dest, func() error { return s.c.Create(dest, nil).Wait() }); err != nil {
		return moved, err
	}
	return moved, s.do(op, send)
}

// wait returns when new mail may have arrived: an EXISTS during IDLE, or
// the poll interval on servers without IDLE. ready, when set, is called
// once the session waits (idling, or between polls). IDLE lasts at most
// KeepAlive: the commands that follow (DONE, SEARCH, NOOP) run under the
// deadline and so tell a frozen server within KeepAlive + Timeout.
func (s *mailboxSession) wait(ctx context.Context, newMail <-chan struct{}, ready func()) error {
	if ready == nil {
		ready = func() {}
	}
	noop := func() error { return s.do("noop", func() error { return s.c.Noop().Wait() }) }
	if !s.c.Caps().Has(imap.CapIdle) {
		t := time.NewTimer(s.p.cfg.PollInterval)
		defer t.Stop()
		ready()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.c.Closed():
			return errors.New("connection closed")
		case <-newMail:
		case <-t.C:
		}
		return noop()
	}
	// QUIRK: go-imap's memserver queues mail delivered just before IDLE
	// and announces it only with the next event; a NOOP first makes any
	// server report what it holds, so nothing waits behind the IDLE.
	if err := noop(); err != nil {
		return err
	}
	select {
	case <-newMail:
		return nil
	default:
	}
	// IDLE ends after min(poll interval, KeepAlive), well inside the
	// 29-minute limit of RFC 2177: the poll is a safety net against a lost
	// notification and the keepalive checks the server.
	t := time.NewTimer(min(s.p.cfg.PollInterval, s.p.cfg.KeepAlive))
	defer t.Stop()
	var idle *imapclient.IdleCommand
	if err := s.do("idle", func() (err error) { idle, err = s.c.Idle(); return err }); err != nil {
		return err
	}
	ready()
	select {
	case <-ctx.Done():
	case <-s.c.Closed():
		return errors.New("connection closed during IDLE")
	case <-newMail:
	case <-t.C:
	}
	if err := s.do("idle done", func() error {
		if err := idle.Close(); err != nil {
			return err
		}
		return idle.Wait()
	}); err != nil {
		return err
	}
	return ctx.Err()
}

// retryDB runs f, a call into the handler (the database), until it
// succeeds or ctx ends: a database error is the database's, so it is
// retried on the same IMAP session, with backoff (reconnectDelay) and a
// NOOP at least every KeepAlive so that the session stays alive and a
// hang is still noticed. f gets a context that outlives shutdown by
// handleGrace: a mail being committed when shutdown starts is let finish.
func (s *mailboxSession) retryDB(ctx context.Context, op string, f func(context.Context) error) error {
	for attempt := 1; ; attempt++ {
		hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleGrace)
		err := f(hctx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		wait := s.p.retryDelay(attempt, rand.Float64())
		s.p.log.Warn("database call failed; retrying", "op", op, "attempt", attempt, "err", err, "in", wait.Round(time.Millisecond))
		for wait > 0 {
			step := min(wait, s.p.cfg.KeepAlive)
			if err := sleep(ctx, step); err != nil {
				return fmt.Errorf("%s: %w", op, err)
			}
			wait -= step
			if err := s.do("noop", func() error { return s.c.Noop().Wait() }); err != nil {
				return err
			}
		}
	}
}
