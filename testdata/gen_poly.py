#!/usr/bin/python3
"""Golden data for package poly: NumPy's legacy polynomial functions
(numpy/lib/polynomial.py: polyval, polyadd, polysub, polymul, polydiv,
polyder, polyint, roots, poly, polyfit).

Run with Debian's python3 (python3-numpy, mpmath): /usr/bin/python3 testdata/gen_poly.py
Writes poly/testdata/cases.json: a list of cases, each naming the function
("op"), the dtype its arrays are given in ("dtype"), its array inputs
("in"), the view of the first one that both NumPy and numgo are called with
("view": "c" as is, "rev" reversed, "step" every other element, "t"
transposed), its other arguments, and either the results ("outs") or the
exception NumPy raised ("error": its message, "" where numgo's words
differ, and "kind": "value", "shape", "index" for the panic numgo raises,
"noconv" or "notfinite" for the error it returns).

Results are compared within "atol" (one bound per element, or one for the
whole result), derived from the conditioning of each computation:
0 asks for NumPy's bits (NaNs equal), where numgo computes as NumPy does.
  - Val, Add, Sub, Der, Div of real 64-bit values: 0 (the same operations
    in the same order); complex ones may see NumPy's SIMD loops fuse
    multiply-adds: 8·n·ε times the same evaluation on absolute values.
  - Der and Int of float32 and complex64: NumPy computes in 64 bits, numgo
    in T: ε_T times the magnitude.
  - Mul, FromRoots: 2·n·ε times the convolution of the absolute values (the
    order of the sums may differ).
  - Roots: 100 times the distance of NumPy's roots from the exact ones
    (mpmath), at least 1000·ε·max(1, |z|); roots are compared as
    multisets, each expected root matched to the nearest unmatched one.
  - Fit: c is compared in the scaled space, |Δc_i|·scale_i ≤ tol·‖c·scale‖∞
    per column, with tol = 100·ε·(κ + κ²·‖r‖/‖y‖) for the condition number κ
    of the scaled matrix's kept singular values, plus ε_T·|c_i| for the
    rounding of a 32-bit result.
"""
import os

import mpmath
import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "poly", "testdata", "cases.json")
EPS = {"float32": 2.0**-23, "float64": 2.0**-52, "complex64": 2.0**-23, "complex128": 2.0**-52}
DTYPES = ["float64", "complex128", "float32", "complex64"]
VIEWS = {
    "c": lambda a: a,
    "rev": lambda a: a[::-1],
    "step": lambda a: a[::2],
    "t": lambda a: a.T,
}

cases = []


def conv(x, dt):
    """x in dtype dt: complex dtypes get x·(1-0.5j), so that the imaginary
    parts are not all zero."""
    x = np.asarray(x, dtype=np.float64)
    if dt.startswith("complex"):
        return (x * (1 - 0.5j)).astype(dt)
    return x.astype(dt)


def kind_of(e):
    msg = str(e)
    if isinstance(e, SystemError) or "did not converge" in msg:
        return "noconv"
    if "infs or NaNs" in msg:
        return "notfinite"
    if isinstance(e, IndexError):
        return "index"
    if "same length" in msg:
        return "shape"
    return "value"


def run(c, f):
    """Calls f, recording its results or its exception in the case c."""
    with np.errstate(all="ignore"):
        try:
            r = f()
        except Exception as e:  # noqa: BLE001 - recording NumPy's exceptions is the point
            c["kind"] = kind_of(e)
            c["error"] = "" if c["kind"] in ("noconv", "notfinite") else str(e)
            cases.append(c)
            return None
    rs = list(r) if isinstance(r, tuple) else [r]
    c["outs"] = [arr(x) for x in rs]
    cases.append(c)
    return rs


def absval(a):
    return np.abs(np.asarray(a, dtype=np.complex128))


def exact(dt):
    return 0.0 if dt in ("float64",) else None


# ---- polyval
VAL_P = [[3.0, -2.0, 0.5, 7.0], [1.0], [], [2.0, 0.0, -1.0, 0.0, 4.0, -3.0, 1.5, 0.25], [-0.0, -0.0]]
VAL_X = [
    np.array(1.5),
    np.linspace(-2, 3, 7),
    np.arange(12.0).reshape(3, 4) / 4 - 1,
    np.zeros((0,)),
    np.array([np.nan, np.inf, -np.inf, -0.0, 0.0, 1e300, -1e-300]),
]
for dt in DTYPES:
    for pi, p in enumerate(VAL_P):
        for xi, x in enumerate(VAL_X):
            if dt.startswith("complex") and xi == 4:
                x = np.array([np.nan, -0.0, 0.0, 1e4, -1e-300])  # no overflow: NumPy's complex multiply may fuse
            views = ["c"] + (["t"] if x.ndim == 2 else ["rev", "step"] if x.ndim == 1 and x.size else [])
            for view in views if dt == "float64" or pi == 0 else ["c"]:
                pp, xx = conv(p, dt), conv(x, dt)
                c = {"op": "val", "dtype": dt, "in": [arr(xx), arr(pp)], "view": view}
                xv = VIEWS[view](xx)
                rs = run(c, lambda: np.polyval(pp, xv))
                if dt in ("float64", "float32"):
                    c["atol"] = [0.0]
                else:
                    n = max(len(p), 1)
                    bound = np.polyval(absval(pp), absval(xv))
                    c["atol"] = [8 * n * EPS[dt] * b if np.isfinite(b) else 0.0 for b in np.ravel(bound)]
# numgo's message differs from NumPy's TypeError "iteration over a 0-d array"
p0 = np.array(3.0)
run({"op": "val", "dtype": "float64", "in": [arr(np.ones(3)), arr(p0)], "view": "c"}, lambda: np.polyval(p0, np.ones(3)))
cases[-1]["error"] = ""

# ---- polyadd, polysub, polymul, polydiv
PAIRS = [
    ([1.0, 2.0, 3.0], [4.0, 5.0]),
    ([2.0], [1.0, -1.0, 0.5, 3.0]),
    ([0.0, 0.0, 1.0, -2.0], [0.0, 3.0]),
    ([1.0, -3.0, 3.0, -1.0], [1.0, -1.0]),
    ([3.0, 0.0, -2.0, 1.0, 5.0, -4.0], [2.0, 1.0, -1.0]),
    ([1e-9, 2.0, 1.0], [1.0, 1.0]),
    ([5.0, 1.0], [0.0, 2.0]),
    ([np.nan, 1.0, 2.0], [1.0, 2.0]),
    ([1.0, 2.0], [3.0]),
    (7.0, [2.0, 1.0]),
    ([-0.0, 1.0], [-0.0]),                  # signed zeros
]
for dt in DTYPES:
    for a, b in PAIRS:
        aa, bb = conv(a, dt), conv(b, dt)
        views = ["c", "rev"] if aa.ndim == 1 else ["c"]
        for view in views if dt == "float64" else ["c"]:
            av = VIEWS[view](aa)
            for op, f in (("add", np.polyadd), ("sub", np.polysub)):
                c = {"op": op, "dtype": dt, "in": [arr(aa), arr(bb)], "view": view, "atol": [0.0]}
                run(c, lambda: f(av, bb))
            c = {"op": "mul", "dtype": dt, "in": [arr(aa), arr(bb)], "view": view}
            run(c, lambda: np.polymul(av, bb))
            n = min(np.size(a), np.size(b))
            bound = np.convolve(absval(np.poly1d(av).coeffs), absval(np.poly1d(bb).coeffs))
            c["atol"] = [0.0] if np.isnan(bound).any() else [2 * (n + 1) * EPS[dt] * x for x in bound]
            c = {"op": "div", "dtype": dt, "in": [arr(aa), arr(bb)], "view": view}
            rs = run(c, lambda: np.polydiv(av, bb))
            if dt == "float64":
                c["atol"] = [0.0]
            elif rs is not None:
                q = rs[0]
                mag = np.max(absval(av)) + np.max(absval(q)) * np.max(absval(bb))
                c["atol"] = [8 * np.size(a) * EPS[dt] * mag if np.isfinite(mag) else 0.0]
# Found by the audit: NumPy's 1./v[0] and scale*r[k] are NumPy scalars,
# float64 (complex128) for 32-bit input too, and its complex64 products
# round each part in float32: NumPy's bits, the remainder's trimming at 1e-8
# included (it keeps 3 elements for the complex64 pair).
DIV32 = [
    ("complex64", [1.2523175477981567 - 0.19147180020809174j, -0.4169260859489441 + 0.2827093303203583j, 1.909990668296814 - 2.3163387775421143j],
     [1582.269287109375 - 0.7405815720558167j, -2.9229026310417794e-08 + 0.17707885801792145j, 11099208.0 - 1.3558990955352783j]),
    ("complex64", [-2.0 + 1.9656755924224854j, 1.0 + 0.1466636061668396j, -2.0 - 0.06071463227272034j, -0.15939581394195557j, 3.0 + 2.2482428550720215j],
     [0.43998345732688904j]),
    ("float32", [-0.057244922965765, np.inf, -0.0, -0.4253627061843872], [-0.011385616846382618, 0.5340321660041809, -0.5485733151435852]),
    ("float32", [2.0, 3.0, 4.0, 0.0, -np.inf, -3.0, 3.0000000054977558e+38, -2.0], [3.0000000054977558e+38, 0.4508402347564697]),
    ("float32", [1.8007004261016846, 0.035559557378292084, 0.019810017198324203, 0.7], [-0.011385616846382618, 0.5340321660041809]),
    # d = r[k]/v[0] beyond ±3.4e38: NumPy's value-based casting computes
    # d*v and the subtraction in float64 (complex128), so the remainder
    # cancels and is trimmed to 2 (3) elements
    ("float32", [0.5423288941383362, 1.252334475517273, -0.608680784702301], [1.401298464324817e-45, -5.0]),
    ("float32", [-0.6001650094985962, -0.9489088654518127, 1.0000000150474662e+30, 0.8177838921546936, 0.8030966520309448, 0.0],
     [-5.95497054445282e-11, -1764600.25, -2.0255914279232456e-08]),
    ("complex64", [3.0000000054977558e+38, -0.47214213013648987, 0.2575172781944275, -0.42269960045814514, 2.2795581817626953, np.inf, 0.319348007440567, 0.40625619888305664],
     [-0.4303714334964752j, -0.21291197836399078j]),
]
for dt, a, b in DIV32:
    aa, bb = np.asarray(a, dtype=dt), np.asarray(b, dtype=dt)
    run({"op": "div", "dtype": dt, "in": [arr(aa), arr(bb)], "view": "c", "atol": [0.0]}, lambda: np.polydiv(aa, bb))
for dt in ("float64", "complex128"):
    for a, b in (([], [1.0]), ([1.0], []), (np.ones((2, 2)), [1.0])):
        c = {"op": "div", "dtype": dt, "in": [arr(conv(a, dt)), arr(conv(b, dt))], "view": "c"}
        run(c, lambda: np.polydiv(conv(a, dt), conv(b, dt)))
        if np.ndim(a) == 2:
            cases[-1]["error"] = ""  # NumPy fails deep inside, numgo checks the dimensions
    c = {"op": "mul", "dtype": dt, "in": [arr(conv(np.ones((2, 2)), dt)), arr(conv([1.0], dt))], "view": "c"}
    run(c, lambda: np.polymul(conv(np.ones((2, 2)), dt), conv([1.0], dt)))
    # empty and all-zero polynomials become [0] in polymul
    for a in ([], [0.0, 0.0]):
        c = {"op": "mul", "dtype": dt, "in": [arr(conv(a, dt)), arr(conv([1.0, 2.0], dt))], "view": "c", "atol": [0.0]}
        run(c, lambda: np.polymul(conv(a, dt), conv([1.0, 2.0], dt)))
    c = {"op": "add", "dtype": dt, "in": [arr(conv([], dt)), arr(conv([1.0, 2.0], dt))], "view": "c", "atol": [0.0]}
    run(c, lambda: np.polyadd(conv([], dt), conv([1.0, 2.0], dt)))

# ---- polyder, polyint
DER_P = [[3.0, -2.0, 0.5, 7.0, 1.0], [5.0], [], [1.0, np.inf, np.nan, -0.0, 2.0]]
for dt in DTYPES:
    for p in DER_P:
        pp = conv(p, dt)
        for view in ["c", "rev"] if dt == "float64" else ["c"]:
            pv = VIEWS[view](pp)
            for m in (0, 1, 2, 6):
                c = {"op": "der", "dtype": dt, "in": [arr(pp)], "view": view, "m": m}
                rs = run(c, lambda: np.polyder(pv, m))
                if dt in ("float64", "complex128") or rs is None:
                    c["atol"] = [0.0]
                else:
                    c["atol"] = [EPS[dt] * x if np.isfinite(x) else 0.0 for x in absval(rs[0])]
            for m, k in ((0, None), (1, None), (2, None), (1, [3.0]), (3, [2.0]), (2, [1.0, -4.0]), (2, [1.0, 2.0, 3.0])):
                kk = None if k is None else conv(k, dt)
                c = {"op": "int", "dtype": dt, "in": [arr(pp)] + ([] if k is None else [arr(kk)]), "view": view, "m": m}
                rs = run(c, lambda: np.polyint(pv, m, kk))
                if dt in ("float64", "complex128") or rs is None:
                    c["atol"] = [0.0]
                else:
                    c["atol"] = [2 * m * EPS[dt] * x if np.isfinite(x) else 0.0 for x in absval(rs[0])]
for dt in ("float64",):
    p = conv([1.0, 2.0], dt)
    run({"op": "der", "dtype": dt, "in": [arr(p)], "view": "c", "m": -1}, lambda: np.polyder(p, -1))
    run({"op": "int", "dtype": dt, "in": [arr(p)], "view": "c", "m": -1}, lambda: np.polyint(p, -1))
    k = conv([1.0, 2.0], dt)
    run({"op": "int", "dtype": dt, "in": [arr(p), arr(k)], "view": "c", "m": 3}, lambda: np.polyint(p, 3, k))


# ---- roots
def roots_tol(p, got, dt):
    """100 times NumPy's distance from the exact roots (mpmath), at least
    1000·ε·max(1, |z|)."""
    mpmath.mp.dps = 60
    p = np.trim_zeros(np.asarray(p, dtype=np.complex128), "f")
    nz = np.trim_zeros(p, "b")
    exact = [complex(z) for z in mpmath.polyroots([mpmath.mpc(c.real, c.imag) for c in nz], maxsteps=400, extraprec=400)] if len(nz) > 1 else []
    exact += [0j] * (len(p) - len(nz))
    err, left = 0.0, list(exact)
    for z in got:
        j = int(np.argmin([abs(z - e) for e in left]))
        err = max(err, abs(z - left[j]))
        left.pop(j)
    scale = max([1.0] + [abs(z) for z in exact])
    return max(100 * err, 1000 * EPS[dt] * scale)


ROOTS_P = [
    [1.0, -6.0, 11.0, -6.0],                 # 1, 2, 3
    [1.0, 0.0, 1.0],                         # ±i
    [2.0, -3.0, 5.0, 1.0, -4.0],
    [0.0, 0.0, 1.0, -3.0, 2.0, 0.0, 0.0],   # leading and trailing zeros
    [1.0, -2.0, 1.0],                        # double root
    [1.0, -3.0, 3.0, -1.0],                  # triple root
    [4.0],
    [0.0, 0.0],
    [],
    [0.0, 3.0, 0.0],
    [1e-3, 1.0, 1e3],
    [1.0, 0.0, 0.0, 0.0, 0.0, -1.0],         # fifth roots of unity
    # coefficients over 21 orders of magnitude: LAPACK's zgeev balances the
    # companion matrix, and so must the pure-Go Zgeev (found by the audit)
    [0.0, 1.0, 2.354579421743059e-05, -1.9036739978629888e-08, 5.863865863045442e-14, 9.587813304711804e-17,
     -1.3915539623095985e-21, -9.118544749457866e-26],
]
for dt in DTYPES:
    for p in ROOTS_P:
        pp = conv(p, dt)
        for view in ["c", "rev"] if dt == "float64" else ["c"]:
            pv = VIEWS[view](pp)
            c = {"op": "roots", "dtype": dt, "in": [arr(pp)], "view": view}
            rs = run(c, lambda: np.roots(pv))
            c["outs"] = [arr(np.asarray(rs[0], dtype=np.complex128))]
            c["atol"] = [roots_tol(pv, rs[0], dt)]
for p, dt in (([1.0, np.inf], "float64"), ([np.nan, 1.0, 2.0], "complex128"), (np.ones((2, 2)), "float64")):
    pp = conv(p, dt)
    run({"op": "roots", "dtype": dt, "in": [arr(pp)], "view": "c"}, lambda: np.roots(pp))
# NumPy 1.24's array-function dispatcher refuses a 0-d p, which roots
# means to take as [p] (atleast_1d): numgo takes it so.
c = {"op": "roots", "dtype": "float64", "in": [arr(np.array(2.0))], "view": "c", "atol": [0.0]}
run(c, lambda: np.roots([2.0]))


# ---- poly (FromRoots, CharPoly)
def conv_bound(r, dt):
    absp = np.poly(-absval(r)).real if len(r) else np.ones(1)
    return [2 * (len(r) + 1) * EPS[dt] * x for x in absp]


FROM_R = {
    "float64": [[1.0, 2.0, 3.0], [-0.5, 4.0, 4.0, 1e-3], [], [0.0], [2.0, -2.0, 0.5, 0.25, -7.0, 3.0]],
    "complex128": [[1 + 2j, 1 - 2j, 3], [1j, 2, -1j], [1 + 1j, 2 - 1j], [], [np.nan + 0j, 1]],
}
FROM_R["float32"] = FROM_R["float64"]
FROM_R["complex64"] = FROM_R["complex128"][:3]
for dt in DTYPES:
    for r in FROM_R[dt]:
        rr = np.asarray(r, dtype=dt)
        for view in ["c", "rev"] if dt in ("float64", "complex128") and len(r) > 1 else ["c"]:
            rv = VIEWS[view](rr)
            c = {"op": "fromroots", "dtype": dt, "in": [arr(rr)], "view": view}
            rs = run(c, lambda: np.poly(rv))
            c["outs"] = [arr(np.atleast_1d(np.asarray(rs[0], dtype=dt)))]
            c["real"] = bool(not np.iscomplexobj(rs[0]))
            c["atol"] = [0.0] if np.isnan(rv).any() else conv_bound(rv, dt)
    # A 0-d r is one root (NumPy's dispatcher refuses it, as for roots).
    rr = np.array(2.5, dtype=dt)
    c = {"op": "fromroots", "dtype": dt, "in": [arr(rr)], "view": "c", "atol": [0.0]}
    run(c, lambda: np.poly([rr]))
run({"op": "fromroots", "dtype": "float64", "in": [arr(np.ones((2, 3)))], "view": "c"}, lambda: np.poly(np.ones((2, 3))))
cases[-1]["error"] = ""  # numgo's FromRoots takes no matrix: its message names CharPoly

MATS = [
    np.array([[2.0, 1.0], [1.0, 3.0]]),
    np.array([[0.0, -1.0], [1.0, 0.0]]),
    np.array([[4.0, 1.0, -2.0], [0.5, 3.0, 1.0], [1.0, -1.0, 2.0]]),
    np.array([[7.0]]),
]
for dt in DTYPES:
    for a in MATS:
        aa = conv(a, dt)
        for view in ["c", "t"] if dt == "float64" else ["c"]:
            av = VIEWS[view](aa)
            c = {"op": "charpoly", "dtype": dt, "in": [arr(aa)], "view": view}
            rs = run(c, lambda: np.poly(av))
            c["outs"] = [arr(np.asarray(rs[0], dtype=dt))]
            lam = np.linalg.eigvals(av.astype(np.complex128))
            nrm = np.linalg.norm(av.astype(np.complex128), 2)
            c["atol"] = [100 * len(a) * EPS[dt] * x for x in np.poly(-(absval(lam) + nrm)).real]
for a in (np.zeros((0, 0)), np.ones((2, 3)), np.array([[1.0, np.inf], [0.0, 1.0]])):
    run({"op": "charpoly", "dtype": "float64", "in": [arr(a)], "view": "c"}, lambda: np.poly(a))


# ---- polyfit
def fit_case(dt, x, y, deg, w=None, rcond=None, view="c", cov=False):
    xx, yy = conv(x, dt), conv(y, dt)
    ww = None if w is None else np.asarray(w, dtype=np.float64)
    c = {"op": "fit", "dtype": dt, "in": [arr(xx), arr(yy)], "view": view, "deg": deg}
    if ww is not None:
        c["w"] = arr(ww)
    if rcond is not None:
        c["rcond"] = rcond
    xv = VIEWS[view](xx)
    yv = yy if view == "c" else VIEWS[view](yy) if yy.ndim == 1 else yy[::-1] if view == "rev" else yy[::2]
    rs = run(c, lambda: np.polyfit(xv, yv, deg, rcond=rcond, full=True, w=ww))
    if rs is None:
        return
    coef, resid, rank, sv, rc = rs
    c["outs"] = [arr(coef), arr(resid), arr(np.array(rank)), arr(sv), arr(np.array(rc))]
    # The scales NumPy divides the Vandermonde columns by.
    lhs = np.vander(xv.astype(np.complex128 if dt.startswith("complex") else np.float64), deg + 1)
    if ww is not None:
        lhs = lhs * ww[:, None]
    scale = np.sqrt((lhs * lhs).sum(axis=0))
    kept = sv[:rank]
    kappa = kept[0] / kept[-1]
    rhs = yv.astype(np.complex128) * (1 if ww is None else (ww[:, None] if yv.ndim == 2 else ww))
    ynorm = np.linalg.norm(rhs)
    rnorm = np.sqrt(np.sum(resid)) if len(resid) else 0.0
    tol = 100 * 2.0**-52 * (kappa + kappa**2 * rnorm / max(ynorm, 1e-300))
    c["scale"] = arr(np.abs(scale))
    c["tol"] = tol
    c["resid_atol"] = 100 * 2.0**-52 * kappa * ynorm**2 + EPS[dt] * float(np.sum(resid))
    if cov:
        for unscaled in (False, True):
            cc = {k: v for k, v in c.items() if k not in ("outs",)}
            cc["op"], cc["unscaled"] = "fitcov", unscaled
            rc2 = run(cc, lambda: np.polyfit(xv, yv, deg, rcond=rcond, w=ww, cov="unscaled" if unscaled else True))
            if rc2 is not None:
                cc["cov_tol"] = 100 * 2.0**-52 * kappa**2 + 4 * EPS[dt]


rng = np.random.default_rng(7)
X = np.linspace(-1, 2, 11)
Y = 0.5 * X**3 - X + 2 + 0.05 * np.sin(7 * X)
Y2 = np.stack([Y, np.cos(X), X**2 + 0.01 * np.sin(5 * X)], axis=1)
for dt in DTYPES:
    fit_case(dt, X, Y, 3, cov=True)
    fit_case(dt, X, Y, 0)
    fit_case(dt, X, Y2, 2, cov=True)
    fit_case(dt, X, Y, 2, w=1 + rng.random(11), cov=True)
    fit_case(dt, [1.0, 2.0, 3.0], [2.0, 4.0, 7.0], 5)                # rank-deficient
for view in ("rev", "step"):
    fit_case("float64", X, Y, 3, view=view)
    fit_case("float64", X, Y2, 1, view=view)
fit_case("float64", np.arange(30.0), np.arange(30.0) ** 4 - 3 + np.sin(np.arange(30.0)), 4, cov=True)
fit_case("float64", X * 100 + 1000, Y, 5, cov=True)                # ill-conditioned, rank kept
fit_case("float64", X, Y, 3, rcond=1e-3)
fit_case("float64", X, Y, 9, rcond=-1.0)
fit_case("float64", [1.0, 2.0, 3.0], [1.0, 4.0, 9.0], 2, cov=True)  # exact, no residual dof
fit_case("float64", [2.5], [4.0], 0)
fit_case("float64", X, np.zeros((11, 0)), 2, cov=True)            # no columns: empty c and cov (found by the audit)
# errors
fit_case("float64", X, Y, -1)
fit_case("float64", np.ones((2, 2)), np.ones(2), 1)
fit_case("float64", [], [], 1)
fit_case("float64", X, np.ones((11, 1, 1)), 1)
fit_case("float64", X, np.ones(10), 1)
fit_case("float64", X, Y, 1, w=np.ones((11, 1)))
fit_case("float64", X, Y, 1, w=np.ones(10))
fit_case("float64", [0.0, 0.0, 0.0], [1.0, 2.0, 3.0], 1)
fit_case("float64", [1.0, np.nan, 3.0], [1.0, 2.0, 3.0], 1)
fit_case("complex128", [1.0, np.nan, 3.0], [1.0, 2.0, 3.0], 1)

# A NaN in y (found by the audit): NumPy's lstsq returns NaN coefficients
# and residual for its column, the other columns solved, no LinAlgError.
YN = np.where(np.arange(11) == 3, np.nan, Y)
for dt in ("float64", "complex128", "float32"):
    for y in (YN, np.stack([YN, Y], axis=1)):
        fit_case(dt, X, y, 2)
        cases[-1]["tol"], cases[-1]["resid_atol"] = 1e-12, 1e-12  # NaN from the NaN residual

save(OUT, cases, indent=None, separators=(",", ":"))
print(len(cases), "cases")
