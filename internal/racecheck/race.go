//go:build race

// Package racecheck reports whether the program is built with the race
// detector, for the tests that count allocations: under -race, sync.Pool
// drops items at random and goroutines allocate more, so those counts do
// not hold.
package racecheck

// Enabled reports whether the race detector is built in.
const Enabled = true
