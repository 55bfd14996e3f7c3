package ndarray

import "slices"

// An ordering is how Sort, ArgSort, Unique and SearchSorted order one
// element type: NumPy's order, NaNs last. Integers and floats sort by
// radix from radixMin elements and by pdqsort below (sort.go); bool
// (false first) and complex numbers (complexLess) by comparisons.
type ordering[T Dtype] struct {
	less func(x, y T) bool // NumPy's order
	same func(x, y T) bool // equal, or both NaN: one of Unique's values
	// sort sorts x, with scratch from scratch(len(x)).
	sort    func(x, scratch []T)
	scratch func(n int) []T
	// argSortPairs fills pairs with the len(pairs) elements of x from off
	// with step st and their positions, sorted stably.
	argSortPairs func(pairs []indexed[T], x []T, off, st int)
	// argSorter returns a function that sets idx to the positions that
	// sort the len(idx) = n elements of x from off with step st, stably.
	argSorter func(n int) func(idx []int, x []T, off, st int)
}

var orderings = [numTypes]any{
	Bool:       byLess(func(x, y bool) bool { return !x && y }, func(x, y bool) bool { return x == y }),
	Int8:       realOrdering[int8](),
	Int16:      realOrdering[int16](),
	Int32:      realOrdering[int32](),
	Int64:      realOrdering[int64](),
	Int:        realOrdering[int](),
	Uint8:      realOrdering[uint8](),
	Uint16:     realOrdering[uint16](),
	Uint32:     realOrdering[uint32](),
	Uint64:     realOrdering[uint64](),
	Float32:    realOrdering[float32](),
	Float64:    realOrdering[float64](),
	Complex64:  byLess(complexLess[complex64], sameComplex[complex64]),
	Complex128: byLess(complexLess[complex128], sameComplex[complex128]),
}

// orderOf returns T's ordering.
func orderOf[T Dtype]() *ordering[T] { return orderings[TypeOf[T]()].(*ordering[T]) }

func realOrdering[T Real]() *ordering[T] {
	return &ordering[T]{
		less: nanLess[T], same: same[T], sort: sortNaNLast[T], scratch: sortScratch[T], argSortPairs: argSortRun[T],
		argSorter: func(n int) func([]int, []T, int, int) {
			if n >= radixMin {
				return newArgScratch[T](n).sort
			}
			return pairsArgSorter(argSortRun[T], n)
		},
	}
}

// compareBy returns the three-way comparison (for slices.SortFunc) of the
// order less defines.
func compareBy[E any](less func(x, y E) bool) func(x, y E) int {
	return func(x, y E) int {
		switch {
		case less(x, y):
			return -1
		case less(y, x):
			return 1
		}
		return 0
	}
}

// byLess returns the ordering of a type sorted by comparisons.
func byLess[T Dtype](less, same func(x, y T) bool) *ordering[T] {
	cmp := compareBy(less)
	pairs := func(pairs []indexed[T], x []T, off, st int) {
		for i := range pairs {
			pairs[i] = indexed[T]{x[off+i*st], i}
		}
		slices.SortStableFunc(pairs, func(p, q indexed[T]) int { return cmp(p.v, q.v) })
	}
	return &ordering[T]{
		less: less, same: same,
		sort:         func(x, _ []T) { slices.SortFunc(x, cmp) },
		scratch:      func(int) []T { return nil },
		argSortPairs: pairs,
		argSorter:    func(n int) func([]int, []T, int, int) { return pairsArgSorter(pairs, n) },
	}
}

// pairsArgSorter returns an arg-sort of lanes of n elements by sortPairs,
// which sorts elements with their positions.
func pairsArgSorter[T Dtype](sortPairs func([]indexed[T], []T, int, int), n int) func([]int, []T, int, int) {
	pairs := make([]indexed[T], n)
	return func(idx []int, x []T, off, st int) {
		sortPairs(pairs, x, off, st)
		for i, p := range pairs {
			idx[i] = p.i
		}
	}
}

// complexLess is NumPy's order of complex numbers (its npysort CDOUBLE_LT):
// by real part, then imaginary part, with those whose parts are NaN after
// all others in the order R + Rj, R + NaNj, NaN + Rj, NaN + NaNj.
func complexLess[T Complex](x, y T) bool {
	a, b := complex128(x), complex128(y)
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	switch {
	case ar < br:
		return ai == ai || bi != bi
	case ar > br:
		return bi != bi && ai == ai
	case ar == br || ar != ar && br != br:
		return ai < bi || bi != bi && ai == ai
	}
	return br != br
}

// sameComplex reports whether x and y are equal or both have a NaN part.
func sameComplex[T Complex](x, y T) bool {
	return x == y || isNaNComplex(x) && isNaNComplex(y)
}
