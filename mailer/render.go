package mailer

import (
	"embed"
	"io/fs"
	"path"
	"reflect"
	"strings"
	"sync"
	"text/template"
	"unicode"
)

// Every mail kind has its own template file, templates/<kind>.txt, defining
// "subject" and "body"; templates/common.tmpl holds what several share.
//
//go:embed templates/*.txt templates/common.tmpl
var templateFS embed.FS

// kinds holds each mail kind's templates, parsed once on first use (not at
// start-up: commands that send no mail, such as classify, do not pay for
// it). A template that does not parse is a programming error, not a
// runtime one; the golden tests of every kind parse them all.
var kinds = sync.OnceValue(parseKinds)

func parseKinds() map[string]*template.Template {
	files, err := fs.Glob(templateFS, "templates/*.txt")
	if err != nil {
		panic(err)
	}
	out := make(map[string]*template.Template, len(files))
	for _, f := range files {
		kind := strings.TrimSuffix(path.Base(f), ".txt")
		out[kind] = template.Must(template.New(kind).ParseFS(templateFS, "templates/common.tmpl", f))
	}
	return out
}

// render executes kind's templates with d after clean has made every
// string in d fit to print. The subject is always one line.
func render[T any](kind string, d T) (subject, body string) {
	t := kinds()[kind]
	d = clean(d)
	var s, b strings.Builder
	// Execution can fail only on a template bug (a missing field), which
	// the golden and zero-value tests of every kind would show; there is
	// no input that makes a parsed template fail on a strings.Builder.
	if err := t.ExecuteTemplate(&s, "subject", d); err != nil {
		panic("mailer: " + err.Error())
	}
	if err := t.ExecuteTemplate(&b, "body", d); err != nil {
		panic("mailer: " + err.Error())
	}
	return strings.Join(strings.Fields(s.String()), " "), b.String()
}

// clean returns a copy of d in which every string, also inside slices and
// nested structs, is fit to print in a mail: valid UTF-8 without control
// characters. A field tagged `mail:"prose"` (what a customer or agent
// wrote) keeps its line breaks and tabs; every other string is one line,
// so that a subject or a name cannot start a line of its own in the body.
// Slices are copied, never changed in place: d belongs to the caller.
func clean[T any](d T) T {
	cleanValue(reflect.ValueOf(&d).Elem(), false)
	return d
}

func cleanValue(v reflect.Value, prose bool) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(cleanString(v.String(), prose))
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		v.Set(c)
		for i := range v.Len() {
			cleanValue(v.Index(i), prose)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				cleanValue(v.Field(i), f.Tag.Get("mail") == "prose")
			}
		}
	}
}

// cleanString removes control characters (C0, DEL, C1: an ESC could drive
// the reader's terminal) and the bidirectional overrides and isolates of
// Unicode (they can make a line read differently from what it holds).
// Line breaks (CR LF, CR, LF, U+2028, U+2029) become "\n" in prose and a
// space elsewhere, as does a tab outside prose. Prose loses its blank
// lines at either end.
func cleanString(s string, prose bool) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\r' || r == '\u2028' || r == '\u2029':
			r = '\n'
		case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			return -1
		}
		switch {
		case r == '\n' || r == '\t':
			if prose {
				return r
			}
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	if !prose {
		return strings.TrimSpace(s)
	}
	lines := strings.Split(s, "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
