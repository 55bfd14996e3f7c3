package ndarray

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// creation2Case is one case of testdata/gen_creation2.py: NumPy's result
// (Out or Outs) or exception (Kind, Error) for Op on the inputs In, the
// first taken through View.
type creation2Case struct {
	Op         string
	In         []golden
	View       string
	K          int
	N          int
	M          *int // nil: Tri's m omitted
	Dtype      string
	Increasing bool
	Axes       []int
	Indexing   string
	Sparse     bool
	Copy       bool
	Shape      []int
	Out        *golden
	Outs       []golden
	Error      string
	Kind       string
}

// spaceCase is a Logspace or Geomspace case of gen_creation2.py.
type spaceCase struct {
	Op          string
	Start, Stop any
	Num         int
	Endpoint    bool
	Dtype       string
	Base        *float64
	Out         *golden
	Error       string
	Kind        string
}

func loadCreation2(t *testing.T) (cases []creation2Case, spaces []spaceCase) {
	t.Helper()
	var doc struct {
		Cases  []creation2Case
		Spaces []spaceCase
	}
	loadGolden(t, "testdata/creation2/cases.json", &doc)
	return doc.Cases, doc.Spaces
}

// checkOutcome checks that f panicked as NumPy raised (the error kind, and
// NumPy's message unless the case records none) or returned NumPy's results.
func checkOutcome(t *testing.T, name, kind, msg string, err error, got []any, want []golden) {
	t.Helper()
	if kind != "" {
		if !errors.Is(err, errorKinds[kind]) || !strings.Contains(fmt.Sprint(err), msg) {
			t.Errorf("%s: got error %v, want %s error %q", name, err, kind, msg)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: unexpected panic %v", name, err)
		return
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d results, NumPy has %d", name, len(got), len(want))
		return
	}
	for j := range got {
		checkResult(t, fmt.Sprintf("%s[%d]", name, j), got[j], want[j])
	}
}

func TestCreation2Golden(t *testing.T) {
	cases, _ := loadCreation2(t)
	for i, c := range cases {
		dtype := c.Dtype
		if len(c.In) > 0 {
			dtype = c.In[0].Dtype
		} else if dtype == "" {
			dtype = "float64" // Meshgrid of nothing
		}
		name := fmt.Sprintf("#%d %s/%s/%s k=%d", i, c.Op, dtype, c.View, c.K)
		var got []any
		err := catch(func() {
			switch {
			case c.Op == "indices" || c.Op == "unravel_index" || c.Op == "ravel_multi_index":
				got = runIndexCase(t, c)
			case dtype == "int64":
				got = runCreation2(t, c, vanderOf[int64])
			case dtype == "int32":
				got = runCreation2(t, c, vanderOf[int32])
			case dtype == "float64":
				got = runCreation2(t, c, vanderOf[float64])
			case dtype == "float32":
				got = runCreation2(t, c, vanderOf[float32])
			case dtype == "complex128":
				got = runCreation2(t, c, vanderOf[complex128])
			case dtype == "complex64":
				got = runCreation2(t, c, vanderOf[complex64])
			case dtype == "bool":
				got = runCreation2[bool](t, c, nil)
			default:
				t.Fatalf("%s: no runner for dtype %s", name, dtype)
			}
		})
		want := c.Outs
		if c.Out != nil {
			want = []golden{*c.Out}
		}
		checkOutcome(t, name, c.Kind, c.Error, err, got, want)
	}
}

func vanderOf[T Number](c creation2Case, x *Array[T]) *Array[T] { return Vander(x, c.N, c.Increasing) }

// runCreation2 runs c on inputs of dtype T (vander, for the Number dtypes,
// nil for bool). The inputs must come out unchanged, and a result must share
// memory with the first input exactly when it is documented as a view.
func runCreation2[T Dtype](t *testing.T, c creation2Case, vander func(creation2Case, *Array[T]) *Array[T]) []any {
	ins := make([]*Array[T], len(c.In))
	before := make([][]T, len(c.In))
	for i, g := range c.In {
		ins[i] = goldenAs[T](g)
		if i == 0 {
			ins[0] = applyView(ins[0], c.View)
		}
		before[i] = ins[i].ToSlice()
	}
	var res []*Array[T]
	views := false
	switch c.Op {
	case "diag":
		res = []*Array[T]{Diag(ins[0], c.K)}
	case "diagflat":
		res = []*Array[T]{DiagFlat(ins[0], c.K)}
	case "tri":
		if c.M == nil {
			res = []*Array[T]{Tri[T](c.N)}
		} else {
			res = []*Array[T]{Tri[T](c.N, *c.M, c.K)}
		}
	case "tril":
		res = []*Array[T]{Tril(ins[0], c.K)}
	case "triu":
		res = []*Array[T]{Triu(ins[0], c.K)}
	case "vander":
		res = []*Array[T]{vander(c, ins[0])}
	case "rot90":
		res, views = []*Array[T]{Rot90(ins[0], c.K, c.Axes...)}, true
	case "meshgrid":
		var opts []MeshOption
		if c.Indexing == "ij" {
			opts = append(opts, MeshIJ())
		}
		if c.Sparse {
			opts = append(opts, MeshSparse())
		}
		if !c.Copy {
			opts = append(opts, MeshNoCopy())
		}
		res, views = Meshgrid(ins, opts...), !c.Copy && len(ins) > 0 && ins[0].Ndim() <= 1
	default:
		t.Fatalf("no runner for %s", c.Op)
	}
	for i, a := range ins {
		if !sameSlice(a.ToSlice(), before[i]) {
			t.Errorf("%s: input %d modified", c.Op, i)
		}
	}
	out := make([]any, len(res))
	for i, r := range res {
		if len(ins) > 0 && r.Size() > 0 && i == 0 && sharesData(r, ins[0]) != views {
			t.Errorf("%s: result shares memory with the input: %v, want %v", c.Op, !views, views)
		}
		out[i] = r
	}
	return out
}

// runIndexCase runs the index-grid cases, whose arrays are *Array[int].
func runIndexCase(t *testing.T, c creation2Case) []any {
	ins := make([]*Array[int], len(c.In))
	for i, g := range c.In {
		ins[i] = goldenAs[int](g)
	}
	if len(ins) > 0 {
		ins[0] = applyView(ins[0], c.View)
	}
	switch c.Op {
	case "indices":
		return []any{Indices(c.Shape...)}
	case "unravel_index":
		var out []any
		for _, a := range UnravelIndex(ins[0], c.Shape) {
			out = append(out, a)
		}
		return out
	case "ravel_multi_index":
		return []any{RavelMultiIndex(ins, c.Shape)}
	}
	t.Fatalf("no runner for %s", c.Op)
	return nil
}

func TestSpaceGolden(t *testing.T) {
	_, spaces := loadCreation2(t)
	for i, c := range spaces {
		name := fmt.Sprintf("#%d %s(%v, %v, %d, endpoint=%v, base=%v)/%s", i, c.Op, c.Start, c.Stop, c.Num,
			c.Endpoint, c.Base, c.Dtype)
		opts := []SpaceOption{Endpoint(c.Endpoint)}
		if c.Base != nil {
			opts = append(opts, Base(*c.Base))
		}
		start, stop := num(c.Start), num(c.Stop)
		// Both sides round base**y, within an ulp each; geomspace's y
		// comes from log10(start) and log10(stop), where Go's and glibc's
		// may differ by an ulp, which base**y magnifies by ln(10)·|y|.
		ulps := 4.0
		if y := max(math.Abs(math.Log10(math.Abs(start))), math.Abs(math.Log10(math.Abs(stop)))); c.Op == "geomspace" && y <= math.MaxFloat64 {
			ulps += 4 * math.Ln10 * y
		}
		var got any
		err := catch(func() {
			if c.Dtype == "float32" {
				got = runSpace(c, float32(start), float32(stop), opts)
			} else {
				got = runSpace(c, start, stop, opts)
			}
		})
		if c.Kind != "" || err != nil {
			checkOutcome(t, name, c.Kind, c.Error, err, nil, nil)
			continue
		}
		switch g := got.(type) {
		case *Array[float32]:
			checkClose[float32, float32](t, name, g, *c.Out, 1)
		case *Array[float64]:
			checkClose[float64, float64](t, name, g, *c.Out, ulps)
			if c.Op == "geomspace" && c.Num > 0 && !math.IsNaN(start) {
				// The ends are start and stop exactly, not 10**log10.
				if g.At(0) != start || c.Endpoint && c.Num > 1 && g.At(-1) != stop {
					t.Errorf("%s: ends %v, %v, want %v, %v", name, g.At(0), g.At(-1), start, stop)
				}
			}
		}
	}
}

func runSpace[T Float](c spaceCase, start, stop T, opts []SpaceOption) *Array[T] {
	if c.Op == "logspace" {
		return Logspace(start, stop, c.Num, opts...)
	}
	return Geomspace(start, stop, c.Num, opts...)
}

// TestMeshgridViews checks what MeshNoCopy and the default give: copies
// that are independent and writable, views that alias the inputs, the
// dense ones read-only.
func TestMeshgridViews(t *testing.T) {
	x, y := Arange(3), Arange(10, 12)
	g := Meshgrid([]*Array[int]{x, y})
	g[0].Set(-1, 0, 0)
	if x.At(0) != 0 || !g[0].IsContiguous() {
		t.Errorf("Meshgrid's default result is not a contiguous copy")
	}
	s := Meshgrid([]*Array[int]{x, y}, MeshSparse(), MeshNoCopy())
	s[1].Set(-2, 1, 0)
	if y.At(1) != -2 {
		t.Errorf("MeshSparse, MeshNoCopy: grid 1 is not a view of y")
	}
	d := Meshgrid([]*Array[int]{x, y}, MeshNoCopy())
	if err := catch(func() { d[0].Set(5, 0, 0) }); !errors.Is(err, ErrValue) {
		t.Errorf("MeshNoCopy: writing to a dense grid: %v, want a read-only *ValueError", err)
	}
	if got := Meshgrid[int](nil); len(got) != 0 {
		t.Errorf("Meshgrid of nothing: %d grids", len(got))
	}
}

// TestTriExtremeK checks that Tri's k far beyond either end does not
// overflow: all ones for the largest k, all zeros for the smallest.
func TestTriExtremeK(t *testing.T) {
	if got := Tri[int](2, 3, math.MaxInt).ToSlice(); !sameSlice(got, []int{1, 1, 1, 1, 1, 1}) {
		t.Errorf("Tri(2, 3, MaxInt) = %v, want all ones", got)
	}
	if got := Tri[int](2, 3, math.MinInt).ToSlice(); !sameSlice(got, []int{0, 0, 0, 0, 0, 0}) {
		t.Errorf("Tri(2, 3, MinInt) = %v, want all zeros", got)
	}
}

// TestRot90IsView checks that Rot90's result writes through to its input.
func TestRot90IsView(t *testing.T) {
	a := Arange(6).Reshape(2, 3)
	Rot90(a, 1).Set(-1, 0, 0) // a's top right corner
	if a.At(0, 2) != -1 {
		t.Errorf("Rot90 is not a view: a = %v", a)
	}
}

func ExampleDiag() {
	fmt.Println(Diag(FromSlice([]int{1, 2}), 1))
	fmt.Println(Diag(Arange(9).Reshape(3, 3), -1))
	// Output:
	// [[0 1 0]
	//  [0 0 2]
	//  [0 0 0]]
	// [3 7]
}

func ExampleTril() {
	fmt.Println(Tril(Arange(1, 10).Reshape(3, 3), 0))
	fmt.Println(Triu(Arange(1, 10).Reshape(3, 3), 1))
	// Output:
	// [[1 0 0]
	//  [4 5 0]
	//  [7 8 9]]
	// [[0 2 3]
	//  [0 0 6]
	//  [0 0 0]]
}

func ExampleMeshgrid() {
	xs := []*Array[int]{FromSlice([]int{1, 2, 3}), FromSlice([]int{10, 20})}
	for _, g := range Meshgrid(xs) {
		fmt.Println(g)
	}
	for _, g := range Meshgrid(xs, MeshIJ(), MeshSparse()) {
		fmt.Println(g.Shape())
	}
	// Output:
	// [[1 2 3]
	//  [1 2 3]]
	// [[10 10 10]
	//  [20 20 20]]
	// [3 1]
	// [1 2]
}

func ExampleGeomspace() {
	fmt.Println(Geomspace(1.0, 1000.0, 4))
	fmt.Println(Logspace(0.0, 3.0, 4, Base(2)))
	// Output:
	// [   1.   10.  100. 1000.]
	// [1. 2. 4. 8.]
}

func ExampleRot90() {
	fmt.Println(Rot90(Arange(6).Reshape(2, 3), 1))
	// Output:
	// [[2 5]
	//  [1 4]
	//  [0 3]]
}

func ExampleUnravelIndex() {
	idx := UnravelIndex(FromSlice([]int{5, 11}), []int{3, 4})
	fmt.Println(idx[0], idx[1])
	fmt.Println(RavelMultiIndex(idx, []int{3, 4}))
	fmt.Println(Indices(2, 3))
	// Output:
	// [1 2] [1 3]
	// [ 5 11]
	// [[[0 0 0]
	//   [1 1 1]]
	//
	//  [[0 1 2]
	//   [0 1 2]]]
}

func ExampleVander() {
	fmt.Println(Vander(FromSlice([]int{1, 2, 3}), 3, false))
	// Output:
	// [[1 1 1]
	//  [4 2 1]
	//  [9 3 1]]
}
