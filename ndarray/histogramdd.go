package ndarray

import "math/bits"

// Multidimensional histograms: numpy.histogramdd and numpy.histogram2d.

// BinsEach gives each dimension of HistogramDD or Histogram2d its number of
// equal-width bins, like numpy.histogramdd's bins=[n0, n1, ...]: one count
// per dimension. It takes precedence over Bins and BinEdges.
func BinsEach(n ...int) HistogramOption {
	n = append([]int{}, n...) // not nil: given, if empty
	return func(c *histogramConfig) { c.binsEach, c.edgesEach = n, nil }
}

// BinEdgesEach gives each dimension of HistogramDD or Histogram2d its bin
// edges, like numpy.histogramdd's bins=[edges0, edges1, ...]: one 1-d
// increasing array per dimension, as BinEdges's. A nil entry leaves its
// dimension to BinsEach, BinEdges or Bins, which makes NumPy's mixed
// bins=[n, edges]. BinEdgesEach takes precedence over those.
func BinEdgesEach(edges ...*Array[float64]) HistogramOption {
	edges = append([]*Array[float64]{}, edges...)
	return func(c *histogramConfig) { c.edgesEach = edges }
}

// RangeEach gives each dimension of HistogramDD or Histogram2d the lower
// and upper edges of its equal-width bins, like numpy.histogramdd's
// range=[(lo0, hi0), (lo1, hi1), ...]; it takes precedence over Range,
// which gives every dimension the same range. A dimension whose edges are
// given ignores its range, as in NumPy.
func RangeEach(r ...[2]float64) HistogramOption {
	r = append([][2]float64{}, r...)
	return func(c *histogramConfig) { c.rangeEach = r }
}

// HistogramDD counts the points of sample, an (N, D) array holding N points
// in D dimensions, in the cells of a D-dimensional grid of bins, like
// numpy.histogramdd: with weights (nil for none; else N of them) each point
// adds its weight to its cell instead of 1, the sums taken in the points'
// order as NumPy's. It returns the counts or sums, float64 as NumPy's
// always are, in an array with one axis per dimension, and the D arrays of
// the bins' edges. A 1-d sample is N points in one dimension, a 0-d one a
// single point.
//
// Every dimension has 10 equal-width bins over the data's range by
// default, the range chosen as Histogram chooses it and the edges spaced
// by Linspace in float64, for float32 data too (where Histogram's edges
// are float32's, as NumPy's are in each function); Bins and BinEdges set every dimension's bins,
// BinsEach and BinEdgesEach each dimension's, Range and RangeEach the
// ranges. A point goes to bin i of a dimension where edges[i] <= x <
// edges[i+1], as numpy.searchsorted(edges, x, side='right') finds it in
// float64, and to the last bin if x equals the last edge (for float32
// data compared in float32 where the edge is within float32's range, as
// NumPy 1.24's value-based casting makes it, which also moves such an x
// just below the edge down a bin); a point outside
// the edges or NaN in any dimension is not counted.
//
// HistogramDD panics with a *ValueError, in NumPy's words, if sample has
// more than 2 dimensions or its points none (D == 0), if BinsEach or BinEdgesEach do
// not give D entries or RangeEach D ranges, if a bin count is not
// positive, if a range has lo > hi or is not finite, if the automatic
// range is not finite (a NaN or infinity in a dimension), if edges are not
// 1-d or decrease, or if the number of cells (counting an outlier bin at
// each end of each dimension, as NumPy does) overflows int; with an
// *IndexError, as NumPy, if edges are empty; and, if there are points,
// with a *ShapeError if weights are not N of them (a *ValueError if they
// are not 1-d).
func HistogramDD[T Real](sample *Array[T], weights *Array[float64], opts ...HistogramOption) (hist *Array[float64], edges []*Array[float64]) {
	cols, n := histogramDDColumns("HistogramDD", sample)
	hist, e := histogramDDCount("HistogramDD", cols, n, weights, opts)
	return hist, histogramDDEdgeArrays(e)
}

// HistogramDDDensity is HistogramDD as a probability density, like
// numpy.histogramdd with density=True: the counts (or sums of weights,
// weights nil for none) divided by the cells' widths along each dimension
// in turn and then by their total, so that they integrate to 1 over the
// cells. It panics as HistogramDD does.
func HistogramDDDensity[T Real](sample *Array[T], weights *Array[float64], opts ...HistogramOption) (density *Array[float64], edges []*Array[float64]) {
	cols, n := histogramDDColumns("HistogramDDDensity", sample)
	hist, e := histogramDDCount("HistogramDDDensity", cols, n, weights, opts)
	return histogramDDDensity(hist, e), histogramDDEdgeArrays(e)
}

// Histogram2d is HistogramDD of the points (x[i], y[i]), like
// numpy.histogram2d: hist[i, j] counts (or sums the weights of, weights nil
// for none) the points in x's bin i and y's bin j. It returns the edges of
// x's bins and of y's. NumPy's bins=n is Bins(n), bins=[nx, ny]
// BinsEach(nx, ny), bins=edges BinEdges(edges), bins=[xedges, yedges]
// BinEdgesEach(xedges, yedges) and bins=[n, yedges] Bins(n) with
// BinEdgesEach(nil, yedges). Histogram2d panics as HistogramDD does, and
// with a *ValueError if x and y are not 1-d or differ in length.
func Histogram2d[T Real](x, y *Array[T], weights *Array[float64], opts ...HistogramOption) (hist, xedges, yedges *Array[float64]) {
	n := histogram2dCheck("Histogram2d", x, y)
	hist, e := histogramDDCount("Histogram2d", []*Array[T]{x, y}, n, weights, opts)
	a := histogramDDEdgeArrays(e)
	return hist, a[0], a[1]
}

// Histogram2dDensity is Histogram2d as a probability density, like
// numpy.histogram2d with density=True, as HistogramDDDensity computes it.
// It panics as Histogram2d does.
func Histogram2dDensity[T Real](x, y *Array[T], weights *Array[float64], opts ...HistogramOption) (density, xedges, yedges *Array[float64]) {
	n := histogram2dCheck("Histogram2dDensity", x, y)
	hist, e := histogramDDCount("Histogram2dDensity", []*Array[T]{x, y}, n, weights, opts)
	a := histogramDDEdgeArrays(e)
	return histogramDDDensity(hist, e), a[0], a[1]
}

// histogramDDColumns returns views of sample's D columns and the number of
// points, taking a 1-d sample as one column and a 0-d one as one point, as
// NumPy's atleast_2d(sample).T does.
func histogramDDColumns[T Real](op string, sample *Array[T]) ([]*Array[T], int) {
	checkNil(op, sample)
	switch sample.Ndim() {
	case 0:
		return []*Array[T]{sample.Reshape(1)}, 1
	case 1:
		return []*Array[T]{sample}, sample.shape[0]
	case 2:
		cols := make([]*Array[T], sample.shape[1])
		t := sample.T()
		for i := range cols {
			cols[i] = t.SliceOf(I(i))
		}
		return cols, sample.shape[0]
	}
	panicValue(op, "sample must be an (N, D) array, not %d-d", sample.Ndim())
	return nil, 0
}

// histogram2dCheck checks Histogram2d's x and y and returns their length.
func histogram2dCheck[T Real](op string, x, y *Array[T]) int {
	checkNil(op, x)
	checkNil(op, y)
	if x.Ndim() != 1 || y.Ndim() != 1 {
		panicValue(op, "x and y must be 1-d arrays")
	}
	if x.shape[0] != y.shape[0] {
		panicValue(op, "x and y must have the same length.")
	}
	return x.shape[0]
}

// histogramDDDim returns the bins of dimension i as a one-dimensional
// histogram's configuration: the per-dimension options' entry if given,
// else the options for all dimensions.
func (c *histogramConfig) histogramDDDim(i int) histogramConfig {
	d := histogramConfig{bins: c.bins, edges: c.edges, lo: c.lo, hi: c.hi, hasRange: c.hasRange}
	if c.binsEach != nil {
		d.bins, d.edges = c.binsEach[i], nil
	}
	if c.edgesEach != nil && c.edgesEach[i] != nil {
		d.edges = c.edgesEach[i]
	}
	if c.rangeEach != nil {
		d.lo, d.hi, d.hasRange = c.rangeEach[i][0], c.rangeEach[i][1], true
	}
	return d
}

// histogramDDEdges returns the edges of dimension i, whose points are col,
// checked as NumPy's histogramdd checks them: given edges as they are,
// else a count's equal-width edges over the range, the same as
// Histogram's (outerEdges and linspace) in float64.
func histogramDDEdges[T Real](op string, i int, col *Array[T], d histogramConfig) []float64 {
	if d.edges != nil {
		if d.edges.Ndim() != 1 {
			panicValue(op, "`bins[%d]` must be a scalar or 1d array", i)
		}
		e := d.edges.ToSlice()
		if histogramEdgesDecrease(e) {
			panicValue(op, "`bins[%d]` must be monotonically increasing, when an array", i)
		}
		return e
	}
	if d.bins < 1 {
		panicValue(op, "`bins[%d]` must be positive, when an integer", i)
	}
	first, last, _, _ := outerEdges(op, col, d, false)
	return Linspace(first, last, d.bins+1).data
}

// histogramDDCount is HistogramDD on the columns cols of n points each: it
// checks the arguments in NumPy's order and returns the counts (sums of
// weights) with every dimension's edges. NumPy finds each point's bin in
// every dimension with searchsorted(edges, x, side='right'), moves a point
// on the last edge down into the last bin, and counts with bincount over
// cells that include an outlier bin at each end of each dimension, which
// it then cuts off; here the outliers are dropped as they are found.
func histogramDDCount[T Real](op string, cols []*Array[T], n int, weights *Array[float64], opts []HistogramOption) (*Array[float64], [][]float64) {
	cfg := histogramConfig{bins: 10}
	for _, o := range opts {
		o(&cfg)
	}
	D := len(cols)
	if cfg.binsEach != nil && len(cfg.binsEach) != D || cfg.edgesEach != nil && len(cfg.edgesEach) != D {
		panicValue(op, "The dimension of bins must be equal to the dimension of the  sample x.")
	}
	if cfg.rangeEach != nil && len(cfg.rangeEach) != D {
		panicValue(op, "range argument must have one entry per dimension")
	}
	edges := make([][]float64, D)
	for i, col := range cols {
		edges[i] = histogramDDEdges(op, i, col, cfg.histogramDDDim(i))
	}
	for _, e := range edges {
		if len(e) == 0 {
			panicIndex(op, "index -1 is out of bounds for axis 0 with size 0")
		}
	}
	// NumPy's bincount refuses the cell numbers of points of no
	// dimension (a 0-d array), and its ravel_multi_index more cells,
	// outliers included, than intp holds.
	if D == 0 {
		panicValue(op, "object of too small depth for desired array")
	}
	cells := uint64(1)
	for _, e := range edges {
		hi, lo := bits.Mul64(cells, uint64(len(e)+1))
		if hi != 0 || lo > uint64(maxInt) {
			panicValue(op, "invalid dims: array size defined by dims is larger than the maximum possible size.")
		}
		cells = lo
	}
	var w []float64
	if weights != nil && n > 0 {
		switch {
		case weights.Ndim() > 1:
			panicValue(op, "object too deep for desired array")
		case weights.Ndim() == 0:
			panicValue(op, "object of too small depth for desired array")
		case weights.shape[0] != n:
			panicShape(op, "The weights and list don't have the same length.")
		}
		w = weights.ToSlice()
	}
	shape := make([]int, D)
	for i, e := range edges {
		shape[i] = len(e) - 1
	}
	hist := Zeros[float64](shape...)
	cell := histogramDDCells(cols, edges, shape)
	for j, c := range cell {
		switch {
		case c < 0:
		case w == nil:
			hist.data[c]++
		default:
			hist.data[c] += w[j]
		}
	}
	return hist, edges
}

// histogramDDCells returns, for each point, the index of its cell in the
// C-ordered histogram of the given shape, or -1 if it falls outside.
func histogramDDCells[T Real](cols []*Array[T], edges [][]float64, shape []int) []int {
	var cell []int
	for i, col := range cols {
		x := Convert[float64](col)
		e := edges[i]
		pos := SearchSorted(FromSlice(e, len(e)), x, SideRight).data
		if cell == nil {
			cell = make([]int, len(pos))
		}
		last := e[len(e)-1]
		// NumPy's on_edge test, sample == edges[-1], compares a float32
		// sample in float32: NumPy 1.24's value-based casting takes the
		// float64 scalar edge as float32 when it lies within ±3.4e38.
		f32 := TypeOf[T]() == Float32 && last > -3.4e38 && last < 3.4e38
		for j, p := range pos {
			if x.data[j] == last || f32 && float32(x.data[j]) == float32(last) {
				p--
			}
			// p-1 is the bin; 0 and len(e) are the outliers.
			if cell[j] < 0 || p < 1 || p >= len(e) {
				cell[j] = -1
				continue
			}
			cell[j] = cell[j]*shape[i] + p - 1
		}
	}
	return cell
}

// histogramDDDensity divides hist in place as NumPy's histogramdd does for
// density=True: by each dimension's bin widths in turn, then by the total
// of hist, and returns it.
func histogramDDDensity(hist *Array[float64], edges [][]float64) *Array[float64] {
	total := Sum(hist).Item()
	for i, e := range edges {
		shape := make([]int, len(edges))
		for k := range shape {
			shape[k] = 1
		}
		shape[i] = len(e) - 1
		width := make([]float64, len(e)-1)
		for k := range width {
			width[k] = e[k+1] - e[k]
		}
		DivTo(hist, hist, FromSlice(width, shape...))
	}
	return DivTo(hist, hist, Scalar(total))
}

// histogramDDEdgeArrays returns the edges as arrays.
func histogramDDEdgeArrays(edges [][]float64) []*Array[float64] {
	a := make([]*Array[float64], len(edges))
	for i, e := range edges {
		a[i] = FromSlice(e, len(e))
	}
	return a
}
