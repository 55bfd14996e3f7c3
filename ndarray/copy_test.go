package ndarray

import (
	"fmt"
	"math/rand/v2"
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

// randomLayout returns an array of shape over a fresh backing slice whose
// element i holds val(i), laid out at random: its axes in a random memory
// order, each stepping by 1 to 3 elements, forwards or backwards, from a
// random offset. Its strides cover every layout the copy engine tells
// apart: contiguous, transposed, axis-swapped, stepped and reversed runs.
func randomLayout[T Dtype](rng *rand.Rand, shape []int, val func(int) T) *Array[T] {
	nd := len(shape)
	strides := make([]int, nd)
	s := 1
	for _, k := range rng.Perm(nd) {
		step := 1
		if rng.IntN(3) == 0 {
			step = 2 + rng.IntN(2)
		}
		strides[k] = s * step
		if shape[k] > 0 {
			s *= shape[k] * step
		}
	}
	off := rng.IntN(3)
	for k, n := range shape {
		if rng.IntN(3) == 0 {
			if n > 0 {
				off += (n - 1) * strides[k]
			}
			strides[k] = -strides[k]
		}
	}
	data := make([]T, s+off+rng.IntN(3))
	for i := range data {
		data[i] = val(i)
	}
	return newView(data, off, shape, strides)
}

// randomShape returns 1 to 4 extents, each one of the sizes around the
// unroll and tile widths (1, 4, 32, 64) and 0, with at most maxSize
// elements in all.
func randomShape(rng *rand.Rand, maxSize int) []int {
	sizes := []int{0, 1, 1, 2, 3, 4, 5, 7, 9, 31, 32, 33, 63, 64, 65, 100}
	for {
		shape := make([]int, 1+rng.IntN(4))
		for k := range shape {
			shape[k] = sizes[rng.IntN(len(sizes))]
		}
		n := 1
		for _, e := range shape {
			n *= e
		}
		if n <= maxSize && (n > 0 || rng.IntN(8) == 0) {
			return shape
		}
	}
}

// checkUntouched reports an error if an element of data outside the
// positions of view differs from sentinel: a copy wrote outside its
// destination.
func checkUntouched[T Dtype](t *testing.T, where string, view *Array[T], sentinel T) {
	t.Helper()
	inside := map[int]bool{}
	forEachIndex(view.shape, func(idx []int) { inside[view.index("test", idx)] = true })
	for i, v := range view.data {
		if !inside[i] && v != sentinel {
			t.Errorf("%s: element %d of the backing slice outside the destination was overwritten", where, i)
			return
		}
	}
}

// withParallelMin runs f with the split threshold set to n, so that small
// arrays take the goroutine paths.
func withParallelMin(n int, f func()) {
	saved := parallelMin
	parallelMin = n
	defer func() { parallelMin = saved }()
	f()
}

// splitIf runs f with a split threshold of 64 elements if split, else with
// the package's own.
func splitIf(split bool, f func()) {
	if split {
		withParallelMin(64, f)
	} else {
		f()
	}
}

// testCopyRandom copies random layouts of random shapes into new arrays
// and into random layouts, serially and split across goroutines, and
// checks every element against an element-by-element read of the source.
func testCopyRandom[T Dtype](t *testing.T, val func(int) T, sentinel T) {
	rng := rand.New(rand.NewPCG(1, uint64(TypeOf[T]())))
	for trial := range 400 {
		shape := randomShape(rng, 30000)
		src := randomLayout(rng, shape, val)
		if trial%7 == 0 && len(shape) > 1 && shape[0] > 1 { // a broadcast axis
			src.strides[0] = 0
		}
		dst := randomLayout(rng, shape, func(int) T { return sentinel })
		where := fmt.Sprintf("%s trial %d: shape %v src strides %v dst strides %v", TypeOf[T](), trial, shape, src.strides, dst.strides)
		want := atOrder(src)
		run := func() {
			if got := src.Copy(); !slices.Equal(got.ToSlice(), want) || !got.IsContiguous() {
				t.Errorf("%s: Copy differs from the element loop", where)
			}
			CopyTo(dst, src)
			if got := atOrder(dst); !slices.Equal(got, want) {
				t.Errorf("%s: CopyTo differs from the element loop", where)
			}
			checkUntouched(t, where, dst, sentinel)
		}
		splitIf(trial%2 == 0, run)
	}
}

// TestCopyRandomLayouts runs testCopyRandom for element sizes 1, 2, 4, 8
// and 16 bytes (the tile side depends on it).
func TestCopyRandomLayouts(t *testing.T) {
	testCopyRandom(t, func(i int) float64 { return float64(i) + 0.5 }, -1)
	testCopyRandom(t, func(i int) complex128 { return complex(float64(i), -float64(i)) }, -1)
	testCopyRandom(t, func(i int) float32 { return float32(i) }, -1)
	testCopyRandom(t, func(i int) int16 { return int16(i) }, -1)
	testCopyRandom(t, func(i int) int8 { return int8(i % 120) }, -1)
	testCopyRandom(t, func(i int) bool { return i%3 == 0 }, true)
}

// testConvertRandom converts random layouts into random layouts and checks
// every element against Convert of a contiguous copy made element by
// element, the unit-stride kernel that the golden tests check.
func testConvertRandom[U, T Dtype](t *testing.T, val func(int) T, sentinel U) {
	rng := rand.New(rand.NewPCG(2, uint64(TypeOf[T]())<<8|uint64(TypeOf[U]())))
	for trial := range 200 {
		shape := randomShape(rng, 30000)
		src := randomLayout(rng, shape, val)
		dst := randomLayout(rng, shape, func(int) U { return sentinel })
		where := fmt.Sprintf("%s to %s trial %d: shape %v src strides %v dst strides %v", TypeOf[T](), TypeOf[U](), trial, shape, src.strides, dst.strides)
		want := Convert[U](FromSlice(atOrder(src), shape...)).ToSlice()
		run := func() {
			ConvertTo(dst, src)
			if got := atOrder(dst); !slices.Equal(got, want) {
				t.Errorf("%s: ConvertTo differs from the contiguous conversion", where)
			}
			checkUntouched(t, where, dst, sentinel)
		}
		splitIf(trial%2 == 0, run)
	}
}

func TestConvertRandomLayouts(t *testing.T) {
	testConvertRandom(t, func(i int) float64 { return float64(i) + 0.25 }, float32(-1))
	testConvertRandom(t, func(i int) float32 { return float32(i) }, float64(-1))
	testConvertRandom(t, func(i int) int8 { return int8(i) }, complex128(-1))
	testConvertRandom(t, func(i int) complex64 { return complex(float32(i), 1) }, int16(-1))
	testConvertRandom(t, func(i int) uint16 { return uint16(i) }, true)
}

// TestJoinRandomLayouts joins up to 40 arrays of random layouts (more than
// joinBatch, so in several batches) with Concatenate and Stack along every
// axis and checks each element of the result against the input it comes
// from, read with At.
func TestJoinRandomLayouts(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for trial := range 300 {
		shape := randomShape(rng, 3000)
		nd := len(shape)
		arrays := make([]*Array[float64], 1+rng.IntN(40))
		concat := trial%2 == 0
		axis := rng.IntN(nd + 1)
		if concat {
			axis = rng.IntN(nd)
		}
		ext := make([]int, len(arrays)) // extents along a concatenation axis
		for i := range arrays {
			s := slices.Clone(shape)
			if concat {
				s[axis] = []int{0, 1, 2, 5, 33}[rng.IntN(5)]
			}
			ext[i] = s[min(axis, nd-1)]
			base := float64(1000000 * i)
			arrays[i] = randomLayout(rng, s, func(j int) float64 { return base + float64(j) })
		}
		where := fmt.Sprintf("trial %d: %d arrays of shape %v, axis %d, concatenate %v", trial, len(arrays), shape, axis, concat)
		var got *Array[float64]
		run := func() {
			if concat {
				got = Concatenate(arrays, axis)
			} else {
				got = Stack(arrays, axis)
			}
		}
		splitIf(trial%3 == 0, run)
		forEachIndex(got.shape, func(idx []int) {
			src := slices.Clone(idx)
			i := idx[axis]
			if concat {
				for i = 0; src[axis] >= ext[i]; i++ {
					src[axis] -= ext[i]
				}
			} else {
				src = slices.Delete(src, axis, axis+1)
			}
			if g, w := got.At(idx...), arrays[i].At(src...); g != w {
				t.Fatalf("%s: element %v is %v, want %v (array %d at %v)", where, idx, g, w, i, src)
			}
		})
	}
}

// TestCopyToOverlap copies arrays onto overlapping views of themselves:
// the result is as if the source had been copied out first, as in
// numpy.copyto.
func TestCopyToOverlap(t *testing.T) {
	cases := map[string]func(a *Array[float64]) (dst, src *Array[float64]){
		"reverse":     func(a *Array[float64]) (dst, src *Array[float64]) { return a, Flip(a) },
		"shift right": func(a *Array[float64]) (dst, src *Array[float64]) { return a.Slice("1:"), a.Slice(":-1") },
		"shift left":  func(a *Array[float64]) (dst, src *Array[float64]) { return a.Slice(":-1"), a.Slice("1:") },
		"transpose":   func(a *Array[float64]) (dst, src *Array[float64]) { return a, a.T() },
		"same":        func(a *Array[float64]) (dst, src *Array[float64]) { return a, a },
	}
	for name, views := range cases {
		for _, n := range []int{5, 70, 300} {
			a := Arange(float64(n*n)).Reshape(n, n)
			dst, src := views(a)
			want := atOrder(src)
			CopyTo(dst, src)
			if got := atOrder(dst); !slices.Equal(got, want) {
				t.Errorf("%s n=%d: CopyTo onto an overlapping view differs from copying a copy", name, n)
			}
		}
	}
}

// TestCopyToLongRuns copies contiguous runs longer than the pieces in
// which copyRunWarm moves them (512 KiB), with a tail, for 8- and 1-byte
// elements, serially so that each is one run.
func TestCopyToLongRuns(t *testing.T) {
	withParallelMin(1<<62, func() {
		n := 3*65536 + 5
		src := randomLayout(rand.New(rand.NewPCG(4, 4)), []int{n}, func(i int) float64 { return float64(i) })
		dst := Zeros[float64](n)
		CopyTo(dst, src)
		if !slices.Equal(dst.ToSlice(), atOrder(src)) {
			t.Errorf("float64 n=%d: CopyTo differs from the element loop", n)
		}
		m := 2*(512<<10) + 3
		src8 := FromSlice(make([]int8, m))
		for i := range src8.data {
			src8.data[i] = int8(i * 7)
		}
		dst8 := Zeros[int8](m)
		CopyTo(dst8, src8)
		if !slices.Equal(dst8.data, src8.data) {
			t.Errorf("int8 n=%d: CopyTo differs from the source", m)
		}
	})
}
