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
	"runtime"
	"sync"
	"sync/atomic"
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
// (never empty), run by the calling goroutine and procs-1 helpers, each
// taking the next chunk when it is done with one. Every index is in
// exactly one chunk, so a body that computes each index by itself gives
// the same result whatever procs and chunks are. A panic in body (a
// kernel's typed panic) stops the handing out of chunks and is re-raised
// in the caller, where it can be recovered, once every helper is done.
//
// Run allocates nothing once helpers are waiting (a pointer in body's
// interface does not allocate either): the loop's state comes from a pool,
// and the helpers are goroutines that wait for the next loop when done
// with one. Run starts a new one only when none is waiting and fewer than
// 2×GOMAXPROCS are alive; past that bound the caller runs the missing
// helper's chunks itself, so many concurrent callers do not pile up
// goroutines. A helper started afresh for each Run (as before 2026-11-28)
// allocated its closure and the loop's state each time; on the bench
// cases that split (Add of 1e6 float64, Div of (100000, 3) by
// (100000, 1)) the two were within this machine's noise of each other
// (medians of 12 alternated runs, 5-10% either way). A helper keeps the
// profiler labels of the goroutine that started it, so a CPU profile
// charges body's work on helpers to that goroutine's labels.
func Run(n, procs, chunks int, body Body) {
	chunks = min(chunks, n)
	if procs <= 1 || chunks <= 1 {
		if n > 0 {
			body.Run(0, n)
		}
		return
	}
	l := loops.Get().(*loop)
	l.n, l.chunks, l.body = n, chunks, body
	l.next.Store(0)
	helpers := min(procs, chunks) - 1
	l.wg.Add(helpers)
	for range helpers {
		select {
		case work <- l:
		default:
			if live.Add(1) <= int32(2*runtime.GOMAXPROCS(0)) {
				go help(l)
			} else {
				live.Add(-1)
				l.wg.Done()
			}
		}
	}
	l.run()
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
	wg        sync.WaitGroup
	failed    atomic.Bool // set by the first panic, whose value is caught
	caught    any
}

var (
	// loops are the loops no Run is using.
	loops = sync.Pool{New: func() any { return new(loop) }}
	// work hands a loop to a waiting helper.
	work = make(chan *loop)
	// live counts the helpers, waiting or not.
	live atomic.Int32
)

// help runs chunks of l, then of each loop it is handed, on a helper
// goroutine. A body that ends its goroutine (runtime.Goexit, as t.Fatal
// does) ends the helper, which still marks its part of the loop done.
func help(l *loop) {
	defer live.Add(-1)
	for {
		l.serve()
		l = <-work
	}
}

// serve runs chunks of l on a helper. It does not touch l after its
// wg.Done: Run may then reuse it.
func (l *loop) serve() {
	defer l.wg.Done()
	l.run()
}

// run runs chunks until none is left or one panics.
func (l *loop) run() {
	defer func() {
		if r := recover(); r != nil {
			if l.failed.CompareAndSwap(false, true) {
				l.caught = r
			}
			l.next.Store(int64(l.chunks))
		}
	}()
	for c := int(l.next.Add(1)) - 1; c < l.chunks; c = int(l.next.Add(1)) - 1 {
		l.body.Run(l.n*c/l.chunks, l.n*(c+1)/l.chunks)
	}
}
