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
    """Random destinations for np.add(a, b, out=) and np.negative(a, out=),
    which broadcast the inputs to out's shape: the result or NumPy's error.
    a holds 1, 2, ..., b 10, 20, ..."""
    cases = []
    for i in range(300):
        shapes = [shape() for _ in range(2 if i < 150 else 1)]
        try:  # half the time, out is the inputs' broadcast shape with axes in front
            fits = [int(rng.choice([1, 2, 3]))] * int(rng.integers(0, 3)) + list(np.broadcast_shapes(*map(tuple, shapes)))
        except ValueError:
            fits = shape()
        shapes.append(fits if i % 2 == 0 else shape())
        ins = [np.arange(1, np.prod(s, dtype=int) + 1, dtype=float).reshape(s) * 10**k for k, s in enumerate(shapes[:-1])]
        out = np.zeros(shapes[-1])
        case = {"shapes": shapes}
        try:
            (np.add if len(ins) == 2 else np.negative)(*ins, out=out)
            case["out"] = out.ravel().tolist()
        except ValueError as e:
            case["error"] = str(e).strip()
        cases.append(case)
    return cases
    print("wrote", len(cases), "cases to", OUT)


if __name__ == "__main__":
    main()
