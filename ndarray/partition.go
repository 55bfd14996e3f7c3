package ndarray

import (
	"math/bits"
	"slices"
)

// Partitioning: numpy.partition and numpy.argpartition. Each lane is
// rearranged by introselect (Musser 1997): quickselect around the median
// of three elements, in expected O(n) time, which falls back on sorting
// what is left of the lane, O(n log n), once the pivots have split it badly
// 2·log2(n) times, as C++'s nth_element does. Elements are compared in
// Sort's order (NaNs last, as in NumPy).

// Partition returns a copy of a in which each lane along the last axis
// (or the one given by SortAxis; flattened with SortFlat) is rearranged so
// that the element at each index in kth is the one Sort would put there,
// the elements before it are not greater and those after it are not
// smaller, like numpy.partition. The order within those parts is
// unspecified, as in NumPy. Negative kth count from the end. It takes
// expected O(n) time per lane and index, not a full sort (see introselect
// above). Partition panics with an *AxisError for an axis out of range and
// a *ValueError if kth is empty or an index is out of range for a
// non-empty array ("kth(=5) out of bounds (5)"; NumPy checks nothing when
// a has no elements, and neither does Partition).
func Partition[T Dtype](a *Array[T], kth []int, opts ...SortOption) *Array[T] {
	checkNil("Partition", a)
	src, axis := sortSource("Partition", a, opts)
	ks := kthIndices("Partition", kth, src.shape[axis], src.Size())
	out := src.Copy()
	if out.Size() == 0 {
		return out
	}
	less := orderOf[T]().less
	n, st := out.shape[axis], out.strides[axis]
	buf := make([]T, n)
	eachLane(out.shape, axis, func(off [maxOperands]int) {
		if st == 1 {
			selectKth(out.data[off[0]:off[0]+n], ks, less)
			return
		}
		copyRun(buf, 0, 1, out.data, off[0], st, n)
		selectKth(buf, ks, less)
		copyRun(out.data, off[0], st, buf, 0, 1, n)
	}, out.layout())
	return out
}

// ArgPartition returns the indices that partition a as Partition does,
// like numpy.argpartition: along each lane, a's elements at the returned
// indices are Partition's result. The result has a's shape (1-d with
// SortFlat). A 0-d a counts as 1-d, as NumPy ravels it here (unlike
// numpy.partition, which refuses it): kth 0 or -1 give [0]. It panics as
// Partition does.
func ArgPartition[T Dtype](a *Array[T], kth []int, opts ...SortOption) *Array[int] {
	checkNil("ArgPartition", a)
	src, axis := sortSource("ArgPartition", atLeast1d("ArgPartition", a), opts)
	ks := kthIndices("ArgPartition", kth, src.shape[axis], src.Size())
	out := emptyArray[int]("ArgPartition", src.shape)
	if out.Size() == 0 {
		return out
	}
	less := orderOf[T]().less
	byValue := func(p, q indexed[T]) bool { return less(p.v, q.v) }
	n, ss, ds := src.shape[axis], src.strides[axis], out.strides[axis]
	pairs := make([]indexed[T], n)
	eachLane(src.shape, axis, func(off [maxOperands]int) {
		for i := range pairs {
			pairs[i] = indexed[T]{src.data[off[1]+i*ss], i}
		}
		selectKth(pairs, ks, byValue)
		for i, p := range pairs {
			out.data[off[0]+i*ds] = p.i
		}
	}, out.layout(), src.layout())
	return out
}

// kthIndices returns kth counted from the front of lanes of n elements,
// sorted and without repeats, panicking with NumPy's message for an index
// out of range unless the array (of size elements) is empty.
func kthIndices(op string, kth []int, n, size int) []int {
	if len(kth) == 0 {
		panicValue(op, "kth must hold at least one index")
	}
	ks := make([]int, len(kth))
	for i, k := range kth {
		if k < 0 {
			k += n
		}
		if (k < 0 || k >= n) && size > 0 {
			panicValue(op, "kth(=%d) out of bounds (%d)", k, n)
		}
		ks[i] = k
	}
	slices.Sort(ks)
	return slices.Compact(ks)
}

// selectKth rearranges x so that for each index k of the increasing ks,
// x[k] is the element that sorting x by less would put there, with no
// element before it greater and none after it smaller.
func selectKth[E any](x []E, ks []int, less func(p, q E) bool) {
	lo := 0
	for _, k := range ks {
		// The elements from lo on are not smaller than those before.
		introselect(x[lo:], k-lo, less)
		lo = k + 1
	}
}

// introselect puts into x[k] the element that sorting x would put there,
// with x[:k] not greater and x[k+1:] not smaller.
func introselect[E any](x []E, k int, less func(p, q E) bool) {
	selectBudget(x, k, 2*bits.Len(uint(len(x))), less)
}

// selectBudget is introselect with at most budget partitioning steps
// before it sorts what is left.
func selectBudget[E any](x []E, k, budget int, less func(p, q E) bool) {
	lo, hi := 0, len(x)
	for ; hi-lo > 12; budget-- {
		if budget == 0 {
			slices.SortFunc(x[lo:hi], compareBy(less))
			return
		}
		j := lo + partitionAround(x[lo:hi], less)
		switch {
		case k < j:
			hi = j
		case k > j:
			lo = j + 1
		default:
			return
		}
	}
	for i := lo + 1; i < hi; i++ { // insertion sort of the few left
		for j := i; j > lo && less(x[j], x[j-1]); j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// partitionAround rearranges x (of three or more elements) around the
// median of its first, middle and last elements and returns the pivot's
// new index j: x[:j] are not greater than x[j], x[j+1:] not smaller. It is
// Hoare's scheme, whose scans stop at elements equal to the pivot, so
// that many equal elements split evenly rather than all to one side.
func partitionAround[E any](x []E, less func(p, q E) bool) int {
	n := len(x)
	m := medianOfThree(x, 0, n/2, n-1, less)
	x[0], x[m] = x[m], x[0]
	p := x[0]
	i, j := 1, n-1
	for { // x[1:i] are not greater than p, x[j+1:] not smaller
		for i <= j && less(x[i], p) {
			i++
		}
		for i <= j && less(p, x[j]) {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i, j = i+1, j-1
	}
	x[0], x[j] = x[j], x[0]
	return j
}

// medianOfThree returns whichever of the indices a, b and c holds the
// median of their elements.
func medianOfThree[E any](x []E, a, b, c int, less func(p, q E) bool) int {
	if less(x[b], x[a]) {
		a, b = b, a
	}
	// x[a] <= x[b]
	switch {
	case !less(x[c], x[b]):
		return b
	case less(x[c], x[a]):
		return a
	}
	return c
}
