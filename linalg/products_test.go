package linalg

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/numgo/numgo/internal/golden"
	"github.com/numgo/numgo/ndarray"
)

// goldenArray is an array as testdata/gen_linalg_products.py writes it.
type goldenArray struct {
	Dtype       string `json:"dtype"`
	Shape       []int  `json:"shape"`
	Data        []any  `json:"data"`
	BroadcastTo []int  `json:"broadcast_to"`
	Pattern     []int  `json:"pattern"` // [mul, mod, sub]: element i is (i*mul % mod) - sub
}

type productCase struct {
	Func       string        `json:"func"`
	Kind       string        `json:"kind"`
	Args       []goldenArray `json:"args"`
	Out        *goldenArray  `json:"out"`
	Error      string        `json:"error"`
	OwnMessage bool          `json:"own_message"`
	Params     struct {
		AxesA      []int  `json:"axes_a"`
		AxesB      []int  `json:"axes_b"`
		N          int    `json:"n"`
		Offset     int    `json:"offset"`
		Axes       []int  `json:"axes"`
		Subscripts string `json:"subscripts"`
		Side       string `json:"side"`
	} `json:"params"`
}

func (c *productCase) name() string {
	shapes := make([]string, len(c.Args))
	for i, a := range c.Args {
		shapes[i] = shapeString(a.Shape)
	}
	p := c.Params
	return fmt.Sprintf("%s/%s%q%s/%s", c.Func, c.Kind, p.Subscripts, p.Side, strings.Join(shapes, "x"))
}

var loadCases = sync.OnceValues(func() ([]productCase, error) {
	b, err := os.ReadFile("testdata/products/cases.json")
	if err != nil {
		return nil, err
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var cases []productCase
	return cases, d.Decode(&cases)
})

func goldenCases(t *testing.T) []productCase {
	t.Helper()
	cases, err := loadCases()
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// fromComplex converts a golden value to T; integers are exact.
func fromComplex[T ndarray.Number](c complex128) T {
	var out T
	switch p := any(&out).(type) {
	case *complex64:
		*p = complex64(c)
	case *complex128:
		*p = c
	case *float32:
		*p = float32(real(c))
	case *float64:
		*p = real(c)
	default:
		out = ndarray.Convert[T](ndarray.Scalar(int64(real(c)))).Item()
	}
	return out
}

func toComplex[T ndarray.Number](v T) complex128 {
	switch x := any(v).(type) {
	case complex64:
		return complex128(x)
	case complex128:
		return x
	case float32:
		return complex(float64(x), 0)
	case float64:
		return complex(x, 0)
	}
	return complex(float64(ndarray.Convert[int64](ndarray.Scalar(v)).Item()), 0)
}

func (g goldenArray) array() *ndarray.Array[complex128] {
	data := make([]complex128, len(g.Data))
	for i, v := range g.Data {
		data[i] = golden.Complex(v)
	}
	return ndarray.FromSlice(data, g.Shape...)
}

func goldenAs[T ndarray.Number](g goldenArray) *ndarray.Array[T] {
	data := make([]T, len(g.Data))
	for i, v := range g.Data {
		data[i] = fromComplex[T](golden.Complex(v))
	}
	if p := g.Pattern; p != nil {
		ints := make([]int64, prod(g.Shape))
		for i := range ints {
			ints[i] = int64(i*p[0]%p[1] - p[2])
		}
		data = ndarray.Convert[T](ndarray.FromSlice(ints)).Data()
	}
	a := ndarray.FromSlice(data, g.Shape...)
	if g.BroadcastTo != nil {
		a = a.BroadcastTo(g.BroadcastTo...)
	}
	return a
}

// layouts are the memory layouts every product is checked on: C order,
// Fortran order, the last two axes swapped (BLAS's transpose flag), the last
// axis reversed (negative stride) and stepped (stride 2).
var layouts = []string{"C", "F", "swapped", "reversed", "stepped"}

// inLayout returns a view with a's values in layouts[l].
func inLayout[T ndarray.Number](a *ndarray.Array[T], l int) *ndarray.Array[T] {
	if layouts[l] == "C" || a.Size() == 0 {
		return a
	}
	c := a.AsContiguous()
	switch layouts[l] {
	case "F":
		return c.T().Copy().T()
	case "swapped":
		if a.Ndim() < 2 {
			return a
		}
		return c.SwapAxes(-1, -2).Copy().SwapAxes(-1, -2)
	case "reversed":
		if a.Ndim() == 0 {
			return a
		}
		return c.Slice("..., ::-1").Copy().Slice("..., ::-1")
	}
	if a.Ndim() == 0 {
		return a
	}
	shape := c.Shape()
	shape[len(shape)-1] *= 2
	v := ndarray.Zeros[T](shape...).Slice("..., ::2")
	ndarray.CopyTo(v, c)
	return v
}

// matmulOperands returns the operands of a golden matmul or gram case:
// for gram, the array and its transpose, one memory.
func matmulOperands[T ndarray.Number](c *productCase, args []*ndarray.Array[T]) (a, b *ndarray.Array[T], ok bool) {
	switch {
	case c.Func == "matmul":
		return args[0], args[1], true
	case c.Func == "gram" && c.Params.Side == "left":
		return args[0].T(), args[0], true
	case c.Func == "gram":
		return args[0], args[0].T(), true
	}
	return nil, nil, false
}

// callProduct runs the function a golden case names.
func callProduct[T ndarray.Number](c *productCase, args []*ndarray.Array[T]) *ndarray.Array[T] {
	p := c.Params
	if a, b, ok := matmulOperands(c, args); ok {
		return Matmul(a, b)
	}
	switch c.Func {
	case "dot":
		return Dot(args[0], args[1])
	case "vdot":
		return ndarray.Scalar(Vdot(args[0], args[1]))
	case "inner":
		return Inner(args[0], args[1])
	case "outer":
		return Outer(args[0], args[1])
	case "tensordot":
		return Tensordot(args[0], args[1], p.AxesA, p.AxesB)
	case "tensordot_n":
		return TensordotN(args[0], args[1], p.N)
	case "kron":
		return Kron(args[0], args[1])
	case "trace":
		return Trace(args[0], p.Offset, p.Axes...)
	case "multi_dot":
		return MultiDot(args...)
	case "einsum":
		return Einsum(p.Subscripts, args...)
	}
	panic("unknown golden function " + c.Func)
}

// kindsOf lists the golden kinds a dtype runs, with the relative tolerance
// for each.
func kindsOf[T ndarray.Number]() map[string]float64 {
	switch ndarray.TypeOf[T]() {
	case ndarray.Float64:
		return map[string]float64{"int": 0, "float": 1e-12}
	case ndarray.Float32:
		return map[string]float64{"int": 0, "float": 2e-5}
	case ndarray.Complex128:
		return map[string]float64{"int": 0, "complex": 0}
	case ndarray.Complex64:
		return map[string]float64{"int": 0, "complex": 0}
	case ndarray.Int8:
		return map[string]float64{"int8": 0}
	}
	return map[string]float64{"int": 0}
}

func testGolden[T ndarray.Number](t *testing.T) {
	kinds := kindsOf[T]()
	for i := range goldenCases(t) {
		c := &goldenCases(t)[i]
		tol, ok := kinds[c.Kind]
		if !ok {
			continue
		}
		want := c.Out.array()
		for l := range layouts {
			args := make([]*ndarray.Array[T], len(c.Args))
			before := make([][]T, len(c.Args))
			for k, g := range c.Args {
				args[k] = inLayout(goldenAs[T](g), l)
				before[k] = args[k].ToSlice()
			}
			name := c.name() + "/" + layouts[l]
			got := callProduct(c, args)
			checkClose(t, name, got, want, tol)
			for k := range args {
				if !slices.Equal(args[k].ToSlice(), before[k]) {
					t.Errorf("%s: input %d modified", name, k)
				}
			}
			if a, b, ok := matmulOperands(c, args); ok {
				// dst starts as NaN (77 for integers), so an element
				// that a kernel leaves unwritten, or computes as
				// beta*dst, fails.
				poison := fromComplex[T](complex(math.NaN(), math.NaN()))
				if isInteger[T]() {
					poison = 77
				}
				for _, order := range []string{"C", "F"} {
					dst := ndarray.Full(poison, want.Shape()...)
					if order == "F" {
						dst = ndarray.Full(poison, reversed(want.Shape())...).T()
					}
					if r := MatmulTo(dst, a, b); r != dst {
						t.Errorf("%s: MatmulTo did not return dst", name)
					}
					checkClose(t, name+"/MatmulTo-"+order, dst, want, tol)
				}
			}
		}
	}
}

func reversed(s []int) []int {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// checkClose compares got with NumPy's want: exactly for tol 0, else within
// tol relative to the largest element of want (sums cancel, so a per-element
// relative error is meaningless near zero).
func checkClose[T ndarray.Number](t *testing.T, name string, got *ndarray.Array[T], want *ndarray.Array[complex128], tol float64) {
	t.Helper()
	if !slices.Equal(got.Shape(), want.Shape()) {
		t.Errorf("%s: shape %v, NumPy %v", name, got.Shape(), want.Shape())
		return
	}
	w := want.ToSlice()
	scale := 1.0
	for _, v := range w {
		scale = max(scale, cmplx.Abs(v))
	}
	for i, v := range got.ToSlice() {
		g := toComplex(v)
		if tol == 0 {
			if fromComplex[T](w[i]) != v {
				t.Errorf("%s: element %d = %v, NumPy %v", name, i, g, w[i])
				return
			}
			continue
		}
		if cmplx.Abs(g-w[i]) > tol*scale {
			t.Errorf("%s: element %d = %v, NumPy %v (tolerance %g)", name, i, g, w[i], tol*scale)
			return
		}
	}
}

// TestGoldenPackB runs the golden cases with packB copying every
// transposed b it may (on a host where the wide kernel runs).
func TestGoldenPackB(t *testing.T) {
	defer func(old int) { packBMin = old }(packBMin)
	packBMin = 0
	testGolden[float64](t)
	testGolden[complex128](t)
}

// TestGoldenWide runs the golden cases with every mid-size product in the
// batch kernel split by rows (gemmRows), as on a host whose BLAS runs
// narrower code than the kernel (OPENBLAS_CORETYPE=Haswell on AVX-512).
func TestGoldenWide(t *testing.T) {
	defer func(old bool) { wideGemm = old }(wideGemm)
	wideGemm = true
	testGolden[float64](t)
	testGolden[float32](t)
	testGolden[complex128](t)
}

func TestGoldenFloat64(t *testing.T)    { testGolden[float64](t) }
func TestGoldenFloat32(t *testing.T)    { testGolden[float32](t) }
func TestGoldenComplex128(t *testing.T) { testGolden[complex128](t) }
func TestGoldenComplex64(t *testing.T)  { testGolden[complex64](t) }
func TestGoldenInt64(t *testing.T)      { testGolden[int64](t) }
func TestGoldenInt32(t *testing.T)      { testGolden[int32](t) }
func TestGoldenInt8(t *testing.T)       { testGolden[int8](t) }

// TestGoldenErrors checks that each mistake NumPy rejects panics with an
// error whose message contains NumPy's.
func TestGoldenErrors(t *testing.T) {
	for i := range goldenCases(t) {
		c := &goldenCases(t)[i]
		if c.Kind != "error" {
			continue
		}
		args := make([]*ndarray.Array[float64], len(c.Args))
		for k, g := range c.Args {
			args[k] = goldenAs[float64](g)
		}
		err := panicOf(func() { callProduct(c, args) })
		switch {
		case err == nil:
			t.Errorf("%s: no panic, NumPy: %s", c.name(), c.Error)
		case !c.OwnMessage && !strings.Contains(err.Error(), c.Error):
			t.Errorf("%s: panic %q, want NumPy's %q", c.name(), err, c.Error)
		}
	}
}

// panicOf returns the error f panics with, or nil.
func panicOf(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			var ok bool
			if err, ok = r.(error); !ok {
				err = fmt.Errorf("non-error panic %v", r)
			}
		}
	}()
	f()
	return nil
}

// TestMatvecStackLayouts runs NumPy's stack of matrix-vector products
// (3, 400, 700) @ (700,) on a permuted view of the stack, whose rows lie
// 3·700 elements apart (the BLAS's lda, or blas.Gemv's, is then not the row
// length), into a fresh result and into a transposed destination, whose
// elements lie 3 apart (a strided y), in float64 and float32.
func TestMatvecStackLayouts(t *testing.T) {
	testMatvecStackLayouts[float64](t)
	testMatvecStackLayouts[float32](t)
}

func testMatvecStackLayouts[T float32 | float64](t *testing.T) {
	for i := range goldenCases(t) {
		c := &goldenCases(t)[i]
		if c.Func != "matmul" || len(c.Args) != 2 || !slices.Equal(c.Args[0].Shape, []int{3, 400, 700}) {
			continue
		}
		want := c.Out.array()
		a, b := goldenAs[T](c.Args[0]), goldenAs[T](c.Args[1])
		perm := ndarray.Empty[T](400, 3, 700)
		ndarray.CopyTo(perm.Transpose(1, 0, 2), a)
		a = perm.Transpose(1, 0, 2)
		checkClose(t, c.name()+"/permuted", Matmul(a, b), want, 0)
		dst := ndarray.Full(T(math.NaN()), 400, 3).T()
		MatmulTo(dst, a, b)
		checkClose(t, c.name()+"/permuted/MatmulTo-transposed", dst, want, 0)
		return
	}
	t.Fatal("no golden case (3, 400, 700) @ (700,)")
}

// TestMatmulToOverlap checks that MatmulTo into a dst that shares memory
// with an operand gives NumPy's product of the operands as they were: dst
// the same array as a or as b, and dst a view of a buffer that overlaps a
// three elements further on.
func TestMatmulToOverlap(t *testing.T) {
	for i := range goldenCases(t) {
		c := &goldenCases(t)[i]
		if c.Func != "matmul" || (c.Kind != "int" && c.Kind != "float") {
			continue
		}
		want := c.Out.array()
		a, b := goldenAs[float64](c.Args[0]), goldenAs[float64](c.Args[1])
		for k, arg := range []*ndarray.Array[float64]{a, b} {
			if !slices.Equal(arg.Shape(), want.Shape()) || c.Args[k].BroadcastTo != nil {
				continue
			}
			name := fmt.Sprintf("%s/dst=operand%d", c.name(), k)
			dst := arg.Copy()
			ops := []*ndarray.Array[float64]{a, b}
			ops[k] = dst
			MatmulTo(dst, ops[0], ops[1])
			checkClose(t, name, dst, want, 1e-12)

			// dst starts three elements after the operand's copy in one
			// buffer, so each element written may still be read.
			n := arg.Size()
			buf := ndarray.Zeros[float64](n + 3)
			op := buf.Slice(fmt.Sprintf(":%d", n)).Reshape(arg.Shape()...)
			ndarray.CopyTo(op, arg)
			dst = buf.Slice("3:").Reshape(arg.Shape()...)
			ops[k] = op
			MatmulTo(dst, ops[0], ops[1])
			checkClose(t, name+"/shifted", dst, want, 1e-12)
		}
	}
}

// TestMatmulGramSyrk checks that a matrix times its own transpose, in
// either order and with the matrix in C or Fortran order, reaches syrk as
// in NumPy, for the four BLAS dtypes, and that the result is exactly
// symmetric, written in full into a NaN-filled dst; the golden "gram"
// cases check the values against NumPy's.
func TestMatmulGramSyrk(t *testing.T) {
	t.Run("float32", testGramSyrk[float32])
	t.Run("float64", testGramSyrk[float64])
	t.Run("complex64", testGramSyrk[complex64])
	t.Run("complex128", testGramSyrk[complex128])
}

func testGramSyrk[T float32 | float64 | complex64 | complex128](t *testing.T) {
	var calls int
	syrkHook = func(n, k int) { calls++ }
	defer func() { syrkHook = nil }()
	r := rand.New(rand.NewPCG(3, 4))
	// 70×90 is above smallGemm, 6×10 below it (not for the batch kernel).
	for _, size := range [][]int{{70, 90}, {6, 10}} {
		testGramSyrkSize[T](t, r, size)
	}
	if calls != 16 {
		t.Errorf("%d products went to syrk, want 16", calls)
	}
}

func testGramSyrkSize[T float32 | float64 | complex64 | complex128](t *testing.T, r *rand.Rand, size []int) {
	x := ndarray.Convert[T](randArray(r, size...))
	if isComplex[T]() {
		x = ndarray.Add(x, ndarray.Mul(ndarray.Convert[T](randArray(r, size...)), ndarray.Scalar(fromComplex[T](1i))))
	}
	for _, order := range []string{"C", "F"} {
		a := x
		if order == "F" {
			a = x.T().Copy().T()
		}
		for _, side := range []string{"left", "right"} {
			p, q := a.T(), a
			if side == "right" {
				p, q = a, a.T()
			}
			n := p.Shape()[0]
			dst := ndarray.Full(fromComplex[T](complex(math.NaN(), math.NaN())), n, n)
			for _, got := range []*ndarray.Array[T]{Matmul(p, q), MatmulTo(dst, p, q)} {
				name := fmt.Sprintf("%v/%s/%s", size, order, side)
				for i := range n {
					for j := range n {
						if v, w := got.At(i, j), got.At(j, i); v != w || v != v {
							t.Fatalf("%s: element (%d,%d) = %v, (%d,%d) = %v", name, i, j, v, j, i, w)
						}
					}
				}
			}
		}
	}
}

// TestMatmulNonFinite checks that an infinity of b meets a's zeros as in
// NumPy (0·Inf is NaN), also where gonum's gemm, in the pure-Go build,
// skips the products of a zero: [[0 1 ...] ...] @ [[Inf 1 ...] ...] is
// NaN at (0, 0), Inf below it and 4 beside it, for a C-ordered,
// transposed or Fortran-ordered operand alike.
func TestMatmulNonFinite(t *testing.T) {
	check := func(name string, got *ndarray.Array[float64]) {
		t.Helper()
		if v := got.At(0, 0); !math.IsNaN(v) {
			t.Errorf("%s[0, 0] = %v, NumPy nan", name, v)
		}
		if v := got.At(1, 0); !math.IsInf(v, 1) {
			t.Errorf("%s[1, 0] = %v, NumPy inf", name, v)
		}
		if v := got.At(0, 1); v != 4 {
			t.Errorf("%s[0, 1] = %v, NumPy 4", name, v)
		}
	}
	a := ndarray.Ones[float64](5, 5)
	a.Set(0, 0, 0)
	b := ndarray.Ones[float64](5, 5)
	b.Set(math.Inf(1), 0, 0)
	check("Matmul", Matmul(a, b))
	check("Matmul(a.T.T)", Matmul(a.T().Copy().T(), b))
	check("Matmul(b Fortran)", Matmul(a, b.T().Copy().T()))
	check("Matmul float32", ndarray.Convert[float64](Matmul(ndarray.Convert[float32](a), ndarray.Convert[float32](b))))
	check("Einsum", Einsum("ij,jk->ik", a, b))
}

// TestMatmulToReadOnly checks that MatmulTo refuses a broadcast view as
// NumPy's out= does ("output array is read-only") and leaves its memory.
func TestMatmulToReadOnly(t *testing.T) {
	base := ndarray.Zeros[float64](4, 4)
	err := panicOf(func() { MatmulTo(base.BroadcastTo(4, 4), ndarray.Ones[float64](4, 4), ndarray.Ones[float64](4, 4)) })
	if !errors.Is(err, ndarray.ErrValue) || !strings.Contains(err.Error(), "output array is read-only") {
		t.Errorf("MatmulTo into a broadcast view: %v, want NumPy's ValueError", err)
	}
	if base.At(0, 0) != 0 {
		t.Errorf("MatmulTo wrote through a read-only view: base[0, 0] = %v", base.At(0, 0))
	}
}
