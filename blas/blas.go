package blas

import (
	gblas "gonum.org/v1/gonum/blas"
)

// Float32 returns the single-precision real BLAS of this build.
func Float32() gblas.Float32 { return implementation{} }

// Float64 returns the double-precision real BLAS of this build.
func Float64() gblas.Float64 { return implementation{} }

// Complex64 returns the single-precision complex BLAS of this build.
func Complex64() gblas.Complex64 { return implementation{} }

// Complex128 returns the double-precision complex BLAS of this build.
func Complex128() gblas.Complex128 { return implementation{} }

// Backend names the BLAS this build runs: "openblas" and the version the
// loaded library reports (e.g. "openblas 0.3.21") under cgo, "gonum" in a
// pure-Go build, and "cblas" for a library other than OpenBLAS chosen with
// -tags customblas.
func Backend() string { return backend() }

// SetNumThreads sets the number of threads one BLAS call may use; the setting
// is process-wide. Under OpenBLAS it calls openblas_set_num_threads. gonum's
// BLAS has no such knob (its Dgemm spreads large products over GOMAXPROCS
// goroutines), so in a pure-Go build, or with a non-OpenBLAS library under
// -tags customblas, SetNumThreads only records n for NumThreads.
// SetNumThreads panics if n < 1.
func SetNumThreads(n int) {
	if n < 1 {
		panic("blas: SetNumThreads: number of threads must be at least 1")
	}
	setNumThreads(n)
}

// NumThreads returns the number of threads one BLAS call may use. Under
// OpenBLAS it is openblas_get_num_threads (by default the number of cores, or
// OPENBLAS_NUM_THREADS if set). Otherwise it is the last value given to
// SetNumThreads, or runtime.GOMAXPROCS(0) if there was none.
func NumThreads() int { return numThreads() }
