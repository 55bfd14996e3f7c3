package linalg

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// The decompositions skip or tile the transposes between numgo's row-major
// arrays and LAPACK's column-major buffers (transpose.go). The golden cases
// are at most 40 wide, within a tile or two; these check the factors'
// defining properties on matrices that span several 32×32 tiles, with
// ragged edges, in C order and transposed, for every dtype.

// TestTransposeTiles checks transposeTo, transposeSquare and mirrorUpper
// on shapes within a tile and across several, with padded rows.
func TestTransposeTiles(t *testing.T) {
	for _, sh := range [][2]int{{0, 0}, {1, 1}, {1, 40}, {40, 1}, {31, 32}, {32, 33}, {70, 45}, {45, 70},
		{5, 5}, {33, 33}, {70, 70}} {
		rows, cols := sh[0], sh[1]
		lds, ldd := cols+3, rows+1
		src := make([]int, rows*lds)
		for i := range src {
			src[i] = i
		}
		dst := slices.Repeat([]int{-1}, cols*ldd)
		transposeTo(dst, ldd, src, lds, rows, cols)
		for j := range cols {
			for i := range ldd {
				want := -1
				if i < rows {
					want = src[i*lds+j]
				}
				if dst[j*ldd+i] != want {
					t.Fatalf("%dx%d: dst[%d, %d] = %d, want %d", rows, cols, j, i, dst[j*ldd+i], want)
				}
			}
		}
		if rows != cols {
			continue
		}
		n := rows
		sq := make([]int, n*n)
		for i := range sq {
			sq[i] = i
		}
		transposeSquare(sq, n)
		for i := range n {
			for j := range n {
				if sq[i*n+j] != j*n+i {
					t.Fatalf("%d×%d in place: [%d, %d] = %d, want %d", n, n, i, j, sq[i*n+j], j*n+i)
				}
			}
		}
		ldc := n + 2
		c := make([]int, n*ldc)
		for i := range c {
			c[i] = i
		}
		mirrorUpper(c, ldc, n)
		for i := range n {
			for j := range ldc {
				want := i*ldc + j
				if j < i {
					want = j*ldc + i
				}
				if c[i*ldc+j] != want {
					t.Fatalf("%d×%d mirrored: [%d, %d] = %d, want %d", n, n, i, j, c[i*ldc+j], want)
				}
			}
		}
	}
}

func TestDecompTiledSizes(t *testing.T) {
	t.Run("float64", testDecompTiled[float64])
	t.Run("float32", testDecompTiled[float32])
	t.Run("complex128", testDecompTiled[complex128])
	t.Run("complex64", testDecompTiled[complex64])
}

// tiledMatrix returns a random m×n matrix of T, in C order or, with
// transposed, as the transpose of a C-ordered n×m array.
func tiledMatrix[T Inexact](r *rand.Rand, m, n int, transposed bool) *ndarray.Array[T] {
	rows, cols := m, n
	if transposed {
		rows, cols = n, m
	}
	a := ndarray.Zeros[T](rows, cols)
	d := a.Data()
	for i := range d {
		d[i] = ofComplex[T](complex(r.NormFloat64(), r.NormFloat64()))
	}
	if transposed {
		return a.T()
	}
	return a
}

func testDecompTiled[T Inexact](t *testing.T) {
	r := rand.New(rand.NewPCG(5, 7))
	tol := 200 * eps[T]()
	for _, sh := range [][2]int{{33, 33}, {65, 65}, {70, 45}, {45, 70}} {
		m, n := sh[0], sh[1]
		for _, tr := range []bool{false, true} {
			a := tiledMatrix[T](r, m, n, tr)
			orig := a.Copy()
			name := fmt.Sprintf("%dx%d/transposed=%v", m, n, tr)
			t.Run(name+"/QR", func(t *testing.T) {
				for _, mode := range []QRMode{Reduced, Complete, ROnly} {
					q, rr := QR(a, Mode(mode))
					dcCheckQR(t, a, q, rr, tol)
				}
			})
			t.Run(name+"/SVD", func(t *testing.T) {
				for _, full := range []bool{false, true} {
					u, s, vh, err := SVD(a, FullMatrices(full))
					if err != nil {
						t.Fatal(err)
					}
					dcCheckSVD(t, a, u, s, vh, full, tol)
				}
			})
			if m == n {
				// a + aᴴ + 2n·I is Hermitian positive definite.
				h := ndarray.Add(a, ndarray.Conj(a.T()))
				h = ndarray.Add(h, ndarray.Mul(ndarray.Eye[T](n), ndarray.Scalar(ofComplex[T](complex(float64(2*n), 0)))))
				t.Run(name+"/Eigh", func(t *testing.T) {
					for _, upper := range []bool{false, true} {
						opts := []Option{}
						if upper {
							opts = append(opts, Upper())
						}
						w, v, err := Eigh(a, opts...)
						if err != nil {
							t.Fatal(err)
						}
						dcCheckEigh(t, a, w, v, upper, tol)
						wv, err := Eigvalsh(a, opts...)
						if err != nil {
							t.Fatal(err)
						}
						checkSame(t, "Eigvalsh", wv, w, tol*float64(n)*maxAbsC(toSliceC(a)))
					}
				})
				t.Run(name+"/Cholesky", func(t *testing.T) {
					l, err := Cholesky(h)
					if err != nil {
						t.Fatal(err)
					}
					checkCholesky(t, h, l, tol)
				})
			}
			if !ndarray.ArrayEqual(a, orig) {
				t.Errorf("%s: input modified", name)
			}
		}
	}
}

func toSliceC[T Inexact](a *ndarray.Array[T]) []complex128 {
	d := a.ToSlice()
	c := make([]complex128, len(d))
	for i, v := range d {
		c[i] = toC(v)
	}
	return c
}

func checkSame[T Inexact](t *testing.T, name string, got, want *ndarray.Array[T], tol float64) {
	t.Helper()
	if d := maxDiff(toSliceC(got), toSliceC(want)); d > tol {
		t.Errorf("%s: differs by %g", name, d)
	}
}

// checkCholesky checks that l is lower triangular with a positive real
// diagonal and l lᴴ = h: those define the factor uniquely.
func checkCholesky[T Inexact](t *testing.T, h, l *ndarray.Array[T], tol float64) {
	t.Helper()
	hs, n, _ := dcMats(h)
	ls, _, _ := dcMats(l)
	for i := range n {
		if d := ls[0][i*n+i]; imag(d) != 0 || real(d) <= 0 {
			t.Fatalf("l[%d, %d] = %v, want positive real", i, i, d)
		}
		for j := i + 1; j < n; j++ {
			if ls[0][i*n+j] != 0 {
				t.Fatalf("l[%d, %d] = %v above the diagonal", i, j, ls[0][i*n+j])
			}
		}
	}
	if d := maxDiff(matMul(ls[0], conjT(ls[0], n, n), n, n, n), hs[0]); d > tol*maxAbsC(hs[0])*float64(n) {
		t.Errorf("|L Lᴴ - A| = %g", d)
	}
}
