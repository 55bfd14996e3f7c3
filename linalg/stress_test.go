package linalg

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"sync"
	"testing"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/ndarray"
)

// TestBlasBackend ties the products' BLAS to the build, so a green run says
// which code computed them.
func TestBlasBackend(t *testing.T) {
	got := blas.Backend()
	want := regexp.MustCompile(`^openblas \d+\.\d+\.\d+$|^cblas$`)
	if !cgoBuild {
		want = regexp.MustCompile(`^gonum$`)
	}
	if !want.MatchString(got) {
		t.Errorf("blas.Backend() = %q in a build with cgo=%v", got, cgoBuild)
	}
}

func randArray(r *rand.Rand, shape ...int) *ndarray.Array[float64] {
	a := ndarray.Zeros[float64](shape...)
	d := a.Data()
	for i := range d {
		d[i] = r.NormFloat64()
	}
	return a
}

// TestStressMatmul calls Matmul from 64 goroutines at once, on sizes that
// take every path (the Go kernel, a stack spread over goroutines, gemv,
// gemm under OpenBLAS's threads), and checks that each result equals the
// one computed alone. Run it with -race.
func TestStressMatmul(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	type job struct{ a, b, want *ndarray.Array[float64] }
	shapes := [][2][]int{
		{{4, 4}, {4, 4}}, {{200, 8, 8}, {200, 8, 8}}, {{64, 64}, {64}}, {{96, 80}, {80, 72}}, {{3, 40, 50}, {50, 30}},
	}
	jobs := make([]job, len(shapes))
	for i, s := range shapes {
		a, b := randArray(r, s[0]...), randArray(r, s[1]...)
		jobs[i] = job{a, b, Matmul(a, b)}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 64 {
		wg.Go(func() {
			j := jobs[g%len(jobs)]
			for range 3 {
				if got := Matmul(j.a, j.b); !slices.Equal(got.ToSlice(), j.want.ToSlice()) {
					errs <- fmt.Sprintf("goroutine %d: %v @ %v differs from the serial result", g, j.a.Shape(), j.b.Shape())
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
