package ndarray

import (
	"runtime"
	"testing"
	"time"
	"unsafe"
)

func TestRecycleClass(t *testing.T) {
	for _, bytes := range []uintptr{recycleMin - 1, recycleMax + 1, 0, 1 << 40} {
		if c, ok := recycleClass(bytes); ok {
			t.Errorf("recycleClass(%d) = %d, want not recycled", bytes, c)
		}
	}
	last := -1
	for bytes := uintptr(recycleMin); bytes <= recycleMax; bytes += 1021 {
		c, ok := recycleClass(bytes)
		if !ok || c < 0 || c >= numClasses {
			t.Fatalf("recycleClass(%d) = %d, %v, want a class below %d", bytes, c, ok, numClasses)
		}
		size := classSize(c)
		// The class is the smallest that fits: at most a quarter wasted,
		// whole 8 KiB pages for the runtime's large objects (above
		// 32 KiB; it rounds smaller ones to its own size classes), and
		// bytes above the class below.
		if size < bytes || 4*size > 5*bytes || (size > 32<<10 && size%8192 != 0) {
			t.Fatalf("recycleClass(%d) = %d of %d bytes", bytes, c, size)
		}
		if c > 0 && classSize(c-1) >= bytes && classSize(c-1) >= recycleMin {
			t.Fatalf("recycleClass(%d) = %d, but class %d (%d bytes) fits", bytes, c, c-1, classSize(c-1))
		}
		if c < last {
			t.Fatalf("recycleClass(%d) = %d, below the class of a smaller size (%d)", bytes, c, last)
		}
		last = c
		if back, _ := recycleClass(size); back != c {
			t.Fatalf("recycleClass(classSize(%d)) = %d", c, back)
		}
	}
}

// afterGC runs a GC cycle and waits for cond, which the finalizers, on
// their own goroutine, make true after the cycle; it reports whether cond
// held within five seconds. Further cycles would trim the free lists.
func afterGC(cond func() bool) bool {
	runtime.GC()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if cond() {
			return true
		}
	}
	return false
}

// freeHolds reports whether the block at address p is on free list c.
func freeHolds(c int, p uintptr) bool {
	l := &freeLists[c]
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, b := range l.blocks {
		if uintptr(unsafe.Pointer(b)) == p {
			return true
		}
	}
	return false
}

// blockOf returns the address of a's data as a number, which does not keep
// the block alive.
//
//go:noinline
func blockOf(a *Array[float64]) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(a.data))) }

// TestRecycleReuse follows one block of a mid-size class and one of a
// small one: recycled once nothing refers to it, handed to the next
// allocation of its class (zeroed where Zeros asks), and dropped from the
// free list once allocations stop taking it.
func TestRecycleReuse(t *testing.T) {
	for _, n := range []int{300_001, 613} { // 2.4 MB and 4904 bytes
		c, _ := recycleClass(uintptr(n) * 8)
		drain(c)
		p := blockOf(Full(7.0, n))
		if !afterGC(func() bool { return freeHolds(c, p) }) {
			t.Fatalf("n=%d: the block of a dead array is not on its free list", n)
		}
		z := Zeros[float64](n)
		if blockOf(z) != p {
			t.Fatalf("n=%d: Zeros did not take the recycled block", n)
		}
		for i, v := range z.data {
			if v != 0 {
				t.Fatalf("n=%d: Zeros on a recycled block: element %d is %v", n, i, v)
			}
		}
		z = nil
		if !afterGC(func() bool { return freeHolds(c, p) }) {
			t.Fatalf("n=%d: the block did not come back a second time", n)
		}
		// The first trim after the block came back keeps it, the second
		// drops it.
		runtime.GC()
		if !afterGC(func() bool { return !freeHolds(c, p) }) {
			t.Fatalf("n=%d: an unused free block stays on its list", n)
		}
	}
}

// TestRecycleBudgetsApart checks that live small arrays, as many bytes as
// both budgets together, spend only the small blocks' budget and leave the
// mid-size blocks' alone.
func TestRecycleBudgetsApart(t *testing.T) {
	const n = 300_003
	c, _ := recycleClass(n * 8)
	drain(c)
	var small []*Array[float64]
	for range (smallBudget + recycleBudget) / 4096 {
		small = append(small, Full(1.0, 512))
	}
	if b := tracked[0].Load(); b < smallBudget-4096 || b > smallBudget {
		t.Fatalf("%d live 4 KiB arrays track %d bytes, want the small budget of %d", len(small), b, smallBudget)
	}
	p := blockOf(Full(2.0, n))
	if !afterGC(func() bool { return freeHolds(c, p) }) {
		t.Error("with the small budget spent, a mid-size block is not recycled")
	}
	runtime.KeepAlive(small)
}

// drain waits, running GC cycles, until free list c is empty and its budget
// has room for one more block: earlier tests' blocks leave the free lists
// within two cycles.
func drain(c int) {
	spent, budget := budgetOf(c)
	for i := 0; i < 100 && (spent.Load()+int64(classSize(c)) > budget || freeLen(c) > 0); i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// freeLen returns the number of blocks on free list c.
func freeLen(c int) int {
	l := &freeLists[c]
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.blocks)
}

// TestRecycleKeepsShared checks that a block is not recycled while a view
// or a slice of its data lives, however many arrays of its class come and
// go, and that the blocks in use never exceed the budget.
func TestRecycleKeepsShared(t *testing.T) {
	const n = 40_000
	base := Full(1.5, n)
	view := base.Reshape(200, 200).T()
	raw := Full(2.5, n).Data()
	base = nil
	var live []*Array[float64]
	for i := range 100 {
		x := Full(float64(i), n)
		if i%10 == 0 {
			live = append(live, x) // some stay, most are recycled
		}
		if i%20 == 0 {
			runtime.GC()
		}
	}
	if b := tracked[1].Load(); b > recycleBudget {
		t.Errorf("recycled blocks hold %d bytes, over the budget of %d", b, recycleBudget)
	}
	for i, x := range live {
		for _, v := range x.data {
			if v != float64(10*i) {
				t.Fatalf("live array %d holds %v", i, v)
			}
		}
	}
	for _, v := range view.ToSlice() {
		if v != 1.5 {
			t.Fatalf("a view of a dropped array holds %v, want 1.5", v)
		}
	}
	for _, v := range raw {
		if v != 2.5 {
			t.Fatalf("the Data of a dropped array holds %v, want 2.5", v)
		}
	}
}
