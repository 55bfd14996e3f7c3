package blas

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// TestGemv checks Gemv against gonum's reference gemv, float64 and float32,
// on both sides of the kernel's 4-row blocks and 8- and 16-element vectors,
// with padded rows of a (NaN in the padding shows a read beyond k), a
// strided y whose gaps must stay untouched, and a NaN and an infinity in a
// row. In a build or on a CPU without the kernel it must report false and
// leave y alone.
func TestGemv(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, m := range []int{1, 3, 4, 5, 8, 9, 33} {
		for _, k := range []int{1, 7, 8, 9, 15, 16, 17, 100} {
			for _, incY := range []int{1, 3} {
				name := fmt.Sprintf("m=%d,k=%d,incY=%d", m, k, incY)
				checkGemv[float64](t, r, name, m, k, incY)
				checkGemv[float32](t, r, name, m, k, incY)
			}
		}
	}
}

func checkGemv[T float32 | float64](t *testing.T, r *rand.Rand, name string, m, k, incY int) {
	const pad = 3
	lda := k + pad
	a, x, y := make([]float64, m*lda), make([]float64, k), make([]float64, (m-1)*incY+1)
	for i := range a {
		a[i] = r.Float64() - 0.5
		if i%lda >= k {
			a[i] = math.NaN()
		}
	}
	for i := range x {
		x[i] = r.Float64() - 0.5
	}
	if m > 2 {
		a[lda] = math.NaN()        // row 1
		a[2*lda+k-1] = math.Inf(1) // row 2, in the last vector
	}
	const sentinel = 42
	for i := range y {
		y[i] = sentinel
	}
	want := make([]float64, len(y))
	copy(want, y)
	gonum.Implementation{}.Dgemv(gblas.NoTrans, m, k, 1, a, lda, x, 1, 0, want, incY)

	at, xt, yt := convert[T](a), convert[T](x), convert[T](y)
	ran := Gemv(m, k, at, lda, xt, yt, incY)
	if ran != HasGemv() {
		t.Fatalf("%s: Gemv reported %v, HasGemv %v", name, ran, HasGemv())
	}
	if !ran {
		for i, v := range yt {
			if v != sentinel {
				t.Fatalf("%s: Gemv without a kernel wrote y[%d] = %v", name, i, v)
			}
		}
		return
	}
	eps := 0x1p-52
	if _, ok := any(at).([]float32); ok {
		eps = 0x1p-23
	}
	for i, v := range yt {
		got, w := float64(v), want[i]
		if i%incY != 0 {
			if got != sentinel {
				t.Errorf("%s: y[%d] = %v in a gap of y, want it untouched", name, i, got)
			}
			continue
		}
		row := i / incY
		switch {
		case math.IsNaN(w) || math.IsInf(w, 0): // the rows with a NaN and an infinity
			if got != w && !(math.IsNaN(got) && math.IsNaN(w)) {
				t.Errorf("%s: y[%d] = %v, want %v", name, i, got, w)
			}
		default:
			// The sums differ in order: bound by k+2 ulps of Σ|a||x| (two
			// for float32's rounding of the inputs).
			bound := 0.0
			for p := range k {
				bound += math.Abs(a[row*lda+p] * x[p])
			}
			if math.Abs(got-w) > float64(k+2)*eps*bound+1e-30 {
				t.Errorf("%s: y[%d] = %v, want %v", name, i, got, w)
			}
		}
	}
}

// convert returns x as a slice of T (float32 values are rounded, and the
// reference then differs by float32's rounding, within the test's bound).
func convert[T float32 | float64](x []float64) []T {
	out := make([]T, len(x))
	for i, v := range x {
		out[i] = T(v)
	}
	return out
}

// TestGemvPanics checks Gemv's argument checks, which every build makes.
func TestGemvPanics(t *testing.T) {
	a, x, y := make([]float64, 12), make([]float64, 4), make([]float64, 3)
	for _, c := range []struct {
		name            string
		m, k, lda, incY int
	}{
		{"m 0", 0, 4, 4, 1}, {"k 0", 3, 0, 4, 1}, {"lda < k", 3, 4, 3, 1}, {"incY 0", 3, 4, 4, 0},
		{"a short", 4, 4, 4, 1}, {"y short", 3, 4, 4, 2}, {"x short", 2, 5, 5, 1},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", c.name)
				}
			}()
			Gemv(c.m, c.k, a, c.lda, x, y, c.incY)
		}()
	}
}
