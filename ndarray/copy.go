package ndarray

import (
	"math/bits"
	"sync/atomic"
	"unsafe"

	"github.com/numgo/numgo/internal/par"
)

// The copy engine. Copy, CopyTo, AsContiguous, the joining functions and
// Convert/ConvertTo all run through copyWith, which walks dst in its own
// memory order and hands runs to a kernel: copyRun for copies into new
// results, copyRunWarm for CopyTo's destination, one of the cast kernels
// for conversions.
//
//   - Axes along which dst steps backwards are flipped in both operands
//     first: an axis walked backwards in both pairs the same elements as
//     walked forwards. dst then runs forwards, and a source that still
//     steps by -1 (a[::-1] copied into a new array) is read by copyRun's
//     reversing loop instead of its general strided one.
//   - The loop's axes are ordered by dst's strides alone (loop.initLed), so
//     the innermost run is dst's unit step and the writes are sequential;
//     a source contiguous along the same axis makes each run a memmove.
//   - When the source steps along the innermost axis by more than along
//     another axis (a transposed or axis-swapped copy), the two axes are
//     walked in square tiles (copyTiles): every cache line read from the
//     source is used for all of its elements while it is still in L1,
//     where a plain loop would fetch a line per element and, with rows
//     more than a page apart, miss the TLB too.
//   - Copies of more than parallelMin elements are split across
//     goroutines: even a memmove goes faster on two idle cores than on
//     one. The joining functions plan every input's copy first (copyJob)
//     and split them all at once (runCopies).

// copyArray copies src into dst, which have the same shape. It panics with
// a *ValueError if dst is read-only.
func copyArray[T Dtype](dst, src *Array[T]) {
	run, tb := copyKernels[T](false)
	copyWith("copy", dst, src, run, tb)
}

// copyKernels returns the copy engine's kernels of T: copyRun, or
// copyRunWarm if warm, and transposeBlock, as func values made once
// (funcValue).
func copyKernels[T Dtype](warm bool) (castFunc[T, T], blockFunc[T, T]) {
	t := TypeOf[T]()
	tb := funcValue(&transposeBlocks[t], func() blockFunc[T, T] { return transposeBlock[T] })
	if warm {
		return funcValue(&warmCopyRuns[t], func() castFunc[T, T] { return copyRunWarm[T] }), tb
	}
	return funcValue(&copyRuns[t], func() castFunc[T, T] { return copyRun[T] }), tb
}

// copyRuns, warmCopyRuns and transposeBlocks hold copyRun, copyRunWarm and
// transposeBlock of each dtype.
var copyRuns, warmCopyRuns, transposeBlocks [numTypes]atomic.Value

// funcValue returns the function in slot, which mk makes the first time.
// A generic function used as a value is a closure made anew at every use,
// and one that reaches a job that goroutines share (copyBatch) is
// allocated on the heap each time: made once, it is not.
func funcValue[F any](slot *atomic.Value, mk func() F) F {
	if f, ok := slot.Load().(F); ok {
		return f
	}
	f := mk()
	slot.Store(f)
	return f
}

// copyWith writes k's conversion of src's elements into dst, which have
// the same shape, using tb (if not nil) for transposed blocks. It panics
// with a *ValueError naming op if dst is read-only.
func copyWith[U, T Dtype](op string, dst *Array[U], src *Array[T], k castFunc[U, T], tb blockFunc[U, T]) {
	dst.checkWritable(op)
	var j copyJob[U, T]
	j.plan(dst, src, k, tb)
	if workers(j.size) == 1 {
		j.run(0, j.units) // j stays on the stack: a small copy allocates nothing
		return
	}
	b := par.GetJob[copyBatch[U, T]]()
	b.one[0] = j
	runCopies(b.one[:])
	par.PutJob(b)
}

// copyRunWarm is copyRun for a destination that the caller gave (CopyTo's
// dst), likely in cache, where copyRun serves new results, whose memory
// is cold (Go reuses freed memory only after a garbage collection). From
// 1 MiB Go's memmove on amd64 uses non-temporal stores, which bypass the
// cache: right for a cold destination, where they save reading it in,
// but an 8 MB float64 copy into a destination in L3 then runs at DRAM
// speed, measured half as fast as in pieces of 512 KiB (glibc's memcpy,
// and so NumPy's copyto, keeps ordinary stores up to most of the L3's
// size). So copyRunWarm moves long unit-stride runs in such pieces.
func copyRunWarm[T Dtype](dst []T, di, ds int, src []T, si, ss, n int) {
	if ds != 1 || ss != 1 {
		copyRun(dst, di, ds, src, si, ss, n)
		return
	}
	d, s := dst[di:di+n], src[si:si+n]
	step := max(1, (512<<10)/int(unsafe.Sizeof(d[0])))
	for len(d) > step {
		copy(d[:step], s[:step])
		d, s = d[step:], s[step:]
	}
	copy(d, s)
}

// A copyJob is one copy planned for the engine: the loop over its elements
// in dst's order, and how the loop is cut into units of work.
type copyJob[U, T Dtype] struct {
	dst   []U
	src   []T
	k     castFunc[U, T]
	tb    blockFunc[U, T]
	l     loop
	tiled bool // walked by copyTiles, in strips of tiles
	size  int  // elements
	units int  // units of work: elements, or strips when tiled
}

// plan sets j to copy src into dst (same shape) with k, and with tb for
// transposed blocks (nil: k on each row of a tile).
func (j *copyJob[U, T]) plan(dst *Array[U], src *Array[T], k castFunc[U, T], tb blockFunc[U, T]) {
	nd := len(dst.shape)
	var dsBuf, ssBuf [maxDims]int
	ds, ss := dsBuf[:nd], ssBuf[:nd]
	copy(ds, dst.strides)
	copy(ss, src.strides)
	doff, soff := dst.offset, src.offset
	for k, n := range dst.shape {
		if ds[k] < 0 && n > 1 {
			doff += (n - 1) * ds[k]
			soff += (n - 1) * ss[k]
			ds[k], ss[k] = -ds[k], -ss[k]
		}
	}
	j.dst, j.src, j.k, j.tb = dst.data, src.data, k, tb
	j.l.initLed(dst.shape, operand{doff, ds}, operand{soff, ss})
	j.size = j.l.size()
	j.units = j.size
	j.tiled = j.size > 0 && j.l.tileAxes()
	if j.tiled {
		b, outer := tileSide[U, T](), j.l.ndim-2
		j.units = (j.l.shape[outer] + b - 1) / b
		for a := range outer {
			j.units *= j.l.shape[a]
		}
	}
}

// run copies the units lo to hi-1 of j.
func (j *copyJob[U, T]) run(lo, hi int) {
	if j.tiled {
		j.copyTiles(lo, hi)
		return
	}
	it := j.l.iter(lo, hi)
	for it.next() {
		j.k(j.dst, it.off[0], it.st[0], j.src, it.off[1], it.st[1], it.n)
	}
}

// unitAt returns the unit of j that element e (counted in j's loop order)
// falls in, clamped to [0, units]: cuts of the work at element boundaries
// become cuts at unit boundaries, the same for the pieces on both sides.
func (j *copyJob[U, T]) unitAt(e int) int {
	switch {
	case e <= 0:
		return 0
	case e >= j.size:
		return j.units
	case !j.tiled:
		return e
	}
	hi, lo := bits.Mul64(uint64(e), uint64(j.units))
	q, _ := bits.Div64(hi, lo, uint64(j.size))
	return int(q)
}

// runCopies runs jobs as one piece of work: above parallelMin elements in
// all, the elements are cut into chunks that goroutines take in turn
// (parallelFor), so that joining many arrays starts and waits for
// goroutines once, not once per array.
func runCopies[U, T Dtype](jobs []copyJob[U, T]) {
	total := 0
	for i := range jobs {
		total += jobs[i].size
	}
	w := workers(total)
	if w == 1 {
		for i := range jobs {
			jobs[i].run(0, jobs[i].units)
		}
		return
	}
	b := par.GetJob[copyBatch[U, T]]()
	b.jobs = jobs
	parallelFor(total, 1, w, b)
	par.PutJob(b)
}

// A copyBatch is runCopies's jobs split over goroutines, their elements
// one range; one holds copyWith's single job, so that its slice of jobs
// needs no allocation.
type copyBatch[U, T Dtype] struct {
	jobs []copyJob[U, T]
	one  [1]copyJob[U, T]
}

// Run copies elements [lo, hi) of the jobs.
func (b *copyBatch[U, T]) Run(lo, hi int) {
	start := 0
	for i := range b.jobs {
		j := &b.jobs[i]
		if a, b := j.unitAt(lo-start), j.unitAt(hi-start); a < b {
			j.run(a, b)
		}
		start += j.size
	}
}

// tileAxes reports whether the copy loop l (operand 0 the destination,
// 1 the source) is walked faster in tiles: when the source steps along the
// innermost axis by more than 1 in absolute value and along some other
// axis by less (and not 0, a broadcast). It then moves the axis along
// which the source steps least to the second-innermost place, the tile's
// rows.
func (l *loop) tileAxes() bool {
	in := l.ndim - 1
	if in < 1 || l.empty {
		return false
	}
	src := &l.strides[1]
	p, least := -1, abs(src[in])
	for k := range in {
		if s := abs(src[k]); s != 0 && s < least {
			p, least = k, s
		}
	}
	if p < 0 {
		return false
	}
	for k := p; k < in-1; k++ { // rotate p inwards, keeping the other axes' order
		l.shape[k], l.shape[k+1] = l.shape[k+1], l.shape[k]
		for i := range l.nop {
			l.strides[i][k], l.strides[i][k+1] = l.strides[i][k+1], l.strides[i][k]
		}
	}
	return true
}

// tileSide returns the side, in elements, of copyTiles' square tiles for
// elements of T and U: two tiles (source and destination) of 32 rows of
// 8-byte elements take 16 KiB, half of a 32 KiB L1 data cache; elements of
// one or two bytes get 64 rows, so that a tile row is at least half a
// cache line.
func tileSide[U, T Dtype]() int {
	var u U
	var t T
	if max(unsafe.Sizeof(u), unsafe.Sizeof(t)) <= 2 {
		return 64
	}
	return 32
}

// copyTiles copies the strips lo to hi-1 of the tiled job j, whose two
// innermost axes tileAxes chose: a strip is tileSide rows of the
// second-innermost axis, copied a tileSide-square at a time, by j.tb or
// by one kernel call per row of the square.
func (j *copyJob[U, T]) copyTiles(lo, hi int) {
	l, b := &j.l, tileSide[U, T]()
	outer := l.ndim - 2
	nr, nc := l.shape[outer], l.shape[outer+1]
	dr, dc := l.strides[0][outer], l.strides[0][outer+1]
	sr, sc := l.strides[1][outer], l.strides[1][outer+1]
	strips := (nr + b - 1) / b
	for u := lo; u < hi; u++ {
		// The outer axes' index is u / strips, in C order over l's axes.
		doff, soff := l.offset[0], l.offset[1]
		for q, a := u/strips, outer-1; a >= 0; a-- {
			i := q % l.shape[a]
			q /= l.shape[a]
			doff += i * l.strides[0][a]
			soff += i * l.strides[1][a]
		}
		r0 := (u % strips) * b
		r1 := min(r0+b, nr)
		for c0 := 0; c0 < nc; c0 += b {
			w := min(b, nc-c0)
			if j.tb != nil && dc == 1 && sr == 1 {
				j.tb(j.dst, doff+r0*dr+c0, dr, j.src, soff+r0+c0*sc, sc, r1-r0, w)
				continue
			}
			for r := r0; r < r1; r++ {
				j.k(j.dst, doff+r*dr+c0*dc, dc, j.src, soff+r*sr+c0*sc, sc, w)
			}
		}
	}
}

// A blockFunc copies an h×w block whose rows are unit-stride in dst and
// whose columns are unit-stride in src: dst[di+r*dr+c] = src[si+r+c*sc].
type blockFunc[U, T Dtype] func(dst []U, di, dr int, src []T, si, sc, h, w int)

// transposeBlock is the blockFunc of copies. It moves 4×4 sub-blocks
// through registers, sixteen loads then sixteen stores, by pointer
// arithmetic inside the block, whose corners are bounds-checked first: a
// bounds check per slice of four elements made a 64×64×64 transpose
// take a quarter longer, measured.
func transposeBlock[T Dtype](dst []T, di, dr int, src []T, si, sc, h, w int) {
	// The block's extreme elements: dst steps forwards (dr > 0), src's
	// columns may step either way.
	_, _ = dst[di], dst[di+(h-1)*dr+w-1]
	_, _ = src[si+min(0, (w-1)*sc)], src[si+h-1+max(0, (w-1)*sc)]
	d0, s0 := &dst[di], &src[si]
	r := 0
	for ; r+4 <= h; r += 4 {
		c := 0
		for ; c+4 <= w; c += 4 {
			s, d := at(s0, r+c*sc), at(d0, r*dr+c)
			a00, a01, a02, a03 := *s, *at(s, 1), *at(s, 2), *at(s, 3)
			s = at(s, sc)
			a10, a11, a12, a13 := *s, *at(s, 1), *at(s, 2), *at(s, 3)
			s = at(s, sc)
			a20, a21, a22, a23 := *s, *at(s, 1), *at(s, 2), *at(s, 3)
			s = at(s, sc)
			a30, a31, a32, a33 := *s, *at(s, 1), *at(s, 2), *at(s, 3)
			*d, *at(d, 1), *at(d, 2), *at(d, 3) = a00, a10, a20, a30
			d = at(d, dr)
			*d, *at(d, 1), *at(d, 2), *at(d, 3) = a01, a11, a21, a31
			d = at(d, dr)
			*d, *at(d, 1), *at(d, 2), *at(d, 3) = a02, a12, a22, a32
			d = at(d, dr)
			*d, *at(d, 1), *at(d, 2), *at(d, 3) = a03, a13, a23, a33
		}
		for ; c < w; c++ {
			s, d := at(s0, r+c*sc), at(d0, r*dr+c)
			*d, *at(d, dr), *at(d, 2*dr), *at(d, 3*dr) = *s, *at(s, 1), *at(s, 2), *at(s, 3)
		}
	}
	for ; r < h; r++ {
		for c := range w {
			*at(d0, r*dr+c) = *at(s0, r+c*sc)
		}
	}
}

// at returns the address of the element i places after the one p points
// to. Callers bounds-check the elements they reach this way.
func at[T Dtype](p *T, i int) *T {
	return (*T)(unsafe.Add(unsafe.Pointer(p), i*int(unsafe.Sizeof(*p))))
}
