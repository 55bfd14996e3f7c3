package lapack

import (
	"slices"
	"testing"

	gblas "gonum.org/v1/gonum/blas"
)

// The factorisations below are worked by hand and exact in binary:
//
//	A = [2 1]  rows swapped: [4 3] = [1   0] [4  3  ]
//	    [4 3]                [2 1]   [0.5 1] [0 -0.5]
//
// so Dgetrf leaves [4 3; 0.5 -0.5] with ipiv = [1 1], and A x = [3 7] has
// the solution x = [1 1].
func TestDgetrfDgetrsByHand(t *testing.T) {
	impl := Float64()
	a := []float64{2, 1, 4, 3}
	ipiv := make([]int, 2)
	if ok := impl.Dgetrf(2, 2, a, 2, ipiv); !ok {
		t.Fatalf("Dgetrf reported a singular matrix")
	}
	if want := []float64{4, 3, 0.5, -0.5}; !slices.Equal(a, want) {
		t.Errorf("Dgetrf: LU = %v, want %v", a, want)
	}
	if want := []int{1, 1}; !slices.Equal(ipiv, want) {
		t.Errorf("Dgetrf: ipiv = %v, want %v", ipiv, want)
	}
	b := []float64{3, 7}
	impl.Dgetrs(gblas.NoTrans, 2, 1, a, 2, ipiv, b, 1)
	if want := []float64{1, 1}; !slices.Equal(b, want) {
		t.Errorf("Dgetrs: x = %v, want %v", b, want)
	}
}

func TestDgetrfSingular(t *testing.T) {
	a := []float64{1, 2, 2, 4}
	if ok := Float64().Dgetrf(2, 2, a, 2, make([]int, 2)); ok {
		t.Errorf("Dgetrf([1 2; 2 4]) = ok, want singular")
	}
}

// [4 2; 2 5] = U^T U with U = [2 1; 0 2] (and L = U^T).
func TestDpotrfByHand(t *testing.T) {
	for _, test := range []struct {
		uplo gblas.Uplo
		want []float64 // the other triangle is left as it was
	}{
		{gblas.Upper, []float64{2, 1, 2, 2}},
		{gblas.Lower, []float64{2, 2, 1, 2}},
	} {
		a := []float64{4, 2, 2, 5}
		if ok := Float64().Dpotrf(test.uplo, 2, a, 2); !ok {
			t.Errorf("Dpotrf(%c) reported a matrix that is not positive definite", test.uplo)
			continue
		}
		if !slices.Equal(a, test.want) {
			t.Errorf("Dpotrf(%c) = %v, want %v", test.uplo, a, test.want)
		}
	}
	a := []float64{1, 2, 2, 1} // eigenvalues 3 and -1
	if ok := Float64().Dpotrf(gblas.Upper, 2, a, 2); ok {
		t.Errorf("Dpotrf([1 2; 2 1]) = ok, want not positive definite")
	}
}
