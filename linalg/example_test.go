package linalg_test

import (
	"fmt"

	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

func ExampleMatmul() {
	a := ndarray.Arange(6.0).Reshape(2, 3)
	b := ndarray.Arange(3.0)
	fmt.Println(linalg.Matmul(a, a.T()).ToSlice()) // a @ a.T, a transposed view read in place
	fmt.Println(linalg.Matmul(a, b).ToSlice())     // the 1-d b is a column; its axis is removed
	stack := ndarray.Arange(12.0).Reshape(2, 2, 3)
	fmt.Println(linalg.Matmul(stack, a.T()).Shape()) // (2,2,3) @ (3,2): a stack times one matrix
	// Output:
	// [5 14 14 50]
	// [5 14]
	// [2 2 2]
}

func ExampleMatmulTo() {
	a := ndarray.Arange(4.0).Reshape(2, 2)
	out := ndarray.Zeros[float64](2, 2)
	for range 3 { // no allocation inside the loop
		linalg.MatmulTo(out, a, a)
	}
	fmt.Println(out.ToSlice())
	// Output:
	// [2 3 6 11]
}

func ExampleEinsum() {
	a := ndarray.Arange(9.0).Reshape(3, 3)
	fmt.Println(linalg.Einsum("ii->", a).Item())                            // trace
	fmt.Println(linalg.Einsum("ii->i", a).ToSlice())                        // diagonal
	fmt.Println(linalg.Einsum("ij,jk->ik", a, a).At(1, 1))                  // matrix product
	fmt.Println(linalg.Einsum("i,j", a.Diagonal(0), a.Diagonal(0)).Shape()) // implicit output "ij"
	x := ndarray.Arange(24.0).Reshape(2, 3, 4)
	fmt.Println(linalg.Einsum("bij,bkj->bik", x, x).Shape()) // batched x @ x.T
	// Output:
	// 12
	// [0 4 8]
	// 54
	// [3 3]
	// [2 3 3]
}

func ExampleDot() {
	a := ndarray.Arange(24).Reshape(2, 3, 4)
	b := ndarray.Arange(8).Reshape(4, 2)
	fmt.Println(linalg.Dot(a, b).Shape()) // sum over the last axis of a and the first of b
	fmt.Println(linalg.Vdot(ndarray.FromSlice([]complex128{1i, 2}), ndarray.FromSlice([]complex128{1i, 1})))
	// Output:
	// [2 3 2]
	// (3+0i)
}

func ExampleTensordot() {
	a := ndarray.Arange(60.0).Reshape(3, 4, 5)
	b := ndarray.Arange(24.0).Reshape(4, 3, 2)
	fmt.Println(linalg.Tensordot(a, b, []int{1, 0}, []int{0, 1}).ToSlice())
	fmt.Println(linalg.TensordotN(a, b, 0).Shape()) // all axes kept: the outer product
	// Output:
	// [4400 4730 4532 4874 4664 5018 4796 5162 4928 5306]
	// [3 4 5 4 3 2]
}

func ExampleKron() {
	a := ndarray.FromSlice([]int{1, 10}, 2)
	b := ndarray.FromSlice([]int{1, 2, 3}, 3)
	fmt.Println(linalg.Kron(a, b).ToSlice())
	// Output:
	// [1 2 3 10 20 30]
}

func ExampleTrace() {
	a := ndarray.Arange(9).Reshape(3, 3)
	fmt.Println(linalg.Trace(a, 0).Item(), linalg.Trace(a, 1).Item())
	// Output:
	// 12 6
}

func ExampleMultiDot() {
	a := ndarray.Ones[float64](10, 100)
	b := ndarray.Ones[float64](100, 5)
	v := ndarray.Ones[float64](5)
	// Evaluated as a·(b·v): two matrix-vector products instead of a matrix product.
	fmt.Println(linalg.MultiDot(a, b, v).Shape(), linalg.MultiDot(a, b, v).At(0))
	// Output:
	// [10] 500
}

func ExampleFromDense() {
	a := ndarray.Arange(6.0).Reshape(2, 3)
	d := linalg.ToDense(a) // shares a's memory
	d.Set(0, 0, 100)
	fmt.Println(a.At(0, 0), linalg.FromDense(d).Shape())
	// Output:
	// 100 [2 3]
}
