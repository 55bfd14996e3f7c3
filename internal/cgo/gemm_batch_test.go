//go:build cgo && !purego

package cgo

import (
	"fmt"
	"math/cmplx"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// gemmISAs returns the kernels this CPU runs (see gemmISA), base first.
func gemmISAs() []int {
	var isas []int
	for i := 0; i <= gemmISA; i++ {
		isas = append(isas, i)
	}
	return isas
}

// gemmLayout is how a test lays out a batch's operands: a's rows and
// columns apart by ars and acs, b's by brs and bcs, the rows of c by crs,
// the products by sa, sb and sc.
type gemmLayout struct {
	name                                string
	ars, acs, brs, bcs, crs, sa, sb, sc int
}

func gemmLayouts(m, n, k int) []gemmLayout {
	return []gemmLayout{
		{"contiguous", k, 1, n, 1, n, m * k, k * n, m * n},
		// a transposed (as einsum's "ijk,jl->ikl" reads x[i]ᵀ), rows of b and
		// c padded, b shared by every product.
		{"transposed", 1, m, n + 3, 1, n + 1, m * k, 0, m * (n + 1)},
		// a strided both ways, as a view a[:, ::2, ::3] reads it.
		{"strided", 3 * k * 2, 3, n, 1, n + 5, 2 * m * 3 * k, k * n, m * (n + 5)},
		// b transposed (x @ y.swapaxes(1, 2)), which the kernels copy.
		{"bT", k, 1, 1, k, n, m * k, k * n, m * n},
		// b transposed and shared, which the kernels copy once.
		{"bTShared", k, 1, 1, k, n, m * k, 0, m * n},
		// b strided both ways, as y[:, ::2, ::3] reads it.
		{"bStrided", k, 1, 3 * n * 2, 3, n + 2, m * k, 2 * k * 3 * n, m * (n + 2)},
	}
}

// TestGemmBatchKernels runs every kernel the CPU supports on every size
// from 1 to 19 (each tail of the tiles) and 64, in each layout (those
// whose b is copied first at packSizes), and compares each product with the sum computed in float64 in Go. The
// padding of c between rows and products holds NaN, which must stay: a
// kernel that writes past its columns shows.
func TestGemmBatchKernels(t *testing.T) {
	defer func(old int) { gemmISA = old }(gemmISA)
	sizes := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 64}
	if testing.Short() {
		sizes = []int{1, 3, 7, 8, 9, 15, 16, 17, 64}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, isa := range gemmISAs() {
		gemmISA = isa
		for _, m := range sizes {
			for _, n := range sizes {
				for _, k := range sizes {
					for _, l := range gemmLayouts(m, n, k) {
						if l.bcs != 1 && !(packSizes[m] && packSizes[n] && packSizes[k]) {
							continue // the copy feeds the kernels a row-major b: its sizes suffice
						}
						name := fmt.Sprintf("isa=%d/%s/m=%d/n=%d/k=%d", isa, l.name, m, n, k)
						checkGemmBatch[float64](t, r, name, m, n, k, l, 1e-15)
						checkGemmBatch[float32](t, r, name, m, n, k, l, 1e-6)
						if isa != 1 { // complex has no AVX2 kernel: isa 1 runs the base one
							checkGemmBatch[complex128](t, r, name, m, n, k, l, 1e-15)
							checkGemmBatch[complex64](t, r, name, m, n, k, l, 1e-6)
						}
					}
				}
			}
		}
	}
}

// packSizes are the sizes at which TestGemmBatchKernels runs the layouts
// whose b the C code copies first (bcs != 1).
var packSizes = map[int]bool{1: true, 2: true, 7: true, 8: true, 9: true, 16: true, 17: true, 64: true}

// scalar is GemmBatch's element types.
type scalar interface {
	float32 | float64 | complex64 | complex128
}

// wide returns x as a complex128.
func wide[F scalar](x F) complex128 {
	switch v := any(x).(type) {
	case float32:
		return complex(float64(v), 0)
	case float64:
		return complex(v, 0)
	case complex64:
		return complex128(v)
	}
	return any(x).(complex128)
}

// narrow returns z as an F, dropping its imaginary part for a real F.
func narrow[F scalar](z complex128) F {
	var f F
	switch any(f).(type) {
	case float32:
		return any(float32(real(z))).(F)
	case float64:
		return any(real(z)).(F)
	case complex64:
		return any(complex64(z)).(F)
	}
	return any(z).(F)
}

// checkGemmBatch runs a batch of 3 products through GemmBatch, with
// offsets and with steps, streaming and not (c starts on a cache line, so
// that the streaming stores run where rows fill whole lines), and reports
// any element of c off the complex128 sum by more than tol·k·Σ|a||b|.
func checkGemmBatch[F scalar](t *testing.T, r *rand.Rand, name string, m, n, k int, l gemmLayout, tol float64) {
	t.Helper()
	const count = 3
	lastA, lastB, lastC := (m-1)*l.ars+(k-1)*l.acs, (k-1)*l.brs+(n-1)*l.bcs, (m-1)*l.crs+n-1
	a := make([]F, (count-1)*l.sa+lastA+1)
	b := make([]F, (count-1)*l.sb+lastB+1)
	for i := range a {
		a[i] = narrow[F](complex(r.NormFloat64(), r.NormFloat64()))
	}
	for i := range b {
		b[i] = narrow[F](complex(r.NormFloat64(), r.NormFloat64()))
	}
	offs := make([]int, 3*count)
	for q := range count {
		offs[3*q], offs[3*q+1], offs[3*q+2] = q*l.sa, q*l.sb, q*l.sc
	}
	for try := range 4 {
		o, stream := offs, try >= 2
		if try%2 == 0 {
			o = nil
		}
		// A cache line of NaN follows c, which must stay.
		lenC := (count-1)*l.sc + lastC + 1
		buf := lineAligned[F](lenC + 64/int(unsafe.Sizeof(a[0])))
		for i := range buf {
			buf[i] = narrow[F](cmplx.NaN())
		}
		c := buf[:lenC]
		GemmBatch(count, m, n, k, a, l.ars, l.acs, l.sa, b, l.brs, l.bcs, l.sb, c, l.crs, l.sc, o, stream)
		written := make([]bool, len(c))
		for q := range count {
			for i := range m {
				for j := range n {
					var s complex128
					var abs float64
					for p := range k {
						x, y := wide(a[q*l.sa+i*l.ars+p*l.acs]), wide(b[q*l.sb+p*l.brs+j*l.bcs])
						s += x * y
						abs += cmplx.Abs(x) * cmplx.Abs(y)
					}
					e := q*l.sc + i*l.crs + j
					written[e] = true
					if got := wide(c[e]); !(cmplx.Abs(got-s) <= tol*float64(k)*abs) {
						t.Fatalf("%s/%T/offs=%v/stream=%v: c[%d][%d,%d] = %v, want %v", name, c[0], o != nil, stream, q, i, j, got, s)
					}
				}
			}
		}
		for e := range buf[lenC:] {
			if v := buf[lenC+e]; !cmplx.IsNaN(wide(v)) {
				t.Fatalf("%s/%T/offs=%v/stream=%v: %d past c written: %v", name, c[0], o != nil, stream, e, v)
			}
		}
		for e, w := range written {
			if !w && !cmplx.IsNaN(wide(c[e])) {
				t.Fatalf("%s/%T/offs=%v/stream=%v: padding c[%d] written: %v", name, c[0], o != nil, stream, e, c[e])
			}
		}
	}
}

// lineAligned returns a slice of n elements whose first one starts a
// 64-byte cache line.
func lineAligned[F scalar](n int) []F {
	size := int(unsafe.Sizeof(*new(F)))
	s := make([]F, n+64/size)
	skip := (64 - int(uintptr(unsafe.Pointer(unsafe.SliceData(s)))%64)) % 64 / size
	return s[skip : skip+n]
}

// BenchmarkGemmBatch times each kernel the CPU supports on stacks of
// n×n×n products (about 2²¹ multiply-adds a stack), and on products
// with a transposed a as einsum's "ijk,jl->ikl" makes them ("t").
func BenchmarkGemmBatch(b *testing.B) {
	benchGemmBatch[float64](b, "f64")
	benchGemmBatch[float32](b, "f32")
	benchGemmBatch[complex128](b, "c128")
	benchGemmBatch[complex64](b, "c64")
}

func benchGemmBatch[F scalar](b *testing.B, dtype string) {
	defer func(old int) { gemmISA = old }(gemmISA)
	for _, n := range []int{3, 4, 5, 8, 16, 32, 64, 96, 128} {
		for _, trans := range []bool{false, true} {
			count := max(1, (1<<21)/(n*n*n))
			ars, acs, sb := n, 1, n*n
			name := fmt.Sprintf("%s/%dx%dx%d", dtype, n, n, n)
			if trans {
				ars, acs, sb = 1, n, 0
				name += "t"
			}
			x, y, z := make([]F, count*n*n), make([]F, count*n*n), make([]F, count*n*n)
			for i := range x {
				x[i], y[i] = narrow[F](complex(float64(i%7), 1)), narrow[F](complex(float64(i%5), -1))
			}
			for _, isa := range gemmISAs() {
				b.Run(fmt.Sprintf("%s/isa=%d", name, isa), func(b *testing.B) {
					gemmISA = isa
					for b.Loop() {
						GemmBatch(count, n, n, n, x, ars, acs, n*n, y, n, 1, sb, z, n, n*n, nil, false)
					}
					flops := 2.0
					switch any(x).(type) {
					case []complex64, []complex128:
						flops = 8 // a complex multiply-add is 4 real ones
					}
					b.ReportMetric(flops*float64(count*n*n*n)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
				})
			}
		}
	}
}

func TestOpenBLASWideCore(t *testing.T) {
	for config, want := range map[string]bool{
		"OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64":    false,
		"OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH NO_AFFINITY Cooperlake MAX_THREADS=64": true,
		"OpenBLAS 0.3.26 DYNAMIC_ARCH NO_AFFINITY SkylakeX MAX_THREADS=128":             true,
		"OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64":                   false,
		"": false,
	} {
		if got := openBLASWideCore(config); got != want {
			t.Errorf("openBLASWideCore(%q) = %v, want %v", config, got, want)
		}
	}
	if GemmBatchWide() && gemmISA != 2 {
		t.Errorf("GemmBatchWide() with gemmISA %d", gemmISA)
	}
}
