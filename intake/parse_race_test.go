//go:build race

package intake

// raceEnabled reports a -race build, where sync.Pool drops its contents at
// random and so regexp allocates many times more than in production.
const raceEnabled = true
