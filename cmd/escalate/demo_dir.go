package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// demoMarker starts every config file the demo writes.
const demoMarker = "# Written by \"escalate demo\"."

// cleanDemoDir makes dir ready for a new demo run: a folder a previous demo
// used is cleared of that run's database and pages (so the demo starts
// clean instead of mixing two runs); a folder holding another escalate.toml
// is refused, so the demo never touches a real installation's files.
func cleanDemoDir(dir string) error {
	cfg, err := os.ReadFile(filepath.Join(dir, "escalate.toml"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if !bytes.HasPrefix(cfg, []byte(demoMarker)) {
		return fmt.Errorf("demo: %s holds an escalate.toml the demo did not write; choose another --dir", dir)
	}
	for _, name := range []string{"escalate.db", "escalate.db-wal", "escalate.db-shm", "reports"} {
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("demo: clear the previous run: %w", err)
		}
	}
	return nil
}
