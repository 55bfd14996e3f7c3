package linalg

import (
	"fmt"
	"runtime"
	"slices"
	"sync"

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
	p := newMatmul("Matmul", a, b)
	out := ndarray.Zeros[T](p.outShape...)
	p.run(out)
	return out
}

// MatmulTo computes Matmul(a, b) into dst and returns dst, allocating
// nothing when dst is C-contiguous, Fortran-ordered or a transpose (other
// layouts go through a temporary). It corresponds to numpy.matmul with out=.
// dst must not share memory with a or b. MatmulTo panics as Matmul does,
// with a *ndarray.ShapeError if dst's shape is not the result's, and with a
// *ndarray.ValueError if dst is a broadcast view.
func MatmulTo[T ndarray.Number](dst, a, b *ndarray.Array[T]) *ndarray.Array[T] {
	p := newMatmul("MatmulTo", a, b)
	if got := dst.Shape(); !slices.Equal(got, p.outShape) {
		panic(&ndarray.ShapeError{Op: "MatmulTo", Msg: fmt.Sprintf(
			"non-broadcastable output operand with shape %s doesn't match the broadcast shape %s",
			shapeString(got), shapeString(p.outShape))})
	}
	p.run(dst)
	return dst
}

// A matmulPlan is one checked call of Matmul: the operands as matrices
// (1-d ones promoted) and the result's shape.
type matmulPlan[T ndarray.Number] struct {
	op       string
	a, b     strided[T]
	a1d, b1d bool
	lead     []int // the broadcast leading shape
	outShape []int
	m, n, k  int
	useBLAS  bool
	kernel   gemmFunc[T]
}

func newMatmul[T ndarray.Number](op string, a, b *ndarray.Array[T]) *matmulPlan[T] {
	for i, x := range []*ndarray.Array[T]{a, b} {
		if x.Ndim() == 0 {
			panic(&ndarray.ValueError{Op: op, Msg: fmt.Sprintf(
				"matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with signature %s requires 1)",
				i, matmulSig)})
		}
	}
	p := &matmulPlan[T]{op: op, a1d: a.Ndim() == 1, b1d: b.Ndim() == 1, kernel: gemmFor[T]()}
	if p.a1d {
		a = a.ExpandDims(0)
	}
	if p.b1d {
		b = b.ExpandDims(1)
	}
	as, bs := a.Shape(), b.Shape()
	p.m, p.k, p.n = as[len(as)-2], as[len(as)-1], bs[len(bs)-1]
	if kb := bs[len(bs)-2]; kb != p.k {
		panic(&ndarray.ShapeError{Op: op, Msg: fmt.Sprintf(
			"matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature %s (size %d is different from %d)",
			matmulSig, kb, p.k)})
	}
	p.useBLAS = !isInteger[T]() && p.m*p.n*p.k > tinyGemm
	p.a, p.b = p.operand(a), p.operand(b)
	core := p.resultCore()
	p.lead = newBatch(op, core, p.a.stack(2), p.b.stack(2)).shape
	p.outShape = append(append([]int{}, p.lead...), core...)
	return p
}

// resultCore returns the core shape of the result, (m, n) without the axes
// of promoted 1-d operands.
func (p *matmulPlan[T]) resultCore() []int {
	core := []int{}
	if !p.a1d {
		core = append(core, p.m)
	}
	if !p.b1d {
		core = append(core, p.n)
	}
	return core
}

// operand returns x's memory, copied into C order if the BLAS could not read
// its matrices in place.
func (p *matmulPlan[T]) operand(x *ndarray.Array[T]) strided[T] {
	s, copied := stridedOf(x)
	if p.useBLAS && !copied {
		if _, _, ok := blasLayout(s.matrix(s.off)); !ok {
			s, _ = stridedOf(x.Copy())
		}
	}
	return s
}

// run writes the product into dst, whose shape is p.outShape.
func (p *matmulPlan[T]) run(dst *ndarray.Array[T]) {
	nl := len(p.lead)
	var axes []int
	if p.a1d {
		axes = append(axes, nl)
	}
	if p.b1d {
		axes = append(axes, nl+1)
	}
	d := dst.ExpandDims(axes...)
	ds, copied := stridedOf(d)
	if !copied && p.useBLAS {
		_, _, ok := blasLayout(ds.matrix(ds.off))
		copied = !ok
	}
	if copied {
		tmp := ndarray.Zeros[T](d.Shape()...)
		p.run3(mustStrided(tmp))
		ndarray.CopyTo(d, tmp)
		return
	}
	p.run3(ds)
}

// mustStrided returns the memory of an array this package allocated in C
// order.
func mustStrided[T ndarray.Dtype](a *ndarray.Array[T]) strided[T] {
	s, _ := stridedOf(a)
	return s
}

// run3 computes the products into c, a (lead..., m, n) layout that the
// kernel can write in place.
func (p *matmulPlan[T]) run3(c strided[T]) {
	bt := newBatch(p.op, p.resultCore(), p.a.stack(2), p.b.stack(2), c.stack(2))
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
	one := func(i int, offs []int) {
		bt.offsets(i, offs)
		p.kernel(p.a.matrix(offs[0]), p.b.matrix(offs[1]), c.matrix(offs[2]))
	}
	if p.useBLAS {
		// OpenBLAS spreads a large product over its own threads.
		offs := make([]int, 3)
		for i := range bt.size {
			one(i, offs)
		}
		return
	}
	parallelFor(bt.size, p.m*p.n*p.k, func(lo, hi int) {
		offs := make([]int, 3)
		for i := lo; i < hi; i++ {
			one(i, offs)
		}
	})
}

// minParallelWork is the number of multiply-adds below which parallelFor
// stays on the calling goroutine: below it, starting goroutines costs more
// than it saves.
const minParallelWork = 1 << 17

// parallelFor calls fn over [0, n) split into contiguous ranges, one per
// processor, when n items of work multiply-adds each are worth it.
func parallelFor(n, work int, fn func(lo, hi int)) {
	procs := min(runtime.GOMAXPROCS(0), n)
	if procs <= 1 || n*work < minParallelWork {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range procs {
		lo, hi := n*w/procs, n*(w+1)/procs
		wg.Go(func() { fn(lo, hi) })
	}
	wg.Wait()
}

// isInteger reports whether T is an integer dtype, which has no BLAS.
func isInteger[T ndarray.Number]() bool { return ndarray.TypeOf[T]().IsInteger() }
