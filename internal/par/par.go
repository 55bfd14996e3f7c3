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
	"sync"
	"sync/atomic"
)

// ChunksPerProc is how many chunks per goroutine the callers in numgo cut
// their ranges into: measured on a 2-core machine, a 256×256 matrix product
// split into 32 chunks instead of 2 fixed halves took 261 µs rather than
// 378 µs (medians of 8 alternated runs), and 4 or 8 chunks per goroutine
// gave less.
const ChunksPerProc = 16

// For calls body over [0, n) cut into at most chunks contiguous chunks
// (never empty), run by the calling goroutine and procs-1 others, each
// taking the next chunk when it is done with one. Every index is in
// exactly one chunk, so a body that computes each index by itself gives
// the same result whatever procs and chunks are. A panic in body (a
// kernel's typed panic) stops the handing out of chunks and is re-raised
// in the caller, where it can be recovered, once every goroutine has
// returned.
func For(n, procs, chunks int, body func(lo, hi int)) {
	chunks = min(chunks, n)
	if procs <= 1 || chunks <= 1 {
		if n > 0 {
			body(0, n)
		}
		return
	}
	l := &loop{n: n, chunks: chunks, body: body} // the one allocation
	helpers := min(procs, chunks) - 1
	l.wg.Add(helpers)
	for range helpers {
		go l.help()
	}
	l.run()
	l.wg.Wait()
	if l.caught != nil {
		panic(l.caught)
	}
}

// A loop is the state For shares with its helpers.
type loop struct {
	next      atomic.Int64 // the next chunk to hand out
	n, chunks int
	body      func(lo, hi int)
	wg        sync.WaitGroup
	once      sync.Once
	caught    any // the first panic's value
}

// help runs chunks on a helper goroutine.
func (l *loop) help() {
	defer l.wg.Done()
	l.run()
}

// run runs chunks until none is left or one panics.
func (l *loop) run() {
	defer func() {
		if r := recover(); r != nil {
			l.once.Do(func() { l.caught = r })
			l.next.Store(int64(l.chunks))
		}
	}()
	for c := int(l.next.Add(1)) - 1; c < l.chunks; c = int(l.next.Add(1)) - 1 {
		l.body(l.n*c/l.chunks, l.n*(c+1)/l.chunks)
	}
}
