package fft

// The butterflies of the mixed-radix passes. Each reads its input as
// cc[i + ido*(m + p*k)] (position i, input m of the butterfly, group k) and
// writes ch[i + ido*(k + l1*j)] (output j) multiplied by the stage twiddle
// ω_n^(j·l1·i): a decimation in frequency that leaves the result in natural
// order (FFTPACK's passes, as in pocketfft). The radix-2, 3, 4 and 5
// butterflies are the small DFTs written out with their symmetries (Winograd
// style: real constants and ±i rotations instead of complex products);
// passOdd is the O(p²) DFT for any other odd prime up to maxRadix.

// The constants of the radix-3 and radix-5 butterflies, which the
// assembly kernels read too (radix_amd64.go).
const (
	sin60  = 0.86602540378443864676 // sin(2π/3) = √3/2
	cos72  = 0.3090169943749474241  // cos(2π/5)
	cos144 = -0.8090169943749474241 // cos(4π/5)
	sin72  = 0.95105651629515357212 // sin(2π/5)
	sin144 = 0.58778525229247312917 // sin(4π/5)
)

// pass2 is the radix-2 butterfly.
func pass2[F float](st *stage[F], cc, ch []cpx[F]) {
	ido, l1 := st.ido, st.l1
	if ido == 1 {
		for k := 0; k < l1; k++ {
			a, b := cc[2*k], cc[2*k+1]
			ch[k], ch[k+l1] = a.add(b), a.sub(b)
		}
		return
	}
	w1 := st.tw[:ido]
	for k := 0; k < l1; k++ {
		x0 := cc[2*k*ido:][:ido]
		x1 := cc[(2*k+1)*ido:][:ido]
		y0 := ch[k*ido:][:ido]
		y1 := ch[(k+l1)*ido:][:ido]
		for i := range y0 {
			a, b := x0[i], x1[i]
			y0[i] = a.add(b)
			y1[i] = a.sub(b).mul(w1[i])
		}
	}
}

// pass3 is the radix-3 butterfly: with t = x1+x2, y0 = x0+t and
// y1,2 = x0 - t/2 ± sign·i·(√3/2)·(x1-x2).
func pass3[F float](st *stage[F], cc, ch []cpx[F], sign F) {
	const tw1r = -0.5
	tw1i := sign * sin60
	ido, l1 := st.ido, st.l1
	bf := func(x0, x1, x2 cpx[F]) (y0, y1, y2 cpx[F]) {
		t := x1.add(x2)
		y0 = x0.add(t)
		a := cpx[F]{x0.re + tw1r*t.re, x0.im + tw1r*t.im}
		d := x1.sub(x2)
		b := cpx[F]{-tw1i * d.im, tw1i * d.re}
		return y0, a.add(b), a.sub(b)
	}
	if ido == 1 {
		for k := 0; k < l1; k++ {
			ch[k], ch[k+l1], ch[k+2*l1] = bf(cc[3*k], cc[3*k+1], cc[3*k+2])
		}
		return
	}
	w1, w2 := st.tw[:ido], st.tw[ido:2*ido]
	for k := 0; k < l1; k++ {
		x0 := cc[3*k*ido:][:ido]
		x1 := cc[(3*k+1)*ido:][:ido]
		x2 := cc[(3*k+2)*ido:][:ido]
		y0 := ch[k*ido:][:ido]
		y1 := ch[(k+l1)*ido:][:ido]
		y2 := ch[(k+2*l1)*ido:][:ido]
		for i := range y0 {
			a, b, c := bf(x0[i], x1[i], x2[i])
			y0[i], y1[i], y2[i] = a, b.mul(w1[i]), c.mul(w2[i])
		}
	}
}

// pass4 is the radix-4 butterfly: two radix-2 steps with one ±i rotation.
func pass4[F float](st *stage[F], cc, ch []cpx[F], sign F) {
	ido, l1 := st.ido, st.l1
	if ido == 1 {
		for k := 0; k < l1; k++ {
			x := cc[4*k:][:4]
			t0, t1 := x[0].add(x[2]), x[0].sub(x[2])
			t2, t3 := x[1].add(x[3]), x[1].sub(x[3]).rot(sign)
			ch[k] = t0.add(t2)
			ch[k+l1] = t1.add(t3)
			ch[k+2*l1] = t0.sub(t2)
			ch[k+3*l1] = t1.sub(t3)
		}
		return
	}
	w1, w2, w3 := st.tw[:ido], st.tw[ido:2*ido], st.tw[2*ido:3*ido]
	for k := 0; k < l1; k++ {
		x0 := cc[4*k*ido:][:ido]
		x1 := cc[(4*k+1)*ido:][:ido]
		x2 := cc[(4*k+2)*ido:][:ido]
		x3 := cc[(4*k+3)*ido:][:ido]
		y0 := ch[k*ido:][:ido]
		y1 := ch[(k+l1)*ido:][:ido]
		y2 := ch[(k+2*l1)*ido:][:ido]
		y3 := ch[(k+3*l1)*ido:][:ido]
		for i := range y0 {
			a0, a1, a2, a3 := x0[i], x1[i], x2[i], x3[i]
			t0, t1 := a0.add(a2), a0.sub(a2)
			t2, t3 := a1.add(a3), a1.sub(a3).rot(sign)
			y0[i] = t0.add(t2)
			y1[i] = t1.add(t3).mul(w1[i])
			y2[i] = t0.sub(t2).mul(w2[i])
			y3[i] = t1.sub(t3).mul(w3[i])
		}
	}
}

// pass5 is the radix-5 butterfly, pairing inputs 1,4 and 2,3 so that the
// cosines multiply sums and the sines differences.
func pass5[F float](st *stage[F], cc, ch []cpx[F], sign F) {
	const c1, c2 = cos72, cos144
	s1, s2 := sign*sin72, sign*sin144
	ido, l1 := st.ido, st.l1
	bf := func(x0, x1, x2, x3, x4 cpx[F]) (y0, y1, y2, y3, y4 cpx[F]) {
		t1, t4 := x1.add(x4), x1.sub(x4)
		t2, t3 := x2.add(x3), x2.sub(x3)
		y0 = cpx[F]{x0.re + t1.re + t2.re, x0.im + t1.im + t2.im}
		a1 := cpx[F]{x0.re + c1*t1.re + c2*t2.re, x0.im + c1*t1.im + c2*t2.im}
		a2 := cpx[F]{x0.re + c2*t1.re + c1*t2.re, x0.im + c2*t1.im + c1*t2.im}
		// b = i·(s·t4 + s'·t3): the sine parts, rotated by ±i via sign in s1, s2.
		b1 := cpx[F]{-(s1*t4.im + s2*t3.im), s1*t4.re + s2*t3.re}
		b2 := cpx[F]{-(s2*t4.im - s1*t3.im), s2*t4.re - s1*t3.re}
		return y0, a1.add(b1), a2.add(b2), a2.sub(b2), a1.sub(b1)
	}
	if ido == 1 {
		for k := 0; k < l1; k++ {
			x := cc[5*k:][:5]
			ch[k], ch[k+l1], ch[k+2*l1], ch[k+3*l1], ch[k+4*l1] = bf(x[0], x[1], x[2], x[3], x[4])
		}
		return
	}
	w1, w2, w3, w4 := st.tw[:ido], st.tw[ido:2*ido], st.tw[2*ido:3*ido], st.tw[3*ido:4*ido]
	for k := 0; k < l1; k++ {
		x := cc[5*k*ido:][:5*ido]
		for i := 0; i < ido; i++ {
			y0, y1, y2, y3, y4 := bf(x[i], x[ido+i], x[2*ido+i], x[3*ido+i], x[4*ido+i])
			ch[k*ido+i] = y0
			ch[(k+l1)*ido+i] = y1.mul(w1[i])
			ch[(k+2*l1)*ido+i] = y2.mul(w2[i])
			ch[(k+3*l1)*ido+i] = y3.mul(w3[i])
			ch[(k+4*l1)*ido+i] = y4.mul(w4[i])
		}
	}
}

// passOdd is the butterfly for any odd prime p: a direct p-point DFT that
// pairs inputs m and p-m, as pass5 does, so that outputs j and p-j share
// the cosine sums of x[m]+x[p-m] and the sine sums of x[m]-x[p-m]
// (about p²/2 real multiplications per complex output pair instead of 2p²
// complex ones), then the stage twiddles.
func passOdd[F float](st *stage[F], cc, ch []cpx[F]) {
	p, ido, l1 := st.p, st.ido, st.l1
	h := p / 2
	roots := st.roots                     // roots[q] = (cos 2πq/p, sign·sin 2πq/p)
	var sBuf, dBuf [maxRadix/2 + 1]cpx[F] // on the stack: p ≤ maxRadix
	sum, dif := sBuf[:h+1], dBuf[:h+1]
	for k := 0; k < l1; k++ {
		for i := 0; i < ido; i++ {
			x0 := cc[i+ido*p*k]
			y0 := x0
			for m := 1; m <= h; m++ {
				a, b := cc[i+ido*(m+p*k)], cc[i+ido*(p-m+p*k)]
				sum[m], dif[m] = a.add(b), a.sub(b)
				y0 = y0.add(sum[m])
			}
			ch[i+ido*k] = y0
			for j := 1; j <= h; j++ {
				re, im := x0, cpx[F]{}
				q := 0
				for m := 1; m <= h; m++ {
					if q += j; q >= p {
						q -= p
					}
					w := roots[q]
					re.re += w.re * sum[m].re
					re.im += w.re * sum[m].im
					im.re += w.im * dif[m].re
					im.im += w.im * dif[m].im
				}
				// y_j = re + i·im, y_(p-j) = re - i·im
				yj := cpx[F]{re.re - im.im, re.im + im.re}
				yp := cpx[F]{re.re + im.im, re.im - im.re}
				if ido > 1 {
					yj = yj.mul(st.tw[(j-1)*ido+i])
					yp = yp.mul(st.tw[(p-j-1)*ido+i])
				}
				ch[i+ido*(k+l1*j)] = yj
				ch[i+ido*(k+l1*(p-j))] = yp
			}
		}
	}
}
