#!/usr/bin/python3
"""Golden data for the complex transcendental ufuncs at every kind of argument.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_cmath.py
Writes ndarray/testdata/cmath/cases.json: for complex64 and complex128, a grid
of special and extreme parts (signed zeros, subnormals, 1e-300..1e300, the
largest finite value, infinities, NaN, values next to 1 and to the branch
points) crossed with each other, plus random moderate points, and NumPy's
result of every complex unary ufunc on them; their products and quotients
in pairs; and complex powers of a grid of bases to integer, real and complex
exponents. NumPy computes these with the
C library's C99 (Annex G) functions (glibc) and its own npy_cpow.
Encoding as in golden.py.
"""
import os
import warnings

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "cmath", "cases.json")

UNARY = ["exp", "log", "log10", "log2", "log1p", "expm1", "exp2", "sqrt", "sin", "cos", "tan", "sinh",
         "cosh", "tanh", "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh", "reciprocal",
         "absolute", "sign", "square"]


def parts(dtype):
    """The magnitudes of the grid for one dtype, each with both signs."""
    fi = np.finfo(dtype)
    tiny = float(np.nextafter(dtype(0), dtype(1)))
    eps = float(fi.eps)
    mags = [0.0, tiny, float(fi.tiny) / 4, float(fi.tiny), 1e-30 if dtype == np.float32 else 1e-300,
            1e-20 if dtype == np.float32 else 1e-160, 1e-9, 1e-4, 0.5, 1 - eps / 2, 1.0, 1 + eps, 1.5, 2.0, 3.0,
            20.0, 88.0, 400.0, 709.5, 1e8, 1e17, 1e30 if dtype == np.float32 else 1e200,
            1e38 if dtype == np.float32 else 1e300, float(fi.max), np.inf]
    vals = []
    for m in mags:
        vals += [m, -m]
    return np.array(vals + [np.nan], dtype=dtype)


def cplx(ctype, re, im):
    """Builds complex numbers from their parts (re + 1j*im would turn an
    infinite im into a NaN real part, as 1j*inf is nan+infj)."""
    z = np.empty(np.shape(re), dtype=ctype)
    z.real, z.imag = re, im
    return z


def unary_inputs(ctype, ftype, rng):
    p = parts(ftype)
    re, im = np.meshgrid(p, p, indexing="ij")
    grid = cplx(ctype, re.ravel(), im.ravel())
    # Random moderate points, and some with parts over many decades.
    n = 400
    mod = rng.uniform(-4, 4, n) + 1j * rng.uniform(-4, 4, n)
    lo, hi = (-30, 30) if ftype == np.float32 else (-200, 200)
    sign = rng.choice([-1, 1], size=(2, n))
    wide = sign[0] * 10.0 ** rng.uniform(lo, hi, n) + 1j * sign[1] * 10.0 ** rng.uniform(lo, hi, n)
    # Points near the unit circle and the branch points +-1, +-1j.
    t = rng.uniform(-np.pi, np.pi, n // 4)
    circle = np.exp(1j * t) * (1 + rng.uniform(-1e-6, 1e-6, n // 4))
    return np.concatenate([grid, mod.astype(ctype), wide.astype(ctype), circle.astype(ctype)])


def pow_inputs(ctype, rng):
    bases = [0, -0.0, 1, -1, 1j, 1 + 1j, -2 + 0.5j, 0.5 - 3j, 1e-3 + 2e-3j, 1e3 - 7j, np.inf, complex(np.inf, 1),
             complex(np.nan, 0), complex(0, -0.0), 2, 1e-200 if ctype == np.complex128 else 1e-20]
    expos = [0, complex(0, -0.0), 1, 2, 3, 4, 5, -1, -2, -3, 7, 99, -99, 100, -100, 0.5, -0.5, 2.5, 1j, -1j,
             1 + 1j, 2 - 0.5j, complex(2, -0.0), 1e-3, np.nan, np.inf]
    a, b = np.meshgrid(np.array(bases, dtype=ctype), np.array(expos, dtype=ctype), indexing="ij")
    n = 300
    ra = (rng.uniform(-3, 3, n) + 1j * rng.uniform(-3, 3, n)).astype(ctype)
    rb = (rng.uniform(-4, 4, n) + 1j * rng.uniform(-2, 2, n)).astype(ctype)
    rb[:100] = np.round(rb[:100].real)
    return np.concatenate([a.ravel(), ra]), np.concatenate([b.ravel(), rb])


def binary_inputs(z, rng):
    """Pairs of the unary arguments: each with two shuffles of the others, so
    that special parts meet special parts and moderate ones."""
    a = np.concatenate([z, z])
    b = np.concatenate([rng.permutation(z), rng.permutation(z)])
    return a, b


def main():
    warnings.simplefilter("ignore")
    rng = np.random.default_rng(25)
    cases = {}
    with np.errstate(all="ignore"):
        for ctype, ftype in [(np.complex64, np.float32), (np.complex128, np.float64)]:
            name = np.dtype(ctype).name
            z = unary_inputs(ctype, ftype, rng)
            a, b = pow_inputs(ctype, rng)
            x, y = binary_inputs(z, rng)
            cases[name] = {"in": arr(z), "unary": {u: arr(getattr(np, u)(z)) for u in UNARY},
                           "power": {"a": arr(a), "b": arr(b), "out": arr(np.power(a, b))},
                           "binary": {f: {"a": arr(x), "b": arr(y), "out": arr(getattr(np, f)(x, y))}
                                      for f in ("multiply", "divide")}}
    save(OUT, cases, separators=(",", ":"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
