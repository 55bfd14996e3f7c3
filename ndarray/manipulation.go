package ndarray

// Joining, splitting, tiling and padding. Every function that builds a new
// array does it with a few copyArray calls (the iteration engine's strided
// copy) into views of the result; Split and Flip return views of their input.

// axisSlice returns the view of a holding positions start to stop-1 along
// axis. The result shares memory with a; an empty one keeps a's offset,
// which stays within a's data however short it is.
func (a *Array[T]) axisSlice(axis, start, stop int) *Array[T] {
	shape := append([]int{}, a.shape...)
	shape[axis] = stop - start
	off := a.offset
	if stop > start && a.Size() > 0 {
		off += start * a.strides[axis]
	}
	return a.view(off, shape, append([]int{}, a.strides...))
}

// Concatenate joins arrays along an existing axis, like numpy.concatenate.
// Their shapes must agree except along axis, which may be negative. The
// result is a new array. Concatenate panics with a *ValueError for no arrays
// or 0-d arrays, an *AxisError for an axis out of range and a *ShapeError if
// the shapes differ elsewhere than along axis.
func Concatenate[T Dtype](arrays []*Array[T], axis int) *Array[T] {
	return concatenate("Concatenate", arrays, axis)
}

func concatenate[T Dtype](op string, arrays []*Array[T], axis int) *Array[T] {
	if len(arrays) == 0 {
		panicValue(op, "need at least one array to concatenate")
	}
	first := arrays[0]
	nd := first.Ndim()
	if nd == 0 {
		panicValue(op, "zero-dimensional arrays cannot be concatenated")
	}
	axis = normAxis(op, axis, nd)
	shape := first.Shape()
	shape[axis] = 0
	for i, a := range arrays {
		if a.Ndim() != nd {
			panicShape(op, "all the input arrays must have same number of dimensions, but the array at index 0 has %d dimension(s) and the array at index %d has %d dimension(s)", nd, i, a.Ndim())
		}
		for k, n := range a.shape {
			if k != axis && n != first.shape[k] {
				panicShape(op, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension %d, the array at index 0 has size %d and the array at index %d has size %d", k, first.shape[k], i, n)
			}
		}
		shape[axis] += a.shape[axis]
	}
	out := emptyArray[T](op, shape)
	joinInto(out, arrays, axis, false)
	return out
}

// joinBatch is the number of arrays whose copies joinInto plans and runs
// together: enough that joining a few large arrays is one piece of work
// for the goroutines, few enough that planning them (a loop of the
// iteration engine each) costs a bounded amount of memory.
const joinBatch = 16

// joinInto copies arrays one after the other along axis into out, each
// into its part of out (a view made on the stack, not allocated): a part
// spans the array's extent along axis, or, when stacked (the arrays lack
// the axis), one position along it.
func joinInto[T Dtype](out *Array[T], arrays []*Array[T], axis int, stacked bool) {
	var strideBuf [maxDims]int
	strides := append(strideBuf[:0], out.strides...)
	if stacked {
		strides = append(strides[:axis], out.strides[axis+1:]...)
	}
	serial := workers(out.Size()) == 1
	var one copyJob[T, T] // a small join plans and runs one array at a time
	var jobs []copyJob[T, T]
	if !serial {
		jobs = make([]copyJob[T, T], min(len(arrays), joinBatch))
	}
	run, tb := copyKernels[T](false)
	pos, n := 0, 0
	for i, a := range arrays {
		part := Array[T]{data: out.data, offset: pos * out.strides[axis], shape: a.shape, strides: strides}
		if stacked {
			pos++
		} else {
			pos += a.shape[axis]
		}
		if serial {
			one.plan(&part, a, run, tb)
			one.run(0, one.units)
			continue
		}
		jobs[n].plan(&part, a, run, tb)
		if n++; n == len(jobs) || i == len(arrays)-1 {
			runCopies(jobs[:n])
			n = 0
		}
	}
}

// Stack joins arrays of one shape along a new axis, like numpy.stack: axis
// is the position of the new axis in the result (negative counts from the
// end of the result's axes). The result is a new array. Stack panics with a
// *ValueError for no arrays, an *AxisError for an axis out of range and a
// *ShapeError if the shapes differ.
func Stack[T Dtype](arrays []*Array[T], axis int) *Array[T] {
	if len(arrays) == 0 {
		panicValue("Stack", "need at least one array to stack")
	}
	first := arrays[0]
	nd := first.Ndim()
	axis = normAxis("Stack", axis, nd+1)
	for _, a := range arrays {
		if !sameShape(a.shape, first.shape) {
			panicShape("Stack", "all input arrays must have the same shape")
		}
	}
	var shapeBuf [maxDims + 1]int
	shape := append(shapeBuf[:0], first.shape[:axis]...)
	shape = append(shape, len(arrays))
	shape = append(shape, first.shape[axis:]...)
	out := emptyArray[T]("Stack", shape)
	joinInto(out, arrays, axis, true)
	return out
}

// HStack joins arrays horizontally, like numpy.hstack: along axis 0 for 1-d
// arrays and along axis 1 otherwise; 0-d arrays count as 1-d. The result is
// a new array. HStack panics as Concatenate does.
func HStack[T Dtype](arrays []*Array[T]) *Array[T] {
	at := atLeast(arrays, 1)
	axis := 1
	if len(at) > 0 && at[0].Ndim() == 1 {
		axis = 0
	}
	return concatenate("HStack", at, axis)
}

// VStack joins arrays vertically (along axis 0) after turning 0-d and 1-d
// arrays into rows of shape (1, N), like numpy.vstack. The result is a new
// array. VStack panics as Concatenate does.
func VStack[T Dtype](arrays []*Array[T]) *Array[T] {
	return concatenate("VStack", atLeast(arrays, 2), 0)
}

// DStack joins arrays along the third axis (depth) after turning them into
// 3-d arrays as numpy.atleast_3d does ((N,) becomes (1, N, 1), (M, N)
// becomes (M, N, 1)), like numpy.dstack. The result is a new array. DStack
// panics as Concatenate does.
func DStack[T Dtype](arrays []*Array[T]) *Array[T] {
	return concatenate("DStack", atLeast(arrays, 3), 2)
}

// atLeast returns views of the arrays with at least nd dimensions, padded
// as numpy.atleast_1d, atleast_2d and atleast_3d do.
func atLeast[T Dtype](arrays []*Array[T], nd int) []*Array[T] {
	out := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		switch {
		case a.Ndim() >= nd:
			out[i] = a
		case a.Ndim() == 0:
			out[i] = a.Reshape(onesShape(nd)...)
		case a.Ndim() == 1 && nd == 2: // (N,) -> (1, N)
			out[i] = a.ExpandDims(0)
		case a.Ndim() == 1: // (N,) -> (1, N, 1)
			out[i] = a.ExpandDims(0, 2)
		default: // (M, N) -> (M, N, 1)
			out[i] = a.ExpandDims(2)
		}
	}
	return out
}

// Split divides a into n equal parts along axis, like numpy.split with an
// integer. The parts are views sharing memory with a. Split panics with a
// *ValueError if a's extent along axis is not a multiple of n, and with an
// *AxisError for an axis out of range.
func Split[T Dtype](a *Array[T], n int, axis int) []*Array[T] {
	axis = normAxis("Split", axis, a.Ndim())
	if n <= 0 {
		panicValue("Split", "number sections must be larger than 0.")
	}
	if a.shape[axis]%n != 0 {
		panicValue("Split", "array split does not result in an equal division")
	}
	return arraySplit(a, n, axis)
}

// ArraySplit divides a into n parts along axis, like numpy.array_split: when
// n does not divide the extent N, the first N%n parts have one element more.
// The parts are views sharing memory with a. ArraySplit panics with a
// *ValueError for n <= 0 and an *AxisError for an axis out of range.
func ArraySplit[T Dtype](a *Array[T], n int, axis int) []*Array[T] {
	axis = normAxis("ArraySplit", axis, a.Ndim())
	if n <= 0 {
		panicValue("ArraySplit", "number sections must be larger than 0.")
	}
	return arraySplit(a, n, axis)
}

func arraySplit[T Dtype](a *Array[T], n, axis int) []*Array[T] {
	size := a.shape[axis]
	each, extra := size/n, size%n
	out := make([]*Array[T], n)
	pos := 0
	for i := range out {
		m := each
		if i < extra {
			m++
		}
		out[i] = a.axisSlice(axis, pos, pos+m)
		pos += m
	}
	return out
}

// SplitAt divides a along axis before each of the given indices, like
// numpy.split with a list of indices: SplitAt(a, []int{2, 5}, 0) gives a[:2],
// a[2:5] and a[5:]. Indices are slice bounds as in Python (negative counts
// from the end, out of range is clipped), so parts may be empty. The parts
// are views sharing memory with a. SplitAt panics with an *AxisError for an
// axis out of range.
func SplitAt[T Dtype](a *Array[T], indices []int, axis int) []*Array[T] {
	axis = normAxis("SplitAt", axis, a.Ndim())
	size := a.shape[axis]
	bound := func(i int) int {
		if i < 0 {
			i += size
		}
		return min(max(i, 0), size)
	}
	out := make([]*Array[T], len(indices)+1)
	start := 0
	for i := range out {
		stop := size
		if i < len(indices) {
			stop = indices[i]
		}
		lo, hi := bound(start), bound(stop)
		out[i] = a.axisSlice(axis, lo, max(lo, hi))
		start = stop
	}
	return out
}

// Tile repeats a reps[k] times along each axis k, like numpy.tile. When reps
// is shorter than a's dimensions it is padded with ones in front; when a has
// fewer dimensions, a gets leading axes of length 1. The result is a new
// array. Tile panics with a *ValueError for a negative repetition.
func Tile[T Dtype](a *Array[T], reps ...int) *Array[T] {
	nd := max(a.Ndim(), len(reps))
	src := a.Reshape(append(onesShape(nd-a.Ndim()), a.shape...)...)
	reps = append(onesShape(nd-len(reps)), reps...)
	shape := make([]int, nd)
	for k, r := range reps {
		if r < 0 {
			panicValue("Tile", "negative dimensions are not allowed")
		}
		shape[k] = extentMul("Tile", src.shape[k], r)
	}
	out := emptyArray[T]("Tile", shape)
	if out.Size() == 0 {
		return out
	}
	// View out as (r0, n0, r1, n1, ...) and src broadcast along the r axes:
	// one strided copy does all the repetitions.
	var dShape, dStrides, sStrides []int
	for k, r := range reps {
		dShape = append(dShape, r, src.shape[k])
		dStrides = append(dStrides, out.strides[k]*src.shape[k], out.strides[k])
		sStrides = append(sStrides, 0, src.strides[k])
	}
	copyArray(out.view(0, dShape, dStrides), src.view(src.offset, dShape, sStrides))
	return out
}

// Repeat repeats each element of a n times along axis, like numpy.repeat
// with an integer: Repeat([1 2], 2, 0) is [1 1 2 2]. Without an axis a is
// flattened first. The result is a new array. Repeat panics with a
// *ValueError for a negative n or more than one axis, and with an *AxisError
// for an axis out of range.
func Repeat[T Dtype](a *Array[T], n int, axis ...int) *Array[T] {
	src, ax := optionalAxis("Repeat", a, axis)
	if n < 0 {
		panicValue("Repeat", "negative dimensions are not allowed")
	}
	shape := src.Shape()
	shape[ax] = extentMul("Repeat", shape[ax], n)
	out := emptyArray[T]("Repeat", shape)
	if out.Size() == 0 {
		return out
	}
	strides := out.Strides()
	strides[ax] *= n
	if n <= shortRepeat {
		// Copy a into every n-th position along ax, n times: the runs are
		// a's own, where the other layout below gives runs of length n.
		for r := range n {
			copyArray(out.view(r*out.strides[ax], src.Shape(), strides), src)
		}
		return out
	}
	// View out with axis ax split into (N, n) and src broadcast along n.
	split := func(s []int, inner int) []int {
		return append(append(append([]int{}, s[:ax+1]...), inner), s[ax+1:]...)
	}
	copyArray(out.view(0, split(src.shape, n), split(strides, out.strides[ax])),
		src.view(src.offset, split(src.shape, n), split(src.strides, 0)))
	return out
}

// shortRepeat is the count up to which Repeat makes one strided copy per
// repetition rather than one broadcast copy with runs of that length.
const shortRepeat = 8

// RepeatEach repeats element i of a along axis repeats[i] times, like
// numpy.repeat with an array of counts; a single count applies to every
// element. Without an axis a is flattened first. The result is a new array.
// RepeatEach panics with a *ValueError for a negative count, a count list
// of the wrong length or more than one axis, and with an *AxisError for an
// axis out of range.
func RepeatEach[T Dtype](a *Array[T], repeats []int, axis ...int) *Array[T] {
	src, ax := optionalAxis("RepeatEach", a, axis)
	size := src.shape[ax]
	if len(repeats) == 1 {
		return Repeat(src, repeats[0], ax)
	}
	if len(repeats) != size {
		panicValue("RepeatEach", "operands could not be broadcast together with shape (%d,) (%d,)", size, len(repeats))
	}
	shape := src.Shape()
	shape[ax] = 0
	for _, r := range repeats {
		if r < 0 {
			panicValue("RepeatEach", "repeats may not contain negative values.")
		}
		if r > maxInt-shape[ax] {
			panicTooBig("RepeatEach")
		}
		shape[ax] += r
	}
	out := emptyArray[T]("RepeatEach", shape)
	pos := 0
	for i, r := range repeats {
		row := src.axisSlice(ax, i, i+1)
		row.shape[ax], row.strides[ax] = r, 0
		copyArray(out.axisSlice(ax, pos, pos+r), row)
		pos += r
	}
	return out
}

// optionalAxis returns the array and axis that a function with an optional
// axis (Repeat, Take) works on: a flattened and 0 when no axis is given.
// A 0-d array counts as one of a single element, as in NumPy, whose axis
// 0 (or -1) may be given.
func optionalAxis[T Dtype](op string, a *Array[T], axis []int) (*Array[T], int) {
	ax, given := oneAxis(op, axis)
	switch {
	case !given:
		return a.Ravel(), 0
	case a.Ndim() == 0:
		return a.Ravel(), normAxis(op, ax, 1)
	}
	return a, normAxis(op, ax, a.Ndim())
}

// Flip reverses the order of a's elements along the given axes (all axes
// when none are given), like numpy.flip. The result is a view with negative
// strides that shares memory with a. Flip panics with an *AxisError for an
// axis out of range or repeated.
func Flip[T Dtype](a *Array[T], axes ...int) *Array[T] {
	if len(axes) == 0 {
		axes = identityPerm(a.Ndim())
	}
	strides := a.Strides()
	off := a.offset
	empty := a.Size() == 0 // no element to start from: the offset stays
	for _, k := range normAxes("Flip", axes, a.Ndim()) {
		if !empty {
			off += (a.shape[k] - 1) * a.strides[k]
		}
		strides[k] = -strides[k]
	}
	return a.view(off, a.Shape(), strides)
}

// Roll shifts a's elements by shift positions along the given axes, those
// pushed past the end coming back at the start, like numpy.roll. Without
// axes a is rolled as a flattened array and keeps its shape. A negative
// shift rolls backwards; an axis given twice is rolled twice. The result is
// a new array. Roll panics with an *AxisError for an axis out of range.
func Roll[T Dtype](a *Array[T], shift int, axis ...int) *Array[T] {
	if len(axis) == 0 {
		return Roll(a.Ravel(), shift, 0).Reshape(a.shape...)
	}
	nd := a.Ndim()
	shifts := make([]int, nd)
	for _, ax := range axis {
		shifts[normAxis("Roll", ax, nd)] += shift
	}
	var rolled []int
	for k, s := range shifts {
		if n := a.shape[k]; n > 0 {
			if shifts[k] = (s%n + n) % n; shifts[k] != 0 {
				rolled = append(rolled, k)
			}
		}
	}
	out := emptyArray[T]("Roll", a.shape)
	// Each rolled axis splits into two blocks that trade places: 2^len(rolled)
	// block copies in all, as NumPy does them.
	for mask := 0; mask < 1<<len(rolled); mask++ {
		dst, src := out, a
		for j, k := range rolled {
			n, s := a.shape[k], shifts[k]
			if mask&(1<<j) == 0 {
				dst, src = dst.axisSlice(k, s, n), src.axisSlice(k, 0, n-s)
			} else {
				dst, src = dst.axisSlice(k, 0, s), src.axisSlice(k, n-s, n)
			}
		}
		copyArray(dst, src)
	}
	return out
}

// PadMode selects how Pad fills the new elements.
type PadMode int

// The modes of Pad, named after NumPy's mode strings.
const (
	// PadConstant fills with zero ('constant'); PadWith fills with another value.
	PadConstant PadMode = iota
	// PadEdge repeats the edge element of each axis ('edge').
	PadEdge
	// PadReflect mirrors the array about its edge elements, which are not
	// repeated ('reflect'): [1 2 3] padded by 2 on both sides is [3 2 1 2 3 2 1].
	PadReflect
	// PadSymmetric mirrors the array about its edges, repeating the edge
	// elements ('symmetric'): [1 2 3] padded by 2 is [2 1 1 2 3 3 2].
	PadSymmetric
	// PadWrap continues the array periodically ('wrap'): [1 2 3] padded by
	// 2 is [2 3 1 2 3 1 2].
	PadWrap
)

// Pad returns a with widths[k][0] elements added before and widths[k][1]
// after along each axis k, filled as mode says, like numpy.pad. A single
// pair in widths applies to every axis. The result is a new array. Pad
// panics with a *ValueError for negative widths, for a widths list whose
// length is neither 1 nor a's dimension, and for extending an empty axis
// in a mode other than PadConstant, and for a mode that is not one of the
// PadMode constants.
func Pad[T Dtype](a *Array[T], widths [][2]int, mode PadMode) *Array[T] {
	var zero T
	return padArray("Pad", a, widths, mode, zero)
}

// PadWith returns a padded with value as numpy.pad does in mode 'constant'
// with constant_values=value. It panics as Pad does.
func PadWith[T Dtype](a *Array[T], widths [][2]int, value T) *Array[T] {
	return padArray("PadWith", a, widths, PadConstant, value)
}

func padArray[T Dtype](op string, a *Array[T], widths [][2]int, mode PadMode, value T) *Array[T] {
	if mode < PadConstant || mode > PadWrap {
		panicValue(op, "mode %d is not supported", int(mode))
	}
	checkNil(op, a)
	for _, w := range widths { // also for a 0-d array, which has no axis to pad
		if w[0] < 0 || w[1] < 0 {
			panicValue(op, "index can't contain negative values")
		}
	}
	nd := a.Ndim()
	switch len(widths) {
	case nd:
	case 1:
		w := widths[0]
		widths = make([][2]int, nd)
		for k := range widths {
			widths[k] = w
		}
	default:
		panicValue(op, "got %d pad widths for an array of dimension %d", len(widths), nd)
	}
	shape := make([]int, nd)
	for k, w := range widths {
		if mode != PadConstant && a.shape[k] == 0 && w[0]+w[1] > 0 {
			panicValue(op, "can't extend empty axis %d using modes other than 'constant' or 'empty'", k)
		}
		if w[0] > maxInt-a.shape[k] || w[1] > maxInt-a.shape[k]-w[0] {
			panicTooBig(op)
		}
		shape[k] = a.shape[k] + w[0] + w[1]
	}
	out := emptyArray[T](op, shape)
	if mode == PadConstant {
		out.Fill(value)
	}
	// center is out's part that holds a; it grows one axis at a time as each
	// axis is padded, so the corners are filled from padded neighbours, as in
	// NumPy.
	center := out
	for k, w := range widths {
		center = center.axisSlice(k, w[0], w[0]+a.shape[k])
	}
	copyArray(center, a)
	if mode == PadConstant {
		return out
	}
	for k, w := range widths {
		n := a.shape[k]
		grownShape := center.Shape()
		grownShape[k] = shape[k]
		grown := center.view(center.offset-w[0]*center.strides[k], grownShape, center.Strides())
		switch {
		case w[0]+w[1] == 0:
		case mode == PadEdge || n == 1: // NumPy extends a single element as 'edge' in every mode
			copyArray(grown.axisSlice(k, 0, w[0]), repeatAlong(grown.axisSlice(k, w[0], w[0]+1), k, w[0]))
			copyArray(grown.axisSlice(k, w[0]+n, shape[k]), repeatAlong(grown.axisSlice(k, w[0]+n-1, w[0]+n), k, w[1]))
		case mode == PadWrap:
			padWrap(grown, k, w[0], w[0]+n)
		default:
			padMirror(grown, k, w[0], w[0]+n, mode == PadSymmetric)
		}
		center = grown
	}
	return out
}

// repeatAlong returns a, whose axis k has length 1, broadcast to length m
// along k (a read-only view).
func repeatAlong[T Dtype](a *Array[T], k, m int) *Array[T] {
	shape := a.Shape()
	shape[k] = m
	return a.BroadcastTo(shape...)
}

// padMirror fills axis k of g outside [lo, hi), the part that holds the
// original elements, by reflection about the edge elements (or, with edge,
// about the edges, repeating those elements) as NumPy 1.24's pad does it:
// in rounds, each of which mirrors up to the filled part's length (less one
// without edge) into each side, so that a width larger than the axis
// repeats NumPy's result (which is not periodic where the two widths
// differ) and costs a copy per round rather than per element.
func padMirror[T Dtype](g *Array[T], k, lo, hi int, edge bool) {
	skip := 1 // the edge element, not mirrored
	if edge {
		skip = 0
	}
	for size := g.shape[k]; lo > 0 || hi < size; {
		m := hi - lo - skip
		if c := min(m, lo); c > 0 {
			copyArray(g.axisSlice(k, lo-c, lo), Flip(g.axisSlice(k, lo+skip, lo+skip+c), k))
		}
		if c := min(m, size-hi); c > 0 {
			copyArray(g.axisSlice(k, hi, hi+c), Flip(g.axisSlice(k, hi-skip-c, hi-skip), k))
		}
		lo, hi = lo-min(m, lo), hi+min(m, size-hi)
	}
}

// padWrap fills axis k of g outside [lo, hi) periodically: element i is
// element lo + (i - lo) mod (hi - lo). Each round copies into each side as
// many whole periods of the filled part as fit, as NumPy's pad does.
func padWrap[T Dtype](g *Array[T], k, lo, hi int) {
	n := hi - lo
	for size := g.shape[k]; lo > 0 || hi < size; {
		period := (hi - lo) / n * n
		if c := min(period, lo); c > 0 {
			copyArray(g.axisSlice(k, lo-c, lo), g.axisSlice(k, lo+period-c, lo+period))
		}
		if c := min(period, size-hi); c > 0 {
			copyArray(g.axisSlice(k, hi, hi+c), g.axisSlice(k, hi-period, hi-period+c))
		}
		lo, hi = lo-min(period, lo), hi+min(period, size-hi)
	}
}
