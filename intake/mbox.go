package intake

import (
	"bufio"
	"bytes"
	"strings"
)

// SplitMbox splits an mbox file (RFC 4155) into its raw messages, each
// with CRLF line ends: a "From " line after a blank line (or at the
// start) opens a message and is not part of it; a body line that starts
// ">From " is unescaped as the mboxrd form writes it ("From 8am this
// morning, every card payment fails").
func SplitMbox(data []byte) ([][]byte, error) {
	var msgs [][]byte
	var cur bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	prevBlank := true
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.HasPrefix(line, "From ") && prevBlank {
			if cur.Len() > 0 {
				msgs = append(msgs, bytes.Clone(cur.Bytes()))
				cur.Reset()
			}
			prevBlank = false
			continue
		}
		if strings.HasPrefix(line, ">") && strings.HasPrefix(strings.TrimLeft(line, ">"), "From ") {
			line = line[1:]
		}
		cur.WriteString(line)
		cur.WriteString("\r\n")
		prevBlank = strings.TrimSpace(line) == ""
	}
	if cur.Len() > 0 {
		msgs = append(msgs, bytes.Clone(cur.Bytes()))
	}
	return msgs, sc.Err()
}
