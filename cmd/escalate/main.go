// Command escalate is the email-driven intake gateway for support teams
// that run the Escalation Protocol.
package main

import (
	"context"
	"fmt"
	"os"
)

func main() {
	ctx := context.Background()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: escalate COMMAND")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "classify":
		err = cmdClassify(ctx, os.Args[2:], os.Stdin, os.Stdout, os.Stderr)
	case "inspect":
		err = cmdInspect(ctx, os.Args[2:], os.Stdin, os.Stdout, os.Stderr)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "escalate:", err)
		os.Exit(1)
	}
}
