#!/usr/bin/python3
"""Golden data for internal/libm's TestPow: glibc's pow (correctly rounded
in practice, and what NumPy's np.power calls) at pairs (x, y), through
ctypes.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_libm_pow.py
Writes internal/libm/testdata/pow.json: {"exact": [[x, y, pow], ...],
"ranges": {name: [[x, y, pow], ...], ...}}, each float64 as the hex
string of its bits. TestPow wants the "exact" results bit for bit (sign of
zero and NaN-ness included): C99's special values over a grid of x and y,
and every other pair whose result is 0, inf, NaN or exact (x^y a float64);
the others within an ulp. The ranges cover the kernel's fast path and its
ends: y log|x| near +-708 with x near 1, results near overflow and down to
the smallest subnormal, subnormal x, negative x with integer y.
"""
import ctypes
import math
import os
import struct
from fractions import Fraction

import numpy as np

from golden import save

OUT = os.path.join(os.path.dirname(__file__), "..", "internal", "libm", "testdata", "pow.json")

libm = ctypes.CDLL("libm.so.6")
libm.pow.argtypes = [ctypes.c_double, ctypes.c_double]
libm.pow.restype = ctypes.c_double

MAX = 1.7976931348623157e308
TINY = 5e-324
# Where Go's math.Pow is far off glibc's pow, and the ends of the float64
# range: the largest finite result and the first overflow, the smallest
# subnormal and the first 0 (2^-1075 rounds to even, 0), signs of the
# results of negative x past both ends.
AUDIT = [(1.4533819346212957, 910.2465409138624), (TINY, 0.1), (TINY, 1e-5), (MAX, 0.49999999999999994),
         (2.0, 1024.0), (2.0, 1023.9999999999999), (2.0, -1074.0), (2.0, -1075.0), (2.0, -1074.5),
         (2.0, -1074.9999999999998), (2.0, -1075.0000000000002), (0.5, 1074.0), (0.5, -1024.0), (10.0, 308.25),
         (10.0, 308.2547155599167), (10.0, 308.25471555991675), (10.0, -323.3062153431158), (10.0, -324.0),
         (MAX, 1.0), (MAX, 0.9999999999999999), (MAX, 1.0000000000000002), (MAX, -1.0), (TINY, 1.0),
         (TINY, 0.5), (TINY, -0.5), (TINY, -1.0), (2.2250738585072014e-308, 1.0), (2.2250738585072014e-308, -1.0),
         (2.225073858507201e-308, 1.0), (-2.0, 1023.0), (-2.0, 1025.0), (-2.0, -1075.0), (-2.0, -1074.0),
         (-0.5, 1075.0), (-0.5, -1023.0), (1.0000000000000002, 2.0**62), (0.9999999999999999, 2.0**62),
         (1.0000000000000002, 3.1e15), (1.0000000000000002, -3.3e15), (0.9999999999999999, 1.5e16),
         (-1.0000000000000002, 2.0**53 - 1), (-0.9999999999999999, 2.0**53 - 1), (3.0, 0.5), (8.0, 1 / 3),
         (-8.0, 3.0), (10.0, 22.0), (10.0, 23.0), (7.0, 1.0), (1e-310, 2.0), (1e-310, 0.5), (-1e-310, 3.0)]
GRID = [0.0, TINY, 1.0, 0.5, 2.0, 3.0, 2.5, math.inf, MAX, 2.0**53, 2.0**53 + 2, 2.0**53 - 1]
GRID = GRID + [-v for v in GRID] + [math.nan]


def glibc(x, y):
    return libm.pow(x, y)


def bits(v):
    return format(struct.unpack("<Q", struct.pack("<d", v))[0], "x")


def is_exact(x, y, z):
    """Reports whether z is a special value, or x^y exactly, for y with
    2y an integer of at most 256 (a rational power of a dyadic x)."""
    if not (math.isfinite(x) and math.isfinite(y)) or x == 0 or y == 0 or not math.isfinite(z) or z == 0 or z == 1:
        return True
    if y * 2 != int(y * 2) or abs(y) > 128 or x < 0 and y != int(y):
        return False
    n = int(abs(y) * 2)  # z^2 = x^(2y)
    zz, xx = Fraction(abs(z)) ** 2, Fraction(abs(x)) ** n
    return zz == (xx if y > 0 else 1 / xx)


def log_uniform(rng, lo, hi, n):
    return np.exp(rng.uniform(math.log(lo), math.log(hi), n))


def at_log(rng, x, lo, hi):
    """y for each x such that y log|x| is uniform in [lo, hi]."""
    return rng.uniform(lo, hi, len(x)) / np.log(np.abs(x))


def ranges(rng):
    """The random pairs by range, as (x array, y array)."""
    out = {}
    out["x in [0.5, 2], y in [-1000, 1000]"] = rng.uniform(0.5, 2, 500), rng.uniform(-1000, 1000, 500)
    out["x in [1e-300, 1e300] log-uniform, y in [-3, 3]"] = log_uniform(rng, 1e-300, 1e300, 500), rng.uniform(-3, 3, 500)
    x = 1 + rng.uniform(-0.02, 0.02, 600)
    out["x within 2% of 1, y log x in [690, 709.78]"] = x[:300], at_log(rng, x[:300], 690, 709.78)
    out["x within 2% of 1, y log x in [-745, -690]"] = x[300:], at_log(rng, x[300:], -745, -690)
    x = 1 + rng.integers(-1000, 1000, 300) * 2.0**-52
    x[x == 1] = 1 + 2.0**-52
    out["x within 1000 ulp of 1, y log x in [-745, 709]"] = x, at_log(rng, x, -745, 709)
    x = log_uniform(rng, 1e-300, 1e300, 400)
    x = x[np.abs(np.log(x)) > 0.1]
    out["y log x in [705, 709.79], near overflow"] = x, at_log(rng, x, 705, 709.79)
    x = log_uniform(rng, 1e-300, 1e300, 500)
    x = x[np.abs(np.log(x)) > 0.1]
    out["y log x in [-745.2, -705], subnormal results"] = x, at_log(rng, x, -745.2, -705)
    out["y log x in [-745.2, -744], the smallest subnormals"] = x[:100], at_log(rng, x[:100], -745.2, -744)
    x = rng.integers(1, 2**52, 300, dtype=np.uint64).view(np.float64)
    out["subnormal x, y in [-0.95, 1]"] = x, rng.uniform(-0.95, 1, 300)
    x = log_uniform(rng, 1e300, MAX, 200)
    out["x in [1e300, 1.8e308], y in [-1.1, 1.1]"] = x, rng.uniform(-1.1, 1.1, 200)
    x = -log_uniform(rng, 0.1, 10, 400)
    out["x in [-10, -0.1], integer y in [-300, 300]"] = x, np.round(rng.uniform(-300, 300, 400))
    x = -log_uniform(rng, 1e-300, 1e300, 200)
    out["x < 0, odd integer y in [-3, 3]"] = x, rng.choice([-3.0, -1.0, 1.0, 3.0], 200)
    x = log_uniform(rng, TINY, MAX, 400)
    out["x log-uniform over all float64, y log x in [-745, 709]"] = x, at_log(rng, x, -745, 709)
    return out


def main():
    rng = np.random.default_rng(2024)
    exact = []
    pairs = [(x, y) for x in GRID for y in GRID] + AUDIT
    near = {"grid": [], "audit": []}
    for i, (x, y) in enumerate(pairs):
        z = glibc(x, y)
        group = near["audit" if i >= len(GRID)**2 else "grid"]
        (exact if is_exact(x, y, z) else group).append([bits(x), bits(y), bits(z)])
    for name, (xs, ys) in ranges(rng).items():
        cases = near.setdefault(name, [])
        for x, y in zip(xs.tolist(), ys.tolist()):
            z = glibc(x, y)
            (exact if is_exact(x, y, z) else cases).append([bits(x), bits(y), bits(z)])
    save(OUT, {"exact": exact, "ranges": near}, newline=True, separators=(",", ":"))


if __name__ == "__main__":
    main()
