package intake

import "time"

// ReconnectDelay exposes the backoff schedule to the tests.
var ReconnectDelay = reconnectDelay

// SetRetryDelay replaces the reconnect wait of p.
func (p *Poller) SetRetryDelay(d time.Duration) {
	p.retryDelay = func(int, float64) time.Duration { return d }
}
