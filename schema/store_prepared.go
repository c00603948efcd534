package schema

import (
	"context"
	"database/sql"
	"sync"

	"github.com/jmoiron/sqlx"
)

// Prepared statements. Without them every statement's text is parsed
// and planned again: modernc's SQLite compiled each one anew (11 % of
// the gateway's CPU in a SQLite burst), and PostgreSQL parsed and
// planned each one the desk, the claims and the marks sent. The store
// keeps a prepared statement for each text its transactions, claims and
// marks send, up to preparedMax texts; database/sql prepares it on each
// connection the first time it runs there and keeps it for the
// connection's life, and a transaction runs the one of its own
// connection (sql.Tx.StmtContext).

// preparedMax bounds the texts kept: the multi-row writes of a batch
// (store_later.go) differ by their number of rows. A text past it is
// sent unprepared, as before.
const preparedMax = 256

type stmtCache struct {
	mu   sync.Mutex
	kept map[string]*sqlx.Stmt
	full bool
}

// prepared returns the kept statement of query, preparing it when there
// is room; nil: send query unprepared. A statement that does not
// prepare is not kept (the unprepared path reports its error).
func (s *Store) prepared(ctx context.Context, query string) *sqlx.Stmt {
	p := &s.stmts
	p.mu.Lock()
	st, ok := p.kept[query]
	full := p.full
	p.mu.Unlock()
	if ok || full {
		return st
	}
	st, err := s.db.PreparexContext(ctx, query)
	if err != nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.kept[query]; ok {
		st.Close() // prepared meanwhile by another goroutine
		return old
	}
	if p.kept == nil {
		p.kept = map[string]*sqlx.Stmt{}
	}
	p.kept[query] = st
	p.full = len(p.kept) >= preparedMax
	return st
}

// closeStatements closes the kept statements (Close).
func (s *Store) closeStatements() {
	p := &s.stmts
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, st := range p.kept {
		st.Close()
	}
	p.kept, p.full = nil, true
}

// selectPrepared is s.db.SelectContext through the kept statement.
func (s *Store) selectPrepared(ctx context.Context, dest any, query string, args ...any) error {
	if st := s.prepared(ctx, query); st != nil {
		return st.SelectContext(ctx, dest, args...)
	}
	return s.db.SelectContext(ctx, dest, query, args...)
}

// execPrepared is s.db.ExecContext through the kept statement.
func (s *Store) execPrepared(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := s.prepared(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return s.db.ExecContext(ctx, query, args...)
}
