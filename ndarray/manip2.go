package ndarray

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Inserting, deleting and picking elements: NumPy's insert, delete,
// append, resize, column_stack, atleast_1d/2d/3d, trim_zeros, flatnonzero,
// compress, extract, place, putmask, select and choose. Results are
// assembled from views of the inputs by Concatenate, Take and the copy
// engine, or written by SetMask and Where, not element by element.

// oneAxis returns the axis of a function whose axis is optional and
// whether one was given; it panics with a *ValueError for more than one.
func oneAxis(op string, axis []int) (int, bool) {
	switch len(axis) {
	case 0:
		return 0, false
	case 1:
		return axis[0], true
	}
	panicValue(op, "takes at most one axis, got %d", len(axis))
	return 0, false
}

// flatOrAxis returns the array and axis that Insert and Delete work on: a
// flattened and 0 without an axis (NumPy's axis=None). Unlike
// optionalAxis's, a 0-d array has no axis to name, as in NumPy.
func flatOrAxis[T Dtype](op string, a *Array[T], axis []int) (*Array[T], int) {
	if ax, given := oneAxis(op, axis); given {
		return a, normAxis(op, ax, a.Ndim())
	}
	return a.Ravel(), 0
}

// Insert returns a copy of a with values inserted along axis before the
// given indices, like numpy.insert with a sequence of indices. Without an
// axis a is flattened first, NumPy's axis=None. Negative indices count
// from the end, and len(a) along the axis appends.
//
// With several indices, values broadcast to a's shape with the axis
// replaced by len(indices), and slice j of values along the axis goes
// before indices[j] (equal indices keep the order of values). With one
// index, values first get a's number of dimensions (leading axes of
// length 1, as np.array(values, ndmin=a.ndim)), and their extent along the
// axis is the number of slices inserted: Insert(a, []int{1}, v, 1) with v
// of shape (3,) inserts three columns into a 2-d a, as NumPy does. For
// NumPy's scalar index, which inserts one column there, use InsertAt.
//
// NumPy's algorithm is kept for indices below -len: they wrap around the
// result, and where two then meet NumPy's error is raised. Boolean and
// slice indices (np.insert(a, slice(1, 3), v)) are not taken; pass the
// indices they stand for.
//
// Insert panics with an *IndexError for an index out of range, an
// *AxisError for an axis out of range and a *ShapeError if values do not
// broadcast.
func Insert[T Dtype](a *Array[T], indices []int, values *Array[T], axis ...int) *Array[T] {
	return insert("Insert", a, indices, false, values, axis)
}

// InsertAt returns a copy of a with values inserted along axis before
// index, like numpy.insert with a scalar index: values get a's number of
// dimensions (leading axes of length 1) and their first axis becomes the
// inserted one, so that InsertAt(a, 1, v, 1) with v of shape (3,) inserts
// v as a column into a 3-row a, and a 0-d v fills one slice. Without an
// axis a is flattened first. InsertAt panics as Insert does.
func InsertAt[T Dtype](a *Array[T], index int, values *Array[T], axis ...int) *Array[T] {
	return insert("InsertAt", a, []int{index}, true, values, axis)
}

func insert[T Dtype](op string, a *Array[T], indices []int, scalar bool, values *Array[T], axis []int) *Array[T] {
	checkNil(op, a)
	checkNil(op, values)
	src, ax := flatOrAxis(op, a, axis)
	n := src.shape[ax]
	shape := src.Shape()
	if len(indices) == 1 {
		i := indices[0]
		if i < -n || i > n {
			obj := strconv.Itoa(i)
			if !scalar {
				obj = "[" + obj + "]" // NumPy prints the index as it was given
			}
			panicIndex(op, "index %s is out of bounds for axis %d with size %d", obj, ax, n)
		}
		if i < 0 {
			i += n
		}
		v := values.Reshape(append(onesShape(max(src.Ndim()-values.Ndim(), 0)), values.shape...)...)
		if scalar {
			v = v.MoveAxis(0, ax)
		}
		shape[ax] = v.shape[ax]
		pos := make([]int, shape[ax])
		for j := range pos {
			pos[j] = i + j
		}
		return assemble(op, src, ax, assignable(op, v, shape, false), pos)
	}
	// NumPy's algorithm: indices counted from the front, stably sorted,
	// each moved on by the number inserted before it, and checked only
	// then, against the result's extent.
	pos := make([]int, len(indices))
	for j, i := range indices {
		if i < 0 {
			i += n
		}
		pos[j] = i
	}
	order := make([]int, len(pos))
	for j := range order {
		order[j] = j
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(pos[x], pos[y]) })
	for k, j := range order {
		pos[j] += k
	}
	for j, p := range pos {
		pos[j] = checkIndex(op, p, 0, n+len(pos))
	}
	shape[ax] = len(pos)
	return assemble(op, src, ax, assignable(op, values, shape, true), pos)
}

// assignable returns v broadcast to shape as NumPy's assignment of values
// broadcasts them: leading axes of length 1 beyond shape's are dropped
// first. It panics with a *ShapeError in the words of NumPy's slice
// assignment (which names the shape without those axes), or of its
// index-array assignment if fancy (which names v's own).
func assignable[T Dtype](op string, v *Array[T], shape []int, fancy bool) *Array[T] {
	vs := v.shape
	for len(vs) > len(shape) && vs[0] == 1 {
		vs = vs[1:]
	}
	if !broadcastsTo(vs, shape) {
		if fancy {
			panicShape(op, "shape mismatch: value array of shape %s could not be broadcast to indexing result of shape %s",
				shapeString(v.shape), shapeString(shape))
		}
		panicShape(op, "could not broadcast input array from shape %s into shape %s", shapeString(vs), shapeString(shape))
	}
	return v.Reshape(vs...).broadcastTo(op, shape)
}

// broadcastsTo reports whether an array of shape from broadcasts to shape to.
func broadcastsTo(from, to []int) bool {
	pad := len(to) - len(from)
	if pad < 0 {
		return false
	}
	for k, n := range from {
		if n != 1 && n != to[pad+k] {
			return false
		}
	}
	return true
}

// assemble returns the array that Insert builds: v's slices along ax at
// the result's positions pos (v's slice j at pos[j], a later one winning
// where two meet), and src's slices in order at the other positions,
// NumPy's new[..., pos] = values; new[..., ~pos] = arr. Each run of
// consecutive positions from one source is one piece of a Concatenate.
func assemble[T Dtype](op string, src *Array[T], ax int, v *Array[T], pos []int) *Array[T] {
	n := src.shape[ax]
	labels := make([]int, n+len(pos)) // 0: from src; j+1: v's slice j
	for j, p := range pos {
		labels[p] = j + 1
	}
	if kept := labelCount(labels, 0); kept != n {
		if src.Ndim() == 1 {
			panicValue(op, "NumPy boolean array indexing assignment cannot assign %d input values to the %d output values where the mask is true", n, kept)
		}
		shape := src.Shape()
		shape[ax] = kept
		panicShape(op, "shape mismatch: value array of shape %s could not be broadcast to indexing result of shape %s",
			shapeString(src.shape), shapeString(shape))
	}
	pieces := []*Array[T]{src.axisSlice(ax, 0, 0)} // keeps the result's shape when nothing is joined
	q := 0
	labelRuns(labels, func(label, lo, hi int) {
		if label == 0 {
			pieces = append(pieces, src.axisSlice(ax, q, q+hi-lo))
			q += hi - lo
			return
		}
		pieces = append(pieces, v.axisSlice(ax, label-1, label-1+hi-lo))
	})
	return concatenate(op, pieces, ax)
}

// labelCount returns the number of labels equal to l.
func labelCount(labels []int, l int) int {
	c := 0
	for _, x := range labels {
		if x == l {
			c++
		}
	}
	return c
}

// labelRuns calls fn for each maximal run [lo, hi) of labels that continue
// each other, with the run's first label: equal labels when they are 0 or
// less, labels counting up by one when positive.
func labelRuns(labels []int, fn func(label, lo, hi int)) {
	for lo := 0; lo < len(labels); {
		hi, step := lo+1, 0
		if labels[lo] > 0 {
			step = 1
		}
		for hi < len(labels) && labels[hi] == labels[hi-1]+step {
			hi++
		}
		fn(labels[lo], lo, hi)
		lo = hi
	}
}

// Delete returns a copy of a without the slices along axis at the given
// indices, like numpy.delete with a sequence of indices (a single index is
// a sequence of one). Without an axis a is flattened first, NumPy's
// axis=None. Negative indices count from the end; an index given twice is
// deleted once. NumPy's boolean and slice obj are not taken: Compress with
// the negated mask, or the indices a slice stands for, do the same.
// Delete panics with an *IndexError for an index out of range (whose
// message names axis 0 for more than one index, as NumPy's) and an
// *AxisError for an axis out of range.
func Delete[T Dtype](a *Array[T], indices []int, axis ...int) *Array[T] {
	const op = "Delete"
	checkNil(op, a)
	src, ax := flatOrAxis(op, a, axis)
	n := src.shape[ax]
	labels := make([]int, n) // 0: kept; -1: deleted
	for _, i := range indices {
		k := 0 // NumPy marks several indices in a 1-d mask
		if len(indices) == 1 {
			k = ax
		}
		labels[checkIndex(op, i, k, n)] = -1
	}
	pieces := []*Array[T]{src.axisSlice(ax, 0, 0)}
	labelRuns(labels, func(label, lo, hi int) {
		if label == 0 {
			pieces = append(pieces, src.axisSlice(ax, lo, hi))
		}
	})
	return concatenate(op, pieces, ax)
}

// Append returns a new array holding a's elements followed by those of
// values along axis, like numpy.append. Without an axis both are
// flattened first, NumPy's axis=None. Append panics as Concatenate does
// when the shapes differ elsewhere than along axis.
func Append[T Dtype](a, values *Array[T], axis ...int) *Array[T] {
	const op = "Append"
	checkNil(op, a)
	checkNil(op, values)
	if ax, given := oneAxis(op, axis); given {
		return concatenate(op, []*Array[T]{a, values}, ax)
	}
	return concatenate(op, []*Array[T]{a.Ravel(), values.Ravel()}, 0)
}

// Resize returns a new array of the given shape filled with a's elements
// in C order, repeated as often as needed, like numpy.resize (not
// a.resize, which fills with zeros). An empty a gives zeros. Resize panics
// with a *ValueError for a negative extent.
func Resize[T Dtype](a *Array[T], shape ...int) *Array[T] {
	const op = "Resize"
	checkNil(op, a)
	for _, n := range shape {
		if n < 0 {
			panicValue(op, "all elements of `new_shape` must be non-negative")
		}
	}
	n := a.Size()
	if n == 0 {
		return newArray[T](op, shape)
	}
	out := emptyArray[T](op, shape)
	size := out.Size()
	flat, src := out.Reshape(size), a.Ravel()
	// Whole copies of a as the rows of one broadcast copy, then the rest.
	full := size / n
	copyArray(flat.axisSlice(0, 0, full*n).Reshape(full, n), src.Reshape(1, n).broadcastTo(op, []int{full, n}))
	copyArray(flat.axisSlice(0, full*n, size), src.axisSlice(0, 0, size-full*n))
	return out
}

// ColumnStack joins arrays as the columns of a 2-d array, like
// numpy.column_stack: a 1-d array of length N becomes a column (N, 1), a
// 0-d array (1, 1), and arrays of two or more dimensions are joined along
// axis 1 as they are. The result is a new array. ColumnStack panics as
// Concatenate does.
func ColumnStack[T Dtype](arrays []*Array[T]) *Array[T] {
	cols := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		cols[i] = a
		if a.Ndim() < 2 {
			cols[i] = AtLeast2d(a).T()
		}
	}
	return concatenate("ColumnStack", cols, 1)
}

// AtLeast1d returns a with at least one dimension, like numpy.atleast_1d:
// a 0-d array becomes shape (1,), others are a itself. The result shares
// memory with a.
func AtLeast1d[T Dtype](a *Array[T]) *Array[T] { return atLeast([]*Array[T]{a}, 1)[0] }

// AtLeast2d returns a with at least two dimensions, like
// numpy.atleast_2d: a 0-d array becomes shape (1, 1), a 1-d array of
// length N (1, N), others are a itself. The result shares memory with a.
func AtLeast2d[T Dtype](a *Array[T]) *Array[T] { return atLeast([]*Array[T]{a}, 2)[0] }

// AtLeast3d returns a with at least three dimensions, like
// numpy.atleast_3d: a 0-d array becomes shape (1, 1, 1), (N,) becomes
// (1, N, 1), (M, N) becomes (M, N, 1), others are a itself. The result
// shares memory with a.
func AtLeast3d[T Dtype](a *Array[T]) *Array[T] { return atLeast([]*Array[T]{a}, 3)[0] }

// TrimZeros returns the 1-d array a without its leading zeros if trim
// holds an 'f' and without its trailing zeros if it holds a 'b' (either
// case; NumPy's default is "fb"), like numpy.trim_zeros. NaN is not zero;
// -0.0 is. The result is a view sharing memory with a. TrimZeros panics
// with a *ValueError if a is not 1-d (NumPy 1.24 also takes an n-d array
// whose rows hold one element each).
func TrimZeros[T Dtype](a *Array[T], trim string) *Array[T] {
	const op = "TrimZeros"
	checkNil(op, a)
	if a.Ndim() != 1 {
		panicValue(op, "trim_zeros takes a 1-d array, not one of shape %s", shapeString(a.shape))
	}
	trim = strings.ToUpper(trim)
	var zero T
	isZero := func(i int) bool { return a.data[a.offset+i*a.strides[0]] == zero }
	lo, hi := 0, a.shape[0]
	if strings.Contains(trim, "F") {
		for lo < hi && isZero(lo) {
			lo++
		}
	}
	if strings.Contains(trim, "B") {
		for hi > lo && isZero(hi-1) {
			hi--
		}
	}
	return a.axisSlice(0, lo, hi)
}

// FlatNonzero returns the positions of a's nonzero elements (true for
// bool) in a flattened in C order, like numpy.flatnonzero. The result is
// a new array.
func FlatNonzero[T Dtype](a *Array[T]) *Array[int] {
	w := ArgWhere(a.Ravel())
	return w.Reshape(w.shape[0])
}

// Compress returns the slices of a along axis where the 1-d cond is true,
// like numpy.compress: Take(a, FlatNonzero(cond), axis...). cond may be
// shorter than the axis (missing entries count as false). Without an axis
// a is flattened first. The result is a new array. Compress panics with a
// *ValueError if cond is not 1-d, and as Take does for a true entry past
// the axis's end or an axis out of range.
func Compress[T Dtype](cond *Array[bool], a *Array[T], axis ...int) *Array[T] {
	const op = "Compress"
	checkNil(op, cond)
	if cond.Ndim() != 1 {
		panicValue(op, "condition must be a 1-d array")
	}
	return take(op, a, FlatNonzero(cond), axis...)
}

// Extract returns the elements of a where cond is true, both taken
// flattened in C order, like numpy.extract: Take(a, FlatNonzero(cond)).
// cond may have another shape and size than a. The result is a new 1-d
// array. Extract panics with an *IndexError for a true entry of cond past
// a's size.
func Extract[T Dtype](cond *Array[bool], a *Array[T]) *Array[T] {
	checkNil("Extract", cond)
	return take("Extract", a, FlatNonzero(cond))
}

// Place stores the first elements of vals, repeated as needed, one by one
// into the elements of a where mask is true, in C order and in place, like
// numpy.place; mask has a's size (in any shape). Extract is its inverse.
// Place panics with a *ValueError if the sizes differ, if vals is empty
// and mask has a true element, or if a is a broadcast view.
func Place[T Dtype](a *Array[T], mask *Array[bool], vals *Array[T]) {
	const op = "Place"
	checkNil(op, a)
	checkNil(op, mask)
	if mask.Size() != a.Size() {
		panicValue(op, "place: mask and data must be the same size")
	}
	count := CountNonzero(mask).Item()
	if count == 0 {
		return
	}
	if vals.Size() == 0 {
		panicValue(op, "Cannot insert from an empty array!")
	}
	a.setMask(op, mask.Reshape(a.shape...), Resize(vals, count))
}

// Putmask sets each element of a where mask is true to the element of
// values at the same flat position, values repeating when shorter, in
// place, like numpy.putmask: a.flat[i] = values.flat[i % values.Size()]
// where mask.flat[i]; mask has a's size (in any shape). Unlike Place,
// values are matched to positions, not to the true elements in turn; an
// empty values changes nothing. Putmask panics with a *ValueError if the
// sizes differ or a is a broadcast view.
func Putmask[T Dtype](a *Array[T], mask *Array[bool], values *Array[T]) {
	const op = "Putmask"
	checkNil(op, a)
	checkNil(op, mask)
	a.checkWritable(op)
	if mask.Size() != a.Size() {
		panicValue(op, "putmask: mask and data must be the same size")
	}
	if values.Size() == 0 {
		return
	}
	WhereTo(a, mask.Reshape(a.shape...), Resize(values, a.shape...), a)
}

// Select returns an array whose element at each position is that of
// choicelist[i] for the first i whose condlist[i] is true there, and def
// where none is, like numpy.select. The conditions and the choices are
// broadcast together. The result is a new array. Select panics with a
// *ValueError if the lists differ in length or are empty, and with a
// *ShapeError if the shapes do not broadcast.
func Select[T Dtype](condlist []*Array[bool], choicelist []*Array[T], def T) *Array[T] {
	const op = "Select"
	if len(condlist) != len(choicelist) {
		panicValue(op, "list of cases must be same length as list of conditions")
	}
	if len(condlist) == 0 {
		panicValue(op, "select with an empty condition list is not possible")
	}
	// NumPy broadcasts the conditions, then the choices with the default,
	// then the first of each, and names the arguments of the failing step.
	shapes := make([][]int, 0, len(condlist)+1)
	for _, c := range condlist {
		shapes = append(shapes, c.shape)
	}
	condShape := broadcastArgs(op, shapes...)
	shapes = shapes[:0]
	for _, c := range choicelist {
		shapes = append(shapes, c.shape)
	}
	choiceShape := broadcastArgs(op, append(shapes, nil)...)
	out := Full(def, broadcastArgs(op, condShape, choiceShape)...)
	// The first true condition wins: write the choices from the last.
	for i := len(condlist) - 1; i >= 0; i-- {
		WhereTo(out, condlist[i], choicelist[i], out)
	}
	return out
}

// Choose returns an array whose element at each position is that of
// choices[a] there, like numpy.choose in its default mode 'raise'; a and
// the choices are broadcast together. The result is a new array. Choose
// panics with a *ValueError for no choices or an entry of a outside
// [0, len(choices)) (NumPy's modes 'wrap' and 'clip' are not there), and
// with a *ShapeError if the shapes do not broadcast.
func Choose[T Dtype](a *Array[int], choices []*Array[T]) *Array[T] {
	const op = "Choose"
	checkNil(op, a)
	if len(choices) == 0 {
		panicValue(op, "0-length sequence.")
	}
	shapes := make([][]int, len(choices)+1)
	for i, c := range choices {
		shapes[i] = c.shape
	}
	shapes[len(choices)] = a.shape // NumPy's multi-iterator takes a last
	shape := broadcastArgs(op, shapes...)
	if !isEmpty(shape) && (Min(a).Item() < 0 || Max(a).Item() >= len(choices)) {
		panicValue(op, "invalid entry in choice array")
	}
	out := choices[0].broadcastTo(op, shape).Copy()
	for k := 1; k < len(choices) && out.Size() > 0; k++ {
		WhereTo(out, Equal(a, Scalar(k)), choices[k], out)
	}
	return out
}

// broadcastArgs returns the shape that arrays of the given shapes
// broadcast to, as broadcastShapes does, but panics with the message of
// NumPy's multi-iterator (np.broadcast_arrays, np.choose), which names two
// arguments that disagree: along each axis of the result, from the first,
// the extent is taken from the first argument whose extent there is not 1,
// and the first argument with another one is at fault.
func broadcastArgs(op string, shapes ...[]int) []int {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	out := make([]int, nd)
	for k := range out {
		out[k] = 1
		from := 0
		for j, s := range shapes {
			i := k - nd + len(s)
			switch {
			case i < 0 || s[i] == 1 || s[i] == out[k]:
			case out[k] == 1:
				out[k], from = s[i], j
			default:
				panicShape(op, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg %d with shape %s and arg %d with shape %s.",
					from, tupleString(shapes[from]), j, tupleString(s))
			}
		}
	}
	return out
}
