#!/usr/bin/python3
"""Golden data for ndarray's matrix-building and grid functions: diag,
diagflat, tri, tril, triu, vander, rot90, meshgrid, indices, unravel_index,
ravel_multi_index, logspace and geomspace.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_creation2.py
Writes ndarray/testdata/creation2/cases.json, an object of two lists:

"cases": each names the NumPy function ("op"), its array inputs with the view
to take of the first ("view": "c" as is, "t" transposed, "rev" last axis
reversed), its other arguments, and either the result ("out", or "outs" for a
list) or the exception NumPy raised ("error": its message, "kind": the numgo
error it maps to; "" when only the kind is checked).

"spaces": logspace and geomspace with their scalar arguments, the dtype and
the result, computed in float64 (for float32, NumPy's dtype=np.float32).
"""
import math
import os

import numpy as np

from golden import VIEWS, arr, enc, outcome, save

np.seterr(all="ignore")  # NaN and Inf inputs are deliberate

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "creation2", "cases.json")

cases = []
spaces = []


def case(op, ins, view="c", **kw):
    """Records op applied to ins, the first through its view; kw holds the
    Go-side arguments and f, which computes NumPy's result."""
    f = kw.pop("f")
    kind = kw.pop("kind", None)
    loose = kw.pop("loose", False)  # NumPy's message is not numgo's; check the kind only
    c = {"op": op, "in": [arr(a) for a in ins], "view": view}
    c.update(kw)
    xs = [VIEWS[view](a) if i == 0 else a for i, a in enumerate(ins)]
    cases.append(outcome(c, op, lambda: f(*xs), kind, loose))


vec = {
    "int64": np.array([3, -1, 4, 0, 5], np.int64),
    "int32": np.array([2, -7, 1], np.int32),
    "float64": np.array([0.5, np.nan, -2.0, np.inf, -0.0]),
    "float32": np.array([1.5, -0.25, 3.0], np.float32),
    "complex128": np.array([1 + 2j, -0.5j, 3, complex(np.inf, 1)]),
    "complex64": np.array([1 - 1j, 2j], np.complex64),
    "bool": np.array([True, False, True]),
}
mat = {
    "int64": np.arange(24, dtype=np.int64).reshape(4, 6) * 7 % 11 - 3,
    "float64": np.array([[0.5, -1.0, np.nan, 2.0], [np.inf, -0.0, 3.5, -np.inf], [1.0, np.nan, -2.5, 0.25]]),
    "float32": (np.arange(12, dtype=np.float32).reshape(3, 4) - 5) / 4,
    "complex128": (np.arange(12).reshape(4, 3) + 1j * np.arange(12)[::-1].reshape(4, 3)).astype(np.complex128),
    "bool": np.array([[True, False, True], [False, True, True]]),
}

# diag and diagflat.
for name, v in vec.items():
    for view in ["c", "rev"]:
        for k in [-2, 0, 1, 3]:
            case("diag", [v], view, k=k, f=lambda a, k=k: np.diag(a, k))
    case("diagflat", [v], k=-1, f=lambda a: np.diagflat(a, -1))
for name, m in mat.items():
    for view in ["c", "t", "rev"]:
        for k in [-5, -1, 0, 2, 7]:
            case("diag", [m], view, k=k, f=lambda a, k=k: np.diag(a, k))
        case("diagflat", [m], view, k=2, f=lambda a: np.diagflat(a, 2))
case("diag", [np.zeros(0)], k=0, f=lambda a: np.diag(a, 0))
case("diag", [np.zeros(0)], k=-2, f=lambda a: np.diag(a, -2))
case("diag", [np.zeros((0, 3))], k=0, f=lambda a: np.diag(a, 0))
case("diagflat", [np.array(7.5)], k=1, f=lambda a: np.diagflat(a, 1))
case("diag", [np.zeros((2, 2, 2))], k=0, kind="value", f=lambda a: np.diag(a))
case("diag", [np.array(3.0)], k=0, kind="value", f=lambda a: np.diag(a))

# tri, tril, triu.
for dtype in ["float64", "int64", "bool", "complex128", "float32"]:
    for n, m, k in [(3, 3, 0), (4, 6, 0), (4, 6, 2), (5, 3, -1), (3, 4, -5), (3, 4, 9), (0, 3, 0), (3, 0, 1),
                    (-1, -1, 0), (2, -1, 0)]:
        case("tri", [], n=n, m=m, k=k, dtype=dtype, f=lambda n=n, m=m, k=k, dtype=dtype: np.tri(n, m, k, dtype))
case("tri", [], n=4, m=None, k=0, dtype="float64", f=lambda: np.tri(4))
for op, f in [("tril", np.tril), ("triu", np.triu)]:
    for name, m in mat.items():
        for view in ["c", "t", "rev"]:
            for k in [-2, 0, 1, 8]:
                case(op, [m], view, k=k, f=lambda a, k=k, f=f: f(a, k))
    stack = np.arange(24, dtype=np.int64).reshape(2, 3, 4) - 10
    for view in ["c", "t", "rev"]:
        case(op, [stack], view, k=-1, f=lambda a, f=f: f(a, -1))
    for name, v in vec.items():
        case(op, [v], "rev", k=1, f=lambda a, f=f: f(a, 1))
    case(op, [np.zeros((0, 3))], k=0, f=lambda a, f=f: f(a, 0))
    case(op, [np.zeros((2, 0, 3))], k=0, f=lambda a, f=f: f(a, 0))
    case(op, [np.array(2.0)], k=0, kind="value", loose=True, f=lambda a, f=f: f(a, 0))

# vander: NumPy computes in promote_types(x.dtype, int); values small enough
# that the narrower dtypes are exact, converted back to x's dtype.
vander_in = {
    "int64": np.array([2, -3, 0, 5, 1], np.int64),
    "int32": np.array([2, -3, 4], np.int32),
    "float64": np.array([0.1, -1.5, np.nan, np.inf, -0.0, 3.0]),
    "float32": np.array([0.5, -1.5, 2.0, 3.0], np.float32),
    "complex128": np.array([1 + 1j, -0.5j, complex(np.inf, 0), 2.5]),
    "complex64": np.array([1 + 1j, -2j, 0.5], np.complex64),
}
for name, x in vander_in.items():
    for view in ["c", "rev"]:
        for n in [0, 1, 3, len(x)]:
            for inc in [False, True]:
                case("vander", [x], view, n=n, increasing=inc,
                     f=lambda a, n=n, inc=inc: np.vander(a, n, inc).astype(a.dtype))
case("vander", [vander_in["float64"][:0]], n=2, increasing=False, f=lambda a: np.vander(a, 2))
case("vander", [np.zeros((2, 2))], n=2, increasing=False, kind="value", f=lambda a: np.vander(a, 2))
case("vander", [np.array([1.0, 2.0])], n=-1, increasing=False, kind="value", f=lambda a: np.vander(a, -1))

# rot90.
for name, m in mat.items():
    for view in ["c", "t", "rev"]:
        for k in [-1, 0, 1, 2, 3, 5]:
            case("rot90", [m], view, k=k, f=lambda a, k=k: np.rot90(a, k))
cube = np.arange(24, dtype=np.int64).reshape(2, 3, 4)
for view in ["c", "t", "rev"]:
    for axes in [(1, 2), (2, 0), (-1, 0), (0, -2)]:
        for k in [1, 2, 3]:
            case("rot90", [cube], view, k=k, axes=list(axes), f=lambda a, k=k, axes=axes: np.rot90(a, k, axes))
case("rot90", [np.zeros((0, 3))], k=1, f=lambda a: np.rot90(a, 1))
for axes in [(0, 0), (0, -2), (0, 2), (0, 3), (-3, 1), (0,), (0, 1, 2)]:
    case("rot90", [mat["int64"]], k=1, axes=list(axes), kind="value",
         f=lambda a, axes=axes: np.rot90(a, 1, axes))
case("rot90", [vec["int64"]], k=1, kind="value", f=lambda a: np.rot90(a, 1))

# meshgrid.
xs = [np.array([1.0, 2.0, 3.0]), np.array([-1.0, np.nan]), np.array([10.0, 20.0, 30.0, 40.0])]
for n in range(0, 4):
    for view in ["c", "rev"] if n else ["c"]:
        for indexing in ["xy", "ij"]:
            for sparse in [False, True]:
                for copy in [True, False]:
                    case("meshgrid", xs[:n], view, indexing=indexing, sparse=sparse, copy=copy,
                         f=lambda *a, i=indexing, s=sparse, c=copy: np.meshgrid(*a, indexing=i, sparse=s, copy=c))
grid2d = np.arange(6, dtype=np.int64).reshape(2, 3)
case("meshgrid", [grid2d, np.array([7, 8], np.int64)], "t", indexing="xy", sparse=False, copy=True,
     f=lambda a, b: np.meshgrid(a, b))
case("meshgrid", [np.array(5, np.int64), np.array([7, 8], np.int64)], indexing="ij", sparse=False, copy=True,
     f=lambda a, b: np.meshgrid(a, b, indexing="ij"))
case("meshgrid", [np.zeros(0, np.int64), np.array([7, 8], np.int64)], indexing="xy", sparse=False, copy=True,
     f=lambda a, b: np.meshgrid(a, b))
case("meshgrid", [vec["bool"], vec["bool"][:2]], indexing="xy", sparse=True, copy=True,
     f=lambda a, b: np.meshgrid(a, b, sparse=True))
case("meshgrid", [vec["complex128"], vec["complex128"][:2]], indexing="ij", sparse=False, copy=True,
     f=lambda a, b: np.meshgrid(a, b, indexing="ij"))

# indices.
for shape in [(), (3,), (2, 3), (2, 0, 3), (1, 2, 3)]:
    case("indices", [], shape=list(shape), f=lambda shape=shape: np.indices(shape))
case("indices", [], shape=[2, -1], kind="value", f=lambda: np.indices((2, -1)))

# unravel_index and ravel_multi_index.
flat = np.array([[0, 5, 11], [7, 3, 2]], np.int64)
for view in ["c", "t", "rev"]:
    for shape in [(3, 4), (12,), (2, 3, 2), (1, 12, 1)]:
        case("unravel_index", [flat], view, shape=list(shape), f=lambda a, s=shape: np.unravel_index(a, s))
case("unravel_index", [np.array(10, np.int64)], shape=[3, 4], f=lambda a: np.unravel_index(a, (3, 4)))
case("unravel_index", [np.zeros(0, np.int64)], shape=[3, 4], f=lambda a: np.unravel_index(a, (3, 4)))
case("unravel_index", [np.array(0, np.int64)], shape=[], f=lambda a: np.unravel_index(a, ()))
case("unravel_index", [np.array([0, 0], np.int64)], shape=[], kind="value", f=lambda a: np.unravel_index(a, ()))
case("unravel_index", [np.array([0, 1], np.int64)], shape=[], kind="value", f=lambda a: np.unravel_index(a, ()))
for bad in [12, -1]:
    case("unravel_index", [np.array([1, bad], np.int64)], shape=[3, 4], kind="value",
         f=lambda a: np.unravel_index(a, (3, 4)))
case("unravel_index", [np.array([0], np.int64)], shape=[3, 0], kind="value", f=lambda a: np.unravel_index(a, (3, 0)))
case("unravel_index", [np.array([0], np.int64)], shape=[3, -4], kind="value", loose=True,
     f=lambda a: np.unravel_index(a, (3, -4)))

rows = np.array([[0, 2, 1], [2, 0, 1]], np.int64)
cols = np.array([3, 0, 1], np.int64)
for view in ["c", "t", "rev"]:
    r = VIEWS[view](rows)
    case("ravel_multi_index", [rows, cols[: r.shape[-1]]], view, shape=[3, 4],
         f=lambda a, b: np.ravel_multi_index((a, b), (3, 4)))
case("ravel_multi_index", [np.array([[0], [1]], np.int64), cols], shape=[2, 4],
     f=lambda a, b: np.ravel_multi_index((a, b), (2, 4)))
case("ravel_multi_index", [np.array([1, 0], np.int64), np.array([2, 2], np.int64), np.array([0, 4], np.int64)],
     shape=[2, 3, 5], f=lambda a, b, c: np.ravel_multi_index((a, b, c), (2, 3, 5)))
case("ravel_multi_index", [np.array(1, np.int64), np.array(2, np.int64)], shape=[3, 4],
     f=lambda a, b: np.ravel_multi_index((a, b), (3, 4)))
case("ravel_multi_index", [], shape=[], f=lambda: np.ravel_multi_index((), ()))
for bad in [(3, 0), (-1, 0), (0, 4)]:
    case("ravel_multi_index", [np.array([0, bad[0]], np.int64), np.array([1, bad[1]], np.int64)], shape=[3, 4],
         kind="value", f=lambda a, b: np.ravel_multi_index((a, b), (3, 4)))
case("ravel_multi_index", [np.array([1], np.int64)], shape=[3, 4], kind="value",
     f=lambda a: np.ravel_multi_index((a,), (3, 4)))
case("ravel_multi_index", [np.array([1, 2], np.int64), np.array([1, 2, 3], np.int64)], shape=[3, 4], kind="shape",
     f=lambda a, b: np.ravel_multi_index((a, b), (3, 4)))
case("ravel_multi_index", [np.array([1], np.int64), np.array([0], np.int64)], shape=[3, -4], kind="value",
     loose=True, f=lambda a, b: np.ravel_multi_index((a, b), (3, -4)))


# logspace and geomspace.
def geomspace2(start, stop, num, endpoint, dtype):
    """numpy.geomspace of NumPy 2 for real scalars: start and stop are
    divided by sign(start), which NumPy 1.24 does only when both are
    negative. The two differ only for a NaN start, where NumPy 2's every
    value is NaN and 1.24 keeps stop as the last."""
    start, stop = np.float64(start), np.float64(stop)
    sign = np.sign(start)
    start, stop = start / sign, stop / sign
    r = np.logspace(np.log10(start), np.log10(stop), num, endpoint)
    if num > 0:
        r[0] = start
        if num > 1 and endpoint:
            r[-1] = stop
    return (sign * r).astype(dtype)


def space(op, start, stop, num, dtype, endpoint=True, base=None, kind=None):
    """Records op for start and stop of dtype (numgo's Logspace[float32]
    takes float32 ends) and base a float64, as NumPy's."""
    start, stop = float(np.dtype(dtype).type(start)), float(np.dtype(dtype).type(stop))
    c = {"op": op, "start": enc(start), "stop": enc(stop), "num": num, "endpoint": endpoint, "dtype": dtype}
    if base is not None:
        c["base"] = base
    try:
        if op == "logspace":
            r = np.logspace(start, stop, num, endpoint, 10.0 if base is None else base, dtype)
        else:
            r = np.geomspace(start, stop, num, endpoint, dtype)
            g2 = geomspace2(start, stop, num, endpoint, dtype)
            if not math.isnan(start):
                np.testing.assert_array_equal(r, g2)
            r = g2
    except ValueError as e:
        assert kind, f"{op}: unexpected {e}"
        c["error"], c["kind"] = str(e), kind
    else:
        assert not kind
        c["out"] = arr(r)
    spaces.append(c)


for dtype in ["float64", "float32"]:
    for start, stop in [(0.0, 3.0), (-2.0, 2.0), (2.0, -1.5), (0.3, 7.7), (-300.0, 300.0), (1.0, 1.0)]:
        for num in [0, 1, 2, 5, 50]:
            for endpoint in [True, False]:
                space("logspace", start, stop, num, dtype, endpoint)
    for base in [2.0, math.e, 0.5, -2.0, 1.0]:
        space("logspace", 0.0, 4.0, 5, dtype, base=base)
        space("logspace", -1.0, 1.5, 7, dtype, endpoint=False, base=base)
    extreme = [(1e-300, 1e300), (-7e200, -3e-5), (5e-324, 1.0)] if dtype == "float64" else \
        [(1e-30, 1e30), (-7e20, -3e-5), (1e-45, 1.0)]
    for start, stop in [(1.0, 1000.0), (1.0, 256.0), (1000.0, 1.0), (-1000.0, -1.0), (-1.0, 10.0), (3.0, -5.0),
                        (2.0, 3.0), (0.1, 0.7), (np.nan, 10.0), (1.0, np.inf)] + extreme:
        for num in [0, 1, 2, 4, 9, 50]:
            for endpoint in [True, False]:
                space("geomspace", start, stop, num, dtype, endpoint)
    space("geomspace", 0.0, 1.0, 5, dtype, kind="value")
    space("geomspace", 1.0, -0.0, 5, dtype, kind="value")
space("logspace", 0.0, 1.0, -1, "float64", kind="value")
space("geomspace", 1.0, 2.0, -1, "float64", kind="value")

# A zero extent in ravel_multi_index's shape: NumPy's loop refuses it
# before it reads an index, unless the broadcast index arrays are empty,
# and after the broadcast.
z0 = np.zeros(0, np.int64)
for ins, shape, kind in [([np.array([0], np.int64), np.array([0], np.int64)], (2, 0), "value"),
                         ([z0, z0], (2, 0), None), ([np.zeros((2, 0), np.int64), z0, z0], (0, 3, 0), None),
                         ([np.array([0], np.int64), np.array([5], np.int64)], (2, 0), "value"),
                         ([np.array(0, np.int64), np.array(0, np.int64)], (0, 3), "value"),
                         ([np.array([7], np.int64), np.array([0], np.int64)], (0, 3), "value"),
                         ([np.array([1, 2], np.int64), np.array([1, 2, 3], np.int64)], (2, 0), "shape")]:
    case("ravel_multi_index", ins, shape=list(shape), kind=kind, f=lambda *xs, shape=shape: np.ravel_multi_index(xs, shape))

save(OUT, {"cases": cases, "spaces": spaces})
print(f"{len(cases)} cases, {len(spaces)} spaces -> {OUT}")
