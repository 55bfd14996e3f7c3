package linalg

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

func decompPanic(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err, _ = r.(error)
			if err == nil {
				err = errors.New("non-error panic")
			}
		}
	}()
	f()
	return nil
}

func TestDecompPanics(t *testing.T) {
	v := ndarray.Ones[float64](3)
	rect := ndarray.Ones[float64](2, 3)
	sq := ndarray.Eye[float64](3)
	for _, c := range []struct {
		name string
		f    func()
		want error
		msg  string
	}{
		{"Inv/1-d", func() { Inv(v) }, ndarray.ErrValue, "Array must be at least two-dimensional"},
		{"Inv/rect", func() { Inv(rect) }, ndarray.ErrShape, "Last 2 dimensions of the array must be square"},
		{"Det/rect", func() { Det(rect) }, ndarray.ErrShape, "square"},
		{"Eig/rect", func() { Eig(rect) }, ndarray.ErrShape, "square"},
		{"Eigh/rect", func() { Eigh(rect) }, ndarray.ErrShape, "square"},
		{"Cholesky/rect", func() { Cholesky(rect) }, ndarray.ErrShape, "square"},
		{"SVD/1-d", func() { SVD(v) }, ndarray.ErrValue, "two-dimensional"},
		{"Solve/mismatch", func() { Solve(sq, ndarray.Ones[float64](4)) }, ndarray.ErrShape,
			"solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size 4 is different from 3)"},
		{"Solve/mismatch2", func() { Solve(sq, ndarray.Ones[float64](4, 2)) }, ndarray.ErrShape, "(m,m),(m,n)->(m,n) (size 4 is different from 3)"},
		{"Solve/broadcast", func() { Solve(ndarray.Ones[float64](2, 3, 3), ndarray.Ones[float64](4, 3, 1)) }, ndarray.ErrShape, "could not be broadcast"},
		{"Lstsq/3-d", func() { Lstsq(ndarray.Ones[float64](2, 5, 3), v) }, ndarray.ErrValue, "3-dimensional array given. Array must be two-dimensional"},
		{"Lstsq/b-3-d", func() { Lstsq(rect, ndarray.Ones[float64](2, 1, 1)) }, ndarray.ErrValue, "3-dimensional array given"},
		{"Lstsq/rows", func() { Lstsq(rect, v) }, ndarray.ErrShape, "Incompatible dimensions"},
		{"Norm/fro-vector", func() { Norm(v, Fro()) }, ndarray.ErrValue, "Invalid norm order 'fro' for vectors"},
		{"Norm/nuc-vector", func() { Norm(v, Axis(0), Nuc()) }, ndarray.ErrValue, "Invalid norm order 'nuc' for vectors"},
		{"Norm/matrix-ord", func() { Norm(sq, Ord(3)) }, ndarray.ErrValue, "Invalid norm order for matrices."},
		{"Norm/duplicate", func() { Norm(sq, Axis(0, -2)) }, ndarray.ErrValue, "Duplicate axes given."},
		{"Norm/3-axes", func() { Norm(ndarray.Ones[float64](2, 2, 2), Axis(0, 1, 2)) }, ndarray.ErrValue, "Improper number of dimensions to norm."},
		{"Norm/3-d-ord", func() { Norm(ndarray.Ones[float64](2, 2, 2), Ord(1)) }, ndarray.ErrValue, "Improper number of dimensions to norm."},
		{"Norm/axis", func() { Norm(sq, Axis(2)) }, ndarray.ErrAxis, "axis 2 is out of bounds for array of dimension 2"},
		{"Norm/inf-empty", func() { Norm(ndarray.Zeros[float64](0), Ord(math.Inf(1))) }, ndarray.ErrValue, "zero-size array"},
		{"Cond/empty", func() { Cond(ndarray.Zeros[float64](0, 0)) }, ndarray.ErrValue, "cond is not defined on empty arrays"},
		{"Cond/rect-ord1", func() { Cond(rect, Ord(1)) }, ndarray.ErrShape, "square"},
		{"QR/mode", func() { QR(sq, Mode(QRMode(9))) }, ndarray.ErrValue, "unrecognized mode"},
		{"MatrixPower/rect", func() { MatrixPower(rect, 2) }, ndarray.ErrShape, "square"},
		{"MatrixRank/empty", func() { MatrixRank(ndarray.Zeros[float64](0, 3)) }, ndarray.ErrValue,
			"zero-size array to reduction operation maximum which has no identity"},
		{"MatrixRank/stack-empty", func() { MatrixRank(ndarray.Zeros[float64](2, 3, 0)) }, ndarray.ErrValue, "zero-size array"},
		{"MatrixRank/hermitian-rect", func() { MatrixRank(rect, Hermitian()) }, ndarray.ErrShape, "Last 2 dimensions of the array must be square"},
		{"Pinv/hermitian-rect", func() { Pinv(rect, Hermitian()) }, ndarray.ErrShape, "Last 2 dimensions of the array must be square"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := decompPanic(c.f)
			switch {
			case err == nil:
				t.Fatalf("no panic, want %v", c.want)
			case !errors.Is(err, c.want):
				t.Errorf("panic %v, want one matching %v", err, c.want)
			case !strings.Contains(strings.ToLower(err.Error()), strings.ToLower(c.msg)):
				t.Errorf("panic %q, want it to contain %q", err, c.msg)
			}
		})
	}
}

// TestDecompNonFinite feeds NaN and Inf to every routine, in either part of
// a complex element: each returns (a result or an error) without hanging or
// crashing, as NumPy's do.
func TestDecompNonFinite(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	testDecompNonFinite(t, []float64{nan, inf, -inf})
	testDecompNonFinite(t, []complex128{complex(nan, 0), complex(1, nan), complex(inf, 0), complex(0, -inf)})
	testDecompNonFinite(t, []complex64{complex64(complex(1, nan)), complex64(complex(0, inf))})
}

func testDecompNonFinite[T Inexact](t *testing.T, bads []T) {
	for _, bad := range bads {
		a := ndarray.FromSlice([]T{1, 2, 0, bad, 3, 1, 2, 0, 5}, 3, 3)
		b := ndarray.FromSlice([]T{1, bad, 3}, 3)
		Inv(a)
		Solve(a, b)
		Det(a)
		Slogdet(a)
		SVD(a)
		SVDVals(a)
		Pinv(a)
		MatrixRank(a)
		Lstsq(a, b)
		Eigh(a)
		Eigvalsh(a)
		QR(a)
		Cholesky(a)
		Norm(a, Ord(2))
		Cond(a)
		Cond(a, Ord(1))
		MatrixPower(a, -2)
		if _, _, err := Eig(a); !errors.Is(err, ErrNotFinite) {
			t.Errorf("Eig(%v) error %v, want ErrNotFinite", bad, err)
		}
	}
}

// TestNormFloat32Wide checks the deliberate difference docs/numpy.md states:
// Norm sums single-precision input in float64, so a norm that fits float32
// comes out finite where NumPy's float32 dot overflows to inf.
func TestNormFloat32Wide(t *testing.T) {
	x := ndarray.FromSlice([]float32{3e30, 4e30}, 2)
	for _, c := range []struct {
		ord  float64
		want float32
	}{{2, 5e30}, {3, 4.4979415e30}} {
		n, err := Norm(x, Ord(c.ord))
		if err != nil || n.Item() != c.want {
			t.Errorf("Norm(%v, Ord(%v)) = %v, %v; want %v", x.ToSlice(), c.ord, n, err, c.want)
		}
	}
	if n, err := Norm(x); err != nil || n.Item() != 5e30 {
		t.Errorf("Norm(%v) = %v, %v; want 5e30", x.ToSlice(), n, err)
	}
}
