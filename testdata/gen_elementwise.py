#!/usr/bin/python3
"""Golden data for Where, Clip, Round, complex parts and broadcasting.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_elementwise.py
Writes ndarray/testdata/elementwise/cases.json.
"""
import json
import os

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "elementwise", "cases.json")

x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.14159, -7.777, np.nan, 123.456, 1e-3, -0.0])
z = x[:6] + 1j * x[6:]
cond = np.array([True, False, True, True, False, False])
a = np.arange(6.0).reshape(2, 3)
b = np.array([10.0, 20.0, 30.0])
big = np.array([1.5, 0.25, 1e-300, 1.7976931348623157e308, 123.456, -7.777e-20, 5e-324, 2.5e-25])
cases = {
    "x": arr(x),
    "z": arr(z),
    "round": {str(d): arr(np.round(x, d)) for d in [0, 1, 2, -1, -2]},
    # float32: 10**d stops fitting float32 from d = 39, and NumPy then
    # scales in float64.
    "round32": {str(d): arr(np.round(x.astype(np.float32), d)) for d in [0, 2, 38, 39, 40, -38, -39, -40, -45]},
    # float64 beyond 1e22: NumPy's 10**d is a product of tens, not the
    # float64 nearest it.
    "xbig": arr(big),
    "roundbig": {str(d): arr(np.round(big, d)) for d in [22, 23, 25, 39, 100, 300, 308, -23, -25, -40, -300, -308]},
    "clip": arr(np.clip(x, -1.0, 2.0)),
    "real": arr(z.real), "imag": arr(z.imag), "angle": arr(np.angle(z)), "abs": arr(np.abs(z)),
    "angle_deg": arr(np.angle(z, deg=True)), "angle_deg64": arr(np.angle(z.astype(np.complex64), deg=True)),
    "where": {"cond": arr(cond.reshape(2, 3)), "a": arr(a), "b": arr(b),
              "out": arr(np.where(cond.reshape(2, 3), a, b))},
    # Broadcasting of shapes (3,1,4) and (2,1): result (3,2,4).
    "bcast": {"a": arr(np.arange(12.0).reshape(3, 1, 4)), "b": arr(np.array([[100.0], [200.0]])),
              "add": arr(np.arange(12.0).reshape(3, 1, 4) + np.array([[100.0], [200.0]]))},
}
save(OUT, cases)
print("wrote", OUT)
