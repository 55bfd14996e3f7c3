#!/usr/bin/python3
"""Golden data for ndarray's joining, splitting, sorting and indexing.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_manip.py
Writes ndarray/testdata/manip/cases.json: a list of cases, each naming the
NumPy function ("op"), its inputs as contiguous arrays with the view to take
of each ("view": "c" as is, "t" transposed, "rev" last axis reversed), its
other arguments, and either the result ("out", or "outs" for a list) or the
exception NumPy raised ("error": its message, "kind": the numgo error it maps
to, since numgo reports shape mismatches that NumPy calls ValueError as
*ShapeError).
"""
import os

import numpy as np

from golden import VIEWS, arr, outcome, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "manip", "cases.json")

cases = []


def case(op, ins, view="c", **kw):
    """Records op applied to the views of ins; kw holds the Go-side arguments
    and f, which computes NumPy's result from the viewed inputs."""
    f = kw.pop("f")
    kind = kw.pop("kind", None)
    loose = kw.pop("loose", False)  # NumPy's message is a Python internal one; check the kind only
    c = {"op": op, "in": [arr(a) for a in ins], "view": view}
    c.update(kw)
    xs = [VIEWS[view](a) if i == 0 else a for i, a in enumerate(ins)]
    cases.append(outcome(c, op, lambda: f(*xs), kind, loose))


i64 = np.arange(24, dtype=np.int64).reshape(4, 6) * 7 % 11 - 3
f64 = np.array([[0.5, -1.0, np.nan, 2.0], [np.inf, -0.0, 3.5, -np.inf], [1.0, np.nan, -2.5, 0.25]])
b = np.array([[True, False, True], [False, False, True]])
sources = {"int64": i64, "float64": f64, "bool": b}

# Joining.
for name, a in sources.items():
    for view in ["c", "t", "rev"]:
        v = VIEWS[view](a)
        for axis in [0, 1, -1]:
            case("concatenate", [a, v[:1] if axis == 0 else v[:, :1]], view, axis=axis,
                 f=lambda x, y, axis=axis: np.concatenate([x, y], axis))
        for axis in [0, 1, 2, -1]:
            case("stack", [a, v[::-1]], view, axis=axis, f=lambda x, y, axis=axis: np.stack([x, y], axis))
        for op, f in [("hstack", np.hstack), ("vstack", np.vstack), ("dstack", np.dstack)]:
            case(op, [a, v[::-1]], view, f=lambda x, y, f=f: f([x, y]))
    for op, f in [("hstack", np.hstack), ("vstack", np.vstack), ("dstack", np.dstack)]:
        case(op, [a[0], a[1]], f=lambda x, y, f=f: f([x, y]))
        case(op, [a[0, 0], a[1, 1]], f=lambda x, y, f=f: f([x, y]))
case("concatenate", [np.zeros((0, 3), np.int64), i64[:2, :3]], axis=0, f=lambda x, y: np.concatenate([x, y], 0))
case("concatenate", [i64, i64[:, :4]], axis=0, kind="shape", f=lambda x, y: np.concatenate([x, y], 0))
case("concatenate", [i64, i64[0]], axis=0, kind="shape", f=lambda x, y: np.concatenate([x, y], 0))
case("concatenate", [i64, i64], axis=2, kind="axis", f=lambda x, y: np.concatenate([x, y], 2))
case("concatenate", [], axis=0, kind="value", f=lambda: np.concatenate([], 0))
case("concatenate", [np.array(1), np.array(2)], axis=0, kind="value", f=lambda x, y: np.concatenate([x, y], 0))
case("stack", [i64, i64[:, :4]], axis=0, kind="shape", f=lambda x, y: np.stack([x, y], 0))
case("stack", [i64, i64], axis=3, kind="axis", f=lambda x, y: np.stack([x, y], 3))
case("stack", [], axis=0, kind="value", f=lambda: np.stack([], 0))

# Splitting (views).
for name, a in sources.items():
    for view in ["c", "t", "rev"]:
        v = VIEWS[view](a)
        for axis in [0, 1, -1]:
            for n in [1, 2, 3, 4]:
                case("array_split", [a], view, n=n, axis=axis, f=lambda x, n=n, axis=axis: np.array_split(x, n, axis))
                kind = None if v.shape[axis] % n == 0 else "value"
                case("split", [a], view, n=n, axis=axis, kind=kind, f=lambda x, n=n, axis=axis: np.split(x, n, axis))
            for idx in [[1], [1, 3], [-2], [2, 1], [0, 10], []]:
                case("split_at", [a], view, indices=idx, axis=axis, f=lambda x, idx=idx, axis=axis: np.split(x, idx, axis))
case("array_split", [i64], n=0, axis=0, kind="value", f=lambda x: np.array_split(x, 0, 0))
case("array_split", [i64], n=7, axis=0, f=lambda x: np.array_split(x, 7, 0))
case("split", [i64], n=2, axis=2, kind="axis", loose=True, f=lambda x: np.split(x, 2, 2))
case("split", [np.zeros((0, 2), np.int64)], n=3, axis=0, f=lambda x: np.split(x, 3, 0))
# Pieces of an array with an empty axis other than the split one.
case("split", [np.zeros((0, 4), np.int64)], n=2, axis=1, f=lambda x: np.split(x, 2, 1))
case("array_split", [np.zeros((2, 0, 5), np.int64)], n=3, axis=2, f=lambda x: np.array_split(x, 3, 2))
case("split_at", [np.zeros((0, 6), np.int64)], indices=[1, 4], axis=1, f=lambda x: np.split(x, [1, 4], 1))

# Tiling and repeating.
for name, a in sources.items():
    for view in ["c", "t", "rev"]:
        for reps in [[2], [2, 1], [1, 3], [2, 2], [3, 1, 2], [0, 2]]:
            case("tile", [a], view, reps=reps, f=lambda x, reps=reps: np.tile(x, reps))
        for n in [0, 1, 3, 10]:
            for axis in [None, 0, 1, -1]:
                case("repeat", [a], view, n=n, axis=axis, f=lambda x, n=n, axis=axis: np.repeat(x, n, axis))
        v = VIEWS[view](a)
        for axis in [0, 1]:
            reps = [(i * 2) % 3 for i in range(v.shape[axis])]
            case("repeat_each", [a], view, repeats=reps, axis=axis, f=lambda x, r=reps, axis=axis: np.repeat(x, r, axis))
        reps = [i % 3 for i in range(v.size)]
        case("repeat_each", [a], view, repeats=reps, axis=None, f=lambda x, r=reps: np.repeat(x, r))
case("tile", [np.array(5, np.int64)], reps=[2, 3], f=lambda x: np.tile(x, [2, 3]))
case("tile", [np.arange(3, dtype=np.int64)], reps=[2, 1, 2], f=lambda x: np.tile(x, [2, 1, 2]))
case("repeat", [np.array(5, np.int64)], n=3, axis=None, f=lambda x: np.repeat(x, 3))
# A 0-d array counts as one of a single element, whose axis 0 may be named.
case("repeat", [np.array(5, np.int64)], n=3, axis=0, f=lambda x: np.repeat(x, 3, 0))
case("repeat", [np.array(5, np.int64)], n=2, axis=-1, f=lambda x: np.repeat(x, 2, -1))
case("repeat", [np.array(5, np.int64)], n=2, axis=1, kind="axis", f=lambda x: np.repeat(x, 2, 1))
case("repeat", [i64], n=-1, axis=0, kind="value", f=lambda x: np.repeat(x, -1, 0))
case("repeat_each", [i64], repeats=[1, 2], axis=0, kind="value", f=lambda x: np.repeat(x, [1, 2], 0))
case("repeat_each", [i64], repeats=[1, 2, -1, 0], axis=0, kind="value", f=lambda x: np.repeat(x, [1, 2, -1, 0], 0))
case("repeat_each", [i64], repeats=[2], axis=1, f=lambda x: np.repeat(x, [2], 1))

# Flipping and rolling.
for name, a in sources.items():
    for view in ["c", "t", "rev"]:
        for axes in [None, [0], [1], [-1], [0, 1]]:
            case("flip", [a], view, axes=axes, f=lambda x, axes=axes: np.flip(x, None if axes is None else tuple(axes)))
        for shift in [0, 1, -2, 7, -13]:
            for axes in [None, [0], [1], [-1], [0, 1], [1, 1]]:
                case("roll", [a], view, shift=shift, axes=axes,
                     f=lambda x, s=shift, axes=axes: np.roll(x, s, None if axes is None else tuple(axes)))
case("flip", [i64], axes=[0, 0], kind="axis", f=lambda x: np.flip(x, (0, 0)))
case("roll", [np.zeros((0, 3), np.int64)], shift=2, axes=[0], f=lambda x: np.roll(x, 2, 0))
case("roll", [np.zeros((0, 3), np.int64)], shift=2, axes=[1], f=lambda x: np.roll(x, 2, 1))
case("roll", [i64], shift=1, axes=[2], kind="axis", f=lambda x: np.roll(x, 1, 2))

# Padding.
def pad(x, widths, mode):
    """np.pad, except that mode 'wrap' is periodic as in NumPy from 1.25
    (numpy/numpy#22575): 1.24 is not where a width exceeds the axis and the
    two widths differ. np.pad still checks the arguments and raises."""
    out = np.pad(x, widths, mode=mode)
    if mode != "wrap":
        return out
    widths = widths * x.ndim if len(widths) == 1 else widths
    for k, (lo, hi) in enumerate(widths):
        n = x.shape[k]
        if n:
            x = np.take(x, np.arange(-lo, n + hi) % n, axis=k)
    return x


for name, a in sources.items():
    for view in ["c", "t", "rev"]:
        for widths in [[[1, 2]], [[0, 1], [2, 0]], [[3, 3], [1, 1]], [[5, 0], [0, 7]]]:
            for mode in ["constant", "edge", "reflect", "symmetric", "wrap"]:
                case("pad", [a], view, widths=widths, mode=mode, f=lambda x, w=widths, m=mode: pad(x, w, m))
            value = True if name == "bool" else 9
            case("pad_with", [a], view, widths=widths, value=value,
                 f=lambda x, w=widths, v=value: np.pad(x, w, mode="constant", constant_values=v))
for mode in ["constant", "edge", "reflect", "symmetric", "wrap"]:
    case("pad", [np.array([7], np.int64)], widths=[[3, 2]], mode=mode, f=lambda x, m=mode: pad(x, [[3, 2]], m))
    case("pad", [np.arange(3, dtype=np.int64)], widths=[[9, 8]], mode=mode, f=lambda x, m=mode: pad(x, [[9, 8]], m))
case("pad", [np.zeros((0, 2), np.int64)], widths=[[1, 1]], mode="constant", f=lambda x: np.pad(x, 1))
# Widths beyond the axis and unequal: NumPy's reflect and symmetric work in
# rounds, and their results are then not periodic.
for mode in ("reflect", "edge", "symmetric", "wrap"):
    for widths in ([[1, 9]], [[9, 1]], [[7, 20]], [[0, 13]]):
        case("pad", [np.arange(3, dtype=np.int64)], widths=widths, mode=mode, f=lambda x, w=widths, m=mode: pad(x, w, m))
    case("pad", [np.arange(12, dtype=np.int64).reshape(3, 4)], widths=[[5, 0], [2, 11]], mode=mode,
         f=lambda x, m=mode: pad(x, [[5, 0], [2, 11]], m))
    case("pad", [np.arange(6, dtype=np.int64).reshape(2, 3)], "t", widths=[[4, 3], [0, 6]], mode=mode,
         f=lambda x, m=mode: pad(x, [[4, 3], [0, 6]], m))
case("pad", [np.zeros((0, 2), np.int64)], widths=[[1, 1]], mode="edge", kind="value", f=lambda x: np.pad(x, 1, mode="edge"))
case("pad", [i64], widths=[[-1, 1]], mode="constant", kind="value", f=lambda x: np.pad(x, [[-1, 1]]))
case("pad", [np.array(3, np.int64)], widths=[[0, -2]], mode="edge", kind="value", f=lambda x: np.pad(x, [[0, -2]], mode="edge"))
case("pad", [np.array(3, np.int64)], widths=[[2, 1]], mode="reflect", f=lambda x: np.pad(x, [[2, 1]], mode="reflect"))
for mode in ("symmetric", "wrap"):
    case("pad", [np.zeros((0, 2), np.int64)], widths=[[1, 0], [0, 0]], mode=mode, kind="value",
         f=lambda x, m=mode: pad(x, [[1, 0], [0, 0]], m))
    case("pad", [np.zeros((0, 2), np.int64)], widths=[[0, 0], [2, 1]], mode=mode,
         f=lambda x, m=mode: pad(x, [[0, 0], [2, 1]], m))

# Sorting and searching (int64 and float64; keys made unique where an
# unstable sort could order equal keys differently).
fs = np.array([[3.5, np.nan, -1.0, 2.0, -0.5], [np.inf, 0.0, np.nan, -np.inf, 1.5], [2.0, 2.0, np.nan, 2.0, -7.0]])
ints = np.array([[5, -3, 5, 0, 9, -3], [2, 2, 1, 8, -6, 2], [0, 0, 0, 0, 0, 0], [7, -1, 3, 3, 4, 100]], np.int64)
nan = np.nan
zs = np.array([[1 + 2j, 1 - 1j, complex(nan, 0), 0j, -3 + 1j, 1 + 2j],
               [complex(2, nan), complex(nan, nan), 2 + 0j, -1 - 1j, complex(nan, -1), 2 + 0j],
               [3j, -3j, 1 + 0j, 1 + 1j, 1 - 1j, complex(1, nan)]])
bs = np.array([[True, False, True, True], [False, False, True, False], [True, True, True, True]])
# Complex numbers sort by real and then imaginary part, NaN parts last;
# bools false first.
more = {"float32": fs.astype(np.float32), "uint8": (ints % 256).astype(np.uint8),
        "complex128": zs, "complex64": zs.astype(np.complex64), "bool": bs}
for name, a in {"int64": ints, "float64": fs, **more}.items():
    for view in ["c", "t", "rev"]:
        for axis in [None, 0, 1, -1, "flat"]:
            if axis == "flat":
                case("sort", [a], view, axis=None, flat=True, f=lambda x: np.sort(x, axis=None))
                case("argsort", [a], view, axis=None, flat=True, f=lambda x: np.argsort(x, axis=None, kind="stable"))
                continue
            ax = -1 if axis is None else axis
            case("sort", [a], view, axis=axis, f=lambda x, ax=ax: np.sort(x, axis=ax))
            case("argsort", [a], view, axis=axis, f=lambda x, ax=ax: np.argsort(x, axis=ax, kind="stable"))
        case("unique", [a], view, f=lambda x: np.unique(x))
        case("unique_counts", [a], view, f=lambda x: np.unique(x, return_counts=True))
        case("unique_all", [a], view,
             f=lambda x: (lambda u, i, inv, c, s: (u, i, inv.reshape(s), c))(
                 *np.unique(x, return_index=True, return_inverse=True, return_counts=True), x.shape))
    if name in more:
        continue
    sorted1 = np.sort(a, axis=None)
    keys = np.array([[-np.inf, 2.0, 2.5, np.nan], [0.0, -100.0, 3.5, 1e9]]) if name == "float64" else np.array([[-10, 0, 2, 3], [5, 9, 100, -3]], np.int64)
    for side in ["left", "right"]:
        case("searchsorted", [sorted1, keys], side=side, f=lambda s, k, side=side: np.searchsorted(s, k, side=side))
        case("searchsorted", [sorted1[::-1], keys], "rev", side=side, f=lambda s, k, side=side: np.searchsorted(s, k, side=side))
zsorted = np.sort(zs, axis=None)
zkeys = np.array([[1 + 2j, -5 + 0j, complex(nan, 0), 2j], [1 + 0j, complex(1, nan), 100 + 0j, -3j]])
for side in ["left", "right"]:
    case("searchsorted", [zsorted, zkeys], side=side, f=lambda s, k, side=side: np.searchsorted(s, k, side=side))
# Lanes long enough for the radix sort, in every real dtype: negatives,
# extremes, repeated keys, and NaN, infinities and signed zeros for floats.
rng = np.random.default_rng(11)
for dt in ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64"]:
    info = np.finfo(dt) if dt.startswith("float") else np.iinfo(dt)
    if dt.startswith("float"):
        vals = rng.normal(0, 1e3, (2, 700)).astype(dt)
        vals[0, :9] = [np.nan, np.inf, -np.inf, 0.0, -0.0, info.max, -info.max, info.tiny, np.nan]
        vals[1, ::7] = 2.5  # repeated keys
    else:
        vals = rng.integers(info.min, info.max, (2, 700), dtype=dt, endpoint=True)
        vals[0, :4] = [info.min, info.max, 0, info.min]
        vals[1, ::5] = vals[1, 3]  # repeated keys
        vals[1, 300:] %= 7  # small values: bytes above the lowest all equal
    for view in ["c", "rev"]:
        case("sort", [vals], view, axis=-1, f=lambda x: np.sort(x, axis=-1))
        case("sort", [vals], view, axis=None, flat=True, f=lambda x: np.sort(x, axis=None))
        case("argsort", [vals], view, axis=-1, f=lambda x: np.argsort(x, axis=-1, kind="stable"))
    case("argsort", [vals], "t", axis=0, f=lambda x: np.argsort(x, axis=0, kind="stable"))
case("sort", [np.zeros((3, 0), np.int64)], axis=None, f=lambda x: np.sort(x))
case("sort", [ints], axis=2, kind="axis", f=lambda x: np.sort(x, axis=2))
case("unique", [np.zeros((0,), np.float64)], f=lambda x: np.unique(x))
case("searchsorted", [np.zeros((0,), np.int64), np.array([1, -1], np.int64)], side="left",
     f=lambda s, k: np.searchsorted(s, k))

# Joining and indexing on more dtypes.
for name, a in more.items():
    case("concatenate", [a, a[:1]], "rev", axis=0, f=lambda x, y: np.concatenate([x, y], 0))
    case("take", [a, np.array([[1, 0], [-1, 2]], np.int64)], "t", axis=1, f=lambda x, i: np.take(x, i, 1))
    case("mask", [a, (np.arange(a.size).reshape(a.shape) % 3 == 1).T], "t", f=lambda x, m: x[m])

# Indexing.
for name, a in sources.items():
    for view in ["c", "t", "rev"]:
        v = VIEWS[view](a)
        case("nonzero", [a], view, f=lambda x: np.nonzero(x))
        case("argwhere", [a], view, f=lambda x: np.argwhere(x))
        for axis in [None, 0, 1, -1]:
            n = v.size if axis is None else v.shape[axis]
            for idx in [np.array([0, n - 1, -1, 1], np.int64), np.array([[1, 0], [-n, 0], [n - 1, 1]], np.int64),
                        np.zeros((0,), np.int64)]:
                case("take", [a, idx], view, axis=axis, f=lambda x, i, axis=axis: np.take(x, i, axis))
        for axis in [0, 1]:
            idx = np.argsort(v, axis=axis, kind="stable") if name != "bool" else np.zeros((1, v.shape[1]), np.int64)
            idx = idx[::-1] if axis == 0 else idx[:, ::-1]
            idx = np.ascontiguousarray(idx)
            case("take_along_axis", [a, idx], view, axis=axis, f=lambda x, i, axis=axis: np.take_along_axis(x, i, axis))
        mask = (np.arange(v.size).reshape(v.shape) % 3 == 1)
        case("mask", [a, mask], view, f=lambda x, m: x[m])
        rowmask = np.arange(v.shape[0]) % 2 == 0
        case("mask", [a, rowmask], view, f=lambda x, m: x[m])
        vals = np.ones(v.shape, dtype=v.dtype)[mask] if name == "bool" else (np.arange(mask.sum()) * 10).astype(v.dtype)

        def setmask(x, m, vals):
            y = x.copy()
            y[m] = vals
            return y
        case("set_mask", [a, mask, vals], view, f=setmask)
        case("set_mask", [a, mask, vals[:1]], view, f=setmask)
        case("set_mask", [a, rowmask, np.zeros(v.shape[1], v.dtype)], view, f=setmask)

        def put(x, i, vals):
            y = x.copy()
            np.put(y, i, vals)
            return y
        case("put", [a, np.array([0, -1, 3], np.int64), vals[:2]], view, f=put)
case("take", [i64, np.array([4], np.int64)], axis=0, kind="index", f=lambda x, i: np.take(x, i, 0))
case("take", [np.array(5, np.int64), np.array([0, 0, -1], np.int64)], axis=0, f=lambda x, i: np.take(x, i, 0))
# NumPy checks the indices only as it copies, once for each position before
# the axis, and an empty axis refuses any index.
for shape, axis, idx, kind in [((0, 3), 1, [5], None), ((2, 0, 4), 2, [9, -1], None), ((2, 3, 0), 1, [5], "index"),
                               ((3, 0), 1, [5], "index"), ((3, 0), 1, [], None)]:
    case("take", [np.zeros(shape, np.int64), np.array(idx, np.int64)], axis=axis, kind=kind,
         f=lambda x, i, axis=axis: np.take(x, i, axis))
case("take", [np.array(5, np.int64), np.array([0], np.int64)], axis=1, kind="axis", f=lambda x, i: np.take(x, i, 1))
case("take", [i64, np.array([-25], np.int64)], axis=None, kind="index", f=lambda x, i: np.take(x, i))
case("take_along_axis", [i64, np.array([[0, 6]], np.int64)], axis=1, kind="index", f=lambda x, i: np.take_along_axis(x, i, 1))
case("take_along_axis", [i64, np.array([0, 1], np.int64)], axis=0, kind="value", f=lambda x, i: np.take_along_axis(x, i, 0))
case("take_along_axis", [i64, np.zeros((2, 3), np.int64)], axis=0, kind="shape", loose=True,
     f=lambda x, i: np.take_along_axis(x, i, 0))
case("put", [i64, np.array([24], np.int64), np.array([1], np.int64)], kind="index", f=lambda x, i, v: np.put(x.copy(), i, v))
case("mask", [i64, np.ones((4, 5), bool)], kind="index", f=lambda x, m: x[m])
case("mask", [i64[0], np.ones((6, 1), bool)], kind="index", f=lambda x, m: x[m])
case("mask", [np.array(3, np.int64), np.array(True)], f=lambda x, m: x[m])
case("set_mask", [i64, i64 > 0, np.array([1, 2, 3], np.int64)], kind="value",
     f=lambda x, m, v: x.copy().__setitem__(m, v))
case("argwhere", [np.array(3, np.int64)], f=lambda x: np.argwhere(x))
case("nonzero", [np.zeros((0, 3), np.float64)], f=lambda x: np.nonzero(x))
# np.argsort ravels a 0-d array (np.sort refuses it).
for a in [np.array(5, np.int64), np.array(np.nan), np.array(True), np.array(2 - 1j), np.array(7, np.uint8)]:
    for axis, flat, kind in [(None, False, None), (0, False, None), (-1, False, None), (None, True, None),
                             (1, False, "axis"), (-2, False, "axis")]:
        case("argsort", [a], axis=axis, flat=flat, kind=kind,
             f=lambda x, axis=axis, flat=flat: np.argsort(x, axis=None if flat else -1 if axis is None else axis, kind="stable"))

# searchsorted's a must be 1-d: NumPy's messages for more and fewer axes.
for a in [np.zeros((2, 2), np.int64), np.zeros((2, 1, 3), np.int64), np.array(1, np.int64)]:
    case("searchsorted", [a, np.array([1, -1], np.int64)], side="left", kind="value", f=lambda s, k: np.searchsorted(s, k))

save(OUT, cases, separators=(",", ":"))
print(f"{len(cases)} cases -> {OUT}")
