package ndarray

import (
	"math"
	"slices"
)

// Histograms and counting: numpy.histogram, numpy.histogram_bin_edges,
// numpy.bincount and numpy.digitize.

// HistogramOption configures Histogram, HistogramWeighted, HistogramDensity
// and HistogramBinEdges: Bins, BinEdges, Range; and the multidimensional
// HistogramDD and Histogram2d, which also take BinsEach, BinEdgesEach and
// RangeEach.
type HistogramOption func(*histogramConfig)

type histogramConfig struct {
	bins     int
	edges    *Array[float64]
	lo, hi   float64
	hasRange bool
	// One entry per dimension, for HistogramDD and Histogram2d; nil when
	// not given.
	binsEach  []int
	edgesEach []*Array[float64]
	rangeEach [][2]float64
}

// Bins sets the number of equal-width bins, like numpy.histogram's integer
// bins; for HistogramDD and Histogram2d, of every dimension. The default
// is 10.
func Bins(n int) HistogramOption {
	return func(c *histogramConfig) { c.bins, c.edges = n, nil }
}

// BinEdges gives the bin edges themselves, like numpy.histogram's array
// bins: a 1-d array, increasing (equal neighbours allowed). Every bin but
// the last is half open, [edges[i], edges[i+1]); the last also holds its
// right edge. For HistogramDD and Histogram2d they are every dimension's
// edges.
func BinEdges(edges *Array[float64]) HistogramOption {
	return func(c *histogramConfig) { c.edges = edges }
}

// Range sets the lower and upper edges of equal-width bins, like
// numpy.histogram's range=(lo, hi); values outside are left out. The
// default is the data's minimum and maximum. With BinEdges it has no
// effect on the bins, as in NumPy. For HistogramDD and Histogram2d it is
// every dimension's range.
func Range(lo, hi float64) HistogramOption {
	return func(c *histogramConfig) { c.lo, c.hi, c.hasRange = lo, hi, true }
}

// Histogram counts the elements of a (flattened) in each bin, like
// numpy.histogram without weights: it returns the counts and the bins'
// edges, one more than the counts. By default the bins are 10 equal ones
// over [min(a), max(a)] (widened by 0.5 on each side if those are equal,
// [0, 1] for an empty a); Bins, Range and BinEdges change them. Every bin
// is half open, [edges[i], edges[i+1]), but the last, which holds its
// right edge too; NaNs and values outside the edges are not counted.
//
// Equal-width bins place each value as NumPy does: a first guess
// (x-lo)·bins/(hi-lo), corrected by comparing x with the edges on either
// side, so that a value on an edge goes to the bin the edges say. The edges
// are float64 for every T; for float32 data NumPy's edges, and its
// comparisons with them, are float32 (float64 if Range gives an edge
// beyond ±3.4e38, by NumPy's value-based casting), and so are numgo's
// values (float32 numbers held in float64). Where hi-lo overflows to +Inf,
// the outer edges are NaN or infinite, as NumPy's; the values within
// Range all go to the first bin, as in NumPy.
//
// Histogram panics with a *ValueError, in NumPy's words, if the bin count
// is not positive, if Range's lo > hi or either is not finite, if the
// automatic range is not finite (a NaN or infinity in a), or if BinEdges
// are not 1-d or decrease, or if given BinsEach, BinEdgesEach or RangeEach,
// the options of the multidimensional histograms. Where a first guess is not a number (hi-lo is
// 0 in float64, as for a single integer beyond 2^53; so small that
// bins/(hi-lo) overflows; or +Inf, with a value whose distance from lo
// overflows too), NumPy casts it to the index -2^63 and fails to look up
// that edge; Histogram panics with the same *IndexError, "index
// -9223372036854775808 is out of bounds for axis 0 with size" bins+1.
func Histogram[T Real](a *Array[T], opts ...HistogramOption) (hist *Array[int], edges *Array[float64]) {
	x, b := histogramSetup("Histogram", a, nil, opts)
	return b.counts(x), b.edgeArray()
}

// HistogramWeighted is Histogram adding up weights (of a's shape) in each
// bin instead of counting, like numpy.histogram with weights=: each
// element adds its weight to its bin. The sums are NumPy's, rounding and
// all: with equal-width bins, sums over blocks of 65536 elements in order;
// with BinEdges, differences of the cumulative sums of the weights sorted
// by value (NumPy's sort is not stable, so equal values may be summed in
// another order). NumPy's result takes the weights' dtype; numgo's weights
// are float64. HistogramWeighted panics as Histogram does, and with a
// *ShapeError if weights do not have a's shape.
func HistogramWeighted[T Real](a *Array[T], weights *Array[float64], opts ...HistogramOption) (hist, edges *Array[float64]) {
	checkNil("HistogramWeighted", weights)
	x, b := histogramSetup("HistogramWeighted", a, weights, opts)
	return b.sums(x, weights.ToSlice()), b.edgeArray()
}

// HistogramDensity is the histogram as a probability density, like
// numpy.histogram with density=True: HistogramWeighted's sums (counts
// when weights is nil) divided by the bin widths and then by their total,
// so that they integrate to 1 over the range. It panics as
// HistogramWeighted does.
func HistogramDensity[T Real](a *Array[T], weights *Array[float64], opts ...HistogramOption) (density, edges *Array[float64]) {
	x, b := histogramSetup("HistogramDensity", a, weights, opts)
	var n *Array[float64]
	if weights == nil {
		n = Convert[float64](b.counts(x))
	} else {
		n = b.sums(x, weights.ToSlice())
	}
	// NumPy's n/db/n.sum().
	total := Sum(n).Item()
	DivTo(n, n, b.widths())
	return DivTo(n, n, Scalar(total)), b.edgeArray()
}

// HistogramBinEdges returns the bin edges Histogram would use, like
// numpy.histogram_bin_edges. It panics as Histogram does.
func HistogramBinEdges[T Real](a *Array[T], opts ...HistogramOption) *Array[float64] {
	_, b := histogramSetup("HistogramBinEdges", a, nil, opts)
	return b.edgeArray()
}

// histogramBlock is the number of elements NumPy's histogram takes at a
// time; with weights, the blocks' sums are added, so they show in the
// rounding.
const histogramBlock = 65536

// A binning is a histogram's bins: their edges and, for equal widths, what
// NumPy's first guess of a value's bin needs.
type binning struct {
	op      string // the function, for the messages
	edges   []float64
	uniform bool
	first   float64 // NumPy's first_edge
	lo, hi  float64 // the values kept: first_edge and last_edge as NumPy compares them
	norm    float64 // bins / (last_edge - first_edge)
	single  bool    // the edges are float32, and so is NumPy's guess
	wide    bool    // single, but the guess multiplies by norm in float64
}

// bins returns the number of bins, one fewer than the edges (none for no
// edges).
func (b *binning) bins() int { return max(len(b.edges)-1, 0) }

func (b *binning) edgeArray() *Array[float64] { return FromSlice(slices.Clone(b.edges), len(b.edges)) }

// widths returns the bins' widths, differences taken in the edges' dtype.
func (b *binning) widths() *Array[float64] {
	w := make([]float64, b.bins())
	for i := range w {
		if b.single {
			w[i] = float64(float32(b.edges[i+1]) - float32(b.edges[i]))
		} else {
			w[i] = b.edges[i+1] - b.edges[i]
		}
	}
	return FromSlice(w, len(w))
}

// counts returns the number of elements of x in each bin.
func (b *binning) counts(x []float64) *Array[int] {
	hist := Zeros[int](b.bins())
	h := hist.data
	if b.uniform {
		for _, v := range x {
			if i := b.bin(v); i >= 0 {
				h[i]++
			}
		}
		return hist
	}
	cum := b.cumulative(slices.Clone(x), nil)
	for i := range h {
		h[i] = int(cum[i+1] - cum[i])
	}
	return hist
}

// sums returns the sum of the weights w of the elements of x in each bin,
// block by block as NumPy adds them.
func (b *binning) sums(x, w []float64) *Array[float64] {
	hist := Zeros[float64](b.bins())
	h := hist.data
	if !b.uniform {
		cum := b.cumulative(slices.Clone(x), w)
		for i := range h {
			h[i] = cum[i+1] - cum[i]
		}
		return hist
	}
	block := make([]float64, len(h))
	for lo := 0; lo < len(x); lo += histogramBlock {
		clear(block)
		for j, v := range x[lo:min(lo+histogramBlock, len(x))] {
			if i := b.bin(v); i >= 0 {
				block[i] += w[lo+j]
			}
		}
		for i, s := range block {
			h[i] += s
		}
	}
	return hist
}

// bin returns the equal-width bin of x, or -1 if x is outside the range
// or NaN, as NumPy's fast path for equal bins finds it: the guess
// (x - first)·norm, computed in float32 for float32 data and truncated to
// an intp as C casts it, then moved one bin down or up where the edges say
// so. The range is first_edge to last_edge, not the outer edges, which may
// be NaN or infinite when the width overflows. A guess that is NaN or
// infinite (a width that is 0 or subnormal, or overflows) casts to
// -2^63, and NumPy's lookup of its edge raises IndexError: bin panics with
// the same *IndexError.
func (b *binning) bin(x float64) int {
	n := len(b.edges) - 1
	if !(x >= b.lo && x <= b.hi) {
		return -1
	}
	var f float64
	switch {
	case b.wide:
		f = float64(float32(x)-float32(b.first)) * b.norm
	case b.single:
		f = float64(float32(float32(x)-float32(b.first)) * float32(b.norm))
	default:
		f = (x - b.first) * b.norm
	}
	i := castIntp(f)
	if i == n {
		i--
	}
	if uint(i) >= uint(n) {
		return b.binOutside(x, i)
	}
	if x < b.edges[i] {
		i--
	}
	if i != n-1 && x >= b.edges[i+1] {
		i++
	}
	if i < 0 {
		// np.bincount's check; the edges' comparisons leave no way here.
		panicValue(b.op, "'list' argument must have no negative elements")
	}
	return i
}

// binOutside is bin's end for a guess i outside the bins: NumPy's lookup
// of edges i and i+1, counting from the end for a negative i, which
// raises IndexError for -2^63.
func (b *binning) binOutside(x float64, i int) int {
	n := len(b.edges) - 1
	if x < b.edge(i) {
		i--
	}
	if i != n-1 && x >= b.edge(i+1) {
		i++
	}
	if i < 0 {
		panicValue(b.op, "'list' argument must have no negative elements")
	}
	return i
}

// edge returns the edge of index i, counted from the end if negative as
// NumPy's indexing does, and panics with NumPy's *IndexError if there is
// none.
func (b *binning) edge(i int) float64 {
	n := len(b.edges)
	if i < -n || i >= n {
		panicIndex(b.op, "index %d is out of bounds for axis 0 with size %d", i, n)
	}
	if i < 0 {
		i += n
	}
	return b.edges[i]
}

// castIntp converts f to an int as x86's conversion does, which NumPy's
// astype(np.intp) inherits: NaN and values out of int64's range become
// -2^63 (Go leaves those to the platform).
func castIntp(f float64) int {
	if !(f >= -0x1p63 && f < 0x1p63) {
		return math.MinInt64
	}
	return int(f)
}

// cumulative returns, for each edge, the number of elements of x below it
// (at most it, for the last edge), as NumPy's _search_sorted_inclusive on
// the sorted x; with weights w, the sum of the weights of those elements,
// as NumPy takes it from the cumulative sum of the weights in the sorted
// order. NumPy does this by blocks and adds the blocks' results, and so
// does cumulative. x is reordered.
func (b *binning) cumulative(x, w []float64) []float64 {
	cum := make([]float64, len(b.edges))
	last := len(b.edges) - 1
	if last < 0 {
		return cum
	}
	below := FromSlice(b.edges[:last], last)
	top := FromSlice(b.edges[last:], 1)
	for lo := 0; lo < len(x); lo += histogramBlock {
		xs := x[lo:min(lo+histogramBlock, len(x))]
		var cw []float64
		if w == nil {
			sortNaNLast(xs, sortScratch[float64](len(xs)))
		} else {
			order := ArgSort(FromSlice(xs, len(xs))).data
			sorted := make([]float64, len(xs))
			cw = make([]float64, len(xs)+1)
			for i, j := range order {
				sorted[i] = xs[j]
				cw[i+1] = cw[i] + w[lo+j]
			}
			xs = sorted
		}
		sa := FromSlice(xs, len(xs))
		pos := append(SearchSorted(sa, below, SideLeft).data, SearchSorted(sa, top, SideRight).data...)
		for i, p := range pos {
			if w == nil {
				cum[i] += float64(p)
			} else {
				cum[i] += cw[p]
			}
		}
	}
	return cum
}

// histogramSetup checks a histogram's arguments as NumPy does and returns
// a's elements in C order as float64 with the bins.
func histogramSetup[T Real](op string, a *Array[T], weights *Array[float64], opts []HistogramOption) ([]float64, binning) {
	checkNil(op, a)
	cfg := histogramConfig{bins: 10}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.binsEach != nil || cfg.edgesEach != nil || cfg.rangeEach != nil {
		panicValue(op, "BinsEach, BinEdgesEach and RangeEach are options of HistogramDD and Histogram2d")
	}
	if weights != nil && !sameShape(weights.shape, a.shape) {
		panicShape(op, "weights should have the same shape as a.")
	}
	x := Convert[float64](a).data
	if e := cfg.edges; e != nil {
		if e.Ndim() != 1 {
			panicValue(op, "`bins` must be 1d, when an array")
		}
		edges := e.ToSlice()
		if histogramEdgesDecrease(edges) {
			panicValue(op, "`bins` must increase monotonically, when an array")
		}
		return x, binning{op: op, edges: edges}
	}
	if cfg.bins < 1 {
		panicValue(op, "`bins` must be positive, when an integer")
	}
	f32 := TypeOf[T]() == Float32
	first, last, width, fromData := outerEdges(op, a, cfg, f32)
	norm := float64(cfg.bins) / width
	// NumPy's bin dtype is result_type(first_edge, last_edge, a): float32
	// for float32 data unless an edge is a float64 (from Range, or the
	// ±0.5 around a single value) beyond float32's range; so are the
	// comparisons with the edges, and the scaling by the float64 norm
	// unless norm is beyond that range.
	single := f32 && (fromData || fitsFloat32(first) && fitsFloat32(last))
	edges := Linspace(first, last, cfg.bins+1).data
	if single {
		for i, e := range edges {
			edges[i] = float64(float32(e))
		}
	}
	lo, hi := first, last
	if f32 {
		lo, hi = roundFloat32(first), roundFloat32(last)
	}
	return x, binning{op: op, edges: edges, uniform: true, first: first, lo: lo, hi: hi, norm: norm,
		single: single, wide: single && !fitsFloat32(norm)}
}

// histogramEdgesDecrease reports whether an edge is greater than the next,
// NumPy's np.any(edges[:-1] > edges[1:]) (NaNs compare false).
func histogramEdgesDecrease(edges []float64) bool {
	for i := 1; i < len(edges); i++ {
		if edges[i-1] > edges[i] {
			return true
		}
	}
	return false
}

// fitsFloat32 reports whether NumPy 1.24's value-based casting takes the
// float64 scalar x as a float32 next to a float32 array: its
// min_scalar_type does for |x| < 3.4e38 (not float32's largest value,
// 3.4028235e38) and for infinities and NaN.
func fitsFloat32(x float64) bool {
	return x > -3.4e38 && x < 3.4e38 || isInfOrNaN(x)
}

// roundFloat32 returns x as NumPy compares it with a float32 array: as a
// float32 if it fits (fitsFloat32), else as it is.
func roundFloat32(x float64) float64 {
	if fitsFloat32(x) {
		return float64(float32(x))
	}
	return x
}

// outerEdges returns the outer edges of equal-width bins, NumPy's
// first_edge and last_edge, and the width between them as NumPy computes
// it: in T's arithmetic where both come from the data (float32's, or
// unsigned 64-bit for integers, which cannot overflow; fromData is then
// true), else in float64.
func outerEdges[T Real](op string, a *Array[T], cfg histogramConfig, single bool) (first, last, width float64, fromData bool) {
	switch {
	case cfg.hasRange:
		first, last = cfg.lo, cfg.hi
		if first > last {
			panicValue(op, "max must be larger than min in range parameter.")
		}
		if isInfOrNaN(first) || isInfOrNaN(last) {
			panicValue(op, "supplied range of [%s, %s] is not finite", floatScalar(first, 64, false, false), floatScalar(last, 64, false, false))
		}
	case a.Size() == 0:
		first, last = 0, 1
	default:
		lo, hi := Min(a).Item(), Max(a).Item()
		first, last = float64(lo), float64(hi)
		if isInfOrNaN(first) || isInfOrNaN(last) {
			// NumPy formats the float32 extremes as Python floats:
			// float64's shortest repr of the float32 value.
			panicValue(op, "autodetected range of [%s, %s] is not finite", floatScalar(first, 64, false, false), floatScalar(last, 64, false, false))
		}
		// NumPy compares the extremes in T: integers that float64 rounds
		// to one value still make a range (its edges all equal).
		switch {
		case lo == hi:
			first, last = first-0.5, last+0.5
			return first, last, last - first, false
		case single:
			return first, last, float64(hi - lo), true
		case !isFloat[T]():
			return first, last, float64(uint64(int64(hi)) - uint64(int64(lo))), true
		default:
			return first, last, last - first, true
		}
	}
	if first == last {
		first, last = first-0.5, last+0.5
	}
	return first, last, last - first, false
}

// isInfOrNaN reports whether x is not finite.
func isInfOrNaN(x float64) bool { return math.IsInf(x, 0) || math.IsNaN(x) }

// Bincount counts the occurrences of each value 0, 1, ... in the 1-d
// non-negative integer array x, like numpy.bincount: the result has
// max(x)+1 elements, at least minlength. Bincount panics with a
// *ValueError, in NumPy's words, if x holds a negative value (or, for
// uint64, one beyond int's range: NumPy refuses uint64 arrays), if
// minlength is negative, or if x is not 1-d.
func Bincount[T Integer](x *Array[T], minlength int) *Array[int] {
	idx, n := bincountSetup("Bincount", x, minlength)
	out := Zeros[int](n)
	for _, i := range idx {
		out.data[i]++
	}
	return out
}

// BincountWeighted is Bincount adding up weights (one per element of x)
// instead of counting, like numpy.bincount with weights=: element i of the
// result is the sum, in x's order, of the weights of the elements equal to
// i. BincountWeighted panics as Bincount does, and with a *ShapeError if
// weights and x differ in length, except for an empty x, whose result is
// minlength zeros whatever the weights, as NumPy returns before it looks
// at them.
func BincountWeighted[T Integer](x *Array[T], weights *Array[float64], minlength int) *Array[float64] {
	checkNil("BincountWeighted", weights)
	idx, n := bincountSetup("BincountWeighted", x, minlength)
	if len(idx) > 0 && (weights.Ndim() != 1 || weights.shape[0] != len(idx)) {
		panicShape("BincountWeighted", "The weights and list don't have the same length.")
	}
	out := Zeros[float64](n)
	w := weights.ToSlice()
	for j, i := range idx {
		out.data[i] += w[j]
	}
	return out
}

// bincountSetup checks Bincount's arguments as NumPy does and returns x's
// elements as ints with the result's length.
func bincountSetup[T Integer](op string, x *Array[T], minlength int) ([]int, int) {
	checkNil(op, x)
	switch {
	case minlength < 0:
		panicValue(op, "'minlength' must not be negative")
	case x.Ndim() > 1:
		panicValue(op, "object too deep for desired array")
	case x.Ndim() == 0:
		panicValue(op, "object of too small depth for desired array")
	}
	idx := Convert[int](x).data
	n := minlength
	for _, i := range idx {
		if i < 0 {
			panicValue(op, "'list' argument must have no negative elements")
		}
		n = max(n, i+1)
	}
	return idx, n
}

// Digitize returns the index of the bin of each element of x, like
// numpy.digitize: for increasing bins, i such that bins[i-1] <= x <
// bins[i] (bins[i-1] < x <= bins[i] with right), 0 below the first edge
// and len(bins) above the last; for decreasing bins, bins[i-1] > x >=
// bins[i] (bins[i-1] >= x > bins[i] with right). It is SearchSorted
// with the side swapped, on the reversed bins when they decrease. The
// result has x's shape. Digitize panics with a *ValueError if bins are
// not 1-d or neither increase nor decrease (equal neighbours allowed; NumPy
// checks the bins converted to float64).
func Digitize[T Real](x, bins *Array[T], right bool) *Array[int] {
	checkNil("Digitize", x)
	checkNil("Digitize", bins)
	switch {
	case bins.Ndim() > 1:
		panicValue("Digitize", "object too deep for desired array")
	case bins.Ndim() == 0:
		panicValue("Digitize", "object of too small depth for desired array")
	}
	side := SideRight
	if right {
		side = SideLeft
	}
	switch monotonicity(Convert[float64](bins).data) {
	case 0:
		panicValue("Digitize", "bins must be monotonically increasing or decreasing")
	case -1:
		idx := SearchSorted(Flip(bins), x, side)
		n := bins.shape[0]
		for i, j := range idx.data {
			idx.data[i] = n - j
		}
		return idx
	}
	return SearchSorted(bins, x, side)
}

// monotonicity returns 1 if a never decreases, -1 if it never increases
// (and does not only repeat its first value), and 0 otherwise, as NumPy's
// check_array_monotonic: comparisons with NaN are false.
func monotonicity(a []float64) int {
	i := 1
	for i < len(a) && a[i] == a[0] {
		i++
	}
	if i >= len(a) {
		return 1
	}
	increasing := a[0] < a[i]
	for i++; i < len(a); i++ {
		if increasing && a[i-1] > a[i] || !increasing && a[i-1] < a[i] {
			return 0
		}
	}
	if increasing {
		return 1
	}
	return -1
}
