package intake

import (
	"strings"

	"github.com/emersion/go-message/mail"
)

// LoopHeader is the header field the gateway puts on every mail it sends
// (with Auto-Submitted: auto-replied); mail carrying it is our own coming
// back and is never answered.
const LoopHeader = "X-Escalate-Loop"

// detectAuto decides whether a mail was sent by a machine and of which
// kind, with a short reason naming the evidence.
func detectAuto(h mail.Header, m *Message, own []string) (AutoKind, string) {
	if h.Get(LoopHeader) != "" {
		return Loop, "header " + LoopHeader
	}
	for _, a := range own {
		if strings.EqualFold(strings.TrimSpace(a), m.From.Addr) {
			return Loop, "from our own address " + a
		}
	}
	ct := contentType(h.Get("Content-Type"))
	if ct == "multipart/report" {
		return Report, "multipart/report"
	}
	if as := m.AutoSubmitted; as != "" && as != "no" {
		return AutoReply, "Auto-Submitted: " + as
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Precedence"))) {
	case "bulk", "junk", "list":
		return List, "Precedence: " + h.Get("Precedence")
	}
	if m.ListID != "" {
		return List, "List-Id"
	}
	return Human, ""
}
