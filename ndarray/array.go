// Package ndarray is NumPy's n-dimensional array for Go: one generic
// Array[T] with shapes, strides and zero-copy views, NumPy's broadcasting,
// element-wise operations, reductions and .npy/.npz input and output.
//
// The rules, stated once:
//   - Views share memory with the array they come from; the documentation of
//     every method says whether it returns a view or a copy.
//   - Functions that allocate their result never modify their inputs.
//   - Element-wise operations (ufuncs, comparisons, Where, Clip, Round)
//     allocate their result in the layout of their inputs, as NumPy's do
//     (order='K'): Exp(x.T()) is Fortran-contiguous, like x.T(), so that
//     result and input are walked as one contiguous run. C-order inputs
//     give a C-order result; a result's strides are positive and follow
//     NumPy's to the element. Data needs a C-contiguous array: AsContiguous
//     or ToSlice gives the elements of any result in C order.
//   - A programmer's mistake (shapes that do not broadcast, an axis or index
//     out of range, a malformed slice specification) panics with a typed
//     error (*ShapeError, *AxisError, *IndexError, *ValueError) whose text
//     reads like NumPy's; errors.Is matches them to ErrShape, ErrAxis,
//     ErrIndex and ErrValue. What depends on the data or the outside world (a
//     malformed .npy file, an I/O failure) is returned as an error.
package ndarray

// Array is an n-dimensional array of elements of type T.
//
// Element (i0, i1, ...) is data[offset + i0*strides[0] + i1*strides[1] + ...].
// Strides count elements, not bytes as in NumPy; they are negative for
// reversed views and 0 along broadcast axes. Many arrays may share one
// backing slice: a view is a new Array over the same data.
//
// The zero value is not usable; arrays come from the constructors (Zeros,
// FromSlice, Arange, ...). A BroadcastTo view and every view taken of it
// are read-only, as NumPy's are: writing to them panics.
type Array[T Dtype] struct {
	data     []T
	offset   int
	shape    []int
	strides  []int
	readOnly bool // set by BroadcastTo, inherited by views
}

// inlineDims is the number of axes up to which newView keeps an array's
// shape and strides in the same allocation as the Array itself, sized to
// its number of axes, so that a small view or result costs one allocation
// (two with its data) and no more bytes than it needs: 112 bytes for a 1-d
// array, 128 for a 2-d one.
const inlineDims = 4

// withDims is an Array allocated together with the backing array of its
// shape and strides; D is [2*ndim]int.
type withDims[T Dtype, D any] struct {
	a Array[T]
	d D
}

// newView returns an array over data with a copy of the given layout
// (strides nil: C order), so that callers can build the layout in stack
// buffers.
func newView[T Dtype](data []T, offset int, shape, strides []int) *Array[T] {
	var a *Array[T]
	var buf []int
	switch nd := len(shape); {
	case nd == 0:
		a, buf = &Array[T]{}, []int{}
	case nd == 1:
		h := &withDims[T, [2]int]{}
		a, buf = &h.a, h.d[:]
	case nd == 2:
		h := &withDims[T, [4]int]{}
		a, buf = &h.a, h.d[:]
	case nd <= inlineDims:
		h := &withDims[T, [2 * inlineDims]int]{}
		a, buf = &h.a, h.d[:2*nd]
	default:
		a, buf = &Array[T]{}, make([]int, 2*nd)
	}
	a.data, a.offset = data, offset
	nd := len(shape)
	a.shape, a.strides = buf[:nd:nd], buf[nd:2*nd:2*nd]
	copy(a.shape, shape)
	if strides != nil {
		copy(a.strides, strides)
	} else {
		fillCStrides(a.strides, shape)
	}
	return a
}

// newArray returns a C-contiguous array of shape filled with zero values.
func newArray[T Dtype](op string, shape []int) *Array[T] {
	return newView(makeData[T](allocSize[T](op, shape)), 0, shape, nil)
}

// emptyArray returns a C-contiguous array of shape with unspecified
// contents, for a result whose every element the caller writes.
func emptyArray[T Dtype](op string, shape []int) *Array[T] {
	return newView(uninitData[T](allocSize[T](op, shape)), 0, shape, nil)
}

// view returns an array over a's data with a copy of the given layout.
func (a *Array[T]) view(offset int, shape, strides []int) *Array[T] {
	v := newView(a.data, offset, shape, strides)
	v.readOnly = a.readOnly
	return v
}

// Shape returns a copy of the extents of a's axes.
func (a *Array[T]) Shape() []int {
	// make and copy, not append: inlined into a caller that keeps the copy
	// to itself, a make of a few ints lives on the caller's stack.
	s := make([]int, len(a.shape))
	copy(s, a.shape)
	return s
}

// Strides returns a copy of a's strides, counted in elements.
func (a *Array[T]) Strides() []int {
	s := make([]int, len(a.strides))
	copy(s, a.strides)
	return s
}

// Ndim returns the number of dimensions of a.
func (a *Array[T]) Ndim() int { return len(a.shape) }

// Size returns the number of elements of a.
func (a *Array[T]) Size() int {
	n := 1
	for _, d := range a.shape {
		n *= d
	}
	return n
}

// Dtype returns the element type of a, whose String method gives NumPy's name.
func (a *Array[T]) Dtype() Type { return TypeOf[T]() }

// IsContiguous reports whether a's elements are one C-order block of its
// backing slice, so that Data returns them without copying.
func (a *Array[T]) IsContiguous() bool { return isCContiguous(a.shape, a.strides) }

// IsFortranContiguous reports whether a's elements are one Fortran-order
// (column-major) block of its backing slice.
func (a *Array[T]) IsFortranContiguous() bool { return isFContiguous(a.shape, a.strides) }

// Data returns the elements of a C-contiguous array in C order. The result
// shares memory with a: writes through either show in the other. The
// memory may carry numgo's own finalizer (it recycles blocks of 4 KiB to
// 16 MiB), so a program must not set one on it with runtime.SetFinalizer.
// Data panics with a *ValueError if a is not contiguous (a view, or the
// result of an element-wise operation on inputs in another layout); use
// ToSlice for a copy of any array, or AsContiguous first.
func (a *Array[T]) Data() []T {
	if !a.IsContiguous() {
		panicValue("Data", "array is not C-contiguous; use ToSlice or AsContiguous")
	}
	n := a.Size()
	return a.data[a.offset : a.offset+n : a.offset+n]
}

// ToSlice returns a copy of a's elements in C order.
func (a *Array[T]) ToSlice() []T {
	if a.IsContiguous() {
		return append([]T{}, a.Data()...)
	}
	return a.Copy().data
}

// index returns the position in data of the element at idx, allowing
// negative indices.
func (a *Array[T]) index(op string, idx []int) int {
	if len(idx) != len(a.shape) {
		panicIndex(op, "got %d indices for array of dimension %d", len(idx), len(a.shape))
	}
	p := a.offset
	for k, i := range idx {
		n := a.shape[k]
		if i < -n || i >= n {
			panicIndex(op, "index %d is out of bounds for axis %d with size %d", i, k, n)
		}
		if i < 0 {
			i += n
		}
		p += i * a.strides[k]
	}
	return p
}

// At returns the element at the given indices, one per axis; negative
// indices count from the end. At panics with an *IndexError if the number of
// indices differs from Ndim or an index is out of range.
func (a *Array[T]) At(idx ...int) T { return a.data[a.index("At", idx)] }

// Set stores v at the given indices, one per axis; negative indices count
// from the end. Set panics with an *IndexError for a wrong index and with a
// *ValueError if a is a broadcast (read-only) view.
func (a *Array[T]) Set(v T, idx ...int) {
	a.checkWritable("Set")
	a.data[a.index("Set", idx)] = v
}

// Item returns the only element of an array of size 1, of any dimension.
// It panics with a *ValueError if a's size is not 1.
func (a *Array[T]) Item() T {
	if a.Size() != 1 {
		panicValue("Item", "can only convert an array of size 1 to a scalar")
	}
	return a.data[a.offset]
}

// Writeable reports whether a's elements may be written, as NumPy's
// a.flags.writeable: false for a broadcast view and the views taken of
// one. Set, Fill, CopyTo and every out= form (the ...To functions of
// numgo's packages) panic for a destination that is not.
func (a *Array[T]) Writeable() bool { return !a.readOnly }

// checkWritable panics unless a is writable.
func (a *Array[T]) checkWritable(op string) {
	if !a.writable() {
		panicValue(op, "assignment destination is read-only (a broadcast view)")
	}
}

// writable reports whether a is neither read-only nor has a zero stride
// along an axis longer than one, where a write would land on many
// elements at once.
func (a *Array[T]) writable() bool {
	for k, s := range a.strides {
		if s == 0 && a.shape[k] > 1 {
			return false
		}
	}
	return !a.readOnly
}

// Copy returns a C-contiguous copy of a.
func (a *Array[T]) Copy() *Array[T] {
	out := emptyArray[T]("Copy", a.shape)
	copyArray(out, a)
	return out
}

// Flatten returns a copy of a as a 1-d array in C order.
func (a *Array[T]) Flatten() *Array[T] {
	return FromSlice(a.ToSlice())
}

// AsContiguous returns a if it is C-contiguous and a C-contiguous copy
// otherwise, like numpy.ascontiguousarray.
func (a *Array[T]) AsContiguous() *Array[T] {
	if a.IsContiguous() {
		return a
	}
	return a.Copy()
}

// CopyTo copies the elements of src into dst, broadcasting src to dst's
// shape, like numpy.copyto. src may overlap dst (CopyTo(a, Flip(a))
// reverses a), as in NumPy. It panics with a *ShapeError if src does not
// broadcast to dst's shape.
func CopyTo[T Dtype](dst, src *Array[T]) {
	run, tb := copyKernels[T](true)
	copyWith("CopyTo", dst, unaliased(dst, src.broadcastTo("CopyTo", dst.shape)), run, tb)
}

// Fill sets every element of a to v.
func (a *Array[T]) Fill(v T) {
	a.checkWritable("Fill")
	if a.IsContiguous() {
		fillData(a.data[a.offset:a.offset+a.Size()], v)
		return
	}
	var l loop
	l.init(a.shape, a.layout())
	l.run(func(off [maxOperands]int, n int, st [maxOperands]int) {
		fillRun(a.data, off[0], st[0], n, v)
	})
}
