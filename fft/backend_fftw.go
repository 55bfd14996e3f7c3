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
// kind, precision, in place or not, 16-byte alignment, planner effort)
// with FFTW's guru interface, cached in a plan cache of their own (keyed by
// the layout, unboxed) and executed in one C call on the arrays themselves;
// large batches are split in parts run by parallel goroutines. Long lines
// whose length is a power of two are transformed in place in the
// destination, copied or zero-padded there first, as FFTW_ESTIMATE's
// in-place plans are the faster ones at those lengths. Strided lines are
// gathered by forLines into contiguous scratch in cache-sized groups and
// transformed one by one. Other lines that are cropped or zero-padded are
// first copied into scratch, as is the input of the half-spectrum-to-real
// transform, which FFTW overwrites and whose real terms' imaginary parts
// NumPy ignores. Scaling and conjugation are a pass over the result, or,
// for lines copied before an in-place transform, scaling is done in the
// copy.
//
// While the planner effort is Estimate, some double-precision lines go to
// the pure-Go engine instead (onGoEngine), where FFTW_ESTIMATE's plans
// measured slower than the engine's AVX radix-4 passes (minimum of 25 runs,
// 2-core AMD EPYC, Debian's FFTW 3.3.10 with SSE2/AVX codelets):
//
//   - complex lines of a power of two from 2^12 points: 4096 points take
//     8.6 µs on FFTW and 5.9 µs on the engine, 2^13 38 against 13, 2^14
//     81 against 28, 2^16 236 (in place) against 199, 2^19 6.4 ms against
//     3.2 ms; at 2^10 and 2^11 the two are within 10% and FFTW keeps them;
//   - complex lines that the engine transforms by four steps (over 2^19
//     points that split into two factors): FFTW_ESTIMATE's single plan
//     streams the line through memory on one core (12 ms for 2^20 points,
//     the four steps 7 ms on two cores), and a four-step built from FFTW's
//     batched plans of strided lines measured 4 times slower than its
//     single plan (47 ms at 2^20, 1.6 ms against 0.26 ms at 2^16);
//   - real lines of a power of two from 2^20 points, both directions, whose
//     half-length complex transform FFTW_ESTIMATE plans badly: 2^20 reals
//     take 4.0-4.2 ms forward on FFTW (in place) and 3.4-3.5 ms on the
//     engine, 2^21 15 against 12.5 ms. Below 2^20 FFTW's r2c is as fast or
//     faster (2^18: 0.50 against 0.57 ms);
//   - where the engine's passes are AVX-512 (asmLevel), every line of a
//     power of two from 16 points, complex or real: an allocating FFT
//     took 0.21 against 0.27 µs at 16 points, 0.61 against 0.78 at 128,
//     3.3 against 5.3 at 1024, 7.5 against 12 at 2048, and an allocating
//     RFFT 2.6 against 2.8 µs at 1024, 12 against 15 at 4096, 0.20
//     against 0.28 ms at 2^16, 0.70 against 0.67 at 2^18, RFFT2 of
//     1024×1024 2.35 against 2.8 ms (medians of 3, the FFTW build, both
//     routes alternated).
//
// Single precision stays on FFTW, whose float32 codelets the engine's Go
// passes do not match, and with Measure FFTW's own plans run everywhere.

// goMin returns the shortest power-of-two line, real or complex, that
// onGoEngine sends to the pure-Go engine.
func goMin(real bool) int {
	switch {
	case asmLevel >= asmAVX512:
		return 1 << 4
	case real:
		return 1 << 20
	}
	return 1 << 12
}

// onGoEngine reports whether lines of n points in precision F, real or
// complex, run on the pure-Go engine rather than on FFTW (see above).
func onGoEngine[F float](n int, real bool) bool {
	if floatSize[F]() != 8 || PlannerEffort(plannerEffort.Load()) != Estimate {
		return false
	}
	pow2 := n&(n-1) == 0
	if real {
		return pow2 && n >= goMin(true)
	}
	return pow2 && n >= goMin(false) || fourStepSplit[F](n) != 0
}

// inPlaceMin is the length from which contiguous lines of a power of two
// are transformed in place: from there FFTW_ESTIMATE's in-place plans, the
// copy into the destination included, are the faster ones (real lines of
// 2^16 points: 0.10 against 0.12 ms, 2^18: 0.47 against 0.89 ms; complex64
// at 2^18: 1.0 against 1.4 ms, at 2^16 within 7%), and on shorter lines
// 10 to 65% slower. At other lengths its out-of-place plans are the faster
// ones, by 5 to 35% (complex128 at 100003 points: 2.7 against 3.5 ms;
// 302400: 1.2 against 1.7 ms).
const inPlaceMin = 1 << 16

// inPlace reports whether contiguous lines of n points are transformed in
// place.
func inPlace(n int) bool { return n >= inPlaceMin && n&(n-1) == 0 }

func c2cAxis[F float](l axisLines, src, dst []cpx[F], n int, fwd bool, scale F) {
	if onGoEngine[F](n, false) {
		forLines(l, src, dst, goC2C[F]{getPlan[F](n, fwd), scale})
		return
	}
	switch {
	case l.inner == 1 && inPlace(n) && !sameData(src, dst):
		padTo(l, cast[F](src), cast[F](dst), 2, n, n, scale) // scaling the input scales the result
		src, l.lenIn, l.use, scale = dst, n, n, 1
	case l.use != n || l.lenIn != n:
		buf, h, pl := padded(l, cast[F](src), 2, n)
		defer putScratch(h)
		src, l = cast[cpx[F]](buf), pl
	}
	kind := cgo.FFTWBackward
	if fwd {
		kind = cgo.FFTWForward
	}
	step := l.lenIn * l.inner
	if floatSize[F]() == 4 {
		runFFTW(kind, true, l, step, n, cast[complex64](src), cast[complex64](dst))
	} else {
		runFFTW(kind, false, l, step, n, cast[complex128](src), cast[complex128](dst))
	}
	finish(dst, scale, false)
}

func r2cAxis[F float](l axisLines, src []F, dst []cpx[F], n int, scale F, conj bool) {
	if onGoEngine[F](n, true) {
		forLines(l, src, dst, goR2C[F]{getRPlan[F](n, true), scale, conj})
		return
	}
	step := l.lenIn * l.inner
	switch {
	case l.inner == 1 && inPlace(n):
		// FFTW's in-place layout: each real line starts where its
		// spectrum does, 2·(n/2+1) reals apart.
		step = 2 * l.lenOut
		padTo(l, src, cast[F](dst), 1, n, step, scale)
		src, scale = cast[F](dst), 1
	case l.use != n || l.lenIn != n:
		var h *[]float64
		src, h, l = padded(l, src, 1, n)
		defer putScratch(h)
		step = n * l.inner
	}
	if floatSize[F]() == 4 {
		runFFTW(cgo.FFTWR2C, true, l, step, n, cast[float32](src), cast[complex64](dst))
	} else {
		runFFTW(cgo.FFTWR2C, false, l, step, n, cast[float64](src), cast[complex128](dst))
	}
	finish(dst, scale, conj)
}

func c2rAxis[F float](l axisLines, src []cpx[F], dst []F, n int, scale F, conj bool) {
	if onGoEngine[F](n, true) {
		forLines(l, src, dst, goC2R[F]{getRPlan[F](n, false), scale, conj})
		return
	}
	h := n/2 + 1
	b, hb, l := padded(l, cast[F](src), 2, h)
	defer putScratch(hb)
	buf := cast[cpx[F]](b)
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
		runFFTW(cgo.FFTWC2R, true, l, h*l.inner, n, cast[complex64](buf), cast[float32](dst))
	} else {
		runFFTW(cgo.FFTWC2R, false, l, h*l.inner, n, cast[complex128](buf), cast[float64](dst))
	}
	if scale != 1 {
		scaleTo(dst, dst, scale)
	}
}

// padded returns the lines of src (elements of w floats) cropped or
// zero-padded to m points each, in scratch memory to be given back to
// putScratch, and their layout.
func padded[F float](l axisLines, src []F, w, m int) ([]F, *[]float64, axisLines) {
	buf, h := getScratch[F](l.outer * m * l.inner * w)
	padTo(l, src, buf, w, m, m*l.inner, 1)
	l.lenIn, l.use = m, m
	return buf, h, l
}

// padTo copies the lines l of src, whose elements are w floats, cropped or
// zero-padded to m points and times scale, into buf, whose blocks of lines
// start step elements apart.
func padTo[F float](l axisLines, src, buf []F, w, m, step int, scale F) {
	for o := range l.outer {
		out := buf[o*step*w:][:m*l.inner*w]
		in := src[o*l.lenIn*l.inner*w:][:l.use*l.inner*w]
		if scale == 1 {
			copy(out, in)
		} else {
			scaleTo(out[:len(in)], in, scale)
		}
		clear(out[len(in):])
	}
}

// sameData reports whether a and b start at the same address.
func sameData[A, B any](a []A, b []B) bool {
	return unsafe.Pointer(unsafe.SliceData(a)) == unsafe.Pointer(unsafe.SliceData(b))
}

// runFFTW transforms the lines l (of lenIn input and lenOut output points,
// all used; blocks of lines inStep input elements apart) of src into dst
// with FFTW. A contiguous batch is one C call, cut along its outer loop
// into one part per goroutine when it is large; strided lines go through
// forLines.
func runFFTW[In, Out any](kind cgo.FFTWKind, single bool, l axisLines, inStep, n int, src []In, dst []Out) {
	if l.outer == 0 || l.inner == 0 {
		return
	}
	line := cgo.FFTWLayout{Kind: kind, N: n, IS: 1, OS: 1, Batch: [2]cgo.FFTWLoop{{N: 1}, {N: 1}}, Single: single}
	if l.inner > 1 {
		forLines(l, src, dst, fftwLines[In, Out]{line})
		return
	}
	g := min(runtime.GOMAXPROCS(0), l.outer)
	if g < 2 || l.outer*max(l.lenIn, l.lenOut) < parallelWork {
		runBatch(line, l, inStep, src, dst, 0, l.outer)
		return
	}
	chunk := (l.outer + g - 1) / g
	var wg sync.WaitGroup
	for o0 := 0; o0 < l.outer; o0 += chunk {
		wg.Go(func() { runBatch(line, l, inStep, src, dst, o0, min(o0+chunk, l.outer)) })
	}
	wg.Wait()
}

// runBatch runs the contiguous lines [o0, o1) of runFFTW as one FFTW batch.
func runBatch[In, Out any](line cgo.FFTWLayout, l axisLines, inStep int, src []In, dst []Out, o0, o1 int) {
	line.Batch[0] = cgo.FFTWLoop{N: o1 - o0, IS: inStep, OS: l.lenOut}
	execute(nil, line, src[o0*inStep:], dst[o0*l.lenOut:])
}

// fftwLines is the lineOp of strided lines, which forLines gathers into
// contiguous scratch: FFTW_ESTIMATE's plans for a batch of strided lines
// run at a third of their speed on contiguous ones. The lines of a group
// are transformed one by one with the plan of line, the last plan run
// being remembered across them.
type fftwLines[In, Out any] struct {
	line cgo.FFTWLayout
}

func (op fftwLines[In, Out]) lines(out []Out, in []In, b batch) {
	var last planMemo
	for j := range b.nb {
		execute(&last, op.line, in[j*b.inStep:][:b.use], out[j*b.outStep:][:b.lenOut])
	}
}

// fftwPlans holds the FFTW plans, keyed by their complete layout.
var fftwPlans planCache[cgo.FFTWLayout]

// planMemo is the last plan a batch of lines ran, which it runs again
// without a plan-cache lookup when its layout comes again.
type planMemo struct {
	lay  cgo.FFTWLayout
	plan *cgo.FFTWPlan
}

// execute runs the cached plan of lay, completed with the arrays' placement
// and alignment and the planner effort, from in to out. memo, if not nil,
// is checked before the plan cache and then holds the plan run.
func execute[In, Out any](memo *planMemo, lay cgo.FFTWLayout, in []In, out []Out) {
	pi, po := unsafe.Pointer(&in[0]), unsafe.Pointer(&out[0])
	lay.InPlace = pi == po
	lay.Aligned = (uintptr(pi)|uintptr(po))%16 == 0
	lay.Measure = PlannerEffort(plannerEffort.Load()) == Measure
	var p *cgo.FFTWPlan
	if memo != nil && memo.plan != nil && memo.lay == lay {
		p = memo.plan
	} else {
		p = cached(&fftwPlans, lay, func() *cgo.FFTWPlan { return cgo.NewFFTWPlan(lay) })
		if memo != nil {
			*memo = planMemo{lay, p}
		}
	}
	cgo.Execute(p, in, out)
}
