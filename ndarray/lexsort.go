package ndarray

// LexSort returns the indices that sort the lanes of keys along the last
// axis (or the one given by SortAxis) by the last key, ties by the key
// before it, and so on, like numpy.lexsort: the last key is the primary
// one. Each key is ordered as by Sort (NaNs last) and the sort is stable,
// so positions whose keys are all equal keep their order. The result has
// the keys' shape; for 0-d keys it is a 0-d array holding 0, as NumPy's
// (which takes axis 0 or -1 of them). SortFlat, which numpy.lexsort does
// not have, sorts the flattened keys, as numpy.lexsort of the ravelled
// keys: the result is 1-d, [0] for 0-d keys. LexSort panics with a
// *ValueError if keys is empty, a *ShapeError if the keys differ in shape
// and an *AxisError for an axis out of range.
//
// It sorts by one key after another, from the first, stably (a least
// significant digit first radix sort whose digits are the keys), with
// ArgSort's sorts.
func LexSort[T Dtype](keys []*Array[T], opts ...SortOption) *Array[int] {
	if len(keys) == 0 {
		panicValue("LexSort", "need sequence of keys with len > 0 in lexsort")
	}
	for _, k := range keys {
		checkNil("LexSort", k)
		if !sameShape(k.shape, keys[0].shape) {
			panicShape("LexSort", "all keys need to be the same shape")
		}
	}
	if keys[0].Ndim() == 0 {
		// NumPy takes axis 0 or -1 of 0-d keys, as of keys of one element.
		o := SortOption{axis: -1}
		if len(opts) > 0 {
			o = opts[len(opts)-1]
		}
		switch {
		case o.flat:
			return FromSlice([]int{0}, 1)
		case o.axis != 0 && o.axis != -1:
			panic(&AxisError{Op: "LexSort", Axis: o.axis, Ndim: 0})
		}
		return Scalar(0)
	}
	// Each key as a C-ordered copy whose lanes are consecutive runs of n.
	flat := make([][]T, len(keys))
	var shape []int
	var axis int
	for i, k := range keys {
		src, ax := sortSource("LexSort", k, opts)
		moved := src.MoveAxis(ax, -1)
		flat[i], shape, axis = moved.ToSlice(), moved.shape, ax
	}
	n, size := shape[len(shape)-1], len(flat[0])
	res := make([]int, size)
	if size > 0 {
		vals, perm, tmp := make([]T, n), make([]int, n), make([]int, n)
		argSort := orderOf[T]().argSorter(n)
		for lo := 0; lo < size; lo += n {
			idx := res[lo : lo+n]
			for i := range idx {
				idx[i] = i
			}
			for _, key := range flat {
				for i, j := range idx {
					vals[i] = key[lo+j]
				}
				argSort(perm, vals, 0, 1)
				for i, p := range perm {
					tmp[i] = idx[p]
				}
				copy(idx, tmp)
			}
		}
	}
	return FromSlice(res, shape...).MoveAxis(-1, axis).AsContiguous()
}
