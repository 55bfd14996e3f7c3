package fft

import (
	"fmt"
	"math"
	"slices"

	"github.com/numgo/numgo/ndarray"
)

// NormMode selects how a transform pair is scaled, as NumPy's norm keyword.
type NormMode int

const (
	// Backward leaves the forward transform unscaled and divides the
	// inverse by n (NumPy's default, norm="backward").
	Backward NormMode = iota
	// Ortho divides both directions by √n, making the transforms unitary
	// (norm="ortho").
	Ortho
	// Forward divides the forward transform by n and leaves the inverse
	// unscaled (norm="forward").
	Forward
)

// String returns NumPy's name of the mode.
func (m NormMode) String() string {
	switch m {
	case Backward:
		return "backward"
	case Ortho:
		return "ortho"
	case Forward:
		return "forward"
	}
	return fmt.Sprintf("NormMode(%d)", int(m))
}

// swap exchanges Backward and Forward, as NumPy's hfft and ihfft do to
// express themselves through irfft and rfft.
func (m NormMode) swap() NormMode {
	switch m {
	case Backward:
		return Forward
	case Forward:
		return Backward
	}
	return m
}

// factor returns the scale applied after an unnormalized transform of
// length n in the given direction.
func (m NormMode) factor(n int, fwd bool) float64 {
	switch {
	case m == Ortho:
		return 1 / math.Sqrt(float64(n))
	case (m == Forward) == fwd:
		return 1 / float64(n)
	}
	return 1
}

// Option sets one of NumPy's keyword arguments of the transforms. It is a
// plain value (no closure), so passing options allocates nothing.
type Option struct {
	key  optionKey
	n    int   // N, Axis
	list []int // S, Axes
	norm NormMode
}

type optionKey uint8

const (
	optN optionKey = iota + 1
	optAxis
	optS
	optAxes
	optNorm
)

type options struct {
	n, axis       int
	s, axes       []int
	hasN, hasAxis bool
	hasS, hasAxes bool
	norm          NormMode
}

// N sets the length of a 1-d transform's input along its axis (NumPy's n):
// the input is cropped or padded with zeros to n points. For IRFFT and HFFT
// it is the length of the real output.
func N(n int) Option { return Option{key: optN, n: n} }

// Axis sets the axis of a 1-d transform (NumPy's axis, default -1);
// negative values count from the end.
func Axis(k int) Option { return Option{key: optAxis, n: k} }

// S sets the lengths of an n-d transform's input along its axes (NumPy's
// s), cropping or zero-padding each; for IRFFTN and IRFFT2 the last one is
// the length of the real output.
func S(s ...int) Option { return Option{key: optS, list: append([]int{}, s...)} }

// Axes sets the axes of an n-d transform (NumPy's axes, default all axes,
// or the last len(s) when S is given; the last two for the 2-d forms).
func Axes(axes ...int) Option { return Option{key: optAxes, list: append([]int{}, axes...)} }

// Norm sets the normalization mode (NumPy's norm, default Backward).
func Norm(m NormMode) Option { return Option{key: optNorm, norm: m} }

// apply collects opts and panics if one does not belong to the transform.
func apply(op string, nd bool, opts []Option) options {
	o := options{axis: -1}
	for _, f := range opts {
		switch f.key {
		case optN:
			o.n, o.hasN = f.n, true
		case optAxis:
			o.axis, o.hasAxis = f.n, true
		case optS:
			o.s, o.hasS = f.list, true
		case optAxes:
			o.axes, o.hasAxes = f.list, true
		case optNorm:
			o.norm = f.norm
		}
	}
	if nd && (o.hasN || o.hasAxis) {
		panic(&ndarray.ValueError{Op: op, Msg: "N and Axis are options of the 1-d transforms; use S and Axes"})
	}
	if !nd && (o.hasS || o.hasAxes) {
		panic(&ndarray.ValueError{Op: op, Msg: "S and Axes are options of the n-d transforms; use N and Axis"})
	}
	if o.norm < Backward || o.norm > Forward {
		panic(&ndarray.ValueError{Op: op, Msg: fmt.Sprintf("Invalid norm value %v; should be \"backward\", \"ortho\" or \"forward\".", o.norm)})
	}
	return o
}

// checkN panics with NumPy's message if n is not a valid transform length.
func checkN(op string, n int) {
	if n < 1 {
		panic(&ndarray.ValueError{Op: op, Msg: fmt.Sprintf("Invalid number of FFT data points (%d) specified.", n)})
	}
}

// normAxis returns axis as a non-negative index into ndim axes.
func normAxis(op string, axis, ndim int) int {
	if axis < -ndim || axis >= ndim {
		panic(&ndarray.AxisError{Op: op, Axis: axis, Ndim: ndim})
	}
	if axis < 0 {
		axis += ndim
	}
	return axis
}

// call is what a public transform passes down: its name and how its
// options resolve.
type call struct {
	op string
	// nd: the options are S and Axes, default axes def (nil: all axes);
	// otherwise N and Axis.
	nd  bool
	def []int
	// halfToFull: the default length along the (last) axis is 2·(m-1) for
	// m input points, the output length of the inverse real transforms;
	// otherwise it is m.
	halfToFull bool
	// swap exchanges the Backward and Forward norms, as NumPy's hfft and
	// ihfft do to express themselves through irfft and rfft.
	swap bool
}

// spec is a resolved transform: the axes (non-negative, distinct) and the
// length of the transform along each (for the inverse real transforms, the
// last is the real output's length).
type spec struct {
	axes, s []int
	norm    NormMode
}

// specBuf is the size of the stack buffer that holds a spec's axes and
// lengths: up to specBuf/2 axes resolve without allocating.
const specBuf = 16

// resolve resolves the options of c for an array of the given shape,
// appending the spec's axes and lengths to buf[:0] (a caller's stack
// buffer). For the n-d forms it follows NumPy's _cook_nd_args: with neither
// S nor Axes, every axis (or c.def); with only S, the last len(s) axes; with
// only Axes, the input's lengths. Repeated axes panic, as
// numpy.normalize_axis_tuple.
func resolve(c call, shape []int, opts []Option, buf []int) spec {
	o := apply(c.op, c.nd, opts)
	norm := o.norm
	if c.swap {
		norm = norm.swap()
	}
	if !c.nd {
		if o.hasN {
			checkN(c.op, o.n) // before the axis, as NumPy
		}
		ax := normAxis(c.op, o.axis, len(shape))
		n := o.n
		if !o.hasN {
			n = defaultLen(c, shape[ax])
			checkN(c.op, n)
		}
		buf = append(buf[:0], ax, n)
		return spec{axes: buf[:1], s: buf[1:2], norm: norm}
	}
	k := len(o.axes)
	switch {
	case o.hasAxes:
	case c.def != nil:
		k = len(c.def)
	case o.hasS:
		k = len(o.s)
	default:
		k = len(shape)
	}
	if o.hasS && len(o.s) != k {
		panic(&ndarray.ValueError{Op: c.op, Msg: "Shape and axes have different lengths."})
	}
	// NumPy transforms the last axis first, checking its length and then
	// the axis, so its error is that of the last bad one.
	buf = slices.Grow(buf[:0], 2*k)[:k]
	for i := k - 1; i >= 0; i-- {
		var a int
		switch {
		case o.hasAxes:
			a = o.axes[i]
		case c.def != nil:
			a = c.def[i]
		case o.hasS:
			a = i - k
		default:
			a = i
		}
		if o.hasS {
			checkN(c.op, o.s[i])
		}
		buf[i] = normAxis(c.op, a, len(shape))
	}
	for i, a := range buf {
		if slices.Contains(buf[:i], a) {
			panic(&ndarray.AxisError{Op: c.op, Axis: a, Ndim: len(shape), Msg: "repeated axis"})
		}
	}
	for i, a := range buf[:k] {
		n := shape[a]
		switch {
		case o.hasS:
			n = o.s[i]
		case i == k-1:
			n = defaultLen(c, n)
		}
		checkN(c.op, n)
		buf = append(buf, n)
	}
	return spec{axes: buf[:k:k], s: buf[k:], norm: norm}
}

// defaultLen returns NumPy's default transform length along an axis of m
// input points: m, or 2·(m-1) for the inverse real transforms.
func defaultLen(c call, m int) int {
	if c.halfToFull {
		return 2 * (m - 1)
	}
	return m
}
