// Package poly is NumPy's legacy polynomial functions (numpy.polyval,
// polyfit, roots, poly, polyder, polyint, polyadd, polysub, polymul,
// polydiv, from numpy/lib/polynomial.py), for float32, float64, complex64
// and complex128 arrays.
//
// A polynomial is a 1-d array of coefficients, highest power first, as in
// NumPy's legacy functions: p = [3, 0, -1] is 3x² - 1 (numpy.polynomial's
// classes, lowest power first, are not covered). The functions take and
// return *ndarray.Array values; inputs of any layout (reversed or stepped
// views included) are read and never modified, and every result is a new
// array.
//
//	p := ndarray.FromSlice([]float64{1, -3, 2}) // x² - 3x + 2
//	poly.Val(p, ndarray.Scalar(4.0))            // 6
//	poly.Roots(p)                               // [2+0i 1+0i]
//	poly.Der(p, 1)                              // [2 -3]
//	c, _ := poly.Fit(x, y, 2)                   // least-squares quadratic
//
// # Computing as NumPy does
//
// Val runs Horner's scheme in NumPy's order, Div NumPy's elimination loop
// (and its absolute 1e-8 trimming of the remainder), Int and Roots divide
// complex numbers with NumPy's algorithm (through ndarray.Div), and Mul and
// FromRoots convolve with ndarray.Convolve. The tests check NumPy's bits
// for Add and Sub, Val of float32 and float64, Der and Int of float64 and
// complex128, and Div of float64 and (in cases found by the audit) float32
// and complex64, whose quotients NumPy computes in 64-bit scalars and Div
// too; the others are within a few units of
// rounding of NumPy's (NumPy's complex multiplication may fuse its
// multiply-adds, its float32 Der and Int compute in float64,
// and the sums of a convolution may run in another order). Roots finds the eigenvalues of the companion
// matrix with linalg.Eigvals, and Fit solves NumPy's column-scaled
// Vandermonde system with linalg.Lstsq, so they agree with NumPy to within
// the conditioning of the problem (LAPACK under cgo, gonum with
// CGO_ENABLED=0). Fit computes in float64 (complex128) for 32-bit input,
// as NumPy's does.
//
// # Differences from NumPy
//
//   - Roots returns complex128 for every input type; NumPy returns a real
//     array when all roots are real.
//   - FromRoots keeps T: for complex roots that pair up in conjugates its
//     imaginary parts are zero where NumPy returns a real array; an empty r
//     gives [1] where NumPy returns the scalar 1.0. numpy.poly of a square
//     matrix is CharPoly.
//   - NumPy's RankWarning (a rank-deficient Fit) has no counterpart: FitFull
//     returns the rank. polyfit's full=True is FitFull, cov=True FitCov.
//   - Polynomials are 1-d (0-d counts as degree 0 where NumPy takes a
//     scalar): NumPy's functions accept some n-d arrays and broadcast over
//     them in ways that differ from one function to the next.
//   - Where NumPy promotes float32 to float64 (polyint, polyder, polyfit's
//     result), the result keeps T.
//   - numpy.poly1d, the polynomial class, is not provided: these functions
//     on coefficient arrays cover its arithmetic.
//
// # Panics and errors
//
// A programmer's mistake panics with a typed value from package ndarray
// whose message reads like NumPy's: *ndarray.ValueError (a negative degree
// or order, an array of the wrong dimensions), *ndarray.ShapeError (Fit's x,
// y and weights of different lengths), *ndarray.IndexError (Div of an empty
// polynomial). Failures that depend on the data are returned as errors
// matching linalg's sentinels: linalg.ErrNotFinite for Roots of a
// polynomial with an infinite or NaN coefficient, linalg.ErrNoConvergence
// for a fit whose SVD does not converge.
package poly
