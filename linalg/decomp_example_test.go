package linalg_test

import (
	"errors"
	"fmt"

	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

func ExampleInv() {
	a := ndarray.FromSlice([]float64{4, 7, 2, 6}, 2, 2)
	inv, err := linalg.Inv(a)
	if err != nil {
		panic(err)
	}
	fmt.Println(inv)

	_, err = linalg.Inv(ndarray.FromSlice([]float64{1, 2, 2, 4}, 2, 2))
	fmt.Println(errors.Is(err, linalg.ErrSingular), err)
	// Output:
	// [[ 0.6 -0.7]
	//  [-0.2  0.4]]
	// true linalg: Inv: singular matrix
}

func ExampleSolve() {
	// 3x + y = 9, x + 2y = 8; and a stack of two systems sharing b.
	a := ndarray.FromSlice([]float64{3, 1, 1, 2}, 2, 2)
	b := ndarray.FromSlice([]float64{9, 8}, 2)
	x, _ := linalg.Solve(a, b)
	fmt.Println(x)
	stack := ndarray.FromSlice([]float64{3, 1, 1, 2, 2, 0, 0, 4}, 2, 2, 2)
	x, _ = linalg.Solve(stack, ndarray.FromSlice([]float64{9, 8}, 1, 2))
	fmt.Println(x)
	// Output:
	// [2. 3.]
	// [[2.  3. ]
	//  [4.5 2. ]]
}

func ExampleDet() {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4}, 2, 2)
	fmt.Printf("%.6f\n", linalg.Det(a).Item())
	sign, logdet := linalg.Slogdet(ndarray.Eye[float64](3))
	fmt.Println(sign.Item(), logdet.Item())
	// Output:
	// -2.000000
	// 1 0
}

func ExampleSVD() {
	a := ndarray.FromSlice([]float64{3, 0, 0, 0, 0, -2}, 2, 3)
	u, s, vh, _ := linalg.SVD(a, linalg.FullMatrices(false))
	fmt.Println(s)
	fmt.Println(u.Shape(), vh.Shape())
	// Output:
	// [3. 2.]
	// [2 2] [2 3]
}

func ExampleEigh() {
	a := ndarray.FromSlice([]float64{2, 1, 1, 2}, 2, 2)
	w, _, _ := linalg.Eigh(a)
	fmt.Println(w)
	// Output:
	// [1. 3.]
}

func ExampleEig() {
	// A rotation by 90°: eigenvalues ±i, complex as NumPy's.
	a := ndarray.FromSlice([]float64{0, -1, 1, 0}, 2, 2)
	w, _, _ := linalg.Eig(a)
	fmt.Println(w)
	// Output:
	// [0.+1.j 0.-1.j]
}

func ExampleNorm() {
	v := ndarray.FromSlice([]float64{3, -4}, 2)
	n2, _ := linalg.Norm(v)
	n1, _ := linalg.Norm(v, linalg.Ord(1))
	fmt.Println(n2.Item(), n1.Item())
	m := ndarray.FromSlice([]float64{1, -2, 3, 4}, 2, 2)
	rows, _ := linalg.Norm(m, linalg.Axis(1), linalg.Ord(1), linalg.KeepDims())
	fmt.Println(rows)
	// Output:
	// 5 7
	// [[3.]
	//  [7.]]
}

func ExampleLstsq() {
	// Fit y = c0 + c1·x through (0, 1), (1, 3), (2, 5.5).
	a := ndarray.FromSlice([]float64{1, 0, 1, 1, 1, 2}, 3, 2)
	y := ndarray.FromSlice([]float64{1, 3, 5.5}, 3)
	c, res, rank, _, _ := linalg.Lstsq(a, y)
	fmt.Println(c, res, rank)
	// Output:
	// [0.91666667 2.25      ] [0.04166667] 2
}

func ExampleQR() {
	a := ndarray.FromSlice([]float64{3, 1, 4, 2}, 2, 2)
	_, r := linalg.QR(a)
	fmt.Println(r)
	// Output:
	// [[-5.  -2.2]
	//  [ 0.   0.4]]
}

func ExampleMatrixPower() {
	a := ndarray.FromSlice([]float64{1, 1, 1, 0}, 2, 2) // Fibonacci
	p, _ := linalg.MatrixPower(a, 10)
	fmt.Println(p)
	q, _ := linalg.MatrixPower(ndarray.FromSlice([]float64{2, 0, 0, 4}, 2, 2), -1)
	fmt.Println(q)
	// Output:
	// [[89. 55.]
	//  [55. 34.]]
	// [[0.5  0.  ]
	//  [0.   0.25]]
}
