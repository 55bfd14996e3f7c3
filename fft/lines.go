package fft

import (
	"runtime"
	"sync"
	"unsafe"
)

// scratch recycles the work buffers of the transforms. Fresh memory costs a
// page fault on first touch (about 14 µs per 4 KiB page on the target
// machines, more than a 1024-point FFT), so buffers are reused across calls.
// It holds *[]float64: 8-byte aligned memory that getScratch reinterprets as
// the pointer-free element type asked for.
var scratch sync.Pool

// getScratch returns a buffer of n elements of T with unspecified contents,
// and the handle to give back to putScratch.
func getScratch[T any](n int) ([]T, *[]float64) { return getFrom[T](&scratch, n) }

// getFrom is getScratch from the pool p.
func getFrom[T any](p *sync.Pool, n int) ([]T, *[]float64) {
	var t T
	words := (n*int(unsafe.Sizeof(t)) + 7) / 8
	if v, ok := p.Get().(*[]float64); ok && cap(*v) >= words {
		return cast[T]((*v)[:words])[:n:n], v
	}
	s := make([]float64, words)
	return cast[T](s)[:n:n], &s
}

// putScratch returns a buffer from getScratch to the pool.
func putScratch(h *[]float64) { scratch.Put(h) }

// axisLines describes the lines of a C-ordered block along one axis: outer
// blocks of lenIn·inner input elements become outer blocks of lenOut·inner
// output elements. Only the first use input points of each line are read
// (NumPy's truncation; the transforms treat missing points as zeros, which
// is NumPy's padding).
type axisLines struct {
	outer, inner int
	lenIn, use   int
	lenOut       int
}

// batchLines is how many strided lines are copied together into contiguous
// scratch: 16 complex128 values fill four cache lines, so the gather reads
// whole cache lines and touches each memory page once per 16 lines, while
// the batch of 16 lines of 1024 points (256 KiB) still fits in L2.
const batchLines = 16

// parallelWork is the number of output points above which the lines are
// split across goroutines; below it, starting them costs more than it saves.
const parallelWork = 1 << 15

// batch is nb lines as a lineOp sees them: line j reads the use points
// in[j*inStep:][:use] and writes the lenOut points out[j*outStep:][:lenOut].
type batch struct {
	nb, inStep, use, outStep, lenOut int
}

// lineOp is a transform of lines of In into lines of Out, run by forLines.
// It is a plain value (the engine's plan and scale, or FFTW's layout), so
// that running it allocates nothing; each call of lines takes what scratch
// it needs from the pool.
type lineOp[In, Out any] interface {
	lines(out []Out, in []In, b batch)
}

// forLines runs op on every line of src along the axis l, where a line
// holds the used input points contiguously and receives the lenOut output
// points. Contiguous lines (inner == 1) are passed in place, as one batch
// per goroutine; strided ones are gathered batchLines at a time into
// scratch and scattered back, so the transforms always run on unit-stride
// data. src and dst may be the same slice when In and Out are the same type
// and lenIn == lenOut.
func forLines[In, Out any, Op lineOp[In, Out]](l axisLines, src []In, dst []Out, op Op) {
	if l.outer == 0 || l.inner == 0 { // an empty batch: another axis has length 0
		return
	}
	units := l.outer
	if l.inner > 1 {
		units *= (l.inner + batchLines - 1) / batchLines
	}
	g := runtime.GOMAXPROCS(0)
	if g < 2 || units < 2 || l.outer*l.inner*max(l.lenOut, l.use) < parallelWork {
		runLines(l, src, dst, op, 0, units)
		return
	}
	parallelLines(l, src, dst, op, units, min(g, units))
}

// parallelLines runs forLines' units on g goroutines, one share each,
// while the caller waits. It is a function of its own so that the
// variables its closures capture are not moved to the heap on forLines'
// serial path. It is not par.For, in which the caller takes a share
// itself: that measured 7-16% slower on 2-D transforms (fft2 of 512×512
// 0.99 against 0.85 ms, medians of 6 alternated runs), with chunks smaller
// than a share slower still.
func parallelLines[In, Out any, Op lineOp[In, Out]](l axisLines, src []In, dst []Out, op Op, units, g int) {
	var wg sync.WaitGroup
	for i := range g {
		wg.Go(func() { runLines(l, src, dst, op, i*units/g, (i+1)*units/g) })
	}
	wg.Wait()
}

// runLines runs op on the units [from, to) of forLines: lines for
// contiguous lines, groups of batchLines lines for strided ones.
func runLines[In, Out any, Op lineOp[In, Out]](l axisLines, src []In, dst []Out, op Op, from, to int) {
	if l.inner == 1 {
		op.lines(dst[from*l.lenOut:], src[from*l.lenIn:], batch{to - from, l.lenIn, l.use, l.lenOut, l.lenOut})
		return
	}
	bIn, hIn := getScratch[In](batchLines * l.use)
	bOut, hOut := getScratch[Out](batchLines * l.lenOut)
	per := (l.inner + batchLines - 1) / batchLines
	for u := from; u < to; u++ {
		o, j0 := u/per, (u%per)*batchLines
		nb := min(batchLines, l.inner-j0)
		in := src[o*l.lenIn*l.inner+j0:]
		for t := 0; t < l.use; t++ {
			row := in[t*l.inner:][:nb]
			for b, v := range row {
				bIn[b*l.use+t] = v
			}
		}
		op.lines(bOut, bIn, batch{nb, l.use, l.use, l.lenOut, l.lenOut})
		out := dst[o*l.lenOut*l.inner+j0:]
		for t := 0; t < l.lenOut; t++ {
			row := out[t*l.inner:][:nb]
			for b := range row {
				row[b] = bOut[b*l.lenOut+t]
			}
		}
	}
	putScratch(hOut)
	putScratch(hIn)
}
