package ndarray

import (
	"math"
	"testing"
)

// TestStreamedResults requires results large enough to be streamed
// (streamMin) to hold the same bits as the ...To forms', which never stream
// and whose kernels the golden tests hold to NumPy: contiguous operands,
// a broadcast row and scalar, a reversed operand, float64 and float32,
// with NaNs and infinities among the elements; comparisons too, whose bool
// results stream from 512 KiB.
func TestStreamedResults(t *testing.T) {
	const n = 600_000 // 4.8 MB of float64, 2.4 MB of float32
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 0.25 + float64(i%977)/64
		y[i] = 2 - float64(i%101)/32
	}
	x[5], y[7], x[n-1] = math.NaN(), math.Inf(1), math.Inf(-1)
	a, b := FromSlice(x), FromSlice(y)
	streamedMatch(t, "float64", a, b)
	streamedMatch(t, "float32", Convert[float32](a), Convert[float32](b))
}

func streamedMatch[T Float](t *testing.T, dtype string, a, b *Array[T]) {
	t.Helper()
	n := a.Size()
	grid, row := a.Reshape(n/1000, 1000), b.Slice(":1000")
	two := Scalar(T(2))
	for _, c := range []struct {
		name string
		op   func(dst, a, b *Array[T]) *Array[T]
		a, b *Array[T]
	}{
		{"Add", AddTo[T], a, b},
		{"Sub reversed", SubTo[T], a, b.Slice("::-1")},
		{"Mul scalar", MulTo[T], a, two},
		{"Div", DivTo[T], a, b},
		{"Pow", PowTo[T], a, b},
		{"Maximum", MaximumTo[T], a, b},
		{"FMin row", FMinTo[T], grid, row},
	} {
		got := c.op(nil, c.a, c.b)
		want := c.op(Empty[T](got.Shape()...), c.a, c.b)
		sameBits(t, dtype+" "+c.name, got, want)
	}
	for name, f := range map[string]func(dst *Array[bool], a, b *Array[T]) *Array[bool]{
		"Greater": GreaterTo[T], "Equal": EqualTo[T], "LessEqual row": LessEqualTo[T],
	} {
		x, y := a, b
		if name == "LessEqual row" {
			x, y = grid, row
		}
		got, want := f(nil, x, y), f(Empty[bool](x.Shape()...), x, y)
		if !ArrayEqual(got, want) {
			t.Errorf("%s %s: allocated and given results differ", dtype, name)
		}
	}
	for name, f := range map[string]func(dst, a *Array[T]) *Array[T]{"Exp": ExpTo[T], "Log": LogTo[T], "Sin": SinTo[T]} {
		got := f(nil, a)
		sameBits(t, dtype+" "+name, got, f(Empty[T](n), a))
	}
}

// sameBits requires got and want to be equal element by element (NaNs
// equal).
func sameBits[T Float](t *testing.T, name string, got, want *Array[T]) {
	t.Helper()
	g, w := got.Copy().Data(), want.Copy().Data()
	for i := range g {
		if g[i] != w[i] && (g[i] == g[i] || w[i] == w[i]) {
			t.Fatalf("%s [%d]: %v allocated, %v into a given array", name, i, g[i], w[i])
		}
	}
}

// TestStreams checks which loops stream their first operand, a result:
// one of streamMin bytes or more that the loop walks in memory order, in
// C or Fortran order, in runs of streamRunMin bytes or more, and not one
// the loop walks across because the other operand's layout ordered its
// axes, nor one in short runs (a broadcast row of 1000).
func TestStreams(t *testing.T) {
	big := streamMin / 8
	for _, c := range []struct {
		name     string
		dst, src *Array[float64]
		want     bool
	}{
		{"C order", Empty[float64](big), Empty[float64](big), true},
		{"C order 2-d", Empty[float64](2, big/2), Empty[float64](2, big/2), true},
		{"Fortran order", Empty[float64](big/2, 2).T(), Empty[float64](big/2, 2).T(), true},
		{"small", Empty[float64](big - 1), Empty[float64](big - 1), false},
		{"across", Empty[float64](big/2, 2), Empty[float64](2, big/2).T(), false},
		{"short runs", Empty[float64](big/1000, 1000), Empty[float64](1000).broadcastTo("", []int{big / 1000, 1000}), false},
		{"long runs", Empty[float64](2, big/2), Empty[float64](big/2).broadcastTo("", []int{2, big / 2}), true},
	} {
		var l loop
		l.init(c.dst.shape, c.dst.layout(), c.src.layout())
		if got := streams[float64](&l, c.dst.Size()); got != c.want {
			t.Errorf("%s: streams %v, want %v", c.name, got, c.want)
		}
	}
}
