#!/usr/bin/python3
"""Golden data for ndarray's multidimensional histograms, HistogramDD and Histogram2d.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_histdd.py
Writes ndarray/testdata/histdd/cases.json: a list of cases, each naming the
NumPy function ("op": histogramdd or histogram2d), its arrays by name ("in":
"sample", or "x" and "y"; "weights"; bin edges), how the points are viewed
("view": for a sample "c" as is, "t" a transposed (D, N) array, "rev" its
columns reversed; for x, y and the weights "rev", reversed 1-d arrays), the
Go options (what NumPy's bins and range are built from: "bins" is Bins(n),
"bins_each" BinsEach(...), "edges_all" BinEdges(in["edges"]), "edges_each"
BinEdgesEach of the named inputs, null for nil; "range" Range(lo, hi),
"range_each" RangeEach(...)), "density", and either NumPy's results
("outs": the histogram, then the edges of each dimension) or the exception
it raised ("error", "kind").
"""
import os
import warnings

import numpy as np

from golden import VIEWS, arr, enc, outcome, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "histdd", "cases.json")

cases = []


def np_bins(kw, ins, d):
    """NumPy's bins argument for the Go options kw over d dimensions."""
    if "edges_each" in kw:
        fallback = kw.get("bins_each")
        return [ins[name] if name is not None else
                (fallback[i] if fallback is not None else (ins["edges"] if kw.get("edges_all") else kw.get("bins", 10)))
                for i, name in enumerate(kw["edges_each"])]
    if "bins_each" in kw:
        return list(kw["bins_each"])
    if kw.get("edges_all"):
        # histogramdd takes an array as one count per dimension, so
        # BinEdges is [edges]*d; histogram2d takes edges (of 3 or more)
        # for both dimensions.
        return [ins["edges"]] * d
    return kw.get("bins", 10)


def np_range(kw, d):
    """NumPy's range argument for the Go options kw over d dimensions."""
    if "range_each" in kw:
        return [tuple(r) for r in kw["range_each"]]
    if "range" in kw:
        return [tuple(kw["range"])] * d
    return None


def encoded(kw):
    """kw for JSON: the ranges' infinities and NaNs as golden.enc's strings."""
    kw = dict(kw)
    if "range" in kw:
        kw["range"] = [enc(v) for v in kw["range"]]
    if "range_each" in kw:
        kw["range_each"] = [[enc(v) for v in r] for r in kw["range_each"]]
    return kw


def case_dd(sample, view="c", weights=None, kind=None, loose=False, ins=None, **kw):
    """Records np.histogramdd of sample, stored so that VIEWS[view] of the
    stored array is sample, with weights and the Go options kw."""
    sample = np.asarray(sample)
    stored = sample
    if view == "t":
        stored = np.ascontiguousarray(sample.T)
    elif view == "rev":
        stored = np.ascontiguousarray(sample[..., ::-1])
    ins = dict(ins or {})
    c = {"op": "histogramdd", "in": {"sample": arr(stored)}, "view": view}
    if weights is not None:
        c["in"]["weights"] = arr(weights)
    c["in"].update({k: arr(v) for k, v in ins.items()})
    c.update(encoded(kw))
    d = sample.shape[1] if sample.ndim == 2 else 1

    def call():
        s = VIEWS[view](stored)
        h, e = np.histogramdd(s, np_bins(kw, ins, d), np_range(kw, d), kw.get("density", False), weights)
        return [h] + list(e)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cases.append(outcome(c, "histogramdd", call, kind, loose, outs=True))


def case_2d(x, y, view="c", weights=None, kind=None, loose=False, ins=None, **kw):
    """Records np.histogram2d of x and y (reversed views of stored arrays
    for view "rev", the weights too) with the Go options kw."""
    x, y = np.asarray(x), np.asarray(y)
    rev = (lambda a: a[::-1]) if view == "rev" else (lambda a: a)
    ins = dict(ins or {})
    c = {"op": "histogram2d", "in": {"x": arr(rev(x)), "y": arr(rev(y))}, "view": view}
    if weights is not None:
        c["in"]["weights"] = arr(rev(np.asarray(weights)))
    c["in"].update({k: arr(v) for k, v in ins.items()})
    c.update(encoded(kw))

    def call():
        bins = np_bins(kw, ins, 2)
        if kw.get("edges_all"):
            bins = ins["edges"]
        h, xe, ye = np.histogram2d(x, y, bins, np_range(kw, 2), kw.get("density", False), weights)
        return [h, xe, ye]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cases.append(outcome(c, "histogram2d", call, kind, loose, outs=True))


rng = np.random.default_rng(20261129)

# Points with values on the edges of the default and chosen bins: the
# extremes, the midpoints, and repeats.
f2 = np.array([[0.0, 1.0], [1.0, 0.5], [0.5, -1.0], [0.25, 2.0], [0.75, 0.0], [1.0, 2.0],
               [-0.5, 0.25], [0.3, 1.5], [0.0, -1.0], [2.0, 1.0], [-0.5, -0.375], [1.25, 0.5]])
f3 = np.column_stack([f2, np.array([3.0, -2.0, 0.0, 1.0, 1.0, 2.5, -2.0, 0.5, 3.0, 0.0, 1.5, -1.0])])
i2 = np.array([[0, 5], [3, -2], [9, 1], [9, 5], [4, 4], [-3, 0], [6, -2], [0, 3], [2, 2], [-3, 5]])
w12 = np.array([0.5, 1.25, -0.75, 2.0, 0.1, 3.0, 1.0, 0.3, -0.2, 0.7, 1.5, 0.05])
w10 = w12[:10]

samples = {
    "float64": (f2, f3),
    "float32": ((f2 * 1.1).astype(np.float32), (f3 * 0.7).astype(np.float32)),
    "int64": (i2, np.column_stack([i2, i2[:, 0] * i2[:, 1]])),
    "int32": (i2.astype(np.int32), None),
    "int16": ((i2 * 1000).astype(np.int16), None),
    "int8": (np.array([[127, -128], [0, 5], [-128, 127], [3, 3], [100, -1]], np.int8), None),
    "uint8": (np.array([[255, 0], [7, 9], [0, 255], [128, 128], [4, 4]], np.uint8), None),
    "uint16": ((np.abs(i2) * 7).astype(np.uint16), None),
    "uint32": ((np.abs(i2) * 100000).astype(np.uint32), None),
    "uint64": (np.array([[2**64 - 1, 0], [2**63, 5], [0, 2**63 + 2**11], [2**40, 7]], np.uint64), None),
}

for name, (s2, s3) in samples.items():
    ws = {5: w12[:5], 4: w12[:4], 10: w10, 12: w12}[len(s2)]
    lo0, hi0 = float(s2[:, 0].min()), float(s2[:, 0].max())
    for view in ["c", "t", "rev"]:
        case_dd(s2, view)
        case_dd(s2, view, bins=3)
        case_dd(s2, view, bins_each=[2, 5])
        case_dd(s2, view, weights=ws, bins_each=[4, 3])
        case_dd(s2, view, weights=ws, bins=3, density=True)
        case_dd(s2, view, bins=4, density=True)
    # Ranges: the data's own (edges on the extremes), a part of it and a
    # wider one; per dimension.
    case_dd(s2, bins=4, range=[lo0, hi0])
    case_dd(s2, bins=2, range=[lo0 + (hi0 - lo0) / 4, hi0 - (hi0 - lo0) / 4])
    case_dd(s2, bins_each=[3, 2], range_each=[[lo0, (lo0 + hi0) / 2], [-1e3, 3e3]])
    case_dd(s2, weights=ws, bins_each=[3, 2], range_each=[[lo0, hi0], [lo0, lo0]], density=True)
    # Explicit edges, through the points, with repeated edges.
    e0 = np.unique(np.concatenate([s2[:, 0].astype(np.float64)[::2], [lo0 - 1]]))
    e1 = np.array([float(s2[:, 1].min()), float(s2[:, 1].min()), float(np.median(s2[:, 1])), float(s2[:, 1].max())])
    case_dd(s2, ins={"e0": e0, "e1": e1}, edges_each=["e0", "e1"])
    case_dd(s2, "t", weights=ws, ins={"e0": e0, "e1": e1}, edges_each=["e0", "e1"])
    case_dd(s2, "rev", ins={"e0": e0, "e1": e1}, edges_each=["e0", "e1"], density=True)
    case_dd(s2, ins={"e1": e1}, edges_each=[None, "e1"], bins=3, range=[lo0, hi0])
    case_dd(s2, ins={"e0": e0}, edges_each=["e0", None], bins_each=[1, 2])
    case_dd(s2, ins={"edges": e0}, edges_all=True)
    # One column, one point, equal values (bins of width 1 around them).
    case_dd(s2[:, 0], bins=4)
    case_dd(s2[0, 0], bins=3)
    case_dd(s2[:1], bins=2)
    case_dd(np.repeat(s2[:1], 3, axis=0), bins=3, density=True)
    case_dd(np.zeros((0, 2), s2.dtype), bins=3)
    if s3 is not None:
        w = w12[:len(s3)]
        for view in ["c", "t", "rev"]:
            case_dd(s3, view, bins=(2, 3, 4)[0])
            case_dd(s3, view, weights=w, bins_each=[2, 3, 4])
            case_dd(s3, view, weights=w, bins_each=[3, 1, 2], density=True)

# float64 specials: NaN and infinities are dropped where the range is given;
# the automatic range refuses them.
sp = np.array([[0.5, np.nan], [np.inf, 0.25], [-np.inf, 0.75], [0.1, 0.9], [np.nan, np.nan], [1.0, 0.0], [-0.0, 1.0]])
case_dd(sp, bins=2, range=[0.0, 1.0])
case_dd(sp, weights=np.arange(7.0), bins=2, range=[0.0, 1.0], density=True)
case_dd(sp, ins={"e0": np.array([-np.inf, 0.0, np.inf]), "e1": np.array([0.0, 0.5, 1.0])}, edges_each=["e0", "e1"])
case_dd(sp, ins={"e0": np.array([0.0, 1.0, np.nan]), "e1": np.array([0.0, np.nan, np.nan])}, edges_each=["e0", "e1"])
case_dd(sp[:, 1:], bins=2, kind="value")
case_dd(sp[1:4], bins=2, kind="value")
case_dd(sp[1:4], bins=2, range_each=[[0.0, 1.0], [0.0, 1.0]], weights=np.array([1.0, np.nan, 2.0]))
# Integers beyond float64's precision: float64 edges all equal, and the
# points on the last one.
big = np.array([[2**60], [2**60 + 1], [2**60 + 3]], np.int64)
case_dd(big, bins=3)
case_dd(np.array([[2**62, -2**62], [-2**63, 2**63 - 1]], np.int64), bins=2)
# Empty samples: the default range [0, 1]; density 0/0; weights unused.
case_dd(np.zeros((0, 2)))
case_dd(np.zeros((0, 3)), bins_each=[1, 2, 3], range_each=[[-1, 1], [0, 5], [2, 2]])
case_dd(np.zeros((0, 2)), bins=2, density=True)
case_dd(np.zeros((0, 2)), weights=np.ones(3), bins=2)
case_dd(np.zeros(0, np.int64), bins=2)
case_dd(f2, ins={"e0": np.array([1.0]), "e1": np.array([0.0, 1.0])}, edges_each=["e0", "e1"])
# A point on the last of repeated edges goes into the last, empty-width, bin.
case_dd(np.array([[1.0, 2.0]]), ins={"e0": np.array([0.0, 1.0, 1.0]), "e1": np.array([2.0, 2.0])},
        edges_each=["e0", "e1"])
# Larger, random.
r = rng.normal(size=(400, 3))
case_dd(r, bins_each=[7, 5, 3])
case_dd(r, "t", weights=rng.uniform(-1, 2, 400), bins=6, range=[-2.0, 2.0], density=True)

# Errors.
case_dd(f2, bins_each=[2, 2, 2], kind="value")
case_dd(f2, ins={"e0": np.array([0.0, 1.0])}, edges_each=["e0"], kind="value")
case_dd(f2, bins=2, range_each=[[0.0, 1.0]], kind="value")
case_dd(f2, bins=0, kind="value")
case_dd(f2, bins_each=[3, -1], kind="value")
case_dd(f2, ins={"e0": np.array([0.0, 1.0]), "e1": np.array([0.0, 2.0, 1.0])}, edges_each=["e0", "e1"], kind="value")
case_dd(f2, ins={"e0": np.ones((2, 2))}, edges_each=["e0", None], kind="value")
case_dd(f2, bins=2, range=[1.0, 0.0], kind="value")
case_dd(f2, bins=2, range_each=[[0.0, 1.0], [0.0, np.inf]], kind="value")
case_dd(f2, bins=2, range_each=[[np.nan, 1.0], [0.0, 1.0]], kind="value")
# A dimension with edges ignores its range.
case_dd(f2, ins={"e0": np.array([0.0, 1.0])}, edges_each=["e0", None], range_each=[[1.0, 0.0], [0.0, 1.0]], bins=2)
case_dd(f2, ins={"e0": np.zeros(0)}, edges_each=["e0", None], kind="index")
case_dd(np.zeros((3, 0)), kind="value")
case_dd(np.zeros((0, 0)), kind="value")
case_dd(np.zeros((2, 2, 2)), kind="value", loose=True)
case_dd(np.zeros((3, 4)), bins=2**16, kind="value")
case_dd(f2, weights=w12[:5], bins=2, kind="shape")
case_dd(f2, weights=np.ones((12, 1)), bins=2, kind="value")

# histogram2d
x, y = f2[:, 0], f2[:, 1]
xe, ye = np.array([-1.0, 0.0, 0.5, 1.0, 2.0]), np.array([-1.0, 0.0, 1.0, 1.5, 2.5])
for view in ["c", "rev"]:
    case_2d(x, y, view)
    case_2d(x, y, view, bins=3)
    case_2d(x, y, view, bins_each=[2, 4])
    case_2d(x, y, view, ins={"edges": xe}, edges_all=True)
    case_2d(x, y, view, ins={"xe": xe, "ye": ye}, edges_each=["xe", "ye"])
    case_2d(x, y, view, ins={"ye": ye}, edges_each=[None, "ye"], bins=3)
    case_2d(x, y, view, ins={"xe": xe}, edges_each=["xe", None], bins_each=[1, 4])
    case_2d(x, y, view, weights=w12, bins=3, range_each=[[0.0, 1.0], [-1.0, 2.0]])
    case_2d(x, y, view, weights=w12, bins_each=[2, 3], density=True)
    case_2d(x, y, view, bins=4, range=[0.0, 1.0], density=True)
for name in ["int64", "uint8", "float32"]:
    s2 = samples[name][0]
    case_2d(s2[:, 0], s2[:, 1], bins=3)
    case_2d(s2[:, 0], s2[:, 1], "rev", weights=w12[:len(s2)], bins_each=[2, 3], density=True)
case_2d(np.zeros(0), np.zeros(0), bins=2)
case_2d(np.zeros(0), np.zeros(0), bins=2, density=True)
case_2d(x, y[:5], kind="value")
case_2d(x, y, bins=2, range_each=[[0.0, 1.0]], kind="value")
case_2d(np.array([0.0, np.nan]), np.array([1.0, 2.0]), bins=2, kind="value")
case_2d(x, y, bins_each=[2, 0], kind="value")
case_2d(x, y, weights=w12[:3], bins=2, kind="shape")

# Found by the audit: NumPy 1.24 tests a float32 point against the last
# edge in float32 (value-based casting of the float64 scalar edge), so 3.0
# is on the last edge 2.9999999999999996 and counted in the last bin, and
# 2.5 on 2.5000000001 is moved down a bin; the edge 1e39 lies beyond
# float32 and is compared in float64.
p32 = np.array([[0.0, 3.0], [0.5, 2.5], [1.0, 1.0]], dtype=np.float32)
e32 = np.array([0.0, 2.0, 2.9999999999999996])
case_dd(p32, ins={"e": e32, "f": np.array([0.0, 1.0, 2.5000000001])}, edges_each=["e", "f"])
case_dd(p32, ins={"e": e32}, edges_each=["e", "e"], density=True)
case_dd(p32[:, 1], ins={"e": np.array([1.0, 3.0000000000000004, 1e39])}, edges_each=["e"])
case_2d(p32[:, 0], p32[:, 1], ins={"edges": e32}, edges_all=True)

save(OUT, cases)
print(len(cases), "cases")
