package blas

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	gblas "gonum.org/v1/gonum/blas"
)

// The products below are worked by hand:
//
//	[1 2] [5 6]   [19 22]          [1 3] [5 6]   [26 30]
//	[3 4] [7 8] = [43 50]          [2 4] [7 8] = [38 44]

func TestDgemmByHand(t *testing.T) {
	a := []float64{1, 2, 3, 4}
	b := []float64{5, 6, 7, 8}
	for _, test := range []struct {
		tA          gblas.Transpose
		alpha, beta float64
		c, want     []float64
	}{
		{gblas.NoTrans, 1, 0, []float64{9, 9, 9, 9}, []float64{19, 22, 43, 50}},
		{gblas.Trans, 1, 0, []float64{9, 9, 9, 9}, []float64{26, 30, 38, 44}},
		{gblas.NoTrans, 2, 1, []float64{1, 2, 3, 4}, []float64{39, 46, 89, 104}},
		{gblas.Trans, -1, 0.5, []float64{2, 4, 6, 8}, []float64{-25, -28, -35, -40}},
	} {
		c := slices.Clone(test.c)
		Float64().Dgemm(test.tA, gblas.NoTrans, 2, 2, 2, test.alpha, a, 2, b, 2, test.beta, c, 2)
		if !slices.Equal(c, test.want) {
			t.Errorf("Dgemm(tA=%c, alpha=%v, beta=%v, C=%v) = %v, want %v",
				test.tA, test.alpha, test.beta, test.c, c, test.want)
		}
	}
	if !slices.Equal(a, []float64{1, 2, 3, 4}) || !slices.Equal(b, []float64{5, 6, 7, 8}) {
		t.Errorf("Dgemm modified its inputs: a = %v, b = %v", a, b)
	}
}

func TestSgemmByHand(t *testing.T) {
	c := make([]float32, 4)
	Float32().Sgemm(gblas.NoTrans, gblas.NoTrans, 2, 2, 2, 1, []float32{1, 2, 3, 4}, 2, []float32{5, 6, 7, 8}, 2, 0, c, 2)
	if want := []float32{19, 22, 43, 50}; !slices.Equal(c, want) {
		t.Errorf("Sgemm = %v, want %v", c, want)
	}
}

// [1+i  i] times the column [2-i; 3] is (1+i)(2-i) + 3i = (3+i) + 3i = 3+4i.
func TestZgemmByHand(t *testing.T) {
	c := make([]complex128, 1)
	Complex128().Zgemm(gblas.NoTrans, gblas.NoTrans, 1, 1, 2, 1, []complex128{1 + 1i, 1i}, 2, []complex128{2 - 1i, 3}, 1, 0, c, 1)
	if want := (3 + 4i); c[0] != want {
		t.Errorf("Zgemm = %v, want %v", c[0], want)
	}
	c64 := make([]complex64, 1)
	Complex64().Cgemm(gblas.NoTrans, gblas.NoTrans, 1, 1, 2, 1, []complex64{1 + 1i, 1i}, 2, []complex64{2 - 1i, 3}, 1, 0, c64, 1)
	if want := complex64(3 + 4i); c64[0] != want {
		t.Errorf("Cgemm = %v, want %v", c64[0], want)
	}
}

// TestStressDgemm calls Dgemm from many goroutines at once and checks that
// each result equals the serial one bit for bit; `make test` runs it under
// -race. It guards against a BLAS whose internal buffers are shared between
// concurrent callers.
func TestStressDgemm(t *testing.T) {
	const n, workers = 64, 64
	rnd := rand.New(rand.NewPCG(1, 2))
	a := make([]float64, n*n)
	b := make([]float64, n*n)
	for i := range a {
		a[i] = rnd.NormFloat64()
		b[i] = rnd.NormFloat64()
	}
	impl := Float64()
	want := make([]float64, n*n)
	impl.Dgemm(gblas.NoTrans, gblas.NoTrans, n, n, n, 1, a, n, b, n, 0, want, n)

	results := make([][]float64, workers)
	var start, done sync.WaitGroup
	start.Add(1)
	for w := range workers {
		done.Add(1)
		go func() {
			defer done.Done()
			c := make([]float64, n*n)
			start.Wait()
			impl.Dgemm(gblas.NoTrans, gblas.NoTrans, n, n, n, 1, a, n, b, n, 0, c, n)
			results[w] = c
		}()
	}
	start.Done()
	done.Wait()
	for w, c := range results {
		if !slices.Equal(c, want) {
			t.Errorf("goroutine %d: Dgemm result differs from the serial result: %s", w, firstDiff(c, want))
		}
	}
}

func firstDiff(got, want []float64) string {
	for i := range got {
		if got[i] != want[i] {
			return fmt.Sprintf("element %d = %v, want %v", i, got[i], want[i])
		}
	}
	return "lengths differ"
}
