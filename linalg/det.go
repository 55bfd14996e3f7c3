package linalg

import (
	"math"
	"math/cmplx"

	"github.com/numgo/numgo/ndarray"
)

// Det returns the determinant of each matrix of a, an array (..., M, M),
// like numpy.linalg.det: an array of shape (...), 0-d for a single matrix.
// As NumPy it factors A = P L U (LAPACK's getrf; for small real matrices
// a Go kernel of the same arithmetic as OpenBLAS's) and returns
// sign·exp(logdet) from Slogdet's factors, so a singular matrix has determinant 0 and no
// error. Det panics with a *ndarray.ValueError if a has fewer than two axes
// and with a *ndarray.ShapeError if its matrices are not square.
func Det[T Inexact](a *ndarray.Array[T]) *ndarray.Array[T] {
	det, _ := logDet(a, "Det", true)
	return det
}

// Slogdet returns the sign and the natural logarithm of the absolute value
// of the determinant of each matrix of a, an array (..., M, M), like
// numpy.linalg.slogdet; both results have shape (...). For real input the
// sign is 1, -1, or 0 with logdet -Inf for a singular matrix; for complex
// input it is the phase det/|det|, a complex number of modulus 1 (0 for a
// singular matrix), as NumPy's, and logdet, real in NumPy, is returned as
// complex numbers with zero imaginary parts (ndarray.RealPart gives a
// float64 view of them). Computing in logarithms avoids the overflow and
// underflow of Det on large matrices. Slogdet panics as Det does.
func Slogdet[T Inexact](a *ndarray.Array[T]) (sign, logdet *ndarray.Array[T]) {
	return logDet(a, "Slogdet", false)
}

// logDet returns Slogdet's sign and logdet, or with det the determinant
// and nil.
func logDet[T Inexact](a *ndarray.Array[T], op string, det bool) (sign, logdet *ndarray.Array[T]) {
	if isComplex[T]() {
		return slogdet[T, complex128](a, op, det)
	}
	return slogdet[T, float64](a, op, det)
}

func slogdet[T Inexact, W work](a *ndarray.Array[T], op string, det bool) (sign, logdet *ndarray.Array[T]) {
	st := matrices(op, a, true, nil)
	n := st.n
	sign = ndarray.Zeros[T](st.lead...)
	s := sign.Data()
	var l []T
	if !det {
		logdet = ndarray.Zeros[T](st.lead...)
		l = logdet.Data()
	}
	d := lapackFor[W]()
	small := n <= luMax && !isComplex[T]()
	st.each(func(i int, m matrix[T]) error {
		// As NumPy, factor A itself (the column-major copy): det(Aᵀ) =
		// det(A), but the factors of Aᵀ may have a zero pivot where A's
		// have none, or the reverse.
		var ph complex128
		var ld float64
		if small {
			var f smallFactors
			defer f.release()
			lu, ipiv, ok := factorSmall(&f, m)
			ph, ld = luLogDet(n, lu, ipiv, ok)
		} else {
			lu, ipiv := getScratch[W](n*n), make([]int32, n)
			defer putScratch(lu)
			ok := d.getrf(n, n, load(m, *lu), max(1, n), ipiv)
			ph, ld = luLogDet(n, *lu, ipiv, ok)
		}
		if det {
			s[i] = ofComplex[T](ph * complex(math.Exp(ld), 0))
		} else {
			s[i], l[i] = ofComplex[T](ph), ofComplex[T](complex(ld, 0))
		}
		return nil
	})
	return sign, logdet
}

// luLogDet returns the phase (±1 for real W) and the log of the modulus of
// the determinant of the matrix whose LU factorisation getrf left in lu and
// ipiv; regular is getrf's result.
func luLogDet[W work](n int, lu []W, ipiv []int32, regular bool) (complex128, float64) {
	if !regular {
		return 0, math.Inf(-1)
	}
	ph, ld := complex(1, 0), 0.0
	for j := range n {
		if int(ipiv[j]) != j+1 {
			ph = -ph
		}
	}
	f := floats[W, float64](lu)
	if len(f) == len(lu) { // real: d/|d| is ±1 exactly
		for j := range n {
			d := f[j*n+j]
			if d < 0 {
				ph, d = -ph, -d
			}
			ld += math.Log(d)
		}
		return ph, ld
	}
	for j := range n {
		d := complex(f[2*(j*n+j)], f[2*(j*n+j)+1])
		a := cmplx.Abs(d)
		ph *= d / complex(a, 0)
		ld += math.Log(a)
	}
	return ph, ld
}
