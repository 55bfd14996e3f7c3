#!/usr/bin/python3
"""Golden data for ndarray's set operations, partitioning, lexsort,
convolution and cross product (setops.go, partition.go, lexsort.go,
convolve.go, cross.go).

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_setops.py
Writes ndarray/testdata/setops/cases.json: a list of cases, each naming the
NumPy function ("op"), its inputs as contiguous arrays with the view to take
of each ("view": "c" as is, "t" transposed, "rev" last axis reversed), its
other arguments, and either the result ("out", or "outs" for several) or the
exception NumPy raised ("error": its message, "kind": the numgo error it
maps to). Partition's element order is unspecified, so its cases hold
np.sort's result along the axis ("sorted") for the tests to check the
partition against. Convolutions of floats hold "bound", the convolution of
the inputs' absolute values, which bounds the rounding error.
"""
import os

import numpy as np

from golden import VIEWS, arr, outcome, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "setops", "cases.json")

cases = []


def case(op, ins, view="c", f=None, kind=None, loose=False, **kw):
    """Records op applied to the views of ins; kw holds the Go-side
    arguments, f computes NumPy's result from the viewed inputs, kind names
    the numgo error expected and loose says to check the kind only (NumPy's
    message is not one numgo can share)."""
    c = {"op": op, "in": [arr(a) for a in ins], "view": view}
    c.update(kw)
    xs = [VIEWS[view](np.asarray(a)) for a in ins]
    cases.append(outcome(c, op, lambda: f(*xs), kind, loose))


nan, inf = np.nan, np.inf
ints = np.array([[5, -3, 5, 0, 9, -3], [2, 2, 1, 8, -6, 2], [0, 0, 7, 0, 0, 1], [7, -1, 3, 3, 4, 100]], np.int64)
floats = np.array([[3.5, nan, -1.0, 2.0, -0.5, 0.0], [inf, 0.0, nan, -inf, 1.5, -0.0],
                   [2.0, 2.0, nan, 2.0, -7.0, 3.5], [1.0, -1.0, 0.25, inf, nan, 4.0]])
zs = np.array([[1 + 2j, 1 - 1j, complex(nan, 0), 0j, -3 + 1j, 1 + 2j],
               [complex(2, nan), complex(nan, nan), 2 + 0j, -1 - 1j, complex(nan, -1), 2 + 0j],
               [3j, -3j, 1 + 0j, 1 + 1j, 1 - 1j, complex(1, nan)],
               [2 + 0j, 1 + 2j, -1j, 5 + 5j, 0j, -3 + 1j]])
bools = np.array([[True, False, True, True, False, False], [False, False, True, False, True, True],
                  [True, True, True, True, False, True], [False, True, False, False, False, True]])
sources = {"int64": ints, "float64": floats, "float32": floats.astype(np.float32), "complex128": zs,
           "bool": bools, "uint8": (ints % 256).astype(np.uint8), "int8": ints.astype(np.int8)}
# A second operand sharing some values with each source, in another shape.
partners = {name: np.concatenate([a[1:3, ::2].ravel(), a[0, :2][::-1]]) for name, a in sources.items()}
partners["int64"] = np.array([2, 100, -3, 11, 2, 6, -6], np.int64)
partners["int8"] = partners["int64"].astype(np.int8)
partners["uint8"] = (partners["int64"] % 256).astype(np.uint8)

# Set operations.
for name, a in sources.items():
    b = partners[name]
    for view in ["c", "t", "rev"]:
        for x, y in [(a, b), (b, a), (a, a[::-1])]:
            for invert in [False, True]:
                case("isin", [x, y], view, invert=invert, f=lambda x, y, i=invert: np.isin(x, y, invert=i))
            case("intersect1d", [x, y], view, f=np.intersect1d)
            case("intersect1d_indices", [x, y], view, f=lambda x, y: np.intersect1d(x, y, return_indices=True))
            case("union1d", [x, y], view, f=np.union1d)
            case("setdiff1d", [x, y], view, f=np.setdiff1d)
            case("setxor1d", [x, y], view, f=np.setxor1d)
    # Distinct inputs under assume_unique, where NumPy skips unique and
    # setdiff1d keeps a's order.
    ua, ub = np.unique(a)[::-1].copy(), np.unique(b)
    if name != "bool":
        ua, ub = ua[np.isfinite(ua) if ua.dtype.kind in "fc" else slice(None)], ub
    case("intersect1d", [ua, ub], assume_unique=True, f=lambda x, y: np.intersect1d(x, y, assume_unique=True))
    case("intersect1d_indices", [ua, ub], assume_unique=True,
         f=lambda x, y: np.intersect1d(x, y, assume_unique=True, return_indices=True))
    case("setdiff1d", [ua, ub], assume_unique=True, f=lambda x, y: np.setdiff1d(x, y, assume_unique=True))
    case("setxor1d", [ua, ub], assume_unique=True, f=lambda x, y: np.setxor1d(x, y, assume_unique=True))
    case("isin", [a, ub], assume_unique=True, f=lambda x, y: np.isin(x, y, assume_unique=True))
    # Empty and 0-d operands.
    e = a[:0, :0]
    for x, y in [(e, b), (b, e), (e, e), (a[1, 2], b), (b, a[0, 0])]:
        for op, f in [("isin", np.isin), ("intersect1d", np.intersect1d), ("union1d", np.union1d),
                      ("setdiff1d", np.setdiff1d), ("setxor1d", np.setxor1d),
                      ("intersect1d_indices", lambda x, y: np.intersect1d(x, y, return_indices=True))]:
            case(op, [x, y], f=f)
# assume_unique given inputs that are not: NumPy's algorithm decides.
dup = np.array([1, 1, 2, 5], np.int64)
dup2 = np.array([2, 1, 2], np.int64)
for op, f in [("intersect1d", np.intersect1d), ("setdiff1d", np.setdiff1d), ("setxor1d", np.setxor1d),
              ("intersect1d_indices", lambda x, y, **kw: np.intersect1d(x, y, return_indices=True, **kw))]:
    case(op, [dup, dup2], assume_unique=True, f=lambda x, y, f=f: f(x, y, assume_unique=True))
# NaN is in no set; -0 is in a set holding 0; NaNs count as one in union1d.
nz = np.array([nan, -0.0, 1.0, nan])
case("isin", [nz, np.array([0.0, nan])], f=np.isin)
for op, f in [("intersect1d", np.intersect1d), ("union1d", np.union1d), ("setdiff1d", np.setdiff1d),
              ("setxor1d", np.setxor1d)]:
    case(op, [nz, np.array([0.0, nan])], f=f)
# Long operands: the sorts change algorithm from 256 elements.
rng = np.random.default_rng(7)
la, lb = rng.integers(-400, 400, 1000), rng.integers(-400, 400, 700)
for op, f in [("isin", np.isin), ("intersect1d", np.intersect1d), ("union1d", np.union1d),
              ("setdiff1d", np.setdiff1d), ("setxor1d", np.setxor1d),
              ("intersect1d_indices", lambda x, y: np.intersect1d(x, y, return_indices=True))]:
    case(op, [la, lb], f=f)
    case(op, [la.astype(np.float64) / 4, lb.astype(np.float64) / 4], f=f)

# Partitioning. The order of a partition's elements is NumPy's choice, so
# the result recorded is np.sort's along the axis, which a partition must
# agree with at each kth and between them; NumPy's partition runs first, to
# raise its errors. np.argpartition ravels a 0-d array (np.partition and
# np.sort refuse it), and so does its reference.
def partition_case(op, a, view="c", kth=(0,), axis=-1, **kw):
    f = {"partition": np.partition, "argpartition": np.argpartition}[op]
    case(op, [a], view, kth=list(kth), axis=axis, flat=axis is None,
         f=lambda x: (f(x, kth, axis=axis), np.sort(x if op == "partition" else np.atleast_1d(x), axis=axis))[1], **kw)


for op in ["partition", "argpartition"]:
    for name, a in sources.items():
        for view in ["c", "t", "rev"]:
            v = VIEWS[view](a)
            for axis in [0, 1, -1, None]:
                n = v.size if axis is None else v.shape[axis]
                for kth in [[0], [2], [-1], [1, n - 2], [0, -1], [3, 3, 1], list(range(n))]:
                    partition_case(op, a, view, kth, axis)
    long = rng.normal(size=(2, 600))
    long[:, ::17] = nan
    long[1, ::3] = 1.0  # many equal elements
    for kth in [[599], [10, 300, 590], [-200]]:
        partition_case(op, long, kth=kth)
        partition_case(op, np.arange(700, dtype=np.int64)[::-1].copy(), kth=kth)
        partition_case(op, np.arange(700, dtype=np.int64) % 7, kth=kth)
    for kth in [[6], [-7], [1, 6]]:
        partition_case(op, ints, kth=kth, kind="value")
    partition_case(op, ints, kth=[1], axis=2, kind="axis")
    partition_case(op, np.array(5, np.int64), kth=[0], kind="axis" if op == "partition" else None)
    partition_case(op, np.array(5, np.int64), kth=[0], axis=None)
    # NumPy checks no kth when there are no elements.
    for shape, axis in [((0,), -1), ((0, 3), 1), ((2, 0), 1), ((0, 3), 0)]:
        partition_case(op, np.zeros(shape, np.int64), kth=[5], axis=axis)

# LexSort: the last key is the primary one; the sort is stable.
for name, a in sources.items():
    keysets = [[a], [a, a[::-1]], [a[::-1], a, (a[:, ::-1] if name == "bool" else a[:, ::-1])]]
    for view in ["c", "t", "rev"]:
        for keys in keysets:
            for axis in [0, 1, -1]:
                case("lexsort", keys, view, axis=axis, f=lambda *ks, axis=axis: np.lexsort(ks, axis=axis))
case("lexsort", [ints.ravel() % 3, ints.ravel() // 10], f=lambda *ks: np.lexsort(ks))
for axis in [0, -1, 1, -2]:
    case("lexsort", [np.array(3, np.int64), np.array(1, np.int64)], axis=axis, kind=None if axis in (0, -1) else "axis",
         f=lambda *ks, axis=axis: np.asarray(np.lexsort(ks, axis=axis)))
case("lexsort", [np.zeros((2, 0), np.int64)], f=lambda *ks: np.lexsort(ks))
case("lexsort", [la, la // 7], f=lambda *ks: np.lexsort(ks))
case("lexsort", [la.astype(np.float64), (la // 7).astype(np.float64)], f=lambda *ks: np.lexsort(ks))
case("lexsort", [], kind="value", f=lambda: np.lexsort([]))
case("lexsort", [ints, ints[:, :3]], kind="shape", f=lambda *ks: np.lexsort(ks))
case("lexsort", [ints], axis=2, kind="axis", f=lambda *ks: np.lexsort(ks, axis=2))

# Convolution and correlation.
MODES = ["full", "same", "valid"]
rows = {"int64": np.array([3, -1, 4, 1, -5, 9, 2], np.int64), "int8": np.array([100, -90, 70, 127, -128, 3, 99], np.int8),
        "uint8": np.array([200, 9, 255, 1, 77, 3, 130], np.uint8),
        "float64": np.array([0.5, -1.25, 3.0, 1e-3, 7.5, -2.0, 0.1]),
        "float32": np.array([0.5, -1.25, 3.0, 1e-3, 7.5, -2.0, 0.1], np.float32),
        "complex128": np.array([1 + 2j, -1j, 3 + 0.5j, 2 - 2j, 0.25 + 0j, -1 + 1j, 4j])}


def conv_case(op, x, y, view="c", **kw):
    f = {"convolve": np.convolve, "correlate": np.correlate}[op]
    for mode in MODES:
        extra = dict(kw)
        if x.dtype.kind in "fc" and "kind" not in kw:
            xv, yv = VIEWS[view](np.abs(np.asarray(x))), VIEWS[view](np.abs(np.asarray(y)))
            extra["bound"] = arr(f(xv.astype(np.float64), yv.astype(np.float64), mode))
        case(op, [x, y], view, mode=mode, f=lambda a, v, m=mode: f(a, v, m), **extra)


for name, r in rows.items():
    for op in ["convolve", "correlate"]:
        for la_, lv in [(7, 3), (3, 7), (6, 4), (4, 6), (5, 5), (7, 1), (1, 7), (6, 2), (2, 6), (4, 4), (7, 7)]:
            x, y = r[:la_], r[::-1][:lv]
            for view in ["c", "rev"]:
                conv_case(op, x, y, view)
        # np.convolve takes 0-d inputs as 1-d, np.correlate does not.
        zero_d = {"kind": "value"} if op == "correlate" else {}
        conv_case(op, r[3], r[:4], **zero_d)
        conv_case(op, r[:4], r[5], **zero_d)
special = np.array([1.0, inf, 2.0, nan, 3.0])
for op in ["convolve", "correlate"]:
    conv_case(op, special, np.array([1.0, 0.0, -1.0]))
    long_a, long_v = rng.normal(size=400), rng.normal(size=23)
    conv_case(op, long_a, long_v)
    conv_case(op, long_v, long_a)
    conv_case(op, (long_a + 1j * rng.normal(size=400)), (long_v - 2j))
    conv_case(op, la, lb[:41])
    # Kernels from 384 elements take the BLAS's dot product, as NumPy's do.
    blas_rng = np.random.default_rng(64)
    long_a, long_v = blas_rng.normal(size=450), blas_rng.normal(size=400)
    for x, y in [(long_a, long_v), (long_v, long_a), (long_a.astype(np.float32), long_v.astype(np.float32)),
                 (long_a + 1j * blas_rng.normal(size=450), long_v - 0.5j)]:
        conv_case(op, x, y)
    for mode in MODES:
        for x, y in [(np.array([], np.int64), np.array([1, 2], np.int64)),
                     (np.array([1, 2], np.int64), np.array([], np.int64)),
                     (np.array([], np.int64), np.array([], np.int64)),
                     (np.ones((2, 2), np.int64), np.array([1], np.int64))]:
            case(op, [x, y], mode=mode, kind="value", f=lambda a, v, m=mode, op=op: getattr(np, op)(a, v, m))

# Cross products.
cross_src = {"int64": np.array([[1, 2, 3], [-4, 5, 6], [7, -8, 9], [0, 1, -1]], np.int64),
             "uint8": np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9], [0, 1, 200]], np.uint8),
             "float64": np.array([[1.5, -2.0, 3.25], [inf, 1.0, 0.0], [nan, 2.0, 1.0], [1e300, 1e-300, -7.0]]),
             "float32": np.array([[1.5, -2.0, 3.25], [0.1, 1.0, 0.0], [3.0, 2.0, 1.0], [1e30, 1e-30, -7.0]], np.float32),
             "complex128": np.array([[1 + 1j, 2, -3j], [4 - 1j, 0.5j, 6], [7, -8 + 2j, 9j], [1j, 1, -1]])}


def cross_case(x, y, view="c", kind=None, loose=False, **axes):
    kw = {k: v for k, v in axes.items()}
    case("cross", [x, y], view, kind=kind, loose=loose,
         f=lambda a, b: np.cross(a, b, **{k: v for k, v in axes.items()}), **kw)


for name, m in cross_src.items():
    other = m[::-1] * 2 - 1
    for view in ["c", "rev"]:
        cross_case(m, other, view)
        cross_case(m[0], other, view)
        cross_case(m[1], m[2], view)
        cross_case(m[:, :2], other, view)
        cross_case(m, other[:, :2], view)
        cross_case(m[:, :2], other[:, 1:], view)
        cross_case(m[0, :2], other[1, 1:], view)
        cross_case(m.reshape(4, 1, 3), other[:3], view)
    cross_case(m, other, "t", axis=0)
    cross_case(m, other, "t", axisa=0, axisb=0, axisc=0)
    cross_case(m.T.copy(), other, axisa=0)
    cross_case(m, other.T.copy(), axisb=-2, axisc=0)
    cross_case(m.reshape(4, 1, 3), other[:3], axisc=1)
    cross_case(m.reshape(2, 2, 3).transpose(0, 2, 1).copy(), other[:2], axisa=1, axisc=-2)
    cross_case(m[:, :2], other[:, :2], axisc=5)  # ignored for 2-vectors
cross_case(cross_src["int64"][:0], cross_src["int64"][:0])
cross_case(cross_src["int64"], cross_src["int64"][:2, :2], kind="shape", loose=True)
cross_case(np.ones((2, 4), np.int64), np.ones((2, 3), np.int64), kind="value")
cross_case(np.ones((2, 3), np.int64), np.ones((2, 1), np.int64), kind="value")
cross_case(np.ones((2, 3), np.int64), np.ones((2, 3), np.int64), kind="axis", axisa=2)
cross_case(np.ones((2, 3), np.int64), np.ones((2, 3), np.int64), kind="axis", axisb=-3)
cross_case(np.ones((2, 3), np.int64), np.ones((2, 3), np.int64), kind="axis", axisc=2)
cross_case(np.ones((2, 3), np.int64), np.ones((2, 3), np.int64), kind="axis", axis=2)
# Empty stacks with the component axis first: no element to step to.
for name in ["int64", "uint8", "float64", "complex128"]:
    e = cross_src[name][:0]
    cross_case(e[:, :2].T.copy(), e[:, :2].T.copy(), axis=0)
    cross_case(e.T.copy(), e.T.copy(), axisa=0, axisb=0)
    cross_case(e.T.copy(), e[:, :2].T.copy(), axisa=0, axisb=0, axisc=0)
    cross_case(e[:, :2].T.copy(), e, axisa=0)
    cross_case(e.T.copy(), e.T.copy(), "t", axisa=1, axisb=1)
    cross_case(np.zeros((2, 0, 4), e.dtype), np.zeros((3, 0, 1), e.dtype), axis=0)
# np.argpartition of a 0-d array works on it ravelled.
for a in [np.array(5, np.int64), np.array(nan), np.array(True), np.array(2 - 1j)]:
    for kth, axis, kind in [([0], -1, None), ([-1], -1, None), ([0, -1], -1, None), ([0], 0, None), ([0], None, None),
                            ([1], -1, "value"), ([-2], -1, "value"), ([0], 1, "axis"), ([0], -2, "axis")]:
        partition_case("argpartition", a, kth=kth, axis=axis, kind=kind)

# LexSort's SortFlat is numpy.lexsort of the ravelled keys: 1-d, also for
# 0-d keys.
for keys in [[np.array(3, np.int64)], [np.array(3, np.int64), np.array(1, np.int64)], [np.array(nan), np.array(2.0)],
             [np.array(True)], [ints, ints[::-1]], [floats], [zs, zs[:, ::-1]]]:
    case("lexsort", keys, flat=True, f=lambda *ks: np.lexsort([k.ravel() for k in ks]))
case("lexsort", [ints.T, ints.T[::-1]], "t", flat=True, f=lambda *ks: np.lexsort([k.ravel() for k in ks]))

# Convolve checks the lengths of the first axes (Python's len) before the
# dimensions; Correlate converts a and then v to 1-d first.
for x, y in [(np.ones((2, 2)), np.zeros(0)), (np.zeros(0), np.ones((2, 2))), (np.ones(3), np.ones((0, 2))),
             (np.ones((0, 2)), np.ones(3)), (np.ones(3), np.ones((2, 0))), (np.ones((3, 2)), np.ones(5)),
             (np.array(2.0), np.ones((2, 2))), (np.ones((2, 2)), np.array(2.0)), (np.zeros(0), np.array(2.0))]:
    for op in ["convolve", "correlate"]:
        case(op, [x, y], mode="valid", kind="value", f=lambda a, v, op=op: getattr(np, op)(a, v, "valid"))

save(OUT, cases)
print(f"{len(cases)} cases")
