#!/usr/bin/python3
"""Golden data for numpy.linalg: inv, solve, det, slogdet, pinv, lstsq, svd,
eig, eigvals, eigh, eigvalsh, qr, cholesky, norm, cond, matrix_rank,
matrix_power.

Run with Debian's python3 (python3-numpy 1.24):
    OPENBLAS_CORETYPE=Haswell OPENBLAS_NUM_THREADS=2 /usr/bin/python3 testdata/gen_linalg.py
(the committed data was made so; other OpenBLAS kernels or thread counts
move a few hundred results in their last bits, within the tests'
tolerances).
Writes linalg/testdata/decomp/cases.json (float64 input),
complex_cases.json (the same cases on complex128 input: random matrices
with random real and imaginary parts, the classic real ones turned by a
complex phase, Hermitian ones where the routine needs them) and
single_cases.json (float32 and complex64 rank decisions, see
write_single); the first two are lists of cases

    {"name", "func", "args": [array...], "params": {...}, "cond": float,
     "out": {name: array or number...}}   or   {..., "error": kind}

where kind is "singular", "noconv", "notpd" or "notfinite" (the LinAlgError
NumPy raised). "cond" is the 2-norm condition number of the (first) matrix
argument, from which the Go test derives its tolerance. Factors that are
not unique (U, V, eigenvectors, Q) are not stored: the Go test checks
their invariants; it compares the unique parts (singular values, sorted
eigenvalues, |R|, L, ...). Encoding as in golden.py.
"""
import os
import warnings

import numpy as np

from golden import arr, save

DIR = os.path.join(os.path.dirname(__file__), "..", "linalg", "testdata", "decomp")

rng = None
cases = []
CX = False  # building the complex cases
PHASE = 0.6 + 0.8j


def rand(*shape):
    r = rng.standard_normal(shape)
    return r + 1j * rng.standard_normal(shape) if CX else r


def C(x):
    """A general (not Hermitian) classic matrix: turned by a phase in the complex cases."""
    return np.asarray(x) * PHASE if CX else np.asarray(x)


def hilbert(n):
    i = np.arange(n)
    return 1.0 / (i[:, None] + i[None, :] + 1)


def spd(n, *lead):
    x = rand(*lead, n, n)
    return x @ np.swapaxes(x, -1, -2).conj() + n * np.eye(n)


def sym(n, *lead):
    x = rand(*lead, n, n)
    return x + np.swapaxes(x, -1, -2).conj()


def cond_of(a):
    a = np.asarray(a)
    if a.ndim < 2 or a.size == 0 or not np.all(np.isfinite(a)):
        return 1.0
    with np.errstate(all="ignore"):
        s = np.linalg.svd(a, compute_uv=False)
        c = np.max(s[..., 0] / s[..., -1])
    return float(c) if np.isfinite(c) else 1e300


def enc_out(v):
    if isinstance(v, (int, np.integer)):
        return int(v)
    return arr(v)


def case(name, func, args, fn, **params):
    if CX:
        args = [np.asarray(a).astype(complex) for a in args]
    c = {"name": name, "func": func, "args": [arr(a) for a in args], "params": params, "cond": cond_of(args[0])}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = fn(*args)
        c["out"] = {k: enc_out(v) for k, v in out.items()}
    except np.linalg.LinAlgError as e:
        msg = str(e)
        if "Singular" in msg:
            c["error"] = "singular"
        elif "positive definite" in msg:
            c["error"] = "notpd"
        elif "infs or NaNs" in msg:
            c["error"] = "notfinite"
        elif "converge" in msg:
            c["error"] = "noconv"
        else:
            raise
    cases.append(c)



def build():
    """Appends every case to cases."""
    square = {
        "2x2": C([[4.0, 7.0], [2.0, 6.0]]),
        "rand5": rand(5, 5),
        "rand17": rand(17, 17),
        "hilbert4": hilbert(4),
        "hilbert7": hilbert(7),
        "stack": rand(2, 3, 4, 4),
        "empty0": np.zeros((0, 0)),
        "stack_empty": np.zeros((3, 0, 0)),
        "one": C([[-3.0]]),
    }
    singular = C([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
    exactly_singular = C([[1.0, 2.0], [2.0, 4.0]])
    nan_mat = C([[1.0, np.nan], [3.0, 4.0]])
    inf_mat = C([[1.0, np.inf], [3.0, 4.0]])

    # inv
    for k, a in square.items():
        case("inv/" + k, "inv", [a], lambda a: {"x": np.linalg.inv(a)})
    case("inv/singular", "inv", [exactly_singular], lambda a: {"x": np.linalg.inv(a)})
    case("inv/stack_singular", "inv", [np.stack([np.eye(2), exactly_singular])], lambda a: {"x": np.linalg.inv(a)})
    case("inv/nan", "inv", [nan_mat], lambda a: {"x": np.linalg.inv(a)})

    # solve: vectors, matrices, broadcasting
    case("solve/vec", "solve", [rand(4, 4), rand(4)], lambda a, b: {"x": np.linalg.solve(a, b)})
    case("solve/mat", "solve", [rand(4, 4), rand(4, 3)], lambda a, b: {"x": np.linalg.solve(a, b)})
    case("solve/stack_vec", "solve", [rand(3, 4, 4), rand(3, 4)], lambda a, b: {"x": np.linalg.solve(a, b)})
    case("solve/stack_bcast", "solve", [rand(2, 1, 3, 3), rand(1, 4, 3, 2)], lambda a, b: {"x": np.linalg.solve(a, b)})
    case("solve/ndim_rule", "solve", [rand(3, 3), rand(2, 3, 1)], lambda a, b: {"x": np.linalg.solve(a, b)})
    case("solve/hilbert6", "solve", [hilbert(6), np.ones(6)], lambda a, b: {"x": np.linalg.solve(a, b)})
    case("solve/singular", "solve", [exactly_singular, np.ones(2)], lambda a, b: {"x": np.linalg.solve(a, b)})
    case("solve/empty", "solve", [np.zeros((0, 0)), np.zeros(0)], lambda a, b: {"x": np.linalg.solve(a, b)})

    # det, slogdet
    dets = dict(square, singular=singular, exactly_singular=exactly_singular, nan=nan_mat,
                big=rand(30, 30) * 100, perm=C([[0.0, 1.0], [1.0, 0.0]]))
    for k, a in dets.items():
        case("det/" + k, "det", [a], lambda a: {"det": np.linalg.det(a)})
        case("slogdet/" + k, "slogdet", [a], lambda a: dict(zip(("sign", "logdet"), np.linalg.slogdet(a))))

    # svd
    rect = {
        "3x5": rand(3, 5), "5x3": rand(5, 3), "stack": rand(2, 4, 3), "rank1": np.outer(rand(4), rand(6)),
        "hilbert6": hilbert(6), "sq24": rand(24, 24), "empty": np.zeros((0, 3)), "zeros": np.zeros((3, 2)),
        "wide": rand(2, 30), "tall": rand(40, 4),
    }
    for k, a in rect.items():
        for full in (True, False):
            case(f"svd/{k}/full={full}", "svd", [a], lambda a: {"s": np.linalg.svd(a, full_matrices=full)[1]},
                 full_matrices=full)
        case(f"svdvals/{k}", "svdvals", [a], lambda a: {"s": np.linalg.svd(a, compute_uv=False)})
    case("svd/nan", "svd", [nan_mat], lambda a: {"s": np.linalg.svd(a)[1]}, full_matrices=True)
    case("svdvals/nan", "svdvals", [nan_mat], lambda a: {"s": np.linalg.svd(a, compute_uv=False)})

    # pinv
    for k, a in rect.items():
        case("pinv/" + k, "pinv", [a], lambda a: {"x": np.linalg.pinv(a)})
    case("pinv/rcond", "pinv", [hilbert(6)], lambda a: {"x": np.linalg.pinv(a, rcond=1e-5)}, rcond=1e-5)
    h = sym(5)
    case("pinv/hermitian", "pinv", [h], lambda a: {"x": np.linalg.pinv(a, hermitian=True)}, hermitian=True)
    h_sing = np.array([[2.0, 1.0, 0.0], [1.0, 2.0, 1.0], [0.0, 1.0, 2.0]]) if not CX else np.array([[2.0, 1 + 1j, 0.0], [1 - 1j, 2.0, 1j], [0.0, -1j, 2.0]])
    h_sing = h_sing - np.linalg.eigvalsh(h_sing)[0] * np.eye(3)
    case("pinv/hermitian_singular", "pinv", [h_sing], lambda a: {"x": np.linalg.pinv(a, hermitian=True)}, hermitian=True)

    # matrix_rank
    # NumPy raises ValueError for an empty matrix without tol (the max of no
    # singular values; decomp_panics_test.go checks numgo's panic); with a
    # tol, or in an empty stack, it has an answer. Fewer than two axes: 1
    # unless every element is zero.
    ranks = dict({k: a for k, a in rect.items() if a.size}, singular=singular, hilbert12=hilbert(12), stack_mixed=np.stack([np.eye(3), singular, np.zeros((3, 3))]),
                 vector=C([0.0, 2.0, 0.0]), vector_zero=np.zeros(3), vector_nan=C([0.0, np.nan]), vector_empty=np.zeros(0),
                 scalar=C(3.0), scalar_zero=np.zeros(()), stack_empty=np.zeros((0, 3, 3)))
    for k, a in ranks.items():
        case("matrix_rank/" + k, "matrix_rank", [a], lambda a: {"rank": np.asarray(np.linalg.matrix_rank(a))})
    case("matrix_rank/tol", "matrix_rank", [hilbert(8)], lambda a: {"rank": np.asarray(np.linalg.matrix_rank(a, tol=1e-6))}, tol=1e-6)
    for k, a in {"empty_tol": np.zeros((0, 3)), "stack_empty_tol": np.zeros((2, 0, 3))}.items():
        case("matrix_rank/" + k, "matrix_rank", [a], lambda a: {"rank": np.asarray(np.linalg.matrix_rank(a, tol=0.5))}, tol=0.5)
    case("matrix_rank/hermitian", "matrix_rank", [h_sing], lambda a: {"rank": np.asarray(np.linalg.matrix_rank(a, hermitian=True))}, hermitian=True)

    # eig, eigvals
    eigs = {
        "rand6": rand(6, 6), "sym5": sym(5), "rot": C([[0.0, -1.0], [1.0, 0.0]]),
        "stack": rand(3, 4, 4), "empty": np.zeros((0, 0)), "triu": np.triu(rand(4, 4)), "rand20": rand(20, 20),
        "defective": C([[1.0, 1.0], [0.0, 1.0]]),
    }
    for k, a in eigs.items():
        case("eig/" + k, "eig", [a], lambda a: {"w": np.linalg.eig(a)[0].astype(complex)})
        case("eigvals/" + k, "eigvals", [a], lambda a: {"w": np.linalg.eigvals(a).astype(complex)})
    case("eig/nan", "eig", [nan_mat], lambda a: {"w": np.linalg.eig(a)[0]})
    case("eigvals/inf", "eigvals", [inf_mat], lambda a: {"w": np.linalg.eigvals(a)})

    # eigh, eigvalsh
    eighs = {"sym5": sym(5), "spd8": spd(8), "stack": sym(4, 2, 3), "empty": np.zeros((0, 0)),
             "hilbert6": hilbert(6), "repeated": np.diag([2.0, 1.0, 2.0, 1.0]), "sym24": sym(24)}
    for k, a in eighs.items():
        case("eigh/" + k, "eigh", [a], lambda a: {"w": np.linalg.eigh(a)[0]})
        case("eigvalsh/" + k, "eigvalsh", [a], lambda a: {"w": np.linalg.eigvalsh(a)})
    lower_only = np.tril(sym(4)) + np.triu(np.full((4, 4), 100.0), 1)
    case("eigh/lower_read", "eigh", [lower_only], lambda a: {"w": np.linalg.eigh(a)[0]})
    case("eigh/upper_read", "eigh", [lower_only.T.copy()], lambda a: {"w": np.linalg.eigh(a, UPLO="U")[0]}, uplo="U")
    case("eigvalsh/upper_read", "eigvalsh", [lower_only.T.copy()], lambda a: {"w": np.linalg.eigvalsh(a, UPLO="U")}, uplo="U")

    # qr
    for k, a in rect.items():
        for mode in ("reduced", "complete", "r"):
            def f(a, mode=mode):
                if mode == "r":
                    return {"r": np.linalg.qr(a, mode="r")}
                q, r = np.linalg.qr(a, mode=mode)
                return {"r": r, "qshape": np.array(q.shape, dtype=np.int64)}
            case(f"qr/{k}/{mode}", "qr", [a], f, mode=mode)

    # cholesky
    chols = {"spd4": spd(4), "spd20": spd(20), "stack": spd(3, 2, 2), "empty": np.zeros((0, 0)), "hilbert5": hilbert(5)}
    for k, a in chols.items():
        case("cholesky/" + k, "cholesky", [a], lambda a: {"l": np.linalg.cholesky(a)})
    case("cholesky/upper_ignored", "cholesky", [np.tril(spd(3)) + np.triu(np.full((3, 3), 7.0), 1)],
         lambda a: {"l": np.linalg.cholesky(a)})
    case("cholesky/indefinite", "cholesky", [np.array([[1.0, 2.0], [2.0, 1.0]]) if not CX else np.array([[1.0, 2.0j], [-2.0j, 1.0]])], lambda a: {"l": np.linalg.cholesky(a)})
    case("cholesky/stack_indefinite", "cholesky", [np.stack([np.eye(2), -np.eye(2)])], lambda a: {"l": np.linalg.cholesky(a)})

    # lstsq (rcond=None)
    def lstsq(a, b, **kw):
        x, res, rank, s = np.linalg.lstsq(a, b, rcond=kw.get("rcond"))
        return {"x": x, "residuals": res, "rank": int(rank), "s": s}
    lsq = {
        "over_vec": (rand(6, 3), rand(6)), "over_mat": (rand(6, 3), rand(6, 2)), "under": (rand(3, 5), rand(3)),
        "square": (rand(4, 4), rand(4, 2)), "rank_def": (np.outer(rand(5), rand(3)), rand(5)),
        "rank_def_mat": (np.c_[rand(6, 2), rand(6, 2) @ np.ones((2, 1))], rand(6, 3)),
        "hilbert8": (hilbert(8), np.ones(8)), "zero_rhs": (rand(4, 3), np.zeros((4, 0))),
        "empty_rows": (np.zeros((0, 3)), np.zeros(0)), "tall": (rand(30, 7), rand(30, 2)),
    }
    for k, (a, b) in lsq.items():
        case("lstsq/" + k, "lstsq", [a, b], lstsq)
    case("lstsq/rcond", "lstsq", [hilbert(8), np.ones(8)], lambda a, b: lstsq(a, b, rcond=1e-4), rcond=1e-4)

    # norm: every ord, axes, keepdims
    v = C([3.0, -4.0, 0.0, 1.5, -0.5]) + (np.array([0.0, 1.0, 0.0, -2.0, 0.5]) * 1j if CX else 0)
    m = rand(4, 5)
    t = rand(2, 3, 4)
    vec_ords = [None, 2, 1, 0, -1, -2, 3, 0.5, np.inf, -np.inf]
    mat_ords = [None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf]


    def ordparam(o):
        if o is None:
            return {}
        if isinstance(o, str):
            return {"ord": o}
        return {"ord": float(o) if np.isfinite(o) else ("inf" if o > 0 else "-inf")}


    for o in vec_ords:
        case(f"norm/vec/ord={o}", "norm", [v], lambda a: {"n": np.asarray(np.linalg.norm(a, ord=o))}, **ordparam(o))
        case(f"norm/axis1/ord={o}", "norm", [t], lambda a: {"n": np.linalg.norm(a, ord=o, axis=1)}, axis=[1], **ordparam(o))
        case(f"norm/axis-1/keep/ord={o}", "norm", [m], lambda a: {"n": np.linalg.norm(a, ord=o, axis=-1, keepdims=True)},
             axis=[-1], keepdims=True, **ordparam(o))
    for o in mat_ords:
        case(f"norm/mat/ord={o}", "norm", [m], lambda a: {"n": np.asarray(np.linalg.norm(a, ord=o))}, **ordparam(o))
        case(f"norm/axes20/ord={o}", "norm", [t], lambda a: {"n": np.linalg.norm(a, ord=o, axis=(2, 0))}, axis=[2, 0], **ordparam(o))
        case(f"norm/axes/keep/ord={o}", "norm", [t], lambda a: {"n": np.linalg.norm(a, ord=o, axis=(-2, -1), keepdims=True)},
             axis=[-2, -1], keepdims=True, **ordparam(o))
    case("norm/flat3d", "norm", [t], lambda a: {"n": np.asarray(np.linalg.norm(a))})
    case("norm/flat3d/keep", "norm", [t], lambda a: {"n": np.linalg.norm(a, keepdims=True)}, keepdims=True)
    case("norm/scalar", "norm", [C(-2.5)], lambda a: {"n": np.asarray(np.linalg.norm(a))})
    case("norm/nan", "norm", [C([1.0, np.nan])], lambda a: {"n": np.asarray(np.linalg.norm(a, ord=np.inf))}, ord="inf")

    # cond
    conds = {"rand5": rand(5, 5), "hilbert5": hilbert(5), "stack": rand(2, 3, 3), "singular": exactly_singular,
             "rect": rand(3, 5)}
    for k, a in conds.items():
        for o in mat_ords:
            if k == "rect" and o not in (None, 2, -2):
                continue
            case(f"cond/{k}/ord={o}", "cond", [a], lambda a: {"c": np.asarray(np.linalg.cond(a, p=o))}, **ordparam(o))
    case("cond/nan", "cond", [nan_mat], lambda a: {"c": np.asarray(np.linalg.cond(a, p=1))}, ord=1.0)

    # matrix_power
    mp = rand(4, 4)
    for p in (0, 1, 2, 3, 5, 8, -1, -3):
        case(f"matrix_power/{p}", "matrix_power", [mp], lambda a: {"x": np.linalg.matrix_power(a, p)}, p=p)
    case("matrix_power/stack", "matrix_power", [rand(2, 3, 3)], lambda a: {"x": np.linalg.matrix_power(a, 3)}, p=3)
    case("matrix_power/singular", "matrix_power", [exactly_singular], lambda a: {"x": np.linalg.matrix_power(a, -2)}, p=-2)

    # ±Inf without NaN: dgesdd returns NaN singular values (info 0) on these
    # (it never returns on some larger ones, e.g. 3×3), so matrix_rank is 0,
    # cond by singular values inf, the 2-norms and nuc NaN. NaN: "SVD did
    # not converge". pinv is zero where dgesdd's leftover vectors are finite
    # (these real ones); its vectors are not reproducible in general.
    infs = {"inf": C([[1.0, 2.0], [3.0, np.inf]]), "ninf00": C([[-np.inf, 2.0], [3.0, 4.0]]),
            "stack": C([[[1.0, 2.0], [3.0, 4.0]], [[1.0, 2.0], [3.0, np.inf]]]),
            "rect": C([[1.0, 2.0, 3.0], [4.0, np.inf, 6.0]]), "nan": C([[1.0, 2.0], [3.0, np.nan]])}
    for k, a in infs.items():
        case(f"nonfinite/{k}/matrix_rank", "matrix_rank", [a], lambda a: {"rank": np.asarray(np.linalg.matrix_rank(a))})
        case(f"nonfinite/{k}/svdvals", "svdvals", [a], lambda a: {"s": np.linalg.svd(a, compute_uv=False)})
        for o in (2, -2, "nuc", "fro"):
            if k != "stack":
                case(f"nonfinite/{k}/norm/ord={o}", "norm", [a], lambda a: {"n": np.asarray(np.linalg.norm(a, ord=o))}, **ordparam(o))
        for o in mat_ords:
            if k == "rect" and o not in (None, 2, -2):
                continue
            case(f"nonfinite/{k}/cond/ord={o}", "cond", [a], lambda a: {"c": np.asarray(np.linalg.cond(a, p=o))}, **ordparam(o))
        if not CX and k != "nan":
            case(f"nonfinite/{k}/pinv", "pinv", [a], lambda a: {"x": np.linalg.pinv(a)})
        if k not in ("rect",):
            case(f"nonfinite/{k}/inv", "inv", [a], lambda a: {"x": np.linalg.inv(a)})
            case(f"nonfinite/{k}/det", "det", [a], lambda a: {"det": np.asarray(np.linalg.det(a))})
    # The same for the Hermitian eigenvalue driver (dsyevd/zheevd), which
    # reads one triangle only.
    syms = {"syminf": C([[1.0, np.inf], [np.inf, 3.0]]), "diaginf": C([[np.inf, 1.0], [1.0, 3.0]]),
            "upperinf": C([[1.0, np.inf], [2.0, 3.0]])}
    for k, a in syms.items():
        case(f"nonfinite/{k}/eigvalsh", "eigvalsh", [a], lambda a: {"w": np.linalg.eigvalsh(a)})
        case(f"nonfinite/{k}/matrix_rank/hermitian", "matrix_rank", [a],
             lambda a: {"rank": np.asarray(np.linalg.matrix_rank(a, hermitian=True))}, hermitian=True)



def write(name, cx, seed):
    global rng, cases, CX
    rng, cases, CX = np.random.default_rng(seed), [], cx
    build()
    out = os.path.join(DIR, name)
    save(out, cases, separators=(",", ":"))
    print(len(cases), "cases ->", out)


def write_single():
    """single_cases.json: float32 and complex64 inputs where single
    precision decides the answer: NumPy's lstsq solves them in double
    precision with float64's epsilon in its default cutoff, and
    matrix_rank compares its single-precision singular values with a
    given tol in float64 but with its default threshold in float32."""
    out = []
    for dt in (np.float32, np.complex64):
        for d in ([1, 1e-4, 1e-10], [1, 1e-6, 1e-7], [2, 1e-5, 3e-8]):
            a = np.diag(np.array(d, dt)) * (PHASE if dt == np.complex64 else 1)
            a = a.astype(dt)
            b = np.ones(3, dt)
            x, res, rank, sv = np.linalg.lstsq(a, b, rcond=None)
            out.append({"func": "lstsq", "a": arr(a), "b": arr(b), "x": arr(x), "rank": int(rank)})
        for d, tol in (([1, 1e-3, 1e-8], 1e-3), ([1, 0.5, 1e-7], 0.5), ([1, 3.6e-7, 1e-9], None), ([1, 3.5e-7, 1e-9], None)):
            a = (np.diag(np.array(d, dt)) * (PHASE if dt == np.complex64 else 1)).astype(dt)
            c = {"func": "matrix_rank", "a": arr(a), "rank": int(np.linalg.matrix_rank(a, tol=tol))}
            if tol is not None:
                c["tol"] = tol
            out.append(c)
    path = os.path.join(DIR, "single_cases.json")
    save(path, out, separators=(",", ":"))
    print(len(out), "cases ->", path)


write("cases.json", False, 20261126)
write("complex_cases.json", True, 20261127)
write_single()
