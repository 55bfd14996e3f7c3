package linalg

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/numgo/numgo/ndarray"
)

// Conversions to and from gonum's mat types. gonum stores a matrix in row
// major order with a row stride, and a vector with an increment, so memory is
// shared both ways whenever the layouts agree; otherwise the conversion
// copies, as each doc comment says.

// ToDense returns the 2-d array a as a *mat.Dense. The result shares a's
// memory when a is C-contiguous; any other layout (a transpose, a slice) is
// copied first. ToDense panics with a *ndarray.ValueError if a is not 2-d or
// is empty, which gonum's matrices cannot be.
func ToDense(a *ndarray.Array[float64]) *mat.Dense {
	r, c, data := rowMajor("ToDense", a)
	return mat.NewDense(r, c, data)
}

// FromDense returns m as a 2-d array. The result shares m's memory, padded
// rows (a row stride larger than the number of columns, as m.Slice gives)
// included, unless m's backing slice ends before its last row's padding,
// in which case it is a copy.
func FromDense(m *mat.Dense) *ndarray.Array[float64] {
	raw := m.RawMatrix()
	return fromRowMajor(raw.Rows, raw.Cols, raw.Stride, raw.Data)
}

// ToCDense returns the 2-d array a as a *mat.CDense, sharing memory when a
// is C-contiguous and copying otherwise. It panics with a
// *ndarray.ValueError if a is not 2-d or is empty.
func ToCDense(a *ndarray.Array[complex128]) *mat.CDense {
	r, c, data := rowMajor("ToCDense", a)
	return mat.NewCDense(r, c, data)
}

// FromCDense returns m as a 2-d array, sharing m's memory as FromDense does.
func FromCDense(m *mat.CDense) *ndarray.Array[complex128] {
	raw := m.RawCMatrix()
	return fromRowMajor(raw.Rows, raw.Cols, raw.Stride, raw.Data)
}

// ToVecDense returns the 1-d array a as a *mat.VecDense. The result shares
// a's memory when a is contiguous; a stepped or reversed view is copied. It
// panics with a *ndarray.ValueError if a is not 1-d or is empty.
func ToVecDense(a *ndarray.Array[float64]) *mat.VecDense {
	if a.Ndim() != 1 || a.Size() == 0 {
		panic(&ndarray.ValueError{Op: "ToVecDense", Msg: fmt.Sprintf(
			"need a non-empty 1-d array, got shape %s", shapeString(a.Shape()))})
	}
	return mat.NewVecDense(a.Size(), a.AsContiguous().Data())
}

// FromVecDense returns v as a 1-d array that shares v's memory, its
// increment becoming the array's stride.
func FromVecDense(v *mat.VecDense) *ndarray.Array[float64] {
	raw := v.RawVector()
	if raw.N == 0 {
		return ndarray.Zeros[float64](0)
	}
	return ndarray.FromSlice(raw.Data[:(raw.N-1)*raw.Inc+1]).Slice(fmt.Sprintf("::%d", raw.Inc))
}

// rowMajor returns the rows, columns and C-ordered elements of the 2-d array
// a: its own memory when a is C-contiguous, else a copy.
func rowMajor[T ndarray.Dtype](op string, a *ndarray.Array[T]) (r, c int, data []T) {
	if a.Ndim() != 2 || a.Size() == 0 {
		panic(&ndarray.ValueError{Op: op, Msg: fmt.Sprintf(
			"need a non-empty 2-d array, got shape %s", shapeString(a.Shape()))})
	}
	s := a.Shape()
	return s[0], s[1], a.AsContiguous().Data()
}

// fromRowMajor returns the rows×cols matrix whose row i starts at
// data[i*stride], sharing data when its capacity covers every full row.
func fromRowMajor[T ndarray.Dtype](rows, cols, stride int, data []T) *ndarray.Array[T] {
	if rows == 0 || cols == 0 {
		return ndarray.Zeros[T](rows, cols)
	}
	if stride == cols {
		return ndarray.FromSlice(data[:rows*cols], rows, cols)
	}
	if cap(data) >= rows*stride {
		return ndarray.FromSlice(data[:rows*stride], rows, stride).Slice(fmt.Sprintf(":, :%d", cols))
	}
	out := ndarray.Zeros[T](rows, cols)
	for i := range rows {
		copy(out.Data()[i*cols:(i+1)*cols], data[i*stride:i*stride+cols])
	}
	return out
}
