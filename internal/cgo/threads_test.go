//go:build cgo && !purego

package cgo

import (
	"sync"
	"sync/atomic"
	"testing"
)

// spdColMajor returns an n×n symmetric positive definite matrix.
func spdColMajor(n int) []float64 {
	a := make([]float64, n*n)
	for i := range n {
		for j := range n {
			a[i+j*n] = 1 / float64(1+i+j)
		}
		a[i+i*n] += float64(n)
	}
	return a
}

// TestThreadRoomCounts checks the thread count OpenBLAS sees: one inside a
// one-thread phase, the count of SetNumThreads outside it and after a
// mid-size LAPACK call, and that SetNumThreads during a one-thread phase
// takes effect when the phase ends.
func TestThreadRoomCounts(t *testing.T) {
	if !haveOpenBLAS {
		t.Skip("the linked CBLAS is not OpenBLAS")
	}
	old := NumThreads()
	defer SetNumThreads(old)
	SetNumThreads(2)
	for _, n := range []int{5, 100, 320} {
		if !(LAPACKE{}).Dpotrf('L', n, spdColMajor(n), n) {
			t.Fatalf("Dpotrf(%d) failed", n)
		}
		if got := openBLASThreads(); got != 2 {
			t.Errorf("after Dpotrf(%d): OpenBLAS runs %d threads, want 2", n, got)
		}
	}
	room.enter(modeOne)
	if got := openBLASThreads(); got != 1 {
		t.Errorf("in a one-thread phase: OpenBLAS runs %d threads, want 1", got)
	}
	SetNumThreads(3)
	if got, want := openBLASThreads(), 1; got != want {
		t.Errorf("SetNumThreads(3) in a one-thread phase: OpenBLAS runs %d threads, want %d", got, want)
	}
	if got := NumThreads(); got != 3 {
		t.Errorf("SetNumThreads(3) in a one-thread phase: NumThreads() = %d", got)
	}
	room.leave()
	if got := openBLASThreads(); got != 3 {
		t.Errorf("after the one-thread phase: OpenBLAS runs %d threads, want 3", got)
	}
}

// TestStressThreadRoom has 64 goroutines enter the room in both modes at
// once and checks that the modes never mix, that OpenBLAS's thread count
// is the one of the mode inside, and that every goroutine gets in. Run it
// with -race.
func TestStressThreadRoom(t *testing.T) {
	var in [2]atomic.Int32
	var bad atomic.Int32
	want := [2]int{1, NumThreads()}
	var wg sync.WaitGroup
	for g := range 64 {
		wg.Go(func() {
			for i := range 200 {
				mode := (g + i) % 2
				room.enter(mode)
				in[mode].Add(1)
				if in[1-mode].Load() != 0 || haveOpenBLAS && openBLASThreads() != want[mode] {
					bad.Add(1)
				}
				in[mode].Add(-1)
				room.leave()
			}
		})
	}
	wg.Wait()
	if n := bad.Load(); n != 0 {
		t.Errorf("%d entries saw the other mode in the room or the wrong thread count", n)
	}
	if got := openBLASThreads(); haveOpenBLAS && got != want[modeAll] {
		t.Errorf("after the stress: OpenBLAS runs %d threads, want %d", got, want[modeAll])
	}
}
