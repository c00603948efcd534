// Package memserver runs go-imap's in-process IMAP server (imapserver with
// the imapmemserver backend) on 127.0.0.1: the mailbox of `escalate demo`
// and of the intake tests. It speaks real IMAP4rev1/rev2 with IDLE, MOVE
// and UIDPLUS over a real socket.
package memserver

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"io"
	"log"
	"net"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// Server is a running in-memory IMAP server.
type Server struct {
	Addr string // host:port on 127.0.0.1
	srv  *imapserver.Server
	user *imapmemserver.User
}

// Options tune the server.
type Options struct {
	// Caps replaces the advertised capabilities; nil gives IMAP4rev1 and
	// IMAP4rev2 (with IDLE, MOVE, UIDPLUS). Use {IMAP4rev1} alone to test
	// the code paths for servers without MOVE and UIDPLUS.
	Caps imap.CapSet
	// Debug receives the raw protocol trace.
	Debug io.Writer
	// TLS enables STARTTLS with this configuration; with ImplicitTLS the
	// listener speaks TLS from the first byte instead (port 993 style).
	TLS         *tls.Config
	ImplicitTLS bool
}

// Start starts a server with one user owning INBOX and the given extra
// mailboxes.
func Start(username, password string, mailboxes []string, opt Options) (*Server, error) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(username, password)
	for _, mb := range append([]string{"INBOX"}, mailboxes...) {
		if err := user.Create(mb, nil); err != nil {
			return nil, fmt.Errorf("memserver: create %s: %w", mb, err)
		}
	}
	mem.AddUser(user)
	caps := opt.Caps
	if caps == nil {
		caps = imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return pollingIdle{mem.NewSession().(imapserver.SessionIMAP4rev2)}, nil, nil
		},
		Caps:         caps,
		TLSConfig:    opt.TLS,
		InsecureAuth: true, // loopback only
		Logger:       log.New(io.Discard, "", 0),
		DebugWriter:  opt.Debug,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("memserver: listen: %w", err)
	}
	if opt.ImplicitTLS {
		ln = tls.NewListener(ln, opt.TLS)
	}
	go srv.Serve(ln)
	return &Server{Addr: ln.Addr().String(), srv: srv, user: user}, nil
}

// Deliver appends raw to mailbox on the server side, as an MTA would, and
// returns its UID.
func (s *Server) Deliver(mailbox string, raw []byte, at time.Time) (imap.UID, error) {
	lit := literal{bytes.NewReader(raw), int64(len(raw))}
	d, err := s.user.Append(mailbox, lit, &imap.AppendOptions{Time: at})
	if err != nil {
		return 0, fmt.Errorf("memserver: deliver to %s: %w", mailbox, err)
	}
	return d.UID, nil
}

// Status returns the message count and UIDVALIDITY of mailbox.
func (s *Server) Status(mailbox string) (*imap.StatusData, error) {
	return s.user.Status(mailbox, &imap.StatusOptions{NumMessages: true, UIDValidity: true, UIDNext: true, NumUnseen: true})
}

// Close stops the server.
func (s *Server) Close() error { return s.srv.Close() }

type literal struct {
	*bytes.Reader
	n int64
}

func (l literal) Size() int64 { return l.n }

// pollingIdle works around a race in imapmemserver: its IDLE subscribes to
// mailbox updates only after "+ idling" is written, and an update queued
// before that (a mail appended between the client's last command and its
// IDLE) was announced only with the next event. Polling first sends what
// is queued; the window left is the few instructions between the poll and
// the subscription, instead of a network round trip.
type pollingIdle struct{ imapserver.SessionIMAP4rev2 }

func (s pollingIdle) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	if err := s.SessionIMAP4rev2.Poll(w, true); err != nil {
		return err
	}
	return s.SessionIMAP4rev2.Idle(w, stop)
}
