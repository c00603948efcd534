//go:build !race

package classify

// raceEnabled reports a -race build.
const raceEnabled = false
