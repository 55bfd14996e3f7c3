#!/usr/bin/python3
"""Golden data for the complex LAPACK drivers of package lapack (the pure-Go
Gonum type and LAPACKE alike): NumPy's results on complex128 matrices.

Run with Debian's python3 (python3-numpy 1.24):
    /usr/bin/python3 testdata/gen_zdrivers.py
Writes lapack/testdata/zdrivers.json, a list of cases

    {"name", "func", "a": array, "b": array (some), "params": {...},
     "cond": float, "out": {name: array or number...}}   or
    {..., "error": kind}

func names the driver (gesv, getrf, potrf, geqrf, heevd, geev, gesdd,
gelsd). "out" holds what is unique and NumPy computes: solutions, the
determinant (from getrf), the Cholesky factor, R and tau of the QR
factorisation (LAPACK's sign conventions), sorted eigenvalues, singular
values, the lstsq solution, rank and residuals. error is "singular" or
"notpd". "cond" is the 2-norm condition number of a, from which the Go test
derives its tolerances; it checks the non-unique factors (U, V, eigenvectors,
Q, pivots) by their invariants. Encoding as in golden.py.
"""
import os
import warnings

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "lapack", "testdata", "zdrivers.json")

rng = np.random.default_rng(20261127)
cases = []


def crand(*shape):
    return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)


def chilbert(n):
    """A complex Hilbert-like matrix: 1/(i+j+1) + i/(i+j+2)."""
    i = np.arange(n)
    s = i[:, None] + i[None, :]
    return 1.0 / (s + 1) + 1j / (s + 2)


def hermitian(n):
    x = crand(n, n)
    return (x + x.conj().T) / 2


def hpd(n):
    x = crand(n, n)
    return x @ x.conj().T + n * np.eye(n)


def unitary(n):
    q, _ = np.linalg.qr(crand(n, n))
    return q


def cond_of(a):
    if a.size == 0:
        return 1.0
    s = np.linalg.svd(a, compute_uv=False)
    return float(s[0] / s[-1]) if s[-1] > 0 else 1e300


def case(name, func, a, fn, b=None, **params):
    a = np.asarray(a, dtype=np.complex128)
    c = {"name": name, "func": func, "a": arr(a), "params": params, "cond": cond_of(a)}
    if b is not None:
        c["b"] = arr(np.asarray(b, dtype=np.complex128))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = fn(a) if b is None else fn(a, b)
        c["out"] = {k: (int(v) if isinstance(v, (int, np.integer)) else arr(v)) for k, v in out.items()}
    except np.linalg.LinAlgError as e:
        msg = str(e)
        if "Singular" in msg:
            c["error"] = "singular"
        elif "positive definite" in msg:
            c["error"] = "notpd"
        else:
            raise
    cases.append(c)


square = {
    "1x1": np.array([[2.0 - 1.0j]]),
    "2x2": np.array([[1 + 2j, 3 - 1j], [0.5j, -2 + 0j]]),
    "rand5": crand(5, 5),
    "rand17": crand(17, 17),
    "rand40": crand(40, 40),
    "chilbert5": chilbert(5),
    "real4": rng.standard_normal((4, 4)) + 0j,
}
singular = np.array([[1, 2j, 3], [2, 4j, 6], [1 - 1j, 1, 2]])  # row 2 = 2·row 1: exactly singular in LU
nearsingular = np.array([[1, 2j, 3], [4, 5, 6 - 1j], [5, 5 + 2j, 9 - 1j]])  # row 3 = row 1 + row 2, up to rounding

# gesv and getrf (through the determinant, which P L U gives)
for k, a in square.items():
    case("gesv/" + k, "gesv", a, lambda a, b: {"x": np.linalg.solve(a, b)}, b=crand(a.shape[0], 3))
    case("getrf/" + k, "getrf", a, lambda a: {"det": np.array(np.linalg.det(a))})
case("gesv/singular", "gesv", singular, lambda a, b: {"x": np.linalg.solve(a, b)}, b=crand(3, 2))
case("gesv/nearsingular", "gesv", nearsingular, lambda a, b: {"x": np.linalg.solve(a, b)}, b=crand(3, 2))
case("gesv/zero_column", "gesv", np.array([[1, 0], [2j, 0]]), lambda a, b: {"x": np.linalg.solve(a, b)}, b=crand(2, 1))
case("getrf/wide", "getrf", crand(3, 5), lambda a: {})
case("getrf/tall", "getrf", crand(6, 4), lambda a: {})

# potrf: the factor is unique (positive real diagonal)
for n in (1, 2, 6, 23):
    a = hpd(n)
    case(f"potrf/hpd{n}", "potrf", a, lambda a: {"l": np.linalg.cholesky(a)})
case("potrf/notpd", "potrf", hermitian(4) - 10 * np.eye(4), lambda a: {"l": np.linalg.cholesky(a)})
case("potrf/singular", "potrf", np.array([[1, 1j], [-1j, 1]]), lambda a: {"l": np.linalg.cholesky(a)})

# geqrf: R and tau follow LAPACK's zlarfg conventions; np.linalg.qr's raw
# mode returns LAPACK's output transposed.
for shape in [(1, 1), (3, 3), (6, 4), (4, 6), (12, 12), (30, 17)]:
    a = crand(*shape)
    case(f"geqrf/{shape[0]}x{shape[1]}", "geqrf", a, lambda a: {"r": np.linalg.qr(a, mode="r"), "tau": np.linalg.qr(a, mode="raw")[1]})
case("geqrf/real_column", "geqrf", np.array([[3.0, 1j], [0, 2], [0, 1 - 1j]]), lambda a: {"r": np.linalg.qr(a, mode="r"), "tau": np.linalg.qr(a, mode="raw")[1]})
case("geqrf/rank1", "geqrf", np.outer(crand(5), crand(4)), lambda a: {"r": np.linalg.qr(a, mode="r"), "tau": np.linalg.qr(a, mode="raw")[1]})

# heevd: eigenvalues ascending, for both triangles (the Go test reads one)
q6 = unitary(6)
herm = {
    "1x1": np.array([[3.0 + 0j]]),
    "2x2": np.array([[2, 1 - 1j], [1 + 1j, 3]]),
    "rand5": hermitian(5),
    "rand33": hermitian(33),
    "degenerate6": q6 @ np.diag([1.0, 1.0, 2.0, 2.0, 2.0, 5.0]) @ q6.conj().T,
    "identity4": np.eye(4) + 0j,
    "chilbert6": (chilbert(6) + chilbert(6).conj().T) / 2,
    "zero3": np.zeros((3, 3)),
}
for k, a in herm.items():
    case("heevd/" + k, "heevd", a, lambda a: {"w": np.linalg.eigvalsh(a)})

# geev: eigenvalues sorted by (re, im); the Go test matches them as a set
s3 = crand(3, 3)
general = {
    "1x1": np.array([[1 - 4j]]),
    "2x2": np.array([[0, 1], [-1, 0]]) + 0j,
    "rand5": crand(5, 5),
    "rand20": crand(20, 20),
    "rand60": crand(60, 60),
    "real6": rng.standard_normal((6, 6)) + 0j,
    "repeated3": s3 @ np.diag([2 + 1j, 2 + 1j, -1]) @ np.linalg.inv(s3),
    "jordan2": np.array([[1 + 1j, 1], [0, 1 + 1j]]),
    "triangular4": np.triu(crand(4, 4)),
    "hermitian5": hermitian(5),
    "zero3": np.zeros((3, 3)),
    "companion5": np.diag(np.ones(4), -1) + np.outer(np.eye(5)[0], crand(5)),
    "cyclic6": np.roll(np.eye(6), 1, axis=0) + 0j,  # roots of unity: needs the exceptional shifts
    "graded4": np.diag([1e6, 1e2, 1e-2, 1e-6]) @ crand(4, 4) @ np.diag([1e-6, 1e-2, 1e2, 1e6]),
}
for k, a in general.items():
    case("geev/" + k, "geev", a, lambda a: {"w": np.sort_complex(np.linalg.eigvals(a))})

# gesdd: singular values
svd = {
    "0x0": np.zeros((0, 0)),
    "0x3": np.zeros((0, 3)),
    "1x1": np.array([[3 - 4j]]),
    "1x4": crand(1, 4),
    "4x1": crand(4, 1),
    "3x5": crand(3, 5),
    "5x3": crand(5, 3),
    "rand16": crand(16, 16),
    "rand50x20": crand(50, 20),
    "rand20x50": crand(20, 50),
    "rank2_7x5": crand(7, 2) @ crand(2, 5),
    "rank2_5x7": crand(5, 2) @ crand(2, 7),
    "chilbert8": chilbert(8),
    "zero4x3": np.zeros((4, 3)),
    "graded": np.diag([1.0, 1e-3, 1e-6, 1e-9, 1e-12]) @ unitary(5),
    "equal6x2": 2 * unitary(6)[:, :2],
    "tiny3x3": 1e-300 * crand(3, 3),
    "huge3x2": 1e300 * crand(3, 2),
}
for k, a in svd.items():
    case("gesdd/" + k, "gesdd", a, lambda a: {"s": np.linalg.svd(a, compute_uv=False)})

# gelsd: least squares, full rank and rank deficient, both shapes
for name, a, b, rcond in [
    ("tall", crand(8, 4), crand(8, 2), -1),
    ("wide", crand(3, 6), crand(3, 2), -1),
    ("square", crand(5, 5), crand(5, 1), -1),
    ("rank2", crand(7, 2) @ crand(2, 4), crand(7, 3), 1e-10),
    ("rank2_wide", crand(4, 2) @ crand(2, 6), crand(4, 1), 1e-10),
    ("chilbert6", chilbert(6), crand(6, 2), -1),
]:
    case("gelsd/" + name, "gelsd", a, lambda a, b, rcond=rcond: dict(zip(("x", "residuals", "rank", "s"), np.linalg.lstsq(a, b, rcond=rcond))), b=b, rcond=rcond)

save(OUT, cases, separators=(",", ":"))
print(f"{len(cases)} cases -> {os.path.normpath(OUT)}")
