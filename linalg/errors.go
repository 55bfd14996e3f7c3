package linalg

import (
	"errors"
	"fmt"

	"github.com/numgo/numgo/ndarray"
)

// Errors the numpy.linalg routines return when the data, not the call, is
// at fault (NumPy raises LinAlgError for them). They are matched with
// errors.Is; the returned error names the routine.
var (
	// ErrSingular reports a matrix that is singular to working precision
	// where an inverse or a solution is needed (NumPy's "Singular matrix").
	ErrSingular = errors.New("singular matrix")
	// ErrNoConvergence reports an iterative factorisation (SVD, eigenvalues,
	// least squares) that did not converge, as NaN or Inf input makes it.
	ErrNoConvergence = errors.New("did not converge")
	// ErrNotPositiveDefinite reports a matrix Cholesky cannot factor
	// (NumPy's "Matrix is not positive definite").
	ErrNotPositiveDefinite = errors.New("matrix is not positive definite")
	// ErrNotFinite reports NaN or Inf input to a routine that NumPy refuses
	// it to (Eig, Eigvals: "Array must not contain infs or NaNs").
	ErrNotFinite = errors.New("array must not contain infs or NaNs")
)

// opError wraps err with the routine's name.
func opError(op string, err error) error { return fmt.Errorf("linalg: %s: %w", op, err) }

// panicSquare panics with NumPy's message for a stack whose matrices are
// not square.
func panicSquare(op string) {
	panic(&ndarray.ShapeError{Op: op, Msg: "Last 2 dimensions of the array must be square"})
}

// panicValue panics with a *ndarray.ValueError.
func panicValue(op, format string, args ...any) {
	panic(&ndarray.ValueError{Op: op, Msg: fmt.Sprintf(format, args...)})
}
