package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/escalate-dev/escalate/intake"
)

// backlogLogEvery is how many committed mails make a progress log line
// when standard error is not a terminal.
const backlogLogEvery = 500

// backlogProgress shows `run` reading the mail that waited in the
// mailboxes at start (a first start on a busy mailbox, or a restart after
// an outage): until every mailbox has caught up, a spinner with the count
// and rate on a terminal (github.com/schollz/progressbar, which is kept up
// to date and draws nothing but to the writer it is given), or a log line
// every backlogLogEvery mails otherwise. New mail after that is not
// counted: the log says what happens to it.
type backlogProgress struct {
	log   *slog.Logger
	now   func() time.Time
	start time.Time

	mu      sync.Mutex
	bar     *progressbar.ProgressBar // nil when not drawing
	n       int
	waiting map[string]bool // mailboxes that have not caught up yet
}

// newBacklogProgress draws on w when it is a terminal (or when draw is
// set, for tests).
func newBacklogProgress(w io.Writer, draw bool, mailboxes []string, log *slog.Logger, now func() time.Time) *backlogProgress {
	b := &backlogProgress{log: log, now: now, start: now(), waiting: map[string]bool{}}
	for _, m := range mailboxes {
		b.waiting[m] = true
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		draw = true
	}
	if draw {
		b.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("reading the mail waiting in the mailboxes"),
			progressbar.OptionShowIts(), progressbar.OptionSetItsString("mails"),
			progressbar.OptionSpinnerType(14), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish())
	}
	return b
}

// committed counts a mail committed while a mailbox catches up.
func (b *backlogProgress) committed(intake.Fetched, time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.waiting) == 0 {
		return
	}
	b.n++
	if b.bar != nil {
		b.bar.Describe(fmt.Sprintf("reading the mail waiting in the mailboxes: %d committed", b.n))
		b.bar.Add(1)
	} else if b.n%backlogLogEvery == 0 {
		b.log.Info("reading the mail waiting in the mailboxes", "committed", b.n, "elapsed", b.now().Sub(b.start).Round(time.Second))
	}
}

// connected notes a mailbox that has caught up; after the last one the
// bar is cleared and one line sums up.
func (b *backlogProgress) connected(mailbox string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.waiting[mailbox] {
		return
	}
	delete(b.waiting, mailbox)
	if len(b.waiting) > 0 {
		return
	}
	if b.bar != nil {
		b.bar.Finish()
	}
	if b.n > 0 {
		b.log.Info("read the mail that was waiting", "committed", b.n, "elapsed", b.now().Sub(b.start).Round(time.Millisecond))
	}
}
