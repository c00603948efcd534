package schema

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"strings"
	"time"
)

// Installation returns this database's installation id, creating it on
// the first call: ten random base32 characters, lower case. Every
// Message-ID the gateway writes carries it (DESIGN invariant 7), so a
// rebuilt database never reuses an ID of an earlier one.
func (s *Store) Installation(ctx context.Context) (string, error) {
	b := make([]byte, 5)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("schema: installation id: %w", err)
	}
	id := strings.ToLower(base32.StdEncoding.EncodeToString(b))
	// Two instances starting together both insert; one wins, both read it.
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO installation (one, id, created_at)
	VALUES (1, ?, ?) ON CONFLICT (one) DO NOTHING`), id, ts(time.Now()))
	if err != nil {
		return "", fmt.Errorf("schema: installation id: %w", err)
	}
	var got string
	if err := s.db.GetContext(ctx, &got, `SELECT id FROM installation WHERE one = 1`); err != nil {
		return "", fmt.Errorf("schema: installation id: %w", err)
	}
	return got, nil
}
