package linalg

import (
	"fmt"

	"github.com/numgo/numgo/ndarray"
)

// Inv returns the inverse of each matrix of a, an array (..., M, M), like
// numpy.linalg.inv: it solves A X = I by LU factorisation with partial
// pivoting of A (LAPACK's gesv, as NumPy; for small real matrices a Go
// kernel that repeats OpenBLAS's arithmetic, so that it finds the same
// matrices singular). It returns an error matching ErrSingular if a
// matrix is singular to working precision. Inv panics with a
// *ndarray.ValueError if a has fewer than two axes and with a
// *ndarray.ShapeError if its matrices are not square.
func Inv[T Inexact](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	if isComplex[T]() {
		return inv[T, complex128](a)
	}
	return inv[T, float64](a)
}

func inv[T Inexact, W work](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	if a.Ndim() == 2 {
		if m, ok := matrixOf(a); ok && m.rows == m.cols {
			// One matrix: no stack to walk, and nothing but the result on
			// the heap.
			out := ndarray.Empty[T](m.rows, m.rows) // every element is written
			if err := newInvJob[T, W](out, m.rows).one(0, m); err != nil {
				return nil, err
			}
			return out, nil
		}
	}
	var lay [layoutInts]int
	var shape [stackAxes]int
	st := matrices("Inv", a, true, lay[:])
	out := ndarray.Empty[T](st.shape(shape[:], st.n, st.n)...) // every block is written
	if err := st.each(newInvJob[T, W](out, st.n).one); err != nil {
		return nil, err
	}
	return out, nil
}

// An invJob inverts the matrices of a stack into the blocks of a C-ordered
// result.
type invJob[T Inexact, W work] struct {
	data []T // the result's elements
	n    int
}

func newInvJob[T Inexact, W work](out *ndarray.Array[T], n int) invJob[T, W] {
	return invJob[T, W]{data: out.Data(), n: n}
}

// one writes the inverse of m into block i of the result, transposing
// the column-major A⁻¹ that invertSmall or LAPACK's gesv computes.
func (j invJob[T, W]) one(i int, m matrix[T]) error {
	n := j.n
	dst := block(j.data, i, n*n)
	if smallInverse[T](n) {
		var xb [luStack * luStack]float64
		x := xb[:]
		if n > luStack {
			p := getScratch[float64](n * n)
			defer putScratch(p)
			x = *p
		}
		x = x[:n*n]
		if !invertSmall(m, x) {
			return opError("Inv", ErrSingular)
		}
		transposeSquare(x, n)
		storeReal(dst, x)
		return nil
	}
	x, direct := any(dst).([]W)
	if !direct {
		xs := getScratch[W](n * n)
		defer putScratch(xs)
		x = *xs
	}
	if !invertLAPACK(m, x) {
		return opError("Inv", ErrSingular)
	}
	if direct {
		transposeSquare(x, n)
	} else {
		store(dst, n, n, x, n)
	}
	return nil
}

// smallInverse reports whether an n×n matrix of T is inverted by
// invertSmall: real matrices up to luMax, whose LU factorisation by
// luSmall has the pivots, and so the verdicts on singular matrices, of
// OpenBLAS's getrf (NumPy's) in every build.
func smallInverse[T Inexact](n int) bool { return n <= luMax && !isComplex[T]() }

// invert sets x, n×n in column-major order, to the inverse of the n×n
// matrix m, as Inv computes it, and reports whether m is regular. As
// NumPy, Inv factors A itself (the column-major copy), not the Aᵀ that the
// row-major copy is to LAPACK: the pivots, and so which matrices are found
// singular, differ between the two.
func invert[T Inexact, W work](m matrix[T], x []W) bool {
	if xf, ok := any(x).([]float64); ok && smallInverse[T](m.rows) {
		return invertSmall(m, xf)
	}
	return invertLAPACK(m, x)
}

// invertSmall is invert by luSmall (see smallInverse).
func invertSmall[T Inexact](m matrix[T], x []float64) bool {
	var f smallFactors
	defer f.release()
	lu, ipiv, ok := factorSmall(&f, m)
	if !ok {
		return false
	}
	setIdentity(x, m.rows)
	luSolveSmall(m.rows, m.rows, lu, ipiv, x)
	return true
}

// invertLAPACK is invert by LAPACK's gesv.
func invertLAPACK[T Inexact, W work](m matrix[T], x []W) bool {
	n := m.rows
	lu := getScratch[W](n * n)
	defer putScratch(lu)
	setIdentity(x, n)
	return lapackFor[W]().gesv(n, n, load(m, *lu), max(1, n), make([]int32, n), x, max(1, n))
}

// Solve returns the solution x of a x = b for each matrix of a, an array
// (..., M, M), like numpy.linalg.solve (LAPACK's gesv; for small real
// matrices a Go kernel of the same arithmetic as OpenBLAS's). b holds
// vectors (..., M) if it has one axis fewer than a, as NumPy 1.24 decides,
// and otherwise matrices (..., M, K) of K right-hand sides; the leading
// axes of a and b broadcast. It returns an error matching ErrSingular if a matrix of a is
// singular. Solve panics with a *ndarray.ValueError if a has fewer than two
// axes or b none, and with a *ndarray.ShapeError if the matrices of a are
// not square, if b's length M differs from a's or if the leading axes do
// not broadcast.
func Solve[T Inexact](a, b *ndarray.Array[T]) (*ndarray.Array[T], error) {
	if isComplex[T]() {
		return solve[T, complex128](a, b)
	}
	return solve[T, float64](a, b)
}

func solve[T Inexact, W work](a, b *ndarray.Array[T]) (*ndarray.Array[T], error) {
	var layA, layB [layoutInts]int
	var lb [batchInts]int
	var shape [stackAxes]int
	st := matrices("Solve", a, true, layA[:])
	n := st.n
	bs, _ := stridedOf(b, layB[:])
	nb := len(bs.shape)
	vector := nb == len(st.s.shape)-1
	core, sig := 2, "(m,m),(m,n)->(m,n)"
	if vector {
		core, sig = 1, "(m,m),(m)->(m)"
	}
	if nb < core {
		panicValue("Solve", "%d-dimensional array given. Array must be at least %d-dimensional", nb, core)
	}
	if bn := bs.shape[nb-core]; bn != n {
		panic(&ndarray.ShapeError{Op: "Solve", Msg: fmt.Sprintf(
			"Input operand 1 has a mismatch in its core dimension 0, with gufunc signature %s (size %d is different from %d)",
			sig, bn, n)})
	}
	k := 1
	if !vector {
		k = bs.shape[nb-1]
	}
	bt := newBatch("Solve", bs.shape[nb-core:], lb[:], st.s.stack(2), bs.stack(core))
	out := ndarray.Empty[T](append(append(shape[:0], bt.shape...), bs.shape[nb-core:]...)...) // every block is written
	data := out.Data()
	st.b = bt
	d := lapackFor[W]()
	small := n <= luMax && n*k <= smallLU*smallLU && !isComplex[T]()
	err := st.each(func(i int, m matrix[T]) error {
		var offs [2]int
		bt.offsets(i, offs[:])
		var bm matrix[T]
		if vector {
			bm = matrix[T]{data: bs.data, off: offs[1], rows: n, cols: 1, rs: bs.strides[nb-1], cs: 1}
		} else {
			bm = bs.matrix(offs[1])
		}
		if small {
			var lb, xb [luStack * luStack]float64
			var ipiv [smallLU]int32
			lu, x := lb[:], xb[:]
			if n*max(n, k) > luStack*luStack {
				p := getScratch[float64](n*n + n*k)
				defer putScratch(p)
				lu, x = (*p)[:n*n], (*p)[n*n:]
			}
			lu, x = load(m, lu[:0]), load(bm, x[:0])
			if !luSmall(n, lu, ipiv[:n]) {
				return opError("Solve", ErrSingular)
			}
			luSolveSmall(n, k, lu, ipiv[:n], x)
			store(block(data, i, n*k), n, k, x, n)
			return nil
		}
		lu, x := getScratch[W](n*n), getScratch[W](n*k)
		defer putScratch(lu)
		defer putScratch(x)
		if !d.gesv(n, k, load(m, *lu), max(1, n), make([]int32, n), load(bm, *x), max(1, n)) {
			return opError("Solve", ErrSingular)
		}
		store(block(data, i, n*k), n, k, *x, n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// MatrixPower returns each matrix of a, an array (..., M, M), raised to the
// integer power p, like numpy.linalg.matrix_power: the identity for p = 0,
// repeated squaring for p > 0, and the inverse raised to -p for p < 0. It
// returns an error matching ErrSingular if p < 0 and a matrix is singular.
// MatrixPower panics as Inv does.
func MatrixPower[T Inexact](a *ndarray.Array[T], p int) (*ndarray.Array[T], error) {
	st := matrices("MatrixPower", a, true, nil)
	switch {
	case p == 0:
		out := ndarray.Zeros[T](st.shape(nil, st.n, st.n)...)
		data := out.Data()
		for i := range st.b.size {
			setIdentity(block(data, i, st.n*st.n), st.n)
		}
		return out, nil
	case p < 0:
		inv, err := Inv(a)
		if err != nil {
			return nil, opError("MatrixPower", ErrSingular)
		}
		a, p = inv, -p
	default:
		a = a.Copy()
	}
	// Binary powering as NumPy's: z runs through a, a², a⁴, ... and the
	// result collects the powers of p's set bits, low bits first.
	var result *ndarray.Array[T]
	for z := a; ; z = Matmul(z, z) {
		if p&1 == 1 {
			if result == nil {
				result = z
			} else {
				result = Matmul(result, z)
			}
		}
		if p >>= 1; p == 0 {
			return result, nil
		}
	}
}
