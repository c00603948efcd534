//go:build !unix

package classify

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
