#!/usr/bin/python3
"""Golden data for max, min, argmax and argmin of runs long enough to be
scanned in two halves on two goroutines (ndarray's parallelFoldMin).

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_reduce_long.py
Writes ndarray/testdata/reduce/long.json. The inputs are not stored: the
test computes x[i] = ((i*7919) % 1000 + 0.5) / 64 (exact in float64 and
float32; the extremes recur every 1000 elements, so ties span both
halves), then sets the listed elements: NaNs in one half or both, a new
extreme in the upper half, signed zeros among negative values.
"""
import os

import numpy as np

from golden import arr, enc, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "reduce", "long.json")
N = 600_001  # the halves meet at 300_000

CASES = {
    "ties": [],
    "nan_upper": [(450_000, np.nan)],
    "nan_both": [(450_000, np.nan), (100, np.nan)],
    "extreme_upper": [(550_000, 100.0), (300_000, -1.0)],
    "extreme_lower": [(299_999, 100.0), (7, -1.0), (500_000, 100.0)],
}


def main():
    cases = []
    for dtype in ["float64", "float32"]:
        for name, sets in CASES.items():
            i = np.arange(N, dtype=np.int64)
            x = (((i * 7919) % 1000 + 0.5) / 64).astype(dtype)
            for k, v in sets:
                x[k] = v
            cases.append({"name": name, "dtype": dtype, "n": N, "set": [[k, enc(v)] for k, v in sets],
                          "max": arr(np.max(x)), "min": arr(np.min(x)),
                          "argmax": int(np.argmax(x)), "argmin": int(np.argmin(x))})
        # Signed zeros among negative values, one in each half.
        x = -np.ones(N, dtype=dtype)
        x[100], x[400_000] = -0.0, 0.0
        cases.append({"name": "zeros", "dtype": dtype, "n": N, "fill": -1.0,
                      "set": [[100, enc(-0.0)], [400_000, 0.0]],
                      "max": arr(np.max(x)), "min": arr(np.min(x)),
                      "argmax": int(np.argmax(x)), "argmin": int(np.argmin(x))})
    save(OUT, cases)
    print("wrote", len(cases), "cases to", OUT)


if __name__ == "__main__":
    main()
