package ndarray

import "slices"

// Advanced indexing: integer index arrays (Take, TakeAlongAxis, Put),
// boolean masks (Mask, SetMask) and the positions of nonzero elements
// (Nonzero, ArgWhere). As NumPy's advanced indexing does, the selecting
// functions return copies, never views.

// walkC calls fn for every run of shape along its last axis in C order,
// with the index of the run along the other axes, each operand's offset of
// the run's first element and its stride along the run, and the run's
// length. A 0-d shape is one run of length 1. Unlike the iteration engine,
// which reorders axes for speed, walkC keeps C order, which results that
// list elements in order (Nonzero, Mask) depend on.
func walkC(shape []int, fn func(idx []int, off, st [maxOperands]int, n int), ops ...operand) {
	for _, n := range shape {
		if n == 0 {
			return
		}
	}
	var idx [maxDims]int
	var off, st [maxOperands]int
	for i, op := range ops {
		off[i] = op.offset
	}
	nd := len(shape)
	if nd == 0 {
		fn(nil, off, st, 1)
		return
	}
	for i, op := range ops {
		st[i] = op.strides[nd-1]
	}
	for {
		fn(idx[:nd-1], off, st, shape[nd-1])
		k := nd - 2
		for ; k >= 0; k-- {
			idx[k]++
			for i, op := range ops {
				off[i] += op.strides[k]
			}
			if idx[k] < shape[k] {
				break
			}
			for i, op := range ops {
				off[i] -= op.strides[k] * shape[k]
			}
			idx[k] = 0
		}
		if k < 0 {
			return
		}
	}
}

// checkIndex returns index i of an axis of length n counted from the front,
// panicking with NumPy's message when it is out of range.
func checkIndex(op string, i, axis, n int) int {
	if i < -n || i >= n {
		panicIndex(op, "index %d is out of bounds for axis %d with size %d", i, axis, n)
	}
	if i < 0 {
		i += n
	}
	return i
}

// normIndices returns the elements of indices in C order, each counted from
// the front of an axis of length n. It returns indices' own backing slice,
// to be read only, when indices is contiguous and has no negative index,
// and a copy otherwise. It panics with an *IndexError for an index out of range.
func normIndices(op string, indices *Array[int], axis, n int) []int {
	var idx []int
	if indices.IsContiguous() {
		idx = indices.Data()
		negative := false
		for _, i := range idx {
			if i < 0 || i >= n {
				checkIndex(op, i, axis, n)
				negative = true
			}
		}
		if !negative {
			return idx
		}
	}
	idx = indices.ToSlice()
	for j, i := range idx {
		idx[j] = checkIndex(op, i, axis, n)
	}
	return idx
}

// ArgWhere returns the indices of a's nonzero elements (true for bool) as an
// N×a.Ndim() array, one row per element in C order, like numpy.argwhere.
// The result is a new array.
func ArgWhere[T Dtype](a *Array[T]) *Array[int] {
	var zero T
	nd := a.Ndim()
	count := 0
	walkC(a.shape, func(_ []int, off, st [maxOperands]int, n int) {
		for j := range n {
			if a.data[off[0]+j*st[0]] != zero {
				count++
			}
		}
	}, a.layout())
	out := emptyArray[int]("ArgWhere", []int{count, nd})
	row := out.data
	walkC(a.shape, func(idx []int, off, st [maxOperands]int, n int) {
		for j := range n {
			if a.data[off[0]+j*st[0]] != zero {
				if nd > 0 {
					copy(row, idx)
					row[nd-1] = j
					row = row[nd:]
				}
			}
		}
	}, a.layout())
	return out
}

// Nonzero returns the indices of a's nonzero elements (true for bool), one
// array per axis, like numpy.nonzero: element i is nonzero at
// (out[0][i], out[1][i], ...), in C order. The results are new arrays.
// Nonzero panics with a *ValueError for a 0-d array, as NumPy 2 does.
func Nonzero[T Dtype](a *Array[T]) []*Array[int] {
	if a.Ndim() == 0 {
		panicValue("Nonzero", "Calling nonzero on 0d arrays is not allowed. Use a.Reshape(1) first")
	}
	w := ArgWhere(a)
	out := make([]*Array[int], a.Ndim())
	for k := range out {
		out[k] = w.axisSlice(1, k, k+1).Reshape(w.shape[0]).Copy()
	}
	return out
}

// emptyTake is NumPy's text for taking elements from an empty axis (Take,
// and the quantiles of an empty slice).
const emptyTake = "cannot do a non-empty take from an empty axes."

// Take returns the elements of a at the given indices along axis, like
// numpy.take: the result's shape is a's with that axis replaced by
// indices' shape. Without an axis, indices are flat positions in a's C
// order. Negative indices count from the end. The result is a new array.
// Take panics with an *IndexError for an index out of range (checked, as
// NumPy does, only where the axes before the given one hold elements) or
// any index into an empty axis, an *AxisError for an axis out of range and
// a *ValueError for more than one axis.
func Take[T Dtype](a *Array[T], indices *Array[int], axis ...int) *Array[T] {
	return take("Take", a, indices, axis...)
}

// take is Take for op (Compress, Extract).
func take[T Dtype](op string, a *Array[T], indices *Array[int], axis ...int) *Array[T] {
	src, ax := optionalAxis(op, a, axis)
	if src.shape[ax] == 0 && indices.Size() > 0 {
		panicIndex(op, emptyTake)
	}
	var idx []int
	if slices.Contains(src.shape[:ax], 0) {
		// NumPy checks the indices once for each position before the
		// axis, as it copies; with none, no index is out of range.
		idx = make([]int, indices.Size())
	} else {
		idx = normIndices(op, indices, ax, src.shape[ax])
	}
	shape := append(append(append([]int{}, src.shape[:ax]...), indices.shape...), src.shape[ax+1:]...)
	out := emptyArray[T](op, shape)
	// out seen with the index axes merged into one, of length len(idx).
	flatShape := src.Shape()
	flatShape[ax] = len(idx)
	dst := out.view(0, flatShape, cStrides(flatShape))
	if ax < src.Ndim()-1 {
		// Each index selects a block: one strided copy per index.
		for j, i := range idx {
			copyArray(dst.axisSlice(ax, j, j+1), src.axisSlice(ax, i, i+1))
		}
		return out
	}
	st := src.strides[ax]
	eachLane(flatShape, ax, func(off [maxOperands]int) {
		for j, i := range idx {
			out.data[off[0]+j] = src.data[off[1]+i*st]
		}
	}, dst.layout(), src.layout())
	return out
}

// TakeAlongAxis returns the elements of a picked along axis by indices, like
// numpy.take_along_axis: out[i, j, k] = a[indices[i, j, k], j, k] for axis
// 0. indices has a's number of dimensions; the other axes broadcast against
// a's. It pairs with ArgSort: TakeAlongAxis(a, ArgSort(a, SortAxis(k)), k)
// sorts a along k. The result is a new array. TakeAlongAxis panics with a
// *ValueError if the dimensions differ, a *ShapeError if the other axes do
// not broadcast, an *IndexError for an index out of range and an
// *AxisError for an axis out of range.
func TakeAlongAxis[T Dtype](a *Array[T], indices *Array[int], axis int) *Array[T] {
	const op = "TakeAlongAxis"
	nd := a.Ndim()
	if indices.Ndim() != nd {
		panicValue(op, "`indices` and `arr` must have the same number of dimensions")
	}
	axis = normAxis(op, axis, nd)
	// The other axes broadcast as NumPy's fancy indexing broadcasts them.
	shape := indices.Shape()
	for k, n := range a.shape {
		switch m := indices.shape[k]; {
		case k == axis || n == m || n == 1:
		case m == 1:
			shape[k] = n
		default:
			panicShape(op, "shape mismatch: indexing arrays could not be broadcast together with shapes %s %s",
				shapeString(a.shape), shapeString(indices.shape))
		}
	}
	out := emptyArray[T](op, shape)
	aStrides := broadcastAlong(a.shape, a.strides, shape, axis)
	iStrides := broadcastAlong(indices.shape, indices.strides, shape, axis)
	n, m := a.shape[axis], shape[axis]
	as, is, ds := a.strides[axis], indices.strides[axis], out.strides[axis]
	eachLane(shape, axis, func(off [maxOperands]int) {
		for j := range m {
			i := checkIndex(op, indices.data[off[2]+j*is], axis, n)
			out.data[off[0]+j*ds] = a.data[off[1]+i*as]
		}
	}, out.layout(), operand{a.offset, aStrides}, operand{indices.offset, iStrides})
	return out
}

// broadcastAlong returns strides for walking an array of shape and strides
// over the lanes of out shape along axis: 0 on the other axes where the
// array has length 1 and out does not.
func broadcastAlong(shape, strides, out []int, axis int) []int {
	s := append([]int{}, strides...)
	for k := range s {
		if k != axis && shape[k] != out[k] {
			s[k] = 0
		}
	}
	return s
}

// Put stores values at the flat positions indices of a (in C order), in
// place, like numpy.put: a.flat[indices[j]] = values[j % len(values)], so
// values repeat when there are fewer of them than indices. Negative indices
// count from the end. Put panics with an *IndexError for an index out of
// range, before writing anything, and with a *ValueError if a is a
// broadcast view.
func Put[T Dtype](a *Array[T], indices *Array[int], values *Array[T]) {
	a.checkWritable("Put")
	vals := values.ToSlice()
	if len(vals) == 0 {
		return
	}
	idx := normIndices("Put", indices, 0, a.Size())
	if _, self := any(a).(*Array[int]); self {
		// indices may share a's memory (Put(a, a, v)): read them all first.
		idx = slices.Clone(idx)
	}
	contiguous := a.IsContiguous()
	for j, i := range idx {
		p := a.offset + i
		if !contiguous { // unravel the flat index over a's strides
			p = a.offset
			for k := a.Ndim() - 1; k >= 0; k-- {
				p += i % a.shape[k] * a.strides[k]
				i /= a.shape[k]
			}
		}
		a.data[p] = vals[j%len(vals)]
	}
}

// maskLayout checks mask against a's leading axes and returns the number of
// true elements and the shape and strides of the block of a each selects.
func maskLayout[T Dtype](op string, a *Array[T], mask *Array[bool]) (count int, rest, restStrides []int) {
	mnd := mask.Ndim()
	if mnd > a.Ndim() {
		panicIndex(op, "too many indices for array: array is %d-dimensional, but %d were indexed", a.Ndim(), mnd)
	}
	for k, n := range mask.shape {
		if n != a.shape[k] {
			panicIndex(op, "boolean index did not match indexed array along dimension %d; dimension is %d but corresponding boolean dimension is %d", k, a.shape[k], n)
		}
	}
	walkC(mask.shape, func(_ []int, off, st [maxOperands]int, n int) {
		for j := range n {
			if mask.data[off[0]+j*st[0]] {
				count++
			}
		}
	}, mask.layout())
	return count, a.shape[mnd:], a.strides[mnd:]
}

// Mask returns the elements of a where mask is true, like NumPy's a[mask]
// with a boolean array: mask's shape must equal a's leading axes, and the
// result stacks the selected elements (or sub-arrays, when mask has fewer
// axes than a) in C order into shape (count, a's remaining axes...). The
// result is a new array. Mask panics with an *IndexError if mask's shape
// does not match.
func (a *Array[T]) Mask(mask *Array[bool]) *Array[T] {
	count, rest, restStrides := maskLayout("Mask", a, mask)
	out := emptyArray[T]("Mask", append([]int{count}, rest...))
	c := 0
	walkC(mask.shape, func(_ []int, off, st [maxOperands]int, n int) {
		for j := range n {
			if !mask.data[off[0]+j*st[0]] {
				continue
			}
			if p := off[1] + j*st[1]; len(rest) == 0 {
				out.data[c] = a.data[p]
			} else {
				copyArray(out.axisSlice(0, c, c+1).Reshape(rest...), a.view(p, rest, restStrides))
			}
			c++
		}
	}, mask.layout(), operand{a.offset, a.strides})
	return out
}

// SetMask stores values into a where mask is true, in place, like NumPy's
// a[mask] = values: values broadcast to the shape that a.Mask(mask) has, so
// a single value fills every selected element. SetMask panics with an
// *IndexError if mask's shape does not match a's leading axes, with a
// *ValueError (NumPy's message) if a 1-d values has neither 1 nor one
// element per true, with a *ShapeError if values does not broadcast
// otherwise, and with a *ValueError if a is a broadcast view.
func (a *Array[T]) SetMask(mask *Array[bool], values *Array[T]) {
	a.setMask("SetMask", mask, values)
}

// setMask is SetMask for op (Place).
func (a *Array[T]) setMask(op string, mask *Array[bool], values *Array[T]) {
	a.checkWritable(op)
	count, rest, restStrides := maskLayout(op, a, mask)
	if len(rest) == 0 && values.Ndim() == 1 && values.shape[0] != 1 && values.shape[0] != count {
		panicValue(op, "NumPy boolean array indexing assignment cannot assign %d input values to the %d output values where the mask is true", values.shape[0], count)
	}
	v := unaliased(a, values).broadcastTo(op, append([]int{count}, rest...))
	c := 0
	walkC(mask.shape, func(_ []int, off, st [maxOperands]int, n int) {
		for j := range n {
			if !mask.data[off[0]+j*st[0]] {
				continue
			}
			if p := off[1] + j*st[1]; len(rest) == 0 {
				a.data[p] = v.data[v.offset+c*v.strides[0]]
			} else {
				copyArray(a.view(p, rest, restStrides), v.axisSlice(0, c, c+1).Reshape(rest...))
			}
			c++
		}
	}, mask.layout(), operand{a.offset, a.strides})
}
