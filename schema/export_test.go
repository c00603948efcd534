package schema

import "github.com/jmoiron/sqlx"

// StoreOn returns a Store of dialect d over db, so that a benchmark can
// watch the queries the store sends (report_bench_test.go).
func StoreOn(db *sqlx.DB, d Dialect) *Store { return &Store{db: db, dialect: d} }

// DriverFor is driverFor: the driver name and driver DSN of a location.
var DriverFor = driverFor
