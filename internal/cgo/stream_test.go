//go:build cgo && !purego

package cgo

import (
	"math"
	"slices"
	"testing"
	"unsafe"
)

// TestStreamSameResults runs the element-wise kernels with and without
// streaming stores, on every instruction set the CPU has and with either
// pow, and wants the same bits: the stores differ, the arithmetic does not
// (every element goes through the vector function, the ones before the
// first aligned one and after the last whole vector in a padded vector).
// The inputs hold NaNs, infinities and signed zeros. The destination starts
// at every element offset within a 64-byte line (a comparison's bools at
// every fourth byte of 64) and is followed and preceded by sentinels that
// must stay untouched.
func TestStreamSameResults(t *testing.T) {
	if !vecOps {
		t.Skip("no AVX kernels on this CPU")
	}
	defer func(oldISA int, oldMvec bool) { isa, mvec = oldISA, oldMvec }(isa, mvec)
	isas := []int{1}
	if isa == 2 {
		isas = append(isas, 2)
	}
	const guard = 16
	same := func(x, y float64) bool { return x == y || x != x && y != y }
	for _, set := range isas {
		isa = set
		for _, n := range []int{1, 7, 31, 64, 301, 1029} {
			a, b := make([]float64, n), make([]float64, n)
			for i := range a {
				a[i] = 0.25 + float64(i%97)/16
				b[i] = 1.5 - float64(i%13)/8
			}
			for i, v := range []float64{math.NaN(), 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1)} {
				if 3*i+1 < n {
					a[3*i+1], b[n-1-3*i] = v, v
				}
				if 3*i+2 < n {
					b[3*i+2] = v
				}
			}
			for off := range 16 {
				run := func(name string, f func(d64 []float64, d32 []float32, stream bool)) {
					var got [2][]float64
					var got32 [2][]float32
					for k, stream := range []bool{false, true} {
						buf := make([]float64, n+2*guard+16)
						buf32 := make([]float32, n+2*guard+16)
						for i := range buf {
							buf[i] = math.NaN()
						}
						for i := range buf32 {
							buf32[i] = float32(math.NaN())
						}
						f(buf[guard+off:guard+off+n], buf32[guard+off:guard+off+n], stream)
						for i, v := range buf {
							if (i < guard+off || i >= guard+off+n) && !math.IsNaN(v) {
								t.Fatalf("isa %d %s n=%d offset %d stream %v: wrote outside the run at %d", set, name, n, off, stream, i-guard-off)
							}
						}
						got[k], got32[k] = buf[guard+off:guard+off+n], buf32[guard+off:guard+off+n]
					}
					for i := range n {
						x, y, x32, y32 := got[0][i], got[1][i], got32[0][i], got32[1][i]
						if !same(x, y) || !same(float64(x32), float64(y32)) || math.Signbit(x) != math.Signbit(y) {
							t.Fatalf("isa %d %s n=%d offset %d [%d]: %v, %v stored, %v, %v streamed", set, name, n, off, i,
								x, x32, y, y32)
						}
					}
				}
				a32, b32 := make([]float32, n), make([]float32, n)
				for i := range a {
					a32[i], b32[i] = float32(a[i]), float32(b[i])
				}
				for op := range 9 {
					for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {-1, 1}, {1, -1}} {
						for _, useMvec := range []bool{false, true} {
							mvec = useMvec && set == 2 && mvecLoaded
							run("binary", func(d64 []float64, d32 []float32, stream bool) {
								VecBinaryRows(op, 1, n, Walk(d64, 1), Walk(a, st[0]), Walk(b, st[1]), stream)
								VecBinaryRows(op, 1, n, Walk(d32, 1), Walk(a32, st[0]), Walk(b32, st[1]), stream)
							})
						}
					}
				}
				for pred := range 6 {
					for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {-1, 1}, {1, -1}} {
						for _, single := range []bool{false, true} {
							var got [2][]bool
							for k, stream := range []bool{false, true} {
								buf := make([]bool, n+2*guard+64)
								for i := range buf {
									buf[i] = i%3 == 0
								}
								want := slices.Clone(buf)
								lo := guard + 4*off // every fourth byte within 64
								d := buf[lo : lo+n]
								if single {
									VecCompareRows(pred, 1, n, Walk(d, 1), Walk(a32, st[0]), Walk(b32, st[1]), stream)
								} else {
									VecCompareRows(pred, 1, n, Walk(d, 1), Walk(a, st[0]), Walk(b, st[1]), stream)
								}
								for i := range buf {
									if (i < lo || i >= lo+n) && buf[i] != want[i] {
										t.Fatalf("isa %d compare %d n=%d offset %d stream %v: wrote outside the run at %d", set, pred, n, lo-guard, stream, i-lo)
									}
								}
								got[k] = d
							}
							if !slices.Equal(got[0], got[1]) {
								t.Fatalf("isa %d compare %d steps %v float32 %v n=%d offset %d: %v stored, %v streamed", set, pred, st, single, n, 4*off, got[0], got[1])
							}
						}
					}
				}
				for fn := range vecFuncs {
					run("apply", func(d64 []float64, d32 []float32, stream bool) {
						VecMath64(fn, d64, a, stream)
						VecMath32(fn, d32, a32, stream)
					})
				}
			}
		}
	}
}

// TestStreamMisaligned gives the streaming kernels a destination whose
// address is not a multiple of its element size: they must write it with
// ordinary stores (a streaming store there would fault).
func TestStreamMisaligned(t *testing.T) {
	if !vecOps {
		t.Skip("no AVX kernels on this CPU")
	}
	const n = 100
	raw := make([]byte, 8*n+8)
	d := unsafe.Slice((*float64)(unsafe.Pointer(&raw[4])), n)
	src, want := make([]float64, n), make([]float64, n)
	for i := range src {
		src[i] = float64(i) / 7
	}
	VecMath64(0, want, src, false)
	VecMath64(0, d, src, true)
	if !slices.Equal(d, want) {
		t.Errorf("exp into a misaligned destination: %v, want %v", d, want)
	}
	VecBinaryRows(0, 1, n, Walk(want, 1), Walk(src, 1), Walk(src, 1), false)
	VecBinaryRows(0, 1, n, Walk(d, 1), Walk(src, 1), Walk(src, 1), true)
	if !slices.Equal(d, want) {
		t.Errorf("add into a misaligned destination: %v, want %v", d, want)
	}
}

// TestRows runs the element-wise kernels and the functions of one operand
// over stacks of runs (rows) and
// wants, for each run, the bits that a call over that run alone gives
// (TestStreamSameResults holds those to the plain stores), with and without
// streaming stores: rows that follow each other, that run backward (a
// negative distance), a broadcast row (distance 0) and reversed runs, with
// row lengths below, at and past a vector; the destination's gaps between
// rows stay untouched.
func TestRows(t *testing.T) {
	if !vecOps {
		t.Skip("no AVX kernels on this CPU")
	}
	const rows = 5
	for _, n := range []int{3, 4, 8, 17, 300} {
		src := make([]float64, rows*(n+3))
		for i := range src {
			src[i] = 0.5 + float64(i%89)/8
		}
		src[n/2] = math.NaN()
		src32 := make([]float32, len(src))
		for i, v := range src {
			src32[i] = float32(v)
		}
		// a walks rows forward with gaps of 3, b backward from its last
		// row, or one row again and again; steps -1, 0 and 1.
		a := Strided[float64]{X: src, LD: n + 3, Step: 1}
		for _, b := range []Strided[float64]{
			{X: src, Off: (rows-1)*(n+3) + n - 1, LD: -(n + 3), Step: -1},
			{X: src, Off: 2, LD: 0, Step: 1},
			{X: src, Off: (rows - 1) * (n + 3), LD: -(n + 3), Step: 1},
			{X: src, Off: 7, LD: 1, Step: 0},
		} {
			b32 := Strided[float32]{X: src32, Off: b.Off, LD: b.LD, Step: b.Step}
			a32 := Strided[float32]{X: src32, LD: a.LD, Step: a.Step}
			for _, stream := range []bool{false, true} {
				for op := range 9 {
					rowsMatch(t, "binary", n, stream, func(rows, r int, d Strided[float64], stream bool) {
						VecBinaryRows(op, rows, n, d, a.row(r), b.row(r), stream)
					})
					rowsMatch(t, "binary float32", n, stream, func(rows, r int, d Strided[float32], stream bool) {
						VecBinaryRows(op, rows, n, d, a32.row(r), b32.row(r), stream)
					})
				}
				if b.Step == 1 { // functions of one operand: sources stepping by 1
					for fn := range vecFuncs {
						rowsMatch(t, "apply", n, stream, func(rows, r int, d Strided[float64], stream bool) {
							VecMathRows(fn, rows, n, d, b.row(r), stream)
						})
					}
				}
				for pred := range 6 {
					rowsMatch(t, "compare", n, stream, func(rows, r int, d Strided[bool], stream bool) {
						VecCompareRows(pred, rows, n, d, a.row(r), b.row(r), stream)
					})
				}
			}
		}
	}
}

// Walk returns the Strided of one run with step s (-1, 0 or 1) over a:
// from a[0], or for s = -1 from a's last element, a holding the run's
// elements in memory order (vmath.Walk).
func Walk[T any](a []T, s int) Strided[T] {
	if s < 0 {
		return Strided[T]{X: a, Off: len(a) - 1, Step: s}
	}
	return Strided[T]{X: a, Step: s}
}

// VecMath64 applies function fn to src into dst, one run (VecMathRows).
func VecMath64(fn int, dst, src []float64, stream bool) bool {
	return VecMathRows(fn, 1, len(dst), Walk(dst, 1), Walk(src, 1), stream)
}

// VecMath32 is VecMath64 for float32.
func VecMath32(fn int, dst, src []float32, stream bool) bool {
	return VecMathRows(fn, 1, len(dst), Walk(dst, 1), Walk(src, 1), stream)
}

// row returns run r of s as a stack of one.
func (s Strided[T]) row(r int) Strided[T] {
	s.Off += r * s.LD
	return s
}

// rowsMatch calls run(5, 0, d, stream) to write 5 rows of n elements, 2
// apart, into d, and run(1, r, want, false) for each row r alone (the
// operands moved to row r), and compares them.
func rowsMatch[T comparable](t *testing.T, name string, n int, stream bool, run func(rows, r int, d Strided[T], stream bool)) {
	t.Helper()
	const rows, gap = 5, 2
	buf := make([]T, rows*(n+gap)+64)
	var sentinel T
	off := 8 - int(uintptr(unsafe.Pointer(&buf[0]))/unsafe.Sizeof(sentinel)%8) // a vector-aligned start
	run(rows, 0, Strided[T]{X: buf, Off: off, LD: n + gap, Step: 1}, stream)
	for r := range rows {
		want := make([]T, n)
		run(1, r, Strided[T]{X: want, Step: 1}, false)
		got := buf[off+r*(n+gap) : off+r*(n+gap)+n]
		for i := range n {
			if got[i] != want[i] && (got[i] == got[i] || want[i] == want[i]) {
				t.Fatalf("%s n=%d stream %v row %d [%d]: %v in a stack, %v alone", name, n, stream, r, i, got[i], want[i])
			}
		}
		for _, v := range buf[off+r*(n+gap)+n : off+(r+1)*(n+gap)] {
			if v != sentinel {
				t.Fatalf("%s n=%d stream %v: row %d wrote into the gap after it", name, n, stream, r)
			}
		}
	}
}

// TestRowsBounds wants a stack that reaches outside its slices, even by
// one element, or steps otherwise than a kernel walks, refused with a
// panic before any C code runs (on any CPU), and one that fits exactly
// run, for VecBinaryRows and VecMathRows.
func TestRowsBounds(t *testing.T) {
	x := make([]float64, 100)
	d := Strided[float64]{X: x, LD: 10, Step: 1}
	for _, c := range []struct {
		name string
		a, b Strided[float64]
		ok   bool
	}{
		{"exact fit", Strided[float64]{X: x, LD: 10, Step: 1}, Strided[float64]{X: x, Off: 99, LD: -10, Step: -1}, true},
		{"a one past the end", Strided[float64]{X: x, Off: 1, LD: 10, Step: 1}, Walk(x, 0), false},
		{"b one before the start", Walk(x, 0), Strided[float64]{X: x, Off: 98, LD: -10, Step: -1}, false},
		{"a stepping by 2", Strided[float64]{X: x, Step: 2}, Walk(x, 0), false},
	} {
		for _, d := range []Strided[float64]{d, {X: x, Step: 2}} {
			ok := c.ok && d.Step == 1
			func() {
				defer func() {
					if r := recover(); (r == nil) != ok {
						t.Errorf("%s, d step %d: panic %v", c.name, d.Step, r)
					}
				}()
				VecBinaryRows(0, 10, 10, d, c.a, c.b, false)
			}()
			// A function of one operand reads a alone, which must step by 1.
			ok = d.Step == 1 && c.name == "exact fit"
			func() {
				defer func() {
					if r := recover(); (r == nil) != ok {
						t.Errorf("%s, d step %d, function: panic %v", c.name, d.Step, r)
					}
				}()
				VecMathRows(0, 10, 10, d, c.a, false)
			}()
		}
	}
}
