//go:build cgo && fftw && !purego

package fft

import (
	"runtime"
	"strings"
	"sync"
	"unsafe"

	"github.com/numgo/numgo/internal/cgo"
)

// backendName is the FFT engine this build uses.
const backendName = "fftw"

// backend returns "fftw" and the version of the linked library, taken from
// its fftw_version string ("fftw-3.3.10-sse2-avx" gives "fftw 3.3.10").
func backend() string {
	v := strings.TrimPrefix(cgo.FFTWVersion(), "fftw-")
	v, _, _ = strings.Cut(v, "-")
	return backendName + " " + v
}

// The axis transforms of this build run on FFTW 3. Contiguous lines are
// one batch, planned once per layout (length, batch counts and strides,
// kind, precision, in place or not, 16-byte alignment, planner effort) with
// FFTW's guru interface, cached in the plan cache beside the pure-Go plans
// and executed in one C call on the arrays themselves; large batches are
// split in parts run by parallel goroutines. Strided lines are gathered by
// forLines into contiguous scratch in cache-sized groups and transformed
// one by one. Lines that are cropped or zero-padded are first copied into
// scratch, as is the input of the half-spectrum-to-real transform, which
// FFTW overwrites and whose real terms' imaginary parts NumPy ignores.
// Scaling and conjugation are a pass over the result.

func c2cAxis[F float](l axisLines, src, dst []cpx[F], n int, fwd bool, scale F) {
	if l.use != n || l.lenIn != n {
		var h *[]float64
		src, h, l = padded(l, src, n)
		defer putScratch(h)
	}
	kind := cgo.FFTWBackward
	if fwd {
		kind = cgo.FFTWForward
	}
	if floatSize[F]() == 4 {
		runFFTW(kind, true, l, n, cast[complex64](src), cast[complex64](dst))
	} else {
		runFFTW(kind, false, l, n, cast[complex128](src), cast[complex128](dst))
	}
	finish(dst, scale, false)
}

func r2cAxis[F float](l axisLines, src []F, dst []cpx[F], n int, scale F, conj bool) {
	if l.use != n || l.lenIn != n {
		var h *[]float64
		src, h, l = padded(l, src, n)
		defer putScratch(h)
	}
	if floatSize[F]() == 4 {
		runFFTW(cgo.FFTWR2C, true, l, n, cast[float32](src), cast[complex64](dst))
	} else {
		runFFTW(cgo.FFTWR2C, false, l, n, cast[float64](src), cast[complex128](dst))
	}
	finish(dst, scale, conj)
}

func c2rAxis[F float](l axisLines, src []cpx[F], dst []F, n int, scale F, conj bool) {
	h := n/2 + 1
	buf, hb, l := padded(l, src, h)
	defer putScratch(hb)
	for o := range l.outer {
		line := buf[o*h*l.inner:][:h*l.inner]
		finish(line, 1, conj)
		for _, t := range []int{0, n / 2} { // NumPy ignores the imaginary parts of the real terms
			if t == 0 || n%2 == 0 {
				for i := range l.inner {
					line[t*l.inner+i].im = 0
				}
			}
		}
	}
	if floatSize[F]() == 4 {
		runFFTW(cgo.FFTWC2R, true, l, n, cast[complex64](buf), cast[float32](dst))
	} else {
		runFFTW(cgo.FFTWC2R, false, l, n, cast[complex128](buf), cast[float64](dst))
	}
	if scale != 1 {
		for k := range dst {
			dst[k] *= scale
		}
	}
}

// padded returns the lines of src cropped or zero-padded to m points each,
// in scratch memory to be given back to putScratch, and their layout.
func padded[T any](l axisLines, src []T, m int) ([]T, *[]float64, axisLines) {
	buf, h := getScratch[T](l.outer * m * l.inner)
	for o := range l.outer {
		out := buf[o*m*l.inner:][:m*l.inner]
		k := copy(out, src[o*l.lenIn*l.inner:][:l.use*l.inner])
		clear(out[k:])
	}
	l.lenIn, l.use = m, m
	return buf, h, l
}

// runFFTW transforms the lines l (of lenIn input and lenOut output points,
// all used) of src into dst with FFTW. The batch is cut along its outer
// loop, or its inner one if that is too short, into one part per
// goroutine when it is large.
func runFFTW[In, Out any](kind cgo.FFTWKind, single bool, l axisLines, n int, src []In, dst []Out) {
	if l.outer == 0 || l.inner == 0 {
		return
	}
	if l.inner > 1 {
		// FFTW_ESTIMATE's plans for a batch of strided lines run at a
		// third of their speed on contiguous ones: gather the lines in
		// cache-sized groups with forLines and transform them one by one.
		line := axisLines{outer: 1, inner: 1, lenIn: l.lenIn, use: l.lenIn, lenOut: l.lenOut}
		forLines(l, src, dst, func() (func(out []Out, in []In), func()) {
			return func(out []Out, in []In) { runFFTW(kind, single, line, n, in, out) }, func() {}
		})
		return
	}
	count, inStep, outStep := l.outer, l.lenIn*l.inner, l.lenOut*l.inner
	g := runtime.GOMAXPROCS(0)
	if g < 2 || l.outer*l.inner*max(l.lenIn, l.lenOut) < parallelWork {
		g = 1
	}
	splitOuter := l.outer >= g
	if !splitOuter {
		count, inStep, outStep = l.inner, 1, 1
	}
	g = min(g, count)
	chunk := (count + g - 1) / g
	measure := PlannerEffort(plannerEffort.Load()) == Measure
	part := func(c0 int) {
		c := min(chunk, count-c0)
		in, out := src[c0*inStep:], dst[c0*outStep:]
		pi, po := unsafe.Pointer(&in[0]), unsafe.Pointer(&out[0])
		lay := cgo.FFTWLayout{
			Kind: kind, N: n, IS: l.inner, OS: l.inner,
			Batch:   [2]cgo.FFTWLoop{{N: l.outer, IS: l.lenIn * l.inner, OS: l.lenOut * l.inner}, {N: l.inner, IS: 1, OS: 1}},
			Single:  single,
			InPlace: pi == po,
			Aligned: (uintptr(pi)|uintptr(po))%16 == 0,
			Measure: measure,
		}
		if splitOuter {
			lay.Batch[0].N = c
		} else {
			lay.Batch[1].N = c
		}
		p := cached(lay, func() *cgo.FFTWPlan { return cgo.NewFFTWPlan(lay) })
		cgo.Execute(p, in, out)
	}
	if g == 1 {
		part(0)
		return
	}
	var wg sync.WaitGroup
	for c0 := 0; c0 < count; c0 += chunk {
		wg.Go(func() { part(c0) })
	}
	wg.Wait()
}
