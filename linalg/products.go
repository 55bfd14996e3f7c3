package linalg

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"unsafe"

	"github.com/numgo/numgo/internal/par"
	"github.com/numgo/numgo/ndarray"
)

// matmulSig is the generalized-ufunc signature NumPy's messages quote.
const matmulSig = "(n?,k),(k,m?)->(n?,m?)"

// Matmul returns the matrix product of a and b, like numpy.matmul (a @ b):
// for 2-d operands out[i, j] = Σ_p a[i, p]*b[p, j]; operands with more axes
// are stacks of matrices in their last two axes whose leading axes
// broadcast; a 1-d a is a row vector and a 1-d b a column vector, whose added
// axis is removed from the result. Float and complex dtypes go to the BLAS
// (gemm, gemv for matrix-vector products), reading transposed and
// Fortran-ordered operands in place through BLAS's transpose flags; integer
// dtypes use a Go kernel whose sums wrap around as NumPy's do.
// Matmul panics with a *ndarray.ValueError if an operand is 0-d, and with a
// *ndarray.ShapeError if the core dimensions differ or the leading axes do
// not broadcast.
func Matmul[T ndarray.Number](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	if out := matmul2D(nil, a, b); out != nil {
		return out
	}
	bufs := matmulBufPool.Get().(*matmulBufs)
	defer matmulBufPool.Put(bufs)
	p := newMatmul("Matmul", a, b, bufs)
	out := ndarray.Empty[T](p.outShape...) // the kernels write every element
	p.stream = streams[T](out.Size())
	p.run(out)
	return out
}

// MatmulTo computes Matmul(a, b) into dst and returns dst, allocating
// nothing when dst is C-contiguous, Fortran-ordered or a transpose (other
// layouts go through a temporary). It corresponds to numpy.matmul with out=.
// If dst shares memory with a or b (MatmulTo(a, a, b), or views of one
// buffer whose elements overlap), that operand is copied first, as NumPy
// does, so the result is the product of the inputs as they were before the
// call. MatmulTo panics as Matmul does,
// with a *ndarray.ShapeError if dst's shape is not the result's, and with a
// *ndarray.ValueError if dst is a broadcast view.
func MatmulTo[T ndarray.Number](dst, a, b *ndarray.Array[T]) *ndarray.Array[T] {
	if dst != nil && !dst.Writeable() {
		panic(&ndarray.ValueError{Op: "MatmulTo", Msg: "output array is read-only"})
	}
	if matmul2D(dst, a, b) != nil {
		return dst
	}
	bufs := matmulBufPool.Get().(*matmulBufs)
	defer matmulBufPool.Put(bufs)
	p := newMatmul("MatmulTo", a, b, bufs)
	if got := dst.Shape(); !slices.Equal(got, p.outShape) {
		panic(&ndarray.ShapeError{Op: "MatmulTo", Msg: fmt.Sprintf(
			"non-broadcastable output operand with shape %s doesn't match the broadcast shape %s",
			shapeString(got), shapeString(p.outShape))})
	}
	p.run(dst)
	return dst
}

// matmul2D returns the product of two matrices that are C- or
// Fortran-contiguous and fit, written into dst, or into a new array if dst
// is nil; it returns nil, doing nothing, for any other operands, or a dst
// that is not a C- or Fortran-contiguous matrix of the result's shape
// apart from a and b. That is the common case, without the general plan's
// shapes, batch and overlap checks, which cost more than a small product.
func matmul2D[T ndarray.Number](dst, a, b *ndarray.Array[T]) *ndarray.Array[T] {
	if a.Ndim() != 2 || b.Ndim() != 2 {
		return nil
	}
	am, okA := matrixOf(a)
	bm, okB := matrixOf(b)
	if !okA || !okB || am.cols != bm.rows {
		return nil
	}
	var cm matrix[T]
	if dst == nil {
		dst = ndarray.Empty[T](am.rows, bm.cols) // the kernels write every element
		cm = matrix[T]{data: dst.Data(), rows: am.rows, cols: bm.cols, rs: bm.cols, cs: 1}
	} else {
		var ok bool
		if dst.Ndim() != 2 {
			return nil
		}
		if cm, ok = matrixOf(dst); !ok || cm.rows != am.rows || cm.cols != bm.cols ||
			sharesMemory(cm.data, am.data) || sharesMemory(cm.data, bm.data) {
			return nil
		}
	}
	if packB(am, bm, cm) {
		bm, _ = matrixOf(b.Copy())
	}
	gemmFor[T]()(am, bm, cm)
	return dst
}

// packB reports whether matmul2D copies b to C order first so that the
// product c = a·b goes to the wide kernel (gemmRows), which reads b by
// rows: b is a transposed matrix (a·xᵀ, aᵀ·bᵀ) but not a's own transpose
// (which goes to syrk), c is in C order, and the product is midSized with
// at least packBMin multiply-adds.
func packB[T ndarray.Number](a, b, c matrix[T]) bool {
	m, n, k := a.rows, b.cols, a.cols
	return wideGemm && batchType[T]() && m > 1 && n > 4 && m*n*k >= packBMin && midSized[T](m, n, k) &&
		b.cs != 1 && c.cs == 1 && !isTranspose(a, b)
}

// packBMin is the smallest product that packB copies b for. Below it the
// copy, into fresh memory, costs more than the kernel saves over the BLAS:
// Matmul(x, y.T()) of n×n float64 matrices took, with the copy against
// without, 0.74 against 0.49 ms at n = 256, 1.30-1.56 against 1.26-1.36
// at 384, 2.46-2.74 against 2.86-2.88 at 512, 5.5-5.9 against 8.9-9.0 at
// 768 and 17.6-18.8 against 19.3-19.6 at 1024. Tests lower it to run the
// copy on small products.
var packBMin = 512 * 512 * 512

// sharesMemory reports whether slices x and y have an element in common.
func sharesMemory[T any](x, y []T) bool {
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	size := unsafe.Sizeof(x[0])
	xlo, ylo := uintptr(unsafe.Pointer(unsafe.SliceData(x))), uintptr(unsafe.Pointer(unsafe.SliceData(y)))
	return xlo < ylo+uintptr(len(y))*size && ylo < xlo+uintptr(len(x))*size
}

// matrixOf returns the memory of a 2-d array as a matrix, and ok false
// unless a is C- or Fortran-contiguous.
func matrixOf[T ndarray.Number](a *ndarray.Array[T]) (m matrix[T], ok bool) {
	var data []T
	switch {
	case a.IsContiguous():
		data = a.Data()
	case a.IsFortranContiguous():
		data = a.T().Data() // a transpose starts at the same element
	default:
		return m, false
	}
	shape, strides := a.Shape(), a.Strides()
	return matrix[T]{data: data, rows: shape[0], cols: shape[1], rs: strides[0], cs: strides[1]}, true
}

// A matmulPlan is one checked call of Matmul: the operands as matrices
// (1-d ones promoted) and the result's shape.
type matmulPlan[T ndarray.Number] struct {
	op         string
	arrA, arrB *ndarray.Array[T] // the operands as matrices
	a, b       strided[T]
	a1d, b1d   bool
	lead       []int // the broadcast leading shape
	outShape   []int
	m, n, k    int
	useBLAS    bool
	kernel     gemmFunc[T]
	bufs       *matmulBufs
	stream     bool // the result is memory just allocated (streams)
}

// matmulBufs is the memory of a matmulPlan's shapes, strides and batches.
type matmulBufs struct {
	a, b, c     [layoutInts]int
	lead, batch [batchInts]int
	out         [stackAxes]int
}

// matmulBufPool holds the matmulBufs of finished calls. A plan cannot keep
// them on its caller's stack: the kernels it calls through func values and
// goroutines take slices of its operands, and escape analysis, which does
// not tell a struct's fields apart, then moves the whole plan's memory to
// the heap, one 1 KiB allocation per call.
var matmulBufPool = sync.Pool{New: func() any { return new(matmulBufs) }}

func newMatmul[T ndarray.Number](op string, a, b *ndarray.Array[T], bufs *matmulBufs) matmulPlan[T] {
	for i, x := range []*ndarray.Array[T]{a, b} {
		if x.Ndim() == 0 {
			panic(&ndarray.ValueError{Op: op, Msg: fmt.Sprintf(
				"matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with signature %s requires 1)",
				i, matmulSig)})
		}
	}
	p := matmulPlan[T]{op: op, a1d: a.Ndim() == 1, b1d: b.Ndim() == 1, kernel: gemmFor[T](), bufs: bufs}
	if p.a1d {
		a = a.ExpandDims(0)
	}
	if p.b1d {
		b = b.ExpandDims(1)
	}
	p.arrA, p.arrB = a, b
	as, bs := a.Shape(), b.Shape()
	p.m, p.k, p.n = as[len(as)-2], as[len(as)-1], bs[len(bs)-1]
	if kb := bs[len(bs)-2]; kb != p.k {
		panic(&ndarray.ShapeError{Op: op, Msg: fmt.Sprintf(
			"matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature %s (size %d is different from %d)",
			matmulSig, kb, p.k)})
	}
	p.useBLAS = !isInteger[T]() && p.m*p.n*p.k > tinyGemm
	p.a, p.b = p.operand(a, bufs.a[:]), p.operand(b, bufs.b[:])
	var core [2]int
	if len(as) > 2 || len(bs) > 2 {
		p.lead = newBatch(op, p.resultCore(&core), bufs.lead[:], p.a.stack(2), p.b.stack(2)).shape
	}
	p.outShape = append(append(bufs.out[:0], p.lead...), p.resultCore(&core)...)
	return p
}

// resultCore returns the core shape of the result, (m, n) without the axes
// of promoted 1-d operands, in buf.
func (p *matmulPlan[T]) resultCore(buf *[2]int) []int {
	core := buf[:0]
	if !p.a1d {
		core = append(core, p.m)
	}
	if !p.b1d {
		core = append(core, p.n)
	}
	return core
}

// operand returns x's memory, its layout in buf, copied into C order if
// the BLAS could not read its matrices in place.
func (p *matmulPlan[T]) operand(x *ndarray.Array[T], buf []int) strided[T] {
	s, copied := stridedOf(x, buf)
	if p.useBLAS && !copied {
		if _, _, ok := blasLayout(s.matrix(s.off)); !ok {
			s, _ = stridedOf(x.Copy(), buf)
		}
	}
	return s
}

// run writes the product into dst, whose shape is p.outShape.
func (p *matmulPlan[T]) run(dst *ndarray.Array[T]) {
	nl := len(p.lead)
	axes := make([]int, 0, 2)
	if p.a1d {
		axes = append(axes, nl)
	}
	if p.b1d {
		axes = append(axes, nl+1)
	}
	d := dst
	if len(axes) > 0 {
		d = dst.ExpandDims(axes...)
	}
	ds, copied := stridedOf(d, p.bufs.c[:])
	if !copied && p.useBLAS {
		_, _, ok := blasLayout(ds.matrix(ds.off))
		copied = !ok
	}
	if copied {
		p.stream = false // tmp is read again at once
		tmp := ndarray.Empty[T](d.Shape()...)
		ts, _ := stridedOf(tmp, p.bufs.c[:])
		p.run3(ts)
		ndarray.CopyTo(d, tmp)
		return
	}
	// The kernels write dst while they read a and b: an operand that shares
	// memory with dst is read from a copy.
	if overlaps(ds, p.a) {
		p.a, _ = stridedOf(p.arrA.Copy(), p.bufs.a[:])
	}
	if overlaps(ds, p.b) {
		p.b, _ = stridedOf(p.arrB.Copy(), p.bufs.b[:])
	}
	p.run3(ds)
}

// overlaps reports whether the address ranges that x's and y's elements
// span intersect, as NumPy's overlap check judges (elements interleaved
// without sharing count as overlapping).
func overlaps[T ndarray.Dtype](x, y strided[T]) bool {
	xlo, xhi := x.span()
	ylo, yhi := y.span()
	return xlo < yhi && ylo < xhi
}

// span returns the byte addresses [lo, hi) within which s's elements lie.
func (s strided[T]) span() (lo, hi uintptr) {
	first, last := s.off, s.off
	for k, n := range s.shape {
		if n == 0 {
			return 0, 0
		}
		if d := s.strides[k] * (n - 1); d < 0 {
			first += d
		} else {
			last += d
		}
	}
	if len(s.data) == 0 {
		return 0, 0
	}
	size := unsafe.Sizeof(s.data[0])
	base := uintptr(unsafe.Pointer(unsafe.SliceData(s.data)))
	return base + uintptr(first)*size, base + uintptr(last+1)*size
}

// run3 computes the products into c, a (lead..., m, n) layout that the
// kernel can write in place.
func (p *matmulPlan[T]) run3(c strided[T]) {
	if len(p.lead) == 0 {
		p.kernel(p.a.matrix(p.a.off), p.b.matrix(p.b.off), c.matrix(c.off))
		return
	}
	var core [2]int
	bt := newBatch(p.op, p.resultCore(&core), p.bufs.batch[:], p.a.stack(2), p.b.stack(2), c.stack(2))
	if bt.size == 0 {
		return
	}
	// A stack times one matrix whose rows follow each other in a and c is
	// one product with size*m rows: one BLAS call instead of size.
	if bt.size > 1 && bt.broadcasts(1) {
		ra, okA := bt.fold(0, p.m, p.a.strides[len(p.a.strides)-2])
		rc, okC := bt.fold(2, p.m, c.strides[len(c.strides)-2])
		am, cm := p.a.matrix(bt.base[0]), c.matrix(bt.base[2])
		if okA && okC && (am.cs == 1 || am.cols <= 1) && (cm.cs == 1 || cm.cols <= 1) {
			am.rows, am.rs = bt.size*p.m, ra
			cm.rows, cm.rs = bt.size*p.m, rc
			p.kernel(am, p.b.matrix(bt.base[1]), cm)
			return
		}
	}
	work := p.m * p.n * p.k
	g := gemmStack[T]{a: p.a.matrix(bt.base[0]), b: p.b.matrix(bt.base[1]), c: c.matrix(bt.base[2]),
		kernel: p.kernel, batched: p.useBLAS && work <= smallGemm && batchType[T](), stream: p.stream}
	// Products at regular steps need no table of offsets.
	var okA, okB, okC bool
	g.sa, okA = bt.uniform(0)
	g.sb, okB = bt.uniform(1)
	g.sc, okC = bt.uniform(2)
	if !okA || !okB || !okC {
		g.offs = make([]int, 3*bt.size)
		for i := range bt.size {
			bt.offsets(i, g.offs[3*i:3*i+3])
		}
	}
	// OpenBLAS spreads a large product over its own threads, and the C
	// kernel of small ones is fast enough that only a long stack pays for
	// goroutines.
	if (p.useBLAS && work > maxSpreadGemm) || (g.batched && bt.size*work < minParallelBatch) || !spreads(bt.size, work) {
		g.run(0, bt.size)
		return
	}
	j := par.GetJob[gemmStack[T]]() // a pointer to a pooled copy: no allocation
	*j = g
	parallelFor(bt.size, work, j)
	par.PutJob(j)
}

// A gemmStack is a stack of products c_t = a_t·b_t of the same sizes:
// product t's operands are a, b and c moved by t*sa, t*sb and t*sc
// elements, or, if offs is not nil, start at offs[3t], offs[3t+1] and
// offs[3t+2].
type gemmStack[T ndarray.Number] struct {
	a, b, c    matrix[T]
	sa, sb, sc int
	offs       []int
	kernel     gemmFunc[T]
	batched    bool // small products of a batchType: try blas.GemmBatch's C kernel first
	stream     bool // the C kernel writes c around the cache (blas.GemmBatch)
}

// Run computes products lo to hi-1 as run does.
func (g *gemmStack[T]) Run(lo, hi int) { g.run(lo, hi) }

// run computes products lo to hi-1: all of them in one call of the C
// kernel (blas.GemmStrided or blas.GemmBatch) if g is batched and the
// build has it, else one kernel call each.
func (g gemmStack[T]) run(lo, hi int) {
	a, b, c := g.a, g.b, g.c
	if g.batched {
		var ok bool
		if g.offs == nil {
			a.off, b.off, c.off = a.off+lo*g.sa, b.off+lo*g.sb, c.off+lo*g.sc
			ok = gemmBatch(a, b, c, hi-lo, g.sa, g.sb, g.sc, nil, g.stream)
		} else {
			ok = gemmBatch(a, b, c, hi-lo, 0, 0, 0, g.offs[3*lo:3*hi], g.stream)
		}
		if ok {
			if gemmHook != nil {
				gemmHook(a.rows, b.cols, a.cols, hi-lo)
			}
			return
		}
	}
	for t := lo; t < hi; t++ {
		if g.offs == nil {
			a.off, b.off, c.off = g.a.off+t*g.sa, g.b.off+t*g.sb, g.c.off+t*g.sc
		} else {
			a.off, b.off, c.off = g.offs[3*t], g.offs[3*t+1], g.offs[3*t+2]
		}
		g.kernel(a, b, c)
	}
}

// streams reports whether a stack of small products writes a result of n
// elements that it has just allocated around the cache (blas.GemmBatch's
// stream): memory from the allocator has not been touched since at least
// the last GC cycle (ndarray's recycled blocks) or ever, so writing it
// through the cache first reads every line of it from memory.
func streams[T ndarray.Number](n int) bool {
	return n*int(unsafe.Sizeof(*new(T))) >= streamMin
}

// streamMin is the smallest result in bytes that streams: from 4 KiB
// results come from ndarray's recycled blocks, last written a GC cycle ago
// or more, or from the runtime; smaller ones from the runtime's
// per-processor caches, which hand out memory freed lately. Results below
// 32 KiB come from those caches too once ndarray's budget for small blocks
// is spent (many live small arrays), and streaming them then costs what it
// cost before ndarray recycled them, 15-40% with a Sum of the result.
// Measured on the Zen 5 test VM (medians of alternated runs), Matmul of
// stacks of c 8×8 products, c = 8, 16, 32, 48 (4 to 24 KiB results), took
// 1.7, 2.3, 3.4, 5.3 µs writing through the cache and 1.4, 1.5, 2.4, 3.1
// streaming, and c = 128, 256, 512, 1000, 4000 (64 KiB to 2 MiB) 11, 24,
// 44, 90, 290 µs against 6.1, 11, 26, 52, 180; followed by a Sum of the
// result, which then reads it from memory, 1.8, 2.4, 3.6, 5.5 against
// 1.8, 2.3, 3.4, 4.7 µs and 12, 25, 48, 100, 350 against 9, 18, 40, 67,
// 257.
const streamMin = 4 << 10

// maxSpreadGemm is the largest m*n*k of the products of a stack that
// parallelFor spreads over goroutines when they go to the BLAS: OpenBLAS
// runs products below 64×64×64 on one thread, so several can run at once;
// larger ones it threads itself, and running those side by side would
// oversubscribe the processors.
const maxSpreadGemm = 64 * 64 * 64

// minParallelWork is the number of multiply-adds below which parallelFor
// stays on the calling goroutine: below it, starting goroutines costs more
// than it saves.
const minParallelWork = 1 << 17

// minParallelBatch is minParallelWork for a stack of products that runs in
// blas.GemmBatch's C kernel, which is several times faster per
// multiply-add than the Go kernel or a BLAS call per matrix. On the 2-core
// test VM, MatmulTo of stacks of c 8×8 products on two goroutines took,
// for c = 256, 512 and 1000, 9.7-11.8, 14.0-17.5 and 22-23 µs against
// 10.6-10.8, 18.1-20.9 and 40-45 on one (2026-11-29, helpers that spin
// between loops; before they did, two goroutines were slower than one:
// the helper joined after the work was done).
const minParallelBatch = 1 << 18

// spreads reports whether parallelFor spreads n items of work
// multiply-adds each over goroutines. A caller that runs the items itself
// when it does not keeps its closures, and what they capture, off the heap.
func spreads(n, work int) bool {
	return n*work >= minParallelWork && min(runtime.GOMAXPROCS(0), n) > 1
}

// parallelFor calls body over [0, n) in chunks spread over the processors
// (par.Run), when n items of work multiply-adds each are worth it.
func parallelFor(n, work int, body par.Body) {
	procs := 1
	if spreads(n, work) {
		procs = runtime.GOMAXPROCS(0)
	}
	par.Run(n, procs, procs*par.ChunksPerProc, body)
}

// isInteger reports whether T is an integer dtype, which has no BLAS.
func isInteger[T ndarray.Number]() bool { return ndarray.TypeOf[T]().IsInteger() }

// Dot returns the dot product of a and b, like numpy.dot: the product of
// scalars if either is 0-d, the inner product of two 1-d arrays (a 0-d
// array), the matrix product of 2-d arrays, and for an N-d a and an M-d b
// the sum over the last axis of a and the second-to-last of b (the only axis
// of a 1-d b):
//
//	Dot(a, b)[i, j, k, m] = Σ_p a[i, j, p] * b[k, p, m]
//
// Dot panics with a *ndarray.ShapeError if those axes differ in length.
func Dot[T ndarray.Number](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	if a.Ndim() == 0 || b.Ndim() == 0 {
		return ndarray.Mul(a, b)
	}
	as, bs := a.Shape(), b.Shape()
	ia, ib := len(as)-1, max(len(bs)-2, 0)
	if as[ia] != bs[ib] {
		panicAligned("Dot", as, bs, ia, ib)
	}
	if len(as) == 1 && len(bs) == 1 {
		if v, ok := dotVectors(a, b, false); ok {
			return ndarray.Scalar(v)
		}
	}
	if len(as) == 1 || len(bs) <= 2 {
		return Matmul(a, b) // numpy.dot and numpy.matmul agree on these shapes
	}
	return Tensordot(a, b, []int{ia}, []int{ib})
}

// panicAligned panics with NumPy's message for product operands whose axes
// ia of a and ib of b differ in length.
func panicAligned(op string, as, bs []int, ia, ib int) {
	panic(&ndarray.ShapeError{Op: op, Msg: fmt.Sprintf("shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)",
		shapeString(as), shapeString(bs), as[ia], ia, bs[ib], ib)})
}

// Vdot returns the dot product of a and b flattened, with a conjugated
// first, like numpy.vdot: Σ_i conj(a[i]) * b[i]. It panics with a
// *ndarray.ShapeError if a and b have different sizes.
func Vdot[T ndarray.Number](a, b *ndarray.Array[T]) T {
	if a.Size() != b.Size() {
		panic(&ndarray.ShapeError{Op: "Vdot", Msg: fmt.Sprintf(
			"cannot reshape array of size %d into shape (%d,)", b.Size(), a.Size())})
	}
	if v, ok := dotVectors(a.Ravel(), b.Ravel(), true); ok {
		return v
	}
	return Matmul(a.Ravel(), b.Ravel()).Item()
}

// Inner returns the inner product of a and b over their last axes, like
// numpy.inner: the product of scalars if either is 0-d, else
//
//	Inner(a, b)[i, j, k] = Σ_p a[i, p] * b[j, k, p]
//
// Inner panics with a *ndarray.ShapeError if the last axes differ in length.
func Inner[T ndarray.Number](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	if a.Ndim() == 0 || b.Ndim() == 0 {
		return ndarray.Mul(a, b)
	}
	as, bs := a.Shape(), b.Shape()
	if as[len(as)-1] != bs[len(bs)-1] {
		// NumPy reports b with its last two axes swapped, and the axis
		// before b's last.
		swapped, dim := slices.Clone(bs), 0
		if n := len(bs); n >= 2 {
			swapped[n-2], swapped[n-1], dim = bs[n-1], bs[n-2], n-2
		}
		panicAligned("Inner", as, swapped, len(as)-1, dim)
	}
	if len(as) == 1 && len(bs) == 1 {
		return Dot(a, b)
	}
	return Tensordot(a, b, []int{-1}, []int{-1})
}

// Outer returns the outer product of a and b flattened, like numpy.outer:
// out[i, j] = a[i] * b[j], of shape (a.Size(), b.Size()).
func Outer[T ndarray.Number](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	return ndarray.Mul(a.Reshape(-1, 1), b.Reshape(1, -1))
}

// Tensordot returns the sum of the products of a and b over the axes axesA
// of a and axesB of b, paired in order, like numpy.tensordot(a, b, axes=(axesA,
// axesB)). The result's axes are a's remaining axes, then b's. It is one
// matrix product: a's axes are permuted to (free, summed) and b's to
// (summed, free), reshaped to matrices (a view where the layout allows, else
// a copy) and multiplied as Matmul does. Negative axes count from the end.
// Tensordot panics with a *ndarray.AxisError for an axis out of range, with
// a *ndarray.ValueError for a repeated axis, and with a *ndarray.ShapeError
// if the lists differ in length or paired axes in length.
func Tensordot[T ndarray.Number](a, b *ndarray.Array[T], axesA, axesB []int) *ndarray.Array[T] {
	as, bs := a.Shape(), b.Shape()
	if len(axesA) != len(axesB) {
		panic(&ndarray.ShapeError{Op: "Tensordot", Msg: "shape-mismatch for sum"})
	}
	sumA, freeA := splitAxes("Tensordot", axesA, len(as))
	sumB, freeB := splitAxes("Tensordot", axesB, len(bs))
	k := 1
	for i := range sumA {
		if as[sumA[i]] != bs[sumB[i]] {
			panic(&ndarray.ShapeError{Op: "Tensordot", Msg: "shape-mismatch for sum"})
		}
		k *= as[sumA[i]]
	}
	var outShape []int
	m, n := 1, 1
	for _, ax := range freeA {
		outShape = append(outShape, as[ax])
		m *= as[ax]
	}
	for _, ax := range freeB {
		outShape = append(outShape, bs[ax])
		n *= bs[ax]
	}
	am := a.Transpose(append(freeA, sumA...)...).Reshape(m, k)
	bm := b.Transpose(append(sumB, freeB...)...).Reshape(k, n)
	return Matmul(am, bm).Reshape(outShape...)
}

// TensordotN returns Tensordot over the last n axes of a and the first n
// axes of b, like numpy.tensordot(a, b, axes=n): TensordotN(a, b, 0) is the
// outer product keeping all axes, TensordotN(a, b, 1) on matrices their
// product. It panics with a *ndarray.ValueError if n is negative or larger
// than either operand's number of axes, and as Tensordot does.
func TensordotN[T ndarray.Number](a, b *ndarray.Array[T], n int) *ndarray.Array[T] {
	if n < 0 || n > a.Ndim() || n > b.Ndim() {
		panic(&ndarray.ValueError{Op: "TensordotN", Msg: fmt.Sprintf(
			"cannot sum over %d axes of arrays with %d and %d dimensions", n, a.Ndim(), b.Ndim())})
	}
	axesA, axesB := make([]int, n), make([]int, n)
	for i := range n {
		axesA[i], axesB[i] = a.Ndim()-n+i, i
	}
	return Tensordot(a, b, axesA, axesB)
}

// splitAxes normalizes the axes of an nd-dimensional array and returns them
// with the remaining axes in order. It panics with a *ndarray.AxisError for
// an axis out of range and a *ndarray.ValueError for a repeated one.
func splitAxes(op string, axes []int, nd int) (sum, free []int) {
	used := make([]bool, nd)
	for _, ax := range axes {
		if ax < -nd || ax >= nd {
			panic(&ndarray.AxisError{Op: op, Axis: ax, Ndim: nd})
		}
		if ax < 0 {
			ax += nd
		}
		if used[ax] {
			panic(&ndarray.ValueError{Op: op, Msg: "repeated axis"})
		}
		used[ax] = true
		sum = append(sum, ax)
	}
	for ax := range nd {
		if !used[ax] {
			free = append(free, ax)
		}
	}
	return sum, free
}

// Kron returns the Kronecker product of a and b, like numpy.kron: with both
// shapes padded with leading ones to the same number of axes, the result has
// shape (a0*b0, a1*b1, ...) and
//
//	Kron(a, b)[i0*b0 + j0, i1*b1 + j1, ...] = a[i0, i1, ...] * b[j0, j1, ...]
func Kron[T ndarray.Number](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	nd := max(a.Ndim(), b.Ndim())
	a = a.Reshape(padShape(a.Shape(), nd)...)
	b = b.Reshape(padShape(b.Shape(), nd)...)
	// Interleave the axes, a's at even positions and b's at odd ones, and
	// let broadcasting form every product.
	evens, odds := make([]int, nd), make([]int, nd)
	shape := make([]int, nd)
	as, bs := a.Shape(), b.Shape()
	for k := range nd {
		evens[k], odds[k] = 2*k, 2*k+1
		shape[k] = as[k] * bs[k]
	}
	return ndarray.Mul(a.ExpandDims(odds...), b.ExpandDims(evens...)).Reshape(shape...)
}

// padShape returns shape with leading ones up to nd axes.
func padShape(shape []int, nd int) []int {
	out := make([]int, nd-len(shape), nd)
	for k := range out {
		out[k] = 1
	}
	return append(out, shape...)
}

// Trace returns the sum along a diagonal of a, like numpy.trace(a, offset,
// axis1, axis2): the diagonal is the one ndarray's Diagonal(offset, axes...)
// selects (the main one of the first two axes by default), and the result
// has a's other axes: a 0-d array for a matrix. It panics as Diagonal does:
// with a *ndarray.ValueError if a has fewer than two axes, with a
// *ndarray.AxisError for an axis out of range.
func Trace[T ndarray.Number](a *ndarray.Array[T], offset int, axes ...int) *ndarray.Array[T] {
	return ndarray.Sum(a.Diagonal(offset, axes...), ndarray.Axis(-1))
}

// MultiDot returns the product of two or more arrays, like
// numpy.linalg.multi_dot: the first may be 1-d (a row vector) and the last
// 1-d (a column vector), the others are matrices. It chooses the
// parenthesization with the fewest multiply-adds by dynamic programming
// over the chain (the classic O(n³) matrix-chain order), so A·B·v costs two
// matrix-vector products, not a matrix product. MultiDot panics with a
// *ndarray.ValueError for fewer than two arrays or one of the wrong number
// of axes, and with a *ndarray.ShapeError if neighbours do not fit.
func MultiDot[T ndarray.Number](arrays ...*ndarray.Array[T]) *ndarray.Array[T] {
	n := len(arrays)
	if n < 2 {
		panic(&ndarray.ValueError{Op: "MultiDot", Msg: "Expecting at least two arrays."})
	}
	ms := make([]*ndarray.Array[T], n)
	copy(ms, arrays)
	first1d, last1d := ms[0].Ndim() == 1, ms[n-1].Ndim() == 1
	if first1d {
		ms[0] = ms[0].ExpandDims(0)
	}
	if last1d {
		ms[n-1] = ms[n-1].ExpandDims(1)
	}
	dims := make([]int, n+1) // matrix i is dims[i]×dims[i+1]
	for i, m := range ms {
		if m.Ndim() != 2 {
			panic(&ndarray.ValueError{Op: "MultiDot", Msg: fmt.Sprintf(
				"%d-dimensional array given. Array must be two-dimensional", arrays[i].Ndim())})
		}
		s := m.Shape()
		if i > 0 && s[0] != dims[i] {
			panicAligned("MultiDot", ms[i-1].Shape(), s, 1, 0)
		}
		dims[i], dims[i+1] = s[0], s[1]
	}
	split := chainOrder(dims)
	var product func(i, j int) *ndarray.Array[T]
	product = func(i, j int) *ndarray.Array[T] {
		if i == j {
			return ms[i]
		}
		s := split[i][j]
		return Matmul(product(i, s), product(s+1, j))
	}
	r := product(0, n-1)
	switch {
	case first1d && last1d:
		return r.Reshape()
	case first1d:
		return r.Reshape(dims[n])
	case last1d:
		return r.Reshape(dims[0])
	}
	return r
}

// chainOrder solves the matrix-chain problem for matrices i of
// dims[i]×dims[i+1]: split[i][j] is the last matrix of the left factor in the
// cheapest product of matrices i..j.
func chainOrder(dims []int) [][]int {
	n := len(dims) - 1
	cost := make([][]int, n)
	split := make([][]int, n)
	for i := range n {
		cost[i], split[i] = make([]int, n), make([]int, n)
	}
	for l := 1; l < n; l++ {
		for i := 0; i+l < n; i++ {
			j := i + l
			cost[i][j] = -1
			for s := i; s < j; s++ {
				c := cost[i][s] + cost[s+1][j] + dims[i]*dims[s+1]*dims[j+1]
				if cost[i][j] < 0 || c < cost[i][j] {
					cost[i][j], split[i][j] = c, s
				}
			}
		}
	}
	return split
}
