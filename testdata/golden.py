"""Shared encoding and writing of the golden data that the gen_*.py scripts write.

Floats that JSON cannot hold are written as the strings "nan", "inf",
"-inf"; complex numbers as [re, im]; integers exactly.
"""
import json
import math
import os

import numpy as np


def enc(x):
    """Encodes one scalar for JSON."""
    if isinstance(x, (complex, np.complexfloating)):
        return [enc(float(x.real)), enc(float(x.imag))]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def arr(a):
    """Encodes an array as {dtype, shape, data in C order}."""
    a = np.asarray(a)
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": [enc(v) for v in a.ravel(order="C").tolist()]}


def save(path, doc, newline=False, **dump_options):
    """Writes doc as JSON to path, creating its directory; dump_options go to
    json.dump, and newline ends the file with one."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        json.dump(doc, f, **dump_options)
        if newline:
            f.write("\n")


# The views a case may take of its first input: as is, transposed, last
# axis reversed.
VIEWS = {"c": lambda a: a, "t": lambda a: a.T, "rev": lambda a: a[..., ::-1]}


def outcome(c, op, call, kind=None, loose=False, outs=False):
    """Records in the case c what call() gives, and returns c: NumPy's
    result as "out" (a list or tuple of results, or any result if outs, as
    "outs"), or the exception it raises as "error", its message ("" if
    loose: a Python internal one, of which numgo checks the kind only), and
    "kind", the numgo error it maps to, which an erring case must name."""
    try:
        r = call()
    except Exception as e:  # noqa: BLE001 - recording NumPy's exceptions is the point
        assert kind, f"{op}: unexpected {type(e).__name__}: {e}"
        c["error"], c["kind"] = "" if loose else str(e).strip(), kind
    else:
        assert not kind, f"{op}: expected an error"
        if outs or isinstance(r, (list, tuple)):
            c["outs"] = [arr(x) for x in (r if isinstance(r, (list, tuple)) else [r])]
        else:
            c["out"] = arr(r)
    return c
