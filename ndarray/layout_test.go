package ndarray

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

// layoutRecipe describes an input of a layout case (testdata/gen_layout.py):
// a C-order base array of values Start + 0.25*i (for bool, i%3 == 0), then
// views taken of it in turn.
type layoutRecipe struct {
	Base  []int
	Views [][]any
	Start float64
	Dtype string
}

// buildLayout returns the array r describes, as T.
func buildLayout[T Dtype](t *testing.T, r layoutRecipe) *Array[T] {
	t.Helper()
	n := 1
	for _, d := range r.Base {
		n *= d
	}
	data := make([]T, n)
	for i := range data {
		var v any = r.Start + 0.25*float64(i)
		if r.Dtype == "bool" {
			v = i%3 == 0
		}
		switch p := any(&data[i]).(type) {
		case *bool:
			*p = v.(bool)
		case *float64:
			*p = v.(float64)
		case *float32:
			*p = float32(v.(float64))
		default:
			t.Fatalf("no recipe for %T", data[i])
		}
	}
	a := FromSlice(data, r.Base...)
	ints := func(v any) []int {
		var out []int
		switch v := v.(type) {
		case json.Number:
			out = append(out, int(num(v)))
		case []any:
			for _, x := range v {
				out = append(out, int(num(x)))
			}
		}
		return out
	}
	for _, v := range r.Views {
		switch v[0] {
		case "T":
			a = a.T()
		case "transpose":
			a = a.Transpose(ints(v[1])...)
		case "swapaxes":
			a = a.SwapAxes(ints(v[1])[0], ints(v[2])[0])
		case "moveaxis":
			a = a.MoveAxis(ints(v[1])[0], ints(v[2])[0])
		case "slice":
			a = a.Slice(v[1].(string))
		case "F":
			a = a.T().Copy().T()
		default:
			t.Fatalf("unknown view %v", v)
		}
	}
	return a
}

// TestResultLayoutGolden checks that element-wise results are laid out in
// memory as NumPy lays out its (order='K'): the values and the strides of
// NumPy's results for transposed, reversed, stepped, Fortran-ordered and
// broadcast inputs. An empty result is C-contiguous in numgo, where NumPy
// gives every stride 0.
func TestResultLayoutGolden(t *testing.T) {
	var file struct {
		Cases []struct {
			Name, Op string
			Args     []layoutRecipe
			Out      golden
			Strides  []int
		}
		// Random holds layouts only: random views, broadcasts and axes of
		// length 1.
		Random []struct {
			Op             string
			Args           []layoutRecipe
			Shape, Strides []int
		}
	}
	loadGolden(t, "testdata/layout/cases.json", &file)
	for _, c := range file.Cases {
		name := fmt.Sprintf("%s(%s) %s", c.Op, c.Name, c.Out.Dtype)
		f64 := func(i int) *Array[float64] { return buildLayout[float64](t, c.Args[i]) }
		var got interface {
			Shape() []int
			Strides() []int
			Size() int
		}
		switch op := c.Op; {
		case op == "exp" && c.Out.Dtype == "float32":
			a := buildLayout[float32](t, c.Args[0])
			r := Exp(a)
			checkClose(t, name, r, c.Out, 4, a)
			got = r
		case op == "exp":
			r := Exp(f64(0))
			checkClose(t, name, r, c.Out, 4, f64(0))
			got = r
		case op == "clip":
			r := Clip(f64(0), 0.5, 2)
			checkClose(t, name, r, c.Out, 0, f64(0))
			got = r
		case op == "round0" || op == "round1":
			r := Round(f64(0), int(op[5]-'0'))
			checkClose(t, name, r, c.Out, 0, f64(0))
			got = r
		case op == "add":
			r := Add(f64(0), f64(1))
			checkClose(t, name, r, c.Out, 0, f64(0))
			got = r
		case op == "less":
			r := Less(f64(0), f64(1))
			checkClose(t, name, r, c.Out, 0, f64(0))
			got = r
		case op == "where":
			r := Where(buildLayout[bool](t, c.Args[0]), f64(1), f64(2))
			checkClose(t, name, r, c.Out, 0, f64(1))
			got = r
		default:
			t.Fatalf("%s: unknown op", name)
		}
		want := c.Strides
		if got.Size() == 0 {
			want = cStrides(got.Shape())
		}
		if !slices.Equal(got.Strides(), want) {
			t.Errorf("%s: strides %v, want %v (NumPy: %v)", name, got.Strides(), want, c.Strides)
		}
	}
	for i, c := range file.Random {
		in := make([]*Array[float64], len(c.Args))
		for k, r := range c.Args {
			if r.Dtype == "float64" {
				in[k] = buildLayout[float64](t, r)
			}
		}
		var got *Array[float64]
		switch c.Op {
		case "exp":
			got = Exp(in[0])
		case "add":
			got = Add(in[0], in[1])
		case "where":
			got = Where(buildLayout[bool](t, c.Args[0]), in[1], in[2])
		}
		if !slices.Equal(got.Shape(), c.Shape) || !slices.Equal(got.Strides(), c.Strides) {
			t.Errorf("random case %d, %s of %v: shape %v strides %v, want %v %v",
				i, c.Op, c.Args, got.Shape(), got.Strides(), c.Shape, c.Strides)
		}
	}
}

// TestLayoutDeviations covers the layouts docs/numpy.md lists as differing
// from NumPy's: Convert, IsClose and NanToNum return C order for a
// transposed input (NumPy keeps its Fortran order), and an empty result
// has C-order strides (NumPy's are 0).
func TestLayoutDeviations(t *testing.T) {
	xt := Arange[float64](12).Reshape(3, 4).T()
	for name, a := range map[string]interface{ IsContiguous() bool }{
		"Convert":  Convert[float32](xt),
		"IsClose":  IsClose(xt, xt),
		"NanToNum": NanToNum(xt, 0, 0, 0),
	} {
		if !a.IsContiguous() {
			t.Errorf("%s of a transposed array is not C-contiguous", name)
		}
	}
	if got := Exp(Zeros[float64](3, 0).T()).Strides(); !slices.Equal(got, []int{3, 1}) {
		t.Errorf("Exp of an empty (0,3) array: strides %v, want [3 1]", got)
	}
}
