package linalg

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

func randMatrix(r *rand.Rand, shape ...int) *ndarray.Array[float64] {
	a := ndarray.Zeros[float64](shape...)
	d := a.Data()
	for i := range d {
		d[i] = r.NormFloat64()
	}
	return a
}

// TestStressLinalg calls Inv and SVD from 64 goroutines at once, on
// matrices small and large enough for OpenBLAS to thread, and checks that
// every result equals the one computed serially. Run it with -race.
func TestStressLinalg(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const goroutines = 64
	sizes := []int{3, 8, 40, 100}
	inputs := make([]*ndarray.Array[float64], goroutines)
	wantInv := make([][]float64, goroutines)
	wantS := make([][]float64, goroutines)
	for g := range inputs {
		n := sizes[g%len(sizes)]
		inputs[g] = randMatrix(r, 2, n, n)
		inv, err := Inv(inputs[g])
		if err != nil {
			t.Fatal(err)
		}
		_, s, _, err := SVD(inputs[g])
		if err != nil {
			t.Fatal(err)
		}
		wantInv[g], wantS[g] = inv.ToSlice(), s.ToSlice()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 2*goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for range 3 {
				inv, err := Inv(inputs[g])
				if err != nil || !slices.Equal(inv.ToSlice(), wantInv[g]) {
					errs <- "Inv differs from the serial result"
				}
				_, s, _, err := SVD(inputs[g])
				if err != nil || !slices.Equal(s.ToSlice(), wantS[g]) {
					errs <- "SVD differs from the serial result"
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
		break
	}
}

// TestBatchedParallel checks a stack of small matrices, which runs on
// several goroutines, against the matrices inverted one at a time.
func TestBatchedParallel(t *testing.T) {
	a := randMatrix(rand.New(rand.NewPCG(3, 4)), 600, 8, 8)
	inv, err := Inv(a)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 600 {
		one, err := Inv(a.Slice(fmt.Sprintf("%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		if got := inv.Slice(fmt.Sprintf("%d", i)).ToSlice(); !slices.Equal(got, one.ToSlice()) {
			t.Fatalf("matrix %d of the stack differs from its own inverse", i)
		}
	}
}

// TestStressThreadModes runs, from 16 goroutines at once, calls that
// OpenBLAS runs on one thread (LAPACK on matrices up to 320×320) beside
// calls on all threads (larger LAPACK calls and matrix products), and
// checks that every result equals the one computed alone: no call may run
// with the thread count meant for another. Run it with -race.
func TestStressThreadModes(t *testing.T) {
	if testing.Short() {
		t.Skip("large matrices")
	}
	r := rand.New(rand.NewPCG(5, 6))
	small, large := randMatrix(r, 200, 200), randMatrix(r, 360, 360)
	spd := spdMatrix(small)
	b := randMatrix(r, 360, 300)
	calls := []func() ([]float64, error){
		func() ([]float64, error) { l, err := Cholesky(spd); return l.ToSlice(), err },
		func() ([]float64, error) { x, err := Inv(small); return x.ToSlice(), err },
		func() ([]float64, error) { x, err := Inv(large); return x.ToSlice(), err },
		func() ([]float64, error) { x, err := Solve(large, b); return x.ToSlice(), err },
		func() ([]float64, error) { return Matmul(large, b).ToSlice(), nil },
		func() ([]float64, error) { w, _, err := Eigh(spd); return w.ToSlice(), err },
	}
	want := make([][]float64, len(calls))
	for i, call := range calls {
		var err error
		if want[i], err = call(); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := range 16 {
		wg.Go(func() {
			for k := range 3 {
				i := (g + k) % len(calls)
				if got, err := calls[i](); err != nil || !slices.Equal(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: call %d differs from its serial result (err %v)", g, i, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
