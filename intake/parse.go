package intake

import "errors"

// ParseOptions tunes Parse.
type ParseOptions struct {
	// OwnAddresses are the gateway's own addresses (support mailboxes,
	// sender address); mail from them is automatic (Loop).
	OwnAddresses []string
	// MaxTextBytes bounds the decoded text kept per part (0: 1 MiB).
	MaxTextBytes int64
	// MaxAttachmentBytes bounds how much of an attachment is read for its
	// size and hash (0: 25 MiB); beyond it the attachment is Truncated.
	MaxAttachmentBytes int64
}

// Parse turns one raw RFC 5322 message into a Message. It is lenient: a
// malformed part gives a warning, not an error. It returns an error only
// when nothing usable can be read (no header at all).
func Parse(raw []byte, opt ParseOptions) (*Message, error) {
	return nil, errors.New("intake: parse not implemented yet")
}
