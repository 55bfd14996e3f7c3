package ndarray

// Assembling an array from blocks, numpy.block, for the two levels of
// nesting Go's types spell: a list of arrays (Block) and a list of rows of
// arrays (Block2).

// Block joins arrays along their last axis, like numpy.block([a, b, ...])
// (a list nested one level): every array is first given leading axes of
// length 1 up to the largest number of dimensions among them, and at least
// one, so that 0-d arrays join as single elements and a 1-d array joins a
// 2-d one as a row. The result is a new array. Block panics with a
// *ValueError for no arrays and a *ShapeError if the shapes differ
// elsewhere than along the last axis, with NumPy's messages.
func Block[T Dtype](arrays []*Array[T]) *Array[T] {
	const op = "Block"
	if len(arrays) == 0 {
		panicValue(op, "List at arrays cannot be empty")
	}
	nd := blockNdim(op, 1, arrays)
	return blockJoin(op, blockPromote(arrays, nd), nd-1, blockSlicing(1, arrays))
}

// Block2 assembles an array from rows of blocks, like numpy.block([[a, b],
// [c, d]]) (a list nested two levels): the arrays of each row are joined
// along the last axis, then the rows along the second-to-last. Every array
// is first given leading axes of length 1 up to the largest number of
// dimensions among them, and at least two. The result is a new array.
// Block2 panics with a *ValueError for no rows or an empty row and a
// *ShapeError for blocks that do not fit, with NumPy's messages.
func Block2[T Dtype](rows [][]*Array[T]) *Array[T] {
	const op = "Block2"
	if len(rows) == 0 {
		panicValue(op, "List at arrays cannot be empty")
	}
	nd := 2
	for i, row := range rows {
		if len(row) == 0 {
			panicValue(op, "List at arrays[%d] cannot be empty", i)
		}
		nd = blockNdim(op, nd, row)
	}
	big := blockSlicing(2, rows...)
	joined := make([]*Array[T], len(rows))
	for i, row := range rows {
		joined[i] = blockJoin(op, blockPromote(row, nd), nd-1, big)
	}
	return blockJoin(op, joined, nd-2, big)
}

// blockNdim returns the largest of nd and the arrays' numbers of
// dimensions, checking that none is nil.
func blockNdim[T Dtype](op string, nd int, arrays []*Array[T]) int {
	for _, a := range arrays {
		checkNil(op, a)
		nd = max(nd, a.Ndim())
	}
	return nd
}

// blockPromote returns views of the arrays with leading axes of length 1
// up to nd dimensions, NumPy's array(a, ndmin=nd).
func blockPromote[T Dtype](arrays []*Array[T], nd int) []*Array[T] {
	out := make([]*Array[T], len(arrays))
	for i, a := range arrays {
		lead := nd - a.Ndim()
		shape := append(onesShape(lead), a.shape...)
		strides := append(make([]int, lead), a.strides...)
		out[i] = a.view(a.offset, shape, strides)
	}
	return out
}

// blockSlicing reports whether NumPy 1.24's block assembles these blocks
// nested depth levels by its slicing path, which it takes when depth
// times their number of elements exceeds 2·512·512.
func blockSlicing[T Dtype](depth int, rows ...[]*Array[T]) bool {
	size := 0
	for _, row := range rows {
		for _, a := range row {
			size += a.Size()
			if size > 2*512*512 {
				return true
			}
		}
	}
	return depth*size > 2*512*512
}

// blockJoin concatenates the arrays, of one number of dimensions, along
// axis. On NumPy's slicing path (big) shapes that do not fit get that
// path's message, which names the axis of concatenation.
func blockJoin[T Dtype](op string, arrays []*Array[T], axis int, big bool) *Array[T] {
	if big {
		first := arrays[0]
		for _, a := range arrays[1:] {
			for k, n := range a.shape {
				if k != axis && n != first.shape[k] {
					panicShape(op, "Mismatched array shapes in block along axis %d.", axis)
				}
			}
		}
	}
	return concatenate(op, arrays, axis)
}
