#!/usr/bin/python3
"""Golden data for internal/libm's Sin, Cos and Tan: the correctly rounded
sine, cosine and tangent, computed here in 1400-bit fixed point (an exact
reduction by π/2 and Taylor series), at arguments where Go's math loses
digits and over ranges up to 1e308; and the bits of 2/π that trig.go's
Payne-Hanek reduction reads. (Neither glibc's nor NumPy's serve: glibc's
cos and tan of 5.319372648326541e255, a worst case of the reduction, are
16 ulp off, and NumPy 1.24's AVX-512 loops are up to a few ulp off, e.g.
cos(0.5).)

Run with Debian's python3: /usr/bin/python3 testdata/gen_libm_trig.py
Writes internal/libm/testdata/trig.json: [x, sin x, cos x, tan x] as the
integers of their float64 bits. Prints twoOverPiBits.
"""
import json
import math
import os
import random
import struct
from fractions import Fraction

OUT = os.path.join(os.path.dirname(__file__), "..", "internal", "libm", "testdata", "trig.json")


def bits(x):
    return struct.unpack("<q", struct.pack("<d", x))[0]


def machin_pi(prec):
    """π·2^prec, truncated, by Machin's formula π = 16 atan(1/5) - 4 atan(1/239)."""
    def arctan_inv(x):
        one = 1 << prec
        s = t = one // x
        k, sign = 1, -1
        while t:
            t //= x * x
            k += 2
            s += sign * (t // k)
            sign = -sign
        return s
    return 16 * arctan_inv(5) - 4 * arctan_inv(239)


def two_over_pi_limbs(n=20):
    """The first 64n bits of the fraction of 2/π, from π by Machin's formula."""
    prec = 64 * n + 128
    pi = machin_pi(prec)  # π·2^prec
    v = (2 << (2 * prec)) // pi >> (prec - 64 * n)  # 2/π·2^(64n)
    return [(v >> (64 * (n - 1 - i))) & (2**64 - 1) for i in range(n)]


PREC = 1400  # bits after the point: x up to 2^1024 leaves 2^-376 of π/2
HALF_PI = machin_pi(PREC + 8) >> 9  # π/2·2^PREC


def sin_cos_tan(x):
    """The correctly rounded sin, cos and tan of the float x."""
    if x == 0:
        return x, 1.0, x
    X = int(Fraction(x) * (1 << PREC))  # exact: x is a multiple of 2^-1074
    k = (2 * X + HALF_PI) // (2 * HALF_PI)
    r = X - k * HALF_PI  # r·2^-PREC, |r| <= π/4
    one = 1 << PREC
    s, c, term, n = 0, 0, one, 0  # term = r^n/n!
    while term:
        if n % 4 == 0:
            c += term
        elif n % 4 == 1:
            s += term
        elif n % 4 == 2:
            c -= term
        else:
            s -= term
        n += 1
        term = term * r // one // n
    sx, cx = [(s, c), (c, -s), (-s, -c), (-c, s)][k % 4]
    return float(Fraction(sx, one)), float(Fraction(cx, one)), float(Fraction(sx, cx))


def main():
    rng = random.Random(5)
    xs = [0.0, -0.0, 5e-324, -5e-324, 1e-300, 1e-8, 0.5, 1.0, math.pi / 4, math.pi / 2, math.pi, -math.pi / 2,
          2 * math.pi, 314159.2653589793, -2.316572829997119e173, 1e22, 2.0**20, 2.0**20 - 0.5, 2.0**53, 1e300,
          1.7976931348623157e308, 6381956970095103 * 2.0**797, -6381956970095103 * 2.0**797,
          5.319372648326541e255]
    xs += [k * math.pi / 2 for k in range(-40, 41)]  # next to multiples of π/2
    xs += [math.nextafter(k * math.pi / 2, math.inf) for k in range(1, 2000, 37)]
    for lo, hi in ((0, 1), (0, 100), (100, 1e6), (1e6, 2.0**20), (2.0**20, 2.0**30), (2.0**30, 2.0**60)):
        xs += [rng.uniform(lo, hi) * rng.choice((1, -1)) for _ in range(400)]
    xs += [math.ldexp(rng.uniform(1, 2), rng.randint(60, 1023)) * rng.choice((1, -1)) for _ in range(1500)]
    # Multiples of π/2 by large integers, where the reduction cancels most.
    xs += [float(round(k * math.pi / 2)) for k in (10**6 + rng.randint(0, 10**6) for _ in range(200))]
    rows = [[bits(x), *map(bits, sin_cos_tan(x))] for x in xs]
    with open(OUT, "w") as f:
        json.dump(rows, f, separators=(",", ":"))
    print("wrote", len(rows), "rows to", OUT)
    print(", ".join("0x%016x" % l for l in two_over_pi_limbs()))


if __name__ == "__main__":
    main()
