package schema

import (
	"context"
	"database/sql"
	"sync/atomic"

	"github.com/jmoiron/sqlx"
)

// txConn is a transaction's connection: it counts the statements sent
// (Store.Statements; on PostgreSQL each one is a round trip, and a
// burst's pace is bound by them), and before any statement that names a
// table with deferred writes (store_later.go) it writes them, so that
// every statement sees the transaction's writes in the order they were
// made. The schema's Tx methods use GetContext, SelectContext and
// ExecContext (QueryRowxContext, which cannot report a failed deferred
// write, is not for them).
type txConn struct {
	*sqlx.Tx
	n     *atomic.Int64
	later *later
	store *Store // its prepared statements (store_prepared.go)
}

// stmt is the transaction's use of the store's prepared statement of
// query; nil: send query unprepared.
func (t txConn) stmt(ctx context.Context, query string) *sqlx.Stmt {
	if t.store == nil {
		return nil
	}
	if st := t.store.prepared(ctx, query); st != nil {
		return t.Tx.StmtxContext(ctx, st)
	}
	return nil
}

// exec is ExecContext without settling or counting.
func (t txConn) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := t.stmt(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return t.Tx.ExecContext(ctx, query, args...)
}

// settle writes the deferred writes query could read or collide with.
func (t txConn) settle(ctx context.Context, query string) error {
	if t.later == nil || !t.later.touches(query) {
		return nil
	}
	return t.later.flush(ctx, t, query)
}

func (t txConn) GetContext(ctx context.Context, dest any, query string, args ...any) error {
	if err := t.settle(ctx, query); err != nil {
		return err
	}
	t.n.Add(1)
	if st := t.stmt(ctx, query); st != nil {
		return st.GetContext(ctx, dest, args...)
	}
	return t.Tx.GetContext(ctx, dest, query, args...)
}

func (t txConn) SelectContext(ctx context.Context, dest any, query string, args ...any) error {
	if err := t.settle(ctx, query); err != nil {
		return err
	}
	t.n.Add(1)
	if st := t.stmt(ctx, query); st != nil {
		return st.SelectContext(ctx, dest, args...)
	}
	return t.Tx.SelectContext(ctx, dest, query, args...)
}

func (t txConn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := t.settle(ctx, query); err != nil {
		return nil, err
	}
	t.n.Add(1)
	return t.exec(ctx, query, args...)
}

func (t txConn) QueryxContext(ctx context.Context, query string, args ...any) (*sqlx.Rows, error) {
	if err := t.settle(ctx, query); err != nil {
		return nil, err
	}
	t.n.Add(1)
	return t.Tx.QueryxContext(ctx, query, args...)
}

func (t txConn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := t.settle(ctx, query); err != nil {
		return nil, err
	}
	t.n.Add(1)
	return t.Tx.QueryContext(ctx, query, args...)
}

// Statements returns how many statements the store's transactions
// (InTx) have sent since it was opened, BEGIN and COMMIT included.
func (s *Store) Statements() int64 { return s.statements.Load() }
