package lapack

import (
	"fmt"
	"math"
	"math/cmplx"

	glapack "gonum.org/v1/gonum/lapack"
)

// Zheevd computes the eigenvalues (and vectors) of a Hermitian matrix; see
// ComplexDrivers. It reduces A to a real symmetric tridiagonal T = Qᴴ·A·Q
// with Householder reflectors as LAPACK's zhetd2 (their zlarfg makes the
// off-diagonal real), solves T with gonum's Dsteqr (eigenvalues ascending)
// or Dsterf, and forms the eigenvectors Q·Z by applying the reflectors.
func (Gonum) Zheevd(jobz, uplo byte, n int, a []complex128, lda int, w []float64) bool {
	if jobz != 'V' && jobz != 'N' {
		panic(fmt.Sprintf("lapack: Zheevd: jobz must be 'V' or 'N', got %q", jobz))
	}
	if uplo != 'L' && uplo != 'U' {
		panic(fmt.Sprintf("lapack: Zheevd: uplo must be 'L' or 'U', got %q", uplo))
	}
	if n == 0 {
		return true
	}
	// The whole Hermitian matrix from its uplo triangle, so that the
	// products below run down contiguous columns.
	h := make([]complex128, n*n)
	for j := range n {
		for i := j; i < n; i++ {
			v := a[i+j*lda]
			if uplo == 'U' {
				v = cmplx.Conj(a[j+i*lda])
			}
			h[i+j*n] = v
			h[j+i*n] = cmplx.Conj(v)
		}
		h[j+j*n] = complex(real(h[j+j*n]), 0)
	}
	d := make([]float64, n)
	e := make([]float64, max(n-1, 1))
	tau := make([]complex128, max(n-1, 1))
	x := make([]complex128, n)
	for i := range n - 1 {
		col := h[i+1+i*n : n+i*n]
		beta, t := zlarfg(col[0], col[1:])
		if t != 0 {
			// A22 := Hᴴ·A22·H as a rank-2 update: x = t·A22·v,
			// w = x - t·(xᴴv)/2·v, A22 -= v·wᴴ + w·vᴴ.
			col[0] = 1
			k := len(col)
			xs := x[:k]
			clear(xs)
			for c, vc := range col {
				zb.Zaxpy(k, t*vc, h[i+1+(i+1+c)*n:n+(i+1+c)*n], 1, xs, 1)
			}
			zb.Zaxpy(k, -0.5*t*zb.Zdotc(k, xs, 1, col, 1), col, 1, xs, 1)
			for c := range k {
				a22 := h[i+1+(i+1+c)*n : n+(i+1+c)*n]
				zb.Zaxpy(k, -cmplx.Conj(xs[c]), col, 1, a22, 1)
				zb.Zaxpy(k, -cmplx.Conj(col[c]), xs, 1, a22, 1)
			}
		}
		col[0] = complex(beta, 0)
		d[i] = real(h[i+i*n])
		e[i] = beta
		tau[i] = t
	}
	d[n-1] = real(h[n*n-1])
	if jobz == 'N' {
		ok := impl.Dsterf(n, d, e)
		copy(w, d)
		return ok
	}
	z := make([]float64, n*n)
	ok := impl.Dsteqr(glapack.EVTridiag, n, d, e, z, n, make([]float64, max(1, 2*n-2)))
	copy(w, d)
	// Z is row-major; A := Q·Z.
	for j := range n {
		for i := range n {
			a[i+j*lda] = complex(z[i*n+j], 0)
		}
	}
	applyHessQ(n, h, n, tau, a, lda, n)
	return ok
}

// applyHessQ overwrites the n×ncols matrix X with Q·X, where
// Q = H(0)·H(1)···H(n-2) and H(i) = I - tau[i]·v·vᴴ acts on rows i+1..n-1,
// v = [1; h[i+2:n, i]]: the reflectors zhetd2 and zgehd2 leave below the
// subdiagonal (LAPACK's zunmtr/zunghr).
func applyHessQ(n int, h []complex128, ldh int, tau []complex128, x []complex128, ldx, ncols int) {
	for i := n - 2; i >= 0; i-- {
		v := h[i+1+i*ldh : n+i*ldh]
		save := v[0]
		v[0] = 1
		zlarfLeft(tau[i], v, x[i+1:], ldx, ncols)
		v[0] = save
	}
}

// Zgeev computes the eigenvalues and right eigenvectors of a general
// matrix; see ComplexDrivers. As LAPACK's zgeev: balancing by scaling
// (zgebalScale: zgebal's job 'S', without its permutations), Householder
// reduction to Hessenberg form (zgehd2), complex single-shift QR (zlahqr)
// accumulating the Schur vectors, eigenvectors of the triangular factor by
// back substitution and back-transformation (ztrevc) and by the balancing
// (zgebak), then each vector normalised to unit 2-norm with its largest
// component real.
func (Gonum) Zgeev(jobvr byte, n int, a []complex128, lda int, w, vr []complex128, ldvr int) bool {
	if jobvr != 'V' && jobvr != 'N' {
		panic(fmt.Sprintf("lapack: Zgeev: jobvr must be 'V' or 'N', got %q", jobvr))
	}
	if n == 0 {
		return true
	}
	wantv := jobvr == 'V'
	scale := zgebalScale(n, a, lda)
	tau := make([]complex128, max(n-1, 1))
	work := make([]complex128, n)
	for i := range n - 1 {
		col := a[i+1+i*lda : n+i*lda]
		beta, t := zlarfg(col[0], col[1:])
		col[0] = 1
		zlarfRight(t, col, a[(i+1)*lda:], lda, n, work)
		zlarfLeft(cmplx.Conj(t), col, a[i+1+(i+1)*lda:], lda, n-i-1)
		col[0] = complex(beta, 0)
		tau[i] = t
	}
	if wantv {
		for j := range n {
			col := vr[j*ldvr : n+j*ldvr]
			clear(col)
			col[j] = 1
		}
		applyHessQ(n, a, lda, tau, vr, ldvr, n)
	}
	for j := 0; j < n-2; j++ {
		clear(a[j+2+j*lda : n+j*lda]) // the reflectors
	}
	if !zlahqr(wantv, wantv, n, a, lda, w, vr, ldvr) {
		return false
	}
	if wantv {
		ztrevc(n, a, lda, vr, ldvr, work)
		for i, f := range scale { // zgebak: undo the balancing, row i times scale[i]
			if f != 1 {
				zb.Zdscal(n, f, vr[i:], ldvr)
			}
		}
		for j := range n {
			col := vr[j*ldvr : n+j*ldvr]
			zb.Zdscal(n, 1/zb.Dznrm2(n, col, 1), col, 1)
			k, big := 0, -1.0
			for i, v := range col {
				if m := real(v)*real(v) + imag(v)*imag(v); m > big {
					k, big = i, m
				}
			}
			zb.Zscal(n, cmplx.Conj(col[k])/complex(math.Sqrt(big), 0), col, 1)
			col[k] = complex(real(col[k]), 0)
		}
	}
	return true
}

// zgebalScale balances the n×n matrix A in place by a diagonal similarity
// D⁻¹·A·D, as reference LAPACK's zgebal with job 'S' (3.5 and later: 2-norms
// of rows and columns, powers of 2), so that the eigenvalues of a badly
// scaled matrix (a companion matrix of a polynomial whose coefficients span
// many orders of magnitude) come as accurately as LAPACK's zgeev, which
// balances. It returns D's diagonal.
func zgebalScale(n int, a []complex128, lda int) []float64 {
	const sclfac, factor = 2.0, 0.95
	scale := make([]float64, n)
	for i := range scale {
		scale[i] = 1
	}
	sfmin1 := 0x1p-1022 / 0x1p-52 // dlamch('S') / dlamch('P')
	sfmax1 := 1 / sfmin1
	sfmin2 := sfmin1 * sclfac
	sfmax2 := 1 / sfmin2
	cabs1max := func(x []complex128, inc, m int) float64 { // |x[izamax]|
		k, big := 0, -1.0
		for i := range m {
			v := x[i*inc]
			if t := math.Abs(real(v)) + math.Abs(imag(v)); t > big {
				k, big = i, t
			}
		}
		return cmplx.Abs(x[k*inc])
	}
	for noconv := true; noconv; {
		noconv = false
		for i := range n {
			c := zb.Dznrm2(n, a[i*lda:], 1)
			r := zb.Dznrm2(n, a[i:], lda)
			ca := cabs1max(a[i*lda:], 1, n)
			ra := cabs1max(a[i:], lda, n)
			if c == 0 || r == 0 {
				continue
			}
			if math.IsNaN(c + ca + r + ra) {
				return scale // Zgeev's callers have refused non-finite input
			}
			g, f, s := r/sclfac, 1.0, c+r
			for c < g && max(f, c, ca) < sfmax2 && min(r, g, ra) > sfmin2 {
				f, c, ca, r, g, ra = f*sclfac, c*sclfac, ca*sclfac, r/sclfac, g/sclfac, ra/sclfac
			}
			g = c / sclfac
			for g >= r && max(r, ra) < sfmax2 && min(f, c, g, ca) > sfmin2 {
				f, c, g, ca, r, ra = f/sclfac, c/sclfac, g/sclfac, ca/sclfac, r*sclfac, ra*sclfac
			}
			if c+r >= factor*s {
				continue
			}
			if f < 1 && scale[i] < 1 && f*scale[i] <= sfmin1 {
				continue
			}
			if f > 1 && scale[i] > 1 && scale[i] >= sfmax1/f {
				continue
			}
			scale[i] *= f
			noconv = true
			zb.Zdscal(n, 1/f, a[i:], lda) // row i
			zb.Zdscal(n, f, a[i*lda:], 1) // column i
		}
	}
	return scale
}

// zlahqr computes the Schur form T = Zᴴ·H·Z of the n×n upper Hessenberg
// matrix H (overwritten with T when wantt) and its eigenvalues w, updating Z
// (when wantz) with the transformations, by reference LAPACK's zlahqr:
// single-shift QR with Wilkinson shifts, exceptional shifts at iterations 10
// and 20, and Ahues & Tisseur's deflation test. It reports false if an
// eigenvalue did not converge in 30·max(10, n) iterations.
func zlahqr(wantt, wantz bool, n int, h []complex128, ldh int, w, z []complex128, ldz int) bool {
	if n == 1 {
		w[0] = h[0]
		return true
	}
	const dat1 = 0.75
	// Make the subdiagonal real by a diagonal similarity.
	for i := 1; i < n; i++ {
		hii := h[i+(i-1)*ldh]
		if imag(hii) == 0 {
			continue
		}
		sc := hii / complex(cabs1(hii), 0)
		sc = cmplx.Conj(sc) / complex(cmplx.Abs(sc), 0)
		h[i+(i-1)*ldh] = complex(cmplx.Abs(hii), 0)
		zb.Zscal(n-i, sc, h[i+i*ldh:], ldh)
		zb.Zscal(min(n-1, i+1)+1, cmplx.Conj(sc), h[i*ldh:], 1)
		if wantz {
			zb.Zscal(n, cmplx.Conj(sc), z[i*ldz:], 1)
		}
	}
	const ulp = dlamchP
	smlnum := dlamchS * (float64(n) / ulp)
	i1, i2 := 0, n-1
	itmax := 30 * max(10, n)
	for i := n - 1; i >= 0; {
		l := 0
		converged := false
		for its := 0; its <= itmax; its++ {
			// Look for a single small subdiagonal element.
			k := i
			for ; k > l; k-- {
				hk := h[k+(k-1)*ldh]
				if cabs1(hk) <= smlnum {
					break
				}
				tst := cabs1(h[k-1+(k-1)*ldh]) + cabs1(h[k+k*ldh])
				if tst == 0 {
					if k >= 2 {
						tst += math.Abs(real(h[k-1+(k-2)*ldh]))
					}
					if k+1 < n {
						tst += math.Abs(real(h[k+1+k*ldh]))
					}
				}
				if math.Abs(real(hk)) <= ulp*tst {
					ab := max(cabs1(hk), cabs1(h[k-1+k*ldh]))
					ba := min(cabs1(hk), cabs1(h[k-1+k*ldh]))
					aa := max(cabs1(h[k+k*ldh]), cabs1(h[k-1+(k-1)*ldh]-h[k+k*ldh]))
					bb := min(cabs1(h[k+k*ldh]), cabs1(h[k-1+(k-1)*ldh]-h[k+k*ldh]))
					s := aa + ab
					if ba*(ab/s) <= max(smlnum, ulp*(bb*(aa/s))) {
						break
					}
				}
			}
			l = k
			if l > 0 {
				h[l+(l-1)*ldh] = 0
			}
			if l >= i {
				converged = true
				break
			}
			if !wantt {
				i1, i2 = l, i
			}
			var t complex128
			switch its {
			case 10:
				t = complex(dat1*math.Abs(real(h[l+1+l*ldh])), 0) + h[l+l*ldh]
			case 20:
				t = complex(dat1*math.Abs(real(h[i+(i-1)*ldh])), 0) + h[i+i*ldh]
			default: // Wilkinson's shift
				t = h[i+i*ldh]
				u := cmplx.Sqrt(h[i-1+i*ldh]) * cmplx.Sqrt(h[i+(i-1)*ldh])
				if s := cabs1(u); s != 0 {
					x := 0.5 * (h[i-1+(i-1)*ldh] - t)
					sx := cabs1(x)
					s = max(s, sx)
					cs := complex(s, 0)
					y := cs * cmplx.Sqrt((x/cs)*(x/cs)+(u/cs)*(u/cs))
					if sx > 0 {
						xs := x / complex(sx, 0)
						if real(xs)*real(y)+imag(xs)*imag(y) < 0 {
							y = -y
						}
					}
					t -= u * (u / (x + y))
				}
			}
			// Look for two consecutive small subdiagonal elements.
			var v [2]complex128
			m := i - 1
			for ; ; m-- {
				h11 := h[m+m*ldh]
				h22 := h[m+1+(m+1)*ldh]
				h11s := h11 - t
				h21 := real(h[m+1+m*ldh])
				s := cabs1(h11s) + math.Abs(h21)
				h11s /= complex(s, 0)
				h21 /= s
				v = [2]complex128{h11s, complex(h21, 0)}
				if m == l {
					break
				}
				h10 := real(h[m+(m-1)*ldh])
				if math.Abs(h10)*math.Abs(h21) <= ulp*(cabs1(h11s)*(cabs1(h11)+cabs1(h22))) {
					break
				}
			}
			// Single-shift QR step: chase the bulge down.
			for k := m; k < i; k++ {
				if k > m {
					v[0], v[1] = h[k+(k-1)*ldh], h[k+1+(k-1)*ldh]
				}
				beta, t1 := zlarfg(v[0], v[1:])
				if k > m {
					h[k+(k-1)*ldh] = complex(beta, 0)
					h[k+1+(k-1)*ldh] = 0
				}
				v2 := v[1]
				t2 := complex(real(t1*v2), 0)
				ct1, cv2 := cmplx.Conj(t1), cmplx.Conj(v2)
				for j := k; j <= i2; j++ {
					sum := ct1*h[k+j*ldh] + t2*h[k+1+j*ldh]
					h[k+j*ldh] -= sum
					h[k+1+j*ldh] -= sum * v2
				}
				for j := i1; j <= min(k+2, i); j++ {
					sum := t1*h[j+k*ldh] + t2*h[j+(k+1)*ldh]
					h[j+k*ldh] -= sum
					h[j+(k+1)*ldh] -= sum * cv2
				}
				if wantz {
					zk, zk1 := z[k*ldz:k*ldz+n], z[(k+1)*ldz:(k+1)*ldz+n]
					for j := range zk {
						sum := t1*zk[j] + t2*zk1[j]
						zk[j] -= sum
						zk1[j] -= sum * cv2
					}
				}
				if k == m && m > l {
					// The step started below l: rescale to keep
					// h[m, m-1] real.
					temp := 1 - t1
					temp /= complex(cmplx.Abs(temp), 0)
					ctemp := cmplx.Conj(temp)
					h[m+1+m*ldh] *= ctemp
					if m+2 <= i {
						h[m+2+(m+1)*ldh] *= temp
					}
					for j := m; j <= i; j++ {
						if j == m+1 {
							continue
						}
						if i2 > j {
							zb.Zscal(i2-j, temp, h[j+(j+1)*ldh:], ldh)
						}
						zb.Zscal(j-i1, ctemp, h[i1+j*ldh:], 1)
						if wantz {
							zb.Zscal(n, ctemp, z[j*ldz:], 1)
						}
					}
				}
			}
			// Make h[i, i-1] real.
			if temp := h[i+(i-1)*ldh]; imag(temp) != 0 {
				rtemp := cmplx.Abs(temp)
				h[i+(i-1)*ldh] = complex(rtemp, 0)
				temp /= complex(rtemp, 0)
				if i2 > i {
					zb.Zscal(i2-i, cmplx.Conj(temp), h[i+(i+1)*ldh:], ldh)
				}
				zb.Zscal(i-i1, temp, h[i1+i*ldh:], 1)
				if wantz {
					zb.Zscal(n, temp, z[i*ldz:], 1)
				}
			}
		}
		if !converged {
			return false
		}
		w[i] = h[i+i*ldh]
		i = l - 1
	}
	return true
}

// ztrevc overwrites the Schur vectors Z with the right eigenvectors Z·x of
// the upper triangular T (Zᴴ·A·Z = T), as LAPACK's ztrevc('R', 'B'): x
// solves (T - T[k,k])·x = 0 with x[k] = 1 by back substitution, diagonal
// entries closer than ulp·|T[k,k]| perturbed; each vector is scaled to
// largest |re|+|im| of 1. work has n elements.
func ztrevc(n int, t []complex128, ldt int, z []complex128, ldz int, work []complex128) {
	const ulp = dlamchP
	smlnum := dlamchS * (float64(n) / ulp)
	const big = 1e290 // rescale x before its entries can overflow
	for ki := n - 1; ki >= 0; ki-- {
		tkk := t[ki+ki*ldt]
		smin := max(ulp*cabs1(tkk), smlnum)
		x := work[:ki+1]
		for k := range ki {
			x[k] = -t[k+ki*ldt]
		}
		x[ki] = 1
		for k := ki - 1; k >= 0; k-- {
			d := t[k+k*ldt] - tkk
			if cabs1(d) < smin {
				d = complex(smin, 0)
			}
			x[k] /= d
			if xa := cabs1(x[k]); xa > big {
				zb.Zdscal(ki+1, 1/xa, x, 1)
			}
			if x[k] != 0 {
				zb.Zaxpy(k, -x[k], t[k*ldt:k+k*ldt], 1, x[:k], 1)
			}
		}
		col := z[ki*ldz : n+ki*ldz]
		zb.Zscal(n, x[ki], col, 1)
		for k := range ki {
			zb.Zaxpy(n, x[k], z[k*ldz:n+k*ldz], 1, col, 1)
		}
		emax := 0.0
		for _, v := range col {
			emax = max(emax, cabs1(v))
		}
		zb.Zdscal(n, 1/emax, col, 1)
	}
}
