package ndarray_test

import (
	"fmt"

	"github.com/numgo/numgo/ndarray"
)

func ExampleInsert() {
	a := ndarray.Arange(6).Reshape(2, 3)
	// NumPy's np.insert(a, 1, [7, 8], axis=1): a scalar index inserts one column.
	fmt.Println(ndarray.InsertAt(a, 1, ndarray.FromSlice([]int{7, 8}, 2), 1))
	// np.insert(a, [1], [[7], [8]], axis=1): a sequence of indices.
	fmt.Println(ndarray.Insert(a, []int{1}, ndarray.FromSlice([]int{7, 8}, 2, 1), 1))
	// Without an axis a is flattened; equal indices keep the values' order.
	fmt.Println(ndarray.Insert(ndarray.Arange(5), []int{1, 3, 3}, ndarray.FromSlice([]int{-1, -2, -3}, 3)))
	// Output:
	// [[0 7 1 2]
	//  [3 8 4 5]]
	// [[0 7 1 2]
	//  [3 8 4 5]]
	// [ 0 -1  1  2 -2 -3  3  4]
}

func ExampleDelete() {
	a := ndarray.Arange(6).Reshape(2, 3)
	fmt.Println(ndarray.Delete(a, []int{0, 2}, 1))
	fmt.Println(ndarray.Delete(a, []int{1, 4})) // flattened
	// Output:
	// [[1]
	//  [4]]
	// [0 2 3 5]
}

func ExampleSelect() {
	x := ndarray.Arange(6)
	conds := []*ndarray.Array[bool]{ndarray.Less(x, ndarray.Scalar(2)), ndarray.Greater(x, ndarray.Scalar(3))}
	choices := []*ndarray.Array[int]{x, ndarray.Mul(x, x)}
	fmt.Println(ndarray.Select(conds, choices, 42))
	// Output:
	// [ 0  1 42 42 16 25]
}

func ExampleChoose() {
	choices := []*ndarray.Array[int]{
		ndarray.Arange(4), ndarray.Arange(10, 14), ndarray.Arange(20, 24),
	}
	fmt.Println(ndarray.Choose(ndarray.FromSlice([]int{2, 0, 1, 0}, 4), choices))
	// Output:
	// [20  1 12  3]
}

func ExampleResize() {
	fmt.Println(ndarray.Resize(ndarray.FromSlice([]int{1, 2, 3}, 3), 2, 4))
	// Output:
	// [[1 2 3 1]
	//  [2 3 1 2]]
}

func ExampleTrimZeros() {
	a := ndarray.FromSlice([]int{0, 0, 1, 2, 0, 3, 0}, 7)
	fmt.Println(ndarray.TrimZeros(a, "fb"))
	fmt.Println(ndarray.TrimZeros(a, "b"))
	// Output:
	// [1 2 0 3]
	// [0 0 1 2 0 3]
}

func ExamplePlace() {
	// Place takes the values in turn for the true elements; Putmask takes
	// the value at each element's own position.
	odd := func(a *ndarray.Array[int]) *ndarray.Array[bool] {
		return ndarray.Equal(ndarray.Remainder(a, ndarray.Scalar(2)), ndarray.Scalar(1))
	}
	vals := ndarray.FromSlice([]int{10, 20}, 2)
	a := ndarray.Arange(6)
	ndarray.Place(a, odd(a), vals)
	fmt.Println(a)
	b := ndarray.Arange(6)
	ndarray.Putmask(b, odd(b), vals)
	fmt.Println(b)
	// Output:
	// [ 0 10  2 20  4 10]
	// [ 0 20  2 20  4 20]
}
