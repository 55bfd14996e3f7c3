#!/usr/bin/python3
"""Writes fft/testdata/golden.json: numpy.fft results that the Go tests of
package fft compare against. Run with Debian's python3 and python3-numpy:

    /usr/bin/python3 testdata/gen_fft.py

Inputs are not stored: element k (flat, C order) of an input of a given
shape is an exact rational that Go computes bit for bit the same way
(see input() below and inputData in fft/golden_test.go). Outputs larger
than MAXOUT are stored at MAXOUT sampled flat indices, with the largest
magnitude of the whole output, which scales the tolerance.
"""
import os

import numpy as np

from golden import save

MAXOUT = 160
LENGTHS = [1, 2, 3, 5, 7, 8, 11, 12, 16, 17, 60, 97, 128, 1000, 1024, 4096, 10007]
NORMS = ["backward", "ortho", "forward"]


def input(shape, kind, transpose=False):
    size = int(np.prod(shape))
    k = np.arange(size, dtype=np.int64)
    re = ((k * 7919) % 1009).astype(np.float64) / 1009.0 - 0.5
    im = ((k * 104729) % 1013).astype(np.float64) / 1013.0 - 0.5
    if kind == "complex128":
        x = re + 1j * im
    elif kind == "float64":
        x = re
    elif kind == "int64":
        x = (k * 7919) % 1009 - 504
    else:
        raise ValueError(kind)
    x = x.reshape(shape)
    return x.T if transpose else x


def sample(out):
    flat = out.ravel()
    n = flat.size
    if n <= MAXOUT:
        idx = list(range(n))
    else:
        rng = np.random.default_rng(n)
        idx = sorted(set(list(range(8)) + list(range(n - 8, n)) +
                         rng.choice(n, MAXOUT - 16, replace=False).tolist()))
    vals = flat[idx]
    scale = float(np.max(np.abs(flat))) if n else 0.0
    return idx, np.real(vals).tolist(), np.imag(vals).tolist(), scale


cases = []


def add(func, shape, kind, transpose=False, **kw):
    x = input(shape, kind, transpose)
    out = getattr(np.fft, func)(x, **kw)
    idx, re, im, scale = sample(out)
    cases.append(dict(func=func, shape=list(shape), kind=kind, transpose=transpose,
                      kw=kw, out_shape=list(out.shape), complex=bool(np.iscomplexobj(out)),
                      idx=idx, re=re, im=im, scale=scale))


for n in LENGTHS:
    for norm in NORMS:
        add("fft", (n,), "complex128", norm=norm)
        add("ifft", (n,), "complex128", norm=norm)
        add("rfft", (n,), "float64", norm=norm)
        add("ihfft", (n,), "float64", norm=norm)
        if n > 1:
            add("irfft", (n,), "complex128", norm=norm)
            add("hfft", (n,), "complex128", norm=norm)
    # padding and truncation, odd and even output lengths for the real ones
    for m in sorted({n + 3, max(1, n // 2), 2 * n + 1}):
        add("fft", (n,), "complex128", n=m)
        add("rfft", (n,), "float64", n=m)
        add("irfft", (n,), "complex128", n=m)
        add("hfft", (n,), "complex128", n=m)
        add("ihfft", (n,), "float64", n=m)
        add("ifft", (n,), "complex128", n=m, norm="ortho")

# integer input, as NumPy converts it
add("fft", (12,), "int64")
add("fft", (97,), "int64")
add("rfft", (60,), "int64")
add("irfft", (9,), "int64")

# axes of 2-d and 3-d arrays, negative axes, transposed (strided) input
for func, kind in [("fft", "complex128"), ("ifft", "complex128"), ("rfft", "float64"),
                   ("irfft", "complex128"), ("hfft", "complex128"), ("ihfft", "float64")]:
    for axis in [0, 1, -1, -2]:
        add(func, (5, 12), kind, axis=axis)
        add(func, (6, 9), kind, transpose=True, axis=axis)
    add(func, (3, 4, 5), kind, axis=1)
    add(func, (3, 4, 5), kind, axis=-3, n=7)
    add(func, (3, 40, 20), kind, axis=1, norm="ortho")

for func, kind in [("fftn", "complex128"), ("ifftn", "complex128"), ("rfftn", "float64"),
                   ("irfftn", "complex128"), ("fft2", "complex128"), ("ifft2", "complex128"),
                   ("rfft2", "float64"), ("irfft2", "complex128")]:
    for norm in NORMS:
        add(func, (4, 6), kind, norm=norm)
        add(func, (3, 5, 7), kind, norm=norm)
    add(func, (3, 5, 7), kind, axes=[0, 2])
    add(func, (3, 5, 7), kind, axes=[-1, 0])
    add(func, (3, 5, 7), kind, s=[4, 9])
    add(func, (3, 5, 7), kind, s=[2, 6], axes=[-3, 1])
    add(func, (6, 9), kind, transpose=True)
    add(func, (64, 48), kind, norm="ortho")
    add(func, (2, 3, 16, 8), kind, axes=[1, 2])
    if func.endswith("n"):
        add(func, (3, 5, 7), kind, axes=[1])
        add(func, (4, 6, 5), kind, s=[3, 8, 10])
# large enough for the lines to be split across goroutines
add("fft2", (256, 160), "complex128", norm="ortho")
add("rfft", (300, 130), "float64", axis=0)
add("irfft2", (96, 65), "complex128")
add("fft", (40, 1200), "complex128", transpose=True, axis=0)
add("fftn", (4, 6), "float64")
add("fft2", (4, 6), "int64")
# long enough for the pure-Go engine's four-step algorithm (from 2^19+1
# points): powers of 2, a smooth length, a prime whose Bluestein convolution
# (524880 points) takes it, and real transforms whose half-length complex
# transform does
add("fft", (2**20,), "complex128")
add("ifft", (2**20,), "complex128", norm="ortho")
add("fft", (2**19 + 2**18,), "complex128")
add("fft", (860160,), "complex128")
add("ifft", (262147,), "complex128")
add("rfft", (2**21,), "float64")
add("irfft", (2**20 + 1,), "complex128")

freqs = []
for n in [1, 2, 3, 4, 5, 8, 9, 10]:
    for d in [1.0, 0.1, 2.5]:
        freqs.append(dict(func="fftfreq", n=n, d=d, out=np.fft.fftfreq(n, d).tolist()))
        freqs.append(dict(func="rfftfreq", n=n, d=d, out=np.fft.rfftfreq(n, d).tolist()))

shifts = []
for shape in [(5,), (4,), (1,), (3, 4), (2, 5, 3)]:
    x = np.arange(int(np.prod(shape))).reshape(shape)
    axes_list = [None] + [[ax] for ax in range(-len(shape), len(shape))]
    for axes in axes_list:
        for func in ["fftshift", "ifftshift"]:
            out = getattr(np.fft, func)(x, axes=axes)
            shifts.append(dict(func=func, shape=list(shape), axes=axes, out=out.ravel().tolist()))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fft", "testdata", "golden.json")
save(path, dict(numpy=np.__version__, cases=cases, freqs=freqs, shifts=shifts), separators=(",", ":"))
print(path, len(cases), "cases", os.path.getsize(path), "bytes")
