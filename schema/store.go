// Package schema owns escalate's storage: the migrations for PostgreSQL and
// SQLite, the Store over them (sqlx), transactions, outbox claiming and the
// queries metrics are computed from.
//
// Times are written in UTC rounded to the microsecond, so that PostgreSQL
// (µs precision) and SQLite (text, compared lexically) agree.
package schema

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq" // PostgreSQL driver "postgres"
	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // SQLite driver "sqlite"
)

//go:embed migrations
var migrations embed.FS

// Dialect names the SQL dialect of a Store.
type Dialect string

// The two supported dialects.
const (
	Postgres Dialect = "postgres"
	SQLite   Dialect = "sqlite"
)

func init() {
	// sqlx does not know modernc's driver name; it is a "?" driver.
	sqlx.BindDriver("sqlite", sqlx.QUESTION)
}

// Store is the database behind the gateway.
type Store struct {
	db      *sqlx.DB
	dialect Dialect
}

// Open connects to dsn and applies pending migrations. A dsn starting
// with postgres:// or postgresql:// is PostgreSQL; anything else is the
// path of an SQLite file, created if missing.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s, err := Connect(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if _, err := s.Migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Connect connects to dsn (see Open) without migrating.
func Connect(ctx context.Context, dsn string) (*Store, error) {
	d, driverDSN, err := driverFor(dsn)
	if err != nil {
		return nil, err
	}
	db, err := sqlx.ConnectContext(ctx, string(d), driverDSN)
	if err != nil {
		return nil, fmt.Errorf("schema: connect %s: %w", d, err)
	}
	if d == SQLite {
		// One writer at a time; WAL lets readers proceed meanwhile.
		db.SetMaxOpenConns(4)
	}
	return &Store{db: db, dialect: d}, nil
}

func driverFor(dsn string) (Dialect, string, error) {
	if dsn == "" {
		return "", "", errors.New("schema: empty database location")
	}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return Postgres, dsn, nil
	}
	path := strings.TrimPrefix(dsn, "sqlite:")
	path = strings.TrimPrefix(path, "file:")
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	// _time_format=sqlite makes stored times readable by SQLite's date
	// functions (LIBRARIES.md §6); _txlock=immediate takes the write lock
	// at BEGIN, so concurrent transactions wait instead of failing.
	q.Set("_time_format", "sqlite")
	q.Set("_txlock", "immediate")
	return SQLite, "file:" + path + "?" + q.Encode(), nil
}

// Dialect reports the store's SQL dialect.
func (s *Store) Dialect() Dialect { return s.dialect }

// DB exposes the handle for tests and reports queries.
func (s *Store) DB() *sqlx.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Migrate applies pending migrations and returns the versions applied.
func (s *Store) Migrate(ctx context.Context) ([]int64, error) {
	p, err := s.migrator()
	if err != nil {
		return nil, err
	}
	res, err := p.Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("schema: migrate: %w", err)
	}
	var applied []int64
	for _, r := range res {
		applied = append(applied, r.Source.Version)
	}
	return applied, nil
}

// Version returns the current migration version and the latest one known
// to this binary.
func (s *Store) Version(ctx context.Context) (current, latest int64, err error) {
	p, err := s.migrator()
	if err != nil {
		return 0, 0, err
	}
	if current, err = p.GetDBVersion(ctx); err != nil {
		return 0, 0, fmt.Errorf("schema: version: %w", err)
	}
	srcs := p.ListSources()
	if len(srcs) > 0 {
		latest = srcs[len(srcs)-1].Version
	}
	return current, latest, nil
}

func (s *Store) migrator() (*goose.Provider, error) {
	sub, err := fs.Sub(migrations, "migrations/"+string(s.dialect))
	if err != nil {
		return nil, fmt.Errorf("schema: migrations: %w", err)
	}
	gd := goose.DialectPostgres
	if s.dialect == SQLite {
		gd = goose.DialectSQLite3
	}
	p, err := goose.NewProvider(gd, s.db.DB, sub)
	if err != nil {
		return nil, fmt.Errorf("schema: migrations: %w", err)
	}
	return p, nil
}

// Tx is one transaction. Its methods are the writes a decision makes.
type Tx struct {
	tx      *sqlx.Tx
	dialect Dialect
}

// InTx runs fn in a transaction, committing when fn returns nil.
func (s *Store) InTx(ctx context.Context, fn func(*Tx) error) error {
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("schema: begin: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback() // release the lock before the panic goes on
			panic(p)
		}
	}()
	if err := fn(&Tx{tx: tx, dialect: s.dialect}); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("schema: commit: %w", err)
	}
	return nil
}

// ts normalises a time for storage: UTC, microseconds.
func ts(t time.Time) time.Time { return t.UTC().Round(time.Microsecond) }

// nts is ts for optional times.
func nts(t time.Time) sql.NullTime {
	if t.IsZero() {
		return sql.NullTime{}
	}
	return sql.NullTime{Time: ts(t), Valid: true}
}

// q is satisfied by *sqlx.DB and *sqlx.Tx.
type q interface {
	sqlx.ExtContext
	GetContext(ctx context.Context, dest any, query string, args ...any) error
	SelectContext(ctx context.Context, dest any, query string, args ...any) error
}
