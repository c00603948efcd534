package intake

import "sync"

// MailboxHealth is what a Poller knows of its server's reachability.
type MailboxHealth struct {
	// Connected: a session is logged in and has its folder selected.
	Connected bool
	// Sessions counts the sessions that got that far.
	Sessions int64
	// Reconnects counts the times the poller had to connect again: a
	// session that ended or a connection attempt that failed.
	Reconnects int64
	// LastErr is why the last session or attempt ended (nil before any).
	LastErr error
}

// health is the poller's MailboxHealth, updated by its Run goroutine and
// read by anyone.
type health struct {
	mu     sync.Mutex
	state  MailboxHealth
	notify func(MailboxHealth)
}

// Health returns the poller's current view of its server.
func (p *Poller) Health() MailboxHealth {
	p.health.mu.Lock()
	defer p.health.mu.Unlock()
	return p.health.state
}

// OnHealth has f called with the new state at every change: each session
// ready, each session ended or attempt failed. It runs on the poller's
// goroutine and must not block; set it before Run.
func (p *Poller) OnHealth(f func(MailboxHealth)) {
	p.health.mu.Lock()
	defer p.health.mu.Unlock()
	p.health.notify = f
}

// ready records a session that logged in and selected its folder.
func (h *health) ready() {
	h.update(func(s *MailboxHealth) {
		s.Connected = true
		s.Sessions++
	})
}

// ended records a session or attempt that ended with err, and reports
// whether a session had begun (was ready) before it.
func (h *health) ended(err error) (began bool) {
	h.update(func(s *MailboxHealth) {
		began = s.Connected
		s.Connected = false
		s.Reconnects++
		s.LastErr = err
	})
	return began
}

func (h *health) update(f func(*MailboxHealth)) {
	h.mu.Lock()
	f(&h.state)
	state, notify := h.state, h.notify
	h.mu.Unlock()
	if notify != nil {
		notify(state)
	}
}
