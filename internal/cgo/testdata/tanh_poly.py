#!/usr/bin/python3
"""Constants of ng_tanh_d8 in internal/cgo/tanh_avx512.h.

The polynomial for |x| < 0.4: tanh(x) = x + x^3 P(x^2) there, P a
Chebyshev fit of degree 9 to (tanh(a) - a) / a^3 over t = a^2 in [0, 0.16],
computed with mpmath at 60 digits. Prints the fit's largest error (as a
share of an ULP of tanh at the interval's end) and the coefficients,
highest degree first, as tanh_avx512.h has them; then, for the
exponential, 8/ln2, ln2/8 in two parts (the first of 40 bits, so that k
times it is exact for k < 2^13) and 2^(j/8) for j = 0..7 as a high and a
low part. Not part of the build or the tests:

    apt-get install python3-mpmath
    /usr/bin/python3 internal/cgo/testdata/tanh_poly.py
"""
import mpmath as mp

mp.mp.dps = 60
END = mp.mpf("0.4")
DEGREE = 9


def f(t):
    if t == 0:
        return mp.mpf(-1) / 3
    a = mp.sqrt(t)
    return (mp.tanh(a) - a) / a**3


poly, err = mp.chebyfit(f, [0, END**2], DEGREE + 1, error=True)
print("fit error %s, %s ULP of tanh(%s)" % (mp.nstr(err, 3), mp.nstr(err * END**3 / mp.tanh(END) * 2**53, 3), END))
print(", ".join("%.17g" % float(c) for c in poly))

ln2_8 = mp.log(2) / 8
hi = mp.nint(ln2_8 * 2**43) / 2**43  # 40 significant bits: ln2/8 is in [2^-4, 2^-3)
print("8/ln2 %s, ln2/8 %s %s" % (float(1 / ln2_8).hex(), float(hi).hex(), float(ln2_8 - hi).hex()))
t = [mp.power(2, mp.mpf(j) / 8) for j in range(8)]
print("2^(j/8) " + ", ".join(float(v).hex() for v in t))
print("low parts " + ", ".join(float(v - mp.mpf(float(v))).hex() for v in t))
