package ndarray

import (
	"sync"

	"github.com/numgo/numgo/internal/par"
	"github.com/numgo/numgo/internal/vmath"
)

// Reductions. A reduction folds a along some axes into dst, whose shape is
// a's with those axes removed (or kept with length 1 under KeepDims). It
// runs on the iteration engine with dst as an operand whose strides are 0
// along the reduced axes: when the innermost axis is reduced, a kernel folds
// a whole run into one element of dst (for sums by pairwise summation);
// otherwise it combines a run of a into a run of dst element by element, as
// NumPy does for a sum along axis 0 of a C-ordered matrix.

// ReduceOption configures a reduction: Axis, KeepDims, Ddof. Options are
// plain values, so passing them allocates nothing.
type ReduceOption struct {
	axes     []int
	axisSet  bool
	keepDims bool
	ddof     int
	ddofSet  bool
}

// apply merges the options in order; later ones win.
func apply(opts []ReduceOption) ReduceOption {
	var c ReduceOption
	for _, o := range opts {
		if o.axisSet {
			c.axes, c.axisSet = o.axes, true
		}
		c.keepDims = c.keepDims || o.keepDims
		if o.ddofSet {
			c.ddof, c.ddofSet = o.ddof, true
		}
	}
	return c
}

// Axis restricts a reduction to the given axes (negative counts from the
// end), like NumPy's axis= argument. Without Axis a reduction runs over all
// axes; Axis() with no axes reduces over none.
func Axis(axes ...int) ReduceOption { return ReduceOption{axes: axes, axisSet: true} }

// KeepDims keeps the reduced axes in the result with length 1, so that it
// broadcasts against the input, like NumPy's keepdims=True.
func KeepDims() ReduceOption { return ReduceOption{keepDims: true} }

// Ddof sets the delta degrees of freedom of Var and Std: the divisor is
// N - ddof. The default is 0, as in NumPy.
func Ddof(ddof int) ReduceOption { return ReduceOption{ddof: ddof, ddofSet: true} }

// reduceKernel folds n elements of a into d: d[di+i*ds] = f(d[di+i*ds],
// a[ai+i*as]), where ds == 0 folds the whole run into d[di].
type reduceKernel[T, R Dtype] func(d []R, di, ds int, a []T, ai, as int, n int)

// A reducePlan is a reduction's shapes, kept in fixed arrays so that a
// reduction into a given dst allocates nothing.
type reducePlan struct {
	keepDims bool
	ddof     int
	nd       int
	reduced  [maxDims]bool
	outShape [maxDims]int // the result's shape
	outNd    int
	count    int // elements folded into each result element
}

// planReduce fills the zero plan p (filled in place rather than returned:
// the plan is large, and copying it costs more than a small reduction).
//
// The plan keeps no slice of opts: stored through p, their Axis slices
// would escape to the heap, an allocation per call.
func planReduce(p *reducePlan, op string, shape []int, opts []ReduceOption) {
	cfg := apply(opts)
	p.keepDims, p.ddof = cfg.keepDims, cfg.ddof
	p.nd = len(shape)
	if !cfg.axisSet {
		for k := range p.nd {
			p.reduced[k] = true
		}
	}
	for _, ax := range cfg.axes {
		k := normAxis(op, ax, p.nd)
		if p.reduced[k] {
			panic(&AxisError{Op: op, Axis: ax, Ndim: p.nd, Msg: "duplicate value in 'axis'"})
		}
		p.reduced[k] = true
	}
	p.count = 1
	for k, n := range shape {
		switch {
		case !p.reduced[k]:
			p.outShape[p.outNd] = n
			p.outNd++
		case p.keepDims:
			p.outShape[p.outNd] = 1
			p.outNd++
			p.count *= n
		default:
			p.count *= n
		}
	}
}

func (p *reducePlan) shape() []int { return p.outShape[:p.outNd] }

// dstOperand returns dst as an operand of a loop over a's shape: its own
// strides along the kept axes, 0 along the reduced ones.
func (p *reducePlan) dstOperand(dst operand, buf *[maxDims]int) operand {
	j := 0
	for k := range p.nd {
		if p.reduced[k] {
			buf[k] = 0
			if p.keepDims {
				j++
			}
			continue
		}
		buf[k] = dst.strides[j]
		j++
	}
	return operand{dst.offset, buf[:p.nd]}
}

// noRows marks a reduction without a vmath.Rows operation.
const noRows vmath.RowOp = -1

// reduceRun folds a into dst (already holding the initial values) with k;
// rows, unless noRows, is k's operation for vmath.Rows, which then folds
// whole blocks of contiguous rows into a run of dst.
func reduceRun[T, R Dtype](p *reducePlan, dst *Array[R], a *Array[T], k reduceKernel[T, R], rows vmath.RowOp) {
	if dst.Size() == 1 && a.IsContiguous() {
		// All of a folds into one element: one kernel call, no loop.
		k(dst.data, dst.offset, 0, a.data, a.offset, 1, a.Size())
		return
	}
	var buf [maxDims]int
	var l loop
	l.init(a.shape, p.dstOperand(dst.layout(), &buf), a.layout())
	if w := workers(l.size()); w > 1 {
		if ax := splitAxis(&l); ax >= 0 {
			// The elements along a kept axis fold into distinct elements of
			// dst, so goroutines can take slices of it, each folding in the
			// same order as one goroutine would. One slice per goroutine:
			// when the axis is the contiguous one (a sum along axis 0),
			// narrower slices make shorter runs per row, and a 1000×1000
			// sum took 115 µs in 32 slices against 75 µs in 2.
			j := par.GetJob[foldJob[T, R]]()
			*j = foldJob[T, R]{l, ax, dst.data, a.data, k, rows}
			par.Run(l.shape[ax], w, w, j)
			par.PutJob(j)
			return
		}
	}
	foldLoop(&l, dst.data, a.data, k, rows)
}

// A foldJob is reduceRun's loop split over goroutines along axis ax.
type foldJob[T, R Dtype] struct {
	l    loop
	ax   int
	d    []R
	a    []T
	k    reduceKernel[T, R]
	rows vmath.RowOp
}

// Run folds the slice [lo, hi) along ax.
func (j *foldJob[T, R]) Run(lo, hi int) {
	sub := j.l
	sub.shape[j.ax] = hi - lo
	for i := range sub.nop {
		sub.offset[i] += lo * sub.strides[i][j.ax]
	}
	foldLoop(&sub, j.d, j.a, j.k, j.rows)
}

// splitAxis returns the axis of l along which a reduction splits across
// goroutines: the longest kept axis (one along which dst, operand 0, moves),
// the outermost of equals so that each goroutine walks one block of memory;
// -1 if every axis is reduced.
func splitAxis(l *loop) int {
	ax := -1
	for k := range l.ndim {
		if l.strides[0][k] != 0 && (ax < 0 || l.shape[k] > l.shape[ax]) {
			ax = k
		}
	}
	return ax
}

// foldLoop runs k over the loop l of d and a, handing blocks of rows to
// vmath when the innermost axis is a contiguous run of a:
//   - kept in d, with a reduced axis outside it walking a forwards (a sum
//     along axis 0 of a C-ordered matrix), vmath.Rows folds each block of
//     rows into the run of d in one call, loading each element of d once
//     per four rows where k would take a call and a pass over d per row;
//   - reduced, with a kept axis outside it (a sum along axis 1),
//     vmath.ReduceRows reduces each block of rows into its elements of d in
//     one call, where k would make one call (for long rows, a cgo call)
//     per row.
//
// Either way each element of d is folded in the same order as by k.
func foldLoop[T, R Dtype](l *loop, d []R, a []T, k reduceKernel[T, R], rows vmath.RowOp) {
	nd := l.ndim
	if dt, ok := any(d).([]T); ok && rows != noRows && nd >= 2 && l.strides[1][nd-1] == 1 {
		n := l.shape[nd-1]
		rl := *l // the outer axes, with the rows' axis as the run
		rl.ndim--
		switch ds, lda := l.strides[0][nd-2], l.strides[1][nd-2]; {
		case l.strides[0][nd-1] == 1 && ds == 0 && lda >= n:
			it := rl.iter(0, rl.size())
			for it.next() {
				if !vmath.Rows(rows, dt[it.off[0]:it.off[0]+n], a[it.off[1]:], it.n, it.st[1]) {
					for r := range it.n {
						k(d, it.off[0], 1, a, it.off[1]+r*it.st[1], 1, n)
					}
				}
			}
			return
		case l.strides[0][nd-1] == 0 && ds > 0 && lda >= 0:
			it := rl.iter(0, rl.size())
			for it.next() {
				if !vmath.ReduceRows(rows, dt[it.off[0]:], ds, a[it.off[1]:], n, it.n, lda) {
					for r := range it.n {
						k(d, it.off[0]+r*ds, 0, a, it.off[1]+r*lda, 1, n)
					}
				}
			}
			return
		}
	}
	it := l.iter(0, l.size())
	for it.next() {
		k(d, it.off[0], it.st[0], a, it.off[1], it.st[1], it.n)
	}
}

// reduceWith reduces a with the kernel of table into dst (allocated when
// nil), starting from identity; rows is the kernel's vmath.Rows operation
// or noRows.
func reduceWith[T, R Dtype](op string, table *[numTypes]any, rows vmath.RowOp, identity R, dst *Array[R], a *Array[T], opts []ReduceOption) *Array[R] {
	k := kernelFor[reduceKernel[T, R]](op, table, TypeOf[T]())
	checkNil(op, a)
	var p reducePlan
	planReduce(&p, op, a.shape, opts)
	dst, a = resultFor(op, &p, dst, a)
	if dst.IsContiguous() {
		// Filled here rather than by Fill's loop, which costs more than a
		// small reduction itself.
		d := dst.data[dst.offset : dst.offset+dst.Size()]
		for i := range d {
			d[i] = identity
		}
	} else {
		dst.Fill(identity)
	}
	reduceRun(&p, dst, a, k, rows)
	return dst
}

// resultFor returns the given dst, checked against p's result shape, and
// a, copied when it overlaps dst (which is written before a is read); or,
// for a nil dst, a new result, which cannot overlap a: a 0-d one comes in
// one allocation with its element (as scalarResult).
func resultFor[T, R Dtype](op string, p *reducePlan, dst *Array[R], a *Array[T]) (*Array[R], *Array[T]) {
	switch {
	case dst != nil:
		dst = prepareDst(op, dst, p.shape())
		return dst, unaliased(dst, a)
	case p.outNd == 0:
		return scalarResult[R](), a
	}
	return emptyArray[R](op, p.shape()), a
}

// scalarResult returns a 0-d array whose element lives in the same
// allocation as the array itself: the result of a full reduction then
// costs one allocation instead of two.
func scalarResult[T Dtype]() *Array[T] {
	r := new(struct {
		a Array[T]
		v [1]T
	})
	r.a.data = r.v[:]
	r.a.shape, r.a.strides = []int{}, []int{}
	return &r.a
}

// reduceFromFirst reduces a with the kernel of table into dst, starting
// from the first element along the reduced axes: for reductions with no
// identity (Max, Min), which panic on an empty reduction.
func reduceFromFirst[T Dtype](op, npName string, table *[numTypes]any, rows vmath.RowOp, dst *Array[T], a *Array[T], opts []ReduceOption) *Array[T] {
	k := kernelFor[reduceKernel[T, T]](op, table, TypeOf[T]())
	checkNil(op, a)
	var p reducePlan
	planReduce(&p, op, a.shape, opts)
	dst, a = resultFor(op, &p, dst, a)
	if p.count == 0 {
		panicValue(op, "zero-size array to reduction operation %s which has no identity", npName)
	}
	if dst.Size() == 0 {
		return dst
	}
	if p.outNd == 0 {
		// A full reduction starts from a's first element.
		dst.data[dst.offset] = a.data[a.offset]
		reduceRun(&p, dst, a, k, rows)
		return dst
	}
	// The first element along the reduced axes is a view of a with those
	// axes of length 1, read into dst through its reduced-shape strides.
	var shape, buf [maxDims]int
	for k, n := range a.shape {
		shape[k] = n
		if p.reduced[k] {
			shape[k] = 1
		}
	}
	first := operand{a.offset, a.strides}
	var l loop
	l.init(shape[:p.nd], p.dstOperand(dst.layout(), &buf), first)
	it := l.iter(0, l.size())
	for it.next() {
		copyRun(dst.data, it.off[0], it.st[0], a.data, it.off[1], it.st[1], it.n)
	}
	reduceRun(&p, dst, a, k, rows)
	return dst
}

// pairwiseBlock is the run length below which pairwiseSum adds in eight
// interleaved partial sums, NumPy's PW_BLOCKSIZE.
const pairwiseBlock = 128

// parallelSumMin is the run length above which pairwiseSum computes the
// two halves of its top splits on separate goroutines. The split points do
// not depend on the number of goroutines, so neither does the result.
const parallelSumMin = 1 << 18

// A sumSpec says what pairwiseSum adds: the elements, or with sq their
// squared deviations from mean (Var); with skipNaN NaNs count as zero.
type sumSpec[T Number] struct {
	skipNaN, sq bool
	mean        T
}

// pairwiseSum returns the sum of n elements of a from ai with stride as by
// NumPy's pairwise summation: runs of at most 128 are added in eight
// interleaved partial sums, longer runs are split in two halves (at a
// multiple of 8) summed recursively, so the rounding error grows as
// O(log n) rather than O(n). Contiguous float runs go to vmath's SIMD
// kernels, which block and split the same way and so give the same sum.
func pairwiseSum[T Number](a []T, ai, as, n int, sp sumSpec[T]) T {
	if as == 1 && !sp.skipNaN {
		if n <= pairwiseBlock && !sp.sq {
			return blockSum(a[ai : ai+n])
		}
		if n < parallelSumMin || workers(n) == 1 {
			var s T
			var ok bool
			if sp.sq {
				s, ok = vmath.SumSq(a[ai:ai+n], sp.mean)
			} else {
				s, ok = vmath.Sum(a[ai : ai+n])
			}
			if ok {
				return s
			}
		}
	}
	if n <= pairwiseBlock {
		var r [8]T
		i := 0
		for ; i+8 <= n; i += 8 {
			for j := range r {
				r[j] += sp.term(a[ai+(i+j)*as])
			}
		}
		s := (r[0] + r[1]) + (r[2] + r[3]) + ((r[4] + r[5]) + (r[6] + r[7]))
		for ; i < n; i++ {
			s += sp.term(a[ai+i*as])
		}
		return s
	}
	n2 := n / 2
	n2 -= n2 % 8
	if n >= parallelSumMin && workers(n) > 1 {
		return parallelPairwiseSum(a, ai, as, n, n2, sp)
	}
	return pairwiseSum(a, ai, as, n2, sp) + pairwiseSum(a, ai+n2*as, as, n-n2, sp)
}

// parallelPairwiseSum is pairwiseSum's split at n2 with the two halves
// summed on two goroutines (apart, so that only this call's variables
// escape to the heap).
func parallelPairwiseSum[T Number](a []T, ai, as, n, n2 int, sp sumSpec[T]) T {
	var hi T
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		hi = pairwiseSum(a, ai+n2*as, as, n-n2, sp)
	}()
	lo := pairwiseSum(a, ai, as, n2, sp)
	wg.Wait()
	return lo + hi
}

// term is what x adds to a sum: x, (x-mean)² rounded to T, or 0 for a
// skipped NaN.
func (sp sumSpec[T]) term(x T) T {
	if sp.skipNaN && x != x {
		return 0
	}
	if sp.sq {
		d := x - sp.mean
		return T(d * d)
	}
	return x
}

// blockSum is pairwiseSum's leaf for a contiguous run of at most
// pairwiseBlock elements, written over slices so that the compiler drops
// the bounds checks.
func blockSum[T Number](a []T) T {
	var r0, r1, r2, r3, r4, r5, r6, r7 T
	i := 0
	for ; i+8 <= len(a); i += 8 {
		b := a[i : i+8 : i+8]
		r0, r1, r2, r3 = r0+b[0], r1+b[1], r2+b[2], r3+b[3]
		r4, r5, r6, r7 = r4+b[4], r5+b[5], r6+b[6], r7+b[7]
	}
	s := (r0 + r1) + (r2 + r3) + ((r4 + r5) + (r6 + r7))
	for _, x := range a[i:] {
		s += x
	}
	return s
}

func sumKernel[T Number](d []T, di, ds int, a []T, ai, as int, n int) {
	addRun(d, di, ds, a, ai, as, n, false)
}

func nanSumKernel[T Number](d []T, di, ds int, a []T, ai, as int, n int) {
	addRun(d, di, ds, a, ai, as, n, true)
}

func addRun[T Number](d []T, di, ds int, a []T, ai, as int, n int, skipNaN bool) {
	switch {
	case ds == 0:
		d[di] += pairwiseSum(a, ai, as, n, sumSpec[T]{skipNaN: skipNaN})
	case ds == 1 && as == 1 && !skipNaN:
		if vmath.Binary(vmath.Add, d[di:di+n], d[di:], 1, a[ai:], 1) {
			return
		}
		d, a := d[di:di+n], a[ai:ai+n]
		a = a[:len(d)]
		for i := range d {
			d[i] += a[i]
		}
	default:
		for ; n > 0; n-- {
			if x := a[ai]; !skipNaN || x == x {
				d[di] += x
			}
			di, ai = di+ds, ai+as
		}
	}
}

// maxRun returns the larger of acc and the largest element of a, or a NaN
// if either holds one: foldMax over a, with SIMD or four accumulators.
func maxRun[T Float](acc T, a []T) T { return foldMax(acc, foldRun(a, true)) }

// minRun is maxRun for the smallest element.
func minRun[T Float](acc T, a []T) T { return foldMin(acc, foldRun(a, false)) }

// parallelFoldMin is the run length from which foldRun and argFold scan
// the two halves of a run on two goroutines, as pairwiseSum does from
// parallelSumMin: one core's loads fall short of the bandwidth of the
// shared cache (Max of 1e6 float64, 8 MB, 80 µs on one goroutine against
// 62 for Sum on two).
const parallelFoldMin = 1 << 18

// halves calls f on the two halves of [0, n) on two goroutines and returns
// what each gave, the lower half's first (par.For's first chunk starts at
// 0, its second at n/2 > 0).
func halves[R any](n int, f func(lo, hi int) R) (r [2]R) {
	par.For(n, 2, 2, func(lo, hi int) { r[min(lo, 1)] = f(lo, hi) })
	return r
}

// foldRun returns the largest (isMax) or smallest element of the non-empty
// a, or its first NaN. Of tied zeros it returns the last, as foldMax folds:
// the SIMD and four-lane loops find the extreme but not which zero, so a
// zero extreme is looked up again from the end of a (where a run of
// zeros ends it finds one at once). Long runs are scanned in two halves,
// folded in the same way (the lower half's NaN first).
func foldRun[T Float](a []T, isMax bool) T {
	if len(a) < parallelFoldMin || workers(len(a)) == 1 {
		return foldSerial(a, isMax)
	}
	r := halves(len(a), func(lo, hi int) T { return foldSerial(a[lo:hi], isMax) })
	switch {
	case r[0] != r[0]:
		return r[0]
	case isMax:
		return foldMax(r[0], r[1])
	}
	return foldMin(r[0], r[1])
}

// foldSerial is foldRun on one goroutine.
func foldSerial[T Float](a []T, isMax bool) T {
	m, nan, ok := vmath.Extreme(isMax, a)
	if !ok {
		m, nan = foldGo(a, isMax)
	}
	if nan {
		for _, x := range a {
			if x != x {
				return x
			}
		}
	}
	if m == 0 {
		for i := len(a) - 1; ; i-- {
			if a[i] == 0 {
				return a[i]
			}
		}
	}
	return m
}

// foldGo is foldRun's Go loop. Four accumulators keep four compares in
// flight; a comparison with NaN is false, so they skip NaNs, and a sum of
// x-x, NaN when a holds a NaN or an infinity, says whether to look for one.
// The minimum is the negated maximum of the negated elements (exact).
func foldGo[T Float](a []T, isMax bool) (m T, nan bool) {
	sign := T(1)
	if !isMax {
		sign = -1
	}
	m0 := sign * a[0]
	m1, m2, m3 := m0, m0, m0
	var s0, s1 T
	i := 0
	for ; i+4 <= len(a); i += 4 {
		b := a[i : i+4 : i+4]
		x0, x1, x2, x3 := sign*b[0], sign*b[1], sign*b[2], sign*b[3]
		if x0 > m0 {
			m0 = x0
		}
		if x1 > m1 {
			m1 = x1
		}
		if x2 > m2 {
			m2 = x2
		}
		if x3 > m3 {
			m3 = x3
		}
		s0 += (x0 - x0) + (x1 - x1)
		s1 += (x2 - x2) + (x3 - x3)
	}
	for _, x := range a[i:] {
		x *= sign
		if x > m0 {
			m0 = x
		}
		s0 += x - x
	}
	s := s0 + s1
	return sign * foldMax(foldMax(m0, m1), foldMax(m2, m3)), s != s
}

// Scalar helpers of the generated reduction kernels.

// nanMax and nanMin skip NaN: a NaN accumulator takes the next element.
// Of tied zeros the last wins, as in foldMax.
func nanMax[T Float](acc, x T) T {
	if x >= acc || acc != acc {
		return x
	}
	return acc
}

func nanMin[T Float](acc, x T) T {
	if x <= acc || acc != acc {
		return x
	}
	return acc
}

// nanProd is acc times x by mul, or acc if x is NaN (a complex x with a
// NaN part), as NumPy's nanprod counts NaNs as ones.
func nanProd[T Float | Complex](acc, x T, mul func(x, y T) T) T {
	if x != x {
		return acc
	}
	return mul(acc, x)
}

// mulReal is x*y, for nanProd of real numbers (complex ones use NumPy's
// product, cmath.Mul and Mulf).
func mulReal[T Float](x, y T) T { return x * y }

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
