package blas

import (
	"testing"

	"gonum.org/v1/gonum/blas/testblas"
)

// The raw BLAS layer is checked with gonum's conformance suite, unchanged on
// every backend: sizes 0, 1, 2, 5, 10 and both sides of block sizes, padded
// leading dimensions with NaN in the padding, and inputs left unchanged.

func TestConformanceFloat64(t *testing.T) {
	impl := Float64()
	// OpenBLAS 0.3.21's drotg overflows for arguments near the ends of the
	// float64 range (2^-1022, 2^1022): cs*cs + sn*sn comes out 0, not 1.
	// gonum's own netlib tests skip those inputs for the C BLAS too.
	skipExtremeDrotg := backendName != "gonum"
	for _, test := range []struct {
		name string
		fn   func(*testing.T)
	}{
		{"Dasum", func(t *testing.T) { testblas.DasumTest(t, impl) }},
		{"Daxpy", func(t *testing.T) { testblas.DaxpyTest(t, impl) }},
		{"Dcopy", func(t *testing.T) { testblas.DcopyTest(t, impl) }},
		{"Ddot", func(t *testing.T) { testblas.DdotTest(t, impl) }},
		{"Dnrm2", func(t *testing.T) { testblas.Dnrm2Test(t, impl) }},
		{"Drot", func(t *testing.T) { testblas.DrotTest(t, impl) }},
		{"Drotg", func(t *testing.T) { testblas.DrotgTest(t, impl, skipExtremeDrotg) }},
		{"Drotm", func(t *testing.T) { testblas.DrotmTest(t, impl) }},
		{"Drotmg", func(t *testing.T) { testblas.DrotmgTest(t, impl) }},
		{"Dscal", func(t *testing.T) { testblas.DscalTest(t, impl) }},
		{"Dswap", func(t *testing.T) { testblas.DswapTest(t, impl) }},
		{"Idamax", func(t *testing.T) { testblas.IdamaxTest(t, impl) }},

		{"Dgemv", func(t *testing.T) { testblas.DgemvTest(t, impl) }},
		{"Dger", func(t *testing.T) { testblas.DgerTest(t, impl) }},
		{"Dsymv", func(t *testing.T) { testblas.DsymvTest(t, impl) }},
		{"Dtrmv", func(t *testing.T) { testblas.DtrmvTest(t, impl) }},
		{"Dtrsv", func(t *testing.T) { testblas.DtrsvTest(t, impl) }},

		{"Dgemm", func(t *testing.T) { testblas.TestDgemm(t, impl) }},
		{"Dsymm", func(t *testing.T) { testblas.DsymmTest(t, impl) }},
		{"Dsyrk", func(t *testing.T) { testblas.DsyrkTest(t, impl) }},
		{"Dsyr2k", func(t *testing.T) { testblas.Dsyr2kTest(t, impl) }},
		{"Dtrmm", func(t *testing.T) { testblas.DtrmmTest(t, impl) }},
		{"Dtrsm", func(t *testing.T) { testblas.DtrsmTest(t, impl) }},
	} {
		t.Run(test.name, test.fn)
	}
}

func TestConformanceComplex128(t *testing.T) {
	impl := Complex128()
	for _, test := range []struct {
		name string
		fn   func(*testing.T)
	}{
		{"Zaxpy", func(t *testing.T) { testblas.ZaxpyTest(t, impl) }},
		{"Zdotc", func(t *testing.T) { testblas.ZdotcTest(t, impl) }},
		{"Zdotu", func(t *testing.T) { testblas.ZdotuTest(t, impl) }},
		{"Zscal", func(t *testing.T) { testblas.ZscalTest(t, impl) }},
		{"Zgemv", func(t *testing.T) { testblas.ZgemvTest(t, impl) }},
		{"Zgerc", func(t *testing.T) { testblas.ZgercTest(t, impl) }},
		{"Zgemm", func(t *testing.T) { testblas.ZgemmTest(t, impl) }},
		{"Zherk", func(t *testing.T) { testblas.ZherkTest(t, impl) }},
		{"Zsyrk", func(t *testing.T) { testblas.ZsyrkTest(t, impl) }},
		{"Ztrsm", func(t *testing.T) { testblas.ZtrsmTest(t, impl) }},
	} {
		t.Run(test.name, test.fn)
	}
}
