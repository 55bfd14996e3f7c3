package linalg

import (
	"encoding/json"
	"errors"
	"math"
	"math/cmplx"
	"slices"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// The cases of testdata/singular come from NumPy 1.24
// (testdata/gen_singular.py): integer matrices, most of them
// rank-deficient, on which NumPy's LAPACK finds an exact zero pivot or,
// through rounding, does not. Inv, Solve and MatrixPower(-2) must give the
// same verdict (ErrSingular or a result), and Det and Slogdet a zero
// exactly where NumPy's is zero. Results are compared where the matrix is
// well enough conditioned for them to mean something.

type singularCase struct {
	Name   string          `json:"name"`
	A      dcArray         `json:"a"`
	B      dcArray         `json:"b"`
	Cond   float64         `json:"cond"`
	Inv    json.RawMessage `json:"inv"`
	Solve  json.RawMessage `json:"solve"`
	Mpow   json.RawMessage `json:"mpow"`
	Det    dcArray         `json:"det"`
	Sign   dcArray         `json:"sign"`
	Logdet dcArray         `json:"logdet"`
}

func TestGoldenSingularFloat64(t *testing.T)    { testSingular[float64](t) }
func TestGoldenSingularFloat32(t *testing.T)    { testSingular[float32](t) }
func TestGoldenSingularComplex128(t *testing.T) { testSingular[complex128](t) }
func TestGoldenSingularComplex64(t *testing.T)  { testSingular[complex64](t) }

func testSingular[T Inexact](t *testing.T) {
	file := "cases.json"
	if isComplex[T]() {
		file = "complex_cases.json"
	}
	single := eps[T]() > 0x1p-52
	cases := loadJSON[singularCase](t, "singular/"+file)
	if len(cases) < 100 {
		t.Fatalf("%d cases", len(cases))
	}
	if !haswellKernels {
		if isComplex[T]() {
			t.Logf("%s: verdicts on singular complex matrices are not checked", blasConfig())
		} else {
			t.Logf("%s: verdicts on singular matrices are checked up to order %d (luSmall)", blasConfig(), luMax)
		}
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			a, b := dcArrayOf[T](c.A), dcArrayOf[T](c.B)
			verdicts := pinnedLU[T](a.Shape()[a.Ndim()-1])
			// The solution of a system NumPy found regular but whose
			// condition number is near 1/eps is rounding noise, computed in
			// a different order by LAPACK's getrs.
			tol := 1e-12 + 2e-14*c.Cond
			if single {
				tol = 2e-5 * c.Cond
			}
			values := tol < 1e-4
			x, err := Inv(a)
			singularCheck(t, "Inv", c.Inv, x, err, verdicts, values, tol)
			// NumPy's cond for orders other than ±2 and None multiplies the
			// norms of a and of inv(a) under errstate: +Inf exactly where
			// inv finds a matrix singular.
			cond, err := Cond(a, Ord(math.Inf(1)))
			if err != nil {
				t.Fatalf("Cond: %v", err)
			}
			var inv string
			_ = json.Unmarshal(c.Inv, &inv) // "singular", or not a string
			if anyInf := slices.ContainsFunc(dcValues(cond), cmplx.IsInf); verdicts && anyInf != (inv == "singular") {
				t.Errorf("Cond(a, Ord(Inf)) = %v; NumPy's inv: %s", dcValues(cond), c.Inv)
			}
			x, err = Solve(a, b)
			singularCheck(t, "Solve", c.Solve, x, err, verdicts, values, tol)
			x, err = MatrixPower(a, -2)
			singularCheck(t, "MatrixPower", c.Mpow, x, err, verdicts, values && c.Cond < 1e5, tol*c.Cond)

			det := dcValues(Det(a))
			sign, logdet := Slogdet(a)
			sv, lv := dcValues(sign), dcValues(logdet)
			wd, ws, wl := c.Det.complex(), c.Sign.complex(), c.Logdet.float()
			h := hadamard(a)
			for i := range wd {
				// NumPy computes float32 and complex64 in double precision
				// and rounds the result, a tiny determinant to zero.
				wd[i] = toC(ofComplex[T](wd[i]))
				if verdicts && (det[i] == 0) != (wd[i] == 0) {
					t.Errorf("Det[%d] = %v, NumPy's %v", i, det[i], wd[i])
				}
				if verdicts && (sv[i] == 0) != (ws[i] == 0) {
					t.Errorf("Slogdet[%d] sign %v, NumPy's %v", i, sv[i], ws[i])
				}
				if wd[i] == 0 || det[i] == 0 {
					continue
				}
				// A determinant that rounding left non-zero is of the order
				// of eps times the Hadamard bound: compare on that scale.
				dt := max(1e-12, tol) * max(h[i], cmplx.Abs(wd[i]))
				if single && cmplx.Abs(wd[i]) > math.MaxFloat32 {
					continue // single precision overflows, as NumPy's would
				}
				if cmplx.Abs(det[i]-wd[i]) > dt {
					t.Errorf("Det[%d] = %v, want %v", i, det[i], wd[i])
				}
				if values && (cmplx.Abs(sv[i]-ws[i]) > tol || math.Abs(real(lv[i])-wl[i]) > tol*max(1, math.Abs(wl[i]))) {
					t.Errorf("Slogdet[%d] = %v, %v, want %v, %v", i, sv[i], lv[i], ws[i], wl[i])
				}
			}
		})
	}
}

// pinnedLU reports whether numgo's LU factorisation of a matrix of order
// n rounds as the one that computed testdata/singular did: OpenBLAS
// 0.3.21's getrf on its Haswell kernels, single-threaded. On a
// rank-deficient matrix an exact zero pivot, and so the verdict, comes out
// of that rounding. luSmall repeats those kernels' arithmetic for real
// matrices up to luMax in every build; above it a cgo build calls
// OpenBLAS, whose kernels for other targets round otherwise, so that NumPy
// on such a machine reaches other verdicts too, and a pure-Go build calls
// gonum's getrf, which rounds otherwise. The pure-Go complex LU (lapack's
// zgetrf) is not OpenBLAS's zgetf2. The well-conditioned results have to
// agree in every case.
func pinnedLU[T Inexact](n int) bool {
	if isComplex[T]() {
		return haswellKernels
	}
	return n <= luMax || haswellKernels
}

// singularCheck compares the result x, err of op with NumPy's outcome
// want: "singular", "ok" (a result not kept) or the result.
func singularCheck[T Inexact](t *testing.T, op string, want json.RawMessage, x *ndarray.Array[T], err error, verdicts, values bool, tol float64) {
	t.Helper()
	var verdict string
	if json.Unmarshal(want, &verdict) != nil {
		verdict = "value"
	}
	switch {
	case err != nil && !errors.Is(err, ErrSingular):
		t.Errorf("%s: error %v", op, err)
	case verdict == "singular" && err == nil:
		if verdicts {
			t.Errorf("%s: no error, NumPy's LinAlgError: Singular matrix", op)
		}
	case verdict != "singular" && err != nil:
		if verdicts {
			t.Errorf("%s: %v, NumPy's has a result", op, err)
		}
	case verdict == "value" && values:
		var w dcArray
		if err := json.Unmarshal(want, &w); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(x.Shape(), w.Shape) {
			t.Fatalf("%s: shape %v, want %v", op, x.Shape(), w.Shape)
		}
		g, wv := dcValues(x), w.complex()
		if i, ok := dcClose(g, wv, tol); !ok {
			t.Errorf("%s[%d] = %v, want %v (tol %g)", op, i, g[i], wv[i], tol)
		}
	}
}
