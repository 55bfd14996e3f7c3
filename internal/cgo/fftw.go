//go:build cgo && fftw && !purego

package cgo

// FFTW is GPL-licensed, so it is linked only when asked for with -tags fftw;
// a program built that way is subject to the GPL.
//
// A plan is made once per FFTWLayout (a batch of 1-d transforms: length,
// strides, two batch loops, kind, precision, in place or not, alignment,
// planner effort) with FFTW's guru interface, on scratch arrays from
// fftw_malloc that are freed right after planning, and then run with FFTW's
// new-array execute functions (fftw_execute_dft and friends) on the caller's
// memory: one C call per batch, no pointer into Go memory kept by C beyond
// the call. FFTW's planner is not thread-safe: planning and destroying are
// serialised by fftwMu; executing a plan is thread-safe.

/*
#cgo LDFLAGS: -lfftw3 -lfftw3f
#include <fftw3.h>
#include <stddef.h>

static const char *numgo_fftw_version(void) { return fftw_version; }
static const char *numgo_fftwf_version(void) { return fftwf_version; }

// numgo_fftw_plan plans a batch of 1-d transforms of length d[0] with
// strides d[1] (input) and d[2] (output), repeated over the batch loops
// d[3..5] and d[6..8] (count, input stride, output stride), on scratch
// arrays of inLen input and outLen output elements (one array when
// inplace): kind 0 forward and 1 backward complex, 2 real to half-complex,
// 3 half-complex to real; single selects libfftw3f.
static void *numgo_fftw_plan(int kind, int single, int inplace, unsigned flags,
                             const ptrdiff_t *d, size_t inLen, size_t outLen) {
	void *p = 0;
	size_t inSize = (kind == 2 ? 1 : 2) * inLen, outSize = (kind == 3 ? 1 : 2) * outLen;
	if (inplace && outSize > inSize) inSize = outSize;
	if (single) {
		fftwf_iodim64 dim = {d[0], d[1], d[2]};
		fftwf_iodim64 loops[2] = {{d[3], d[4], d[5]}, {d[6], d[7], d[8]}};
		float *in = fftwf_alloc_real(inSize);
		float *out = inplace ? in : fftwf_alloc_real(outSize);
		switch (kind) {
		case 0: case 1:
			p = fftwf_plan_guru64_dft(1, &dim, 2, loops, (fftwf_complex *)in, (fftwf_complex *)out,
			                          kind == 0 ? FFTW_FORWARD : FFTW_BACKWARD, flags);
			break;
		case 2: p = fftwf_plan_guru64_dft_r2c(1, &dim, 2, loops, in, (fftwf_complex *)out, flags); break;
		case 3: p = fftwf_plan_guru64_dft_c2r(1, &dim, 2, loops, (fftwf_complex *)in, out, flags); break;
		}
		if (!inplace) fftwf_free(out);
		fftwf_free(in);
	} else {
		fftw_iodim64 dim = {d[0], d[1], d[2]};
		fftw_iodim64 loops[2] = {{d[3], d[4], d[5]}, {d[6], d[7], d[8]}};
		double *in = fftw_alloc_real(inSize);
		double *out = inplace ? in : fftw_alloc_real(outSize);
		switch (kind) {
		case 0: case 1:
			p = fftw_plan_guru64_dft(1, &dim, 2, loops, (fftw_complex *)in, (fftw_complex *)out,
			                         kind == 0 ? FFTW_FORWARD : FFTW_BACKWARD, flags);
			break;
		case 2: p = fftw_plan_guru64_dft_r2c(1, &dim, 2, loops, in, (fftw_complex *)out, flags); break;
		case 3: p = fftw_plan_guru64_dft_c2r(1, &dim, 2, loops, (fftw_complex *)in, out, flags); break;
		}
		if (!inplace) fftw_free(out);
		fftw_free(in);
	}
	return p;
}

static void numgo_fftw_destroy(void *p, int single) {
	if (single) fftwf_destroy_plan((fftwf_plan)p); else fftw_destroy_plan((fftw_plan)p);
}

// numgo_fftw_execute runs plan p on new arrays with FFTW's new-array execute
// function of its kind and precision.
static void numgo_fftw_execute(void *p, int kind, int single, void *in, void *out) {
	if (single) {
		switch (kind) {
		case 0: case 1: fftwf_execute_dft((fftwf_plan)p, in, out); break;
		case 2: fftwf_execute_dft_r2c((fftwf_plan)p, in, out); break;
		case 3: fftwf_execute_dft_c2r((fftwf_plan)p, in, out); break;
		}
	} else {
		switch (kind) {
		case 0: case 1: fftw_execute_dft((fftw_plan)p, in, out); break;
		case 2: fftw_execute_dft_r2c((fftw_plan)p, in, out); break;
		case 3: fftw_execute_dft_c2r((fftw_plan)p, in, out); break;
		}
	}
}
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

// FFTWLoop is one loop of a batch: N transforms, IS elements apart in the
// input and OS in the output.
type FFTWLoop struct{ N, IS, OS int }

// FFTWLayout describes a batch of 1-d transforms of length N whose points
// are IS input and OS output elements apart, repeated over two batch loops
// (a loop of N 1 is no loop). Elements are complex for the complex kinds,
// real for the input of FFTWR2C and the output of FFTWC2R, whose complex
// side holds N/2+1 points. InPlace plans run with the same array as input
// and output; Aligned plans need arrays aligned to 16 bytes and may use
// FFTW's SIMD codelets; Measure plans with FFTW_MEASURE instead of
// FFTW_ESTIMATE. A layout is comparable, so it can key a plan cache.
type FFTWLayout struct {
	Kind    FFTWKind
	N       int
	IS, OS  int
	Batch   [2]FFTWLoop
	Single  bool // libfftw3f, float32 and complex64 arrays
	InPlace bool
	Aligned bool
	Measure bool
}

// lens returns the number of input and output elements the layout spans.
func (l *FFTWLayout) lens() (in, out int) {
	nIn, nOut := l.N, l.N
	switch l.Kind {
	case FFTWR2C:
		nOut = l.N/2 + 1
	case FFTWC2R:
		nIn = l.N/2 + 1
	}
	in, out = 1+(nIn-1)*l.IS, 1+(nOut-1)*l.OS
	for _, b := range l.Batch {
		in += (b.N - 1) * b.IS
		out += (b.N - 1) * b.OS
	}
	return in, out
}

// FFTWPlan is an FFTW plan for the batch of transforms its Layout
// describes, unnormalized. Execute may be called from many goroutines at
// once. The C plan is destroyed when the FFTWPlan becomes unreachable.
type FFTWPlan struct {
	Layout        FFTWLayout
	inLen, outLen int
	p             unsafe.Pointer
}

// NewFFTWPlan plans the batch l. It panics if a length or count is below
// 1, a stride is negative, or FFTW fails.
func NewFFTWPlan(l FFTWLayout) *FFTWPlan {
	bad := l.N < 1 || l.IS < 0 || l.OS < 0 || l.Kind < FFTWForward || l.Kind > FFTWC2R
	for _, b := range l.Batch {
		bad = bad || b.N < 1 || b.IS < 0 || b.OS < 0
	}
	if bad {
		panic(fmt.Sprintf("cgo: NewFFTWPlan: bad layout %+v", l))
	}
	flags := C.unsigned(C.FFTW_ESTIMATE)
	if l.Measure {
		flags = C.FFTW_MEASURE
	}
	if !l.Aligned {
		flags |= C.FFTW_UNALIGNED
	}
	inLen, outLen := l.lens()
	d := [9]C.ptrdiff_t{C.ptrdiff_t(l.N), C.ptrdiff_t(l.IS), C.ptrdiff_t(l.OS)}
	for i, b := range l.Batch {
		d[3+3*i], d[4+3*i], d[5+3*i] = C.ptrdiff_t(b.N), C.ptrdiff_t(b.IS), C.ptrdiff_t(b.OS)
	}
	fftwMu.Lock()
	p := C.numgo_fftw_plan(C.int(l.Kind), cbool(l.Single), cbool(l.InPlace), flags, &d[0], C.size_t(inLen), C.size_t(outLen))
	fftwMu.Unlock()
	if p == nil {
		panic(fmt.Sprintf("cgo: NewFFTWPlan: FFTW could not plan %+v", l))
	}
	plan := &FFTWPlan{Layout: l, inLen: inLen, outLen: outLen, p: p}
	single := cbool(l.Single)
	runtime.AddCleanup(plan, func(p unsafe.Pointer) {
		fftwMu.Lock()
		C.numgo_fftw_destroy(p, single)
		fftwMu.Unlock()
	}, p)
	return plan
}

// Execute runs the plan from in to out, slices of the element types of its
// kind and precision (complex128, or float64 for the real side of
// FFTWR2C and FFTWC2R; complex64 and float32 when Single), starting at the
// first element of the batch. FFTWC2R overwrites its input. It panics if
// the types or lengths do not fit the layout, if in and out are not the
// same array for an InPlace plan (or are for another), or if an Aligned
// plan is given arrays not aligned to 16 bytes.
func Execute[In, Out any](p *FFTWPlan, in []In, out []Out) {
	l := &p.Layout
	inReal, outReal := l.Kind == FFTWR2C, l.Kind == FFTWC2R
	ok := len(in) >= p.inLen && len(out) >= p.outLen &&
		isType[In](inReal, l.Single) && isType[Out](outReal, l.Single)
	if ok {
		pi, po := unsafe.Pointer(&in[0]), unsafe.Pointer(&out[0])
		ok = (pi == po) == l.InPlace && (!l.Aligned || (uintptr(pi)|uintptr(po))%16 == 0)
		if ok {
			C.numgo_fftw_execute(p.p, C.int(l.Kind), cbool(l.Single), pi, po)
			runtime.KeepAlive(p)
			return
		}
	}
	panic(fmt.Sprintf("cgo: FFTW plan %+v run on arrays of %d %T and %d %T", *l, len(in), in, len(out), out))
}

// isType reports whether T is the element type of a real or complex side
// in the given precision.
func isType[T any](real, single bool) bool {
	var t T
	switch any(t).(type) {
	case float64:
		return real && !single
	case float32:
		return real && single
	case complex128:
		return !real && !single
	case complex64:
		return !real && single
	}
	return false
}
