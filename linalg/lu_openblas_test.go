//go:build cgo && !purego

package linalg

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/numgo/numgo/internal/cgo"
	"github.com/numgo/numgo/lapack"
)

// TestLUSmallIsOpenBLAS checks that luSmall leaves the same bits, pivots
// and verdict as the linked OpenBLAS's dgetrf (NumPy's) on random
// rank-deficient integer matrices and on Gaussian ones, for every order it
// handles. luSmall repeats the kernels of OpenBLAS's Haswell and Zen
// targets, so the test runs only on those.
func TestLUSmallIsOpenBLAS(t *testing.T) {
	if !haswellKernels {
		t.Skipf("OpenBLAS %q: luSmall repeats the Haswell and Zen kernels", cgo.OpenBLASConfig())
	}
	d := lapack.Float64Drivers()
	r := rand.New(rand.NewPCG(3, 4))
	singular := 0
	for n := 1; n <= smallLU; n++ {
		for it := range 150 {
			var a []float64
			if it%3 == 0 {
				a = make([]float64, n*n)
				for i := range a {
					a[i] = r.NormFloat64()
				}
			} else {
				a = rankDeficient(r, n)
			}
			want, got := append([]float64(nil), a...), append([]float64(nil), a...)
			wp, gp := make([]int32, n), make([]int32, n)
			wok := d.Dgetrf(n, n, want, n, wp)
			gok := luSmall(n, got, gp)
			if !wok {
				singular++
			}
			if wok != gok {
				t.Fatalf("n=%d: luSmall regular %v, dgetrf %v\n%v", n, gok, wok, a)
			}
			for i := range want {
				if math.Float64bits(want[i]) != math.Float64bits(got[i]) || i < n && wp[i] != gp[i] {
					t.Fatalf("n=%d: luSmall differs from dgetrf at %d: %v, %v\n%v", n, i, got[i], want[i], a)
				}
			}
		}
	}
	if singular < 100 {
		t.Errorf("only %d singular matrices: the test lost its point", singular)
	}
}

// rankDeficient returns an n×n matrix of rank at most k (random, n a third
// of the time), the product of n×k and k×n matrices of small integers.
func rankDeficient(r *rand.Rand, n int) []float64 {
	k := 1 + r.IntN(n)
	if r.IntN(3) == 0 {
		k = n
	}
	b := 1 + r.IntN(9)
	u, v := make([]float64, n*k), make([]float64, k*n)
	for i := range u {
		u[i] = float64(r.IntN(2*b+1) - b)
		v[i] = float64(r.IntN(2*b+1) - b)
	}
	a := make([]float64, n*n)
	for i := range n {
		for j := range n {
			for l := range k {
				a[i*n+j] += u[i*k+l] * v[l*n+j]
			}
		}
	}
	return a
}
