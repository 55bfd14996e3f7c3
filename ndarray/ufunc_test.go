package ndarray

import (
	"fmt"
	"math"
	"math/cmplx"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

type ufuncCase struct {
	Ufunc string   `json:"ufunc"`
	Args  []golden `json:"args"`
	Out   golden   `json:"out"`
}

// TestUfuncGolden runs every ufunc on every dtype NumPy computed it for, on
// contiguous and reversed (negative-stride) operands.
func TestUfuncGolden(t *testing.T) {
	var cases []ufuncCase
	loadGolden(t, "testdata/ufunc/cases.json", &cases)
	ran := 0
	for _, c := range cases {
		if _, ok := ufuncTables[c.Ufunc]; !ok {
			t.Errorf("ufunc %s has golden data but no kernel table", c.Ufunc)
			continue
		}
		var ok bool
		switch c.Args[0].Dtype {
		case "bool":
			ok = runUfuncCase[bool](t, c)
		case "int8":
			ok = runUfuncCase[int8](t, c)
		case "int16":
			ok = runUfuncCase[int16](t, c)
		case "int32":
			ok = runUfuncCase[int32](t, c)
		case "int64":
			ok = runUfuncCase[int64](t, c)
		case "uint8":
			ok = runUfuncCase[uint8](t, c)
		case "uint16":
			ok = runUfuncCase[uint16](t, c)
		case "uint32":
			ok = runUfuncCase[uint32](t, c)
		case "uint64":
			ok = runUfuncCase[uint64](t, c)
		case "float32":
			ok = runUfuncCase[float32](t, c)
		case "float64":
			ok = runUfuncCase[float64](t, c)
		case "complex64":
			ok = runUfuncCase[complex64](t, c)
		case "complex128":
			ok = runUfuncCase[complex128](t, c)
		}
		if ok {
			ran++
		} else {
			t.Logf("%s on %s: NumPy has it, numgo does not", c.Ufunc, c.Args[0].Dtype)
		}
	}
	t.Logf("ran %d of %d NumPy cases", ran, len(cases))
}

func runUfuncCase[T Dtype](t *testing.T, c ufuncCase) bool {
	table := ufuncTables[c.Ufunc]
	if table[TypeOf[T]()] == nil {
		return false
	}
	args := make([]*Array[T], len(c.Args))
	for i, g := range c.Args {
		args[i] = goldenAs[T](g)
	}
	for _, layout := range []string{"contiguous", "reversed"} {
		in, want := args, c.Out
		if layout == "reversed" {
			in = make([]*Array[T], len(args))
			for i, a := range args {
				in[i] = reverseLast(a)
			}
			want = reversedGolden(c.Out)
		}
		name := fmt.Sprintf("%s(%s)/%s", c.Ufunc, c.Args[0].Dtype, layout)
		// Complex power is exp(b*log(a)), whose rounding errors grow with
		// |b*log(a)|; NumPy computes complex64 powers in single precision.
		ulps := 16.0 // a broad check; cmath_test.go holds the complex functions to 6 ulp
		if c.Ufunc == "power" {
			ulps = 64
		}
		switch k := table[TypeOf[T]()].(type) {
		case binaryKernel[T, T]:
			checkClose(t, name, binaryTo[T, T](name, table, nil, in[0], in[1]), want, ulps, in...)
		case binaryKernel[T, bool]:
			checkClose(t, name, binaryTo[T, bool](name, table, nil, in[0], in[1]), want, ulps, in...)
		case binaryKernel[T, float64]: // FloatPower of integers and float32
			checkClose(t, name, binaryTo[T, float64](name, table, nil, in[0], in[1]), want, ulps, in...)
		case unaryKernel[T, T]:
			checkClose(t, name, unaryTo[T, T](name, table, nil, in[0]), want, ulps, in...)
		case unaryKernel[T, bool]:
			checkClose(t, name, unaryTo[T, bool](name, table, nil, in[0]), want, ulps, in...)
		default:
			t.Fatalf("%s: unexpected kernel type %T", name, k)
		}
	}
	return true
}

func reversedGolden(g golden) golden {
	r := g
	r.Data = make([]any, len(g.Data))
	for i, v := range g.Data {
		r.Data[len(g.Data)-1-i] = v
	}
	return r
}

// checkClose compares got with NumPy's want to within about ulps units in
// the last place for floating-point types (math libraries differ in the
// last bits), and exactly otherwise.
func checkClose[T, U Dtype](t *testing.T, name string, got *Array[T], want golden, ulps float64, inputs ...*Array[U]) {
	t.Helper()
	w := goldenAs[T](want)
	if !sameShape(got.shape, w.shape) {
		t.Errorf("%s: shape %v, want %v", name, got.shape, w.shape)
		return
	}
	var opt cmp.Option = cmpopts.EquateComparable()
	switch TypeOf[T]() {
	case Float32, Complex64:
		opt = cmp.Options{cmpopts.EquateApprox(ulps*0x1p-24, 1e-37), cmpopts.EquateNaNs()}
	case Float64, Complex128:
		opt = cmp.Options{cmpopts.EquateApprox(ulps*0x1p-53, 1e-300), cmpopts.EquateNaNs()}
	}
	if diff := cmp.Diff(w.ToSlice(), got.ToSlice(), opt, complexApprox(TypeOf[T](), ulps)); diff != "" {
		ins := make([][]U, len(inputs))
		for i, a := range inputs {
			ins[i] = a.ToSlice()
		}
		t.Errorf("%s: differs from NumPy (-numpy +numgo):\n%s\ninputs: %v", name, diff, ins)
	}
}

// complexApprox compares complex numbers to within a relative tolerance of
// their modulus (a part much smaller than the other carries only absolute
// accuracy), NaN parts equal.
func complexApprox(typ Type, ulps float64) cmp.Option {
	frac := ulps * 0x1p-53
	if typ == Complex64 {
		frac = ulps * 0x1p-24
	}
	return cmp.Options{
		cmp.Comparer(func(x, y complex128) bool { return closeParts(x, y, frac) }),
		cmp.Comparer(func(x, y complex64) bool { return closeParts(complex128(x), complex128(y), frac) }),
	}
}

func closeParts(x, y complex128, frac float64) bool {
	if cmplx.IsNaN(x) || cmplx.IsNaN(y) || cmplx.IsInf(x) || cmplx.IsInf(y) {
		same := func(a, b float64) bool { return a == b || (math.IsNaN(a) && math.IsNaN(b)) }
		return same(real(x), real(y)) && same(imag(x), imag(y))
	}
	return cmplx.Abs(x-y) <= frac*max(cmplx.Abs(x), cmplx.Abs(y))+1e-300
}

// TestRowBroadcastGolden checks binary ufuncs of a matrix and a row, which
// run in flat runs against a tile of rows (blockRuns), against NumPy:
// into a new result, into the operand of the result's shape itself (a +=
// row), and split over goroutines.
func TestRowBroadcastGolden(t *testing.T) {
	var cases []ufuncCase
	loadGolden(t, "testdata/ufunc/rows.json", &cases)
	for _, c := range cases {
		switch c.Args[0].Dtype {
		case "bool":
			runRowCase[bool](t, c)
		case "int8":
			runRowCase[int8](t, c)
		case "int32":
			runRowCase[int32](t, c)
		case "float32":
			runRowCase[float32](t, c)
		case "float64":
			runRowCase[float64](t, c)
		case "complex128":
			runRowCase[complex128](t, c)
		default:
			t.Errorf("%s: no test for dtype %s", c.Ufunc, c.Args[0].Dtype)
		}
	}
}

func runRowCase[T Dtype](t *testing.T, c ufuncCase) {
	table := ufuncTables[c.Ufunc]
	a, b := goldenAs[T](c.Args[0]), goldenAs[T](c.Args[1])
	name := fmt.Sprintf("%s%v%v", c.Ufunc, a.Shape(), b.Shape())
	if _, ok := table[TypeOf[T]()].(binaryKernel[T, bool]); ok {
		checkClose(t, name, binaryTo[T, bool](name, table, nil, a, b), c.Out, 0, a, b)
		return
	}
	checkClose(t, name, binaryTo[T, T](name, table, nil, a, b), c.Out, 0, a, b)
	withParallelMin(64, func() {
		checkClose(t, name+"/parallel", binaryTo[T, T](name, table, nil, a, b), c.Out, 0, a, b)
	})
	switch out := c.Out.Shape; {
	case slices.Equal(a.Shape(), out):
		d := a.Copy()
		checkClose(t, name+"/in-place", binaryTo[T, T](name, table, d, d, b), c.Out, 0, a, b)
	case slices.Equal(b.Shape(), out):
		d := b.Copy()
		checkClose(t, name+"/in-place", binaryTo[T, T](name, table, d, a, d), c.Out, 0, a, b)
	}
}

// TestSinglePrecisionSteps checks float32 results that NumPy computes in
// single precision step by step, bit for bit (found by the differential
// audit: computed in float64 and rounded, they were an ulp off):
// rad2deg's factor 180f/πf, npy_divmodf's quotient and remainder, and
// isclose's tolerance.
func TestSinglePrecisionSteps(t *testing.T) {
	f32 := func(bits ...uint32) *Array[float32] {
		x := make([]float32, len(bits))
		for i, b := range bits {
			x[i] = math.Float32frombits(b)
		}
		return FromSlice(x)
	}
	// NumPy 1.24: np.rad2deg, np.deg2rad, np.floor_divide, np.remainder of
	// these float32 arrays, as bits.
	a, b := FromSlice([]float32{1e10, 7.3, -1e10}), FromSlice([]float32{-745, 0.1, 3.3})
	for _, c := range []struct {
		name      string
		got, want *Array[float32]
	}{
		{"Rad2Deg", Rad2Deg(FromSlice([]float32{1, 2.5, -0.3})), f32(0x42652ee0, 0x430f3d4c, 0xc1898287)},
		{"Deg2Rad", Deg2Rad(FromSlice([]float32{1, 90, -33.3})), f32(0x3c8efa35, 0x3fc90fdb, 0xbf14c92c)},
		{"FloorDivide", FloorDivide(a, b), f32(0xcb4cd0e2, 0x42920000, 0xcf349ec1)},
		{"Remainder", Remainder(a, b), f32(0xc31b0000, 0x33b00000, 0x40403fb9)},
	} {
		if !ArrayEqual(c.got, c.want) {
			t.Errorf("%s = %v, NumPy %v", c.name, c.got.ToSlice(), c.want.ToSlice())
		}
	}
	// |1.5 - 0.49999997| rounds to 1 in float32.
	if !IsClose(Scalar[float32](1.5), Scalar[float32](0.49999997), RTol(0), ATol(1)).Item() ||
		!IsClose(Scalar[complex64](1.5), Scalar[complex64](0.49999997), RTol(0), ATol(1)).Item() {
		t.Error("IsClose(1.5, 0.49999997, RTol(0), ATol(1)) in single precision is false; NumPy: true")
	}
}
