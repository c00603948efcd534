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
	"hash/fnv"
	"io/fs"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq" // PostgreSQL driver "postgres"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
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
	writes  writeLock // SQLite: this process's writers take turns (store_writes.go)
	// statements counts what InTx's transactions sent (store_count.go).
	statements atomic.Int64
	stmts      stmtCache // kept prepared (store_prepared.go)
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
	for try := 1; err != nil && d == SQLite && sqliteBusy(err) && try < sqliteConnectTries; try++ {
		// Switching a fresh file to WAL takes a lock that SQLite's
		// busy timeout does not wait for: a second process (or
		// goroutine) opening the same new file at that moment is
		// told "database is locked" at once. Try again shortly.
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("schema: connect %s: %w", d, ctx.Err())
		case <-time.After(time.Duration(try) * 20 * time.Millisecond):
		}
		db, err = sqlx.ConnectContext(ctx, string(d), driverDSN)
	}
	if err != nil {
		return nil, fmt.Errorf("schema: connect %s: %w", d, err)
	}
	// database/sql keeps two idle connections by default: in a burst the
	// desk, the outbox claims and each SMTP connection's marks use more at
	// once, and every connection past two was closed after its statement
	// and opened again for the next (a new PostgreSQL backend each time:
	// a tenth of the marks' time in a traced burst).
	idle := 8
	if d == SQLite {
		// One writer at a time; WAL lets readers proceed meanwhile.
		idle = 4
		db.SetMaxOpenConns(idle)
	}
	db.SetMaxIdleConns(idle)
	return &Store{db: db, dialect: d, writes: newWriteLock(d)}, nil
}

func driverFor(dsn string) (Dialect, string, error) {
	if dsn == "" {
		return "", "", errors.New("schema: empty database location")
	}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return Postgres, withOneRoundTrip(dsn), nil
	}
	path := strings.TrimPrefix(dsn, "sqlite:")
	path = strings.TrimPrefix(path, "file:")
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	// _time_format=sqlite makes stored times readable by SQLite's date
	// functions; _txlock=immediate takes the write lock
	// at BEGIN, so concurrent transactions wait instead of failing.
	q.Set("_time_format", "sqlite")
	q.Set("_txlock", "immediate")
	return SQLite, "file:" + uriPath.Replace(path) + "?" + q.Encode(), nil
}

// uriPath escapes what SQLite's URI file names read as syntax: a '?'
// would start the query and a '#' the fragment, cutting the path there
// (a test's temporary directory "TestQuietHourssqlite#01" opened the
// file "TestQuietHourssqlite", shared by every run), and '%' starts an
// escape.
var uriPath = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// Dialect reports the store's SQL dialect.
func (s *Store) Dialect() Dialect { return s.dialect }

// DB exposes the handle for tests and reports queries.
func (s *Store) DB() *sqlx.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error {
	s.closeStatements()
	return s.db.Close()
}

// sqliteMigrations serialises migrations of SQLite stores in this process.
var sqliteMigrations sync.Mutex

// Migrate applies pending migrations and returns the versions applied.
// On PostgreSQL several instances may start at once: the migrations run
// under a session-level advisory lock (goose's session locker), so one
// instance migrates and the others find nothing left to do.
func (s *Store) Migrate(ctx context.Context) ([]int64, error) {
	p, err := s.migrator(ctx, true)
	if err != nil {
		return nil, err
	}
	if s.dialect == SQLite {
		// goose has no locker for SQLite, and stores opened together on one
		// file would run the same CREATEs; SQLite serves one process (the
		// demo, tests), so a process-wide lock suffices.
		sqliteMigrations.Lock()
		defer sqliteMigrations.Unlock()
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
	p, err := s.migrator(ctx, false)
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

func (s *Store) migrator(ctx context.Context, locked bool) (*goose.Provider, error) {
	sub, err := fs.Sub(migrations, "migrations/"+string(s.dialect))
	if err != nil {
		return nil, fmt.Errorf("schema: migrations: %w", err)
	}
	gd := goose.DialectPostgres
	var opts []goose.ProviderOption
	if s.dialect == SQLite {
		gd = goose.DialectSQLite3 // one file, one writer: BEGIN IMMEDIATE serialises
	} else if locked {
		locker, err := s.migrationLocker(ctx)
		if err != nil {
			return nil, err
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	p, err := goose.NewProvider(gd, s.db.DB, sub, opts...)
	if err != nil {
		return nil, fmt.Errorf("schema: migrations: %w", err)
	}
	return p, nil
}

// migrationLocker is goose's PostgreSQL session locker (an advisory lock
// held on one connection while migrating). Its id is derived from the
// database and schema, so that stores in different schemas of one
// database (the tests) migrate side by side; waiters probe every second
// for up to five minutes.
func (s *Store) migrationLocker(ctx context.Context) (lock.SessionLocker, error) {
	var where string
	if err := s.db.GetContext(ctx, &where, `SELECT current_database() || '.' || current_schema()`); err != nil {
		return nil, fmt.Errorf("schema: migration lock: %w", err)
	}
	h := fnv.New64a()
	h.Write([]byte("escalate migrations " + where))
	l, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(h.Sum64()>>1)), lock.WithLockTimeout(1, 300))
	if err != nil {
		return nil, fmt.Errorf("schema: migration lock: %w", err)
	}
	return l, nil
}

// Tx is one transaction. Its methods are the writes a decision makes.
type Tx struct {
	tx      txConn
	dialect Dialect
	later   *later // deferred writes (store_later.go)
	// outboxTo is what ReadOutboxTo read (outbox_to.go).
	outboxTo *outboxTo
	// ticketIDs are reserved for CreateTicket (ReserveTicketIDs).
	ticketIDs []int64
}

// InTx runs fn in a transaction, committing when fn returns nil.
func (s *Store) InTx(ctx context.Context, fn func(*Tx) error) error {
	defer s.writes.hold()()
	s.statements.Add(2) // BEGIN, and COMMIT or ROLLBACK
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
	l := new(later)
	x := &Tx{tx: txConn{Tx: tx, n: &s.statements, later: l, store: s}, dialect: s.dialect, later: l}
	if err := fn(x); err != nil {
		tx.Rollback()
		return err
	}
	if err := l.flush(ctx, x.tx, ""); err != nil {
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

// sqliteConnectTries bounds the connects tried on an SQLite file that is
// busy being set up by another opener (about 3 s in all).
const sqliteConnectTries = 18

// sqliteBusy reports whether err is SQLite's "database is locked".
func sqliteBusy(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked")
}
