// Command tour walks a newcomer through numgo: creating arrays, shapes,
// views, printing, broadcasting arithmetic, ufuncs, reductions, matrix
// products and FFTs. Run it with `make demo` or `go run ./examples/tour`.
package main

import (
	"fmt"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/fft"
	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

func main() {
	section("Creating arrays")
	a := ndarray.Arange(12) // *Array[int], like np.arange(12)
	show("a := ndarray.Arange(12)", a)
	fmt.Println("shape", a.Shape(), "size", a.Size(), "ndim", a.Ndim(), "dtype", a.Dtype())
	show("ndarray.Linspace(0.0, 1.0, 5)", ndarray.Linspace(0.0, 1.0, 5))
	show("ndarray.Eye[float64](3)", ndarray.Eye[float64](3))

	section("Reshaping and slicing make views")
	m := a.Reshape(3, 4)
	show("m := a.Reshape(3, 4)", m)
	show("m.T()", m.T())
	rev := m.Slice(":, ::-1")
	show(`rev := m.Slice(":, ::-1")`, rev)
	rev.Set(100, 0, 0) // a view: this writes m[0, 3] and a[3]
	show("after rev.Set(100, 0, 0), a is", a)
	show(`m.Slice("1:, 1::2")`, m.Slice("1:, 1::2"))

	section("Broadcasting arithmetic and ufuncs")
	x := ndarray.Convert[float64](ndarray.Arange(6)).Reshape(2, 3)
	row := ndarray.FromSlice([]float64{10, 20, 30})
	show("x", x)
	show("ndarray.Add(x, row)  // (2,3) + (3,)", ndarray.Add(x, row))
	show("x.Mul(x).Sub(row)    // methods chain", x.Mul(x).Sub(row))
	show("ndarray.Exp(x)", ndarray.Exp(x))
	show("ndarray.Greater(x, ndarray.Scalar(2.5))", ndarray.Greater(x, ndarray.Scalar(2.5)))

	section("Reductions")
	show("ndarray.Sum(x)", ndarray.Sum(x))
	show("ndarray.Sum(x, ndarray.Axis(0))", ndarray.Sum(x, ndarray.Axis(0)))
	show("ndarray.Mean(x, ndarray.Axis(1), ndarray.KeepDims())", ndarray.Mean(x, ndarray.Axis(1), ndarray.KeepDims()))
	show("ndarray.ArgMax(x, ndarray.Axis(1))", ndarray.ArgMax(x, ndarray.Axis(1)))

	section("Writing into a caller's array (NumPy's out=)")
	out := ndarray.Zeros[float64](2, 3)
	ndarray.AddTo(out, x, row) // no allocation
	show("ndarray.AddTo(out, x, row)", out)

	section("Matrix products on " + blas.Backend())
	k := ndarray.FromSlice([]float64{1, 2, 3, 4}, 2, 2)
	show("linalg.Matmul(k, k)", linalg.Matmul(k, k))
	show(`linalg.Einsum("ij,j->i", x, row)`, linalg.Einsum("ij,j->i", x, row))

	section("FFT on the " + fft.Backend() + " engine")
	s := ndarray.FromSlice([]float64{1, 0, -1, 0})
	show("fft.FFT([1 0 -1 0])", fft.FFT(s))

	section("Printing summarises large arrays")
	show("ndarray.Arange(2000)", ndarray.Arange(2000))
}

func section(title string) { fmt.Printf("\n== %s ==\n", title) }

func show(label string, v fmt.Stringer) { fmt.Printf("%s\n%v\n", label, v) }
