package par

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/numgo/numgo/internal/racecheck"
)

func TestForCoversEachIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 100, 1000} {
		for _, procs := range []int{1, 2, 3, 8} {
			for _, chunks := range []int{1, 2, 5, 32, 5000} {
				hits := make([]atomic.Int32, n)
				For(n, procs, chunks, func(lo, hi int) {
					if lo >= hi {
						t.Errorf("n=%d procs=%d chunks=%d: empty chunk [%d, %d)", n, procs, chunks, lo, hi)
					}
					for i := lo; i < hi; i++ {
						hits[i].Add(1)
					}
				})
				for i := range hits {
					if h := hits[i].Load(); h != 1 {
						t.Fatalf("n=%d procs=%d chunks=%d: index %d run %d times", n, procs, chunks, i, h)
					}
				}
			}
		}
	}
}

func TestForRepanics(t *testing.T) {
	want := errors.New("kernel failed")
	defer func() {
		if r := recover(); r != want {
			t.Fatalf("recovered %v, want %v", r, want)
		}
	}()
	For(64, 4, 64, func(lo, hi int) {
		if lo <= 3 && 3 < hi { // one chunk, or the whole range when serial
			panic(want)
		}
	})
	t.Fatal("For returned normally")
}

// counter is a Body that counts the indices it runs.
type counter struct{ n atomic.Int64 }

func (c *counter) Run(lo, hi int) { c.n.Add(int64(hi - lo)) }

// TestRunAllocatesNothing checks that a loop on helpers that wait makes no
// heap allocation, and that sequential loops do not keep starting helpers.
func TestRunAllocatesNothing(t *testing.T) {
	var c counter
	Run(1000, 4, 64, &c) // start the helpers
	before := runtime.NumGoroutine()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	const runs = 1000
	for range runs {
		Run(1000, 4, 64, &c)
	}
	runtime.ReadMemStats(&m1)
	if got := c.n.Load(); got != (runs+1)*1000 {
		t.Fatalf("ran %d indices, want %d", got, (runs+1)*1000)
	}
	// Helpers are started only up to GOMAXPROCS-1 alive, so a few starts
	// (an allocation each) may happen if the first run left fewer, not
	// one per run.
	if n := m1.Mallocs - m0.Mallocs; n > runs/10 && !racecheck.Enabled {
		t.Errorf("%d allocations in %d runs", n, runs)
	}
	if after := runtime.NumGoroutine(); after > before+8 {
		t.Errorf("%d goroutines after %d runs, %d before", after, runs, before)
	}
}

// TestRunBoundsHelpers checks that many concurrent callers do not leave
// more than GOMAXPROCS-1 helpers behind.
func TestRunBoundsHelpers(t *testing.T) {
	Run(1000, 4, 64, new(counter)) // start the helpers
	before := runtime.NumGoroutine()
	var wg sync.WaitGroup
	for range 200 {
		wg.Go(func() {
			var c counter
			for range 20 {
				Run(10000, 2, 32, &c)
			}
			if got := c.n.Load(); got != 20*10000 {
				t.Errorf("ran %d indices, want %d", got, 20*10000)
			}
		})
	}
	wg.Wait()
	bound := runtime.GOMAXPROCS(0) - 1
	after := runtime.NumGoroutine() // the callers may take a moment to exit
	for deadline := time.Now().Add(5 * time.Second); after > before+bound && time.Now().Before(deadline); after = runtime.NumGoroutine() {
		time.Sleep(time.Millisecond)
	}
	if after > before+bound {
		t.Errorf("%d goroutines after 200 concurrent callers, %d before; at most %d helpers may be added", after, before, bound)
	}
}

// TestForBodyGoexit checks that a body ending its goroutine, as t.Fatal
// does, does not leave the caller waiting for ever.
func TestForBodyGoexit(t *testing.T) {
	for range 100 {
		done := make(chan struct{})
		go func() {
			defer close(done)
			For(64, 2, 64, func(lo, hi int) {
				if lo < 2 {
					runtime.Goexit()
				}
			})
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("For did not return after a body called runtime.Goexit")
		}
	}
}

// concurrent reports whether the two chunks of a loop ever run at once.
func concurrent() bool {
	var in atomic.Int32
	var both atomic.Bool
	For(2, 2, 2, func(lo, hi int) {
		in.Add(1)
		defer in.Add(-1)
		for deadline := time.Now().Add(20 * time.Millisecond); time.Now().Before(deadline); {
			if in.Load() == 2 {
				both.Store(true)
				return
			}
		}
	})
	return both.Load()
}

// TestRunAfterGOMAXPROCS1 checks that Runs asking for helpers where none
// can run (GOMAXPROCS 1) queue no offers, which would fill the queue with
// stale ones, and that loops run in parallel again once GOMAXPROCS is
// raised (a review found that they never did).
func TestRunAfterGOMAXPROCS1(t *testing.T) {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	queued := len(offers)
	for range 300 {
		For(100, 4, 16, func(lo, hi int) {})
	}
	if n := len(offers); n > queued {
		t.Errorf("%d offers queued at GOMAXPROCS 1, %d before", n, queued)
	}
	runtime.GOMAXPROCS(max(prev, 4))
	for range 50 {
		if concurrent() {
			return
		}
	}
	t.Error("no loop of 50 ran on two goroutines after GOMAXPROCS went up")
}
