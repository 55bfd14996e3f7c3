#!/usr/bin/python3
"""Golden data for internal/cgo's TestOwnKernels and TestOwnPow: exp, log,
sin, cos and tanh of float64 arguments, and pow of pairs of them, computed
by NumPy in long double (glibc's expl, logl, sinl, cosl, tanhl and powl,
64-bit significand) and rounded to float64, so within a hair over half an
ULP of the exact value.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_ownmath.py
Writes internal/cgo/testdata/ownmath.json: {"tanh": {"x": [...], "want":
[...]}, "exp": ..., "pow": {"x": [...], "y": [...], "want": [...]}}. For each function, special values come first (the
test wants them exact, sign of zero included), then arguments uniform in
ranges that cover the branches of numgo's AVX-512 kernels
(internal/cgo/*_avx512.h) and the seams between them,
with both signs.
"""
import os

import numpy as np

from golden import enc, save

OUT = os.path.join(os.path.dirname(__file__), "..", "internal", "cgo", "testdata", "ownmath.json")

FUNCS = {
    "tanh": dict(
        f=np.tanh,
        special=[0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -1e-320, 0.4, np.nextafter(0.4, 0), 19.1, 20, 400, -800, 1e300],
        ranges=[(0, 1e-300), (0, 1e-8), (0, 0.1), (0, 0.4), (0.39, 0.41), (0.4, 1), (1, 3), (3, 10), (10, 25), (-1, 1), (-30, 30)],
        # 19.06 is the last float64 range where tanh does not round to 1 (SLEEF's is 1 there).
        extra=[19.06],
    ),
    "exp": dict(
        f=np.exp,
        # The largest finite result and the first overflow; the smallest
        # subnormal result and the first 0; the first subnormal result;
        # the ends of the kernel's clamp.
        special=[0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -1e-320, 1e-300, 709.782712893384, 709.7827128933841,
                 -745.1332191019411, -745.1332191019412, -708.3964185322641, 710, -746, 1e300, -1e300],
        ranges=[(-1e-8, 1e-8), (-0.03, 0.03), (-1, 1), (-10, 10), (-100, 100), (-708, -600), (600, 709.78), (-745.2, -708)],
        extra=[],
    ),
}
# sin and cos: near multiples of pi/2 (355/113 and 103993/33102 are close
# to pi), around pi/4 where the kernel's quadrants meet, and past 2^20,
# where SLEEF's reduction takes over.
TRIG = dict(
    special=[0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -1e-320, 1e-300, 355, 103993, 2.0**20, np.nextafter(2.0**20, 0),
             0.78539816339744828, 0.78539816339744839, 1.5707963267948966, 3.1415926535897931, 1e22, -1e300],
    ranges=[(-1e-8, 1e-8), (-0.8, 0.8), (-4, 4), (-100, 100), (1e4, 1e5), (-1e6, -1e5), (1048000, 1049000), (-1e10, 1e10)],
    extra=[],
)
FUNCS["sin"] = dict(TRIG, f=np.sin)
# log: subnormals, both sides of the kernel's seam at sqrt(2) (and at
# sqrt(2)/2), near 1, the largest float64, negative numbers.
FUNCS["log"] = dict(
    f=np.log,
    special=[0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -1e-320, 1, 2, 0.5, 1.4142135623730951, 1.4142135623730949,
             0.70710678118654746, 0.70710678118654757, 1.7976931348623157e308, 2.2250738585072014e-308, -1],
    ranges=[(0, 2.2e-308), (0, 1e-8), (0, 1), (0.7, 0.72), (1.4, 1.42), (0.99, 1.01), (1 - 1e-8, 1 + 1e-8), (1, 100), (0, 1e10)],
    extra=[1e300],
)
FUNCS["cos"] = dict(TRIG, f=np.cos)


# pow: C99's special values (NumPy's), negative bases with integer and
# other exponents, exact powers, and pairs whose y log|x| covers the
# kernel's fast path and both sides of its ends at +-708, with subnormal
# bases and results. (SLEEF's pow, which AVX-only CPUs run and the AVX-512
# kernel hands its rare elements to where libmvec does not load, gives inf
# for pow(1.7976931348623157e308, 1).)
POW_SPECIAL = [(0.0, 0.0), (-0.0, -3.0), (-0.0, 3.0), (0.0, -1.0), (-0.0, -1.0), (-0.0, -2.0), (0.0, 2.5),
               (np.inf, 0.5), (np.inf, -0.5), (-np.inf, 3.0), (-np.inf, -3.0), (-np.inf, 2.0), (np.nan, 0.0),
               (1.0, np.nan), (np.nan, 1.0), (-1.0, np.inf), (-1.0, -np.inf), (0.5, np.inf), (2.0, np.inf),
               (0.5, -np.inf), (2.0, -np.inf), (-2.0, 0.5), (-2.0, 3.0), (-2.0, -3.0), (-2.0, 4.0), (-8.0, 1 / 3),
               (2.0, 1024.0), (2.0, -1075.0), (2.0, -1074.0), (2.0, 0.5), (3.0, 2.0), (-3.0, 2.0), (10.0, 22.0),
               (1e-310, 0.5), (1e-310, 2.0), (-1e-310, 3.0), (5e-324, -1.0), (1.7976931348623157e308, 0.5),
               (2.0, 1023.0), (-1.5, 1e300), (-0.5, 1e300), (1.0000001, 1e300), (7.0, 1.0), (1.0, -1e300)]
POW_RANGES = [  # (x low, x high, y low, y high, integer y in every other pair)
    (0, 1, 0, 1, False), (0.5, 1.5, -10, 10, False), (-10, 10, -10, 10, True), (1 - 1e-6, 1 + 1e-6, -1e6, 1e6, False),
    (0.99, 1.01, -6e4, 6e4, False), (1e-5, 1e5, -60, 60, False), (-1e5, -1e-5, -60, 60, True),
    (1.5, 2.5, 770, 1800, False), (1.5, 2.5, -1800, -770, False), (0, 2.3e-308, 0.01, 1.5, False)]


def pow_cases(rng):
    x, y = [p[0] for p in POW_SPECIAL], [p[1] for p in POW_SPECIAL]
    for xlo, xhi, ylo, yhi, whole in POW_RANGES:
        xs, ys = rng.uniform(xlo, xhi, 400), rng.uniform(ylo, yhi, 400)
        if whole:
            ys[::2] = np.round(ys[::2])
        x += list(xs)
        y += list(ys)
    x, y = np.array(x), np.array(y)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
        want = np.power(x.astype(np.longdouble), y.astype(np.longdouble)).astype(np.float64)
    return {"special": len(POW_SPECIAL), "x": [enc(v) for v in x], "y": [enc(v) for v in y], "want": [enc(v) for v in want]}


def main():
    rng = np.random.default_rng(7)
    out = {}
    for name, c in FUNCS.items():
        x = np.concatenate([np.array(c["special"])] + [rng.uniform(lo, hi, 400) for lo, hi in c["ranges"]] + [np.array(c["extra"])])
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            want = c["f"](x.astype(np.longdouble)).astype(np.float64)
        out[name] = {"special": len(c["special"]), "x": [enc(v) for v in x], "want": [enc(v) for v in want]}
    out["pow"] = pow_cases(rng)
    save(OUT, out, newline=True)


if __name__ == "__main__":
    main()
