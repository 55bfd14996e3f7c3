package ndarray

import (
	"sync/atomic"

	"github.com/numgo/numgo/internal/vmath"
)

// Convert returns a new array holding a's elements converted to U, with
// NumPy's casting results (numpy's a.astype(U)):
//
//   - float to integer truncates toward zero;
//   - complex to real keeps the real part (NumPy warns, numgo does not);
//   - anything to bool is x != 0; bool to numbers is 0 or 1;
//   - integer to integer wraps around, as in Go and NumPy.
//
// The result is C-contiguous, as a.astype(U, order='C'); NumPy's default
// order='K' keeps a's layout. Convert[float64](a) infers a's element type.
func Convert[U, T Dtype](a *Array[T]) *Array[U] {
	out := emptyArray[U]("Convert", a.shape)
	convertTo(out, a)
	return out
}

// ConvertTo writes src's elements converted to U into dst, broadcasting src
// to dst's shape, and returns dst, like numpy.copyto with casting. It panics
// with a *ShapeError if src does not broadcast to dst's shape.
func ConvertTo[U, T Dtype](dst *Array[U], src *Array[T]) *Array[U] {
	convertTo(dst, unaliased(dst, src.broadcastTo("ConvertTo", dst.shape)))
	return dst
}

func convertTo[U, T Dtype](dst *Array[U], src *Array[T]) {
	copyWith("Convert", dst, src, funcValue(&castKernels[TypeOf[U]()][TypeOf[T]()], castKernel[U, T]), nil)
}

// castKernels holds castKernel's kernel of each pair of dtypes (funcValue).
var castKernels [numTypes][numTypes]atomic.Value

// castFunc converts n elements of src (from si, step ss) into dst (from di, step ds).
type castFunc[U, T Dtype] func(dst []U, di, ds int, src []T, si, ss, n int)

// castKernel returns the kernel converting T to U. It picks the source
// family by T, then the destination by U, so each kernel is instantiated
// with both element types known and converts without a per-element call.
func castKernel[U, T Dtype]() castFunc[U, T] {
	if k, ok := any(castFunc[T, T](copyRun[T])).(castFunc[U, T]); ok {
		return k
	}
	var k any
	switch any(*new(T)).(type) {
	case bool:
		k = castFunc[U, bool](castBool[U])
	case int8:
		k = fromReal[U, int8]()
	case int16:
		k = fromReal[U, int16]()
	case int32:
		k = fromReal[U, int32]()
	case int64:
		k = fromReal[U, int64]()
	case int:
		k = fromReal[U, int]()
	case uint8:
		k = fromReal[U, uint8]()
	case uint16:
		k = fromReal[U, uint16]()
	case uint32:
		k = fromReal[U, uint32]()
	case uint64:
		k = fromReal[U, uint64]()
	case float32:
		k = fromReal[U, float32]()
	case float64:
		k = fromReal[U, float64]()
	case complex64:
		k = fromComplex[U, complex64]()
	case complex128:
		k = fromComplex[U, complex128]()
	}
	return k.(castFunc[U, T])
}

func fromReal[U Dtype, S Real]() any {
	switch any(*new(U)).(type) {
	case bool:
		return castFunc[bool, S](castRealBool[S])
	case int8:
		return castFunc[int8, S](castReal[int8, S])
	case int16:
		return castFunc[int16, S](castReal[int16, S])
	case int32:
		return castFunc[int32, S](castReal[int32, S])
	case int64:
		return castFunc[int64, S](castReal[int64, S])
	case int:
		return castFunc[int, S](castReal[int, S])
	case uint8:
		return castFunc[uint8, S](castReal[uint8, S])
	case uint16:
		return castFunc[uint16, S](castReal[uint16, S])
	case uint32:
		return castFunc[uint32, S](castReal[uint32, S])
	case uint64:
		return castFunc[uint64, S](castReal[uint64, S])
	case float32:
		return castFunc[float32, S](castReal[float32, S])
	case float64:
		return castFunc[float64, S](castReal[float64, S])
	case complex64:
		return castFunc[complex64, S](castRealComplex[complex64, S])
	default:
		return castFunc[complex128, S](castRealComplex[complex128, S])
	}
}

func fromComplex[U Dtype, S Complex]() any {
	switch any(*new(U)).(type) {
	case bool:
		return castFunc[bool, S](castComplexBool[S])
	case int8:
		return castFunc[int8, S](castComplexReal[int8, S])
	case int16:
		return castFunc[int16, S](castComplexReal[int16, S])
	case int32:
		return castFunc[int32, S](castComplexReal[int32, S])
	case int64:
		return castFunc[int64, S](castComplexReal[int64, S])
	case int:
		return castFunc[int, S](castComplexReal[int, S])
	case uint8:
		return castFunc[uint8, S](castComplexReal[uint8, S])
	case uint16:
		return castFunc[uint16, S](castComplexReal[uint16, S])
	case uint32:
		return castFunc[uint32, S](castComplexReal[uint32, S])
	case uint64:
		return castFunc[uint64, S](castComplexReal[uint64, S])
	case float32:
		return castFunc[float32, S](castComplexReal[float32, S])
	case float64:
		return castFunc[float64, S](castComplexReal[float64, S])
	case complex64:
		return castFunc[complex64, S](castComplex[complex64, S])
	default:
		return castFunc[complex128, S](castComplex[complex128, S])
	}
}

// The kernels below differ only in the conversion expression; each has a
// unit-stride loop the compiler can keep free of bounds checks and a
// strided loop.

func castReal[D, S Real](dst []D, di, ds int, src []S, si, ss, n int) {
	if ds == 1 && ss == 1 {
		d, s := dst[di:di+n], src[si:si+n]
		if vmath.Convert(d, s) {
			return
		}
		for i := range d {
			d[i] = D(s[i])
		}
		return
	}
	for ; n > 0; n-- {
		dst[di] = D(src[si])
		di, si = di+ds, si+ss
	}
}

func castRealComplex[D Complex, S Real](dst []D, di, ds int, src []S, si, ss, n int) {
	for ; n > 0; n-- {
		dst[di] = D(complex(float64(src[si]), 0))
		di, si = di+ds, si+ss
	}
}

func castRealBool[S Real](dst []bool, di, ds int, src []S, si, ss, n int) {
	for ; n > 0; n-- {
		dst[di] = src[si] != 0
		di, si = di+ds, si+ss
	}
}

func castComplexReal[D Real, S Complex](dst []D, di, ds int, src []S, si, ss, n int) {
	for ; n > 0; n-- {
		dst[di] = D(real(complex128(src[si])))
		di, si = di+ds, si+ss
	}
}

func castComplex[D, S Complex](dst []D, di, ds int, src []S, si, ss, n int) {
	for ; n > 0; n-- {
		dst[di] = D(src[si])
		di, si = di+ds, si+ss
	}
}

func castComplexBool[S Complex](dst []bool, di, ds int, src []S, si, ss, n int) {
	for ; n > 0; n-- {
		dst[di] = src[si] != 0
		di, si = di+ds, si+ss
	}
}

func castBool[D Dtype](dst []D, di, ds int, src []bool, si, ss, n int) {
	var zero D
	one := one[D]()
	for ; n > 0; n-- {
		if src[si] {
			dst[di] = one
		} else {
			dst[di] = zero
		}
		di, si = di+ds, si+ss
	}
}
