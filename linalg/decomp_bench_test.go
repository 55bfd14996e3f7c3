package linalg

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// The benchmarks time the same calls as
//
//	/usr/bin/python3 -m timeit -s "import numpy as np; a = np.random.default_rng(1).standard_normal((256, 256))" "np.linalg.inv(a)"
//
// so that NumPy time / numgo time can be read off directly.

var benchSizes = []int{8, 64, 256}

func benchDecomp(b *testing.B, fn func(a *ndarray.Array[float64])) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, 1))
			a := randMatrix(r, n, n)
			b.ReportAllocs()
			for b.Loop() {
				fn(a)
			}
		})
	}
}

func spdMatrix(a *ndarray.Array[float64]) *ndarray.Array[float64] {
	n := a.Shape()[0]
	s := Matmul(a, a.T())
	for i := range n {
		s.Set(s.At(i, i)+float64(n), i, i)
	}
	return s
}

func BenchmarkInv(b *testing.B) { benchDecomp(b, func(a *ndarray.Array[float64]) { Inv(a) }) }

func BenchmarkSolve(b *testing.B) {
	benchDecomp(b, func(a *ndarray.Array[float64]) { Solve(a, a.Slice(":, 0")) })
}

func BenchmarkDet(b *testing.B) { benchDecomp(b, func(a *ndarray.Array[float64]) { Det(a) }) }

func BenchmarkSVD(b *testing.B) { benchDecomp(b, func(a *ndarray.Array[float64]) { SVD(a) }) }

func BenchmarkEigh(b *testing.B) { benchDecomp(b, func(a *ndarray.Array[float64]) { Eigh(a) }) }

func BenchmarkEig(b *testing.B) { benchDecomp(b, func(a *ndarray.Array[float64]) { Eig(a) }) }

func BenchmarkQR(b *testing.B) { benchDecomp(b, func(a *ndarray.Array[float64]) { QR(a) }) }

func BenchmarkCholesky(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			s := spdMatrix(randMatrix(rand.New(rand.NewPCG(1, 1)), n, n))
			for b.Loop() {
				Cholesky(s)
			}
		})
	}
}

// BenchmarkInvBatched inverts a stack of 1000 8×8 matrices.
func BenchmarkInvBatched(b *testing.B) {
	a := randMatrix(rand.New(rand.NewPCG(1, 1)), 1000, 8, 8)
	for b.Loop() {
		Inv(a)
	}
}
