package ndarray

import (
	"math"

	"github.com/numgo/numgo/internal/libm"
)

// Window functions and the modified Bessel function I0, NumPy's
// numpy.hanning, hamming, blackman, bartlett, kaiser and i0
// (numpy/lib/function_base.py). Each computes NumPy's formula in NumPy's
// order of operations, so that results differ from NumPy's only where
// cos and exp round differently in the last bit (NumPy's SIMD kernels
// against numgo's libm, each within an ulp of the true value). Explicit conversions such as
// float64(0.5*c) round each product, as NumPy's separate ufunc calls do:
// the Go spec lets a compiler fuse x*y+z otherwise.

// Hanning returns the Hann window of M points, like numpy.hanning:
// 0.5 + 0.5*cos(π·n/(M-1)) for n = 1-M, 3-M, ..., M-1. It is empty for
// M <= 0 and [1] for M == 1. Hanning panics with a *ValueError if M is
// too large to allocate.
func Hanning(M int) *Array[float64] {
	return symmetricWindow("Hanning", M, func(n, m1 float64) float64 {
		return 0.5 + float64(0.5*libm.Cos(math.Pi*n/m1))
	})
}

// Hamming returns the Hamming window of M points, like numpy.hamming:
// 0.54 + 0.46*cos(π·n/(M-1)) for n = 1-M, 3-M, ..., M-1. It is empty for
// M <= 0 and [1] for M == 1. Hamming panics with a *ValueError if M is
// too large to allocate.
func Hamming(M int) *Array[float64] {
	return symmetricWindow("Hamming", M, func(n, m1 float64) float64 {
		return 0.54 + float64(0.46*libm.Cos(math.Pi*n/m1))
	})
}

// Blackman returns the Blackman window of M points, like numpy.blackman:
// 0.42 + 0.5*cos(π·n/(M-1)) + 0.08*cos(2π·n/(M-1)) for n = 1-M, 3-M, ...,
// M-1. It is empty for M <= 0 and [1] for M == 1. Blackman panics with a
// *ValueError if M is too large to allocate.
func Blackman(M int) *Array[float64] {
	return symmetricWindow("Blackman", M, func(n, m1 float64) float64 {
		return 0.42 + float64(0.5*libm.Cos(math.Pi*n/m1)) + float64(0.08*libm.Cos(2.0*math.Pi*n/m1))
	})
}

// Bartlett returns the Bartlett (triangular) window of M points, like
// numpy.bartlett: 1 - |n|/(M-1) for n = 1-M, 3-M, ..., M-1, which is zero
// at both ends. It is empty for M <= 0 and [1] for M == 1. Bartlett panics
// with a *ValueError if M is too large to allocate.
func Bartlett(M int) *Array[float64] {
	return symmetricWindow("Bartlett", M, func(n, m1 float64) float64 {
		if n <= 0 {
			return 1 + n/m1
		}
		return 1 - n/m1
	})
}

// symmetricWindow returns the symmetric window of M points whose element i is
// f(n, M-1) with n = 1-M+2i, NumPy's arange(1-M, M, 2), as the windows
// other than Kaiser compute it.
func symmetricWindow(op string, M int, f func(n, m1 float64) float64) *Array[float64] {
	out := emptyArray[float64](op, []int{max(M, 0)})
	if M == 1 {
		out.data[0] = 1
		return out
	}
	m1 := float64(M - 1)
	for i := range out.data {
		out.data[i] = f(float64(1-M+2*i), m1)
	}
	return out
}

// Kaiser returns the Kaiser window of M points with shape parameter beta,
// like numpy.kaiser: I0(beta·sqrt(1 - ((n-α)/α)²)) / I0(beta) for
// n = 0, ..., M-1 and α = (M-1)/2, with I0 the modified Bessel function
// of order 0. beta = 0 gives a rectangular window; the larger beta, the narrower
// the window. It is empty for M <= 0 and [1] for M == 1; an infinite or
// NaN beta gives NaNs, as in NumPy. Kaiser panics with a *ValueError if M
// is too large to allocate.
func Kaiser(M int, beta float64) *Array[float64] {
	out := emptyArray[float64]("Kaiser", []int{max(M, 0)})
	if M == 1 {
		out.data[0] = 1
		return out
	}
	alpha := float64(M-1) / 2.0
	den := i0Of(beta)
	for i := range out.data {
		t := (float64(i) - alpha) / alpha
		out.data[i] = i0Of(beta*math.Sqrt(1-float64(t*t))) / den
	}
	return out
}

// I0 returns the modified Bessel function of the first kind of order 0
// of each element of x, like numpy.i0, in a new array of x's shape. It
// uses NumPy's (Cephes') Chebyshev expansions on [0, 8] and (8, ∞),
// computed in T, as NumPy does: a float32 x gives float32 results
// computed in float32 arithmetic, with NumPy 1.24's rounding of the
// coefficients to float32 (so I0 of float32 0 is 0.99999994, not 1). I0
// of ±Inf is NaN, as NumPy's (whose formula divides ∞ by ∞), and it
// overflows to +Inf from about 709.78 (88.72 in float32), where the
// formula's factor exp(x) does, as NumPy's; I0(-x) = I0(x). Integers
// are not taken: NumPy converts them to float64, I0(Convert[float64](a)).
// I0 panics with a *ValueError if x is nil.
func I0[T Float](x *Array[T]) *Array[T] {
	checkNil("I0", x)
	out := x.Copy()
	for i, v := range out.data {
		out.data[i] = i0Of(v)
	}
	return out
}

// i0Of is NumPy's i0 of one value: exp(x)·chbevl(x/2-2, A) for |x| <= 8
// (_i0_1) and exp(x)·chbevl(32/x-2, B)/sqrt(x) above (_i0_2, which NaN
// takes too).
func i0Of[T Float](x T) T {
	if x < 0 {
		x = -x
	}
	e := T(libm.Exp(float64(x)))
	if x <= 8 {
		return e * i0Chebyshev(x/2.0-2, i0CoefA[:])
	}
	return e * i0Chebyshev(32.0/x-2.0, i0CoefB[:]) / T(math.Sqrt(float64(x)))
}

// i0Chebyshev sums the Chebyshev series of coefficients c at x by
// Clenshaw's recurrence, NumPy's _chbevl, each coefficient rounded to T
// as NumPy's ufuncs cast a Python float against an array of T.
func i0Chebyshev[T Float](x T, c []float64) T {
	b0, b1, b2 := T(c[0]), T(0), T(0)
	for _, v := range c[1:] {
		b2, b1 = b1, b0
		b0 = T(x*b1) - b2 + T(v)
	}
	return 0.5 * (b0 - b2)
}

// i0CoefA and i0CoefB are NumPy's _i0A and _i0B, from Cephes: Chebyshev
// coefficients of exp(-x)·I0(x) on [0, 8] and of exp(-x)·sqrt(x)·I0(x)
// on (8, ∞) in the inverted interval.
var (
	i0CoefA = [...]float64{
		-4.41534164647933937950e-18,
		3.33079451882223809783e-17,
		-2.43127984654795469359e-16,
		1.71539128555513303061e-15,
		-1.16853328779934516808e-14,
		7.67618549860493561688e-14,
		-4.85644678311192946090e-13,
		2.95505266312963983461e-12,
		-1.72682629144155570723e-11,
		9.67580903537323691224e-11,
		-5.18979560163526290666e-10,
		2.65982372468238665035e-9,
		-1.30002500998624804212e-8,
		6.04699502254191894932e-8,
		-2.67079385394061173391e-7,
		1.11738753912010371815e-6,
		-4.41673835845875056359e-6,
		1.64484480707288970893e-5,
		-5.75419501008210370398e-5,
		1.88502885095841655729e-4,
		-5.76375574538582365885e-4,
		1.63947561694133579842e-3,
		-4.32430999505057594430e-3,
		1.05464603945949983183e-2,
		-2.37374148058994688156e-2,
		4.93052842396707084878e-2,
		-9.49010970480476444210e-2,
		1.71620901522208775349e-1,
		-3.04682672343198398683e-1,
		6.76795274409476084995e-1,
	}
	i0CoefB = [...]float64{
		-7.23318048787475395456e-18,
		-4.83050448594418207126e-18,
		4.46562142029675999901e-17,
		3.46122286769746109310e-17,
		-2.82762398051658348494e-16,
		-3.42548561967721913462e-16,
		1.77256013305652638360e-15,
		3.81168066935262242075e-15,
		-9.55484669882830764870e-15,
		-4.15056934728722208663e-14,
		1.54008621752140982691e-14,
		3.85277838274214270114e-13,
		7.18012445138366623367e-13,
		-1.79417853150680611778e-12,
		-1.32158118404477131188e-11,
		-3.14991652796324136454e-11,
		1.18891471078464383424e-11,
		4.94060238822496958910e-10,
		3.39623202570838634515e-9,
		2.26666899049817806459e-8,
		2.04891858946906374183e-7,
		2.89137052083475648297e-6,
		6.88975834691682398426e-5,
		3.36911647825569408990e-3,
		8.04490411014108831608e-1,
	}
)
