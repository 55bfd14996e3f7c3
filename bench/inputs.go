package bench

import (
	"math"

	"github.com/numgo/numgo/ndarray"
)

// seed is the state the inputs' SplitMix64 sequences start from, the same
// as numpy_bench.py's SEED.
const seed = 20260101

// A source yields the uniform values of the inputs of one case: those of
// the SplitMix64 sequence (Steele, Lea and Flood, 2014) from state seed,
// in order, the first operand's first. numpy_bench.py's Source computes
// the same sequence, so both sides time the same numbers: the run time of
// some routines depends on the values (divide and conquer eigh and svd
// deflate more or less of a matrix), and two draws of the same
// distribution measured up to 10% apart.
type source struct{ state uint64 }

// uniforms returns the next n values, uniform in [0, 1): the top 53 bits
// of each output over 2^53.
func (s *source) uniforms(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		s.state += 0x9e3779b97f4a7c15
		z := s.state
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		z ^= z >> 31
		v[i] = float64(z>>11) / (1 << 53)
	}
	return v
}

// random returns a C-contiguous array of the shape with elements uniform in
// [0.5, 1.5) (positive, so log, sqrt and pow are defined; complex ones with
// imaginary parts uniform in [0, 1), real and imaginary parts taken in
// turn), or integers in [-2^30, 2^30) for integer dtypes.
func random[T ndarray.Dtype](src *source, shape []int) *ndarray.Array[T] {
	n := 1
	for _, d := range shape {
		n *= d
	}
	switch t := ndarray.TypeOf[T](); {
	case t.IsInteger():
		v := src.uniforms(n)
		for i, u := range v {
			v[i] = math.Floor(u*(1<<31)) - 1<<30
		}
		return ndarray.Convert[T](ndarray.FromSlice(v, shape...))
	case t.IsComplex():
		v := src.uniforms(2 * n)
		c := make([]complex128, n)
		for i := range c {
			c[i] = complex(v[2*i]+0.5, v[2*i+1])
		}
		return ndarray.Convert[T](ndarray.FromSlice(c, shape...))
	}
	v := src.uniforms(n)
	for i := range v {
		v[i] += 0.5
	}
	return ndarray.Convert[T](ndarray.FromSlice(v, shape...))
}

// withLayout returns an operand of the logical shape laid out as Case.Layout
// says; see Case.
func withLayout[T ndarray.Dtype](src *source, shape []int, layout string) *ndarray.Array[T] {
	switch layout {
	case "transposed":
		rev := make([]int, len(shape))
		for i, d := range shape {
			rev[len(shape)-1-i] = d
		}
		return random[T](src, rev).T()
	case "strided":
		wide := append([]int(nil), shape...)
		wide[len(wide)-1] *= 2
		return random[T](src, wide).Slice("..., ::2")
	case "reversed":
		return random[T](src, shape).Slice("::-1")
	}
	return random[T](src, shape)
}

// operands returns the case's operands: the first laid out as the case says,
// the others C-contiguous.
func operands[T ndarray.Dtype](c Case) []*ndarray.Array[T] {
	src := &source{seed}
	ops := make([]*ndarray.Array[T], len(c.Shapes))
	for i, sh := range c.Shapes {
		layout := "contiguous"
		if i == 0 {
			layout = c.Layout
		}
		ops[i] = withLayout[T](src, sh, layout)
	}
	return ops
}
