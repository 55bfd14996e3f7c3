package linalg

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
	"github.com/numgo/numgo/ndarray"
)

// The golden cases of testdata/decomp/cases.json and complex_cases.json
// come from NumPy 1.24 (testdata/gen_linalg.py). Every case runs for
// float64 (complex128 for the complex cases) and, when the matrix is well
// conditioned, float32 (complex64), on each input layout (C order, Fortran
// order, a stepped view), and checks that the inputs are unchanged. Results
// that NumPy returns real for complex input are compared as complex numbers
// with zero imaginary parts, which is how numgo returns them.

type dcArray golden.Array

type decompCase struct {
	Name   string                     `json:"name"`
	Func   string                     `json:"func"`
	Args   []dcArray                  `json:"args"`
	Params map[string]any             `json:"params"`
	Cond   float64                    `json:"cond"`
	Out    map[string]json.RawMessage `json:"out"`
	Error  string                     `json:"error"`
}

// loadJSON decodes the golden file at path (under testdata) into a []C.
func loadJSON[C any](t *testing.T, path string) []C {
	t.Helper()
	b, err := os.ReadFile("testdata/" + path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []C
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func (a dcArray) complex() []complex128 { return golden.Values[complex128](a.Data) }

// float returns the real parts (NumPy's complex results that are real).
func (a dcArray) float() []float64 {
	out := make([]float64, len(a.Data))
	for i, v := range a.Data {
		out[i] = real(golden.Complex(v))
	}
	return out
}

func dcArrayOf[T Inexact](a dcArray) *ndarray.Array[T] {
	c := a.complex()
	d := make([]T, len(c))
	for i, v := range c {
		d[i] = ofComplex[T](v)
	}
	return ndarray.FromSlice(d, a.Shape...)
}

// dcLayouts returns x in C order, in Fortran order (a transposed view of a
// C array) and as a stepped view, all with the same values.
func dcLayouts[T Inexact](x *ndarray.Array[T]) map[string]*ndarray.Array[T] {
	out := map[string]*ndarray.Array[T]{"C": x}
	nd := x.Ndim()
	if nd < 1 {
		return out
	}
	rev := make([]int, nd)
	for k := range rev {
		rev[k] = nd - 1 - k
	}
	out["F"] = x.Transpose(rev...).Copy().Transpose(rev...)
	shape := x.Shape()
	shape[nd-1] *= 2
	wide := ndarray.Zeros[T](shape...)
	view := wide.Slice("..., ::2")
	ndarray.CopyTo(view, x)
	out["stepped"] = view
	return out
}

func TestGoldenDecompFloat64(t *testing.T)    { testDecomp[float64](t) }
func TestGoldenDecompFloat32(t *testing.T)    { testDecomp[float32](t) }
func TestGoldenDecompComplex128(t *testing.T) { testDecomp[complex128](t) }
func TestGoldenDecompComplex64(t *testing.T)  { testDecomp[complex64](t) }

func testDecomp[T Inexact](t *testing.T) {
	single := eps[T]() > 0x1p-52
	file := "cases.json"
	if isComplex[T]() {
		file = "complex_cases.json"
	}
	for _, c := range loadJSON[decompCase](t, "decomp/"+file) {
		if single && (c.Cond > 1e3 || c.Error == "noconv" || c.Func == "matrix_rank" && c.Cond > 10) {
			continue
		}
		// The pure-Go complex LU solves with Go's complex division, which
		// gives 0 where OpenBLAS's gives NaN (1/∞): its inverses of
		// matrices with an infinity differ from NumPy's.
		if !cgoBuild && isComplex[T]() && strings.HasPrefix(c.Name, "nonfinite/") && (c.Func == "inv" || c.Func == "cond") {
			continue
		}
		args := make([]*ndarray.Array[T], len(c.Args))
		for i, a := range c.Args {
			args[i] = dcArrayOf[T](a)
		}
		for name, a0 := range dcLayouts(args[0]) {
			t.Run(c.Name+"/"+name, func(t *testing.T) {
				in := append([]*ndarray.Array[T]{a0}, args[1:]...)
				before := make([][]T, len(in))
				for i, a := range in {
					before[i] = a.ToSlice()
				}
				runDecompCase(t, c, in, single)
				for i, a := range in {
					if !slices.EqualFunc(before[i], a.ToSlice(), func(x, y T) bool { return x == y || x != x && y != y }) {
						t.Errorf("argument %d was modified", i)
					}
				}
			})
		}
	}
}

// dcTol returns the relative tolerance of a case: a multiple of the
// precision times the condition number, capped where the answer is
// determined only to the cut-off of small singular values.
func dcTol(c decompCase, single bool) float64 {
	cond := max(c.Cond, 1)
	if single {
		return 2e-5 * cond
	}
	return min(1e-12+2e-14*cond, 1e-5)
}

func runDecompCase[T Inexact](t *testing.T, c decompCase, in []*ndarray.Array[T], single bool) {
	tol := dcTol(c, single)
	p := c.Params
	var opts []Option
	if v, ok := p["full_matrices"]; ok {
		opts = append(opts, FullMatrices(v.(bool)))
	}
	if v, ok := p["rcond"]; ok {
		opts = append(opts, RCond(v.(float64)))
	}
	if v, ok := p["tol"]; ok {
		opts = append(opts, Tol(v.(float64)))
	}
	if v, ok := p["hermitian"]; ok && v.(bool) {
		opts = append(opts, Hermitian())
	}
	if v, ok := p["uplo"]; ok && v == "U" {
		opts = append(opts, Upper())
	}
	if v, ok := p["keepdims"]; ok && v.(bool) {
		opts = append(opts, KeepDims())
	}
	if v, ok := p["axis"]; ok {
		var axes []int
		for _, x := range v.([]any) {
			axes = append(axes, int(x.(float64)))
		}
		opts = append(opts, Axis(axes...))
	}
	if v, ok := p["ord"]; ok {
		switch v {
		case "fro":
			opts = append(opts, Fro())
		case "nuc":
			opts = append(opts, Nuc())
		default:
			opts = append(opts, Ord(real(golden.Complex(v))))
		}
	}
	if v, ok := p["mode"]; ok {
		opts = append(opts, Mode(map[any]QRMode{"reduced": Reduced, "complete": Complete, "r": ROnly}[v]))
	}
	a := in[0]
	var err error
	check := func(name string, got *ndarray.Array[T]) {
		t.Helper()
		dcCompare(t, c, name, got, tol)
	}
	switch c.Func {
	case "inv":
		var x *ndarray.Array[T]
		x, err = Inv(a)
		if err == nil {
			check("x", x)
		}
	case "solve":
		var x *ndarray.Array[T]
		x, err = Solve(a, in[1])
		if err == nil {
			check("x", x)
		}
	case "det":
		dcCompareDet(t, c, a, Det(a), tol)
	case "slogdet":
		sign, logdet := Slogdet(a)
		det := make([]complex128, sign.Size())
		for i, s := range sign.ToSlice() {
			l := toC(logdet.ToSlice()[i])
			if imag(l) != 0 {
				t.Errorf("logdet[%d] = %v, want a real value", i, l)
			}
			if s := toC(s); s != 0 && math.Abs(cmplx.Abs(s)-1) > tol {
				t.Errorf("sign[%d] = %v, want modulus 1", i, s)
			}
			det[i] = toC(s) * complex(math.Exp(real(l)), 0)
		}
		var want dcArray
		json.Unmarshal(c.Out["sign"], &want)
		ws := want.complex()
		var wl dcArray
		json.Unmarshal(c.Out["logdet"], &wl)
		for i, l := range wl.float() {
			ws[i] *= complex(math.Exp(l), 0)
		}
		dcCompareDetValues[T](t, a, det, ws, tol)
	case "svd":
		var u, s, vh *ndarray.Array[T]
		u, s, vh, err = SVD(a, opts...)
		if err == nil {
			check("s", s)
			dcCheckSVD(t, a, u, s, vh, p["full_matrices"].(bool), tol)
		}
	case "svdvals":
		var s *ndarray.Array[T]
		s, err = SVDVals(a)
		if err == nil {
			check("s", s)
		}
	case "pinv":
		var x *ndarray.Array[T]
		x, err = Pinv(a, opts...)
		if err == nil {
			check("x", x)
		}
	case "matrix_rank":
		var r *ndarray.Array[int]
		r, err = MatrixRank(a, opts...)
		if err == nil {
			var want dcArray
			json.Unmarshal(c.Out["rank"], &want)
			if !slices.Equal(r.Shape(), want.Shape) || !slices.Equal(r.ToSlice(), dcInts(want.float())) {
				t.Errorf("rank = %v %v, want %v %v", r.Shape(), r.ToSlice(), want.Shape, want.float())
			}
		}
	case "eig", "eigvals":
		var w, v *ndarray.Array[complex128]
		if c.Func == "eig" {
			w, v, err = Eig(a)
		} else {
			w, err = Eigvals(a)
		}
		if err == nil {
			dcCompareEigenvalues(t, c, w, tol)
			if v != nil {
				dcCheckEig(t, a, w, v, tol)
			}
		}
	case "eigh", "eigvalsh":
		var w, v *ndarray.Array[T]
		if c.Func == "eigh" {
			w, v, err = Eigh(a, opts...)
		} else {
			w, err = Eigvalsh(a, opts...)
		}
		if err == nil {
			check("w", w)
			if v != nil {
				dcCheckEigh(t, a, w, v, p["uplo"] == "U", tol)
			}
		}
	case "qr":
		q, r := QR(a, opts...)
		dcCompareAbs(t, c, "r", r, tol)
		dcCheckQR(t, a, q, r, tol)
		if raw, ok := c.Out["qshape"]; ok {
			var want dcArray
			json.Unmarshal(raw, &want)
			if !slices.Equal(q.Shape(), dcInts(want.float())) {
				t.Errorf("q shape %v, want %v", q.Shape(), want.float())
			}
		} else if q != nil {
			t.Errorf("q = %v, want nil for ROnly", q.Shape())
		}
	case "cholesky":
		var l *ndarray.Array[T]
		l, err = Cholesky(a)
		if err == nil {
			check("l", l)
		}
	case "lstsq":
		var x, res, s *ndarray.Array[T]
		var rank int
		x, res, rank, s, err = Lstsq(a, in[1], opts...)
		if err == nil {
			check("x", x)
			check("residuals", res)
			check("s", s)
			var want int
			json.Unmarshal(c.Out["rank"], &want)
			if rank != want {
				t.Errorf("rank = %d, want %d", rank, want)
			}
		}
	case "norm":
		var n *ndarray.Array[T]
		n, err = Norm(a, opts...)
		if err == nil {
			check("n", n)
		}
	case "cond":
		var x *ndarray.Array[T]
		x, err = Cond(a, opts...)
		if err == nil {
			dcCompareCond(t, c, x, tol)
		}
	case "matrix_power":
		var x *ndarray.Array[T]
		x, err = MatrixPower(a, int(p["p"].(float64)))
		if err == nil {
			check("x", x)
		}
	default:
		t.Fatalf("unknown func %q", c.Func)
	}
	want := map[string]error{"": nil, "singular": ErrSingular, "noconv": ErrNoConvergence,
		"notpd": ErrNotPositiveDefinite, "notfinite": ErrNotFinite}[c.Error]
	switch {
	case want == nil && err != nil:
		t.Errorf("error %v, want none", err)
	case want != nil && !errors.Is(err, want):
		t.Errorf("error %v, want one matching %v", err, want)
	}
}

func dcInts(f []float64) []int {
	out := make([]int, len(f))
	for i, v := range f {
		out[i] = int(v)
	}
	return out
}

func dcWant(t *testing.T, c decompCase, name string) dcArray {
	t.Helper()
	var want dcArray
	if err := json.Unmarshal(c.Out[name], &want); err != nil {
		t.Fatalf("golden %s: %v", name, err)
	}
	return want
}

// dcClose compares got with want element-wise within tol times the largest
// |want| (1 if all are smaller); NaN matches NaN and infinities match
// exactly.
func dcClose(got, want []complex128, tol float64) (int, bool) {
	scale := 1.0
	for _, w := range want {
		if !cmplx.IsInf(w) && !cmplx.IsNaN(w) {
			scale = max(scale, cmplx.Abs(w))
		}
	}
	for i := range want {
		g, w := got[i], want[i]
		switch {
		case cmplx.IsNaN(w) || cmplx.IsInf(w):
			if !(cmplx.IsNaN(w) && cmplx.IsNaN(g)) && g != w {
				return i, false
			}
		case !(cmplx.Abs(g-w) <= tol*scale):
			return i, false
		}
	}
	return 0, true
}

func dcValues[T Inexact](a *ndarray.Array[T]) []complex128 {
	out := make([]complex128, 0, a.Size())
	for _, v := range a.ToSlice() {
		out = append(out, toC(v))
	}
	return out
}

func dcCompare[T Inexact](t *testing.T, c decompCase, name string, got *ndarray.Array[T], tol float64) {
	t.Helper()
	want := dcWant(t, c, name)
	if !slices.Equal(got.Shape(), want.Shape) {
		t.Errorf("%s: shape %v, want %v", name, got.Shape(), want.Shape)
		return
	}
	g, w := dcValues(got), want.complex()
	if i, ok := dcClose(g, w, tol); !ok {
		t.Errorf("%s[%d] = %v, want %v (tol %g)\ngot  %v\nwant %v", name, i, g[i], w[i], tol, g, w)
	}
}

func dcCompareAbs[T Inexact](t *testing.T, c decompCase, name string, got *ndarray.Array[T], tol float64) {
	t.Helper()
	want := dcWant(t, c, name)
	if !slices.Equal(got.Shape(), want.Shape) {
		t.Errorf("%s: shape %v, want %v", name, got.Shape(), want.Shape)
		return
	}
	g, w := dcValues(got), want.complex()
	for i := range g {
		g[i], w[i] = complex(cmplx.Abs(g[i]), 0), complex(cmplx.Abs(w[i]), 0)
	}
	if i, ok := dcClose(g, w, tol); !ok {
		t.Errorf("|%s[%d]| = %v, want %v (tol %g)", name, i, g[i], w[i], tol)
	}
}

// hadamard returns the product of the row norms of each matrix of a, a
// bound on |det| that scales the tolerance of a determinant.
func hadamard[T Inexact](a *ndarray.Array[T]) []float64 {
	shape := a.Shape()
	n := shape[len(shape)-1]
	d := dcValues(a)
	var out []float64
	for off := 0; off+n*n <= len(d) && n > 0; off += n * n {
		h := 1.0
		for i := range n {
			h *= math.Sqrt(sumSq(floats[complex128, float64](d[off+i*n : off+(i+1)*n])))
		}
		out = append(out, h)
	}
	if n == 0 {
		for range a.Size() / max(1, n*n) {
			out = append(out, 1)
		}
	}
	return out
}

func dcCompareDet[T Inexact](t *testing.T, c decompCase, a, det *ndarray.Array[T], tol float64) {
	t.Helper()
	want := dcWant(t, c, "det")
	if !slices.Equal(det.Shape(), want.Shape) {
		t.Fatalf("det: shape %v, want %v", det.Shape(), want.Shape)
	}
	dcCompareDetValues[T](t, a, dcValues(det), want.complex(), tol)
}

func dcCompareDetValues[T Inexact](t *testing.T, a *ndarray.Array[T], got, want []complex128, tol float64) {
	t.Helper()
	h := hadamard(a)
	for i := range want {
		if eps[T]() > 0x1p-52 && cmplx.Abs(want[i]) > math.MaxFloat32 {
			continue // single precision overflows, as NumPy's would
		}
		scale := 1.0
		if i < len(h) {
			scale = max(h[i], cmplx.Abs(want[i]))
		}
		if cmplx.IsNaN(want[i]) != cmplx.IsNaN(got[i]) || cmplx.Abs(got[i]-want[i]) > tol*scale {
			t.Errorf("det[%d] = %v, want %v (scale %g)", i, got[i], want[i], scale)
		}
	}
}

func dcCompareCond[T Inexact](t *testing.T, c decompCase, got *ndarray.Array[T], tol float64) {
	t.Helper()
	want := dcWant(t, c, "c").float()
	var g []float64
	for _, v := range dcValues(got) {
		if imag(v) != 0 {
			t.Errorf("cond = %v, want a real value", v)
		}
		g = append(g, real(v))
	}
	for i, w := range want {
		// A singular matrix's condition number is huge or infinite (tiny
		// or zero for Ord(-2)), depending on rounding in the last bit.
		if w > 1e14 && g[i] > 1e14 || w < 1e-14 && g[i] >= 0 && g[i] < 1e-14 {
			continue
		}
		if math.IsNaN(w) != math.IsNaN(g[i]) || math.Abs(g[i]-w) > tol*math.Abs(w) {
			t.Errorf("cond[%d] = %v, want %v", i, g[i], w)
		}
	}
}

// dcCompareEigenvalues matches each wanted eigenvalue of a matrix with the
// nearest unused one computed (their order may differ between backends).
func dcCompareEigenvalues(t *testing.T, c decompCase, w *ndarray.Array[complex128], tol float64) {
	t.Helper()
	want := dcWant(t, c, "w")
	if !slices.Equal(w.Shape(), want.Shape) {
		t.Fatalf("w: shape %v, want %v", w.Shape(), want.Shape)
	}
	wv, gv := want.complex(), w.ToSlice()
	n := want.Shape[len(want.Shape)-1]
	scale := 1.0
	for _, x := range wv {
		scale = max(scale, cmplx.Abs(x))
	}
	// Eigenvalues of non-normal matrices are less well conditioned than
	// their matrix: allow the square root of the tolerance.
	tl := math.Sqrt(tol) * scale
	for off := 0; off < len(wv); off += n {
		used := make([]bool, n)
		for _, x := range wv[off : off+n] {
			best, bi := math.Inf(1), -1
			for j, g := range gv[off : off+n] {
				if d := cmplx.Abs(g - x); !used[j] && d < best {
					best, bi = d, j
				}
			}
			if best > tl {
				t.Errorf("eigenvalue %v not found (nearest at %g)\ngot  %v\nwant %v", x, best, gv[off:off+n], wv[off:off+n])
				return
			}
			used[bi] = true
		}
	}
}

// singleCase is a case of decomp/single_cases.json: float32 or complex64
// input where single precision decides the answer.
type singleCase struct {
	Func    string
	A, B, X dcArray
	Tol     *float64
	Rank    int
}

// TestGoldenSingleRank checks the rank decisions of Lstsq and MatrixRank
// on single-precision input against NumPy's: Lstsq's default cutoff uses
// float64's epsilon (NumPy solves in double precision), MatrixRank
// compares with a Tol in float64 and with its default threshold in float32.
func TestGoldenSingleRank(t *testing.T) {
	for i, c := range loadJSON[singleCase](t, "decomp/single_cases.json") {
		name := fmt.Sprintf("%s#%d(%s)", c.Func, i, c.A.Dtype)
		if c.A.Dtype == "complex64" {
			checkSingleRank[complex64](t, name, c)
		} else {
			checkSingleRank[float32](t, name, c)
		}
	}
}

func checkSingleRank[T Inexact](t *testing.T, name string, c singleCase) {
	a := dcArrayOf[T](c.A)
	if c.Func == "lstsq" {
		x, _, rank, _, err := Lstsq(a, dcArrayOf[T](c.B))
		if err != nil || rank != c.Rank {
			t.Errorf("%s: rank %d (err %v), NumPy's %d", name, rank, err, c.Rank)
			return
		}
		want := c.X.complex()
		for j, v := range x.ToSlice() {
			if g := toComplex(v); cmplx.Abs(g-want[j]) > 1e-6*cmplx.Abs(want[j]) {
				t.Errorf("%s: x[%d] = %v, NumPy's %v", name, j, g, want[j])
			}
		}
		return
	}
	var opts []Option
	if c.Tol != nil {
		opts = append(opts, Tol(*c.Tol))
	}
	r, err := MatrixRank(a, opts...)
	if err != nil || r.Item() != c.Rank {
		t.Errorf("%s: rank %v (err %v), NumPy's %d", name, r, err, c.Rank)
	}
}
