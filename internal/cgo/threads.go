//go:build cgo && !purego

package cgo

/*
#ifndef NUMGO_OPENBLAS_LINKED
#pragma weak openblas_set_num_threads
#pragma weak openblas_get_num_threads
#endif
extern void openblas_set_num_threads(int);
extern int openblas_get_num_threads(void);
*/
import "C"

import "sync"

// OpenBLAS's thread count is one process-wide setting, but the best count
// depends on the call. Its LAPACK runs a factorisation of a mid-size
// matrix (n of a few hundred) on every thread although the threads then
// spend much of the call waiting for each other: on two cores a 256×256
// dpotrf took 0.25-0.35 ms on one thread against 0.45-1.4 ms on two, and
// dgetrf, dgesv and dgeqrf+dorgqr gained as much. Any other process, or Go
// thread (the garbage collector's workers), that takes a core from one of
// OpenBLAS's spinning threads stalls the whole threaded call, which makes
// it slower still on a busy machine.
//
// So a LAPACKE call on a matrix of at most oneThreadWork (m·n·min(m, n),
// the factorisation's multiply-adds up to a constant) runs on one thread,
// a larger one on the thread count of SetNumThreads. A solve counts its
// right-hand sides too (gesvWork): inverting a 256×256 matrix by dgesv
// took 1.10 ms on two threads against 1.24 ms on one, while solving for
// one vector, or factoring alone, stays faster on one thread at that size.
// The divide-and-conquer eigen and singular value drivers (dsyevd, dgesdd,
// zheevd, zgesdd) gain from the second thread sooner, and count their work
// against oneThreadSpectralWork instead (enterSpectral): a 256×256 dsyevd took
// 3.87 ms on two threads against 4.21 on one from C, and linalg.Eigh, since
// its result memory is recycled (ndarray/recycle.go), 4.25 against 4.58 ms,
// SVD 8.32 against 8.89 (medians of 8 alternated runs, 2026-11-27); at
// 128×128 and 192×192 the two counts were equal within 3%. (Before the
// recycling, Eigh at 256 lost on two threads, 4.46-4.83 against
// 4.27-4.44 ms: its fresh result memory cost more than the thread saved.)
// The complex ones alike: Eigh of a 256×256 complex128 matrix took 9.6
// against 10.6 ms, SVD 15.7 against 18.6 (medians of 5), and at 128 and
// 192 the two counts were equal within 3%.
// One thread means openblas_set_num_threads(1) for the call's duration. So
// that no call sees a count meant for another, the calls take turns in a
// room: any number of one-thread calls run together, or any number of
// all-thread calls, never a mix. Even a small call enters the room, since
// OpenBLAS threads parts of some (a 40×40 dgesv's solve) and their results
// would depend on the count. The BLAS calls of package blas that OpenBLAS
// may thread join the room as all-thread calls (EnterThreaded), so that
// their results, like every other, do not depend on what runs
// concurrently. A BLAS call that does not go through package blas (a
// program calling OpenBLAS by other means) and starts while a one-thread
// phase is on runs on one thread.
const (
	oneThreadWork         = 320 * 320 * 320
	oneThreadSpectralWork = 200 * 200 * 200
)

// Modes of the calls in a threadRoom.
const (
	modeOne = iota // OpenBLAS on one thread
	modeAll        // OpenBLAS on the count of SetNumThreads
)

// A threadRoom admits calls of one mode at a time.
type threadRoom struct {
	mu      sync.Mutex
	cond    sync.Cond
	mode    int    // the mode of the calls in the room, when in > 0
	in      int    // calls in the room
	waiting [2]int // calls waiting to enter, by mode
	turn    int    // the mode the next phase is reserved for, or -1
	threads int    // the count of modeAll calls
}

var room = newThreadRoom()

func newThreadRoom() *threadRoom {
	r := &threadRoom{turn: -1, threads: openBLASThreads()}
	r.cond.L = &r.mu
	return r
}

// enter waits until calls of the mode may run and enters the room; leave
// leaves it. A call waits while calls of the other mode are in the room or
// waiting, so that neither mode starves.
func (r *threadRoom) enter(mode int) {
	r.mu.Lock()
	r.waiting[mode]++
	for !r.admits(mode) {
		r.cond.Wait()
	}
	r.waiting[mode]--
	if r.in == 0 {
		r.mode, r.turn = mode, -1
		if mode == modeOne {
			setThreads(1)
		}
	}
	r.in++
	r.mu.Unlock()
}

func (r *threadRoom) admits(mode int) bool {
	if r.in == 0 {
		return r.turn < 0 || r.turn == mode
	}
	return r.mode == mode && r.waiting[1-mode] == 0
}

func (r *threadRoom) leave() {
	r.mu.Lock()
	if r.in--; r.in == 0 {
		if r.mode == modeOne {
			setThreads(r.threads)
		}
		if r.waiting[1-r.mode] > 0 {
			r.turn = 1 - r.mode
		}
		r.cond.Broadcast()
	}
	r.mu.Unlock()
}

// setNumThreads records n as the count of all-thread calls, and sets it now
// unless a one-thread phase is on (it ends by setting it).
func (r *threadRoom) setNumThreads(n int) {
	r.mu.Lock()
	r.threads = n
	if r.in == 0 || r.mode == modeAll {
		setThreads(n)
	}
	r.mu.Unlock()
}

func (r *threadRoom) numThreads() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.threads
}

// openBLASThreads returns OpenBLAS's current thread count (1 if the
// library is not OpenBLAS).
func openBLASThreads() int {
	if !haveOpenBLAS {
		return 1
	}
	return int(C.openblas_get_num_threads())
}

func setThreads(n int) {
	if haveOpenBLAS {
		C.openblas_set_num_threads(C.int(n))
	}
}

// enterLAPACK admits a LAPACK call on an m×n matrix: it waits for one of
// the GOMAXPROCS call slots and for its turn in the room. The returned
// function frees both.
func enterLAPACK(m, n int) func() {
	return enterLAPACKWork(m * n * min(m, n))
}

// enterLAPACKWork is enterLAPACK for a call of the given work, in the
// units of oneThreadWork.
func enterLAPACKWork(work int) func() { return enterBelow(work, oneThreadWork) }

// enterSpectral is enterLAPACK for dsyevd, dgesdd, zheevd and zgesdd,
// whose calls of work up to oneThreadSpectralWork run on one thread.
func enterSpectral(m, n int) func() { return enterBelow(m*n*min(m, n), oneThreadSpectralWork) }

// enterBelow enters a call of the given work, on one thread if work is at
// most oneThread.
func enterBelow(work, oneThread int) func() {
	calls <- struct{}{}
	if work <= oneThread {
		room.enter(modeOne)
	} else {
		room.enter(modeAll)
	}
	return leaveLAPACK
}

// gesvWork is the work of gesv on an n×n matrix and nrhs right-hand sides
// in the units of oneThreadWork: n³ for the factorisation, whose n³/3
// multiply-adds the unit counts as n³, and 3·n²·nrhs for the two
// triangular solves' n²·nrhs.
func gesvWork(n, nrhs int) int {
	return n*n*n + 3*n*n*nrhs
}

func leaveLAPACK() {
	room.leave()
	<-calls
}

// EnterThreaded admits a BLAS call of the given number of multiply-adds
// (m·n for a matrix-vector product, m·n·k for a matrix product, n for a dot
// product) in the all-thread mode if OpenBLAS may thread it (from about
// 10⁴), so that it never runs with a thread count set for a mid-size LAPACK
// call. The returned function ends the call.
func EnterThreaded(work int) func() {
	if work < 9216 {
		return noop
	}
	room.enter(modeAll)
	return leaveRoom
}

func leaveRoom() { room.leave() }

func noop() {}
