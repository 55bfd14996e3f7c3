#!/usr/bin/python3
"""Constants of ng_sincos_d8 in internal/cgo/sincos_avx512.h.

The polynomials for |r| <= pi/4: sin r = r + r^3 S(r^2), S a Chebyshev fit
of degree 6 to (sin(r) - r) / r^3, and cos r = 1 - r^2/2 + r^4 C(r^2), C
of degree 5 to (cos(r) - 1 + r^2/2) / r^4, both over z = r^2 in [0,
(pi/4)^2], computed with mpmath at 50 digits. Prints each fit's largest
error and its coefficients, highest degree first, as sincos_avx512.h has
them; then 2/pi and pi/2 in three parts (53 bits each, so the first
reduction step is exact). Not part of the build or the tests:

    apt-get install python3-mpmath
    /usr/bin/python3 internal/cgo/testdata/sincos_poly.py
"""
import mpmath as mp

mp.mp.dps = 50
END = (mp.pi / 4) ** 2


def sin_rest(z):
    if z == 0:
        return mp.mpf(-1) / 6
    r = mp.sqrt(z)
    return (mp.sin(r) - r) / r**3


def cos_rest(z):
    if z == 0:
        return mp.mpf(1) / 24
    return (mp.cos(mp.sqrt(z)) - 1 + z / 2) / z**2


for name, f, degree in (("S", sin_rest, 6), ("C", cos_rest, 5)):
    poly, err = mp.chebyfit(f, [0, END], degree + 1, error=True)
    print(f"{name}: error {mp.nstr(err, 3)}")
    print(", ".join(repr(float(c)) for c in poly))
print("2/pi:", float(2 / mp.pi).hex())
rest = mp.pi / 2
parts = []
for _ in range(3):
    parts.append(float(rest))
    rest -= mp.mpf(parts[-1])
print("pi/2:", ", ".join(p.hex() for p in parts))
