package ndarray

// Slice returns the view of a selected by spec, an expression in NumPy's
// basic-slicing syntax: a.Slice(":, 1:-1, ::-1") is NumPy's a[:, 1:-1, ::-1].
// Items are separated by commas; each is
//   - an integer, which selects one position and drops the axis (negative
//     counts from the end);
//   - a slice start:stop:step with any part omitted (":", "::2", "::-1",
//     "-3:"), whose bounds are clipped to the axis as Python clips them, so
//     that a slice past the end is empty rather than an error;
//   - "...", standing for as many whole axes as the other items leave;
//   - "None" or "newaxis", which inserts an axis of length 1.
//
// Axes left over at the end are taken whole. Slice parses spec with
// ParseIndex and calls SliceOf, the typed form for indices computed at run
// time; in a hot loop, parse once and call SliceOf, since the parse costs
// about as much as the slicing. The result shares memory with a: only the
// offset, shape and strides differ, so writes through it show in a.
//
// Slice panics with an *IndexError if spec is malformed, has more than one
// ellipsis, indexes more axes than a has, or holds an integer out of range
// ("index 5 is out of bounds for axis 0 with size 3"), and with a
// *ValueError for a step of zero.
func (a *Array[T]) Slice(spec string) *Array[T] {
	// Specs of up to 2·inlineDims items are parsed into a stack buffer;
	// longer ones grow it on the heap.
	var buf [2 * inlineDims]Index
	idx, err := parseIndexInto("Slice", spec, buf[:0])
	if err != nil {
		panic(err)
	}
	return a.sliceOf("Slice", idx)
}

// SliceOf returns the view of a selected by idx, the typed form of Slice:
// a.SliceOf(I(0), Ellipsis, S(1, -1), NewAxis, Every(-1)) is NumPy's
// a[0, ..., 1:-1, None, ::-1]. The result shares memory with a.
// SliceOf panics as Slice does.
func (a *Array[T]) SliceOf(idx ...Index) *Array[T] { return a.sliceOf("SliceOf", idx) }

func (a *Array[T]) sliceOf(op string, idx []Index) *Array[T] {
	nd := len(a.shape)
	indexed, ints, newAxes, ellipses := 0, 0, 0, 0
	for _, x := range idx {
		switch x.kind {
		case ellipsisIndex:
			ellipses++
		case intIndex:
			indexed++
			ints++
		case sliceIndex:
			indexed++
		case newAxisIndex:
			newAxes++
		}
	}
	if ellipses > 1 {
		panicIndex(op, "an index can only have a single ellipsis ('...')")
	}
	if indexed > nd {
		panicIndex(op, "too many indices for array: array is %d-dimensional, but %d were indexed", nd, indexed)
	}
	if outNd := nd - ints + newAxes; outNd > maxDims {
		panicIndex(op, "number of dimensions must be within [0, %d], got %d", maxDims, outNd)
	}
	// The result's layout is built in stack buffers, which view copies;
	// results of more than 2·inlineDims axes grow them on the heap.
	var shapeBuf, stridesBuf [2 * inlineDims]int
	shape, strides := shapeBuf[:0], stridesBuf[:0]
	offset := a.offset
	k := 0 // the next axis of a
	for _, x := range idx {
		switch x.kind {
		case ellipsisIndex:
			n := nd - indexed
			shape = append(shape, a.shape[k:k+n]...)
			strides = append(strides, a.strides[k:k+n]...)
			k += n
		case newAxisIndex:
			shape = append(shape, 1)
			strides = append(strides, 0)
		case intIndex:
			i, n := x.start, a.shape[k]
			if i < -n || i >= n {
				panicIndex(op, "index %d is out of bounds for axis %d with size %d", i, k, n)
			}
			if i < 0 {
				i += n
			}
			offset += i * a.strides[k]
			k++
		case sliceIndex:
			start, step, n := x.bounds(op, a.shape[k])
			stride := a.strides[k]
			// Along an axis of length 0 or 1 the stride is never used and
			// a huge step could overflow it, so it is kept as it is.
			if n > 1 {
				stride *= step
			}
			if n > 0 {
				offset += start * a.strides[k]
			}
			shape = append(shape, n)
			strides = append(strides, stride)
			k++
		}
	}
	shape = append(shape, a.shape[k:]...)
	strides = append(strides, a.strides[k:]...)
	// An empty result addresses no element; keeping a's offset keeps it
	// inside the backing slice, where Data can cut a zero-length slice.
	for _, n := range shape {
		if n == 0 {
			offset = a.offset
		}
	}
	return a.view(offset, shape, strides)
}

// bounds returns the first position, the step and the number of elements
// that the slice x selects from an axis of length n, by Python's
// PySlice_Unpack and PySlice_AdjustIndices: omitted bounds default to the
// ends that the step's sign calls for, negative bounds count from the end,
// and bounds beyond the axis are clipped to it.
func (x Index) bounds(op string, n int) (start, step, length int) {
	step = 1
	if x.hasStep {
		step = x.step
	}
	if step == 0 {
		panicValue(op, "slice step cannot be zero")
	}
	// As Python does, so that -step cannot overflow.
	step = max(step, -maxInt)
	var stop int
	switch {
	case x.hasStart:
		start = clipBound(x.start, n, step)
	case step < 0:
		start = n - 1
	}
	switch {
	case x.hasStop:
		stop = clipBound(x.stop, n, step)
	case step < 0:
		stop = -1
	default:
		stop = n
	}
	switch {
	case step < 0 && stop < start:
		length = (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		length = (stop-start-1)/step + 1
	}
	return start, step, length
}

// clipBound maps a slice bound to a position in [-1, n], counting negative
// bounds from the end and clipping the rest: to [0, n] for a positive step,
// to [-1, n-1] for a negative one.
func clipBound(i, n, step int) int {
	switch {
	case i < 0:
		i += n
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	case i >= n:
		if step < 0 {
			return n - 1
		}
		return n
	}
	return i
}
