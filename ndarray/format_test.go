package ndarray

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	gold "github.com/numgo/numgo/internal/golden"
)

// formatCase is one array of testdata/format/cases.json (written by
// testdata/gen_format.py) with the text NumPy prints for it.
type formatCase struct {
	Name  string
	Dtype string
	Shape []int
	Data  []any
	Ramp  *struct{ N, Scale, Offset float64 }
	View  struct {
		Transpose bool
		Steps     []int
		Broadcast []int
	}
	Str  string
	Repr string
}

type verbCase struct {
	Spec  string
	Dtype string
	Shape []int
	Data  []any
	Str   string
}

func loadFormat(t *testing.T) (cases []formatCase, verbs []verbCase) {
	t.Helper()
	var c struct {
		Cases []formatCase
		Verbs []verbCase
	}
	loadGolden(t, "testdata/format/cases.json", &c)
	return c.Cases, c.Verbs
}

// printed builds the case's array of element type T, takes its view and
// returns what String and Repr print.
func printed[T Dtype](c formatCase) (str, repr string) {
	var a *Array[T]
	if c.Ramp != nil {
		x := make([]float64, int(c.Ramp.N))
		for i := range x {
			x[i] = float64(i)*c.Ramp.Scale + c.Ramp.Offset
		}
		a = Convert[T](FromSlice(x, c.Shape...))
	} else {
		a = FromSlice(goldenData[T](c.Data), c.Shape...)
	}
	if c.View.Transpose {
		a = a.T()
	}
	if len(c.View.Steps) > 0 {
		a = stepView(a, c.View.Steps)
	}
	if len(c.View.Broadcast) > 0 {
		a = a.BroadcastTo(c.View.Broadcast...)
	}
	return a.String(), a.Repr()
}

func goldenData[T Dtype](data []any) []T {
	out := make([]T, len(data))
	for i, v := range data {
		out[i] = gold.Value[T](v)
	}
	return out
}

// stepView returns the view a[::steps[0], ::steps[1], ...], built from the
// layout directly so that this test does not depend on the slicing code.
func stepView[T Dtype](a *Array[T], steps []int) *Array[T] {
	v := &Array[T]{data: a.data, offset: a.offset, shape: a.Shape(), strides: a.Strides()}
	for k, s := range steps {
		n := v.shape[k]
		if s < 0 && n > 0 {
			v.offset += (n - 1) * v.strides[k]
		}
		v.shape[k] = (n + abs(s) - 1) / abs(s)
		v.strides[k] *= s
	}
	return v
}

// printedByDtype dispatches on NumPy's dtype name.
func printedByDtype(t *testing.T, c formatCase) (str, repr string) {
	switch c.Dtype {
	case "bool":
		return printed[bool](c)
	case "int8":
		return printed[int8](c)
	case "int16":
		return printed[int16](c)
	case "int32":
		return printed[int32](c)
	case "int64":
		return printed[int](c)
	case "uint8":
		return printed[uint8](c)
	case "uint16":
		return printed[uint16](c)
	case "uint32":
		return printed[uint32](c)
	case "uint64":
		return printed[uint64](c)
	case "float32":
		return printed[float32](c)
	case "float64":
		return printed[float64](c)
	case "complex64":
		return printed[complex64](c)
	case "complex128":
		return printed[complex128](c)
	}
	t.Fatalf("%s: no test for dtype %s", c.Name, c.Dtype)
	return "", ""
}

// diffLines reports where got and NumPy's want differ, line by line, with
// the whole of both when they are short.
func diffLines(t *testing.T, name, want, got string) {
	t.Helper()
	if got == want {
		return
	}
	t.Errorf("%s: printed text differs from NumPy (-numpy +numgo):\n%s\nnumpy:\n%s\nnumgo:\n%s", name,
		cmp.Diff(strings.Split(want, "\n"), strings.Split(got, "\n")), want, got)
}

func TestStringGolden(t *testing.T) {
	cases, _ := loadFormat(t)
	if len(cases) < 80 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			name := fmt.Sprintf("%s %s %v view %+v", c.Name, c.Dtype, c.Shape, c.View)
			str, repr := printedByDtype(t, c)
			diffLines(t, name, c.Str, str)
			diffLines(t, "Repr of "+name, c.Repr, repr)
		})
	}
}

func TestFormatVerbsGolden(t *testing.T) {
	_, verbs := loadFormat(t)
	for _, c := range verbs {
		var got string
		switch c.Dtype {
		case "float64":
			got = fmt.Sprintf(c.Spec, FromSlice(goldenData[float64](c.Data), c.Shape...))
		case "int64":
			got = fmt.Sprintf(c.Spec, FromSlice(goldenData[int](c.Data), c.Shape...))
		case "uint8":
			got = fmt.Sprintf(c.Spec, FromSlice(goldenData[uint8](c.Data), c.Shape...))
		default:
			t.Fatalf("%s: no test for dtype %s", c.Spec, c.Dtype)
		}
		diffLines(t, fmt.Sprintf("%s on %s %v", c.Spec, c.Dtype, c.Shape), c.Str, got)
	}
}

func TestFormatVerbs(t *testing.T) {
	a := FromSlice([]float64{0.5, 1.25})
	for _, tc := range []struct{ got, want string }{
		{fmt.Sprintf("%v", a), a.String()},
		{fmt.Sprintf("%s", a), a.String()},
		{fmt.Sprint(a), a.String()},
		{fmt.Sprintf("%d", a), "%!d(*ndarray.Array[float64]=[0.5  1.25])"},
		{fmt.Sprintf("%f", FromSlice([]int{1})), "%!f(*ndarray.Array[int]=[1])"},
		{fmt.Sprintf("%t", FromSlice([]bool{true, false})), "[ true false]"},
		{fmt.Sprintf("%.1f", Scalar(2.25)), "2.2"},
		{fmt.Sprintf("%.1f", Zeros[float64](2, 0)), "[]"},
		// Go formats complex numbers in parentheses with an i.
		{fmt.Sprintf("%.1f", FromSlice([]complex128{1 + 2i, -3i})), "[(1.0+2.0i) (0.0-3.0i)]"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestStringLarge checks that a million-element array prints only its
// corners, quickly, and that a Format verb summarises as String does.
func TestStringLarge(t *testing.T) {
	a := Zeros[float64](1000, 1000)
	start := time.Now()
	s := a.String()
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("String of 1e6 elements took %v", d)
	}
	want := "[[0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n ...\n" +
		" [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]]"
	diffLines(t, "zeros(1000, 1000)", want, s)
	diffLines(t, "%.0f of zeros(1000, 1000)", strings.ReplaceAll(want, "0.", "0"), fmt.Sprintf("%.0f", a))
}

func BenchmarkStringSummarised(b *testing.B) {
	a := Arange(1e6).Reshape(1000, 1000)
	for b.Loop() {
		_ = a.String()
	}
}

func BenchmarkString1000(b *testing.B) {
	a := Linspace(0.0, 1.0, 1000)
	for b.Loop() {
		_ = a.String()
	}
}

func ExampleArray_String() {
	fmt.Println(Arange(6).Reshape(2, 3))
	fmt.Println(Linspace(0.0, 1.0, 5))
	fmt.Println(FromSlice([]float64{1e-5, 1, 1e5}))
	fmt.Println(FromSlice([]complex128{1 + 2i, 3 - 4.5i}))
	fmt.Println(FromSlice([]bool{true, false}))
	fmt.Println(Scalar(0.1))
	fmt.Println(Arange(2000))
	// Output:
	// [[0 1 2]
	//  [3 4 5]]
	// [0.   0.25 0.5  0.75 1.  ]
	// [1.e-05 1.e+00 1.e+05]
	// [1.+2.j  3.-4.5j]
	// [ True False]
	// 0.1
	// [   0    1    2 ... 1997 1998 1999]
}

func ExampleArray_Format() {
	a := FromSlice([]float64{0.5, -1.25, 3}, 3, 1)
	fmt.Printf("%.2f\n", a)
	fmt.Printf("%v\n", a.T())
	// Output:
	// [[ 0.50]
	//  [-1.25]
	//  [ 3.00]]
	// [[ 0.5  -1.25  3.  ]]
}

func ExampleArray_Repr() {
	fmt.Println(Arange(4).Repr())
	fmt.Println(FromSlice([]float32{0.5, 2}).Repr())
	fmt.Println(Zeros[int8](2, 0).Repr())
	// Output:
	// array([0, 1, 2, 3])
	// array([0.5, 2. ], dtype=float32)
	// array([], shape=(2, 0), dtype=int8)
}
