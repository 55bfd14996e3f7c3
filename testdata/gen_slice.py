#!/usr/bin/python3
"""Golden data for ndarray's basic slicing (Array.Slice).

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_slice.py
Writes ndarray/testdata/slice/cases.json: for each base shape and spec, the
result of np.arange(size).reshape(shape)[spec] (shape and values), or the
exception NumPy raised and its message.
"""
import os

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "slice", "cases.json")

SPECS = {
    (10,): [
        "", ":", "::", "3", "-1", "-10", "10", "-11", "2:7", "2:7:2", "::2", "::3", "::-1", "::-3",
        "-3:", ":-3", "1:-1", "-1:1", "-1:1:-1", "8:2:-2", "5::-1", ":5:-1", "100:", ":100", "-100:",
        ":-100", "-100:100", "100:-100:-1", "3:3", "7:3", "3:7:-1", "0:10:20", "9:0:-20",
        ":99999999999999999999", "-99999999999999999999:", "::-99999999999999999999",
        "None", "newaxis", "None, :", ":, None", "None, 3", "3, None", "...", "..., 2", "2, ...",
        "..., None", "None, ..., None", "1:2", "1,", " 1 : 8 : 3 ", "None:None:None", "None:4",
        "::0", "1, 2", "..., ...", "0:2, None, 1",
    ],
    (4, 5): [
        "1", "-1", "1, 2", "-1, -1", "4", "1, 5", "1, -6", ":, 1", ":, -1", "..., 1", "1, ...",
        "::-1", "::-1, ::-1", ":, ::-2", "1:3, 1:4", "1:3, ::2", "::2, ::2", "-2:, :-2",
        "None, :, None", ":, None, :", "..., None", "None, ...", "2, None, 1:", "1:1", ":, 5:",
        "3:0:-1, 4:0:-2", "0, 0, 0", "..., 1, 2", "1, ..., 2", "1, 2, ...", ":, :, None",
        "10:, 1", "::-1, 2", "0:4:3, 0:5:4", "-100:100, -100:100", "1, ::0",
    ],
    (2, 3, 4): [
        "1", "1, 2", "1, 2, 3", "-1, -1, -1", "...", "..., 1", "1, ...", "1, ..., 2", "..., 1, 2",
        ":, 1", ":, :, 1", ":, ::-1", "::-1, ::-1, ::-1", "None, ..., None", "0, None, 1:, None, ::2",
        ":, 1:2, :", "1:, 3:, 5:", "..., ::-3", "0:1, 0:1, 0:1", ":, None, :, None, :", "2", "0, 3",
        "0, 0, 4", "0, 0, 0, 0", "..., 1, 1, 1", "1, -4", "::2, ::2, ::2", "-1:, ..., :-1",
    ],
    (0, 3): [
        ":", "0", ":, 0", ":, 2", ":, 3", "::-1", "1:", "..., None", "None", ":, ::-1", ":, 1:", "-1",
        ":, -1", "5:, 1:2",
    ],
    (): ["", "...", "None", "0", ":", "None, ...", "..., None"],
}


def main():
    cases = []
    for shape, specs in SPECS.items():
        a = np.arange(int(np.prod(shape))).reshape(shape)
        for spec in specs:
            case = {"shape": list(shape), "spec": spec}
            try:
                r = eval("a[" + (spec if spec.strip() else "()") + "]", {"a": a, "newaxis": np.newaxis})
                case["out"] = arr(r)
            except (IndexError, ValueError) as e:
                case["error"] = type(e).__name__
                case["msg"] = str(e)
            cases.append(case)
    save(OUT, {"cases": cases}, indent=0, newline=True)
    print(len(cases), "cases")


main()
