package intake

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// corpusDir is the shared real-world mail corpus, relative to this package.
const corpusDir = "../../shared/corpus"

// needCorpus returns the path of a corpus folder, skipping the test when
// it is absent, except in CI where its absence is a failure.
func needCorpus(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join(corpusDir, sub)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("corpus %s missing in CI: %v", dir, err)
		}
		t.Skipf("corpus %s absent: %v", dir, err)
	}
	return dir
}

// mailFiles lists the regular files under dir that are mail samples, not
// licence or manifest files.
func mailFiles(t testing.TB, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch d.Name() {
		case "LICENSE", "MANIFEST.md", "expected.json":
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// parseGuarded parses raw in a goroutine, turning a panic into an error
// and giving up after limit (a hang guard, not a timing assertion).
func parseGuarded(raw []byte, limit time.Duration) (m *Message, err error) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
		}()
		m, err = Parse(raw, ParseOptions{})
	}()
	select {
	case <-done:
		return m, err
	case <-time.After(limit):
		return nil, fmt.Errorf("no result after %v", limit)
	}
}

// TestParseCorpusRobust runs every real-world sample through Parse: none
// may panic, hang, fail outright, or give text that is not valid UTF-8.
func TestParseCorpusRobust(t *testing.T) {
	var total time.Duration
	var slowest string
	var slowestD time.Duration
	n, warned, headerless := 0, 0, 0
	var mostAlloc uint64
	var mostAllocFile string
	for _, sub := range []string{"mikel-mail", "enmime", "nodemailer-mailparser", "sisimai-set-of-emails"} {
		for _, p := range mailFiles(t, needCorpus(t, sub)) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			alloc := allocated()
			start := time.Now()
			m, err := parseGuarded(raw, hangGuard())
			d := time.Since(start)
			if a := leastAllocated(raw, allocated()-alloc); a > maxAlloc(len(raw)) && !raceEnabled {
				t.Errorf("Parse(%s) allocated %d MiB for %d KiB of mail, more than %d MiB",
					p, a>>20, len(raw)>>10, maxAlloc(len(raw))>>20)
			} else if a > mostAlloc {
				mostAlloc, mostAllocFile = a, p
			}
			total += d
			if d > slowestD {
				slowest, slowestD = p, d
			}
			n++
			if errors.Is(err, ErrNoHeader) && !continuesHeader(raw) {
				headerless++ // not a mail at all: an error is the right answer
				continue
			}
			if err != nil {
				t.Errorf("Parse(%s): %v", p, err)
				continue
			}
			if len(m.Warnings) > 0 {
				warned++
			}
			checkParsed(t, p, m)
		}
	}
	t.Logf("parsed %d corpus files in %v (%d with warnings, %d without any header refused); slowest %s %v; most allocated %s %d MiB",
		n, total, warned, headerless, slowest, slowestD, mostAllocFile, mostAlloc>>20)
}

// hangGuard is how long one mail may take before the test calls it a
// hang: far beyond the 0.2 s the largest corpus mail takes, and longer
// under the race detector, which slows regexp down about twentyfold.
func hangGuard() time.Duration {
	if raceEnabled {
		return 60 * time.Second
	}
	return 5 * time.Second
}

// leastAllocated is what parsing raw allocates, first measured as
// first: over the bound it is measured twice more and the least is
// taken. TotalAlloc counts the whole process, so a first reading holds
// what other goroutines allocated meanwhile (a server an earlier test
// left running) and the expressions compiled on their first use by
// whichever mail needs them first; noise can only raise a reading.
func leastAllocated(raw []byte, first uint64) uint64 {
	least := first
	for i := 0; i < 2 && least > maxAlloc(len(raw)); i++ {
		before := allocated()
		if _, err := parseGuarded(raw, hangGuard()); err != nil && !errors.Is(err, ErrNoHeader) {
			break
		}
		least = min(least, allocated()-before)
	}
	return least
}

// allocated is the number of bytes allocated so far by the process.
func allocated() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.TotalAlloc
}

// maxAlloc bounds what parsing a mail of n bytes may allocate in all: a
// fixed allowance plus a multiple of its size (decoding, text, lines).
func maxAlloc(n int) uint64 {
	return 32<<20 + 40*uint64(n)
}

// checkParsed checks the invariants every parsed message must meet.
func checkParsed(t *testing.T, name string, m *Message) {
	t.Helper()
	for field, s := range map[string]string{"Text": m.Text, "Visible": m.Visible,
		"Subject": m.Subject, "From.Addr": m.From.Addr, "From.Name": m.From.Name} {
		if !utf8Valid(s) {
			t.Errorf("Parse(%s).%s is not valid UTF-8", name, field)
		}
	}
	if strings.Contains(m.Text, "\r") {
		t.Errorf("Parse(%s).Text contains CR", name)
	}
	if m.MessageID == "" {
		t.Errorf("Parse(%s).MessageID is empty", name)
	}
	if int64(len(m.Text)) > 2*DefaultMaxTextBytes*int64(maxParts) {
		t.Errorf("Parse(%s).Text has %d bytes, beyond any limit", name, len(m.Text))
	}
}
