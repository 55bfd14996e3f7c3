package ndarray

// Reshape returns a with a new shape holding the same elements in C order,
// like numpy.reshape. One extent may be -1 and is then inferred. The result
// is a view sharing memory with a whenever a's strides allow it, and a copy
// otherwise, exactly when NumPy copies. Reshape panics with a *ShapeError if
// the sizes differ and a *ValueError for more than one -1.
func (a *Array[T]) Reshape(shape ...int) *Array[T] {
	// The new layout is built in stack buffers (newView copies it) for
	// arrays of up to 2·inlineDims axes.
	var shapeBuf, stridesBuf [2 * inlineDims]int
	shape = resolveShape("Reshape", a.Size(), shapeBuf[:0], shape)
	switch {
	case sameShape(shape, a.shape):
		return a.view(a.offset, shape, a.strides)
	case a.Size() == 0:
		return a.view(a.offset, shape, nil)
	}
	if strides := reshapeStrides(stridesBuf[:0], a.shape, a.strides, shape); strides != nil {
		return a.view(a.offset, shape, strides)
	}
	return newView(a.Copy().data, 0, shape, nil)
}

// resolveShape appends shape to dst with a -1 replaced by the extent that
// makes its size equal size, and checks the sizes agree.
func resolveShape(op string, size int, dst, shape []int) []int {
	shape = append(dst, shape...)
	unknown := -1
	known := 1
	for k, n := range shape {
		switch {
		case n == -1 && unknown >= 0:
			panicValue(op, "can only specify one unknown dimension")
		case n == -1:
			unknown = k
		case n < 0:
			panicValue(op, "negative dimensions not allowed")
		default:
			known = mulChecked(op, known, n)
		}
	}
	if unknown >= 0 {
		if known == 0 || size%known != 0 {
			shape[unknown] = -1
			panicShape(op, "cannot reshape array of size %d into shape %s", size, tupleString(shape))
		}
		shape[unknown] = size / known
	} else if known != size {
		panicShape(op, "cannot reshape array of size %d into shape %s", size, tupleString(shape))
	}
	checkedSize(op, shape)
	return shape
}

func mulChecked(op string, a, b int) int {
	if b != 0 && a > maxInt/b {
		panicShape(op, "array is too big; the product of the shape overflows int")
	}
	return a * b
}

// Ravel returns a as a 1-d array in C order, like numpy.ravel: a view
// sharing memory with a if a is C-contiguous, a copy otherwise.
func (a *Array[T]) Ravel() *Array[T] {
	if a.IsContiguous() {
		return a.view(a.offset, []int{a.Size()}, []int{1})
	}
	return a.Flatten()
}

// T returns a with its axes reversed, numpy's a.T. The result shares memory with a.
func (a *Array[T]) T() *Array[T] { return a.Transpose() }

// Transpose returns a with its axes permuted, like numpy.transpose: axis k
// of the result is axis axes[k] of a. With no axes it reverses them. The
// result shares memory with a. Transpose panics with an *AxisError if axes
// is not a permutation of a's axes.
func (a *Array[T]) Transpose(axes ...int) *Array[T] {
	nd := len(a.shape)
	// The axes and the result's layout live in stack buffers (view copies
	// the layout): up to 2*inlineDims axes, Transpose allocates only the
	// view.
	var permBuf, shapeBuf, stridesBuf [2 * inlineDims]int
	perm, shape, strides := permBuf[:0], shapeBuf[:0], stridesBuf[:0]
	switch {
	case len(axes) == 0:
		for k := range nd {
			perm = append(perm, nd-1-k)
		}
	case len(axes) != nd:
		panic(&AxisError{Op: "Transpose", Msg: "axes don't match array"})
	default:
		perm = appendNormAxes(perm, "Transpose", axes, nd)
	}
	for _, ax := range perm {
		shape, strides = append(shape, a.shape[ax]), append(strides, a.strides[ax])
	}
	return a.view(a.offset, shape, strides)
}

// SwapAxes returns a with axes i and j interchanged, like numpy.swapaxes.
// The result shares memory with a.
func (a *Array[T]) SwapAxes(i, j int) *Array[T] {
	nd := len(a.shape)
	i, j = normAxisArg("SwapAxes", "axis1", i, nd), normAxisArg("SwapAxes", "axis2", j, nd)
	perm := identityPerm(nd)
	perm[i], perm[j] = perm[j], perm[i]
	return a.Transpose(perm...)
}

// MoveAxis returns a with axis src moved to position dst and the other axes
// in their order, like numpy.moveaxis. The result shares memory with a.
func (a *Array[T]) MoveAxis(src, dst int) *Array[T] {
	nd := len(a.shape)
	src, dst = normAxisArg("MoveAxis", "source", src, nd), normAxisArg("MoveAxis", "destination", dst, nd)
	perm := make([]int, 0, nd)
	for k := range nd {
		if k != src {
			perm = append(perm, k)
		}
	}
	perm = append(perm[:dst], append([]int{src}, perm[dst:]...)...)
	return a.Transpose(perm...)
}

func identityPerm(n int) []int {
	p := make([]int, n)
	for k := range p {
		p[k] = k
	}
	return p
}

// Squeeze returns a without axes of length 1, like numpy.squeeze: all of
// them, or only the given axes. The result shares memory with a. Squeeze
// panics with a *ValueError if a given axis is not of length 1.
func (a *Array[T]) Squeeze(axes ...int) *Array[T] {
	drop := make([]bool, len(a.shape))
	if len(axes) == 0 {
		for k, n := range a.shape {
			drop[k] = n == 1
		}
	}
	for _, ax := range normAxes("Squeeze", axes, len(a.shape)) {
		if a.shape[ax] != 1 {
			panicValue("Squeeze", "cannot select an axis to squeeze out which has size not equal to one")
		}
		drop[ax] = true
	}
	var shape, strides []int
	for k := range a.shape {
		if !drop[k] {
			shape = append(shape, a.shape[k])
			strides = append(strides, a.strides[k])
		}
	}
	return a.view(a.offset, nonNil(shape), nonNil(strides))
}

// ExpandDims returns a with new axes of length 1 inserted so that they are
// at the given positions of the result, like numpy.expand_dims. The result
// shares memory with a. ExpandDims panics with an *AxisError for a position
// out of range or repeated.
func (a *Array[T]) ExpandDims(axes ...int) *Array[T] {
	nd := len(a.shape) + len(axes)
	insert := make([]bool, nd)
	for _, ax := range normAxes("ExpandDims", axes, nd) {
		insert[ax] = true
	}
	shape := make([]int, nd)
	strides := make([]int, nd)
	j := 0
	for k := range nd {
		if insert[k] {
			shape[k] = 1
			continue
		}
		shape[k], strides[k] = a.shape[j], a.strides[j]
		j++
	}
	return a.view(a.offset, shape, strides)
}

// Diagonal returns the diagonal with the given offset of the 2-d sub-arrays
// along axis1 and axis2 (by default 0 and 1), like numpy.diagonal: those
// two axes are removed and the diagonal is appended as the last axis.
// offset > 0 is above the main diagonal. The result shares memory with a.
// Diagonal panics with a *ValueError if a has fewer than two dimensions or
// axis1 equals axis2.
func (a *Array[T]) Diagonal(offset int, axes ...int) *Array[T] {
	nd := len(a.shape)
	if nd < 2 {
		panicValue("Diagonal", "diag requires an array of at least two dimensions")
	}
	ax1, ax2 := 0, 1
	switch len(axes) {
	case 0:
	case 2:
		ax1, ax2 = normAxisArg("Diagonal", "axis1", axes[0], nd), normAxisArg("Diagonal", "axis2", axes[1], nd)
	default:
		panicValue("Diagonal", "takes two axes, got %d", len(axes))
	}
	if ax1 == ax2 {
		panicValue("Diagonal", "axis1 and axis2 cannot be the same")
	}
	n1, n2 := a.shape[ax1], a.shape[ax2]
	start := a.offset
	var n int
	if offset >= 0 {
		n = max(0, min(n1, n2-offset))
		if n > 0 {
			start += offset * a.strides[ax2]
		}
	} else {
		n = max(0, min(n1+offset, n2))
		if n > 0 {
			start -= offset * a.strides[ax1]
		}
	}
	var shape, strides []int
	for k := range a.shape {
		if k != ax1 && k != ax2 {
			shape = append(shape, a.shape[k])
			strides = append(strides, a.strides[k])
		}
	}
	shape = append(shape, n)
	strides = append(strides, a.strides[ax1]+a.strides[ax2])
	return a.view(start, shape, strides)
}

func nonNil(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}
