#!/usr/bin/python3
"""Golden data for ndarray's element-wise ufuncs.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_ufunc.py
Writes ndarray/testdata/ufunc/cases.json: for every ufunc and dtype NumPy
supports with same-typed inputs and output (or bool output), the inputs and
NumPy's result; ndarray/testdata/ufunc/rows.json: binary ufuncs of a
matrix and a row (row_cases); and ndarray/testdata/ufunc/extra.json: the
ufuncs of the second batch (logaddexp ... positive) on special values
(subnormals, the extremes, huge exponents), broadcast, including those
whose operands have two types (ldexp) or that have two results (frexp,
modf), with "outs" for the results and NumPy's errors (extra_cases).
Encoding as in gen_core.py.
"""
import os
import warnings

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "ufunc", "cases.json")
ROWS = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "ufunc", "rows.json")
EXTRA = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "ufunc", "extra.json")

BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "maximum", "minimum",
          "fmax", "fmin", "hypot", "arctan2", "copysign", "bitwise_and", "bitwise_or", "bitwise_xor",
          "left_shift", "right_shift", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
          "logical_and", "logical_or", "logical_xor", "logaddexp", "logaddexp2", "heaviside", "nextafter",
          "float_power", "gcd", "lcm"]
UNARY = ["negative", "absolute", "sign", "square", "reciprocal", "conjugate", "invert", "floor", "ceil",
         "trunc", "rint", "deg2rad", "rad2deg", "cbrt", "expm1", "exp2", "log2", "log1p", "isnan", "isinf",
         "isfinite", "logical_not", "exp", "log", "log10", "sqrt", "sin", "cos", "tan", "arcsin", "arccos",
         "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "positive", "spacing", "sinc",
         "signbit", "isposinf", "isneginf"]

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def inputs(dtype):
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return np.array([True, True, False, False]), np.array([True, False, True, False])
    if dt.kind in "iu":
        info = np.iinfo(dt)
        a = [0, 1, 2, 3, 7, 100, -1, -7, -100, info.max, info.min, info.max - 1, 5, -5, 64, 9]
        b = [1, 2, 3, 0, -2, 7, 3, -3, 9, 2, -1, 1, 0, 2, 3, 65]
        m = int(info.max) - int(info.min) + 1  # wrap into range, as a cast would
        wrap = lambda xs: np.array([(x - int(info.min)) % m + int(info.min) for x in xs], dtype=dt)
        return wrap(a), wrap(b)
    special = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.75, 1e-3, -7.25, 100.0, 1e30, -1e-30, np.nan, np.inf, -np.inf, 0.9, 2.0, -0.5]
    other = [1.0, 2.0, -3.0, 0.0, -0.0, 0.5, -1.5, 4.0, 2.5, -0.3, 3.0, np.nan, 1.0, 2.0, -np.inf, np.inf, 0.75, -2.0]
    if dt.kind == "f":
        return np.array(special, dtype=dt), np.array(other, dtype=dt)
    re = np.array(special[:12])
    return (re + 1j * np.array(other[:12][::-1])).astype(dt), (np.array(other[:12]) + 0.5j).astype(dt)


MODERATE = {"sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh",
            "arctanh", "exp", "log", "log10", "sqrt", "power"}


def moderate(x):
    """Marks finite values off the imaginary axis with modulus below 100."""
    if x.dtype.kind == "c":
        return np.isfinite(x) & (np.abs(x) < 100) & (x.real != 0)
    return ~np.isfinite(x) | (np.abs(x) < 1e3)


LONG = {"exp": (-20, 20), "log": (0.01, 50), "log10": (0.01, 50), "log2": (0.01, 50), "exp2": (-20, 20),
        "expm1": (-2, 2), "log1p": (-0.9, 5), "sin": (-10, 10), "cos": (-10, 10), "tan": (-1.5, 1.5),
        "arcsin": (-0.99, 0.99), "arccos": (-0.99, 0.99), "arctan": (-20, 20), "sinh": (-5, 5),
        "cosh": (-5, 5), "tanh": (-5, 5), "arcsinh": (-20, 20), "arccosh": (1.01, 50),
        "arctanh": (-0.99, 0.99), "cbrt": (-30, 30)}


def main():
    cases = []
    warnings.simplefilter("ignore")
    with np.errstate(all="ignore"):
        for name in BINARY + UNARY:
            f = getattr(np, name)
            for dtype in DTYPES:
                a, b = inputs(dtype)
                if name == "power" and a.dtype.kind in "iu":
                    b = np.abs(b.astype(np.int64)).astype(a.dtype) % 5
                if name == "reciprocal" and a.dtype.kind in "iu":
                    a = np.where(a == 0, 1, a).astype(a.dtype)  # 1/0 is undefined in C; numgo gives 0
                if name in MODERATE and a.dtype.kind in "fc":
                    # Go's real math loses accuracy for huge arguments (sin of
                    # 1e300); the complex functions' extremes are gen_cmath.py's.
                    keep = moderate(a) & moderate(b)
                    a, b = a[keep], b[keep]
                args = (a, b) if name in BINARY else (a,)
                try:
                    out = f(*args)
                except TypeError:
                    continue
                if out.dtype != a.dtype and out.dtype != np.bool_ and name != "float_power":
                    continue  # a type promotion numgo spells differently (e.g. int / int -> float)
                cases.append({"ufunc": name, "args": [arr(x) for x in args], "out": arr(out)})
        # Runs long enough for the SIMD (SLEEF) kernels, with their tails.
        for name, (lo, hi) in LONG.items():
            for dtype in ["float32", "float64"]:
                a = np.linspace(lo, hi, 67).astype(dtype)
                cases.append({"ufunc": name, "args": [arr(a)], "out": arr(getattr(np, name)(a))})
        # Arguments next to 1 and -1, where a result that is a difference of
        # nearly equal numbers loses its digits (Go's Log2, Asin and Acos
        # did), in runs of 9 (Go's code under cgo too) and in one run of 45.
        near = np.array([1 - 10.0**-k for k in range(1, 16)] + [1 + 10.0**-k for k in range(1, 16)] +
                        [-1 + 10.0**-k for k in range(1, 16)])
        for name in ["log2", "log", "log10", "log1p", "arcsin", "arccos", "arctanh", "arccosh"]:
            for dtype in ["float32", "float64"]:
                a = near.astype(dtype)
                for run in [a[i:i + 9] for i in range(0, len(a), 9)] + [a]:
                    cases.append({"ufunc": name, "args": [arr(run)], "out": arr(getattr(np, name)(run))})
        # Binary runs long enough for the SIMD kernels (power, comparisons),
        # specials included, against a run and against a broadcast element.
        rng = np.random.default_rng(7)
        for dtype in ["float32", "float64"]:
            a, b = inputs(dtype)
            n = 301
            base = np.concatenate([a, rng.uniform(0.1, 10, n - len(a))]).astype(dtype)
            expo = np.concatenate([b, rng.uniform(-5, 5, n - len(b))]).astype(dtype)
            expo[len(b):len(b) + 40] = np.round(expo[len(b):len(b) + 40])  # integer exponents
            base[len(a):len(a) + 40] *= -1  # of negative bases
            cmp_b = base.copy()
            cmp_b[::3] = expo[::3]  # equal elements, NaNs and signed zeros among them
            for name, x, y in [("power", base, expo), ("equal", base, cmp_b), ("not_equal", base, cmp_b),
                               ("less", base, cmp_b), ("less_equal", base, cmp_b),
                               ("greater", base, cmp_b), ("greater_equal", base, cmp_b)]:
                f = getattr(np, name)
                cases.append({"ufunc": name, "args": [arr(x), arr(y)], "out": arr(f(x, y))})
                y1 = y[5:6]  # a broadcast element
                cases.append({"ufunc": name, "args": [arr(x), arr(y1)], "out": arr(f(x, y1))})
                cases.append({"ufunc": name, "args": [arr(y1), arr(x)], "out": arr(f(y1, x))})
    save(OUT, cases)
    print("wrote", len(cases), "cases to", OUT)
    rows = row_cases()
    save(ROWS, rows)
    print("wrote", len(rows), "cases to", ROWS)
    extra = extra_cases()
    save(EXTRA, extra)
    print("wrote", len(extra["cases"]), "cases to", EXTRA)


def float_specials(dtype):
    """24 values of a float dtype: zeros, ordinary numbers, the extremes,
    the smallest normal and subnormal numbers, NaN and the infinities."""
    fi = np.finfo(dtype)
    sub = fi.smallest_subnormal
    return np.array([0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.75, 1e-3, -7.25, 100.0, 1e30, 2.0, fi.max, -fi.max,
                     fi.tiny, -fi.tiny, sub, -sub, 3 * sub, fi.tiny * 0.75, fi.eps, np.nan, np.inf, -np.inf], dtype=dtype)


def int_specials(dtype):
    """18 values of an integer dtype: zero, small numbers of both signs,
    the extremes and their neighbours, 2**(bits-2); negative ones wrap
    around in the unsigned types, as a cast does."""
    info = np.iinfo(dtype)
    vals = [0, 1, -1, 2, 3, 4, 6, -6, 9, 12, 15, 100, -100, int(info.max), int(info.min), int(info.max) - 1,
            int(info.min) + 1, 2**(info.bits - 2)]
    m = int(info.max) - int(info.min) + 1
    return np.array([(x - int(info.min)) % m + int(info.min) for x in vals], dtype=dtype)


def extra_cases():
    """The second batch of ufuncs on special values: each binary one on
    every pair (a column against a row, broadcast), each unary one on a
    4×6 matrix; gcd and lcm on every pair of integers that matter (zero,
    the extremes, the most negative); float_power of integers and float32
    in float64; ldexp of every float against exponents up to beyond
    int32's range; and the errors numgo reports at run time."""
    rng = np.random.default_rng(11)
    cases = []

    def case(name, *args):
        out = getattr(np, name)(*args)
        outs = list(out) if isinstance(out, tuple) else [out]
        cases.append({"ufunc": name, "args": [arr(x) for x in args], "outs": [arr(o) for o in outs]})

    for dtype in ["float32", "float64"]:
        s = float_specials(dtype)
        for name in ["logaddexp", "logaddexp2", "heaviside", "nextafter", "float_power"]:
            case(name, s[:, None], s[None, :])
        for name in ["spacing", "sinc", "signbit", "isposinf", "isneginf", "positive", "frexp", "modf"]:
            case(name, s.reshape(4, 6))
        # logaddexp where neither argument dominates, against a broadcast row
        a, b = rng.uniform(-30, 30, (5, 7)).astype(dtype), rng.uniform(-30, 30, 7).astype(dtype)
        case("logaddexp", a, b)
        case("logaddexp2", a, b)
        case("sinc", np.linspace(-4, 4, 81).astype(dtype))
        case("sinc", rng.uniform(-1e3, 1e3, 40).astype(dtype))
        expo = np.array([0, 1, -1, 10, -10, 127, 128, -126, -149, -150, 1023, 1024, -1022, -1074, -1075, -1076,
                         2000, -2000, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40, -2**40, 2**62], dtype=np.int64)
        case("ldexp", s[:, None], expo[None, :])
        case("ldexp", np.array([1.5, 0.75, 1 + 2.0**-20, 0.5 + 2.0**-24 + 2.0**-30], dtype=dtype)[:, None],
             np.array([-1074, -1075, -1076, -149, -150, -151, -1060], dtype=np.int64))  # roundings to subnormals
        for ftype in ["complex64", "complex128"]:
            if np.dtype(ftype).itemsize == 2 * np.dtype(dtype).itemsize:
                z = (rng.uniform(-3, 3, 12) + 1j * rng.uniform(-3, 3, 12)).astype(ftype)
                z[:3] = [0, 1, 0.5j]
                case("sinc", z.reshape(3, 4))
    for dtype in ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]:
        v = int_specials(dtype)
        case("gcd", v[:, None], v[None, :])
        case("lcm", v[:, None], v[None, :])
        case("float_power", v[:, None], np.array([0, 1, 2, 3, 7], dtype=dtype)[None, :])
    for dtype in ["int8", "int64"]:
        case("float_power", np.array([-3, -1, 0, 2, 5], dtype=dtype)[:, None], np.array([-2, -1, 0, 3], dtype=dtype))
    errors = []
    for name, args in [("ldexp", (np.ones(3), np.arange(3, dtype=np.uint64))),
                       ("ldexp", (np.ones((2, 3)), np.arange(4))),
                       ("logaddexp", (np.ones((2, 3)), np.ones(4)))]:
        try:
            getattr(np, name)(*args)
        except (TypeError, ValueError) as e:
            errors.append({"ufunc": name, "args": [arr(x) for x in args], "error": str(e).strip()})
    return {"cases": cases, "errors": errors}


def row_cases():
    """Operands broadcast as rows or columns of a matrix, which numgo runs
    in flat runs against tiles: short rows of several dtypes on either
    side, rows of more than one axis, runs of several tiles (600×3, 400×3
    int8), rows too long to tile (3×600), a leading 1 (1, 3), a 0-d
    operand, columns (7×1, 600×1, of an outer sum, of a middle axis, too
    long to tile)."""
    rng = np.random.default_rng(5)

    def make(dt, shape):
        if dt == "bool":
            return rng.integers(0, 2, shape).astype(bool)
        if dt.startswith("int"):
            return rng.integers(-9, 10, shape).astype(dt)
        if dt.startswith("complex"):
            return (rng.normal(size=shape) + 1j * rng.normal(size=shape)).astype(dt)
        return rng.normal(size=shape).astype(dt)

    cases = []
    for name, dtype, sa, sb in [
            ("add", "float64", (7, 3), (3,)), ("subtract", "float64", (3,), (7, 3)),
            ("multiply", "float64", (2, 5, 3), (3,)), ("add", "float64", (2, 3, 4), (3, 4)),
            ("divide", "float64", (4, 5), (5,)), ("subtract", "float64", (600, 3), (3,)),
            ("subtract", "float64", (3,), (600, 3)), ("add", "float64", (1, 3), (5, 3)),
            ("add", "float64", (), (5, 3)), ("add", "float64", (40, 30), (30,)),
            ("subtract", "float64", (3, 600), (600,)), ("multiply", "float32", (1500,), (3, 1500)),
            ("add", "float32", (300, 2), (2,)), ("floor_divide", "int32", (6, 2), (2,)),
            ("add", "int8", (400, 3), (3,)), ("multiply", "complex128", (300, 2), (2,)),
            ("greater", "float64", (6, 3), (3,)), ("logical_and", "bool", (5, 2), (2,)),
            # columns: a norm per row, an outer sum, a middle axis
            ("divide", "float64", (7, 3), (7, 1)), ("divide", "float64", (600, 3), (600, 1)),
            ("subtract", "float64", (600, 1), (600, 3)), ("add", "float64", (4, 1), (5,)),
            ("multiply", "float64", (30, 1), (1, 40)), ("add", "float64", (2, 3, 4), (3, 1)),
            ("floor_divide", "int32", (5, 2), (5, 1)), ("add", "float64", (1, 7, 1), (7, 3)),
            ("divide", "float64", (10, 100), (10, 1)), ("less", "float32", (200, 3), (200, 1))]:
        a, b = make(dtype, sa), make(dtype, sb)
        cases.append({"ufunc": name, "args": [arr(a), arr(b)], "out": arr(getattr(np, name)(a, b))})
    return cases


if __name__ == "__main__":
    main()
