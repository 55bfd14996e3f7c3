package blas

import "fmt"

// GemmBatch computes len(offs)/3 matrix products c_t = a_t·b_t, each of an
// m×k by a k×n matrix, as a loop of gemm calls with alpha 1 and beta 0
// would: product t reads a_t at a[offs[3t]], element (i, p) at
// a[offs[3t] + i*ars + p*acs], b_t at b[offs[3t+1]] with element (p, j) at
// b[offs[3t+1] + p*brs + j], and writes c_t at c[offs[3t+2]] with element
// (i, j) at c[offs[3t+2] + i*crs + j]. No c_t may overlap another product's
// operands.
//
// It is meant for stacks of small matrices, where a BLAS call per product
// costs more than the arithmetic: under cgo one C call runs the whole batch
// with a kernel vectorized for the CPU, and GemmBatch reports true. A
// pure-Go build has no such kernel: GemmBatch then does nothing and reports
// false, and the caller runs its own loop.
//
// GemmBatch panics if m, n or k is below 1, a stride is negative, len(offs)
// is not a multiple of 3, or an element of a product lies outside its slice.
func GemmBatch[T float32 | float64](m, n, k int, a []T, ars, acs int, b []T, brs int, c []T, crs int, offs []int) bool {
	if !haveGemmBatch {
		return false
	}
	if m < 1 || n < 1 || k < 1 || ars < 0 || acs < 0 || brs < 0 || crs < 0 || len(offs)%3 != 0 {
		panic(fmt.Sprintf("blas: GemmBatch: bad arguments m=%d n=%d k=%d ars=%d acs=%d brs=%d crs=%d len(offs)=%d",
			m, n, k, ars, acs, brs, crs, len(offs)))
	}
	lastA, lastB, lastC := (m-1)*ars+(k-1)*acs, (k-1)*brs+n-1, (m-1)*crs+n-1
	for t := 0; t < len(offs); t += 3 {
		oa, ob, oc := offs[t], offs[t+1], offs[t+2]
		if oa < 0 || ob < 0 || oc < 0 || oa+lastA >= len(a) || ob+lastB >= len(b) || oc+lastC >= len(c) {
			panic(fmt.Sprintf("blas: GemmBatch: product %d lies outside its operands", t/3))
		}
	}
	switch x := any(a).(type) {
	case []float64:
		gemmBatch64(m, n, k, x, ars, acs, any(b).([]float64), brs, any(c).([]float64), crs, offs)
	case []float32:
		gemmBatch32(m, n, k, x, ars, acs, any(b).([]float32), brs, any(c).([]float32), crs, offs)
	}
	return true
}
