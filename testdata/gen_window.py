#!/usr/bin/python3
"""Golden data for ndarray's window functions, i0, packbits and unpackbits
(window.go, bits.go).

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_window.py
Writes ndarray/testdata/window/cases.json, an object of four lists:
"windows": NumPy's hanning, hamming, blackman, bartlett ("op") of "m"
points and kaiser of "m" points and "beta", with the result ("out");
"i0": np.i0 of an array of "dtype" ("in", taken through "view": "c" as
is, "t" transposed, "rev" last axis reversed) and its result;
"bits": packbits (of bool and integer arrays) and unpackbits (of uint8)
of the array at index "in" of "bitsInputs" taken through "view", with
"axis" (null: flattened), "little" (bitorder='little') and "count"
(unpackbits; null: none), giving the result ("out") or NumPy's
exception ("error", its message, and "kind", the numgo error it maps
to); "bitsInputs": those arrays, each once. Where NumPy unpacks count > 0
bits of an empty array, its result is uninitialized memory: the cases
hold zeros instead and say "uninitialized".
"""
import os

import numpy as np

from golden import VIEWS, arr, enc, outcome, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "window", "cases.json")

rng = np.random.default_rng(20261129)

# Window sizes: every small one, both sides of powers of two, and a few
# large ones.
SIZES = list(range(-2, 52)) + [63, 64, 65, 127, 128, 129, 256, 257]
windows = []
for op in ("hanning", "hamming", "blackman", "bartlett"):
    for m in SIZES:
        windows.append({"op": op, "m": m, "out": arr(getattr(np, op)(m))})

BETAS = [0.0, 0.5, 1.0, 5.0, 8.0, 8.6, 14.0, 16.5, 20.0, 50.0, 100.0, 700.0, 713.0, 720.0, -5.0,
         1e-300, float("inf"), float("nan")]
KAISER_SIZES = list(range(-1, 14)) + [16, 17, 31, 32, 33, 50, 51, 100]
with np.errstate(all="ignore"):
    for beta in BETAS:
        for m in KAISER_SIZES:
            windows.append({"op": "kaiser", "m": m, "beta": enc(beta), "out": arr(np.kaiser(m, beta))})

# i0's arguments: both sides of 8, where the expansion changes, of the
# overflow thresholds, zeros, tiny, huge and non-finite values.
SPECIAL = [0.0, -0.0, 1e-300, 5e-324, 1e-8, 0.5, 1.0, -1.0, 2.0, 3.0, 7.999999, 8.0, 8.000001, -8.0, 9.0,
           15.0, 30.0, -30.0, 88.0, 88.7, 89.0, 100.0, 500.0, 700.0, 709.0, 710.0, 713.0, 713.9, 714.0,
           1e10, 1e300, float("inf"), float("-inf"), float("nan")]
i0 = []
with np.errstate(all="ignore"):
    for dt in ("float64", "float32"):
        ins = [
            np.array(SPECIAL, dtype=dt),
            np.linspace(-40, 40, 321).astype(dt).reshape(3, 107),
            (rng.standard_normal((4, 5, 6)) * 10).astype(dt),
            np.array(2.5, dtype=dt),
            np.zeros((0, 3), dtype=dt),
        ]
        for x in ins:
            for view, f in VIEWS.items():
                if x.ndim == 0 and view != "c":
                    continue
                v = f(x)
                i0.append({"dtype": dt, "in": arr(x), "view": view, "out": arr(np.i0(v))})

bits = []
bits_inputs = []  # the arrays the bits cases name by index, each once
inputs = {}


def kind_of(call):
    """Returns the numgo error kind that NumPy's exception from call maps
    to, or None if call succeeds."""
    try:
        call()
    except np.AxisError:
        return "axis"
    except ValueError:
        return "value"
    return None


def bits_case(op, x, view, axis, little, count=None):
    v = VIEWS[view](x)
    kw = {"bitorder": "little" if little else "big"}
    if axis is not None:
        kw["axis"] = axis
    if count is not None:
        kw["count"] = count
    f = getattr(np, op)
    key = (str(x.dtype), x.shape, x.tobytes())
    if key not in inputs:
        inputs[key] = len(inputs)
        bits_inputs.append(arr(x))
    c = {"op": op, "dtype": str(x.dtype), "in": inputs[key], "view": view, "axis": axis, "little": little,
         "count": count}
    call = lambda: f(v, **kw)  # noqa: E731
    c = outcome(c, op, call, kind_of(call))
    if op == "unpackbits" and x.size == 0 and "out" in c:
        # NumPy 1.24 returns an empty input's count>0 bits uninitialized
        # (np.empty's memory); numgo's are the zero padding they stand for.
        c["out"] = arr(np.zeros_like(call()))
        c["uninitialized"] = True
    bits.append(c)


SHAPES = [(), (0,), (1,), (7,), (8,), (9,), (17,), (3, 5), (2, 9), (4, 3, 10), (0, 3), (3, 0), (2, 8, 3)]
PACK_DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
for dt in PACK_DTYPES:
    for shape in SHAPES:
        if dt == "bool":
            x = rng.integers(0, 2, shape).astype(bool)
        else:
            info = np.iinfo(dt)
            # mostly zeros and ones, with other values that count as set
            vals = np.array([1, 1, 1, 2, 127, info.max], dtype=dt)
            x = rng.integers(0, 2, shape).astype(dt) * rng.choice(vals, shape)
            if info.min < 0:
                x = np.where(rng.integers(0, 4, shape) == 0, -x, x).astype(dt)
        full = dt in ("bool", "int64", "uint8")
        nd = max(len(shape), 1)  # a 0-d array counts as 1-d
        for view in (VIEWS if full and len(shape) > 0 else ["c"]):
            for axis in [None] + list(range(-nd, nd)) if full else [None, 0, -1]:
                for little in (False, True):
                    bits_case("packbits", x, view, axis, little)
        if full:  # axes out of range
            bits_case("packbits", x, "c", nd, False)
            bits_case("packbits", x, "c", -nd - 1, True)

for shape in SHAPES:
    x = rng.integers(0, 256, shape).astype(np.uint8)
    nd = max(len(shape), 1)
    for view in (VIEWS if len(shape) > 0 else ["c"]):
        for axis in [None] + list(range(-nd, nd)):
            n = x.size if axis is None else (x.shape[axis] if len(shape) > 0 else 1)
            if view == "c":
                for count in [None, 0, 3, 8, 13, 30, -1, -5, -8 * n, -8 * n - 1]:
                    bits_case("unpackbits", x, view, axis, False, count)
                for count in [None, -3]:
                    bits_case("unpackbits", x, view, axis, True, count)
            else:
                bits_case("unpackbits", x, view, axis, False, 5)
                bits_case("unpackbits", x, view, axis, True, None)
    bits_case("unpackbits", x, "c", nd, False)  # axes out of range
    bits_case("unpackbits", x, "c", -nd - 1, True, 2)

save(OUT, {"windows": windows, "i0": i0, "bits": bits, "bitsInputs": bits_inputs})
print(len(windows), "windows,", len(i0), "i0,", len(bits), "bits cases")
