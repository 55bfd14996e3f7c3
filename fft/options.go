package fft

import (
	"fmt"
	"math"

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

// Option sets one of NumPy's keyword arguments of the transforms.
type Option func(*options)

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
func N(n int) Option { return func(o *options) { o.n, o.hasN = n, true } }

// Axis sets the axis of a 1-d transform (NumPy's axis, default -1);
// negative values count from the end.
func Axis(k int) Option { return func(o *options) { o.axis, o.hasAxis = k, true } }

// S sets the lengths of an n-d transform's input along its axes (NumPy's
// s), cropping or zero-padding each; for IRFFTN and IRFFT2 the last one is
// the length of the real output.
func S(s ...int) Option {
	return func(o *options) { o.s, o.hasS = append([]int{}, s...), true }
}

// Axes sets the axes of an n-d transform (NumPy's axes, default all axes,
// or the last len(s) when S is given; the last two for the 2-d forms).
func Axes(axes ...int) Option {
	return func(o *options) { o.axes, o.hasAxes = append([]int{}, axes...), true }
}

// Norm sets the normalization mode (NumPy's norm, default Backward).
func Norm(m NormMode) Option { return func(o *options) { o.norm = m } }

// apply collects opts and panics if one does not belong to the transform.
func apply(op string, nd bool, opts []Option) options {
	var o options
	o.axis = -1
	for _, f := range opts {
		f(&o)
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

// spec is a resolved transform: the axes (non-negative, distinct) and the
// length of the transform along each (for the inverse real transforms, the
// last is the real output's length).
type spec struct {
	axes, s []int
	norm    NormMode
}

// resolve1 resolves the options of a 1-d transform of an array of the
// given shape. defaultN maps the input length to NumPy's default n.
func resolve1(op string, shape []int, opts []Option, defaultN func(m int) int) spec {
	o := apply(op, false, opts)
	ax := normAxis(op, o.axis, len(shape))
	n := o.n
	if !o.hasN {
		n = defaultN(shape[ax])
	}
	checkN(op, n)
	return spec{axes: []int{ax}, s: []int{n}, norm: o.norm}
}

// resolveN resolves the options of an n-d transform as NumPy's
// _cook_nd_args: with neither S nor Axes, every axis (or def, for the 2-d
// forms); with only S, the last len(s) axes; with only Axes, the input's
// lengths. For the inverse real transforms (invReal) without S, the last
// length is 2·(m-1). Repeated axes panic, as numpy.normalize_axis_tuple.
func resolveN(op string, shape []int, opts []Option, def []int, invReal bool) spec {
	o := apply(op, true, opts)
	axes := o.axes
	switch {
	case o.hasAxes:
	case def != nil:
		axes = def
	case o.hasS:
		axes = make([]int, len(o.s))
		for i := range axes {
			axes[i] = i - len(o.s)
		}
	default:
		axes = make([]int, len(shape))
		for i := range axes {
			axes[i] = i
		}
	}
	if o.hasS && len(o.s) != len(axes) {
		panic(&ndarray.ValueError{Op: op, Msg: "Shape and axes have different lengths."})
	}
	norm := make([]int, len(axes))
	seen := map[int]bool{}
	for i, a := range axes {
		norm[i] = normAxis(op, a, len(shape))
		if seen[norm[i]] {
			panic(&ndarray.AxisError{Op: op, Axis: a, Ndim: len(shape), Msg: "repeated axis"})
		}
		seen[norm[i]] = true
	}
	s := o.s
	if !o.hasS {
		s = make([]int, len(axes))
		for i, a := range norm {
			s[i] = shape[a]
		}
		if invReal && len(s) > 0 {
			s[len(s)-1] = 2 * (s[len(s)-1] - 1)
		}
	}
	for _, n := range s {
		checkN(op, n)
	}
	return spec{axes: norm, s: s, norm: o.norm}
}
