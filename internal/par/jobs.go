package par

import "sync"

// The loops that large operations split over goroutines run jobs: a job
// holds what each goroutine needs (a copy of the operation's loop, its
// kernel and operands) and is a Body through a pointer, so that handing it
// to the goroutines allocates nothing. Jobs come from a pool per job type,
// which keeps numgo's ...To forms free of allocation on large arrays too:
// a closure over the loop, several KiB, went to the heap on every call.

// jobPools holds a *sync.Pool of each job type J, keyed by a nil *J.
var jobPools sync.Map

// poolOf returns job type J's pool.
func poolOf[J any]() *sync.Pool {
	p, ok := jobPools.Load((*J)(nil))
	if !ok {
		p, _ = jobPools.LoadOrStore((*J)(nil), new(sync.Pool))
	}
	return p.(*sync.Pool)
}

// GetJob returns a job of type J from its pool, or a new one; the caller
// sets every field.
func GetJob[J any]() *J {
	if j, ok := poolOf[J]().Get().(*J); ok {
		return j
	}
	return new(J)
}

// PutJob clears j, which drops its references to arrays, and returns it
// to its pool.
func PutJob[J any](j *J) {
	var zero J
	*j = zero
	poolOf[J]().Put(j)
}
