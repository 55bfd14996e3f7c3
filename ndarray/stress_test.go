package ndarray

import (
	"sync"
	"testing"
)

// TestStressConcurrentOps runs element-wise ops and reductions from 64
// goroutines on shared inputs (read-only) with results large enough for the
// goroutine split, and requires every result to equal the serial one. make
// test runs it under the race detector.
func TestStressConcurrentOps(t *testing.T) {
	n := 100 * (parallelMin/100 + 10) // above the split threshold, a multiple of 100
	a := Linspace(0.1, 5.0, n)
	b := reverseLast(Linspace(-1.0, 1.0, n))
	m := a.Reshape(n/100, 100)
	ints := Arange(n)
	rows, row := a.Reshape(n/4, 4), Linspace(1.0, 2.0, 4) // pooled tiles of the row
	compute := func() (float64, float64, float64, float64) {
		x := Add(Exp(a), Sub(b, Mul(rows, row).Reshape(n)))
		// The statistics share pooled scratch memory between goroutines.
		stats := Sum(Median(m, Axis(1))).Item() + VarFloat64(ints).Item() + Average(a, b).Item()
		return Sum(x).Item(), Max(Mul(a, b)).Item(), Sum(Sum(m, Axis(0))).Item(), stats
	}
	w1, w2, w3, w4 := compute()
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if g1, g2, g3, g4 := compute(); g1 != w1 || g2 != w2 || g3 != w3 || g4 != w4 {
				errs <- "concurrent result differs from serial"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
