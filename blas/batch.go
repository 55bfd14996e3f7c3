package blas

import "fmt"

// Scalar is the element types of GemmBatch and GemmStrided.
type Scalar interface {
	float32 | float64 | complex64 | complex128
}

// GemmBatch computes len(offs)/3 matrix products c_t = a_t·b_t, each of an
// m×k by a k×n matrix, as a loop of gemm calls with alpha 1 and beta 0
// would: product t reads a_t at a[offs[3t]], element (i, p) at
// a[offs[3t] + i*ars + p*acs], b_t at b[offs[3t+1]] with element (p, j) at
// b[offs[3t+1] + p*brs + j*bcs], and writes c_t at c[offs[3t+2]] with
// element (i, j) at c[offs[3t+2] + i*crs + j]. No c_t may overlap another
// product's operands. The kernels read b by rows: a b_t whose columns are
// not adjacent (bcs != 1, as in a·bᵀ) is first copied, k·n elements, which
// pays when m is more than 1.
//
// stream asks for c to be written around the cache: the AVX-512 kernels
// then write each whole, aligned cache line of c with a non-temporal
// store, which saves reading the line from memory before overwriting it.
// Set it when c is large memory that nothing has touched lately, such as
// a result just allocated; leave it unset when c may be in cache (an out=
// argument reused in a loop) or is read again at once.
//
// It is meant for stacks of small matrices, where a BLAS call per product
// costs more than the arithmetic: under cgo one C call runs the whole batch
// with a kernel vectorized for the CPU, and GemmBatch reports true. (The
// complex kernels are vectorized only for AVX-512, GemmBatchComplex's
// case; elsewhere they are plain loops.) A
// pure-Go build has no such kernel: GemmBatch then does nothing and reports
// false, and the caller runs its own loop.
//
// GemmBatch panics if m, n or k is below 1, a stride is negative, len(offs)
// is not a multiple of 3, or an element of a product lies outside its slice.
func GemmBatch[T Scalar](m, n, k int, a []T, ars, acs int, b []T, brs, bcs int, c []T, crs int,
	offs []int, stream bool) bool {
	if !haveGemmBatch {
		return false
	}
	checkBatch("GemmBatch", m, n, k, ars, acs, brs, bcs, crs, len(offs)%3 == 0)
	for t := 0; t < len(offs); t += 3 {
		if !inside(m, n, k, a, ars, acs, b, brs, bcs, c, crs, offs[t], offs[t+1], offs[t+2]) {
			panic(fmt.Sprintf("blas: GemmBatch: product %d lies outside its operands", t/3))
		}
	}
	gemmBatch(len(offs)/3, m, n, k, a, ars, acs, 0, b, brs, bcs, 0, c, crs, 0, offs, stream)
	return true
}

// HasGemmBatch reports whether the build has the C kernel of GemmBatch
// and GemmStrided (the cgo build); without it they report false.
func HasGemmBatch() bool { return haveGemmBatch }

// GemmBatchComplex reports whether GemmBatch and GemmStrided run a
// vectorized kernel (AVX-512F) for complex64 and complex128; elsewhere
// their complex code is a plain loop, slower than the BLAS's gemm. It
// reports false in a pure-Go build.
func GemmBatchComplex() bool { return haveGemmBatch && gemmBatchComplex() }

// GemmBatchWide reports whether GemmBatch and GemmStrided run a kernel of
// 512-bit vectors (AVX-512F) where the BLAS's gemm does not, as OpenBLAS
// does when OPENBLAS_CORETYPE makes it run AVX2 code on a newer CPU. The
// kernel then beats the BLAS's gemm on products of mid-size matrices
// split over goroutines, not only on stacks of small ones. It reports
// false in a pure-Go build.
func GemmBatchWide() bool { return haveGemmBatch && gemmBatchWide() }

// GemmStrided is GemmBatch for count products that lie at regular steps in
// memory: product t reads a_t at a[t*sa], b_t at b[t*sb] and writes c_t at
// c[t*sc] (a step of 0 uses one matrix for every product), with the same
// strides within each matrix, and the same stream, as GemmBatch. Without offsets to compute and
// store, a stack of small products costs only its arithmetic. It reports
// false, doing nothing, where GemmBatch does.
//
// GemmStrided panics if m, n or k is below 1, count or a stride is
// negative, or an element of a product lies outside its slice.
func GemmStrided[T Scalar](count, m, n, k int, a []T, ars, acs, sa int, b []T, brs, bcs, sb int,
	c []T, crs, sc int, stream bool) bool {
	if !haveGemmBatch {
		return false
	}
	checkBatch("GemmStrided", m, n, k, ars, acs, brs, bcs, crs, count >= 0 && sa >= 0 && sb >= 0 && sc >= 0)
	if count == 0 {
		return true
	}
	// The offsets grow with t: the last product is the farthest.
	last := count - 1
	if !inside(m, n, k, a, ars, acs, b, brs, bcs, c, crs, last*sa, last*sb, last*sc) {
		panic(fmt.Sprintf("blas: GemmStrided: product %d lies outside its operands", last))
	}
	gemmBatch(count, m, n, k, a, ars, acs, sa, b, brs, bcs, sb, c, crs, sc, nil, stream)
	return true
}

// checkBatch panics with the arguments if the sizes or strides of a batch
// are out of range or ok is false.
func checkBatch(op string, m, n, k, ars, acs, brs, bcs, crs int, ok bool) {
	if m < 1 || n < 1 || k < 1 || ars < 0 || acs < 0 || brs < 0 || bcs < 0 || crs < 0 || !ok {
		panic(fmt.Sprintf("blas: %s: bad arguments m=%d n=%d k=%d ars=%d acs=%d brs=%d bcs=%d crs=%d",
			op, m, n, k, ars, acs, brs, bcs, crs))
	}
}

// inside reports whether the product whose operands start at a[oa], b[ob]
// and c[oc] lies within the slices.
func inside[T Scalar](m, n, k int, a []T, ars, acs int, b []T, brs, bcs int, c []T, crs int, oa, ob, oc int) bool {
	lastA, lastB, lastC := (m-1)*ars+(k-1)*acs, (k-1)*brs+(n-1)*bcs, (m-1)*crs+n-1
	return oa >= 0 && ob >= 0 && oc >= 0 && oa+lastA < len(a) && ob+lastB < len(b) && oc+lastC < len(c)
}
