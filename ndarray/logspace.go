package ndarray

import "github.com/numgo/numgo/internal/libm"

// Logarithmically spaced values. Both functions work in float64 whatever
// T is, as NumPy does for Python or float32 scalars (its result_type with
// float(num) is float64), and round the result to T once at the end: for
// T float32 they are NumPy's functions called with dtype=np.float32.

// Base sets the base of Logspace's powers (NumPy's base=, default 10).
// Linspace and Geomspace ignore it.
func Base(b float64) SpaceOption { return func(c *spaceConfig) { c.base = b } }

// Logspace returns num values spaced evenly on a log scale, like
// numpy.logspace: base**y for the num values y of Linspace(start, stop,
// num), so the sequence runs from base**start to base**stop, which is
// excluded with Endpoint(false). The base is 10 unless Base gives another.
// Logspace panics with a *ValueError if num is negative.
func Logspace[T Float](start, stop T, num int, opts ...SpaceOption) *Array[T] {
	c := spaceConfig{endpoint: true, base: 10}
	for _, o := range opts {
		o(&c)
	}
	return fromFloat64[T](logspace("Logspace", float64(start), float64(stop), num, c))
}

// logspace is numpy.logspace in float64: Pow of the base and Linspace.
func logspace(op string, start, stop float64, num int, c spaceConfig) *Array[float64] {
	if num < 0 {
		panicValue(op, "Number of samples, %d, must be non-negative.", num)
	}
	y := Linspace(start, stop, num, Endpoint(c.endpoint))
	return PowTo(y, Scalar(c.base), y)
}

// Geomspace returns num values spaced evenly on a log scale from start to
// stop, a geometric progression, like numpy.geomspace: Logspace of the
// base-10 logarithms of start and stop, whose first value is exactly start
// and, with the endpoint included (Endpoint(false) excludes it), whose last
// is exactly stop. Negative start and stop give the negated progression of
// their magnitudes; of opposite signs, the values between the ends are
// NaN, as in NumPy; for a NaN start every value is NaN, as in NumPy 2
// (NumPy 1.24 keeps stop as the last). Geomspace panics with a *ValueError
// if start or stop is zero or num is negative.
func Geomspace[T Float](start, stop T, num int, opts ...SpaceOption) *Array[T] {
	const op = "Geomspace"
	if start == 0 || stop == 0 {
		panicValue(op, "Geometric sequence cannot include zero")
	}
	c := spaceConfig{endpoint: true}
	for _, o := range opts {
		o(&c)
	}
	c.base = 10
	// NumPy 2 divides start and stop by sign(start) and multiplies the
	// result back (NumPy 1 negates both only when both are negative, the
	// same for every input but a NaN start, where NumPy 2's every value,
	// the last too, is NaN).
	s0, s1 := float64(start), float64(stop)
	sign := 1.0
	switch {
	case s0 < 0:
		sign = -1
	case s0 != s0:
		sign = s0
	}
	s0, s1 = s0/sign, s1/sign
	y := logspace(op, libm.Log10(s0), libm.Log10(s1), num, c)
	// 10**log10(x) need not be x: the ends are set exactly.
	if num > 0 {
		y.data[0] = s0
	}
	if num > 1 && c.endpoint {
		y.data[num-1] = s1
	}
	if sign != 1 {
		MulTo(y, y, Scalar(sign))
	}
	return fromFloat64[T](y)
}

// fromFloat64 returns a as an *Array[T]: a itself when T is float64, else
// a converted copy.
func fromFloat64[T Float](a *Array[float64]) *Array[T] {
	if t, ok := any(a).(*Array[T]); ok {
		return t
	}
	return Convert[T](a)
}
