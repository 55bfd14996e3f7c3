package poly

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

// ErrRankDeficient is matched (errors.Is) by FitCov's error for a fit whose
// Vandermonde matrix is rank-deficient, which leaves no residuals to scale
// the covariance by (NumPy fails there with a broadcasting error).
var ErrRankDeficient = errors.New("poly: rank-deficient fit")

// A FitOption sets an optional argument of Fit, FitFull and FitCov.
type FitOption func(*fitConfig)

type fitConfig struct {
	w        any // nil or an *ndarray.Array of an inexact type
	rcond    float64
	unscaled bool
	cov      bool // FitCov's: compute the covariance
}

// Weights weighs the sample points: the residual y[i] - p(x[i]) is
// multiplied by w[i], numpy.polyfit's w (for Gaussian uncertainties, use
// 1/σ). w is 1-d with one weight per point; it is converted to the fit's
// type, and complex weights need a complex fit. A nil w means no weights.
func Weights[W linalg.Inexact](w *ndarray.Array[W]) FitOption {
	return func(c *fitConfig) {
		if w == nil { // not a typed nil in c.w, which would not compare equal to nil
			c.w = nil
			return
		}
		c.w = w
	}
}

// RCond sets the relative cutoff below which singular values of the scaled
// Vandermonde matrix count as zero, numpy.polyfit's rcond. The default is
// len(x) times the machine precision of x's type (float32's for float32 and
// complex64).
func RCond(rcond float64) FitOption { return func(c *fitConfig) { c.rcond = rcond } }

// Unscaled makes FitCov return the covariance unscaled by the residuals,
// numpy.polyfit's cov="unscaled", for weights that are 1/σ of known
// uncertainties σ.
func Unscaled() FitOption { return func(c *fitConfig) { c.unscaled = true } }

// Fit returns the coefficients p, highest power first, of the polynomial of
// degree deg that fits the points (x[i], y[i]) best in the least-squares
// sense, like numpy.polyfit: it minimises Σ|w[i]·(y[i] - p(x[i]))|² (w = 1
// without Weights). y is 1-d, or 2-d for one fit per column; p has shape
// (deg+1,) or (deg+1, K). As NumPy it solves with linalg.Lstsq the
// Vandermonde system whose columns are first divided by their 2-norms
// (their sqrt(Σ x^(2k)), complex for complex x, as NumPy's), then divides
// the solution back; the Vandermonde powers and the solve run in
// float64 (complex128) for float32 (complex64) input too, as NumPy's do,
// the result being rounded to T.
//
// NumPy warns with a RankWarning when the scaled matrix is rank-deficient
// (its rank below deg+1: too high a degree for the points, or points too
// close together); Go has no warnings, and Fit returns the minimum-norm
// solution silently: use FitFull, whose Rank says so. Fit reads the options
// Weights and RCond.
//
// Fit returns an error matching linalg.ErrNoConvergence if the SVD does not
// converge, as a NaN or an infinity in x or w makes it (NumPy's
// LinAlgError; x with all points at 0 and deg > 0 is such a case). A NaN in
// y is no error, as in NumPy: the coefficients and residual of its column
// are NaN (an infinity in y makes every column NaN under cgo, as LAPACK's
// scaling of y does in NumPy, and its column NaN or infinite with
// CGO_ENABLED=0). It
// panics with a *ndarray.ValueError, with NumPy's message, if deg < 0 ("expected deg >=
// 0"), x is not 1-d or empty, or y is neither 1-d nor 2-d, or the weights
// are not 1-d or complex for a real fit, and with a *ndarray.ShapeError if
// x, y and the weights differ in length.
func Fit[T linalg.Inexact](x, y *ndarray.Array[T], deg int, opts ...FitOption) (*ndarray.Array[T], error) {
	r, err := fit("Fit", x, y, deg, opts)
	if err != nil {
		return nil, err
	}
	return r.coef, nil
}

// FitResult holds what numpy.polyfit returns with full=True.
type FitResult[T linalg.Inexact] struct {
	Coef *ndarray.Array[T] // the coefficients, as Fit returns them
	// Residuals holds the sum of the squared weighted residuals of each
	// column of y, shape (K,) or (1,), when the rank is deg+1 and there
	// are more points than coefficients; it is empty otherwise.
	Residuals *ndarray.Array[float64]
	// Rank is the effective rank of the scaled Vandermonde matrix: below
	// deg+1, NumPy's Fit warns (RankWarning).
	Rank int
	// SingularValues are those of the scaled Vandermonde matrix, in
	// descending order.
	SingularValues *ndarray.Array[float64]
	// RCond is the cutoff used.
	RCond float64
}

// FitFull fits as Fit does and returns also the diagnostics of the
// least-squares solve, like numpy.polyfit with full=True. It reads the
// options Weights and RCond, and returns the errors and panics of Fit.
func FitFull[T linalg.Inexact](x, y *ndarray.Array[T], deg int, opts ...FitOption) (FitResult[T], error) {
	r, err := fit("FitFull", x, y, deg, opts)
	if err != nil {
		return FitResult[T]{}, err
	}
	return FitResult[T]{Coef: r.coef, Residuals: r.resid, Rank: r.rank, SingularValues: r.sv, RCond: r.rcond}, nil
}

// FitCov fits as Fit does and returns also the covariance matrix of the
// coefficients, like numpy.polyfit with cov=True: (AᵀA)⁻¹ for the weighted
// Vandermonde matrix A (transposed, not conjugated, for complex x, as
// NumPy's), times the sum of the squared residuals divided by
// len(x)-deg-1; with the option Unscaled (NumPy's cov="unscaled") it is not
// multiplied. cov has shape (deg+1, deg+1), or (deg+1, deg+1, K) for a 2-d
// y, cov[:, :, j] belonging to column j (with Unscaled, (deg+1, deg+1, 1),
// as NumPy's). FitCov reads the options Weights,
// RCond and Unscaled. Besides the errors of Fit, it returns one matching
// linalg.ErrSingular if AᵀA is singular, and, unless Unscaled, one matching
// ErrRankDeficient for a rank-deficient fit. Besides the panics of Fit it
// panics with a *ndarray.ValueError, unless Unscaled, if len(x) <= deg+1
// ("the number of data points must exceed order to scale the covariance
// matrix").
func FitCov[T linalg.Inexact](x, y *ndarray.Array[T], deg int, opts ...FitOption) (p, cov *ndarray.Array[T], err error) {
	r, err := fit("FitCov", x, y, deg, append(slices.Clip(opts), func(c *fitConfig) { c.cov = true }))
	if err != nil {
		return nil, nil, err
	}
	return r.coef, r.cov, nil
}

// covariance computes FitCov's covariance from the scaled matrix lhs and
// the scales, in the working type W, after the least-squares solve.
func covariance[T, W linalg.Inexact](lhs, scale *ndarray.Array[W], r fitted[T], ndimY int, unscaled bool) (*ndarray.Array[T], error) {
	m, order := lhs.Shape()[0], lhs.Shape()[1]
	if !unscaled && m <= order {
		panicValue("FitCov", "the number of data points must exceed order to scale the covariance matrix")
	}
	v, err := linalg.Inv(linalg.Matmul(lhs.T(), lhs))
	if err != nil {
		return nil, fmt.Errorf("poly: FitCov: %w", err)
	}
	v = ndarray.Div(v, linalg.Outer(scale, scale))
	if ndimY == 2 {
		v = v.Reshape(order, order, 1)
	}
	if !unscaled {
		if r.rank < order { // no residuals (a y of no columns has none either, and gets an empty cov, as NumPy's)
			return nil, fmt.Errorf("poly: FitCov: rank %d below %d: %w", r.rank, order, ErrRankDeficient)
		}
		fac := ndarray.Div(r.resid, ndarray.Scalar(float64(m-order)))
		v = ndarray.Mul(v, ndarray.Convert[W](fac))
	}
	return ndarray.Convert[T](v), nil
}

// fitted is what fit computes.
type fitted[T linalg.Inexact] struct {
	coef, cov *ndarray.Array[T]
	resid, sv *ndarray.Array[float64]
	rank      int
	rcond     float64
}

func fit[T linalg.Inexact](op string, x, y *ndarray.Array[T], deg int, opts []FitOption) (fitted[T], error) {
	cfg := fitConfig{rcond: math.NaN()}
	for _, o := range opts {
		o(&cfg)
	}
	checkNil(op, "x", x)
	checkNil(op, "y", y)
	// NumPy's checks, in its order.
	switch {
	case deg < 0:
		panicValue(op, "expected deg >= 0")
	case x.Ndim() != 1:
		panicValue(op, "expected 1D vector for x")
	case x.Size() == 0:
		panicValue(op, "expected non-empty vector for x")
	case y.Ndim() < 1 || y.Ndim() > 2:
		panicValue(op, "expected 1D or 2D array for y")
	case x.Shape()[0] != y.Shape()[0]:
		panic(&ndarray.ShapeError{Op: "poly." + op, Msg: "expected x and y to have same length"})
	}
	if math.IsNaN(cfg.rcond) { // the default
		cfg.rcond = float64(x.Size()) * epsOf[T]()
	}
	if ndarray.TypeOf[T]().IsComplex() {
		return fitIn[T, complex128](op, x, y, deg, cfg)
	}
	return fitIn[T, float64](op, x, y, deg, cfg)
}

// fitIn solves the fit in the working type W, float64 or complex128, into
// which NumPy's vander promotes float32 and complex64.
func fitIn[T, W linalg.Inexact](op string, x, y *ndarray.Array[T], deg int, cfg fitConfig) (fitted[T], error) {
	m, order := x.Size(), deg+1
	lhs := ndarray.Vander(ndarray.Convert[W](x), order, false)
	rhs := ndarray.Convert[W](y)
	if cfg.w != nil {
		w, complexW := weightsAs[W](cfg.w)
		switch {
		case w.Ndim() != 1:
			panicValue(op, "expected a 1-d array for weights")
		case w.Shape()[0] != m:
			panic(&ndarray.ShapeError{Op: "poly." + op, Msg: "expected w and y to have the same length"})
		case complexW != "" && !ndarray.TypeOf[W]().IsComplex():
			// NumPy's same-kind casting refuses complex weights for a real fit.
			panicValue(op, "Cannot cast ufunc 'multiply' output from dtype('%s') to dtype('float64') with casting rule 'same_kind'", complexW)
		}
		col := w.Reshape(m, 1)
		ndarray.MulTo(lhs, lhs, col)
		if rhs.Ndim() == 1 {
			col = w
		}
		// NumPy weighs y in place, in T: round the products to T.
		rhs = ndarray.Convert[W](ndarray.Convert[T](ndarray.Mul(rhs, col)))
	}
	scale := ndarray.Sqrt(ndarray.Sum(ndarray.Mul(lhs, lhs), ndarray.Axis(0)))
	ndarray.DivTo(lhs, lhs, scale)
	c, resid, rank, sv, err := linalg.Lstsq(lhs, rhs, linalg.RCond(cfg.rcond))
	if err != nil {
		return fitted[T]{}, fmt.Errorf("poly: %s: %w", op, err)
	}
	if c.Ndim() == 2 {
		c = ndarray.Div(c, scale.Reshape(order, 1))
	} else {
		c = ndarray.Div(c, scale)
	}
	r := fitted[T]{
		coef: ndarray.Convert[T](c), rank: rank, rcond: cfg.rcond,
		resid: ndarray.Convert[float64](resid), sv: ndarray.Convert[float64](sv), // real parts
	}
	if cfg.cov {
		r.cov, err = covariance(lhs, scale, r, y.Ndim(), cfg.unscaled)
	}
	return r, err
}

// weightsAs returns the weights w converted to W (the real parts of
// complex weights for a real W), and the name of their dtype if complex.
func weightsAs[W linalg.Inexact](w any) (*ndarray.Array[W], string) {
	switch a := w.(type) {
	case *ndarray.Array[float32]:
		return ndarray.Convert[W](a), ""
	case *ndarray.Array[float64]:
		return ndarray.Convert[W](a), ""
	case *ndarray.Array[complex64]:
		return ndarray.Convert[W](a), "complex64"
	default:
		return ndarray.Convert[W](w.(*ndarray.Array[complex128])), "complex128"
	}
}

// epsOf returns the machine precision of T's real type.
func epsOf[T linalg.Inexact]() float64 {
	if s := ndarray.TypeOf[T]().Size(); s == 4 || s == 8 && ndarray.TypeOf[T]().IsComplex() {
		return 0x1p-23
	}
	return 0x1p-52
}
