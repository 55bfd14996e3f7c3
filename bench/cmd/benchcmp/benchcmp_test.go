package main

import (
	"strings"
	"testing"
)

func TestParseGoOutput(t *testing.T) {
	out := `goos: linux
BenchmarkCases
BenchmarkCases/small
BenchmarkCases/small/add_f64_10
BenchmarkCases/small/add_f64_10-2         	 5000000	       209.9 ns/op	     176 B/op	       4 allocs/op
BenchmarkCases/small/add_f64_10#01
BenchmarkCases/small/add_f64_10#01-2      	 5000000	       190.1 ns/op	     176 B/op	       4 allocs/op
BenchmarkCases/small/add_f64_10_T
BenchmarkCases/small/add_f64_10_T         	 5000000	       300 ns/op
BenchmarkCases/matmul/tensordot_f64_64
    bench_test.go:32: numgo: not yet
--- SKIP: BenchmarkCases/matmul/tensordot_f64_64
PASS
`
	res := parseGoOutput(strings.NewReader(out))
	s := res["add_f64_10"]
	if s == nil || len(s.Times) != 2 || s.BytesPerOp != 176 || s.AllocsPerOp != 4 {
		t.Fatalf("add_f64_10: %+v", s)
	}
	if m := s.median(); m < 199e-9 || m > 201e-9 {
		t.Errorf("median %g, want 200e-9", m)
	}
	if s := res["add_f64_10_T"]; s == nil || len(s.Times) != 1 {
		t.Errorf("add_f64_10_T (no GOMAXPROCS suffix): %+v", s)
	}
	if s := res["tensordot_f64_64"]; s == nil || s.Err != "numgo: not yet" || s.ok() {
		t.Errorf("tensordot_f64_64: %+v", s)
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{formatDuration(209.9e-9), "210 ns"},
		{formatDuration(12.34e-6), "12.3 µs"},
		{formatDuration(1.5e-3), "1.5 ms"},
		{formatDuration(2.25), "2.25 s"},
		{formatRatio(0.456), "0.46"},
		{formatRatio(12.34), "12.3"},
		{formatBytes(176), "176 B"},
		{formatBytes(8e6), "7.6 MiB"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
