package fft

import (
	"runtime"

	"github.com/numgo/numgo/internal/par"
)

// Mid-length transforms run as two halves on two processors. The passes
// of a single plan each stream the whole sequence, one after the other, on
// one goroutine. One radix-2 step of decimation in frequency splits the
// transform of n = 2m points into two independent ones of m points,
//
//	y0[i] = x[i] + x[i+m],  y1[i] = (x[i] - x[i+m])·ω_n^i,  X[2k] = Y0[k],  X[2k+1] = Y1[k],
//
// which run at once; the step and the final interleave, two more passes
// over the data, are split across goroutines too. Whether that pays
// depends on the passes: the Go butterflies of radix 3, 5, 7, ... are
// bound by computation, and halves of 151200 and 302400 points took 1.1
// and 2.3-2.5 ms against 1.6 and 3.4-3.5 ms for the single plan (2-core
// AMD EPYC); the assembly radix-2 and radix-4 passes are bound by memory,
// and halves took longer up to 2^18 points (0.86-1.36 against 0.80-0.86
// ms) and less from 2^19, where the single plan's sequence and work buffer
// crowd the caches (1.97-2.35 against 2.38-2.67 ms). So lengths from
// splitMin split if they are not powers of two, powers of two from
// 2^19 (the next, 2^20, runs by four steps). The choice depends on the
// length alone, so results do not depend on GOMAXPROCS or on the CPU.

// splitMin is the shortest length that a double precision plan splits.
const splitMin = 1 << 17

// splitPow2Min is the shortest power of two that a plan splits.
const splitPow2Min = 1 << 19

// A split is the plan of a transform of n = 2m points as two of m points.
type split[F float] struct {
	m    int
	half *plan[F] // length m, a single plan
	tw   []cpx[F] // ω_n^i for i < m
}

// newSplit plans the transform of n points as two halves, or returns nil
// if n is odd, shorter than splitMin (splitPow2Min for a power of two),
// a four-step length, or single precision, which the engine leaves to
// the single plan as it does four steps.
func newSplit[F float](n int, fwd bool) *split[F] {
	pow2 := n&(n-1) == 0
	if n%2 == 1 || n < splitMin || (pow2 && n < splitPow2Min) || n >= fourStepMin || floatSize[F]() != 8 {
		return nil
	}
	s := &split[F]{m: n / 2, half: newStagePlan[F](n/2, fwd)}
	s.tw = make([]cpx[F], s.m)
	for i := range s.tw {
		s.tw[i] = root[F](i, n, fwd)
	}
	return s
}

// exec writes the transform of in into out, which may be in itself, using
// work (2n points): halves, then the halves interleaved into out.
func (s *split[F]) exec(out, in, work []cpx[F]) {
	z0, z1 := s.halves(in, work, out)
	g := runtime.GOMAXPROCS(0)
	par.For(s.m, g, g, func(lo, hi int) {
		h0, h1, o := z0[lo:hi], z1[lo:hi], out[2*lo:2*hi]
		for k, v := range h0 {
			o[2*k], o[2*k+1] = v, h1[k]
		}
	})
}

// halves returns the transforms of the halves, Z's even-numbered points z0
// and its odd-numbered points z1, in work[n:2n]; the halves y0, y1 go to
// work[:n], and scratch (n points, which may be in itself) is the half
// transforms' work buffer. Each step is split across goroutines.
func (s *split[F]) halves(in, work, scratch []cpx[F]) (z0, z1 []cpx[F]) {
	m, n := s.m, 2*s.m
	y, z := work[:n], work[n:2*n]
	g := runtime.GOMAXPROCS(0)
	par.For(m, g, g, func(lo, hi int) {
		a, b, tw := in[lo:hi], in[m+lo:m+hi], s.tw[lo:hi]
		y0, y1 := y[lo:hi], y[m+lo:m+hi]
		for i, w := range tw {
			u, v := a[i], b[i]
			y0[i] = u.add(v)
			y1[i] = u.sub(v).mul(w)
		}
	})
	par.For(2, g, 2, func(lo, hi int) {
		for j := lo; j < hi; j++ {
			s.half.execTo(z[j*m:(j+1)*m], y[j*m:(j+1)*m], scratch[j*m:(j+1)*m])
		}
	})
	return z[:m], z[m:]
}
