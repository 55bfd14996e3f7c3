#!/usr/bin/python3
"""Golden data for reductions along the contiguous (last) axis.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_reduce_rows.py
Writes ndarray/testdata/reduce/rows.json: inputs whose rows reach numgo's
block-of-rows kernel (rows of 1029 elements: not a multiple of the SIMD
width nor of the 128-element pairwise block; short rows of 13; rows with
NaNs and infinities; an outer reduced axis around the rows) and NumPy's
sum, mean, max and min of them along the given axes. The "formula" inputs
are not stored but computed by the test as x[i] = ((i*7919) % 1000 + 0.5) / 64
over the C-order index i (exact in float64 and float32, so every order of
summation gives the same sums): large enough to split across goroutines.
"""
import os
import warnings

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "reduce", "rows.json")

rng = np.random.default_rng(11)
# Positive values: sums without cancellation, so a few ulps compare.
rows = rng.uniform(1, 10, (6, 1029))
rows[2, 700] = np.nan
rows[4, 3] = np.nan
rows[4, 1000] = np.nan
rows[5, 17] = np.inf
rows[1, 1028] = -np.inf
short = rng.uniform(1, 10, (97, 13))
short[40, 12] = np.nan
deep = rng.uniform(1, 10, (3, 5, 300))
deep[1, 3, 299] = np.nan
stored = {
    "rows_f64": rows,
    "rows_f32": rows.astype(np.float32),
    "short_f64": short,
    "deep_f64": deep,
}


def formula(shape, dtype):
    i = np.arange(int(np.prod(shape)), dtype=np.int64)
    return (((i * 7919) % 1000 + 0.5) / 64).astype(dtype).reshape(shape)


generated = {
    "formula_f64": formula((260, 301), np.float64),
    "formula_f32": formula((4, 70, 301), np.float32),
}
AXES = [1, -1, 0, (0, 2), 2]
FUNCS = {"sum": np.sum, "mean": np.mean, "max": np.max, "min": np.min}


def main():
    warnings.simplefilter("ignore")
    cases = []
    inputs = dict(stored)
    inputs.update(generated)
    for name, a in inputs.items():
        for fname, f in FUNCS.items():
            for axis in AXES:
                if isinstance(axis, tuple) and a.ndim < 3 or axis == 2 and a.ndim < 3:
                    continue
                if name in generated and axis not in (-1, 0, (0, 2)) or name == "formula_f32" and axis == 0:
                    continue  # keeps the file small
                with np.errstate(all="ignore"):
                    out = f(a, axis=axis)
                cases.append({"func": fname, "input": name, "axis": axis, "out": arr(np.asarray(out))})
    doc = {
        "inputs": {k: arr(v) for k, v in stored.items()},
        "formula": {k: {"dtype": str(v.dtype), "shape": list(v.shape)} for k, v in generated.items()},
        "cases": cases,
    }
    save(OUT, doc)
    print("wrote", len(cases), "cases to", OUT)


if __name__ == "__main__":
    main()
