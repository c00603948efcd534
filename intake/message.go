// Package intake reads support mail: it talks IMAP to the support mailbox
// (RFC 9051, RFC 3501, IDLE per RFC 2177), parses each message's MIME
// structure (RFC 5322, RFC 2045–2049, RFC 2047 headers) into a plain
// Message, extracts the new visible text of replies, recognises automatic
// mail (RFC 3834, RFC 3464, RFC 5965), derives threading keys, and says
// whether a trusted receiving server vouched for the sender's domain
// (Authentication-Results, RFC 8601, with DMARC alignment, RFC 7489).
//
// It knows nothing about tickets or SQL.
package intake

import "time"

// Address is one mailbox of a header.
type Address struct {
	Name string `json:"name,omitempty"`
	Addr string `json:"addr"`
}

// AutoKind says what kind of automatic mail a message is; empty for a person.
type AutoKind string

// Kinds of automatic mail.
const (
	Human     AutoKind = ""
	Bounce    AutoKind = "bounce"     // delivery status notification, MAILER-DAEMON
	AutoReply AutoKind = "auto-reply" // RFC 3834 vacation / out-of-office
	List      AutoKind = "list"       // mailing list, bulk, newsletter
	Report    AutoKind = "report"     // multipart/report other than a DSN (ARF, MDN)
	Loop      AutoKind = "loop"       // our own mail coming back
)

// Attachment is the metadata of one attached (or inline non-text) part.
type Attachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
	Truncated   bool   `json:"truncated,omitempty"`
}

// Message is what intake makes of one mail.
type Message struct {
	// MessageID is the Message-ID without angle brackets. When the mail has
	// none, it is a stable synthetic ID derived from the content and
	// SyntheticID is true.
	MessageID   string   `json:"message_id"`
	SyntheticID bool     `json:"synthetic_id,omitempty"`
	InReplyTo   []string `json:"in_reply_to,omitempty"` // without brackets
	References  []string `json:"references,omitempty"`  // without brackets, oldest first
	// OriginalIDs are the Message-IDs of attached mail and of the headers a
	// report returns (a bounce's copy of the mail that bounced).
	OriginalIDs []string  `json:"original_ids,omitempty"`
	From        Address   `json:"from"`
	ReplyTo     []Address `json:"reply_to,omitempty"`
	To          []Address `json:"to,omitempty"`
	Cc          []Address `json:"cc,omitempty"`
	Subject     string    `json:"subject"`
	Date        time.Time `json:"date"`

	// Text is the whole readable body (text/plain preferred, else HTML
	// converted to text). Visible is the new text only: quoted history,
	// forwarded blocks and signatures removed.
	Text     string `json:"-"`
	Visible  string `json:"text"`
	FromHTML bool   `json:"from_html,omitempty"`
	// QuotedOnly is true when the body holds quoted or embedded history
	// and nothing new (a reply sent without typing, or only quotes):
	// Visible is then "", and Text is the old mail, not the sender's words.
	QuotedOnly bool `json:"quoted_only,omitempty"`
	// Forwarded is the new text of the mail a forward carries below its
	// sender's comment (ForwardedText); "" for any other mail.
	Forwarded string `json:"forwarded,omitempty"`

	Auto       AutoKind `json:"automatic"`
	AutoReason string   `json:"automatic_reason,omitempty"`
	// AutoSubmitted is the lowercased Auto-Submitted header (RFC 3834
	// section 5), e.g. "auto-replied"; empty when absent.
	AutoSubmitted string `json:"auto_submitted,omitempty"`
	// ListID is the List-Id (RFC 2919) without angle brackets; empty when
	// the mail did not come through a mailing list.
	ListID string `json:"list_id,omitempty"`

	// AuthResults is the raw Authentication-Results header values (RFC 8601),
	// topmost first, as Vouch reads them.
	AuthResults []string `json:"-"`

	Attachments []Attachment `json:"attachments,omitempty"`
	Warnings    []string     `json:"warnings"`
	Size        int          `json:"size"`

	// calendarReply says a part of the mail is an iTIP reply
	// (text/calendar; method=REPLY), an invitation's answer that a
	// calendar wrote beside its text ("Angenommen: Onboarding-Call").
	calendarReply bool
	// calendarNote is the note an invitee typed into such a reply, as
	// its calendar part carries it (COMMENT, or Google's
	// X-RESPONSE-COMMENT on the ATTENDEE).
	calendarNote string
	// dsnActions are the Action fields of its delivery-status parts
	// ("failed", "delayed", "delivered", "relayed", "expanded").
	dsnActions []string
}

// NewText is what a mail brings that is new: its visible text and, for a
// forward with a comment ("see below"), the forwarded mail's text below
// Gmail's separator, so that the classifier reads it as history: context
// for the comment, not counted when the comment says it is settled ("FYI,
// for your records"); the whole text when nothing visible was found new
// (judge what there is).
func (m *Message) NewText() string {
	return m.newText(func(s string, _ bool) string { return s })
}

// SeverityText is NewText without the signatures under the writer's words
// and under the forwarded mail's (SplitSignature): what a mail's severity
// is read from. A job title or a company's name says nothing of the mail.
func (m *Message) SeverityText() string {
	return m.newText(func(s string, own bool) string {
		name := ""
		if own {
			name = m.From.Name
		}
		words, _ := SplitSignature(s, name)
		return words
	})
}

func (m *Message) newText(words func(s string, own bool) string) string {
	switch {
	case m.Visible == "":
		return m.Text
	case m.Forwarded == "":
		return words(m.Visible, true)
	}
	return words(m.Visible, true) + "\n\n" + forwardSeparator + "\n" + words(m.Forwarded, false)
}

// forwardSeparator opens the forwarded text in NewText, as Gmail writes it.
const forwardSeparator = "---------- Forwarded message ---------"
