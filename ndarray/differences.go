package ndarray

import "math"

// Differences of a flattened array (numpy.ediff1d) and phase unwrapping
// (numpy.unwrap), written as calculus.go's functions are: with the
// element-wise functions on views, in NumPy's order of operations and in
// T, so that they round as NumPy's do.

// Ediff1d returns the differences between consecutive elements of a
// flattened, out[i] = a.flat[i+1] - a.flat[i], with toBegin's elements
// (flattened) before them and toEnd's after, like numpy.ediff1d(a, to_end,
// to_begin); nil stands for None. The result is a new 1-d array;
// integer differences wrap around in T, as NumPy's do.
func Ediff1d[T Number](a, toEnd, toBegin *Array[T]) *Array[T] {
	const op = "Ediff1d"
	checkNil(op, a)
	flat := a.Ravel()
	nd := max(flat.shape[0]-1, 0)
	var nb, ne int
	if toBegin != nil {
		toBegin = toBegin.Ravel()
		nb = toBegin.shape[0]
	}
	if toEnd != nil {
		toEnd = toEnd.Ravel()
		ne = toEnd.shape[0]
	}
	out := emptyArray[T](op, []int{nb + nd + ne})
	if nb > 0 {
		CopyTo(axisRange(out, 0, 0, nb), toBegin)
	}
	if ne > 0 {
		CopyTo(axisRange(out, 0, nb+nd, nb+nd+ne), toEnd)
	}
	binaryTo(op, &subtractKernels, axisRange(out, 0, nb, nb+nd), axisRange(flat, 0, 1, nd+1), axisRange(flat, 0, 0, nd))
	return out
}

// UnwrapOption configures Unwrap: Discont, UnwrapAxis, UnwrapPeriod.
type UnwrapOption func(*unwrapConfig)

type unwrapConfig struct {
	discont, period float64
	discontSet      bool
	axis            int
}

// Discont sets the largest jump Unwrap leaves alone, numpy.unwrap's
// discont (default period/2; a value below period/2 acts as period/2).
func Discont(d float64) UnwrapOption {
	return func(c *unwrapConfig) { c.discont, c.discontSet = d, true }
}

// UnwrapAxis sets the axis Unwrap works along (negative counts from the
// end; default -1, the last), numpy.unwrap's axis.
func UnwrapAxis(axis int) UnwrapOption { return func(c *unwrapConfig) { c.axis = axis } }

// UnwrapPeriod sets the period of the values Unwrap unwraps (default 2π),
// numpy.unwrap's period.
func UnwrapPeriod(p float64) UnwrapOption { return func(c *unwrapConfig) { c.period = p } }

// Unwrap returns p with each jump between neighbours along an axis of more
// than max(discont, period/2) replaced by its complement modulo period,
// like numpy.unwrap(p, discont, axis, period=period) (NumPy 1.21's
// signature): a phase in radians comes out without jumps above π. It
// computes as NumPy does, in T with discont, period and period/2 rounded
// to T: the differences d of p along the axis, dmod = mod(d + period/2,
// period) - period/2 (+period/2 where that is -period/2 and d > 0), a
// correction dmod - d where |d| >= discont, else 0, and p plus the
// cumulative sum of the corrections. The result is a new array. Unwrap
// panics with a *ValueError if p is 0-d, and with an *AxisError for an
// axis out of range.
func Unwrap[T Float](p *Array[T], opts ...UnwrapOption) *Array[T] {
	const op = "Unwrap"
	checkNil(op, p)
	c := unwrapConfig{period: 2 * math.Pi, axis: -1}
	for _, o := range opts {
		o(&c)
	}
	if p.Ndim() == 0 {
		panicValue(op, "diff requires input that is at least one dimensional") // NumPy's, from its diff
	}
	k := normAxis(op, c.axis, p.Ndim())
	if !c.discontSet {
		c.discont = c.period / 2
	}
	high := Scalar(T(c.period / 2))
	low := Scalar(-T(c.period / 2))
	dd := Diff(p, 1, k)
	// ddmod = mod(dd - interval_low, period) + interval_low
	ddmod := Sub(dd, low)
	RemainderTo(ddmod, ddmod, Scalar(T(c.period)))
	AddTo(ddmod, ddmod, low)
	// A jump of exactly period/2 up keeps its sign: ddmod was -period/2.
	up := LogicalAnd(Equal(ddmod, low), Greater(dd, Scalar[T](0)))
	WhereTo(ddmod, up, high, ddmod)
	correction := SubTo(ddmod, ddmod, dd)
	WhereTo(correction, Less(Abs(dd), Scalar(T(c.discont))), Scalar[T](0), correction)
	out := p.Copy()
	if n := p.shape[k]; n > 1 {
		AddTo(axisRange(out, k, 1, n), axisRange(p, k, 1, n), CumSum(correction, Axis(k)))
	}
	return out
}
