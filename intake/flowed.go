package intake

import "strings"

// unflow decodes a text/plain; format=flowed body (RFC 3676): a line that
// ends in a space continues on the next line of the same quote depth, so
// that a paragraph Thunderbird or Apple Mail wrapped at 72 columns becomes
// one line again and a phrase is not split by the sender's line length.
// Space-stuffing is undone; with delsp=yes the soft-break space itself is
// removed (section 4.2). Quoted lines come out as ">" per level and a
// space. The "-- " signature separator is never a soft break.
func unflow(s string, delsp bool) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var out strings.Builder
	out.Grow(len(s))
	para, paraDepth, open := strings.Builder{}, 0, false
	flush := func() {
		if !open {
			return
		}
		if paraDepth > 0 {
			out.WriteString(strings.Repeat(">", paraDepth) + " ")
		}
		out.WriteString(para.String())
		out.WriteByte('\n')
		para.Reset()
		open = false
	}
	for _, l := range lines {
		depth := 0
		for depth < len(l) && l[depth] == '>' {
			depth++
		}
		content := strings.TrimPrefix(l[depth:], " ") // space-stuffing (4.4) or the quote's space
		if open && depth != paraDepth {
			flush() // a change of depth ends a paragraph (4.5)
		}
		soft := strings.HasSuffix(content, " ") && content != "-- "
		if soft && delsp {
			content = content[:len(content)-1]
		}
		para.WriteString(content)
		paraDepth, open = depth, true
		if !soft {
			flush()
		}
	}
	flush()
	return strings.TrimSuffix(out.String(), "\n")
}
