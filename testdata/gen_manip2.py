#!/usr/bin/python3
"""Golden data for ndarray's insert, delete, append, resize, column_stack,
atleast_1d/2d/3d, trim_zeros, flatnonzero, compress, extract, place,
putmask, select and choose (manip2.go).

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_manip2.py
Writes ndarray/testdata/manip2/cases.json: a list of cases, each naming the
NumPy function ("op"), the element type of the arrays it works on
("dtype"; masks are bool and choose's indices int64), its inputs as
contiguous arrays with the view to take of the first ("view": "c" as is,
"t" transposed, "rev" last axis reversed, "bcast" its first column
broadcast over the others, a read-only view with stride 0), its other
arguments, and either the result ("out"; for place and putmask the first
input after the call) or the exception NumPy raised ("error": its message,
"" when numgo's text differs, and "kind": the numgo error it maps to).
Each op runs on every dtype; int64 and float64 run on every view and
argument, the other dtypes on a sample.
"""
import os

import numpy as np

from golden import VIEWS, arr, outcome, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "manip2", "cases.json")

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]
FULL = ("int64", "float64")
VIEWS2 = {**VIEWS, "bcast": lambda a: np.broadcast_to(a[..., :1], a.shape)}

cases = []


def kind_of(call):
    """Returns the numgo error kind that NumPy's exception from call maps
    to, or None if call succeeds: an axis error, an index error, a shape
    error for shapes that do not broadcast or join, a value error
    otherwise."""
    try:
        call()
    except np.AxisError:
        return "axis"
    except IndexError:
        return "index"
    except ValueError as e:
        shape = any(w in str(e) for w in ("broadcast", "shape mismatch", "dimension")) and "zero-dim" not in str(e)
        return "shape" if shape else "value"
    except TypeError:
        return "value"
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
    """x (integers) in dtype dt: halved for floats, times 1-2j for complex
    numbers, so that zeros stay zeros."""
    x = np.asarray(x)
    if dt.startswith("float"):
        return (x / 2).astype(dt)
    if dt.startswith("complex"):
        return (x * (1 - 2j)).astype(dt)
    return x.astype(dt)


def inplace(fn):
    """NumPy's in-place fn(x, ...) as a function returning the changed copy of x."""
    def g(x, *args):
        y = x.copy()
        fn(y, *args)
        return y
    return g


base = np.array([[0, 3, -2, 0], [5, 0, 7, -1], [0, 0, 9, 4]])
row = np.array([0, 0, 3, 0, -2, 5, 0, 0])

for dt in DTYPES:
    full = dt in FULL
    a, r = conv(base, dt), conv(row, dt)
    v0, v3, v4 = conv(6, dt), conv([7, -8, 9], dt), conv([1, 2, 3, 4], dt)
    col, lead = conv([[7], [8], [9]], dt), conv([[7, -8, 9]], dt)
    views = ["c", "t", "rev", "bcast"] if full else ["c", "t"]
    axes = [None, 0, 1, -1] if full else [None, 1]
    for view in views:
        for axis in axes:
            ax = {} if axis is None else {"axis": axis}
            # Insert: scalar and sequence indices, values of several shapes.
            scalars = [0, 2, -1, 3, 5, -4] if full else [2]
            seqs = [[1], [0, 2, 2], [-1, 1], [], [3, 0], [1, 9], [-5, 0], [-9, 0]] if full else [[0, 2, 2], [1]]
            values = [v0, v3, v4, col, lead] if full else [v0, v3]
            for vals in values:
                for i in scalars:
                    case("insert", dt, [a, vals], view, index=i, f=lambda x, v, i=i, axis=axis: np.insert(x, i, v, axis), **ax)
                for s in seqs:
                    case("insert", dt, [a, vals], view, obj=s, f=lambda x, v, s=s, axis=axis: np.insert(x, s, v, axis), **ax)
            # Delete.
            for s in ([[1], [-1], [0, 2, 2], [], [3, 0], [5], [-5, 1], [0, 1, 2], [-4]] if full else [[0, 2, 2], [1]]):
                case("delete", dt, [a], view, obj=s, f=lambda x, s=s, axis=axis: np.delete(x, s, axis), **ax)
            # Append.
            for vals in ([v3, v4, lead, col, a[:2], conv(base[:, :1], dt)] if full else [v4, a[:2]]):
                case("append", dt, [a, vals], view, f=lambda x, v, axis=axis: np.append(x, v, axis), **ax)
            # Compress.
            for cond in ([[True, False, True], [False, True, True, True, False], [], [True], [False] * 5 + [True],
                          [True, False, False, True]] if full else [[True, False, True]]):
                c = np.array(cond, bool)
                case("compress", dt, [a, c], view, f=lambda x, c, axis=axis: np.compress(c, x, axis), **ax)
        # Resize.
        for shape in ([[7], [2, 5], [3, 4], [0], [5, 0, 2], [1], [], [30], [-1, 2]] if full else [[2, 5], [30]]):
            case("resize", dt, [a], view, shape=shape, f=lambda x, s=shape: np.resize(x, s))
        # Column stacks, the first array taken through the view.
        v = VIEWS2[view](a)
        for others in ([[conv(base[:, 1], dt)], [col, v3], [conv(base[:, :2], dt)], [conv(base[0], dt)]]
                       if full else [[col, v3]]):
            case("column_stack", dt, [a] + others, view, f=lambda *xs: np.column_stack(xs))
        for op, fn in [("atleast_1d", np.atleast_1d), ("atleast_2d", np.atleast_2d), ("atleast_3d", np.atleast_3d)]:
            case(op, dt, [a], view, f=fn)
            case(op, dt, [a[0]], view, f=fn)
            if full:
                case(op, dt, [a.reshape(3, 2, 2)], view, f=fn)
        case("flatnonzero", dt, [a], view, f=np.flatnonzero)
        # Trim zeros (1-d).
        for trim in (["fb", "f", "b", "", "BF", "xf"] if full else ["fb"]):
            case("trim_zeros", dt, [r], view, trim=trim, f=lambda x, t=trim: np.trim_zeros(x, t))
        # Extract: masks of a's shape, shorter and longer.
        m = (base % 3 == 0)
        for cond in ([m, m.T.copy(), m.ravel()[:5], np.r_[m.ravel(), False, False], np.r_[m.ravel(), True]]
                     if full else [m]):
            case("extract", dt, [a, cond], view, f=lambda x, c: np.extract(c, x))
        # Select and choose, among the view of a and other arrays.
        vshape = VIEWS2[view](base).shape
        other = conv(np.arange(12).reshape(vshape) - 5, dt)
        cv = VIEWS2[view](base)
        conds = [np.ascontiguousarray(cv > 2), np.ascontiguousarray(cv < 0)]
        default = bool(conv(4, dt)) if dt == "bool" else conv(4, dt).item()
        if isinstance(default, complex):
            default = [default.real, default.imag]
        sels = [([a, other], conds), ([a, conv(5, dt)], conds), ([a], [conds[0][0]]),
                ([a, other[0]], [conds[0], conds[1][:, :1].copy()])]
        if not full:
            sels = sels[:1]
        for choices, cs in sels:
            case("select", dt, choices + cs, view, nchoice=len(choices), default=default,
                 f=lambda *xs, n=len(choices), d=conv(4, dt): np.select(list(xs[n:]), list(xs[:n]), d))
        idx = np.ascontiguousarray((VIEWS2[view](base) % 2 + (VIEWS2[view](base) > 4)).astype(np.int64))
        chs = [([a, other, conv(1, dt)], idx), ([a, other], idx[:, :1].copy()), ([a], np.zeros(vshape[-1], np.int64)),
               ([a, other], np.array(1, np.int64))]
        if not full:
            chs = chs[:1]
        for choices, ix in chs:
            case("choose", dt, choices + [ix], view, f=lambda *xs: np.choose(xs[-1], xs[:-1]))
    # Place and putmask write into the view of a (not a broadcast one).
    for view in (["c", "t", "rev"] if full else ["c"]):
        m = VIEWS[view](base) % 3 == 0
        for mask in ([m, m.ravel(), np.zeros_like(m)] if full else [m]):
            for vals in ([conv([7], dt), v3, conv(np.arange(20), dt), conv(np.zeros(0), dt)] if full else [v3]):
                case("place", dt, [a, mask, vals], view, f=inplace(np.place))
                case("putmask", dt, [a, mask, vals], view, f=inplace(np.putmask))

# 0-d and empty inputs, errors.
i64 = conv(base, "int64")
z, e = np.array(5, np.int64), np.zeros((0, 3), np.int64)
one = np.array([7, 8, 9], np.int64)
for x in [z, e, e.T.copy()]:
    for axis in [None, 0, 1]:
        ax = {} if axis is None else {"axis": axis}
        case("insert", "int64", [x, one], index=0, f=lambda x, v, axis=axis: np.insert(x, 0, v, axis), **ax)
        case("insert", "int64", [x, one], obj=[0], f=lambda x, v, axis=axis: np.insert(x, [0], v, axis), **ax)
        case("insert", "int64", [x, one], obj=[], f=lambda x, v, axis=axis: np.insert(x, [], v, axis), **ax)
        case("insert", "int64", [x, one[0]], obj=[0, 0], f=lambda x, v, axis=axis: np.insert(x, [0, 0], v, axis), **ax)
        for s in [[0], [], [-1, 0]]:
            case("delete", "int64", [x], obj=s, f=lambda x, s=s, axis=axis: np.delete(x, s, axis), **ax)
        case("append", "int64", [x, x], f=lambda x, v, axis=axis: np.append(x, v, axis), **ax)
        case("compress", "int64", [x, np.array([True, True])], f=lambda x, c, axis=axis: np.compress(c, x, axis), **ax)
        case("compress", "int64", [x, np.array([], bool)], f=lambda x, c, axis=axis: np.compress(c, x, axis), **ax)
    for shape in [[2, 3], [0], []]:
        case("resize", "int64", [x], shape=shape, f=lambda x, s=shape: np.resize(x, s))
    for op, fn in [("atleast_1d", np.atleast_1d), ("atleast_2d", np.atleast_2d), ("atleast_3d", np.atleast_3d),
                   ("flatnonzero", np.flatnonzero)]:
        case(op, "int64", [x], f=fn)
    case("extract", "int64", [x, np.array([True])], f=lambda x, c: np.extract(c, x))
    case("place", "int64", [x, np.ones(x.shape, bool), one], f=inplace(np.place))
    case("putmask", "int64", [x, np.ones(x.shape, bool), one], f=inplace(np.putmask))
    case("column_stack", "int64", [x, x], f=lambda *xs: np.column_stack(xs))
    case("select", "int64", [x, np.ones(x.shape, bool)], nchoice=1, default=4, f=lambda x, c: np.select([c], [x], 4))
    case("choose", "int64", [x, np.zeros(x.shape, np.int64)], f=lambda x, i: np.choose(i, [x]))
case("compress", "int64", [i64, np.ones((2, 2), bool)], axis=0, f=lambda x, c: np.compress(c, x, 0))
case("compress", "int64", [i64, np.array(True)], f=lambda x, c: np.compress(c, x))
case("compress", "int64", [i64, np.array([True])], axis=2, f=lambda x, c: np.compress(c, x, 2))
case("insert", "int64", [i64, one], obj=[1], axis=2, f=lambda x, v: np.insert(x, [1], v, 2))
case("delete", "int64", [i64], obj=[1], axis=-3, f=lambda x: np.delete(x, [1], -3))
case("append", "int64", [i64, one], axis=2, f=lambda x, v: np.append(x, v, 2))
# Extra leading axes of length 1 in the values are dropped.
for s in [[0, 1, 2], [1]]:
    case("insert", "int64", [one, np.ones((1, 1, 3), np.int64)], obj=s, f=lambda x, v, s=s: np.insert(x, s, v))
case("insert", "int64", [one, np.ones((1, 1), np.int64)], index=1, f=lambda x, v: np.insert(x, 1, v))
case("insert", "int64", [one, np.ones((1, 2), np.int64)], index=1, f=lambda x, v: np.insert(x, 1, v))
case("insert", "int64", [i64, np.ones((1, 2, 4), np.int64)], obj=[1], axis=0, f=lambda x, v: np.insert(x, [1], v, 0))
case("resize", "int64", [i64], shape=[2, -3], f=lambda x: np.resize(x, (2, -3)))
case("column_stack", "int64", [i64, one[:2]], f=lambda *xs: np.column_stack(xs))
case("column_stack", "int64", [], f=lambda *xs: np.column_stack(xs))
case("column_stack", "int64", [np.ones((2, 3, 2), np.int64), np.ones((2, 1, 2), np.int64)], f=lambda *xs: np.column_stack(xs))
case("extract", "int64", [i64, np.ones(13, bool)], f=lambda x, c: np.extract(c, x))
for x in [np.zeros(3), np.array([0.0, -0.0, np.nan, 0.0, 1.0, -0.0]), np.array([np.nan]), np.zeros(0), np.array([1.0, 2.0])]:
    for trim in ["fb", "f", "b"]:
        case("trim_zeros", "float64", [x], trim=trim, f=lambda x, t=trim: np.trim_zeros(x, t))
case("trim_zeros", "complex128", [np.array([0j, 1e-300j, 0j])], trim="fb", f=lambda x: np.trim_zeros(x, "fb"))
case("trim_zeros", "bool", [np.array([False, True, False, True, False])], trim="fb", f=lambda x: np.trim_zeros(x, "fb"))
# NumPy 1.24 cannot trim arrays of other dimensions (a TypeError for 0-d).
case("trim_zeros", "int64", [i64], trim="fb", loose=True, f=lambda x: np.trim_zeros(x))
case("trim_zeros", "int64", [z], trim="fb", loose=True, f=lambda x: np.trim_zeros(x))
fz = np.array([[0.0, np.nan, -0.0], [1e-310, 0.0, -np.inf]])
for view in ["c", "t", "rev"]:
    case("flatnonzero", "float64", [fz], view, f=np.flatnonzero)
    case("extract", "float64", [fz, fz.T.copy() != 0], view, f=lambda x, c: np.extract(c, x))
case("flatnonzero", "complex128", [np.array([0j, complex(0, -0.0), 1e-300j, complex(np.nan, 0)])], f=np.flatnonzero)
for mask in [np.ones(11, bool), np.ones((4, 4), bool)]:
    for op, fn in [("place", np.place), ("putmask", np.putmask)]:
        case(op, "int64", [i64, mask, one], f=inplace(fn))
case("place", "int64", [i64, np.ones(12, bool), one[:0]], f=inplace(np.place))
case("putmask", "int64", [i64, np.ones(12, bool), one[:0]], f=inplace(np.putmask))
# Select's and choose's shapes and lists.
m0, m1 = i64 > 2, i64 < 0
case("select", "int64", [i64, i64[:2], m0, m1], nchoice=2, default=0, f=lambda a, b, c, d: np.select([c, d], [a, b]))
case("select", "int64", [i64, i64, m0, m1[:2]], nchoice=2, default=0, f=lambda a, b, c, d: np.select([c, d], [a, b]))
case("select", "int64", [i64[:, :2], m0], nchoice=1, default=0, f=lambda a, c: np.select([c], [a]))
case("select", "int64", [i64, i64, m0], nchoice=2, default=0, f=lambda a, b, c: np.select([c], [a, b]))
case("select", "int64", [], nchoice=0, default=0, f=lambda: np.select([], []))
case("select", "int64", [i64[0], m0[:, :1]], nchoice=1, default=-1, f=lambda a, c: np.select([c], [a], -1))
for ix in [np.array([0, 1, 2], np.int64), np.array([0, -1, 1], np.int64)]:
    case("choose", "int64", [i64[0, :3], i64[1, :3], ix], f=lambda a, b, i: np.choose(i, [a, b]))
case("choose", "int64", [i64[0, :4], i64[1, :3], np.array([0, 1, 1], np.int64)], f=lambda a, b, i: np.choose(i, [a, b]))
case("choose", "int64", [i64[0, :3], i64[1, :3], np.array([0, 1, 1, 0], np.int64)], f=lambda a, b, i: np.choose(i, [a, b]))
case("choose", "int64", [np.array([0, 1], np.int64)], f=lambda i: np.choose(i, []))
case("choose", "int64", [e, np.array([5], np.int64)], f=lambda a, i: np.choose(i, [a]))

save(OUT, cases, separators=(",", ":"))
print(f"{len(cases)} cases -> {OUT}")
