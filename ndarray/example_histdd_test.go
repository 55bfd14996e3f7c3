package ndarray_test

import (
	"fmt"

	"github.com/numgo/numgo/ndarray"
)

func ExampleHistogramDD() {
	// Five points in three dimensions, one per row.
	sample := ndarray.FromSlice([]float64{
		0, 0, 0,
		1, 0.5, 2,
		0.5, 1, 1,
		1, 1, 2,
		3, 0, 0, // outside the range of the first dimension: not counted
	}, 5, 3)
	hist, edges := ndarray.HistogramDD(sample, nil, ndarray.BinsEach(2, 2, 1), ndarray.Range(0, 2))
	fmt.Println(hist.Shape())
	fmt.Println(hist)
	fmt.Println(edges[0], edges[2])
	// Output:
	// [2 2 1]
	// [[[1.]
	//   [1.]]
	//
	//  [[1.]
	//   [1.]]]
	// [0. 1. 2.] [0. 2.]
}

func ExampleHistogram2d() {
	x := ndarray.FromSlice([]float64{0.5, 1, 1.5, 2, 3.5, 4}, 6)
	y := ndarray.FromSlice([]float64{1, 1, 2, 2, 3, 4}, 6)
	hist, xedges, yedges := ndarray.Histogram2d(x, y, nil, ndarray.Bins(2))
	fmt.Println(hist)
	fmt.Println(xedges, yedges)
	// NumPy's bins=[2, yedges]: two equal bins for x, given edges for y;
	// each point adds its weight.
	w := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 6)
	hist, _, _ = ndarray.Histogram2d(x, y, w, ndarray.Bins(2),
		ndarray.BinEdgesEach(nil, ndarray.FromSlice([]float64{0, 1.5, 5}, 3)))
	fmt.Println(hist)
	density, _, _ := ndarray.Histogram2dDensity(x, y, nil, ndarray.BinsEach(1, 2))
	fmt.Println(density)
	// Output:
	// [[4. 0.]
	//  [0. 2.]]
	// [0.5  2.25 4.  ] [1.  2.5 4. ]
	// [[ 3.  7.]
	//  [ 0. 11.]]
	// [[0.12698413 0.06349206]]
}
