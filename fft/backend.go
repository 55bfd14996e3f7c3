package fft

import (
	"fmt"
	"sync/atomic"

	"github.com/numgo/numgo/ndarray"
)

// Backend names the FFT engine this build uses: "pure-go" by default and in
// pure-Go builds, "fftw" and the linked library's version (e.g.
// "fftw 3.3.10") under -tags fftw with cgo.
func Backend() string { return backend() }

// PlannerEffort is how much work the FFTW backend puts into planning a
// transform, FFTW's planner flag. The pure-Go engine has a single plan per
// length and ignores it.
type PlannerEffort int32

const (
	// Estimate plans from FFTW's heuristics, at once (FFTW_ESTIMATE, the
	// default).
	Estimate PlannerEffort = iota
	// Measure times several algorithms on scratch arrays the first time a
	// layout (length, batch shape, strides, kind, precision) is
	// transformed and keeps the fastest (FFTW_MEASURE): later transforms
	// of that layout run faster, the first one takes from milliseconds to
	// seconds longer.
	Measure
)

// String returns FFTW's name of the effort.
func (e PlannerEffort) String() string {
	switch e {
	case Estimate:
		return "FFTW_ESTIMATE"
	case Measure:
		return "FFTW_MEASURE"
	}
	return fmt.Sprintf("PlannerEffort(%d)", int32(e))
}

var plannerEffort atomic.Int32

// SetPlannerEffort sets the planner effort of the transforms planned from
// now on, in all goroutines, and returns the previous one. Plans already
// made stay cached. It panics with an *ndarray.ValueError if e is neither
// Estimate nor Measure.
func SetPlannerEffort(e PlannerEffort) PlannerEffort {
	if e != Estimate && e != Measure {
		panic(&ndarray.ValueError{Op: "SetPlannerEffort", Msg: "unknown planner effort " + e.String()})
	}
	return PlannerEffort(plannerEffort.Swap(int32(e)))
}
