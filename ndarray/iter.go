package ndarray

// The iteration engine. Every element-wise operation runs through a loop:
// the operands' shapes are broadcast to one shape (broadcast axes get stride
// 0), axes of length 1 are dropped, the axes are ordered so that the
// innermost one has the smallest strides, neighbouring axes that are
// contiguous across all operands are merged, and a typed kernel is called
// once per innermost run with the operands' offsets and strides. A C-order
// copy of a contiguous array is therefore one kernel call over all elements;
// a transposed view is a loop of strided runs. No interface or closure call
// is made per element.

// maxOperands is the largest number of arrays one loop walks together
// (destination and up to three sources, for Where).
const maxOperands = 4

// An operand is one array of a loop: the position of its first element and
// its strides along the loop's axes (0 along broadcast axes).
type operand struct {
	offset  int
	strides []int
}

// layout returns a as an operand of a loop over a's own shape.
func (a *Array[T]) layout() operand { return operand{a.offset, a.strides} }

// A loop is the index space of an element-wise operation after broadcasting,
// reordering and merging of axes. Axes run outer to inner; the last one is
// the run handed to kernels.
type loop struct {
	nop     int
	ndim    int
	empty   bool
	shape   [maxDims]int
	strides [maxOperands][maxDims]int
	offset  [maxOperands]int
}

// init sets l to the loop over shape for the given operands,
// whose strides have len(shape) entries. It works in place because a loop
// holds several KiB: returning one by value costs a small operation more
// than its arithmetic.
func (l *loop) init(shape []int, ops ...operand) { l.initOrdered(shape, false, ops...) }

// initLed is init with the axes ordered by the first operand's absolute
// strides alone: the copy engine's order, in which the innermost run is
// the destination's smallest step, so that it writes sequentially whatever
// the source's layout (the sum of strides ties a transposed copy, and can
// make the innermost axis one that both operands step over).
func (l *loop) initLed(shape []int, ops ...operand) { l.initOrdered(shape, true, ops...) }

func (l *loop) initOrdered(shape []int, led bool, ops ...operand) {
	l.nop, l.ndim, l.empty = len(ops), 0, false
	for i, op := range ops {
		l.offset[i] = op.offset
	}
	// Keep the axes longer than one, in C order, with a sort key: the sum of
	// the absolute strides, so that the innermost axis is the one whose
	// steps are smallest over all operands.
	var key [maxDims]int
	for k, n := range shape {
		if n == 0 {
			l.empty = true
			return
		}
		if n == 1 {
			continue
		}
		d := l.ndim
		l.shape[d] = n
		for i, op := range ops {
			s := op.strides[k]
			l.strides[i][d] = s
			if i == 0 || !led {
				key[d] += abs(s)
			}
		}
		l.ndim++
	}
	// Stable insertion sort, largest key outermost: equal keys keep C order.
	for j := 1; j < l.ndim; j++ {
		for k := j; k > 0 && key[k-1] < key[k]; k-- {
			key[k-1], key[k] = key[k], key[k-1]
			l.shape[k-1], l.shape[k] = l.shape[k], l.shape[k-1]
			for i := 0; i < l.nop; i++ {
				l.strides[i][k-1], l.strides[i][k] = l.strides[i][k], l.strides[i][k-1]
			}
		}
	}
	// Merge axis k into the inner neighbour that follows it when every
	// operand steps over the pair as over one axis.
	d := 0
	for k := 0; k < l.ndim; k++ {
		if d > 0 && l.mergeable(d-1, k) {
			inner := l.shape[k]
			l.shape[d-1] *= inner
			for i := 0; i < l.nop; i++ {
				l.strides[i][d-1] = l.strides[i][k]
			}
			continue
		}
		l.shape[d] = l.shape[k]
		for i := 0; i < l.nop; i++ {
			l.strides[i][d] = l.strides[i][k]
		}
		d++
	}
	l.ndim = d
}

// mergeable reports whether outer axis o and the axis k just inside it can
// be walked as one axis by every operand.
func (l *loop) mergeable(o, k int) bool {
	for i := 0; i < l.nop; i++ {
		if l.strides[i][o] != l.strides[i][k]*l.shape[k] {
			return false
		}
	}
	return true
}

// inOrder reports whether l walks operand i in memory order, one element
// after the other (element number e of the loop is then at l.offset[i]+e).
func (l *loop) inOrder(i int) bool {
	step := 1
	for k := l.ndim - 1; k >= 0; k-- {
		if l.strides[i][k] != step {
			return false
		}
		step *= l.shape[k]
	}
	return l.ndim > 0
}

// runFunc is called once per innermost run of a loop with each operand's
// offset of the run's first element, the run's length and each operand's
// stride along it.
type runFunc func(off [maxOperands]int, n int, st [maxOperands]int)

// size returns the number of elements the loop visits.
func (l *loop) size() int {
	if l.empty {
		return 0
	}
	n := 1
	for k := 0; k < l.ndim; k++ {
		n *= l.shape[k]
	}
	return n
}

// run calls fn for every innermost run of l.
func (l *loop) run(fn runFunc) {
	it := l.iter(0, l.size())
	for it.next() {
		fn(it.off, it.n, it.st)
	}
}

// A runIter walks the innermost runs of a loop that hold the elements
// numbered lo to hi-1 (in the loop's axis order); the first and last runs
// may be partial. Callers write the loop themselves,
//
//	it := l.iter(lo, hi)
//	for it.next() {
//		kernel(dst, it.off[0], it.st[0], src, it.off[1], it.st[1], it.n)
//	}
//
// so that no closure is made per call and disjoint element ranges can run on
// different goroutines.
type runIter struct {
	l       *loop
	idx     [maxDims]int // index of the current run along the outer axes
	base    [maxOperands]int
	off, st [maxOperands]int // the current run's offsets and strides
	ld      [maxOperands]int // the operands' strides from one run to the next (nextRows)
	n       int              // the current run's length
	pos     int              // start of the next run within its innermost axis
	left    int              // elements still to visit
}

// iter returns an iterator over the elements numbered lo to hi-1.
func (l *loop) iter(lo, hi int) runIter {
	it := runIter{l: l, base: l.offset, left: hi - lo}
	if l.ndim == 0 || hi <= lo {
		return it
	}
	last := l.ndim - 1
	for i := 0; i < l.nop; i++ {
		it.st[i] = l.strides[i][last]
	}
	inner := l.shape[last]
	it.pos = lo % inner
	rem := lo / inner
	for k := last - 1; k >= 0; k-- {
		it.idx[k] = rem % l.shape[k]
		rem /= l.shape[k]
		for i := 0; i < l.nop; i++ {
			it.base[i] += it.idx[k] * l.strides[i][k]
		}
	}
	return it
}

// next moves to the next run and reports whether there is one.
func (it *runIter) next() bool {
	if it.left <= 0 {
		return false
	}
	l := it.l
	if l.ndim == 0 { // a single element
		it.off, it.n, it.left = it.base, 1, 0
		return true
	}
	last := l.ndim - 1
	if it.pos == l.shape[last] { // advance the outer odometer
		it.pos = 0
		for k := last - 1; k >= 0; k-- {
			it.idx[k]++
			for i := 0; i < l.nop; i++ {
				it.base[i] += l.strides[i][k]
			}
			if it.idx[k] < l.shape[k] {
				break
			}
			for i := 0; i < l.nop; i++ {
				it.base[i] -= l.strides[i][k] * l.shape[k]
			}
			it.idx[k] = 0
		}
	}
	it.n = min(l.shape[last]-it.pos, it.left)
	for i := 0; i < l.nop; i++ {
		it.off[i] = it.base[i] + it.pos*it.st[i]
	}
	it.pos += it.n
	it.left -= it.n
	return true
}

// nextRows is next for a caller that takes runs in stacks: when the next
// run is a whole innermost axis, the ones after it along the axis outside
// that are within the range join it, and nextRows returns their number,
// rows (0 at the end); run r starts at it.off[i] + r*it.ld[i].
func (it *runIter) nextRows() (rows int) {
	if !it.next() {
		return 0
	}
	l := it.l
	last := l.ndim - 1
	if l.ndim < 2 || it.n != l.shape[last] { // not a whole run
		return 1
	}
	k := last - 1
	more := min(l.shape[k]-1-it.idx[k], it.left/it.n)
	for i := 0; i < l.nop; i++ {
		it.ld[i] = l.strides[i][k]
		it.base[i] += more * it.ld[i]
	}
	it.idx[k] += more
	it.left -= more * it.n
	return 1 + more
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// copyRun copies n elements from src (from si, step ss) to dst (from di,
// step ds), with loops for a unit-stride dst that the compiler keeps tight:
// a memmove for a unit-stride src, a reversal unrolled by four for a src
// stepping by -1, and a gather otherwise.
func copyRun[T Dtype](dst []T, di, ds int, src []T, si, ss, n int) {
	if ds != 1 {
		for ; n > 0; n-- {
			dst[di] = src[si]
			di += ds
			si += ss
		}
		return
	}
	d := dst[di : di+n]
	switch ss {
	case 1:
		copy(d, src[si:si+n])
	case -1:
		s := src[si-n+1 : si+1]
		i := 0
		for ; i+4 <= n; i += 4 {
			j := n - 4 - i
			s4, d4 := s[j:j+4:j+4], d[i:i+4:i+4]
			d4[0], d4[1], d4[2], d4[3] = s4[3], s4[2], s4[1], s4[0]
		}
		for ; i < n; i++ {
			d[i] = s[n-1-i]
		}
	default:
		for i := range d {
			d[i] = src[si]
			si += ss
		}
	}
}

// fillRun stores v in n elements of dst from di with step ds.
func fillRun[T Dtype](dst []T, di, ds, n int, v T) {
	if ds == 1 {
		d := dst[di : di+n]
		for i := range d {
			d[i] = v
		}
		return
	}
	for ; n > 0; n-- {
		dst[di] = v
		di += ds
	}
}
