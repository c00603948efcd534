//go:build unix

package classify

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) the test process has used. A
// benchmark divides it by its iterations to report throughput that does
// not depend on other processes sharing the machine.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
