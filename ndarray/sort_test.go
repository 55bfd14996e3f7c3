package ndarray

import (
	"errors"
	"fmt"
	"math"
	"testing"
)

// runSorting runs the sorting and searching ops of gen_manip.py; it
// returns nil for other ops.
func runSorting[T Dtype](t *testing.T, c manipCase, ins []*Array[T]) []any {
	var opts []SortOption
	switch {
	case c.Flat:
		opts = append(opts, SortFlat())
	case c.Axis != nil:
		opts = append(opts, SortAxis(*c.Axis))
	}
	switch c.Op {
	case "sort":
		if c.Kind == "" {
			// The same sort in place, on a fresh copy of the same view.
			b := applyView(goldenAs[T](c.In[0]), c.View)
			SortInPlace(b, opts...)
			if c.Flat {
				b = b.Flatten()
			}
			checkArray(t, "SortInPlace", b, *c.Out)
		}
		return []any{Sort(ins[0], opts...)}
	case "argsort":
		return []any{ArgSort(ins[0], opts...)}
	case "unique":
		return []any{Unique(ins[0])}
	case "unique_counts":
		v, n := UniqueCounts(ins[0])
		return []any{v, n}
	case "unique_all":
		r := UniqueAll(ins[0])
		return []any{r.Values, r.Indices, r.Inverse, r.Counts}
	case "searchsorted":
		side := map[string]Side{"left": SideLeft, "right": SideRight}[c.Side]
		return []any{SearchSorted(ins[0], ins[1], side)}
	}
	return nil
}

func TestSortLargeLanes(t *testing.T) {
	// Long lanes along a strided axis exercise the scratch-buffer path;
	// compare against a reference insertion sort.
	const n = 300
	data := make([]float64, 2*n)
	for i := range data {
		data[i] = float64((i*7919)%613) - 300
	}
	data[17], data[400] = math.NaN(), math.NaN()
	a := FromSlice(data, n, 2)
	s := Sort(a, SortAxis(0))
	idx := ArgSort(a, SortAxis(0))
	for col := range 2 {
		prev := math.Inf(-1)
		for i := range n {
			v := s.At(i, col)
			if v < prev || (prev != prev && v == v) {
				t.Fatalf("column %d not sorted at %d: %v after %v", col, i, v, prev)
			}
			prev = v
			if got := a.At(idx.At(i, col), col); got != v && !(got != got && v != v) {
				t.Fatalf("ArgSort column %d position %d: a[idx] = %v, Sort gives %v", col, i, got, v)
			}
		}
	}
}

func ExampleSort() {
	a := FromSlice([]float64{3, math.NaN(), 1, 2, 0, -1}, 2, 3)
	fmt.Println(Sort(a))
	fmt.Println(Sort(a, SortAxis(0)))
	fmt.Println(Sort(a, SortFlat()))
	// Output:
	// [[ 1.  3. nan]
	//  [-1.  0.  2.]]
	// [[ 2.  0. -1.]
	//  [ 3. nan  1.]]
	// [-1.  0.  1.  2.  3. nan]
}

func TestSortInPlaceBroadcastPanics(t *testing.T) {
	b := FromSlice([]int{2, 1}).BroadcastTo(3, 2)
	if err := catch(func() { SortInPlace(b, SortAxis(0)) }); !errors.Is(err, ErrValue) {
		t.Errorf("SortInPlace of a broadcast view: %v, want a value error", err)
	}
}

func ExampleArgSort() {
	a := FromSlice([]int{30, 10, 20, 10})
	fmt.Println(ArgSort(a).ToSlice())
	// Output: [1 3 2 0]
}

func ExampleUniqueCounts() {
	v, n := UniqueCounts(FromSlice([]int{3, 1, 3, 2, 3, 1}))
	fmt.Println(v.ToSlice(), n.ToSlice())
	// Output: [1 2 3] [2 1 3]
}

func ExampleSearchSorted() {
	a := FromSlice([]int{1, 2, 2, 3})
	v := FromSlice([]int{2, 0, 5})
	fmt.Println(SearchSorted(a, v, SideLeft).ToSlice(), SearchSorted(a, v, SideRight).ToSlice())
	// Output: [1 0 4] [3 0 4]
}

func BenchmarkSort(b *testing.B) {
	x := benchMatrix().Ravel()
	for b.Loop() {
		Sort(x)
	}
}

func BenchmarkArgSort(b *testing.B) {
	x := benchMatrix().Ravel()
	for b.Loop() {
		ArgSort(x)
	}
}

func BenchmarkSortAxis0(b *testing.B) {
	m := benchMatrix()
	for b.Loop() {
		Sort(m, SortAxis(0))
	}
}

func BenchmarkUnique(b *testing.B) {
	x := Convert[int](benchMatrix().Ravel())
	for b.Loop() {
		Unique(x)
	}
}
