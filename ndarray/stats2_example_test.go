package ndarray_test

import (
	"fmt"

	"github.com/numgo/numgo/ndarray"
)

func ExampleDiff() {
	a := ndarray.FromSlice([]int{1, 2, 4, 7, 0}, 5)
	fmt.Println(ndarray.Diff(a, 1))
	fmt.Println(ndarray.Diff(a, 2))
	fmt.Println(ndarray.DiffWith(a, 1, ndarray.Scalar(0), nil))
	// Output:
	// [ 1  2  3 -7]
	// [  1   1 -10]
	// [ 1  1  2  3 -7]
}

func ExampleGradient() {
	f := ndarray.FromSlice([]float64{1, 2, 4, 7, 11, 16}, 6)
	fmt.Println(ndarray.Gradient(f)[0])
	fmt.Println(ndarray.Gradient(f, ndarray.GradientSpacing(2))[0])
	x := ndarray.FromSlice([]float64{0, 1, 1.5, 3.5, 4, 6}, 6)
	fmt.Println(ndarray.Gradient(f, ndarray.Coordinates(x), ndarray.EdgeOrder(2))[0])
	// Output:
	// [1.  1.5 2.5 3.5 4.5 5. ]
	// [0.5  0.75 1.25 1.75 2.25 2.5 ]
	// [-1.   3.   3.5  6.7  6.9 -1.9]
}

func ExampleTrapezoid() {
	y := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	fmt.Println(ndarray.Trapezoid(y, nil, 1, -1))
	x := ndarray.FromSlice([]float64{0, 1, 3}, 3)
	fmt.Println(ndarray.Trapezoid(y, x, 0, -1))
	// Output:
	// [ 4. 10.]
	// [ 6.5 15.5]
}

func ExampleHistogram() {
	a := ndarray.FromSlice([]float64{0.5, 1, 1, 1.5, 2, 3, 3.5, 4}, 8)
	hist, edges := ndarray.Histogram(a, ndarray.Bins(4))
	fmt.Println(hist, edges)
	hist, edges = ndarray.Histogram(a, ndarray.Bins(2), ndarray.Range(0, 2))
	fmt.Println(hist, edges)
	density, _ := ndarray.HistogramDensity(a, nil, ndarray.BinEdges(ndarray.FromSlice([]float64{0, 1, 4}, 3)))
	fmt.Println(density)
	// Output:
	// [3 2 1 2] [0.5   1.375 2.25  3.125 4.   ]
	// [1 4] [0. 1. 2.]
	// [0.125      0.29166667]
}

func ExampleBincount() {
	x := ndarray.FromSlice([]int{0, 1, 1, 3, 2, 1, 7}, 7)
	fmt.Println(ndarray.Bincount(x, 0))
	w := ndarray.FromSlice([]float64{0.3, 0.5, 0.2, 0.7, 1, -0.6, 2}, 7)
	fmt.Println(ndarray.BincountWeighted(x, w, 10))
	// Output:
	// [1 3 1 1 0 0 0 1]
	// [0.3 0.1 1.  0.7 0.  0.  0.  2.  0.  0. ]
}

func ExampleDigitize() {
	x := ndarray.FromSlice([]float64{0.2, 6.4, 3.0, 1.6}, 4)
	bins := ndarray.FromSlice([]float64{0, 1, 2.5, 4, 10}, 5)
	fmt.Println(ndarray.Digitize(x, bins, false))
	fmt.Println(ndarray.Digitize(x, ndarray.Flip(bins), false))
	// Output:
	// [1 4 3 2]
	// [4 1 2 3]
}

func ExampleInterp() {
	xp := ndarray.FromSlice([]float64{1, 2, 3}, 3)
	fp := ndarray.FromSlice([]float64{3, 2, 0}, 3)
	x := ndarray.FromSlice([]float64{0, 1, 1.5, 2.72, 3.14}, 5)
	fmt.Println(ndarray.Interp(x, xp, fp))
	fmt.Println(ndarray.Interp(x, xp, fp, ndarray.RightValue(-1)))
	// Output:
	// [3.   3.   2.5  0.56 0.  ]
	// [ 3.    3.    2.5   0.56 -1.  ]
}

func ExampleCov() {
	m := ndarray.FromSlice([]float64{0, 1, 2, 2, 1, 0}, 2, 3)
	fmt.Println(ndarray.Cov(m, nil))
	x := ndarray.FromSlice([]float64{-2.1, -1, 4.3}, 3)
	y := ndarray.FromSlice([]float64{3, 1.1, 0.12}, 3)
	fmt.Println(ndarray.Cov(x, y))
	fmt.Println(ndarray.Corrcoef(x, y))
	// Output:
	// [[ 1. -1.]
	//  [-1.  1.]]
	// [[11.71       -4.286     ]
	//  [-4.286       2.14413333]]
	// [[ 1.         -0.85535781]
	//  [-0.85535781  1.        ]]
}
