package linalg

import (
	"fmt"
	"slices"

	"github.com/numgo/numgo/ndarray"
)

// Einsum evaluates the Einstein summation convention on the operands, like
// numpy.einsum: subscripts name each operand's axes with letters, and the
// result is the sum, over every label not in the output, of the products of
// the operands' elements:
//
//	Einsum("ij,jk->ik", a, b)    // matrix product
//	Einsum("bij,bjk->bik", a, b) // batched matrix product
//	Einsum("ii->", a)            // trace;  "ii->i": the diagonal
//	Einsum("...ij->...ji", a)    // transpose of the last two axes
//	Einsum("i,j", x, y)          // implicit output "ij": the outer product
//
// The grammar is NumPy's: a repeated label within an operand takes its
// diagonal, "..." stands for broadcast axes, and without "->" the output is
// the ellipsis axes followed by the labels used once, in alphabetical order
// (upper case first). Axes of length 1 broadcast against the same label's
// length elsewhere. Labels are summed as early as possible, the operands are
// contracted pairwise, greedily choosing the pair with the smallest result,
// and each contraction is one (batched) matrix product: the shared kept
// labels become the batch axes and the operands are permuted and reshaped
// to (batch..., free, summed) and (batch..., summed, free), so the BLAS does
// the work as in Matmul; leading free labels whose axes would need a copy
// to merge become batch axes instead, so "ijk,jl->ikl" reads x in place as
// a stack of x[i]ᵀ. Parsed subscripts are cached. Unlike numpy.einsum, which may return a view of an
// operand, Einsum always returns a new array.
// Einsum panics with a *ndarray.ValueError for a malformed subscripts string
// or one that does not fit the operands' numbers of axes, and with a
// *ndarray.ShapeError if a label's lengths differ.
func Einsum[T ndarray.Number](subscripts string, operands ...*ndarray.Array[T]) *ndarray.Array[T] {
	if len(operands) == 0 {
		panic(einsumError("must specify the einstein sum subscripts string and at least one operand"))
	}
	spec := cachedSpec(subscripts)
	var ndimBuf [8]int
	ndims := ndimBuf[:0]
	for _, a := range operands {
		ndims = append(ndims, a.Ndim())
	}
	ins, out := spec.bind(ndims)
	e := &einsumRun[T]{out: out, terms: make([]einsumTerm[T], 0, len(operands))}
	for l := range e.sizes {
		e.sizes[l] = -1
	}
	for i, a := range operands {
		e.terms = append(e.terms, e.diagonals(i, a, ins[i]))
	}
	for i := range e.terms {
		e.sumUnshared(i)
	}
	for len(e.terms) > 1 {
		i, j := e.cheapestPair()
		t := e.contract(i, j)
		e.terms = slices.Delete(e.terms, j, j+1)
		e.terms[i] = t
	}
	t := e.terms[0]
	r := e.arrange(t, out, 0)
	if !t.fresh {
		r = r.Copy()
	}
	return r
}

// An einsumTerm is an operand or intermediate result with one label per
// axis; fresh tells whether Einsum allocated it (else it is a view of a
// caller's operand).
type einsumTerm[T ndarray.Number] struct {
	a      *ndarray.Array[T]
	labels []int
	fresh  bool
}

// einsumRun is the state of one Einsum call.
type einsumRun[T ndarray.Number] struct {
	terms []einsumTerm[T]
	out   []int
	// sizes[l] is label l's broadcast length, or -1 before a term has it.
	sizes [firstEllipsisLabel + maxEllipsis]int
	// scratch is the memory from which ints cuts the call's label lists
	// and shapes: one allocation for all of them, where each list took its
	// own before (a two-operand call made 18 allocations, now 4, and a
	// product of 2×2 matrices took 1.28 µs, now 0.73).
	scratch []int
}

// ints returns an empty slice with room for n ints, cut from e's scratch
// memory.
func (e *einsumRun[T]) ints(n int) []int {
	if cap(e.scratch)-len(e.scratch) < n {
		e.scratch = make([]int, 0, max(n, 64))
	}
	k := len(e.scratch)
	e.scratch = e.scratch[:k+n]
	return e.scratch[k : k : k+n]
}

// concat returns the concatenation of parts, in e's scratch memory.
func (e *einsumRun[T]) concat(parts ...[]int) []int {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	s := e.ints(n)
	for _, p := range parts {
		s = append(s, p...)
	}
	return s
}

// maxEllipsis is the most axes an ellipsis can stand for: ndarray's limit
// on the number of axes.
const maxEllipsis = 64

// diagonals returns operand i with the diagonal taken for every label it
// repeats, and records its labels' lengths.
func (e *einsumRun[T]) diagonals(i int, a *ndarray.Array[T], labels []int) einsumTerm[T] {
	if p, _ := repeatedPair(labels); p >= 0 {
		labels = slices.Clone(labels) // bound labels may be shared by every call
	}
	for {
		p, q := repeatedPair(labels)
		if p < 0 {
			break
		}
		shape := a.Shape()
		if shape[p] != shape[q] {
			panic(einsumError("dimensions in operand %d for collapsing index '%s' don't match (%d != %d)",
				i, labelName(labels[p]), shape[p], shape[q]))
		}
		a = a.Diagonal(0, p, q) // the diagonal becomes the last axis
		l := labels[p]
		labels = append(slices.Delete(slices.Delete(labels, q, q+1), p, p+1), l)
	}
	for k, n := range a.Shape() {
		l := labels[k]
		switch m := e.sizes[l]; {
		case m < 0 || m == 1:
			e.sizes[l] = n
		case n != m && n != 1:
			panic(&ndarray.ShapeError{Op: "Einsum", Msg: fmt.Sprintf(
				"operands could not be broadcast together: subscript '%s' has length %d in operand %d and %d in an earlier operand",
				labelName(l), n, i, m)})
		}
	}
	return einsumTerm[T]{a: a, labels: labels}
}

// repeatedPair returns the positions of the first label that occurs twice,
// or -1, -1.
func repeatedPair(labels []int) (int, int) {
	for p, l := range labels {
		if q := slices.Index(labels[p+1:], l); q >= 0 {
			return p, p + 1 + q
		}
	}
	return -1, -1
}

// kept reports whether label l is still needed outside terms i and j: in the
// output or in another term.
func (e *einsumRun[T]) kept(l, i, j int) bool {
	if slices.Contains(e.out, l) {
		return true
	}
	for k, t := range e.terms {
		if k != i && k != j && slices.Contains(t.labels, l) {
			return true
		}
	}
	return false
}

// sumUnshared sums term i over the labels no other term and not the output
// uses.
func (e *einsumRun[T]) sumUnshared(i int) {
	t := &e.terms[i]
	axes, labels := e.ints(len(t.labels)), e.ints(len(t.labels))
	for k, l := range t.labels {
		if e.kept(l, i, i) {
			labels = append(labels, l)
		} else {
			axes = append(axes, k)
		}
	}
	if len(axes) == 0 {
		return
	}
	t.a = ndarray.Sum(t.a, ndarray.Axis(axes...))
	t.labels, t.fresh = labels, true
}

// cheapestPair returns the pair of terms whose contraction has the fewest
// elements, i < j.
func (e *einsumRun[T]) cheapestPair() (int, int) {
	if len(e.terms) == 2 {
		return 0, 1
	}
	bi, bj, best := 0, 1, -1
	for i := range e.terms {
		for j := i + 1; j < len(e.terms); j++ {
			size := 1
			for _, l := range e.union(e.terms[i].labels, e.terms[j].labels) {
				if e.kept(l, i, j) {
					size *= e.sizes[l]
				}
			}
			if best < 0 || size < best {
				bi, bj, best = i, j, size
			}
		}
	}
	return bi, bj
}

// union returns the labels of a followed by those of b not in a.
func (e *einsumRun[T]) union(a, b []int) []int {
	u := append(e.ints(len(a)+len(b)), a...)
	for _, l := range b {
		if !slices.Contains(a, l) {
			u = append(u, l)
		}
	}
	return u
}

// contract returns the product of terms ix and iy summed over their shared
// labels that nothing else needs. The result's labels are the batch labels
// (shared and kept), then x's own, then y's own.
func (e *einsumRun[T]) contract(ix, iy int) einsumTerm[T] {
	x, y := e.terms[ix], e.terms[iy]
	nx0 := len(x.labels)
	batch, sum, freeX, freeY := e.ints(nx0), e.ints(nx0), e.ints(nx0), e.ints(len(y.labels))
	for _, l := range x.labels {
		switch {
		case !slices.Contains(y.labels, l):
			freeX = append(freeX, l)
		case e.kept(l, ix, iy):
			batch = append(batch, l)
		default:
			sum = append(sum, l)
		}
	}
	for _, l := range y.labels {
		if !slices.Contains(x.labels, l) {
			freeY = append(freeY, l)
		}
	}
	if len(sum) == 0 {
		// No summation: an element-wise product, broadcast.
		ax := e.arrange(x, e.concat(batch, freeX), len(freeY))
		ay := e.arrange(y, e.concat(batch, freeY), 0).ExpandDims(e.seq(len(batch), len(freeX))...)
		return einsumTerm[T]{a: ndarray.Mul(ax, ay), labels: e.concat(batch, freeX, freeY), fresh: true}
	}
	// A summed label of length 1 in one term and n in the other broadcasts.
	for _, l := range sum {
		x.a = e.broadcastLabel(x, l)
		y.a = e.broadcastLabel(y, l)
	}
	// The leading free labels of a term whose axes do not merge with the
	// others into one matrix axis without a copy become batch axes of the
	// product, over which the other term broadcasts: "ijk,jl->ikl" is a
	// stack of i products of x[i]ᵀ·y, read in place, not one product of a
	// copy of x.
	nb, nx, ny := len(batch), len(freeX), len(freeY)
	ax := e.arrange(x, e.concat(batch, freeX, sum), 0)
	xs, xst := ax.Shape(), ax.Strides()
	sx := splitPoint(xs, xst, nb, nx, len(sum))
	ay := e.arrange(y, e.concat(batch, sum, freeY), 0)
	ys, yst := ay.Shape(), ay.Strides()
	sy := splitPoint(ys, yst, nb+len(sum), ny, 0)
	if sy > 0 && !mergeable(ys, yst, nb, len(sum)) {
		sy = 0
	}
	k := prod(xs[nb+nx:])
	if m, n := prod(xs[nb+sx:nb+nx]), prod(ys[nb+len(sum)+sy:]); (sx > 0 || sy > 0) && m*n*k < minSplitWork {
		sx, sy = 0, 0
	}
	if sy > 0 {
		ay = e.arrange(y, e.concat(batch, freeY[:sy], sum, freeY[sy:]), 0)
		ys = ay.Shape()
	}
	// x: (batch, freeX[:sx], 1 for each of freeY[:sy], M, K);
	// y: (batch, 1 for each of freeX[:sx], freeY[:sy], K, N).
	xShape := e.concat(xs[:nb+sx], e.ones(sy), []int{prod(xs[nb+sx : nb+nx]), k})
	yShape := e.concat(ys[:nb], e.ones(sx), ys[nb:nb+sy], []int{k, prod(ys[nb+sy+len(sum):])})
	r := Matmul(reshape(ax, xShape), reshape(ay, yShape))
	shape := e.concat(r.Shape()[:nb+sx+sy], xs[nb+sx:nb+nx], ys[nb+sy+len(sum):])
	labels := e.concat(batch, freeX[:sx], freeY[:sy], freeX[sx:], freeY[sy:])
	return einsumTerm[T]{a: reshape(r, shape), labels: labels, fresh: true}
}

// minSplitWork is the smallest m·n·k of the products for which contract
// turns free labels into batch axes rather than copying a term: below it,
// the products are too small for the loop over them to beat one product of
// a copy.
const minSplitWork = 8 * 8 * 8

// splitPoint returns the smallest s for which axes from+s .. from+n-1 of
// an array of the given layout merge into one axis, and axes from+n ..
// from+n+rest-1 into another, without a copy; 0 if the latter do not (a
// copy is then made anyway).
func splitPoint(shape, strides []int, from, n, rest int) int {
	if !mergeable(shape, strides, from+n, rest) {
		return 0
	}
	for s := range n {
		if mergeable(shape, strides, from+s, n-s) {
			return s
		}
	}
	return n
}

// mergeable reports whether axes from .. from+n-1 of an array of the given
// layout can be reshaped into one axis without a copy: each axis longer
// than 1 steps by the length times the step of the next such axis, or the
// array is empty.
func mergeable(shape, strides []int, from, n int) bool {
	if slices.Contains(shape, 0) {
		return true
	}
	next := -1 // the last axis longer than 1 seen, from the end
	for k := from + n - 1; k >= from; k-- {
		if shape[k] == 1 {
			continue
		}
		if next >= 0 && strides[k] != strides[next]*shape[next] {
			return false
		}
		next = k
	}
	return true
}

// ones returns n ones, in e's scratch memory.
func (e *einsumRun[T]) ones(n int) []int {
	s := e.ints(n)
	for range n {
		s = append(s, 1)
	}
	return s
}

// seq returns from, from+1, …, from+n-1, in e's scratch memory.
func (e *einsumRun[T]) seq(from, n int) []int {
	return appendSeq(e.ints(n), from, n)
}

// arrange returns t's array with its axes in the order of labels, followed
// by extra new axes of length 1.
func (e *einsumRun[T]) arrange(t einsumTerm[T], labels []int, extra int) *ndarray.Array[T] {
	perm := e.ints(len(labels))
	for _, l := range labels {
		perm = append(perm, slices.Index(t.labels, l))
	}
	a := t.a
	for k, ax := range perm {
		if ax != k {
			a = a.Transpose(perm...)
			break
		}
	}
	if extra > 0 {
		a = a.ExpandDims(e.seq(len(labels), extra)...)
	}
	return a
}

// reshape returns a with the given shape: a itself if it has it already,
// else a.Reshape(shape...).
func reshape[T ndarray.Number](a *ndarray.Array[T], shape []int) *ndarray.Array[T] {
	if a.Ndim() == len(shape) && slices.Equal(a.Shape(), shape) {
		return a
	}
	return a.Reshape(shape...)
}

// broadcastLabel returns t's array with label l's axis broadcast to the
// label's length.
func (e *einsumRun[T]) broadcastLabel(t einsumTerm[T], l int) *ndarray.Array[T] {
	k := slices.Index(t.labels, l)
	shape := t.a.Shape()
	if shape[k] == e.sizes[l] {
		return t.a
	}
	shape[k] = e.sizes[l]
	return t.a.BroadcastTo(shape...)
}

// appendSeq appends from, from+1, …, from+n-1 to s.
func appendSeq(s []int, from, n int) []int {
	for k := range n {
		s = append(s, from+k)
	}
	return s
}

func prod(s []int) int {
	p := 1
	for _, n := range s {
		p *= n
	}
	return p
}
