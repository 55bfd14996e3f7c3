package blas

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	gblas "gonum.org/v1/gonum/blas"
)

// TestGemmBatched checks GemmStrided and GemmBatch against one Dgemm per
// product, on both sides of the C kernel's 4×8 and 4×4 tiles, with padded
// rows (NaN in the padding shows an out-of-range read), a transposed a,
// a transposed b (which the kernel copies) and a b shared by every product
// (step 0). In a build without the kernel both
// must report false and leave c alone.
func TestGemmBatched(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	sizes := []int{1, 3, 4, 5, 8, 9, 13}
	for _, m := range sizes {
		for _, n := range sizes {
			for _, k := range []int{1, 4, 7} {
				for _, transA := range []bool{false, true} {
					for _, transB := range []bool{false, true} {
						for _, shareB := range []bool{false, true} {
							name := fmt.Sprintf("m=%d,n=%d,k=%d,transA=%v,transB=%v,shareB=%v", m, n, k, transA, transB, shareB)
							checkBatched(t, r, name, m, n, k, transA, transB, shareB)
						}
					}
				}
			}
		}
	}
}

func checkBatched(t *testing.T, r *rand.Rand, name string, m, n, k int, transA, transB, shareB bool) {
	const count, pad = 3, 2
	ars, acs := k+pad, 1
	if transA {
		ars, acs = 1, m+pad
	}
	sa := m*ars + k*acs // beyond the last element either way
	brs, bcs, crs := n+pad, 1, n+pad
	if transB {
		brs, bcs = 1, k+pad
	}
	sb, sc := k*brs+n*bcs, m*crs
	if shareB {
		sb = 0
	}
	fill := func(size int) []float64 {
		x := make([]float64, size)
		for i := range x {
			x[i] = math.NaN()
		}
		return x
	}
	a, b := fill(count*sa), fill(count*(k*brs+n*bcs))
	for tt := range count {
		for i := range m {
			for p := range k {
				a[tt*sa+i*ars+p*acs] = r.Float64()
			}
		}
		for p := range k {
			for j := range n {
				b[tt*(k*brs+n*bcs)+p*brs+j*bcs] = r.Float64()
			}
		}
	}
	want := fill(count * sc)
	for tt := range count {
		at, bt := make([]float64, m*k), make([]float64, k*n) // row-major for Dgemm
		for i := range m {
			for p := range k {
				at[i*k+p] = a[tt*sa+i*ars+p*acs]
			}
		}
		for p := range k {
			for j := range n {
				bt[p*n+j] = b[tt*sb+p*brs+j*bcs]
			}
		}
		Float64().Dgemm(gblas.NoTrans, gblas.NoTrans, m, n, k, 1, at, k, bt, n, 0, want[tt*sc:], crs)
	}
	offs := make([]int, 0, 3*count)
	for tt := range count {
		offs = append(offs, tt*sa, tt*sb, tt*sc)
	}
	for _, form := range []string{"GemmStrided", "GemmBatch", "GemmStrided stream", "GemmBatch stream"} {
		c := fill(count * sc)
		var ok bool
		stream := strings.HasSuffix(form, " stream")
		if strings.HasPrefix(form, "GemmStrided") {
			ok = GemmStrided(count, m, n, k, a, ars, acs, sa, b, brs, bcs, sb, c, crs, sc, stream)
		} else {
			ok = GemmBatch(m, n, k, a, ars, acs, b, brs, bcs, c, crs, offs, stream)
		}
		if ok != haveGemmBatch {
			t.Fatalf("%s %s: reported %v in a build with haveGemmBatch %v", form, name, ok, haveGemmBatch)
		}
		for i := range c {
			switch {
			case !ok && !math.IsNaN(c[i]):
				t.Fatalf("%s %s: wrote c[%d] without a kernel", form, name, i)
			case ok && math.IsNaN(want[i]) != math.IsNaN(c[i]),
				ok && math.Abs(c[i]-want[i]) > 1e-13*float64(k):
				t.Fatalf("%s %s: c[%d] = %v, want %v", form, name, i, c[i], want[i])
			}
		}
	}
}

// TestGemmStridedPanics checks that a batch reaching past its slices, or
// with a negative step, panics before any C code runs.
func TestGemmStridedPanics(t *testing.T) {
	if !haveGemmBatch {
		t.Skip("no batched kernel in this build")
	}
	a, b, c := make([]float64, 16), make([]float64, 16), make([]float64, 16)
	for _, f := range []func(){
		func() { GemmStrided(2, 4, 4, 4, a, 4, 1, 16, b, 4, 1, 0, c, 4, 0, false) },  // a's second product is outside
		func() { GemmStrided(2, 4, 4, 4, a, 4, 1, 0, b, 4, 1, 0, c, 4, -16, false) }, // negative step
		func() { GemmStrided(1, 4, 5, 4, a, 4, 1, 0, b, 4, 1, 0, c, 4, 0, false) },   // rows of b past the end
		func() { GemmStrided(1, 4, 4, 4, a, 4, 1, 0, b, 1, 5, 0, c, 4, 0, false) },   // columns of b past the end
		func() { GemmStrided(1, 4, 4, 4, a, 4, 1, 0, b, 1, -4, 0, c, 4, 0, false) },  // negative column stride
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("no panic")
				}
			}()
			f()
		}()
	}
}
