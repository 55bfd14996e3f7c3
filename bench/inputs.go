package bench

import (
	"math/rand/v2"

	"github.com/numgo/numgo/ndarray"
)

// seed makes every run use the same inputs (numpy_bench.py uses its own
// fixed seed: the values differ, their distribution does not).
const seed = 20260101

// random returns a C-contiguous array of the shape with elements uniform in
// [0.5, 1.5) (positive, so log, sqrt and pow are defined), or integers in
// [-2^30, 2^30) for integer dtypes.
func random[T ndarray.Dtype](rng *rand.Rand, shape []int) *ndarray.Array[T] {
	n := 1
	for _, d := range shape {
		n *= d
	}
	v := make([]float64, n)
	if ndarray.TypeOf[T]().IsInteger() {
		for i := range v {
			v[i] = float64(rng.Int64N(1<<31) - 1<<30)
		}
	} else {
		for i := range v {
			v[i] = rng.Float64() + 0.5
		}
	}
	return ndarray.Convert[T](ndarray.FromSlice(v, shape...))
}

// withLayout returns an operand of the logical shape laid out as Case.Layout
// says; see Case.
func withLayout[T ndarray.Dtype](rng *rand.Rand, shape []int, layout string) *ndarray.Array[T] {
	switch layout {
	case "transposed":
		rev := make([]int, len(shape))
		for i, d := range shape {
			rev[len(shape)-1-i] = d
		}
		return random[T](rng, rev).T()
	case "strided":
		wide := append([]int(nil), shape...)
		wide[len(wide)-1] *= 2
		return random[T](rng, wide).Slice("..., ::2")
	case "reversed":
		return random[T](rng, shape).Slice("::-1")
	}
	return random[T](rng, shape)
}

// operands returns the case's operands: the first laid out as the case says,
// the others C-contiguous.
func operands[T ndarray.Dtype](c Case) []*ndarray.Array[T] {
	rng := rand.New(rand.NewPCG(seed, uint64(len(c.Name))))
	ops := make([]*ndarray.Array[T], len(c.Shapes))
	for i, sh := range c.Shapes {
		layout := "contiguous"
		if i == 0 {
			layout = c.Layout
		}
		ops[i] = withLayout[T](rng, sh, layout)
	}
	return ops
}
