package intake

import "bytes"

// repairHeader rewrites a header block that go-message's strict reader
// refuses, keeping as much of it as possible. It is only called after a
// strict read failed, so well-formed mail is never rewritten. It drops
// mbox "From " separator lines and stray non-field lines between fields,
// strips leading white space before the first field, and ends the header
// at a non-field line followed by text (a missing blank line before the
// body). It returns the repaired message and what it changed.
func repairHeader(raw []byte) ([]byte, []string) {
	var out bytes.Buffer
	var notes []string
	rest, first := raw, true
	for len(rest) > 0 {
		line, next := cutLine(rest)
		trimmed := bytes.TrimRight(line, "\r\n")
		switch {
		case len(trimmed) == 0:
			out.Write(rest) // end of header: the blank line and the body
			return out.Bytes(), notes
		case first && bytes.HasPrefix(trimmed, []byte("From ")) && !isFieldLine(trimmed):
			notes = append(notes, "header: mbox From_ line dropped")
		case first && isSpace(trimmed[0]):
			out.Write(bytes.TrimLeft(line, " \t"))
			first = false
		case isFieldLine(trimmed) || (!first && isSpace(trimmed[0])):
			out.Write(line)
			first = false
		case continuesHeader(next):
			notes = append(notes, "header: malformed line dropped: "+truncate(string(trimmed), 60))
		default:
			notes = append(notes, "header: no blank line before the body")
			out.WriteString("\r\n")
			out.Write(rest)
			return out.Bytes(), notes
		}
		rest = next
	}
	return out.Bytes(), notes
}

// cutLine splits b after its first LF.
func cutLine(b []byte) (line, rest []byte) {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i+1], b[i+1:]
	}
	return b, nil
}

// continuesHeader reports whether the line at the start of b is a header
// field or a folded continuation line.
func continuesHeader(b []byte) bool {
	line, _ := cutLine(b)
	line = bytes.TrimRight(line, "\r\n")
	return len(line) > 0 && (isSpace(line[0]) || isFieldLine(line))
}

// isFieldLine reports whether line is "name: value" with a field name of
// printable US-ASCII (RFC 5322 section 2.2), white space before the colon
// allowed as go-message does.
func isFieldLine(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return false
	}
	key := bytes.TrimRight(line[:i], " \t")
	if len(key) == 0 {
		return false
	}
	for _, c := range key {
		if c < 33 || c > 126 {
			return false
		}
	}
	return true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// trimBlankLead drops the lines of white space that stand before the
// first header field, and reports whether there were any. RFC 5322
// section 2.1 ends the header at the first empty line, so such a mail
// reads as all body and no header.
//
// QUIRK: some archives and MTAs write a line of spaces (or an empty line)
// before the header; 8 of the 47 messages of one public corpus start so.
func trimBlankLead(raw []byte) ([]byte, bool) {
	rest := raw
	for len(rest) > 0 {
		line, next := cutLine(rest)
		if len(bytes.TrimSpace(line)) > 0 {
			break
		}
		rest = next
	}
	if len(rest) == len(raw) || !isFieldLine(bytes.TrimRight(firstLine(rest), "\r\n")) {
		return raw, false
	}
	return rest, true
}

// firstLine is the first line of b, with its line end.
func firstLine(b []byte) []byte {
	line, _ := cutLine(b)
	return line
}
