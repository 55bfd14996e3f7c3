#!/usr/bin/python3
"""Golden .npy and .npz files for ndarray's Load, LoadNpz and Save.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_npy.py
Writes into ndarray/testdata/npy/:
  - <dtype>_<C|F>_<le|be>.npy: every dtype numgo has, in C and Fortran order,
    little- and big-endian (one-byte dtypes have no byte order: "le" only);
  - versions, 0-d, empty and 3-d Fortran arrays; format 2.0 and 3.0 headers;
  - files whose dtype numgo lacks (object, float16, str, datetime64, structured);
  - stored.npz (np.savez) and compressed.npz (np.savez_compressed);
  - cases.json: for each file, the dtype, the descr in the header, the shape
    and the values in C order, so the Go test needs no Python.
"""
import os

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "npy")

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def values(dtype):
    """Six values of dtype, its edge cases included."""
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return np.array([True, False, True, True, False, False])
    if dt.kind in "iu":
        info = np.iinfo(dt)
        return np.array([info.min, info.max, 0, 1, info.max - 1, 42], dtype=dt)
    if dt.kind == "f":
        info = np.finfo(dt)
        return np.array([-0.0, 1.5, np.nan, -np.inf, info.max, info.tiny], dtype=dt)
    ft = np.empty(0, dtype=dt).real.dtype
    re = np.array([1.0, -0.0, np.nan, np.inf, -2.5, 3.0], dtype=ft)
    im = np.array([2.0, -1.0, 1.0, -np.inf, 0.0, np.nan], dtype=ft)
    c = np.empty(6, dtype=dt)
    c.real, c.imag = re, im
    return c


def record(cases, name, a, **extra):
    """Saves a as name and records what the Go test must find in it."""
    path = os.path.join(OUT, name)
    if "version" in extra:
        with open(path, "wb") as f:
            np.lib.format.write_array(f, a, version=tuple(extra["version"]))
    else:
        np.save(path, a)
    case = {"file": name, "descr": a.dtype.str, "fortran": bool(a.flags.f_contiguous and not a.flags.c_contiguous)}
    case.update(extra)
    case.update(arr(a.astype(a.dtype.newbyteorder("="))))
    cases.append(case)


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = []
    for dtype in DTYPES:
        base = values(dtype).reshape(2, 3)
        for endian in ["le", "be"]:
            if endian == "be" and base.dtype.itemsize == 1:
                continue
            a = base.astype(base.dtype.newbyteorder("<" if endian == "le" else ">"))
            record(cases, "%s_C_%s.npy" % (dtype, endian), a)
            record(cases, "%s_F_%s.npy" % (dtype, endian), np.asfortranarray(a))
    a = np.arange(6, dtype=np.float64).reshape(2, 3)
    record(cases, "version2.npy", a, version=[2, 0])
    record(cases, "version3.npy", a, version=[3, 0])
    record(cases, "scalar_float64.npy", np.array(3.25))
    record(cases, "scalar_int32_be.npy", np.array(-7, dtype=">i4"))
    record(cases, "empty_float64.npy", np.zeros(0))
    record(cases, "empty_int16_3d.npy", np.zeros((2, 0, 3), dtype=np.int16))
    record(cases, "empty_F.npy", np.asfortranarray(np.zeros((3, 0, 2), dtype=np.complex64)))
    record(cases, "float32_F_3d.npy", np.asfortranarray(np.arange(24, dtype=np.float32).reshape(2, 3, 4)))
    record(cases, "float64_F_3d_be.npy", np.asfortranarray(np.arange(24, dtype=">f8").reshape(4, 3, 2) / 8))

    unsupported = []
    for name, a in [("object.npy", np.array([1, "a", None], dtype=object)),
                    ("float16.npy", np.arange(3, dtype=np.float16)),
                    ("str.npy", np.array(["ab", "c"])),
                    ("datetime64.npy", np.array(["2026-01-01"], dtype="datetime64[D]")),
                    ("structured.npy", np.zeros(2, dtype=[("x", "<f8"), ("y", "<i4")]))]:
        np.save(os.path.join(OUT, name), a, allow_pickle=True)
        unsupported.append({"file": name, "descr": np.lib.format.dtype_to_descr(a.dtype)
                            if a.dtype.names is None else "structured dtype"})

    members = {
        "x": np.arange(12, dtype=np.float64).reshape(3, 4) / 4,
        "y": np.asfortranarray(np.arange(6, dtype=">i4").reshape(2, 3)),
        "flags": np.array([True, False, True]),
        "scalar": np.array(1 - 2j, dtype=np.complex128),
        "empty": np.zeros((0, 2), dtype=np.uint16),
    }
    np.savez(os.path.join(OUT, "stored.npz"), **members)
    np.savez_compressed(os.path.join(OUT, "compressed.npz"), **members)
    npz = {k: dict(arr(v.astype(v.dtype.newbyteorder("="))), descr=v.dtype.str) for k, v in members.items()}

    doc = {"cases": cases, "unsupported": unsupported, "npz": npz, "npz_files": ["stored.npz", "compressed.npz"]}
    save(os.path.join(OUT, "cases.json"), doc, indent=0, newline=True)
    print(len(cases), "cases,", len(unsupported), "unsupported,", len(npz), "npz members")


main()
