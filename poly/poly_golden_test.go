package poly

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/cmplx"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/numgo/numgo/internal/golden"
	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

// The golden cases of testdata/cases.json come from NumPy 1.24
// (testdata/gen_poly.py, whose doc explains the tolerances). Each case runs
// one function on one dtype, its first input taken through a view (as is,
// reversed, stepped or transposed), and checks the result, that the inputs
// are unchanged, and NumPy's errors.

type polyCase struct {
	Op        string         `json:"op"`
	Dtype     string         `json:"dtype"`
	In        []golden.Array `json:"in"`
	View      string         `json:"view"`
	M         int            `json:"m"`
	Deg       int            `json:"deg"`
	W         *golden.Array  `json:"w"`
	RCond     *float64       `json:"rcond"`
	Unscaled  bool           `json:"unscaled"`
	Outs      []golden.Array `json:"outs"`
	Error     string         `json:"error"`
	Kind      string         `json:"kind"`
	Atol      []float64      `json:"atol"`
	Scale     *golden.Array  `json:"scale"`
	Tol       float64        `json:"tol"`
	ResidAtol float64        `json:"resid_atol"`
	CovTol    float64        `json:"cov_tol"`
}

func (c polyCase) String() string {
	return fmt.Sprintf("%s/%s/%s/%v", c.Op, c.Dtype, c.View, c.In[0].Shape)
}

func loadCases(t *testing.T) []polyCase {
	t.Helper()
	b, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []polyCase
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestGolden(t *testing.T) {
	cs := loadCases(t)
	counts := map[string]int{}
	for i, c := range cs {
		counts[c.Op]++
		t.Run(fmt.Sprintf("%d/%v", i, c), func(t *testing.T) {
			switch c.Dtype {
			case "float64":
				runCase[float64](t, c)
			case "float32":
				runCase[float32](t, c)
			case "complex128":
				runCase[complex128](t, c)
			case "complex64":
				runCase[complex64](t, c)
			default:
				t.Fatalf("dtype %s", c.Dtype)
			}
		})
	}
	for _, op := range []string{"val", "add", "sub", "mul", "div", "der", "int", "roots", "fromroots", "charpoly", "fit", "fitcov"} {
		if counts[op] == 0 {
			t.Errorf("no golden cases for %s", op)
		}
	}
}

func arrayOf[T linalg.Inexact](a golden.Array) *ndarray.Array[T] {
	return ndarray.FromSlice(golden.Values[T](a.Data), a.Shape...)
}

func view[T linalg.Inexact](a *ndarray.Array[T], v string) *ndarray.Array[T] {
	switch v {
	case "rev":
		return a.Slice("::-1")
	case "step":
		return a.Slice("::2")
	case "t":
		return a.T()
	}
	return a
}

// call runs f, returning what it panicked with (nil if it did not).
func call(f func()) (p any) {
	defer func() { p = recover() }()
	f()
	return nil
}

func runCase[T linalg.Inexact](t *testing.T, c polyCase) {
	ins := make([]*ndarray.Array[T], len(c.In))
	before := make([][]T, len(c.In))
	for i, a := range c.In {
		ins[i] = arrayOf[T](a)
		before[i] = ins[i].ToSlice()
	}
	x := view(ins[0], c.View)
	var got []any // the results, *ndarray.Array[T] or other
	var err error // a returned error
	p := call(func() { got, err = dispatch(c, x, ins) })
	for i, a := range ins {
		if !slices.EqualFunc(a.ToSlice(), before[i], sameValue[T]) {
			t.Errorf("input %d changed", i)
		}
	}
	if c.Kind != "" {
		checkError(t, c, p, err)
		return
	}
	if p != nil {
		t.Fatalf("panic: %v", p)
	}
	if err != nil {
		t.Fatalf("error: %v", err)
	}
	switch c.Op {
	case "fit", "fitcov":
		checkFit[T](t, c, got)
	case "roots":
		checkRoots(t, c, got[0].(*ndarray.Array[complex128]))
	default:
		for i, g := range got {
			checkValues(t, fmt.Sprint("result ", i), g.(*ndarray.Array[T]), c.Outs[i], c.Atol)
		}
	}
}

func dispatch[T linalg.Inexact](c polyCase, x *ndarray.Array[T], ins []*ndarray.Array[T]) ([]any, error) {
	switch c.Op {
	case "val":
		return []any{Val(ins[1], x)}, nil
	case "add":
		return []any{Add(x, ins[1])}, nil
	case "sub":
		return []any{Sub(x, ins[1])}, nil
	case "mul":
		return []any{Mul(x, ins[1])}, nil
	case "div":
		q, r := Div(x, ins[1])
		return []any{q, r}, nil
	case "der":
		return []any{Der(x, c.M)}, nil
	case "int":
		var k []T
		if len(ins) > 1 {
			k = ins[1].ToSlice()
		}
		return []any{Int(x, c.M, k...)}, nil
	case "roots":
		r, err := Roots(x)
		return []any{r}, err
	case "fromroots":
		return []any{FromRoots(x)}, nil
	case "charpoly":
		r, err := CharPoly(x)
		return []any{r}, err
	case "fit", "fitcov":
		y := ins[1]
		if c.View != "c" && y.Ndim() == 2 {
			y = y.Slice(map[string]string{"rev": "::-1", "step": "::2"}[c.View])
		} else {
			y = view(y, c.View)
		}
		var opts []FitOption
		if c.W != nil {
			opts = append(opts, Weights(arrayOf[float64](*c.W)))
		}
		if c.RCond != nil {
			opts = append(opts, RCond(*c.RCond))
		}
		if c.Op == "fitcov" {
			if c.Unscaled {
				opts = append(opts, Unscaled())
			}
			p, cov, err := FitCov(x, y, c.Deg, opts...)
			return []any{p, cov}, err
		}
		r, err := FitFull(x, y, c.Deg, opts...)
		return []any{r}, err
	}
	panic("unknown op " + c.Op)
}

func checkError(t *testing.T, c polyCase, p any, err error) {
	t.Helper()
	var sentinel error
	switch c.Kind {
	case "noconv":
		sentinel = linalg.ErrNoConvergence
	case "notfinite":
		sentinel = linalg.ErrNotFinite
	}
	if sentinel != nil {
		if p != nil || !errors.Is(err, sentinel) {
			t.Fatalf("want an error matching %v, got error %v, panic %v", sentinel, err, p)
		}
		return
	}
	perr, ok := p.(error)
	if !ok {
		t.Fatalf("want a %s panic (%q), got %v (error %v)", c.Kind, c.Error, p, err)
	}
	want := map[string]error{"value": ndarray.ErrValue, "shape": ndarray.ErrShape, "index": ndarray.ErrIndex}[c.Kind]
	if !errors.Is(perr, want) {
		t.Errorf("panic %T %v, want a %s error", p, p, c.Kind)
	}
	if c.Error != "" && !strings.HasSuffix(perr.Error(), ": "+c.Error) {
		t.Errorf("message %q, want NumPy's %q", perr.Error(), c.Error)
	}
}

// sameValue reports whether a and b are equal or both NaN in the same parts.
func sameValue[T linalg.Inexact](a, b T) bool {
	x, y := toComplex(a), toComplex(b)
	return samePart(real(x), real(y)) && samePart(imag(x), imag(y))
}

func samePart(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }

// closePart reports whether got is want to within atol: equal, NaN for NaN
// and infinities of the same sign included; an atol of 0 asks for the same
// bits (NaNs aside).
func closePart(got, want, atol float64) bool {
	if atol == 0 { // NumPy's bits: the sign of a zero too
		return samePart(got, want) && (math.IsNaN(got) || math.Signbit(got) == math.Signbit(want))
	}
	if samePart(got, want) {
		return true
	}
	return !math.IsInf(want, 0) && math.Abs(got-want) <= atol
}

func checkValues[T linalg.Inexact](t *testing.T, name string, got *ndarray.Array[T], want golden.Array, atol []float64) {
	t.Helper()
	if !slices.Equal(got.Shape(), want.Shape) {
		t.Fatalf("%s: shape %v, want %v", name, got.Shape(), want.Shape)
	}
	w := golden.Values[complex128](want.Data)
	for i, v := range got.ToSlice() {
		tol := atol[0]
		if len(atol) > 1 {
			tol = atol[i]
		}
		g := toComplex(v)
		if !closePart(real(g), real(w[i]), tol) || !closePart(imag(g), imag(w[i]), tol) {
			t.Errorf("%s[%d] = %v, want %v (atol %g)", name, i, g, w[i], tol)
		}
	}
}

// checkRoots compares the roots as multisets: each of NumPy's, in turn, is
// matched to the nearest root not matched yet.
func checkRoots(t *testing.T, c polyCase, got *ndarray.Array[complex128]) {
	t.Helper()
	want := golden.Values[complex128](c.Outs[0].Data)
	g := got.ToSlice()
	if len(g) != len(want) {
		t.Fatalf("%d roots %v, want %d %v", len(g), g, len(want), want)
	}
	for _, w := range want {
		j, d := -1, math.Inf(1)
		for i, v := range g {
			if dist := cmplx.Abs(v - w); dist <= d {
				j, d = i, dist
			}
		}
		if d > c.Atol[0] {
			t.Errorf("root %v: nearest %v at %g, tolerance %g (roots %v)", w, g[j], d, c.Atol[0], got.ToSlice())
		}
		g = slices.Delete(g, j, j+1)
	}
}

// checkFit compares fitted coefficients in the scaled space, per column:
// |Δc_i|·scale_i ≤ tol·max_j |c_j·scale_j| + ε_T·|c_i|.
func checkFit[T linalg.Inexact](t *testing.T, c polyCase, got []any) {
	t.Helper()
	scale := golden.Values[float64](c.Scale.Data)
	epsT := epsOf[T]()
	// checkCoef compares g in column i%cols of its flat index i against
	// the largest scaled value of the column.
	checkCoef := func(name string, g *ndarray.Array[T], want golden.Array, tol float64, cols int, scaleOf func(i int) float64) {
		t.Helper()
		if !slices.Equal(g.Shape(), want.Shape) {
			t.Fatalf("%s: shape %v, want %v", name, g.Shape(), want.Shape)
		}
		w := golden.Values[complex128](want.Data)
		gs := g.ToSlice()
		ref := make([]float64, cols)
		for i, v := range w {
			ref[i%cols] = max(ref[i%cols], cmplx.Abs(v)*scaleOf(i))
		}
		for i, v := range w {
			d := cmplx.Abs(toComplex(gs[i])-v) * scaleOf(i)
			if bound := tol*ref[i%cols] + 2*epsT*cmplx.Abs(v)*scaleOf(i); d > bound {
				t.Errorf("%s[%d] = %v, want %v (scaled error %g, bound %g)", name, i, gs[i], v, d, bound)
			}
		}
	}
	cols := 1
	if sh := c.Outs[0].Shape; len(sh) == 2 {
		cols = sh[1]
	}
	coefScale := func(i int) float64 { return scale[i/cols] }
	if c.Op == "fitcov" {
		checkCoef("coef", got[0].(*ndarray.Array[T]), c.Outs[0], c.Tol, cols, coefScale)
		n, k := len(scale), 1
		if sh := c.Outs[1].Shape; len(sh) == 3 {
			k = sh[2]
		}
		// cov[i, j(, l)] scales by scale_i·scale_j
		checkCoef("cov", got[1].(*ndarray.Array[T]), c.Outs[1], c.CovTol, k, func(f int) float64 {
			return scale[f/k/n] * scale[f/k%n]
		})
		return
	}
	r := got[0].(FitResult[T])
	checkCoef("coef", r.Coef, c.Outs[0], c.Tol, cols, coefScale)
	checkValues(t, "residuals", r.Residuals, c.Outs[1], []float64{c.ResidAtol})
	if want := golden.Values[int](c.Outs[2].Data)[0]; r.Rank != want {
		t.Errorf("rank %d, want %d", r.Rank, want)
	}
	sv := golden.Values[float64](c.Outs[3].Data)
	checkValues(t, "singular values", r.SingularValues, c.Outs[3], []float64{1e3 * 0x1p-52 * sv[0]})
	if want := golden.Values[float64](c.Outs[4].Data)[0]; r.RCond != want {
		t.Errorf("rcond %g, want %g", r.RCond, want)
	}
}
