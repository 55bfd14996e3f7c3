package ndarray

import "slices"

// Grids of coordinates and conversions between flat and multi-dimensional
// indices: NumPy's meshgrid, indices, unravel_index and ravel_multi_index.

// MeshOption configures Meshgrid: MeshIJ, MeshSparse, MeshNoCopy.
type MeshOption func(*meshConfig)

type meshConfig struct{ ij, sparse, noCopy bool }

// MeshIJ gives Meshgrid matrix indexing, NumPy's indexing='ij': axis k of
// the grids runs along xs[k]. Without it Meshgrid uses Cartesian indexing
// ('xy', the default), which swaps the first two axes.
func MeshIJ() MeshOption { return func(c *meshConfig) { c.ij = true } }

// MeshSparse makes Meshgrid return sparse grids, NumPy's sparse=True: grid
// k keeps only the axis along xs[k] and has length 1 along the others, and
// the grids broadcast together to the dense ones.
func MeshSparse() MeshOption { return func(c *meshConfig) { c.sparse = true } }

// MeshNoCopy makes Meshgrid return views of its inputs, NumPy's copy=False:
// the dense grids are read-only broadcast views (BroadcastTo; a grid that
// needs no broadcasting, as that of a single input, is a plain view) and
// the sparse ones reshaped inputs (Reshape, which copies a non-contiguous
// input of two or more dimensions).
func MeshNoCopy() MeshOption { return func(c *meshConfig) { c.noCopy = true } }

// Meshgrid returns coordinate grids from the coordinate vectors xs, like
// numpy.meshgrid: for n vectors of lengths l0, l1, ..., n arrays of n
// dimensions in which grid k holds xs[k] along its own axis and repeats it
// along the others. By default the indexing is Cartesian ('xy'): the
// first two axes are swapped, so that for two vectors the grids have shape
// (l1, l0) and grid 0 varies along the columns; MeshIJ keeps them in order.
// An input of any dimension is flattened in C order. The results are new
// C-contiguous arrays unless MeshNoCopy is given, and dense unless
// MeshSparse is given. With no inputs the result is empty.
func Meshgrid[T Dtype](xs []*Array[T], opts ...MeshOption) []*Array[T] {
	var c meshConfig
	for _, o := range opts {
		o(&c)
	}
	nd := len(xs)
	dense := make([]int, nd)
	out := make([]*Array[T], nd)
	for i, x := range xs {
		ax := i
		if !c.ij && nd > 1 && i < 2 {
			ax = 1 - i
		}
		shape := onesShape(nd)
		shape[ax] = -1
		out[i] = x.Reshape(shape...)
		dense[ax] = out[i].shape[ax]
	}
	for i, g := range out {
		if !c.sparse && !sameShape(g.shape, dense) {
			g = g.BroadcastTo(dense...)
		}
		if !c.noCopy {
			g = g.Copy()
		}
		out[i] = g
	}
	return out
}

// Indices returns the grid of indices of an array of the given shape, like
// numpy.indices: an array of shape (len(shape), shape...) in which
// subarray k holds each element's index along axis k. With no shape the
// result is empty, of shape (0). Indices panics with a *ValueError for a
// negative extent.
func Indices(shape ...int) *Array[int] {
	nd := len(shape)
	out := emptyArray[int]("Indices", append([]int{nd}, shape...))
	for k, n := range shape {
		axis := onesShape(nd)
		axis[k] = n
		CopyTo(out.axisSlice(0, k, k+1), Arange(n).Reshape(axis...))
	}
	return out
}

// UnravelIndex converts flat indices into an array of the given shape into
// tuples of indices, like numpy.unravel_index in C order: it returns one
// array per axis of shape, each of indices' shape, the k-th holding the
// index along axis k. Only C order is offered. UnravelIndex panics with a
// *ValueError for an index out of bounds (negative ones too, as in NumPy)
// and for a negative extent in shape, and, as NumPy, for an empty shape
// with indices of one or more dimensions; it panics with a *ShapeError if
// the size of shape overflows int.
func UnravelIndex(indices *Array[int], shape []int) []*Array[int] {
	const op = "UnravelIndex"
	size := checkedSize(op, shape)
	out := make([]*Array[int], len(shape))
	for k := range out {
		out[k] = emptyArray[int](op, indices.shape)
	}
	flat := indices.Ravel()
	for i, v := range flat.data[flat.offset : flat.offset+flat.Size()] {
		if v < 0 || v >= size {
			panicValue(op, "index %d is out of bounds for array with size %d", v, size)
		}
		for k := len(shape) - 1; k >= 0; k-- {
			out[k].data[i] = v % shape[k]
			v /= shape[k]
		}
	}
	if len(shape) == 0 && indices.Ndim() > 0 {
		panicValue(op, "multiple indices are not supported for 0d arrays")
	}
	return out
}

// RavelMultiIndex converts tuples of indices into an array of the given
// shape into flat indices, like numpy.ravel_multi_index in C order with
// mode='raise': multi holds one index array per axis of shape, broadcast
// together, and the result, of their broadcast shape, holds
// Σ multi[k]·stride[k] for the C strides of shape (in elements). Only C
// order and mode='raise' are offered. RavelMultiIndex panics with a
// *ValueError for an index out of bounds along its axis, for a zero extent
// in shape unless the index arrays are empty, for a multi whose length is
// not len(shape) and for a negative extent in shape, and with a
// *ShapeError if the index arrays do not broadcast or the size of shape
// overflows int.
func RavelMultiIndex(multi []*Array[int], shape []int) *Array[int] {
	const op = "RavelMultiIndex"
	checkedSize(op, shape)
	if len(multi) != len(shape) {
		panicValue(op, "parameter multi_index must be a sequence of length %d", len(shape))
	}
	shapes := make([][]int, len(multi))
	for k, m := range multi {
		shapes[k] = m.shape
	}
	bshape := broadcastShapes(op, shapes...)
	out := newArray[int](op, bshape)
	// NumPy's loop refuses a zero extent before it reads an index, unless
	// there are none.
	if out.Size() > 0 && slices.Contains(shape, 0) {
		panicValue(op, "cannot unravel if shape has zero entries (is empty).")
	}
	// Horner's rule, one axis at a time: out = out·shape[k] + multi[k].
	for k, m := range multi {
		n := shape[k]
		m = m.broadcastTo(op, bshape)
		var l loop
		l.init(bshape, out.layout(), m.layout())
		l.run(func(off [maxOperands]int, count int, st [maxOperands]int) {
			o, x := off[0], off[1]
			for range count {
				v := m.data[x]
				if v < 0 || v >= n {
					panicValue(op, "invalid entry in coordinates array")
				}
				out.data[o] = out.data[o]*n + v
				o, x = o+st[0], x+st[1]
			}
		})
	}
	return out
}
