package ndarray

import (
	"fmt"
	"testing"
)

// Benchmarks of the engine's main paths. bench/ compares the same
// operations with NumPy; these isolate compute (the To forms, no
// allocation) from allocation.

func BenchmarkAdd(b *testing.B) {
	for _, n := range []int{10, 1000, 1_000_000} {
		x, y := Linspace(0.0, 1.0, n), Linspace(1.0, 2.0, n)
		dst := Zeros[float64](n)
		b.Run(fmt.Sprintf("n=%d/To", n), func(b *testing.B) {
			for b.Loop() {
				AddTo(dst, x, y)
			}
		})
		b.Run(fmt.Sprintf("n=%d/alloc", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Add(x, y)
			}
		})
	}
	x := Linspace(0.0, 1.0, 1_000_000).Reshape(1000, 1000)
	dst := Zeros[float64](1000, 1000)
	row := Linspace(0.0, 1.0, 1000)
	b.Run("n=1e6/transposed/To", func(b *testing.B) {
		for b.Loop() {
			AddTo(dst, x.T(), x)
		}
	})
	b.Run("n=1e6/broadcast-row/To", func(b *testing.B) {
		for b.Loop() {
			AddTo(dst, x, row)
		}
	})
}

func BenchmarkUnary(b *testing.B) {
	x := Linspace(0.1, 10.0, 1_000_000)
	dst := Zeros[float64](1_000_000)
	for name, f := range map[string]func(){
		"Exp":  func() { ExpTo(dst, x) },
		"Log":  func() { LogTo(dst, x) },
		"Sin":  func() { SinTo(dst, x) },
		"Sqrt": func() { SqrtTo(dst, x) },
	} {
		b.Run(name+"/n=1e6/To", func(b *testing.B) {
			for b.Loop() {
				f()
			}
		})
	}
}

func BenchmarkSum(b *testing.B) {
	x := Linspace(0.0, 1.0, 1_000_000).Reshape(1000, 1000)
	out := Zeros[float64](1000)
	b.Run("all/n=1e6", func(b *testing.B) {
		for b.Loop() {
			Sum(x)
		}
	})
	for _, ax := range []int{0, 1} {
		b.Run(fmt.Sprintf("axis=%d/n=1e6/To", ax), func(b *testing.B) {
			for b.Loop() {
				SumTo(out, x, Axis(ax))
			}
		})
	}
}

// benchCase is one sub-benchmark of the per-call benchmarks below.
type benchCase struct {
	name string
	op   func()
}

// runCases runs each case as a sub-benchmark, reporting allocations.
func runCases(b *testing.B, cases []benchCase) {
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.op()
			}
		})
	}
}

// BenchmarkSmall measures the per-call cost of small operations and of
// Exp over 1000 elements, with and without allocating the result.
func BenchmarkSmall(b *testing.B) {
	x, y := Linspace(0.0, 1.0, 10), Linspace(1.0, 2.0, 10)
	dst := Zeros[float64](10)
	e := Linspace(0.0, 1.0, 1000)
	edst := Zeros[float64](1000)
	runCases(b, []benchCase{
		{"AddTo/n=10", func() { AddTo(dst, x, y) }},
		{"Add/n=10", func() { Add(x, y) }},
		{"Zeros/n=10", func() { Zeros[float64](10) }},
		{"ExpTo/n=1000", func() { ExpTo(edst, e) }},
		{"Exp/n=1000", func() { Exp(e) }},
	})
}

// BenchmarkComputeBound measures out= forms whose time is the kernel's:
// float32 sqrt and multiply, and float64 adds with a stepped or reversed
// operand.
func BenchmarkComputeBound(b *testing.B) {
	x := Convert[float32](Linspace(0.1, 10.0, 1_000_000))
	y := Convert[float32](Linspace(1.0, 2.0, 1_000_000))
	dst := Zeros[float32](1_000_000)
	xs := Linspace(0.0, 1.0, 2_000_000).Slice("::2")
	xr := Linspace(0.0, 1.0, 1_000_000).Slice("::-1")
	y64 := Linspace(1.0, 2.0, 1_000_000)
	d64 := Zeros[float64](1_000_000)
	runCases(b, []benchCase{
		{"SqrtTo/n=1e6", func() { SqrtTo(dst, x) }},
		{"MulTo/n=1e6", func() { MulTo(dst, x, y) }},
		{"AddTo/step2/n=1e6", func() { AddTo(d64, xs, y64) }},
		{"AddTo/rev/n=1e6", func() { AddTo(d64, xr, y64) }},
	})
}

// BenchmarkSmallBroadcast measures a small add of a row to every row of a
// matrix, the per-run loop of the iteration engine.
func BenchmarkSmallBroadcast(b *testing.B) {
	x, row := Linspace(0.0, 1.0, 100).Reshape(10, 10), Linspace(1.0, 2.0, 10)
	dst := Zeros[float64](10, 10)
	runCases(b, []benchCase{
		{"AddTo/10x10+10", func() { AddTo(dst, x, row) }},
		{"Add/10x10+10", func() { Add(x, row) }},
	})
}
