#!/usr/bin/python3
"""Golden data for ndarray's SaveTxt and LoadTxt (savetxt.go, loadtxt.go):
numpy.savetxt and numpy.loadtxt of NumPy 1.24.

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_txt.py
Writes ndarray/testdata/txt/cases.json with two lists:

"save": an array ("in", contiguous, with the view to take of it: "c", "t"
transposed, "rev" last axis reversed), savetxt's options (those not given
keep NumPy's defaults; "fmt" is a string or a list), and either the text
np.savetxt wrote ("out") or the exception it raised ("error", "kind":
"shape" or "value" for a numgo panic, "data" for an error numgo returns).

"load": a text ("text", written to a file that np.loadtxt reads by name,
so "\r" ends lines as in any file opened in text mode), the dtype, the
loadtxt options, and either the array read ("out") or the exception
("error", "kind": "format" for an error numgo returns, "value" for a numgo
panic). Where NumPy reads an integer out of the dtype's range through its
deprecated float fallback and returns a wrapped or undefined value, the
case records NumPy's value as "numpy" and "deviation": numgo returns an
error instead.
"""
import io
import os
import tempfile
import warnings

import numpy as np

from golden import VIEWS, arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "ndarray", "testdata", "txt", "cases.json")

rng = np.random.default_rng(7)
save_cases = []
load_cases = []


def add_save(a, view="c", kind=None, **opts):
    a = np.asarray(a)
    c = {"in": arr(a), "view": view, **opts}
    x = VIEWS[view](a)
    b = io.BytesIO()
    try:
        np.savetxt(b, x, **opts)
    except Exception as e:  # noqa: BLE001 - recording NumPy's exceptions is the point
        assert kind, f"savetxt {opts}: unexpected {type(e).__name__}: {e}"
        c["error"], c["kind"] = str(e), kind
    else:
        assert not kind, f"savetxt {opts}: expected an error"
        c["out"] = b.getvalue().decode("latin1")
    save_cases.append(c)


FLOATS = np.array([[0.0, -0.0, 1.5, -2.25], [np.pi, -np.e, 1e-300, 1.7976931348623157e308],
                   [np.nan, np.inf, -np.inf, 5e-324], [123456789.0, 0.0001, 1e16, 0.5]])
RANDOM = rng.standard_normal((5, 3)) * 10.0 ** rng.integers(-8, 9, (5, 3))
INTS = np.array([[0, 1, -1, 127], [-128, 255, 1000000, -99999]])

# Every float conversion, with flags, widths and precisions, on awkward values.
FLOAT_FMTS = ["%.18e", "%e", "%E", "%f", "%F", "%g", "%G", "%.3f", "%10.4e", "%-12.5E|", "%+g", "%#g",
              "%.0f", "%#.0f", "%#.0e", "% 08.2f", "%012.3e", "%.10g", "%.17g", "%.0g", "%#.1g", "%+.3G",
              "%-+10.2f|", "%.25f", "%5.1e", "%d", "%i", "%05d", "%+d", "%.3d", "%ld"]
for f in FLOAT_FMTS:
    add_save(np.where(np.isfinite(FLOATS), FLOATS, 1.0) if f[-1] in "di" else FLOATS, fmt=f)
    add_save(RANDOM, fmt=f)
for f in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%X", "%#x", "%#X", "%o", "%#o",
          "%08.3d", "%e", "%.3f", "%g", "%.18e", "%hd"]:
    add_save(INTS, fmt=f)
for dt in ["float32", "float64", "int64", "int32", "int8", "uint8", "uint64", "bool", "complex64", "complex128"]:
    if dt == "bool":
        a = np.array([[True, False, True], [False, False, True]])
    elif dt.startswith("complex"):
        a = np.array([[1 + 2j, -1.5 - 0.25j, complex(0.0, -0.0)], [complex(np.nan, np.inf), 1e-20 - 3e20j, -0.0]],
                     dtype=dt)
    elif dt.startswith("float"):
        a = np.array([[0.1, -1e-7, 3e38], [np.nan, -np.inf, 16777217.0]], dtype=dt)
    else:
        info = np.iinfo(dt)
        a = np.array([[info.min, info.max, 0], [1, info.max // 3, info.min // 7]], dtype=dt)
    nonfinite = "data" if not np.isfinite(a).all() else None
    for view in ["c", "t", "rev"]:
        add_save(a, view)
    add_save(a, fmt="%.3e", delimiter=",")
    add_save(a[0], fmt="%g")  # 1-d: a column
    if dt.startswith("complex"):
        add_save(a, fmt="%.2f %+.2fj, %.2f %+.2fj, %.2f %+.2fj")
        add_save(a, fmt=["%.1f%+.1fj", "(%g,%g)", "%e|%e"], delimiter=";")
        add_save(a, fmt="%d", kind=nonfinite)
    else:
        add_save(a, fmt="%d", kind=nonfinite)
        add_save(a, fmt=["%d", "%.2f", "%g"], delimiter="\t", kind=nonfinite)
        add_save(a, fmt="a=%s b=%s c=%s".replace("%s", "%.3g"), delimiter="ignored")

for f in ["%x", "%#o", "%e", "%5.2f", "%+d"]:
    add_save(np.array([True, False]), fmt=f)  # bool formats as the int 0 or 1, as in Python

# Delimiters, newlines, headers, footers, comments.
small = np.array([[1.5, -2.0], [3.25, 4e10]])
add_save(small, fmt="%g", delimiter=", ", newline="\r\n", header="x, y\nsecond line", footer="end", comments="// ")
add_save(small, fmt="%g", header="h", comments="")
add_save(small, fmt="%g", header="\n", footer="a\n\nb")
add_save(small, fmt="%g", newline=";", delimiter="")
add_save(small, fmt="%.3f%%", delimiter=" ", kind="value")
add_save(small, fmt="%5.1f%%  %5.1f%%", kind="value")
add_save(np.zeros((0, 3)), header="empty", footer="f")
add_save(np.zeros((3, 0)))
add_save(np.zeros((0,)))
add_save(np.arange(12.0).reshape(3, 4)[:, ::2].copy(), view="t", fmt="%g")

# NumPy's errors.
add_save(np.float64(1.0), kind="shape")
add_save(np.zeros((2, 2, 2)), kind="shape")
add_save(small, fmt=["%d"], kind="value")
add_save(small, fmt="%d %d %d", kind="value")
add_save(small, fmt="%.1f%%", kind="value")
add_save(np.zeros((1, 2), complex), fmt="%f %f %f", kind="value")
add_save(small, fmt="%x", kind="value")
add_save(np.array([[1.0, np.nan]]), fmt="%d", kind="data")
add_save(np.array([[1.0, np.inf]]), fmt="%d", kind="data")


def add_load(text, dtype="float64", kind=None, deviation=False, **opts):
    c = {"text": text, "dtype": dtype, **{k: (list(v) if isinstance(v, tuple) else v) for k, v in opts.items()}}
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
        f.write(text.encode("utf-8"))
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            r = np.loadtxt(f.name, dtype=dtype, encoding="utf-8", **opts)
    except Exception as e:  # noqa: BLE001
        assert kind, f"loadtxt {text!r} {dtype} {opts}: unexpected {type(e).__name__}: {e}"
        c["error"], c["kind"] = str(e), kind
    else:
        if deviation:
            assert any(issubclass(x.category, DeprecationWarning) for x in w), text
            c["numpy"], c["deviation"] = arr(r), True
            c["kind"] = "format"
        else:
            assert not kind, f"loadtxt {text!r} {dtype} {opts}: expected an error"
            c["out"] = arr(r)
    finally:
        os.unlink(f.name)
    load_cases.append(c)


# Layouts and shapes, ndmin.
for text in ["1 2 3\n4 5 6\n", "1 2 3\n", "1\n2\n3\n", "7\n", "", "\n\n# only a comment\n", " \t \n"]:
    for ndmin in [0, 1, 2]:
        add_load(text, ndmin=ndmin)
add_load("1 2\n3 4\n", ndmin=1)
add_load("", usecols=(0, 1))
add_load("", usecols=(0,))
add_load("1 2\n3 4", usecols=())
add_load("1 2\n", usecols=())

# Whitespace, delimiters, line ends, comments.
add_load("  1\t2 \x0b3\x0c4  \n\n5 6 7 8\r\n9\xa010\x1c11 12\r13 14 15 16")
add_load("1,2,3\n4, 5 ,6\n# c\n\n7,8,9 # tail\n", delimiter=",")
add_load("1;2\r\n3;4\r\n", delimiter=";")
add_load("1 2\n3 4\n", delimiter=" ")
add_load("1\t2\n3\t4\n", delimiter="\t")
add_load("1|2\n3|4\n", delimiter="|", dtype="int64")
add_load("1\u20222\n3\u20224\n", delimiter="\u2022")
add_load("1 2 // c\n3 4 % x\n% all\n", comments=["//", "%"])
add_load("1 2 #x\n", comments=["%"], kind="format")
add_load("1 2 #x\n", comments=None, kind="format")
add_load("1 2 !x\n3 4\n", comments="!")
add_load("1 2 abc\n3 4\n", comments=["bc", "ab"], kind="format")
add_load("1 2 ab 3\n", comments=["ab", "b"])
add_load("1,2\n  #c\n", delimiter=",", kind="format")
add_load("1,2\n#c\n,\n", delimiter=",", kind="format")
add_load("1;2;\n", delimiter=";", kind="format")
add_load("1  2\n", delimiter=" ", kind="format")
add_load(" 1, x \n", delimiter=",", kind="format")
add_load("1,a\tb\n", delimiter=",", kind="format")
add_load("1,a'b\n", delimiter=",", kind="format")
add_load("1,\u00e9\xa0\n", delimiter=",", kind="format")

# skiprows, usecols, max_rows.
body = "# header\n\na b c\n1 2 3\n4 5 6\n\n# x\n7 8 9\n10 11 12\n"
for skip in [0, 3, 4, 100]:
    add_load(body, skiprows=skip, kind="format" if skip < 3 else None)
for cols in [(0,), (2, 0), (-1,), (-3, -1, 0, 0), (1,)]:
    add_load(body, skiprows=3, usecols=cols)
for rows in [0, 1, 2, 3, 10]:
    add_load(body, skiprows=3, max_rows=rows)
    add_load(body, skiprows=3, max_rows=rows, usecols=(1,), ndmin=2)
add_load("1 2 3\n4 5\n6\n", usecols=(0,))
add_load("1 2 3\n4 5\n6\n", usecols=(-1,))
add_load("1 2 3\n4 5\n6\n", usecols=(1,), kind="format")
add_load("1 2 3\n4 5\n6\n", usecols=(-3,), kind="format")
add_load("1 2 x\n", usecols=(0, 2), kind="format")
add_load("1 2 x\n", usecols=(-1,), kind="format")
add_load("1 2 3\n4 5 6\n7 8\n", kind="format")
add_load("1 2\n3 4 5\n", kind="format")
add_load("1 2\n3 4 5\n", max_rows=1)
add_load("1 2\n3 x\n1 2 3", max_rows=1)
add_load("#h\n\n1 2\n3 x\n", kind="format")

# Values of each dtype.
FLOAT_TEXT = ("0 -0 1.5 -2.25 .5 5. -.5e1 1e308 1e309 -1e400 1e-400 5e-324 2.4703282292062327e-324 "
              "3.4028235677973366e38 16777217 0.1 1E5 +7 inf -Inf INF infinity -INFINITY nan -nan NaN +nan")
for dt in ["float64", "float32"]:
    add_load(FLOAT_TEXT + "\n", dtype=dt)
    add_load(" ".join(repr(float(x)) for x in rng.standard_normal(20) * 10.0 ** rng.integers(-30, 30, 20)), dtype=dt)
    for bad in ["x", "1_000", "0x10", "0x1p3", "1d3", "1e", "e5", ".", "-", "1..2", "1e+", "nan(1)", "inff", "1 e3",
                "1.5f", "\u0663"]:
        add_load("1," + bad + "\n", dtype=dt, delimiter=",", kind="format")
INT_OK = {
    "int64": "0 -0 +5 007 9223372036854775807 -9223372036854775808",
    "int32": "2147483647 -2147483648 12",
    "int8": "127 -128 0",
    "uint8": "0 255 +3",
    "uint64": "18446744073709551615 0 +1",
}
for dt, text in INT_OK.items():
    add_load(text + "\n", dtype=dt)
    add_load(text.replace(" ", ",") + "\n", dtype=dt, delimiter=",")
    for bad in ["x", "1_000", "0x10", "", "1e", "- 1", "1 2"]:
        add_load("1," + bad + "\n", dtype=dt, delimiter=",", kind="format")
    add_load("1.0 1.5 -1.9 1e2 -0.5\n" if dt[0] == "i" else "1.0 1.5 1.9 1e2 -0.5\n", dtype=dt)  # deprecated float path
# Out of range: NumPy 1.24 wraps or returns undefined values; numgo errs.
for dt, text in [("uint8", "300"), ("uint8", "-1"), ("uint8", "256"), ("int8", "200"), ("int32", "3000000000"),
                 ("int64", "9223372036854775808"), ("int64", "1e19"), ("uint64", "-1"), ("uint64", "18446744073709551616"),
                 ("int64", "nan"), ("int64", "inf"), ("uint8", "1e3")]:
    add_load(text + "\n", dtype=dt, deviation=True)
add_load("-9223372036854775809\n", dtype="int64")  # the float fallback, in range
add_load("1e19\n", dtype="uint64")
add_load("1 0 -1 +0 256 9223372036854775807 -0\n", dtype="bool")
for bad in ["True", "1.0", "1e0", "18446744073709551615", "x"]:
    add_load("1 " + bad + "\n", dtype="bool", kind="format")
COMPLEX_OK = ["1+2j", "3", "4j", "(5-6j)", "-1-1j", "1e3+1e-3j", "inf+nanj", "nanj", "-0j", "(3)", "1e3j", "1-infj",
              "1+-2j", "(1+2j) ", " (1+2j)", "(1+2j ) ", "(\t1+2j)", "1.j", "1+.5j", "-infj", "(-nan-nanj)",
              "infinity-infinityj", "+1.5E+3-2.5E-3j"]
COMPLEX_BAD = ["1 + 2j", "1+2J", "j", "1+j", "+j", "1+2jx", "(1+2j", "1+2j)", "()", "(1)+2j", "1--2j", "1+ 2j",
               "1 +2j", "+1-+2j", "(1+2j)j", "1j+2", "1+2", "1e", ".j", "( 1 + 2j)", "(1 +2j)", "x", ""]
for dt in ["complex128", "complex64"]:
    add_load(",".join(COMPLEX_OK) + "\n", dtype=dt, delimiter=",")
    add_load("1+2j 3 4j (5-6j)\n7 8j -9-9j (1e40+1e-50j)\n", dtype=dt)
    for bad in COMPLEX_BAD:
        add_load("1," + bad + "\n", dtype=dt, delimiter=",", kind="format")

# Option errors: numgo panics.
add_load("1 2\n", comments="", kind="value")
add_load("1,2\n", delimiter=",", comments=",", kind="value")
add_load("1,2\n", delimiter=",,", kind="value")
add_load("1,2\n", delimiter="\n", kind="value")
add_load("1 2\n", ndmin=3, kind="value")
add_load("1 2\n", skiprows=-1, kind="value")
add_load("1 2\n", max_rows=-1, kind="value")

save(OUT, {"save": save_cases, "load": load_cases}, separators=(",", ":"))
print(f"{len(save_cases)} save cases, {len(load_cases)} load cases")
