package linalg

import (
	"sync"

	"github.com/numgo/numgo/lapack"
	"github.com/numgo/numgo/ndarray"
)

// This file is the bridge between the stacks of numgo arrays and LAPACK:
// every numpy.linalg routine copies each matrix of its input into a private
// column-major float64 buffer (LAPACK overwrites its input, and the caller's
// array must stay as it was), runs one driver of lapack.Drivers on it and
// writes the result into freshly allocated C-ordered arrays. float32 input
// goes through the same double-precision drivers, converted on the copy
// in and the copy out, so float32 results are float64 results rounded once.

// drivers is the LAPACK of the build.
var drivers = lapack.Float64Drivers()

// A stackOf is an array read as a stack of M×N matrices in its last two
// axes.
type stackOf[T ndarray.Float] struct {
	s    strided[T]
	b    *batch
	lead []int // the leading shape, b.size matrices
	m, n int
}

// matrices returns a as a stack of matrices. It panics with a
// *ndarray.ValueError if a has fewer than two axes, and with a
// *ndarray.ShapeError if square is set and the matrices are not square.
func matrices[T ndarray.Float](op string, a *ndarray.Array[T], square bool) stackOf[T] {
	s, _ := stridedOf(a)
	nd := len(s.shape)
	if nd < 2 {
		panicValue(op, "%d-dimensional array given. Array must be at least two-dimensional", nd)
	}
	m, n := s.shape[nd-2], s.shape[nd-1]
	if square && m != n {
		panicSquare(op)
	}
	return stackOf[T]{s: s, b: newBatch(op, []int{m, n}, s.stack(2)), lead: s.shape[:nd-2], m: m, n: n}
}

// shape returns the leading shape followed by core.
func (st stackOf[T]) shape(core ...int) []int {
	return append(append([]int{}, st.lead...), core...)
}

// smallWork is the size of a factorisation, in flops m·n·min(m, n), below
// which a stack of matrices is spread over goroutines: the LAPACK calls
// are then too small for OpenBLAS to thread them itself.
const smallWork = 32 * 32 * 32

// each calls fn with the index and the matrix of every matrix of the stack,
// and returns the first error fn returns. Stacks of small matrices run on
// several goroutines; fn must only write to block i of its results.
func (st stackOf[T]) each(fn func(i int, a matrix[T]) error) error {
	work := st.m * st.n * min(st.m, st.n)
	var mu sync.Mutex
	var first error
	run := func(lo, hi int) {
		offs := make([]int, 1)
		for i := lo; i < hi; i++ {
			st.b.offsets(i, offs)
			if err := fn(i, st.s.matrix(offs[0])); err != nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
				return
			}
		}
	}
	if work > smallWork {
		run(0, st.b.size)
	} else {
		parallelFor(st.b.size, max(work, 1), run)
	}
	return first
}

// load copies the matrix m into buf (grown if short) in column-major order
// with leading dimension m.rows, converted to float64.
func load[T ndarray.Float](m matrix[T], buf []float64) []float64 {
	if cap(buf) < m.rows*m.cols {
		buf = make([]float64, m.rows*m.cols)
	}
	buf = buf[:m.rows*m.cols]
	for j := range m.cols {
		col := buf[j*m.rows : (j+1)*m.rows]
		p := m.off + j*m.cs
		for i := range col {
			col[i] = float64(m.data[p])
			p += m.rs
		}
	}
	return buf
}

// store writes the rows×cols column-major matrix src (leading dimension ld)
// into dst in row-major order, converted to T.
func store[T ndarray.Float](dst []T, rows, cols int, src []float64, ld int) {
	for i := range rows {
		row := dst[i*cols : (i+1)*cols]
		for j := range row {
			row[j] = T(src[i+j*ld])
		}
	}
}

// block returns block i of size n of a C-ordered result's data.
func block[T ndarray.Dtype](data []T, i, n int) []T { return data[i*n : (i+1)*n] }

// identity returns the n×n identity matrix, column-major.
func identity(n int) []float64 {
	e := make([]float64, n*n)
	for i := range n {
		e[i*n+i] = 1
	}
	return e
}

// eps returns the machine epsilon of T, as numpy.finfo(T).eps.
func eps[T ndarray.Float]() float64 {
	if ndarray.TypeOf[T]() == ndarray.Float32 {
		return 0x1p-23
	}
	return 0x1p-52
}
