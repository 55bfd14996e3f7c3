package linalg

import (
	"sync"
	"unsafe"

	"github.com/numgo/numgo/internal/par"
	"github.com/numgo/numgo/ndarray"
)

// This file is the bridge between the stacks of numgo arrays and LAPACK:
// every numpy.linalg routine copies each matrix of its input into a private
// column-major buffer (LAPACK overwrites its input, and the caller's array
// must stay as it was), runs one driver on it and writes the result into
// freshly allocated C-ordered arrays. The buffer's element type, W, is the
// precision LAPACK runs in: float64 for float input, complex128 for complex
// input. float32 and complex64 go through the same double-precision
// drivers, converted on the copy in and the copy out, so their results are
// the double-precision results rounded once.

// Inexact is the set of dtypes numpy.linalg's routines accept: the float
// and complex ones (NumPy's inexact types).
type Inexact interface {
	ndarray.Float | ndarray.Complex
}

// work is the element type of the LAPACK buffers: float64 or complex128.
type work interface {
	float64 | complex128
}

// isComplex reports whether T is a complex dtype.
func isComplex[T Inexact]() bool { return ndarray.TypeOf[T]().IsComplex() }

// A stackOf is an array read as a stack of M×N matrices in its last two
// axes.
type stackOf[T Inexact] struct {
	s    strided[T]
	b    batch
	lead []int // the leading shape, b.size matrices
	m, n int
}

// matrices returns a as a stack of matrices, its layout kept in buf's
// capacity (layoutInts ints) if a has at most stackAxes axes. It panics
// with a *ndarray.ValueError if a has fewer than two axes, and with a
// *ndarray.ShapeError if square is set and the matrices are not square.
func matrices[T Inexact](op string, a *ndarray.Array[T], square bool, buf []int) stackOf[T] {
	s, _ := stridedOf(a, buf)
	nd := len(s.shape)
	if nd < 2 {
		panicValue(op, "%d-dimensional array given. Array must be at least two-dimensional", nd)
	}
	m, n := s.shape[nd-2], s.shape[nd-1]
	if square && m != n {
		panicSquare(op)
	}
	return stackOf[T]{s: s, b: newBatch(op, nil, nil, s.stack(2)), lead: s.shape[:nd-2], m: m, n: n}
}

// shape returns the leading shape followed by core, in buf's capacity if
// it has room (stackAxes ints).
func (st *stackOf[T]) shape(buf []int, core ...int) []int {
	return append(append(buf[:0], st.lead...), core...)
}

// smallWork is the size of a factorisation, in flops m·n·min(m, n), below
// which a stack of matrices is spread over goroutines: the LAPACK calls
// are then too small for OpenBLAS to thread them itself.
const smallWork = 32 * 32 * 32

// each calls fn with the index and the matrix of every matrix of the stack,
// and returns the first error fn returns. Stacks of small matrices run on
// several goroutines; fn must only write to block i of its results.
func (st *stackOf[T]) each(fn func(i int, a matrix[T]) error) error {
	work := max(st.m*st.n*min(st.m, st.n), 1)
	size := st.b.size
	m := st.s.matrix(0)
	if work > smallWork || !spreads(size, work) {
		var off [1]int
		for i := range size {
			st.b.offsets(i, off[:])
			m.off = off[0]
			if err := fn(i, m); err != nil {
				return err
			}
		}
		return nil
	}
	// The goroutines get a table of offsets, not the stack, whose layout
	// lives on this goroutine's stack.
	offs := make([]int, size)
	for i := range size {
		st.b.offsets(i, offs[i:i+1])
	}
	return eachParallel(m, offs, work, fn)
}

// eachParallel calls fn(i, m at offset offs[i]) for every i, spread over
// goroutines, and returns the first error fn returns.
func eachParallel[T Inexact](m matrix[T], offs []int, work int, fn func(i int, a matrix[T]) error) error {
	var mu sync.Mutex
	var first error
	parallelFor(len(offs), work, par.Func(func(lo, hi int) {
		a := m
		for i := lo; i < hi; i++ {
			a.off = offs[i]
			if err := fn(i, a); err != nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
				return
			}
		}
	}))
	return first
}

// load copies the matrix m into buf (grown if short) in column-major order
// with leading dimension m.rows, converted to W. load(m.t(), buf) copies m
// in row-major order, which LAPACK reads as mᵀ.
func load[T Inexact, W work](m matrix[T], buf []W) []W {
	n := m.rows * m.cols
	if cap(buf) < n {
		buf = make([]W, n)
	}
	buf = buf[:n]
	if b, ok := any(buf).([]T); ok {
		gather(m, b)
		return buf
	}
	tmp := make([]T, n)
	gather(m, tmp)
	widen(floats[W, float64](buf), floats[T, float32](tmp))
	return buf
}

// gather copies m into dst in column-major order (leading dimension
// m.rows), with a block copy for each contiguous column and a tiled
// transpose for contiguous rows.
func gather[T ndarray.Dtype](m matrix[T], dst []T) {
	if m.rows == 0 {
		return
	}
	if m.cs == 1 && m.rs != 1 {
		transposeTo(dst, m.rows, m.data[m.off:], m.rs, m.rows, m.cols)
		return
	}
	for j := range m.cols {
		col := dst[j*m.rows : (j+1)*m.rows]
		p := m.off + j*m.cs
		if m.rs == 1 {
			copy(col, m.data[p:p+m.rows])
			continue
		}
		for i := range col {
			col[i] = m.data[p]
			p += m.rs
		}
	}
}

// store writes the rows×cols column-major matrix src (leading dimension ld)
// into dst in row-major order, converted to T.
func store[T Inexact, W work](dst []T, rows, cols int, src []W, ld int) {
	s, ok := any(src).([]T)
	if !ok {
		s = make([]T, len(src))
		narrow(floats[T, float32](s), floats[W, float64](src))
	}
	if cols == 1 || rows == 1 && ld == 1 {
		copy(dst[:rows*cols], s)
		return
	}
	transposeTo(dst, cols, s, ld, cols, rows)
}

// storeReal writes the real values src into dst, converted to T (with zero
// imaginary parts for a complex T).
func storeReal[T Inexact](dst []T, src []float64) {
	switch d := any(dst).(type) {
	case []float64:
		copy(d, src)
	case []float32:
		narrow(d, src)
	case []complex128:
		for i, v := range src {
			d[i] = complex(v, 0)
		}
	case []complex64:
		for i, v := range src {
			d[i] = complex(float32(v), 0)
		}
	}
}

// ofComplex returns z converted to T, dropping the imaginary part for a float
// T.
func ofComplex[T Inexact](z complex128) T {
	var t T
	switch p := any(&t).(type) {
	case *float64:
		*p = real(z)
	case *float32:
		*p = float32(real(z))
	case *complex128:
		*p = z
	case *complex64:
		*p = complex64(z)
	}
	return t
}

// floats returns the memory of x as a slice of F: x itself for a slice of
// F, the interleaved real and imaginary parts for a complex slice.
func floats[E any, F float32 | float64](x []E) []F {
	if len(x) == 0 {
		return nil
	}
	var e E
	var f F
	return unsafe.Slice((*F)(unsafe.Pointer(unsafe.SliceData(x))), len(x)*int(unsafe.Sizeof(e)/unsafe.Sizeof(f)))
}

func widen(dst []float64, src []float32) {
	for i, v := range src[:len(dst)] {
		dst[i] = float64(v)
	}
}

func narrow(dst []float32, src []float64) {
	for i, v := range src[:len(dst)] {
		dst[i] = float32(v)
	}
}

// conj conjugates x in place (nothing to do for real x).
func conj[W work](x []W) {
	if z, ok := any(x).([]complex128); ok {
		f := floats[complex128, float64](z)
		for i := 1; i < len(f); i += 2 {
			f[i] = -f[i]
		}
	}
}

// scale multiplies x by the real r.
func scale[W work](x []W, r float64) {
	f := floats[W, float64](x)
	for i := range f {
		f[i] *= r
	}
}

// block returns block i of size n of a C-ordered result's data.
func block[T ndarray.Dtype](data []T, i, n int) []T { return data[i*n : (i+1)*n] }

// setIdentity overwrites the n×n matrix e with the identity.
func setIdentity[E work | Inexact](e []E, n int) {
	clear(e[:n*n])
	for i := range n {
		e[i*n+i] = 1
	}
}

// eps returns the machine epsilon of T, as numpy.finfo(T).eps.
func eps[T Inexact]() float64 {
	switch ndarray.TypeOf[T]() {
	case ndarray.Float32, ndarray.Complex64:
		return 0x1p-23
	}
	return 0x1p-52
}

// scratch holds work buffers for reuse: fresh memory costs a page fault
// per 4 KiB on first touch, which for a 256×256 matrix is as much as the
// factorisation, and LAPACK's inputs are overwritten and thrown away.
var scratch = [2]sync.Pool{}

// getScratch returns a buffer of n elements of W, with unspecified
// contents; putScratch gives it back.
func getScratch[W work](n int) *[]W {
	p := &scratch[0]
	if isWorkComplex[W]() {
		p = &scratch[1]
	}
	if b, ok := p.Get().(*[]W); ok && cap(*b) >= n {
		*b = (*b)[:n]
		return b
	}
	b := make([]W, n)
	return &b
}

func putScratch[W work](b *[]W) {
	p := &scratch[0]
	if isWorkComplex[W]() {
		p = &scratch[1]
	}
	p.Put(b)
}

func isWorkComplex[W work]() bool {
	var w W
	_, ok := any(w).(complex128)
	return ok
}
