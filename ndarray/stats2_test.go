package ndarray

import (
	"errors"
	"fmt"
	"math"
	"math/cmplx"
	"testing"

	gold "github.com/numgo/numgo/internal/golden"
)

// stats2Case is one case of testdata/gen_stats2.py: NumPy's results (Outs)
// or exception (Kind, Error) for Op on the named arrays In, "a" taken
// through View.
type stats2Case struct {
	Op        string
	In        map[string]golden
	View      string
	N         int
	Axis      *int
	Axes      []int
	EdgeOrder int `json:"edge_order"`
	Spacing   []float64
	Dx        float64
	Rowvar    bool
	Bias      bool
	Ddof      *int
	Bins      *int
	Range     []any
	Density   bool
	Minlength int
	Right     any // digitize's bool, interp's value
	Left      any
	Period    *float64
	Q         []float64
	Percent   bool
	Big       int
	Outs      []golden
	Error     string
	Kind      string
}

func loadStats2(t *testing.T) []stats2Case {
	t.Helper()
	var cases []stats2Case
	loadGolden(t, "testdata/stats2/cases.json", &cases)
	return cases
}

// in returns the named input as T, nil if the case has none; "a" is
// taken through the case's view.
func in[T Dtype](c stats2Case, name string) *Array[T] {
	g, ok := c.In[name]
	if !ok {
		return nil
	}
	a := goldenAs[T](g)
	if name == "a" {
		a = applyView(a, c.View)
	}
	return a
}

func TestStats2Golden(t *testing.T) {
	counts := map[string]int{}
	for i, c := range loadStats2(t) {
		dtype := "float64"
		if a, ok := c.In["a"]; ok {
			dtype = a.Dtype
		}
		name := fmt.Sprintf("#%d %s/%s/%s", i, c.Op, dtype, c.View)
		inputs = inputs[:0]
		var got []any
		err := catch(func() { got = runStats2(t, c, dtype) })
		for _, unchanged := range inputs {
			if !unchanged() {
				t.Errorf("%s: an input was modified", name)
			}
		}
		counts[c.Op]++
		if !goldenOutcome(t, name, err, c.Kind, c.Error) {
			continue
		}
		if len(got) != len(c.Outs) {
			t.Errorf("%s: %d results, NumPy has %d", name, len(got), len(c.Outs))
			continue
		}
		for j := range got {
			checkStats2(t, fmt.Sprintf("%s[%d]", name, j), c, got[j], c.Outs[j])
		}
	}
	t.Logf("cases by op: %v", counts)
}

// inputs holds, for the arrays the running case passed in, functions
// that report whether they still hold their values.
var inputs []func() bool

// runStats2 runs c with "a" of the given dtype.
func runStats2(t *testing.T, c stats2Case, dtype string) []any {
	switch c.Op {
	case "diff":
		switch dtype {
		case "int64":
			return runDiff[int64](c)
		case "int8":
			return runDiff[int8](c)
		case "uint8":
			return runDiff[uint8](c)
		case "float64":
			return runDiff[float64](c)
		case "float32":
			return runDiff[float32](c)
		case "complex128":
			return runDiff[complex128](c)
		case "bool":
			return runDiff[bool](c)
		}
	case "gradient", "trapezoid":
		switch dtype {
		case "float64":
			return runCalculus(c, in[float64](c, "a"), Gradient[float64], Trapezoid[float64])
		case "float32":
			return runCalculus(c, in[float32](c, "a"), Gradient[float32], Trapezoid[float32])
		case "complex128":
			return runCalculus(c, in[complex128](c, "a"), Gradient[complex128], Trapezoid[complex128])
		case "complex64":
			return runCalculus(c, in[complex64](c, "a"), Gradient[complex64], Trapezoid[complex64])
		case "int64":
			return runCalculus(c, in[int64](c, "a"), GradientFloat64[int64], TrapezoidFloat64[int64])
		}
	case "cov", "corrcoef":
		switch dtype {
		case "float64":
			return runCov(c, in[float64](c, "a"), in[float64](c, "y"), Cov[float64], Corrcoef[float64])
		case "float32":
			return runCov(c, in[float32](c, "a"), in[float32](c, "y"), Cov[float32], Corrcoef[float32])
		case "int64":
			return runCov(c, in[int64](c, "a"), in[int64](c, "y"), Cov[int64], Corrcoef[int64])
		case "complex128":
			return runCov(c, in[complex128](c, "a"), in[complex128](c, "y"), CovComplex[complex128], CorrcoefComplex[complex128])
		}
	case "histogram", "histogram_bin_edges":
		switch dtype {
		case "float64":
			return runHistogram[float64](c)
		case "float32":
			return runHistogram[float32](c)
		case "int64":
			return runHistogram[int64](c)
		case "int8":
			return runHistogram[int8](c)
		case "uint8":
			return runHistogram[uint8](c)
		case "uint64":
			return runHistogram[uint64](c)
		}
	case "bincount":
		switch dtype {
		case "int64":
			return runBincount[int64](c)
		case "int32":
			return runBincount[int32](c)
		case "int16":
			return runBincount[int16](c)
		case "uint8":
			return runBincount[uint8](c)
		}
	case "digitize":
		switch dtype {
		case "float64":
			return runDigitize[float64](c)
		case "float32":
			return runDigitize[float32](c)
		case "int64":
			return runDigitize[int64](c)
		}
	case "quantile", "quantiles", "median":
		switch dtype {
		case "float64":
			return runQuantiles[float64](c)
		case "float32":
			return runQuantiles[float32](c)
		case "int64":
			return runQuantiles[int64](c)
		case "uint8":
			return runQuantiles[uint8](c)
		}
	case "interp":
		// Split from 64 elements, so that the longer increasing cases
		// also take the goroutine path.
		var out []any
		withParallelMin(64, func() { out = runInterp(c) })
		return out
	}
	t.Fatalf("no runner for %s on %s", c.Op, dtype)
	return nil
}

// record notes the arrays a run passes in, to check afterwards that they
// are unchanged.
func record[T Dtype](arrays ...*Array[T]) {
	for _, a := range arrays {
		if a != nil {
			before := a.ToSlice()
			inputs = append(inputs, func() bool { return ArrayEqual(FromSlice(before, a.Shape()...), a, EqualNaN()) })
		}
	}
}

func runDiff[T Dtype](c stats2Case) []any {
	a, pre, app := in[T](c, "a"), in[T](c, "prepend"), in[T](c, "append")
	record(a, pre, app)
	var axis []int
	if c.Axis != nil {
		axis = []int{*c.Axis}
	}
	if pre == nil && app == nil {
		return []any{Diff(a, c.N, axis...)}
	}
	return []any{DiffWith(a, c.N, pre, app, axis...)}
}

func runCalculus[T Dtype, R Float | Complex](c stats2Case, a *Array[T],
	gradient func(*Array[T], ...GradientOption) []*Array[R], trapezoid func(y, x *Array[T], dx float64, axis int) *Array[R]) []any {
	record(a)
	if c.Op == "trapezoid" {
		x := in[T](c, "x")
		record(x)
		return []any{trapezoid(a, x, c.Dx, *c.Axis)}
	}
	opts := []GradientOption{EdgeOrder(c.EdgeOrder)}
	if c.Spacing != nil {
		opts = append(opts, GradientSpacing(c.Spacing...))
	}
	if c.Axes != nil {
		opts = append(opts, GradientAxes(c.Axes...))
	}
	if x0, x1 := in[float64](c, "x0"), in[float64](c, "x1"); x0 != nil || x1 != nil {
		record(x0, x1)
		coords := []*Array[float64]{x0, x1}
		if c.Axes != nil {
			coords = coords[1:]
		}
		opts = append(opts, Coordinates(coords...))
	}
	var out []any
	for _, g := range gradient(a, opts...) {
		out = append(out, g)
	}
	return out
}

func runCov[T Number, R float64 | complex128](c stats2Case, a, y *Array[T],
	cov, corrcoef func(x, y *Array[T], opts ...CovOption) *Array[R]) []any {
	record(a, y)
	opts := []CovOption{RowVar(c.Rowvar)}
	if c.Bias {
		opts = append(opts, Bias())
	}
	if c.Ddof != nil {
		opts = append(opts, CovDdof(*c.Ddof))
	}
	if f := in[int](c, "fweights"); f != nil {
		record(f)
		opts = append(opts, FWeights(f))
	}
	if w := in[float64](c, "aweights"); w != nil {
		record(w)
		opts = append(opts, AWeights(w))
	}
	if c.Op == "corrcoef" {
		return []any{corrcoef(a, y, opts...)}
	}
	return []any{cov(a, y, opts...)}
}

func runHistogram[T Real](c stats2Case) []any {
	a, w, edges := in[T](c, "a"), in[float64](c, "weights"), in[float64](c, "edges")
	if c.Big > 0 {
		// gen_stats2.py's data, computed alike.
		x, bw := make([]T, c.Big), make([]float64, c.Big)
		for i := range x {
			x[i] = T(float64(i*7919%10007)/1000.0 - 5.0)
			bw[i] = float64(i*104729%1009) * 0.37
		}
		a, w = FromSlice(x, c.Big), FromSlice(bw, c.Big)
	}
	record(a)
	record(w, edges)
	var opts []HistogramOption
	if c.Bins != nil {
		opts = append(opts, Bins(*c.Bins))
	}
	if edges != nil {
		opts = append(opts, BinEdges(edges))
	}
	if c.Range != nil {
		opts = append(opts, Range(gold.Float(c.Range[0]), gold.Float(c.Range[1])))
	}
	switch {
	case c.Op == "histogram_bin_edges":
		return []any{HistogramBinEdges(a, opts...)}
	case c.Density:
		h, e := HistogramDensity(a, w, opts...)
		return []any{h, e}
	case w != nil:
		h, e := HistogramWeighted(a, w, opts...)
		return []any{h, e}
	}
	h, e := Histogram(a, opts...)
	return []any{h, e}
}

// runQuantiles runs Quantile (Percentile) with c.Q[0], Quantiles
// (Percentiles) with c.Q, or MedianFloat64, over c.Axis or c.Axes (all axes
// if neither).
func runQuantiles[T Real](c stats2Case) []any {
	a := in[T](c, "a")
	record(a)
	var opts []ReduceOption
	if c.Axis != nil {
		opts = append(opts, Axis(*c.Axis))
	}
	if c.Axes != nil {
		opts = append(opts, Axis(c.Axes...))
	}
	switch {
	case c.Op == "median":
		return []any{MedianFloat64(a, opts...)}
	case c.Op == "quantile" && c.Percent:
		return []any{Percentile(a, c.Q[0], opts...)}
	case c.Op == "quantile":
		return []any{Quantile(a, c.Q[0], opts...)}
	case c.Percent:
		return []any{Percentiles(a, c.Q, opts...)}
	}
	return []any{Quantiles(a, c.Q, opts...)}
}

func runBincount[T Integer](c stats2Case) []any {
	x, w := in[T](c, "a"), in[float64](c, "weights")
	record(x)
	record(w)
	if w != nil {
		return []any{BincountWeighted(x, w, c.Minlength)}
	}
	return []any{Bincount(x, c.Minlength)}
}

func runDigitize[T Real](c stats2Case) []any {
	x, bins := in[T](c, "a"), in[T](c, "bins")
	record(x, bins)
	return []any{Digitize(x, bins, c.Right.(bool))}
}

func runInterp(c stats2Case) []any {
	x, xp, fp := in[float64](c, "a"), in[float64](c, "xp"), in[float64](c, "fp")
	record(x, xp, fp)
	var opts []InterpOption
	if c.Left != nil {
		opts = append(opts, LeftValue(gold.Float(c.Left)))
	}
	if c.Right != nil {
		opts = append(opts, RightValue(gold.Float(c.Right)))
	}
	if c.Period != nil {
		opts = append(opts, Period(*c.Period))
	}
	return []any{Interp(x, xp, fp, opts...)}
}

// checkStats2 compares a result with NumPy's: exactly where numgo does
// NumPy's operations in NumPy's order, to within 1e-13 of the largest
// element where the order of a sum differs (Cov's products, which go to
// the build's BLAS, and complex means; weighted histograms with bin edges, whose
// cumulative sums follow NumPy's unstable sort among equal values), and
// to within an ulp or a few for the rest (see the comments below).
func checkStats2(t *testing.T, name string, c stats2Case, got any, want golden) {
	t.Helper()
	_, weights := c.In["weights"]
	_, edges := c.In["edges"]
	if c.Op == "cov" || c.Op == "corrcoef" || (weights || c.Big > 0) && edges {
		switch g := got.(type) {
		case *Array[float64]:
			checkScaled(t, name, g, want)
		case *Array[complex128]:
			checkScaled(t, name, g, want)
		default:
			t.Fatalf("%s: unexpected result type %T", name, got)
		}
		return
	}
	ulps := 0.0
	switch c.Op {
	case "trapezoid":
		// Complex sums: NumPy adds the temporary of a reversed view in
		// memory order, the other way round, and complex64 results are
		// an ulp or two from NumPy's; real ones are exact.
		ulps = 4
	case "gradient":
		// NumPy 1.24 computes the ends of a 1-d float32 array in float64
		// (Python floats times NumPy scalars) and rounds once; numgo in
		// float32, as NumPy 2 does: an ulp apart, 2 in checkClose's
		// relative measure.
		ulps = 2
	}
	switch g := got.(type) {
	case *Array[int]:
		checkArray(t, name, g, want)
	case *Array[bool], *Array[int8], *Array[uint8], *Array[int64]:
		checkResult(t, name, got, want)
	case *Array[float64]:
		checkDtype(t, name, g, want)
		checkClose[float64, float64](t, name, g, want, ulps)
	case *Array[float32]:
		checkDtype(t, name, g, want)
		checkClose[float32, float32](t, name, g, want, ulps)
	case *Array[complex128]:
		checkDtype(t, name, g, want)
		checkClose[complex128, complex128](t, name, g, want, ulps)
	case *Array[complex64]:
		checkDtype(t, name, g, want)
		checkClose[complex64, complex64](t, name, g, want, ulps)
	default:
		t.Fatalf("%s: unexpected result type %T", name, got)
	}
}

// checkDtype checks got's dtype against NumPy's, where numgo keeps it:
// numgo's histogram edges are float64 where NumPy's are float32.
func checkDtype[T Dtype](t *testing.T, name string, got *Array[T], want golden) {
	t.Helper()
	if d := got.Dtype().String(); d != want.Dtype && !(d == "float64" && want.Dtype == "float32") {
		t.Errorf("%s: dtype %s, NumPy's %s", name, d, want.Dtype)
	}
}

// checkScaled compares a covariance or correlation matrix with NumPy's to
// within 1e-13 of its largest element (NumPy's BLAS sums the products in
// another order), NaN and infinities exactly.
func checkScaled[T float64 | complex128](t *testing.T, name string, got *Array[T], want golden) {
	t.Helper()
	w := goldenAs[T](want)
	if !sameShape(got.shape, w.shape) {
		t.Errorf("%s: shape %v, want %v", name, got.shape, w.shape)
		return
	}
	g, wv := got.ToSlice(), w.ToSlice()
	scale := 0.0
	for _, v := range wv {
		if x := cmplx.Abs(toC(v)); !math.IsInf(x, 0) && !math.IsNaN(x) {
			scale = max(scale, x)
		}
	}
	for i := range g {
		a, b := toC(g[i]), toC(wv[i])
		if cmplx.IsNaN(b) || cmplx.IsInf(b) {
			if !sameParts(a, b) {
				t.Errorf("%s [%d]: %v, NumPy %v", name, i, a, b)
			}
			continue
		}
		if !(cmplx.Abs(a-b) <= 1e-13*scale) { // a NaN where NumPy's is finite fails too
			t.Errorf("%s [%d]: %v, NumPy %v", name, i, a, b)
		}
	}
}

func toC[T float64 | complex128](v T) complex128 {
	switch x := any(v).(type) {
	case float64:
		return complex(x, 0)
	case complex128:
		return x
	}
	return 0
}

func sameParts(a, b complex128) bool {
	return same(real(a), real(b)) && same(imag(a), imag(b))
}

// TestStats2Deviations pins the differences from NumPy that docs/numpy.md
// lists for these functions.
func TestStats2Deviations(t *testing.T) {
	a := FromSlice([]float64{1, 2, 4}, 3)
	if d := Diff(a, 0); sharesData(d, a) || !ArrayEqual(d, a) {
		t.Errorf("Diff(a, 0) = %v sharing memory %v, want a copy of a", d, sharesData(d, a))
	}
	if err := catch(func() { Gradient(a, EdgeOrder(0)) }); !errors.Is(err, ErrValue) {
		t.Errorf("Gradient with EdgeOrder(0): got %v, want a *ValueError", err)
	}
	if b := BincountWeighted(Zeros[int](0), Zeros[float64](0), 2); b.Dtype() != Float64 || !ArrayEqual(b, Zeros[float64](2)) {
		t.Errorf("BincountWeighted of nothing: %v (%v), want float64 zeros", b, b.Dtype())
	}
	// Float32 data, float64 edges holding NumPy's float32 values.
	_, edges := Histogram(FromSlice([]float32{0, 0.1, 0.7}, 3), Bins(3))
	for _, e := range edges.Data() {
		if float64(float32(e)) != e {
			t.Errorf("float32 histogram edge %v is not a float32 value", e)
		}
	}
}
