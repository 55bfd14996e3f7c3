// Package linalg is numgo's linear algebra: the products of NumPy's
// top level (Matmul, Dot, Vdot, Inner, Outer, Tensordot, Einsum, Kron,
// Trace, MultiDot) and the routines of numpy.linalg (Inv, Solve, Det, SVD,
// Eig, QR, Cholesky, Norm, Lstsq, Pinv, ...).
//
// # Stacks and broadcasting
//
// Every routine that works on matrices accepts stacks of them, as NumPy's
// generalized ufuncs do: an array of shape (..., M, N) is a stack of M×N
// matrices in its last two axes, and the leading axes of several operands
// broadcast against each other. Matmul of shapes (5, 1, 3, 4) and (6, 4, 2)
// gives (5, 6, 3, 2).
//
// # Rules
//
// Inputs are never modified. Functions allocate their result; the ...To
// forms (MatmulTo) write into a destination the caller gives, NumPy's out=,
// so a loop can run without allocating. Results never share memory with the
// inputs, except where a doc comment says so.
//
// # Backends
//
// float32, float64, complex64 and complex128 products go to the BLAS of the
// build (package blas: OpenBLAS under cgo, gonum's pure-Go BLAS with
// CGO_ENABLED=0 or -tags purego) through sgemm, dgemm, cgemm, zgemm and the
// matching gemv. An operand that is C-contiguous, Fortran-ordered or a
// transposed view is read in place through BLAS's transpose flags and
// leading dimension; other layouts (a stepped or reversed slice, a broadcast
// view) are copied first. A matrix times its own transpose, one memory
// read both ways (Matmul(x.T(), x), Matmul(x, x.T())), goes to ssyrk,
// dsyrk, csyrk or zsyrk as in NumPy's matmul: half the multiply-adds of
// gemm, and a result that is exactly symmetric. Products of at most 64
// multiply-adds (4×4×4)
// run in a Go kernel, which is faster than a cgo call at that size (the
// crossover was measured). A stack of products below 64×64×64 runs, for
// float32 and float64 under cgo (complex64 and complex128 too on a CPU with
// AVX-512, where its complex code is vectorized), in calls of a C kernel on
// chunks of the stack, spread over goroutines from 2²¹ multiply-adds in all; otherwise it
// is one BLAS or Go call per matrix, spread from 2¹⁷. Spread work is cut
// into about 16 chunks per goroutine, which the goroutines (the caller's
// among them) take in turn, so that one whose processor is busy elsewhere
// does not hold up the call. Larger products get
// OpenBLAS's own threads, one call at a time, except on a CPU with
// AVX-512 where OpenBLAS runs AVX2 code (OPENBLAS_CORETYPE=Haswell, as
// older OpenBLAS builds need on newer CPUs; blas.GemmBatchWide): there a
// product of mid-size matrices (m and n up to 1024, k from 32 to 4096, or
// to 1024 for complex types, a up to 1024² elements) runs in the C
// kernel's AVX-512 code, its rows cut into chunks of 8-row blocks that
// blas.NumThreads goroutines (at most GOMAXPROCS) take in turn, which took 1.4-1.6 ms for 512×512×512 float64
// against 2.2-2.3 ms in dgemm, and 0.6-0.74 ms for 256×256×256 complex128
// against 1.16-1.3 ms in zgemm. The kernel reads b by rows, so a
// transposed b (Matmul(a, x.T())) is copied to C order first from 512³
// multiply-adds (768³: 5.5-5.9 against 8.9 ms in dgemm) and left to the
// BLAS below. (Small products with a transposed b of at most 64×64
// elements, on any CPU, go to the C kernel, which copies b itself.)
// On such a CPU, a float32 or float64 matrix-vector product above 64³
// multiply-adds whose matrix is read by rows (A @ x of a C-order A, or
// x @ A of a Fortran-ordered one) runs in a C kernel of dot products
// (blas.Gemv), its rows cut into chunks that blas.NumThreads goroutines
// take in turn: 2048×2048 float64 in 286-311 µs against 386-415 µs for
// OpenBLAS's dgemv called through cgo, whose threads lose a core to the Go
// runtime during a long call (when the matrix stays in the shared cache,
// dgemv took 262 µs).
// Integer dtypes use the blocked Go kernel at every size, and their sums
// wrap around on overflow as NumPy's do.
//
// The numpy.linalg routines call LAPACKE's drivers (OpenBLAS's LAPACK)
// under cgo. On a matrix of up to about 320×320 (m·n·min(m, n) ≤ 320³;
// for gesv, which Inv and Solve call, n³ + 3·n²·k ≤ 320³ with k right-hand
// sides, so Inv up to 201×201) OpenBLAS runs on one thread, whatever
// blas.SetNumThreads says: its threaded factorisations spend most of such
// a call waiting for each other (a 256×256 Cholesky took 0.26 ms on one
// thread, 0.63-0.83 ms on two).
// Calls on one thread and calls on all take turns, so the thread count a
// call runs with, and so its result, never depends on what else runs.
//
// # Panics and errors
//
// A programmer's mistake panics with a typed value from package ndarray
// whose message reads like NumPy's: *ndarray.ShapeError for shapes that do
// not fit ("matmul: Input operand 1 has a mismatch in its core dimension
// 0, ..."), *ndarray.AxisError for an axis out of range,
// *ndarray.ValueError for a malformed einsum subscript. What depends on the
// data, a singular matrix or a factorization that does not converge, is
// returned as an error.
//
// # gonum
//
// ToDense, FromDense, ToVecDense, FromVecDense, ToCDense and FromCDense
// convert between arrays and gonum's mat types, sharing memory whenever the
// layout allows.
package linalg
