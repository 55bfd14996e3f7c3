#!/usr/bin/python3
"""Golden data for NumPy's broadcasting rule: random shapes and what NumPy
makes of them.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_broadcast.py
Writes ndarray/testdata/broadcast/cases.json: for pairs of shapes, the shape
of np.add's result or its error message; for triples, the result of
np.broadcast_shapes or that it failed. Writes ndarray/testdata/broadcast/out.json:
np.add and np.negative into random out= shapes (out_cases).
"""
import os

import numpy as np

from golden import save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "broadcast", "cases.json")
OUT_TO = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "broadcast", "out.json")

rng = np.random.default_rng(11)


def shape():
    nd = int(rng.integers(0, 5))
    # Mostly 1s and one repeated extent, so that many shapes broadcast.
    return [int(rng.choice([0, 1, 1, 2, 3, 3])) for _ in range(nd)]


def main():
    cases = []
    for i in range(600):
        shapes = [shape() for _ in range(2 if i < 400 else 3)]
        case = {"shapes": shapes}
        try:
            if len(shapes) == 2:
                out = np.add(np.zeros(shapes[0]), np.zeros(shapes[1])).shape
            else:
                out = np.broadcast_shapes(*[tuple(s) for s in shapes])
            case["out"] = list(out)
        except ValueError as e:
            case["error"] = str(e).strip()
        cases.append(case)
    save(OUT, cases)
    save(OUT_TO, out_cases())


def out_cases():
    """Random destinations for np.add(a, b, out=), np.negative(a, out=) and
    np.divmod(a, b, out=(q, r)), which broadcast the inputs to out's shape:
    the result (divmod's two, one after the other) or NumPy's error. a
    holds 1, 2, ..., b 10, 20, ..."""
    cases = []
    for i in range(400):
        shapes = [shape() for _ in range(1 if 150 <= i < 300 else 2)]
        try:  # half the time, out is the inputs' broadcast shape with axes in front
            fits = [int(rng.choice([1, 2, 3]))] * int(rng.integers(0, 3)) + list(np.broadcast_shapes(*map(tuple, shapes)))
        except ValueError:
            fits = shape()
        ins = [np.arange(1, np.prod(s, dtype=int) + 1, dtype=float).reshape(s) * 10**k for k, s in enumerate(shapes)]
        shapes.append(fits if i % 2 == 0 else shape())
        if i < 300:
            op, outs = ("add", [np.zeros(shapes[-1])]) if i < 150 else ("negative", [np.zeros(shapes[-1])])
        else:  # divmod: mostly both destinations of one shape
            shapes.append(shapes[-1] if i % 3 else shape())
            op, outs = "divmod", [np.zeros(shapes[-2]), np.zeros(shapes[-1])]
        case = {"op": op, "shapes": shapes}
        try:
            getattr(np, op)(*ins, out=tuple(outs))
            case["out"] = [v for o in outs for v in o.ravel().tolist()]
        except ValueError as e:
            case["error"] = str(e).strip()
        cases.append(case)
    return cases
    print("wrote", len(cases), "cases to", OUT)


if __name__ == "__main__":
    main()
