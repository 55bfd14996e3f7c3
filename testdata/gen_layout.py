#!/usr/bin/python3
"""Golden data for the layout of element-wise results (NumPy's order='K').

Each case applies an element-wise function to inputs built from recipes
(a C-order base array, then views: transposes, slices, Fortran copies) and
records NumPy's result: its values and its strides in elements.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_layout.py
Writes ndarray/testdata/layout/cases.json.
"""
import os

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "layout", "cases.json")


def build(r):
    """The array a recipe describes: base values start + 0.25*arange in its
    dtype (for bool, arange % 3 == 0) in C order, then each view in turn."""
    shape = r["base"]
    n = int(np.prod(shape))
    if r["dtype"] == "bool":
        a = (np.arange(n) % 3 == 0).reshape(shape)
    else:
        a = (r["start"] + 0.25 * np.arange(n)).astype(r["dtype"]).reshape(shape)
    for v in r.get("views", []):
        if v[0] == "T":
            a = a.T
        elif v[0] == "transpose":
            a = a.transpose(v[1])
        elif v[0] == "swapaxes":
            a = a.swapaxes(v[1], v[2])
        elif v[0] == "moveaxis":
            a = np.moveaxis(a, v[1], v[2])
        elif v[0] == "slice":
            a = eval("a[" + v[1] + "]")
        elif v[0] == "F":
            a = np.asfortranarray(a)
        else:
            raise ValueError(v)
    return a


def rec(base, *views, start=0.0, dtype="float64"):
    """A recipe: base shape, views (tuples of a name and its arguments)."""
    return {"base": list(base), "views": [list(v) for v in views], "start": start, "dtype": dtype}


T = ("T",)
F = ("F",)
REV = ("slice", "::-1")

x = (3, 4)
z = (2, 3, 4)
unary = {
    "x.T": rec(x, T),
    "x[::-1]": rec(x, REV),
    "x[:, ::-1].T": rec(x, ("slice", ":, ::-1"), T),
    "x[::-1, ::-1].T": rec(x, ("slice", "::-1, ::-1"), T),
    "x[::2].T": rec((6, 4), ("slice", "::2"), T),
    "x[:, 1:3].T": rec(x, ("slice", ":, 1:3"), T),
    "F(x)": rec(x, F),
    "x": rec(x),
    "z.transpose(2,0,1)": rec(z, ("transpose", [2, 0, 1])),
    "z.transpose(1,2,0)": rec(z, ("transpose", [1, 2, 0])),
    "z.transpose(0,2,1)": rec(z, ("transpose", [0, 2, 1])),
    "z.swapaxes(0,2)": rec(z, ("swapaxes", 0, 2)),
    "moveaxis(z,0,-1)": rec(z, ("moveaxis", 0, -1)),
    "z.T[::-1]": rec(z, T, REV),
    "F(3,1,4)": rec((3, 1, 4), F),
    "(4,1,3).T": rec((4, 1, 3), T),
    "(1,3,4).transpose(2,0,1)": rec((1, 3, 4), ("transpose", [2, 0, 1])),
    "(3,4,1).transpose(1,2,0)": rec((3, 4, 1), ("transpose", [1, 2, 0])),
    "(1,4).T": rec((1, 4), T),
    "0-d": rec((), start=0.5),
    "1-d reversed": rec((5,), REV),
    "empty (3,0).T": rec((3, 0), T),
    "empty (2,0,3).transpose(2,0,1)": rec((2, 0, 3), ("transpose", [2, 0, 1])),
}
binary = {
    "x.T, y.T": (rec(x, T), rec(x, T, start=1)),
    "x.T, y": (rec(x, T), rec((4, 3), start=1)),
    "y, x.T": (rec((4, 3), start=1), rec(x, T)),
    "F(x), row": (rec(x, F), rec((4,), start=1)),
    "row, F(x)": (rec((4,), start=1), rec(x, F)),
    "F(x), col": (rec(x, F), rec((3, 1), start=1)),
    "F(x), 0-d": (rec(x, F), rec((), start=2)),
    "F(x), row[::-1]": (rec(x, F), rec((4,), REV, start=1)),
    "x.T[::-1], y.T": (rec(x, T, REV), rec(x, T, start=1)),
    "F(3,1,4), row": (rec((3, 1, 4), F), rec((4,), start=1)),
    "F(3,1,4), F(3,1,4)": (rec((3, 1, 4), F), rec((3, 1, 4), F, start=1)),
    "z.transpose(2,0,1), 0-d": (rec(z, ("transpose", [2, 0, 1])), rec((), start=2)),
    "z.T, (3,1)": (rec(z, T), rec((3, 1), start=1)),
    "z.T, (3,2)": (rec(z, T), rec((3, 2), start=1)),
    "z.transpose(1,2,0), (2,4,3).T": (rec(z, ("transpose", [1, 2, 0])), rec((2, 4, 3), T, start=1)),
    "z.swapaxes(0,1), F(z)": (rec(z, ("swapaxes", 0, 1)), rec((3, 2, 4), F, start=1)),
    "col, row": (rec((3, 1)), rec((4,), start=1)),
    "(4,1).T, (3,1)": (rec((4, 1), T), rec((3, 1), start=1)),
    "empty": (rec((3, 0), T), rec((3,), start=1)),
}
where = {
    "c.T, x.T, y.T": (rec(x, T, dtype="bool"), rec(x, T), rec(x, T, start=1)),
    "c, x.T, 0-d": (rec((4, 3), dtype="bool"), rec(x, T), rec((), start=9)),
    "c.T, x.T, 0-d": (rec(x, T, dtype="bool"), rec(x, T), rec((), start=9)),
    "F(3,1,4) x3": (rec((3, 1, 4), F, dtype="bool"), rec((3, 1, 4), F), rec((3, 1, 4), F, start=1)),
    "c.T, row, col": (rec(x, T, dtype="bool"), rec((3,)), rec((4, 1), start=1)),
    "z.T, z.T, z.T": (rec(z, T, dtype="bool"), rec(z, T), rec(z, T, start=1)),
}


def strides(a):
    return [s // a.itemsize for s in a.strides]


def case(name, fn, args):
    ins = [build(r) for r in args]
    out = fn(*ins)
    return {"name": name, "args": list(args), "out": arr(out), "strides": strides(out)}


cases = []
for name, r in unary.items():
    cases.append(dict(case(name, np.exp, [r]), op="exp"))
    if name in ("x.T", "z.transpose(2,0,1)", "F(3,1,4)", "x[::-1]", "(1,3,4).transpose(2,0,1)"):
        cases.append(dict(case(name, np.exp, [dict(r, dtype="float32")]), op="exp"))
        cases.append(dict(case(name, lambda a: np.clip(a, 0.5, 2.0), [r]), op="clip"))
        cases.append(dict(case(name, lambda a: np.round(a, 1), [r]), op="round1"))
        cases.append(dict(case(name, lambda a: np.round(a, 0), [r]), op="round0"))
for name, rs in binary.items():
    cases.append(dict(case(name, np.add, rs), op="add"))
    if name in ("x.T, y.T", "x.T, y", "F(x), row", "F(3,1,4), row", "z.T, (3,1)"):
        cases.append(dict(case(name, np.less, rs), op="less"))
for name, rs in where.items():
    cases.append(dict(case(name, np.where, rs), op="where"))


def random_recipe(rng, shape, dtype="float64"):
    """A recipe for a random view of the given shape: a C-order base array
    transposed, stepped (steps of 1, 2, -1, -2) and sometimes copied to
    Fortran order."""
    nd = len(shape)
    perm = list(range(nd))
    rng.shuffle(perm)
    steps = [int(rng.choice([1, 1, 1, 2, -1, -2])) for _ in range(nd)]
    base = [0] * nd
    for k in range(nd):
        base[perm[k]] = shape[k] * abs(steps[k])
    views = []
    if perm != list(range(nd)):
        views.append(("transpose", perm))
    if any(st != 1 for st in steps):
        views.append(("slice", ", ".join("::%d" % st for st in steps)))
    if rng.random() < 0.2:
        views.append(F)
    r = rec(base, *views, dtype=dtype)
    assert build(r).shape == tuple(shape)
    return r


def random_cases(n):
    """Layouts only (no values) of n random cases of exp, add and where,
    with length-1 and broadcast axes."""
    rng = np.random.default_rng(7)
    out = []
    for _ in range(n):
        nd = int(rng.integers(1, 5))
        shape = [int(rng.choice([1, 2, 2, 3, 4])) for _ in range(nd)]
        op = str(rng.choice(["exp", "add", "where"]))
        ins = [random_recipe(rng, shape)]
        if op != "exp":
            bshape = list(shape)
            if rng.random() < 0.3:
                bshape = bshape[int(rng.integers(0, nd + 1)):]
            elif rng.random() < 0.4:
                bshape = [1 if rng.random() < 0.5 else d for d in bshape]
            ins.append(random_recipe(rng, bshape))
        if op == "where":
            ins.insert(0, random_recipe(rng, shape, dtype="bool"))
        res = {"exp": np.exp, "add": np.add, "where": np.where}[op](*[build(r) for r in ins])
        out.append({"op": op, "args": ins, "shape": list(res.shape), "strides": strides(res)})
    return out


save(OUT, {"cases": cases, "random": random_cases(300)}, newline=True, indent=None)
print("wrote", OUT, len(cases), "cases")
