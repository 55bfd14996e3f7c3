package linalg

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

func TestMulTinyFloat64(t *testing.T)    { testMulTiny[float64](t) }
func TestMulTinyComplex128(t *testing.T) { testMulTiny[complex128](t) }
func TestMulTinyInt8(t *testing.T)       { testMulTiny[int8](t) }

// testMulTiny checks that mulTiny gives the blocked kernel's result (the
// same sums in the same order, so the same bits) for every m×n×k up to
// tinyGemm, with rows of each operand padded (NaN in the padding, which an
// out-of-range read would spread and a stray write would overwrite) and in
// reverse order (a negative row stride).
func testMulTiny[T ndarray.Number](t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	val := func() T {
		if isInteger[T]() {
			return fromComplex[T](complex(float64(r.IntN(256)-128), 0))
		}
		return fromComplex[T](complex(r.NormFloat64(), r.NormFloat64()))
	}
	pad := fromComplex[T](complex(math.NaN(), 0))
	// operand returns a rows×cols matrix whose rows are cols+gap apart,
	// last row first if rev, its gaps holding pad.
	operand := func(rows, cols, gap int, rev bool) matrix[T] {
		m := matrix[T]{data: make([]T, rows*(cols+gap)), rows: rows, cols: cols, rs: cols + gap, cs: 1}
		for i := range m.data {
			m.data[i] = pad
			if i%m.rs < cols {
				m.data[i] = val()
			}
		}
		if rev {
			m.off, m.rs = (rows-1)*m.rs, -m.rs
		}
		return m
	}
	for m := 1; m <= tinyGemm; m++ {
		for n := 1; m*n <= tinyGemm; n++ {
			for k := 1; m*n*k <= tinyGemm; k++ {
				for _, gap := range []int{0, 2} {
					for _, rev := range []bool{false, true} {
						name := fmt.Sprintf("%dx%dx%d/gap=%d/rev=%v", m, n, k, gap, rev)
						a, b := operand(m, k, gap, rev), operand(k, n, gap, rev)
						got, want := operand(m, n, gap, rev), operand(m, n, gap, rev)
						copy(got.data, want.data)
						mulTiny(a, b, got)
						gemmBlocks(a, b, want)
						for i, w := range want.data {
							if g := got.data[i]; g != w && !(isNaN(g) && isNaN(w)) {
								t.Fatalf("%s: element %d of the memory = %v, blocked kernel %v", name, i, g, w)
							}
						}
					}
				}
			}
		}
	}
}

// isNaN reports whether v is not equal to itself (a NaN, or a complex
// value with a NaN part).
func isNaN[T ndarray.Number](v T) bool { return v != v }
