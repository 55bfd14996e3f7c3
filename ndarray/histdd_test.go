package ndarray

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	gold "github.com/numgo/numgo/internal/golden"
)

// histDDCase is one case of testdata/gen_histdd.py: np.histogramdd or
// np.histogram2d of the named arrays In, viewed as View says, with the Go
// options the other fields name, and NumPy's results (Outs: the histogram,
// then each dimension's edges) or exception (Kind, Error).
type histDDCase struct {
	Op        string
	In        map[string]golden
	View      string
	Bins      *int
	BinsEach  []int     `json:"bins_each"`
	EdgesAll  bool      `json:"edges_all"`
	EdgesEach []*string `json:"edges_each"`
	Range     []any
	RangeEach [][]any `json:"range_each"`
	Density   bool
	Outs      []golden
	Error     string
	Kind      string
}

func TestHistogramDDGolden(t *testing.T) {
	var cases []histDDCase
	loadGolden(t, "testdata/histdd/cases.json", &cases)
	counts := map[string]int{}
	for i, c := range cases {
		key := "sample"
		if c.Op == "histogram2d" {
			key = "x"
		}
		dtype := c.In[key].Dtype
		name := fmt.Sprintf("#%d %s/%s/%s", i, c.Op, dtype, c.View)
		counts[c.Op+"/"+dtype]++
		var got []*Array[float64]
		var unchanged []func() bool
		err := catch(func() { got, unchanged = runHistDD(t, c, dtype) })
		for _, ok := range unchanged {
			if !ok() {
				t.Errorf("%s: an input was modified", name)
			}
		}
		if !goldenOutcome(t, name, err, c.Kind, c.Error) {
			continue
		}
		if len(got) != len(c.Outs) {
			t.Errorf("%s: %d results, NumPy has %d", name, len(got), len(c.Outs))
			continue
		}
		for j, g := range got {
			// Counts, sums in the points' order and edges are NumPy's
			// bit for bit; a density's total is summed in another order
			// (NumPy's over the rows of a strided view).
			ulps := 0.0
			if j == 0 && c.Density {
				ulps = 4
			}
			checkClose[float64, float64](t, fmt.Sprintf("%s[%d]", name, j), g, c.Outs[j], ulps)
		}
	}
	t.Logf("cases: %v", counts)
}

// runHistDD runs c with points of the given dtype, returning the results
// and, for each input, a function that reports whether it is unchanged.
func runHistDD(t *testing.T, c histDDCase, dtype string) ([]*Array[float64], []func() bool) {
	switch dtype {
	case "float64":
		return runHistDDAs[float64](c)
	case "float32":
		return runHistDDAs[float32](c)
	case "int64":
		return runHistDDAs[int64](c)
	case "int32":
		return runHistDDAs[int32](c)
	case "int16":
		return runHistDDAs[int16](c)
	case "int8":
		return runHistDDAs[int8](c)
	case "uint64":
		return runHistDDAs[uint64](c)
	case "uint32":
		return runHistDDAs[uint32](c)
	case "uint16":
		return runHistDDAs[uint16](c)
	case "uint8":
		return runHistDDAs[uint8](c)
	}
	t.Fatalf("unexpected dtype %s", dtype)
	return nil, nil
}

func runHistDDAs[T Real](c histDDCase) ([]*Array[float64], []func() bool) {
	var unchanged []func() bool
	input := func(name string) *Array[float64] {
		g, ok := c.In[name]
		if !ok {
			return nil
		}
		a := goldenAs[float64](g)
		before := a.ToSlice()
		unchanged = append(unchanged, func() bool { return ArrayEqual(FromSlice(before, a.Shape()...), a, EqualNaN()) })
		return a
	}
	points := func(name string) *Array[T] {
		a := applyView(goldenAs[T](c.In[name]), c.View)
		before := a.ToSlice()
		unchanged = append(unchanged, func() bool { return ArrayEqual(FromSlice(before, a.Shape()...), a, EqualNaN()) })
		return a
	}
	var opts []HistogramOption
	if c.Bins != nil {
		opts = append(opts, Bins(*c.Bins))
	}
	if c.EdgesAll {
		opts = append(opts, BinEdges(input("edges")))
	}
	if c.BinsEach != nil {
		opts = append(opts, BinsEach(c.BinsEach...))
	}
	if c.EdgesEach != nil {
		edges := make([]*Array[float64], len(c.EdgesEach))
		for i, name := range c.EdgesEach {
			if name != nil {
				edges[i] = input(*name)
			}
		}
		opts = append(opts, BinEdgesEach(edges...))
	}
	if c.Range != nil {
		opts = append(opts, Range(gold.Float(c.Range[0]), gold.Float(c.Range[1])))
	}
	if c.RangeEach != nil {
		r := make([][2]float64, len(c.RangeEach))
		for i, lohi := range c.RangeEach {
			r[i] = [2]float64{gold.Float(lohi[0]), gold.Float(lohi[1])}
		}
		opts = append(opts, RangeEach(r...))
	}
	w := input("weights")
	if c.Op == "histogram2d" {
		x, y := points("x"), points("y")
		if c.View == "rev" && w != nil {
			w = reverseLast(w)
		}
		if c.Density {
			h, xe, ye := Histogram2dDensity(x, y, w, opts...)
			return []*Array[float64]{h, xe, ye}, unchanged
		}
		h, xe, ye := Histogram2d(x, y, w, opts...)
		return []*Array[float64]{h, xe, ye}, unchanged
	}
	sample := points("sample")
	if c.Density {
		h, e := HistogramDDDensity(sample, w, opts...)
		return append([]*Array[float64]{h}, e...), unchanged
	}
	h, e := HistogramDD(sample, w, opts...)
	return append([]*Array[float64]{h}, e...), unchanged
}

// TestHistogramDDPanics covers the mistakes that NumPy's histogramdd and
// histogram2d have no counterpart of, or spell otherwise.
func TestHistogramDDPanics(t *testing.T) {
	a := FromSlice([]float64{0, 1, 2, 3}, 4)
	e := FromSlice([]float64{0, 1, 2}, 3)
	for _, tc := range []struct {
		name string
		f    func()
		kind error
		msg  string
	}{
		{"Histogram/BinsEach", func() { Histogram(a, BinsEach(2)) }, ErrValue, "options of HistogramDD and Histogram2d"},
		{"HistogramWeighted/BinEdgesEach", func() { HistogramWeighted(a, a, BinEdgesEach(e)) }, ErrValue, "options of HistogramDD"},
		{"HistogramDensity/RangeEach", func() { HistogramDensity(a, nil, RangeEach([2]float64{0, 1})) }, ErrValue, "options of HistogramDD"},
		{"HistogramBinEdges/BinsEach", func() { HistogramBinEdges(a, BinsEach()) }, ErrValue, "options of HistogramDD"},
		// NumPy's histogram2d takes bins=[1, 2, 3] as edges for both.
		{"Histogram2d/BinsEach3", func() { Histogram2d(a, a, nil, BinsEach(1, 2, 3)) }, ErrValue,
			"The dimension of bins must be equal to the dimension of the  sample x."},
		{"Histogram2d/BinEdgesEach1", func() { Histogram2d(a, a, nil, BinEdgesEach(e)) }, ErrValue, "The dimension of bins"},
		{"Histogram2d/2-d", func() { Histogram2d(a.Reshape(2, 2), a.Reshape(2, 2), nil) }, ErrValue, "x and y must be 1-d arrays"},
		{"Histogram2d/0-d", func() { Histogram2d(Scalar(1.0), Scalar(2.0), nil) }, ErrValue, "x and y must be 1-d arrays"},
		{"Histogram2d/nil", func() { Histogram2d(a, nil, nil) }, ErrValue, "nil *Array[float64]"},
		{"HistogramDD/nil", func() { HistogramDD[int](nil, nil) }, ErrValue, "nil *Array[int]"},
		{"HistogramDD/3-d", func() { HistogramDD(Zeros[int](2, 2, 2), nil) }, ErrValue, "sample must be an (N, D) array, not 3-d"},
		{"HistogramDDDensity/weights0d", func() { HistogramDDDensity(a, Scalar(1.0)) }, ErrValue, "object of too small depth for desired array"},
	} {
		err := catch(tc.f)
		if !errors.Is(err, tc.kind) || !strings.Contains(fmt.Sprint(err), tc.msg) {
			t.Errorf("%s: got %v, want an error with %q", tc.name, err, tc.msg)
		}
	}
}

// TestHistogramDDOwnsItsArguments checks that the options keep their own
// copies of the slices given, and that the edges returned share no memory
// with the caller's or with each other.
func TestHistogramDDOwnsItsArguments(t *testing.T) {
	sample := FromSlice([]float64{0, 0, 1, 1, 2, 0.5}, 3, 2)
	ns := []int{2, 3}
	r := [][2]float64{{0, 2}, {0, 1}}
	opts := []HistogramOption{BinsEach(ns...), RangeEach(r...)}
	ns[0], r[0][1] = 5, 9
	hist, edges := HistogramDD(sample, nil, opts...)
	if !slices.Equal(hist.Shape(), []int{2, 3}) || !slices.Equal(edges[0].ToSlice(), []float64{0, 1, 2}) {
		t.Errorf("options changed with the caller's slices: shape %v, edges %v", hist.Shape(), edges[0])
	}
	e := FromSlice([]float64{0, 1, 2}, 3)
	_, edges = HistogramDD(sample, nil, BinEdges(e))
	edges[0].Set(7, 0)
	if e.At(0) != 0 || edges[1].At(0) != 0 {
		t.Errorf("returned edges share memory: given %v, edges %v %v", e, edges[0], edges[1])
	}
}

// TestHistogramDDEmptyOptions checks that per-dimension options with no
// entries count as given, for a sample of one dimension or more.
func TestHistogramDDEmptyOptions(t *testing.T) {
	sample := Zeros[float64](3, 2)
	for name, o := range map[string]HistogramOption{"BinsEach": BinsEach(), "BinEdgesEach": BinEdgesEach(), "RangeEach": RangeEach()} {
		if err := catch(func() { HistogramDD(sample, nil, o) }); !errors.Is(err, ErrValue) {
			t.Errorf("%s(): got %v, want a *ValueError", name, err)
		}
	}
}
