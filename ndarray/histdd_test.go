package ndarray

import (
	"errors"
	"fmt"
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
		if c.Kind != "" {
			if !errors.Is(err, errorKinds[c.Kind]) || !strings.Contains(fmt.Sprint(err), c.Error) {
				t.Errorf("%s: got error %v, want %s error %q", name, err, c.Kind, c.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: unexpected panic %v", name, err)
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
