package linalg_test

import (
	"fmt"

	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

// The eigenvalues of a Hermitian matrix are real: Eigh returns them in the
// input's complex dtype with zero imaginary parts, and RealPart views them
// as float64 without a copy.
func ExampleEigh_complex() {
	a := ndarray.FromSlice([]complex128{2, 1i, -1i, 2}, 2, 2)
	w, _, _ := linalg.Eigh(a)
	fmt.Println(w)
	fmt.Println(ndarray.RealPart[float64](w))
	// Output:
	// [1.+0.j 3.+0.j]
	// [1. 3.]
}

// For complex input Slogdet's sign is the phase of the determinant.
func ExampleSlogdet_complex() {
	a := ndarray.FromSlice([]complex128{1i, 0, 0, 2}, 2, 2)
	sign, logdet := linalg.Slogdet(a)
	fmt.Println(sign, logdet)
	fmt.Println(linalg.Det(a))
	// Output:
	// 1j (0.6931471805599453+0j)
	// 2j
}
