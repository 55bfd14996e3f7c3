package ndarray

import (
	"cmp"
	"slices"
	"unsafe"

	"github.com/numgo/numgo/internal/par"
)

// Sorting and searching. A lane along the sort axis is gathered into a
// contiguous scratch buffer (or sorted where it lies when it is contiguous)
// and sorted with package slices, or, for integers and floats, by a radix
// sort from radixMin elements. NaNs sort after every other value, as in
// NumPy; for floats they are moved to the end of the lane first, so the
// sorts compare plain ordered values. Bools sort false first and complex
// numbers lexicographically, with NumPy's places for NaN parts (order.go's
// complexLess). Each element type's ways are an ordering (orderOf).

// SortOption chooses the axis that Sort and ArgSort order along: SortAxis or
// SortFlat. Without one they sort along the last axis, NumPy's default.
type SortOption struct {
	axis int
	flat bool
}

// SortAxis sorts along axis (negative counts from the end), NumPy's axis=k.
func SortAxis(axis int) SortOption { return SortOption{axis: axis} }

// SortFlat sorts the flattened array, NumPy's axis=None; the result is 1-d.
func SortFlat() SortOption { return SortOption{flat: true} }

// sortSource returns the array and axis a sort works on: a flattened and 0
// for SortFlat.
func sortSource[T Dtype](op string, a *Array[T], opts []SortOption) (*Array[T], int) {
	o := SortOption{axis: -1}
	if len(opts) > 0 {
		o = opts[len(opts)-1]
	}
	if o.flat {
		return a.Ravel(), 0
	}
	return a, normAxis(op, o.axis, a.Ndim())
}

// atLeast1d returns a 0-d a as a 1-d view of its element, and any other a
// as it is: NumPy's PyArray_CheckAxis, which argsort and argpartition go
// through, ravels a 0-d array.
func atLeast1d[T Dtype](op string, a *Array[T]) *Array[T] {
	checkNil(op, a)
	if a.Ndim() == 0 {
		return a.view(a.offset, []int{1}, []int{1})
	}
	return a
}

// Sort returns a sorted copy of a, ordered along the last axis or the one
// given by SortAxis, or flattened with SortFlat, like numpy.sort. NaNs go
// last; false goes before true, and complex numbers sort by real part and
// then imaginary part, those with NaN parts last, as NumPy's. Sort panics
// with an *AxisError for an axis out of range (a 0-d array has none; sort
// it with SortFlat).
func Sort[T Dtype](a *Array[T], opts ...SortOption) *Array[T] {
	src, axis := sortSource("Sort", a, opts)
	out := src.Copy()
	sortLanes(out, axis)
	return out
}

// SortInPlace sorts a along the last axis or the one given by SortAxis, in
// place, like NumPy's a.sort(); with SortFlat it sorts a's elements in C
// order and keeps a's shape. NaNs go last. SortInPlace panics with an
// *AxisError for an axis out of range and a *ValueError if a is a broadcast
// view.
func SortInPlace[T Dtype](a *Array[T], opts ...SortOption) {
	a.checkWritable("SortInPlace")
	src, axis := sortSource("SortInPlace", a, opts)
	sortLanes(src, axis)
	if src != a && !a.IsContiguous() { // SortFlat sorted a copy
		copyArray(a, src.Reshape(a.shape...))
	}
}

// sortLanes sorts every lane of a along axis in place.
func sortLanes[T Dtype](a *Array[T], axis int) {
	if a.Size() == 0 {
		return
	}
	ord := orderOf[T]()
	n, st := a.shape[axis], a.strides[axis]
	if axis == a.Ndim()-1 && a.IsContiguous() { // lanes are consecutive blocks
		lanes := a.Size() / n
		sortBlock := func(lo, hi int) {
			scratch := ord.scratch(n)
			for x := a.data[a.offset+lo*n : a.offset+hi*n]; len(x) > 0; x = x[n:] {
				ord.sort(x[:n], scratch)
			}
		}
		if w := min(workers(a.Size()), lanes); w > 1 {
			parallelFor(lanes, n, w, par.Func(sortBlock))
		} else {
			sortBlock(0, lanes)
		}
		return
	}
	scratch := ord.scratch(n)
	var buf []T
	if st != 1 {
		buf = make([]T, n)
	}
	eachLane(a.shape, axis, func(off [maxOperands]int) {
		if st == 1 {
			ord.sort(a.data[off[0]:off[0]+n], scratch)
			return
		}
		copyRun(buf, 0, 1, a.data, off[0], st, n)
		ord.sort(buf, scratch)
		copyRun(a.data, off[0], st, buf, 0, 1, n)
	}, a.layout())
}

// sortScratch returns the scratch sortNaNLast needs for lanes of n
// elements: nil when they are too short for the radix sort.
func sortScratch[T Real](n int) []T {
	if n < radixMin {
		return nil
	}
	return uninitData[T](n)
}

// sortNaNLast sorts x in increasing order with NaNs at the end; scratch,
// from sortScratch(len(x)), is the radix sort's.
func sortNaNLast[T Real](x, scratch []T) {
	k := 0
	for i, v := range x {
		if v == v {
			x[k], x[i] = v, x[k]
			k++
		}
	}
	if k < radixMin {
		slices.Sort(x[:k])
		return
	}
	radixSortT(x[:k], scratch[:k], nil, nil)
}

// radixSortT radix-sorts x (NaN-free, tmp its scratch) through the unsigned
// integers of T's width, moving idx (nil, or with itmp its scratch) along.
func radixSortT[T Real](x, tmp []T, idx, itmp []int) {
	var z T
	p, q, kind := unsafe.Pointer(unsafe.SliceData(x)), unsafe.Pointer(unsafe.SliceData(tmp)), keyKind[T]()
	switch n := len(x); unsafe.Sizeof(z) {
	case 8:
		radixSort(unsafe.Slice((*uint64)(p), n), unsafe.Slice((*uint64)(q), n), idx, itmp, kind)
	case 4:
		radixSort(unsafe.Slice((*uint32)(p), n), unsafe.Slice((*uint32)(q), n), idx, itmp, kind)
	case 2:
		radixSort(unsafe.Slice((*uint16)(p), n), unsafe.Slice((*uint16)(q), n), idx, itmp, kind)
	default:
		radixSort(unsafe.Slice((*uint8)(p), n), unsafe.Slice((*uint8)(q), n), idx, itmp, kind)
	}
}

// radixMin is the lane length from which sorts use radixSort: below it
// pdqsort's comparisons cost less than the radix sort's histograms.
const radixMin = 256

// A keyKind says how the bits of an element type map to unsigned keys in
// the same order.
type keyKindT int

const (
	unsignedKey keyKindT = iota // the bits are the key
	signedKey                   // two's complement: flip the sign bit
	floatKey                    // IEEE (no NaNs): flip the sign bit of positives, every bit of negatives
)

// keyKind returns T's keyKindT.
func keyKind[T Real]() keyKindT {
	h, zero := 0.5, T(0)
	switch {
	case T(h) != 0: // only floats keep a half
		return floatKey
	case zero-1 < 0:
		return signedKey
	}
	return unsignedKey
}

// radixSort sorts the elements whose bits x holds, of the kind given, by a
// least-significant-digit radix sort on bytes: one pass over x counts every
// byte position, then each position whose bytes are not all equal moves
// the elements stably by that byte, between x and tmp (of x's length),
// and idx with them when it is not nil (itmp its scratch), for arg-sorts.
// It is O(n) per byte, against pdqsort's O(n log n) comparisons.
func radixSort[K uint8 | uint16 | uint32 | uint64](x, tmp []K, idx, itmp []int, kind keyKindT) {
	nb := int(unsafe.Sizeof(K(0)))
	shift := 8*nb - 1
	top := K(1) << shift
	switch kind { // to keys that order as unsigned integers
	case signedKey:
		for i, u := range x {
			x[i] = u ^ top
		}
	case floatKey:
		for i, u := range x {
			if u == top && idx != nil {
				u = 0 // -0 ties with +0 in a stable arg-sort, as in NumPy's
			}
			x[i] = u ^ (-(u >> shift) | top)
		}
	}
	var counts [8][256]int
	for _, u := range x {
		for d := range nb {
			counts[d][byte(u>>(8*d))]++
		}
	}
	src, dst, isrc, idst := x, tmp, idx, itmp
	for d := range nb {
		c := &counts[d]
		if c[byte(src[0]>>(8*d))] == len(src) {
			continue // every element has the same byte here
		}
		sum := 0
		for b, n := range c {
			c[b] = sum
			sum += n
		}
		if idx == nil {
			for _, u := range src {
				b := byte(u >> (8 * d))
				dst[c[b]] = u
				c[b]++
			}
		} else {
			for i, u := range src {
				b := byte(u >> (8 * d))
				dst[c[b]], idst[c[b]] = u, isrc[i]
				c[b]++
			}
		}
		src, dst, isrc, idst = dst, src, idst, isrc
	}
	if idx != nil {
		copy(idx, isrc)
	}
	switch kind { // back from keys, into x
	case signedKey:
		for i, u := range src {
			x[i] = u ^ top
		}
	case floatKey:
		for i, u := range src {
			x[i] = u ^ (-((u >> shift) ^ 1) | top)
		}
	default:
		copy(x, src)
	}
}

// ArgSort returns the indices that sort a along the last axis or the one
// given by SortAxis (or, with SortFlat, the flat indices of a in C order),
// like numpy.argsort, in Sort's order. The sort is stable: equal elements
// keep their order, as with NumPy's kind='stable' (NumPy's default
// quicksort may order equal elements either way). The result has a's
// shape (1-d with SortFlat). A 0-d a counts as 1-d, as NumPy ravels it
// here (unlike numpy.sort, which refuses it): the result is [0]. ArgSort
// panics with an *AxisError for an axis out of range.
func ArgSort[T Dtype](a *Array[T], opts ...SortOption) *Array[int] {
	src, axis := sortSource("ArgSort", atLeast1d("ArgSort", a), opts)
	out := emptyArray[int]("ArgSort", src.shape)
	if out.Size() == 0 {
		return out
	}
	n, ss, ds := src.shape[axis], src.strides[axis], out.strides[axis]
	idx, argSort := make([]int, n), orderOf[T]().argSorter(n)
	eachLane(src.shape, axis, func(off [maxOperands]int) {
		argSort(idx, src.data, off[1], ss)
		copyRun(out.data, off[0], ds, idx, 0, 1, n)
	}, out.layout(), src.layout())
	return out
}

// argScratch holds the buffers of a radix arg-sort of lanes of n elements.
type argScratch[T Real] struct {
	vals, vtmp []T
	itmp       []int
}

func newArgScratch[T Real](n int) *argScratch[T] {
	return &argScratch[T]{uninitData[T](n), uninitData[T](n), uninitData[int](n)}
}

// sort sets idx (of length n) to the positions that sort the n elements of
// x from off with step st, stably, with NaNs last.
func (s *argScratch[T]) sort(idx []int, x []T, off, st int) {
	k := 0
	for i := range idx {
		if v := x[off+i*st]; v == v {
			s.vals[k], idx[k] = v, i
			k++
		}
	}
	j := k
	for i := range idx {
		if v := x[off+i*st]; v != v {
			idx[j] = i
			j++
		}
	}
	if k > 0 {
		radixSortT(s.vals[:k], s.vtmp[:k], idx[:k], s.itmp[:k])
	}
}

// indexed is an element with its position, the item an arg-sort sorts.
type indexed[T Dtype] struct {
	v T
	i int
}

// argSortRun fills pairs with the len(pairs) elements of x from off with
// step st, sorted stably with NaNs last. The non-NaN elements are sorted by
// value and then position, which makes pdqsort stable.
func argSortRun[T Real](pairs []indexed[T], x []T, off, st int) {
	k := 0
	for i := range pairs {
		if v := x[off+i*st]; v == v {
			pairs[k] = indexed[T]{v, i}
			k++
		}
	}
	j := k
	for i := range pairs {
		if v := x[off+i*st]; v != v {
			pairs[j] = indexed[T]{v, i}
			j++
		}
	}
	slices.SortFunc(pairs[:k], func(p, q indexed[T]) int {
		if c := cmp.Compare(p.v, q.v); c != 0 {
			return c
		}
		return p.i - q.i
	})
}

// Unique returns the sorted distinct elements of a flattened, like
// numpy.unique, in Sort's order. All NaNs count as one value, which comes
// last (NumPy's equal_nan=True; for complex numbers, all with a NaN part).
// The result is a new 1-d array.
func Unique[T Dtype](a *Array[T]) *Array[T] {
	v, _ := UniqueCounts(a)
	return v
}

// UniqueCounts returns the sorted distinct elements of a flattened and how
// often each occurs, like numpy.unique with return_counts=True.
func UniqueCounts[T Dtype](a *Array[T]) (values *Array[T], counts *Array[int]) {
	ord := orderOf[T]()
	x := a.ToSlice()
	ord.sort(x, ord.scratch(len(x)))
	starts := groupStarts(len(x), func(i int) bool { return ord.same(x[i-1], x[i]) })
	vals := make([]T, len(starts)-1)
	cnt := make([]int, len(starts)-1)
	for g := range vals {
		vals[g], cnt[g] = x[starts[g]], starts[g+1]-starts[g]
	}
	return FromSlice(vals), FromSlice(cnt)
}

// UniqueResult holds what UniqueAll finds, numpy.unique_all's fields.
type UniqueResult[T Dtype] struct {
	Values  *Array[T]   // the sorted distinct elements of the flattened input
	Indices *Array[int] // the flat index of each value's first occurrence
	Inverse *Array[int] // for every input element, its value's position in Values; the input's shape
	Counts  *Array[int] // how often each value occurs
}

// UniqueAll returns the sorted distinct elements of a with their first
// flat positions, the inverse map and their counts, like numpy.unique_all
// (numpy.unique with return_index, return_inverse and return_counts, the
// inverse shaped as a). NaNs count as one value.
func UniqueAll[T Dtype](a *Array[T]) UniqueResult[T] {
	ord := orderOf[T]()
	flat := a.Ravel()
	pairs := make([]indexed[T], flat.Size())
	ord.argSortPairs(pairs, flat.data, flat.offset, flat.strides[0])
	starts := groupStarts(len(pairs), func(i int) bool { return ord.same(pairs[i-1].v, pairs[i].v) })
	ng := len(starts) - 1
	r := UniqueResult[T]{
		Values:  emptyArray[T]("UniqueAll", []int{ng}),
		Indices: emptyArray[int]("UniqueAll", []int{ng}),
		Inverse: emptyArray[int]("UniqueAll", a.shape),
		Counts:  emptyArray[int]("UniqueAll", []int{ng}),
	}
	for g := range ng {
		// The sort is stable, so a group's first pair is its first occurrence.
		first := pairs[starts[g]]
		r.Values.data[g], r.Indices.data[g] = first.v, first.i
		r.Counts.data[g] = starts[g+1] - starts[g]
		for _, p := range pairs[starts[g]:starts[g+1]] {
			r.Inverse.data[p.i] = g
		}
	}
	return r
}

// same reports whether x and y are equal or both NaN.
func same[T Real](x, y T) bool { return x == y || x != x && y != y }

// groupStarts returns the positions in [0, n) where a run of equal sorted
// elements begins, followed by n; equalPrev(i) reports whether element i
// equals element i-1.
func groupStarts(n int, equalPrev func(i int) bool) []int {
	starts := make([]int, 0, n+1)
	for i := range n {
		if i == 0 || !equalPrev(i) {
			starts = append(starts, i)
		}
	}
	return append(starts, n)
}

// Side says which of several equal positions SearchSorted returns.
type Side int

const (
	// SideLeft gives the first position where v fits: a[i-1] < v <= a[i].
	SideLeft Side = iota
	// SideRight gives the last position where v fits: a[i-1] <= v < a[i].
	SideRight
)

// SearchSorted returns, for each element of v, the index at which inserting
// it into the sorted 1-d array a keeps a sorted, like numpy.searchsorted
// with side 'left' (SideLeft) or 'right' (SideRight). a must be sorted in
// Sort's order, as Sort leaves it; NaN in v goes after every number. The result has v's shape. SearchSorted panics with a
// *ValueError if a is not 1-d or side is neither SideLeft nor SideRight.
func SearchSorted[T Dtype](a, v *Array[T], side Side) *Array[int] {
	if side != SideLeft && side != SideRight {
		panicValue("SearchSorted", "search side must be SideLeft or SideRight (got %d)", int(side))
	}
	checkNil("SearchSorted", a)
	checkNil("SearchSorted", v)
	switch {
	case a.Ndim() == 0:
		panicValue("SearchSorted", "object of too small depth for desired array")
	case a.Ndim() > 1:
		panicValue("SearchSorted", "object too deep for desired array")
	}
	less := orderOf[T]().less
	n, off, st := a.shape[0], a.offset, a.strides[0]
	keys := v.ToSlice()
	out := emptyArray[int]("SearchSorted", v.shape)
	for j, key := range keys {
		// Invariant: elements before lo go before key, those from hi on after it.
		lo, hi := 0, n
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			x := a.data[off+mid*st]
			var before bool
			if side == SideLeft {
				before = less(x, key)
			} else {
				before = !less(key, x)
			}
			if before {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		out.data[j] = lo
	}
	return out
}

// nanLess orders numbers as usual and NaN after every number.
func nanLess[T Real](x, y T) bool { return x < y || y != y && x == x }
