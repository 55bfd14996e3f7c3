package ndarray

// Set operations on arrays taken as flat sets, NumPy's arraysetops. They
// follow NumPy's algorithms (the distinct values of each input, then a
// sort of their concatenation and a comparison of neighbours, or a search
// of the sorted distinct values), so that they give NumPy's results also
// where NumPy's depend on the algorithm: elements compare with ==, under
// which NaN equals nothing, although Unique gathers all NaNs into one
// value; and AssumeUnique skips the unique step as NumPy's assume_unique
// does, whatever the data. Results are sorted in Sort's order (NaNs last).

// SetOption is an option of the set operations: AssumeUnique or NotIn.
type SetOption struct {
	assumeUnique, invert bool
}

// AssumeUnique tells a set operation that each input holds no value twice,
// so that it skips finding the distinct values, NumPy's assume_unique=True.
// As in NumPy, the result is unspecified if an input does hold a value
// twice.
func AssumeUnique() SetOption { return SetOption{assumeUnique: true} }

// NotIn makes IsIn report the elements that are not in the test set,
// NumPy's invert=True.
func NotIn() SetOption { return SetOption{invert: true} }

// setOptions merges opts.
func setOptions(opts []SetOption) SetOption {
	var c SetOption
	for _, o := range opts {
		c.assumeUnique = c.assumeUnique || o.assumeUnique
		c.invert = c.invert || o.invert
	}
	return c
}

// IsIn reports for each element of a whether it equals some element of
// test, like numpy.isin; with NotIn, whether it equals none. The result
// has a's shape. Elements compare with ==, as in NumPy: NaN is in no set,
// and -0 is in a set that holds 0. AssumeUnique changes nothing (numgo
// searches the sorted distinct values of test in every case).
func IsIn[T Dtype](a, test *Array[T], opts ...SetOption) *Array[bool] {
	checkNil("IsIn", a)
	checkNil("IsIn", test)
	invert := setOptions(opts).invert
	set, less := Unique(test).data, orderOf[T]().less
	out := emptyArray[bool]("IsIn", a.shape)
	for i, v := range a.ToSlice() {
		out.data[i] = contains(set, v, less) != invert
	}
	return out
}

// contains reports whether the sorted distinct values set hold v, by
// binary search in the order less.
func contains[T Dtype](set []T, v T, less func(x, y T) bool) bool {
	lo, hi := 0, len(set)
	for lo < hi { // elements before lo go before v, those from hi on do not
		mid := int(uint(lo+hi) >> 1)
		if less(set[mid], v) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo < len(set) && set[lo] == v
}

// Intersect1d returns the sorted values that both a and b hold, each once,
// like numpy.intersect1d; a and b are flattened. NaN is in no intersection.
// With AssumeUnique the distinct values are not sought first. The result
// is a new 1-d array.
func Intersect1d[T Dtype](a, b *Array[T], opts ...SetOption) *Array[T] {
	x := sortedBoth("Intersect1d", a, b, opts)
	var v []T
	for i := 1; i < len(x); i++ {
		if x[i-1] == x[i] { // one from a, one from b
			v = append(v, x[i])
		}
	}
	return FromSlice(v)
}

// Intersect1dIndices returns Intersect1d(a, b, opts...) with the flat
// indices in a and in b of each of its values, like numpy.intersect1d with
// return_indices=True: values = a.Ravel()[ia] = b.Ravel()[ib], where the
// indices are those of the first occurrences. (A separate function rather
// than an option, as Go functions cannot change their result types.)
//
// As NumPy's, it sorts the concatenation of the distinct values of a and b
// stably, so that of two equal neighbours the first comes from a, and
// takes the indices from the sort. With AssumeUnique they are the sorted
// elements' positions in a and in b (out of range, like NumPy's, if the
// assumption is false).
func Intersect1dIndices[T Dtype](a, b *Array[T], opts ...SetOption) (values *Array[T], ia, ib *Array[int]) {
	checkNil("Intersect1dIndices", a)
	checkNil("Intersect1dIndices", b)
	assumeUnique := setOptions(opts).assumeUnique
	xa, pa := firstOccurrences(a, assumeUnique)
	xb, pb := firstOccurrences(b, assumeUnique)
	pairs := make([]indexed[T], len(xa)+len(xb))
	orderOf[T]().argSortPairs(pairs, append(xa, xb...), 0, 1)
	var v []T
	var ja, jb []int
	for i := 1; i < len(pairs); i++ {
		if p, q := pairs[i-1], pairs[i]; p.v == q.v {
			v, ja, jb = append(v, p.v), append(ja, position(pa, p.i)), append(jb, position(pb, q.i-len(xa)))
		}
	}
	return FromSlice(v), FromSlice(ja), FromSlice(jb)
}

// firstOccurrences returns the distinct elements of a with the flat
// indices of their first occurrences, or, when they are assumed distinct,
// all of a's elements and nil.
func firstOccurrences[T Dtype](a *Array[T], assumeUnique bool) ([]T, []int) {
	if assumeUnique {
		return a.ToSlice(), nil
	}
	u := UniqueAll(a)
	return u.Values.data, u.Indices.data
}

// position returns first[i], or i if first is nil.
func position(first []int, i int) int {
	if first == nil {
		return i
	}
	return first[i]
}

// distinct returns the sorted distinct elements of a, or, when they are
// assumed distinct, all of a's elements in C order.
func distinct[T Dtype](a *Array[T], assumeUnique bool) []T {
	if assumeUnique {
		return a.ToSlice()
	}
	return Unique(a).data
}

// sortedBoth returns the distinct elements of a and those of b (all of
// them with AssumeUnique) together, sorted, NumPy's step before comparing
// neighbours in intersect1d and setxor1d.
func sortedBoth[T Dtype](op string, a, b *Array[T], opts []SetOption) []T {
	checkNil(op, a)
	checkNil(op, b)
	assumeUnique := setOptions(opts).assumeUnique
	x := append(distinct(a, assumeUnique), distinct(b, assumeUnique)...)
	ord := orderOf[T]()
	ord.sort(x, ord.scratch(len(x)))
	return x
}

// Union1d returns the sorted distinct values that a or b holds, like
// numpy.union1d; a and b are flattened and all NaNs count as one value.
// The result is a new 1-d array.
func Union1d[T Dtype](a, b *Array[T]) *Array[T] {
	checkNil("Union1d", a)
	checkNil("Union1d", b)
	return Unique(Concatenate([]*Array[T]{a.Ravel(), b.Ravel()}, 0))
}

// SetDiff1d returns the distinct values of a that b does not hold, sorted,
// like numpy.setdiff1d; a and b are flattened. NaN, equal to nothing,
// stays. With AssumeUnique the elements of a are neither made distinct nor
// sorted: the result keeps a's order. The result is a new 1-d array.
func SetDiff1d[T Dtype](a, b *Array[T], opts ...SetOption) *Array[T] {
	checkNil("SetDiff1d", a)
	checkNil("SetDiff1d", b)
	x := distinct(a, setOptions(opts).assumeUnique)
	set, less := Unique(b).data, orderOf[T]().less
	keep := x[:0]
	for _, v := range x {
		if !contains(set, v, less) {
			keep = append(keep, v)
		}
	}
	return FromSlice(keep)
}

// SetXor1d returns the sorted values that exactly one of a and b holds,
// like numpy.setxor1d; a and b are flattened. As in NumPy, a NaN in both
// a and b appears twice (NaN equals nothing). With AssumeUnique the
// distinct values are not sought first. The result is a new 1-d array.
func SetXor1d[T Dtype](a, b *Array[T], opts ...SetOption) *Array[T] {
	x := sortedBoth("SetXor1d", a, b, opts)
	// Keep each element that differs from both neighbours.
	var keep []T
	for i, v := range x {
		if (i == 0 || x[i-1] != v) && (i == len(x)-1 || x[i+1] != v) {
			keep = append(keep, v)
		}
	}
	return FromSlice(keep)
}
