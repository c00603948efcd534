package classify

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"regexp"
	"strings"
)

// This file is a small test-local stand-in for intake: it reads the
// labelled mbox files and turns each mail into the Input that intake would
// hand to the classifier (subject, new visible text, sender). It decodes
// RFC 2047 subjects, quoted-printable and base64 bodies, prefers text/plain
// over text/html, strips HTML tags and cuts quoted history, so the
// classifier sees HTML-only mail and replies the way it does in production.

// labelled is one mail of the labelled set.
type labelled struct {
	name string // file:index
	want Severity
	in   Input
}

// readMbox splits an mbox file into raw messages ("From " separator lines).
func readMbox(path string) ([][]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var msgs [][]byte
	var cur bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	prevBlank := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "From ") && prevBlank {
			if cur.Len() > 0 {
				msgs = append(msgs, bytes.Clone(cur.Bytes()))
				cur.Reset()
			}
			prevBlank = false
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\r\n")
		prevBlank = strings.TrimSpace(line) == ""
	}
	if cur.Len() > 0 {
		msgs = append(msgs, cur.Bytes())
	}
	return msgs, sc.Err()
}

// parseLabelled turns one raw message into a labelled Input.
func parseLabelled(raw []byte, name string) (labelled, error) {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return labelled{}, fmt.Errorf("%s: %w", name, err)
	}
	want, err := ParseSeverity(m.Header.Get("X-Expected-Severity"))
	if err != nil {
		return labelled{}, fmt.Errorf("%s: %w", name, err)
	}
	dec := new(mime.WordDecoder)
	subject, err := dec.DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		subject = m.Header.Get("Subject")
	}
	from, _ := mail.ParseAddress(m.Header.Get("From"))
	if from == nil {
		from = &mail.Address{Address: m.Header.Get("From")}
	}
	body, err := textOf(m.Header.Get("Content-Type"), m.Header.Get("Content-Transfer-Encoding"), m.Body)
	if err != nil {
		return labelled{}, fmt.Errorf("%s: %w", name, err)
	}
	return labelled{name: name, want: want, in: Input{
		Subject: subject, Body: visible(body), Sender: from.Address, SenderName: from.Name,
	}}, nil
}

// textOf returns the readable text of a body: text/plain preferred, else
// HTML converted to text.
func textOf(ctype, cte string, r io.Reader) (string, error) {
	if ctype == "" {
		ctype = "text/plain"
	}
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		return "", err
	}
	if strings.HasPrefix(mt, "multipart/") {
		return multipartText(multipart.NewReader(r, params["boundary"]))
	}
	b, err := io.ReadAll(decodeCTE(cte, r))
	if err != nil {
		return "", err
	}
	if mt == "text/html" {
		return htmlText(string(b)), nil
	}
	return string(b), nil
}

func multipartText(mr *multipart.Reader) (string, error) {
	var plain, htm string
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		t, err := textOf(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p)
		if err != nil {
			return "", err
		}
		if strings.HasPrefix(p.Header.Get("Content-Type"), "text/html") {
			htm = t
		} else if plain == "" {
			plain = t
		}
	}
	if plain != "" {
		return plain, nil
	}
	return htm, nil
}

func decodeCTE(cte string, r io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, r)
	}
	return r
}

var (
	blockTag   = regexp.MustCompile(`(?i)</?(p|div|br|li|tr|h[1-6])[^>]*>`)
	quoteBlock = regexp.MustCompile(`(?is)<blockquote.*?</blockquote>`)
	anyTag     = regexp.MustCompile(`<[^>]*>`)
)

// htmlText is a crude HTML to text conversion: blocks become line breaks,
// quoted blocks are dropped, entities are decoded.
func htmlText(s string) string {
	s = quoteBlock.ReplaceAllString(s, "\n")
	s = blockTag.ReplaceAllString(s, "\n")
	s = anyTag.ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

// quoteHeader matches the line that introduces quoted history in the
// common clients and languages of the labelled set.
var quoteHeader = regexp.MustCompile(`(?i)^(on .+wrote:?|on .*\d{4}.*|am .+schrieb.*|le .+a écrit.*|el .+escribió.*|em .+escreveu.*|-+ ?original message ?-+|-+ ?forwarded message ?-+|from: .+ sent: .+)$`)

// visible cuts the text at the first quoted-history header and drops
// '>'-quoted lines, as intake does for the new text of a reply.
func visible(text string) string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(line)
		if quoteHeader.MatchString(t) {
			break
		}
		if strings.HasPrefix(t, ">") {
			continue
		}
		out = append(out, line)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
