package reports

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"time"
)

//go:embed page.html.tmpl
var pageSource string

var pageTemplate = template.Must(template.New("page").Parse(pageSource))

// page is what page.html.tmpl renders.
type page struct {
	Title         string
	GeneratedISO  string // RFC 3339, UTC, for <time datetime>
	GeneratedText string // for people, e.g. "26 Nov 2026, 16:50"
	Script        string // path of echarts.min.js relative to the page
	Sections      []section
}

// IndexName is the file name of the page Write produces.
const IndexName = "index.html"

// Write writes the metrics page for s into dir, creating dir if needed:
// dir/index.html, dir/assets/echarts.min.js and one CSV per chart (for now
// dir/tickets-by-severity.csv). It returns the path of index.html. Each file
// is written to a temporary name and renamed, so a reader never sees a
// half-written page.
func Write(dir string, s Snapshot) (index string, err error) {
	p, err := buildPage(s)
	if err != nil {
		return "", fmt.Errorf("reports: write: %w", err)
	}
	if err := writeFiles(dir, p); err != nil {
		return "", fmt.Errorf("reports: write %s: %w", dir, err)
	}
	return filepath.Join(dir, IndexName), nil
}

// buildPage turns the snapshot into the page's sections.
func buildPage(s Snapshot) (page, error) {
	if s.GeneratedAt.IsZero() {
		return page{}, errors.New("snapshot has no GeneratedAt time")
	}
	at := s.GeneratedAt.UTC()
	p := page{
		Title:         s.Title,
		GeneratedISO:  at.Format(time.RFC3339),
		GeneratedText: at.Format("2 Jan 2006, 15:04"),
		Script:        echartsAsset,
	}
	if p.Title == "" {
		p.Title = DefaultTitle
	}
	for _, build := range sectionBuilders {
		sec, err := build(s)
		if err != nil {
			return page{}, err
		}
		p.Sections = append(p.Sections, sec)
	}
	return p, nil
}

// render writes the page's HTML.
func render(w io.Writer, p page) error {
	if err := pageTemplate.Execute(w, p); err != nil {
		return fmt.Errorf("render page: %w", err)
	}
	return nil
}

// writeFiles writes the script, the CSV files and, last, the page, so that
// the page never links to a file that is not there yet.
func writeFiles(dir string, p page) error {
	if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(echartsAsset)), 0o755); err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, echartsAsset), bytes.NewReader(echartsJS).WriteTo); err != nil {
		return err
	}
	for _, sec := range p.Sections {
		err := writeAtomic(filepath.Join(dir, sec.CSVName()), func(w io.Writer) (int64, error) {
			return 0, writeCSV(w, sec.Table)
		})
		if err != nil {
			return err
		}
	}
	return writeAtomic(filepath.Join(dir, IndexName), func(w io.Writer) (int64, error) {
		return 0, render(w, p)
	})
}

// writeAtomic writes a file through a temporary file in the same directory
// and renames it into place.
func writeAtomic(path string, write func(io.Writer) (int64, error)) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := write(f); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
