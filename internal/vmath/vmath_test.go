package vmath

import (
	"math"
	"testing"
)

var reference = map[Func]func(float64) float64{
	Exp: math.Exp, Log: math.Log, Log10: math.Log10, Exp2: math.Exp2,
	// math.Log2 is up to ~10 ULP off near 1 (it adds the exponent to a
	// scaled Log); dividing Log by Ln2 is within 2.
	Log2:  func(x float64) float64 { return math.Log(x) / math.Ln2 },
	Expm1: math.Expm1, Log1p: math.Log1p, Sin: math.Sin, Cos: math.Cos, Tan: math.Tan,
	Asin: math.Asin, Acos: math.Acos, Atan: math.Atan, Sinh: math.Sinh, Cosh: math.Cosh,
	Tanh: math.Tanh, Asinh: math.Asinh, Acosh: math.Acosh, Atanh: math.Atanh, Cbrt: math.Cbrt,
}

// TestApply compares every kernel with Go's math package on inputs in the
// function's domain, for lengths around the vector widths (the tail path).
func TestApply(t *testing.T) {
	if Backend != "sleef" && Backend != "go" {
		t.Fatalf("Backend = %q", Backend)
	}
	for f, ref := range reference {
		for _, n := range []int{MinLen - 1, MinLen, 17, 23, 64, 1001} {
			src := make([]float64, n)
			for i := range src {
				// In [1.05, 1.95]: inside every domain (acosh needs > 1,
				// atanh and asin need |x| < 1 after the shift below).
				src[i] = 1.05 + 0.9*float64(i)/float64(n)
			}
			if f == Asin || f == Acos || f == Atanh {
				for i := range src {
					src[i] -= 1.5
				}
			}
			dst := make([]float64, n)
			ok := Apply(f, dst, src)
			if n < MinLen || Backend == "go" {
				if ok {
					t.Errorf("func %d n=%d: Apply reported true on backend %s", f, n, Backend)
				}
				continue
			}
			if !ok {
				t.Logf("func %d: no SIMD kernel on this CPU", f)
				continue
			}
			src32, dst32 := make([]float32, n), make([]float32, n)
			for i, x := range src {
				src32[i] = float32(x)
			}
			Apply(f, dst32, src32)
			for i, x := range src {
				want := ref(x)
				// SLEEF is within 1 ULP; Go's math is not always (its Log2
				// is 5 ULP off at 1.05), hence the margin.
				if math.Abs(dst[i]-want) > 8*ulp(want) {
					t.Fatalf("func %d(%v) = %v, math gives %v", f, x, dst[i], want)
				}
				want32 := ref(float64(src32[i]))
				if math.Abs(float64(dst32[i])-want32) > 2*float64(ulp32(float32(want32))) {
					t.Fatalf("float32 func %d(%v) = %v, math gives %v", f, src32[i], dst32[i], want32)
				}
			}
		}
	}
}

func ulp(x float64) float64 { return math.Abs(math.Nextafter(x, math.Inf(1)) - x) }
func ulp32(x float32) float32 {
	return float32(math.Abs(float64(math.Nextafter32(x, float32(math.Inf(1))) - x)))
}
