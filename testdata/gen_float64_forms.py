#!/usr/bin/python3
"""Golden data for ndarray's float64 forms and NumPy's edge cases around them.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_float64_forms.py
Writes ndarray/testdata/float64/cases.json: true division and weighted
averages of integer arrays, quantiles whose integer differences NumPy wraps,
and the bool reductions (sum, argmax, mean, cumsum of a mask) with the
integer arrays numgo reduces in their place.
"""
import os
import warnings

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "float64", "cases.json")

rng = np.random.default_rng(26)


def true_divide_cases():
    cases = []
    ints = rng.integers(-20, 20, (2, 3))
    ints[0, 0] = ints[1, 1] = 0
    row = np.array([3, 0, -7])
    pairs = [
        (ints, row),  # broadcast; x/0 and 0/0 give inf, -inf and nan
        (ints.T.copy()[::-1], np.array([[2], [-3], [5]])),
        (rng.integers(0, 256, (4, 5)).astype(np.uint8), rng.integers(1, 256, (5,)).astype(np.uint8)),
        (np.array([-128, 127, 5], dtype=np.int8), np.array([-1, 3, 0], dtype=np.int8)),
        (np.array([2**62 + 1, -(2**63), 7]), np.array([3, 7, 2**53 + 1])),
        (np.array(7), np.array([2, 4, 8])),
        # float32 with dtype=float64: numgo's TrueDivide computes in float64.
        (rng.standard_normal(6).astype(np.float32), rng.standard_normal(6).astype(np.float32)),
    ]
    for a, b in pairs:
        with np.errstate(all="ignore"):
            out = np.true_divide(a, b, dtype=np.float64)
        cases.append({"a": arr(a), "b": arr(b), "out": arr(out)})
    return cases


def average_cases():
    cases = []
    a = rng.integers(-50, 50, (3, 4))
    full = rng.integers(0, 5, (3, 4))
    for weights, axis in [(None, None), (None, 0), (full, None), (full, 1), (np.array([1, 2, 3]), 0),
                          (np.array([4, 0, 1, 2]), 1), (np.array([4, 0, 1, 2]), -1)]:
        out = np.average(a, weights=weights, axis=axis)
        cases.append({"a": arr(a), "weights": None if weights is None else arr(weights), "axis": axis,
                      "out": arr(out)})
    return cases


def quantile_wrap_cases():
    """NumPy takes the difference of neighbouring integers in their own
    type, which wraps for int8 [-128, 127]; numgo gives the exact value."""
    cases = []
    a = np.array([-128, 127, -100, 100], dtype=np.int8)
    for q in [0.3, 0.5, 0.6, 0.9]:
        cases.append({"a": arr(a), "q": q, "numpy": arr(np.quantile(a, q)),
                      "exact": arr(np.quantile(a.astype(np.int64), q)), "median": arr(np.median(a))})
    return cases


def bool_cases():
    mask = rng.integers(0, 2, (3, 5)).astype(bool)
    mask[1, :] = False
    cases = []
    for axis in [None, 0, 1]:
        cases.append({"mask": arr(mask), "axis": axis,
                      "sum": arr(np.sum(mask, axis=axis)),
                      "argmax": arr(np.argmax(mask, axis=axis)),
                      "argmin": arr(np.argmin(mask, axis=axis)),
                      "mean": arr(np.mean(mask, axis=axis)),
                      "cumsum": arr(np.cumsum(mask, axis=axis))})
    return cases


def empty_cases():
    """Quantiles of nothing raise IndexError (also where the result is
    empty: "index -1 is out of bounds"); medians of nothing are NaN."""
    cases = []
    for shape, axis in [((0,), None), ((0, 3), 0), ((0, 3), 1), ((3, 0), 1), ((3, 0), 0),
                        ((0, 0), 0), ((0, 0), 1), ((0, 0), None), ((2, 0, 0), 1)]:
        a = np.zeros(shape)
        c = {"shape": list(shape), "axis": axis}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            c["median"] = arr(np.median(a, axis=axis))
        try:
            c["quantile"] = arr(np.quantile(a, 0.5, axis=axis))
        except IndexError as e:
            c["quantile_error"] = str(e)
        cases.append(c)
    return cases


def main():
    doc = {
        "true_divide": true_divide_cases(),
        "average": average_cases(),
        "quantile_wrap": quantile_wrap_cases(),
        "bool": bool_cases(),
        "empty": empty_cases(),
    }
    save(OUT, doc)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
