#!/usr/bin/python3
"""Checks with NumPy the .npy and .npz files that numgo wrote.

Run after `go test ./ndarray -run TestWriteGolden -update-npy`, with Debian's
python3 (python3-numpy): /usr/bin/python3 testdata/check_npy_from_numgo.py
For each file listed in ndarray/testdata/npy/from_numgo/manifest.json, the
array numgo saved is the array of a golden file NumPy wrote, after a view
(".T", "[::-1, 1:]"). NumPy must load it with the same dtype, shape and
values, bit for bit, and the bytes must be those np.save writes for the same
array in C order and native byte order. Exits non-zero on any mismatch.
"""
import io
import json
import os
import sys
import zipfile

import numpy as np

DIR = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "npy")
OUT = os.path.join(DIR, "from_numgo")


def expected(entry):
    """The array numgo was asked to write, computed by NumPy."""
    src = np.load(os.path.join(DIR, entry["source"]))
    a = np.asarray(eval("src" + entry["view"], {"src": src}))
    return np.array(a, dtype=a.dtype.newbyteorder("="), order="C")  # keeps 0-d, unlike ascontiguousarray


def npy_bytes(a):
    buf = io.BytesIO()
    np.save(buf, a)
    return buf.getvalue()


def check(name, got_bytes, want):
    """Returns a list of problems with the .npy bytes numgo wrote."""
    problems = []
    got = np.load(io.BytesIO(got_bytes))
    if got.dtype != want.dtype or got.shape != want.shape:
        problems.append("%s: NumPy loads %s %s, want %s %s" % (name, got.dtype, got.shape, want.dtype, want.shape))
    elif got.tobytes() != want.tobytes():
        problems.append("%s: values %r, want %r" % (name, got, want))
    if got_bytes != npy_bytes(want):
        problems.append("%s: bytes differ from np.save's" % name)
    return problems


def main():
    with open(os.path.join(OUT, "manifest.json")) as f:
        manifest = json.load(f)
    problems, n = [], 0
    for entry in manifest["npy"]:
        with open(os.path.join(OUT, entry["name"]), "rb") as f:
            problems += check(entry["name"], f.read(), expected(entry))
        n += 1
    for z in manifest["npz"]:
        path = os.path.join(OUT, z["file"])
        names = [m["name"] for m in z["members"]]
        with np.load(path) as npz:
            if list(npz.files) != names:
                problems.append("%s: members %s, want %s" % (z["file"], npz.files, names))
            for m in z["members"]:
                if not np.array_equal(npz[m["name"]], expected(m), equal_nan=True):
                    problems.append("%s[%s]: np.load gives %r" % (z["file"], m["name"], npz[m["name"]]))
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                method = zipfile.ZIP_DEFLATED if z["compressed"] else zipfile.ZIP_STORED
                if info.compress_type != method:
                    problems.append("%s: %s has compression %d" % (z["file"], info.filename, info.compress_type))
            for m in z["members"]:
                problems += check(z["file"] + ":" + m["name"], zf.read(m["name"] + ".npy"), expected(m))
                n += 1
    for p in problems:
        print(p)
    print("%d arrays checked, %d problems (NumPy %s)" % (n, len(problems), np.__version__))
    sys.exit(1 if problems else 0)


main()
