package ndarray

import (
	"math"

	gblas "gonum.org/v1/gonum/blas"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/internal/cmath"
)

// Covariance and correlation matrices: numpy.cov and numpy.corrcoef.

// CovOption configures Cov and Corrcoef: RowVar, Bias, CovDdof, FWeights,
// AWeights.
type CovOption func(*covConfig)

type covConfig struct {
	colVars  bool
	bias     bool
	ddof     int
	ddofSet  bool
	fweights *Array[int]
	aweights *Array[float64]
}

// RowVar says whether each row of the data is a variable whose
// observations run along the row (true, the default) or each column is,
// like numpy.cov's rowvar.
func RowVar(rowVar bool) CovOption { return func(c *covConfig) { c.colVars = !rowVar } }

// Bias normalises the covariance by N (or the sum of the weights) rather
// than N - 1, like numpy.cov's bias=True. CovDdof overrides it.
func Bias() CovOption { return func(c *covConfig) { c.bias = true } }

// CovDdof sets the delta degrees of freedom of Cov, like numpy.cov's ddof:
// the normalisation is N - ddof. The default is 1 (0 with Bias).
func CovDdof(ddof int) CovOption { return func(c *covConfig) { c.ddof, c.ddofSet = ddof, true } }

// FWeights gives each observation an integer frequency, how many times it
// counts, like numpy.cov's fweights.
func FWeights(w *Array[int]) CovOption { return func(c *covConfig) { c.fweights = w } }

// AWeights gives each observation a weight of importance, like numpy.cov's
// aweights.
func AWeights(w *Array[float64]) CovOption { return func(c *covConfig) { c.aweights = w } }

// Cov returns the covariance matrix of the variables that are the rows of
// m (a 1-d m is one variable) and of y (nil for none), like numpy.cov:
// c[i][j] = Σ_k (x_i[k] - mean_i)·(x_j[k] - mean_j) / (N - ddof), with
// NumPy's weighted means and normalisation when FWeights or AWeights are
// given. As in NumPy the data are converted to float64 first, so the result
// is float64 for every T (complex data: CovComplex), and a single variable
// gives a 0-d result; no rows give a 0×0 one. Where the normalisation is
// not positive it is taken as 0 (NumPy also warns), giving inf or NaN.
// The products are summed by the BLAS call NumPy makes (syrk or gemm).
//
// Cov panics with a *ValueError if m or y has more than 2 dimensions or a
// weight is negative, with a *ShapeError if y or the weights do not fit m
// (NumPy's RuntimeError for the weights), and with a *ValueError if the
// weights sum to zero.
func Cov[T Real](m, y *Array[T], opts ...CovOption) *Array[float64] {
	return cov[float64]("Cov", m, y, covOptions(opts))
}

// CovComplex is Cov of complex data, like numpy.cov of a complex array:
// c[i][j] = Σ_k (x_i[k] - mean_i)·conj(x_j[k] - mean_j) / (N - ddof), in
// complex128 for every T. The normalisation is NumPy's complex one (its
// numpy.average returns the weights' sum as complex for complex data), so
// with AWeights and a ddof it is NumPy's to the bit: tiny rather than 0
// where the real quotient would cancel exactly.
func CovComplex[T Complex](m, y *Array[T], opts ...CovOption) *Array[complex128] {
	return cov[complex128]("CovComplex", m, y, covOptions(opts))
}

// Corrcoef returns the matrix of Pearson correlation coefficients of the
// variables of x and y (nil for none), like numpy.corrcoef: Cov(x, y,
// opts...) divided by the standard deviations of the row and column
// variables, with real parts clipped to [-1, 1]. Bias and CovDdof have no
// effect, as NumPy's deprecated bias and ddof; the weights, which
// numpy.corrcoef does not take, weight the covariances. A single variable
// gives c/c: 1, or NaN where its variance is 0 or not finite. Corrcoef
// panics as Cov does.
func Corrcoef[T Real](x, y *Array[T], opts ...CovOption) *Array[float64] {
	cfg := covOptions(opts)
	cfg.bias, cfg.ddofSet = false, false
	return correlation(cov[float64]("Corrcoef", x, y, cfg))
}

// CorrcoefComplex is Corrcoef of complex data, like numpy.corrcoef of a
// complex array, in complex128; both parts are clipped to [-1, 1].
func CorrcoefComplex[T Complex](x, y *Array[T], opts ...CovOption) *Array[complex128] {
	cfg := covOptions(opts)
	cfg.bias, cfg.ddofSet = false, false
	return correlation(cov[complex128]("CorrcoefComplex", x, y, cfg))
}

func covOptions(opts []CovOption) covConfig {
	var c covConfig
	for _, o := range opts {
		o(&c)
	}
	return c
}

// cov is numpy.cov in R, step by step: the variables as rows of a copy X,
// their (weighted) means subtracted, X·conj(X·w)ᵀ multiplied by 1/fact.
func cov[R float64 | complex128, T Number](op string, m, y *Array[T], cfg covConfig) *Array[R] {
	checkNil(op, m)
	if m.Ndim() > 2 {
		panicValue(op, "m has more than 2 dimensions")
	}
	if y != nil && y.Ndim() > 2 {
		panicValue(op, "y has more than 2 dimensions")
	}
	x := covVariables[R](m, cfg.colVars)
	if x.shape[0] == 0 {
		return Empty[R](0, 0)
	}
	if y != nil {
		x = Concatenate([]*Array[R]{x, covVariables[R](y, cfg.colVars)}, 0)
	}
	nobs := x.shape[1]
	ddof := cfg.ddof
	if !cfg.ddofSet && !cfg.bias {
		ddof = 1
	}
	w := covWeights(op, cfg, nobs)

	// NumPy's normaliser is fact in the data's type (numpy.average returns
	// the sum of the weights as complex for complex data), its quotients
	// NumPy's divide (for complex, Smith's method by a reciprocal, so that
	// v1 - ddof*v2/v1 need not cancel to 0 where the real quotient does),
	// and 1/fact the true_divide(1, fact) that scales the products.
	var mean *Array[R]
	var scale R
	if w == nil {
		mean = Mean(x, Axis(1))
		fact := float64(nobs - ddof)
		if fact <= 0 {
			fact = 0
		}
		scale = fromFloat[R](1 / fact)
	} else {
		// numpy.average's weighted mean, sum(x*w)/sum(w).
		wr := Convert[R](w)
		mean = Sum(Mul(x, wr), Axis(1))
		wsum := Sum(wr).Item()
		if wsum == 0 {
			panicValue(op, "Weights sum to zero, can't be normalized")
		}
		DivTo(mean, mean, Scalar(wsum))
		var fact R
		switch {
		case ddof == 0:
			fact = wsum
		case cfg.aweights == nil:
			fact = wsum - fromFloat[R](float64(ddof))
		default:
			// Python's sum: in order, from 0.
			var s float64
			for i, a := range cfg.aweights.ToSlice() {
				s += float64(w.data[i] * a) // rounded, not fused: NumPy's product
			}
			fact = wsum - covQuo(fromFloat[R](float64(ddof)*s), wsum)
		}
		if covNotPositive(fact) {
			scale = fromFloat[R](math.Inf(1)) // NumPy's fact = 0.0, 1/fact
		} else {
			scale = covQuo(1, fact)
		}
	}
	SubTo(x, x, mean.Reshape(-1, 1))
	c := covProduct(x, w)
	MulTo(c, c, Scalar(scale))
	return c.Squeeze()
}

// covQuo returns a/b as NumPy's divide of R: for complex128 Smith's
// method by the reciprocal of the denominator (cmath.Div), not Go's.
func covQuo[R float64 | complex128](a, b R) R {
	if z, ok := any(b).(complex128); ok {
		return any(cmath.Div(any(a).(complex128), z)).(R)
	}
	return a / b
}

// covNotPositive reports NumPy's fact <= 0, for complex128 its ordering
// of complex numbers: by real part where neither imaginary part is NaN,
// then by imaginary part.
func covNotPositive[R float64 | complex128](fact R) bool {
	if z, ok := any(fact).(complex128); ok {
		r, i := real(z), imag(z)
		return r < 0 && !math.IsNaN(i) || r == 0 && i <= 0
	}
	return any(fact).(float64) <= 0
}

// covProduct returns X·conj(X·w)ᵀ for the C-ordered p×n matrix x and the
// weights w (nil for none) by the BLAS call NumPy's dot makes: for real x
// without weights, where NumPy's conj returns x itself, syrk on the upper
// triangle mirrored to the lower; otherwise gemm of x and the conjugated
// copy.
func covProduct[R float64 | complex128](x *Array[R], w *Array[float64]) *Array[R] {
	p, n := x.shape[0], x.shape[1]
	c := Zeros[R](p, p)
	if p == 0 || n == 0 {
		return c
	}
	switch x := any(x).(type) {
	case *Array[float64]:
		d := any(c).(*Array[float64]).data
		if w == nil {
			blas.Float64().Dsyrk(gblas.Upper, gblas.NoTrans, p, n, 1, x.data, n, 0, d, p)
			for i := range p {
				for j := i + 1; j < p; j++ {
					d[j*p+i] = d[i*p+j]
				}
			}
			break
		}
		xw := Mul(x, w)
		blas.Float64().Dgemm(gblas.NoTrans, gblas.Trans, p, p, n, 1, x.data, n, xw.data, n, 0, d, p)
	case *Array[complex128]:
		xw := x
		if w != nil {
			xw = Mul(x, Convert[complex128](w))
		}
		xw = Conj(xw)
		blas.Complex128().Zgemm(gblas.NoTrans, gblas.Trans, p, p, n, 1, x.data, n, xw.data, n, 0, any(c).(*Array[complex128]).data, p)
	}
	return c
}

// covVariables returns a as a C-ordered 2-d array of R whose rows are
// its variables, as numpy.cov's array(m, ndmin=2), transposed when the
// variables are columns (colVars, unless a has one row).
func covVariables[R float64 | complex128, T Number](a *Array[T], colVars bool) *Array[R] {
	switch a.Ndim() {
	case 0:
		a = a.Reshape(1, 1)
	case 1:
		a = a.Reshape(1, -1)
	}
	if colVars && a.shape[0] != 1 {
		a = a.T()
	}
	return Convert[R](a)
}

// covWeights checks the frequency and importance weights as NumPy does and
// returns their product as float64, or nil when there are none.
func covWeights(op string, cfg covConfig, nobs int) *Array[float64] {
	var w *Array[float64]
	if f := cfg.fweights; f != nil {
		switch {
		case f.Ndim() > 1:
			panicShape(op, "cannot handle multidimensional fweights")
		case f.Ndim() == 0 || f.shape[0] != nobs:
			panicShape(op, "incompatible numbers of samples and fweights")
		case Any(Less(f, Scalar(0))).Item():
			panicValue(op, "fweights cannot be negative")
		}
		w = Convert[float64](f)
	}
	if a := cfg.aweights; a != nil {
		switch {
		case a.Ndim() > 1:
			panicShape(op, "cannot handle multidimensional aweights")
		case a.Ndim() == 0 || a.shape[0] != nobs:
			panicShape(op, "incompatible numbers of samples and aweights")
		case Any(Less(a, Scalar(0.0))).Item():
			panicValue(op, "aweights cannot be negative")
		}
		if w == nil {
			w = a.Copy()
		} else {
			MulTo(w, w, a)
		}
	}
	return w
}

// correlation turns the covariance matrix c into numpy.corrcoef's:
// c[i][j] / stddev[i] / stddev[j], real (and imaginary) parts clipped to
// [-1, 1]; a 0-d c (one variable) gives c/c.
func correlation[R float64 | complex128](c *Array[R]) *Array[R] {
	if c.Ndim() == 0 {
		return DivTo(c, c, c)
	}
	// The parts to clip: c itself, or its real and imaginary parts.
	var parts []*Array[float64]
	if z, ok := any(c).(*Array[complex128]); ok {
		parts = []*Array[float64]{RealPart[float64](z), ImagPart[float64](z)}
	} else {
		parts = []*Array[float64]{any(c).(*Array[float64])}
	}
	s := Convert[R](Sqrt(parts[0].Diagonal(0)))
	DivTo(c, c, s.Reshape(-1, 1))
	DivTo(c, c, s.Reshape(1, -1))
	for _, p := range parts {
		ClipTo(p, p, -1, 1)
	}
	return c
}
