#!/usr/bin/python3
"""The table of ng_exp_d8 in internal/cgo/exp_avx512.h.

Prints 2^(j/16) for j = 0..15 as a high part (the nearest double) and a
low part (the nearest double to the rest), computed with 60 digits, as hex
floats in the order exp_avx512.h has them. Not part of the build or the
tests:

    /usr/bin/python3 internal/cgo/testdata/exp_table.py
"""
from decimal import Decimal, getcontext

getcontext().prec = 60
LN2 = Decimal(2).ln()
for part in ("high", "low"):
    values = []
    for j in range(16):
        t = (LN2 * j / 16).exp()
        hi = float(t)
        values.append(hi if part == "high" else float(t - Decimal(hi)))
    print(part + ":", ", ".join(v.hex() for v in values))
