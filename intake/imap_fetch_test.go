package intake_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/escalate-dev/escalate/intake"
)

// TestPollerStreamsLargeMail: a mail larger than the raw limit is parsed
// whole as it streams (its text after the attachment is read, its
// attachment hashed), keeps only RawLimit bytes, and its real size; a
// mail without a header comes with its parse error and its bytes, for
// the quarantine; mail from our own address is recognised as ours.
func TestPollerStreamsLargeMail(t *testing.T) {
	srv := startServer(t, nil)
	var big bytes.Buffer
	big.WriteString("From: c@example.org\r\nSubject: Logs\r\nMessage-ID: <big@example.org>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nProduction is down.\r\n" +
		"--b1\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=logs.bin\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n")
	for big.Len() < 3<<20 {
		big.WriteString(strings.Repeat("QUJD", 19) + "\r\n")
	}
	big.WriteString("--b1\r\nContent-Type: text/plain\r\n\r\nSent from my phone.\r\n--b1--\r\n")
	mails := [][]byte{big.Bytes(), []byte("\r\nno header at all, only text\r\n"),
		[]byte("From: support@example.com\r\nSubject: our own\r\nMessage-ID: <own@example.com>\r\n\r\nack\r\n")}
	for _, m := range mails {
		if _, err := srv.Deliver("INBOX", m, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	h := newHandler()
	const limit = 64 << 10
	startRig(t, srv, h, "Processed", func(c *intake.MailboxConfig) {
		c.RawLimit = limit
		c.Parse = intake.ParseOptions{OwnAddresses: []string{"support@example.com"}}
	})
	h.waitN(t, 3)
	f := h.handled[0]
	if f.Size != int64(big.Len()) || len(f.Raw) != limit || !bytes.Equal(f.Raw, big.Bytes()[:limit]) || f.Truncated {
		t.Errorf("large mail: Size %d, %d raw bytes kept, Truncated %v; want Size %d, its first %d bytes", f.Size, len(f.Raw), f.Truncated, big.Len(), limit)
	}
	if m := f.Message; m == nil || f.ParseErr != nil || m.Size != big.Len() || !strings.Contains(m.Text, "Sent from my phone.") ||
		len(m.Attachments) != 1 || m.Attachments[0].SHA256 == "" {
		t.Errorf("large mail parsed as %s, ParseErr %v; want its size, both texts and the attachment hashed", describe(f.Message), f.ParseErr)
	}
	bad := h.handled[1]
	if bad.Message != nil || !errors.Is(bad.ParseErr, intake.ErrNoHeader) || !bytes.Equal(bad.Raw, mails[1]) {
		t.Errorf("mail without a header: Message %s, ParseErr %v, Raw %q; want ErrNoHeader and its bytes", describe(bad.Message), bad.ParseErr, bad.Raw)
	}
	if own := h.handled[2].Message; own == nil || own.Auto != intake.Loop {
		t.Errorf("mail from our own address parsed as %s, want automatic (loop)", describe(own))
	}
}

func describe(m *intake.Message) string {
	if m == nil {
		return "nil"
	}
	return fmt.Sprintf("{Size %d, Text %q, Attachments %+v, Auto %q}", m.Size, m.Text, m.Attachments, m.Auto)
}
