package main

import (
	"context"
	"errors"
	"io"
)

// cmdInspect implements `escalate inspect`. Placeholder until the intake
// parsing work lands.
func cmdInspect(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("inspect: not implemented yet")
}
