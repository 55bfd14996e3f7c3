//go:build cgo && fftw && !purego

package cgo

// FFTW is GPL-licensed, so it is linked only when asked for with -tags fftw;
// a program built that way is subject to the GPL.
//
// Plans are made once per length, kind and precision, with FFTW_ESTIMATE and
// FFTW_UNALIGNED on scratch arrays from fftw_malloc that are freed right
// after planning, and then run with FFTW's new-array execute functions
// (fftw_execute_dft and friends) on the caller's memory. So no pointer into
// Go memory is kept by C beyond one call, and a plan may run on any arrays of
// its length. FFTW's planner is not thread-safe: planning and destroying are
// serialised by fftwMu; executing a plan is thread-safe.

/*
#cgo LDFLAGS: -lfftw3 -lfftw3f
#include <fftw3.h>

static const char *numgo_fftw_version(void) { return fftw_version; }
static const char *numgo_fftwf_version(void) { return fftwf_version; }

// numgo_fftw_plan plans one transform of length n on scratch arrays:
// kind 0 forward and 1 backward complex, 2 real to half-complex, 3
// half-complex to real; single selects libfftw3f.
static void *numgo_fftw_plan(int kind, int n, int single, unsigned flags) {
	void *p = 0;
	if (single) {
		fftwf_complex *c = fftwf_alloc_complex(n);
		fftwf_complex *d = fftwf_alloc_complex(n);
		float *r = fftwf_alloc_real(n);
		switch (kind) {
		case 0: p = fftwf_plan_dft_1d(n, c, d, FFTW_FORWARD, flags); break;
		case 1: p = fftwf_plan_dft_1d(n, c, d, FFTW_BACKWARD, flags); break;
		case 2: p = fftwf_plan_dft_r2c_1d(n, r, c, flags); break;
		case 3: p = fftwf_plan_dft_c2r_1d(n, c, r, flags); break;
		}
		fftwf_free(c); fftwf_free(d); fftwf_free(r);
	} else {
		fftw_complex *c = fftw_alloc_complex(n);
		fftw_complex *d = fftw_alloc_complex(n);
		double *r = fftw_alloc_real(n);
		switch (kind) {
		case 0: p = fftw_plan_dft_1d(n, c, d, FFTW_FORWARD, flags); break;
		case 1: p = fftw_plan_dft_1d(n, c, d, FFTW_BACKWARD, flags); break;
		case 2: p = fftw_plan_dft_r2c_1d(n, r, c, flags); break;
		case 3: p = fftw_plan_dft_c2r_1d(n, c, r, flags); break;
		}
		fftw_free(c); fftw_free(d); fftw_free(r);
	}
	return p;
}

static void numgo_fftw_destroy(void *p, int single) {
	if (single) fftwf_destroy_plan((fftwf_plan)p); else fftw_destroy_plan((fftw_plan)p);
}

static void numgo_fftw_dft(void *p, void *in, void *out) { fftw_execute_dft((fftw_plan)p, in, out); }
static void numgo_fftwf_dft(void *p, void *in, void *out) { fftwf_execute_dft((fftwf_plan)p, in, out); }
static void numgo_fftw_r2c(void *p, double *in, void *out) { fftw_execute_dft_r2c((fftw_plan)p, in, out); }
static void numgo_fftwf_r2c(void *p, float *in, void *out) { fftwf_execute_dft_r2c((fftwf_plan)p, in, out); }
static void numgo_fftw_c2r(void *p, void *in, double *out) { fftw_execute_dft_c2r((fftw_plan)p, in, out); }
static void numgo_fftwf_c2r(void *p, void *in, float *out) { fftwf_execute_dft_c2r((fftwf_plan)p, in, out); }
*/
import "C"

import (
	"fmt"
	"runtime"
	"sync"
	"unsafe"
)

// FFTWVersion returns the version string of the linked double-precision FFTW
// library, e.g. "fftw-3.3.10-sse2-avx".
func FFTWVersion() string {
	return C.GoString(C.numgo_fftw_version())
}

// FFTWfVersion returns the version string of the linked single-precision
// FFTW library (libfftw3f), e.g. "fftw-3.3.10-sse2-avx".
func FFTWfVersion() string {
	return C.GoString(C.numgo_fftwf_version())
}

// FFTWKind is the kind of transform an FFTWPlan computes.
type FFTWKind int

// The kinds of FFTW plans.
const (
	FFTWForward  FFTWKind = iota // complex, exp(-2πi·jk/n)
	FFTWBackward                 // complex, exp(+2πi·jk/n)
	FFTWR2C                      // n reals to n/2+1 complex values
	FFTWC2R                      // n/2+1 complex values to n reals; destroys its input
)

// fftwMu serialises FFTW's planner, which is not thread-safe.
var fftwMu sync.Mutex

// FFTWPlan is an FFTW plan for one unnormalized 1-d transform of length N.
// Its methods may be called from many goroutines at once. The C plan is
// destroyed when the FFTWPlan becomes unreachable.
type FFTWPlan struct {
	N      int
	Kind   FFTWKind
	Single bool // libfftw3f: the methods ending in 32 apply
	p      unsafe.Pointer
}

// NewFFTWPlan plans a transform with FFTW_ESTIMATE (or FFTW_MEASURE if
// measure is set) and FFTW_UNALIGNED. It panics if n < 1 or FFTW fails.
func NewFFTWPlan(kind FFTWKind, n int, single, measure bool) *FFTWPlan {
	if n < 1 || n > 1<<31-1 {
		panic(fmt.Sprintf("cgo: NewFFTWPlan: bad length %d", n))
	}
	flags := C.unsigned(C.FFTW_ESTIMATE | C.FFTW_UNALIGNED)
	if measure {
		flags = C.FFTW_MEASURE | C.FFTW_UNALIGNED
	}
	s := C.int(0)
	if single {
		s = 1
	}
	fftwMu.Lock()
	p := C.numgo_fftw_plan(C.int(kind), C.int(n), s, flags)
	fftwMu.Unlock()
	if p == nil {
		panic(fmt.Sprintf("cgo: NewFFTWPlan: FFTW could not plan kind %d of length %d", kind, n))
	}
	plan := &FFTWPlan{N: n, Kind: kind, Single: single, p: p}
	runtime.AddCleanup(plan, func(p unsafe.Pointer) {
		fftwMu.Lock()
		C.numgo_fftw_destroy(p, s)
		fftwMu.Unlock()
	}, p)
	return plan
}

func (p *FFTWPlan) check(kind bool, single bool, in, out, needIn, needOut int) {
	if !kind || single != p.Single || in < needIn || out < needOut {
		panic(fmt.Sprintf("cgo: FFTW plan of kind %d, length %d, single %v used with wrong arrays", p.Kind, p.N, p.Single))
	}
}

// DFT runs a complex plan from in to out, which must not overlap.
func (p *FFTWPlan) DFT(in, out []complex128) {
	p.check(p.Kind <= FFTWBackward, false, len(in), len(out), p.N, p.N)
	C.numgo_fftw_dft(p.p, unsafe.Pointer(&in[0]), unsafe.Pointer(&out[0]))
	runtime.KeepAlive(p)
}

// DFT32 runs a single-precision complex plan from in to out, which must
// not overlap.
func (p *FFTWPlan) DFT32(in, out []complex64) {
	p.check(p.Kind <= FFTWBackward, true, len(in), len(out), p.N, p.N)
	C.numgo_fftwf_dft(p.p, unsafe.Pointer(&in[0]), unsafe.Pointer(&out[0]))
	runtime.KeepAlive(p)
}

// R2C runs a real-to-complex plan from in (N reals) to out (N/2+1 values).
func (p *FFTWPlan) R2C(in []float64, out []complex128) {
	p.check(p.Kind == FFTWR2C, false, len(in), len(out), p.N, p.N/2+1)
	C.numgo_fftw_r2c(p.p, (*C.double)(&in[0]), unsafe.Pointer(&out[0]))
	runtime.KeepAlive(p)
}

// R2C32 runs a single-precision real-to-complex plan.
func (p *FFTWPlan) R2C32(in []float32, out []complex64) {
	p.check(p.Kind == FFTWR2C, true, len(in), len(out), p.N, p.N/2+1)
	C.numgo_fftwf_r2c(p.p, (*C.float)(&in[0]), unsafe.Pointer(&out[0]))
	runtime.KeepAlive(p)
}

// C2R runs a complex-to-real plan from in (N/2+1 values, overwritten) to
// out (N reals).
func (p *FFTWPlan) C2R(in []complex128, out []float64) {
	p.check(p.Kind == FFTWC2R, false, len(in), len(out), p.N/2+1, p.N)
	C.numgo_fftw_c2r(p.p, unsafe.Pointer(&in[0]), (*C.double)(&out[0]))
	runtime.KeepAlive(p)
}

// C2R32 runs a single-precision complex-to-real plan (in is overwritten).
func (p *FFTWPlan) C2R32(in []complex64, out []float32) {
	p.check(p.Kind == FFTWC2R, true, len(in), len(out), p.N/2+1, p.N)
	C.numgo_fftwf_c2r(p.p, unsafe.Pointer(&in[0]), (*C.float)(&out[0]))
	runtime.KeepAlive(p)
}
