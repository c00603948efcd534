package intake

import (
	"errors"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// ErrHung is the error of an exchange the server stopped answering: it
// took the command (TCP stays open, as with a stopped process) and then
// sent nothing for MailboxConfig.Timeout. The session is closed and
// started again.
var ErrHung = errors.New("intake: imap server stopped answering")

// watchdog closes a connection whose server stays silent while a command
// waits for its answer. go-imap bounds writes and the reading of a
// response once it has begun, but not the wait for a response to begin,
// so a frozen server would hold a command (and IDLE's DONE) forever.
//
// Silence is measured from the last byte read, not from the command's
// start: a large FETCH that keeps streaming is never cut.
type watchdog struct {
	conn    net.Conn
	timeout time.Duration

	last atomic.Int64 // unix nanoseconds of the last byte read or command start
	busy atomic.Int32 // commands waiting for an answer
	hung atomic.Bool

	stopOnce sync.Once
	stop     chan struct{}
}

// watch wraps conn so that its reads feed the watchdog, and starts the
// watchdog; stop it with close.
func watch(conn net.Conn, timeout time.Duration) (*watchdog, net.Conn) {
	w := &watchdog{conn: conn, timeout: timeout, stop: make(chan struct{})}
	w.last.Store(time.Now().UnixNano())
	go w.run()
	return w, liveConn{Conn: conn, w: w}
}

// run checks four times per timeout, so a hang is noticed between
// timeout and 1.25 × timeout after the server's last byte.
func (w *watchdog) run() {
	t := time.NewTicker(w.timeout / 4)
	defer t.Stop()
	for {
		select {
		case <-w.stop:
			return
		case now := <-t.C:
			silent := now.Sub(time.Unix(0, w.last.Load()))
			if w.busy.Load() > 0 && silent >= w.timeout {
				w.hung.Store(true)
				w.conn.Close()
				return
			}
		}
	}
}

func (w *watchdog) close() { w.stopOnce.Do(func() { close(w.stop) }) }

// do runs one exchange with the server (f sends a command and waits for
// its answer) under the watchdog.
func (w *watchdog) do(op string, f func() error) error {
	w.last.Store(time.Now().UnixNano())
	w.busy.Add(1)
	err := f()
	w.busy.Add(-1)
	if w.hung.Load() {
		return fmt.Errorf("%s: %w (silent for %s)", op, ErrHung, w.timeout)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// liveConn records when the server last sent something.
type liveConn struct {
	net.Conn
	w *watchdog
}

func (c liveConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	if n > 0 {
		c.w.last.Store(time.Now().UnixNano())
	}
	return n, err
}
