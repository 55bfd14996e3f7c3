#!/usr/bin/python3
"""NumPy side of numgo's benchmark: runs the cases of bench/cases.json on NumPy.

It prints one JSON object per line: with --info first the environment
({"info": {...}}: NumPy and OpenBLAS versions, BLAS threads, malloc settings,
np.show_config()), then one {"name", "times", "number", "result_bytes"} per
case, where times holds the seconds per call of each of --count repeats of
`number` calls (timeit's method: warm-up call, autorange to --min-time,
garbage collector off while timing). The Go driver (bench/cmd/benchcmp) takes
the medians. Run with Debian's /usr/bin/python3 and python3-numpy, which use the
same OpenBLAS as numgo's cgo build.

    /usr/bin/python3 bench/numpy_bench.py --info --group elementwise --quick
"""

import argparse
import contextlib
import ctypes
import gc
import io
import json
import os
import platform
import sys
import time

import numpy as np

SEED = 20260101


def load_cases(path):
    with open(path) as f:
        doc = json.load(f)
    order = {g: i for i, g in enumerate(doc["groups"])}
    return sorted(doc["cases"], key=lambda c: order[c["group"]]), doc["groups"]


def openblas_info():
    """Finds the OpenBLAS that NumPy loaded and asks it for its config and threads."""
    path = None
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split()
            if len(fields) >= 6 and "openblas" in fields[-1] and ".so" in fields[-1]:
                path = fields[-1]
                if "libopenblas" in path:
                    break
    info = {"library": path}
    if path is None:
        return info
    try:
        lib = ctypes.CDLL(path)
        lib.openblas_get_config.restype = ctypes.c_char_p
        info["config"] = lib.openblas_get_config().decode()
        info["threads"] = lib.openblas_get_num_threads()
    except (OSError, AttributeError) as err:
        info["error"] = str(err)
    return info


def simd_info():
    """The SIMD extensions NumPy's dispatched loops (exp, log, sin, ...) run on this CPU."""
    try:
        from numpy.core import _multiarray_umath as um
    except ImportError:
        return []
    features = getattr(um, "__cpu_features__", {})
    return [f for f in getattr(um, "__cpu_dispatch__", []) if features.get(f)]


def environment():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            np.show_config()
        except Exception as err:  # show_config's layout changes between versions
            print("np.show_config() failed:", err)
    return {
        "numpy": np.__version__,
        "python": platform.python_version(),
        "executable": sys.executable,
        "openblas": openblas_info(),
        "simd": simd_info(),
        "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS", ""),
        "MALLOC_TRIM_THRESHOLD_": os.environ.get("MALLOC_TRIM_THRESHOLD_", ""),
        "MALLOC_MMAP_THRESHOLD_": os.environ.get("MALLOC_MMAP_THRESHOLD_", ""),
        "show_config": buf.getvalue(),
    }


class Source:
    """The uniform values of a case's inputs: the SplitMix64 sequence from
    state SEED, in order, as bench/inputs.go's source computes it, so that
    both sides time the same numbers."""

    def __init__(self, state):
        self.state = state

    def uniforms(self, n):
        """The next n values, uniform in [0, 1): the top 53 bits of each
        output over 2^53 (uint64 arithmetic wraps as Go's does)."""
        k = np.arange(1, n + 1, dtype=np.uint64)
        z = np.uint64(self.state) + k * np.uint64(0x9E3779B97F4A7C15)
        self.state = (self.state + n * 0x9E3779B97F4A7C15) % (1 << 64)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
        return (z >> np.uint64(11)).astype(np.float64) / 2.0**53


def random_array(src, shape, dtype):
    shape = tuple(shape)
    n = int(np.prod(shape, dtype=np.int64))
    if dtype in ("float64", "float32"):
        return (src.uniforms(n) + 0.5).reshape(shape).astype(dtype)
    if dtype in ("complex128", "complex64"):
        v = src.uniforms(2 * n)
        return (v[0::2] + 0.5 + 1j * v[1::2]).reshape(shape).astype(dtype)
    if dtype in ("int64", "int32"):
        return (np.floor(src.uniforms(n) * 2.0**31) - 2.0**30).reshape(shape).astype(dtype)
    raise ValueError("unknown dtype " + dtype)


def with_layout(src, shape, dtype, layout):
    """An operand of the given logical shape laid out as the case says."""
    if layout == "transposed":
        return random_array(src, shape[::-1], dtype).T
    if layout == "strided":
        wide = list(shape)
        wide[-1] *= 2
        return random_array(src, wide, dtype)[..., ::2]
    if layout == "reversed":
        return random_array(src, shape, dtype)[::-1]
    return random_array(src, shape, dtype)


def well_conditioned(a, op):
    """Matrices the routine accepts: symmetric for eigh, symmetric positive
    definite for cholesky, else diagonally dominant; scaled by 1/n so that
    det stays finite. bench/inputs.go builds the same ones for numgo."""
    n = a.shape[-1]
    eye = np.eye(n, dtype=a.dtype)
    if op == "eigh":
        m = (a + np.swapaxes(a, -1, -2)) / 2
    elif op == "cholesky":
        m = (a @ np.swapaxes(a, -1, -2) + n * eye) / n
    else:
        m = (a + n * eye) / n
    return np.ascontiguousarray(m)


def parse_slice(spec):
    def part(p):
        p = p.strip()
        if p == "...":
            return Ellipsis
        if ":" not in p:
            return int(p)
        bits = [int(b) if b.strip() else None for b in p.split(":")]
        return slice(*bits)

    return tuple(part(p) for p in spec.split(","))


BINARY = {
    "add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.divide,
    "maximum": np.maximum, "pow": np.power, "greater": np.greater,
}
UNARY = {"exp": np.exp, "log": np.log, "sin": np.sin, "cos": np.cos,
         "tanh": np.tanh, "sqrt": np.sqrt}
REDUCE = {"sum": np.sum, "mean": np.mean, "max": np.max, "std": np.std,
          "argmax": np.argmax, "cumsum": np.cumsum}
LINALG = {"inv": np.linalg.inv, "det": np.linalg.det, "svd": np.linalg.svd,
          "eigh": np.linalg.eigh, "qr": np.linalg.qr, "cholesky": np.linalg.cholesky}
FFT = {"fft": np.fft.fft, "ifft": np.fft.ifft, "rfft": np.fft.rfft,
       "irfft": np.fft.irfft, "fft2": np.fft.fft2, "rfft2": np.fft.rfft2}


def setup(case):
    """Returns the callable that performs one call of the case, and its inputs."""
    ops = []
    return _setup(case, ops), ops


def _setup(case, ops):
    src = Source(SEED)
    op, dtype, shapes = case["op"], case["dtype"], case["shapes"]
    layout = case.get("layout", "contiguous")
    args = case.get("args", {})
    ops += [with_layout(src, s, dtype, layout if i == 0 else "contiguous")
            for i, s in enumerate(shapes)]
    out = case.get("out", False)

    if op == "zeros":
        return lambda: np.zeros(shapes[0], dtype)
    if op == "full":
        return lambda: np.full(shapes[0], 1.5, dtype)
    if op == "arange":
        n = float(shapes[0][0])
        return lambda: np.arange(0.0, n, 1.0, dtype=dtype)
    if op == "linspace":
        return lambda: np.linspace(0.0, 1.0, shapes[0][0], dtype=dtype)
    if op == "copy":
        a = ops[0]
        return lambda: a.copy()
    if op == "astype":
        a, to = ops[0], args["to"]
        return lambda: a.astype(to)
    if op in BINARY:
        f, a, b = BINARY[op], ops[0], ops[1]
        if out:
            dst = f(a, b)
            return lambda: f(a, b, out=dst)
        return lambda: f(a, b)
    if op in UNARY:
        f, a = UNARY[op], ops[0]
        if out:
            dst = f(a)
            return lambda: f(a, out=dst)
        return lambda: f(a)
    if op in REDUCE:
        f, a, axis = REDUCE[op], ops[0], args.get("axis")
        if out:
            dst = np.asarray(f(a, axis=axis))
            return lambda: f(a, axis=axis, out=dst)
        return lambda: f(a, axis=axis)
    if op == "transpose":
        a = ops[0]
        return lambda: a.T
    if op == "reshape":
        a, shape = ops[0], tuple(args["shape"])
        return lambda: a.reshape(shape)
    if op == "slice":
        a, key = ops[0], parse_slice(args["spec"])
        return lambda: a[key]
    if op == "swapaxes_copy":
        a, i, j = ops[0], args["axis1"], args["axis2"]
        return lambda: np.swapaxes(a, i, j).copy()
    if op == "concatenate":
        axis = args["axis"]
        return lambda: np.concatenate(ops, axis=axis)
    if op == "stack":
        axis = args["axis"]
        return lambda: np.stack(ops, axis=axis)
    if op == "sort":
        a, axis = ops[0], args.get("axis", -1)
        return lambda: np.sort(a, axis=axis)
    if op == "argsort":
        a = ops[0]
        return lambda: np.argsort(a)
    if op == "matmul":
        a, b = ops
        if out:
            dst = np.matmul(a, b)
            return lambda: np.matmul(a, b, out=dst)
        return lambda: np.matmul(a, b)
    if op == "gram":
        a = ops[0]
        return lambda: a.T @ a
    if op == "dot":
        a, b = ops
        return lambda: np.dot(a, b)
    if op == "outer":
        a, b = ops
        return lambda: np.outer(a, b)
    if op == "tensordot":
        a, b = ops
        axes = tuple(tuple(x) for x in args["axes"])
        return lambda: np.tensordot(a, b, axes=axes)
    if op == "einsum":
        spec, optimize = args["spec"], args.get("optimize", False)
        return lambda: np.einsum(spec, *ops, optimize=optimize)
    if op == "solve":
        a, b = well_conditioned(ops[0], op), ops[1]
        return lambda: np.linalg.solve(a, b)
    if op in LINALG:
        f, a = LINALG[op], well_conditioned(ops[0], op)
        return lambda: f(a)
    if op in FFT:
        f, a = FFT[op], ops[0]
        return lambda: f(a)
    if op == "save":
        a = ops[0]
        return lambda: np.save(io.BytesIO(), a)
    if op == "load":
        buf = io.BytesIO()
        np.save(buf, ops[0])
        data = buf.getvalue()
        return lambda: np.load(io.BytesIO(data))
    raise ValueError("numpy_bench.py does not know op " + repr(op))


def result_bytes(r, inputs):
    """Bytes of memory the result holds of its own: 0 for a view of an input."""
    if isinstance(r, np.ndarray):
        if any(np.shares_memory(r, x) for x in inputs):
            return 0
        return r.nbytes
    if isinstance(r, (tuple, list)):  # svd, eigh, qr results are named tuples
        return sum(result_bytes(x, inputs) for x in r)
    if isinstance(r, np.generic):
        return r.nbytes
    return 0


def timed(fn, number):
    t0 = time.perf_counter()
    for _ in range(number):
        fn()
    return time.perf_counter() - t0


def measure(fn, count, min_time):
    """timeit's method: warm up, find a loop count that lasts min_time, repeat."""
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        fn()
        number = 1
        while True:
            t = timed(fn, number)
            if t >= min_time:
                break
            # Aim a little past min_time, growing at most 100x per step.
            number = max(number + 1, min(number * 100, int(number * min_time * 1.2 / max(t, 1e-9))))
        times = [t / number]
        for _ in range(count - 1):
            times.append(timed(fn, number) / number)
        return times, number
    finally:
        if gc_was_on:
            gc.enable()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cases", default=os.path.join(here, "cases.json"))
    p.add_argument("--group", help="only this group")
    p.add_argument("--names", help="only these comma-separated case names")
    p.add_argument("--quick", action="store_true", help="only the cases marked quick")
    p.add_argument("--count", type=int, default=5, help="repeats; the driver takes the median")
    p.add_argument("--min-time", type=float, default=0.2, help="seconds per repeat (at least one call)")
    p.add_argument("--info", action="store_true", help="print the environment first")
    a = p.parse_args()

    cases, _ = load_cases(a.cases)
    names = set(a.names.split(",")) if a.names else None
    if a.info:
        print(json.dumps({"info": environment()}), flush=True)
    for c in cases:
        if a.group and c["group"] != a.group:
            continue
        if names is not None and c["name"] not in names:
            continue
        if a.quick and not c.get("quick"):
            continue
        try:
            fn, inputs = setup(c)
            size = result_bytes(fn(), inputs)
            times, number = measure(fn, a.count, a.min_time)
            rec = {"name": c["name"], "times": times, "number": number, "result_bytes": size}
        except Exception as err:  # report and go on: one broken case must not hide the rest
            rec = {"name": c["name"], "error": "%s: %s" % (type(err).__name__, err)}
        print(json.dumps(rec), flush=True)


if __name__ == "__main__":
    main()
