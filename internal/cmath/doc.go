// Package cmath is numgo's complex elementary functions, written to agree
// with NumPy's, which come from the C library's C99 functions (Annex G:
// glibc's cexp, clog, csqrt, csinh, ccosh, ctanh, casinh, cacos, catanh
// and the rest) and from NumPy's own npy_cpow.
//
// Go's math/cmplx computes the textbook formulas, which overflow or lose
// accuracy where these do not: cmplx.Tanh(1000+1i) is NaN where C gives
// 1+0i, cmplx.Exp(800) is inf+NaNi where C gives inf+0i, cmplx.Asin
// overflows near 1e8i. The functions here take Annex G's special values
// (infinities, NaNs and signed zeros) exactly as glibc does, and compute
// finite arguments with the algorithms of FreeBSD's msun (s_cexp.c,
// s_ctanh.c, catrig.c after Hull, Fairgrieve and Tang, "Implementing the
// complex arcsine and arccosine functions using exception handling", 1997)
// and glibc (clog's log1p of x²+y²-1 computed in double-double near the
// unit circle; csqrt's scaling), to within a few ulp of NumPy's results.
// Branch cuts follow Kahan ("Branch cuts for complex elementary
// functions", 1987): the sign of a zero part picks the side of the cut.
//
// Every function takes and returns complex128; numgo computes complex64
// arrays through them and rounds, which is at least as accurate as the C
// library's float versions that NumPy calls for complex64.
package cmath
