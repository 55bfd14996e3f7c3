package ndarray

import (
	"math"
	"math/cmplx"
	"sort"
	"testing"

	gold "github.com/numgo/numgo/internal/golden"
)

// cmathCases is testdata/cmath/cases.json (testdata/gen_cmath.py), per
// complex dtype: a grid of special and extreme arguments with NumPy's
// result of each complex unary ufunc, and complex powers.
type cmathCases map[string]struct {
	In    golden            `json:"in"`
	Unary map[string]golden `json:"unary"`
	Power struct {
		A, B, Out golden
	} `json:"power"`
	Binary map[string]struct {
		A, B, Out golden
	} `json:"binary"`
}

// cmathULPs is the accuracy asked of a ufunc, in units in the last place
// of each part, where it is not 6 (both sides are within an ulp or two of
// the truth, on real functions that differ in the last bit). Results that
// are infinite, zero or NaN must be NumPy's exactly, signs included (C99
// Annex G's special values). tan and tanh: glibc's own are up to ~5 ulp off.
// multiply, divide and square are NumPy's formulas in the parts' type, bit
// for bit.
// Power's budget is per unit of max(1, |b|, |b·log a|), the factor by which
// exp(b·log a) and repeated multiplication magnify roundings.
var cmathULPs = map[string]float64{"tan": 12, "tanh": 12, "power": 4, "expm1": 8,
	"multiply": 0, "divide": 0, "square": 0}

// cmathNormwise lists the ufuncs whose parts are compared in ulp of the
// result's modulus rather than of each part: NumPy's expm1 takes the real
// part as expm1(x)cos(y) - 2sin²(y/2), which cancels, and power's
// exp(b·log a) magnifies the rounding of log a by |b·log a|, so a small
// part of either carries the error of the large one.
var cmathNormwise = map[string]bool{"expm1": true, "power": true}

// TestComplexUfuncsGolden runs every complex ufunc on NumPy's results for
// complex64 and complex128 at special, extreme and moderate arguments,
// contiguous and reversed.
func TestComplexUfuncsGolden(t *testing.T) {
	var cases cmathCases
	loadGolden(t, "testdata/cmath/cases.json", &cases)
	for _, dt := range []string{"complex64", "complex128"} {
		c, ok := cases[dt]
		if !ok {
			t.Fatalf("no %s cases", dt)
		}
		names := []string{"power"}
		for name := range c.Unary {
			names = append(names, name)
		}
		for name := range c.Binary {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			args, want := []golden{c.In}, c.Unary[name]
			if b, ok := c.Binary[name]; ok {
				args, want = []golden{b.A, b.B}, b.Out
			} else if name == "power" {
				args, want = []golden{c.Power.A, c.Power.B}, c.Power.Out
			}
			t.Run(dt+"/"+name, func(t *testing.T) {
				if dt == "complex64" {
					runComplexCase[complex64, float32](t, name, args, want)
				} else {
					runComplexCase[complex128, float64](t, name, args, want)
				}
			})
		}
	}
}

func runComplexCase[T complex64 | complex128, R float32 | float64](t *testing.T, name string, gargs []golden, want golden) {
	ulps := 6.0
	if u, ok := cmathULPs[name]; ok {
		ulps = u
	}
	single := TypeOf[T]() == Complex64
	in := make([]*Array[T], len(gargs))
	for i, g := range gargs {
		in[i] = goldenAs[T](g)
	}
	for _, layout := range []string{"contiguous", "reversed"} {
		args, w := in, want
		if layout == "reversed" {
			args = make([]*Array[T], len(in))
			for i, a := range in {
				args[i] = reverseLast(a)
			}
			w = reversedGolden(want)
		}
		var got []complex128
		if name == "absolute" {
			for _, v := range AbsComplex[R](args[0]).ToSlice() {
				got = append(got, complex(float64(v), 0))
			}
		} else {
			table, ok := ufuncTables[name]
			if !ok || table[TypeOf[T]()] == nil {
				t.Skipf("numgo has no complex %s", name)
			}
			var r *Array[T]
			if len(args) == 2 {
				r = binaryTo[T, T](name, table, nil, args[0], args[1])
			} else {
				r = unaryTo[T, T](name, table, nil, args[0])
			}
			for _, v := range r.ToSlice() {
				got = append(got, complex128(v))
			}
		}
		bad := 0
		for i, v := range w.Data {
			wv := complex128(gold.Value[T](v))
			budget := ulps
			if name == "power" {
				a, b := complex128(args[0].At(i)), complex128(args[1].At(i))
				if k := max(1, cmplx.Abs(b), cmplx.Abs(b*cmplx.Log(a))); k < math.Inf(1) {
					budget *= k
				}
			}
			for part, pair := range [2][2]float64{{real(got[i]), real(wv)}, {imag(got[i]), imag(wv)}} {
				d := ulpDist(pair[0], pair[1], single)
				if cmathNormwise[name] && d > budget && !math.IsInf(d, 0) {
					d = math.Abs(pair[0]-pair[1]) / ulpOf(cmplx.Abs(wv), single)
				}
				if d > budget {
					bad++
					if bad <= 10 {
						x := make([]T, len(args))
						for k, a := range args {
							x[k] = a.At(i)
						}
						t.Errorf("%s%v (%s): %s part %v, NumPy %v (%.3g ulp)", name, x, layout,
							[]string{"real", "imag"}[part], pair[0], pair[1], d)
					}
				}
			}
		}
		if bad > 10 {
			t.Errorf("%s (%s): %d parts differ in all", name, layout, bad)
		}
	}
}

// ulpOf returns the unit in the last place of x > 0 (as a float32 if single).
func ulpOf(x float64, single bool) float64 {
	if single {
		return math.Abs(float64(math.Nextafter32(float32(x), float32(math.Inf(1))) - float32(x)))
	}
	return math.Nextafter(x, math.Inf(1)) - x
}

// ulpDist returns how many units in the last place (of float32 if single)
// got is from want: 0 for two NaNs, +Inf when only one is NaN or infinite,
// when both are zeros of different signs, or when their signs differ
// otherwise. A zero and the smallest subnormal are one ulp apart: single
// precision code rounds a subnormal twice where double rounds it once.
func ulpDist(got, want float64, single bool) float64 {
	switch {
	case math.IsNaN(want) || math.IsNaN(got):
		if math.IsNaN(want) && math.IsNaN(got) {
			return 0
		}
		return math.Inf(1)
	case got == want && math.Signbit(got) == math.Signbit(want):
		return 0
	case got == 0 && want == 0 || math.IsInf(want, 0) || math.IsInf(got, 0):
		return math.Inf(1)
	case math.Signbit(got) != math.Signbit(want) && got != 0 && want != 0:
		return math.Inf(1)
	}
	var a, b uint64
	if single {
		a, b = uint64(math.Float32bits(float32(math.Abs(got)))), uint64(math.Float32bits(float32(math.Abs(want))))
	} else {
		a, b = math.Float64bits(math.Abs(got)), math.Float64bits(math.Abs(want))
	}
	return float64(max(a, b) - min(a, b))
}
