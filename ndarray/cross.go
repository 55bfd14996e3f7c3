package ndarray

// CrossOption chooses the axes of Cross: CrossAxis, CrossAxisA, CrossAxisB,
// CrossAxisC. Later options override earlier ones for the axes they set.
type CrossOption struct {
	axes [3]int  // of a, b and the result
	set  [3]bool // which of axes the option sets
}

// CrossAxis sets the axis of a, b and the result that holds the vectors'
// components, NumPy's axis= (which overrides axisa, axisb and axisc).
func CrossAxis(axis int) CrossOption {
	return CrossOption{[3]int{axis, axis, axis}, [3]bool{true, true, true}}
}

// CrossAxisA sets the axis of a that holds the components, NumPy's axisa=.
func CrossAxisA(axis int) CrossOption {
	return CrossOption{[3]int{axis, 0, 0}, [3]bool{true, false, false}}
}

// CrossAxisB sets the axis of b that holds the components, NumPy's axisb=.
func CrossAxisB(axis int) CrossOption {
	return CrossOption{[3]int{0, axis, 0}, [3]bool{false, true, false}}
}

// CrossAxisC sets the axis of the result that holds the components,
// NumPy's axisc=. It does not apply to a result of 2-vectors, which is a
// scalar per pair.
func CrossAxisC(axis int) CrossOption {
	return CrossOption{[3]int{0, 0, axis}, [3]bool{false, false, true}}
}

// Cross returns the cross products of the vectors of 2 or 3 components
// along the last axis of a and of b (or the axes CrossOption gives), the
// other axes broadcast against each other, like numpy.cross. A 2-vector
// counts as a 3-vector with a zero third component. For two 2-vectors the
// result is the z component alone, a0·b1 - a1·b0, and has no component
// axis (two 1-d 2-vectors give a 0-d array); otherwise the result's last
// axis (or the one given by CrossAxisC) holds the 3 components. Each
// product is rounded before the subtraction, as in NumPy. NumPy 2
// deprecates 2-vectors; numgo keeps NumPy 1's results for them. Bool
// arrays are not accepted (NumPy rejects their subtraction too). Cross
// panics with an *AxisError for an axis out of range, a *ValueError if a
// component axis has neither 2 nor 3 elements, and a *ShapeError if the
// other axes do not broadcast.
func Cross[T Number](a, b *Array[T], opts ...CrossOption) *Array[T] {
	checkNil("Cross", a)
	checkNil("Cross", b)
	axes := [3]int{-1, -1, -1}
	for _, o := range opts {
		for i, set := range o.set {
			if set {
				axes[i] = o.axes[i]
			}
		}
	}
	a = a.MoveAxis(normAxisArg("Cross", "axisa", axes[0], a.Ndim()), -1)
	b = b.MoveAxis(normAxisArg("Cross", "axisb", axes[1], b.Ndim()), -1)
	na, nb := a.shape[a.Ndim()-1], b.shape[b.Ndim()-1]
	if na != 2 && na != 3 || nb != 2 && nb != 3 {
		panicValue("Cross", "incompatible dimensions for cross product\n(dimension must be 2 or 3)")
	}
	broadcastShapes("Cross", a.shape[:a.Ndim()-1], b.shape[:b.Ndim()-1])
	a0, a1, b0, b1 := component(a, 0), component(a, 1), component(b, 0), component(b, 1)
	z := Sub(Mul(a0, b1), Mul(a1, b0))
	var x, y *Array[T]
	switch {
	case na == 2 && nb == 2:
		return z
	case na == 3 && nb == 3:
		a2, b2 := component(a, 2), component(b, 2)
		x, y = Sub(Mul(a1, b2), Mul(a2, b1)), Sub(Mul(a2, b0), Mul(a0, b2))
	case na == 2:
		b2 := component(b, 2)
		x, y = Mul(a1, b2), Negative(Mul(a0, b2))
	default:
		a2 := component(a, 2)
		x, y = Negative(Mul(a2, b1)), Mul(a2, b0)
	}
	axisC := normAxisArg("Cross", "axisc", axes[2], z.Ndim()+1)
	return Stack([]*Array[T]{x, y, z}, axisC)
}

// component returns the view of a's elements whose index along the last
// axis is i. An empty a keeps its offset: with no elements the step to
// component i may point past the end of its data, where the kernels would
// slice out of range.
func component[T Dtype](a *Array[T], i int) *Array[T] {
	nd := a.Ndim()
	off := a.offset
	if a.Size() > 0 {
		off += i * a.strides[nd-1]
	}
	return a.view(off, a.shape[:nd-1], a.strides[:nd-1])
}
