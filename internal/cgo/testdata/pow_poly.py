#!/usr/bin/python3
"""Constants of ng_pow_d8 in internal/cgo/pow_avx512.h.

log |x| = k ln2 + log c + log1p(r), with |x| = 2^k m, m in [0.75, 1.5),
1/c = q/32 for q = round(32/m) in [21, 43] and r = m q/32 - 1, exact
(q/32 has 6 bits), in [-R, R]: R = 1.5/64 plus the slack of q's estimate
from a 14-bit reciprocal. Prints, computed with mpmath at 50 digits:
  - log c = log(32/q) for q = 21..43 as a high part, a multiple of 2^-43
    (so that k ln2hi + the high part is exact for |k| < 2^11), and a low
    part, at position q mod 32 of a 32-entry table (two vpermt2pd tables
    of 16), unused positions 0;
  - ln2 as a high part, a multiple of 2^-43, and a low part;
  - P, a Chebyshev fit to (log1p(r) - r + r^2/2) / r^3 over [-R, R],
    times -2 (the kernel multiplies it by -r^3/2), highest degree first,
    and its largest error, alone and times R^2 (relative to log1p r).
Not part of the build or the tests:

    apt-get install python3-mpmath
    /usr/bin/python3 internal/cgo/testdata/pow_poly.py
"""
import mpmath as mp

mp.mp.dps = 50
R = mp.mpf(1.5) / 64 + mp.mpf(2) ** -13
DEGREE = 8


def split(v):
    """v as a multiple of 2^-43 and the double nearest the rest."""
    hi = mp.nint(v * 2**43) / 2**43
    return float(hi), float(v - hi)


def rest(r):
    if r == 0:
        return mp.mpf(1) / 3
    return (mp.log1p(r) - r + r**2 / 2) / r**3


his, los = [0.0] * 32, [0.0] * 32
for q in range(21, 44):
    his[q % 32], los[q % 32] = split(mp.log(mp.mpf(32) / q))
for name, t in (("logc hi", his), ("logc lo", los)):
    for half in range(4):
        print(f"{name} [{8 * half}:{8 * half + 8}]:", ", ".join(v.hex() for v in t[8 * half:8 * half + 8]))
print("ln2:", ", ".join(p.hex() for p in split(mp.log(2))))
poly, err = mp.chebyfit(rest, [-R, R], DEGREE + 1, error=True)
print(f"P: degree {DEGREE}, error 2^{mp.nstr(mp.log(err, 2), 4)}, times R^2 2^{mp.nstr(mp.log(err * R**2, 2), 4)}")
print("-2P:", ", ".join(repr(float(-2 * c)) for c in poly))
