package ndarray

import (
	"unsafe"

	"github.com/numgo/numgo/internal/vmath"
)

// Streamed results. The memory of a result that an operation has just
// allocated (a recycled block, or fresh memory from the runtime) was last
// written a GC cycle or more ago and is in no cache, and an ordinary store
// first reads each cache line it writes from memory. For a result of
// several MiB that read costs about as much as the operation: on the test
// VM, Add of two 1e6-element float64 arrays took 150 µs into the same
// result each time and 290 µs into one of 16 in turn, which is what an
// allocating Add meets (NumPy's malloc hands back the block it has just
// freed, still in cache). So the element-wise operations whose float
// kernels run vmath's (binaryVec, unaryVec, compareVec) call vmath's
// streaming forms for a large result they have just allocated:
// non-temporal stores write whole cache lines to memory without reading
// them. The ...To forms never stream: their result may well be in cache.

// streamMin is the smallest result, in bytes, that is streamed. Measured
// on the test VM (medians of 3 to 5 alternated runs, allocating Add of
// float64 arrays): 512 KiB results 36 against 44 µs, 800 KB 38 against
// 45, 1 MiB 43 against 58, 8 MB 268 against 313; between these the gain
// was within the noise (2.4 MB 100 against 101 µs, 4 MB 149 against 145),
// as it was for Exp (1 MiB 63 against 65 µs, 8 MB 331 against 343).
const streamMin = 512 << 10

// streamRunMin is the shortest run, in bytes, of a streamed result: each
// run is one kernel call with its own partial lines and fence, and short
// ones were slower streamed (a (436, 300) float64 array plus a row took
// 390–511 against 303–346 µs; with rows of 1000, 8000 bytes, there was no
// gain).
const streamRunMin = 64 << 10

// streams reports whether an operation streams its result, of n elements
// of R that it has just allocated and that the loop l walks in memory
// order (as its first operand): it holds streamMin bytes or more, in runs
// of streamRunMin bytes or more.
func streams[R Dtype](l *loop, n int) bool {
	size := int(unsafe.Sizeof(*new(R)))
	return n*size >= streamMin && l.inOrder(0) && l.shape[l.ndim-1]*size >= streamRunMin
}

// streamBinary computes the run of it with vmath's streaming kernel for op
// and reports whether it could: a float run with the operands' steps
// (it.st[1], it.st[2]) of -1, 0 or 1, long enough for vmath.
func streamBinary[T, R Dtype](op vmath.Op, d []R, a, b []T, it *runIter) bool {
	dt, ok := any(d).([]T)
	as, bs, n := it.st[1], it.st[2], it.n
	if !ok || n < vmath.BinaryMinLen(op) || min(as, bs) < -1 || max(as, bs) > 1 {
		return false
	}
	return vmath.BinaryStream(op, dt[it.off[0]:it.off[0]+n], vmath.RunOf(a, it.off[1], as, n), as, vmath.RunOf(b, it.off[2], bs, n), bs)
}

// streamCompare is streamBinary for vmath's comparison pred.
func streamCompare[T, R Dtype](pred vmath.Cmp, d []R, a, b []T, it *runIter) bool {
	db, ok := any(d).([]bool)
	as, bs, n := it.st[1], it.st[2], it.n
	if !ok || n < vmath.MinLenCheap || min(as, bs) < -1 || max(as, bs) > 1 {
		return false
	}
	return vmath.CompareStream(pred, db[it.off[0]:it.off[0]+n], vmath.RunOf(a, it.off[1], as, n), as, vmath.RunOf(b, it.off[2], bs, n), bs)
}

// streamUnary is streamBinary for vmath's function f of one contiguous
// operand.
func streamUnary[T, R Dtype](f vmath.Func, d []R, a []T, it *runIter) bool {
	dt, ok := any(d).([]T)
	if !ok || it.st[1] != 1 || it.n < vmath.MinLen {
		return false
	}
	return vmath.ApplyStream(f, dt[it.off[0]:it.off[0]+it.n], a[it.off[1]:it.off[1]+it.n])
}
