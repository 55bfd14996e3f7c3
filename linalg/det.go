package linalg

import (
	"math"

	"github.com/numgo/numgo/ndarray"
)

// Det returns the determinant of each matrix of a, an array (..., M, M),
// like numpy.linalg.det: an array of shape (...), 0-d for a single matrix.
// As NumPy it factors A = P L U (LAPACK's getrf) and returns
// sign·exp(logdet) from Slogdet's factors, so a singular matrix has
// determinant 0 and no error. Det panics with a *ndarray.ValueError if a
// has fewer than two axes and with a *ndarray.ShapeError if its matrices
// are not square.
func Det[T ndarray.Float](a *ndarray.Array[T]) *ndarray.Array[T] {
	sign, logdet := slogdet("Det", a)
	s, l := sign.Data(), logdet.Data()
	for i := range s {
		s[i] *= T(math.Exp(float64(l[i])))
	}
	return sign
}

// Slogdet returns the sign and the natural logarithm of the absolute value
// of the determinant of each matrix of a, an array (..., M, M), like
// numpy.linalg.slogdet; both results have shape (...). The sign is 1, -1,
// or 0 with logdet -Inf for a singular matrix. Computing in logarithms
// avoids the overflow and underflow of Det on large matrices. Slogdet
// panics as Det does.
func Slogdet[T ndarray.Float](a *ndarray.Array[T]) (sign, logdet *ndarray.Array[T]) {
	return slogdet("Slogdet", a)
}

func slogdet[T ndarray.Float](op string, a *ndarray.Array[T]) (sign, logdet *ndarray.Array[T]) {
	st := matrices(op, a, true)
	n := st.n
	sign, logdet = ndarray.Zeros[T](st.lead...), ndarray.Zeros[T](st.lead...)
	s, l := sign.Data(), logdet.Data()
	st.each(func(i int, m matrix[T]) error {
		lu, ipiv := load(m, nil), make([]int32, n)
		if !drivers.Dgetrf(n, n, lu, max(1, n), ipiv) {
			s[i], l[i] = 0, T(math.Inf(-1))
			return nil
		}
		sg, ld := 1.0, 0.0
		for j := range n {
			d := lu[j*n+j]
			if int(ipiv[j]) != j+1 {
				sg = -sg
			}
			if d < 0 {
				sg, d = -sg, -d
			}
			ld += math.Log(d)
		}
		s[i], l[i] = T(sg), T(ld)
		return nil
	})
	return sign, logdet
}
