package main

import (
	"context"
	"errors"
	"io"
)

// cmdClassify implements `escalate classify`. Placeholder until the
// classify work lands.
func cmdClassify(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("classify: not implemented yet")
}
