package linalg

import (
	"runtime"
	"testing"

	"github.com/numgo/numgo/internal/racecheck"
	"github.com/numgo/numgo/ndarray"
)

// TestAllocs pins the number of heap allocations per call of the small
// products and inverses, whose cost on a busy machine is mostly their
// allocations: a result array is two (its header and its data). A stack
// of products spread over two goroutines adds none (a pooled job, helpers
// that wait for the next loop). A product into a given result allocates
// nothing but a view for an operand in another axis order.
func TestAllocs(t *testing.T) {
	if racecheck.Enabled {
		t.Skip("allocation counts do not hold under the race detector")
	}
	a4 := ndarray.Arange(16.0).Reshape(4, 4)
	s4 := ndarray.Add(ndarray.Eye[float64](4), ndarray.Full(0.01, 4, 4))
	s8 := ndarray.Arange(1000.0*64).Reshape(1000, 8, 8)
	d8 := ndarray.Empty[float64](1000, 8, 8)
	t8 := s8.SwapAxes(1, 2)
	cases := []struct {
		name  string
		procs int // GOMAXPROCS for the call
		max   uint64
		fn    func()
	}{
		{"Matmul/4x4", 2, 2, func() { Matmul(a4, a4) }},
		{"Inv/4x4", 2, 2, func() { Inv(s4) }},
		{"Matmul/1000x8x8", 1, 3, func() { Matmul(s8, s8) }},
		{"Matmul/1000x8x8", 2, 3, func() { Matmul(s8, s8) }},
		{"MatmulTo/1000x8x8", 1, 0, func() { MatmulTo(d8, s8, s8) }},
		{"MatmulTo/1000x8x8", 2, 0, func() { MatmulTo(d8, s8, s8) }},
		{"MatmulTo/1000x8x8/T", 1, 1, func() { MatmulTo(d8, s8, t8) }}, // the view that finds t8's memory
		{"Einsum/bij,bjk->bik", 2, 25, func() { Einsum("bij,bjk->bik", s8, s8) }},
	}
	for _, c := range cases {
		prev := runtime.GOMAXPROCS(c.procs)
		got := allocsPerCall(c.fn)
		runtime.GOMAXPROCS(prev)
		if got > c.max {
			t.Errorf("%s with GOMAXPROCS %d: %d allocations per call, want at most %d", c.name, c.procs, got, c.max)
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
