// Package par runs a loop over an index range on several goroutines.
//
// The range is cut into more chunks than there are goroutines, and the
// goroutines, the caller's among them, take the chunks in turn. On a
// machine whose processors are shared (with the garbage collector's
// workers, with other programs, with a hypervisor's other guests) a fixed
// share per goroutine makes every call wait for the slowest or the last to
// be woken; taking chunks in turn, the others do its share instead.
package par

import (
	"context"
	"runtime"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"time"
)

// ChunksPerProc is how many chunks per goroutine the callers in numgo cut
// their ranges into: measured on a 2-core machine, a 256×256 matrix product
// split into 32 chunks instead of 2 fixed halves took 261 µs rather than
// 378 µs (medians of 8 alternated runs), and 4 or 8 chunks per goroutine
// gave less.
const ChunksPerProc = 16

// A Body is the work of a loop: Run computes the indices [lo, hi).
type Body interface {
	Run(lo, hi int)
}

// Func is a function used as a Body.
type Func func(lo, hi int)

// Run calls f(lo, hi).
func (f Func) Run(lo, hi int) { f(lo, hi) }

// For calls body over [0, n) as Run does.
func For(n, procs, chunks int, body func(lo, hi int)) {
	Run(n, procs, chunks, Func(body))
}

// Run calls body.Run over [0, n) cut into at most chunks contiguous chunks
// (never empty), run by the calling goroutine and up to procs-1 helpers
// (never more than GOMAXPROCS-1), each taking the next chunk when it is
// done with one. Every index is in exactly one chunk, so a body that
// computes each index by itself gives the same result whatever procs and
// chunks are. A panic in body (a kernel's typed panic) stops the handing
// out of chunks and is re-raised in the caller, where it can be
// recovered, once every helper is done. A body that ends its goroutine
// (runtime.Goexit, as t.Fatal does) stops it too: Run returns, or on the
// caller's goroutine ends, without running the chunks not yet taken.
//
// The helpers are goroutines that outlive a Run: Run offers its loop to
// them and starts new ones only when fewer are waiting than it wants,
// while fewer than GOMAXPROCS-1 are alive: more cannot run beside the
// callers, and waiting ones that spin took processor time from working
// ones (two chunks of 1.65 ms took 2.7 ms with up to 2×GOMAXPROCS
// helpers, 1.7 ms with one). Past that bound the caller runs the missing
// helpers' chunks itself, so many concurrent callers do not pile up
// goroutines. A helper done with a loop waits for the next one spinning
// for a while (spin) before it blocks, and the caller waits for its
// helpers the same way. Run allocates nothing once helpers are waiting (a
// pointer in body's interface does not allocate either): the loop's state
// comes from a pool. Helpers run without profiler labels, whoever started
// them, so a CPU profile shows body's work on helpers unlabelled.
func Run(n, procs, chunks int, body Body) {
	chunks = min(chunks, n)
	if procs > 1 && chunks > 1 {
		procs = min(procs, chunks, runtime.GOMAXPROCS(0))
	}
	if procs <= 1 || chunks <= 1 {
		if n > 0 {
			body.Run(0, n)
		}
		return
	}
	l := loops.Get().(*loop)
	l.n, l.chunks, l.body = n, chunks, body
	l.next.Store(0)
	helpers := procs - 1
	l.wg.Add(helpers)
	l.running.Store(int32(helpers))
	l.seats.Store(int32(helpers)) // after every field a helper reads or counts on
	for range helpers {
		select {
		case offers <- l:
		default:
		}
	}
	// A new helper takes the queue's offers in turn, stale ones included,
	// so helpers are started for the seats, not for the offers queued.
	for short := helpers - int(waiting.Load()); short > 0; short-- {
		if live.Add(1) > int32(runtime.GOMAXPROCS(0)-1) {
			live.Add(-1)
			break
		}
		go help()
	}
	l.run()
	// Close the seats no helper took: their offers, if still queued, are
	// stale and will be passed over.
	if free := l.seats.Swap(closed); free > 0 {
		l.running.Add(-free)
		l.wg.Add(-int(free))
	}
	spinWait(func() bool { return l.running.Load() == 0 })
	l.wg.Wait()
	caught := l.caught
	l.body, l.caught = nil, nil
	l.failed.Store(false)
	loops.Put(l)
	if caught != nil {
		panic(caught)
	}
}

// A loop is the state Run shares with its helpers.
type loop struct {
	next      atomic.Int64 // the next chunk to hand out
	n, chunks int
	body      Body
	seats     atomic.Int32 // helpers that may still join; negative once closed
	running   atomic.Int32 // wg's count, which the caller can spin on
	wg        sync.WaitGroup
	failed    atomic.Bool // set by the first panic, whose value is caught
	caught    any
}

// closed is a loop's seats once its caller has run out of chunks: far
// enough below zero that stale offers never bring it back up.
const closed = -1 << 30

var (
	// loops are the loops no Run is using.
	loops = sync.Pool{New: func() any { return new(loop) }}
	// offers holds loops offered to helpers, at most one entry per seat.
	// An offer may outlive its Run, or see its loop reused by another; a helper
	// joins only while a seat is free, so a stale offer is passed over or
	// joins whatever Run uses the loop then, which counted that seat.
	offers = make(chan *loop, 256)
	// live counts the helpers, waiting counts those waiting for an offer.
	live, waiting atomic.Int32
)

// help runs loops it is offered, on a helper goroutine. A body that ends
// its goroutine (runtime.Goexit, as t.Fatal does) ends the helper, which
// still marks its part of the loop done.
func help() {
	defer live.Add(-1)
	pprof.SetGoroutineLabels(context.Background())
	for {
		if l := next(); l.seats.Add(-1) >= 0 {
			l.serve()
		}
	}
}

// next returns the next loop offered, waiting for it on the processor for
// spin before it blocks.
func next() *loop {
	waiting.Add(1)
	defer waiting.Add(-1)
	var l *loop
	if spinWait(func() bool {
		select {
		case l = <-offers:
			return true
		default:
			return false
		}
	}) {
		return l
	}
	return <-offers
}

// serve runs chunks of l on a helper. It does not touch l after its
// wg.Done: Run may then reuse it.
func (l *loop) serve() {
	defer func() {
		l.running.Add(-1)
		l.wg.Done()
	}()
	l.run()
}

// spin is how long a helper waits on the processor for the next loop, and
// a caller for its helpers, before blocking. A blocked goroutine's
// processor goes idle, and on the VMs numgo is measured on (firecracker,
// no halt polling) an idle processor took 100-200 µs to wake, so a helper
// that blocked between loops joined the next one late or not at all.
// Measured there (2026-11-29, loops of two chunks of fixed work, back to
// back), chunks of 50, 165, 500 and 1650 µs took 110-118, 274-292,
// 600-637 and 1760-1830 µs a loop with helpers that blocked at once, and
// 66, 189, 518 and 1707 µs with helpers that spin for 50 µs; AddTo of
// 2e5 float64 69-76 against 33-50 µs, ExpTo 142-153 against 109-137.
// Spinning for 200 µs or 1 ms gained little more on those loops and made
// allocating Add and Exp of 1e6 float64, whose loops are further apart,
// slower: a spinning helper takes processor time the caller's serial work
// between loops could use. (OpenBLAS's threads and GNU OpenMP's spin
// likewise, for longer.)
const spin = 50 * time.Microsecond

// spinWait calls done until it reports true or spin has passed, yielding
// the processor every few tries (runtime.Gosched) so that goroutines
// waiting for it run, and reports whether done did.
func spinWait(done func() bool) bool {
	start := time.Now()
	for i := 1; !done(); i++ {
		if i%16 == 0 {
			if time.Since(start) > spin {
				return false
			}
			runtime.Gosched()
		}
	}
	return true
}

// run runs chunks until none is left or one panics or ends its goroutine
// (runtime.Goexit), either of which stops the handing out of chunks.
func (l *loop) run() {
	done := false
	defer func() {
		if done {
			return
		}
		if r := recover(); r != nil && l.failed.CompareAndSwap(false, true) {
			l.caught = r
		}
		l.next.Store(int64(l.chunks))
	}()
	for c := int(l.next.Add(1)) - 1; c < l.chunks; c = int(l.next.Add(1)) - 1 {
		l.body.Run(l.n*c/l.chunks, l.n*(c+1)/l.chunks)
	}
	done = true
}
