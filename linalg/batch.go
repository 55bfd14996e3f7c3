package linalg

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/numgo/numgo/ndarray"
)

// This file holds the machinery every stacked routine of the package shares,
// products and decompositions alike: how an array's memory is addressed
// (strided), how the leading axes of several stacked operands broadcast
// against each other (batch) and how one core matrix of a stack is read or
// written (matrix). A batched routine runs as:
//
//	var la, lb [layoutInts]int // layouts kept on the stack
//	as, _ := stridedOf(a, la[:]) // zero-copy when the layout allows
//	bs, _ := stridedOf(b, lb[:])
//	var lt [batchInts]int
//	bt := newBatch("Solve", bs.shape[nb-2:], lt[:], as.stack(2), bs.stack(2))
//	out := ndarray.Empty[T](append(bt.shape, n, k)...) // C order: block i at i*n*k
//	var offs [2]int
//	for i := range bt.size {
//		bt.offsets(i, offs[:])
//		lu := load(as.matrix(offs[0]), buf) // a private column-major copy for LAPACK
//		...
//		store(block(out.Data(), i, n*k), n, k, x, n)
//	}
//
// The layouts live in buffers the caller declares, not in the values
// themselves (which Go would then move to the heap): a small call's only
// allocations are its results.

// stackAxes is the number of axes up to which an array's layout fits in
// the callers' stack buffers: layoutInts ints hold one shape and its
// strides, batchInts a batch of up to three operands. Arrays with more
// axes take heap memory.
const (
	stackAxes  = 8
	layoutInts = 2 * stackAxes
	batchInts  = (1 + maxOperands) * stackAxes
)

// strided is an array's memory as the kernels of this package address it:
// the element at index idx is data[off + Σ idx[k]*strides[k]], strides
// counting elements.
type strided[T ndarray.Dtype] struct {
	data    []T
	off     int
	shape   []int
	strides []int
}

// stridedOf returns the memory of a, its shape and strides stored in buf's
// capacity if it has room for them (else in fresh memory). The result
// shares a's memory (copied is false) when a's strides are a permutation of
// a dense layout: C or Fortran order, a transpose, moved or swapped axes.
// Any other layout (a stepped slice, a reversed or broadcast axis) is
// copied into C order first (copied is true), and writes into the result
// do not reach a.
func stridedOf[T ndarray.Dtype](a *ndarray.Array[T], buf []int) (s strided[T], copied bool) {
	nd := a.Ndim()
	if cap(buf) < 2*nd {
		buf = make([]int, 2*nd)
	}
	shape, strides := buf[:nd:nd], buf[nd:2*nd:2*nd]
	copy(shape, a.Shape())
	copy(strides, a.Strides())
	switch {
	case a.Size() == 0:
		return strided[T]{shape: shape, strides: strides}, false
	case a.IsContiguous():
		return strided[T]{data: a.Data(), shape: shape, strides: strides}, false
	}
	var permBuf [stackAxes]int
	if perm, ok := densePerm(shape, strides, permBuf[:0]); ok {
		// The axes in perm's order are C-contiguous, and a transpose keeps
		// the position of element (0, ..., 0): Data()[0] is a's first element.
		return strided[T]{data: a.Transpose(perm...).Data(), shape: shape, strides: strides}, false
	}
	c := a.Copy()
	copy(strides, c.Strides())
	return strided[T]{data: c.Data(), shape: shape, strides: strides}, true
}

// densePerm returns the axis order, outermost first, in which the layout
// (shape, strides) of a non-empty array is C-contiguous, and whether there
// is one. It appends the order to buf.
func densePerm(shape, strides, buf []int) ([]int, bool) {
	perm := buf
	for k := range shape {
		perm = append(perm, k)
	}
	slices.SortStableFunc(perm, func(i, j int) int { return cmp.Compare(strides[j], strides[i]) })
	want := 1
	for k := len(perm) - 1; k >= 0; k-- {
		n := shape[perm[k]]
		if n == 1 {
			continue // the stride of a length-1 axis is never used
		}
		if strides[perm[k]] != want {
			return nil, false
		}
		want *= n
	}
	return perm, true
}

// stack returns s as an operand of a batch whose last core axes form one
// block.
func (s strided[T]) stack(core int) stack {
	return stack{shape: s.shape, strides: s.strides, off: s.off, core: core}
}

// matrix returns the matrix formed by the last two axes of s whose first
// element is data[off]; s must have at least two axes.
func (s strided[T]) matrix(off int) matrix[T] {
	nd := len(s.shape)
	return matrix[T]{data: s.data, off: off,
		rows: s.shape[nd-2], cols: s.shape[nd-1], rs: s.strides[nd-2], cs: s.strides[nd-1]}
}

// A stack is one operand of a batch: an array of shape (leading..., core...)
// at offset off of its memory.
type stack struct {
	shape, strides []int
	off            int
	core           int // the number of trailing axes forming one block
}

// batch is the broadcast of the leading axes of stacked operands. Each
// operand is an array (..., core...) whose last axes form one block (a
// matrix, a vector, a scalar); their leading axes broadcast against each
// other as NumPy broadcasts the loop dimensions of a generalized ufunc, and
// block i of the batch is block i of the broadcast shape, in C order, in
// every operand. A routine builds one batch per call and walks its blocks
// with offsets, in any order or from several goroutines.
type batch struct {
	shape []int              // the broadcast leading shape
	size  int                // the number of blocks: the product of shape
	ops   int                // the number of operands
	base  [maxOperands]int   // base[p]: operand p's offset
	steps [maxOperands][]int // steps[p][k]: operand p's stride along leading axis k, 0 where it broadcasts (any where shape[k] is 1)
}

// maxOperands is the most operands a batch has (Matmul's a, b and result).
const maxOperands = 3

// newBatch returns the batch of the operands, keeping its shape and steps
// in buf's capacity if it has room for them (batchInts ints for up to
// stackAxes leading axes), else in fresh memory; the batch of a single
// operand uses the operand's own shape and strides. outCore is the core
// shape of the routine's result, used in the message when the leading
// axes do not broadcast. newBatch panics with a *ndarray.ShapeError in
// NumPy's words if they do not, and with a *ndarray.ValueError if an
// operand has fewer axes than its core.
func newBatch(op string, outCore, buf []int, ops ...stack) batch {
	nd := 0
	for _, s := range ops {
		if len(s.shape) < s.core {
			panic(&ndarray.ValueError{Op: op, Msg: fmt.Sprintf(
				"%d-dimensional array given. Array must be at least %d-dimensional", len(s.shape), s.core)})
		}
		nd = max(nd, len(s.shape)-s.core)
	}
	b := batch{size: 1, ops: len(ops)}
	if len(ops) == 1 {
		// One operand's blocks are its own: along a length-1 axis the
		// index is always 0, so its stride needs no zeroing.
		s := ops[0]
		b.shape, b.steps[0], b.base[0] = s.shape[:nd:nd], s.strides[:nd:nd], s.off
		for _, n := range b.shape {
			b.size *= n
		}
		return b
	}
	if cap(buf) < (1+len(ops))*nd {
		buf = make([]int, (1+len(ops))*nd)
	}
	buf = buf[:(1+len(ops))*nd]
	b.shape = buf[:nd:nd]
	for k := range b.shape {
		b.shape[k] = 1
	}
	for _, s := range ops {
		lead := s.shape[:len(s.shape)-s.core]
		for k, n := range lead {
			switch o := &b.shape[nd-len(lead)+k]; {
			case *o == n || n == 1:
			case *o == 1:
				*o = n
			default:
				panicBroadcast(op, ops, outCore)
			}
		}
	}
	for _, n := range b.shape {
		b.size *= n
	}
	for p, s := range ops {
		b.base[p] = s.off
		steps := buf[(1+p)*nd : (2+p)*nd : (2+p)*nd]
		clear(steps)
		lead := s.shape[:len(s.shape)-s.core]
		pad := nd - len(lead)
		for k, n := range lead {
			if n != 1 {
				steps[pad+k] = s.strides[k]
			}
		}
		b.steps[p] = steps
	}
	return b
}

// panicBroadcast panics with NumPy's message for generalized-ufunc operands
// whose loop dimensions do not broadcast.
func panicBroadcast(op string, ops []stack, outCore []int) {
	var sb strings.Builder
	sb.WriteString("operands could not be broadcast together with remapped shapes [original->remapped]:")
	for _, s := range ops {
		remapped := make([]string, 0, len(s.shape))
		for _, n := range s.shape[:len(s.shape)-s.core] {
			remapped = append(remapped, fmt.Sprint(n))
		}
		for range s.core {
			remapped = append(remapped, "newaxis")
		}
		fmt.Fprintf(&sb, " %s->(%s)", shapeString(s.shape), strings.Join(remapped, ","))
	}
	fmt.Fprintf(&sb, "  and requested shape %s", shapeString(outCore))
	panic(&ndarray.ShapeError{Op: op, Msg: sb.String()})
}

// offsets stores in offs[p] the offset of block i of operand p, for the
// first len(offs) operands.
func (b *batch) offsets(i int, offs []int) {
	copy(offs, b.base[:b.ops])
	for k := len(b.shape) - 1; k >= 0 && i > 0; k-- {
		n := b.shape[k]
		j := i % n
		i /= n
		for p := range offs {
			offs[p] += j * b.steps[p][k]
		}
	}
}

// fold reports whether operand p's blocks, each of rows rows rs apart, lie
// one after another with a common step, so that the whole batch is a single
// block of size*rows rows; it returns that step.
func (b *batch) fold(p, rows, rs int) (int, bool) {
	step, want := 0, 0 // want is the stride the next longer axis must have
	if rows > 1 {
		step, want = rs, rows*rs
	}
	for k := len(b.shape) - 1; k >= 0; k-- {
		switch n, s := b.shape[k], b.steps[p][k]; {
		case n == 1:
		case step == 0:
			step, want = s, n*s
		case s != want:
			return 0, false
		default:
			want *= n
		}
	}
	return step, step > 0
}

// uniform reports whether operand p's block i lies at base[p] + i*step for
// every i, and returns that step (0 for an operand broadcast over the whole
// batch).
func (b *batch) uniform(p int) (int, bool) {
	step, span, set := 0, 1, false
	for k := len(b.shape) - 1; k >= 0; k-- {
		n, s := b.shape[k], b.steps[p][k]
		switch {
		case n == 1:
			continue
		case !set:
			step, set = s, true
		case s != step*span:
			return 0, false
		}
		span *= n
	}
	return step, step >= 0
}

// broadcasts reports whether operand p is the same block for the whole batch.
func (b *batch) broadcasts(p int) bool {
	for k, s := range b.steps[p] {
		if s != 0 && b.shape[k] != 1 {
			return false
		}
	}
	return true
}

// matrix is one 2-d block of a strided operand: element (i, j) is
// data[off + i*rs + j*cs].
type matrix[T ndarray.Dtype] struct {
	data       []T
	off        int
	rows, cols int
	rs, cs     int
}

// t returns the transpose of m, sharing its memory.
func (m matrix[T]) t() matrix[T] {
	return matrix[T]{data: m.data, off: m.off, rows: m.cols, cols: m.rows, rs: m.cs, cs: m.rs}
}

// dense copies m into buf (grown if short) in row-major order, or in
// column-major order if colMajor, and returns the rows*cols elements written.
func (m matrix[T]) dense(buf []T, colMajor bool) []T {
	buf = slices.Grow(buf[:0], m.rows*m.cols)[:m.rows*m.cols]
	src := m
	if colMajor {
		src = m.t()
	}
	for i := range src.rows {
		row := buf[i*src.cols : (i+1)*src.cols]
		for j := range row {
			row[j] = src.data[src.off+i*src.rs+j*src.cs]
		}
	}
	return buf
}

// shapeString formats a shape as NumPy prints it in messages: (2,3), (4,), ().
func shapeString(shape []int) string {
	parts := make([]string, len(shape))
	for k, n := range shape {
		parts[k] = fmt.Sprint(n)
	}
	if len(shape) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ",") + ")"
}
