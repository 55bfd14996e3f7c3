"""Golden data for singular-matrix detection: linalg/testdata/singular/.

Small integer matrices, most of them rank-deficient, with NumPy's verdict
(LinAlgError "Singular matrix" or not) and results for inv, solve, det,
slogdet and matrix_power(a, -2). Whether a rank-deficient matrix is found
singular depends on whether rounding leaves an exact zero pivot in LAPACK's
LU factorisation, so these cases pin numgo to the pivoting and arithmetic
of the getrf NumPy calls. float32 and complex64 input is computed in double
precision by NumPy 1.24 (and numgo), so the tests reuse these cases for it.

OpenBLAS runs one thread here, as numgo runs it for LAPACK on small
matrices: with more threads OpenBLAS 0.3.21's dgesv (NumPy's inv and solve)
takes getrf_parallel, which factors a real matrix of order 18 or more (a
complex one of order 6 or more) in blocks, with other rounding than its
single-threaded getrf, so NumPy's verdict there depends on the machine's
number of cores; dgetrf (det, slogdet) is single-threaded for these sizes
either way.

OpenBLAS runs its Haswell kernels here (OPENBLAS_CORETYPE), the ones
numgo's own small LU repeats: the kernels of other targets round
otherwise, and so reach other verdicts (on a Zen 4 machine OpenBLAS picks
Cooperlake's, with which NumPy found 92 of these matrices singular, not
101). The tests pin numgo's verdicts to these only where its LU is known
to run the same arithmetic (linalg's pinnedLU).
"""
import os

# before NumPy loads OpenBLAS
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["OPENBLAS_CORETYPE"] = "Haswell"

import warnings  # noqa: E402

import numpy as np  # noqa: E402

from golden import arr, save

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "linalg", "testdata", "singular")


def rank_deficient(rng, lead, n, cx):
    """Integer matrices (lead..., n, n) of random rank k <= n (k = n a third
    of the time), entries products of small integers."""
    k = int(rng.integers(1, n + 1)) if rng.integers(3) else n
    r = int(rng.integers(1, 10))
    u = rng.integers(-r, r + 1, (*lead, n, k))
    v = rng.integers(-r, r + 1, (*lead, k, n))
    if cx:
        u = u + 1j * rng.integers(-r, r + 1, (*lead, n, k))
        return (u @ v).astype(complex)
    return (u @ v).astype(float)


def cond_of(a):
    with np.errstate(all="ignore"):
        s = np.linalg.svd(a, compute_uv=False)
        c = np.max(s[..., 0] / s[..., -1])
    return float(c) if np.isfinite(c) else 1e300


def outcome(fn, value=True):
    """NumPy's result of fn, "ok" instead of it unless value, or
    "singular"."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            x = fn()
            return arr(x) if value else "ok"
    except np.linalg.LinAlgError as e:
        assert "Singular" in str(e), e
        return "singular"


def case(name, a, rng):
    cx = np.iscomplexobj(a)
    b = rng.integers(-5, 6, a.shape[:-1]).astype(a.dtype)
    # The n×n results of the larger matrices would make the file large:
    # their verdicts are kept, and the values of solve.
    small = a.shape[-1] <= 8
    sign, logdet = np.linalg.slogdet(a)
    return {
        "name": name,
        "a": arr(a),
        "b": arr(b),
        "cond": cond_of(a),
        "inv": outcome(lambda: np.linalg.inv(a), small),
        "solve": outcome(lambda: np.linalg.solve(a, b)),
        "mpow": outcome(lambda: np.linalg.matrix_power(a, -2), small),
        "det": arr(np.linalg.det(a)),
        "sign": arr(sign),
        "logdet": arr(logdet),
    }


def build(cx, seed, per_n):
    rng = np.random.default_rng(seed)
    cases = []
    if not cx:
        cases.append(case("audit3x3", np.arange(1.0, 10.0).reshape(3, 3), rng))
    for n in range(1, 21):
        for i in range(per_n):
            cases.append(case(f"n{n}/{i}", rank_deficient(rng, (), n, cx), rng))
    for n in (2, 3, 4, 5, 8, 12, 17, 20):
        for i in range(3):
            cases.append(case(f"stack{n}/{i}", rank_deficient(rng, (3,), n, cx), rng))
    return cases


def write(name, cx, seed, per_n):
    cases = build(cx, seed, per_n)
    os.makedirs(DIR, exist_ok=True)
    out = os.path.join(DIR, name)
    save(out, cases, separators=(",", ":"))
    sing = sum(c["inv"] == "singular" for c in cases)
    print(len(cases), "cases,", sing, "singular ->", out)


write("cases.json", False, 20261201, 16)
write("complex_cases.json", True, 20261202, 6)
