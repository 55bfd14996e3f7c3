package lapack

import (
	"testing"

	"gonum.org/v1/gonum/lapack/testlapack"
)

// The raw LAPACK layer is checked with gonum's conformance suite, unchanged
// on every backend, for the routines numgo's linalg builds on.
func TestConformance(t *testing.T) {
	impl := Float64()
	for _, test := range []struct {
		name string
		fn   func(*testing.T)
	}{
		{"Dgetrf", func(t *testing.T) { testlapack.DgetrfTest(t, impl) }},
		{"Dgetrs", func(t *testing.T) { testlapack.DgetrsTest(t, impl) }},
		{"Dgetri", func(t *testing.T) { testlapack.DgetriTest(t, impl) }},
		{"Dgecon", func(t *testing.T) { testlapack.DgeconTest(t, impl) }},
		{"Dpotrf", func(t *testing.T) { testlapack.DpotrfTest(t, impl) }},
		{"Dpotrs", func(t *testing.T) { testlapack.DpotrsTest(t, impl) }},
		{"Dpotri", func(t *testing.T) { testlapack.DpotriTest(t, impl) }},
		{"Dtrtri", func(t *testing.T) { testlapack.DtrtriTest(t, impl) }},
		{"Dtrtrs", func(t *testing.T) { testlapack.DtrtrsTest(t, impl) }},
		{"Dgels", func(t *testing.T) { testlapack.DgelsTest(t, impl) }},
		{"Dsyev", func(t *testing.T) { testlapack.DsyevTest(t, impl) }},
		{"Dgeev", func(t *testing.T) { skipIfShort(t); testlapack.DgeevTest(t, impl) }},
		{"Dgesvd", func(t *testing.T) { skipIfShort(t); testlapack.DgesvdTest(t, impl, 1e-12) }},
		{"Dlange", func(t *testing.T) { testlapack.DlangeTest(t, impl) }},
	} {
		t.Run(test.name, test.fn)
	}
}

// skipIfShort skips the suites that take seconds (matrices up to 300×150).
func skipIfShort(t *testing.T) {
	if testing.Short() {
		t.Skip("slow conformance suite; skipped with -short")
	}
}
