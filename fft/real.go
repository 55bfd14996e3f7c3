package fft

import (
	"runtime"

	"github.com/numgo/numgo/internal/par"
)

// rplan transforms real sequences of length n: forward real to half
// spectrum (n/2+1 values), backward half spectrum to real. For even n the
// n reals are read as n/2 complex numbers z[k] = x[2k] + i·x[2k+1], one
// complex transform of half the length is done, and a post-pass separates
// the spectra of the even and odd samples (the packing of Numerical Recipes'
// realft and pocketfft's rfftp, done here on top of the complex engine):
//
//	X[k] = E[k] + ω^k·O[k],  E[k] = (Z[k] + conj Z[h-k])/2,  O[k] = (Z[k] - conj Z[h-k])/2i.
//
// Odd n, which has no such split, goes through a full complex transform.
type rplan[F float] struct {
	n, h int
	fwd  bool
	sub  *plan[F] // length h for even n, n for odd n
	tw   []cpx[F] // ω_n^k = exp(-2πik/n) for k < h (even n only)
}

func newRPlan[F float](n int, fwd bool) *rplan[F] {
	r := &rplan[F]{n: n, h: n / 2, fwd: fwd}
	if n%2 == 1 {
		r.sub = getPlan[F](n, fwd)
		return r
	}
	r.sub = getPlan[F](r.h, fwd)
	r.tw = make([]cpx[F], r.h)
	for k := range r.tw {
		r.tw[k] = root[F](k, n, true)
	}
	return r
}

// getRPlan returns the cached real plan of length n.
func getRPlan[F float](n int, fwd bool) *rplan[F] {
	kind := realBackward
	if fwd {
		kind = realForward
	}
	return cached(&plans, planKey{n, floatSize[F](), kind}, func() *rplan[F] { return newRPlan[F](n, fwd) })
}

// workLen is the length of the work buffer forward (if r.fwd) or backward
// needs.
func (r *rplan[F]) workLen() int {
	switch {
	case r.n%2 == 1:
		return r.n + r.sub.workLen()
	case r.fwd: // the half-length transform runs in out
		return r.sub.workLen()
	}
	return r.h + r.sub.workLen()
}

// forward writes the n/2+1 spectrum values of the real line in (zero-padded
// to n if shorter) into out, times scale, conjugated if conj.
func (r *rplan[F]) forward(out []cpx[F], in []F, work []cpx[F], scale F, conj bool) {
	out = out[:r.h+1]
	if r.n%2 == 1 {
		z, rest := work[:r.n], work[r.n:]
		for k, v := range in {
			z[k] = cpx[F]{v, 0}
		}
		clear(z[len(in):])
		r.sub.exec(z, rest)
		copy(out, z)
	} else {
		// The half-length transform runs in out[:h], then the spectrum
		// is separated in place, a pair k, h-k at a time. A split
		// half-length plan leaves its halves apart instead (the
		// even- and odd-numbered points of Z) and the separation reads
		// them there, saving the interleave.
		z0, z1, shift := out[:r.h], out[:r.h], uint(0)
		if sp := r.sub.split; sp != nil && len(in) == r.n {
			z0, z1 = sp.halves(cast[cpx[F]](in), work, out[:r.h])
			shift = 1
		} else if len(in) == r.n { // read the n reals as n/2 complex numbers in place
			r.sub.execTo(out[:r.h], cast[cpx[F]](in), work)
		} else {
			zf := cast[F](out[:r.h])
			copy(zf, in)
			clear(zf[len(in):])
			r.sub.exec(out[:r.h], work)
		}
		z := z0[0]
		out[0] = cpx[F]{z.re + z.im, 0}
		out[r.h] = cpx[F]{z.re - z.im, 0}
		if pairs := r.h / 2; pairs >= parallelWork && runtime.GOMAXPROCS(0) > 1 {
			r.separateParallel(out, z0, z1, shift, pairs)
		} else {
			r.separate(out, z0, z1, shift, 1, pairs+1)
		}
	}
	finish(out, scale, conj)
}

// separateParallel runs separate over the pairs k = 1 ... pairs on every
// processor.
func (r *rplan[F]) separateParallel(out, z0, z1 []cpx[F], shift uint, pairs int) {
	g := runtime.GOMAXPROCS(0)
	par.For(pairs, g, g, func(lo, hi int) { r.separate(out, z0, z1, shift, lo+1, hi+1) })
}

// separate writes the spectrum values X[k] and X[h-k] of the even-length
// real line for lo ≤ k < hi (k ≤ h/2) into out from the half-length
// transform Z, whose point k is z0[k>>shift] for even k and z1[k>>shift]
// for odd k: shift 0 and z0 = z1 = out[:h] to work in place, shift 1 for
// the halves of a split plan (h is then even, so k and h-k have the same
// parity). As forward's doc gives it, with a = Z[k], b = conj Z[h-k],
//
//	X[k] = (a + b)/2 - i·ω^k·(a - b)/2,  X[h-k] = conj(a + b)/2 + i·ω^(h-k)·conj(a - b)/2.
//
// X[h-k] is written first, so that X[k] is the one kept when k = h-k. a
// and b are halved first (exactly), so that a + b does not overflow where
// X does not: the RFFT of [1.7e308, 0, 0, 0] is 1.7e308 three times, as
// NumPy's.
func (r *rplan[F]) separate(out, z0, z1 []cpx[F], shift uint, lo, hi int) {
	h := r.h
	for k := lo; k < hi; k++ {
		zp := z0
		if k&1 == 1 {
			zp = z1
		}
		a, b := zp[k>>shift].scale(0.5), zp[(h-k)>>shift].conj().scale(0.5)
		e, d := a.add(b), a.sub(b)
		o := r.tw[k].mul(d)
		p := r.tw[h-k].mul(d.conj())
		out[h-k] = cpx[F]{e.re - p.im, p.re - e.im}
		out[k] = cpx[F]{e.re + o.im, e.im - o.re}
	}
}

// backward writes the real line of length n whose half spectrum is in
// (zero-padded to n/2+1 if shorter, conjugated first if conj) into out,
// times scale. As NumPy's (pocketfft's) c2r, it ignores the imaginary parts
// of in[0] and, for even n, in[n/2].
func (r *rplan[F]) backward(out []F, in []cpx[F], work []cpx[F], scale F, conj bool) {
	out = out[:r.n]
	h := r.h
	x := func(k int) cpx[F] { // the input, padded with zeros, maybe conjugated
		if k >= len(in) {
			return cpx[F]{}
		}
		if conj {
			return in[k].conj()
		}
		return in[k]
	}
	if r.n%2 == 1 {
		z, rest := work[:r.n], work[r.n:]
		z[0] = cpx[F]{x(0).re, 0}
		for k := 1; k <= h; k++ {
			v := x(k)
			z[k], z[r.n-k] = v, v.conj()
		}
		r.sub.exec(z, rest)
		for k := range out {
			out[k] = z[k].re * scale
		}
		return
	}
	// Even n: Z[k] = (X[k] + conj X[h-k]) + i·conj(ω^k)·(X[k] - conj X[h-k]),
	// whose half-length inverse is x[2j] + i·x[2j+1], read as out.
	z, rest := work[:h], work[h:]
	x0, xh := x(0).re, x(h).re
	z[0] = cpx[F]{x0 + xh, x0 - xh}
	for k := 1; k < h; k++ {
		a, b := x(k), x(h-k).conj()
		e := a.add(b)
		o := r.tw[k].conj().mul(a.sub(b))
		z[k] = cpx[F]{e.re - o.im, e.im + o.re}
	}
	r.sub.execTo(cast[cpx[F]](out), z, rest)
	if scale != 1 {
		scaleTo(out, out, scale)
	}
}

// finish multiplies v by scale and conjugates it if conj.
func finish[F float](v []cpx[F], scale F, conj bool) {
	if scale == 1 && !conj {
		return
	}
	if !conj {
		f := cast[F](v)
		scaleTo(f, f, scale)
		return
	}
	for k := range v {
		v[k] = cpx[F]{v[k].re * scale, -v[k].im * scale}
	}
}

// scaleTo sets dst to src times s. Four products per iteration, with the
// bounds checked once per group, run at about twice the speed of the plain
// loop, which the compiler does not vectorize.
func scaleTo[F float](dst, src []F, s F) {
	i := 0
	for ; i+4 <= len(src); i += 4 {
		d, v := dst[i:i+4:i+4], src[i:i+4:i+4]
		d[0], d[1], d[2], d[3] = v[0]*s, v[1]*s, v[2]*s, v[3]*s
	}
	for ; i < len(src); i++ {
		dst[i] = src[i] * s
	}
}
