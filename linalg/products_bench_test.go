package linalg

import (
	"fmt"
	"math/rand/v2"
	"testing"

	gblas "gonum.org/v1/gonum/blas"

	"github.com/numgo/numgo/blas"
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
				blas.GemmStrided(1, n, n, n, x, n, 1, 0, y, n, 0, z, n, 0)
			}
		})
		b.Run(fmt.Sprintf("n=%d/dgemm", n), func(b *testing.B) {
			for b.Loop() {
				blas.Float64().Dgemm(gblas.NoTrans, gblas.NoTrans, n, n, n, 1, x, n, y, n, 0, z, n)
			}
		})
	}
}

// BenchmarkMidGemm times MatmulTo of an m×k by a k×n float64 matrix as
// the package runs it on a CPU where blas.GemmBatchWide holds (wide=true:
// the split batch kernel within midSized's bounds, dgemm beyond them) and
// with dgemm alone (wide=false).
func BenchmarkMidGemm(b *testing.B) {
	if !blas.GemmBatchWide() {
		b.Skip("the batch kernel is not wider than the BLAS's gemm here")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range [][3]int{{256, 256, 256}, {512, 512, 512}, {1024, 1024, 1024}, {64, 256, 4096},
		{1024, 1024, 64}, {1024, 1024, 16}, {512, 512, 4096}, {1024, 1024, 2048}} {
		m, n, k := s[0], s[1], s[2]
		x, y, z := randArray(r, m, k), randArray(r, k, n), randArray(r, m, n)
		for _, wide := range []bool{true, false} {
			b.Run(fmt.Sprintf("%dx%dx%d/wide=%v", m, n, k, wide), func(b *testing.B) {
				defer func(old bool) { wideGemm = old }(wideGemm)
				wideGemm = wide
				for b.Loop() {
					MatmulTo(z, x, y)
				}
			})
		}
	}
}
