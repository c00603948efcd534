package schema

import "net/url"

// withOneRoundTrip adds lib/pq's binary_parameters=yes to a PostgreSQL
// URL that does not set it. Without it, every statement with arguments
// costs two round trips (Parse and Describe, then Bind and Execute);
// with it, one: the desk's ten-odd statements a mail and the outbox
// marks are bound by round trips when the server is busy. The option
// sends []byte arguments in binary, which only the BYTEA columns (raw
// mail) receive.
func withOneRoundTrip(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn // lib/pq reports it
	}
	q := u.Query()
	if q.Has("binary_parameters") {
		return dsn
	}
	q.Set("binary_parameters", "yes")
	u.RawQuery = q.Encode()
	return u.String()
}
