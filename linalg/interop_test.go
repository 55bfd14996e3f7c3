package linalg

import (
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/numgo/numgo/ndarray"
)

func TestDenseSharesMemory(t *testing.T) {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	d := ToDense(a)
	if r, c := d.Dims(); r != 2 || c != 3 || d.At(1, 2) != 6 {
		t.Fatalf("ToDense: dims %d×%d, At(1,2) = %v", r, c, d.At(1, 2))
	}
	d.Set(0, 1, -2)
	if a.At(0, 1) != -2 {
		t.Errorf("ToDense of a C-contiguous array does not share memory")
	}
	back := FromDense(d)
	back.Set(7, 1, 0)
	if d.At(1, 0) != 7 || !slices.Equal(back.Shape(), []int{2, 3}) {
		t.Errorf("FromDense does not share memory or has shape %v", back.Shape())
	}
}

func TestDenseCopiesTranspose(t *testing.T) {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3).T()
	d := ToDense(a)
	if d.At(2, 1) != 6 || d.At(0, 1) != 4 {
		t.Errorf("ToDense(transpose) = %v", mat.Formatted(d))
	}
	d.Set(0, 0, 9)
	if a.At(0, 0) != 1 {
		t.Errorf("ToDense of a transposed view wrote through to the array")
	}
}

func TestFromDensePadded(t *testing.T) {
	d := mat.NewDense(4, 4, []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	s := d.Slice(1, 3, 1, 3).(*mat.Dense) // rows 1..2, columns 1..2, stride 4
	a := FromDense(s)
	if got := a.ToSlice(); !slices.Equal(got, []float64{5, 6, 9, 10}) {
		t.Fatalf("FromDense(slice) = %v", got)
	}
	a.Set(-1, 1, 1)
	if d.At(2, 2) != -1 {
		t.Errorf("FromDense of a sliced matrix does not share memory")
	}
	// The bottom-right corner's backing slice ends inside its last row's
	// padding: FromDense copies.
	corner := FromDense(d.Slice(2, 4, 2, 4).(*mat.Dense))
	if got := corner.ToSlice(); !slices.Equal(got, []float64{-1, 11, 14, 15}) {
		t.Errorf("FromDense(corner) = %v", got)
	}
}

func TestVecDense(t *testing.T) {
	d := mat.NewDense(3, 2, []float64{0, 1, 2, 3, 4, 5})
	col := d.ColView(1).(*mat.VecDense) // increment 2
	a := FromVecDense(col)
	if got := a.ToSlice(); !slices.Equal(got, []float64{1, 3, 5}) {
		t.Fatalf("FromVecDense(column) = %v", got)
	}
	a.Set(30, 1)
	if d.At(1, 1) != 30 {
		t.Errorf("FromVecDense does not share memory")
	}
	x := ndarray.Arange(4.0)
	v := ToVecDense(x)
	v.SetVec(3, 40)
	if x.At(3) != 40 {
		t.Errorf("ToVecDense of a contiguous array does not share memory")
	}
	if got := ToVecDense(x.Slice("::-1")).AtVec(0); got != 40 {
		t.Errorf("ToVecDense(reversed)[0] = %v, want 40", got)
	}
}

func TestCDense(t *testing.T) {
	a := ndarray.FromSlice([]complex128{1i, 2, 3, 4 - 1i}, 2, 2)
	c := ToCDense(a)
	c.Set(1, 0, 5i)
	if a.At(1, 0) != 5i {
		t.Errorf("ToCDense does not share memory")
	}
	if got := FromCDense(c).ToSlice(); !slices.Equal(got, []complex128{1i, 2, 5i, 4 - 1i}) {
		t.Errorf("FromCDense = %v", got)
	}
}

func TestInteropPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"ToDense(1-d)":    func() { ToDense(ndarray.Zeros[float64](3)) },
		"ToDense(empty)":  func() { ToDense(ndarray.Zeros[float64](0, 3)) },
		"ToVecDense(2-d)": func() { ToVecDense(ndarray.Zeros[float64](2, 2)) },
	} {
		if err := panicOf(f); err == nil {
			t.Errorf("%s did not panic", name)
		}
	}
}
