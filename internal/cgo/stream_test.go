//go:build cgo && !purego

package cgo

import (
	"math"
	"slices"
	"testing"
)

// TestStreamSameResults runs the element-wise kernels with and without
// streaming stores, on every instruction set the CPU has and with either
// pow, and wants the same bits: the stores differ, the arithmetic does not,
// except that the elements before the first aligned one take the scalar
// path, as the tail does, where pow's scalar function may differ from its
// vector one by a step (both are within 1 ULP). The destination starts at
// every element offset within a 64-byte line (a comparison's bools at
// every fourth byte of 32) and is followed and preceded by sentinels that
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
			for off := range 8 {
				run := func(name string, near bool, f func(d64 []float64, d32 []float32, stream bool)) {
					var got [2][]float64
					var got32 [2][]float32
					for k, stream := range []bool{false, true} {
						buf := make([]float64, n+2*guard+8)
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
						if near && withinStep(x, y, math.Nextafter) && withinStep(x32, y32, math.Nextafter32) {
							continue
						}
						if !same(x, y) || !same(float64(x32), float64(y32)) {
							t.Fatalf("isa %d %s n=%d offset %d [%d]: %v, %v stored, %v, %v streamed", set, name, n, off, i,
								x, x32, y, y32)
						}
					}
				}
				a32, b32 := make([]float32, n), make([]float32, n)
				for i := range a {
					a32[i], b32[i] = float32(a[i]), float32(b[i])
				}
				const pow = 4
				for op := range 9 {
					for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {-1, 1}, {1, -1}} {
						for _, useMvec := range []bool{false, true} {
							mvec = useMvec && set == 2 && mvecLoaded
							run("binary", op == pow, func(d64 []float64, d32 []float32, stream bool) {
								VecBinary64(op, d64, a, st[0], b, st[1], stream)
								VecBinary32(op, d32, a32, st[0], b32, st[1], stream)
							})
						}
					}
				}
				for pred := range 6 {
					for _, st := range [][2]int{{1, 1}, {1, 0}, {0, 1}, {-1, 1}, {1, -1}} {
						for _, single := range []bool{false, true} {
							var got [2][]bool
							for k, stream := range []bool{false, true} {
								buf := make([]bool, n+2*guard+32)
								for i := range buf {
									buf[i] = i%3 == 0
								}
								want := slices.Clone(buf)
								lo := guard + 4*off // every offset within 32 bytes
								d := buf[lo : lo+n]
								if single {
									VecCompare32(pred, d, a32, st[0], b32, st[1], stream)
								} else {
									VecCompare64(pred, d, a, st[0], b, st[1], stream)
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
					run("apply", false, func(d64 []float64, d32 []float32, stream bool) {
						VecMath64(fn, d64, a, stream)
						VecMath32(fn, d32, a32, stream)
					})
				}
			}
		}
	}
}
