package intake

import (
	"errors"
	"fmt"
	"io"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// fetchBodies reads the mails of group with BODY.PEEK[] (not setting
// \Seen), a mail larger than MaxMessageBytes only up to that size. Each
// literal streams through the parser as it arrives (readBody), so a mail
// is never held whole: only its first RawLimit bytes are kept. A mail the
// server cannot produce comes back with FetchErr, to be quarantined.
func (s *mailboxSession) fetchBodies(group []*imapclient.FetchMessageBuffer) ([]Fetched, error) {
	whole := &imap.FetchItemBodySection{Peek: true}
	partial := &imap.FetchItemBodySection{Peek: true, Partial: &imap.SectionPartial{Size: s.p.cfg.MaxMessageBytes}}
	out := make([]Fetched, len(group))
	at := map[imap.UID]int{}
	var small, large imap.UIDSet
	for i, m := range group {
		out[i] = Fetched{Mailbox: s.p.cfg.Name, UIDValidity: s.uidValidity, UID: uint32(m.UID),
			InternalDate: m.InternalDate, Size: m.RFC822Size, Initial: uint32(m.UID) <= s.initialTop,
			Truncated: m.RFC822Size > s.p.cfg.MaxMessageBytes}
		at[m.UID] = i
		if out[i].Truncated {
			large.AddNum(m.UID)
		} else {
			small.AddNum(m.UID)
		}
	}
	got := map[imap.UID]bool{}
	for _, q := range []struct {
		set imap.UIDSet
		sec *imap.FetchItemBodySection
	}{{small, whole}, {large, partial}} {
		if len(q.set) == 0 {
			continue
		}
		err := s.do(fmt.Sprintf("fetch %v", q.set), func() error {
			cmd := s.c.Fetch(q.set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{q.sec}})
			for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
				uid, body, err := s.readMessage(msg)
				if err != nil {
					cmd.Close()
					return err
				}
				if i, ok := at[uid]; ok && body != nil {
					out[i].Raw, out[i].Message, out[i].ParseErr = body.raw, body.msg, body.err
					got[uid] = true
				}
			}
			return cmd.Close()
		})
		var ierr *imap.Error
		if err != nil && !errors.As(err, &ierr) {
			return nil, err
		}
		// On NO/BAD the mails the server did return are kept; the others
		// get FetchErr below.
	}
	for i := range out {
		if !got[imap.UID(out[i].UID)] {
			out[i].FetchErr = fmt.Errorf("fetch uid %d: server returned no body", out[i].UID)
		}
	}
	return out, nil
}

// readMessage reads one FETCH response: its UID and its body, which may
// come in either order (RFC 9051 §7.5.2 leaves it to the server).
func (s *mailboxSession) readMessage(msg *imapclient.FetchMessageData) (imap.UID, *streamedBody, error) {
	var uid imap.UID
	var body *streamedBody
	for item := msg.Next(); item != nil; item = msg.Next() {
		switch it := item.(type) {
		case imapclient.FetchItemDataUID:
			uid = it.UID
		case imapclient.FetchItemDataBodySection:
			if it.Literal == nil {
				continue // NIL: no body
			}
			b, err := readBody(it.Literal, s.p.cfg.RawLimit, s.p.cfg.Parse)
			if err != nil {
				return 0, nil, err
			}
			body = b
		}
	}
	return uid, body, nil
}

// streamedBody is what is kept of one mail read from the server.
type streamedBody struct {
	raw []byte // up to the raw limit
	msg *Message
	err error // why the mail did not parse
}

// readBody parses a mail as its literal streams in and keeps its first
// limit bytes. An error reading the literal is the connection's and is
// returned; a mail that does not parse is not an error here (the desk
// quarantines it, with what was kept).
func readBody(lit imap.LiteralReader, limit int64, opt ParseOptions) (*streamedBody, error) {
	keep := &keptBytes{buf: make([]byte, 0, min(lit.Size(), limit)), limit: limit}
	src := &connReader{r: lit}
	r := io.TeeReader(src, keep)
	msg, perr := ParseReader(r, opt)
	if _, err := io.Copy(io.Discard, r); err != nil || src.err != nil {
		return nil, errors.Join(src.err, err)
	}
	return &streamedBody{raw: keep.buf, msg: msg, err: perr}, nil
}

// keptBytes keeps the first limit bytes written to it and drops the rest.
type keptBytes struct {
	buf   []byte
	limit int64
}

func (k *keptBytes) Write(p []byte) (int, error) {
	if room := k.limit - int64(len(k.buf)); room > 0 {
		k.buf = append(k.buf, p[:min(int64(len(p)), room)]...)
	}
	return len(p), nil
}

// connReader records the first error reading from the server, so that a
// broken connection ends the session instead of passing for a bad mail.
type connReader struct {
	r   io.Reader
	err error
}

func (c *connReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) && c.err == nil {
		c.err = err
	}
	return n, err
}
