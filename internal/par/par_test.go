package par

import (
	"errors"
	"sync/atomic"
	"testing"
)

func TestForCoversEachIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 100, 1000} {
		for _, procs := range []int{1, 2, 3, 8} {
			for _, chunks := range []int{1, 2, 5, 32, 5000} {
				hits := make([]atomic.Int32, n)
				For(n, procs, chunks, func(lo, hi int) {
					if lo >= hi {
						t.Errorf("n=%d procs=%d chunks=%d: empty chunk [%d, %d)", n, procs, chunks, lo, hi)
					}
					for i := lo; i < hi; i++ {
						hits[i].Add(1)
					}
				})
				for i := range hits {
					if h := hits[i].Load(); h != 1 {
						t.Fatalf("n=%d procs=%d chunks=%d: index %d run %d times", n, procs, chunks, i, h)
					}
				}
			}
		}
	}
}

func TestForRepanics(t *testing.T) {
	want := errors.New("kernel failed")
	defer func() {
		if r := recover(); r != want {
			t.Fatalf("recovered %v, want %v", r, want)
		}
	}()
	For(64, 4, 64, func(lo, hi int) {
		if lo == 3 {
			panic(want)
		}
	})
	t.Fatal("For returned normally")
}
