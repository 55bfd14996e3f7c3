package linalg

import (
	"fmt"
	"math/rand/v2"
	"testing"

	gblas "gonum.org/v1/gonum/blas"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/ndarray"
)

// Compare with NumPy on the same OpenBLAS and thread count, e.g.
//
//	OPENBLAS_NUM_THREADS=1 /usr/bin/python3 -m timeit -s "import numpy as np; a=np.random.rand(64,64)" "a@a"
//	OPENBLAS_NUM_THREADS=1 go test -run '^$' -bench . ./linalg

func BenchmarkMatmul(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{4, 8, 64, 256, 512} {
		x, y := randArray(r, n, n), randArray(r, n, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Matmul(x, y)
			}
		})
	}
	x, y := randArray(r, 1000, 8, 8), randArray(r, 1000, 8, 8)
	b.Run("batch=1000x8x8", func(b *testing.B) {
		for b.Loop() {
			Matmul(x, y)
		}
	})
	out := randArray(r, 1000, 8, 8)
	b.Run("batch=1000x8x8/MatmulTo", func(b *testing.B) {
		for b.Loop() {
			MatmulTo(out, x, y)
		}
	})
}

func BenchmarkEinsum(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x, y := randArray(r, 100, 32, 32), randArray(r, 100, 32, 32)
	b.Run("bij,bjk->bik", func(b *testing.B) {
		for b.Loop() {
			Einsum("bij,bjk->bik", x, y)
		}
	})
	// 64 products x[i]ᵀ·y with a transposed a, in the batched C kernel.
	u, v := randArray(r, 64, 64, 64), randArray(r, 64, 64)
	b.Run("ijk,jl->ikl", func(b *testing.B) {
		for b.Loop() {
			Einsum("ijk,jl->ikl", u, v)
		}
	})
	p, q := randArray(r, 128, 128), randArray(r, 128, 128)
	b.Run("ij,jk->ik", func(b *testing.B) {
		for b.Loop() {
			Einsum("ij,jk->ik", p, q)
		}
	})
}

// BenchmarkSmallGemm times one n×n×n float64 product in blas.GemmBatch's
// C kernel and in the BLAS's dgemm, the choice smallGemm makes.
func BenchmarkSmallGemm(b *testing.B) {
	if !blas.HasGemmBatch() {
		b.Skip("no batched kernel in this build")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{32, 48, 64, 80, 96, 128} {
		x, y, z := randArray(r, n, n).Data(), randArray(r, n, n).Data(), make([]float64, n*n)
		b.Run(fmt.Sprintf("n=%d/kernel", n), func(b *testing.B) {
			for b.Loop() {
				blas.GemmStrided(1, n, n, n, x, n, 1, 0, y, n, 1, 0, z, n, 0, false)
			}
		})
		b.Run(fmt.Sprintf("n=%d/dgemm", n), func(b *testing.B) {
			for b.Loop() {
				blas.Float64().Dgemm(gblas.NoTrans, gblas.NoTrans, n, n, n, 1, x, n, y, n, 0, z, n)
			}
		})
	}
}

// BenchmarkMidGemm times MatmulTo of an m×k by a k×n matrix in the batch
// kernel split over goroutines (kernel=true: gemmRows within midSized's
// bounds, the BLAS beyond them, as where blas.GemmBatchWide holds) and in
// the BLAS's gemm alone (kernel=false), for float64 and complex128: the
// measurements behind midGemm and sharedMidGemm.
func BenchmarkMidGemm(b *testing.B) {
	if !complexBatch {
		b.Skip("the batch kernel is not AVX-512 here")
	}
	for _, s := range [][3]int{{128, 128, 128}, {192, 192, 192}, {256, 256, 256}, {320, 320, 320}, {384, 384, 384},
		{512, 512, 512}, {1024, 1024, 1024}, {64, 256, 4096}, {1024, 1024, 64}, {1024, 1024, 16}, {512, 512, 4096},
		{1024, 1024, 2048}} {
		benchMidGemm[float64](b, s[0], s[1], s[2], 1.5)
	}
	for _, s := range [][3]int{{128, 128, 128}, {256, 256, 256}, {512, 512, 512}, {64, 256, 1024}, {64, 256, 2048},
		{64, 256, 4096}} {
		benchMidGemm[complex128](b, s[0], s[1], s[2], 1.5-0.5i)
	}
}

func benchMidGemm[T float64 | complex128](b *testing.B, m, n, k int, v T) {
	x, y, z := ndarray.Full(v, m, k), ndarray.Full(v, k, n), ndarray.Zeros[T](m, n)
	for _, kernel := range []bool{true, false} {
		b.Run(fmt.Sprintf("%s/%dx%dx%d/kernel=%v", ndarray.TypeOf[T](), m, n, k, kernel), func(b *testing.B) {
			defer func(w, c bool) { wideGemm, complexBatch = w, c }(wideGemm, complexBatch)
			wideGemm, complexBatch = kernel, kernel
			for b.Loop() {
				MatmulTo(z, x, y)
			}
		})
	}
}
