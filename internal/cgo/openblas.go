//go:build cgo && !purego

package cgo

/*
// The prototypes are declared here rather than taken from OpenBLAS's cblas.h,
// whose directory differs between distributions (Debian keeps it under
// openblas-pthread/); these three functions have had the same signatures
// since OpenBLAS 0.2. Without NUMGO_OPENBLAS_LINKED (-tags customblas) they
// are weak: null when the linked CBLAS is not OpenBLAS.
#ifndef NUMGO_OPENBLAS_LINKED
#pragma weak openblas_get_config
#pragma weak openblas_set_num_threads
#pragma weak openblas_get_num_threads
#endif
extern char *openblas_get_config(void);
extern void openblas_set_num_threads(int);
extern int openblas_get_num_threads(void);

static int numgo_have_openblas(void) {
#ifdef NUMGO_OPENBLAS_LINKED
	return 1;
#else
	return openblas_get_config != 0 && openblas_set_num_threads != 0 && openblas_get_num_threads != 0;
#endif
}
*/
import "C"

import (
	"runtime"
	"strings"
	"sync/atomic"
)

// haveOpenBLAS reports whether the linked CBLAS is OpenBLAS; always true
// unless the build uses -tags customblas.
var haveOpenBLAS = C.numgo_have_openblas() != 0

// threads records the value given to SetNumThreads when the library is not
// OpenBLAS and so has no thread knob this package knows.
var threads atomic.Int64

// OpenBLASConfig returns the string OpenBLAS's openblas_get_config reports,
// e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64". The
// string comes from the library loaded at run time, not from a header, so it
// names the OpenBLAS that really runs. OpenBLASConfig returns "" if the
// linked CBLAS is not OpenBLAS (possible only under -tags customblas).
func OpenBLASConfig() string {
	if !haveOpenBLAS {
		return ""
	}
	return C.GoString(C.openblas_get_config())
}

// BLASBackend returns the linked BLAS as "openblas" followed by its version,
// e.g. "openblas 0.3.21", parsed from OpenBLASConfig. It returns "cblas" if
// the library is not OpenBLAS (possible only under -tags customblas).
func BLASBackend() string {
	if !haveOpenBLAS {
		return "cblas"
	}
	return "openblas " + openBLASVersion(OpenBLASConfig())
}

// openBLASVersion returns the version field of an openblas_get_config string:
// the word after "OpenBLAS", or "unknown" if the string has another form.
func openBLASVersion(config string) string {
	f := strings.Fields(config)
	if len(f) < 2 || !strings.EqualFold(f[0], "OpenBLAS") {
		return "unknown"
	}
	return strings.TrimPrefix(f[1], "v")
}

// SetNumThreads sets the number of threads OpenBLAS uses for one call
// (openblas_set_num_threads). The setting is process-wide; LAPACK calls on
// mid-size matrices run on one thread whatever it is (see threads.go). If
// the linked CBLAS is not OpenBLAS, SetNumThreads only records n for
// NumThreads. SetNumThreads panics if n < 1.
func SetNumThreads(n int) {
	if n < 1 {
		panic("cgo: SetNumThreads: number of threads must be at least 1")
	}
	if !haveOpenBLAS {
		threads.Store(int64(n))
		return
	}
	room.setNumThreads(n)
}

// NumThreads returns the number of threads OpenBLAS uses for one call: the
// last value given to SetNumThreads, else OpenBLAS's own count at start-up
// (the number of cores, or OPENBLAS_NUM_THREADS / OMP_NUM_THREADS if set).
// If the linked CBLAS is not OpenBLAS, NumThreads returns the last value
// given to SetNumThreads, or runtime.GOMAXPROCS(0) if there was none.
func NumThreads() int {
	if !haveOpenBLAS {
		if n := threads.Load(); n > 0 {
			return int(n)
		}
		return runtime.GOMAXPROCS(0)
	}
	return room.numThreads()
}
