// Package schematest opens real test databases for the schema's users:
// an SQLite file always, and PostgreSQL when ESCALATE_TEST_DATABASE_URL is
// set. Each PostgreSQL store lives in a fresh schema dropped at cleanup, so
// tests run in parallel on one database.
package schematest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/escalate-dev/escalate/schema"
)

// EnvURL names the variable holding the PostgreSQL test database URL.
const EnvURL = "ESCALATE_TEST_DATABASE_URL"

// Dialects returns the dialects tests should cover: SQLite always and
// PostgreSQL when a URL is given. Without a URL it notes the skip, or fails
// the test when CI=true, since CI must run against PostgreSQL.
func Dialects(t testing.TB) []schema.Dialect {
	ds := []schema.Dialect{schema.SQLite}
	if os.Getenv(EnvURL) != "" {
		return append(ds, schema.Postgres)
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not set, but CI=true requires the PostgreSQL tests to run", EnvURL)
	}
	t.Logf("PostgreSQL part skipped: %s is not set", EnvURL)
	return ds
}

// DSN returns a fresh database location of dialect d for one test.
func DSN(t testing.TB, d schema.Dialect) string {
	t.Helper()
	if d == schema.SQLite {
		return filepath.Join(t.TempDir(), "escalate.db")
	}
	base := os.Getenv(EnvURL)
	b := make([]byte, 6)
	rand.Read(b)
	name := "t_" + hex.EncodeToString(b)
	admin, err := sqlx.Connect("postgres", base)
	if err != nil {
		t.Fatalf("connect %s: %v", EnvURL, err)
	}
	defer admin.Close()
	if _, err := admin.Exec(`CREATE SCHEMA ` + name); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		a, err := sqlx.Connect("postgres", base)
		if err != nil {
			return
		}
		defer a.Close()
		a.Exec(`DROP SCHEMA ` + name + ` CASCADE`)
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", EnvURL, err)
	}
	q := u.Query()
	q.Set("search_path", name) // lib/pq passes unknown keys as run-time parameters
	u.RawQuery = q.Encode()
	return u.String()
}

// Open opens and migrates a fresh store of dialect d, closed at cleanup.
func Open(t testing.TB, d schema.Dialect) *schema.Store {
	t.Helper()
	s, err := schema.Open(context.Background(), DSN(t, d))
	if err != nil {
		t.Fatalf("open %s store: %v", d, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Each runs f as a subtest for every dialect of Dialects.
func Each(t *testing.T, f func(t *testing.T, s *schema.Store)) {
	for _, d := range Dialects(t) {
		t.Run(string(d), func(t *testing.T) { f(t, Open(t, d)) })
	}
}
