#!/usr/bin/python3
"""Golden data for linalg's products: matmul, dot, vdot, inner, outer,
tensordot, kron, trace, multi_dot and einsum; "gram" is matmul of one
array and its transpose (params side "left": a.T @ a, "right": a @ a.T).

Run with Debian's python3 (python3-numpy): /usr/bin/python3 testdata/gen_linalg_products.py
Writes linalg/testdata/products/cases.json, a list of cases
{func, kind, args, params, out} or {func, kind, args, params, error}:

- kind "int": integer-valued float64 inputs and result; every value and
  partial sum is an exact small integer, so the Go test runs the case for
  float32, float64, complex64, complex128, int32 and int64 and compares
  exactly (after conversion).
- kind "complex": complex128 inputs with imaginary parts (integer-valued),
  run for complex64 and complex128.
- kind "float": random float64 inputs, run for float64 (and float32 with a
  looser tolerance).
- kind "int8": int8 inputs whose products overflow: NumPy's wrap-around.
- error cases hold NumPy's message; the Go panic message must contain it
  unless the case says "own_message".

An arg with "pattern": [mul, mod, sub] has no data: its C-order element i
is (i*mul % mod) - sub.

Each arg may carry "broadcast_to": the Go test then passes a broadcast view
(zero strides) of that shape, as the case's args were broadcast here.
Encoding as in golden.py.
"""
import os

import numpy as np

from golden import arr, save

OUT = os.path.join(os.path.dirname(__file__), "..", "linalg", "testdata", "products", "cases.json")

rng = np.random.default_rng(20261125)


def ints(*shape):
    return rng.integers(-3, 4, size=shape).astype(np.float64)


def cplx(*shape):
    return ints(*shape) + 1j * ints(*shape)


def floats(*shape):
    return rng.standard_normal(shape)


cases = []


def case(func, kind, args, out, **params):
    cases.append({"func": func, "kind": kind, "args": [arr(a) for a in args], "params": params, "out": arr(out)})


# Einsum errors whose message is numgo's own: a label's lengths differing
# between operands (NumPy prints the remapped broadcast shapes), a second
# ellipsis, a repeated label of differing lengths in a single operand, and a
# wrong number of operands (NumPy 1.24 says "fewer" when there are more and
# "more" when there are fewer).
OWN_MESSAGE = {"ij,jk", "...i...", "ii->i", "ij->", "ij,j"}


def error(func, args, fn, **params):
    try:
        fn()
    except Exception as e:  # NumPy raises ValueError, IndexError or LinAlgError
        cases.append({"func": func, "kind": "error", "args": [arr(a) for a in args], "params": params,
                      "error": str(e), "own_message": params.get("subscripts") in OWN_MESSAGE})
        return
    raise AssertionError(f"{func} {params}: no error")


# Shapes on both sides of linalg's tinyGemm (4*4*4) and of the C kernel's
# 4x8 tiles; those above 200 elements are integer-valued only, to keep the
# file small.
MATMUL = [((3, 4), (4, 5)), ((4,), (4, 5)), ((3, 4), (4,)), ((4,), (4,)), ((2, 3, 4), (2, 4, 5)),
          ((2, 1, 3, 4), (5, 4, 2)), ((3, 4), (2, 4, 5)), ((2, 3, 4), (4,)), ((4,), (2, 4, 3)),
          ((0, 4), (4, 5)), ((3, 0), (0, 5)), ((2, 0, 3), (3, 4)), ((1, 1), (1, 1)),
          ((20, 30), (30, 25)), ((4, 20, 24), (4, 24, 18)), ((100,), (100, 60)), ((60, 100), (100,)),
          ((6, 20, 30), (30, 25)), ((3, 17, 17), (17, 17)), ((50, 8, 8), (50, 8, 8))]
for sa, sb in MATMUL:
    big = np.prod(sa) + np.prod(sb) > 200
    for kind, gen in (("int", ints),) if big else (("int", ints), ("complex", cplx), ("float", floats)):
        a, b = gen(*sa), gen(*sb)
        case("matmul", kind, [a, b], a @ b)

# Products above linalg's smallGemm (64*64*64 multiply-adds) go to the BLAS
# (gemm per matrix, gemv, the folded stack) instead of the small-matrix
# kernel. Their inputs are too large to store: they are patterns (see
# pattern), and only the result is stored.
def pattern(*shape):
    """Integer-valued float64 array (i*7 % 5) - 2 over the C-order index i."""
    return (np.arange(int(np.prod(shape))) * 7 % 5 - 2).astype(np.float64).reshape(shape)


def patterned(c):
    for g in c["args"]:
        g["pattern"] = [7, 5, 2]
        g["data"] = []
    return c


# So are stacks of small products whose result Matmul writes with the C
# kernel's streaming stores (from 4 KiB), rows of whole cache lines and
# not.
STREAMED = [((64, 8, 8), (64, 8, 8)), ((64, 8, 16), (64, 16, 16)), ((48, 8, 12), (48, 12, 12))]
for sa, sb in [((50, 110), (110, 50)), ((2, 50, 110), (2, 110, 50)), ((700,), (700, 400)), ((400, 700), (700,)),
               ((2, 10, 300), (300, 50))] + STREAMED:
    a, b = pattern(*sa), pattern(*sb)
    case("matmul", "int", [a, b], a @ b)
    patterned(cases[-1])

a, b = ints(3, 4), ints(5, 4, 2)
case("matmul", "int", [a, b], np.broadcast_to(a, (5, 3, 4)) @ b)
cases[-1]["args"][0]["broadcast_to"] = [5, 3, 4]
a8, b8 = rng.integers(-128, 128, size=(3, 5), dtype=np.int8), rng.integers(-128, 128, size=(5, 4), dtype=np.int8)
case("matmul", "int8", [a8, b8], a8 @ b8)
a8 = rng.integers(-128, 128, size=(20, 12), dtype=np.int8)
case("matmul", "int8", [a8, a8.T.copy()], a8 @ a8.T)

for sa, sb in [((2, 3), (4, 5)), ((2, 3, 4), (3, 4, 5)), ((4,), (3,)), ((5, 2, 3, 4), (3, 4, 5))]:
    a, b = ints(*sa), ints(*sb)
    error("matmul", [a, b], lambda: a @ b)
a, b = np.ones(()), ints(3)
error("matmul", [a, b], lambda: np.matmul(a, b))

for sa, sb in [((3, 4), (4, 5)), ((4,), (4,)), ((2, 3, 4), (4,)), ((2, 3, 4), (5, 4, 2)), ((4,), (2, 4, 3)),
               ((), (3,)), ((2, 3), ()), ((3, 4), (4,)), ((2, 2, 3), (3, 2))]:
    for kind, gen in (("int", ints), ("complex", cplx)):
        a, b = gen(*sa), gen(*sb)
        case("dot", kind, [a, b], np.dot(a, b))
for sa, sb in [((2, 3), (4, 5)), ((2, 3, 4), (5, 2)), ((3,), (4,))]:
    a, b = ints(*sa), ints(*sb)
    error("dot", [a, b], lambda: np.dot(a, b))

for sa, sb in [((2, 3), (3, 2)), ((4,), (4,)), ((2, 2, 2), (8,))]:
    for kind, gen in (("int", ints), ("complex", cplx)):
        a, b = gen(*sa), gen(*sb)
        case("vdot", kind, [a, b], np.vdot(a, b))

for sa, sb in [((2, 3), (4, 3)), ((3,), (3,)), ((2, 3, 4), (5, 4)), ((), (2, 3))]:
    for kind, gen in (("int", ints), ("complex", cplx)):
        a, b = gen(*sa), gen(*sb)
        case("inner", kind, [a, b], np.inner(a, b))
for sa, sb in [((2, 3), (2, 4)), ((2, 3), (2, 1, 4)), ((3,), (4,))]:
    a, b = ints(*sa), ints(*sb)
    error("inner", [a, b], lambda: np.inner(a, b))

for sa, sb in [((3,), (4,)), ((2, 2), (3,)), ((0,), (3,))]:
    for kind, gen in (("int", ints), ("complex", cplx)):
        a, b = gen(*sa), gen(*sb)
        case("outer", kind, [a, b], np.outer(a, b))

for sa, sb, axa, axb in [((3, 4, 5), (4, 3, 2), [0, 1], [1, 0]), ((2, 3), (3, 4), [1], [0]),
                         ((2, 3, 4), (4, 3), [-1, -2], [0, 1]), ((2, 3), (4,), [], [])]:
    for kind, gen in (("int", ints), ("complex", cplx)):
        a, b = gen(*sa), gen(*sb)
        case("tensordot", kind, [a, b], np.tensordot(a, b, axes=(axa, axb)), axes_a=axa, axes_b=axb)
for sa, sb, n in [((2, 3), (4, 5), 0), ((2, 3, 4), (3, 4, 5), 2), ((3, 4), (4, 2), 1), ((2, 3), (2, 3), 2)]:
    a, b = ints(*sa), ints(*sb)
    case("tensordot_n", "int", [a, b], np.tensordot(a, b, axes=n), n=n)
a, b = ints(2, 3), ints(4, 5)
error("tensordot", [a, b], lambda: np.tensordot(a, b, axes=([1], [0])), axes_a=[1], axes_b=[0])

for sa, sb in [((2, 2), (3, 3)), ((3,), (2, 2)), ((2, 1, 3), (2, 2)), ((2, 3), (0, 2)), ((), (3,))]:
    for kind, gen in (("int", ints), ("complex", cplx)):
        a, b = gen(*sa), gen(*sb)
        case("kron", kind, [a, b], np.kron(a, b))

for shape, off, axes in [((4, 4), 0, None), ((3, 5), 1, None), ((3, 5), -1, None), ((2, 3, 4), 0, (1, 2)),
                         ((4, 4), 10, None), ((2, 3, 4), 1, (2, 0)), ((0, 3), 0, None)]:
    for kind, gen in (("int", ints), ("complex", cplx)):
        a = gen(*shape)
        ax = axes or (0, 1)
        case("trace", kind, [a], np.trace(a, off, ax[0], ax[1]), offset=off, axes=list(ax))

for shapes in [[(2, 3), (3, 4), (4, 5)], [(10,), (10, 3), (3, 20), (20,)], [(5, 10), (10, 2), (2, 6), (6, 3)],
               [(3, 4), (4,)], [(4,), (4, 3), (3, 2)]]:
    for kind, gen in (("int", ints), ("float", floats)):
        ms = [gen(*s) for s in shapes]
        case("multi_dot", kind, ms, np.linalg.multi_dot(ms))
for shapes in [[(2, 3)], [(2, 3), (2, 3, 3), (3,)], [(2, 3), (4, 3)]]:
    ms = [ints(*s) for s in shapes]
    error("multi_dot", ms, lambda: np.linalg.multi_dot(ms))

EINSUM = [("ij,jk->ik", [(3, 4), (4, 5)]), ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]), ("ii->", [(4, 4)]),
          ("ii->i", [(4, 4)]), ("ij->ji", [(3, 4)]), ("ii", [(3, 3)]), ("i,j", [(3,), (4,)]), ("i,i", [(5,), (5,)]),
          ("ij,ij->ij", [(2, 3), (2, 3)]), ("...ij,...jk->...ik", [(2, 3, 4), (4, 5)]), ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]),
          ("abc,cd,da->b", [(2, 3, 4), (4, 5), (5, 2)]), ("bij,bkj->bik", [(2, 3, 4), (2, 5, 4)]), ("i,i->", [(6,), (6,)]),
          ("iij->j", [(3, 3, 4)]), ("iji->j", [(3, 4, 3)]), ("ij->", [(3, 4)]), ("ij->j", [(3, 4)]), ("ba", [(2, 3)]),
          ("Ba,aB", [(2, 3), (3, 2)]), ("bA", [(2, 3)]), ("ij,jk", [(2, 1), (3, 4)]), ("...i,...i->...", [(2, 3), (4, 1, 3)]),
          ("ijk,jil->kl", [(2, 3, 4), (3, 2, 5)]), ("i->i", [(4,)]), ("...", [(2, 3)]), ("", [()]), (",i", [(), (3,)]),
          ("i,i,i->", [(4,), (4,), (4,)]), ("ab,bc,cd,de->ae", [(2, 3), (3, 4), (4, 5), (5, 2)]),
          ("ij,kl->ijkl", [(2, 3), (2, 2)]), ("ij,jk->", [(0, 3), (3, 4)]), ("ij,jk->ik", [(2, 0), (0, 3)]),
          (" i j , j k -> i k ", [(2, 3), (3, 2)]), ("...ii->...i", [(2, 3, 3)]), ("i...->...", [(3, 2, 2)]),
          ("bij,bjk->bik", [(10, 20, 24), (10, 24, 18)]), ("ijk,ikl->jl", [(5, 6, 7), (5, 7, 8)]),
          ("ij,jk,kl,lm->im", [(30, 2), (2, 30), (30, 3), (3, 30)])]
for subs, shapes in EINSUM:
    big = sum(np.prod(s) for s in shapes) > 200
    for kind, gen in (("int", ints),) if big else (("int", ints), ("complex", cplx)):
        ops = [gen(*s) for s in shapes]
        case("einsum", kind, ops, np.einsum(subs, *ops), subscripts=subs)
for subs, shapes in [("ij,jk", [(2, 3), (4, 5)]), ("ii", [(2, 3)]), ("ij", [(3,)]), ("i", [(2, 3)]), ("i->j", [(3,)]),
                     ("i->ii", [(3,)]), ("i.j", [(2, 3)]), ("i1", [(2, 3)]), ("ij->", [(2, 3), (2,)]), ("ij,j", [(2, 3)]),
                     ("i-j", [(3,)]), ("...i...", [(3,)]), ("i>i", [(3,)]), ("i...->", [(2, 3)]), ("ii->i", [(2, 3)])]:
    ops = [ints(*s) for s in shapes]
    error("einsum", ops, lambda: np.einsum(subs, *ops), subscripts=subs)

# Both sides of tinyGemm and the edges of the C kernel's 4x8 and 4x4 tiles
# (kept last so that the random inputs of the cases above stay as they were).
for sa, sb in [((2, 2), (2, 2)), ((4, 4), (4, 4)), ((5, 5), (5, 5)), ((8, 8), (8, 8)), ((5, 7), (7, 9)),
               ((9, 13), (13, 17)), ((3, 6, 5), (3, 5, 12)), ((1, 9), (9, 8)), ((7, 1), (1, 6))]:
    for kind, gen in (("int", ints), ("complex", cplx), ("float", floats)):
        a, b = gen(*sa), gen(*sb)
        case("matmul", kind, [a, b], a @ b)

# Einsum contractions whose leading free labels become batch axes of the
# product instead of a copy (einsum.go's splitPoint), on x's side, y's side
# and both, and one below minSplitWork that copies.
for subs, shapes in [("ijk,jl->ikl", [(4, 9, 10), (9, 11)]), ("ij,kjl->ikl", [(8, 9), (3, 9, 11)]),
                     ("ijk,ljm->ikml", [(3, 9, 10), (2, 9, 11)]), ("bijk,bjl->lbki", [(2, 3, 9, 10), (2, 9, 11)]),
                     ("ijk,jl->ikl", [(3, 4, 5), (4, 2)])]:
    for kind, gen in (("int", ints), ("complex", cplx), ("float", floats)):
        ops = [gen(*s) for s in shapes]
        case("einsum", kind, ops, np.einsum(subs, *ops), subscripts=subs)

# A matrix times its own transpose in one array, a.T @ a ("left") and
# a @ a.T ("right"), which NumPy's matmul and linalg's hand to syrk instead
# of gemm: real pattern inputs above smallGemm, and complex ones (csyrk and
# zsyrk transpose without conjugating).
a = pattern(60, 80)
for side in ("left", "right"):
    case("gram", "int", [a], a.T @ a if side == "left" else a @ a.T, side=side)
    patterned(cases[-1])
a = cplx(6, 5)
for side in ("left", "right"):
    case("gram", "complex", [a], a.T @ a if side == "left" else a @ a.T, side=side)

# Products of mid-size matrices, which an AVX-512 host runs in the batch
# kernel split by rows over goroutines (linalg's midGemm): row counts that
# leave a tail of the 8-row tiles, column counts that leave a masked tail,
# random floats (float32's tolerance), and complex values (the complex
# kernel); 65 rows leave a last chunk of one row, for which the kernel
# does not copy a b whose rows are not unit-stride (the "F" layout).
for sa, sb in [((130, 260), (260, 75)), ((257, 66), (66, 129)), ((65, 64), (64, 64))]:
    a, b = pattern(*sa), pattern(*sb)
    case("matmul", "int", [a, b], a @ b)
    patterned(cases[-1])
a, b = floats(97, 150), floats(150, 83)
case("matmul", "float", [a, b], a @ b)
a, b = cplx(100, 120), cplx(120, 70)
case("matmul", "complex", [a, b], a @ b)

# A stack of matrix-vector products above smallGemm each, which linalg's
# TestMatvecStackLayouts also runs on a permuted view of the stack (rows
# 3*700 apart) into a transposed destination (a strided y).
a, b = pattern(3, 400, 700), pattern(700)
case("matmul", "int", [a, b], a @ b)
patterned(cases[-1])

save(OUT, cases, separators=(",", ":"), newline=True)
print(f"{len(cases)} cases -> {os.path.relpath(OUT)}")
