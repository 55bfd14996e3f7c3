package ndarray

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// setopsCase is one case of testdata/gen_setops.py: NumPy's result (Out or
// Outs) or exception (Kind, Error) for Op on the inputs In, each taken
// through View. For partitions Out is np.sort's result, which the
// partition must agree with at and between the kth; for convolutions of
// floats Bound is the convolution of the inputs' absolute values.
type setopsCase struct {
	Op                  string
	In                  []golden
	View                string
	Kth                 []int
	Axis                *int
	Flat                bool
	Mode                string
	AssumeUnique        bool `json:"assume_unique"`
	Invert              bool
	Axisa, Axisb, Axisc *int
	Bound               *golden
	Out                 *golden
	Outs                []golden
	Error               string
	Kind                string
}

func TestSetopsGolden(t *testing.T) {
	var cases []setopsCase
	loadGolden(t, "testdata/setops/cases.json", &cases)
	for i, c := range cases {
		dtype := "int64"
		if len(c.In) > 0 {
			dtype = c.In[0].Dtype
		}
		name := fmt.Sprintf("#%d %s/%s/%s", i, c.Op, dtype, c.View)
		switch dtype {
		case "int64":
			runSetops(t, name, c, numericOps[int64])
		case "int8":
			runSetops(t, name, c, numericOps[int8])
		case "uint8":
			runSetops(t, name, c, numericOps[uint8])
		case "float64":
			runSetops(t, name, c, numericOps[float64])
		case "float32":
			runSetops(t, name, c, numericOps[float32])
		case "complex128":
			runSetops(t, name, c, numericOps[complex128])
		case "bool":
			runSetops[bool](t, name, c, nil)
		default:
			t.Fatalf("%s: no runner for dtype %s", name, dtype)
		}
	}
}

// runSetops runs c on inputs of dtype T (numeric runs the ops that take
// numbers only) and checks the result, the error, and that the inputs are
// unchanged.
func runSetops[T Dtype](t *testing.T, name string, c setopsCase, numeric func(setopsCase, []*Array[T]) []any) {
	t.Helper()
	ins := make([]*Array[T], len(c.In))
	before := make([][]T, len(c.In))
	for i, g := range c.In {
		ins[i] = applyView(goldenAs[T](g), c.View)
		before[i] = ins[i].ToSlice()
	}
	var got []any
	err := catch(func() {
		if got = setOps(c, ins); got == nil && numeric != nil {
			got = numeric(c, ins)
		}
	})
	for i, a := range ins {
		if !sameSlice(a.ToSlice(), before[i]) {
			t.Errorf("%s: input %d modified", name, i)
		}
	}
	switch {
	case !goldenOutcome(t, name, err, c.Kind, c.Error):
		return
	case got == nil:
		t.Fatalf("%s: no runner for %s", name, c.Op)
	case c.Op == "partition" || c.Op == "argpartition":
		checkPartition(t, name, c, ins[0], got[0])
		return
	}
	want := c.Outs
	if c.Out != nil {
		want = []golden{*c.Out}
	}
	if len(got) != len(want) {
		t.Fatalf("%s: %d results, NumPy has %d", name, len(got), len(want))
	}
	for j := range got {
		if c.Bound != nil {
			checkBounded(t, name, got[j], *c.Out, *c.Bound, min(ins[0].Size(), ins[1].Size()))
		} else {
			checkResult(t, fmt.Sprintf("%s[%d]", name, j), got[j], want[j])
		}
	}
}

// setOps runs the ops that take every dtype; it returns nil for others.
func setOps[T Dtype](c setopsCase, ins []*Array[T]) []any {
	var opts []SetOption
	if c.AssumeUnique {
		opts = append(opts, AssumeUnique())
	}
	if c.Invert {
		opts = append(opts, NotIn())
	}
	var sortOpts []SortOption
	switch {
	case c.Flat:
		sortOpts = []SortOption{SortFlat()}
	case c.Axis != nil:
		sortOpts = []SortOption{SortAxis(*c.Axis)}
	}
	switch c.Op {
	case "isin":
		return []any{IsIn(ins[0], ins[1], opts...)}
	case "intersect1d":
		return []any{Intersect1d(ins[0], ins[1], opts...)}
	case "intersect1d_indices":
		v, ia, ib := Intersect1dIndices(ins[0], ins[1], opts...)
		return []any{v, ia, ib}
	case "union1d":
		return []any{Union1d(ins[0], ins[1])}
	case "setdiff1d":
		return []any{SetDiff1d(ins[0], ins[1], opts...)}
	case "setxor1d":
		return []any{SetXor1d(ins[0], ins[1], opts...)}
	case "partition":
		return []any{Partition(ins[0], c.Kth, sortOpts...)}
	case "argpartition":
		return []any{ArgPartition(ins[0], c.Kth, sortOpts...)}
	case "lexsort":
		return []any{LexSort(ins, sortOpts...)}
	}
	return nil
}

var convolveModes = map[string]ConvolveMode{"full": ConvolveFull, "same": ConvolveSame, "valid": ConvolveValid}

// numericOps runs the ops that take numbers only.
func numericOps[T Number](c setopsCase, ins []*Array[T]) []any {
	switch c.Op {
	case "convolve", "correlate":
		// Split from 64 products, so that all but the shortest cases
		// take the goroutine path.
		f := map[string]func(a, v *Array[T], mode ConvolveMode) *Array[T]{"convolve": Convolve[T], "correlate": Correlate[T]}[c.Op]
		var out *Array[T]
		withParallelMin(64, func() { out = f(ins[0], ins[1], convolveModes[c.Mode]) })
		return []any{out}
	case "cross":
		var opts []CrossOption
		for _, o := range []struct {
			axis *int
			opt  func(int) CrossOption
		}{{c.Axis, CrossAxis}, {c.Axisa, CrossAxisA}, {c.Axisb, CrossAxisB}, {c.Axisc, CrossAxisC}} {
			if o.axis != nil {
				opts = append(opts, o.opt(*o.axis))
			}
		}
		return []any{Cross(ins[0], ins[1], opts...)}
	}
	return nil
}

// checkPartition checks a result of Partition (or of ArgPartition, whose
// indices must be a permutation of each lane) of a against NumPy's sorted
// lanes: each stretch between the kth, and each kth, must hold the sorted
// lane's elements there (in any order within the stretch).
func checkPartition[T Dtype](t *testing.T, name string, c setopsCase, a *Array[T], got any) {
	t.Helper()
	sorted := goldenAs[T](*c.Out)
	src, axis := a, 0
	if a.Ndim() == 0 {
		src = a.Reshape(1) // ArgPartition ravels a 0-d array
	}
	if c.Flat {
		src = a.Ravel()
	} else {
		axis = normAxis("test", *c.Axis, src.Ndim())
	}
	vals, ok := got.(*Array[T])
	if idx, isIdx := got.(*Array[int]); isIdx {
		if !sameShape(idx.shape, src.shape) {
			t.Errorf("%s: shape %v, want %v", name, idx.shape, src.shape)
			return
		}
		if n := src.shape[axis]; n > 0 {
			perm := idx.MoveAxis(axis, -1).ToSlice()
			for lo := 0; lo < len(perm); lo += n {
				if lane := slices.Sorted(slices.Values(perm[lo : lo+n])); !slices.Equal(lane, Arange(n).data) {
					t.Errorf("%s: indices %v are not a permutation", name, perm[lo:lo+n])
					return
				}
			}
		}
		vals, ok = TakeAlongAxis(src, idx, axis), true
	}
	if !ok || !sameShape(vals.shape, sorted.shape) {
		t.Errorf("%s: got %v, want shape %v", name, got, sorted.shape)
		return
	}
	n := src.shape[axis]
	if vals.Size() == 0 {
		return
	}
	// Stretch bounds: 0, k1, k1+1, k2, k2+1, ..., n for the kth in order.
	bounds := []int{0, n}
	for _, k := range c.Kth {
		bounds = append(bounds, (k+n)%n, (k+n)%n+1)
	}
	slices.Sort(bounds)
	g, w := vals.MoveAxis(axis, -1).ToSlice(), sorted.MoveAxis(axis, -1).ToSlice()
	for lo := 0; lo < len(g); lo += n {
		for i := 1; i < len(bounds); i++ {
			b, e := lo+bounds[i-1], lo+bounds[i]
			if part := Sort(FromSlice(slices.Clone(g[b:e]))).data; !sameSlice(part, w[b:e]) {
				t.Errorf("%s: lane %v: elements %d:%d are %v, NumPy's sort has %v there",
					name, g[lo:lo+n], bounds[i-1], bounds[i], g[b:e], w[b:e])
				return
			}
		}
	}
}

// checkBounded compares a convolution of floats with NumPy's to within
// the rounding error of sums of n products: 4·n·ε times bound, the
// convolution of the absolute values; non-finite values exactly.
func checkBounded(t *testing.T, name string, got any, want, bound golden, n int) {
	t.Helper()
	var g *Array[complex128]
	eps := 0x1p-53
	switch a := got.(type) {
	case *Array[float64]:
		g = Convert[complex128](a)
	case *Array[float32]:
		g, eps = Convert[complex128](a), 0x1p-24
	case *Array[complex128]:
		g = a
	default:
		t.Fatalf("%s: unexpected result type %T", name, got)
	}
	w, b := goldenAs[complex128](want), goldenAs[float64](bound)
	if !sameShape(g.shape, w.shape) {
		t.Errorf("%s: shape %v, want %v", name, g.shape, w.shape)
		return
	}
	tol := 4 * float64(n) * eps
	for i, x := range g.data {
		y := w.data[i]
		for _, p := range [][2]float64{{real(x), real(y)}, {imag(x), imag(y)}} {
			finite := !math.IsInf(p[1], 0) && !math.IsNaN(p[1])
			if finite && math.Abs(p[0]-p[1]) > tol*b.data[i] || !finite && !same(p[0], p[1]) {
				t.Errorf("%s: element %d is %v, NumPy's %v (bound %g)", name, i, x, y, tol*b.data[i])
				return
			}
		}
	}
}

// TestPartitionRandom partitions random lanes of lengths about the
// insertion-sort cut-off and beyond, with few and many distinct values
// and adversarial orders, against Sort.
func TestPartitionRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	orders := map[string]func([]float64){
		"random":   func([]float64) {},
		"sorted":   func(x []float64) { slices.Sort(x) },
		"reversed": func(x []float64) { slices.Sort(x); slices.Reverse(x) },
		"organ": func(x []float64) {
			slices.Sort(x)
			slices.Reverse(x[len(x)/2:])
		},
	}
	for _, n := range []int{1, 2, 3, 12, 13, 14, 50, 1000, 5000} {
		for _, distinct := range []int{1, 3, 1 << 30} {
			for oname, order := range orders {
				x := make([]float64, n)
				for i := range x {
					x[i] = float64(rng.IntN(distinct))
				}
				order(x)
				want := Sort(FromSlice(x)).data
				for _, k := range []int{0, n / 3, n - 1} {
					name := fmt.Sprintf("n=%d/distinct=%d/%s/kth=%d", n, distinct, oname, k)
					p := Partition(FromSlice(x), []int{k}).data
					if p[k] != want[k] {
						t.Errorf("%s: p[k] = %v, want %v", name, p[k], want[k])
					}
					if slices.Max(p[:k+1]) != p[k] || slices.Min(p[k:]) != p[k] {
						t.Errorf("%s: not partitioned around %v", name, p[k])
					}
					idx := ArgPartition(FromSlice(x), []int{k}).data
					if x[idx[k]] != want[k] {
						t.Errorf("%s: ArgPartition gives %v at kth, want %v", name, x[idx[k]], want[k])
					}
				}
			}
		}
	}
}

// TestSelectFallback runs introselect's fall-back sort, which random data
// seldom reaches, by giving it a budget of a step or two.
func TestSelectFallback(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	less := func(p, q int) bool { return p < q }
	for _, budget := range []int{0, 1, 2} {
		for _, k := range []int{0, 17, 99} {
			x := rng.Perm(100)
			selectBudget(x, k, budget, less)
			if x[k] != k || slices.Max(x[:k+1]) != k || slices.Min(x[k:]) != k {
				t.Errorf("budget %d, kth %d: x[k] = %d, x = %v", budget, k, x[k], x)
			}
		}
	}
}

// TestLexSortFlat checks SortFlat, which numpy.lexsort lacks, against
// np.lexsort of the raveled keys (values from NumPy 1.24).
func TestLexSortFlat(t *testing.T) {
	secondary := FromSlice([]int{5, 4, 3, 2, 1, 0}, 2, 3)
	primary := FromSlice([]int{1, 0, 1, 0, 1, 0}, 2, 3)
	got := LexSort([]*Array[int]{secondary.T(), primary.T()}, SortFlat())
	if want := []int{5, 1, 2, 3, 4, 0}; !slices.Equal(got.ToSlice(), want) || got.Ndim() != 1 {
		t.Errorf("LexSort of transposed keys, SortFlat: %v, want %v", got, want)
	}
	got = LexSort([]*Array[int]{secondary, primary}, SortFlat())
	if want := []int{5, 3, 1, 4, 2, 0}; !slices.Equal(got.ToSlice(), want) {
		t.Errorf("LexSort with SortFlat: %v, want %v", got, want)
	}
}

func TestSetopsPanics(t *testing.T) {
	a := Arange(5)
	for name, f := range map[string]func(){
		"Partition no kth":    func() { Partition(a, nil) },
		"ArgPartition no kth": func() { ArgPartition(a, []int{}) },
		"Convolve mode":       func() { Convolve(a, a, ConvolveMode(3)) },
		"Correlate mode":      func() { Correlate(a, a, ConvolveMode(-1)) },
		"IsIn nil":            func() { IsIn(a, nil) },
		"LexSort nil":         func() { LexSort([]*Array[int]{a, nil}) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) {
			t.Errorf("%s: got %v, want a *ValueError", name, err)
		}
	}
}

func ExampleIsIn() {
	a := FromSlice([]int{0, 2, 4, 6}, 2, 2)
	fmt.Println(IsIn(a, FromSlice([]int{1, 2, 4, 8})))
	fmt.Println(IsIn(a, FromSlice([]int{1, 2, 4, 8}), NotIn()))
	// Output:
	// [[False  True]
	//  [ True False]]
	// [[ True False]
	//  [False  True]]
}

func ExampleIntersect1dIndices() {
	a, b := FromSlice([]int{1, 3, 4, 3}), FromSlice([]int{3, 1, 2, 1})
	fmt.Println(Intersect1d(a, b))
	v, ia, ib := Intersect1dIndices(a, b)
	fmt.Println(v, ia, ib)
	fmt.Println(Union1d(a, b), SetDiff1d(a, b), SetXor1d(a, b))
	// Output:
	// [1 3]
	// [1 3] [0 1] [1 0]
	// [1 2 3 4] [4] [2 4]
}

func ExamplePartition() {
	a := FromSlice([]float64{3, 4, 2, 1, math.NaN(), 0})
	p := Partition(a, []int{2})
	fmt.Println(p.At(2), slices.Max(p.ToSlice()[:2]) <= p.At(2))
	fmt.Println(ArgPartition(a, []int{-1}).At(-1)) // the NaN, which sorts last
	// Output:
	// 2 true
	// 4
}

func ExampleLexSort() {
	surnames := FromSlice([]int{2, 1, 2, 1})
	firstNames := FromSlice([]int{7, 9, 5, 9})
	// Sort by surname, then by first name; the tie keeps its order.
	fmt.Println(LexSort([]*Array[int]{firstNames, surnames}))
	// Output: [1 3 2 0]
}

func ExampleConvolve() {
	a, v := FromSlice([]float64{1, 2, 3}), FromSlice([]float64{0, 1, 0.5})
	fmt.Println(Convolve(a, v, ConvolveFull))
	fmt.Println(Convolve(a, v, ConvolveSame))
	fmt.Println(Correlate(a, v, ConvolveValid))
	// Output:
	// [0.  1.  2.5 4.  1.5]
	// [1.  2.5 4. ]
	// [3.5]
}

func ExampleCross() {
	x, y := FromSlice([]float64{1, 0, 0}), FromSlice([]float64{0, 1, 0})
	fmt.Println(Cross(x, y))
	fmt.Println(Cross(FromSlice([]float64{1, 2}), FromSlice([]float64{3, 4})))
	// Output:
	// [0. 0. 1.]
	// -2.0
}

// Benchmarks to set beside NumPy's: np.partition(a, 500_000) of 1e6
// normal float64 (NumPy 1.24 on this machine: about 18 ms, half of it the
// copy's fresh pages) and np.convolve of 1e5 by 31 elements (about 5 ms:
// a BLAS call per output element).
func benchNormal(n int) *Array[float64] {
	rng := rand.New(rand.NewPCG(5, 6))
	x := make([]float64, n)
	for i := range x {
		x[i] = rng.NormFloat64()
	}
	return FromSlice(x)
}

func BenchmarkPartition(b *testing.B) {
	a := benchNormal(1_000_000)
	for b.Loop() {
		Partition(a, []int{500_000})
	}
}

func BenchmarkConvolve(b *testing.B) {
	a, v := benchNormal(100_000), benchNormal(31)
	for b.Loop() {
		Convolve(a, v, ConvolveFull)
	}
}
