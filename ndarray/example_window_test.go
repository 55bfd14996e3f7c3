package ndarray_test

import (
	"fmt"

	"github.com/numgo/numgo/ndarray"
)

func ExampleHanning() {
	fmt.Println(ndarray.Hanning(5))
	fmt.Println(ndarray.Bartlett(5))
	fmt.Println(ndarray.Blackman(1), ndarray.Hamming(0))
	// Output:
	// [0.  0.5 1.  0.5 0. ]
	// [0.  0.5 1.  0.5 0. ]
	// [1.] []
}

func ExampleKaiser() {
	fmt.Println(ndarray.Kaiser(6, 14))
	fmt.Println(ndarray.Kaiser(4, 0)) // rectangular
	// Output:
	// [7.72686684e-06 6.81537432e-02 7.61509399e-01 7.61509399e-01
	//  6.81537432e-02 7.72686684e-06]
	// [1. 1. 1. 1.]
}

func ExampleI0() {
	x := ndarray.FromSlice([]float64{0, 1, -2, 3}, 2, 2)
	fmt.Println(ndarray.I0(x))
	// Output:
	// [[1.         1.26606588]
	//  [2.2795853  4.88079259]]
}

func ExamplePackBits() {
	a := ndarray.FromSlice([]uint8{
		1, 0, 1,
		0, 1, 0,
		1, 1, 0,
		0, 1, 1,
	}, 4, 3)
	fmt.Println(ndarray.PackBits(a))                           // flattened: 101010110011 padded to 16 bits
	fmt.Println(ndarray.PackBits(a, ndarray.BitsAxis(0)))      // down the columns: 1010, 0111, 1001
	fmt.Println(ndarray.PackBits(a, ndarray.BitOrderLittle())) // first element in bit 0
	// Output:
	// [171  48]
	// [[160 112 144]]
	// [213  12]
}

func ExampleUnpackBits() {
	a := ndarray.FromSlice([]uint8{2, 7, 23}, 3, 1)
	fmt.Println(ndarray.UnpackBits(a, ndarray.BitsAxis(1)))
	fmt.Println(ndarray.UnpackBits(a, ndarray.BitsAxis(1), ndarray.BitCount(-3), ndarray.BitOrderLittle()))
	// Output:
	// [[0 0 0 0 0 0 1 0]
	//  [0 0 0 0 0 1 1 1]
	//  [0 0 0 1 0 1 1 1]]
	// [[0 1 0 0 0]
	//  [1 1 1 0 0]
	//  [1 1 1 0 1]]
}
