package ndarray

import (
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Recycling of mid-size blocks. Go frees an array's memory only at the end
// of a GC cycle, and its background scavenger soon hands the freed pages
// beyond the heap goal back to the kernel (madvise(MADV_DONTNEED)), so the
// next result of the same size faults them in again, one fault per 4 KiB;
// NumPy's malloc hands a freed block straight back. numgo therefore keeps
// blocks of recycleMin to recycleMax bytes itself. Each such block gets a
// finalizer that, once nothing refers to it (no array, view or slice of its
// data), puts it on the free list of its size class, and the next
// allocation of that class takes it from there, still mapped. Sizes are
// rounded up to classes four to a doubling, wasting at most a quarter of a
// block.
//
// Two bounds keep the memory in check. A block found dead with a finalizer
// counts as live in the GC cycle that finds it, so recycled blocks raise
// the heap goal, and without a bound each cycle would allow more blocks
// than the last; only recycleBudget bytes of blocks of 32 KiB or more, and
// smallBudget bytes of smaller ones, have finalizers (in use or free), and
// allocations beyond them come from the runtime as before. The budgets are
// apart so that many live small arrays cannot spend the mid-size blocks'.
// And after every GC cycle the free lists drop the blocks that no
// allocation took since the previous cycle, so memory a program no longer
// uses goes back to the runtime within two cycles (the runtime runs one at
// least every two minutes).
//
// Measured on the 2-core test VM (2026-11-27, medians of 5 alternated
// runs of the bench cases, before and after): Matmul of (1000, 8, 8) by
// (1000, 8, 8), a 512 KiB result, 160 against 74 µs (18 µs into a reused
// result); Einsum "bij,bjk->bik" of the same 194 against 70 µs, "ij,jk->ik"
// of 256×256 344 against 195; Inv of 256×256 1.35 against 0.87 ms; FFT of
// 4096 points (64 KiB) 22.8 against 8.4 µs, of 65536 276 against 232.
// Allocations of 1e6 float64 (above recycleMax) did not change.
//
// Smaller blocks, from 4 KiB, gain for another reason: a recycled block is
// not a new allocation to the runtime, so it does not bring the next GC
// cycle closer, and a cycle costs 0.2-0.3 ms of wall time on the test VM
// whatever the heap. A loop of Adds with 4 KiB results ran 31 cycles in
// 200,000 calls against 258 when only blocks from 32 KiB were recycled;
// Add of 1000 float64 took 1.1 against 1.9 µs, Exp of the same 1.3
// against 3.0, FFT of 1024 points (16 KiB) 2.2 against 3.5 µs, Sum along
// axis 0 of 1000×1000 72 against 97 µs (medians of 3 alternated runs).
//
// The blocks that died in a cycle come back only as the runtime sweeps
// them and its finalizer goroutine runs, so in a loop of those Matmuls
// about 30% of the allocations find the list empty with the budget spent
// and take memory from the runtime, with its page faults (12 per call on
// average). Yielding once (runtime.Gosched) before falling back let the
// finalizers run and cut that loop from 87 to 66 µs, but it was not kept:
// with the budget held by live arrays and other goroutines busy, each
// allocation waited out their time slices (40 ms per allocation with four
// spinning goroutines). The rest over the 18 µs of the product into a
// reused result was the cache: the product writes to one of the 64 blocks
// in turn, not to a block still in cache as NumPy's does. linalg now
// writes such results with streaming stores, which do not read the old
// contents first (45 µs; see linalg's streamMin).
const (
	// recycleMin is the smallest recycled size: below it, recycling
	// saved nothing measurable (Adds of 128 to 400 float64).
	recycleMin = 1 << recycleMinLog
	// recycleMax is the largest. Blocks from hugePageMin get huge pages
	// as the runtime's do (alloc.go), and recycling spares them the
	// kernel's zeroing of each 2 MiB page at its fault: Concatenate of two
	// 1000×1000 float64 arrays (16 MB) took 556 against 775 µs, a reversed
	// copy of one 264 against 382, Outer of two 1000-vectors 252 against
	// 410, Exp of 1e6 float32 161 against 313, Mul 179 against 206 (medians
	// of 3 to 5 alternated bench runs, 2026-11-27); the two-operand ops on
	// 1e6 float64 did not change beyond the noise. (Session 12 measured
	// recycling these sizes as slower: its recycled blocks lacked the
	// huge-page advice and faulted 4 KiB at a time.) Larger blocks come
	// from the runtime with the advice.
	recycleMax = 16 << 20
	// recycleBudget bounds the bytes of blocks of midMin bytes or more
	// with a finalizer. Budgets of 16 and 8 MiB made the cases measured
	// above 5-25% slower: shorter GC cycles, more allocations past the
	// budget. From 32 to 128 MiB (2026-11-28, the 2-core Zen 4 VM, medians
	// of 8 alternated runs of the bench cases), allocating ops on 1e6
	// elements, 8 MB results, got 25-30% faster: Add of float64 388
	// against 534 µs, Exp 718 against 1006, Maximum 627 against 830, Mul of
	// float32 189 against 268 (NumPy: 450-560, 800, 565, 178), as
	// the bytes taken from the runtime per call fell from 4-5 MB to 1-2
	// (64 MiB gained 5-10%). The price is memory: the blocks count as live
	// heap, so the GC lets the heap grow to about twice the budget while
	// results churn; the Add loop's peak RSS went from 165 to 227 MB. The
	// free lists still give back what goes unused within two cycles.
	recycleBudget = 128 << 20
	// smallBudget bounds those of smaller blocks. 8 MiB kept most of what
	// 32 gave (Add of 1000 float64 1.2 against 1.0 µs, Exp 1.6 against
	// 1.2, FFT of 1024 points 1.8 against 1.9). The runtime rounds blocks
	// below 32 KiB up to its own size classes, which for two of these
	// classes (5 and 7 KiB) the budget does not count: up to 14% more.
	smallBudget = 8 << 20
	// midMin is the smallest block that counts against recycleBudget;
	// smaller ones count against smallBudget.
	midMin = 32 << 10

	recycleMinLog, recycleMaxLog = 12, 24 // recycleMax <= 1<<recycleMaxLog
	// classBits is log2 of the number of size classes per doubling.
	classBits = 2
	// numClasses is the number of size classes; the first 2^classBits-1
	// (sizes below recycleMin) are unused.
	numClasses = (recycleMaxLog - recycleMinLog + 1) << classBits
)

// The classes reach recycleMax.
var _ [1<<recycleMaxLog - recycleMax]struct{}

// recycleClass returns the size class of a block of bytes, and false if
// blocks of that size are not recycled. Class c holds blocks of
// classSize(c) bytes, the smallest class size of at least bytes.
func recycleClass(bytes uintptr) (int, bool) {
	if bytes < recycleMin || bytes > recycleMax {
		return 0, false
	}
	// bytes is in (2^e, 2^(e+1)], cut into steps of 2^(e-classBits).
	e := bits.Len(uint(bytes-1)) - 1
	step := uintptr(1) << (e - classBits)
	j := (bytes - 1<<e + step - 1) / step // 1 to 2^classBits
	return (e-recycleMinLog+1)<<classBits + int(j) - 1, true
}

// classSize returns the size in bytes of class c's blocks.
func classSize(c int) uintptr {
	e := c>>classBits + recycleMinLog - 1
	j := uintptr(c&(1<<classBits-1)) + 1
	return 1<<e + j<<(e-classBits)
}

var (
	// freeLists holds each size class's free blocks.
	freeLists [numClasses]freeList
	// recyclers are the finalizers that put a block of each class back.
	recyclers = func() (f [numClasses]func(*byte)) {
		for c := range f {
			f[c] = func(p *byte) { freeLists[c].put(p) }
		}
		return f
	}()
	// tracked is the bytes of blocks with a recycler, in use or free:
	// those below midMin, and the others (budgetOf).
	tracked [2]atomic.Int64
	// startTrims starts the per-cycle trimming with the first recycled block.
	startTrims sync.Once
)

// recycledBlock returns a block of at least bytes bytes, whose contents
// are unspecified, with a recycler set: from its class's free list, or a
// new one if the list is empty and the budget allows. It returns nil if
// blocks of that size are not recycled or the budget is spent.
func recycledBlock(bytes uintptr) unsafe.Pointer {
	c, ok := recycleClass(bytes)
	if !ok {
		return nil
	}
	p := freeLists[c].get()
	if p == nil {
		size := int64(classSize(c))
		t, budget := budgetOf(c)
		if t.Add(size) > budget {
			t.Add(-size)
			return nil
		}
		startTrims.Do(func() { runtime.SetFinalizer(new(gcTick), trimFreeLists) })
		p = (*byte)(runtimeRaw(uintptr(size)))
	}
	runtime.SetFinalizer(p, recyclers[c])
	return unsafe.Pointer(p)
}

// budgetOf returns the count of tracked bytes and the budget that class
// c's blocks belong to.
func budgetOf(c int) (*atomic.Int64, int64) {
	if classSize(c) < midMin {
		return &tracked[0], smallBudget
	}
	return &tracked[1], recycleBudget
}

// A freeList is one size class's free blocks, oldest first.
type freeList struct {
	mu     sync.Mutex
	blocks []*byte
	unused int // the fewest blocks the list held since the last trim
}

// get takes the newest block, or returns nil if there is none.
func (l *freeList) get() *byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.blocks) - 1
	if n < 0 {
		return nil
	}
	p := l.blocks[n]
	l.blocks[n] = nil
	l.blocks = l.blocks[:n]
	l.unused = min(l.unused, n)
	return p
}

// put adds a block.
func (l *freeList) put(p *byte) {
	l.mu.Lock()
	l.blocks = append(l.blocks, p)
	l.mu.Unlock()
}

// trim drops the blocks that stayed on the list since the last trim (the
// oldest ones) and returns how many it dropped.
func (l *freeList) trim() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := l.unused
	n := copy(l.blocks, l.blocks[k:])
	clear(l.blocks[n:])
	l.blocks = l.blocks[:n]
	l.unused = n
	return k
}

// A gcTick is unreachable as soon as it is made; its finalizer, which
// runs once after every GC cycle, sets itself again.
type gcTick struct{ _ *byte } // a pointer keeps it out of tiny blocks

// trimFreeLists trims every free list, after a GC cycle.
func trimFreeLists(t *gcTick) {
	for c := range freeLists {
		if k := freeLists[c].trim(); k > 0 {
			t, _ := budgetOf(c)
			t.Add(-int64(k) * int64(classSize(c)))
		}
	}
	runtime.SetFinalizer(t, trimFreeLists)
}
