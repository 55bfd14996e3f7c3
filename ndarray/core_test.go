package ndarray

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	gold "github.com/numgo/numgo/internal/golden"
)

// golden is an array as testdata/gen_*.py records it.
type golden gold.Array

func (g golden) array(t *testing.T) any {
	t.Helper()
	switch g.Dtype {
	case "bool":
		return goldenAs[bool](g)
	case "int8":
		return goldenAs[int8](g)
	case "int16":
		return goldenAs[int16](g)
	case "int32":
		return goldenAs[int32](g)
	case "int64":
		return goldenAs[int64](g)
	case "uint8":
		return goldenAs[uint8](g)
	case "uint16":
		return goldenAs[uint16](g)
	case "uint32":
		return goldenAs[uint32](g)
	case "uint64":
		return goldenAs[uint64](g)
	case "float32":
		return goldenAs[float32](g)
	case "float64":
		return goldenAs[float64](g)
	case "complex64":
		return goldenAs[complex64](g)
	case "complex128":
		return goldenAs[complex128](g)
	}
	t.Fatalf("unknown dtype %q", g.Dtype)
	return nil
}

func goldenAs[T Dtype](g golden) *Array[T] {
	return FromSlice(gold.Values[T](g.Data), g.Shape...)
}

type coreCases struct {
	Arange []struct {
		Args []any  `json:"args"`
		Out  golden `json:"out"`
	} `json:"arange"`
	Linspace []struct {
		Start, Stop float64
		Num         int
		Endpoint    bool
		Out         golden
	} `json:"linspace"`
	Large []largeCase `json:"large"`
	Eye   []struct {
		N, M, K int
		Out     golden
	} `json:"eye"`
	Convert []struct {
		In  golden `json:"in"`
		Out golden `json:"out"`
	} `json:"convert"`
	Reshape []struct {
		Chain    string
		Newshape []int
		View     bool
		Error    bool
		Out      golden
	} `json:"reshape"`
	Views []struct {
		Op   string
		Base []int
		Args []int
		Out  golden
	} `json:"views"`
}

// loadGolden reads the golden file at path into v, keeping numbers exact
// (json.Number).
func loadGolden(tb testing.TB, path string, v any) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	d := json.NewDecoder(f)
	d.UseNumber()
	if err := d.Decode(v); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
}

func loadCore(t *testing.T) coreCases {
	t.Helper()
	var c coreCases
	loadGolden(t, "testdata/core/cases.json", &c)
	return c
}

// checkArray compares got with NumPy's want: dtype, shape and values
// (floats to within a few ulps, NaNs equal).
func checkArray[T Dtype](t *testing.T, name string, got *Array[T], want golden) {
	t.Helper()
	if got.Dtype().String() != want.Dtype && !(got.Dtype() == Int && want.Dtype == "int64") {
		t.Errorf("%s: dtype %v, want %s", name, got.Dtype(), want.Dtype)
	}
	if !cmp.Equal(got.Shape(), append([]int{}, want.Shape...), cmpopts.EquateEmpty()) {
		t.Errorf("%s: shape %v, want %v", name, got.Shape(), want.Shape)
		return
	}
	w := make([]T, len(want.Data))
	for i, v := range want.Data {
		w[i] = gold.Value[T](v)
	}
	if diff := cmp.Diff(w, got.ToSlice(), cmpopts.EquateNaNs(), cmpopts.EquateApprox(0, 0), cmpopts.EquateEmpty(),
		equateComplexNaNs); diff != "" {
		t.Errorf("%s: values differ from NumPy (-numpy +numgo):\n%s", name, diff)
	}
}

// equateComplexNaNs compares complex numbers part by part, a NaN part
// equal to a NaN part (cmpopts.EquateNaNs covers floats only).
var equateComplexNaNs = cmp.Options{
	cmp.Comparer(func(x, y complex128) bool { return same(real(x), real(y)) && same(imag(x), imag(y)) }),
	cmp.Comparer(func(x, y complex64) bool { return same(real(x), real(y)) && same(imag(x), imag(y)) }),
}

func num(v any) float64 { return gold.Float(v) }

func TestArangeGolden(t *testing.T) {
	for _, c := range loadCore(t).Arange {
		name := fmt.Sprintf("arange%v", c.Args)
		switch c.Out.Dtype {
		case "int64":
			args := make([]int, len(c.Args))
			for i, v := range c.Args {
				args[i] = int(num(v))
			}
			checkArray(t, name, Arange(args...), c.Out)
		case "uint8":
			args := make([]uint8, len(c.Args))
			for i, v := range c.Args {
				args[i] = uint8(num(v))
			}
			checkArray(t, name, Arange(args...), c.Out)
		case "float64": // exactly, to the sign of a zero: NumPy's fill, step by step
			args := make([]float64, len(c.Args))
			for i, v := range c.Args {
				args[i] = num(v)
			}
			checkSigned(t, name, Arange(args...), c.Out)
		case "float32":
			args := make([]float32, len(c.Args))
			for i, v := range c.Args {
				args[i] = float32(num(v))
			}
			checkSigned(t, name, Arange(args...), c.Out)
		default:
			t.Fatalf("%s: no test for dtype %s", name, c.Out.Dtype)
		}
	}
}

func TestLinspaceGolden(t *testing.T) {
	for _, c := range loadCore(t).Linspace {
		name := fmt.Sprintf("linspace(%v, %v, %d, endpoint=%v)", c.Start, c.Stop, c.Num, c.Endpoint)
		if c.Out.Dtype == "float32" {
			checkArray(t, name, Linspace(float32(c.Start), float32(c.Stop), c.Num, Endpoint(c.Endpoint)), c.Out)
			continue
		}
		checkArray(t, name, Linspace(c.Start, c.Stop, c.Num, Endpoint(c.Endpoint)), c.Out)
	}
}

// largeCase is an Arange or Linspace result long enough to be filled by
// several goroutines, given by samples: element Idx[i] is Vals[i].
type largeCase struct {
	Kind  string
	Args  []any
	Dtype string
	Size  int
	Idx   []int
	Vals  []any
}

func TestCreationLargeGolden(t *testing.T) {
	cases := loadCore(t).Large
	if len(cases) == 0 {
		t.Fatal("no large cases in the golden data")
	}
	for _, c := range cases {
		name := fmt.Sprintf("%s%v %s", c.Kind, c.Args, c.Dtype)
		switch c.Dtype {
		case "float64":
			checkSampled(t, name, largeFloat[float64](c), c)
		case "float32":
			checkSampled(t, name, largeFloat[float32](c), c)
		case "int64":
			checkSampled(t, name, Arange(largeArgs[int](c)...), c)
		default:
			t.Fatalf("%s: no test for dtype %s", name, c.Dtype)
		}
	}
}

func largeArgs[T Real](c largeCase) []T {
	args := make([]T, len(c.Args))
	for i, v := range c.Args {
		args[i] = T(num(v))
	}
	return args
}

func largeFloat[T Float](c largeCase) *Array[T] {
	args := largeArgs[T](c)
	switch c.Kind {
	case "arange":
		return Arange(args...)
	case "linspace":
		return Linspace(args[0], args[1], int(args[2]))
	case "linspace_noend":
		return Linspace(args[0], args[1], int(args[2]), Endpoint(false))
	}
	panic("unknown kind " + c.Kind)
}

func checkSampled[T Real](t *testing.T, name string, got *Array[T], c largeCase) {
	t.Helper()
	if got.Size() != c.Size {
		t.Errorf("%s: size %d, want %d", name, got.Size(), c.Size)
		return
	}
	for i, k := range c.Idx {
		if w := gold.Value[T](c.Vals[i]); got.data[k] != w {
			t.Errorf("%s: element %d is %v, NumPy's %v", name, k, got.data[k], w)
			return
		}
	}
}

// TestFillLarge checks Full and Fill on arrays that goroutines fill in
// chunks, whole and through a view.
func TestFillLarge(t *testing.T) {
	const n = 300_001
	a := Full(2.5, n)
	a.Slice("1:-1").Fill(math.Copysign(0, -1))
	for i, v := range a.data {
		want := 2.5
		if i > 0 && i < n-1 {
			want = math.Copysign(0, -1)
		}
		if math.Float64bits(v) != math.Float64bits(want) {
			t.Fatalf("element %d is %v, want %v", i, v, want)
		}
	}
}

func TestEyeGolden(t *testing.T) {
	for _, c := range loadCore(t).Eye {
		checkArray(t, fmt.Sprintf("eye(%d, %d, %d)", c.N, c.M, c.K), Convert[int64](Eye[int](c.N, c.M, c.K)), c.Out)
	}
}

func TestConvertGolden(t *testing.T) {
	for _, c := range loadCore(t).Convert {
		name := fmt.Sprintf("%s->%s", c.In.Dtype, c.Out.Dtype)
		switch in := c.In.array(t).(type) {
		case *Array[bool]:
			checkConvert(t, name, in, c.Out)
		case *Array[int8]:
			checkConvert(t, name, in, c.Out)
		case *Array[int64]:
			checkConvert(t, name, in, c.Out)
		case *Array[uint8]:
			checkConvert(t, name, in, c.Out)
		case *Array[float32]:
			checkConvert(t, name, in, c.Out)
		case *Array[float64]:
			checkConvert(t, name, in, c.Out)
		case *Array[complex128]:
			checkConvert(t, name, in, c.Out)
		default:
			t.Fatalf("%s: no test for source dtype", name)
		}
	}
}

// checkConvert converts in to want's dtype, also through a reversed
// (negative-stride) view to exercise the strided kernels.
func checkConvert[T Dtype](t *testing.T, name string, in *Array[T], want golden) {
	t.Helper()
	conv := func(a *Array[T]) any {
		switch want.Dtype {
		case "bool":
			return Convert[bool](a)
		case "int8":
			return Convert[int8](a)
		case "int16":
			return Convert[int16](a)
		case "int32":
			return Convert[int32](a)
		case "int64":
			return Convert[int64](a)
		case "uint8":
			return Convert[uint8](a)
		case "uint16":
			return Convert[uint16](a)
		case "uint32":
			return Convert[uint32](a)
		case "uint64":
			return Convert[uint64](a)
		case "float32":
			return Convert[float32](a)
		case "float64":
			return Convert[float64](a)
		case "complex64":
			return Convert[complex64](a)
		default:
			return Convert[complex128](a)
		}
	}
	for _, layout := range []string{"contiguous", "strided"} {
		src := in
		if layout == "strided" {
			// Interleave with junk and view every other element.
			n := in.Size()
			buf := make([]T, 2*n)
			for i, v := range in.ToSlice() {
				buf[2*i] = v
			}
			src = &Array[T]{data: buf, shape: []int{n}, strides: []int{2}}
		}
		label := name + "/" + layout
		switch got := conv(src).(type) {
		case *Array[bool]:
			checkArray(t, label, got, want)
		case *Array[int8]:
			checkArray(t, label, got, want)
		case *Array[int16]:
			checkArray(t, label, got, want)
		case *Array[int32]:
			checkArray(t, label, got, want)
		case *Array[int64]:
			checkArray(t, label, got, want)
		case *Array[uint8]:
			checkArray(t, label, got, want)
		case *Array[uint16]:
			checkArray(t, label, got, want)
		case *Array[uint32]:
			checkArray(t, label, got, want)
		case *Array[uint64]:
			checkArray(t, label, got, want)
		case *Array[float32]:
			checkArray(t, label, got, want)
		case *Array[float64]:
			checkArray(t, label, got, want)
		case *Array[complex64]:
			checkArray(t, label, got, want)
		case *Array[complex128]:
			checkArray(t, label, got, want)
		}
	}
}

// coreChains mirror the view chains of gen_core.py.
var coreChains = map[string]func(*Array[int64]) *Array[int64]{
	"c":    func(a *Array[int64]) *Array[int64] { return a.Reshape(2, 3, 4) },
	"t":    func(a *Array[int64]) *Array[int64] { return a.Reshape(2, 3, 4).T() },
	"t01":  func(a *Array[int64]) *Array[int64] { return a.Reshape(2, 3, 4).Transpose(1, 0, 2) },
	"rev":  func(a *Array[int64]) *Array[int64] { return reverseLast(a.Reshape(4, 6)) },
	"step": func(a *Array[int64]) *Array[int64] { return stepLast(a.Reshape(4, 6), 2) },
	"col": func(a *Array[int64]) *Array[int64] {
		r := a.Reshape(4, 6)
		return r.view(r.offset+1, []int{4, 1}, []int{6, 1})
	},
	"bcast": func(a *Array[int64]) *Array[int64] { return a.view(0, []int{1, 6}, []int{24, 1}).BroadcastTo(4, 6) },
	"ones":  func(a *Array[int64]) *Array[int64] { return a.Reshape(1, 2, 1, 12, 1) },
}

// reverseLast and stepLast build the slicing views by hand, so these tests
// do not depend on the slice parser.
func reverseLast[T Dtype](a *Array[T]) *Array[T] {
	nd := a.Ndim()
	strides := a.Strides()
	strides[nd-1] = -strides[nd-1]
	return a.view(a.offset+max(a.shape[nd-1]-1, 0)*a.strides[nd-1], a.Shape(), strides)
}

func stepLast[T Dtype](a *Array[T], step int) *Array[T] {
	nd := a.Ndim()
	shape, strides := a.Shape(), a.Strides()
	shape[nd-1] = (shape[nd-1] + step - 1) / step
	strides[nd-1] *= step
	return a.view(a.offset, shape, strides)
}

func TestReshapeViewOrCopy(t *testing.T) {
	for _, c := range loadCore(t).Reshape {
		base := Arange[int64](24)
		a := coreChains[c.Chain](base)
		name := fmt.Sprintf("%s.Reshape%v", c.Chain, c.Newshape)
		if c.Error {
			err := catch(func() { a.Reshape(c.Newshape...) })
			if !errors.Is(err, ErrShape) && !errors.Is(err, ErrValue) {
				t.Errorf("%s: got %v, want a shape or value panic", name, err)
			}
			continue
		}
		r := a.Reshape(c.Newshape...)
		checkArray(t, name, r, c.Out)
		if isView := sharesData(r, base); isView != c.View {
			t.Errorf("%s: view=%v, NumPy view=%v", name, isView, c.View)
		}
	}
}

func sharesData[T Dtype](a, b *Array[T]) bool {
	return len(a.data) > 0 && len(b.data) > 0 && &a.data[0] == &b.data[0]
}

// catch runs f and returns the error it panicked with, or nil.
func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	f()
	return nil
}

func TestViewsGolden(t *testing.T) {
	for _, c := range loadCore(t).Views {
		base := Arange[int64](24)
		a := base.Reshape(2, 3, 4)
		var r *Array[int64]
		switch c.Op {
		case "T":
			r = a.T()
		case "transpose":
			r = a.Transpose(c.Args...)
		case "swapaxes":
			r = a.SwapAxes(c.Args[0], c.Args[1])
		case "moveaxis":
			r = a.MoveAxis(c.Args[0], c.Args[1])
		case "expand_dims":
			r = a.ExpandDims(c.Args...)
		case "diagonal":
			r = a.Diagonal(c.Args[0], c.Args[1:]...)
		case "broadcast_to":
			r = a.BroadcastTo(c.Args...)
		case "ravel":
			r = a.Ravel()
		case "squeeze":
			base = Arange[int64](6)
			r = base.Reshape(c.Base...).Squeeze(c.Args...)
		default:
			t.Fatalf("unknown op %s", c.Op)
		}
		name := fmt.Sprintf("%s%v", c.Op, c.Args)
		checkArray(t, name, r, c.Out)
		if r.Size() > 0 && !sharesData(r, base) {
			t.Errorf("%s: result is a copy, want a view", name)
		}
	}
}

func TestMain(m *testing.M) {
	poisonUninit = true
	os.Exit(m.Run())
}
