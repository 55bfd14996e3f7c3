package ndarray

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestStreamedResults requires results large enough to be streamed
// (streamMin) to hold the same bits as the ...To forms' of the same
// operands made contiguous (one run, no stacks of runs), which never stream
// and whose kernels the golden tests hold to NumPy: contiguous operands,
// a broadcast row, column and scalar, reversed operands and rows, float64
// and float32, with NaNs and infinities among the elements; comparisons
// too, whose bool results stream from 512 KiB.
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
	grid, row, col := a.Reshape(n/1000, 1000), b.Slice(":1000"), b.Slice(fmt.Sprint(":", n/1000)).Reshape(n/1000, 1)
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
		// Stacks of runs (nextRows): a column, rows walked backward, a
		// reversed row, rows of one vector, rows that the chunks of the
		// loop cut, stacks along the middle axis of three.
		{"Add column", AddTo[T], grid, col},
		{"Mul flipped rows", MulTo[T], grid.Slice("::-1"), row},
		{"Sub reversed row", SubTo[T], grid, row.Slice("::-1")},
		{"Maximum rows of 4", MaximumTo[T], a.Reshape(n/4, 4), b.Slice(":4")},
		{"Div rows of 960", DivTo[T], a.Reshape(n/960, 960), b.Slice(":960")},
		{"Add 3-d", AddTo[T], a.Reshape(20, n/20000, 1000), b.Slice(":20000").Reshape(20, 1, 1000)},
	} {
		got := c.op(nil, c.a, c.b)
		want := c.op(Empty[T](got.Shape()...), c.a.Copy(), c.b.BroadcastTo(got.Shape()...).Copy())
		sameBits(t, dtype+" "+c.name, got, want)
	}
	for name, f := range map[string]func(dst *Array[bool], a, b *Array[T]) *Array[bool]{
		"Greater": GreaterTo[T], "Equal": EqualTo[T], "LessEqual row": LessEqualTo[T], "Less column": LessTo[T],
	} {
		x, y := a, b
		switch name {
		case "LessEqual row":
			x, y = grid, row
		case "Less column":
			x, y = grid, col
		}
		got, want := f(nil, x, y), f(Empty[bool](x.Shape()...), x.Copy(), y.BroadcastTo(x.Shape()...).Copy())
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
// C or Fortran order, in runs of stackRunMin bytes or more (a broadcast row
// of 1000, or of 4 float64) in stacks of streamStackMin bytes or more, and
// not one the loop walks across because the other operand's layout ordered
// its axes, nor one in runs shorter than a vector or in short stacks.
func TestStreams(t *testing.T) {
	big := streamMin / 8
	// A result of at least big elements in rows of n, and a row broadcast
	// to it.
	grid := func(n int) *Array[float64] { return Empty[float64]((big+n-1)/n, n) }
	rowOf := func(n int) *Array[float64] { return Empty[float64](n).broadcastTo("", grid(n).shape) }
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
		{"long runs", grid(big / 2), rowOf(big / 2), true},
		{"stacked runs", grid(1000), rowOf(1000), true},
		{"runs of one vector", grid(4), rowOf(4), true},
		{"runs shorter than a vector", grid(2), rowOf(2), false},
		{"short stacks", Empty[float64](big/64+1, 2, 32), Empty[float64](big/64+1, 3, 40).Slice(":, :2, :32"), false},
	} {
		var l loop
		l.init(c.dst.shape, c.dst.layout(), c.src.layout())
		if got := streams[float64](&l, c.dst.Size()); got != c.want {
			t.Errorf("%s: streams %v, want %v", c.name, got, c.want)
		}
	}
}

// TestNextRows walks ranges of a 3-d loop in stacks of runs and wants
// every element of the range visited once, at its offset in each operand:
// a C-order destination (offset = element number) and a source broadcast
// along the middle axis, whose offsets the stacks' distances give.
func TestNextRows(t *testing.T) {
	shape := []int{3, 4, 5}
	var l loop
	l.init(shape, operand{0, []int{20, 5, 1}}, operand{0, []int{5, 0, 1}})
	for lo := 0; lo <= 60; lo += 3 {
		for _, hi := range []int{lo, lo + 1, lo + 5, lo + 7, lo + 20, 60} {
			hi = min(hi, 60)
			seen := make([]int, 60)
			it := l.iter(lo, hi)
			for rows := it.nextRows(); rows > 0; rows = it.nextRows() {
				for r := range rows {
					for i := range it.n {
						e := it.off[0] + r*it.ld[0] + i*it.st[0]
						if want := e/20*5 + e%5; it.off[1]+r*it.ld[1]+i*it.st[1] != want {
							t.Fatalf("[%d, %d): element %d of the source at %d, want %d", lo, hi, e, it.off[1]+r*it.ld[1]+i*it.st[1], want)
						}
						seen[e]++
					}
				}
			}
			for e, k := range seen {
				if in := e >= lo && e < hi; in && k != 1 || !in && k != 0 {
					t.Fatalf("[%d, %d): element %d visited %d times", lo, hi, e, k)
				}
			}
		}
	}
}

// TestStackedRuns wants operations whose loops run in stacks of runs
// (nextRows: broadcast rows and columns, reversed rows, a 3-d stack, and a
// strided view for functions of one operand), on one goroutine and on
// several, allocating and into given results of every layout (C order,
// every other element, reversed rows, Fortran order, which only the first
// is stacked for), to give the bits of the same operation on contiguous
// copies of the operands (one run), for float64 and float32.
func TestStackedRuns(t *testing.T) {
	stackedMatch[float64](t, "float64")
	stackedMatch[float32](t, "float32")
}

func stackedMatch[T Float](t *testing.T, dtype string) {
	t.Helper()
	values := func(n int, shape ...int) *Array[T] {
		x := make([]T, n)
		for i := range x {
			x[i] = T(0.5 + float64(i%37)/8 - float64(i%5))
		}
		x[n/3] = T(math.NaN())
		return FromSlice(x).Reshape(shape...)
	}
	for _, c := range []struct {
		name string
		a, b *Array[T]
	}{
		{"rows of 16", values(4800, 300, 16), values(16, 16)},
		{"columns of 300", values(12000, 40, 300), values(40, 40, 1)},
		{"flipped rows", values(12000, 40, 300).Slice("::-1"), values(300, 300).Slice("::-1")},
		{"3-d", values(12000, 4, 30, 100), values(400, 4, 1, 100)},
		{"large rows", values(200_000, 200, 1000), values(1000, 1000)},
		{"large columns of 8", values(200_000, 25_000, 8), values(25_000, 25_000, 1)},
		{"half rows", values(200_000, 200, 1000).Slice(":, 300:800"), values(500, 500)},
	} {
		shape := BroadcastShapes(c.a.Shape(), c.b.Shape())
		ac, bc := c.a.Copy(), c.b.BroadcastTo(shape...).Copy()
		for name, op := range map[string]func(dst, a, b *Array[T]) *Array[T]{
			// Not Pow: runs shorter than vmath.MinLen take Go's math.Pow,
			// within 1 ULP of the kernel's, and where the loop's chunks cut
			// the rows depends on the layout.
			"Add": AddTo[T], "Div": DivTo[T], "Maximum": MaximumTo[T], "FMin": FMinTo[T],
		} {
			want := op(Empty[T](shape...), ac, bc)
			sameBits(t, dtype+" "+name+" "+c.name, op(nil, c.a, c.b), want)
			for layout, out := range givenLayouts[T](shape) {
				sameBits(t, dtype+" "+name+" "+c.name+" into "+layout, op(out, c.a, c.b), want)
			}
		}
		// Functions of one operand: within 2 ulps, Go's and the kernels'
		// functions each being within 1 of the exact result (runs shorter
		// than vmath.MinLen take Go's; where the chunks cut the rows
		// depends on the layout).
		for name, f := range map[string]func(dst, a *Array[T]) *Array[T]{"Exp": ExpTo[T], "Log": LogTo[T], "Sin": SinTo[T]} {
			want := f(Empty[T](c.a.Shape()...), c.a.Copy())
			withinULPs(t, dtype+" "+name+" "+c.name, f(nil, c.a), want, 2)
			for layout, out := range givenLayouts[T](c.a.Shape()) {
				withinULPs(t, dtype+" "+name+" "+c.name+" into "+layout, f(out, c.a), want, 2)
			}
		}
		want := LessEqualTo(Empty[bool](shape...), ac, bc)
		if !ArrayEqual(LessEqual(c.a, c.b), want) {
			t.Errorf("%s LessEqual %s: stacked and contiguous results differ", dtype, c.name)
		}
		for layout, out := range givenLayouts[bool](shape) {
			if !ArrayEqual(LessEqualTo(out, c.a, c.b), want) {
				t.Errorf("%s LessEqual %s into %s: stacked and contiguous results differ", dtype, c.name, layout)
			}
		}
	}
}

// withinULPs requires got and want to be within ulps units in the last
// place element by element (NaNs equal).
func withinULPs[T Float](t *testing.T, name string, got, want *Array[T], ulps float64) {
	t.Helper()
	g, w := got.Copy().Data(), want.Copy().Data()
	single := TypeOf[T]() == Float32
	for i := range g {
		if d := ulpDist(float64(g[i]), float64(w[i]), single); d > ulps {
			t.Fatalf("%s [%d]: %v, want %v (%v ulps)", name, i, g[i], w[i], d)
		}
	}
}

// givenLayouts returns results of shape in C order, every other element
// of a C-order array, C order with the last axis reversed, and Fortran
// order.
func givenLayouts[T Dtype](shape []int) map[string]*Array[T] {
	nd := len(shape)
	wide := append([]int(nil), shape...)
	wide[nd-1] *= 2
	reversed := make([]int, nd)
	for i, d := range shape {
		reversed[nd-1-i] = d
	}
	return map[string]*Array[T]{
		"C order":       Empty[T](shape...),
		"every other":   Empty[T](wide...).Slice(strings.Repeat(":, ", nd-1) + "::2"),
		"reversed rows": Flip(Empty[T](shape...), nd-1),
		"Fortran order": Empty[T](reversed...).T(),
	}
}

// TestArithmeticHasSIMD requires the float kernels of the four arithmetic
// ufuncs to hand their runs to vmath (binaryVec): multiply's, generated
// from a Real kernel since it took NumPy's complex formulas, had silently
// lost its vector path, and MulTo of a million float32 ran one element
// per instruction, 3.5 times slower.
func TestArithmeticHasSIMD(t *testing.T) {
	for name, op := range map[string]*[numTypes]any{"add": &addKernels, "subtract": &subtractKernels,
		"multiply": &multiplyKernels, "divide": &divideKernels, "maximum": &maximumKernels} {
		if _, ok := binaryVec[op]; !ok {
			t.Errorf("%s's float kernels do not run vmath's", name)
		}
	}
}
