#!/usr/bin/python3
"""Golden data for ndarray's reductions, statistics, arg-reductions and scans.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_reduce.py
Writes ndarray/testdata/reduce/cases.json: for each input array, function
and axis/keepdims/ddof combination, NumPy's result.
"""
import os
import warnings

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "reduce", "cases.json")

rng = np.random.default_rng(7)
base = rng.standard_normal((3, 4, 5)) * 10
nan = base.copy()
nan[0, 1, :] = np.nan
nan[2, :, 3] = np.nan
nan[1, 2, 2] = np.nan
allnan = base.copy()
allnan[:, 0, :] = np.nan  # every lane along axis 0 and 2 through row 0 is all-NaN
# Long rows reach the SIMD and multi-accumulator paths (runs of 16 and more);
# one row holds a NaN, one an infinity (which the Go fold's NaN check sees).
long = rng.standard_normal((3, 257)) * 100
long[1, 100] = np.nan
long[2, 200] = np.inf
inputs = {
    "f64": base,
    "f64long": long,
    "f32long": long.astype(np.float32),
    "f64nan": nan,
    "f32": (base / 3).astype(np.float32),
    "i64": rng.integers(-50, 50, (3, 4, 5)),
    "i8": rng.integers(-100, 100, (3, 4, 5)).astype(np.int8),
    "bool": rng.integers(0, 2, (3, 4, 5)).astype(bool),
    "c128": base + 1j * rng.standard_normal((3, 4, 5)),
    "f64ties": np.array([[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, -1.0, -1.0], [5.0, 5.0, 5.0, 5.0]]),
    "empty": np.zeros((3, 0, 2)),
    "u8": rng.integers(0, 256, (3, 4, 5)).astype(np.uint8),
    # Beyond 2**53 the float64 conversions round (positive: sums without
    # cancellation, so ulps compare whatever the order of the additions).
    "i64big": rng.integers(0, 2**62, (3, 4, 5)),
    "i64empty": np.zeros((3, 0, 2), dtype=np.int64),
    # Many ties and lanes long enough for the quantiles' selection rounds.
    "i64dup": rng.integers(0, 20, (3, 301)),
}
# Many rows reach the row-block kernels of reductions along outer axes
# (four rows at a time, then the rest; vectors, then a scalar tail).
tall = rng.uniform(1, 10, (11, 4, 70))  # positive: sums without cancellation, so ulps compare
tall[3, 1, 5] = np.nan
tall[10, 2, 69] = np.nan
tall[6, 0, 9] = tall[2, 0, 9] = 99.0  # ties for argmax
inputs["f64tall"] = tall
inputs["f32tall"] = tall.astype(np.float32)
# Complex statistics: var and std of complex input are real (|a - mean|²).
cnan = inputs["c128"].copy()
cnan[0, 1, :] = complex(np.nan, 1)
cnan[2, :, 3] = complex(1, np.nan)
cnan[1, 2, 2] = np.nan
cnan[1, 3, 4] = complex(np.inf, 2)
inputs["c128nan"] = cnan
inputs["f64allnan"] = allnan
inputs["c64"] = (rng.standard_normal((3, 4, 5)) + 1j * rng.standard_normal((3, 4, 5))).astype(np.complex64)
# Products of complex64 overflow in single precision, where Go's complex64
# product (computed in float64) would not, and meet infinities and NaNs.
c64big = np.array([1e20 + 1e20j, 1e20 - 1e20j, 3e19 + 0j, -2 + 5j, 1 + 1j, np.inf + 0j,
                   complex(np.nan, 1), 2 - 1j, -1e-30 + 1e-30j, 4 + 4j, 1e30 + 0j, -1j], dtype=np.complex64)
inputs["c64big"] = c64big.reshape(2, 3, 2)
AXES = [None, 0, 1, -1, (0, 2), (1, 2), ()]

FUNCS = {
    "sum": (np.sum, ["f64", "f32", "i64", "i8", "c128", "empty", "f64long", "f32long", "f64tall", "f32tall"], True),
    "prod": (np.prod, ["f64", "i64", "c128", "c64", "c64big", "empty"], True),
    "max": (np.max, ["f64", "f64nan", "f32", "i64", "bool", "f64long", "f32long", "f64tall", "f32tall"], True),
    "min": (np.min, ["f64", "f64nan", "i64", "bool", "f64long", "f32long", "f64tall", "f32tall"], True),
    "all": (np.all, ["f64", "i64", "bool", "empty"], True),
    "any": (np.any, ["f64", "i64", "bool", "empty"], True),
    "count_nonzero": (np.count_nonzero, ["i64", "bool", "f64ties"], True),
    "nansum": (np.nansum, ["f64nan", "f64", "c128"], True),
    "nanprod": (np.nanprod, ["f64nan", "c64big"], True),
    "nanmax": (np.nanmax, ["f64nan", "i64"], True),
    "nanmin": (np.nanmin, ["f64nan", "i64"], True),
    "ptp": (np.ptp, ["f64", "i64"], True),
    # Of integers NumPy's statistics are float64: numgo's ...Float64 forms.
    "mean": (np.mean, ["f64", "f32", "c128", "c64", "f64nan", "f64tall", "i64", "i8", "u8", "i64big", "i64empty"], True),
    "nanmean": (np.nanmean, ["f64nan", "f64", "i64"], True),
    "var": (np.var, ["f64", "f32", "f64nan", "f64tall", "f32tall", "f64long", "i64", "i8", "u8", "i64big", "c128",
                   "c128nan", "c64"], True),
    "std": (np.std, ["f64", "f64tall", "f64long", "i64", "u8", "c128", "c64"], True),
    "nanvar": (np.nanvar, ["f64nan", "f64tall", "c128nan", "c64"], True),
    "nanstd": (np.nanstd, ["f64nan", "c128nan"], True),
    "median": (np.median, ["f64", "f64nan", "f64ties", "f32", "f32long", "i64", "i8", "u8", "i64big", "i64dup",
                           "f64tall"], True),
    # Quantiles of float32 are float64 in NumPy 1.24. (Not int8: NumPy's
    # int8 differences wrap around; TestQuantileIntWrap covers them.)
    "quantile": (lambda a, axis=None, keepdims=False: np.quantile(a, 0.3, axis=axis, keepdims=keepdims),
                 ["f64", "f64ties", "f32", "f32long", "i64", "u8", "i64big", "i64dup", "f64tall"], True),
    "percentile": (lambda a, axis=None, keepdims=False: np.percentile(a, 90, axis=axis, keepdims=keepdims),
                   ["f64", "f32", "i64", "u8", "i64dup"], True),
    "nanmedian": (np.nanmedian, ["f64nan", "f64allnan", "f64", "f64tall", "empty"], True),
    "nanquantile": (lambda a, axis=None, keepdims=False: np.nanquantile(a, 0.3, axis=axis, keepdims=keepdims),
                    ["f64nan", "f64allnan", "f64tall", "i64", "empty"], True),
    "nanpercentile": (lambda a, axis=None, keepdims=False: np.nanpercentile(a, 90, axis=axis, keepdims=keepdims),
                      ["f64nan", "i64dup"], True),
    "quantiles": (lambda a, axis=None, keepdims=False: np.quantile(a, [0.0, 0.25, 0.5, 0.9, 1.0], axis=axis,
                                                                   keepdims=keepdims),
                  ["f64", "f64ties", "i64dup", "f64nan"], True),
    "percentiles": (lambda a, axis=None, keepdims=False: np.percentile(a, [12.5, 50, 99], axis=axis, keepdims=keepdims),
                    ["f32", "u8"], True),
    "nanquantiles": (lambda a, axis=None, keepdims=False: np.nanquantile(a, [0.3, 0.7], axis=axis, keepdims=keepdims),
                     ["f64nan", "f64allnan"], True),
    "nanpercentiles": (lambda a, axis=None, keepdims=False: np.nanpercentile(a, [1, 75], axis=axis, keepdims=keepdims),
                       ["f64nan"], True),
    # numgo's MeanFloat64, VarFloat64 and MedianFloat64 of float32 compute in float64.
    "mean_f64": (lambda a, **kw: np.mean(a, dtype=np.float64, **kw), ["f32", "f32long"], True),
    "var_f64": (lambda a, **kw: np.var(a.astype(np.float64), **kw), ["f32"], True),
    "median_f64": (lambda a, **kw: np.median(a.astype(np.float64), **kw), ["f32"], True),
    "argmax": (np.argmax, ["f64", "f64nan", "i64", "f64ties", "f64long", "f64tall"], False),
    "argmin": (np.argmin, ["f64", "f64nan", "i64", "f64ties", "f64long", "f64tall"], False),
    "nanargmax": (np.nanargmax, ["f64nan", "f64ties"], False),
    "nanargmin": (np.nanargmin, ["f64nan", "f64ties"], False),
    "cumsum": (np.cumsum, ["f64", "i64", "c128", "f64tall"], False),
    "cumprod": (np.cumprod, ["f64ties", "i8", "f64long", "c64", "c64big"], False),
    "nancumsum": (np.nancumsum, ["f64nan", "f64tall"], False),
}


SCANS = {"cumsum", "cumprod", "nancumsum"}


def main():
    warnings.simplefilter("ignore")
    cases = []
    for fname, (f, names, multi_axis) in FUNCS.items():
        for name in names:
            a = inputs[name]
            for axis in AXES:
                if not multi_axis and (isinstance(axis, tuple)):
                    continue
                if axis is not None and not isinstance(axis, tuple) and axis >= a.ndim and axis >= 0:
                    continue
                for keep in [False, True]:
                    if fname in SCANS and keep:
                        continue
                    kwargs = {"axis": axis}
                    if not fname in SCANS:
                        kwargs["keepdims"] = keep
                    if (fname.startswith(("median", "quantile", "percentile", "nanmedian", "nanquantile",
                                          "nanpercentile")) and axis == ()):
                        continue
                    ddofs = [0, 1] if fname in ("var", "std", "nanvar", "nanstd", "var_f64") else [None]
                    for ddof in ddofs:
                        kw = dict(kwargs)
                        if ddof is not None:
                            kw["ddof"] = ddof
                        try:
                            with np.errstate(all="ignore"):
                                out = f(a, **kw)
                        except ValueError as e:
                            cases.append({"func": fname, "input": name, "axis": axis, "keepdims": keep, "ddof": ddof or 0,
                                          "error": str(e)})
                            continue
                        cases.append({"func": fname, "input": name, "axis": axis, "keepdims": keep, "ddof": ddof or 0,
                                      "out": arr(np.asarray(out))})
    doc = {"inputs": {k: arr(v) for k, v in inputs.items()}, "cases": cases}
    save(OUT, doc)
    print("wrote", len(cases), "cases to", OUT)


if __name__ == "__main__":
    main()
