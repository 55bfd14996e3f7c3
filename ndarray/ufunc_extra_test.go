package ndarray

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// extraCase is a case of testdata/ufunc/extra.json: a ufunc of the second
// batch (Logaddexp ... Positive) with NumPy's results, two for Frexp and
// Modf.
type extraCase struct {
	Ufunc string   `json:"ufunc"`
	Args  []golden `json:"args"`
	Outs  []golden `json:"outs"`
}

// extraUlps is how far, in units in the last place of T, each ufunc of the
// batch may be from NumPy; the others must agree bit for bit (signed zeros
// included). Logaddexp, Logaddexp2 and Sinc round as NumPy's steps do, but
// their libm calls (expf, log1pf, NumPy's SIMD sinf) may round the other
// way; FloatPower's pow differs from glibc's in the last bit at times.
var extraUlps = map[string]uint64{"logaddexp": 2, "logaddexp2": 2, "sinc": 2, "float_power": 1}

// extraLayouts are the layouts each case runs its operands in: NumPy's
// values in a C-order array, in a Fortran-order one (the transpose of a
// copy of the transpose) and in a view with negative strides along every
// axis.
var extraLayouts = []string{"C", "Fortran", "reversed"}

func relayout[T Dtype](a *Array[T], layout string) *Array[T] {
	switch {
	case layout == "Fortran":
		return a.T().Copy().T()
	case layout == "reversed" && a.Ndim() > 0:
		flip := strings.TrimSuffix(strings.Repeat("::-1,", a.Ndim()), ",")
		return a.Slice(flip).Copy().Slice(flip)
	}
	return a
}

// transposedDst returns a zero array of the given shape that is the
// transpose of a C-order one, a destination no kernel writes in one run.
func transposedDst[T Dtype](shape []int) *Array[T] {
	rev := slices.Clone(shape)
	slices.Reverse(rev)
	return Zeros[T](rev...).T()
}

// TestUfuncExtraGolden runs the second batch of ufuncs on NumPy's special
// values (subnormals, the extremes, NaN, the infinities, exponents beyond
// int32's range), broadcast, in every layout of extraLayouts, into a new
// result and through the To form into a transposed destination, and checks
// the errors numgo reports at run time against NumPy's.
func TestUfuncExtraGolden(t *testing.T) {
	var doc struct {
		Cases  []extraCase
		Errors []struct {
			Ufunc string
			Args  []golden
			Error string
		}
	}
	loadGolden(t, "testdata/ufunc/extra.json", &doc)
	for _, c := range doc.Cases {
		switch dtype := c.Args[0].Dtype; {
		case c.Ufunc == "ldexp" || c.Ufunc == "frexp" || c.Ufunc == "modf":
			if dtype == "float32" {
				runTwoTypeCase[float32](t, c)
			} else {
				runTwoTypeCase[float64](t, c)
			}
		case dtype == "int8":
			runExtraCase[int8](t, c)
		case dtype == "int16":
			runExtraCase[int16](t, c)
		case dtype == "int32":
			runExtraCase[int32](t, c)
		case dtype == "int64":
			runExtraCase[int64](t, c)
		case dtype == "uint8":
			runExtraCase[uint8](t, c)
		case dtype == "uint16":
			runExtraCase[uint16](t, c)
		case dtype == "uint32":
			runExtraCase[uint32](t, c)
		case dtype == "uint64":
			runExtraCase[uint64](t, c)
		case dtype == "float32":
			runExtraCase[float32](t, c)
		case dtype == "float64":
			runExtraCase[float64](t, c)
		case dtype == "complex64":
			runExtraCase[complex64](t, c)
		case dtype == "complex128":
			runExtraCase[complex128](t, c)
		default:
			t.Errorf("%s: no test for dtype %s", c.Ufunc, dtype)
		}
	}
	for _, e := range doc.Errors {
		x := goldenAs[float64](e.Args[0])
		var f func()
		switch e.Args[1].Dtype {
		case "uint64":
			f = func() { Ldexp(x, goldenAs[uint64](e.Args[1])) }
		case "int64":
			f = func() { Ldexp(x, goldenAs[int64](e.Args[1])) }
		default:
			f = func() { Logaddexp(x, goldenAs[float64](e.Args[1])) }
		}
		op := map[string]string{"ldexp": "Ldexp", "logaddexp": "Logaddexp"}[e.Ufunc]
		want := "ndarray: " + op + ": " + e.Error
		if err := catch(f); err == nil || err.Error() != want || !errors.Is(err, ErrValue) && !errors.Is(err, ErrShape) {
			t.Errorf("%s of %s and %s%v: got %v, want %q", op, e.Args[0].Dtype, e.Args[1].Dtype, e.Args[1].Shape, err, want)
		}
	}
}

// runExtraCase runs a case of a ufunc of the kernel tables.
func runExtraCase[T Dtype](t *testing.T, c extraCase) {
	table, ok := ufuncTables[c.Ufunc]
	if !ok || table[TypeOf[T]()] == nil {
		t.Errorf("%s on %s: NumPy has it, numgo does not", c.Ufunc, c.Args[0].Dtype)
		return
	}
	want, ulps := c.Outs[0], extraUlps[c.Ufunc]
	if t := TypeOf[T](); t == Complex64 || t == Complex128 {
		ulps = 6 // the complex sine and division, as cmath_test.go holds them
	}
	for _, layout := range extraLayouts {
		in := make([]*Array[T], len(c.Args))
		for i, g := range c.Args {
			in[i] = relayout(goldenAs[T](g), layout)
		}
		name := fmt.Sprintf("%s(%s%v)/%s", c.Ufunc, c.Args[0].Dtype, c.Args[0].Shape, layout)
		switch table[TypeOf[T]()].(type) {
		case binaryKernel[T, T]:
			checkUlps(t, name, binaryTo[T, T](name, table, nil, in[0], in[1]), want, ulps)
			checkUlps(t, name+"/To", binaryTo(name, table, transposedDst[T](want.Shape), in[0], in[1]), want, ulps)
		case binaryKernel[T, float64]:
			checkUlps(t, name, binaryTo[T, float64](name, table, nil, in[0], in[1]), want, ulps)
			checkUlps(t, name+"/To", binaryTo(name, table, transposedDst[float64](want.Shape), in[0], in[1]), want, ulps)
		case unaryKernel[T, T]:
			checkUlps(t, name, unaryTo[T, T](name, table, nil, in[0]), want, ulps)
			checkUlps(t, name+"/To", unaryTo(name, table, transposedDst[T](want.Shape), in[0]), want, ulps)
		case unaryKernel[T, bool]:
			checkUlps(t, name, unaryTo[T, bool](name, table, nil, in[0]), want, ulps)
			checkUlps(t, name+"/To", unaryTo(name, table, transposedDst[bool](want.Shape), in[0]), want, ulps)
		default:
			t.Fatalf("%s: unexpected kernel type %T", name, table[TypeOf[T]()])
		}
	}
}

// runTwoTypeCase runs a case of Ldexp, Frexp or Modf, whose operands or
// results have two types. Ldexp runs with the exponents in each integer
// type that holds them: NumPy's result is the same for all.
func runTwoTypeCase[T Float](t *testing.T, c extraCase) {
	for _, layout := range extraLayouts {
		x := relayout(goldenAs[T](c.Args[0]), layout)
		name := fmt.Sprintf("%s(%s%v)/%s", c.Ufunc, c.Args[0].Dtype, c.Args[0].Shape, layout)
		out := c.Outs[0].Shape
		switch c.Ufunc {
		case "ldexp":
			e := relayout(goldenAs[int64](c.Args[1]), layout)
			checkUlps(t, name, Ldexp(x, e), c.Outs[0], 0)
			checkUlps(t, name+"/To", LdexpTo(transposedDst[T](out), x, e), c.Outs[0], 0)
			checkLdexpAs[int](t, name, x, e, c.Outs[0])
			checkLdexpAs[int32](t, name, x, e, c.Outs[0])
			checkLdexpAs[int16](t, name, x, e, c.Outs[0])
			checkLdexpAs[int8](t, name, x, e, c.Outs[0])
			checkLdexpAs[uint8](t, name, x, e, c.Outs[0])
			checkLdexpAs[uint16](t, name, x, e, c.Outs[0])
			checkLdexpAs[uint32](t, name, x, e, c.Outs[0])
		case "frexp":
			m, e := Frexp(x)
			checkUlps(t, name+"/mantissa", m, c.Outs[0], 0)
			checkUlps(t, name+"/exponent", e, c.Outs[1], 0)
			m, e = FrexpTo(transposedDst[T](out), transposedDst[int32](out), x)
			checkUlps(t, name+"/To/mantissa", m, c.Outs[0], 0)
			checkUlps(t, name+"/To/exponent", e, c.Outs[1], 0)
		case "modf":
			f, i := Modf(x)
			checkUlps(t, name+"/frac", f, c.Outs[0], 0)
			checkUlps(t, name+"/integral", i, c.Outs[1], 0)
			f, i = ModfTo(transposedDst[T](out), transposedDst[T](out), x)
			checkUlps(t, name+"/To/frac", f, c.Outs[0], 0)
			checkUlps(t, name+"/To/integral", i, c.Outs[1], 0)
		}
	}
}

// checkLdexpAs checks Ldexp with the exponents e converted to E, if E
// holds them all.
func checkLdexpAs[E Integer, T Float](t *testing.T, name string, x *Array[T], e *Array[int64], want golden) {
	t.Helper()
	eE := Convert[E](e)
	if !ArrayEqual(Convert[int64](eE), e) {
		return
	}
	checkUlps(t, fmt.Sprintf("%s/exponents %s", name, TypeOf[E]()), Ldexp(x, eE), want, 0)
}

// checkUlps compares got with NumPy's want: floats to within ulps units in
// the last place of their own type, bit for bit when ulps is 0 (a NaN
// matches any NaN), complex numbers to within ulps of their modulus, other
// types exactly.
func checkUlps[T Dtype](t *testing.T, name string, got *Array[T], want golden, ulps uint64) {
	t.Helper()
	w := goldenAs[T](want)
	if !sameShape(got.Shape(), w.Shape()) {
		t.Errorf("%s: shape %v, NumPy %v", name, got.Shape(), w.Shape())
		return
	}
	gs, ws := got.ToSlice(), w.ToSlice()
	bad := -1
	switch g := any(gs).(type) {
	case []float32:
		bad = floatsDiffer(g, any(ws).([]float32), ulps)
	case []float64:
		bad = floatsDiffer(g, any(ws).([]float64), ulps)
	case []complex64:
		bad = complexDiffer(g, any(ws).([]complex64), float64(ulps)*0x1p-24)
	case []complex128:
		bad = complexDiffer(g, any(ws).([]complex128), float64(ulps)*0x1p-53)
	default:
		for i := range gs {
			if gs[i] != ws[i] {
				bad = i
				break
			}
		}
	}
	if bad >= 0 {
		t.Errorf("%s: element %d is %v, NumPy %v (within %d ulp)", name, bad, gs[bad], ws[bad], ulps)
	}
}

// complexDiffer returns the first index where got and want differ by
// more than frac of their modulus (closeParts: a part much smaller than
// the other carries only absolute accuracy, and NumPy computes complex64 in
// single precision), or -1.
func complexDiffer[C Complex](got, want []C, frac float64) int {
	for i := range got {
		if !closeParts(complex128(got[i]), complex128(want[i]), frac) {
			return i
		}
	}
	return -1
}

// floatsDiffer returns the first index where got and want are more than
// ulps apart, or -1.
func floatsDiffer[F Float](got, want []F, ulps uint64) int {
	for i := range got {
		x, y := got[i], want[i]
		switch {
		case x != x || y != y:
			if x == x || y == y {
				return i
			}
		case ulps == 0:
			if math.Float64bits(float64(x)) != math.Float64bits(float64(y)) {
				return i
			}
		case ulpsApart(x, y) > ulps:
			return i
		}
	}
	return -1
}

// ulpsApart returns the number of values of F from x to y, counted on
// the integers that order F's bit patterns (±0 count as equal).
func ulpsApart[F Float](x, y F) uint64 {
	ordered := func(v F) int64 {
		var b int64
		if _, ok := any(v).(float32); ok {
			b = int64(int32(math.Float32bits(float32(v))))
			if b < 0 {
				b = math.MinInt32 - b
			}
			return b
		}
		b = int64(math.Float64bits(float64(v)))
		if b < 0 {
			b = math.MinInt64 - b
		}
		return b
	}
	a, b := ordered(x), ordered(y)
	if a < b {
		a, b = b, a
	}
	return uint64(a) - uint64(b)
}

// TestTwoTypeUfuncsAliasing checks the drivers of Ldexp, Frexp and Modf
// that the kernel tables do not serve: results written over an input
// (NumPy's out=x), a result that overlaps an input in another layout (read
// before it is overwritten), inputs left unchanged, and the shape panics.
func TestTwoTypeUfuncsAliasing(t *testing.T) {
	x := FromSlice([]float64{-2.5, 0.75, 6, math.Copysign(0, -1), 1e300, 3.25}).Reshape(2, 3)
	e := FromSlice([]int8{3, -2, 1})
	orig := x.Copy()
	frac, integral := Modf(x)
	m, k := Frexp(x)
	scaled := Ldexp(x, e)
	if !ArrayEqual(x, orig) {
		t.Fatalf("Modf, Frexp and Ldexp changed their input: %v", x)
	}
	y := x.Copy()
	if f, i := ModfTo(y, nil, y); f != y || !ArrayEqual(f, frac) || !ArrayEqual(i, integral) {
		t.Errorf("ModfTo(x, nil, x) = %v, %v; want %v, %v", f, i, frac, integral)
	}
	// np.modf(x, out=(y, y)) leaves the fractional parts, stored last.
	y = Zeros[float64](2, 3)
	if f, i := ModfTo(y, y, x); !ArrayEqual(f, frac) || !ArrayEqual(i, frac) {
		t.Errorf("ModfTo(y, y, x) = %v, %v; want the fractions %v", f, i, frac)
	}
	y = x.Copy()
	if got, ex := FrexpTo(y, nil, y); !ArrayEqual(got, m) || !ArrayEqual(ex, k) {
		t.Errorf("FrexpTo(x, nil, x) = %v, %v; want %v, %v", got, ex, m, k)
	}
	y = x.Copy()
	if got := LdexpTo(y, y, e); !ArrayEqual(got, scaled) {
		t.Errorf("LdexpTo(x, x, e) = %v, want %v", got, scaled)
	}
	sq := Arange[float64](9).Reshape(3, 3)
	want := Ldexp(sq.T().Copy(), Scalar(1))
	if got := LdexpTo(sq, sq.T(), Scalar(1)); !ArrayEqual(got, want) {
		t.Errorf("LdexpTo(x, x.T, 1) = %v, want %v", got, want)
	}
	for name, f := range map[string]func(){
		"ModfTo shapes differ":     func() { ModfTo(Zeros[float64](2, 3), Zeros[float64](3, 2), x) },
		"FrexpTo wrong shape":      func() { FrexpTo(nil, Zeros[int32](3), x) },
		"LdexpTo wrong shape":      func() { LdexpTo(Zeros[float64](3), x, e) },
		"Ldexp does not broadcast": func() { Ldexp(x, Zeros[int](2)) },
	} {
		if err := catch(f); !errors.Is(err, ErrShape) {
			t.Errorf("%s: %v, want a *ShapeError", name, err)
		}
	}
}
