package schema

import "sync"

// writeLock makes this process's SQLite writers take turns in Go. SQLite
// admits one writer at a time; a second one that finds the database
// locked is put to sleep by busy_timeout's handler, for 1, 2, 5 … up to
// 100 ms a try, long after the first one is done. In a burst the desk's
// batches, the outbox claims and every acknowledgement's mark (one per
// SMTP connection at a time) all write, and those sleeps, not the
// writes, set the pace. Waiting on a mutex instead hands the database
// over at once. Other processes still meet busy_timeout. PostgreSQL
// needs no turns: its locks are per row.
type writeLock struct{ mu *sync.Mutex }

func newWriteLock(d Dialect) writeLock {
	if d == SQLite {
		return writeLock{mu: new(sync.Mutex)}
	}
	return writeLock{}
}

// hold takes the turn and returns its release: defer s.writes.hold()().
func (w writeLock) hold() (release func()) {
	if w.mu == nil {
		return func() {}
	}
	w.mu.Lock()
	return w.mu.Unlock
}
