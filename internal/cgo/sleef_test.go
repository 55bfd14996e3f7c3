//go:build cgo && !purego

package cgo

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/numgo/numgo/internal/golden"
)

func TestSLEEFExp(t *testing.T) {
	for _, x := range []float64{0, 1, -1, 0.5, 10, -10, 700, -700} {
		got, want := SLEEFExp(x), math.Exp(x)
		// Both are within 1 ULP of e**x, so within 2 ULP of each other.
		if tol := 2 * (math.Nextafter(want, math.Inf(1)) - want); math.Abs(got-want) > tol {
			t.Errorf("SLEEFExp(%v) = %v, math.Exp = %v", x, got, want)
		}
	}
	if got := SLEEFExp(math.Inf(-1)); got != 0 {
		t.Errorf("SLEEFExp(-Inf) = %v, want 0", got)
	}
	if got := SLEEFExp(math.NaN()); !math.IsNaN(got) {
		t.Errorf("SLEEFExp(NaN) = %v, want NaN", got)
	}
}

// TestVectorWidths runs every SLEEF function and SLEEF's pow on the AVX-512
// and on the AVX kernels, where the CPU has both, and wants the same
// results: the two are SLEEF's same algorithms on vectors of different
// widths. The exceptions are numgo's own AVX-512 kernels of float64
// (ownFuncs, and pow): they and SLEEF's are within 1 ULP of the exact value
// (own_avx512.h), so the two are the same float or neighbours. Inputs span
// every function's domain and beyond (NaN then on both sides), with
// lengths around the vector widths, so the tails are covered
// too.
func TestVectorWidths(t *testing.T) {
	if isa < 2 {
		t.Skip("no AVX-512 on this CPU: only the AVX kernels run here")
	}
	defer func(old int, oldMvec bool) { isa, mvec = old, oldMvec }(isa, mvec)
	mvec = false
	own := map[int]bool{}
	for _, fn := range ownFuncs {
		own[fn] = true
	}
	same := func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
	for _, n := range []int{1, 7, 15, 17, 33, 1001} {
		src, src32 := make([]float64, n), make([]float32, n)
		for i := range src {
			src[i] = -2.5 + 5*float64(i)/float64(n)
			src32[i] = float32(src[i])
		}
		for fn := range vecFuncs {
			var d [2][]float64
			var f [2][]float32
			for w := range 2 {
				isa = 2 - w
				d[w], f[w] = make([]float64, n), make([]float32, n)
				VecMath64(fn, d[w], src, false)
				VecMath32(fn, f[w], src32, false)
			}
			for i := range src {
				okd := same(d[0][i], d[1][i]) || own[fn] && withinStep(d[0][i], d[1][i], math.Nextafter)
				if !okd || !same(float64(f[0][i]), float64(f[1][i])) {
					t.Fatalf("func %d n=%d (%v): AVX-512 gives %v, %v; AVX %v, %v", fn, n, src[i], d[0][i], f[0][i], d[1][i], f[1][i])
				}
			}
		}
		const pow = 4
		for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {-1, 1}, {1, -1}} {
			var d [2][]float64
			var f [2][]float32
			for w := range 2 {
				isa = 2 - w
				d[w], f[w] = make([]float64, n), make([]float32, n)
				VecBinaryRows(pow, 1, n, Walk(d[w], 1), Walk(src, st[0]), Walk(src, st[1]), false)
				VecBinaryRows(pow, 1, n, Walk(f[w], 1), Walk(src32, st[0]), Walk(src32, st[1]), false)
			}
			for i := range src {
				if !withinStep(d[0][i], d[1][i], math.Nextafter) || !same(float64(f[0][i]), float64(f[1][i])) {
					t.Fatalf("pow n=%d steps %v [%d]: AVX-512 gives %v, %v; AVX %v, %v", n, st, i, d[0][i], f[0][i], d[1][i], f[1][i])
				}
			}
		}
	}
}

// TestMvecPow compares libmvec's pow, which the AVX-512 kernels call where
// it loads, with SLEEF's: both were measured within 1 ULP of the exact
// power (against long double powl, 32 million arguments: at most 0.999 and
// 0.67 ULP), so each is one of the two floats around it and they differ by
// at most one step; and they agree on the special values
// (the C standard's, which NumPy follows). The arguments cover small and
// large bases, negative ones with integer and other exponents, and
// results that overflow and underflow, with every step pattern.
func TestMvecPow(t *testing.T) {
	if !mvec {
		t.Skip("libmvec's AVX-512 pow is not used here")
	}
	defer func(old bool) { mvec = old }(mvec)
	inf, nan := math.Inf(1), math.NaN()
	a := []float64{0, math.Copysign(0, -1), 1, -1, 2, -2, 0.5, 1e-300, 1e300, inf, -inf, nan, 3, -3, 10, 0.1}
	b := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, -3, 1e10, -1e10, inf, -inf, nan, 2.5, 1e-300}
	rng := rand.New(rand.NewPCG(1, 2))
	for len(a) < 4000 {
		x := math.Ldexp(0.5+rng.Float64(), rng.IntN(400)-200)
		if rng.IntN(4) == 0 {
			x = -x
		}
		y := 40 * (rng.Float64() - 0.5)
		if rng.IntN(4) == 0 {
			y = math.Round(y)
		}
		a, b = append(a, x), append(b, y)
	}
	a32, b32 := make([]float32, len(a)), make([]float32, len(b))
	for i := range a {
		a32[i], b32[i] = float32(a[i]), float32(b[i]/8)
	}
	const pow = 4
	for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {-1, 1}, {1, -1}} {
		var d [2][]float64
		var f [2][]float32
		for k, on := range []bool{true, false} {
			mvec = on
			d[k], f[k] = make([]float64, len(a)), make([]float32, len(a))
			VecBinaryRows(pow, 1, len(a), Walk(d[k], 1), Walk(a, st[0]), Walk(b, st[1]), false)
			VecBinaryRows(pow, 1, len(a), Walk(f[k], 1), Walk(a32, st[0]), Walk(b32, st[1]), false)
		}
		for i := range d[0] {
			if !withinStep(d[0][i], d[1][i], math.Nextafter) {
				t.Errorf("steps %v [%d]: libmvec's pow gives %v, SLEEF's %v", st, i, d[0][i], d[1][i])
			}
			if !withinStep(f[0][i], f[1][i], math.Nextafter32) {
				t.Errorf("float32 steps %v [%d]: libmvec's pow gives %v, SLEEF's %v", st, i, f[0][i], f[1][i])
			}
		}
	}
}

// withinStep reports whether x and y are equal (NaNs equal), or neighbours.
func withinStep[T float32 | float64](x, y T, next func(T, T) T) bool {
	return x == y || x != x && y != y || next(x, y) == y
}

// An ownCase is one function's golden data in testdata/ownmath.json
// (testdata/gen_ownmath.py): arguments X (and Y for pow) and NumPy's
// results in long double rounded, Want, the first Special of them special
// values.
type ownCase struct {
	Special    int
	X, Y, Want []float64
}

// loadOwnMath reads testdata/ownmath.json, by function name.
func loadOwnMath(t *testing.T) map[string]ownCase {
	b, err := os.ReadFile("testdata/ownmath.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]struct {
		Special    int
		X, Y, Want []any
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	cases := map[string]ownCase{}
	for name, c := range raw {
		x, want := golden.Values[float64](c.X), golden.Values[float64](c.Want)
		if len(x) == 0 || len(x) != len(want) || c.Y != nil && len(c.Y) != len(x) {
			t.Fatalf("%s: %d arguments, %d second arguments, %d results", name, len(x), len(c.Y), len(want))
		}
		cases[name] = ownCase{Special: c.Special, X: x, Y: golden.Values[float64](c.Y), Want: want}
	}
	return cases
}

// checkAlone wants got, an element computed among others, to have the
// bits of alone, the same element computed alone (NaNs alike).
func checkAlone(t *testing.T, what string, got, alone float64) {
	t.Helper()
	if math.Float64bits(alone) != math.Float64bits(got) && !(math.IsNaN(got) && math.IsNaN(alone)) {
		t.Errorf("%s = %v among others, %v alone", what, got, alone)
	}
}

// checkWant wants got within one step of want, or equal to it with its
// sign (NaNs alike) if special.
func checkWant(t *testing.T, what string, got, want float64, special bool) {
	t.Helper()
	exact := got == want && math.Signbit(got) == math.Signbit(want) || math.IsNaN(got) && math.IsNaN(want)
	if special && !exact || !withinStep(got, want, math.Nextafter) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// TestOwnKernels holds numgo's own AVX-512 kernels (ownFuncs) and SLEEF's
// functions on AVX in their place to within one step of NumPy's results in
// long double (testdata/gen_ownmath.py), which are within a hair over half
// an ULP of the exact values, on each kernel the CPU runs. Special values
// (±0 with their sign, ±inf, NaN, subnormals, the seams between a kernel's
// branches, the ends of the finite results) must match exactly. A second
// run, 3 elements shorter, moves the padded tail; and each element
// computed alone (in a vector padded with ones) must give the same bits,
// so that no result depends on its neighbours in a vector (as a fallback
// taken per vector would).
func TestOwnKernels(t *testing.T) {
	// SLEEF's exp overflows from this argument on, one float before the
	// true overflow, where NumPy's gives the largest finite float64.
	const sleefExpOverflow = 709.782712893384
	cases := loadOwnMath(t)
	hw := isa // the widest kernel set this CPU runs
	defer func() { isa = hw }()
	for name, fn := range ownFuncs {
		c, ok := cases[name]
		if !ok {
			t.Fatalf("no golden data for %s", name)
		}
		for isa = hw; isa > 0; isa-- {
			for _, n := range []int{len(c.X), len(c.X) - 3} {
				got := make([]float64, n)
				if !VecMath64(fn, got, c.X[:n], false) {
					t.Fatal("VecMath64 ran no kernel")
				}
				for i, g := range got {
					what := fmt.Sprintf("isa %d: %s(%v)", isa, name, c.X[i])
					var alone [1]float64
					VecMath64(fn, alone[:], c.X[i:i+1], false)
					checkAlone(t, what, g, alone[0])
					if name == "exp" && isa < 2 && c.X[i] == sleefExpOverflow {
						continue
					}
					checkWant(t, what, g, c.Want[i], i < c.Special)
				}
			}
		}
	}
}

// TestOwnPow holds pow's AVX-512 float64 kernel (numgo's own, with
// libmvec's or SLEEF's pow for its rare elements) and SLEEF's AVX pow to
// within one step of NumPy's powl rounded (testdata/gen_ownmath.py), C99's
// special values exactly, on each kernel the CPU runs and with either rare
// path; each element computed alone must give the same bits.
func TestOwnPow(t *testing.T) {
	c, ok := loadOwnMath(t)["pow"]
	if !ok || len(c.Y) == 0 {
		t.Fatal("no golden data for pow")
	}
	hw := isa
	defer func(oldMvec bool) { isa, mvec = hw, oldMvec }(mvec)
	const pow = 4
	for isa = hw; isa > 0; isa-- {
		for _, m := range []bool{false, mvecLoaded} {
			mvec = m
			got := make([]float64, len(c.X))
			if !VecBinaryRows(pow, 1, len(c.X), Walk(got, 1), Walk(c.X, 1), Walk(c.Y, 1), false) {
				t.Fatal("VecBinaryRows ran no kernel")
			}
			for i, g := range got {
				what := fmt.Sprintf("isa %d mvec %v: pow(%v, %v)", isa, m, c.X[i], c.Y[i])
				var alone [1]float64
				VecBinaryRows(pow, 1, 1, Walk(alone[:], 1), Walk(c.X[i:i+1], 1), Walk(c.Y[i:i+1], 1), false)
				checkAlone(t, what, g, alone[0])
				checkWant(t, what, g, c.Want[i], i < c.Special)
			}
		}
	}
}
