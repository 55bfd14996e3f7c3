package ndarray_test

import (
	"fmt"
	"math"

	"github.com/numgo/numgo/ndarray"
)

func ExampleArange() {
	fmt.Println(ndarray.Arange(5))
	fmt.Println(ndarray.Arange(0.0, 1.0, 0.25))
	fmt.Println(ndarray.Arange(10, 0, -3))
	// Output:
	// [0 1 2 3 4]
	// [0.   0.25 0.5  0.75]
	// [10  7  4  1]
}

func ExampleLinspace() {
	fmt.Println(ndarray.Linspace(0.0, 1.0, 5))
	fmt.Println(ndarray.Linspace(0.0, 1.0, 5, ndarray.Endpoint(false)))
	// Output:
	// [0.   0.25 0.5  0.75 1.  ]
	// [0.  0.2 0.4 0.6 0.8]
}

func ExampleFromSlice() {
	data := []float64{1, 2, 3, 4, 5, 6}
	a := ndarray.FromSlice(data, 2, 3) // shares data
	a.Set(-1, 1, 2)
	fmt.Println(a)
	fmt.Println(data)
	// Output:
	// [[ 1.  2.  3.]
	//  [ 4.  5. -1.]]
	// [1 2 3 4 5 -1]
}

func ExampleArray_Reshape() {
	a := ndarray.Arange(6)
	v := a.Reshape(2, -1) // a view: the strides allow it
	v.Set(50, 1, 0)
	fmt.Println(v)
	fmt.Println(a)
	c := v.T().Reshape(6) // a copy: a transpose cannot be read flat
	c.Set(-1, 0)
	fmt.Println(c, a.At(0))
	// Output:
	// [[ 0  1  2]
	//  [50  4  5]]
	// [ 0  1  2 50  4  5]
	// [-1 50  1  4  2  5] 0
}

func ExampleArray_BroadcastTo() {
	row := ndarray.FromSlice([]int{1, 2, 3})
	b := row.BroadcastTo(2, 3)
	fmt.Println(b)
	fmt.Println(b.Strides()) // stride 0: every row is the same memory
	// Output:
	// [[1 2 3]
	//  [1 2 3]]
	// [0 1]
}

func ExampleAdd() {
	a := ndarray.Arange(6).Reshape(2, 3)
	b := ndarray.FromSlice([]int{10, 20, 30})
	fmt.Println(ndarray.Add(a, b)) // (2,3) + (3,) broadcasts
	fmt.Println(a.Add(b).Mul(a))   // methods chain
	// Output:
	// [[10 21 32]
	//  [13 24 35]]
	// [[  0  21  64]
	//  [ 39  96 175]]
}

func ExampleAddTo() {
	a := ndarray.Linspace(0.0, 1.0, 4)
	acc := ndarray.Zeros[float64](4)
	for range 3 {
		ndarray.AddTo(acc, acc, a) // acc += a, without allocating
	}
	fmt.Println(acc)
	// Output:
	// [0. 1. 2. 3.]
}

func ExampleFloorDivide() {
	a := ndarray.FromSlice([]int{7, -7, 7, -7, 5})
	b := ndarray.FromSlice([]int{2, 2, -2, -2, 0})
	fmt.Println(ndarray.FloorDivide(a, b)) // floor, as Python's //; x//0 is 0
	fmt.Println(ndarray.Remainder(a, b))   // the divisor's sign, as Python's %
	// Output:
	// [ 3 -4 -4  3  0]
	// [ 1  1 -1 -1  0]
}

func ExampleExp() {
	fmt.Println(ndarray.Exp(ndarray.Linspace(0.0, 2.0, 3)))
	// Output:
	// [1.         2.71828183 7.3890561 ]
}

func ExampleSum() {
	a := ndarray.Arange(6).Reshape(2, 3)
	fmt.Println(ndarray.Sum(a))
	fmt.Println(ndarray.Sum(a, ndarray.Axis(0)))
	fmt.Println(ndarray.Sum(a, ndarray.Axis(-1), ndarray.KeepDims()))
	fmt.Println(ndarray.Sum(a).Item())
	// Output:
	// 15
	// [3 5 7]
	// [[ 3]
	//  [12]]
	// 15
}

func ExampleNanMean() {
	nan := ndarray.Convert[float64](ndarray.FromSlice([]int{1, 2, 3, 4})).Reshape(2, 2)
	nan.Set(ndarray.Log(ndarray.Scalar(-1.0)).Item(), 0, 1) // NaN
	fmt.Println(ndarray.Mean(nan, ndarray.Axis(0)))
	fmt.Println(ndarray.NanMean(nan, ndarray.Axis(0)))
	// Output:
	// [ 2. nan]
	// [2. 4.]
}

func ExampleVarComplex() {
	z := ndarray.FromSlice([]complex128{1 + 1i, 3 - 1i, 2 + 3i, -2i}, 2, 2)
	fmt.Println(ndarray.VarComplex[float64](z))
	fmt.Println(ndarray.StdComplex[float64](z, ndarray.Axis(0)))
	// Output:
	// 4.9375
	// [1.11803399 1.58113883]
}

func ExamplePercentiles() {
	a := ndarray.FromSlice([]float64{3, 1, 4, 1, 5, 9, 2, 6}, 2, 4)
	fmt.Println(ndarray.Percentiles(a, []float64{25, 50, 75}))
	fmt.Println(ndarray.Percentiles(a, []float64{0, 100}, ndarray.Axis(1)))
	a.Set(math.NaN(), 1, 1)
	fmt.Println(ndarray.Median(a, ndarray.Axis(1)), ndarray.NanMedian(a, ndarray.Axis(1)))
	// Output:
	// [1.75 3.5  5.25]
	// [[1. 2.]
	//  [4. 9.]]
	// [ 2. nan] [2. 5.]
}

func ExampleWhere() {
	x := ndarray.Linspace(-1.0, 1.0, 5)
	fmt.Println(ndarray.Where(ndarray.Less(x, ndarray.Scalar(0.0)), ndarray.Negative(x), x))
	// Output:
	// [1.  0.5 0.  0.5 1. ]
}

func ExampleArgMax() {
	a := ndarray.FromSlice([]float64{3, 9, 9, 1, 0, 4}, 2, 3)
	fmt.Println(ndarray.ArgMax(a))
	fmt.Println(ndarray.ArgMax(a, ndarray.Axis(1)))
	// Output:
	// 1
	// [1 2]
}

func ExampleConvert() {
	f := ndarray.FromSlice([]float64{-1.7, -0.5, 0.5, 2.9})
	fmt.Println(ndarray.Convert[int](f)) // truncates toward zero, as NumPy
	fmt.Println(ndarray.Convert[bool](f))
	// Output:
	// [-1  0  0  2]
	// [ True  True  True  True]
}

func ExampleMeanFloat64() {
	a := ndarray.FromSlice([]int{1, 2, 3, 4, 5, 7}, 2, 3)
	// NumPy's np.mean, np.var and np.median of integers are float64.
	fmt.Println(ndarray.MeanFloat64(a))
	fmt.Println(ndarray.MeanFloat64(a, ndarray.Axis(0)))
	fmt.Println(ndarray.VarFloat64(a, ndarray.Axis(1)))
	fmt.Println(ndarray.MedianFloat64(a))
	fmt.Println(ndarray.Quantile(a, 0.25))
	// A mask's mean is the fraction of true elements, its sum the count.
	mask := ndarray.Greater(a, ndarray.Scalar(2))
	fmt.Println(ndarray.MeanFloat64(ndarray.Convert[uint8](mask)), ndarray.CountNonzero(mask))
	// Output:
	// 3.6666666666666665
	// [2.5 3.5 5. ]
	// [0.66666667 1.55555556]
	// 3.5
	// 2.25
	// 0.6666666666666666 4
}

func ExampleTrueDivide() {
	a := ndarray.FromSlice([]int{1, 2, 3, -4})
	b := ndarray.FromSlice([]int{2, 0})
	// Python's a / b of integer arrays is float64.
	fmt.Println(ndarray.TrueDivide(a, ndarray.Scalar(4)))
	fmt.Println(ndarray.TrueDivide(a.Reshape(2, 2), b))
	// Output:
	// [ 0.25  0.5   0.75 -1.  ]
	// [[ 0.5  inf]
	//  [ 1.5 -inf]]
}
