package schema

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/lib/pq"
)

func TestIsTransient(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{driver.ErrBadConn, true},
		{fmt.Errorf("schema: commit: %w", io.ErrUnexpectedEOF), true},
		{context.DeadlineExceeded, true},
		{&pq.Error{Code: "57P01"}, true}, // terminating connection due to administrator command
		{fmt.Errorf("insert: %w", &pq.Error{Code: "40001"}), true},
		{&pq.Error{Code: "23505"}, false}, // unique violation: this statement's fault
		{&pq.Error{Code: "22021"}, false}, // invalid byte sequence for encoding
		{errors.New("desk: no renderer"), false},
	} {
		if got := IsTransient(tt.err); got != tt.want {
			t.Errorf("IsTransient(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
