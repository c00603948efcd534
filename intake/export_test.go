package intake

import "time"

// ReconnectDelay exposes the backoff schedule to the tests.
var ReconnectDelay = reconnectDelay

// SetRetryDelay replaces the reconnect wait of p.
func (p *Poller) SetRetryDelay(d time.Duration) {
	p.retryDelay = func(int, float64) time.Duration { return d }
}

// XOAUTH2 exposes the SASL client.
func XOAUTH2(user, token string) interface {
	Start() (string, []byte, error)
} {
	return &xoauth2{user: user, token: token}
}

// SetRetryFunc replaces the backoff schedule of p.
func (p *Poller) SetRetryFunc(f func(failures int, u float64) time.Duration) { p.retryDelay = f }

// RoundMails is roundMails for the tests.
var RoundMails = roundMails
