package ndarray_test

import (
	"fmt"

	"github.com/numgo/numgo/ndarray"
)

func ExampleTriuIndices() {
	idx := ndarray.TriuIndices(3, 1) // above the main diagonal of a 3×3 array
	fmt.Println(idx[0], idx[1])
	// NumPy's a[np.triu_indices(3, 1)]: the flat positions, then Take.
	a := ndarray.Arange(9).Reshape(3, 3)
	fmt.Println(ndarray.Take(a, ndarray.RavelMultiIndex(idx, a.Shape())))
	// Output:
	// [0 0 1] [1 2 2]
	// [1 2 5]
}

func ExampleFillDiagonal() {
	a := ndarray.Zeros[int](5, 3)
	ndarray.FillDiagonal(a, ndarray.FromSlice([]int{1, 2}), true) // values repeat; wrap restarts below
	fmt.Println(a)
	// Output:
	// [[1 0 0]
	//  [0 2 0]
	//  [0 0 1]
	//  [0 0 0]
	//  [2 0 0]]
}

func ExampleIx() {
	a := ndarray.Arange(12).Reshape(3, 4)
	// NumPy's a[np.ix_([0, 2], [True, False, False, True])]: rows 0 and 2, columns 0 and 3.
	rows := ndarray.Ix(ndarray.FromSlice([]int{0, 2}))[0].Reshape(-1)
	cols := ndarray.Ix(ndarray.FromSlice([]bool{true, false, false, true}))[0].Reshape(-1)
	mesh := ndarray.Ix(rows, cols)
	fmt.Println(mesh[0].Shape(), mesh[1].Shape())
	fmt.Println(ndarray.Take(a, ndarray.RavelMultiIndex(mesh, a.Shape())))
	// Output:
	// [2 1] [1 2]
	// [[ 0  3]
	//  [ 8 11]]
}

func ExampleArray_RollAxis() {
	a := ndarray.Zeros[float64](3, 4, 5, 6)
	fmt.Println(a.RollAxis(3, 1).Shape()) // axis 3 rolled to before axis 1
	fmt.Println(a.RollAxis(2, 0).Shape())
	fmt.Println(a.RollAxis(1, 4).Shape()) // to the end
	// Output:
	// [3 6 4 5]
	// [5 3 4 6]
	// [3 5 6 4]
}

func ExampleSharesMemory() {
	x := ndarray.Arange(12).Reshape(3, 4)
	even, odd := x.Slice(":, ::2"), x.Slice(":, 1::2")
	fmt.Println(ndarray.MayShareMemory(even, odd), ndarray.SharesMemory(even, odd))
	fmt.Println(ndarray.SharesMemory(x, x.T()))
	z := ndarray.Zeros[complex128](4)
	fmt.Println(ndarray.SharesMemory(z, ndarray.ImagPart[float64](z)))
	// Output:
	// true false
	// true
	// true
}

func ExampleBlock2() {
	a := ndarray.Full(1, 2, 2)
	b := ndarray.Full(2, 2, 1)
	c := ndarray.FromSlice([]int{7, 8, 9}) // a 1-d block is a row
	fmt.Println(ndarray.Block2([][]*ndarray.Array[int]{{a, b}, {c}}))
	fmt.Println(ndarray.Block([]*ndarray.Array[int]{ndarray.Scalar(0), c})) // 0-d joins as one element
	// Output:
	// [[1 1 2]
	//  [1 1 2]
	//  [7 8 9]]
	// [0 7 8 9]
}

func ExampleFlipud() {
	a := ndarray.Arange(6).Reshape(2, 3)
	fmt.Println(ndarray.Flipud(a))
	fmt.Println(ndarray.Fliplr(a))
	// Output:
	// [[3 4 5]
	//  [0 1 2]]
	// [[2 1 0]
	//  [5 4 3]]
}
