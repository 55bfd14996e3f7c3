package fft

import (
	"container/list"
	"sync"
	"unsafe"
)

// maxCachedPlans bounds the plan cache. Plans hold O(n) twiddles, so a
// program cycling through many lengths keeps only the most recent ones.
const maxCachedPlans = 64

// planKey names a cached plan: length, precision (bytes per float), and
// kind (complex or real, forward or backward).
type planKey struct {
	n, size int
	kind    planKind
}

type planKind uint8

const (
	complexForward planKind = iota
	complexBackward
	realForward
	realBackward
)

type cacheEntry struct {
	key  any
	plan any
}

// plans is the least-recently-used plan cache shared by all goroutines.
// Plans are built outside the lock (a Bluestein plan fetches its own
// sub-plans); if two goroutines race to build the same plan, the first one
// stored wins and both are correct.
var plans = struct {
	sync.Mutex
	index map[any]*list.Element
	order list.List // front: most recently used
}{index: map[any]*list.Element{}}

// cached returns the plan stored under key (a planKey, or the FFTW
// backend's layout), building it with build and storing it if absent.
func cached[P any](key any, build func() P) P {
	plans.Lock()
	if e, ok := plans.index[key]; ok {
		plans.order.MoveToFront(e)
		p := e.Value.(*cacheEntry).plan.(P)
		plans.Unlock()
		return p
	}
	plans.Unlock()
	p := build()
	plans.Lock()
	defer plans.Unlock()
	if e, ok := plans.index[key]; ok {
		plans.order.MoveToFront(e)
		return e.Value.(*cacheEntry).plan.(P)
	}
	plans.index[key] = plans.order.PushFront(&cacheEntry{key, p})
	if plans.order.Len() > maxCachedPlans {
		last := plans.order.Back()
		plans.order.Remove(last)
		delete(plans.index, last.Value.(*cacheEntry).key)
	}
	return p
}

func floatSize[F float]() int {
	var f F
	return int(unsafe.Sizeof(f))
}

// getPlan returns the cached complex plan of length n.
func getPlan[F float](n int, fwd bool) *plan[F] {
	kind := complexBackward
	if fwd {
		kind = complexForward
	}
	return cached(planKey{n, floatSize[F](), kind}, func() *plan[F] { return newPlan[F](n, fwd) })
}
