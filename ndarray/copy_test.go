package ndarray

import (
	"fmt"
	"slices"
	"testing"
)

// atOrder returns a's elements in C order read one by one with At, the
// reference the engine's copies are checked against.
func atOrder[T Dtype](a *Array[T]) []T {
	out := []T{}
	forEachIndex(a.shape, func(idx []int) { out = append(out, a.At(idx...)) })
	return out
}

// TestCopyLayouts copies every layout the copy kernels distinguish
// (contiguous, transposed, reversed along one or all axes, stepped,
// broadcast, empty), with extents on both sides of the unroll width, into a
// new array and into reversed and transposed destinations.
func TestCopyLayouts(t *testing.T) {
	for _, shape := range [][]int{{0}, {1}, {3}, {4}, {5}, {9}, {3, 5}, {4, 8}, {7, 1, 6}, {2, 3, 0}, {3, 4, 5}} {
		size := 1
		for _, n := range shape {
			size *= n
		}
		base := Arange(float64(size)).Reshape(shape...)
		views := map[string]*Array[float64]{
			"c":     base,
			"T":     base.T(),
			"flip":  Flip(base),
			"flip0": Flip(base, 0),
			"flipT": Flip(base).T(),
		}
		if len(shape) >= 2 {
			views["swap"] = base.SwapAxes(0, -1)
			views["step"] = Flip(Arange(float64(2 * size)).Reshape(append([]int{2}, shape...)...).Slice("::2")).Squeeze(0)
			views["bcast"] = base.Slice("..., :1").BroadcastTo(shape...)
		}
		for name, v := range views {
			where := fmt.Sprintf("%v %s", shape, name)
			want := atOrder(v)
			c := v.Copy()
			if got := c.ToSlice(); !slices.Equal(got, want) || !c.IsContiguous() {
				t.Errorf("%s: Copy = %v, want %v", where, got, want)
			}
			for dname, dst := range map[string]*Array[float64]{
				"rev dst": Flip(Zeros[float64](v.shape...)),
				"T dst":   Zeros[float64](reversed(v.shape)...).T(),
			} {
				CopyTo(dst, v)
				if got := atOrder(dst); !slices.Equal(got, want) {
					t.Errorf("%s into %s: %v, want %v", where, dname, got, want)
				}
			}
			if got := atOrder(v); !slices.Equal(got, want) {
				t.Errorf("%s: the source changed", where)
			}
		}
	}
}

func reversed(s []int) []int {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}
