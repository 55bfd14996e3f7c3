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
// kernels run vmath's (binaryVec, unaryVec, compareVec) have vmath's
// kernels stream a large result they have just allocated: non-temporal
// stores write whole cache lines to memory without reading them. The ...To
// forms never stream: their result may well be in cache.
//
// Stacked runs. An element-wise operation whose loop has several axes
// hands vmath's kernel a stack of runs at a time (runIter.nextRows): all
// the rows of a broadcast row or column, or of a strided view, within a
// chunk of the loop, in one C call instead of one per row, streaming or
// not.

// streamMin is the smallest result, in bytes, that is streamed. Measured
// on the test VM (medians of 3 to 5 alternated runs, allocating Add of
// float64 arrays): 512 KiB results 36 against 44 µs, 800 KB 38 against
// 45, 1 MiB 43 against 58, 8 MB 268 against 313; between these the gain
// was within the noise (2.4 MB 100 against 101 µs, 4 MB 149 against 145),
// as it was for Exp (1 MiB 63 against 65 µs, 8 MB 331 against 343).
const streamMin = 512 << 10

// stackRunMin is the shortest run, in bytes, of a streamed result: one
// vector of the kernels (shorter ones go through a padded vector each,
// vmath.VecBytes). Its runs go to the kernels in stacks
// (runIter.nextRows), all the rows of a broadcast or a view in a chunk of
// the loop in one call with one fence after the last row's non-temporal
// stores, instead of a call and a fence per row. (A kernel streams the
// aligned whole vectors of runs of two vectors or more, and writes the
// rest with ordinary stores.) Measured on the test VM (medians of 4
// alternated runs, allocating Add of a float64 matrix and a row or a
// column, 8 MB results), against one call per row writing through the
// cache: rows of 1000 265 against 302 µs, columns of 1000 250 against 362;
// of 300 241 against 322 and 235 against 511; of 16 239 against 477 and
// 246 against 441; of 4 542 against 1166 and 529 against 1062. Runs
// streamed in calls of their own, each with its fence, had been slower
// than written through the cache (rows of 1000: 303 against 282 µs; a
// (436, 300) array plus a row: 390–511 against 303–346). Into a given
// result (AddTo), stacks of runs took 129 against 196 µs for rows of 1000,
// 128 against 242 for rows of 100, 161 against 434 for rows of 16, 427
// against 1099 for rows of 4. Exp of a (31250, 16) view of every other 16
// elements took 224 against 792 µs allocating, 186 against 740 into a
// given result.
const stackRunMin = vmath.VecBytes

// streamStackMin is the fewest bytes a stack of runs may hold for a
// result to stream: each stack ends with a fence, which waits for all its
// non-temporal stores. Allocating Exp of a (10000, 3, 40)[:, :2, :32]
// view, in stacks of two runs of 32 float64, took 2.6–3.2 ms streamed
// against 1.9–2.2 written through the cache (a review's measurement).
const streamStackMin = 64 << 10

// streams reports whether an operation streams its result, of n elements
// of R that it has just allocated and that the loop l walks in memory
// order (as its first operand): it holds streamMin bytes or more, in runs
// of stackRunMin bytes or more, which nextRows stacks to streamStackMin
// bytes or more.
func streams[R Dtype](l *loop, n int) bool {
	size := int(unsafe.Sizeof(*new(R)))
	if n*size < streamMin || !l.inOrder(0) {
		return false
	}
	run := l.shape[l.ndim-1] * size
	stack := run
	if l.ndim > 1 {
		stack *= l.shape[l.ndim-2]
	}
	return run >= stackRunMin && stack >= streamStackMin
}

// A stacker runs a ufunc's runs in stacks (runIter.nextRows), one call of
// vmath's kernel for its float operation, comparison or function per
// stack, streaming the result if stream is set. The zero stacker has no
// kernel.
type stacker struct {
	op                        vmath.Op
	pred                      vmath.Cmp
	fn                        vmath.Func
	isOp, isCmp, isFn, stream bool
}

// stacksFor returns the stacker of the ufunc of table for a loop l of n
// elements of T into a result of R that the operation has just allocated
// if fresh: one without kernels unless T is a float type (vmath's kernels
// take no other) and the loop streams or has two axes or more and
// vmath.MinLenCheap elements or more (shorter runs go one by one anyway).
func stacksFor[T, R Dtype](table *[numTypes]any, l *loop, n int, fresh bool) stacker {
	stream := fresh && streams[R](l, n)
	s := stacker{stream: stream}
	if !TypeOf[T]().IsFloat() || !stream && (l.ndim < 2 || n < vmath.MinLenCheap) {
		return s // no vmath kernel, or runs it takes one by one
	}
	s.op, s.isOp = binaryVec[table]
	s.pred, s.isCmp = compareVec[table]
	s.fn, s.isFn = unaryVec[table]
	return s
}

// binaryRuns computes the runs of it, in stacks through s where vmath's
// kernel takes them, else run by run with k.
func binaryRuns[T, R Dtype](k binaryKernel[T, R], s stacker, d []R, a, b []T, it *runIter) {
	for rows := it.nextRows(); rows > 0; rows = it.nextRows() {
		if s.isOp && stackBinary(s, rows, d, a, b, it) || s.isCmp && stackCompare(s, rows, d, a, b, it) {
			continue
		}
		for r := range rows {
			k(d, it.off[0]+r*it.ld[0], it.st[0], a, it.off[1]+r*it.ld[1], it.st[1], b, it.off[2]+r*it.ld[2], it.st[2], it.n)
		}
	}
}

// stackBinary computes rows runs of it in one call of vmath's kernel for
// s.op and reports whether it could: float runs that vmath takes, walked
// as its kernels walk them (walks).
func stackBinary[T, R Dtype](s stacker, rows int, d []R, a, b []T, it *runIter) bool {
	dt, ok := any(d).([]T)
	return ok && walks(it) && vmath.BinaryRows(s.op, rows, it.n, strided(dt, it, 0), strided(a, it, 1), strided(b, it, 2), s.stream)
}

// stackCompare is stackBinary for vmath's comparison s.pred.
func stackCompare[T, R Dtype](s stacker, rows int, d []R, a, b []T, it *runIter) bool {
	db, ok := any(d).([]bool)
	return ok && walks(it) && vmath.CompareRows(s.pred, rows, it.n, strided(db, it, 0), strided(a, it, 1), strided(b, it, 2), s.stream)
}

// walks reports whether it's runs step as vmath's kernels walk them: the
// destination by 1, the sources by -1, 0 or 1.
func walks(it *runIter) bool {
	return it.st[0] == 1 && min(it.st[1], it.st[2]) >= -1 && max(it.st[1], it.st[2]) <= 1
}

// strided returns operand i's runs of it, whose data is x, as vmath takes
// them.
func strided[T any](x []T, it *runIter, i int) vmath.Strided[T] {
	return vmath.Strided[T]{X: x, Off: it.off[i], LD: it.ld[i], Step: it.st[i]}
}

// unaryRuns is binaryRuns for a function of one operand.
func unaryRuns[T, R Dtype](k unaryKernel[T, R], s stacker, d []R, a []T, it *runIter) {
	for rows := it.nextRows(); rows > 0; rows = it.nextRows() {
		if s.isFn && stackUnary(s, rows, d, a, it) {
			continue
		}
		for r := range rows {
			k(d, it.off[0]+r*it.ld[0], it.st[0], a, it.off[1]+r*it.ld[1], it.st[1], it.n)
		}
	}
}

// stackUnary is stackBinary for vmath's function s.fn of one operand,
// whose runs and the destination's step by 1.
func stackUnary[T, R Dtype](s stacker, rows int, d []R, a []T, it *runIter) bool {
	dt, ok := any(d).([]T)
	return ok && it.st[0] == 1 && it.st[1] == 1 && vmath.ApplyRows(s.fn, rows, it.n, strided(dt, it, 0), strided(a, it, 1), s.stream)
}
