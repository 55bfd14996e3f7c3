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
func getScratch[T any](n int) ([]T, *[]float64) {
	var t T
	words := (n*int(unsafe.Sizeof(t)) + 7) / 8
	if v, ok := scratch.Get().(*[]float64); ok && cap(*v) >= words {
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

// forLines calls work(out, in) for every line of src along the axis, where
// in holds the used input points contiguously and out receives the lenOut
// output points. Contiguous lines (inner == 1) are passed in place; strided
// ones are gathered batchLines at a time into scratch and scattered back,
// so the transforms always run on unit-stride data. newWorker is called
// once per goroutine, so each has its own scratch, and returns the line
// function and a function that releases its scratch. src and dst may be the
// same slice when In and Out are the same type and lenIn == lenOut.
func forLines[In, Out any](l axisLines, src []In, dst []Out, newWorker func() (func(out []Out, in []In), func())) {
	if l.outer == 0 || l.inner == 0 { // an empty batch: another axis has length 0
		return
	}
	units := l.outer
	if l.inner > 1 {
		units *= (l.inner + batchLines - 1) / batchLines
	}
	run := func(from, to int) {
		work, release := newWorker()
		defer release()
		if l.inner == 1 {
			for o := from; o < to; o++ {
				work(dst[o*l.lenOut:][:l.lenOut], src[o*l.lenIn:][:l.use])
			}
			return
		}
		bIn, hIn := getScratch[In](batchLines * l.use)
		defer putScratch(hIn)
		bOut, hOut := getScratch[Out](batchLines * l.lenOut)
		defer putScratch(hOut)
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
			for b := range nb {
				work(bOut[b*l.lenOut:][:l.lenOut], bIn[b*l.use:][:l.use])
			}
			out := dst[o*l.lenOut*l.inner+j0:]
			for t := 0; t < l.lenOut; t++ {
				row := out[t*l.inner:][:nb]
				for b := range row {
					row[b] = bOut[b*l.lenOut+t]
				}
			}
		}
	}
	g := runtime.GOMAXPROCS(0)
	if g < 2 || units < 2 || l.outer*l.inner*max(l.lenOut, l.use) < parallelWork {
		run(0, units)
		return
	}
	g = min(g, units)
	var wg sync.WaitGroup
	for i := range g {
		wg.Go(func() { run(i*units/g, (i+1)*units/g) })
	}
	wg.Wait()
}
