package ndarray

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestFromSliceSharesMemory(t *testing.T) {
	data := []float64{0, 1, 2, 3, 4, 5}
	a := FromSlice(data, 2, 3)
	a.Set(42, 1, -1)
	if data[5] != 42 {
		t.Errorf("Set through FromSlice array did not reach the caller's slice: %v", data)
	}
	data[0] = -1
	if a.At(0, 0) != -1 {
		t.Errorf("At(0, 0) = %v after writing the caller's slice, want -1", a.At(0, 0))
	}
	a.Data()[1] = 7
	if data[1] != 7 {
		t.Errorf("Data() is not the backing slice")
	}
}

func TestWriteThroughViewChangesBase(t *testing.T) {
	base := Arange(12).Reshape(3, 4)
	v := base.T().Diagonal(1) // elements (1,0), (2,1) of base
	v.Set(100, 0)
	v.Set(200, -1)
	if base.At(1, 0) != 100 || base.At(2, 1) != 200 {
		t.Errorf("writes through a view did not change the base: %v", base.ToSlice())
	}
	e := base.ExpandDims(0).Squeeze().SwapAxes(0, 1).MoveAxis(0, 1)
	e.Set(-5, 2, 3)
	if base.At(2, 3) != -5 {
		t.Errorf("write through a chain of views: base.At(2, 3) = %d, want -5", base.At(2, 3))
	}
}

func TestBroadcastViewIsReadOnly(t *testing.T) {
	b := Arange(3).BroadcastTo(2, 3)
	if got := b.Strides(); got[0] != 0 || got[1] != 1 {
		t.Errorf("BroadcastTo strides = %v, want [0 1]", got)
	}
	for name, f := range map[string]func(){
		"Set":  func() { b.Set(1, 0, 0) },
		"Fill": func() { b.Fill(1) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) {
			t.Errorf("%s on a broadcast view: got %v, want ErrValue", name, err)
		}
	}
}

func TestCopyAndFill(t *testing.T) {
	a := Arange(6).Reshape(2, 3).T()
	c := a.Copy()
	if !c.IsContiguous() || a.IsContiguous() {
		t.Errorf("Copy contiguity: copy %v, transposed view %v", c.IsContiguous(), a.IsContiguous())
	}
	want := []int{0, 3, 1, 4, 2, 5}
	for i, v := range c.Data() {
		if v != want[i] {
			t.Fatalf("Copy of transpose = %v, want %v", c.Data(), want)
		}
	}
	c.Set(99, 0, 0)
	if a.At(0, 0) != 0 {
		t.Errorf("Copy shares memory with its source")
	}
	a.Fill(8)
	dst := Zeros[int](2, 3)
	CopyTo(dst, FromSlice([]int{1, 2, 3}))
	if got := dst.ToSlice(); got[3] != 1 || got[5] != 3 {
		t.Errorf("CopyTo with broadcasting = %v", got)
	}
	if f := Arange(4).Flatten(); f.Ndim() != 1 || f.Size() != 4 {
		t.Errorf("Flatten shape %v", f.Shape())
	}
}

func TestScalarAndItem(t *testing.T) {
	s := Scalar(2.5)
	if s.Ndim() != 0 || s.Size() != 1 || s.Item() != 2.5 || s.At() != 2.5 {
		t.Errorf("Scalar(2.5): ndim %d size %d item %v", s.Ndim(), s.Size(), s.Item())
	}
	if err := catch(func() { Arange(2).Item() }); !errors.Is(err, ErrValue) {
		t.Errorf("Item of size 2: got %v", err)
	}
}

func TestFromNested(t *testing.T) {
	a := FromNested[float64]([][][]float64{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}})
	if s := a.Shape(); len(s) != 3 || s[0] != 2 || s[2] != 2 || a.At(1, 0, 1) != 6 {
		t.Errorf("FromNested: shape %v, At(1,0,1) = %v", s, a.At(1, 0, 1))
	}
	if a := FromNested[int](7); a.Ndim() != 0 || a.Item() != 7 {
		t.Errorf("FromNested scalar: %v", a.Shape())
	}
	for name, v := range map[string]any{
		"ragged":     [][]int{{1, 2}, {3}},
		"wrong type": []float32{1},
	} {
		if err := catch(func() { FromNested[int](v) }); !errors.Is(err, ErrValue) {
			t.Errorf("FromNested %s: got %v, want ErrValue", name, err)
		}
	}
}

// TestPanicMessages checks the typed panics and their NumPy wording.
func TestPanicMessages(t *testing.T) {
	a := Arange(6).Reshape(2, 3)
	cases := []struct {
		name string
		f    func()
		is   error
		msg  string
	}{
		{"broadcast", func() { BroadcastShapes([]int{2, 3}, []int{4}) }, ErrShape,
			"operands could not be broadcast together with shapes (2,3) (4,)"},
		{"broadcast to", func() { a.BroadcastTo(3, 3) }, ErrShape, "could not broadcast input array from shape (2,3) into shape (3,3)"},
		{"reshape", func() { a.Reshape(4, 2) }, ErrShape, "cannot reshape array of size 6 into shape (4, 2)"},
		{"reshape two unknowns", func() { a.Reshape(-1, -1) }, ErrValue, "can only specify one unknown dimension"},
		{"at out of range", func() { a.At(2, 0) }, ErrIndex, "index 2 is out of bounds for axis 0 with size 2"},
		{"at negative", func() { a.At(0, -4) }, ErrIndex, "index -4 is out of bounds for axis 1 with size 3"},
		{"at count", func() { a.At(1) }, ErrIndex, "got 1 indices for array of dimension 2"},
		{"axis", func() { a.SwapAxes(0, 2) }, ErrAxis, "axis2: axis 2 is out of bounds for array of dimension 2"},
		{"swap first", func() { a.SwapAxes(-3, 0) }, ErrAxis, "axis1: axis -3 is out of bounds for array of dimension 2"},
		{"move source", func() { a.MoveAxis(5, 0) }, ErrAxis, "source: axis 5 is out of bounds for array of dimension 2"},
		{"move destination", func() { a.MoveAxis(0, 2) }, ErrAxis, "destination: axis 2 is out of bounds for array of dimension 2"},
		{"nanargmax empty", func() { NanArgMax(Zeros[float64](0, 3), Axis(0)) }, ErrValue, "All-NaN slice encountered"},
		{"nanargmax empty int", func() { NanArgMax(Zeros[int64](0, 3), Axis(0)) }, ErrValue, "attempt to get argmax of an empty sequence"},
		{"nanargmin empty int", func() { NanArgMin(Zeros[int64](0, 3)) }, ErrValue, "attempt to get argmin of an empty sequence"},
		{"diagonal axis2", func() { a.Diagonal(0, 0, 5) }, ErrAxis, "axis2: axis 5 is out of bounds for array of dimension 2"},
		{"argmin empty", func() { ArgMin(Zeros[float64](0)) }, ErrValue, "attempt to get argmin of an empty sequence"},
		{"transpose repeated", func() { a.Transpose(0, 0) }, ErrAxis, "repeated axis"},
		{"squeeze", func() { a.Squeeze(0) }, ErrValue, "cannot select an axis to squeeze out which has size not equal to one"},
		{"overflow", func() { Zeros[int8](1<<40, 1<<40) }, ErrValue, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."},
		{"negative", func() { Zeros[int8](-1) }, ErrValue, "negative dimensions are not allowed"},
		{"from slice", func() { FromSlice([]int{1, 2, 3}, 2, 2) }, ErrShape, "cannot reshape array of size 3 into shape (2, 2)"},
		{"arange step", func() { Arange(0, 5, 0) }, ErrValue, "step is zero"},
		{"data", func() { a.T().Data() }, ErrValue, "not C-contiguous"},
		{"bool subtract", func() { FromSlice([]bool{true}).Sub(FromSlice([]bool{false})) }, ErrValue,
			"Sub: numpy boolean subtract, the `-` operator, is not supported"},
		{"angle parts", func() { Angle[float64](FromSlice([]complex64{1})) }, ErrValue, "Angle: complex64 parts are not float64"},
	}
	for _, c := range cases {
		err := catch(c.f)
		if !errors.Is(err, c.is) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.is)
			continue
		}
		if !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: message %q does not contain %q", c.name, err, c.msg)
		}
	}
}

func TestDtypeNames(t *testing.T) {
	if got := Zeros[float32](1).Dtype().String(); got != "float32" {
		t.Errorf("float32 dtype prints %q", got)
	}
	if got := Arange(3).Dtype().String(); got != "int64" {
		t.Errorf("int dtype prints %q, want NumPy's int64", got)
	}
	if got := Zeros[bool](1).Dtype().String(); got != "bool" {
		t.Errorf("bool dtype prints %q", got)
	}
	if Ones[complex64](1).At(0) != 1 || !Ones[bool](1).At(0) {
		t.Errorf("Ones is not one")
	}
}

// TestEngineLayouts copies every layout through the iteration engine and
// compares with element-by-element index arithmetic.
func TestEngineLayouts(t *testing.T) {
	base := Arange[float64](2*3*4*5).Reshape(2, 3, 4, 5)
	views := map[string]*Array[float64]{
		"contiguous": base,
		"transposed": base.T(),
		"permuted":   base.Transpose(2, 0, 3, 1),
		"reversed":   reverseLast(base),
		"stepped":    stepLast(base.SwapAxes(1, 3), 2),
		"broadcast":  base.Diagonal(0, 1, 2).ExpandDims(0).BroadcastTo(3, 2, 5, 3),
		"0-d":        Scalar(math.Pi),
		"empty":      Zeros[float64](3, 0, 2).T(),
	}
	for name, v := range views {
		got := v.Copy()
		n := 0
		forEachIndex(v.Shape(), func(idx []int) {
			if got.At(idx...) != v.At(idx...) {
				t.Fatalf("%s: Copy differs at %v: %v != %v", name, idx, got.At(idx...), v.At(idx...))
			}
			n++
		})
		if n != v.Size() {
			t.Errorf("%s: visited %d elements, size %d", name, n, v.Size())
		}
		f := Convert[float32](v)
		forEachIndex(v.Shape(), func(idx []int) {
			if f.At(idx...) != float32(v.At(idx...)) {
				t.Fatalf("%s: Convert differs at %v", name, idx)
			}
		})
	}
}

// forEachIndex calls f with every index of shape in C order.
func forEachIndex(shape []int, f func(idx []int)) {
	for _, n := range shape {
		if n == 0 {
			return
		}
	}
	idx := make([]int, len(shape))
	for {
		f(idx)
		k := len(shape) - 1
		for ; k >= 0; k-- {
			idx[k]++
			if idx[k] < shape[k] {
				break
			}
			idx[k] = 0
		}
		if k < 0 {
			return
		}
	}
}
