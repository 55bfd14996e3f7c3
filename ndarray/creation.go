package ndarray

import (
	"math"
	"reflect"
)

// Zeros returns a new array of the given shape filled with zeros.
// It panics with a *ValueError for a negative extent and for an array too
// big to allocate (its size in bytes above 2^48-1 on 64-bit platforms, as
// NumPy's "array is too big"). Every constructor panics the same way.
func Zeros[T Dtype](shape ...int) *Array[T] { return newArray[T]("Zeros", shape) }

// Empty returns a new array of the given shape whose elements are
// unspecified, like numpy.empty: its memory is not cleared, so it holds
// whatever numbers were there before. Use it for an array whose every
// element is written next (the dst of AddTo, CopyTo, ...), and Zeros for a
// zeroed one. It panics as Zeros does.
func Empty[T Dtype](shape ...int) *Array[T] { return emptyArray[T]("Empty", shape) }

// Ones returns a new array of the given shape filled with ones (true for bool).
func Ones[T Dtype](shape ...int) *Array[T] { return Full(one[T](), shape...) }

// Full returns a new array of the given shape filled with v.
func Full[T Dtype](v T, shape ...int) *Array[T] {
	a := emptyArray[T]("Full", shape)
	fillData(a.data, v)
	return a
}

// fillData sets every element of d to v, split across goroutines when d
// is long (forRange).
func fillData[T Dtype](d []T, v T) {
	if len(d) < parallelMin {
		fillRun(d, 0, 1, len(d), v)
		return
	}
	forRange(len(d), func(lo, hi int) { fillRun(d, lo, 1, hi-lo, v) })
}

// ZerosLike returns a new array of a's shape filled with zeros.
func ZerosLike[T Dtype](a *Array[T]) *Array[T] { return Zeros[T](a.shape...) }

// OnesLike returns a new array of a's shape filled with ones.
func OnesLike[T Dtype](a *Array[T]) *Array[T] { return Ones[T](a.shape...) }

// FullLike returns a new array of a's shape filled with v.
func FullLike[T Dtype](a *Array[T], v T) *Array[T] { return Full(v, a.shape...) }

// Scalar returns a 0-dimensional array holding v.
func Scalar[T Dtype](v T) *Array[T] {
	return &Array[T]{data: []T{v}, shape: []int{}, strides: []int{}}
}

// FromSlice returns an array of the given shape over data, in C order. The
// result shares memory with data: writes through either show in the other.
// With no shape, the result is 1-d of length len(data). FromSlice panics
// with a *ShapeError if the shape's size differs from len(data).
func FromSlice[T Dtype](data []T, shape ...int) *Array[T] {
	if shape == nil {
		shape = []int{len(data)}
	}
	if n := checkedSize("FromSlice", shape); n != len(data) {
		panicShape("FromSlice", "cannot reshape array of size %d into shape %s", len(data), tupleString(shape))
	}
	return &Array[T]{data: data, shape: append([]int{}, shape...), strides: cStrides(shape)}
}

// FromNested returns a new array built from nested Go slices or arrays of T,
// like numpy.array([[1, 2], [3, 4]]): FromNested[float64]([][]float64{{1, 2}, {3, 4}})
// has shape (2, 2). A plain T gives a 0-d array. FromNested copies. It panics
// with a *ValueError if the nesting is ragged or holds another element type.
func FromNested[T Dtype](v any) *Array[T] {
	elem := reflect.TypeFor[T]()
	rv := reflect.ValueOf(v)
	var shape []int
	for t := rv; t.Type() != elem; {
		if k := t.Kind(); k != reflect.Slice && k != reflect.Array {
			panicValue("FromNested", "element type %s is not %s", t.Type(), elem)
		}
		shape = append(shape, t.Len())
		if t.Len() == 0 {
			if t.Type().Elem() != elem && t.Type().Elem().Kind() != reflect.Slice && t.Type().Elem().Kind() != reflect.Array {
				panicValue("FromNested", "element type %s is not %s", t.Type().Elem(), elem)
			}
			break
		}
		t = t.Index(0)
	}
	a := emptyArray[T]("FromNested", shape)
	pos := 0
	var walk func(t reflect.Value, depth int)
	walk = func(t reflect.Value, depth int) {
		if depth == len(shape) {
			if t.Type() != elem {
				panicValue("FromNested", "setting an array element with a sequence: inhomogeneous shape after %d dimensions", depth)
			}
			a.data[pos] = t.Interface().(T)
			pos++
			return
		}
		if k := t.Kind(); (k != reflect.Slice && k != reflect.Array) || t.Len() != shape[depth] {
			panicValue("FromNested", "setting an array element with a sequence: the requested array has an inhomogeneous shape after %d dimensions", depth)
		}
		for i := 0; i < t.Len(); i++ {
			walk(t.Index(i), depth+1)
		}
	}
	walk(rv, 0)
	return a
}

// Arange returns evenly spaced values in the half-open interval [start,
// stop), like numpy.arange:
//
//	Arange(stop)               // 0, 1, ..., stop-1
//	Arange(start, stop)        // step 1
//	Arange(start, stop, step)  // step may be negative or fractional
//
// Arange(12) is an *Array[int] and Arange(0.0, 3.0, 0.5) an *Array[float64].
// The length is ceil((stop-start)/step) computed in T, or 0 if that is
// negative; element i is start + i*step: Arange[float32] is NumPy's arange
// of np.float32 scalars. Arange panics with a *ValueError for a zero step, a
// wrong number of arguments, or a length that does not fit an int
// (NumPy's "Maximum allowed size exceeded") or memory.
func Arange[T Real](args ...T) *Array[T] {
	var start, stop, step T
	step = 1
	switch len(args) {
	case 1:
		stop = args[0]
	case 2:
		start, stop = args[0], args[1]
	case 3:
		start, stop, step = args[0], args[1], args[2]
	default:
		panicValue("Arange", "takes 1 to 3 arguments (stop, or start, stop[, step]), got %d", len(args))
	}
	if step == 0 {
		panicValue("Arange", "Maximum allowed size exceeded: step is zero")
	}
	var n int
	if isFloat[T]() {
		// In T, as NumPy computes with scalars of the array's type: in
		// float32, 0.3/0.1 is 3, in float64 3.0000000745.
		f := math.Ceil(float64((stop - start) / step))
		if math.IsNaN(f) || f >= float64(maxInt) {
			panicValue("Arange", "Maximum allowed size exceeded")
		}
		n = int(max(f, 0))
	} else {
		// The distance and the step's size in uint64, exact for any range
		// of T (d is below 2^64 even from MinInt64 to MaxInt64).
		var d, s uint64
		switch {
		case isUnsigned[T](): // unsigned steps are positive
			if stop > start {
				d, s = uint64(stop)-uint64(start), uint64(step)
			}
		case step > 0 && stop > start:
			d, s = uint64(int64(stop))-uint64(int64(start)), uint64(int64(step))
		case step < 0 && start > stop:
			d, s = uint64(int64(start))-uint64(int64(stop)), -uint64(int64(step))
		}
		if s > 0 {
			c := d / s
			if d%s != 0 {
				c++
			}
			if c > uint64(maxInt) {
				panicValue("Arange", "Maximum allowed size exceeded")
			}
			n = int(c)
		}
	}
	a := emptyArray[T]("Arange", []int{n})
	// NumPy sets the first two elements to start and start + step and
	// fills element i from 2 on as start + i*delta, where delta is the
	// difference of the first two, all computed in T.
	delta := (start + step) - start
	d := a.data
	forRange(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			d[i] = start + T(i)*delta
		}
	})
	if n > 0 {
		d[0] = start // keeps a -0
	}
	if n > 1 {
		d[1] = start + step
	}
	return a
}

// SpaceOption configures Linspace, Logspace and Geomspace.
type SpaceOption func(*spaceConfig)

type spaceConfig struct {
	endpoint bool
	base     float64 // Logspace's; Base sets it
}

// Endpoint sets whether Linspace, Logspace and Geomspace include stop (the
// default, true).
func Endpoint(include bool) SpaceOption { return func(c *spaceConfig) { c.endpoint = include } }

// Linspace returns num evenly spaced values from start to stop, like
// numpy.linspace: stop is included unless Endpoint(false) is given. Element
// i is start + i*step with step = (stop-start)/(num-1), computed in float64
// as NumPy does, and the last element is exactly stop. Linspace panics with
// a *ValueError if num is negative.
func Linspace[T Float](start, stop T, num int, opts ...SpaceOption) *Array[T] {
	c := spaceConfig{endpoint: true}
	for _, o := range opts {
		o(&c)
	}
	if num < 0 {
		panicValue("Linspace", "Number of samples, %d, must be non-negative.", num)
	}
	div := num
	if c.endpoint {
		div = num - 1
	}
	a := emptyArray[T]("Linspace", []int{num})
	s0, s1 := float64(start), float64(stop)
	delta := s1 - s0
	step := math.NaN()
	if div > 0 {
		step = delta / float64(div)
	}
	d := a.data
	switch {
	case div > 0 && step == 0: // NumPy's branch for underflowing steps
		forRange(num, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				d[i] = T(float64(i)/float64(div)*delta + s0)
			}
		})
	case div > 0:
		forRange(num, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				d[i] = T(float64(i)*step + s0)
			}
		})
	default:
		forRange(num, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				d[i] = T(float64(i)*delta + s0)
			}
		})
	}
	if c.endpoint && num > 1 {
		a.data[num-1] = stop
	}
	return a
}

// matrixArgs returns the columns and the diagonal of Eye's and Tri's
// arguments n, m and k, of which m (default n) and k (default 0) are
// optional.
func matrixArgs(op string, n int, mk []int) (m, k int) {
	m = n
	switch len(mk) {
	case 0:
	case 1:
		m = mk[0]
	case 2:
		m, k = mk[0], mk[1]
	default:
		panicValue(op, "takes n, m and k, got %d arguments", 1+len(mk))
	}
	return m, k
}

// Eye returns a 2-d array with ones on a diagonal and zeros elsewhere, like
// numpy.eye: Eye[T](n) is n×n, Eye[T](n, m) is n×m, and Eye[T](n, m, k)
// puts the ones on diagonal k (k > 0 above the main diagonal, k < 0 below).
func Eye[T Dtype](n int, mk ...int) *Array[T] {
	m, k := matrixArgs("Eye", n, mk)
	a := newArray[T]("Eye", []int{n, m})
	for i := range n {
		if j := i + k; j >= 0 && j < m {
			a.data[i*m+j] = one[T]()
		}
	}
	return a
}

// Identity returns the n×n identity matrix, like numpy.identity.
func Identity[T Dtype](n int) *Array[T] { return Eye[T](n) }

// one returns the multiplicative identity of T (true for bool).
func one[T Dtype]() T {
	var v T
	switch p := any(&v).(type) {
	case *bool:
		*p = true
	case *int8:
		*p = 1
	case *int16:
		*p = 1
	case *int32:
		*p = 1
	case *int64:
		*p = 1
	case *int:
		*p = 1
	case *uint8:
		*p = 1
	case *uint16:
		*p = 1
	case *uint32:
		*p = 1
	case *uint64:
		*p = 1
	case *float32:
		*p = 1
	case *float64:
		*p = 1
	case *complex64:
		*p = 1
	case *complex128:
		*p = 1
	}
	return v
}

func isFloat[T Dtype]() bool    { return TypeOf[T]().IsFloat() }
func isUnsigned[T Dtype]() bool { return TypeOf[T]().IsUnsigned() }
