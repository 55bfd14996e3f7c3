package linalg

import (
	"runtime"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// TestAllocs pins the number of heap allocations per call of the small
// products and inverses, whose cost on a busy machine is mostly their
// allocations: the result array (its header and its data) and as little
// else as possible. The counts are the same on every backend.
func TestAllocs(t *testing.T) {
	a4 := ndarray.Arange(16.0).Reshape(4, 4)
	cases := []struct {
		name string
		max  uint64
		fn   func()
	}{
		{"Matmul/4x4", 2, func() { Matmul(a4, a4) }},
	}
	for _, c := range cases {
		if got := allocsPerCall(c.fn); got > c.max {
			t.Errorf("%s: %d allocations per call, want at most %d", c.name, got, c.max)
		}
	}
}

// allocsPerCall returns the fewest heap allocations of a call of fn over a
// few runs. Unlike testing.AllocsPerRun it keeps GOMAXPROCS, so that the
// allocations of goroutines a call starts count too.
func allocsPerCall(fn func()) uint64 {
	fn() // warm caches (parsed einsum subscripts, pools)
	var best uint64
	for i := range 5 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		fn()
		runtime.ReadMemStats(&after)
		if n := after.Mallocs - before.Mallocs; i == 0 || n < best {
			best = n
		}
	}
	return best
}
