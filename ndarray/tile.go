package ndarray

import (
	"sync"
	"unsafe"

	"github.com/numgo/numgo/internal/par"
)

// Binary ufuncs over a C-ordered result whose operands are broadcast in
// simple patterns run in flat runs, without the loop's set-up, and without
// a kernel call per row where rows are short: a (100000, 3) array minus its
// mean (3,), or divided by its norms (100000, 1), would otherwise cost a
// kernel call per 3 elements. An operand that is neither a whole block of
// the result's shape nor a single element is first written into a tile of
// the result's layout, a run of up to tileBytes: the row repeated, or
// each element of a column repeated along the row.

// A pattern is how a C-contiguous operand broadcasts to a C-ordered
// result: element i of the result reads element (i/rep)%block of the
// operand. The operand's shape, without its leading and trailing 1s, is
// that of the result's axes that it spans; block is its size and rep the
// size of the axes after them (rep 1 for a row, the row's length for a
// column).
type pattern struct{ block, rep int }

// patternOf returns a's pattern over dst, and false if a has none (it is
// not C-contiguous, or it broadcasts along axes between axes it spans).
func patternOf[T, R Dtype](dst *Array[R], a *Array[T]) (pattern, bool) {
	if a.Size() == 1 {
		return pattern{1, 1}, true
	}
	if !a.IsContiguous() {
		return pattern{}, false
	}
	s := a.shape
	for len(s) > 0 && s[0] == 1 {
		s = s[1:]
	}
	lead := len(dst.shape) - len(s) // dst's axes before a's first
	for len(s) > 0 && s[len(s)-1] == 1 {
		s = s[:len(s)-1]
	}
	if lead < 0 || !sameShape(s, dst.shape[lead:lead+len(s)]) {
		return pattern{}, false
	}
	rep := 1
	for _, n := range dst.shape[lead+len(s):] {
		rep *= n
	}
	return pattern{a.Size(), rep}, true
}

// direct reports whether an operand of pattern p is read in place over a
// result of n elements, and with which step: 1 for a whole block of the
// result's shape, 0 for a single element.
func (p pattern) direct(n int) (step int, ok bool) {
	switch {
	case p.block == 1:
		return 0, true
	case p.block == n:
		return 1, true
	}
	return 0, false
}

// tileBufs holds tiles, tileBytes each.
var tileBufs = sync.Pool{New: func() any { return new([tileBytes]byte) }}

// tileBytes is the size of a tile: 1024 float64, enough for runs that
// internal/vmath's SIMD kernels take (vmath.MinLenCheap).
const tileBytes = 8 << 10

// tileLen returns the number of T in a tile.
func tileLen[T Dtype]() int {
	var z T
	return tileBytes / int(unsafe.Sizeof(z))
}

// maxBlockCalls bounds the kernel calls of blockRuns' loop over rows too
// long to tile: each costs about 20 ns, as much as the loop's set-up.
const maxBlockCalls = 16

// blockRuns computes k over dst, a C-ordered array, in flat runs and
// reports whether it did: where both operands have patterns, small
// results in one kernel call, or one per row when rows are too long to
// tile, and results with a row or column shorter than half a tile run by
// run against tiles. It leaves large results of whole blocks to the loop,
// which splits and streams them.
func blockRuns[T, R Dtype](k binaryKernel[T, R], dst *Array[R], a, b *Array[T]) bool {
	n := dst.Size()
	pa, okA := patternOf(dst, a)
	pb, okB := patternOf(dst, b)
	if !okA || !okB || n == 0 {
		return n == 0 && okA && okB
	}
	sa, directA := pa.direct(n)
	sb, directB := pb.direct(n)
	switch half := tileLen[T]() / 2; {
	case directA && directB:
		if n >= parallelMin {
			return false
		}
		k(dst.data, dst.offset, 1, a.data, a.offset, sa, b.data, b.offset, sb, n)
		return true
	case pa.tiles(n, half) && pb.tiles(n, half):
		tiledRuns(k, dst, a, b, pa, pb)
		return true
	case pa.rep == 1 && pb.rep == 1 && n < parallelMin && n/min(pa.block, pb.block) <= maxBlockCalls:
		// Rows too long to tile, few of them: a kernel call per row.
		m := min(pa.block, pb.block)
		sa, sb = min(pa.block-1, 1), min(pb.block-1, 1)
		for i := 0; i < n; i += m {
			k(dst.data, dst.offset+i, 1, a.data, a.offset+sa*(i%pa.block), sa, b.data, b.offset+sb*(i%pb.block), sb, m)
		}
		return true
	}
	return false
}

// fillMax is the longest repetition of one element (a column's row
// length) that a tile is filled with chunk by chunk: longer rows run as
// fast in the loop, whose kernels take stacks of rows. Measured on the
// 2-core test machine, AddTo and DivTo of 20000×r float64 by 20000×1:
// filled, 53-86 against 184-218 µs for r = 2, 3; 127 against 188-221 for
// r = 5, 6; even at 4; 140 against 99 at 8, and worse beyond.
const fillMax = 7

// tiles reports whether an operand of pattern p over a result of n
// elements can be read in runs of a tile: in place, or from a tile filled
// once because the pattern repeats within half of it, or from one filled
// chunk by chunk because it repeats each element at most fillMax times.
func (p pattern) tiles(n, half int) bool {
	_, direct := p.direct(n)
	return direct || p.block*p.rep <= half || 1 < p.rep && p.rep <= fillMax
}

// tiledRuns is blockRuns for operands that tile: the kernel runs over
// chunks of a tile's length, on as many goroutines as the result's size
// asks. The tile's length is a multiple of the period of every operand
// whose tile is filled once.
func tiledRuns[T, R Dtype](k binaryKernel[T, R], dst *Array[R], a, b *Array[T], pa, pb pattern) {
	n := dst.Size()
	size := tileLen[T]()
	for _, p := range []pattern{pa, pb} {
		if _, direct := p.direct(n); !direct && p.block*p.rep <= size/2 {
			size = size / (p.block * p.rep) * (p.block * p.rep)
		}
	}
	size = min(size, n)
	chunks := (n + size - 1) / size
	if w := workers(n); w > 1 {
		j := par.GetJob[tileJob[T, R]]()
		*j = tileJob[T, R]{k, dst, a, b, pa, pb, size}
		parallelFor(chunks, size, w, j)
		par.PutJob(j)
		return
	}
	runTiles(k, dst, a, b, pa, pb, size, 0, chunks)
}

// A tileJob is tiledRuns's chunks split over goroutines.
type tileJob[T, R Dtype] struct {
	k      binaryKernel[T, R]
	dst    *Array[R]
	a, b   *Array[T]
	pa, pb pattern
	size   int
}

// Run computes chunks [lo, hi).
func (j *tileJob[T, R]) Run(lo, hi int) {
	runTiles(j.k, j.dst, j.a, j.b, j.pa, j.pb, j.size, lo, hi)
}

// runTiles computes chunks lo to hi-1, of size elements each, of tiledRuns.
func runTiles[T, R Dtype](k binaryKernel[T, R], dst *Array[R], a, b *Array[T], pa, pb pattern, size, lo, hi int) {
	n := dst.Size()
	oa, ob := tiled(a, pa, n, size), tiled(b, pb, n, size)
	defer oa.release()
	defer ob.release()
	for i := lo * size; i < min(hi*size, n); i += size {
		r := min(size, n-i)
		xa, ia, sa := oa.chunk(i, r)
		xb, ib, sb := ob.chunk(i, r)
		k(dst.data, dst.offset+i, 1, xa, ia, sa, xb, ib, sb, r)
	}
}

// A tiledOperand is where runTiles reads an operand: in place with step
// step (tile nil), or from a tile filled chunk by chunk (perChunk) or once.
type tiledOperand[T Dtype] struct {
	x        []T // the operand's data from its first element
	p        pattern
	step     int
	buf      *[tileBytes]byte
	tile     []T
	perChunk bool
}

// tiled returns how runTiles reads operand a of pattern p over a result
// of n elements in chunks of size, with its tile filled if it is filled
// once.
func tiled[T Dtype](a *Array[T], p pattern, n, size int) tiledOperand[T] {
	o := tiledOperand[T]{x: a.data[a.offset:], p: p}
	if step, ok := p.direct(n); ok {
		o.step = step
		return o
	}
	o.buf = tileBufs.Get().(*[tileBytes]byte)
	o.tile = unsafe.Slice((*T)(unsafe.Pointer(o.buf)), size)
	o.perChunk = size%(p.block*p.rep) != 0
	if !o.perChunk {
		fill(o.tile, o.x, p, 0)
	}
	return o
}

// chunk returns the slice, offset and step from which the kernel reads
// the operand's elements for the r elements of the result from i.
func (o *tiledOperand[T]) chunk(i, r int) ([]T, int, int) {
	switch {
	case o.tile == nil:
		return o.x, o.step * i, o.step
	case o.perChunk:
		fill(o.tile[:r], o.x, o.p, i)
	}
	return o.tile, 0, 1
}

// release returns the tile to tileBufs.
func (o *tiledOperand[T]) release() {
	if o.buf != nil {
		tileBufs.Put(o.buf)
	}
}

// fill writes into tile the elements of x, of pattern p, that the result's
// elements from i read.
func fill[T Dtype](tile, x []T, p pattern, i int) {
	if p.rep == 1 && i%p.block == 0 {
		// A row repeated: doubling copies.
		for n := copy(tile, x[:p.block]); n < len(tile); {
			n += copy(tile[n:], tile[:n])
		}
		return
	}
	// Element k of x fills runs of rep, the first one cut short at i.
	k, skip := i/p.rep%p.block, i%p.rep
	for t := 0; t < len(tile); {
		run := tile[t:min(t+p.rep-skip, len(tile))]
		v := x[k]
		for e := range run {
			run[e] = v
		}
		t += len(run)
		if k++; k == p.block {
			k = 0
		}
		skip = 0
	}
}
