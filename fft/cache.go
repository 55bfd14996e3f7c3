package fft

import (
	"container/list"
	"sync"
	"unsafe"
)

// maxCachedPlans bounds each plan cache. Plans hold O(n) twiddles, so a
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

// planCache is a least-recently-used cache of plans keyed by K, shared by
// all goroutines. The key is a comparable value, never boxed, so a lookup
// allocates nothing. Plans are built outside the lock (a Bluestein plan
// fetches its own sub-plans); if two goroutines race to build the same
// plan, the first one stored wins and both are correct.
type planCache[K comparable] struct {
	mu    sync.Mutex
	index map[K]*list.Element
	order list.List // of *cacheEntry[K]; front: most recently used
}

type cacheEntry[K comparable] struct {
	key  K
	plan any
}

// plans holds the pure-Go engine's plans.
var plans planCache[planKey]

// cached returns the plan stored in c under key, building it with build
// and storing it if absent.
func cached[P any, K comparable](c *planCache[K], key K, build func() P) P {
	c.mu.Lock()
	if e, ok := c.index[key]; ok {
		c.order.MoveToFront(e)
		p := e.Value.(*cacheEntry[K]).plan.(P)
		c.mu.Unlock()
		return p
	}
	c.mu.Unlock()
	p := build()
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.index[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*cacheEntry[K]).plan.(P)
	}
	if c.index == nil {
		c.index = map[K]*list.Element{}
	}
	c.index[key] = c.order.PushFront(&cacheEntry[K]{key, p})
	if c.order.Len() > maxCachedPlans {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.index, last.Value.(*cacheEntry[K]).key)
	}
	return p
}

// len returns the number of plans cached.
func (c *planCache[K]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
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
	return cached(&plans, planKey{n, floatSize[F](), kind}, func() *plan[F] { return newPlan[F](n, fwd) })
}
