package ndarray_test

import (
	"fmt"
	"math"

	"github.com/numgo/numgo/ndarray"
)

func ExampleLogaddexp() {
	// log(exp(1000) + exp(1000)) without overflow: 1000 + log(2).
	a := ndarray.FromSlice([]float64{1000, -1000, 0})
	b := ndarray.FromSlice([]float64{1000, -1001, math.Inf(-1)})
	fmt.Println(ndarray.Logaddexp(a, b))
	// Output:
	// [1000.69314718 -999.68673831    0.        ]
}

func ExampleGcd() {
	a := ndarray.FromSlice([]int8{12, -12, 0, -128})
	fmt.Println(ndarray.Gcd(a, ndarray.Scalar[int8](20)))
	fmt.Println(ndarray.Lcm(a, ndarray.Scalar[int8](20)))
	// Output:
	// [ 4  4 20  4]
	// [  60   60    0 -128]
}

func ExampleFrexp() {
	x := ndarray.FromSlice([]float64{8, -0.75, 0, 5e-324})
	m, e := ndarray.Frexp(x)
	fmt.Println(m)
	fmt.Println(e)
	fmt.Println(ndarray.Ldexp(m, e)) // back to x
	// Output:
	// [ 0.5  -0.75  0.    0.5 ]
	// [    4     0     0 -1073]
	// [ 8.0e+000 -7.5e-001  0.0e+000  4.9e-324]
}

func ExampleModf() {
	frac, integral := ndarray.Modf(ndarray.FromSlice([]float64{3.25, -2.5, math.Inf(1)}))
	fmt.Println(frac)
	fmt.Println(integral)
	// Output:
	// [ 0.25 -0.5   0.  ]
	// [ 3. -2. inf]
}

func ExampleSpacing() {
	// The ulp of 1 in each precision, and Nextafter's step from 1 toward 2.
	one := ndarray.FromSlice([]float64{1})
	fmt.Println(ndarray.Spacing(one), ndarray.Spacing(ndarray.Convert[float32](one)))
	fmt.Println(ndarray.Sub(ndarray.Nextafter(one, ndarray.Scalar(2.0)), one))
	// Output:
	// [2.22044605e-16] [1.1920929e-07]
	// [2.22044605e-16]
}
