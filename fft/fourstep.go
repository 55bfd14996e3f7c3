package fft

import (
	"runtime"
	"sync"

	"github.com/numgo/numgo/internal/par"
)

// Long transforms run by Bailey's four-step algorithm. A single-plan
// transform of n points makes log_4 n passes over all of them, and past the
// caches' size each pass streams the whole sequence from memory. Read as an
// n1×n2 matrix x[j1·n2 + j2], the DFT splits into short ones that fit in
// the caches:
//
//	X[k1 + n1·k2] = Σ_j2 ω_n2^(j2·k2) · ω_n^(j2·k1) · Σ_j1 ω_n1^(j1·k1) · x[j1·n2 + j2]
//
// Step one transforms the n2 columns (length n1), gathered fourStepBlock at
// a time, into the rows of a transposed work matrix; step two gathers
// fourStepBlock columns of that matrix at a time, multiplied by the
// twiddles ω_n^(j2·k1), transforms them (length n2) and scatters each to
// the result's stride-n1 positions. Data crosses memory about five times
// (read, write and twiddles, then read and write) instead of twice per
// pass, and each step's blocks are split across goroutines, so one long
// transform uses every core.

// fourStepMin is the length from which double precision transforms whose
// length splits into two factors run by four steps. Below it, the sequence
// and its work buffer (16 MiB at 2^19 complex128 values) fit in the L3
// cache, and the single plan's AVX passes are as fast as the four steps,
// whose gathers and scatters cost about as much as the passes they save
// (measured on a 2-core AMD EPYC: 2^18 and 2^19 points take the same time
// both ways, 2^20 points 11.5 ms by the single plan and 7 ms by four steps).
// Single precision is left to the single plan: its passes, in Go, are
// bound by computation rather than memory, and four steps measured up to
// twice as slow at 2^19 to 2^21 points.
const fourStepMin = 1<<19 + 1

// fourStepBlock is how many columns a step gathers at once: 16 complex128
// values are four whole cache lines, and 16 lines of 1024 points (256 KiB)
// stay in L2.
const fourStepBlock = 16

// fourStepPad is the padding of the lines a step gathers, in points: with
// a power-of-two stride the fourStepBlock lines written (or read) at the same
// position fall in the same few L1 cache sets and evict each other; one
// cache line more separates them.
const fourStepPad = 64 / 16

// blockScratch recycles the block buffers of the steps, apart from the
// scratch pool: a step's goroutine taking the n-point work buffer of a
// long transform from there for its small block would leave the next
// transform to allocate (and page-fault) a fresh one.
var blockScratch sync.Pool

// fourStep is the plan of a four-step transform of n = n1·n2 points.
type fourStep[F float] struct {
	n1, n2 int
	p1, p2 *plan[F] // lengths n1 (the columns) and n2 (the rows)
	// tw[j2·n1 + k1] is ω_n^(j2·k1), each computed from its exact angle.
	tw []cpx[F]
}

// splitLength returns the factor n1 ≤ √n of n closest to √n whose
// cofactor is a length the single-plan engine transforms without
// Bluestein's algorithm, or 0 if there is none of at least fourStepBlock.
func splitLength(n int) int {
	if _, ok := factorize(n); !ok {
		return 0
	}
	n1 := 1
	for n1*n1 <= n {
		n1++
	}
	for n1--; n1 >= fourStepBlock; n1-- {
		if n%n1 == 0 {
			return n1
		}
	}
	return 0
}

// fourStepSplit returns the factor n1 by which a transform of n points in
// precision F runs by four steps, or 0 if it is too short, single
// precision, or does not split.
func fourStepSplit[F float](n int) int {
	if n < fourStepMin || floatSize[F]() != 8 {
		return 0
	}
	return splitLength(n)
}

// newFourStep plans the transform of n points by four steps, or returns nil
// if fourStepSplit rules them out.
func newFourStep[F float](n int, fwd bool) *fourStep[F] {
	n1 := fourStepSplit[F](n)
	if n1 == 0 {
		return nil
	}
	n2 := n / n1
	f := &fourStep[F]{n1: n1, n2: n2, p1: getPlan[F](n1, fwd), p2: getPlan[F](n2, fwd)}
	f.tw = make([]cpx[F], n)
	for j2 := range n2 {
		for k1 := range n1 {
			f.tw[j2*n1+k1] = root[F](j2*k1, n, fwd)
		}
	}
	return f
}

// exec writes the transform of in into out, which may be in itself, using
// work (n points) for the intermediate matrix.
func (f *fourStep[F]) exec(out, in, work []cpx[F]) {
	n1, n2 := f.n1, f.n2
	work = work[:n1*n2]
	blocks(n2, func(c0, c1 int) { f.columns(work, in, c0, c1) })
	blocks(n1, func(c0, c1 int) { f.rows(out, work, c0, c1) })
}

// columns runs step one on the columns [c0, c1) of in (n1×n2): column j2
// becomes row j2 of work (n2×n1), transformed.
func (f *fourStep[F]) columns(work, in []cpx[F], c0, c1 int) {
	n1, n2 := f.n1, f.n2
	ld := n1 + fourStepPad
	buf, h := getFrom[cpx[F]](&blockScratch, fourStepBlock*ld+f.p1.workLen())
	g, w := buf[:fourStepBlock*ld], buf[fourStepBlock*ld:]
	for b0 := c0; b0 < c1; b0 += fourStepBlock {
		nb := min(fourStepBlock, c1-b0)
		for j1 := range n1 {
			for b, v := range in[j1*n2+b0:][:nb] {
				g[b*ld+j1] = v
			}
		}
		for b := range nb {
			j2 := b0 + b
			f.p1.execTo(work[j2*n1:][:n1], g[b*ld:][:n1], w)
		}
	}
	blockScratch.Put(h)
}

// rows runs step two on the columns [c0, c1) of work (n2×n1): column k1,
// multiplied by its twiddles as it is gathered, is transformed and written
// to out[k1 + n1·k2].
func (f *fourStep[F]) rows(out, work []cpx[F], c0, c1 int) {
	n1, n2 := f.n1, f.n2
	ld := n2 + fourStepPad
	buf, h := getFrom[cpx[F]](&blockScratch, 2*fourStepBlock*ld+f.p2.workLen())
	g, t, w := buf[:fourStepBlock*ld], buf[fourStepBlock*ld:2*fourStepBlock*ld], buf[2*fourStepBlock*ld:]
	for b0 := c0; b0 < c1; b0 += fourStepBlock {
		nb := min(fourStepBlock, c1-b0)
		for j2 := range n2 {
			tw := f.tw[j2*n1+b0:][:nb]
			for b, v := range work[j2*n1+b0:][:nb] {
				g[b*ld+j2] = v.mul(tw[b])
			}
		}
		for b := range nb {
			f.p2.execTo(t[b*ld:][:n2], g[b*ld:][:n2], w)
		}
		for k2 := range n2 {
			row := out[k2*n1+b0:][:nb]
			for b := range row {
				row[b] = t[b*ld+k2]
			}
		}
	}
	blockScratch.Put(h)
}

// blocks runs f on [0, n) split into ranges of whole fourStepBlock blocks,
// one per goroutine (GOMAXPROCS of them, par.For). Each point is computed
// the same way whatever the split, so the results do not depend on
// GOMAXPROCS.
func blocks(n int, f func(from, to int)) {
	g := runtime.GOMAXPROCS(0)
	par.For((n+fourStepBlock-1)/fourStepBlock, g, g, func(lo, hi int) {
		f(lo*fourStepBlock, min(hi*fourStepBlock, n))
	})
}
