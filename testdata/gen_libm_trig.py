#!/usr/bin/python3
"""Golden data for internal/libm's Sin, Cos and Tan: glibc's sin, cos and
tan (within an ulp; NumPy's scalar loops call them) at arguments where Go's
math loses digits and over ranges up to 1e308, and the bits of 2/π that
trig.go's Payne-Hanek reduction reads.

Run with Debian's python3: /usr/bin/python3 testdata/gen_libm_trig.py
Writes internal/libm/testdata/trig.json: [x, sin x, cos x, tan x] as the
integers of their float64 bits. Prints twoOverPiBits.
"""
import ctypes
import json
import math
import os
import random
import struct

OUT = os.path.join(os.path.dirname(__file__), "..", "internal", "libm", "testdata", "trig.json")
libm = ctypes.CDLL("libm.so.6")
for f in ("sin", "cos", "tan"):
    getattr(libm, f).restype = ctypes.c_double
    getattr(libm, f).argtypes = [ctypes.c_double]


def bits(x):
    return struct.unpack("<q", struct.pack("<d", x))[0]


def two_over_pi_limbs(n=20):
    """The first 64n bits of the fraction of 2/π, from π by Machin's formula."""
    prec = 64 * n + 128

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

    pi = 16 * arctan_inv(5) - 4 * arctan_inv(239)  # π·2^prec
    v = (2 << (2 * prec)) // pi >> (prec - 64 * n)  # 2/π·2^(64n)
    return [(v >> (64 * (n - 1 - i))) & (2**64 - 1) for i in range(n)]


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
    rows = [[bits(x), bits(libm.sin(x)), bits(libm.cos(x)), bits(libm.tan(x))] for x in xs]
    with open(OUT, "w") as f:
        json.dump(rows, f, separators=(",", ":"))
    print("wrote", len(rows), "rows to", OUT)
    print(", ".join("0x%016x" % l for l in two_over_pi_limbs()))


if __name__ == "__main__":
    main()
