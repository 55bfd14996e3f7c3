package vmath

import (
	"math"
	"testing"
)

var reference = map[Func]func(float64) float64{
	Exp: math.Exp, Log: math.Log, Log10: math.Log10, Exp2: math.Exp2,
	// math.Log2 is up to ~10 ULP off near 1 (it adds the exponent to a
	// scaled Log); dividing Log by Ln2 is within 2.
	Log2:  func(x float64) float64 { return math.Log(x) / math.Ln2 },
	Expm1: math.Expm1, Log1p: math.Log1p, Sin: math.Sin, Cos: math.Cos, Tan: math.Tan,
	Asin: math.Asin, Acos: math.Acos, Atan: math.Atan, Sinh: math.Sinh, Cosh: math.Cosh,
	Tanh: math.Tanh, Asinh: math.Asinh, Acosh: math.Acosh, Atanh: math.Atanh, Cbrt: math.Cbrt, Sqrt: math.Sqrt,
}

// TestApply compares every kernel with Go's math package on inputs in the
// function's domain, for lengths around the vector widths (the tail path).
func TestApply(t *testing.T) {
	if Backend != "sleef" && Backend != "go" {
		t.Fatalf("Backend = %q", Backend)
	}
	for f, ref := range reference {
		for _, n := range []int{MinLen - 1, MinLen, 17, 23, 64, 1001} {
			src := make([]float64, n)
			for i := range src {
				// In [1.05, 1.95]: inside every domain (acosh needs > 1,
				// atanh and asin need |x| < 1 after the shift below).
				src[i] = 1.05 + 0.9*float64(i)/float64(n)
			}
			if f == Asin || f == Acos || f == Atanh {
				for i := range src {
					src[i] -= 1.5
				}
			}
			dst := make([]float64, n)
			ok := Apply(f, dst, src)
			if n < MinLen || !Kernels() {
				if ok {
					t.Errorf("func %d n=%d: Apply reported true on backend %s", f, n, Backend)
				}
				continue
			}
			if !ok {
				t.Logf("func %d: no SIMD kernel on this CPU", f)
				continue
			}
			src32, dst32 := make([]float32, n), make([]float32, n)
			for i, x := range src {
				src32[i] = float32(x)
			}
			Apply(f, dst32, src32)
			for i, x := range src {
				want := ref(x)
				// SLEEF is within 1 ULP; Go's math is not always (its Log2
				// is 5 ULP off at 1.05), hence the margin.
				if math.Abs(dst[i]-want) > 8*ulp(want) {
					t.Fatalf("func %d(%v) = %v, math gives %v", f, x, dst[i], want)
				}
				want32 := ref(float64(src32[i]))
				if math.Abs(float64(dst32[i])-want32) > 2*float64(ulp32(float32(want32))) {
					t.Fatalf("float32 func %d(%v) = %v, math gives %v", f, src32[i], dst32[i], want32)
				}
			}
		}
	}
}

func ulp(x float64) float64 { return math.Abs(math.Nextafter(x, math.Inf(1)) - x) }
func ulp32(x float32) float32 {
	return float32(math.Abs(float64(math.Nextafter32(x, float32(math.Inf(1))) - x)))
}

// TestBinary compares Binary with Go's arithmetic for every op, both
// element types, scalar and run operands and lengths around the vector
// widths; IEEE arithmetic is exact per element, so the results are equal.
func TestBinary(t *testing.T) {
	for _, n := range []int{MinLenCheap - 1, MinLenCheap, MinLenCheap + 3, 1001} {
		a, b := make([]float64, n), make([]float64, n)
		for i := range a {
			a[i], b[i] = float64(i)*0.37-5, 1.5+float64(i%7)
		}
		for op, f := range []func(x, y float64) float64{
			func(x, y float64) float64 { return x + y }, func(x, y float64) float64 { return x - y },
			func(x, y float64) float64 { return x * y }, func(x, y float64) float64 { return x / y },
		} {
			for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {0, 0}} {
				dst := make([]float64, n)
				ok := Binary(Op(op), dst, a, st[0], b, st[1])
				if ok != (n >= MinLenCheap && Kernels()) {
					t.Fatalf("op %d n=%d steps %v: Binary reported %v on backend %s", op, n, st, ok, Backend)
				}
				a32, b32, dst32 := to32(a), to32(b), make([]float32, n)
				Binary(Op(op), dst32, a32, st[0], b32, st[1])
				for i := range dst {
					want := f(a[i*st[0]], b[i*st[1]])
					want32 := float32(f(float64(a32[i*st[0]]), float64(b32[i*st[1]])))
					if ok && (dst[i] != want || dst32[i] != want32) {
						t.Fatalf("op %d n=%d steps %v [%d]: got %v, %v; want %v, %v", op, n, st, i, dst[i], dst32[i], want, want32)
					}
				}
			}
		}
	}
}

// TestBinaryPow compares Pow with Go's math.Pow (SLEEF's pow is within 1
// ULP, Go's a few: 3 at pow(153.06, 2.6), hence the margin) with every step, forward, broadcast and backward, and lengths
// around the vector widths (4 to 16 elements, two vectors per iteration).
func TestBinaryPow(t *testing.T) {
	for _, n := range []int{MinLen - 1, MinLen, 17, 31, 33, 1001} {
		a, b := make([]float64, n), make([]float64, n)
		for i := range a {
			a[i], b[i] = 0.25+float64(i)*0.37, float64(i%9)*0.7-3
		}
		a32, b32 := to32(a), to32(b)
		for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {-1, 1}, {1, -1}, {-1, -1}, {0, -1}, {-1, 0}} {
			dst, dst32 := make([]float64, n), make([]float32, n)
			ok := Binary(Pow, dst, a, st[0], b, st[1])
			ok32 := Binary(Pow, dst32, a32, st[0], b32, st[1])
			if ok != (n >= MinLen && Kernels()) || ok32 != ok {
				t.Fatalf("n=%d steps %v: Binary reported %v, %v on backend %s", n, st, ok, ok32, Backend)
			}
			if !ok {
				continue
			}
			for i := range dst {
				x, y := walkAt(a, st[0], i), walkAt(b, st[1], i)
				if want := math.Pow(x, y); math.Abs(dst[i]-want) > 8*ulp(want) {
					t.Fatalf("n=%d steps %v [%d]: pow(%v, %v) = %v, math gives %v", n, st, i, x, y, dst[i], want)
				}
				x32, y32 := walkAt(a32, st[0], i), walkAt(b32, st[1], i)
				if want := float32(math.Pow(float64(x32), float64(y32))); math.Abs(float64(dst32[i]-want)) > 2*float64(ulp32(want)) {
					t.Fatalf("float32 n=%d steps %v [%d]: pow(%v, %v) = %v, math gives %v", n, st, i, x32, y32, dst32[i], want)
				}
			}
		}
	}
}

// walkAt returns element i of a walk with step s (1, 0 or -1) over x.
func walkAt[T any](x []T, s, i int) T {
	switch s {
	case 0:
		return x[0]
	case -1:
		return x[len(x)-1-i]
	}
	return x[i]
}

// TestExtreme checks Extreme's maximum, minimum and NaN flag with NaNs and
// extremes at every position class: first, inside a vector block, tail.
func TestExtreme(t *testing.T) {
	for _, n := range []int{MinLenCheap, MinLenCheap + 33, 1001} {
		for _, at := range []int{0, 5, n / 2, n - 1} {
			for _, special := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e300} {
				a := make([]float64, n)
				for i := range a {
					a[i] = math.Sin(float64(i))
				}
				a[at] = special
				maxV, minV, hasNaN := math.Inf(-1), math.Inf(1), false
				for _, x := range a {
					if x != x {
						hasNaN = true
						continue
					}
					maxV, minV = math.Max(maxV, x), math.Min(minV, x)
				}
				for _, isMax := range []bool{true, false} {
					want := map[bool]float64{true: maxV, false: minV}[isMax]
					m, nan, ok := Extreme(isMax, a)
					m32, nan32, _ := Extreme(isMax, to32(a))
					if !ok {
						if Kernels() {
							t.Fatalf("n=%d: Extreme reported false with the kernels", n)
						}
						return
					}
					if nan != hasNaN || nan32 != hasNaN || (!hasNaN && (m != want || m32 != float32(want))) {
						t.Fatalf("n=%d a[%d]=%v isMax=%v: Extreme = %v, %v (float32 %v, %v); want %v, %v",
							n, at, special, isMax, m, nan, m32, nan32, want, hasNaN)
					}
				}
			}
		}
	}
}

func to32(a []float64) []float32 {
	r := make([]float32, len(a))
	for i, x := range a {
		r[i] = float32(x)
	}
	return r
}

// refPairwise is the pairwise summation that Sum and SumSq must reproduce
// bit for bit (ndarray's pairwiseSum): blocks of at most 128 in eight
// partial sums, longer runs split in halves at a multiple of 8.
func refPairwise[T float32 | float64](a []T, term func(T) T) T {
	n := len(a)
	if n <= 128 {
		var r [8]T
		i := 0
		for ; i+8 <= n; i += 8 {
			for j := range r {
				r[j] += term(a[i+j])
			}
		}
		s := (r[0] + r[1]) + (r[2] + r[3]) + ((r[4] + r[5]) + (r[6] + r[7]))
		for ; i < n; i++ {
			s += term(a[i])
		}
		return s
	}
	n2 := n / 2
	n2 -= n2 % 8
	return refPairwise(a[:n2], term) + refPairwise(a[n2:], term)
}

// TestSum checks Sum and SumSq against refPairwise for lengths on both
// sides of the block and split sizes, for both element types.
func TestSum(t *testing.T) {
	for _, n := range []int{MinLenCheap - 1, MinLenCheap, 257, 263, 1000, 1031, 4099} {
		a := make([]float64, n)
		for i := range a {
			a[i] = math.Sin(float64(i)*0.7)*1e3 + 1/float64(i+1)
		}
		a32 := to32(a)
		const m = 0.37
		id64 := func(x float64) float64 { return x }
		id32 := func(x float32) float32 { return x }
		sq64 := func(x float64) float64 { d := x - m; return float64(d * d) }
		sq32 := func(x float32) float32 { d := x - float32(m); return float32(d * d) }
		s, ok := Sum(a)
		s32, _ := Sum(a32)
		q, _ := SumSq(a, m)
		q32, _ := SumSq(a32, float32(m))
		if ok != (n >= MinLenCheap && Kernels()) {
			t.Fatalf("n=%d: Sum reported %v on backend %s", n, ok, Backend)
		}
		if !ok {
			continue
		}
		if want := refPairwise(a, id64); s != want {
			t.Errorf("n=%d: Sum = %v, want %v", n, s, want)
		}
		if want := refPairwise(a32, id32); s32 != want {
			t.Errorf("n=%d: float32 Sum = %v, want %v", n, s32, want)
		}
		if want := refPairwise(a, sq64); q != want {
			t.Errorf("n=%d: SumSq = %v, want %v", n, q, want)
		}
		if want := refPairwise(a32, sq32); q32 != want {
			t.Errorf("n=%d: float32 SumSq = %v, want %v", n, q32, want)
		}
	}
}

// TestBinaryMinMax checks Binary's Maximum, Minimum, FMax and FMin against
// NumPy's rules bit for bit: a NaN wins in maximum and minimum and loses in
// fmax and fmin unless both are NaN, and of 0.0 and -0.0 the second operand
// wins; with every step (forward, broadcast, backward) and run lengths
// around the vector widths.
func TestBinaryMinMax(t *testing.T) {
	refs := map[Op]func(x, y float64) float64{
		Maximum: func(x, y float64) float64 { return pick(x > y || x != x, x, y) },
		Minimum: func(x, y float64) float64 { return pick(x < y || x != x, x, y) },
		FMax:    func(x, y float64) float64 { return pick(x > y || y != y, x, y) },
		FMin:    func(x, y float64) float64 { return pick(x < y || y != y, x, y) },
	}
	syms := []float64{0, math.Copysign(0, -1), 1, -1, math.NaN(), 0, math.Copysign(0, -1)}
	for _, n := range []int{MinLenCheap - 1, MinLenCheap, MinLenCheap + 3, 1001} {
		a, b := make([]float64, n), make([]float64, n)
		for i := range a {
			a[i], b[i] = syms[i*7919%7], syms[(i*104729+1)%6]
		}
		a32, b32 := to32(a), to32(b)
		for op, ref := range refs {
			for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {-1, 1}, {1, -1}} {
				dst, dst32 := make([]float64, n), make([]float32, n)
				ok := Binary(op, dst, a, st[0], b, st[1])
				Binary(op, dst32, a32, st[0], b32, st[1])
				if ok != (n >= MinLenCheap && Kernels()) {
					t.Fatalf("op %d n=%d steps %v: Binary reported %v on backend %s", op, n, st, ok, Backend)
				}
				if !ok {
					continue
				}
				at := func(x []float64, s, i int) float64 { return x[max(s, 0)*i+min(s, 0)*(i-n+1)] }
				for i := range dst {
					x, y := at(a, st[0], i), at(b, st[1], i)
					want := ref(x, y)
					if !sameBits(dst[i], want, dst32[i], float32(want)) {
						t.Fatalf("op %d n=%d steps %v [%d] (%v, %v): got %v, %v; want %v", op, n, st, i, x, y, dst[i], dst32[i], want)
					}
				}
			}
		}
	}
}

func pick(c bool, x, y float64) float64 {
	if c {
		return x
	}
	return y
}

// refStep is Rows's operation in Go: of tied zeros the later one wins.
func refStep[T float32 | float64](op RowOp, acc, x T) T {
	switch {
	case op == RowAdd:
		return acc + x
	case x != x, op == RowMax && x >= acc, op == RowMin && x <= acc:
		return x
	}
	return acc
}

// refRows folds the rows of a into a copy of d with refStep.
func refRows[T float32 | float64](op RowOp, d, a []T, rows, lda int) []T {
	want := append([]T(nil), d...)
	for r := range rows {
		for j := range want {
			want[j] = refStep(op, want[j], a[r*lda+j])
		}
	}
	return want
}

func sameFloat[T float32 | float64](x, y T) bool { return x == y || x != x && y != y }

// sameBits reports whether x and y are the same float64 and float32 values
// bit for bit (the sign of a zero, the NaN).
func sameBits(x, y float64, x32, y32 float32) bool {
	return math.Float64bits(x) == math.Float64bits(y) && math.Float32bits(x32) == math.Float32bits(y32)
}

// TestRows checks Rows against the row-by-row Go fold for every op, with
// NaNs in the result and in the rows, zeros of alternating signs down
// column 0 (the last row's zero wins the max and the min), for numbers of
// rows around the block of four and widths around the vector widths.
func TestRows(t *testing.T) {
	for _, op := range []RowOp{RowAdd, RowMax, RowMin} {
		for _, rows := range []int{1, 3, 4, 5, 9} {
			for _, n := range []int{1, 7, 8, 9, 64, 263} {
				lda := n + 3
				a := make([]float64, rows*lda)
				for i := range a {
					a[i] = math.Sin(float64(i)) * 10
				}
				a[(rows/2)*lda+n/2] = math.NaN()
				d := make([]float64, n)
				for j := range d {
					d[j] = math.Cos(float64(j))
				}
				d[n-1] = math.NaN()
				if n > 1 {
					for r := range rows {
						a[r*lda] = math.Copysign(0, float64(1-r%2*2))
					}
					d[0] = math.Copysign(0, -1)
				}
				d32, a32 := to32(d), to32(a)
				want, want32 := refRows(op, d, a, rows, lda), refRows(op, d32, a32, rows, lda)
				ok := Rows(op, d, a, rows, lda)
				Rows(op, d32, a32, rows, lda)
				if ok != (n*rows >= MinLenCheap && Kernels()) {
					t.Fatalf("op %d rows=%d n=%d: Rows reported %v on backend %s", op, rows, n, ok, Backend)
				}
				if !ok {
					continue
				}
				for j := range want {
					same := sameFloat(d[j], want[j]) && sameFloat(d32[j], want32[j])
					if op != RowAdd {
						same = sameBits(d[j], want[j], d32[j], want32[j])
					}
					if !same {
						t.Fatalf("op %d rows=%d n=%d [%d]: got %v (float32 %v), want %v (%v)",
							op, rows, n, j, d[j], d32[j], want[j], want32[j])
					}
				}
			}
		}
	}
}

// TestArg checks Arg against a scan with strict comparisons: the first
// extreme, or the first NaN, with ties and NaNs at every position class.
func TestArg(t *testing.T) {
	for _, n := range []int{MinLenCheap, MinLenCheap + 33, 1001} {
		for _, at := range []int{-1, 0, 5, 17, n / 2, n - 1} {
			for _, special := range []float64{math.NaN(), 5, -5} {
				a := make([]float64, n)
				for i := range a {
					a[i] = math.Sin(float64(i))
				}
				if at >= 0 {
					a[at] = special
					a[(at+n/3)%n] = special // a tie or a second NaN
				}
				for _, isMax := range []bool{true, false} {
					want := 0
					for i, x := range a {
						if x != x {
							want = i
							break
						}
						if isMax && x > a[want] || !isMax && x < a[want] {
							want = i
						}
					}
					i, ok := Arg(isMax, a)
					i32, _ := Arg(isMax, to32(a))
					if ok != Kernels() {
						t.Fatalf("n=%d: Arg reported %v on backend %s", n, ok, Backend)
					}
					if ok && (i != want || i32 != want) {
						t.Fatalf("n=%d a[%d]=%v isMax=%v: Arg = %d (float32 %d), want %d", n, at, special, isMax, i, i32, want)
					}
				}
			}
		}
	}
}
