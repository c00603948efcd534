package reports

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// EnvScreenshots names the directory the browser test saves its
// screenshots in, so that CI can keep them; without it they go to the
// test's temporary directory.
const EnvScreenshots = "ESCALATE_SCREENSHOTS"

// screenWidth is a width the pages are photographed at: a phone (an
// iPhone's 390 CSS pixels) and a desktop.
type screenWidth struct {
	name          string
	width, height int
}

var screenWidths = []screenWidth{{"phone", 390, 2600}, {"desktop", 1280, 1600}}

// screenshotDir returns the directory screenshots are saved in.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv(EnvScreenshots)
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("%s: %v", EnvScreenshots, err)
	}
	return dir
}

// TestBrowserScreenshots saves a screenshot of every page of the
// fixture's report at phone and desktop width, as NAME-phone.png and
// NAME-desktop.png, and checks that each is a picture of that width.
func TestBrowserScreenshots(t *testing.T) {
	chromium(t)
	out := screenshotDir(t)
	dir := t.TempDir()
	if _, err := Write(dir, fixture()); err != nil {
		t.Fatal(err)
	}
	for _, name := range pageFiles() {
		for _, w := range screenWidths {
			t.Run(strings.TrimSuffix(name, ".html")+"/"+w.name, func(t *testing.T) {
				t.Parallel()
				page, err := filepath.Abs(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				shot := filepath.Join(out, strings.TrimSuffix(name, ".html")+"-"+w.name+".png")
				// A phone's scroll bars overlay the page; headless
				// Chromium's would take 15 pixels of its width.
				runChromium(t, page, "--screenshot="+shot, "--hide-scrollbars", fmt.Sprintf("--window-size=%d,%d", w.width, w.height))
				checkScreenshot(t, shot, w.width)
				t.Logf("saved %s", shot)
			})
		}
	}
}

// checkScreenshot fails unless path is a PNG image width pixels wide.
func checkScreenshot(t *testing.T, path string, width int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v", err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	if cfg.Width != width {
		t.Errorf("screenshot %s is %d pixels wide, want %d", path, cfg.Width, width)
	}
}
