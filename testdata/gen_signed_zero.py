#!/usr/bin/python3
"""Golden data for the sign of zero results of maximum, minimum, fmax,
fmin, clip, of the max/min reductions, of median and quantile, and of
complex cumprod and cumsum.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_signed_zero.py
Writes ndarray/testdata/signed_zero/cases.json.

Element-wise, NumPy's loops return the second operand when the operands
are equal (0.0 and -0.0): maximum(0.0, -0.0) is -0.0, maximum(-0.0, 0.0)
is 0.0, the same for minimum, fmax and fmin, and clip(x, lo, hi) is
minimum(maximum(x, lo), hi) by that rule. Every binary case is NumPy's
result, also with a scalar operand on either side.

For the reductions numgo's rule is the same one, applied in order: of the
elements equal to the maximum (minimum), the one met last wins, walking
the reduced axes as NumPy's iterator does: by decreasing |stride| (memory
order for a Fortran-ordered array), each in index order (backwards through
memory for a reversed view). Each reduction case stores NumPy's result and
the rule's ("rule", computed here). They agree where NumPy folds one
element after the other, which this script checks: contiguous runs of at
most one SIMD vector, strided runs of at most 8 elements, reductions along
an outer axis, runs of zeros only. Longer runs depend on how NumPy's SIMD
lanes split the run (and its fmax.reduce keeps the first zero of a short
contiguous run), so there the test holds numgo to the rule.

Inputs: v[i] = SYMS[(i*7919 + seed) % len(SYMS)] in C order, with SYMS
zeros of both signs and one non-zero value (below zero for max, above
for min), which the test recomputes (formula in a case).
"""
import json
import os

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "signed_zero", "cases.json")
NZ = -0.0


def formula(shape, seed, other, dtype, nsym=5):
    """Zeros of both signs and `other`: syms[(i*7919+seed) % nsym]."""
    syms = np.array([0.0, NZ, other, NZ, 0.0, other, NZ][:nsym], dtype)
    i = np.arange(int(np.prod(shape)), dtype=np.int64)
    return syms[(i * 7919 + seed) % nsym].reshape(shape)


def layout(base, name):
    """The views the Go test builds: C order, Fortran order, every other
    element along the last axis, and reversed memory along axis 0."""
    if name == "C":
        return base
    if name == "F":
        return base.T.copy().T
    if name == "step2":
        big = np.zeros(base.shape[:-1] + (2 * base.shape[-1],), base.dtype)
        big[..., ::2] = base
        return big[..., ::2]
    if name == "rev":
        return np.flip(np.flip(base, 0).copy(), 0)
    raise ValueError(name)


def rule(a, func, axis):
    """numgo's rule: of the elements equal to the extreme, the last one met
    in NumPy's order: reduced axes by decreasing |stride|, each in index
    order (a reversed view is walked backwards through memory)."""
    red = list(range(a.ndim)) if axis is None else [axis % a.ndim]
    b = a
    kept = [k for k in range(a.ndim) if k not in red]
    red.sort(key=lambda k: -abs(b.strides[k]))
    flat = np.ascontiguousarray(b.transpose(kept + red)).reshape([a.shape[k] for k in kept] + [-1])
    ismax = func in ("max", "nanmax")
    m = (np.max if ismax else np.min)(flat, axis=-1, keepdims=True)
    last = flat.shape[-1] - 1 - np.argmax((flat == m)[..., ::-1], axis=-1)
    return np.take_along_axis(flat, last[..., None], axis=-1)[..., 0]


FUNCS = {"max": np.max, "min": np.min, "nanmax": np.nanmax, "nanmin": np.nanmin}
WIDTH = {"float64": 4, "float32": 8}  # NumPy's AVX2 lanes


def same(x, y):
    x, y = np.asarray(x), np.asarray(y)
    return x.shape == y.shape and bool(np.all((x == y) & (np.signbit(x) == np.signbit(y))))


def follows_rule(base, lay, func, axis, dtype):
    """The classes where NumPy's loops fold in order (see the doc)."""
    n = base.size if axis is None else base.shape[axis]
    if np.all(base == 0) and func in ("max", "min"):
        return True
    if base.ndim == 2 and axis is not None:
        inner = (lay == "F") == (axis == 0)  # reduced axis is the inner one
        if not inner:
            return True
    if func in ("nanmax", "nanmin"):
        return False
    if base.ndim == 2 and axis is None and lay != "C":
        return False
    return n <= (WIDTH[dtype] if lay in ("C", "F") else 8)


def reduce_cases():
    cases = []
    shapes1 = [1, 2, 3, 4, 5, 8, 9, 15, 16, 17, 20, 33, 255, 256, 257, 1029]
    inputs = []
    for dtype in ("float64", "float32"):
        for n in shapes1:
            for seed in (0, 3):
                for func in FUNCS:
                    inputs.append((dtype, (n,), seed, func, 7 if n > 20 else 5))
        for shape in [(5, 7), (3, 300), (300, 3), (40, 260)]:
            for func in FUNCS:
                inputs.append((dtype, shape, 1, func, 7))
        for func in ("max", "min"):
            inputs.append((dtype, (20,), "ten+0", func, 0))
            inputs.append((dtype, (20,), "ten-0", func, 0))
    for dtype in ("float64", "float32"):
        for func in ("max", "min"):
            inputs.append((dtype, (300, 260), 2, func, 7))  # split across goroutines
    stats = {}
    for dtype, shape, seed, func, nsym in inputs:
        other = -1.0 if func in ("max", "nanmax") else 1.0
        if seed == "ten+0":
            base = np.array([0.0] * 10 + [NZ] * 10, dtype)
        elif seed == "ten-0":
            base = np.array([NZ] * 10 + [0.0] * 10, dtype)
        else:
            base = formula(shape, seed, other, dtype, nsym)
        axes = [None] if len(shape) == 1 else [None, 0, 1]
        lays = ["C", "step2", "rev"] if len(shape) == 1 else ["C", "F", "step2", "rev"]
        for lay in lays:
            a = layout(base, lay)
            for axis in axes:
                np_out = FUNCS[func](a, axis=axis)
                r = rule(a, func, axis)
                agree = same(np_out, r)
                if follows_rule(base, lay, func, axis, dtype) and not agree:
                    raise SystemExit("NumPy breaks the in-order rule: %s %s %s %s axis=%s" % (func, dtype, shape, lay, axis))
                key = (func, agree)
                stats[key] = stats.get(key, 0) + 1
                c = {"func": func, "dtype": dtype, "shape": list(shape), "layout": lay, "axis": axis,
                     "numpy": arr(np_out), "rule": arr(r), "numpy_follows_rule": agree}
                if isinstance(seed, str):
                    c["input"] = arr(base)
                else:
                    c["formula"] = {"seed": seed, "other": other, "nsym": nsym}
                cases.append(c)
    print("reduction cases (func, NumPy agrees with the rule): count", sorted(stats.items()))
    return cases


def binary_cases():
    cases = []
    for dtype in ("float64", "float32"):
        for n in (1, 5, 16, 37, 300):
            for seed in (0, 1):
                syms = np.array([0.0, NZ, 1.0, -1.0, np.nan, 0.0, NZ], dtype)
                i = np.arange(n)
                a = syms[(i * 7919 + seed) % 7]
                b = syms[(i * 104729 + 3 * seed + 1) % 6]  # no NaN: ties are most cases
                for name in ("maximum", "minimum", "fmax", "fmin"):
                    f = getattr(np, name)
                    with np.errstate(all="ignore"):
                        cases.append({"func": name, "a": arr(a), "b": arr(b), "out": arr(f(a, b)),
                                      "scalar_a": arr(f(a[0], b)), "scalar_b": arr(f(a, b[0]))})
    return cases


def clip_cases():
    cases = []
    for dtype in ("float64", "float32"):
        for n in (5, 300):
            syms = np.array([0.0, NZ, 1.0, -1.0, np.nan, 0.5, -0.5], dtype)
            a = syms[(np.arange(n) * 7919) % 7]
            for lo, hi in [(0.0, 1.0), (NZ, 1.0), (-1.0, 0.0), (-1.0, NZ), (0.0, 0.0), (NZ, NZ), (0.0, NZ), (NZ, 0.0)]:
                cases.append({"a": arr(a), "lo": lo, "hi": hi, "out": arr(np.clip(a, np.array(lo, dtype), np.array(hi, dtype)))})
    return cases


def quantile_cases():
    """Median, quantile and percentile where the result is a zero: NumPy's
    median is a mean (a sum from 0, so a -0 middle gives 0), and its
    quantile interpolates with _lerp, whose sign of zero depends on the
    weight (an index at the last element counts from index -1). Zeros of
    both signs in one slice are left out: which of them NumPy's partition
    puts next to the quantile's index is its introselect's doing."""
    cases = []
    rows = [[NZ], [NZ, NZ], [NZ, NZ, NZ], [NZ, NZ, NZ, NZ], [NZ, 5.0, NZ],
            [-1.0, NZ, NZ, 3.0], [NZ, NZ, 1.0], [-2.0, NZ], [0.0, 0.0, 2.0], [NZ, -3.0, NZ, 7.0, NZ]]
    qs = [0.0, 0.25, 0.3, 0.5, 0.7, 1.0]
    for dtype in ("float64", "float32"):
        for row in rows:
            a = np.array(row, dtype)
            cases.append({"func": "median", "a": arr(a), "axis": None, "out": arr(np.median(a))})
            for q in qs:
                cases.append({"func": "quantile", "q": q, "a": arr(a), "axis": None, "out": arr(np.quantile(a, q))})
        a = np.array([[NZ, NZ, 1.0], [NZ, -1.0, NZ], [NZ, NZ, NZ], [1.0, NZ, -1.0]], dtype)
        for axis in (None, 0, 1):
            cases.append({"func": "median", "a": arr(a), "axis": axis, "out": arr(np.median(a, axis=axis))})
            for q in qs:
                cases.append({"func": "quantile", "q": q, "a": arr(a), "axis": axis,
                              "out": arr(np.quantile(a, q, axis=axis))})
    return cases


def scan_cases():
    """Complex cumprod and cumsum copy their first element, as NumPy's
    accumulate does: no 1·x that would turn a -0 real part into 0, or the 0
    beside an infinity into NaN."""
    NZ1 = complex(NZ, -1.0)
    rows = [[NZ1, 2], [complex(np.inf, 0), 2], [complex(np.inf, 0)], [complex(NZ, NZ), complex(1, 1)],
            [complex(0, np.inf), 1j, 3]]
    cases = []
    for row in rows:
        a = np.array(row, np.complex128)
        for name in ("cumprod", "cumsum"):
            with np.errstate(all="ignore"):
                cases.append({"func": name, "a": arr(a), "out": arr(getattr(np, name)(a))})
    return cases


def main():
    doc = {"binary": binary_cases(), "clip": clip_cases(), "reduce": reduce_cases(), "quantile": quantile_cases(),
           "scan": scan_cases()}
    save(OUT, doc)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
