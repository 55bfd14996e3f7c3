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
