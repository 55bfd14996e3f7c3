#!/usr/bin/python3
"""Golden data for ndarray's differences, integration, histograms and statistics.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_stats2.py
Writes ndarray/testdata/stats2/cases.json: a list of cases, each naming the
NumPy function ("op"), its array arguments by name ("in"; "a" is taken
through "view": "c" as is, "t" transposed, "rev" last axis reversed), its
other arguments, and either the results ("outs") or the exception NumPy
raised ("error": its message, "kind": the numgo error it maps to).
"""
import os
import warnings

import numpy as np

from golden import VIEWS, arr, outcome, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "stats2", "cases.json")

cases = []
rng = np.random.default_rng(20261129)


def case(op, ins, f, view="c", kind=None, loose=False, **kw):
    """Records f applied to the arrays ins (a dict, "a" through view) with
    kw, the Go-side arguments, as a case of op; loose marks an error whose
    message is a Python internal one, whose kind only is checked."""
    c = {"op": op, "in": {k: arr(v) for k, v in ins.items()}, "view": view}
    c.update(kw)
    args = dict(ins)
    if "a" in args:
        args["a"] = VIEWS[view](args["a"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cases.append(outcome(c, op, lambda: f(**args), kind, loose, outs=True))


i64 = np.array([[3, -1, 4, 1, -5], [9, 2, -6, 5, 3], [5, 8, -9, 7, 9]], np.int64)
f64 = np.array([[0.5, -1.25, 3.0, 2.5, -0.75], [4.0, np.inf, -2.0, 1.5, 0.1], [1.0, 0.3, np.nan, -3.5, 7.25]])
sources = {
    "int64": i64,
    "int8": np.array([[100, -100, 27, 127, -128], [1, 2, 3, -4, 5], [0, 0, 0, 0, 1]], np.int8),
    "uint8": np.array([[0, 255, 3, 1, 200], [7, 9, 2, 0, 1], [4, 4, 4, 4, 4]], np.uint8),
    "float64": f64,
    "float32": (f64 * 1.1).astype(np.float32),
    "complex128": np.vectorize(complex)(f64, np.roll(f64, 1)),
    "bool": np.array([[True, False, False, True, True], [False, False, True, True, False], [True] * 5]),
}

# diff
for name, a in sources.items():
    for view in ["c", "t", "rev"]:
        for n in [0, 1, 2, 3, 6]:
            for axis in [None, 0, -1]:
                case("diff", {"a": a}, lambda a, n=n, axis=axis: np.diff(a, n, -1 if axis is None else axis),
                     view, n=n, axis=axis)
    v = a[0, 0]
    case("diff", {"a": a, "prepend": np.array(v), "append": a[:, :2]}, lambda a, prepend, append:
         np.diff(a, 1, 1, prepend=prepend, append=append), n=1, axis=1)
    case("diff", {"a": a, "prepend": a[:1]}, lambda a, prepend: np.diff(a, 2, 0, prepend=prepend), n=2, axis=0)
    case("diff", {"a": a, "append": np.array(v)}, lambda a, append: np.diff(a, 1, 0, append=append), n=1, axis=0)
case("diff", {"a": np.arange(4.0)}, lambda a: np.diff(a, -1), n=-1, kind="value")
case("diff", {"a": np.array(1.0)}, lambda a: np.diff(a, 1), n=1, kind="value")
case("diff", {"a": f64}, lambda a: np.diff(a, 1, 2), n=1, axis=2, kind="axis")
case("diff", {"a": f64, "prepend": f64[:, :2]}, lambda a, prepend: np.diff(a, 1, 0, prepend=prepend),
     n=1, axis=0, kind="shape")
case("diff", {"a": np.zeros((0, 3))}, lambda a: np.diff(a, 1, 0), n=1, axis=0)
case("diff", {"a": np.zeros((2, 0))}, lambda a: np.diff(a, 2, 0), n=2, axis=0)

# gradient
g2 = np.array([[1.0, 2.5, 4.0, 8.0, 3.0], [0.5, -1.0, 2.0, 7.5, 11.0], [3.0, 3.5, -2.0, 0.25, 1.0], [2.0, 1.0, 0.0, -1.0, -3.0]])
gsrc = {"float64": g2, "float32": (g2 * 0.7).astype(np.float32), "complex128": g2 + 1j * g2[::-1],
        "complex64": (g2 - 0.5j * g2[:, ::-1]).astype(np.complex64), "int64": (g2 * 4).astype(np.int64)}
xs0 = np.array([0.0, 0.5, 1.75, 2.0])          # uneven, axis 0 (length 4)
xs1 = np.array([-1.0, 0.0, 0.25, 1.5, 4.0])    # uneven, axis 1 (length 5)
even1 = np.array([1.0, 3.0, 5.0, 7.0, 9.0])
for name, a in gsrc.items():
    for view in ["c", "t", "rev"]:
        for eo in [1, 2]:
            case("gradient", {"a": a}, lambda a, eo=eo: np.gradient(a, edge_order=eo), view, edge_order=eo)
            case("gradient", {"a": a}, lambda a, eo=eo: np.gradient(a, 0.3, edge_order=eo), view, edge_order=eo,
                 spacing=[0.3])
            case("gradient", {"a": a}, lambda a, eo=eo: np.gradient(a, 2.0, -0.7, edge_order=eo), view,
                 edge_order=eo, spacing=[2.0, -0.7])
            case("gradient", {"a": a}, lambda a, eo=eo: [np.gradient(a, axis=-1, edge_order=eo)], view,
                 edge_order=eo, axes=[-1])
    for eo in [1, 2]:
        case("gradient", {"a": a, "x0": xs0, "x1": xs1}, lambda a, x0, x1, eo=eo: np.gradient(a, x0, x1, edge_order=eo),
             edge_order=eo)
        case("gradient", {"a": a, "x1": even1}, lambda a, x1, eo=eo: [np.gradient(a, x1, axis=1, edge_order=eo)],
             edge_order=eo, axes=[1])
        case("gradient", {"a": a, "x1": xs1}, lambda a, x1, eo=eo: np.gradient(a, 0.5, x1, edge_order=eo),
             edge_order=eo, spacing=[0.5, 0.5])
        case("gradient", {"a": a[0]}, lambda a, eo=eo: [np.gradient(a, edge_order=eo)], edge_order=eo)
case("gradient", {"a": np.arange(3.0)[None]}, lambda a: np.gradient(a), edge_order=1, kind="value")
case("gradient", {"a": g2}, lambda a: np.gradient(a, axis=0, edge_order=3), edge_order=3, axes=[0], kind="value")
case("gradient", {"a": g2}, lambda a: np.gradient(a, axis=(0, 0), edge_order=2), edge_order=2, axes=[0, 0],
     kind="axis")
case("gradient", {"a": g2, "x1": xs1[:4]}, lambda a, x1: np.gradient(a, x1, axis=1), edge_order=1, axes=[1],
     kind="value")
case("gradient", {"a": g2, "x1": np.ones((2, 5))}, lambda a, x1: np.gradient(a, x1, axis=1), edge_order=1, axes=[1],
     kind="value")
case("gradient", {"a": np.array(2.0)}, lambda a: np.gradient(a), edge_order=1)

# trapezoid (np.trapz in NumPy 1.24)
for name, a in gsrc.items():
    for view in ["c", "t", "rev"]:
        for axis in [0, -1]:
            case("trapezoid", {"a": a}, lambda a, axis=axis: np.trapz(a, dx=1.0, axis=axis), view, dx=1.0, axis=axis)
            case("trapezoid", {"a": a}, lambda a, axis=axis: np.trapz(a, dx=0.3, axis=axis), view, dx=0.3, axis=axis)
    xa = {"float64": xs1, "float32": xs1.astype(np.float32), "complex128": xs1 + 0.5j, "complex64": (xs1 + 0.5j).astype(np.complex64), "int64": np.array([0, 1, 3, 4, 8])}[name]
    case("trapezoid", {"a": a, "x": xa.astype(a.dtype)}, lambda a, x: np.trapz(a, x, axis=1), dx=1.0, axis=1)
    xb = np.cumsum(np.abs(a), axis=0).astype(a.dtype)
    case("trapezoid", {"a": a, "x": xb}, lambda a, x: np.trapz(a, x, axis=0), dx=1.0, axis=0)
case("trapezoid", {"a": np.zeros((0, 3))}, lambda a: np.trapz(a, axis=0), dx=1.0, axis=0)
case("trapezoid", {"a": np.ones((1, 3))}, lambda a: np.trapz(a, axis=0), dx=1.0, axis=0)
case("trapezoid", {"a": g2, "x": xs1[:4]}, lambda a, x: np.trapz(a, x, axis=1), dx=1.0, axis=1, kind="shape")

# cov and corrcoef
obs = rng.normal(size=(3, 7)).round(3)
csrc = {"float64": obs, "float32": obs.astype(np.float32), "int64": (obs * 10).astype(np.int64),
        "complex128": obs + 1j * rng.normal(size=(3, 7)).round(3)}
fw = np.array([1, 2, 0, 3, 1, 1, 2])
aw = np.array([0.5, 1.0, 2.0, 0.25, 1.5, 1.0, 0.75])
for name, m in csrc.items():
    for view in ["c", "t"]:
        rv = view == "c"
        for op, f in [("cov", np.cov), ("corrcoef", np.corrcoef)]:
            case(op, {"a": m}, lambda a, f=f, rv=rv: f(a, rowvar=rv), view, rowvar=rv)
            case(op, {"a": m, "y": m[:1, ::-1] if rv else m[:1, ::-1].T}, lambda a, y, f=f, rv=rv: f(a, y, rowvar=rv), view, rowvar=rv)
            case(op, {"a": m[0]}, lambda a, f=f: f(a), rowvar=True)
            case(op, {"a": m[0], "y": m[1]}, lambda a, y, f=f: f(a, y), rowvar=True)
        case("cov", {"a": m}, lambda a, rv=rv: np.cov(a, rowvar=rv, bias=True), view, rowvar=rv, bias=True)
        # ddof >= N makes NumPy multiply by inf, where the zero imaginary
        # parts of a complex diagonal give NaN, or inf where the BLAS's
        # fused products leave them a rounding error: complex is left out.
        for ddof in [0, 2] if name == "complex128" else [0, 2, 7, 9]:
            case("cov", {"a": m}, lambda a, rv=rv, ddof=ddof: np.cov(a, rowvar=rv, ddof=ddof), view, rowvar=rv, ddof=ddof)
    case("cov", {"a": m, "fweights": fw}, lambda a, fweights: np.cov(a, fweights=fweights), rowvar=True)
    case("cov", {"a": m, "aweights": aw}, lambda a, aweights: np.cov(a, aweights=aweights), rowvar=True)
    for ddof in [0, 1, 3]:
        case("cov", {"a": m, "fweights": fw, "aweights": aw},
             lambda a, fweights, aweights, ddof=ddof: np.cov(a, fweights=fweights, aweights=aweights, ddof=ddof),
             rowvar=True, ddof=ddof)
        case("cov", {"a": m, "fweights": fw}, lambda a, fweights, ddof=ddof: np.cov(a, fweights=fweights, ddof=ddof),
             rowvar=True, ddof=ddof)
    case("corrcoef", {"a": m[:1]}, lambda a: np.corrcoef(a), rowvar=True)
case("cov", {"a": np.zeros((0, 4))}, lambda a: np.cov(a), rowvar=True)
case("cov", {"a": np.zeros((2, 0))}, lambda a: np.cov(a), rowvar=True)
case("corrcoef", {"a": np.array([[1.0, 2, 3], [2.0, 2, 2]])}, lambda a: np.corrcoef(a), rowvar=True)
case("corrcoef", {"a": np.array([[1.0, 2, 3], [1.0, 2, 3.0000001], [3, 2, 1]])}, lambda a: np.corrcoef(a), rowvar=True)
case("cov", {"a": np.zeros((2, 2, 2))}, lambda a: np.cov(a), rowvar=True, kind="value")
case("cov", {"a": obs, "fweights": -fw}, lambda a, fweights: np.cov(a, fweights=fweights), rowvar=True, kind="value")
case("cov", {"a": obs, "aweights": -aw}, lambda a, aweights: np.cov(a, aweights=aweights), rowvar=True, kind="value")
case("cov", {"a": obs, "aweights": aw[:3]}, lambda a, aweights: np.cov(a, aweights=aweights), rowvar=True, kind="shape")
case("cov", {"a": obs, "fweights": np.ones((2, 7), int)}, lambda a, fweights: np.cov(a, fweights=fweights),
     rowvar=True, kind="shape")
case("cov", {"a": obs, "y": obs[:, :3]}, lambda a, y: np.cov(a, y), rowvar=True, kind="shape")

# histogram and histogram_bin_edges
hv = np.array([0.0, 0.1, 0.2, 0.30000000000000004, 0.3, 0.7, 1.0, 0.5, 0.9999999999999999, 0.6, 0.4, 0.8])
hsrc = {
    "float64": np.concatenate([hv, rng.normal(size=40)]).reshape(4, 13),
    "float32": np.concatenate([hv, rng.normal(size=40)]).astype(np.float32).reshape(4, 13),
    "int64": rng.integers(-20, 30, size=(5, 6)),
    "int8": np.array([-128, 127, 0, 5, -3, 100, 99, 2], np.int8),
    "uint8": np.array([0, 255, 17, 3, 200, 201, 64, 128], np.uint8),
}
for name, a in hsrc.items():
    w = rng.normal(size=a.shape).round(2)
    for view in ["c", "t"] if a.ndim == 2 else ["c"]:
        for bins in [1, 3, 10, 7]:
            case("histogram", {"a": a}, lambda a, bins=bins: np.histogram(a, bins), view, bins=bins)
            if view == "c":
                case("histogram", {"a": a, "weights": w}, lambda a, weights, bins=bins: np.histogram(a, bins, weights=weights),
                     bins=bins)
        for rg in [(0.0, 1.0), (-0.35, 0.73), (-3.0, 3.0), (5.0, 5.0), (0.1, 0.7)]:
            case("histogram", {"a": a}, lambda a, rg=rg: np.histogram(a, 5, range=rg), view, bins=5, range=list(rg))
            case("histogram", {"a": a}, lambda a, rg=rg: np.histogram(a, 5, range=rg, density=True), view, bins=5,
                 range=list(rg), density=True)
    case("histogram", {"a": a, "weights": w}, lambda a, weights: np.histogram(a, 6, range=(-1.0, 2.0), weights=weights),
         bins=6, range=[-1.0, 2.0])
    case("histogram", {"a": a, "weights": w}, lambda a, weights: np.histogram(a, 4, weights=weights, density=True),
         bins=4, density=True)
    edges = np.array([-5.0, -0.5, 0.0, 0.1, 0.1, 0.3, 1.0, 17.0, 64.0])
    case("histogram", {"a": a, "edges": edges}, lambda a, edges: np.histogram(a, edges))
    case("histogram", {"a": a, "edges": edges}, lambda a, edges: np.histogram(a, edges, density=True), density=True)
    case("histogram", {"a": a, "edges": edges, "weights": w}, lambda a, edges, weights: np.histogram(a, edges, weights=weights))
    case("histogram_bin_edges", {"a": a}, lambda a: np.histogram_bin_edges(a, 6), bins=6)
    case("histogram_bin_edges", {"a": a}, lambda a: np.histogram_bin_edges(a, 3, range=(-2.5, 0.25)), bins=3,
         range=[-2.5, 0.25])
# Values on the edges, in float64 and float32: the edges decide.
for dt in [np.float64, np.float32]:
    e = np.linspace(0.1, 0.7, 8).astype(dt)
    a = np.concatenate([e, np.nextafter(e, dt(-1)), np.nextafter(e, dt(2))]).astype(dt)
    case("histogram", {"a": a}, lambda a: np.histogram(a, 7), bins=7)
    case("histogram", {"a": a}, lambda a: np.histogram(a, 7, range=(0.1, 0.7)), bins=7, range=[0.1, 0.7])
    case("histogram", {"a": a}, lambda a: np.histogram(a, 3, range=(0.1, 0.1)), bins=3, range=[0.1, 0.1])
    a = rng.uniform(-1e-3, 1e-3, size=200).astype(dt)
    case("histogram", {"a": a}, lambda a: np.histogram(a, 33), bins=33)
    case("histogram", {"a": np.full(5, 0.3, dt)}, lambda a: np.histogram(a, 4), bins=4)
# Many elements, weighted: NumPy sums block by block. The data are not
# stored: the test computes the same float64 values (exact integer
# arithmetic, one correctly rounded division or product).
n = 150000
big = (np.arange(n) * 7919 % 10007) / 1000.0 - 5.0
bw = (np.arange(n) * 104729 % 1009) * 0.37
for bins in [13, "edges"]:
    c0 = len(cases)
    if bins == 13:
        case("histogram", {"a": big, "weights": bw}, lambda a, weights: np.histogram(a, 13, weights=weights), bins=13)
    else:
        case("histogram", {"a": big, "weights": bw, "edges": np.array([-4.0, -1.0, 0.0, 0.5, 3.0])},
             lambda a, weights, edges: np.histogram(a, edges, weights=weights))
    cases[c0]["big"] = n
    del cases[c0]["in"]["a"], cases[c0]["in"]["weights"]
case("histogram", {"a": np.array([1.0, np.nan, 2.0])}, lambda a: np.histogram(a, 2, range=(0.0, 3.0)), bins=2, range=[0.0, 3.0])
case("histogram", {"a": np.array([1.0, np.nan, 2.0]), "edges": np.array([0.0, 1.5, 3.0])}, lambda a, edges: np.histogram(a, edges))
case("histogram", {"a": np.zeros(0)}, lambda a: np.histogram(a, 4), bins=4)
for e in [np.zeros(0), np.ones(1)]:
    case("histogram", {"a": hv, "edges": e}, lambda a, edges: np.histogram(a, edges))
    case("histogram", {"a": hv, "edges": e}, lambda a, edges: np.histogram(a, edges, density=True), density=True)
case("histogram", {"a": np.zeros(0)}, lambda a: np.histogram(a, 4, density=True), bins=4, density=True)
case("histogram", {"a": hv}, lambda a: np.histogram(a, 0), bins=0, kind="value")
case("histogram", {"a": hv}, lambda a: np.histogram(a, 2, range=(1.0, 0.0)), bins=2, range=[1.0, 0.0], kind="value")
case("histogram", {"a": hv}, lambda a: np.histogram(a, 2, range=(0.0, np.inf)), bins=2, range=[0.0, "inf"], kind="value")
case("histogram", {"a": np.array([1.0, np.nan])}, lambda a: np.histogram(a, 2), bins=2, kind="value")
case("histogram", {"a": np.array([1.0, np.inf])}, lambda a: np.histogram(a, 2), bins=2, kind="value")
case("histogram", {"a": np.array([1.5, np.inf], np.float32)}, lambda a: np.histogram(a, 2), bins=2, kind="value")
case("histogram", {"a": hv, "edges": np.array([0.0, 2.0, 1.0])}, lambda a, edges: np.histogram(a, edges), kind="value")
case("histogram", {"a": hv, "edges": np.ones((2, 2))}, lambda a, edges: np.histogram(a, edges), kind="value")
case("histogram", {"a": hv, "weights": hv[:3]}, lambda a, weights: np.histogram(a, 2, weights=weights), bins=2, kind="shape")

# bincount
for dt in [np.int64, np.int32, np.uint8, np.int16]:
    x = np.array([3, 0, 1, 1, 7, 3, 3, 0, 12], dt)
    w = np.array([0.5, 1.25, -2.0, 0.1, 0.2, 0.3, 1e16, 1.0, -1e16])
    for ml in [0, 5, 20]:
        case("bincount", {"a": x}, lambda a, ml=ml: np.bincount(a, minlength=ml), minlength=ml)
        case("bincount", {"a": x, "weights": w}, lambda a, weights, ml=ml: np.bincount(a, weights, minlength=ml), minlength=ml)
    case("bincount", {"a": x[::-2]}, lambda a: np.bincount(a), minlength=0)
case("bincount", {"a": np.zeros(0, np.int64)}, lambda a: np.bincount(a, minlength=3), minlength=3)
case("bincount", {"a": np.array([1, -1])}, lambda a: np.bincount(a), minlength=0, kind="value")
case("bincount", {"a": np.array([1, 1])}, lambda a: np.bincount(a, minlength=-1), minlength=-1, kind="value")
case("bincount", {"a": np.array([[1, 1]])}, lambda a: np.bincount(a), minlength=0, kind="value")
case("bincount", {"a": np.array(1)}, lambda a: np.bincount(a), minlength=0, kind="value")
case("bincount", {"a": np.array([1, 1]), "weights": np.ones(3)}, lambda a, weights: np.bincount(a, weights),
     minlength=0, kind="shape")

# digitize
dx = np.array([[-1.0, 0.0, 0.5, 1.0], [2.5, 3.0, np.nan, 10.0], [np.inf, -np.inf, 1.0, 2.0]])
for name, x, bins in [
    ("float64", dx, np.array([0.0, 1.0, 1.0, 2.5, 4.0])),
    ("float64", dx, np.array([4.0, 2.5, 1.0, 1.0, 0.0])),
    ("float64", dx, np.array([1.0, 1.0, 1.0])),
    ("float64", dx, np.array([], float)),
    ("float32", dx.astype(np.float32), np.array([0.0, 1.0, 2.5], np.float32)),
    ("int64", np.array([[-3, 0, 1, 5], [7, 2, 2, 9]]), np.array([0, 2, 2, 8])),
    ("int64", np.array([[-3, 0, 1, 5], [7, 2, 2, 9]]), np.array([9, 5, 2, 0])),
]:
    for view in ["c", "t"]:
        for right in [False, True]:
            case("digitize", {"a": x, "bins": bins}, lambda a, bins, right=right: np.digitize(a, bins, right), view,
                 right=right)
case("digitize", {"a": dx, "bins": np.array([0.0, 2.0, 1.0])}, lambda a, bins: np.digitize(a, bins), right=False,
     kind="value")
case("digitize", {"a": dx, "bins": np.ones((2, 2))}, lambda a, bins: np.digitize(a, bins), right=False, kind="value")

# interp
xp = np.array([-2.0, -0.5, 0.0, 0.0, 1.5, 3.0, 7.0])
fp = np.array([1.0, -2.0, 0.5, 4.0, np.inf, 3.0, -1.5])
xq = np.array([[-3.0, -2.0, -1.2, -0.5, 0.0, 0.7], [1.5, 2.2, 3.0, 6.9999, 7.0, 8.0], [np.nan, -np.inf, np.inf, 0.1, 5.0, 1.0]])
fp_smooth = np.array([1.0, -2.0, 0.5, 0.5, 1e300, -1e300, 2.0])
for name, f in [("fp", fp), ("smooth", fp_smooth), ("rand", rng.normal(size=7))]:
    for view in ["c", "t", "rev"]:
        case("interp", {"a": xq, "xp": xp, "fp": f}, lambda a, xp, fp: np.interp(a, xp, fp), view)
    case("interp", {"a": xq, "xp": xp, "fp": f}, lambda a, xp, fp: np.interp(a, xp, fp, left=-7.0, right=np.nan),
         left=-7.0, right="nan")
xr = rng.uniform(-1, 8, size=50)
xpr = np.sort(rng.uniform(0, 7, size=30))
case("interp", {"a": xr, "xp": xpr, "fp": rng.normal(size=30)}, lambda a, xp, fp: np.interp(a, xp, fp))
case("interp", {"a": xr[:3], "xp": xpr, "fp": np.sin(xpr)}, lambda a, xp, fp: np.interp(a, xp, fp))
# Increasing x, whose intervals NumPy's search finds next to the last one,
# and an xp that does not increase, where its result depends on that search.
case("interp", {"a": np.linspace(-1, 8, 240), "xp": xpr, "fp": rng.normal(size=30)}, lambda a, xp, fp: np.interp(a, xp, fp))
xpu = rng.uniform(0, 7, size=30)
for a in [xr, np.sort(xr), np.sort(xr)[::-1].copy()]:
    case("interp", {"a": a, "xp": xpu, "fp": rng.normal(size=30)}, lambda a, xp, fp: np.interp(a, xp, fp))
case("interp", {"a": xq, "xp": np.array([0.5]), "fp": np.array([2.0])}, lambda a, xp, fp: np.interp(a, xp, fp, left=1.0),
     left=1.0)
case("interp", {"a": np.array(2.5), "xp": xp, "fp": fp_smooth}, lambda a, xp, fp: np.interp(a, xp, fp))
case("interp", {"a": np.array([[-190.0, -180.0, 0.0, 179.0, 190.0, 540.0, 725.0]]), "xp": np.array([190.0, -190.0, 350.0, -350.0]),
                "fp": np.array([5.0, 10.0, 3.0, 4.0])}, lambda a, xp, fp: np.interp(a, xp, fp, period=360.0), period=360.0)
case("interp", {"a": np.array([0.2, 1.7, -0.4]), "xp": np.array([0.0, 0.5, 1.0]), "fp": np.array([1.0, 2.0, 0.0])},
     lambda a, xp, fp: np.interp(a, xp, fp, left=9.0, period=-1.0), period=-1.0, left=9.0)
case("interp", {"a": xq, "xp": np.zeros(0), "fp": np.zeros(0)}, lambda a, xp, fp: np.interp(a, xp, fp), kind="value")
case("interp", {"a": xq, "xp": xp, "fp": fp[:3]}, lambda a, xp, fp: np.interp(a, xp, fp), kind="value")
case("interp", {"a": xq, "xp": xp[None], "fp": fp[None]}, lambda a, xp, fp: np.interp(a, xp, fp), kind="value")
case("interp", {"a": xq, "xp": xp, "fp": fp}, lambda a, xp, fp: np.interp(a, xp, fp, period=0.0), period=0.0, kind="value")
case("interp", {"a": xq, "xp": xp, "fp": fp[:3]}, lambda a, xp, fp: np.interp(a, xp, fp, period=1.0), period=1.0, kind="value")

# 0-d inputs where NumPy takes them.
case("digitize", {"a": np.array(1.5), "bins": np.array([0.0, 1.0, 2.0])}, lambda a, bins: np.digitize(a, bins), right=False)
case("histogram", {"a": np.array(1.5)}, lambda a: np.histogram(a, 3), bins=3)
case("cov", {"a": np.array(2.0)}, lambda a: np.cov(a), rowvar=True)
case("cov", {"a": np.array(2.0)}, lambda a: np.cov(a, bias=True), rowvar=True, bias=True)
# NumPy fails on its own slice list (IndexError); numgo names the axis.
case("trapezoid", {"a": np.array(2.0)}, lambda a: np.trapz(a), dx=1.0, axis=-1, kind="axis", loose=True)

# Equal-width bins at the limits of float64: integers that float64 rounds
# to one value, widths that are 0, subnormal or overflow. NumPy's guess of
# the bin is then NaN or infinite, cast to intp -2^63, and its lookup of
# that edge raises IndexError; a width that overflows gives norm 0, all
# values in the first bin, and NaN edges.
imax, umax = np.iinfo(np.int64).max, np.iinfo(np.uint64).max
for a, bins, rg in [(np.array([imax - 1, imax]), 10, None), (np.array([imax, imax - 1, imax - 1]), 3, None),
                    (np.array([np.iinfo(np.int64).min, imax, 0, -1]), 4, None), (np.array([imax]), 10, None),
                    (np.array([umax, umax - 1], np.uint64), 3, None), (np.array([umax, 0, umax // 2], np.uint64), 5, None),
                    (np.array([umax], np.uint64), 2, None), (np.array([umax - 1, umax], np.uint64), 2, (1.8e19, 1.9e19)),
                    (np.array([1e-310, 2e-310]), 3, None), (np.array([5e-324, 1e-323, 0.0]), 2, None),
                    (np.array([0.0, 1.0, 1e16, -1.0]), 4, (-1e308, 1e308)), (np.array([1.7e308, -1.7e308]), 1, None),
                    (np.array([1.7e308, -1.7e308, 0.0]), 3, None), (np.array([1e308, -1e308, 5.0]), 1, (-1e308, 1e308)),
                    (np.array([1e-40, 2e-40, 3e-40], np.float32), 3, None), (np.array([3e38, -3e38, 0.0], np.float32), 2, None),
                    (np.array([1.0, 2.0], np.float32), 2, (-1e308, 1e308)),
                    # float32 data: the bins are float64 where an edge from range is beyond
                    # 3.4e38, and the guess is scaled in float64 where norm is.
                    (np.array([1.0, 2e38, 3.39e38, 3.4e38], np.float32), 3, (0.0, 3.4e38)),
                    (np.array([1.0, 2e38, 3.39e38, 3.4e38], np.float32), 3, (0.0, 3.39e38)),
                    (np.array([3.4e38, 3.3e38, 3.35e38, 3.4028235e38], np.float32), 3, None),
                    (np.array([0.0, 1e-38, 3e-39, 5e-39, 7.5e-39], np.float32), 4, None),
                    (np.array([0.0, 2e-38, 5e-39, 1e-38, 1.5e-38], np.float32), 4, None),
                    (np.array([0.0, 1e-45, 2e-45, 3e-45], np.float32), 3, None),
                    (np.array([3.4028235e38], np.float32), 2, None),
                    (np.array([imax, -imax, 7]), 3, (-1e308, 1e308))]:
    kw = {"bins": bins} if rg is None else {"bins": bins, "range": list(rg)}
    w = np.linspace(0.5, 2.0, a.size)
    for density in [False, True]:
        dkw = {"density": True} if density else {}
        for ins in [{"a": a}, {"a": a, "weights": w}]:
            def f(kw=kw, dkw=dkw, **ins):
                return np.histogram(**ins, **kw, **dkw)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    f(**ins)
                    kind = None
                except IndexError:
                    kind = "index"
            case("histogram", ins, f, kind=kind, **kw, **dkw)
    case("histogram_bin_edges", {"a": a}, lambda a, kw=kw: np.histogram_bin_edges(a, **kw), **kw)

# quantile and percentile over an empty axis: NumPy fails in np.take, for
# floats on its look for NaNs in the last element whatever q is, for
# integers on the elements below the first q (index -1 for q = 0, else 0)
# and not at all for an empty q, whose result is empty.
for dt in [np.int64, np.uint8, np.float64, np.float32]:
    for shape, axis in [((0,), 0), ((0,), None), ((0, 0), 0), ((0, 0), None), ((0, 3), 0), ((0, 3), 1), ((3, 0), 1),
                        ((3, 0), 0), ((2, 0), None), ((2, 0, 3), 1), ((2, 0, 0), 1)]:
        a = np.zeros(shape, dt)
        for q in [[], [0.5], [0.0], [0.0, 0.5], [0.5, 0.0], [1.0], [1e-20]]:
            for percent in [False, True]:
                qq = [100 * v for v in q] if percent else q
                f = np.percentile if percent else np.quantile
                for op in ["quantile", "quantiles"] if len(q) == 1 else ["quantiles"]:
                    def g(a, f=f, qq=qq, op=op, axis=axis):
                        return f(a, qq[0] if op == "quantile" else qq, axis=axis)
                    try:
                        g(a)
                        kind = None
                    except IndexError:
                        kind = "index"
                    case(op, {"a": a}, g, q=qq, percent=percent, axis=axis, kind=kind)

# bincount of an empty x returns before it looks at the weights, whatever
# their length or shape; numgo's weighted result is float64 (NumPy's int64
# zeros, a documented difference), recorded as such.
for dt in [np.int64, np.uint8]:
    for w, ml in [(np.array([2.0]), 0), (np.array([2.0]), 3), (np.zeros(0), 2), (np.ones((2, 2)), 1), (np.array(1.5), 0)]:
        case("bincount", {"a": np.zeros(0, dt), "weights": w},
             lambda a, weights, ml=ml: np.bincount(a, weights, minlength=ml).astype(np.float64), minlength=ml)
case("bincount", {"a": np.zeros(0, np.int64), "weights": np.array([2.0])}, lambda a, weights: np.bincount(a, weights, minlength=-1),
     minlength=-1, kind="value")
case("bincount", {"a": np.array([1, 1]), "weights": np.ones((2, 1))}, lambda a, weights: np.bincount(a, weights),
     minlength=0, kind="shape", loose=True)

# NumPy's message for float32 data prints the extremes as Python floats.
for a in [np.array([-17.872734, np.inf], np.float32), np.array([np.nan, 0.1], np.float32)]:
    case("histogram", {"a": a}, lambda a: np.histogram(a, 2), bins=2, kind="value")
    case("histogram_bin_edges", {"a": a}, lambda a: np.histogram_bin_edges(a, 2), bins=2, kind="value")

# Complex cov with aweights and ddof: NumPy's w_sum is complex (from
# numpy.average), so ddof*sum(w*aweights)/w_sum is its complex divide,
# by the reciprocal, and need not cancel to 0 where the real quotient
# does; corrcoef, which takes no weights in NumPy, is its formula on
# np.cov(aweights=).
def corrcoef_aw(a, aweights):
    c = np.cov(a, aweights=aweights)
    try:
        d = np.diag(c)
    except ValueError:
        return c / c
    sd = np.sqrt(d.real)
    c /= sd[:, None]
    c /= sd[None, :]
    np.clip(c.real, -1, 1, out=c.real)
    if np.iscomplexobj(c):
        np.clip(c.imag, -1, 1, out=c.imag)
    return c


crng = np.random.default_rng(20261130)
awcases = [(np.array([0j, -14.3112368810875 - 1.5249333411285728j]), np.array([0, 0.9082793365023715]), 1),
           (np.array([-3 - 1j, -3 - 3.583558042106103j, -4 + 3j, -4 - 2.3640115790331695j, 5.80061903311035 + 2j]),
            np.array([0.5, 2.5, 2.5, 0, 0.9689000087475861]), 3)]
for n in [2, 2, 2, 3, 3, 4, 5]:
    z = (crng.normal(size=n) * 10 + 1j * crng.normal(size=n) * 10).round(6)
    w = crng.uniform(0.1, 3.0, size=n)
    w[crng.integers(n)] = 0
    awcases.append((z, w, 1))
    awcases.append((np.vstack([z, z[::-1] * (1 - 0.5j)]), w, 1))
for z, w, ddof in awcases:
    case("cov", {"a": z, "aweights": w}, lambda a, aweights, ddof=ddof: np.cov(a, aweights=aweights, ddof=ddof),
         rowvar=True, ddof=ddof)
    case("cov", {"a": z, "aweights": w}, lambda a, aweights, ddof=ddof: np.cov(a, bias=True, aweights=aweights, ddof=ddof),
         rowvar=True, bias=True, ddof=ddof)
    case("corrcoef", {"a": z, "aweights": w}, corrcoef_aw, rowvar=True)

# Quantiles and medians over several axes: NumPy 1.24's _ureduce merges
# the reduced axes by a.reshape(kept + (-1,)), which raises ValueError
# where the kept axes hold no element, whatever the reduced axes' lengths;
# where every axis is reduced, the empty-axis errors above apply.
for dt in [np.int64, np.float64, np.uint8]:
    for shape, axes in [((0, 2, 2), [1, 2]), ((0, 2, 2), [-1, 1]), ((2, 0, 3, 3), [2, 3]), ((2, 0, 3, 3), [3, 2]),
                        ((2, 0, 3, 3), [0, 2, 3]), ((0, 0, 0), [0, 1]), ((2, 2, 0), [0, 1]), ((2, 0, 3), [0, 2]),
                        ((3, 0, 0), [1, 2]), ((0, 0, 0), [0, 1, 2]), ((0, 0), [0, 1]), ((2, 3, 4), [0, 2])]:
        a = np.arange(np.prod(shape), dtype=dt).reshape(shape)
        for q in [[0.5], [], [0.0, 1.0]]:
            for percent in [False, True]:
                qq = [100 * v for v in q] if percent else q
                f = np.percentile if percent else np.quantile
                ops = ["quantile", "quantiles"] if len(q) == 1 else ["quantiles"]
                if not percent and q == [0.5] and dt != np.uint8:
                    ops.append("median")
                for op in ops:
                    def g(a, f=f, qq=qq, op=op, axes=tuple(axes)):
                        if op == "median":
                            return np.median(a, axis=axes)
                        return f(a, qq[0] if op == "quantile" else qq, axis=axes)
                    kind = None
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        try:
                            g(a)
                        except IndexError:
                            kind = "index"
                        except ValueError:
                            kind = "value"
                    case(op, {"a": a}, g, q=qq, percent=percent, axes=axes, kind=kind)

save(OUT, cases)
print(f"{len(cases)} cases")
