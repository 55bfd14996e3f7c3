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
								buf := make([]bool, n+2*guard+64)
								for i := range buf {
									buf[i] = i%3 == 0
								}
								want := slices.Clone(buf)
								lo := guard + 4*off // every fourth byte within 64
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
	VecBinary64(0, want, src, 1, src, 1, false)
	VecBinary64(0, d, src, 1, src, 1, true)
	if !slices.Equal(d, want) {
		t.Errorf("add into a misaligned destination: %v, want %v", d, want)
	}
}
