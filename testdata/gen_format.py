#!/usr/bin/python3
"""Golden data for ndarray's printing: str(a) with NumPy's default print options.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_format.py
Writes ndarray/testdata/format/cases.json: "cases", a list of
{name, dtype, shape, data | ramp, view, str, repr}: the test builds the array from
data (encoded as golden.arr does) or, for large arrays, from
ramp = {n, scale, offset} meaning (arange(n) * scale + offset).astype(dtype);
applies view = {transpose, steps, broadcast} (a.T, then a[::steps[0], ...],
then np.broadcast_to(a, broadcast), each if given) and compares String()
with str and Repr() with repr byte for byte; "verbs", arrays printed with
np.array2string(a, formatter={"all": lambda x: spec % x}) for Format.
"""
import math
import os

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "format", "cases.json")

np.set_printoptions()  # the defaults: precision 8, threshold 1000, edgeitems 3, linewidth 75
assert np.get_printoptions()["linewidth"] == 75

cases = []
nan, inf = math.nan, math.inf


def add(name, a, transpose=False, steps=None, ramp=None, broadcast=None):
    """Records str of a (after the view) with a's data or its ramp recipe."""
    base = np.asarray(a)
    v = base.T if transpose else base
    if steps:
        v = v[tuple(slice(None, None, s) for s in steps)]
    if broadcast:
        v = np.broadcast_to(v, broadcast)
    c = {"name": name, "view": {"transpose": transpose, "steps": steps or [], "broadcast": broadcast or []},
         "str": str(v), "repr": repr(v)}
    if ramp is not None:
        c.update({"dtype": str(base.dtype), "shape": list(base.shape), "ramp": ramp})
    else:
        c.update(arr(base))
    cases.append(c)


def add_ramp(name, n, scale, offset, dtype, shape, **kw):
    a = (np.arange(n, dtype=np.float64) * scale + offset).astype(dtype).reshape(shape)
    add(name, a, ramp={"n": n, "scale": scale, "offset": offset}, **kw)


rng = np.random.default_rng(20261125)

# integers and bools
add("int 2x3", np.arange(6).reshape(2, 3))
add("int negatives", np.array([-1, 0, 100, -12345]))
add("int8 extremes", np.array([-128, 127, 0, -1], dtype=np.int8))
add("int16", np.array([-32768, 5, 32767], dtype=np.int16))
add("int32", np.array([[-7, 12], [2147483647, -2147483648]], dtype=np.int32))
add("int64 extremes", np.array([-2**63, 2**63 - 1, 0]))
add("uint8", np.array([0, 7, 255], dtype=np.uint8))
add("uint16", np.array([[1, 65535], [300, 2]], dtype=np.uint16))
add("uint32", np.array([4294967295, 0, 12], dtype=np.uint32))
add("uint64 max", np.array([0, 2**64 - 1, 1], dtype=np.uint64))
add("int one", np.array([7]))
add("int 1x1", np.array([[7]]))
add("int column", np.arange(3).reshape(3, 1))
add("int row", np.arange(3).reshape(1, 3))
add("int 3d", np.arange(24).reshape(2, 3, 4))
add("int 4d", np.arange(48).reshape(2, 2, 3, 4) - 20)
add("int 3d ones", np.arange(4).reshape(1, 4, 1))
add("int wrap", np.arange(40) * 1000)
add("int wrap 2d", np.arange(0, 6000, 77).reshape(2, -1))
add("int wrap uneven", np.array([1, -22, 333, -4444, 55555] * 9))
add("bool", np.array([True, False, True]))
add("bool 2d", np.array([[True, False], [False, False]]))
add("bool all true", np.array([True, True]))
add("bool wrap", np.arange(30) % 3 == 0)

# floats
add("linspace", np.linspace(0, 1, 5))
add("tenths", np.array([0.1, 0.2, 0.3]))
add("tenths sum", np.array([0.1 + 0.2, 1.0]))
add("whole", np.array([1.0, 2.0, 3.0]))
add("halves negative", np.array([-1.5, 2.25, -0.125]))
add("thirds", np.array([1 / 3, 2 / 3]))
add("pi e", np.array([math.pi, -math.e, 100.0]))
add("round half even", np.array([1 / 512, 3 / 512, 0.5]))
add("round up carry", np.array([0.999999999, 1.5]))
add("exp small", np.array([1e-5, 1.0]))
add("exp 1e8", np.array([1e8]))
add("just below 1e8", np.array([99999999.0, 1.0e5]))
add("1e16", np.array([1e16]))
add("1e-4 boundary", np.array([1e-4]))
add("ratio 1000", np.array([1e-4, 0.1]))
add("ratio over 1000", np.array([1e-4, 0.1001]))
add("ratio ints", np.array([1.0, 1000.0]))
add("ratio ints over", np.array([1.0, 1000.5]))
add("zeros", np.zeros(3))
add("negative zero", np.array([-0.0, 0.0, 1.5]))
add("nan", np.array([nan]))
add("infs", np.array([inf, -inf]))
add("nan inf only", np.array([nan, inf]))
add("nan with value", np.array([nan, 1.5, -2.0]))
add("nan -inf exp", np.array([nan, -inf, 1e10]))
add("inf positional", np.array([inf, 0.5]))
add("huge tiny", np.array([1e300, 1e-300]))
add("subnormal", np.array([5e-324, 1.5e-323]))
add("max float", np.array([1.7976931348623157e308, -1.0]))
add("exp mixed", np.array([-1e-5, 3.5e12, 0.0]))
add("exp 1e23", np.array([1e23, 1.5e-5]))
add("exp precision cut", np.array([1.23456789012e-7, 2.0]))
add("exp round carry", np.array([9.9999999999e-5, 1.0]))
add("normal 4x5", rng.normal(size=(4, 5)))
add("uniform 1e6", rng.uniform(0, 1e6, size=7))
add("lognormal mixed", rng.lognormal(0, 4, size=(3, 4)))
add("money", np.array([123456.789, 0.001, 42.0]))
add("float wrap", np.arange(30) * 1.5)
add("float wrap 2d", rng.normal(size=(3, 20)))
add("float 3d", np.linspace(-1, 1, 24).reshape(2, 3, 4))
add("float 4d", (np.arange(16) / 8).reshape(2, 2, 2, 2))

# float32
add("f32 tenths", np.array([0.1, 0.2, 0.3], dtype=np.float32))
add("f32 1e-4", np.array([1e-4], dtype=np.float32))
add("f32 big int", np.array([16777217.0, 1e-3], dtype=np.float32))
add("f32 pi", np.array([math.pi, 1.0], dtype=np.float32))
add("f32 exp min digits", np.array([1e-5, 1.2345678e-5], dtype=np.float32))
add("f32 exp padded", np.array([0.1, 1.2345678e-5], dtype=np.float32))
add("f32 1e9", np.array([0.1, 1e9], dtype=np.float32))
add("f32 ratio", np.array([1.0, 1000.0001], dtype=np.float32))
add("f32 normal", rng.normal(size=(2, 6)).astype(np.float32))
add("f32 whole above 2**24", np.array([91908096, -60524104, 8195057.5, 36144008], dtype=np.float32))
add("f32 extremes", np.array([3.4028235e38, 1e-45, -1.1754944e-38], dtype=np.float32))

# random values of every magnitude, to compare digit generation broadly
for i in range(30):
    n = int(rng.integers(1, 12))
    if i % 3 == 0:
        a = rng.normal(size=n) * 10.0 ** rng.integers(-12, 12, size=n)
    elif i % 3 == 1:
        a = (rng.normal(size=n) * 10.0 ** rng.integers(-6, 9)).astype(np.float32)
    else:
        a = np.round(rng.normal(size=n) * 1000, int(rng.integers(0, 10)))
    add(f"random {i}", a)

# complex
add("complex", np.array([1 + 2j, 3 - 4j]))
add("complex zero", np.array([0j]))
add("complex mixed", np.array([1.5 - 0.5j, -2 + 1e-3j]))
add("complex nonfinite", np.array([complex(nan, 1), complex(1, inf), complex(-inf, nan)]))
add("complex neg imag inf", np.array([complex(1, -inf), 2j]))
add("complex exp", np.array([1e10 + 1j, 1e-5 + 1e5j]))
add("complex 2d", (np.arange(6) + 1j * np.arange(6)[::-1]).reshape(2, 3) / 4)
add("complex wrap", np.exp(1j * np.linspace(0, 3, 12)))
add("complex negative zero", np.array([complex(-0.0, -0.0), complex(0.0, 0.0)]))
add("complex64", np.array([0.1 + 0.2j, -1.5j], dtype=np.complex64))
add("complex64 exp", np.array([1e-6 + 1j, 3 + 0j], dtype=np.complex64))

# 0-d arrays print as their scalar
for name, v in [("0d int", np.array(5)), ("0d negative int", np.array(-5)),
                ("0d uint64 max", np.array(2**64 - 1, dtype=np.uint64)),
                ("0d int8", np.array(-128, dtype=np.int8)),
                ("0d true", np.array(True)), ("0d false", np.array(False)),
                ("0d one", np.array(1.0)), ("0d tenth", np.array(0.1)),
                ("0d tenths sum", np.array(0.1 + 0.2)), ("0d 1e20", np.array(1e20)),
                ("0d 1e16", np.array(1e16)), ("0d below 1e16", np.array(9.999e15)),
                ("0d 1e-4", np.array(1e-4)), ("0d below 1e-4", np.array(9.9e-5)),
                ("0d negative zero", np.array(-0.0)), ("0d nan", np.array(nan)),
                ("0d -inf", np.array(-inf)), ("0d tiny", np.array(1e-300)),
                ("0d big", np.array(123456789.0)),
                ("0d f32 tenth", np.array(0.1, dtype=np.float32)),
                ("0d f32 big", np.array(123456789.0, dtype=np.float32)),
                ("0d f32 1e-4", np.array(1e-4, dtype=np.float32)),
                ("0d complex", np.array(1 + 2j)), ("0d imaginary", np.array(-1j)),
                ("0d imaginary half", np.array(2.5j)),
                ("0d complex -0 real", np.array(complex(-0.0, 0))),
                ("0d complex -0 imag", np.array(complex(1.5, -0.0))),
                ("0d complex nan", np.array(complex(nan, 1))),
                ("0d complex infs", np.array(complex(inf, -inf))),
                ("0d complex exp", np.array(1e20 + 1e-5j)),
                ("0d complex nan imag", np.array(complex(0, nan))),
                ("0d complex nan imag real", np.array(complex(1, nan))),
                ("0d complex64", np.array(0.1 + 0.2j, dtype=np.complex64))]:
    add(name, v)

# empty arrays
add("empty", np.zeros(0))
add("empty 2x0", np.zeros((2, 0), dtype=np.int64))
add("empty 0x3", np.zeros((0, 3)))
add("empty 2x0x3", np.zeros((2, 0, 3), dtype=np.complex128))
add("empty bool", np.zeros(0, dtype=bool))

# summarised (more than 1000 elements)
add_ramp("summary 1001", 1001, 1, 0, "int64", [1001])
add_ramp("summary 2x1000", 2000, 1, 0, "int64", [2, 1000])
add_ramp("summary 100x100", 10000, 0.1, 0, "float64", [100, 100])
add_ramp("summary 4d", 2000, 1, -1000, "int64", [10, 10, 10, 2])
add_ramp("summary 1000x3", 3000, 1, 0, "int64", [1000, 3])
add_ramp("summary 2x3x200", 1200, 0.5, 0, "float64", [2, 3, 200])
add_ramp("summary bool", 1200, 1, 0, "bool", [1200])
add_ramp("summary float32", 1500, 0.001, -0.75, "float32", [1500])
add_ramp("summary complex", 1100, 0.25, 1, "complex128", [1100])
hidden = np.arange(2000, dtype=np.float64) / 8
hidden[1000] = 1e10  # not shown, so it must not switch the format to scientific
add("summary hides middle", hidden)

# non-contiguous views print like their values
add("transpose int", np.arange(12).reshape(3, 4), transpose=True)
add("transpose float 3d", np.linspace(0, 2, 24).reshape(2, 3, 4), transpose=True)
add("reverse float", np.array([0.5, 1.25, -3.0, 8.0]), steps=[-1])
add("reverse step 2d", np.arange(20).reshape(4, 5), steps=[-1, 2])
add("step complex", np.array([1j, 2, 3j, 4, 5j]), steps=[-2])
add_ramp("transpose summary", 2000, 1, 0, "int64", [40, 50], transpose=True)
add_ramp("reverse summary", 3000, 1, 0, "int64", [3000], steps=[-3])
add("broadcast row", np.array([0.5, -1.0, 2.0]), broadcast=[2, 3])
add("broadcast column", np.array([[1], [22]]), broadcast=[2, 2, 4])
add_ramp("broadcast summary", 20, 1, 0, "int64", [20], broadcast=[100, 20])

# Format's verbs: every element formatted with a printf verb, as NumPy's
# formatter option does; the values are chosen so that all words have one
# width, since NumPy does not pad formatter output.
verbs = []
for spec, a in [("%.2f", np.array([0.5, 0.25, 1.0])), ("%6.2f", np.array([[-12.345, 3.0], [0.125, 100.0]])),
                ("%.3e", np.array([1e-5, 12345.678, 0.5])), ("%5d", np.array([1, -20, 300, 4000])),
                ("%x", np.array([255, 16, 171], dtype=np.uint8)), ("%03d", np.arange(8).reshape(2, 2, 2)),
                ("%.1f", np.arange(50) * 1.5 + 10)]:
    verbs.append({"spec": spec, **arr(a), "str": np.array2string(a, formatter={"all": lambda x: spec % x})})

names = [c["name"] for c in cases]
assert len(names) == len(set(names)), "duplicate case names"
save(OUT, {"cases": cases, "verbs": verbs}, indent=1, newline=True)
print(f"{len(cases)} cases written to {OUT}")
