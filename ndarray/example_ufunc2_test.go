package ndarray_test

import (
	"fmt"
	"math"

	"github.com/numgo/numgo/ndarray"
)

func ExampleFmod() {
	// The remainder takes the dividend's sign, as C's fmod; Remainder
	// takes the divisor's, as Python's %.
	a := ndarray.FromSlice([]int{-7, 7, -7, 7})
	b := ndarray.FromSlice([]int{2, -2, 0, 3})
	fmt.Println(ndarray.Fmod(a, b))
	fmt.Println(ndarray.Remainder(a, b))
	// Output:
	// [-1  1  0  1]
	// [ 1 -1  0  1]
}

func ExampleDivmod() {
	q, r := ndarray.Divmod(ndarray.FromSlice([]float64{7, -7, 7.5, 1}), ndarray.Scalar(-2.0))
	fmt.Println(q)
	fmt.Println(r)
	// Output:
	// [-4.  3. -4. -1.]
	// [-1.  -1.  -0.5 -1. ]
}

func ExampleDivmodTo() {
	// In place, as np.divmod(x, y, out=(x, y)): x gets the quotients and
	// y the remainders, each computed from the original operands.
	x := ndarray.FromSlice([]int8{-128, 100, -7})
	y := ndarray.FromSlice([]int8{-1, 0, 2})
	ndarray.DivmodTo(x, y, x, y)
	fmt.Println(x, y)
	// Output:
	// [-128    0   -4] [0 0 1]
}

func ExampleFix() {
	fmt.Println(ndarray.Fix(ndarray.FromSlice([]float64{2.1, 2.9, -2.1, -2.9})))
	// Output:
	// [ 2.  2. -2. -2.]
}

func ExampleNanCumProd() {
	a := ndarray.FromSlice([]float64{1, 2, 3, math.NaN()}, 2, 2)
	fmt.Println(ndarray.NanCumProd(a))
	fmt.Println(ndarray.NanCumProd(a, ndarray.Axis(0)))
	// Output:
	// [1. 2. 6. 6.]
	// [[1. 2.]
	//  [3. 2.]]
}

func ExampleEdiff1d() {
	x := ndarray.FromSlice([]int{1, 2, 4, 7, 0})
	fmt.Println(ndarray.Ediff1d(x, nil, nil))
	fmt.Println(ndarray.Ediff1d(x, ndarray.FromSlice([]int{88, 99}), ndarray.Scalar(-99)))
	// Output:
	// [ 1  2  3 -7]
	// [-99   1   2   3  -7  88  99]
}

func ExampleUnwrap() {
	// A phase that jumps by 2π after π/2 comes back continuous.
	phase := ndarray.Linspace(0, math.Pi, 5)
	tail := phase.Slice("3:")
	ndarray.AddTo(tail, tail, ndarray.Scalar(math.Pi))
	fmt.Println(phase)
	fmt.Println(ndarray.Unwrap(phase))
	// Degrees, with a period of 360.
	deg := ndarray.FromSlice([]float64{170, -170, -150, 175})
	fmt.Println(ndarray.Unwrap(deg, ndarray.UnwrapPeriod(360)))
	// Output:
	// [0.         0.78539816 1.57079633 5.49778714 6.28318531]
	// [ 0.          0.78539816  1.57079633 -0.78539816  0.        ]
	// [170. 190. 210. 175.]
}
