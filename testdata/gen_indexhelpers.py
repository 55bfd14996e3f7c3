#!/usr/bin/python3
"""Golden data for ndarray's triu_indices, tril_indices, triu_indices_from,
tril_indices_from, diag_indices, diag_indices_from, fill_diagonal, ix_,
flipud, fliplr, rollaxis, shares_memory, may_share_memory and block
(indexhelpers.go, memoverlap.go, block.go).

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_indexhelpers.py
Writes ndarray/testdata/indexhelpers/cases.json: a list of cases, each
naming the NumPy function ("op"), the element type of its array inputs
("dtype"), its inputs as contiguous arrays ("in") with the view to take of
the first ("view": "c" as is, "t" transposed, "rev" last axis reversed,
"bcast" its first column broadcast over the others, read-only), its other
arguments, and either the result ("out", or "outs" for a tuple of arrays;
for fill_diagonal the view after the call; for shares_memory and
may_share_memory the answers "shares" and "may") or the exception NumPy
raised ("error": its message, "" when numgo's text differs, and "kind":
the numgo error it maps to). ix_'s results are written as int64, the type
numgo returns them in, whatever the input's integer dtype.
"""
import os

import numpy as np

from golden import VIEWS, arr, outcome, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "indexhelpers", "cases.json")

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
VIEWS2 = {**VIEWS, "bcast": lambda a: np.broadcast_to(a[..., :1], a.shape)}

cases = []


def kind_of(call):
    """Returns the numgo error kind that NumPy's exception from call maps
    to, or None if call succeeds."""
    try:
        call()
    except np.AxisError:
        return "axis"
    except ValueError as e:
        shape = "must match exactly" in str(e) or "Mismatched array shapes" in str(e)
        return "shape" if shape else "value"
    return None


def case(op, dt, ins, view="c", f=None, loose=False, **kw):
    """Records op on ins, the first taken through view; kw holds the
    Go-side arguments, f computes NumPy's result from the inputs, loose
    says to check the error's kind only."""
    c = {"op": op, "dtype": dt, "in": [arr(a) for a in ins], "view": view}
    c.update(kw)
    xs = [VIEWS2[view](np.asarray(a)) if i == 0 else np.asarray(a) for i, a in enumerate(ins)]
    call = lambda: f(*xs)  # noqa: E731
    cases.append(outcome(c, op, call, kind_of(call), loose))


def conv(x, dt):
    """x (integers) in dtype dt: halved for floats, times 1-2j for complex."""
    x = np.asarray(x)
    if dt.startswith("float"):
        return (x / 2).astype(dt)
    if dt.startswith("complex"):
        return (x * (1 - 2j)).astype(dt)
    return x.astype(dt)


def inplace(fn):
    """NumPy's in-place fn(x, ...) as a function returning x after the call."""
    def g(x, *args):
        fn(x, *args)
        return x
    return g


# Triangle indices: every n, k, m.
for op, fn in [("triu_indices", np.triu_indices), ("tril_indices", np.tril_indices)]:
    for n in [0, 1, 3, 4, -2]:
        for k in [-9, -5, -1, 0, 1, 2, 7]:
            for m in [None, 0, 2, 5, -1]:
                kw = {} if m is None else {"m": m}
                case(op, "int64", [], n=n, k=k, f=lambda n=n, k=k, m=m: fn(n, k, m), **kw)

# Triangle indices from an array: shapes (the dtype does not matter: a sample of each).
for op, fn in [("triu_indices_from", np.triu_indices_from), ("tril_indices_from", np.tril_indices_from)]:
    for dt in DTYPES:
        full = dt == "int64"
        for shape in ([[3, 4], [4, 3], [0, 3], [2, 0], [2, 2], [3], [2, 2, 2], []] if full else [[3, 4]]):
            a = conv(np.arange(int(np.prod(shape))).reshape(shape), dt)
            for view in (["c", "t"] if full and len(shape) == 2 else ["c"]):
                for k in ([-2, 0, 1, 5] if full else [1]):
                    case(op, dt, [a], view, k=k, f=lambda x, k=k: fn(x, k))

# Diagonal indices.
for n in [0, 1, 3, -1]:
    for ndim in [-1, 0, 1, 2, 3]:
        case("diag_indices", "int64", [], n=n, ndim=ndim, f=lambda n=n, d=ndim: np.diag_indices(n, d))
for dt in DTYPES:
    full = dt == "int64"
    for shape in ([[3, 3], [2, 2, 2], [0, 0], [1, 1, 1, 1], [2, 3], [3], [], [2, 2, 3], [0, 0, 1]] if full else [[3, 3]]):
        a = conv(np.arange(int(np.prod(shape))).reshape(shape), dt)
        case("diag_indices_from", dt, [a], f=np.diag_indices_from)

# Fill the diagonal, of views too; the value flattened and repeated.
for dt in DTYPES:
    full = dt in ("int64", "float64")
    shapes = [[3, 3], [5, 3], [3, 5], [7, 2], [6, 3], [2, 2, 2], [3, 3, 3], [0, 0], [4, 0], [0, 4], [1, 1],
              [3], [], [2, 2, 3], [1, 6]] if full else [[3, 3], [5, 3], [2, 2, 2]]
    vals = [conv(9, dt), conv([7, -8], dt), conv(np.zeros(0), dt), conv([[1, 2], [3, 4]], dt),
            conv(np.arange(1, 12), dt)] if full else [conv([7, -8], dt)]
    for shape in shapes:
        a = conv(np.arange(int(np.prod(shape))).reshape(shape) + 20, dt)
        views = ["c", "t", "rev", "bcast"] if full and len(shape) >= 2 and a.size else ["c"]
        for view in views:
            for v in (vals if view == "c" else vals[-1:]):
                for wrap in ([False, True] if full else [True]):
                    case("fill_diagonal", dt, [a, v], view, wrap=wrap, loose=view == "bcast",
                         f=lambda x, v, w=wrap: inplace(np.fill_diagonal)(x, v, w))

# ix_: integer and bool sequences, one dtype per call; results as int64.
def ix(*xs):
    return tuple(r.astype(np.int64) for r in np.ix_(*xs))


for dt in INTS + ["bool"]:
    full = dt in ("int64", "bool")
    if dt == "bool":
        seqs = [[[True, False, True], [False, True]], [[False, False]], [[True], [True, True, False], [False, True]], []]
    else:
        seqs = [[[0, 2], [1, 3, 4]], [[2]], [[], [1]], [[3, 0, 1], [1], [2, 2]], []]
    for s in (seqs if full else seqs[:1]):
        ins = [np.array(x, dtype=dt) for x in s]
        for view in (["c", "rev"] if full and ins and ins[0].size else ["c"]):
            case("ix_", dt, ins, view, f=ix)
case("ix_", "int64", [np.array([[0, 1]], np.int64)], f=ix)
case("ix_", "int64", [np.array([0, 1], np.int64), np.array(3, np.int64)], f=ix)
case("ix_", "bool", [np.array([[True]])], f=ix)

# Flips: every dtype on a sample, shapes and views with int64.
for dt in DTYPES:
    full = dt == "int64"
    for shape in ([[], [3], [2, 3], [2, 3, 4], [0, 2], [2, 0]] if full else [[2, 3]]):
        a = conv(np.arange(int(np.prod(shape))).reshape(shape), dt)
        for view in (["c", "t", "rev", "bcast"] if full and len(shape) >= 2 and a.size else ["c"]):
            case("flipud", dt, [a], view, f=np.flipud)
            case("fliplr", dt, [a], view, f=np.fliplr)

# rollaxis: every axis and start of a 4-d array, views, 0-d and 1-d.
for dt in DTYPES:
    full = dt == "int64"
    a = conv(np.arange(120).reshape(2, 3, 4, 5), dt)
    for view in (["c", "t", "rev"] if full else ["c"]):
        for axis in (range(-5, 5) if full else [1]):
            for start in (range(-6, 7) if full else [-1]):
                case("rollaxis", dt, [a], view, axis=axis, start=start,
                     f=lambda x, ax=axis, s=start: np.rollaxis(x, ax, s))
for shape in [[], [3]]:
    a = np.arange(int(np.prod(shape)), dtype=np.int64).reshape(shape)
    for axis in [-1, 0, 1]:
        for start in [-2, -1, 0, 1, 2]:
            case("rollaxis", "int64", [a], axis=axis, start=start, f=lambda x, ax=axis, s=start: np.rollaxis(x, ax, s))

# shares_memory and may_share_memory: pairs of views of one base, given by
# NumPy slicing (numgo's Array.Slice) and a transform ("", "T", "real",
# "imag", "bcast": broadcast to (3,)+shape).
def take(x, spec):
    s, how = spec
    v = eval(f"x[{s}]") if s else x  # noqa: S307 - specs are this script's
    if how == "T":
        v = v.T
    elif how == "real":
        v = v.real
    elif how == "imag":
        v = v.imag
    elif how == "bcast":
        v = np.broadcast_to(v, (3,) + v.shape)
    return v


pairs = [
    (("", ""), ("", "")), (("", ""), ("", "T")), ((":, ::2", ""), (":, 1::2", "")),
    ((":, ::2", ""), (":, 2::2", "")), (("::2", ""), ("1::2", "")), ((":, ::7", ""), (":, 3::3", "")),
    ((":, ::7", ""), (":, 4::3", "")), (("0", ""), ("1", "")), (("0", ""), ("0, ::-1", "")),
    ((":, 0", ""), (":, -1", "")), ((":, 0", ""), ("1:, 0", "")), (("1:3, 2:5", ""), ("2:, 4:", "")),
    (("1:3, 2:5", ""), ("3:, :2", "")), (("::-1, ::3", ""), ("::2, 1::3", "")), ((":0", ""), ("", "")),
    (("0, 5, ...", ""), ("0, 5:6", "")), (("0, 5, ...", ""), ("0, 6, ...", "")), (("..., ::5", "T"), (":, 10", "bcast")),
    ((":, 1", "bcast"), (":, 2", "")), (("::3, ::19", ""), ("1::2, 1::19", "")),
]
for dt in ["int8", "int64", "float32", "complex128"]:
    base = conv(np.arange(80).reshape(4, 20), dt)
    for a, b in pairs:
        x, y = take(base, a), take(base, b)
        cases.append({"op": "shares_memory", "dtype": dt, "in": [arr(base)], "a": list(a), "b": list(b),
                      "shares": bool(np.shares_memory(x, y)), "may": bool(np.may_share_memory(x, y))})
zpairs = [(("", ""), ("", "real")), (("", ""), ("", "imag")), ((":, ::2", ""), (":, 1::2", "real")),
          (("", "real"), ("", "imag")), ((":, 1", "real"), (":, 1", "imag")), (("::2", "imag"), ("1::2", "real")),
          ((":, 3", ""), (":, 3", "imag")), ((":, 3", ""), (":, 4", "real")), ((":, 3", "real"), (":, 4", "imag"))]
base = conv(np.arange(80).reshape(4, 20), "complex128")
for a, b in zpairs:
    x, y = take(base, a), take(base, b)
    cases.append({"op": "shares_memory", "dtype": "complex128", "in": [arr(base)], "a": list(a), "b": list(b),
                  "shares": bool(np.shares_memory(x, y)), "may": bool(np.may_share_memory(x, y))})

def regroup(xs, lens):
    out, i = [], 0
    for n in lens:
        out.append(xs[i:i + n])
        i += n
    return out


# block: one level (a list of arrays) and two (rows), ndim promotion,
# views as the first block, errors.
for dt in DTYPES:
    full = dt in ("int64", "float64")
    A = conv(np.arange(6).reshape(2, 3), dt)
    B = conv(np.arange(10, 14).reshape(2, 2), dt)
    C = conv(np.arange(20, 25).reshape(1, 5), dt)
    s, v3, v2 = conv(7, dt), conv([1, 2, 3], dt), conv([4, 5], dt)
    D3 = conv(np.arange(12).reshape(2, 2, 3), dt)
    lists = [[A, B], [v3, v2, s], [s], [s, s], [A], [A, conv(np.zeros((2, 0)), dt), B], [D3, conv(np.ones((2, 2, 1)), dt)],
             [v3, A], [A, C], [D3, A]] if full else [[A, B], [v3, s]]
    for ins in lists:
        for view in (["c", "t", "rev"] if full and ins[0].ndim == 2 and ins[0].size else ["c"]):
            case("block", dt, ins, view, f=lambda *xs: np.block(list(xs)))
    grids = [[[A, B], [C, conv([8, 9], dt)]], [[A], [C[:, :3]]], [[s, s], [s, s]], [[v3], [v3]],
             [[A, B], [conv(np.arange(5), dt)]], [[D3], [conv(np.ones((2, 1, 3)), dt)]], [[A, B], [C, s]],
             [[A, B], [v2, C]], [[conv(np.zeros((0, 2)), dt), conv(np.zeros((0, 3)), dt)], [conv([1, 2, 3, 4, 5], dt)]],
             [[A, C]]] if full else [[[A, B], [C, conv([8, 9], dt)]]]
    for grid in grids:
        ins = [x for row in grid for x in row]
        for view in (["c", "t", "rev"] if full and ins[0].ndim == 2 and ins[0].size else ["c"]):
            case("block2", dt, ins, view, rows=[len(r) for r in grid],
                 f=lambda *xs, g=grid: np.block(regroup(list(xs), [len(r) for r in g])))



# Large blocks, which NumPy 1.24 assembles by another path with its own
# message for shapes that do not fit; given by shapes ("shapes", zeros).
for shapes, rows in [([[800, 800], [801, 3]], None), ([[600, 600], [601, 3]], None), ([[400, 400], [3, 401]], [1, 1]),
                     ([[600, 600], [3, 601]], [1, 1]), ([[600, 600], [601, 3]], [2]),
                     ([[300, 300, 3], [300, 3, 3], [2, 303, 3]], [2, 1])]:
    zs = [np.zeros(sh, np.int64) for sh in shapes]
    c = {"op": "block" if rows is None else "block2", "dtype": "int64", "in": [], "view": "c", "shapes": shapes}
    if rows is None:
        call = lambda zs=zs: np.block(zs)  # noqa: E731
    else:
        c["rows"] = rows
        call = lambda zs=zs, rows=rows: np.block(regroup(zs, rows))  # noqa: E731
    cases.append(outcome(c, c["op"], call, kind_of(call)))

case("block", "int64", [], f=lambda: np.block([]))
case("block2", "int64", [], rows=[], f=lambda: np.block([[]][:0]))
A = np.arange(6, dtype=np.int64).reshape(2, 3)
case("block2", "int64", [A], rows=[1, 0], f=lambda x: np.block([[x], []]))
case("block2", "int64", [A], rows=[0, 1], f=lambda x: np.block([[], [x]]))

save(OUT, cases, separators=(",", ":"))
print(f"{len(cases)} cases -> {OUT}")
