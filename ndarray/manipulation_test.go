package ndarray

import (
	"errors"
	"fmt"
	gold "github.com/numgo/numgo/internal/golden"
	"strings"
	"testing"
)

// manipCase is one case of testdata/gen_manip.py: NumPy's result (Out or
// Outs) or exception (Kind, Error) for Op on the inputs In, the first taken
// through View.
type manipCase struct {
	Op      string
	In      []golden
	View    string
	Axis    *int
	Axes    []int
	N       int
	Indices []int
	Reps    []int
	Repeats []int
	Shift   int
	Widths  [][2]int
	Mode    string
	Value   any
	Flat    bool
	Side    string
	Out     *golden
	Outs    []golden
	Error   string
	Kind    string
}

func loadManip(t *testing.T) []manipCase {
	t.Helper()
	var cases []manipCase
	loadGolden(t, "testdata/manip/cases.json", &cases)
	return cases
}

// axisArg returns the case's axis as Go's optional-axis argument list.
func (c manipCase) axisArg() []int {
	if c.Axis == nil {
		return nil
	}
	return []int{*c.Axis}
}

// applyView takes the view of a that gen_manip.py names, built by hand so
// that these tests do not depend on the slice parser.
func applyView[T Dtype](a *Array[T], view string) *Array[T] {
	switch view {
	case "t":
		return a.T()
	case "rev":
		return reverseLast(a)
	}
	return a
}

var errorKinds = map[string]error{"shape": ErrShape, "axis": ErrAxis, "index": ErrIndex, "value": ErrValue}

// goldenOutcome checks a golden case's outcome: with kind set, a panic
// matching errorKinds[kind] whose message holds msg (NumPy's exception);
// otherwise none. It reports whether the case's results are to be compared.
func goldenOutcome(t *testing.T, name string, err error, kind, msg string) bool {
	t.Helper()
	switch {
	case kind != "":
		if !errors.Is(err, errorKinds[kind]) || !strings.Contains(fmt.Sprint(err), msg) {
			t.Errorf("%s: got error %v, want %s error %q", name, err, kind, msg)
		}
		return false
	case err != nil:
		t.Errorf("%s: unexpected panic %v", name, err)
		return false
	}
	return true
}

func TestManipGolden(t *testing.T) {
	for i, c := range loadManip(t) {
		dtype := "int64"
		if len(c.In) > 0 {
			dtype = c.In[0].Dtype
		}
		name := fmt.Sprintf("#%d %s/%s/%s", i, c.Op, dtype, c.View)
		var got []any
		err := catch(func() {
			switch dtype {
			case "int64":
				got = runCase(t, c, runSorting[int64])
			case "float64":
				got = runCase(t, c, runSorting[float64])
			case "float32":
				got = runCase(t, c, runSorting[float32])
			case "uint8":
				got = runCase(t, c, runSorting[uint8])
			case "int8":
				got = runCase(t, c, runSorting[int8])
			case "int16":
				got = runCase(t, c, runSorting[int16])
			case "int32":
				got = runCase(t, c, runSorting[int32])
			case "uint16":
				got = runCase(t, c, runSorting[uint16])
			case "uint32":
				got = runCase(t, c, runSorting[uint32])
			case "uint64":
				got = runCase(t, c, runSorting[uint64])
			case "bool":
				got = runCase(t, c, runSorting[bool])
			case "complex128":
				got = runCase(t, c, runSorting[complex128])
			case "complex64":
				got = runCase(t, c, runSorting[complex64])
			default:
				t.Fatalf("%s: no runner for dtype %s", name, dtype)
			}
		})
		if !goldenOutcome(t, name, err, c.Kind, c.Error) {
			continue
		}
		want := c.Outs
		if c.Out != nil {
			want = []golden{*c.Out}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d results, NumPy has %d", name, len(got), len(want))
			continue
		}
		for j := range got {
			checkResult(t, fmt.Sprintf("%s[%d]", name, j), got[j], want[j])
		}
	}
}

func checkResult(t *testing.T, name string, got any, want golden) {
	t.Helper()
	switch g := got.(type) {
	case *Array[int64]:
		checkArray(t, name, g, want)
	case *Array[float64]:
		checkArray(t, name, g, want)
	case *Array[float32]:
		checkArray(t, name, g, want)
	case *Array[uint8]:
		checkArray(t, name, g, want)
	case *Array[int8]:
		checkArray(t, name, g, want)
	case *Array[int16]:
		checkArray(t, name, g, want)
	case *Array[int32]:
		checkArray(t, name, g, want)
	case *Array[uint16]:
		checkArray(t, name, g, want)
	case *Array[uint32]:
		checkArray(t, name, g, want)
	case *Array[uint64]:
		checkArray(t, name, g, want)
	case *Array[bool]:
		checkArray(t, name, g, want)
	case *Array[int]:
		checkArray(t, name, g, want)
	case *Array[complex128]:
		checkArray(t, name, g, want)
	case *Array[complex64]:
		checkArray(t, name, g, want)
	default:
		t.Fatalf("%s: unexpected result type %T", name, got)
	}
}

// runCase runs c on inputs of dtype T; sorting runs the ops that need a
// Real dtype (nil for bool). Inputs other than those written in place must
// come out unchanged, and views and copies must be what the docs say.
func runCase[T Dtype](t *testing.T, c manipCase, sorting func(*testing.T, manipCase, []*Array[T]) []any) []any {
	ins := make([]*Array[T], len(c.In))
	for i, g := range c.In {
		if i == 0 || g.Dtype == c.In[0].Dtype {
			ins[i] = goldenAs[T](g)
		}
	}
	if len(ins) > 0 {
		ins[0] = applyView(ins[0], c.View)
	}
	var before [][]T
	for _, a := range ins {
		if a != nil {
			before = append(before, a.ToSlice())
		}
	}
	res, views := runManip(c, ins)
	joined := res != nil
	if res == nil {
		res = runIndexing(c, ins)
	}
	if res == nil && sorting != nil {
		res = sorting(t, c, ins)
	}
	if res == nil {
		t.Fatalf("no runner for %s on %s", c.Op, c.In[0].Dtype)
	}
	if c.Op != "set_mask" && c.Op != "put" {
		j := 0
		for _, a := range ins {
			if a != nil {
				if !sameSlice(a.ToSlice(), before[j]) {
					t.Errorf("%s: input %d modified", c.Op, j)
				}
				j++
			}
		}
	}
	for _, r := range res {
		if r, ok := r.(*Array[T]); ok && joined && len(ins) > 0 && r.Size() > 0 && sharesData(r, ins[0]) != views {
			t.Errorf("%s: result shares memory with the input: %v, want %v", c.Op, !views, views)
		}
	}
	return res
}

func sameSlice[T Dtype](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && (a[i] == a[i] || b[i] == b[i]) {
			return false
		}
	}
	return true
}

// runManip runs the joining, splitting, tiling and padding ops, reporting
// whether their results are views; it returns nil for other ops.
func runManip[T Dtype](c manipCase, ins []*Array[T]) (res []any, views bool) {
	one := func(a *Array[T]) []any { return []any{a} }
	all := func(as []*Array[T]) []any {
		out := make([]any, len(as))
		for i, a := range as {
			out[i] = a
		}
		return out
	}
	axis := 0
	if c.Axis != nil {
		axis = *c.Axis
	}
	switch c.Op {
	case "concatenate":
		return one(Concatenate(ins, axis)), false
	case "stack":
		return one(Stack(ins, axis)), false
	case "hstack":
		return one(HStack(ins)), false
	case "vstack":
		return one(VStack(ins)), false
	case "dstack":
		return one(DStack(ins)), false
	case "split":
		return all(Split(ins[0], c.N, axis)), true
	case "array_split":
		return all(ArraySplit(ins[0], c.N, axis)), true
	case "split_at":
		return all(SplitAt(ins[0], c.Indices, axis)), true
	case "tile":
		return one(Tile(ins[0], c.Reps...)), false
	case "repeat":
		return one(Repeat(ins[0], c.N, c.axisArg()...)), false
	case "repeat_each":
		return one(RepeatEach(ins[0], c.Repeats, c.axisArg()...)), false
	case "flip":
		return one(Flip(ins[0], c.Axes...)), true
	case "roll":
		return one(Roll(ins[0], c.Shift, c.Axes...)), false
	case "pad":
		mode := map[string]PadMode{"constant": PadConstant, "edge": PadEdge, "reflect": PadReflect,
			"symmetric": PadSymmetric, "wrap": PadWrap}[c.Mode]
		return one(Pad(ins[0], c.Widths, mode)), false
	case "pad_with":
		return one(PadWith(ins[0], c.Widths, gold.Value[T](c.Value))), false
	}
	return nil, false
}

func TestSplitViewsAlias(t *testing.T) {
	a := Arange(12).Reshape(3, 4)
	parts := Split(a, 2, 1)
	parts[1].Set(-1, 0, 0)
	if a.At(0, 2) != -1 {
		t.Errorf("Split part is not a view: a[0,2] = %d", a.At(0, 2))
	}
	Flip(a).Set(-2, 0, 0)
	if a.At(2, 3) != -2 {
		t.Errorf("Flip is not a view: a[2,3] = %d", a.At(2, 3))
	}
}

func TestTileRepeatEmptyAndZeroD(t *testing.T) {
	z := Zeros[float64](0, 3)
	if got := Tile(z, 2, 2).Shape(); !sameShape(got, []int{0, 6}) {
		t.Errorf("Tile of (0,3) by (2,2): shape %v, want [0 6]", got)
	}
	if got := Repeat(z, 2, 1).Shape(); !sameShape(got, []int{0, 6}) {
		t.Errorf("Repeat of (0,3) along 1: shape %v, want [0 6]", got)
	}
	if got := Roll(Scalar(4), 3).ToSlice(); len(got) != 1 || got[0] != 4 {
		t.Errorf("Roll of a 0-d array: %v", got)
	}
	if err := catch(func() { Repeat(z, 2, 0, 1) }); !errors.Is(err, ErrValue) {
		t.Errorf("Repeat with two axes: %v, want a value error", err)
	}
}

func ExampleConcatenate() {
	a := FromSlice([]int{1, 2, 3, 4}, 2, 2)
	b := FromSlice([]int{5, 6}, 1, 2)
	fmt.Println(Concatenate([]*Array[int]{a, b}, 0))
	// Output:
	// [[1 2]
	//  [3 4]
	//  [5 6]]
}

func ExampleStack() {
	a := FromSlice([]int{1, 2, 3})
	b := FromSlice([]int{4, 5, 6})
	fmt.Println(Stack([]*Array[int]{a, b}, 1))
	// Output:
	// [[1 4]
	//  [2 5]
	//  [3 6]]
}

func ExampleSplit() {
	for _, part := range Split(Arange(6), 3, 0) {
		fmt.Println(part.ToSlice())
	}
	// Output:
	// [0 1]
	// [2 3]
	// [4 5]
}

func ExampleRepeat() {
	a := FromSlice([]int{1, 2, 3, 4}, 2, 2)
	fmt.Println(Repeat(a, 2).ToSlice())
	fmt.Println(RepeatEach(a, []int{1, 2}, 0).ToSlice())
	// Output:
	// [1 1 2 2 3 3 4 4]
	// [1 2 3 4 3 4]
}

func ExampleTile() {
	fmt.Println(Tile(FromSlice([]int{1, 2}), 2, 2))
	// Output:
	// [[1 2 1 2]
	//  [1 2 1 2]]
}

func ExampleFlip() {
	a := Arange(6).Reshape(2, 3)
	fmt.Println(Flip(a, 1))
	fmt.Println(Flip(a))
	// Output:
	// [[2 1 0]
	//  [5 4 3]]
	// [[5 4 3]
	//  [2 1 0]]
}

func ExampleRoll() {
	fmt.Println(Roll(Arange(5), 2).ToSlice())
	// Output: [3 4 0 1 2]
}

func ExamplePad() {
	a := FromSlice([]int{1, 2, 3})
	w := [][2]int{{2, 2}}
	fmt.Println(Pad(a, w, PadConstant).ToSlice())
	fmt.Println(PadWith(a, w, 9).ToSlice())
	fmt.Println(Pad(a, w, PadEdge).ToSlice())
	fmt.Println(Pad(a, w, PadReflect).ToSlice())
	// Output:
	// [0 0 1 2 3 0 0]
	// [9 9 1 2 3 9 9]
	// [1 1 1 2 3 3 3]
	// [3 2 1 2 3 2 1]
}

// Benchmarks of the copies behind joining and padding, sized as the
// NumPy timings in the closing note of issue 4.
func benchMatrix() *Array[float64] {
	a := Zeros[float64](1000, 1000)
	for i := range a.data {
		a.data[i] = float64(i*7919%1000) - 500
	}
	return a
}

func BenchmarkConcatenateAxis1(b *testing.B) {
	m := benchMatrix()
	for b.Loop() {
		Concatenate([]*Array[float64]{m, m}, 1)
	}
}

func BenchmarkPadReflect(b *testing.B) {
	m := benchMatrix()
	for b.Loop() {
		Pad(m, [][2]int{{10, 10}}, PadReflect)
	}
}

func BenchmarkRollAxis1(b *testing.B) {
	m := benchMatrix()
	for b.Loop() {
		Roll(m, 7, 1)
	}
}

func BenchmarkTile(b *testing.B) {
	m := benchMatrix()
	for b.Loop() {
		Tile(m, 2, 2)
	}
}

func BenchmarkRepeat(b *testing.B) {
	x := benchMatrix().Ravel()
	for b.Loop() {
		Repeat(x, 2)
	}
}

// TestFlipEmpty flips arrays with no elements along axes longer than one:
// NumPy's np.flip(np.zeros((0, 4)), 1) is an ordinary empty (0, 4) array,
// and every path that reads the view must take it as one.
func TestFlipEmpty(t *testing.T) {
	for _, shape := range [][]int{{0, 4}, {4, 0}, {3, 0, 2}} {
		f := Flip(Zeros[float64](shape...))
		if fmt.Sprint(f.Shape()) != fmt.Sprint(shape) {
			t.Fatalf("Flip(Zeros%v).Shape() = %v", shape, f.Shape())
		}
		if n := len(f.ToSlice()); n != 0 {
			t.Errorf("Flip(Zeros%v).ToSlice() has %d elements", shape, n)
		}
		if e := Exp(f); fmt.Sprint(e.Shape()) != fmt.Sprint(shape) {
			t.Errorf("Exp(Flip(Zeros%v)).Shape() = %v", shape, e.Shape())
		}
		if c := Add(f, f.Copy()); c.Size() != 0 {
			t.Errorf("Add of Flip(Zeros%v) has %d elements", shape, c.Size())
		}
	}
}
