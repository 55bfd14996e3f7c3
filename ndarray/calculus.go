package ndarray

// Differences, gradients and integration along an axis: numpy.diff,
// numpy.gradient and numpy.trapezoid. Each is written with the element-wise
// functions on views along the axis, in NumPy's order of operations, so
// that it rounds as NumPy does, dtype by dtype (float32 in float32, complex
// numbers with NumPy's complex multiplication and division).

// Diff returns the n-th discrete difference of a along axis (the last when
// none is given), like numpy.diff: out[i] = a[i+1] - a[i] along the axis,
// applied n times, so the axis shrinks by n (to 0 at least). For bool
// arrays the difference is a[i+1] != a[i], as NumPy takes it. Integer
// differences wrap around in T, as NumPy's do. n = 0 returns a copy of a.
// The result is a new array. Diff panics with a *ValueError if n < 0 or a
// is 0-d, and with an *AxisError for an axis out of range.
func Diff[T Dtype](a *Array[T], n int, axis ...int) *Array[T] {
	return DiffWith(a, n, nil, nil, axis...)
}

// DiffWith is Diff of a with prepend joined before it and appendix after
// it along the axis, like numpy.diff's prepend= and append= arguments (nil
// for none). A 0-d prepend or appendix stands for a slice of a's shape one
// long along the axis, filled with its value. DiffWith panics as Diff does,
// and with a *ShapeError if prepend or appendix does not fit a's shape.
func DiffWith[T Dtype](a *Array[T], n int, prepend, appendix *Array[T], axis ...int) *Array[T] {
	checkNil("Diff", a)
	switch {
	case n == 0:
		return a.Copy()
	case n < 0:
		panicValue("Diff", "order must be non-negative but got %d", n)
	case a.Ndim() == 0:
		panicValue("Diff", "diff requires input that is at least one dimensional")
	}
	k := a.Ndim() - 1
	if len(axis) > 0 {
		_, k = optionalAxis("Diff", a, axis)
	}
	if prepend != nil || appendix != nil {
		var parts []*Array[T]
		for _, p := range []*Array[T]{prepend, a, appendix} {
			switch {
			case p == nil:
				continue
			case p.Ndim() == 0:
				shape := a.Shape()
				shape[k] = 1
				p = p.BroadcastTo(shape...)
			}
			parts = append(parts, p)
		}
		a = Concatenate(parts, k)
	}
	for range n {
		m := max(a.shape[k]-1, 0)
		hi, lo := axisRange(a, k, 1, m+1), axisRange(a, k, 0, m)
		if b, ok := any(hi).(*Array[bool]); ok {
			a = any(NotEqual(b, any(lo).(*Array[bool]))).(*Array[T])
		} else {
			a = binaryTo[T, T]("Diff", &subtractKernels, nil, hi, lo)
		}
	}
	return a
}

// axisRange returns the view of a whose axis k runs over lo..hi-1, lo <=
// hi <= the axis's length (an empty range may start at the end or, for an
// empty axis, past it). It shares memory with a.
func axisRange[T Dtype](a *Array[T], k, lo, hi int) *Array[T] {
	shape := a.Shape()
	shape[k] = hi - lo
	off := a.offset
	if !isEmpty(shape) {
		off += lo * a.strides[k]
	}
	return a.view(off, shape, a.strides)
}

// GradientOption configures Gradient: GradientSpacing, Coordinates, EdgeOrder,
// GradientAxes.
type GradientOption func(*gradientConfig)

type gradientConfig struct {
	spacing   []float64
	coords    []*Array[float64]
	edgeOrder int
	axes      []int
	axesSet   bool
}

// GradientSpacing sets the distance between neighbouring samples, like numpy.gradient's
// scalar varargs: one value for every axis, or one per axis (in the order
// of GradientAxes). The default is 1.
func GradientSpacing(dx ...float64) GradientOption {
	return func(c *gradientConfig) { c.spacing = dx }
}

// Coordinates gives the sample coordinates along each axis (in the order of
// GradientAxes), like numpy.gradient's array varargs: 1-d arrays as long as
// their axis; a nil entry leaves that axis to GradientSpacing. Evenly spaced
// coordinates are taken as their spacing, as NumPy takes them.
func Coordinates(x ...*Array[float64]) GradientOption {
	return func(c *gradientConfig) { c.coords = x }
}

// EdgeOrder sets the accuracy order, 1 or 2, of the one-sided differences
// at the ends of each axis, like numpy.gradient's edge_order. The default
// is 1.
func EdgeOrder(n int) GradientOption {
	return func(c *gradientConfig) { c.edgeOrder = n }
}

// GradientAxes restricts Gradient to the given axes (negative counts from
// the end), like numpy.gradient's axis. The default is every axis.
func GradientAxes(axes ...int) GradientOption {
	return func(c *gradientConfig) { c.axes, c.axesSet = axes, true }
}

// Gradient returns the gradient of the sampled function f along each axis,
// like numpy.gradient: central differences (f[i+1] - f[i-1]) / 2dx inside,
// one-sided differences of EdgeOrder 1 or 2 at the ends, and for uneven
// Coordinates NumPy's second-order formula for unequal steps. It returns
// one array of f's shape per axis (NumPy returns a bare array for a single
// axis), in T as NumPy computes it: spacings and coefficients, computed in
// float64, are converted to T, except that the interior terms for uneven
// coordinates, float64 arrays in NumPy, are added in float64 (complex128)
// and then rounded to T. For integer arrays use GradientFloat64.
//
// Gradient panics with a *ValueError if an axis is shorter than EdgeOrder+1,
// if EdgeOrder is not 1 or 2 (NumPy 1.24 takes orders below 1 as 2), if
// GradientSpacing or Coordinates gives neither one value for all axes nor one per
// axis, or if coordinates are not 1-d or not as long as their axis; and
// with an *AxisError for an axis out of range or repeated.
func Gradient[T Float | Complex](f *Array[T], opts ...GradientOption) []*Array[T] {
	checkNil("Gradient", f)
	cfg := gradientConfig{edgeOrder: 1}
	for _, o := range opts {
		o(&cfg)
	}
	axes := identityPerm(f.Ndim())
	if cfg.axesSet {
		axes = normAxes("Gradient", cfg.axes, f.Ndim())
	}
	switch {
	case cfg.edgeOrder > 2:
		panicValue("Gradient", "'edge_order' greater than 2 not supported")
	case cfg.edgeOrder < 1:
		panicValue("Gradient", "'edge_order' must be 1 or 2, got %d", cfg.edgeOrder)
	case len(cfg.spacing) > 1 && len(cfg.spacing) != len(axes) || len(cfg.coords) > 0 && len(cfg.coords) != len(axes):
		panicValue("Gradient", "invalid number of arguments")
	}
	out := make([]*Array[T], len(axes))
	for i, k := range axes {
		dx := 1.0
		switch {
		case len(cfg.spacing) == 1:
			dx = cfg.spacing[0]
		case len(cfg.spacing) > 1:
			dx = cfg.spacing[i]
		}
		if f.shape[k] < cfg.edgeOrder+1 {
			panicValue("Gradient", "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.")
		}
		var steps []float64
		if len(cfg.coords) > 0 && cfg.coords[i] != nil {
			steps = coordinateSteps(cfg.coords[i], f.shape[k])
			if uniform(steps) {
				dx, steps = steps[0], nil
			}
		}
		out[i] = emptyArray[T]("Gradient", f.shape)
		if steps == nil {
			gradientUniform(out[i], f, k, dx, cfg.edgeOrder)
		} else {
			gradientUneven(out[i], f, k, steps, cfg.edgeOrder)
		}
	}
	return out
}

// GradientFloat64 is Gradient of any real array in float64, like
// numpy.gradient of an integer array (which converts it to float64 first).
func GradientFloat64[T Real](f *Array[T], opts ...GradientOption) []*Array[float64] {
	f64, scratch := asFloat64(f)
	defer putFloat64(scratch)
	return Gradient(f64, opts...)
}

// coordinateSteps returns the differences of the coordinates x along an
// axis of n samples, after checking x as NumPy does.
func coordinateSteps(x *Array[float64], n int) []float64 {
	switch {
	case x.Ndim() != 1:
		panicValue("Gradient", "distances must be either scalars or 1d")
	case x.shape[0] != n:
		panicValue("Gradient", "when 1d, distances must match the length of the corresponding dimension")
	}
	return Diff(x, 1).ToSlice()
}

// uniform reports whether every step equals the first, as NumPy's
// (diffx == diffx[0]).all() (a NaN step makes the spacing uneven).
func uniform(steps []float64) bool {
	for _, s := range steps {
		if s != steps[0] {
			return false
		}
	}
	return true
}

// gradientUniform fills out with the gradient of f along axis k for the
// spacing dx: NumPy's (f[2:] - f[:-2]) / (2*dx) inside, the divisor
// computed in float64 and converted to T as NumPy's Python float is.
func gradientUniform[T Float | Complex](out, f *Array[T], k int, dx float64, edgeOrder int) {
	n := f.shape[k]
	mid := axisRange(out, k, 1, n-1)
	SubTo(mid, axisRange(f, k, 2, n), axisRange(f, k, 0, n-2))
	DivTo(mid, mid, Scalar(fromFloat[T](2*dx)))
	if edgeOrder == 1 {
		edgeDifference(out, f, k, 0, 1, dx)
		edgeDifference(out, f, k, n-1, n-1, dx)
		return
	}
	edgeCombination(out, f, k, 0, [3]int{0, 1, 2}, [3]float64{-1.5 / dx, 2 / dx, -0.5 / dx})
	edgeCombination(out, f, k, n-1, [3]int{n - 3, n - 2, n - 1}, [3]float64{0.5 / dx, -2 / dx, 1.5 / dx})
}

// gradientUneven fills out with the gradient of f along axis k for the
// uneven steps dx (one fewer than the samples), with NumPy's formulas for
// unequal spacing.
func gradientUneven[T Float | Complex](out, f *Array[T], k int, dx []float64, edgeOrder int) {
	if TypeOf[T]().IsComplex() {
		unevenInterior[complex128](out, f, k, dx)
	} else {
		unevenInterior[float64](out, f, k, dx)
	}
	n := f.shape[k]
	if edgeOrder == 1 {
		edgeDifference(out, f, k, 0, 1, dx[0])
		edgeDifference(out, f, k, n-1, n-1, dx[len(dx)-1])
		return
	}
	d1, d2 := dx[0], dx[1]
	edgeCombination(out, f, k, 0, [3]int{0, 1, 2},
		[3]float64{-(2*d1 + d2) / (d1 * (d1 + d2)), (d1 + d2) / (d1 * d2), -d1 / (d2 * (d1 + d2))})
	d1, d2 = dx[len(dx)-2], dx[len(dx)-1]
	edgeCombination(out, f, k, n-1, [3]int{n - 3, n - 2, n - 1},
		[3]float64{d2 / (d1 * (d1 + d2)), -(d2 + d1) / (d1 * d2), (2*d2 + d1) / (d2 * (d1 + d2))})
}

// unevenInterior fills the interior of out along axis k with a·f[i-1] +
// b·f[i] + c·f[i+1], whose coefficient arrays NumPy computes in float64
// from the steps dx1 = dx[i-1], dx2 = dx[i]; W is float64 or complex128,
// the type NumPy's products of those arrays with f take.
func unevenInterior[W float64 | complex128, T Float | Complex](out, f *Array[T], k int, dx []float64) {
	m := len(dx) - 1
	a, b, c := make([]float64, m), make([]float64, m), make([]float64, m)
	for i := range m {
		d1, d2 := dx[i], dx[i+1]
		a[i] = -d2 / (d1 * (d1 + d2))
		b[i] = (d2 - d1) / (d1 * d2)
		c[i] = d1 / (d2 * (d1 + d2))
	}
	shape := make([]int, f.Ndim())
	for j := range shape {
		shape[j] = 1
	}
	shape[k] = m
	coef := func(v []float64) *Array[W] { return Convert[W](FromSlice(v, shape...)) }
	n := f.shape[k]
	sum := Mul(coef(a), Convert[W](axisRange(f, k, 0, n-2)))
	AddTo(sum, sum, Mul(coef(b), Convert[W](axisRange(f, k, 1, n-1))))
	AddTo(sum, sum, Mul(coef(c), Convert[W](axisRange(f, k, 2, n))))
	ConvertTo(axisRange(out, k, 1, n-1), sum)
}

// edgeDifference sets out[i] = (f[j] - f[j-1]) / dx along axis k, as
// NumPy's first-order edges.
func edgeDifference[T Float | Complex](out, f *Array[T], k, i, j int, dx float64) {
	o := axisRange(out, k, i, i+1)
	SubTo(o, axisRange(f, k, j, j+1), axisRange(f, k, j-1, j))
	DivTo(o, o, Scalar(fromFloat[T](dx)))
}

// edgeCombination sets out[i] = c[0]·f[j[0]] + c[1]·f[j[1]] + c[2]·f[j[2]]
// along axis k, added left to right in T, as NumPy's second-order edges.
func edgeCombination[T Float | Complex](out, f *Array[T], k, i int, j [3]int, c [3]float64) {
	o := axisRange(out, k, i, i+1)
	MulTo(o, Scalar(fromFloat[T](c[0])), axisRange(f, k, j[0], j[0]+1))
	for t := 1; t < 3; t++ {
		AddTo(o, o, Mul(Scalar(fromFloat[T](c[t])), axisRange(f, k, j[t], j[t]+1)))
	}
}

// Trapezoid integrates y along axis by the trapezoidal rule, like
// numpy.trapezoid (numpy.trapz before NumPy 2.0): the sum over i of
// d[i]·(y[i+1] + y[i]) / 2, where d = Diff(x) for sample coordinates x
// (1-d along the axis, or of y's shape), or the spacing dx, converted to T,
// when x is nil. The sum is Sum's along the axis, so the result has y's
// shape without the axis; an axis shorter than 2 gives 0. For integer
// arrays use TrapezoidFloat64. Trapezoid panics with an *AxisError for an
// axis out of range and with a *ShapeError if x does not fit y.
func Trapezoid[T Float | Complex](y, x *Array[T], dx float64, axis int) *Array[T] {
	checkNil("Trapezoid", y)
	k := normAxis("Trapezoid", axis, y.Ndim())
	var d *Array[T]
	switch {
	case x == nil:
		d = Scalar(fromFloat[T](dx))
	case x.Ndim() == 1:
		d = Diff(x, 1)
		shape := make([]int, y.Ndim())
		for j := range shape {
			shape[j] = 1
		}
		shape[k] = d.shape[0]
		d = d.Reshape(shape...)
	default:
		d = Diff(x, 1, k)
	}
	n := max(y.shape[k]-1, 0)
	s := Add(axisRange(y, k, 1, n+1), axisRange(y, k, 0, n))
	s = Mul(d, s)
	DivTo(s, s, Scalar(fromFloat[T](2)))
	return Sum(s, Axis(k))
}

// TrapezoidFloat64 is Trapezoid of any real arrays in float64, like
// numpy.trapezoid of integer arrays: y and x are converted to float64
// first, so that integer products do not wrap around as NumPy's may.
func TrapezoidFloat64[T Real](y, x *Array[T], dx float64, axis int) *Array[float64] {
	y64, ys := asFloat64(y)
	defer putFloat64(ys)
	var x64 *Array[float64]
	if x != nil {
		var xs *[]float64
		x64, xs = asFloat64(x)
		defer putFloat64(xs)
	}
	return Trapezoid(y64, x64, dx, axis)
}

// fromFloat converts x to T as NumPy converts a Python float (a complex T
// gets a zero imaginary part).
func fromFloat[T Float | Complex](x float64) T {
	var v T
	switch p := any(&v).(type) {
	case *float32:
		*p = float32(x)
	case *float64:
		*p = x
	case *complex64:
		*p = complex(float32(x), 0)
	case *complex128:
		*p = complex(x, 0)
	}
	return v
}
