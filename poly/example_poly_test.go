package poly_test

import (
	"fmt"

	"github.com/numgo/numgo/ndarray"
	"github.com/numgo/numgo/poly"
)

func ExampleVal() {
	p := ndarray.FromSlice([]float64{3, 0, 1}) // 3x² + 1
	fmt.Println(poly.Val(p, ndarray.FromSlice([]float64{0, 1, 2, 5})))
	fmt.Println(poly.Val(p, ndarray.Scalar(0.5)))
	// Output:
	// [ 1.  4. 13. 76.]
	// 1.75
}

func ExampleFit() {
	x := ndarray.FromSlice([]float64{0, 1, 2, 3, 4})
	y := ndarray.FromSlice([]float64{1, 3, 7, 13, 21}) // x² + x + 1
	p, err := poly.Fit(x, y, 2)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.6f\n", p.ToSlice())
	// Output:
	// [1.000000 1.000000 1.000000]
}

func ExampleFitFull() {
	x := ndarray.FromSlice([]float64{0, 1, 2})
	y := ndarray.FromSlice([]float64{1, 0, 1})
	// Degree 3 through 3 points: NumPy's RankWarning. FitFull's Rank tells.
	r, err := poly.FitFull(x, y, 3)
	if err != nil {
		panic(err)
	}
	fmt.Println("rank", r.Rank, "of", r.Coef.Size())
	// Output:
	// rank 3 of 4
}

func ExampleFitCov() {
	x := ndarray.FromSlice([]float64{0, 1, 2, 3, 4, 5})
	y := ndarray.FromSlice([]float64{0.1, 0.9, 2.2, 2.8, 4.1, 5.0})
	p, cov, err := poly.FitCov(x, y, 1)
	if err != nil {
		panic(err)
	}
	fmt.Printf("slope %.3f ± %.3f\n", p.At(0), ndarray.Sqrt(cov).At(0, 0))
	// Output:
	// slope 0.991 ± 0.039
}

func ExampleRoots() {
	p := ndarray.FromSlice([]float64{1, -6, 11, -6, 0}) // x(x-1)(x-2)(x-3)
	r, err := poly.Roots(p)
	if err != nil {
		panic(err)
	}
	for _, z := range r.ToSlice() {
		fmt.Printf("%.4f\n", real(z))
	}
	// Output:
	// 3.0000
	// 2.0000
	// 1.0000
	// 0.0000
}

func ExampleFromRoots() {
	fmt.Println(poly.FromRoots(ndarray.FromSlice([]float64{1, 2, 3})))
	// Conjugate pairs give real coefficients.
	fmt.Println(poly.FromRoots(ndarray.FromSlice([]complex128{1i, -1i})))
	// Output:
	// [ 1. -6. 11. -6.]
	// [1.+0.j 0.+0.j 1.+0.j]
}

func ExampleCharPoly() {
	a := ndarray.FromSlice([]float64{2, 1, 1, 2}, 2, 2)
	p, err := poly.CharPoly(a) // eigenvalues 1 and 3
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.4f\n", p.ToSlice())
	// Output:
	// [1.0000 -4.0000 3.0000]
}

func ExampleDiv() {
	u := ndarray.FromSlice([]float64{1, 0, -1}) // x² - 1
	v := ndarray.FromSlice([]float64{1, 1})     // x + 1
	q, r := poly.Div(u, v)
	fmt.Println(q, r)
	// Output:
	// [ 1. -1.] [0.]
}

func ExampleMul() {
	a := ndarray.FromSlice([]float64{1, 1})  // x + 1
	b := ndarray.FromSlice([]float64{1, -1}) // x - 1
	fmt.Println(poly.Mul(a, b), poly.Add(a, b), poly.Sub(a, b))
	// Output:
	// [ 1.  0. -1.] [2. 0.] [0. 2.]
}

func ExampleDer() {
	p := ndarray.FromSlice([]float64{1, 1, 1, 1}) // x³ + x² + x + 1
	fmt.Println(poly.Der(p, 1), poly.Der(p, 2))
	// Output:
	// [3. 2. 1.] [6. 2.]
}

func ExampleInt() {
	p := ndarray.FromSlice([]float64{3, 2, 1}) // 3x² + 2x + 1
	fmt.Println(poly.Int(p, 1))
	fmt.Println(poly.Int(p, 1, 5)) // the constant of integration 5
	// Output:
	// [1. 1. 1. 0.]
	// [1. 1. 1. 5.]
}
