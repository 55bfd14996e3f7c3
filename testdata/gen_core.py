#!/usr/bin/python3
"""Golden data for ndarray's core: creation, casting and views.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_core.py
Writes ndarray/testdata/core/cases.json. Floats that JSON cannot hold are
written as the strings "nan", "inf", "-inf"; complex numbers as [re, im].
"""
import json
import os

import numpy as np

from golden import arr, enc, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "core", "cases.json")


cases = {"arange": [], "linspace": [], "eye": [], "convert": [], "reshape": [], "views": [],
         "large": []}

for args, dtype in [((12,), None), ((0,), None), ((-3,), None), ((2, 9), None), ((10, 0, -3), None),
                    ((5, 5), None), ((0, 10, 3), None), ((-7, 7, 4), None), ((3, -3, -1), None),
                    ((0.0, 3.0, 0.5), "float64"), ((0.1, 1.0, 0.3), "float64"), ((1.0, 0.0, -0.1), "float64"),
                    ((-1.5, 2.25, 0.75), "float64"), ((0.0, 1.0, 0.1), "float64"), ((10.0,), "float64"),
                    ((0.5, 3.0, 1.0), "float32"), ((0.0, 1.0, 0.1), "float32"), ((2, 20, 5), "uint8"),
                    ((0.0, 0.3, 0.1), "float32"), ((0.0, 0.1, 0.01), "float32"), ((1.0, 0.0, -0.1), "float32"),
                    ((-0.0, 3.0), "float64"), ((0.1, 2.0, 0.7), "float64"), ((1e16, 1e16 + 40, 3.0), "float64")]:
    if dtype == "float32":  # numgo's Arange[float32] takes float32 arguments
        args = tuple(np.float32(x) for x in args)
    a = np.arange(*args, dtype=dtype)
    cases["arange"].append({"args": [enc(x) for x in args], "out": arr(a)})

for start, stop, num, endpoint, dtype in [(0.0, 1.0, 5, True, "float64"), (0.0, 1.0, 5, False, "float64"),
                                          (-2.5, 7.1, 13, True, "float64"), (1.0, 1.0, 4, True, "float64"),
                                          (3.0, -3.0, 7, True, "float64"), (0.0, 1.0, 1, True, "float64"),
                                          (0.0, 1.0, 0, True, "float64"), (0.0, 10.0, 11, False, "float64"),
                                          (0.1, 0.9, 9, True, "float32"), (1e-300, 1e-299, 6, True, "float64")]:
    if dtype == "float32":  # numgo's Linspace[float32] takes float32 bounds
        start, stop = float(np.float32(start)), float(np.float32(stop))
    a = np.linspace(start, stop, num, endpoint=endpoint, dtype=dtype)
    cases["linspace"].append({"start": start, "stop": stop, "num": num, "endpoint": endpoint, "out": arr(a)})

# Results long enough to be filled by several goroutines, sampled: every
# 997th element and the last few (each element is computed on its own, so a
# chunk filled from a wrong index shows at the samples in it).
def sampled(kind, args, a):
    idx = sorted(set(range(0, a.size, 997)) | set(range(max(a.size - 3, 0), a.size)))
    cases["large"].append({"kind": kind, "args": [enc(x) for x in args], "dtype": str(a.dtype),
                           "size": a.size, "idx": idx, "vals": [enc(a[i].item()) for i in idx]})


for start, stop, num, endpoint, dtype in [(-3.0, 5.0, 200003, True, "float64"),
                                          (0.0, 1.0, 150001, False, "float64"),
                                          (0.1, 0.9, 100003, True, "float32")]:
    if dtype == "float32":
        start, stop = float(np.float32(start)), float(np.float32(stop))
    sampled("linspace" if endpoint else "linspace_noend", [start, stop, num],
            np.linspace(start, stop, num, endpoint=endpoint, dtype=dtype))
for args, dtype in [((0.0, 20000.0, 0.1), "float64"), ((-100001, 100000, 1), "int64"),
                    ((1.0, -30000.0, -0.25), "float32")]:
    sampled("arange", args, np.arange(*args, dtype=dtype))

for n, m, k in [(3, 3, 0), (3, 4, 1), (4, 3, -1), (2, 5, 3), (3, 3, -5), (0, 0, 0), (1, 1, 0)]:
    cases["eye"].append({"n": n, "m": m, "k": k, "out": arr(np.eye(n, m, k, dtype=np.int64))})

sources = {
    "float64": np.array([-2.7, -1.5, -0.5, 0.0, 0.5, 1.5, 2.7, 100.9, -128.2, 255.9]),
    "float32": np.array([-2.7, -1.5, 0.0, 1.5, 3.25, 1e10], dtype=np.float32),
    "int64": np.array([-300, -129, -1, 0, 1, 127, 255, 256, 70000, 2**40 + 3], dtype=np.int64),
    "uint8": np.array([0, 1, 127, 128, 255], dtype=np.uint8),
    "bool": np.array([True, False, True]),
    "complex128": np.array([1.5 + 2j, -0.5 - 3j, 0j, 1j]),
    "int8": np.array([-128, -1, 0, 1, 127], dtype=np.int8),
}
targets = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
           "float32", "float64", "complex64", "complex128"]
with np.errstate(all="ignore"):
    import warnings
    warnings.simplefilter("ignore")
    for src_name, src in sources.items():
        for t in targets:
            if src.dtype.kind == "f" and np.dtype(t).kind in "iu":
                # Out-of-range float-to-int casts are undefined in C and Go alike.
                info = np.iinfo(t)
                src = src[(src > info.min - 1) & (src < info.max + 1)]
            if src.dtype.kind == "c" and np.dtype(t).kind in "iu":
                info = np.iinfo(t)
                src = src[(src.real > info.min - 1) & (src.real < info.max + 1)]
            cases["convert"].append({"in": arr(src), "out": arr(src.astype(t))})
            src = sources[src_name]

# float64 <-> float32 over runs long enough for the SIMD conversions: ties,
# overflow to inf, subnormals, NaN and signed zeros among random values.
rng = np.random.default_rng(3)
wide = np.concatenate([[np.nan, np.inf, -np.inf, 0.0, -0.0, 1e300, -1e300, 1e-40, -1e-45, 3.4028235e38,
                        1 + 2.0**-24, 1 + 3 * 2.0**-24, 16777217.0], rng.normal(0, 1e3, 290)])
with np.errstate(all="ignore"):
    cases["convert"].append({"in": arr(wide), "out": arr(wide.astype(np.float32))})
    narrow = wide.astype(np.float32)
    cases["convert"].append({"in": arr(narrow), "out": arr(narrow.astype(np.float64))})

# Reshape: whether NumPy returns a view, for arrays reached by view chains.
base = np.arange(24)
chains = {
    "c": lambda a: a.reshape(2, 3, 4),
    "t": lambda a: a.reshape(2, 3, 4).T,
    "t01": lambda a: a.reshape(2, 3, 4).transpose(1, 0, 2),
    "rev": lambda a: a.reshape(4, 6)[:, ::-1],
    "step": lambda a: a.reshape(4, 6)[:, ::2],
    "col": lambda a: a.reshape(4, 6)[:, 1:2],
    "bcast": lambda a: np.broadcast_to(a.reshape(1, 24)[:, :6], (4, 6)),
    "ones": lambda a: a.reshape(1, 2, 1, 12, 1),
}
newshapes = [(24,), (-1,), (6, 4), (4, -1), (2, 12), (3, 8), (2, 3, 4), (4, 3, 2), (1, 24, 1), (2, 2, 6), (12, 2), (6, 1, 4)]
for name, f in chains.items():
    a = f(base)
    for ns in newshapes:
        try:
            r = a.reshape(ns)
        except ValueError:
            continue
        cases["reshape"].append({"chain": name, "newshape": list(ns), "view": bool(np.shares_memory(r, base)), "out": arr(r)})
    for ns in [(5, 5), (7, -1), (-1, -1)]:
        cases["reshape"].append({"chain": name, "newshape": list(ns), "error": True})

a = np.arange(24).reshape(2, 3, 4)
views = [
    ("T", [], a.T), ("transpose", [1, 2, 0], a.transpose(1, 2, 0)), ("transpose", [0, -1, 1], a.transpose(0, -1, 1)),
    ("swapaxes", [0, 2], a.swapaxes(0, 2)), ("swapaxes", [-1, 1], a.swapaxes(-1, 1)),
    ("moveaxis", [0, -1], np.moveaxis(a, 0, -1)), ("moveaxis", [2, 0], np.moveaxis(a, 2, 0)), ("moveaxis", [1, 2], np.moveaxis(a, 1, 2)),
    ("expand_dims", [0], np.expand_dims(a, 0)), ("expand_dims", [-1], np.expand_dims(a, -1)), ("expand_dims", [0, 4], np.expand_dims(a, (0, 4))),
    ("expand_dims", [1, 2], np.expand_dims(a, (1, 2))),
    ("diagonal", [0], a.diagonal(0)), ("diagonal", [1], a.diagonal(1)), ("diagonal", [-1], a.diagonal(-1)),
    ("diagonal", [0, 1, 2], a.diagonal(0, 1, 2)), ("diagonal", [2, 1, 2], a.diagonal(2, 1, 2)), ("diagonal", [-1, 2, 0], a.diagonal(-1, 2, 0)),
    ("diagonal", [5], a.diagonal(5)),
    ("broadcast_to", [3, 2, 3, 4], np.broadcast_to(a, (3, 2, 3, 4))),
    ("ravel", [], a.ravel()),
]
for op, args, r in views:
    cases["views"].append({"op": op, "args": args, "out": arr(r)})
sq = np.arange(6).reshape(1, 2, 1, 3, 1)
for args in [[], [0], [-1], [0, 2]]:
    cases["views"].append({"op": "squeeze", "base": [1, 2, 1, 3, 1], "args": args, "out": arr(np.squeeze(sq, tuple(args) if args else None))})

save(OUT, cases, indent=0)
print("wrote", OUT)
