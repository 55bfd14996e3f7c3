#!/usr/bin/python3
"""Golden data for internal/cgo's TestTanh: tanh of float64 arguments,
computed by NumPy in long double (glibc's tanhl, 64-bit significand) and
rounded to float64, so within a hair over half an ULP of the exact value.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_tanh.py
Writes internal/cgo/testdata/tanh.json: {"x": [...], "tanh": [...]}. The
arguments are uniform in ranges that cover both of ng_tanh_d8's branches
and the seam between them at 0.4, with both signs, plus special values,
which come first.
"""
import os

import numpy as np

from golden import enc, save

OUT = os.path.join(os.path.dirname(__file__), "..", "internal", "cgo", "testdata", "tanh.json")
RANGES = [(0, 1e-300), (0, 1e-8), (0, 0.1), (0, 0.4), (0.39, 0.41), (0.4, 1), (1, 3), (3, 10), (10, 25), (-1, 1), (-30, 30)]
SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -1e-320, 0.4, np.nextafter(0.4, 0), 19.1, 20, 400, -800, 1e300]


def main():
    rng = np.random.default_rng(7)
    # 19.06 is the last float64 range where tanh does not round to 1 (SLEEF's is 1 there).
    x = np.concatenate([np.array(SPECIAL)] + [rng.uniform(lo, hi, 400) for lo, hi in RANGES] + [np.array([19.06])])
    want = np.tanh(x.astype(np.longdouble)).astype(np.float64)
    save(OUT, {"x": [enc(v) for v in x], "tanh": [enc(v) for v in want]}, newline=True)


if __name__ == "__main__":
    main()
