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
	"strings"
	"time"
)

//go:embed page.html.tmpl
var pageSource string

var pageTemplate = template.Must(template.New("page").Parse(pageSource))

// IndexName is the file name of the overview page, the one Write returns.
const IndexName = "index.html"

// Write writes the metrics pages for s into dir, creating dir if needed:
// dir/index.html (the figures at a glance), one page per area (see areas),
// one CSV per table, dir/assets/echarts.min.js, the style sheet
// dir/assets/report.css and each page's chart script (dir/assets/PAGE.js).
// It returns the path of index.html. Each file is written to a temporary
// name and renamed, so a reader never sees a half-written page.
func Write(dir string, s Snapshot) (index string, err error) {
	pages, err := buildPages(s)
	if err != nil {
		return "", fmt.Errorf("reports: write: %w", err)
	}
	if err := writeFiles(dir, pages); err != nil {
		return "", fmt.Errorf("reports: write %s: %w", dir, err)
	}
	return filepath.Join(dir, IndexName), nil
}

// buildPage builds the index page alone.
func buildPage(s Snapshot) (page, error) {
	pages, err := buildPages(s)
	if err != nil {
		return page{}, err
	}
	return pages[0], nil
}

// buildPages turns the snapshot into the index and the area pages, the
// index first.
func buildPages(s Snapshot) ([]page, error) {
	if s.GeneratedAt.IsZero() {
		return nil, errors.New("snapshot has no GeneratedAt time")
	}
	if s.Title == "" {
		s.Title = DefaultTitle
	}
	at := s.GeneratedAt.UTC()
	r := s.report()
	base := page{
		Title:         s.Title,
		Gateway:       s.Gateway,
		Period:        periodText(r.From, r.To),
		GeneratedISO:  at.Format(time.RFC3339),
		GeneratedText: at.Format("2 Jan 2006, 15:04"),
		Script:        echartsAsset,
		Style:         styleAsset,
	}
	if r.Opened == 0 {
		base.PeriodNote = "No tickets were opened in this period, so the figures that depend on new tickets are empty."
		if s.Report == nil {
			base.PeriodNote = "There is no report data: no period was read from the store."
		}
	}
	index := base
	index.File, index.Heading, index.KPIs = IndexName, s.Title, kpis(s)
	index.ChartScript = chartScriptPath(IndexName)
	index.Intro = "The Escalation Protocol's promises at a glance. Each figure links to its page, where every chart has its table, its CSV file and the definition of its numbers."
	builders := append(append([]sectionBuilder{}, sectionBuilders...), trendWeekly)
	var err error
	if index.Sections, err = buildSections(s, builders); err != nil {
		return nil, err
	}
	index.Nav = navFor(IndexName)
	pages := []page{index}
	for _, a := range areas {
		p := base
		p.File, p.Heading, p.Intro, p.Nav = a.File, a.Name, a.Intro, navFor(a.File)
		p.ChartScript = chartScriptPath(a.File)
		if p.Sections, err = buildSections(s, a.Sections); err != nil {
			return nil, fmt.Errorf("%s: %w", a.File, err)
		}
		pages = append(pages, p)
	}
	return pages, nil
}

func buildSections(s Snapshot, builders []sectionBuilder) ([]section, error) {
	var out []section
	for _, build := range builders {
		sec, err := build(s)
		if err != nil {
			return nil, err
		}
		out = append(out, sec)
	}
	return out, nil
}

// render writes the page's HTML.
func render(w io.Writer, p page) error {
	if err := pageTemplate.Execute(w, p); err != nil {
		return fmt.Errorf("render page: %w", err)
	}
	return nil
}

// writeFiles writes the script, the style sheet, each page's chart
// script, the CSV files, the area pages and, last, the index, so that no
// page links to a file that is not there yet.
func writeFiles(dir string, pages []page) error {
	if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(echartsAsset)), 0o755); err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, echartsAsset), bytes.NewReader(echartsJS).WriteTo); err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(dir, styleAsset), bytes.NewReader(reportCSS).WriteTo); err != nil {
		return err
	}
	for _, p := range pages {
		js, err := chartScript(p)
		if err != nil {
			return err
		}
		if err := writeAtomic(filepath.Join(dir, p.ChartScript), strings.NewReader(js).WriteTo); err != nil {
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
	}
	for i := len(pages) - 1; i >= 0; i-- {
		p := pages[i]
		err := writeAtomic(filepath.Join(dir, p.File), func(w io.Writer) (int64, error) {
			return 0, render(w, p)
		})
		if err != nil {
			return err
		}
	}
	return nil
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
