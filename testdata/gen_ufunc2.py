#!/usr/bin/python3
"""Golden data for the third batch of ndarray's element-wise functions:
fmod, divmod, fix, nancumprod, ediff1d and unwrap.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_ufunc2.py
Writes ndarray/testdata/ufunc/batch3.json: {"cases": [...]}, each case
{"func", "args" (arrays, null for None), "kw" (keywords: axis, discont,
period), and NumPy's results as "outs", or its exception as "error" and
"kind"} (golden.outcome). fmod and divmod run on every pair of special
values (a column against a row, broadcast) of every integer and float
dtype: negative operands, zero divisors, NaN, the infinities, signed zeros,
integer extremes. Encoding as in gen_core.py.
"""
import os
import warnings

import numpy as np

from gen_ufunc import float_specials, int_specials
from golden import arr, outcome, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "ufunc", "batch3.json")

INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
FLOATS = ["float32", "float64"]


def main():
    cases = []

    def case(func, *args, kind=None, **kw):
        c = {"func": func, "args": [None if a is None else arr(a) for a in args], "kw": kw}
        cases.append(outcome(c, func, lambda: getattr(np, func)(*args, **kw), kind=kind, outs=True))

    warnings.simplefilter("ignore")
    rng = np.random.default_rng(3)
    for dtype in INTS + FLOATS:
        v = int_specials(dtype) if dtype in INTS else float_specials(dtype)
        case("fmod", v[:, None], v[None, :])
        case("divmod", v[:, None], v[None, :])
        # a broadcast scalar divisor, and 0-d and 0-size operands
        case("fmod", v, np.array(v[5]))
        case("divmod", np.array(v[7]), v)
        case("fmod", np.zeros((0, 3), dtype), v[:3])
        case("divmod", np.array(v[3]), np.array(v[9]))
    for dtype in FLOATS:
        s = float_specials(dtype)
        case("fix", s.reshape(4, 6))
        case("fix", np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2**52 + 0.5, -(2**23) - 0.5, 1e-300, -1e-300], dtype))
        case("fix", np.array(-0.75, dtype))
        case("fix", np.zeros((2, 0), dtype))

    # nancumprod: leading NaNs, all-NaN lanes, infinities, signed zeros,
    # flattened and along each axis; complex numbers with a NaN part; the
    # integer types, which wrap around; 0-size and 0-d arrays.
    nan, inf = np.nan, np.inf
    grid = np.array([[nan, 2, -0.0, 3], [nan, nan, nan, nan], [1.5, nan, inf, -2], [-inf, 0.5, nan, 1e30]])
    for dtype in FLOATS:
        a = grid.astype(dtype)
        for axis in [None, 0, 1, -1]:
            case("nancumprod", a, axis=axis)
        case("nancumprod", rng.uniform(0.5, 1.5, 300).astype(dtype))  # long enough to split into chunks
    zs = np.array([[nan + 1j, 2 - 1j, 1 + nan * 1j, -0.0 + 0j], [3e20 + 3e20j, 3e20 - 3e20j, nan, 1j],
                   [inf + 0j, 2j, 1 + 1j, nan - 0j]])
    for dtype in ["complex64", "complex128"]:
        for axis in [None, 0, 1]:
            case("nancumprod", zs.astype(dtype), axis=axis)
    for dtype in INTS:
        for axis in [None, 1]:
            case("nancumprod", int_specials(dtype)[:16].reshape(4, 4), axis=axis)
    for axis in [None, 0, 1]:
        case("nancumprod", np.zeros((0, 3)), axis=axis)
    case("nancumprod", np.array(nan))
    case("nancumprod", np.array(2.5))
    case("nancumprod", grid, axis=2, kind="axis")

    # ediff1d: flattened input, to_end and to_begin as None, scalars and
    # arrays of any shape; integers wrap around; empty and 0-d inputs.
    for dtype in INTS + FLOATS + ["complex64", "complex128"]:
        if dtype in INTS:
            v = int_specials(dtype)
        elif dtype in FLOATS:
            v = float_specials(dtype)
        else:
            v = (float_specials({"complex64": "float32", "complex128": "float64"}[dtype]) * (1 - 0.5j)).astype(dtype)
        v = v[:12].reshape(3, 4)
        case("ediff1d", v)
        case("ediff1d", v, v[0, :2], v[1, 1])
        case("ediff1d", v[0], None, v[1:, :2])
        case("ediff1d", v[0], v[2, 3])
    case("ediff1d", np.array(5.0))
    case("ediff1d", np.array(5.0), np.array([1.0, 2.0]), np.array(-1.0))
    case("ediff1d", np.zeros(0, np.uint8), np.uint8(3))
    case("ediff1d", np.zeros((2, 0)), None, np.zeros(0))

    # unwrap: NumPy's examples, phases of random walks (wrapped into
    # [-π, π)), along either axis; discont below and above period/2; jumps
    # of exactly period/2 up and down; NaN and infinities; periods of 360,
    # 4 and 6; empty axes and lanes of one element; the errors.
    pi = np.pi
    phase = np.linspace(0, pi, num=5)
    phase[3:] += pi
    walk = np.cumsum(rng.uniform(-2.5, 2.5, (3, 40)), axis=1)
    wrapped = np.mod(walk + pi, 2 * pi) - pi
    for dtype in FLOATS:
        case("unwrap", phase.astype(dtype))
        case("unwrap", wrapped.astype(dtype))
        case("unwrap", wrapped.T.astype(dtype), axis=0)
        case("unwrap", wrapped.astype(dtype), discont=1.0)
        case("unwrap", wrapped.astype(dtype), discont=4.0)
        case("unwrap", np.array([0, pi, 0, -pi, 2 * pi, pi, -0.0, 3 * pi], dtype))
        case("unwrap", np.array([0.0, 1, nan, 5, 2, inf, 1, -inf, 3], dtype))
        case("unwrap", np.array([[1, 2, 3, 4, 5, 6, 1, 2, 3], [2, 3, 4, 5, 2, 3, 4, 5, 0]], dtype), period=6)
        case("unwrap", np.array([0, 1, 2, -1, 0, 2, 4, 2, -2, 0], dtype), period=4)
        case("unwrap", (np.mod(np.linspace(0, 720, 19), 360) - 180).astype(dtype), period=360)
        case("unwrap", np.array([[0, 359.5, 0.25], [720, 0, -180]], dtype), period=360, discont=90)
        case("unwrap", np.zeros((3, 0), dtype))
        case("unwrap", np.zeros((3, 0), dtype), axis=0)
        case("unwrap", np.array([[4.0], [-4.0]], dtype))
    case("unwrap", np.array(1.0), kind="value")
    case("unwrap", np.zeros((2, 3)), axis=2, kind="axis")
    save(OUT, {"cases": cases})
    print("wrote", len(cases), "cases to", OUT)


if __name__ == "__main__":
    main()
