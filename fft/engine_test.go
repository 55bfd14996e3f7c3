package fft

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// naiveDFT is the O(n²) definition, in float64 with exact index reduction.
func naiveDFT(x []complex128, fwd bool) []complex128 {
	n := len(x)
	out := make([]complex128, n)
	s := 1.0
	if fwd {
		s = -1
	}
	for j := range n {
		var acc complex128
		for k := range n {
			acc += x[k] * cmplx.Rect(1, s*2*math.Pi*float64(j*k%n)/float64(n))
		}
		out[j] = acc
	}
	return out
}

func TestPlanMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 20, 25, 27, 30, 32, 37, 49, 60, 64, 97, 100, 120, 128, 210, 243, 256, 1000, 1024, 1031} {
		for _, fwd := range []bool{true, false} {
			x := make([]complex128, n)
			for i := range x {
				x[i] = complex(rng.NormFloat64(), rng.NormFloat64())
			}
			want := naiveDFT(x, fwd)
			got := append([]complex128{}, x...)
			p := getPlan[float64](n, fwd)
			p.exec(cast[cpx[float64]](got), make([]cpx[float64], p.workLen()))
			var maxErr, maxAbs float64
			for i := range got {
				maxErr = max(maxErr, cmplx.Abs(got[i]-want[i]))
				maxAbs = max(maxAbs, cmplx.Abs(want[i]))
			}
			if maxErr > 1e-13*maxAbs*math.Max(1, math.Log2(float64(n))) {
				t.Errorf("n=%d fwd=%v: max error %g (max |X| %g)", n, fwd, maxErr, maxAbs)
			}
		}
	}
}

// TestExecTo checks the out-of-place execution against the in-place one
// for even and odd numbers of passes, for Bluestein, for halves (151200,
// 3·2^17, 2^19) and for four steps.
func TestExecTo(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 3))
	for _, n := range []int{1, 2, 4, 8, 12, 16, 60, 64, 97, 210, 151200, 3 << 17, 1 << 19, 1 << 20, 860160} {
		x := make([]complex128, n)
		for i := range x {
			x[i] = complex(rng.NormFloat64(), rng.NormFloat64())
		}
		p := getPlan[float64](n, true)
		work := make([]cpx[float64], p.workLen())
		want := append([]complex128{}, x...)
		p.exec(cast[cpx[float64]](want), work)
		got := make([]complex128, n)
		p.execTo(cast[cpx[float64]](got), cast[cpx[float64]](x), work)
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("n=%d: execTo[%d] = %v, exec %v", n, i, got[i], want[i])
				break
			}
		}
	}
}

// TestAsmMatchesGo runs transforms with each set of assembly kernels the
// CPU has (AVX-512, AVX) and with the Go butterflies and requires the same
// bits: the kernels do the same operations in the same order. The lengths
// take every kernel: radix-2 passes with ido a multiple of 4 and ido = 2
// (mod 4), radix-4 passes with both, and ido = 1 passes with l1 a multiple
// of 4 and not, and radix-3, 5 and 7 passes with ido a multiple of 4 and
// not (odd lengths, and 6, 10, 14).
func TestAsmMatchesGo(t *testing.T) {
	best := asmLevel
	if best == 0 {
		t.Skip("no assembly kernels in this build or on this CPU")
	}
	defer func() { asmLevel = best }()
	rng := rand.New(rand.NewPCG(1, 4))
	for _, n := range []int{4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 1 << 15, 48, 96, 240, 4000,
		12, 20, 28, 2160, 8100, 15120, 3 * 5 * 7 * 4, 7 * 7 * 8, 6, 10, 14, 27 * 25 * 49} {
		for _, fwd := range []bool{true, false} {
			x := make([]complex128, n)
			for i := range x {
				x[i] = complex(rng.NormFloat64(), rng.NormFloat64())
			}
			p := newPlan[float64](n, fwd)
			work := make([]cpx[float64], p.workLen())
			asmLevel = 0
			want := make([]complex128, n)
			p.execTo(cast[cpx[float64]](want), cast[cpx[float64]](x), work)
			for level := best; level > 0; level-- {
				asmLevel = level
				got := make([]complex128, n)
				p.execTo(cast[cpx[float64]](got), cast[cpx[float64]](x), work)
				for i := range got {
					if got[i] != want[i] {
						t.Errorf("n=%d fwd=%v kernels %d: [%d] = %v, Go %v", n, fwd, level, i, got[i], want[i])
						break
					}
				}
			}
		}
	}
}
