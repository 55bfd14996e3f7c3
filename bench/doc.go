// Package bench is numgo's benchmark suite and its side-by-side comparison
// with NumPy.
//
// One list of cases, cases.json, drives both sides: BenchmarkCases runs each
// case on numgo as a testing.B sub-benchmark named BenchmarkCases/<group>/<case>,
// and numpy_bench.py runs the same case on NumPy. The driver in cmd/benchcmp
// (make bench, make bench-quick) builds the benchmarks for the cgo and the
// pure-Go build, runs both sides in turns of a few cases, and writes the
// table results/latest.md and the chart results/latest.png.
//
// A case whose numgo API does not exist yet is listed anyway: the NumPy side
// runs it and the table says "not yet" for numgo (Setup returns ErrNotYet).
//
//	go test -run '^$' -bench 'Cases/elementwise/' -benchmem ./bench   // one group
//	go test -run '^$' -bench Cases -short ./bench                     // the quick set
//	NUMGO_BENCH_REPEATS=5 go test -run '^$' -bench 'Cases/fft/' ./bench  // 5 repeats each
//
// The driver sets NUMGO_BENCH_REPEATS, so that each case is prepared once and
// measured several times in a row (sub-benchmarks <case>, <case>#01, ...).
//
// Adding a case: append a line to cases.json (the NumPy side then runs it),
// and, if its op or dtype is new, an entry to the registry in ops.go.
package bench
