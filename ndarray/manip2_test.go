package ndarray

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	gold "github.com/numgo/numgo/internal/golden"
)

// manip2Case is one case of testdata/gen_manip2.py: NumPy's result (Out)
// or exception (Kind, Error) for Op on arrays of Dtype, the first input
// taken through View. Masks are bool and Choose's indices int64 inputs.
type manip2Case struct {
	Op      string
	Dtype   string
	In      []golden
	View    string
	Axis    *int
	Obj     []int
	Index   *int
	Shape   []int
	Trim    string
	Nchoice int
	Default any
	Out     *golden
	Error   string
	Kind    string
}

// manip2Runners runs a case on arrays of the Go type named by its dtype.
var manip2Runners = map[string]func(*testing.T, string, manip2Case){
	"bool": runManip2[bool], "int8": runManip2[int8], "int16": runManip2[int16], "int32": runManip2[int32],
	"int64": runManip2[int64], "uint8": runManip2[uint8], "uint16": runManip2[uint16],
	"uint32": runManip2[uint32], "uint64": runManip2[uint64], "float32": runManip2[float32],
	"float64": runManip2[float64], "complex64": runManip2[complex64], "complex128": runManip2[complex128],
}

func TestManip2Golden(t *testing.T) {
	var cases []manip2Case
	loadGolden(t, "testdata/manip2/cases.json", &cases)
	counts := map[string]int{}
	for i, c := range cases {
		name := fmt.Sprintf("#%d %s/%s/%s", i, c.Op, c.Dtype, c.View)
		run, ok := manip2Runners[c.Dtype]
		if !ok {
			t.Fatalf("%s: no runner for dtype %s", name, c.Dtype)
		}
		run(t, name, c)
		counts[c.Dtype]++
		if c.Dtype == "int64" { // Go's int, NumPy's default integer, too
			runManip2[int](t, name+"/int", c)
			counts["int"]++
		}
	}
	t.Logf("%d cases, by dtype %v", len(cases), counts)
}

// manip2View takes the view of a that gen_manip2.py names: applyView's,
// or "bcast", a's first column broadcast over the others (read-only).
func manip2View[T Dtype](a *Array[T], view string) *Array[T] {
	if view == "bcast" {
		nd := a.Ndim()
		return a.axisSlice(nd-1, 0, 1).BroadcastTo(a.shape...)
	}
	return applyView(a, view)
}

// runManip2 runs c on arrays of T and checks the result or the error, that
// the inputs are unchanged (but for the array Place and Putmask write),
// and that results are views or fresh arrays as documented.
func runManip2[T Dtype](t *testing.T, name string, c manip2Case) {
	t.Helper()
	ins := make([]*Array[T], len(c.In))
	masks := make([]*Array[bool], len(c.In))
	var idx *Array[int]
	var before []func() bool // each reports whether an input is unchanged
	for i, g := range c.In {
		switch c.role(i) {
		case 'm':
			masks[i] = goldenAs[bool](g)
		case 'i':
			idx = goldenAs[int](g)
		default:
			ins[i] = goldenAs[T](g)
			if i == 0 {
				ins[0] = manip2View(ins[0], c.View)
			}
			if i > 0 || (c.Op != "place" && c.Op != "putmask") {
				a, s := ins[i], ins[i].ToSlice()
				before = append(before, func() bool { return sameSlice(a.ToSlice(), s) })
			}
		}
	}
	var got *Array[T]
	var gotInt *Array[int]
	err := catch(func() { got, gotInt = callManip2(c, ins, masks, idx) })
	for i, same := range before {
		if !same() {
			t.Errorf("%s: input %d modified", name, i)
		}
	}
	if erred(t, name, err, c.Kind, c.Error) {
		return
	}
	if gotInt != nil {
		checkResult(t, name, gotInt, *c.Out)
		return
	}
	checkResult(t, name, got, *c.Out)
	switch c.Op {
	case "place", "putmask":
	case "atleast_1d", "atleast_2d", "atleast_3d", "trim_zeros":
		if got.Size() > 0 && !sharesData(got, ins[0]) {
			t.Errorf("%s: result is a copy, want a view", name)
		}
	default:
		for i, a := range ins {
			if a != nil && got.Size() > 0 && sharesData(got, a) {
				t.Errorf("%s: result shares memory with input %d", name, i)
			}
		}
	}
}

// erred checks the panic err of a case against the kind of error and the
// message NumPy's exception maps to (kind "" for none), and reports
// whether there was one to check.
func erred(t *testing.T, name string, err error, kind, msg string) bool {
	t.Helper()
	switch {
	case kind != "" && (!errors.Is(err, errorKinds[kind]) || !strings.Contains(fmt.Sprint(err), msg)):
		t.Errorf("%s: got error %v, want %s error %q", name, err, kind, msg)
	case kind == "" && err != nil:
		t.Errorf("%s: unexpected panic %v", name, err)
	}
	return kind != "" || err != nil
}

// role returns what input i of c is: 'm' a mask, 'i' Choose's indices,
// 'a' an array of the case's dtype.
func (c manip2Case) role(i int) byte {
	switch c.Op {
	case "compress", "extract", "place", "putmask":
		if i == 1 {
			return 'm'
		}
	case "select":
		if i >= c.Nchoice {
			return 'm'
		}
	case "choose":
		if i == len(c.In)-1 {
			return 'i'
		}
	}
	return 'a'
}

// callManip2 calls c's function: its result is an *Array[T], an
// *Array[int] (FlatNonzero), or the written array (Place, Putmask).
func callManip2[T Dtype](c manip2Case, ins []*Array[T], masks []*Array[bool], idx *Array[int]) (*Array[T], *Array[int]) {
	var axis []int
	if c.Axis != nil {
		axis = []int{*c.Axis}
	}
	switch c.Op {
	case "insert":
		if c.Index != nil {
			return InsertAt(ins[0], *c.Index, ins[1], axis...), nil
		}
		return Insert(ins[0], c.Obj, ins[1], axis...), nil
	case "delete":
		return Delete(ins[0], c.Obj, axis...), nil
	case "append":
		return Append(ins[0], ins[1], axis...), nil
	case "resize":
		return Resize(ins[0], c.Shape...), nil
	case "column_stack":
		return ColumnStack(ins), nil
	case "atleast_1d":
		return AtLeast1d(ins[0]), nil
	case "atleast_2d":
		return AtLeast2d(ins[0]), nil
	case "atleast_3d":
		return AtLeast3d(ins[0]), nil
	case "trim_zeros":
		return TrimZeros(ins[0], c.Trim), nil
	case "flatnonzero":
		return nil, FlatNonzero(ins[0])
	case "compress":
		return Compress(masks[1], ins[0], axis...), nil
	case "extract":
		return Extract(masks[1], ins[0]), nil
	case "place":
		Place(ins[0], masks[1], ins[2])
		return ins[0], nil
	case "putmask":
		Putmask(ins[0], masks[1], ins[2])
		return ins[0], nil
	case "select":
		return Select(masks[c.Nchoice:], ins[:c.Nchoice], gold.Value[T](c.Default)), nil
	case "choose":
		return Choose(idx, ins[:len(ins)-1]), nil
	}
	panic("no runner for " + c.Op)
}

// TestManip2Differences pins the deliberate differences from NumPy 1.24
// that docs/numpy.md lists for these functions.
func TestManip2Differences(t *testing.T) {
	// TrimZeros takes 1-d arrays only; NumPy 1.24 also trims an (N, 1) array.
	err := catch(func() { TrimZeros(Zeros[int](3, 1), "fb") })
	if !errors.Is(err, ErrValue) {
		t.Errorf("TrimZeros of (3,1): got %v, want a *ValueError", err)
	}
	// Choose takes any number of choices; NumPy at most 32.
	choices := make([]*Array[int], 40)
	for k := range choices {
		choices[k] = Full(k*10, 2)
	}
	if got := Choose(FromSlice([]int{39, 33}, 2), choices).ToSlice(); got[0] != 390 || got[1] != 330 {
		t.Errorf("Choose from 40 choices: %v, want [390 330]", got)
	}
	// Results are C-ordered, where NumPy's insert and delete keep a
	// Fortran-ordered input's order.
	f := Arange(6).Reshape(3, 2).T()
	for name, r := range map[string]*Array[int]{
		"Insert": Insert(f, []int{0}, Scalar(9), 1), "Delete": Delete(f, []int{0}, 1),
	} {
		if !r.IsContiguous() {
			t.Errorf("%s of a Fortran-ordered array: strides %v, want C order", name, r.Strides())
		}
	}
	// Place and Putmask write into a; a broadcast view refuses.
	b := Arange(3).BroadcastTo(2, 3)
	for name, f := range map[string]func(){
		"Place":   func() { Place(b, Full(true, 2, 3), Scalar(1)) },
		"Putmask": func() { Putmask(b, Full(true, 2, 3), Scalar(1)) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s into a broadcast view: got %v, want a *ValueError", name, err)
		}
	}
}
